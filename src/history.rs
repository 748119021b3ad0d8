//! Undo and redo for every change to the workspace.
//!
//! A step records, for each project it touched, the project before and
//! after (with its place in the list), so undo and redo are exact whatever
//! the edit was: typing, moving a note, deleting a project, an import.
//! Snapshots are per project, not per workspace, so memory stays small.

use crate::model::{Id, Project, Timestamp, Workspace};

/// Most steps kept for undo.
pub const LIMIT: usize = 200;
/// Consecutive edits of the same kind to the same thing (typing in one
/// note) within this many milliseconds of each other undo as one step.
pub const COALESCE_MS: u64 = 1500;

/// One project before and after a step; `None` where it did not exist.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub project: Id,
    pub before: Option<(usize, Project)>,
    pub after: Option<(usize, Project)>,
}

#[derive(Clone, Debug, PartialEq)]
struct Step {
    changes: Vec<Change>,
    coalesce: Option<String>,
    at: Timestamp,
}

#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl History {
    /// Records a step. A step with the same coalescing key as the previous
    /// one, soon after it, extends it instead of adding a new one.
    pub fn record(&mut self, changes: Vec<Change>, coalesce: Option<String>, at: Timestamp) {
        if changes.is_empty() {
            return;
        }
        self.redo.clear();
        if let (Some(key), Some(last)) = (&coalesce, self.undo.last_mut()) {
            let same_target = last.changes.len() == 1
                && changes.len() == 1
                && last.changes[0].project == changes[0].project;
            if last.coalesce.as_ref() == Some(key)
                && same_target
                && at.0.saturating_sub(last.at.0) <= COALESCE_MS
            {
                last.changes[0].after = changes.into_iter().next().and_then(|c| c.after);
                last.at = at;
                return;
            }
        }
        self.undo.push(Step {
            changes,
            coalesce,
            at,
        });
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undoes the last step; returns the ids of the projects it touched.
    pub fn undo(&mut self, ws: &mut Workspace) -> Option<Vec<Id>> {
        let step = self.undo.pop()?;
        let ids = apply(
            ws,
            step.changes.iter().rev().map(|c| (&c.project, &c.before)),
        );
        self.redo.push(step);
        Some(ids)
    }

    /// Redoes the last undone step; returns the ids of the projects it touched.
    pub fn redo(&mut self, ws: &mut Workspace) -> Option<Vec<Id>> {
        let step = self.redo.pop()?;
        let ids = apply(ws, step.changes.iter().map(|c| (&c.project, &c.after)));
        // Never coalesce into a redone step.
        self.undo.push(Step {
            coalesce: None,
            ..step
        });
        Some(ids)
    }

    /// Forgets every step that touched a project, for when that project
    /// changed elsewhere (another tab) and the steps no longer apply.
    pub fn forget(&mut self, id: &Id) {
        let keep = |s: &Step| s.changes.iter().all(|c| &c.project != id);
        self.undo.retain(keep);
        self.redo.retain(keep);
    }
}

fn apply<'a>(
    ws: &mut Workspace,
    states: impl Iterator<Item = (&'a Id, &'a Option<(usize, Project)>)>,
) -> Vec<Id> {
    states
        .map(|(id, state)| {
            match state {
                Some((index, project)) => {
                    // Restore the position too: remove first so `put` inserts.
                    ws.remove(id);
                    ws.put(*index, project.clone());
                }
                None => {
                    ws.remove(id);
                }
            }
            id.clone()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(id: &str, title: &str) -> Project {
        Project::new(Id::parse(id).unwrap(), title, Timestamp(0))
    }

    fn titles(ws: &Workspace) -> Vec<&str> {
        ws.projects.iter().map(|p| p.title.as_str()).collect()
    }

    fn change(before: Option<(usize, Project)>, after: Option<(usize, Project)>) -> Change {
        let project = before.as_ref().or(after.as_ref()).unwrap().1.id.clone();
        Change {
            project,
            before,
            after,
        }
    }

    #[test]
    fn undo_and_redo_restore_exact_states_and_positions() {
        let mut ws = Workspace::default();
        ws.put(0, project("a", "A"));
        ws.put(1, project("b", "B"));
        let mut h = History::default();
        // Delete A (at index 0).
        let (i, a) = ws.remove(&Id::parse("a").unwrap()).unwrap();
        h.record(vec![change(Some((i, a)), None)], None, Timestamp(1));
        assert_eq!(titles(&ws), ["B"]);
        assert_eq!(h.undo(&mut ws).unwrap(), [Id::parse("a").unwrap()]);
        assert_eq!(titles(&ws), ["A", "B"]);
        assert!(h.can_redo());
        h.redo(&mut ws);
        assert_eq!(titles(&ws), ["B"]);
        assert!(h.undo(&mut ws).is_some());
        assert!(h.undo(&mut ws).is_none());
    }

    #[test]
    fn typing_in_one_place_coalesces_but_pauses_and_other_places_do_not() {
        let mut ws = Workspace::default();
        ws.put(0, project("a", ""));
        let mut h = History::default();
        let edit = |ws: &mut Workspace, h: &mut History, title: &str, key: &str, at: u64| {
            let before = ws.get(&Id::parse("a").unwrap()).cloned().unwrap();
            let mut after = before.clone();
            after.title = title.into();
            ws.put(0, after.clone());
            h.record(
                vec![change(Some((0, before)), Some((0, after)))],
                Some(key.into()),
                Timestamp(at),
            );
        };
        edit(&mut ws, &mut h, "K", "title", 1000);
        edit(&mut ws, &mut h, "Ko", "title", 1500);
        edit(&mut ws, &mut h, "Kol", "title", 2500);
        edit(&mut ws, &mut h, "Kola", "title", 9000); // after a pause
        edit(&mut ws, &mut h, "Kola!", "pitch", 9100); // another field
        h.undo(&mut ws);
        assert_eq!(titles(&ws), ["Kola"]);
        h.undo(&mut ws);
        assert_eq!(titles(&ws), ["Kol"]);
        h.undo(&mut ws);
        assert_eq!(titles(&ws), [""]);
        assert!(!h.can_undo());
    }

    #[test]
    fn a_new_edit_clears_redo_and_the_limit_holds() {
        let mut ws = Workspace::default();
        let mut h = History::default();
        for n in 0..(LIMIT + 10) {
            let p = project(&format!("p{n}"), "x");
            ws.put(n, p.clone());
            h.record(vec![change(None, Some((n, p)))], None, Timestamp(n as u64));
        }
        assert_eq!(h.undo.len(), LIMIT);
        h.undo(&mut ws);
        assert!(h.can_redo());
        h.record(
            vec![change(None, Some((0, project("z", "z"))))],
            None,
            Timestamp(0),
        );
        assert!(!h.can_redo());
    }

    #[test]
    fn forgetting_a_project_drops_its_steps() {
        let mut h = History::default();
        h.record(
            vec![change(None, Some((0, project("a", "A"))))],
            None,
            Timestamp(0),
        );
        h.record(
            vec![change(None, Some((1, project("b", "B"))))],
            None,
            Timestamp(0),
        );
        h.forget(&Id::parse("a").unwrap());
        let mut ws = Workspace::default();
        ws.put(0, project("a", "A"));
        ws.put(1, project("b", "B"));
        assert_eq!(h.undo(&mut ws).unwrap(), [Id::parse("b").unwrap()]);
        assert!(!h.can_undo());
    }
}
