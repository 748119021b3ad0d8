#![cfg(not(target_arch = "wasm32"))]
//! The feasibility section of the file format: its fixture opens with
//! everything in it, older files open with an empty section, and
//! `public/canevas.schema.json` says what the code does.

use canevas::format::{export, import, import_repairing, Kind};
use canevas::model::feasibility::{
    Confidence, Criterion, Decision, Feasibility, Group, Lens, Method, Quadrant, EVIDENCE_MAX,
    EVIDENCE_MIN, MAX_ASSUMPTIONS, MAX_CUSTOM_CRITERIA, MAX_IMPORTANCE, MAX_MILESTONES, MAX_RISKS,
    MAX_TESTS, MIN_IMPORTANCE, READINESS_MAX, RISK_MAX, SCORE_MAX,
};
use canevas::model::{Block, Discipline, Timestamp};
use serde_json::{json, Value};
use std::path::Path;

fn read(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn schema() -> Value {
    serde_json::from_slice(&read("public/canevas.schema.json")).unwrap()
}

fn def<'a>(s: &'a Value, name: &str) -> &'a Value {
    &s["$defs"][name]
}

fn names<T: Copy>(all: &[T], key: fn(T) -> &'static str) -> Value {
    Value::Array(all.iter().map(|x| json!(key(*x))).collect())
}

#[test]
fn the_version_2_studio_opens_on_the_one_importance_scale() {
    let v2 = read("tests/fixtures/format/v2/feasibility.json");
    let raw: Value = serde_json::from_slice(&v2).unwrap();
    let old: Vec<&Value> = raw["projects"][0]["feasibility"]["assumptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| &a["importance"])
        .collect();
    assert_eq!(old, [&json!(4), &json!(4), &json!(3), &json!(2)]);
    let projects = import(&v2).unwrap();
    let f = &projects[0].feasibility;
    let new: Vec<u8> = f.assumptions.iter().map(|a| a.importance).collect();
    assert_eq!(new, [5, 5, 4, 2], "1→1, 2→2, 3→4, 4→5");
    let evidence: Vec<u8> = f.assumptions.iter().map(|a| a.evidence).collect();
    assert_eq!(evidence, [2, 1, 3, 1], "evidence keeps its scale");
    let quadrants: Vec<Quadrant> = f.assumptions.iter().map(|a| a.quadrant()).collect();
    assert_eq!(
        quadrants,
        [
            Quadrant::TestFirst,
            Quadrant::TestFirst,
            Quadrant::Proven,
            Quadrant::Later
        ],
        "each stays in its quadrant"
    );
    // The version 3 fixture was written from it: the same studio.
    assert_eq!(
        import(&read("tests/fixtures/format/v3/feasibility.json")).unwrap(),
        projects
    );
}

#[test]
fn the_fixture_opens_with_its_whole_studio() {
    let projects = import(&read("tests/fixtures/format/v3/feasibility.json")).unwrap();
    let p = &projects[0];
    let f = &p.feasibility;
    assert_eq!(f.assumptions.len(), 4);
    assert_eq!(f.assumptions[0].tests[0].decision, Some(Decision::Pivot));
    assert!(f.assumptions[0].tests[0].raised);
    let mut taken_back = f.assumptions[0].clone();
    assert!(taken_back.decide(&taken_back.tests[0].id.clone(), None));
    assert_eq!(
        (f.assumptions[0].evidence, taken_back.evidence),
        (2, 1),
        "the step it raised is taken back"
    );
    assert_eq!(
        f.assumptions[0].note.as_ref().map(|n| n.as_str()),
        Some("e5f60718293a4b5c")
    );
    assert!(p
        .canvas
        .note(f.assumptions[0].note.as_ref().unwrap())
        .is_some());
    assert_eq!(f.assumptions[1].quadrant(), Quadrant::TestFirst);
    assert_eq!(f.mvp.milestones.len(), 3);
    // The older form of the budget, "4 500 000" and "XOF", is read exactly.
    assert_eq!(
        f.mvp.budget.map(|d| d.to_string()).as_deref(),
        Some("4500000")
    );
    assert_eq!(f.mvp.currency.code(), "XOF");
    assert_eq!(f.mvp.budget_note, "");
    assert_eq!(f.readiness.product, Some(3));
    let s = f.summary(p.discipline);
    let next: Vec<&str> = s.next_tests.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(next, ["10aa000000000002", "10aa000000000001"]);
    assert_eq!(s.top_risks[0].text, "The grant we count on is refused");
    assert_eq!(s.groups[0], (Group::Technical, Some(3.5)));
    assert_eq!(
        s.groups[1],
        (Group::Commercial, Some(3.0)),
        "a custom criterion counts"
    );
    assert_eq!(s.groups[3], (Group::Legal, None), "unscored is not zero");
    // What opens writes back and opens the same.
    let again = import(export(&projects, Kind::Project, Timestamp(1)).as_bytes()).unwrap();
    assert_eq!(again, projects);
}

#[test]
fn a_decided_test_from_an_older_file_opens_without_its_raised_mark() {
    let mut file: Value =
        serde_json::from_slice(&read("tests/fixtures/format/v2/feasibility.json")).unwrap();
    let test = &mut file["projects"][0]["feasibility"]["assumptions"][0]["tests"][0];
    test.as_object_mut().unwrap().remove("raised");
    let projects = import(file.to_string().as_bytes()).unwrap();
    let mut a = projects[0].feasibility.assumptions[0].clone();
    assert!(!a.tests[0].raised);
    assert!(a.decide(&a.tests[0].id.clone(), None));
    assert_eq!(a.evidence, 2, "nothing says it raised evidence: kept");
}

#[test]
fn a_version_1_file_opens_with_an_empty_studio() {
    let projects = import(&read("tests/fixtures/format/v1/project.json")).unwrap();
    assert!(projects
        .iter()
        .all(|p| p.feasibility == Feasibility::default()));
}

#[test]
fn a_link_to_a_deleted_note_is_mended_and_reported() {
    let mut file: Value =
        serde_json::from_slice(&read("tests/fixtures/format/v2/feasibility.json")).unwrap();
    file["projects"][0]["canvas"]["revenue_streams"] = json!([]);
    file["projects"][0]["feasibility"]["mvp"]["milestones"][0]["date"] = json!("2027-02-30");
    let (projects, repaired) = import_repairing(file.to_string().as_bytes()).unwrap();
    assert_eq!(projects[0].feasibility.assumptions[0].note, None);
    assert_eq!(
        projects[0].feasibility.assumptions[0].block,
        Block::RevenueStreams
    );
    assert_eq!(projects[0].feasibility.mvp.milestones[0].date, "");
    assert_eq!(repaired.len(), 1);
    assert_eq!(repaired[0].project, "Gardiens de Tombouctou");
    assert_eq!(
        (
            repaired[0].repairs.dangling_notes,
            repaired[0].repairs.bad_dates
        ),
        (1, 1)
    );
}

#[test]
fn the_schema_names_what_the_code_uses() {
    let s = schema();
    assert_eq!(def(&s, "lens")["enum"], names(Lens::ALL, Lens::key));
    assert_eq!(def(&s, "method")["enum"], names(Method::ALL, Method::key));
    assert_eq!(def(&s, "group")["enum"], names(Group::ALL, Group::key));
    assert_eq!(
        def(&s, "confidence")["enum"],
        names(Confidence::ALL, Confidence::key)
    );
    assert_eq!(
        def(&s, "criterion")["enum"],
        names(Criterion::ALL, Criterion::key)
    );
    let mut decisions = vec![Value::Null];
    decisions.extend(Decision::ALL.iter().map(|d| json!(d.key())));
    assert_eq!(
        def(&s, "test_card")["properties"]["decision"]["enum"],
        json!(decisions)
    );
    assert_eq!(
        def(&s, "test_card")["properties"]["raised"],
        json!({"description": def(&s, "test_card")["properties"]["raised"]["description"],
            "type": "boolean", "default": false})
    );
    assert_eq!(
        def(&s, "assumption")["properties"]["block"]["enum"],
        names(&Block::ALL, Block::key)
    );

    let f = &def(&s, "feasibility")["properties"];
    assert_eq!(f["assumptions"]["maxItems"], json!(MAX_ASSUMPTIONS));
    assert_eq!(f["risks"]["maxItems"], json!(MAX_RISKS));
    let a = &def(&s, "assumption")["properties"];
    assert_eq!(a["tests"]["maxItems"], json!(MAX_TESTS));
    assert_eq!(a["importance"]["minimum"], json!(MIN_IMPORTANCE));
    assert_eq!(a["importance"]["maximum"], json!(MAX_IMPORTANCE));
    assert_eq!(a["evidence"]["minimum"], json!(EVIDENCE_MIN));
    assert_eq!(a["evidence"]["maximum"], json!(EVIDENCE_MAX));
    assert_eq!(
        def(&s, "fit_audience_item")["properties"]["importance"]["maximum"],
        a["importance"]["maximum"],
        "one importance scale in both tools"
    );
    let card = &def(&s, "scorecard")["properties"];
    assert_eq!(card["custom"]["maxItems"], json!(MAX_CUSTOM_CRITERIA));
    assert_eq!(card["scores"]["maxItems"], json!(Criterion::ALL.len()));
    let mut scores = vec![Value::Null];
    scores.extend((1..=SCORE_MAX).map(|n| json!(n)));
    assert_eq!(
        def(&s, "score")["properties"]["score"]["enum"],
        json!(scores)
    );
    assert_eq!(
        def(&s, "custom_criterion")["properties"]["score"]["enum"],
        json!(scores)
    );
    for p in ["likelihood", "impact"] {
        assert_eq!(def(&s, "risk")["properties"][p]["minimum"], json!(1));
        assert_eq!(def(&s, "risk")["properties"][p]["maximum"], json!(RISK_MAX));
    }
    assert_eq!(
        def(&s, "mvp")["properties"]["milestones"]["maxItems"],
        json!(MAX_MILESTONES)
    );
    let mut levels = vec![Value::Null];
    levels.extend((0..=READINESS_MAX).map(|n| json!(n)));
    for p in ["product", "market"] {
        assert_eq!(def(&s, "readiness")["properties"][p]["enum"], json!(levels));
    }
    assert_eq!(
        s["$defs"]["project"]["properties"]["feasibility"]["default"],
        serde_json::to_value(Feasibility::default()).unwrap(),
        "the schema's default is what an absent section reads as"
    );
}

/// For each object of the section: read an object with only its required
/// members, write it back, and find the schema's defaults; and the schema
/// lists exactly the members Canevas writes.
#[test]
fn the_schema_defaults_are_what_import_assumes() {
    let s = schema();
    let cases: [(&str, Value, &str); 9] = [
        ("feasibility", json!({}), ""),
        (
            "assumption",
            json!({"assumptions": [{"id": "a"}]}),
            "/assumptions/0",
        ),
        (
            "test_card",
            json!({"assumptions": [{"id": "a", "tests": [{"id": "t"}]}]}),
            "/assumptions/0/tests/0",
        ),
        ("scorecard", json!({"scorecard": {}}), "/scorecard"),
        (
            "score",
            json!({"scorecard": {"scores": [{"criterion": "budget"}]}}),
            "/scorecard/scores/0",
        ),
        (
            "custom_criterion",
            json!({"scorecard": {"custom": [{"id": "c"}]}}),
            "/scorecard/custom/0",
        ),
        ("risk", json!({"risks": [{"id": "r"}]}), "/risks/0"),
        ("mvp", json!({"mvp": {}}), "/mvp"),
        (
            "mvp_milestone",
            json!({"mvp": {"milestones": [{"id": "m"}]}}),
            "/mvp/milestones/0",
        ),
    ];
    for (name, section, pointer) in cases {
        let file = json!({"format": "canevas", "version": canevas::format::VERSION, "kind": "project", "saved_at": 0,
            "projects": [{"id": "p", "title": "x", "created_at": 0, "updated_at": 0, "feasibility": section}]});
        let projects =
            import(file.to_string().as_bytes()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let written: Value =
            serde_json::from_str(&export(&projects, Kind::Project, Timestamp(0))).unwrap();
        let obj = written["projects"][0]["feasibility"]
            .pointer(pointer)
            .unwrap();
        let props = def(&s, name)["properties"].as_object().unwrap();
        let listed: Vec<&String> = props.keys().collect();
        let mut members: Vec<&String> = obj.as_object().unwrap().keys().collect();
        let mut listed_sorted = listed.clone();
        listed_sorted.sort();
        members.sort();
        assert_eq!(
            listed_sorted, members,
            "{name}: the schema lists what Canevas writes"
        );
        for (member, p) in props {
            if let Some(default) = p.get("default") {
                assert_eq!(&obj[member], default, "{name}.{member}");
            }
        }
        let required: Vec<&str> = def(&s, name)["required"]
            .as_array()
            .map(|r| r.iter().map(|v| v.as_str().unwrap()).collect())
            .unwrap_or_default();
        for member in required {
            assert!(
                props[member].get("default").is_none(),
                "{name}.{member} is required"
            );
        }
    }
}

#[test]
fn criteria_of_every_discipline_are_in_the_schema() {
    let s = schema();
    let listed = def(&s, "criterion")["enum"].as_array().unwrap().len();
    assert_eq!(listed, Criterion::ALL.len());
    for d in Discipline::ALL {
        assert!(Group::ALL
            .iter()
            .all(|g| Criterion::of(*g, d).next().is_some()));
    }
}
