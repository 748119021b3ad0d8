#![cfg(not(target_arch = "wasm32"))]
//! The file format from the outside: the permanent fixtures of every version
//! keep opening, what Canevas writes reads back exactly, no input makes the
//! importer panic, and `public/canevas.schema.json` says what the code does.

use canevas::format::{self, export, import, store, ImportError, Kind};
use canevas::model::coherence::Rule;
use canevas::model::{
    Block, Canvas, Colour, Discipline, Id, Note, Project, Timestamp, MAX_NOTES_PER_BLOCK, MAX_TEAM,
    MAX_TEXT_CHARS,
};
mod common;

use common::{id, keys, strings};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Value};
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------
// Fixtures

fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format")
}

/// Every `tests/fixtures/format/v<N>/` directory, by version.
fn version_dirs() -> Vec<(u32, PathBuf)> {
    let mut dirs: Vec<(u32, PathBuf)> = std::fs::read_dir(fixtures_root())
        .expect("tests/fixtures/format exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_owned();
            Some((name.strip_prefix('v')?.parse().ok()?, p))
        })
        .collect();
    dirs.sort();
    dirs
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// The newest fixture of that name: the current version's if there is one.
fn fixture(name: &str) -> Vec<u8> {
    (1..=format::VERSION)
        .rev()
        .find_map(|v| std::fs::read(fixtures_root().join(format!("v{v}")).join(name)).ok())
        .unwrap_or_else(|| panic!("no fixture named {name}"))
}

fn raw(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap()
}

/// Every text a project holds, in a fixed order: title, pitch, country, team
/// members, then note texts block by block.
fn texts(p: &Project) -> Vec<String> {
    let mut out = vec![p.title.clone(), p.pitch.clone(), p.country.clone()];
    out.extend(p.team.iter().cloned());
    out.extend(p.canvas.all_notes().map(|(_, n)| n.text.clone()));
    out
}

/// The same texts read straight from the JSON, without the model.
fn raw_texts(p: &Value) -> Vec<String> {
    let s = |v: &Value| v.as_str().unwrap_or("").to_owned();
    let mut out = vec![s(&p["title"]), s(&p["pitch"]), s(&p["country"])];
    out.extend(p["team"].as_array().into_iter().flatten().map(s));
    for b in Block::ALL {
        out.extend(
            p["canvas"][b.key()]
                .as_array()
                .into_iter()
                .flatten()
                .map(|n| s(&n["text"])),
        );
    }
    out
}

fn block_counts(p: &Project) -> Vec<usize> {
    Block::ALL
        .iter()
        .map(|b| p.canvas.notes(*b).len())
        .collect()
}

#[test]
fn every_fixture_of_every_version_still_opens() {
    let dirs = version_dirs();
    let versions: Vec<u32> = dirs.iter().map(|(v, _)| *v).collect();
    assert_eq!(
        versions,
        (1..=format::VERSION).collect::<Vec<_>>(),
        "every format version ever written keeps fixtures under tests/fixtures/format/v<N>/"
    );
    let schema = Schema::load();
    for (version, dir) in dirs {
        let files = json_files(&dir);
        assert!(!files.is_empty(), "{} holds no fixture", dir.display());
        for path in files {
            let name = path.display();
            let bytes = std::fs::read(&path).unwrap();
            let file = raw(&bytes);
            assert_eq!(
                file["version"],
                json!(version),
                "{name} is not a version {version} file"
            );
            let projects =
                import(&bytes).unwrap_or_else(|e| panic!("{name} no longer opens: {e:?}"));
            assert_eq!(
                projects.len(),
                file["projects"].as_array().unwrap().len(),
                "{name}"
            );
            // What opens can be written again and reopened unchanged, as a
            // file of either kind and as a stored record.
            for kind in [Kind::Project, Kind::Workspace] {
                assert_eq!(
                    import(export(&projects, kind, Timestamp(1)).as_bytes()).as_ref(),
                    Ok(&projects),
                    "{name}"
                );
            }
            for p in &projects {
                assert_eq!(
                    import(store(p, Timestamp(1)).as_bytes()),
                    Ok(vec![p.clone()]),
                    "{name}"
                );
            }
            if version == format::VERSION {
                schema.assert_valid(&file, &name.to_string());
            }
            if version < 3 {
                for (p, raw_p) in projects.iter().zip(file["projects"].as_array().unwrap()) {
                    assert_eq!(old_colours(raw_p), colours(p), "{name}: colours kept");
                }
            }
        }
    }
}

/// Each note's colour, block by block.
fn colours(p: &Project) -> Vec<Option<Colour>> {
    p.canvas.all_notes().map(|(_, n)| n.colour).collect()
}

/// Each note's colour as a file before version 3 meant it: left out was
/// yellow.
fn old_colours(p: &Value) -> Vec<Option<Colour>> {
    let notes = Block::ALL
        .iter()
        .flat_map(|b| p["canvas"][b.key()].as_array().into_iter().flatten());
    notes
        .map(|n| Colour::from_key(n["colour"].as_str().unwrap_or("yellow")))
        .collect()
}

/// The note only the version 3 webtoon project has: one with no colour.
const NO_COLOUR_NOTE: &str = "0c0105e55a7e0001";

#[test]
fn each_older_fixture_opens_as_the_current_one_written_from_it() {
    let current = fixtures_root().join(format!("v{}", format::VERSION));
    let mut compared = 0;
    for path in json_files(&current) {
        let file_name = path.file_name().unwrap();
        if file_name == "diffusion.json" {
            // Written from its sample project (tests/format_diffusion.rs,
            // which checks the version 2 copy against it).
            continue;
        }
        let mut now = import(&std::fs::read(&path).unwrap()).unwrap();
        if file_name == "project.json" {
            let extra = now[0].canvas.remove_note(&id(NO_COLOUR_NOTE)).unwrap().2;
            assert_eq!(extra.colour, None);
        }
        for (version, dir) in version_dirs() {
            let Ok(old) = std::fs::read(dir.join(file_name)) else {
                continue;
            };
            if version == format::VERSION {
                continue;
            }
            let old = import(&old).unwrap();
            assert_eq!(old, now, "v{version}/{}", file_name.to_string_lossy());
            compared += 1;
        }
    }
    // project.json from v1 and v2, fit and feasibility from v2.
    assert_eq!(compared, 4);
}

#[test]
fn the_current_version_fixtures_are_exactly_what_canevas_writes() {
    // When the version changes, the new version gets its own project.json
    // (and a copy of each other fixture, written from the older one).
    let dir = fixtures_root().join(format!("v{}", format::VERSION));
    assert!(
        dir.join("project.json").exists(),
        "a project.json fixture for the current version"
    );
    for path in json_files(&dir) {
        let text = std::fs::read_to_string(&path).unwrap();
        let projects = import(text.as_bytes()).unwrap();
        let saved_at = Timestamp(raw(text.as_bytes())["saved_at"].as_u64().unwrap());
        let written = export(&projects, Kind::Project, saved_at);
        // `CANEVAS_BLESS=1 cargo test --test format` rewrites them after a
        // change to what Canevas writes (then read the diff before
        // committing).
        if std::env::var_os("CANEVAS_BLESS").is_some() {
            std::fs::write(&path, &written).unwrap();
            continue;
        }
        assert_eq!(written, text, "{}", path.display());
    }
}

#[test]
fn the_webtoon_project_opens_with_all_its_notes() {
    let projects = import(&fixture("project.json")).unwrap();
    assert_eq!(projects.len(), 1);
    let p = &projects[0];
    assert_eq!(p.id, id("4630de19bf77d38d"));
    assert_eq!(p.title, "Les Gardiennes de Grand-Bassam");
    assert!(p
        .pitch
        .starts_with("Un webtoon d'aventure fantastique : Adjoua, 17 ans, découvre"));
    assert_eq!(p.discipline, Discipline::Webtoon);
    assert_eq!(p.country, "Côte d'Ivoire");
    assert_eq!(p.team, ["Aya Kouassi", "Yao N'Guessan", "Mariam Koné"]);
    assert_eq!(
        (p.created_at, p.updated_at),
        (Timestamp(1_795_425_300_000), Timestamp(1_795_520_100_000))
    );
    assert_eq!(block_counts(p), [3, 3, 4, 2, 2, 3, 3, 2, 4]);
    assert_eq!(p.canvas.filled_blocks(), 9);

    let channels: Vec<&str> = p
        .canvas
        .notes(Block::Channels)
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(
        channels,
        [
            "Webtoon Canvas d'abord, puis une plateforme africaine partenaire",
            "Extraits animés sur TikTok et Instagram Reels",
            "Festival Coco Bulles à Grand-Bassam",
        ]
    );
    let multi_line = &p.canvas.notes(Block::CustomerSegments)[2];
    assert_eq!(
        multi_line.text,
        "Éditeurs qui cherchent des séries\nà publier en album papier"
    );
    assert_eq!(multi_line.colour, Some(Colour::Purple));
    assert!(multi_line.updated_at > multi_line.created_at);

    // Every colour, and one note with none (left out of the file).
    let colours: HashSet<Option<Colour>> = colours(p).into_iter().collect();
    let expected = Colour::ALL.map(Some).into_iter().chain([None]).collect();
    assert_eq!(colours, expected);
    let plain = &p.canvas.notes(Block::KeyResources)[3];
    assert_eq!((plain.id.as_str(), plain.colour), (NO_COLOUR_NOTE, None));
    assert!(
        raw(&fixture("project.json"))["projects"][0]["canvas"]["key_resources"][3]
            .get("colour")
            .is_none()
    );
    assert!(p
        .canvas
        .segment_colours()
        .iter()
        .all(|(_, s)| !s.contains("Treichville")));
    let ids: HashSet<&Id> = p.canvas.all_notes().map(|(_, n)| &n.id).collect();
    assert_eq!(ids.len(), 26);
    assert_eq!(
        texts(p),
        raw_texts(&raw(&fixture("project.json"))["projects"][0])
    );
}

#[test]
fn the_workspace_opens_in_order_and_fills_in_what_was_left_out() {
    let bytes = fixture("workspace.json");
    let file = raw(&bytes);
    let projects = import(&bytes).unwrap();
    let titles: Vec<&str> = projects.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Souk Tycoon",
            "Les Voisins de Bab Souika",
            "Mémoires de Douala (VR)"
        ]
    );
    assert_eq!(file["kind"], "workspace");

    let game = &projects[0];
    assert_eq!(
        (game.discipline, game.country.as_str()),
        (Discipline::VideoGame, "Morocco")
    );
    assert_eq!(block_counts(game), [0, 0, 0, 1, 0, 1, 2, 0, 1]);
    assert_eq!(
        game.canvas.notes(Block::RevenueStreams)[0].text,
        "Free to play, cosmetic purchases only"
    );

    let series = &projects[1];
    assert_eq!(
        (series.discipline, series.team.len()),
        (Discipline::Audiovisual, 3)
    );
    assert_eq!(block_counts(series), [1, 0, 0, 0, 0, 2, 0, 1, 0]);
    // Notes written without a colour before version 3 were yellow, and
    // stay yellow.
    assert!(file["version"].as_u64() < Some(3));
    assert!(file["projects"][1]["canvas"]["key_partners"][0]
        .get("colour")
        .is_none());
    assert_eq!(
        series.canvas.notes(Block::KeyPartners)[0].colour,
        Some(Colour::Yellow)
    );
    assert_eq!(
        series.canvas.notes(Block::CostStructure)[0].colour,
        Some(Colour::Yellow)
    );
    assert_eq!(
        series.canvas.notes(Block::Channels)[1].colour,
        Some(Colour::Orange)
    );

    // The sketch has only the members that must be there.
    let written: BTreeSet<&str> = file["projects"][2]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        written,
        BTreeSet::from(["id", "title", "created_at", "updated_at"])
    );
    let sketch = &projects[2];
    let mut expected = Project::new(
        sketch.id.clone(),
        "Mémoires de Douala (VR)",
        Timestamp(1_795_193_100_000),
    );
    expected.discipline = Discipline::Other;
    assert_eq!(sketch, &expected);
    assert_eq!(sketch.canvas, Canvas::default());
    assert_eq!(sketch.canvas.note_count(), 0);
}

#[test]
fn hostile_text_comes_back_byte_for_byte() {
    let bytes = fixture("hostile.json");
    let file = raw(&bytes);
    let projects = import(&bytes).expect("a hostile but well-formed file opens");
    assert_eq!(projects.len(), 2);
    for (p, raw_p) in projects.iter().zip(file["projects"].as_array().unwrap()) {
        let (got, want) = (texts(p), raw_texts(raw_p));
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            assert_eq!(g.as_bytes(), w.as_bytes());
        }
        // And again after being written and read back, as a file and as a
        // stored record.
        let again = import(export(std::slice::from_ref(p), Kind::Project, Timestamp(5)).as_bytes())
            .unwrap();
        assert_eq!(texts(&again[0]), want);
        let stored = import(store(p, Timestamp(5)).as_bytes()).unwrap();
        assert_eq!(texts(&stored[0]), want);
    }

    let p = &projects[0];
    assert_eq!(p.title, "<img src=x onerror=alert(1)>");
    assert_eq!(
        p.pitch,
        "<script>alert(1)</script>\"; DROP TABLE projects; --"
    );
    assert_eq!(p.country, "\u{202e}eriovI'd etôC 🇨🇮");
    assert_eq!(p.team[3], "Kofi\u{200b}");
    assert_eq!(p.team[5], "");
    let all: Vec<&str> = p.canvas.all_notes().map(|(_, n)| n.text.as_str()).collect();
    for expected in [
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        "\"; DROP TABLE projects; --",
        "</textarea></div><svg onload=alert(document.cookie)>",
        "Ka\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}la",
        "\u{0}nul \u{7}bell \u{1b}[31mrouge\u{1b}[0m \u{7f} del",
        "Djembé 🪘 écrit en paire de substitution échappée",
        "مشروع لعبة فيديو من تونس — النسخة الأولى",
        "",
        "   ",
    ] {
        assert!(
            all.contains(&expected),
            "{expected:?} did not come back as written"
        );
    }
    // Ids at the edges of what is allowed.
    assert_eq!(p.id.as_str(), "a".repeat(64));
    for edge in ["-", "_", "0"] {
        assert!(p.canvas.note(&id(edge)).is_some(), "note {edge}");
    }
    assert_eq!(p.created_at, Timestamp(0));
    assert_eq!(p.updated_at, Timestamp(253_402_300_799_999));

    let long = &projects[1];
    assert_eq!(long.title.chars().count(), 9000);
    assert!(
        long.title.len() > 9000,
        "multi-byte characters count as one"
    );
    assert_eq!(long.canvas.notes(Block::RevenueStreams)[0].text, long.title);

    // Unknown members are ignored on the way in and not written back.
    fn members(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(m) => m.iter().for_each(|(k, v)| {
                out.insert(k.clone());
                members(v, out)
            }),
            Value::Array(a) => a.iter().for_each(|v| members(v, out)),
            _ => {}
        }
    }
    let (mut before, mut after) = (BTreeSet::new(), BTreeSet::new());
    members(&file, &mut before);
    members(
        &raw(export(&projects, Kind::Workspace, Timestamp(5)).as_bytes()),
        &mut after,
    );
    let dropped: Vec<&String> = before.difference(&after).collect();
    assert_eq!(
        dropped,
        ["__proto__", "innerHTML", "isAdmin", "onclick", "polluted"]
    );
}

#[test]
fn a_whole_number_with_a_fraction_is_refused_as_the_schema_says() {
    let mut file = raw(&fixture("project.json"));
    file["projects"][0]["created_at"] = json!(1_795_425_300_000.0);
    assert!(matches!(
        import(file.to_string().as_bytes()),
        Err(ImportError::WrongShape { .. })
    ));
    assert!(
        Schema::load().is_valid(&file),
        "JSON Schema counts 1795425300000.0 as an integer"
    );
}

#[test]
fn no_input_shape_makes_import_panic() {
    let deep_arrays = "[".repeat(100_000);
    let deep_objects = "{\"a\":".repeat(100_000);
    let deep_inside = format!(
        "{{\"format\":\"canevas\",\"version\":1,\"kind\":\"project\",\"saved_at\":0,\"projects\":{}",
        "[".repeat(50_000)
    );
    let huge_number = format!(
        "{{\"format\":\"canevas\",\"version\":{}}}",
        "9".repeat(10_000)
    );
    let big_version = r#"{"format":"canevas","version":18446744073709551616}"#;
    for input in [
        deep_arrays.as_str(),
        &deep_objects,
        &deep_inside,
        &huge_number,
        big_version,
        "\u{feff}",
        "null",
    ] {
        assert!(import(input.as_bytes()).is_err());
    }
}

// ---------------------------------------------------------------------------
// The schema

const SCHEMA_DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";
const ID_PATTERN: &str = "^[A-Za-z0-9_-]{1,64}$";

/// A validator for the part of JSON Schema the Canevas schema uses. It
/// panics on any keyword it does not know, so the schema cannot grow a
/// constraint these tests silently skip.
struct Schema {
    root: Value,
}

impl Schema {
    fn load() -> Schema {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/canevas.schema.json");
        let text = std::fs::read_to_string(path).expect("public/canevas.schema.json exists");
        Schema {
            root: serde_json::from_str(&text).expect("the schema is JSON"),
        }
    }

    fn def(&self, name: &str) -> &Value {
        &self.root["$defs"][name]
    }

    fn errors(&self, v: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        self.check(&self.root, v, "", &mut errors);
        errors
    }

    fn is_valid(&self, v: &Value) -> bool {
        self.errors(v).is_empty()
    }

    fn assert_valid(&self, v: &Value, what: &str) {
        let errors = self.errors(v);
        assert!(
            errors.is_empty(),
            "{what} does not match the schema: {errors:#?}"
        );
    }

    fn check(&self, schema: &Value, v: &Value, at: &str, errors: &mut Vec<String>) {
        let schema = schema.as_object().expect("a schema is an object");
        let properties = schema.get("properties").and_then(Value::as_object);
        for (keyword, arg) in schema {
            let count = || arg.as_u64().unwrap() as usize;
            let failure = match (keyword.as_str(), v) {
                (
                    "$schema" | "$id" | "$defs" | "$comment" | "title" | "description" | "default"
                    | "examples",
                    _,
                ) => None,
                ("$ref", _) => {
                    let name = arg
                        .as_str()
                        .unwrap()
                        .strip_prefix("#/$defs/")
                        .expect("refs point into $defs");
                    let target = self.def(name);
                    assert!(target.is_object(), "$ref to a missing definition {name}");
                    self.check(target, v, at, errors);
                    None
                }
                ("type", _) => {
                    let ok = match arg.as_str().unwrap() {
                        "object" => v.is_object(),
                        "array" => v.is_array(),
                        "string" => v.is_string(),
                        "boolean" => v.is_boolean(),
                        "null" => v.is_null(),
                        "number" => v.is_number(),
                        "integer" => {
                            v.is_u64() || v.is_i64() || v.as_f64().is_some_and(|f| f.fract() == 0.0)
                        }
                        other => panic!("unknown type {other}"),
                    };
                    (!ok).then(|| format!("not of type {arg}"))
                }
                ("const", _) => (!json_eq(arg, v)).then(|| format!("not {arg}")),
                ("enum", _) => (!arg.as_array().unwrap().iter().any(|e| json_eq(e, v)))
                    .then(|| format!("not one of {arg}")),
                ("minLength", Value::String(s)) => {
                    (s.chars().count() < count()).then(|| format!("shorter than {arg}"))
                }
                ("maxLength", Value::String(s)) => {
                    (s.chars().count() > count()).then(|| format!("longer than {arg}"))
                }
                ("pattern", Value::String(s)) => (!matches_pattern(arg.as_str().unwrap(), s))
                    .then(|| format!("{s:?} does not match {arg}")),
                ("minimum", Value::Number(_)) => below(v, arg).then(|| format!("below {arg}")),
                ("maximum", Value::Number(_)) => below(arg, v).then(|| format!("above {arg}")),
                ("minItems", Value::Array(a)) => {
                    (a.len() < count()).then(|| format!("fewer than {arg} items"))
                }
                ("maxItems", Value::Array(a)) => {
                    (a.len() > count()).then(|| format!("more than {arg} items"))
                }
                ("items", Value::Array(a)) => {
                    for (i, item) in a.iter().enumerate() {
                        self.check(arg, item, &format!("{at}/{i}"), errors);
                    }
                    None
                }
                ("required", Value::Object(m)) => {
                    let missing: Vec<&Value> = arg
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|r| !m.contains_key(r.as_str().unwrap()))
                        .collect();
                    (!missing.is_empty()).then(|| format!("missing {missing:?}"))
                }
                ("properties", Value::Object(m)) => {
                    for (k, sub) in arg.as_object().unwrap() {
                        if let Some(member) = m.get(k) {
                            self.check(sub, member, &format!("{at}/{k}"), errors);
                        }
                    }
                    None
                }
                ("additionalProperties", Value::Object(m)) => {
                    let open = arg
                        .as_bool()
                        .expect("additionalProperties is true or false");
                    let extra: Vec<&String> = m
                        .keys()
                        .filter(|k| properties.is_none_or(|p| !p.contains_key(*k)))
                        .collect();
                    (!open && !extra.is_empty()).then(|| format!("{extra:?} not allowed"))
                }
                (
                    "minLength"
                    | "maxLength"
                    | "pattern"
                    | "minimum"
                    | "maximum"
                    | "minItems"
                    | "maxItems"
                    | "items"
                    | "required"
                    | "properties"
                    | "additionalProperties",
                    _,
                ) => None,
                (other, _) => panic!("the test validator does not know the keyword {other}"),
            };
            if let Some(f) = failure {
                errors.push(format!("{at}: {f}"));
            }
        }
    }
}

/// The schema's patterns, each checked by hand (no regex engine here).
fn matches_pattern(pattern: &str, s: &str) -> bool {
    let digits = |t: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
    };
    let date = |t: &str| {
        let p: Vec<&str> = t.split('-').collect();
        p.len() == 3 && digits(p[0], 4..=4) && digits(p[1], 2..=2) && digits(p[2], 2..=2)
    };
    match pattern {
        ID_PATTERN => Id::parse(s).is_some(),
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" => date(s),
        "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$" => s.is_empty() || date(s),
        "^([0-9]{1,15}(\\.[0-9]{1,4})?)?$" => {
            let (w, f) = s.split_once('.').unwrap_or((s, "1"));
            s.is_empty() || (digits(w, 1..=15) && digits(f, 1..=4))
        }
        "^[A-Z]{3}$" => s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()),
        "^([A-Za-z0-9_-]{1,64})?$" => s.is_empty() || Id::parse(s).is_some(),
        other => panic!("teach this validator the pattern {other}"),
    }
}

/// Whether number `a` is below number `b`.
fn below(a: &Value, b: &Value) -> bool {
    match (a.as_u64(), b.as_u64()) {
        (Some(a), Some(b)) => a < b,
        _ => a.as_f64().unwrap() < b.as_f64().unwrap(),
    }
}

/// JSON equality as JSON Schema sees it: 1 and 1.0 are the same number.
fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_u64(), y.as_u64()) {
            (Some(x), Some(y)) => x == y,
            _ => x.as_f64() == y.as_f64(),
        },
        _ => a == b,
    }
}

/// A project with one note, as Canevas writes it.
fn sample_file() -> Value {
    let mut p = Project::new(id("p1"), "Kola", Timestamp(1));
    p.pitch = "Un jeu".into();
    p.discipline = Discipline::Music;
    p.country = "Mali".into();
    p.team = vec!["Awa".into()];
    // Written only when true: set, so the schema check sees the member.
    p.example = true;
    p.dismissed_checks = vec![Rule::KpiWithoutTarget];
    let mut n = Note::new(id("n1"), "FESPACO", Timestamp(2));
    n.colour = Some(Colour::Blue);
    p.canvas.add_note(Block::Channels, n);
    raw(export(&[p], Kind::Project, Timestamp(3)).as_bytes())
}

#[test]
fn the_schema_names_what_the_code_uses() {
    let schema = Schema::load();
    let s = &schema.root;
    assert_eq!(s["$schema"], SCHEMA_DRAFT);
    assert_eq!(s["$id"], "canevas.schema.json");
    assert!(s["title"].as_str().is_some_and(|t| !t.is_empty()));
    let top = &s["properties"];
    assert_eq!(top["format"]["const"], format::FORMAT);
    assert_eq!(top["version"]["const"], json!(format::VERSION));
    let kinds: Vec<Value> = [Kind::Project, Kind::Workspace]
        .iter()
        .map(|k| serde_json::to_value(k).unwrap())
        .collect();
    assert_eq!(top["kind"]["enum"], json!(kinds));
    assert_eq!(top["projects"]["minItems"], 1);
    assert_eq!(top["projects"]["maxItems"], json!(format::MAX_PROJECTS));
    assert_eq!(top["projects"]["items"]["$ref"], "#/$defs/project");

    let discipline_keys: Vec<&str> = Discipline::ALL.iter().map(|d| d.key()).collect();
    assert_eq!(strings(&schema.def("discipline")["enum"]), discipline_keys);
    let colour_keys: Vec<&str> = Colour::ALL.iter().map(|c| c.key()).collect();
    assert_eq!(strings(&schema.def("colour")["enum"]), colour_keys);
    let project = &schema.def("project")["properties"];
    assert_eq!(
        project["discipline"]["default"],
        Discipline::default().key()
    );
    // A note without colour has none: the member is left out, with no
    // default (version 3; before, absent was yellow).
    assert_eq!(
        schema.def("note")["properties"]["colour"].get("default"),
        None
    );
    let rule_keys: Vec<&str> = Rule::ALL.iter().map(|r| r.key()).collect();
    assert_eq!(
        strings(&project["dismissed_checks"]["items"]["enum"]),
        rule_keys
    );
    assert_eq!(project["team"]["maxItems"], json!(MAX_TEAM));
    assert_eq!(project["team"]["items"]["$ref"], "#/$defs/text");
    for text in ["title", "pitch", "country"] {
        assert_eq!(project[text]["$ref"], "#/$defs/text", "{text}");
    }
    assert_eq!(
        schema.def("note")["properties"]["text"]["$ref"],
        "#/$defs/text"
    );
    assert_eq!(schema.def("text")["maxLength"], json!(MAX_TEXT_CHARS));

    let canvas = schema.def("canvas");
    let block_keys: BTreeSet<String> = Block::ALL.iter().map(|b| b.key().to_owned()).collect();
    assert_eq!(keys(&canvas["properties"]), block_keys);
    for b in Block::ALL {
        let block = &canvas["properties"][b.key()];
        assert_eq!(block["maxItems"], json!(MAX_NOTES_PER_BLOCK), "{}", b.key());
        assert_eq!(block["items"]["$ref"], "#/$defs/note", "{}", b.key());
    }

    let id_def = schema.def("id");
    assert_eq!(
        (id_def["pattern"].as_str(), id_def["maxLength"].as_u64()),
        (Some(ID_PATTERN), Some(Id::MAX_LEN as u64))
    );
    let ts = schema.def("timestamp");
    assert_eq!(
        (&ts["type"], &ts["minimum"], &ts["maximum"]),
        (&json!("integer"), &json!(0), &json!(u64::MAX))
    );
    assert_eq!(top["saved_at"]["$ref"], "#/$defs/timestamp");
    for p in ["created_at", "updated_at"] {
        assert_eq!(project[p]["$ref"], "#/$defs/timestamp");
        assert_eq!(
            schema.def("note")["properties"][p]["$ref"],
            "#/$defs/timestamp"
        );
    }
}

/// For one object of the written form: the schema lists exactly the members
/// Canevas writes, requires exactly those import cannot do without, gives
/// the default import assumes for the others, and allows other members
/// exactly when import ignores them.
fn check_members(schema: &Schema, def: &Value, file: &Value, pointer: &str, what: &str) {
    let written = file.pointer(pointer).unwrap();
    assert_eq!(
        keys(&def["properties"]),
        keys(written),
        "{what}: the schema lists what Canevas writes"
    );
    let required: BTreeSet<String> = def
        .get("required")
        .map(|r| strings(r).into_iter().collect())
        .unwrap_or_default();
    let at = |v: &mut Value| {
        v.pointer_mut(pointer)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .clone()
    };
    for member in keys(written) {
        let mut without = file.clone();
        let mut obj = at(&mut without);
        obj.remove(&member);
        *without.pointer_mut(pointer).unwrap() = Value::Object(obj);
        let read = import(without.to_string().as_bytes());
        assert_eq!(
            read.is_err(),
            required.contains(&member),
            "{what}.{member}: required in the schema iff import needs it"
        );
        assert_eq!(schema.is_valid(&without), read.is_ok(), "{what}.{member}");
        let default = def["properties"][&member].get("default");
        match read {
            Ok(projects) => {
                let again = raw(export(&projects, Kind::Project, Timestamp(3)).as_bytes());
                // Left out again (None) when import leaves it unset.
                let filled = again.pointer(pointer).unwrap().get(&member);
                assert_eq!(
                    filled, default,
                    "{what}.{member}: the schema's default is what import assumes"
                );
            }
            Err(_) => assert_eq!(
                default, None,
                "{what}.{member}: a required member has no default"
            ),
        }
    }
    let mut extra = file.clone();
    let mut obj = at(&mut extra);
    obj.insert("zz_unknown".into(), json!("?"));
    *extra.pointer_mut(pointer).unwrap() = Value::Object(obj);
    let accepted = import(extra.to_string().as_bytes()).is_ok();
    assert_eq!(
        def["additionalProperties"],
        json!(accepted),
        "{what}: other members allowed iff import ignores them"
    );
    assert_eq!(schema.is_valid(&extra), accepted, "{what}");
}

#[test]
fn the_schema_requires_defaults_and_closes_exactly_what_import_does() {
    let schema = Schema::load();
    let file = sample_file();
    schema.assert_valid(&file, "an export");
    check_members(&schema, &schema.root, &file, "", "file");
    check_members(
        &schema,
        schema.def("project"),
        &file,
        "/projects/0",
        "project",
    );
    check_members(
        &schema,
        schema.def("canvas"),
        &file,
        "/projects/0/canvas",
        "canvas",
    );
    check_members(
        &schema,
        schema.def("note"),
        &file,
        "/projects/0/canvas/channels/0",
        "note",
    );
}

/// serde's derived `Deserialize` is more lenient than the format: it reads
/// a struct from a JSON array of its fields as well as from an object, and a
/// name from an enum (`kind`, `discipline`, `colour`) from an object
/// `{"name": null}` as well as from a string. So import takes shapes that no
/// writer produces and the schema does not describe, and every later version
/// would have to keep reading them.
#[test]
fn shapes_the_format_does_not_have_are_refused() {
    let note = json!({"id": "n2", "text": "x", "created_at": 0, "updated_at": 0});
    let accepted: Vec<String> = [
        ("/projects/0/canvas", json!([])),
        ("/projects/0/canvas", json!([[note]])),
        (
            "/projects/0/canvas/channels/0",
            json!(["n1", "FESPACO", "blue", 0, 0]),
        ),
        (
            "/projects/0",
            json!(["p1", "Kola", "", "music", "", [], 0, 0]),
        ),
        ("/kind", json!({"project": null})),
        ("/projects/0/discipline", json!({"webtoon": null})),
        (
            "/projects/0/canvas/channels/0/colour",
            json!({"blue": null}),
        ),
    ]
    .into_iter()
    .filter_map(|(pointer, odd)| {
        let mut file = sample_file();
        *file.pointer_mut(pointer).unwrap() = odd.clone();
        assert!(!Schema::load().is_valid(&file));
        import(file.to_string().as_bytes())
            .ok()
            .map(|_| format!("{pointer} = {odd}"))
    })
    .collect();
    assert_eq!(accepted, Vec::<String>::new(), "import accepts these");
}

#[test]
fn every_part_of_the_schema_is_documented() {
    fn walk(v: &Value, at: &str) {
        let Some(obj) = v.as_object() else { return };
        let described = obj
            .get("description")
            .and_then(Value::as_str)
            .is_some_and(|d| d.len() > 10);
        assert!(described, "{at} has no description");
        for (k, sub) in obj
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            walk(sub, &format!("{at}/properties/{k}"));
        }
    }
    let schema = Schema::load();
    walk(&schema.root, "#");
    for (name, def) in schema.root["$defs"].as_object().unwrap() {
        walk(def, &format!("#/$defs/{name}"));
    }
}

// ---------------------------------------------------------------------------
// Properties

/// Any text a field may hold: mostly short, sometimes at the limit, with any
/// Unicode character.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        40 => prop::collection::vec(any::<char>(), 0..24).prop_map(String::from_iter),
        // At or just under the limit (a random run of characters, repeated:
        // ten thousand independent ones would make the tests slow).
        1 => (prop::collection::vec(any::<char>(), 1..6), 0..3usize)
            .prop_map(|(run, short)| run.into_iter().cycle().take(MAX_TEXT_CHARS - short).collect()),
        4 => prop::sample::select(vec![
            "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "\"; DROP TABLE", "\u{202e}abc",
            "a\u{200b}b", "\u{0}", "\\", "\"", "\u{2028}", "👩🏾‍🎨", "",
        ])
        .prop_map(str::to_owned),
    ]
}

fn id_strategy() -> impl Strategy<Value = Id> {
    let chars: Vec<char> = ('a'..='z')
        .chain('A'..='Z')
        .chain('0'..='9')
        .chain(['-', '_'])
        .collect();
    prop_oneof![
        prop::collection::vec(prop::sample::select(chars.clone()), 1..=8),
        prop::collection::vec(prop::sample::select(chars), Id::MAX_LEN - 1..=Id::MAX_LEN),
    ]
    .prop_map(|cs| Id::parse(&String::from_iter(cs)).unwrap())
}

fn timestamp() -> impl Strategy<Value = Timestamp> {
    prop_oneof![any::<u64>(), 1_700_000_000_000u64..1_900_000_000_000].prop_map(Timestamp)
}

fn canvas() -> impl Strategy<Value = Canvas> {
    let block = prop::sample::select(Block::ALL.to_vec());
    let colour = prop::option::of(prop::sample::select(Colour::ALL.to_vec()));
    prop::collection::vec(
        (
            id_strategy(),
            block,
            text(),
            colour,
            timestamp(),
            timestamp(),
        ),
        0..12,
    )
    .prop_map(|notes| {
        let mut canvas = Canvas::default();
        for (id, block, text, colour, created_at, updated_at) in notes {
            if canvas.note(&id).is_none() {
                assert!(canvas.add_note(
                    block,
                    Note {
                        id,
                        text,
                        colour,
                        created_at,
                        updated_at
                    }
                ));
            }
        }
        canvas
    })
}

fn project() -> impl Strategy<Value = Project> {
    let team = prop_oneof![
        9 => prop::collection::vec(text(), 0..4),
        1 => prop::collection::vec(prop::sample::select(vec!["Awa", "Kofi", "", "مريم"]), MAX_TEAM..=MAX_TEAM)
            .prop_map(|names| names.into_iter().map(str::to_owned).collect()),
    ];
    (
        id_strategy(),
        (text(), text(), text()),
        prop::sample::select(Discipline::ALL.to_vec()),
        team,
        (timestamp(), timestamp()),
        canvas(),
        prop::sample::subsequence(Rule::ALL.to_vec(), 0..=Rule::ALL.len()),
    )
        .prop_map(
            |(
                id,
                (title, pitch, country),
                discipline,
                team,
                (created_at, updated_at),
                canvas,
                dismissed_checks,
            )| {
                Project {
                    id,
                    title,
                    pitch,
                    discipline,
                    country,
                    team,
                    created_at,
                    updated_at,
                    canvas,
                    fit: Default::default(),
                    diffusion: Default::default(),
                    feasibility: Default::default(),
                    example: false,
                    dismissed_checks,
                }
            },
        )
}

/// One to three projects with distinct ids.
fn projects() -> impl Strategy<Value = Vec<Project>> {
    prop::collection::vec(project(), 1..4).prop_map(|mut ps| {
        let mut seen = HashSet::new();
        for (i, p) in ps.iter_mut().enumerate() {
            if !seen.insert(p.id.clone()) {
                p.id = Id::parse(&format!("dup{i}")).unwrap();
                seen.insert(p.id.clone());
            }
        }
        ps
    })
}

/// Values a broken or hand-edited file might hold anywhere.
fn odd_value(i: usize) -> Value {
    let pool = [
        Value::Null,
        json!(true),
        json!(0),
        json!(-1),
        json!(1.5),
        json!(1e20),
        json!(u64::MAX),
        json!(""),
        json!("x"),
        json!("<script>"),
        json!("yellow"),
        json!("other"),
        json!("workspace"),
        json!("x".repeat(MAX_TEXT_CHARS + 1)),
        json!("é".repeat(MAX_TEXT_CHARS)),
        json!([]),
        json!({}),
        Value::Array(vec![json!("x"); 51]),
        json!([{"id": "n", "text": "t", "created_at": 0, "updated_at": 0}]),
    ];
    pool[i % pool.len()].clone()
}

/// Every place in a JSON value, as a JSON pointer.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, sub) in m {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                pointers(sub, p.clone(), out);
                out.push(p);
            }
        }
        Value::Array(a) => {
            for (i, sub) in a.iter().enumerate() {
                let p = format!("{at}/{i}");
                pointers(sub, p.clone(), out);
                out.push(p);
            }
        }
        _ => {}
    }
}

/// Changes one place in a file: removes it, replaces it, or adds a member
/// beside it.
fn mutate(file: &mut Value, place: Index, op: usize, value: usize) {
    let mut all = Vec::new();
    pointers(file, String::new(), &mut all);
    if all.is_empty() {
        return;
    }
    let target = all[place.index(all.len())].clone();
    let (parent, last) = target.rsplit_once('/').unwrap();
    let parent = file.pointer_mut(parent).unwrap();
    match (op % 3, parent) {
        (0, Value::Object(m)) => {
            m.remove(&last.replace("~1", "/").replace("~0", "~"));
        }
        (0, Value::Array(a)) => {
            a.remove(last.parse::<usize>().unwrap());
        }
        (1, Value::Object(m)) => {
            m.insert(format!("zz{value}"), odd_value(value));
        }
        _ => *file.pointer_mut(&target).unwrap() = odd_value(value),
    }
}

proptest! {
    #[test]
    fn whatever_canevas_writes_reads_back_the_same(ps in projects(), now in timestamp()) {
        let schema = Schema::load();
        for kind in [Kind::Project, Kind::Workspace] {
            let written = export(&ps, kind, now);
            prop_assert_eq!(import(written.as_bytes()), Ok(ps.clone()));
            schema.assert_valid(&raw(written.as_bytes()), "an export");
        }
        for p in &ps {
            let record = store(p, now);
            prop_assert!(!record.contains('\n'), "stored records are compact");
            prop_assert_eq!(import(record.as_bytes()), Ok(vec![p.clone()]));
        }
    }

    #[test]
    fn any_bytes_are_refused_or_read_never_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(ps) = import(&bytes) {
            prop_assert_eq!(import(export(&ps, Kind::Workspace, Timestamp(0)).as_bytes()), Ok(ps));
        }
    }

    #[test]
    fn a_damaged_file_is_refused_or_read_never_a_panic(
        ps in projects(),
        edits in prop::collection::vec((any::<Index>(), any::<u8>(), 0..3usize), 1..8),
    ) {
        let mut bytes = export(&ps, Kind::Workspace, Timestamp(9)).into_bytes();
        for (at, byte, op) in edits {
            let i = at.index(bytes.len() + 1);
            match op {
                0 => bytes.insert(i, byte),
                1 if i < bytes.len() => bytes[i] = byte,
                _ => bytes.truncate(i),
            }
        }
        if let Ok(ps) = import(&bytes) {
            prop_assert_eq!(import(export(&ps, Kind::Workspace, Timestamp(0)).as_bytes()), Ok(ps));
        }
    }

    /// The schema and the importer agree on every file one or two edits away
    /// from a valid one; the only files the schema accepts and the importer
    /// refuses are those with a repeated id, which JSON Schema cannot express.
    /// (The edits draw from `odd_value`.)
    #[test]
    fn the_schema_accepts_exactly_what_import_accepts(
        ps in projects(),
        edits in prop::collection::vec((any::<Index>(), 0..3usize, any::<usize>()), 1..3),
    ) {
        let schema = Schema::load();
        let mut file = raw(export(&ps, Kind::Workspace, Timestamp(9)).as_bytes());
        for (place, op, value) in edits {
            mutate(&mut file, place, op, value);
        }
        let read = import(file.to_string().as_bytes());
        let errors = schema.errors(&file);
        match read {
            Ok(_) => prop_assert!(errors.is_empty(), "import accepts what the schema refuses: {:?}", errors),
            Err(ImportError::DuplicateId { .. }) => {}
            Err(e) => prop_assert!(!errors.is_empty(), "the schema accepts what import refuses: {:?}", e),
        }
    }
}

/// A project's dismissed coherence checks are kept by import, export and
/// storage; a file that dismisses a check Canevas does not know is refused.
#[test]
fn dismissed_coherence_checks_travel_with_the_project() {
    let bytes = std::fs::read("tests/fixtures/format/v3/coherence.json").unwrap();
    let projects = import(&bytes).unwrap();
    assert_eq!(
        projects[0].dismissed_checks,
        [Rule::SegmentsUntied, Rule::KpiWithoutTarget]
    );
    let written = raw(export(&projects, Kind::Project, Timestamp(1)).as_bytes());
    assert_eq!(
        written["projects"][0]["dismissed_checks"],
        json!(["segments_untied", "kpi_without_target"])
    );
    let stored = raw(store(&projects[0], Timestamp(1)).as_bytes());
    assert_eq!(
        stored["projects"][0]["dismissed_checks"],
        written["projects"][0]["dismissed_checks"]
    );
    let mut bad = raw(&bytes);
    bad["projects"][0]["dismissed_checks"] = json!(["no_such_check"]);
    assert!(matches!(
        import(bad.to_string().as_bytes()),
        Err(ImportError::WrongShape { .. })
    ));
}
