//! The undo history as kept across a reload of the same tab (the browser's
//! session storage), so a reload mid-work does not cost the way back.
//!
//! Not a file users see or exchange: it is read back only by the same
//! version of the format, and only where it still leads to the projects as
//! stored (see `History::restore`); anything else is dropped, never an
//! error. Consecutive steps share a version of the project (one step's
//! `after` is the next one's `before`), so that version is written once.

use super::VERSION;
use crate::history::{Change, Scope, Step};
use crate::model::{Id, Project, Timestamp};
use serde::{Deserialize, Serialize};

/// Most steps kept per history across a reload.
pub const KEEP_STEPS: usize = 100;

const FORMAT: &str = "canevas-history";

/// A history to keep: its scope, its undo steps and redo steps (oldest
/// first, as `History::steps` gives them).
pub type Kept<'a> = (&'a Scope, &'a [Step], &'a [Step]);

#[derive(Serialize, Deserialize)]
struct KeptChange {
    project: Id,
    /// `[place in the list, index into states]`.
    before: Option<(usize, usize)>,
    after: Option<(usize, usize)>,
}

#[derive(Serialize, Deserialize)]
struct KeptStep {
    at: Timestamp,
    changes: Vec<KeptChange>,
}

#[derive(Serialize, Deserialize)]
struct KeptHistory {
    /// `None` for the home screen.
    project: Option<Id>,
    undo: Vec<KeptStep>,
    redo: Vec<KeptStep>,
}

#[derive(Deserialize)]
struct Record {
    format: String,
    version: u32,
    states: Vec<Project>,
    histories: Vec<KeptHistory>,
}

/// Writes the newest steps of each history (at most [`KEEP_STEPS`] each,
/// and about `max_chars` in all: the oldest steps go first).
pub fn write(histories: &[Kept], max_chars: usize) -> String {
    let mut states: Vec<String> = Vec::new();
    let mut chars = 0;
    let mut out = Vec::new();
    for (scope, undo, redo) in histories {
        let mut kept = KeptHistory {
            project: match scope {
                Scope::Home => None,
                Scope::Project(id) => Some(id.clone()),
            },
            undo: Vec::new(),
            redo: Vec::new(),
        };
        // Newest first on both stacks: the steps next to the present.
        for (steps, into) in [(redo, &mut kept.redo), (undo, &mut kept.undo)] {
            for step in steps.iter().rev().take(KEEP_STEPS) {
                let mut state = |side: &Option<(usize, Project)>| {
                    side.as_ref().map(|(at, project)| {
                        let json = serde_json::to_string(project).expect("a project serialises");
                        // Neighbouring steps share their version: look back
                        // a little rather than index every version.
                        let seen = states.iter().rev().take(3).position(|s| *s == json);
                        let index = match seen {
                            Some(back) => states.len() - 1 - back,
                            None => {
                                chars += json.len();
                                states.push(json);
                                states.len() - 1
                            }
                        };
                        (*at, index)
                    })
                };
                let changes = step
                    .changes
                    .iter()
                    .map(|c| KeptChange {
                        project: c.project.clone(),
                        before: state(&c.before),
                        after: state(&c.after),
                    })
                    .collect();
                into.push(KeptStep {
                    at: step.at,
                    changes,
                });
                if chars > max_chars {
                    break;
                }
            }
            into.reverse();
        }
        out.push(kept);
    }
    format!(
        r#"{{"format":"{FORMAT}","version":{VERSION},"states":[{}],"histories":{}}}"#,
        states.join(","),
        serde_json::to_string(&out).expect("ids and numbers serialise")
    )
}

/// Reads kept histories back; nothing at all from anything unexpected.
pub fn read(text: &str) -> Vec<(Scope, Vec<Step>, Vec<Step>)> {
    // Through a `Value` (`read_record`), like every file read: a project
    // is then read by one compiled reader, not one per source.
    let Ok(record) = super::read_record::<Record>(text) else {
        return Vec::new();
    };
    if record.format != FORMAT || record.version != VERSION {
        return Vec::new();
    }
    let state = |side: Option<(usize, usize)>| -> Result<Option<(usize, Project)>, ()> {
        match side {
            None => Ok(None),
            Some((at, i)) => record
                .states
                .get(i)
                .map(|p| Some((at, p.clone())))
                .ok_or(()),
        }
    };
    let steps = |kept: &[KeptStep]| -> Result<Vec<Step>, ()> {
        kept.iter()
            .map(|s| {
                let changes = s
                    .changes
                    .iter()
                    .map(|c| {
                        Ok(Change {
                            project: c.project.clone(),
                            before: state(c.before)?,
                            after: state(c.after)?,
                        })
                    })
                    .collect::<Result<_, ()>>()?;
                Ok(Step::kept(changes, s.at))
            })
            .collect()
    };
    record
        .histories
        .iter()
        .filter_map(|h| {
            let scope = h.project.clone().map_or(Scope::Home, Scope::Project);
            Some((scope, steps(&h.undo).ok()?, steps(&h.redo).ok()?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::History;
    use crate::model::{Block, Note, Workspace};

    fn id(s: &str) -> Id {
        Id::parse(s).unwrap()
    }

    /// A project with `n` notes typed into it, one step each.
    fn typed(n: usize) -> (Workspace, History) {
        let mut ws = Workspace::default();
        let mut h = History::default();
        ws.put(0, Project::new(id("a"), "Kola", Timestamp(0)));
        for i in 0..n {
            let before = ws.get(&id("a")).cloned().unwrap();
            let mut after = before.clone();
            after.canvas.add_note(
                Block::Channels,
                Note::new(
                    id(&format!("n{i}")),
                    format!("note {i}"),
                    Timestamp(i as u64),
                ),
            );
            ws.put(0, after.clone());
            h.record(
                Scope::Project(id("a")),
                vec![Change {
                    project: id("a"),
                    before: Some((0, before)),
                    after: Some((0, after)),
                }],
                None,
                Timestamp(i as u64),
            );
        }
        (ws, h)
    }

    fn kept_and_read(h: &History, max_chars: usize) -> Vec<(Scope, Vec<Step>, Vec<Step>)> {
        let scope = Scope::Project(id("a"));
        let (undo, redo) = h.steps(&scope);
        read(&write(&[(&scope, undo, redo)], max_chars))
    }

    #[test]
    fn a_history_comes_back_whole_and_still_undoes() {
        let (mut ws, mut h) = typed(3);
        h.undo(&Scope::Project(id("a")), &mut ws);
        let back = kept_and_read(&h, usize::MAX);
        assert_eq!(back.len(), 1);
        let (scope, undo, redo) = back.into_iter().next().unwrap();
        let (u, r) = h.steps(&scope);
        assert_eq!((&undo[..], &redo[..]), (u, r));
        let mut again = History::default();
        again.restore(scope.clone(), undo, redo, &ws);
        again.undo(&scope, &mut ws).unwrap();
        again.undo(&scope, &mut ws).unwrap();
        assert_eq!(ws.get(&id("a")).unwrap().canvas.note_count(), 0);
        again.redo(&scope, &mut ws).unwrap();
        again.redo(&scope, &mut ws).unwrap();
        again.redo(&scope, &mut ws).unwrap();
        assert_eq!(ws.get(&id("a")).unwrap().canvas.note_count(), 3);
    }

    #[test]
    fn each_version_is_written_once_and_the_newest_steps_are_kept() {
        let (_, h) = typed(KEEP_STEPS + 20);
        let (_, undo, _) = kept_and_read(&h, usize::MAX).remove(0);
        assert_eq!(undo.len(), KEEP_STEPS);
        assert_eq!(
            undo.last().unwrap().at,
            Timestamp((KEEP_STEPS + 19) as u64),
            "the newest step is the last"
        );
        let scope = Scope::Project(id("a"));
        let (u, r) = h.steps(&scope);
        let text = write(&[(&scope, u, r)], usize::MAX);
        let record: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            record["states"].as_array().unwrap().len(),
            KEEP_STEPS + 1,
            "100 steps share 101 versions"
        );
        // A tight budget keeps fewer, newest first.
        let (_, small, _) = kept_and_read(&h, 2_000).remove(0);
        assert!(!small.is_empty() && small.len() < 20, "{}", small.len());
        assert_eq!(small.last().unwrap().at, undo.last().unwrap().at);
    }

    #[test]
    fn anything_unexpected_reads_as_no_history() {
        let older = format!(
            r#"{{"format":"canevas-history","version":{},"states":[],"histories":[{{"project":null,"undo":[],"redo":[]}}]}}"#,
            VERSION - 1
        );
        let dangling = format!(
            r#"{{"format":"canevas-history","version":{VERSION},"states":[],"histories":[{{"project":null,"undo":[{{"at":1,"changes":[{{"project":"a","before":[0,5],"after":null}}]}}],"redo":[]}}]}}"#
        );
        for text in ["", "null", "{}", &older, &dangling] {
            assert!(read(text).is_empty(), "{text}");
        }
    }
}
