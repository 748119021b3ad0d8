//! The facilitator's files, beside project files: a set of timed
//! exercises (`"format": "canevas-exercises"`) and feedback on a project
//! (`"format": "canevas-feedback"`). Each has its own format name and
//! version, so project files and the projects' format version are
//! untouched; [`read`] tells the kinds apart for the one Import button.
//! `public/canevas-exercises.schema.json` and
//! `public/canevas-feedback.schema.json` document them.

use super::import::{header_of, json, projects};
use super::{ImportError, Repaired};
use crate::model::exercise::MAX_EXERCISES;
use crate::model::feedback::Feedback;
use crate::model::{Exercise, Project, Timestamp};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashSet;

pub const EXERCISES_FORMAT: &str = "canevas-exercises";
/// Version 2 adds a step's `part` (a tool's part, beside `block`).
pub const EXERCISES_VERSION: u32 = 2;
pub const FEEDBACK_FORMAT: &str = "canevas-feedback";
/// Version 2: comments on any item of any tool (`part`, `item`), to do or
/// for information (`kind`), the creator's `done` and `reply`, and a list
/// of feedback (one per mentor) instead of one.
pub const FEEDBACK_VERSION: u32 = 2;

/// What a file held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// Projects, and what was mended in them on the way in.
    Projects(Vec<Project>, Vec<Repaired>),
    /// Exercises, read by the facilitator's page only (`Unread::read`),
    /// so the creator's download, which only says where they go, leaves
    /// their reader out.
    Exercises(Unread),
    /// Feedback on one project, one per mentor (a mentor's file holds
    /// theirs; a creator's answers hold all they received).
    Feedback(Vec<Feedback>),
}

/// Reads any Canevas file: projects, exercises or feedback.
pub fn read(bytes: &[u8]) -> Result<Incoming, ImportError> {
    let value = json(bytes)?;
    match value.get("format").and_then(Value::as_str) {
        Some(EXERCISES_FORMAT) => header_of(&value, EXERCISES_FORMAT, EXERCISES_VERSION)
            .map(|_| Incoming::Exercises(Unread(value))),
        Some(FEEDBACK_FORMAT) => read_feedback(value).map(Incoming::Feedback),
        _ => projects(value).map(|(p, r)| Incoming::Projects(p, r)),
    }
}

fn shape_error(e: serde_json::Error) -> ImportError {
    ImportError::WrongShape {
        detail: e.to_string(),
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExercisesFile {
    format: String,
    version: u32,
    saved_at: Timestamp,
    exercises: Vec<Exercise>,
}

/// Writes exercises as a file (also the form they are stored in).
pub fn export_exercises(exercises: &[Exercise], now: Timestamp) -> String {
    let text = serde_json::to_string(&ExercisesFile {
        format: EXERCISES_FORMAT.into(),
        version: EXERCISES_VERSION,
        saved_at: now,
        exercises: exercises.to_vec(),
    })
    .expect("exercises serialise");
    super::pretty::indent(&text)
}

/// An exercises file whose version is known, not read yet.
#[derive(Clone, Debug, PartialEq)]
pub struct Unread(Value);

impl Eq for Unread {}

impl Unread {
    pub fn read(self) -> Result<Vec<Exercise>, ImportError> {
        read_exercises(self.0)
    }
}

/// Reads an exercises file, or the stored list (which may be empty).
pub fn import_exercises(bytes: &[u8]) -> Result<Vec<Exercise>, ImportError> {
    read_exercises(json(bytes)?)
}

fn read_exercises(value: Value) -> Result<Vec<Exercise>, ImportError> {
    header_of(&value, EXERCISES_FORMAT, EXERCISES_VERSION)?;
    let file = ExercisesFile::deserialize(&value).map_err(shape_error)?;
    if file.exercises.len() > MAX_EXERCISES {
        return Err(ImportError::WrongShape {
            detail: format!("more than {MAX_EXERCISES} exercises"),
        });
    }
    let mut ids = HashSet::new();
    for x in &file.exercises {
        if !ids.insert(&x.id) {
            return Err(ImportError::DuplicateId {
                id: x.id.to_string(),
            });
        }
        if let Some(detail) = x.problem() {
            return Err(ImportError::WrongShape { detail });
        }
    }
    Ok(file.exercises)
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FeedbackFile {
    format: String,
    version: u32,
    saved_at: Timestamp,
    feedback: Vec<Feedback>,
}

/// Writes feedback on one project as a file (a mentor's one is also its
/// stored form).
pub fn export_feedback(feedback: &[Feedback], now: Timestamp) -> String {
    let text = serde_json::to_string(&FeedbackFile {
        format: FEEDBACK_FORMAT.into(),
        version: FEEDBACK_VERSION,
        saved_at: now,
        feedback: feedback.to_vec(),
    })
    .expect("feedback serialises");
    super::pretty::indent(&text)
}

/// Reads a feedback file (or a stored one).
pub fn import_feedback(bytes: &[u8]) -> Result<Vec<Feedback>, ImportError> {
    read_feedback(json(bytes)?)
}

/// The fields version 2 added to a comment.
const COMMENT_V2: [&str; 5] = ["part", "item", "kind", "done", "reply"];

fn read_feedback(mut value: Value) -> Result<Vec<Feedback>, ImportError> {
    if header_of(&value, FEEDBACK_FORMAT, FEEDBACK_VERSION)? == 1 {
        // Version 1: one feedback, comments on blocks only.
        let one = value["feedback"].take();
        let comments = one.get("comments").and_then(Value::as_array);
        if comments
            .into_iter()
            .flatten()
            .any(|c| COMMENT_V2.iter().any(|k| c.get(k).is_some()))
        {
            return Err(ImportError::WrongShape {
                detail: "a version 1 comment has fields of version 2".into(),
            });
        }
        value["feedback"] = Value::Array(vec![one]);
    }
    let file = FeedbackFile::deserialize(&value).map_err(shape_error)?;
    let list = file.feedback;
    let project = list.first().map(|f| &f.project);
    if list.iter().any(|f| Some(&f.project) != project) {
        return Err(ImportError::WrongShape {
            detail: "the feedback is about several projects".into(),
        });
    }
    let mut authors = HashSet::new();
    if let Some(f) = list.iter().find(|f| !authors.insert(&f.author)) {
        return Err(ImportError::WrongShape {
            detail: format!("two feedback by {:?}", f.author),
        });
    }
    match list.iter().find_map(Feedback::problem) {
        Some(detail) => Err(ImportError::WrongShape { detail }),
        None => Ok(list),
    }
}

/// How the comments a creator received on one project are stored
/// (`canevas.received.<id>`): as a feedback file, read by the one reader.
pub fn store_received(feedback: &[Feedback], now: Timestamp) -> String {
    export_feedback(feedback, now)
}

/// Reads stored received comments; one from a newer version is told
/// apart, so that it is kept as it is. Records written before feedback
/// files held a list were `{"version": 1, "feedback": [...]}`.
pub fn read_received(raw: &str) -> Result<Vec<Feedback>, ImportError> {
    let value = json(raw.as_bytes())?;
    if value.get("format").is_some() {
        return read_feedback(value);
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(1) if value.as_object().is_some_and(|o| o.len() == 2) => {}
        Some(found) if found > 1 => {
            return Err(ImportError::FutureVersion {
                found,
                supported: FEEDBACK_VERSION,
            })
        }
        _ => {
            return Err(ImportError::WrongShape {
                detail: "not a record of received feedback".into(),
            })
        }
    }
    let list = Vec::<Feedback>::deserialize(&value["feedback"]).map_err(shape_error)?;
    match list.iter().find_map(Feedback::problem) {
        Some(detail) => Err(ImportError::WrongShape { detail }),
        None => Ok(list),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{export, Kind};
    use crate::model::feedback::{answer, Anchor, Kind as Asks};
    use crate::model::place::{Part, Place};
    use crate::model::{Block, Id, Step};

    fn exercise(id: &str) -> Exercise {
        let mut step = Step::new("Segments", 7);
        step.block = Some(Block::CustomerSegments);
        step.prompt = "Who is it for?".into();
        Exercise {
            id: Id::parse(id).unwrap(),
            title: "BMC".into(),
            description: String::new(),
            steps: vec![step],
            created_at: Timestamp(1),
            updated_at: Timestamp(2),
        }
    }

    #[test]
    fn exercises_round_trip_and_projects_still_read() {
        let xs = vec![exercise("a"), exercise("b")];
        let text = export_exercises(&xs, Timestamp(3));
        let Ok(Incoming::Exercises(file)) = read(text.as_bytes()) else {
            panic!("an exercises file")
        };
        assert_eq!(file.read(), Ok(xs.clone()));
        assert_eq!(import_exercises(text.as_bytes()), Ok(xs));
        let p = Project::new(Id::parse("p").unwrap(), "Kola", Timestamp(0));
        let file = export(std::slice::from_ref(&p), Kind::Project, Timestamp(0));
        assert_eq!(
            read(file.as_bytes()),
            Ok(Incoming::Projects(vec![p], vec![]))
        );
        // An exercises file is not a project file.
        assert_eq!(
            crate::format::import(text.as_bytes()),
            Err(ImportError::NotCanevas)
        );
        assert_eq!(read(b"{}"), Err(ImportError::NotCanevas));
    }

    fn feedback(author: &str, project: &str) -> Feedback {
        let mut f = Feedback::new(Id::parse(project).unwrap(), "Kola".into(), Timestamp(1));
        f.author = author.into();
        let on = Anchor::item(Place::Part(Part::Budget), Id::parse("b1").unwrap());
        let c = Id::parse(&format!("c-{author}")).unwrap();
        f.set_comment(&on, "Radio?", Asks::ToDo, Timestamp(2), || c);
        f
    }

    fn refused(list: &[Feedback]) -> bool {
        let text = export_feedback(list, Timestamp(3));
        matches!(read(text.as_bytes()), Err(ImportError::WrongShape { .. }))
    }

    #[test]
    fn feedback_round_trips_and_bad_feedback_is_refused() {
        let mut list = vec![feedback("Awa", "p"), feedback("Kofi", "p")];
        answer(
            &mut list,
            &Id::parse("c-Awa").unwrap(),
            Some("Yes"),
            Some(true),
            Timestamp(4),
        );
        let text = export_feedback(&list, Timestamp(3));
        assert_eq!(read(text.as_bytes()), Ok(Incoming::Feedback(list.clone())));
        assert_eq!(import_feedback(text.as_bytes()), Ok(list.clone()));
        assert_eq!(
            crate::format::import(text.as_bytes()),
            Err(ImportError::NotCanevas)
        );
        let mut twice = list.clone();
        let again = twice[0].comments[0].clone();
        twice[0].comments.push(again);
        assert!(refused(&twice));
        assert!(
            refused(&[feedback("Awa", "p"), feedback("Kofi", "q")]),
            "two projects"
        );
        assert!(
            refused(&[feedback("Awa", "p"), feedback("Awa", "p")]),
            "one author twice"
        );
        let newer = text.replace("\"version\": 2", "\"version\": 3");
        assert!(matches!(
            read(newer.as_bytes()),
            Err(ImportError::FutureVersion { found: 3, .. })
        ));
    }

    #[test]
    fn version_1_feedback_reads_as_one_feedback_of_things_to_do() {
        let v1 = r#"{"format":"canevas-feedback","version":1,"saved_at":3,"feedback":{
            "project":"p","project_title":"Kola","author":"Awa","updated_at":2,
            "comments":[{"id":"c1","block":"channels","text":"Radio?","created_at":1,"updated_at":2},
                        {"id":"c2","block":null,"text":"Bravo","created_at":1,"updated_at":2}]}}"#;
        let Ok(Incoming::Feedback(list)) = read(v1.as_bytes()) else {
            panic!("version 1 reads");
        };
        assert_eq!(list.len(), 1);
        let c = &list[0].comments;
        assert_eq!(c[0].anchor(), Anchor::place(Place::Block(Block::Channels)));
        assert_eq!(c[1].anchor(), Anchor::PROJECT);
        assert!(c
            .iter()
            .all(|c| c.kind == Asks::ToDo && !c.done && c.reply.is_none()));
        let mixed = v1.replace(r#""block":null,"#, r#""kind":"info","#);
        assert!(matches!(
            read(mixed.as_bytes()),
            Err(ImportError::WrongShape { .. })
        ));
    }

    #[test]
    fn received_comments_round_trip_and_a_newer_record_is_told_apart() {
        let f = feedback("Awa", "p");
        let stored = store_received(std::slice::from_ref(&f), Timestamp(5));
        assert_eq!(read_received(&stored), Ok(vec![f]));
        assert!(matches!(
            read_received(r#"{"version":3,"feedback":[],"more":1}"#),
            Err(ImportError::FutureVersion { found: 3, .. })
        ));
        let newer = stored.replace("\"version\": 2", "\"version\": 3");
        assert!(matches!(
            read_received(&newer),
            Err(ImportError::FutureVersion { found: 3, .. })
        ));
        assert!(matches!(
            read_received(r#"{"version":1,"feedback":[],"more":1}"#),
            Err(ImportError::WrongShape { .. })
        ));
        let v1 = r#"{"version":1,"feedback":[{"project":"p","project_title":"K","updated_at":1,
            "comments":[{"id":"c","block":"channels","text":"t","created_at":1,"updated_at":1}]}]}"#;
        assert_eq!(
            read_received(v1).map(|l| l[0].comments[0].kind),
            Ok(Asks::ToDo)
        );
        assert!(matches!(
            read_received(r#"{"version":1}"#),
            Err(ImportError::WrongShape { .. })
        ));
        assert!(read_received("{broken").is_err());
    }

    #[test]
    fn bad_exercise_files_are_refused() {
        let text = export_exercises(&[exercise("a"), exercise("a")], Timestamp(3));
        assert_eq!(
            import_exercises(text.as_bytes()),
            Err(ImportError::DuplicateId { id: "a".into() })
        );
        let mut long = exercise("a");
        long.steps[0].minutes = 0;
        let text = export_exercises(&[long], Timestamp(3));
        assert!(matches!(
            import_exercises(text.as_bytes()),
            Err(ImportError::WrongShape { .. })
        ));
        let future = r#"{"format": "canevas-exercises", "version": 9}"#;
        assert!(matches!(
            read(future.as_bytes()),
            Err(ImportError::FutureVersion { found: 9, .. })
        ));
        let extra = r#"{"format": "canevas-exercises", "version": 1, "saved_at": 0, "exercises": [], "x": 1}"#;
        assert!(matches!(
            import_exercises(extra.as_bytes()),
            Err(ImportError::WrongShape { .. })
        ));
    }

    #[test]
    fn every_exercises_version_opens_and_steps_keep_their_place() {
        use crate::model::place::{Part, Place};
        use crate::model::Block;
        let v1 = import_exercises(include_bytes!(
            "../../tests/fixtures/exercises/v1/workshop-dakar.json"
        ))
        .unwrap();
        assert_eq!(
            v1[0].steps[0].place(),
            Some(Place::Block(Block::CustomerSegments))
        );
        assert_eq!(v1[0].steps[4].place(), None);
        let v2 = import_exercises(include_bytes!(
            "../../tests/fixtures/exercises/v2/workshop-tunis.json"
        ))
        .unwrap();
        let places: Vec<_> = v2[0].steps.iter().map(|s| s.place()).collect();
        assert_eq!(
            places,
            [
                Some(Place::Block(Block::CustomerSegments)),
                Some(Place::Part(Part::Fit)),
                Some(Place::Part(Part::Assumptions)),
                Some(Place::Part(Part::Budget)),
            ]
        );
        // Written back, read back the same; a step without a part writes none.
        let text = export_exercises(&v2, Timestamp(5));
        assert_eq!(import_exercises(text.as_bytes()).unwrap(), v2);
        assert!(!export_exercises(&v1, Timestamp(5)).contains("\"part\""));
        // A step in two places at once is not in the format.
        let both = text.replacen(
            "\"part\": \"fit\"",
            "\"part\": \"fit\", \"block\": \"channels\"",
            1,
        );
        let both = both.replacen("\"block\": null,", "", 1);
        assert!(matches!(
            import_exercises(both.as_bytes()),
            Err(ImportError::WrongShape { .. })
        ));
    }
}
