//! Reading a file (or a stored record) into projects, checking everything.
//!
//! Nothing here trusts its input: size, encoding, JSON syntax, format name
//! and version, shape, and limits are each checked, and each failure has its
//! own error so the user is told what is wrong in their language.

use super::{migrate::migrate, File, FORMAT, MAX_FILE_BYTES, MAX_PROJECTS, VERSION};
use crate::model::diffusion::PlanProblem;
use crate::model::feasibility::{Invalid, Repairs};
use crate::model::{Block, Project, MAX_TEAM, MAX_TEXT_CHARS};
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashSet;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is empty.
    Empty,
    /// The file is larger than `limit` bytes.
    TooLarge { bytes: usize, limit: usize },
    /// The file is not text (not UTF-8).
    NotText,
    /// The file is not JSON; where the syntax breaks.
    NotJson { line: usize, column: usize },
    /// The JSON stops before its end: the file was cut short.
    Truncated,
    /// JSON, but not a Canevas file.
    NotCanevas,
    /// Written by a later version of Canevas than this one.
    FutureVersion { found: u64, supported: u32 },
    /// A Canevas file whose content does not have the expected shape.
    WrongShape { detail: String },
    /// A file with no project in it.
    NoProjects,
    /// More projects than one file may carry.
    TooManyProjects { count: usize, limit: usize },
    /// A text longer than a field may hold.
    TextTooLong { project: String, limit: usize },
    /// More team members than a project may list.
    TooManyTeamMembers { project: String, limit: usize },
    /// The same id twice where ids must be unique.
    DuplicateId { id: String },
    /// The fit worksheet refers to a segment or an item that is not there.
    BrokenFitLink { project: String },
}

/// Reads a file's bytes into projects at the current format version.
/// Whatever had to be mended on the way (see [`import_repairing`]) is
/// mended silently.
pub fn import(bytes: &[u8]) -> Result<Vec<Project>, ImportError> {
    import_repairing(bytes).map(|(projects, _)| projects)
}

/// What was mended in one imported project, for a message to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repaired {
    pub project: String,
    pub repairs: Repairs,
}

/// Like [`import`], and also says what was mended: links from assumptions
/// to notes no longer on the canvas, dates that are not dates.
pub fn import_repairing(bytes: &[u8]) -> Result<(Vec<Project>, Vec<Repaired>), ImportError> {
    projects(json(bytes)?)
}

/// The checks every file takes first: size, encoding, JSON syntax. The
/// value is then read into typed documents from a `&Value` only (as the
/// kept histories are too), never from the text nor an owned value: one
/// reader per type in the download.
pub(super) fn json(bytes: &[u8]) -> Result<Value, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    // A byte-order mark is harmless: some editors add one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Eof => ImportError::Truncated,
        _ => ImportError::NotJson {
            line: e.line(),
            column: e.column(),
        },
    })?;
    Ok(value)
}

/// A shape error, and the project it is in (by number and title or id),
/// found by reading the projects one by one.
fn where_in(file: &Value, e: serde_json::Error) -> String {
    let Some(projects) = file.get("projects").and_then(Value::as_array) else {
        return e.to_string();
    };
    for (i, p) in projects.iter().enumerate() {
        let name = ["title", "id"]
            .iter()
            .find_map(|k| {
                p.get(k)
                    .and_then(Value::as_str)
                    .filter(|s| !s.trim().is_empty())
            })
            .map(|s| format!(" “{}”", s.chars().take(60).collect::<String>()))
            .unwrap_or_default();
        if let Err(inner) = Project::deserialize(p) {
            return format!("project {}{name}: {inner}", i + 1);
        }
    }
    e.to_string()
}

/// Reads a parsed project file (`format: "canevas"`).
pub(super) fn projects(value: Value) -> Result<(Vec<Project>, Vec<Repaired>), ImportError> {
    let version = header(&value)?;
    let value = if version == u64::from(VERSION) {
        value
    } else {
        migrate(value, version as u32).map_err(|detail| ImportError::WrongShape { detail })?
    };
    shape(&value).map_err(|detail| ImportError::WrongShape { detail })?;
    // Typed from the value already read, never from the text as well: one
    // reader per type in the download, and the file is parsed once. Read by
    // reference, so a failure can still look inside (a value has no lines:
    // the error says which project it is in) without copying every file.
    let file = File::deserialize(&value).map_err(|e| ImportError::WrongShape {
        detail: where_in(&value, e),
    })?;
    check(&file.projects)?;
    let mut projects = file.projects;
    let mut repaired = Vec::new();
    for p in &mut projects {
        let repairs = p.feasibility.repair(&p.canvas);
        if repairs.any() {
            repaired.push(Repaired {
                project: p.title.chars().take(80).collect(),
                repairs,
            });
        }
    }
    Ok((projects, repaired))
}

/// Checks the format name and returns the version.
fn header(value: &Value) -> Result<u64, ImportError> {
    header_of(value, FORMAT, VERSION)
}

/// Checks a file's format name and returns its version, refusing versions
/// later than `supported`.
pub(super) fn header_of(value: &Value, format: &str, supported: u32) -> Result<u64, ImportError> {
    let obj = value.as_object().ok_or(ImportError::NotCanevas)?;
    if obj.get("format").and_then(Value::as_str) != Some(format) {
        return Err(ImportError::NotCanevas);
    }
    let version = obj
        .get("version")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or_else(|| ImportError::WrongShape {
            detail: "\"version\" must be a whole number from 1".into(),
        })?;
    if version > u64::from(supported) {
        return Err(ImportError::FutureVersion {
            found: version,
            supported,
        });
    }
    Ok(version)
}

/// Refuses the shapes serde's derived readers would accept but the format
/// does not have (a struct written as an array, an enum as an object), so
/// that no file outside the documented format ever becomes one that later
/// versions must keep reading.
fn shape(file: &Value) -> Result<(), String> {
    fn object<'a>(v: &'a Value, at: &str) -> Result<&'a serde_json::Map<String, Value>, String> {
        v.as_object()
            .ok_or_else(|| format!("{at} must be an object"))
    }
    fn string_if_present(
        obj: &serde_json::Map<String, Value>,
        key: &str,
        at: &str,
    ) -> Result<(), String> {
        match obj.get(key) {
            Some(v) if !v.is_string() => Err(format!("{at}.{key} must be a string")),
            _ => Ok(()),
        }
    }
    let file = object(file, "the file")?;
    string_if_present(file, "kind", "the file")?;
    let Some(projects) = file.get("projects") else {
        return Ok(());
    };
    let projects = projects.as_array().ok_or("projects must be an array")?;
    for (i, p) in projects.iter().enumerate() {
        let at = format!("projects[{i}]");
        let p = object(p, &at)?;
        string_if_present(p, "discipline", &at)?;
        if let Some(plan) = p.get("diffusion") {
            // The plan's lists hold objects (its names are read as strings
            // only, by the model).
            for (list, items) in object(plan, &format!("{at}.diffusion"))? {
                for (j, item) in items.as_array().into_iter().flatten().enumerate() {
                    object(item, &format!("{at}.diffusion.{list}[{j}]"))?;
                }
            }
        }
        if let Some(f) = p.get("feasibility") {
            feasibility_shape(f, &format!("{at}.feasibility"))?;
        }
        let Some(canvas) = p.get("canvas") else {
            continue;
        };
        for (block, notes) in object(canvas, &format!("{at}.canvas"))? {
            let at = format!("{at}.canvas.{block}");
            let notes = notes
                .as_array()
                .ok_or_else(|| format!("{at} must be an array"))?;
            for (j, n) in notes.iter().enumerate() {
                let at = format!("{at}[{j}]");
                string_if_present(object(n, &at)?, "colour", &at)?;
            }
        }
    }
    Ok(())
}

/// The feasibility section's objects must be objects (serde would also
/// read a struct from an array of its fields).
fn feasibility_shape(f: &Value, at: &str) -> Result<(), String> {
    fn object<'a>(v: &'a Value, at: &str) -> Result<&'a serde_json::Map<String, Value>, String> {
        v.as_object()
            .ok_or_else(|| format!("{at} must be an object"))
    }
    /// The objects of the list `key` of `parent`, if it is there.
    fn each<'a>(
        parent: &'a serde_json::Map<String, Value>,
        key: &str,
        at: &str,
    ) -> Result<Vec<&'a serde_json::Map<String, Value>>, String> {
        let Some(list) = parent.get(key) else {
            return Ok(Vec::new());
        };
        let list = list
            .as_array()
            .ok_or_else(|| format!("{at}.{key} must be an array"))?;
        list.iter()
            .enumerate()
            .map(|(i, v)| object(v, &format!("{at}.{key}[{i}]")))
            .collect()
    }
    let f = object(f, at)?;
    for a in each(f, "assumptions", at)? {
        each(a, "tests", &format!("{at}.assumptions"))?;
    }
    each(f, "risks", at)?;
    for (key, lists) in [
        ("scorecard", &["scores", "custom"][..]),
        ("mvp", &["milestones"][..]),
        ("readiness", &[][..]),
    ] {
        if let Some(v) = f.get(key) {
            let at = format!("{at}.{key}");
            let o = object(v, &at)?;
            for list in lists {
                each(o, list, &at)?;
            }
        }
    }
    Ok(())
}

/// The checks a schema cannot express well: limits and unique ids.
fn check(projects: &[Project]) -> Result<(), ImportError> {
    if projects.is_empty() {
        return Err(ImportError::NoProjects);
    }
    if projects.len() > MAX_PROJECTS {
        return Err(ImportError::TooManyProjects {
            count: projects.len(),
            limit: MAX_PROJECTS,
        });
    }
    let mut project_ids = HashSet::new();
    for p in projects {
        if !project_ids.insert(&p.id) {
            return Err(ImportError::DuplicateId {
                id: p.id.to_string(),
            });
        }
        let name = || p.title.chars().take(80).collect::<String>();
        let too_long = |s: &str| s.chars().count() > MAX_TEXT_CHARS;
        let texts = [&p.title, &p.pitch, &p.country].into_iter().chain(&p.team);
        if texts.into_iter().any(|s| too_long(s))
            || p.canvas.all_notes().any(|(_, n)| too_long(&n.text))
        {
            return Err(ImportError::TextTooLong {
                project: name(),
                limit: MAX_TEXT_CHARS,
            });
        }
        if p.team.len() > MAX_TEAM {
            return Err(ImportError::TooManyTeamMembers {
                project: name(),
                limit: MAX_TEAM,
            });
        }
        let mut note_ids = HashSet::new();
        for (_, n) in p.canvas.all_notes() {
            if !note_ids.insert(&n.id) {
                return Err(ImportError::DuplicateId {
                    id: n.id.to_string(),
                });
            }
        }
        super::fit_check::check(p, name())?;
        match p.feasibility.validate(&note_ids) {
            Ok(()) => {}
            Err(Invalid::TextTooLong) => {
                return Err(ImportError::TextTooLong {
                    project: name(),
                    limit: MAX_TEXT_CHARS,
                })
            }
            Err(Invalid::DuplicateId(id)) => return Err(ImportError::DuplicateId { id }),
            Err(Invalid::OutOfRange(what)) => {
                return Err(ImportError::WrongShape {
                    detail: format!("feasibility: {what} is out of range in “{}”", name()),
                })
            }
        }
        for b in Block::ALL {
            if p.canvas.notes(b).len() > crate::model::MAX_NOTES_PER_BLOCK {
                return Err(ImportError::WrongShape {
                    detail: format!("too many notes in {}", b.key()),
                });
            }
        }
        p.diffusion.check(&p.canvas).map_err(|e| match e {
            PlanProblem::DuplicateId(id) => ImportError::DuplicateId { id },
            PlanProblem::TextTooLong => ImportError::TextTooLong {
                project: name(),
                limit: MAX_TEXT_CHARS,
            },
            PlanProblem::TooMany(list) => ImportError::WrongShape {
                detail: format!("too many entries in diffusion.{list}"),
            },
            PlanProblem::UnknownFunding(f) => ImportError::WrongShape {
                detail: format!(
                    "a budget line names the funding source “{f}”, which the plan does not have"
                ),
            },
            PlanProblem::UnknownSegment(s) => ImportError::WrongShape {
                detail: format!(
                    "an audience names the customer segment “{s}”, which is not a note of the canvas"
                ),
            },
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{export, Kind};
    use crate::model::{Id, Note, Timestamp};

    fn project() -> Project {
        let mut p = Project::new(Id::parse("p1").unwrap(), "Kola", Timestamp(1));
        p.canvas.add_note(
            Block::Channels,
            Note::new(Id::parse("n1").unwrap(), "FESPACO", Timestamp(1)),
        );
        p
    }

    fn file_with(projects: Value) -> String {
        serde_json::json!({"format": "canevas", "version": VERSION, "kind": "project", "saved_at": 0, "projects": projects})
            .to_string()
    }

    #[test]
    fn an_export_imports_as_it_was() {
        let p = project();
        assert_eq!(
            import(export(std::slice::from_ref(&p), Kind::Project, Timestamp(2)).as_bytes())
                .unwrap(),
            [p]
        );
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        let text = format!(
            "\u{feff}{}",
            export(&[project()], Kind::Project, Timestamp(2))
        );
        assert!(import(text.as_bytes()).is_ok());
    }

    #[test]
    fn each_kind_of_bad_file_gets_its_own_error() {
        assert_eq!(import(b""), Err(ImportError::Empty));
        assert_eq!(import(b" \n"), Err(ImportError::Empty));
        assert_eq!(import(&[0xff, 0xfe, 0x00]), Err(ImportError::NotText));
        assert_eq!(
            import(b"hello"),
            Err(ImportError::NotJson { line: 1, column: 1 })
        );
        let full = export(&[project()], Kind::Project, Timestamp(2));
        assert_eq!(
            import(&full.as_bytes()[..full.len() / 2]),
            Err(ImportError::Truncated)
        );
        assert_eq!(import(b"[1, 2]"), Err(ImportError::NotCanevas));
        assert_eq!(
            import(br#"{"format": "trello"}"#),
            Err(ImportError::NotCanevas)
        );
        assert!(matches!(
            import(br#"{"format": "canevas", "version": "1"}"#),
            Err(ImportError::WrongShape { .. })
        ));
        assert!(matches!(
            import(br#"{"format": "canevas", "version": 0}"#),
            Err(ImportError::WrongShape { .. })
        ));
        assert_eq!(
            import(br#"{"format": "canevas", "version": 99, "anything": true}"#),
            Err(ImportError::FutureVersion {
                found: 99,
                supported: VERSION
            })
        );
        assert_eq!(
            import(file_with(serde_json::json!([])).as_bytes()),
            Err(ImportError::NoProjects)
        );
    }

    #[test]
    fn shape_errors_say_what_and_where() {
        let err = import(file_with(serde_json::json!([{"id": "p1"}])).as_bytes()).unwrap_err();
        let ImportError::WrongShape { detail } = err else {
            panic!("{err:?}")
        };
        assert!(detail.contains("title"), "{detail}");
        assert!(detail.starts_with("project 1 “p1”: "), "{detail}");
        let bad_id =
            serde_json::json!([{"id": "<script>", "title": "x", "created_at": 0, "updated_at": 0}]);
        assert!(matches!(
            import(file_with(bad_id).as_bytes()),
            Err(ImportError::WrongShape { .. })
        ));
        let bad_block = serde_json::json!([{"id": "p", "title": "x", "created_at": 0, "updated_at": 0, "canvas": {"nope": []}}]);
        assert!(matches!(
            import(file_with(bad_block).as_bytes()),
            Err(ImportError::WrongShape { .. })
        ));
    }

    #[test]
    fn limits_are_enforced() {
        let big = vec![b' '; MAX_FILE_BYTES + 1];
        assert_eq!(
            import(&big),
            Err(ImportError::TooLarge {
                bytes: MAX_FILE_BYTES + 1,
                limit: MAX_FILE_BYTES
            })
        );
        let mut p = project();
        p.pitch = "x".repeat(MAX_TEXT_CHARS + 1);
        assert!(matches!(
            import(export(&[p], Kind::Project, Timestamp(0)).as_bytes()),
            Err(ImportError::TextTooLong { .. })
        ));
        let mut p = project();
        p.team = vec!["a".into(); MAX_TEAM + 1];
        assert!(matches!(
            import(export(&[p], Kind::Project, Timestamp(0)).as_bytes()),
            Err(ImportError::TooManyTeamMembers { .. })
        ));
    }

    #[test]
    fn ids_must_be_unique() {
        let p = project();
        assert_eq!(
            import(export(&[p.clone(), p.clone()], Kind::Workspace, Timestamp(0)).as_bytes()),
            Err(ImportError::DuplicateId { id: "p1".into() })
        );
        let mut twice = p.clone();
        twice.canvas.add_note(
            Block::CostStructure,
            Note::new(Id::parse("n1").unwrap(), "", Timestamp(0)),
        );
        assert_eq!(
            import(export(&[twice], Kind::Project, Timestamp(0)).as_bytes()),
            Err(ImportError::DuplicateId { id: "n1".into() })
        );
    }

    fn with_feasibility(f: Value) -> Vec<u8> {
        let mut v: Value =
            serde_json::from_str(&export(&[project()], Kind::Project, Timestamp(0))).unwrap();
        v["projects"][0]["feasibility"] = f;
        v.to_string().into_bytes()
    }

    #[test]
    fn the_feasibility_section_is_checked_and_mended() {
        // A link to a note that is gone, and a date that is not one.
        let (projects, repaired) = import_repairing(&with_feasibility(serde_json::json!({
            "assumptions": [
                {"id": "a1", "block": "channels", "note": "n1"},
                {"id": "a2", "block": "channels", "note": "gone"}
            ],
            "mvp": {"milestones": [{"id": "m1", "name": "Demo", "date": "2027-02-31"}]}
        })))
        .unwrap();
        let f = &projects[0].feasibility;
        assert_eq!(
            f.assumptions[0].note.as_ref().map(|n| n.as_str()),
            Some("n1")
        );
        assert_eq!(f.assumptions[1].note, None);
        assert_eq!(f.mvp.milestones[0].date, "");
        assert_eq!(
            repaired,
            [Repaired {
                project: "Kola".into(),
                repairs: Repairs {
                    dangling_notes: 1,
                    bad_dates: 1
                }
            }]
        );
        assert!(import_repairing(&with_feasibility(serde_json::json!({})))
            .unwrap()
            .1
            .is_empty());
        // Refused: an id used twice, a number off its scale, wrong shapes.
        assert_eq!(
            import(&with_feasibility(
                serde_json::json!({"risks": [{"id": "n1"}]})
            )),
            Err(ImportError::DuplicateId { id: "n1".into() })
        );
        for bad in [
            serde_json::json!({"risks": [{"id": "r", "impact": 6}]}),
            serde_json::json!({"readiness": {"product": 10}}),
            serde_json::json!({"assumptions": [{"id": "a", "importance": 0}]}),
            serde_json::json!({"scorecard": {"scores": [{"criterion": "budget", "score": 0}]}}),
            serde_json::json!({"scorecard": {"scores": [{"criterion": "charisma"}]}}),
            serde_json::json!({"assumptions": [["a", "text"]]}),
            serde_json::json!({"assumptions": [{"id": "a", "lens": {"viability": null}}]}),
            serde_json::json!({"mvp": []}),
            serde_json::json!([]),
        ] {
            assert!(
                matches!(
                    import(&with_feasibility(bad.clone())),
                    Err(ImportError::WrongShape { .. })
                ),
                "{bad}"
            );
        }
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        assert!(matches!(
            import(&with_feasibility(
                serde_json::json!({"risks": [{"id": "r", "owner": long}]})
            )),
            Err(ImportError::TextTooLong { .. })
        ));
    }

    #[test]
    fn hostile_text_is_kept_as_plain_text() {
        let mut p = project();
        p.title = "<img src=x onerror=alert(1)>".into();
        let back = import(export(&[p.clone()], Kind::Project, Timestamp(0)).as_bytes()).unwrap();
        assert_eq!(back[0].title, p.title);
    }
}
