//! The example projects `./dev look` imports (scripts/look/seeds/) are
//! real Canevas files: each opens through the format's checks with nothing
//! to mend, and the two main ones fill every tool, so the pictures show
//! full screens.

mod common;

use canevas::format::import_repairing;
use std::path::{Path, PathBuf};

fn seeds() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/look/seeds");
    let mut files = Vec::new();
    for dir in [root.clone(), root.join("cohort")] {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|x| x == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_seed_opens_with_nothing_to_mend() {
    let files = seeds();
    assert!(
        files.len() >= 7,
        "two main projects and a cohort: {files:?}"
    );
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let (projects, repaired) =
            import_repairing(&bytes).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        assert_eq!(projects.len(), 1, "{}", path.display());
        assert!(repaired.is_empty(), "{}: {repaired:?}", path.display());
    }
}

#[test]
fn the_main_seeds_fill_every_tool() {
    for name in ["en-ananse-story-box.json", "fr-sentinelles-medina.json"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scripts/look/seeds")
            .join(name);
        let (projects, _) = import_repairing(&std::fs::read(&path).unwrap()).unwrap();
        let p = &projects[0];
        assert_eq!(p.canvas.filled_blocks(), 9, "{name}: all nine blocks");
        assert!(p.fit.profiles.len() >= 2, "{name}: fit profiles");
        let f = &p.feasibility;
        assert!(
            f.assumptions.len() >= 4 && f.assumptions.iter().any(|a| !a.tests.is_empty()),
            "{name}: assumptions and tests"
        );
        assert!(
            !f.risks.is_empty() && !f.mvp.milestones.is_empty(),
            "{name}: risks and MVP"
        );
        assert!(
            f.readiness.product.is_some() && f.readiness.market.is_some(),
            "{name}: readiness"
        );
        let d = &p.diffusion;
        assert!(d.started, "{name}: the plan is started");
        for (what, n) in common::diffusion_lists(d) {
            assert!(n >= 2, "{name}: {what}");
        }
    }
}
