#![cfg(not(target_arch = "wasm32"))]
//! The diffusion plan in the file format: the schema says what the code
//! does (names, limits, defaults, required members), the fixture opens, and
//! a broken plan is refused with a reason.

use canevas::format::{export, import, ImportError, Kind};
use canevas::model::diffusion::{
    self, Audience, BudgetGroup, BudgetLine, Channel, ChannelKind, Currency, Date, Decimal,
    Funding, Goal, GoalKind, Kpi, Milestone, MilestoneKind, Plan, Premiere, Revenue, RevenueKind,
    Right, Submission, MAX_PLAN_ITEMS,
};
use canevas::model::{Block, Discipline, Id, Note, Project, Timestamp};
mod common;

use common::{check_members, id};
use serde_json::{json, Value};
use std::path::Path;

fn d(s: &str) -> Option<Decimal> {
    Decimal::parse_canonical(s)
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// A webtoon studio's plan, with every list filled.
fn sample_project() -> Project {
    let at = Timestamp(1_795_771_086_000);
    let mut p = Project::new(id("kola-webtoon"), "Les Griots de Kola", at);
    p.pitch = "Un webtoon d’aventure dans le Sahel, en épisodes hebdomadaires.".into();
    p.discipline = Discipline::Webtoon;
    p.country = "Côte d’Ivoire".into();
    p.team = vec!["Awa Koné".into(), "Yao N’Guessan".into()];
    p.canvas.add_note(
        Block::CustomerSegments,
        Note::new(id("seg-teens"), "Ados francophones sur mobile", at),
    );
    p.canvas.add_note(
        Block::Channels,
        Note::new(id("ch-webtoon"), "Webtoon Canvas", at),
    );
    let plan = &mut p.diffusion;
    plan.started = true;
    plan.currency = Currency::parse("XOF").unwrap();
    plan.goals = vec![
        Goal {
            id: id("g1"),
            kind: GoalKind::Reach,
            text: "5 000 lecteurs par épisode".into(),
        },
        Goal {
            id: id("g2"),
            kind: GoalKind::Recognition,
            text: "Sélection au FIBDA".into(),
        },
    ];
    plan.audiences = vec![Audience {
        id: id("a1"),
        text: "Lycéens d’Abidjan et de Dakar".into(),
        segment: Some(id("seg-teens")),
    }];
    let mut webtoon = Channel::new(id("c1"), ChannelKind::Platform, "Webtoon");
    webtoon.revenue_share = "50 % des revenus publicitaires".into();
    webtoon.territory = "Monde".into();
    let mut fibda = Channel::new(id("c2"), ChannelKind::Festival, "Fibda (Alger)");
    fibda.deadline = Some(date("2027-03-15"));
    fibda.fee = "Gratuit".into();
    fibda.premiere = Premiere::Continental;
    fibda.category = "Jeunes talents".into();
    fibda.submission = Submission::Submitted;
    let mut glenat = Channel::new(id("c3"), ChannelKind::Publisher, "Glénat");
    glenat.exclusive = true;
    glenat.territory = "France, Belgique".into();
    plan.channels = vec![webtoon, fibda, glenat];
    plan.timeline = vec![
        Milestone {
            id: id("m1"),
            kind: MilestoneKind::Announcement,
            title: "Annonce sur Instagram".into(),
            date: date("2026-12-10"),
        },
        Milestone {
            id: id("m2"),
            kind: MilestoneKind::Launch,
            title: "Épisode 1".into(),
            date: date("2027-01-15"),
        },
        Milestone {
            id: id("m3"),
            kind: MilestoneKind::Episode,
            title: "Épisode 2".into(),
            date: date("2027-01-22"),
        },
        Milestone {
            id: id("m4"),
            kind: MilestoneKind::Premiere,
            title: "FIBDA".into(),
            date: date("2027-10-01"),
        },
    ];
    plan.funding = vec![
        Funding {
            id: id("f1"),
            name: "Bourse de la résidence".into(),
            amount: d("1500000"),
        },
        Funding {
            id: id("f2"),
            name: "Fonds propres".into(),
            amount: d("250000"),
        },
    ];
    plan.budget = vec![
        BudgetLine {
            id: id("b1"),
            group: BudgetGroup::Materials,
            label: "Couvertures et visuels".into(),
            amount: d("350000"),
            funding: Some(id("f1")),
        },
        BudgetLine {
            id: id("b2"),
            group: BudgetGroup::Travel,
            label: "Voyage à Alger".into(),
            amount: d("685000"),
            funding: Some(id("f1")),
        },
        BudgetLine {
            id: id("b3"),
            group: BudgetGroup::Ads,
            label: "Publicités Instagram".into(),
            amount: d("120000"),
            funding: Some(id("f2")),
        },
        BudgetLine {
            id: id("b4"),
            group: BudgetGroup::Events,
            label: "Lancement au café BD".into(),
            amount: None,
            funding: None,
        },
    ];
    plan.kpis = vec![
        Kpi {
            id: id("k1"),
            name: "Lecteurs par épisode".into(),
            target: d("5000"),
            actual: d("1250"),
            due: Some(date("2027-04-01")),
        },
        Kpi {
            id: id("k2"),
            name: "Abonnés Instagram".into(),
            target: d("2000"),
            actual: None,
            due: None,
        },
    ];
    plan.rights = vec![Right {
        right: "Traduction anglaise".into(),
        holder: "À négocier".into(),
        territory: "Afrique anglophone".into(),
        medium: "Numérique".into(),
        duration: "5 ans".into(),
        ..Right::new(id("r1"))
    }];
    plan.revenues = vec![Revenue {
        id: id("v1"),
        kind: RevenueKind::Merchandise,
        text: "Affiches et autocollants".into(),
    }];
    p
}

fn fixture_path() -> std::path::PathBuf {
    fixture_of(canevas::format::VERSION)
}

fn fixture_of(version: u32) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/format/v{version}/diffusion.json"))
}

/// Rewrites the fixture: `cargo test --test format_diffusion -- --ignored`.
#[test]
#[ignore]
fn write_fixture() {
    std::fs::write(
        fixture_path(),
        export(
            &[sample_project()],
            Kind::Project,
            Timestamp(1_795_771_100_000),
        ),
    )
    .unwrap();
}

#[test]
fn the_version_2_plan_opens_whole_with_its_notes_yellow() {
    // Written when a note's colour could not be left out: each is yellow.
    let projects = import(&std::fs::read(fixture_of(2)).unwrap()).unwrap();
    let mut expected = sample_project();
    let notes: Vec<Id> = expected
        .canvas
        .all_notes()
        .map(|(_, n)| n.id.clone())
        .collect();
    assert!(!notes.is_empty());
    for n in &notes {
        let at = expected.canvas.note(n).unwrap().updated_at;
        expected
            .canvas
            .set_colour(n, Some(canevas::model::Colour::Yellow), at);
    }
    assert_eq!(projects, [expected]);
}

#[test]
fn the_fixture_opens_with_its_whole_plan() {
    let text = std::fs::read_to_string(fixture_path()).unwrap();
    let projects = import(text.as_bytes()).unwrap();
    assert_eq!(projects, [sample_project()]);
    let plan = &projects[0].diffusion;
    let totals = diffusion::totals(&plan.budget).unwrap();
    assert_eq!(totals.total, d("1155000").unwrap());
    let cover = diffusion::coverage(&plan.budget, &plan.funding).unwrap();
    assert_eq!(cover.uncovered, Decimal::ZERO);
    assert_eq!(plan.kpis[0].progress(), Some(25));
}

fn schema() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/canevas.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn file() -> Value {
    serde_json::from_str(&export(&[sample_project()], Kind::Project, Timestamp(3))).unwrap()
}

#[test]
fn the_schema_names_what_the_code_uses() {
    let s = schema();
    let defs = &s["$defs"];
    let names = |def: &str| -> Vec<String> {
        defs[def]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    fn keys_of<T: Copy>(all: &[T], key: fn(T) -> &'static str) -> Vec<String> {
        all.iter().map(|x| key(*x).to_owned()).collect()
    }
    for (def, code) in [
        ("goal_kind", keys_of(GoalKind::ALL, GoalKind::key)),
        ("channel_kind", keys_of(ChannelKind::ALL, ChannelKind::key)),
        ("premiere", keys_of(Premiere::ALL, Premiere::key)),
        ("submission", keys_of(Submission::ALL, Submission::key)),
        (
            "milestone_kind",
            keys_of(MilestoneKind::ALL, MilestoneKind::key),
        ),
        ("budget_group", keys_of(BudgetGroup::ALL, BudgetGroup::key)),
        ("revenue_kind", keys_of(RevenueKind::ALL, RevenueKind::key)),
    ] {
        assert_eq!(names(def), code, "{def}");
    }
    let plan = &defs["plan"]["properties"];
    for (list, v) in plan.as_object().unwrap() {
        if v["type"] == "array" {
            assert_eq!(v["maxItems"], json!(MAX_PLAN_ITEMS), "{list}");
        }
    }
    assert_eq!(
        defs["project"]["properties"]["diffusion"]["default"],
        serde_json::to_value(Plan::default()).unwrap()
    );
    assert_eq!(plan["currency"]["default"], Currency::default().code());
}

#[test]
fn the_schema_requires_and_defaults_exactly_what_import_does() {
    let s = schema();
    let defs = &s["$defs"];
    let base = "/projects/0/diffusion";
    // Without its funding sources, a plan's budget lines name sources that
    // are not there: they are unlinked first.
    let unfund = |file: &mut Value, member: &str| {
        if member == "funding" {
            for line in file
                .pointer_mut(&format!("{base}/budget"))
                .unwrap()
                .as_array_mut()
                .unwrap()
            {
                line["funding"] = json!("");
            }
        }
    };
    let plan = &defs["plan"];
    assert!(plan["required"].is_array(), "plan lists what it requires");
    assert_eq!(
        plan["additionalProperties"],
        json!(false),
        "plan: no other member"
    );
    check_members(plan, &file(), base, unfund);
    for (def, list) in [
        ("goal", "goals"),
        ("audience", "audiences"),
        ("channel", "channels"),
        ("milestone", "timeline"),
        ("budget_line", "budget"),
        ("funding", "funding"),
        ("kpi", "kpis"),
        ("right", "rights"),
        ("revenue", "revenues"),
    ] {
        let def = &defs[def];
        assert!(def["required"].is_array(), "{list} lists what it requires");
        assert_eq!(
            def["additionalProperties"],
            json!(false),
            "{list}: no other member"
        );
        check_members(def, &file(), &format!("{base}/{list}/0"), |_, _| {});
    }
}

fn import_with(pointer: &str, value: Value) -> Result<Vec<Project>, ImportError> {
    let mut f = file();
    *f.pointer_mut(pointer).unwrap() = value;
    import(f.to_string().as_bytes())
}

#[test]
fn a_broken_plan_is_refused_with_a_reason() {
    let p = "/projects/0/diffusion";
    for (at, bad) in [
        ("/timeline/0/date", json!("2027-02-29")),
        ("/budget/0/amount", json!("12,5")),
        ("/budget/0/amount", json!(12.5)),
        ("/currency", json!("eur")),
        ("/goals/0/kind", json!({"reach": null})),
        ("/goals/0", json!(["g1", "reach", "x"])),
        ("/kpis/0/due", json!("soon")),
    ] {
        assert!(
            matches!(
                import_with(&format!("{p}{at}"), bad.clone()),
                Err(ImportError::WrongShape { .. })
            ),
            "{at} = {bad}"
        );
    }
    assert_eq!(
        import_with(&format!("{p}/goals/1/id"), json!("g1")),
        Err(ImportError::DuplicateId { id: "g1".into() })
    );
    let ImportError::WrongShape { detail } =
        import_with(&format!("{p}/budget/0/funding"), json!("nowhere")).unwrap_err()
    else {
        panic!()
    };
    assert!(detail.contains("nowhere"), "{detail}");
    let ImportError::WrongShape { detail } =
        import_with(&format!("{p}/audiences/0/segment"), json!("no-such-note")).unwrap_err()
    else {
        panic!()
    };
    assert!(detail.contains("customer segment"), "{detail}");
    assert!(matches!(
        import_with(&format!("{p}/rights/0/holder"), json!("x".repeat(10_001))),
        Err(ImportError::TextTooLong { .. })
    ));
    let many: Vec<Value> = (0..=MAX_PLAN_ITEMS)
        .map(|n| json!({"id": format!("x{n}"), "kind": "other", "text": ""}))
        .collect();
    assert!(matches!(
        import_with(&format!("{p}/revenues"), json!(many)),
        Err(ImportError::WrongShape { .. })
    ));
}

#[test]
fn a_project_without_a_plan_reads_as_unstarted() {
    let mut f = file();
    f["projects"][0]
        .as_object_mut()
        .unwrap()
        .remove("diffusion");
    let projects = import(f.to_string().as_bytes()).unwrap();
    assert_eq!(projects[0].diffusion, Plan::default());
}

#[test]
fn a_duplicate_keeps_its_plan_with_fresh_ids_and_references() {
    let p = sample_project();
    let mut n = 0;
    let copy = p.duplicate(id("copy"), "Copie".into(), Timestamp(9), || {
        n += 1;
        Id::from_random(n)
    });
    let plan = &copy.diffusion;
    assert_eq!(plan.check(&copy.canvas), Ok(()));
    assert_ne!(plan.goals[0].id, p.diffusion.goals[0].id);
    assert_eq!(
        plan.audiences[0].segment.as_ref(),
        Some(&copy.canvas.notes(Block::CustomerSegments)[0].id)
    );
    assert_eq!(plan.budget[0].funding.as_ref(), Some(&plan.funding[0].id));
}

#[test]
fn deleting_a_segment_note_unlinks_its_audience_in_the_same_undoable_step() {
    use canevas::model::Workspace;
    use canevas::session::Session;
    let mut n = 0;
    let mut s = Session::new(
        Workspace {
            projects: vec![sample_project()],
        },
        move || {
            n += 1;
            Id::from_random(n)
        },
    );
    let pid = id("kola-webtoon");
    assert!(s.edit(&pid, Timestamp(5), None, |p, _| p
        .canvas
        .remove_note(&id("seg-teens"))
        .is_some()));
    let p = s.project(&pid).unwrap();
    assert_eq!(p.diffusion.audiences[0].segment, None);
    assert_eq!(p.diffusion.check(&p.canvas), Ok(()));
    assert!(s
        .undo(&canevas::history::Scope::Project(pid.clone()))
        .is_some());
    let p = s.project(&pid).unwrap();
    assert_eq!(p.diffusion.audiences[0].segment, Some(id("seg-teens")));
    assert_eq!(p.diffusion.check(&p.canvas), Ok(()));
}
