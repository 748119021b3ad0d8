#![cfg(not(target_arch = "wasm32"))]
//! The fit worksheet in the file format: its fixture opens, broken links
//! are refused with their own message, shapes outside the format are
//! refused, and `public/canevas.schema.json` says what the code does.

use canevas::format::{export, import, ImportError, Kind};
use canevas::model::fit::{
    AudienceKind, Evidence, Facet, OfferKind, DEFAULT_IMPORTANCE, MAX_FIT_ITEMS, MAX_IMPORTANCE,
    MIN_IMPORTANCE,
};
use canevas::model::{Block, Id, Note, Project, Timestamp, Workspace};
use canevas::session::Session;
mod common;

use common::{check_members, id, strings};
use serde_json::{json, Value};
use std::path::Path;

fn fixture_of(version: u32) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("tests/fixtures/format/v{version}/fit.json")),
    )
    .unwrap()
}

fn fixture() -> Vec<u8> {
    fixture_of(3)
}

fn schema() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/canevas.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A project with a segment "seg", a want "w" (importance 5), an offer
/// item "r" answering it, as Canevas writes it.
fn sample() -> Project {
    let mut p = Project::new(id("p1"), "Kola", Timestamp(1));
    p.canvas.add_note(
        Block::CustomerSegments,
        Note::new(id("seg"), "Readers", Timestamp(1)),
    );
    p.fit
        .add_audience(&id("seg"), id("w"), AudienceKind::Want, Timestamp(2));
    p.fit.edit_audience(&id("w"), Timestamp(2), |a| {
        a.text = "Read on the bus".into();
        a.importance = 5;
        a.evidence = Evidence::Interviews;
        a.facet = Facet::Social;
    });
    p.fit
        .add_offer(&id("seg"), id("r"), OfferKind::Remedy, Timestamp(3));
    p.fit.set_link(&id("r"), &id("w"), true, Timestamp(3));
    p
}

fn sample_file() -> Value {
    serde_json::from_str(&export(&[sample()], Kind::Project, Timestamp(4))).unwrap()
}

fn import_value(v: &Value) -> Result<Vec<Project>, ImportError> {
    import(v.to_string().as_bytes())
}

#[test]
fn the_fit_fixture_opens_with_its_summary() {
    let projects = import(&fixture()).unwrap();
    let p = &projects[0];
    assert_eq!(p.fit.profiles.len(), 2);
    let readers = &p.canvas.notes(Block::CustomerSegments)[0].id;
    let s = p.fit.profile(readers).unwrap().summary();
    assert_eq!((s.important, s.answered, s.backed), (5, 4, 3));
    assert_eq!(s.coverage(), Some(80));
    assert_eq!(s.evidence(), Some(75));
    assert_eq!(s.unanswered.len(), 1);
    assert_eq!(s.idle.len(), 1, "the wallpapers answer nothing");
}

#[test]
fn the_version_2_worksheet_opens_as_the_version_3_one() {
    // Importance was 1–5 already: the worksheet carries over as it was,
    // and every note keeps its colour.
    let v2 = import(&fixture_of(2)).unwrap();
    assert_eq!(v2, import(&fixture()).unwrap());
    assert!(v2[0].canvas.all_notes().all(|(_, n)| n.colour.is_some()));
    let raw: Value = serde_json::from_slice(&fixture_of(2)).unwrap();
    let written: Vec<u64> = raw["projects"][0]["fit"]["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["audience"].as_array().unwrap())
        .map(|a| a["importance"].as_u64().unwrap())
        .collect();
    let read: Vec<u64> = v2[0]
        .fit
        .profiles
        .iter()
        .flat_map(|p| &p.audience)
        .map(|a| u64::from(a.importance))
        .collect();
    assert_eq!(read, written);
}

#[test]
fn a_link_to_a_missing_item_is_refused_with_its_own_message() {
    let mut file = sample_file();
    file["projects"][0]["fit"]["profiles"][0]["offer"][0]["answers"] = json!(["w", "gone"]);
    assert_eq!(
        import_value(&file),
        Err(ImportError::BrokenFitLink {
            project: "Kola".into()
        })
    );
    // A link to an item of another profile is just as broken.
    let mut file = sample_file();
    file["projects"][0]["canvas"]["customer_segments"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "seg2", "text": "Parents", "created_at": 0, "updated_at": 0}));
    file["projects"][0]["fit"]["profiles"]
        .as_array_mut()
        .unwrap()
        .push(json!({"segment": "seg2", "audience": [{"id": "x", "kind": "hope", "created_at": 0, "updated_at": 0}]}));
    assert!(import_value(&file).is_ok());
    file["projects"][0]["fit"]["profiles"][0]["offer"][0]["answers"] = json!(["x"]);
    assert!(matches!(
        import_value(&file),
        Err(ImportError::BrokenFitLink { .. })
    ));
}

#[test]
fn a_profile_for_a_missing_segment_is_refused() {
    let mut file = sample_file();
    file["projects"][0]["canvas"]["customer_segments"] = json!([]);
    assert!(matches!(
        import_value(&file),
        Err(ImportError::BrokenFitLink { .. })
    ));
}

#[test]
fn item_ids_are_unique_among_notes_and_items() {
    let mut file = sample_file();
    file["projects"][0]["fit"]["profiles"][0]["offer"][0]["id"] = json!("w");
    assert_eq!(
        import_value(&file),
        Err(ImportError::DuplicateId { id: "w".into() })
    );
    let mut file = sample_file();
    file["projects"][0]["fit"]["profiles"][0]["audience"][0]["id"] = json!("seg");
    file["projects"][0]["fit"]["profiles"][0]["offer"][0]["answers"] = json!(["seg"]);
    assert_eq!(
        import_value(&file),
        Err(ImportError::DuplicateId { id: "seg".into() })
    );
}

#[test]
fn importance_and_limits_are_checked() {
    for bad in [json!(0), json!(6), json!(2.5), json!("4")] {
        let mut file = sample_file();
        file["projects"][0]["fit"]["profiles"][0]["audience"][0]["importance"] = bad.clone();
        assert!(
            matches!(import_value(&file), Err(ImportError::WrongShape { .. })),
            "{bad}"
        );
    }
    let mut file = sample_file();
    let item = file["projects"][0]["fit"]["profiles"][0]["offer"][0].clone();
    file["projects"][0]["fit"]["profiles"][0]["offer"] = (0..=MAX_FIT_ITEMS)
        .map(|i| {
            let mut it = item.clone();
            it["id"] = json!(format!("o{i}"));
            it
        })
        .collect();
    assert!(matches!(
        import_value(&file),
        Err(ImportError::WrongShape { .. })
    ));
    let mut file = sample_file();
    file["projects"][0]["fit"]["profiles"][0]["audience"][0]["text"] =
        json!("x".repeat(canevas::model::MAX_TEXT_CHARS + 1));
    assert!(matches!(
        import_value(&file),
        Err(ImportError::TextTooLong { .. })
    ));
}

#[test]
fn shapes_the_format_does_not_have_are_refused() {
    let accepted: Vec<String> = [
        ("/projects/0/fit", json!([[]])),
        ("/projects/0/fit/profiles/0", json!(["seg", [], []])),
        (
            "/projects/0/fit/profiles/0/audience/0",
            json!(["w", "want", "", "social", 5, "interviews", 0, 0]),
        ),
        (
            "/projects/0/fit/profiles/0/offer/0",
            json!(["r", "remedy", "", ["w"], 0, 0]),
        ),
        (
            "/projects/0/fit/profiles/0/audience/0/kind",
            json!({"want": null}),
        ),
        (
            "/projects/0/fit/profiles/0/audience/0/facet",
            json!({"social": null}),
        ),
        (
            "/projects/0/fit/profiles/0/audience/0/evidence",
            json!({"sales": null}),
        ),
        (
            "/projects/0/fit/profiles/0/offer/0/kind",
            json!({"gain": null}),
        ),
    ]
    .into_iter()
    .filter_map(|(pointer, odd)| {
        let mut file = sample_file();
        *file.pointer_mut(pointer).unwrap() = odd.clone();
        import_value(&file)
            .ok()
            .map(|_| format!("{pointer} = {odd}"))
    })
    .collect();
    assert_eq!(accepted, Vec::<String>::new(), "import accepts these");
}

/// For one object of the fit section: the schema lists what Canevas
/// writes, requires what import needs, and its defaults are what import
/// assumes.

#[test]
fn the_schema_describes_the_fit_section_as_the_code_has_it() {
    let s = schema();
    let defs = &s["$defs"];
    let project = &defs["project"]["properties"]["fit"];
    assert_eq!(project["$ref"], "#/$defs/fit");
    assert_eq!(project["default"], json!({"profiles": []}));
    assert_eq!(
        serde_json::to_value(canevas::model::Fit::default()).unwrap(),
        project["default"]
    );
    let file = sample_file();
    // Without links, a profile's audience may be left out on its own.
    let mut unlinked = file.clone();
    unlinked["projects"][0]["fit"]["profiles"][0]["offer"][0]["answers"] = json!([]);
    check_members(&defs["fit"], &file, "/projects/0/fit", |_, _| {});
    check_members(
        &defs["fit_profile"],
        &unlinked,
        "/projects/0/fit/profiles/0",
        |_, _| {},
    );
    check_members(
        &defs["fit_audience_item"],
        &file,
        "/projects/0/fit/profiles/0/audience/0",
        |_, _| {},
    );
    check_members(
        &defs["fit_offer_item"],
        &file,
        "/projects/0/fit/profiles/0/offer/0",
        |_, _| {},
    );

    let audience = &defs["fit_audience_item"]["properties"];
    let keys_of = |all: Vec<&str>| all.into_iter().map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(
        strings(&audience["kind"]["enum"]),
        keys_of(AudienceKind::ALL.iter().map(|k| k.key()).collect())
    );
    assert_eq!(
        strings(&audience["facet"]["enum"]),
        keys_of(Facet::ALL.iter().map(|k| k.key()).collect())
    );
    assert_eq!(
        strings(&audience["evidence"]["enum"]),
        keys_of(Evidence::ALL.iter().map(|k| k.key()).collect())
    );
    assert_eq!(
        strings(&defs["fit_offer_item"]["properties"]["kind"]["enum"]),
        keys_of(OfferKind::ALL.iter().map(|k| k.key()).collect())
    );
    assert_eq!(audience["importance"]["minimum"], json!(MIN_IMPORTANCE));
    assert_eq!(audience["importance"]["maximum"], json!(MAX_IMPORTANCE));
    assert_eq!(audience["importance"]["default"], json!(DEFAULT_IMPORTANCE));
    for side in ["audience", "offer"] {
        assert_eq!(
            defs["fit_profile"]["properties"][side]["maxItems"],
            json!(MAX_FIT_ITEMS)
        );
    }
    assert_eq!(
        defs["fit_offer_item"]["properties"]["answers"]["maxItems"],
        json!(MAX_FIT_ITEMS)
    );
}

#[test]
fn deleting_a_segment_note_and_undoing_brings_back_its_profile() {
    let mut n = 0;
    let mut ws = Workspace::default();
    ws.put(0, sample());
    let mut s = Session::new(ws, move || {
        n += 1;
        Id::from_random(n)
    });
    let mut profile = false;
    assert!(s.edit(&id("p1"), Timestamp(9), None, |p, _| {
        p.remove_note(&id("seg"))
            .inspect(|r| profile = r.3)
            .is_some()
    }));
    assert!(profile);
    assert!(s.project(&id("p1")).unwrap().fit.profiles.is_empty());
    assert!(
        s.undo(&canevas::history::Scope::Project(id("p1")))
            .is_some(),
        "one step"
    );
    let p = s.project(&id("p1")).unwrap();
    assert!(p.canvas.note(&id("seg")).is_some());
    assert_eq!(
        p.fit.profile(&id("seg")).unwrap().offer[0].answers,
        [id("w")]
    );
}

#[test]
fn a_kept_copy_of_an_imported_project_keeps_its_links() {
    let mut n = 0;
    let mut ws = Workspace::default();
    ws.put(0, sample());
    let mut s = Session::new(ws, move || {
        n += 1;
        Id::from_random(n)
    });
    let out = s.import(
        vec![sample()],
        canevas::session::OnConflict::KeepBoth,
        Timestamp(5),
    );
    let copy = s.project(&out.ids[0]).unwrap();
    let seg = &copy.canvas.notes(Block::CustomerSegments)[0].id;
    let p = copy.fit.profile(seg).unwrap();
    assert_eq!(p.offer[0].answers, [p.audience[0].id.clone()]);
    assert!(
        import(export(std::slice::from_ref(copy), Kind::Project, Timestamp(6)).as_bytes()).is_ok()
    );
}
