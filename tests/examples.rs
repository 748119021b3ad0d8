#![cfg(not(target_arch = "wasm32"))]
//! The example projects under `public/examples/` (issue 13): each opens
//! through the format's one import path with nothing to mend, is marked as
//! an example, has every tool filled, and exists in English and in French,
//! the French one written in French.

mod common;

use canevas::format::import_repairing;
use canevas::model::example::{path, EXAMPLES};
use canevas::model::{Block, Project};
use std::collections::HashSet;
use std::path::Path;

fn open(file: &str) -> Project {
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("public")
            .join(file),
    )
    .unwrap_or_else(|e| panic!("{file}: {e}"));
    let (mut projects, repaired) =
        import_repairing(&bytes).unwrap_or_else(|e| panic!("{file}: {e:?}"));
    assert!(
        repaired.is_empty(),
        "{file}: mended on import: {repaired:?}"
    );
    assert_eq!(projects.len(), 1, "{file}");
    projects.pop().unwrap()
}

/// Every tool of the project has something in every part.
fn assert_filled(p: &Project, file: &str) {
    assert!(p.example, "{file}: marked as an example");
    assert!(!p.title.is_empty() && !p.pitch.is_empty() && !p.country.is_empty());
    assert!(!p.team.is_empty(), "{file}: team");
    for block in Block::ALL {
        assert!(
            p.canvas.notes(block).len() >= 2,
            "{file}: {block:?} has at least two notes"
        );
    }
    // Colours tie each segment to the propositions made to it.
    let segments: HashSet<_> = p
        .canvas
        .notes(Block::CustomerSegments)
        .iter()
        .filter_map(|n| n.colour)
        .collect();
    assert!(segments.len() >= 2, "{file}: segments of several colours");
    for colour in &segments {
        assert!(
            p.canvas
                .notes(Block::ValuePropositions)
                .iter()
                .any(|n| n.colour == Some(*colour)),
            "{file}: a proposition in the colour of segment {colour:?}"
        );
    }
    // The fit worksheet: profiles with all three kinds of audience items
    // and offer items linked to them.
    assert!(!p.fit.profiles.is_empty(), "{file}: fit");
    for profile in &p.fit.profiles {
        assert!(profile.audience.len() >= 3, "{file}: fit audience");
        assert!(
            profile.offer.iter().any(|o| !o.answers.is_empty()),
            "{file}: fit links"
        );
    }
    let f = &p.feasibility;
    assert!(f.assumptions.len() >= 3, "{file}: assumptions");
    assert!(f.assumptions.iter().all(|a| !a.text.is_empty()));
    let tests: Vec<_> = f.assumptions.iter().flat_map(|a| &a.tests).collect();
    assert!(tests.len() >= 2, "{file}: test cards");
    assert!(
        tests
            .iter()
            .any(|t| !t.learned.is_empty() && t.decision.is_some()),
        "{file}: a learning card with a decision"
    );
    assert!(f.scorecard.scores.len() >= 8, "{file}: scored criteria");
    assert!(f.scorecard.scores.iter().all(|s| s.score.is_some()));
    assert!(f.risks.len() >= 3, "{file}: risks");
    assert!(
        !f.mvp.includes.is_empty()
            && !f.mvp.excludes.is_empty()
            && !f.mvp.team.is_empty()
            && f.mvp.budget.is_some()
            && !f.mvp.milestones.is_empty(),
        "{file}: MVP"
    );
    assert!(f.readiness.product.is_some() && f.readiness.market.is_some());
    let d = &p.diffusion;
    assert!(d.started, "{file}: diffusion started");
    for (part, len) in common::diffusion_lists(d) {
        assert!(len >= 2, "{file}: diffusion {part}");
    }
    assert!(
        d.budget.iter().any(|b| b.funding.is_some()),
        "{file}: budget lines paid by a source of funding"
    );
}

#[test]
fn every_example_opens_through_the_format_with_every_tool_filled() {
    for d in EXAMPLES {
        for french in [false, true] {
            let file = path(d, french);
            let p = open(&file);
            assert_eq!(p.discipline, d, "{file}");
            assert_filled(&p, &file);
        }
    }
}

#[test]
fn the_french_example_is_in_french() {
    for d in EXAMPLES {
        let (en, fr) = (open(&path(d, false)), open(&path(d, true)));
        assert_ne!(en.id, fr.id, "{d:?}: two projects, not one");
        assert_ne!(en.title, fr.title);
        assert_ne!(en.pitch, fr.pitch);
        // Same notes (same ids), each in its own language.
        for block in Block::ALL {
            let (a, b) = (en.canvas.notes(block), fr.canvas.notes(block));
            assert_eq!(a.len(), b.len(), "{d:?} {block:?}");
            for (a, b) in a.iter().zip(b) {
                assert_eq!(a.id, b.id);
                assert_ne!(a.text, b.text, "{d:?}: note {} is not translated", a.id);
            }
        }
        let words = |p: &Project| {
            p.canvas
                .all_notes()
                .map(|(_, n)| n.text.to_lowercase())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let (en, fr) = (words(&en), words(&fr));
        for word in [" les ", " des ", " pour "] {
            assert!(fr.contains(word), "{d:?}: French notes use {word:?}");
        }
        // ("the" may be in a name, as in "Sunny Side of the Doc".)
        assert!(en.contains(" the "), "{d:?}: English notes use \"the\"");
        assert!(
            en.contains(" and ") && !fr.contains(" and "),
            "{d:?}: \"and\""
        );
    }
}

#[test]
fn every_file_under_examples_is_an_offered_example() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/examples");
    let offered: HashSet<String> = EXAMPLES
        .iter()
        .flat_map(|d| [path(*d, false), path(*d, true)])
        .collect();
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            offered.contains(&format!("examples/{name}")),
            "{name} is not offered"
        );
    }
}
