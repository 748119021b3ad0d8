//! The facilitator's file formats stay in step with their schemas: the
//! exercises file (`public/canevas-exercises.schema.json`) and the feedback
//! file (`public/canevas-feedback.schema.json`).

use canevas::format::exchange::{export_exercises, read, Incoming};
use canevas::model::exercise::{MAX_EXERCISES, MAX_STEPS, MAX_STEP_MINUTES};
use canevas::model::place::Part;
use canevas::model::{Block, Exercise, Id, Step, Timestamp, MAX_TEXT_CHARS};
mod common;

use common::keys;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::Path;

fn schema(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// An array of strings, as a set (to compare with member names).
fn string_set(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

fn exercise() -> Exercise {
    let mut step = Step::new("Segments", 7);
    step.prompt = "Who is it for?".into();
    step.block = Some(Block::CustomerSegments);
    Exercise {
        id: Id::parse("x1").unwrap(),
        title: "BMC".into(),
        description: "Nine blocks".into(),
        steps: vec![step, Step::new("Share", 2), {
            let mut risks = Step::new("Risks", 5);
            risks.part = Some(Part::Risks);
            risks
        }],
        created_at: Timestamp(1),
        updated_at: Timestamp(2),
    }
}

#[test]
fn the_exercises_schema_names_what_the_code_writes() {
    let s = schema("canevas-exercises.schema.json");
    let file: Value = serde_json::from_str(&export_exercises(&[exercise()], Timestamp(3))).unwrap();
    assert_eq!(keys(&file), keys(&s["properties"]));
    assert_eq!(string_set(&s["required"]), keys(&file));
    assert_eq!(s["properties"]["format"]["const"], file["format"]);
    let versions = s["properties"]["version"]["enum"].as_array().unwrap();
    assert_eq!(
        versions.last(),
        Some(&file["version"]),
        "the schema documents the version written"
    );
    assert_eq!(
        s["properties"]["exercises"]["maxItems"],
        json!(MAX_EXERCISES)
    );

    let x = &s["$defs"]["exercise"];
    assert_eq!(keys(&file["exercises"][0]), keys(&x["properties"]));
    assert_eq!(x["properties"]["steps"]["maxItems"], json!(MAX_STEPS));
    let step = &s["$defs"]["step"];
    let written: BTreeSet<String> = (0..3)
        .flat_map(|i| keys(&file["exercises"][0]["steps"][i]))
        .collect();
    assert_eq!(written, keys(&step["properties"]));
    let parts: BTreeSet<String> = Part::ALL.iter().map(|p| p.key().to_owned()).collect();
    assert_eq!(string_set(&step["properties"]["part"]["enum"]), parts);
    assert_eq!(
        step["properties"]["minutes"]["maximum"],
        json!(MAX_STEP_MINUTES)
    );
    assert_eq!(step["properties"]["minutes"]["minimum"], json!(1));
    assert_eq!(s["$defs"]["text"]["maxLength"], json!(MAX_TEXT_CHARS));
    let blocks: BTreeSet<String> = Block::ALL.iter().map(|b| b.key().to_owned()).collect();
    assert_eq!(string_set(&s["$defs"]["block"]["enum"]), blocks);
    // A step with no block is written as null, as the schema allows, and
    // one with no part writes none.
    assert_eq!(file["exercises"][0]["steps"][1]["block"], Value::Null);
    assert_eq!(file["exercises"][0]["steps"][1].get("part"), None);
    assert_eq!(file["exercises"][0]["steps"][2]["part"], json!("risks"));
}

#[test]
fn what_the_schema_leaves_out_reads_as_its_default() {
    let minimal = json!({
        "format": "canevas-exercises", "version": 1, "saved_at": 0,
        "exercises": [{"id": "a", "title": "T", "created_at": 0, "updated_at": 0,
                       "steps": [{"title": "S", "minutes": 3}]}]
    });
    let Ok(Incoming::Exercises(file)) = read(minimal.to_string().as_bytes()) else {
        panic!("a minimal file reads")
    };
    let xs = file.read().expect("a minimal file reads");
    assert_eq!(
        (xs[0].steps[0].prompt.as_str(), xs[0].steps[0].block),
        ("", None)
    );
    let unknown = minimal
        .to_string()
        .replace("\"minutes\": 3", "\"minutes\": 3, \"colour\": 1");
    let unknown = unknown.replace("\"minutes\":3", "\"minutes\":3,\"colour\":1");
    assert!(
        canevas::format::exchange::import_exercises(unknown.as_bytes()).is_err(),
        "members outside the schema are refused"
    );
}

#[test]
fn the_feedback_schema_names_what_the_code_writes() {
    use canevas::format::exchange::export_feedback;
    use canevas::model::feedback::{answer, Anchor, Feedback, Kind, MAX_COMMENTS};
    use canevas::model::place::Place;
    let s = schema("canevas-feedback.schema.json");
    let mut f = Feedback::new(Id::parse("p1").unwrap(), "Kola".into(), Timestamp(1));
    f.author = "Awa".into();
    let note = Anchor::item(Place::Block(Block::Channels), Id::parse("n1").unwrap());
    f.set_comment(&note, "Radio?", Kind::ToDo, Timestamp(2), || {
        Id::parse("c1").unwrap()
    });
    let budget = Anchor::item(Place::Part(Part::Budget), Id::parse("b1").unwrap());
    f.set_comment(&budget, "Fees?", Kind::Info, Timestamp(2), || {
        Id::parse("c2").unwrap()
    });
    f.set_comment(&Anchor::PROJECT, "Good", Kind::ToDo, Timestamp(2), || {
        Id::parse("c3").unwrap()
    });
    let mut list = vec![f];
    answer(
        &mut list,
        &Id::parse("c1").unwrap(),
        Some("Yes"),
        Some(true),
        Timestamp(4),
    );
    let file: Value = serde_json::from_str(&export_feedback(&list, Timestamp(3))).unwrap();
    assert_eq!(keys(&file), keys(&s["properties"]));
    assert_eq!(string_set(&s["required"]), keys(&file));
    assert_eq!(s["properties"]["format"]["const"], file["format"]);
    assert_eq!(s["properties"]["version"]["const"], file["version"]);
    let def = &s["$defs"]["feedback"];
    let one = &file["feedback"][0];
    assert_eq!(keys(one), keys(&def["properties"]));
    assert_eq!(
        def["properties"]["comments"]["maxItems"],
        json!(MAX_COMMENTS)
    );
    // The answered comment on a note has every member a comment can have.
    let comment = &s["$defs"]["comment"];
    let mut written = keys(&one["comments"][0]);
    written.insert("part".into());
    assert_eq!(written, keys(&comment["properties"]));
    assert_eq!(
        keys(&one["comments"][0]["reply"]),
        keys(&comment["properties"]["reply"]["anyOf"][0]["properties"])
    );
    assert_eq!(one["comments"][0]["block"], "channels");
    assert_eq!(one["comments"][1]["part"], "budget");
    assert_eq!(one["comments"][1]["kind"], "info");
    let whole = &one["comments"][2];
    assert!(
        ["block", "part", "item"]
            .iter()
            .all(|k| whole.get(k).is_none()),
        "the project as a whole names no place"
    );
    let blocks: BTreeSet<String> = Block::ALL.iter().map(|b| b.key().to_owned()).collect();
    assert_eq!(string_set(&s["$defs"]["block"]["enum"]), blocks);
    let parts: BTreeSet<String> = Part::ALL.iter().map(|p| p.key().to_owned()).collect();
    assert_eq!(string_set(&s["$defs"]["part"]["enum"]), parts);
    let kinds: BTreeSet<String> = Kind::ALL.iter().map(|k| k.key().to_owned()).collect();
    assert_eq!(string_set(&comment["properties"]["kind"]["enum"]), kinds);
    assert_eq!(s["$defs"]["text"]["maxLength"], json!(MAX_TEXT_CHARS));
}

/// Every exercises or feedback file ever written keeps opening.
#[test]
fn every_facilitator_fixture_still_opens() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut opened = 0;
    for kind in ["exercises", "feedback"] {
        for version in std::fs::read_dir(root.join(kind)).unwrap() {
            for file in std::fs::read_dir(version.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                let bytes = std::fs::read(&path).unwrap();
                match (kind, read(&bytes)) {
                    ("exercises", Ok(Incoming::Exercises(file))) => {
                        assert!(!file.read().unwrap().is_empty())
                    }
                    ("feedback", Ok(Incoming::Feedback(f))) => {
                        assert!(!f.is_empty() && f.iter().all(|f| !f.comments.is_empty()))
                    }
                    (_, other) => panic!("{} did not open as {kind}: {other:?}", path.display()),
                }
                opened += 1;
            }
        }
    }
    assert!(opened >= 2);
    let Ok(Incoming::Feedback(f)) =
        read(&std::fs::read(root.join("feedback/v1/kola-studio.json")).unwrap())
    else {
        panic!()
    };
    assert_eq!(
        f[0].comments[2].anchor(),
        canevas::model::feedback::Anchor::PROJECT,
        "a comment without a block is about the whole project"
    );
    assert_eq!(f[0].comments[2].text, "<b>Not markup</b>: shown as typed.");
    // Version 2: two mentors, comments on items, the team's answers.
    let Ok(Incoming::Feedback(f)) =
        read(&std::fs::read(root.join("feedback/v2/kola-answers.json")).unwrap())
    else {
        panic!("the version 2 fixture opens")
    };
    assert_eq!(f.len(), 2);
    let c = &f[0].comments[0];
    assert_eq!((c.part, c.done), (Some(Part::Budget), true));
    assert_eq!(
        c.reply.as_ref().map(|r| r.text.as_str()),
        Some("Le festival les paie.")
    );
}
