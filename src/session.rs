//! The editing session: the workspace, its undo history, and every
//! operation a user can make on it.
//!
//! The UI calls these and nothing else to change documents, so undo, redo
//! and saving work the same for every edit. After each operation the ids of
//! the projects it touched are waiting in `take_dirty` for the store.

use crate::history::{Change, History, Scope, Step};
use crate::model::{Block, Discipline, Id, Note, Project, Timestamp, Workspace};
use std::collections::BTreeSet;

/// The details a user gives when creating or editing a project.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProjectDetails {
    pub title: String,
    pub pitch: String,
    pub discipline: Discipline,
    pub country: String,
    pub team: Vec<String>,
}

/// What to do with an imported project whose id is already in the workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnConflict {
    Replace,
    KeepBoth,
}

/// What an import did, for the message shown to the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    pub added: usize,
    pub replaced: usize,
    /// Ids of the projects as they now are in the workspace, in file order.
    pub ids: Vec<Id>,
}

pub struct Session {
    workspace: Workspace,
    history: History,
    dirty: BTreeSet<Id>,
    new_id: Box<dyn FnMut() -> Id>,
}

impl Session {
    pub fn new(workspace: Workspace, new_id: impl FnMut() -> Id + 'static) -> Session {
        Session {
            workspace,
            history: History::default(),
            dirty: BTreeSet::new(),
            new_id: Box::new(new_id),
        }
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    pub fn project(&self, id: &Id) -> Option<&Project> {
        self.workspace.get(id)
    }

    /// The projects changed since the last call, for the store to write.
    pub fn take_dirty(&mut self) -> Vec<Id> {
        std::mem::take(&mut self.dirty).into_iter().collect()
    }

    pub fn can_undo(&self, scope: &Scope) -> bool {
        self.history.can_undo(scope)
    }

    pub fn can_redo(&self, scope: &Scope) -> bool {
        self.history.can_redo(scope)
    }

    /// Undoes the last step of one history (a project's, or the home
    /// screen's); returns it, for the UI to show what changed.
    pub fn undo(&mut self, scope: &Scope) -> Option<Step> {
        let step = self.history.undo(scope, &mut self.workspace);
        self.mark(step)
    }

    pub fn redo(&mut self, scope: &Scope) -> Option<Step> {
        let step = self.history.redo(scope, &mut self.workspace);
        self.mark(step)
    }

    fn mark(&mut self, step: Option<Step>) -> Option<Step> {
        let step = step?;
        self.dirty
            .extend(step.changes.iter().map(|c| c.project.clone()));
        Some(step)
    }

    /// The histories, to keep them across a reload of the tab.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Puts back a history kept across a reload (only if it still leads to
    /// the projects as they are now).
    pub fn restore_history(&mut self, scope: Scope, undo: Vec<Step>, redo: Vec<Step>) {
        self.history.restore(scope, undo, redo, &self.workspace);
    }

    fn record(
        &mut self,
        scope: Scope,
        changes: Vec<Change>,
        coalesce: Option<String>,
        now: Timestamp,
    ) {
        self.dirty.extend(changes.iter().map(|c| c.project.clone()));
        self.history.record(scope, changes, coalesce, now);
    }

    fn snapshot(&self, id: &Id) -> Option<(usize, Project)> {
        let i = self.workspace.position(id)?;
        Some((i, self.workspace.projects[i].clone()))
    }

    /// Creates a project at the top of the list and returns its id.
    pub fn create_project(&mut self, details: ProjectDetails, now: Timestamp) -> Id {
        let id = (self.new_id)();
        let mut project = Project::new(id.clone(), details.title, now);
        project.pitch = details.pitch;
        project.discipline = details.discipline;
        project.country = details.country;
        project.team = details.team;
        project.enforce_limits();
        self.workspace.put(0, project.clone());
        self.record(
            Scope::Home,
            vec![Change {
                project: id.clone(),
                before: None,
                after: Some((0, project)),
            }],
            None,
            now,
        );
        id
    }

    /// Applies `edit` to a project. `edit` returns whether it changed
    /// anything; only then is an undo step recorded and the project's
    /// `updated_at` set. Edits with the same `coalesce` key in quick
    /// succession (typing) undo together.
    pub fn edit(
        &mut self,
        id: &Id,
        now: Timestamp,
        coalesce: Option<String>,
        edit: impl FnOnce(&mut Project, Timestamp) -> bool,
    ) -> bool {
        self.edit_in(Scope::Project(id.clone()), id, now, coalesce, edit)
    }

    fn edit_in(
        &mut self,
        scope: Scope,
        id: &Id,
        now: Timestamp,
        coalesce: Option<String>,
        edit: impl FnOnce(&mut Project, Timestamp) -> bool,
    ) -> bool {
        // Generic over `edit`, so compiled once per call site: the rest is
        // in the two plain functions around it.
        let Some((i, before)) = self.before_edit(&scope, id, coalesce.as_deref(), now) else {
            return false;
        };
        if !edit(&mut self.workspace.projects[i], now) {
            return false;
        }
        self.after_edit(scope, id, i, before, coalesce, now);
        true
    }

    /// Where the project is, and a copy of it from before the edit, except
    /// when typing on in one field extends the last step, which already
    /// holds it: no copy of the project per keystroke.
    #[inline(never)]
    fn before_edit(
        &self,
        scope: &Scope,
        id: &Id,
        coalesce: Option<&str>,
        now: Timestamp,
    ) -> Option<(usize, Option<Project>)> {
        let i = self.workspace.position(id)?;
        let extends = self.history.coalesces(scope, id, coalesce, now);
        Some((i, (!extends).then(|| self.workspace.projects[i].clone())))
    }

    /// Records the edit of project `i` (extending the last step where
    /// `before_edit` took no copy) and marks it to save.
    #[inline(never)]
    fn after_edit(
        &mut self,
        scope: Scope,
        id: &Id,
        i: usize,
        before: Option<Project>,
        coalesce: Option<String>,
        now: Timestamp,
    ) {
        let project = &mut self.workspace.projects[i];
        project.enforce_limits();
        project.updated_at = now;
        let after = Some((i, project.clone()));
        match before {
            None => {
                self.dirty.insert(id.clone());
                self.history.extend(scope, after, now);
            }
            Some(before) => self.record(
                scope,
                vec![Change {
                    project: id.clone(),
                    before: Some((i, before)),
                    after,
                }],
                coalesce,
                now,
            ),
        }
    }

    /// Changes a project's details; fields typed one after another undo
    /// field by field.
    pub fn set_details(
        &mut self,
        id: &Id,
        details: ProjectDetails,
        field: &str,
        now: Timestamp,
    ) -> bool {
        self.edit(id, now, Some(format!("details:{field}:{id}")), |p, _| {
            let changed = p.title != details.title
                || p.pitch != details.pitch
                || p.discipline != details.discipline
                || p.country != details.country
                || p.team != details.team;
            p.title = details.title;
            p.pitch = details.pitch;
            p.discipline = details.discipline;
            p.country = details.country;
            p.team = details.team;
            changed
        })
    }

    /// Renames a project from the home screen (its history, not the
    /// project's).
    pub fn rename_project(&mut self, id: &Id, title: &str, now: Timestamp) -> bool {
        self.edit_in(Scope::Home, id, now, None, |p, _| {
            std::mem::replace(&mut p.title, title.to_owned()) != title
        })
    }

    /// Deletes a project; undo brings it back in its place.
    pub fn delete_project(&mut self, id: &Id, now: Timestamp) -> Option<Project> {
        let (i, project) = self.workspace.remove(id)?;
        self.record(
            Scope::Home,
            vec![Change {
                project: id.clone(),
                before: Some((i, project.clone())),
                after: None,
            }],
            None,
            now,
        );
        Some(project)
    }

    /// Copies a project (with fresh ids) just below the original.
    pub fn duplicate_project(&mut self, id: &Id, title: String, now: Timestamp) -> Option<Id> {
        let (i, original) = self.snapshot(id)?;
        let new_id = (self.new_id)();
        let mut copy = original.duplicate(new_id.clone(), title, now, &mut self.new_id);
        copy.enforce_limits();
        self.workspace.put(i + 1, copy.clone());
        self.record(
            Scope::Home,
            vec![Change {
                project: new_id.clone(),
                before: None,
                after: Some((i + 1, copy)),
            }],
            None,
            now,
        );
        Some(new_id)
    }

    /// Adds an empty note at the end of a block and returns its id.
    pub fn add_note(&mut self, project: &Id, block: Block, now: Timestamp) -> Option<Id> {
        let note_id = (self.new_id)();
        let note = Note::new(note_id.clone(), "", now);
        self.edit(project, now, None, |p, _| p.canvas.add_note(block, note))
            .then_some(note_id)
    }

    /// The ids among `incoming` that are already in the workspace.
    pub fn conflicts(&self, incoming: &[Project]) -> Vec<Id> {
        incoming
            .iter()
            .filter(|p| self.workspace.get(&p.id).is_some())
            .map(|p| p.id.clone())
            .collect()
    }

    /// Adds imported projects at the top of the list, in file order, as one
    /// undoable step. A project whose id exists is replaced in place, or
    /// kept beside it as a separate project with fresh ids.
    pub fn import(
        &mut self,
        incoming: Vec<Project>,
        on_conflict: OnConflict,
        now: Timestamp,
    ) -> ImportOutcome {
        let mut outcome = ImportOutcome::default();
        let mut changes = Vec::new();
        let mut top = 0;
        for mut project in incoming {
            let existing = self.snapshot(&project.id);
            match (existing, on_conflict) {
                (Some((i, old)), OnConflict::Replace) => {
                    self.workspace.put(i, project.clone());
                    outcome.replaced += 1;
                    outcome.ids.push(project.id.clone());
                    changes.push(Change {
                        project: project.id.clone(),
                        before: Some((i, old)),
                        after: Some((i, project)),
                    });
                    continue;
                }
                (Some(_), OnConflict::KeepBoth) => {
                    let title = self.workspace.unused_title(&project.title);
                    project = project.duplicate(
                        (self.new_id)(),
                        title,
                        project.created_at,
                        &mut self.new_id,
                    );
                    project.updated_at = now;
                    project.enforce_limits();
                }
                (None, _) => {}
            }
            self.workspace.put(top, project.clone());
            outcome.added += 1;
            outcome.ids.push(project.id.clone());
            changes.push(Change {
                project: project.id.clone(),
                before: None,
                after: Some((top, project)),
            });
            top += 1;
        }
        self.record(Scope::Home, changes, None, now);
        outcome
    }

    /// Takes in a project as another tab saved it (`None`: deleted there).
    /// Undo steps that touched it no longer apply and are forgotten.
    pub fn external_change(&mut self, id: &Id, project: Option<Project>) {
        self.history.forget(id);
        match project {
            Some(p) => {
                let at = self.workspace.position(id).unwrap_or(0);
                self.workspace.put(at, p);
            }
            None => {
                self.workspace.remove(id);
            }
        }
    }

    /// Puts projects in the given order (another tab reordered the list).
    pub fn external_order(&mut self, order: &[Id]) {
        let rank = |id: &Id| {
            order
                .iter()
                .position(|o| o == id)
                .map_or(u64::MAX, |i| i as u64)
        };
        crate::model::order::sort_by_number(&mut self.workspace.projects, |p| rank(&p.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_on_in_one_field_is_one_step_saved_and_undone_exactly() {
        let mut s = session();
        let id = s.create_project(details("Kola"), Timestamp(1));
        s.take_dirty();
        let typed = |s: &mut Session, at: u64, text: &str| {
            let text = text.to_owned();
            s.edit(&id, Timestamp(at), Some("pitch".into()), move |p, _| {
                p.pitch = text;
                true
            })
        };
        assert!(typed(&mut s, 10_000, "A"));
        s.take_dirty();
        // Keystrokes that extend the step are saved like the first one.
        assert!(typed(&mut s, 10_100, "An"));
        assert_eq!(s.take_dirty(), std::slice::from_ref(&id));
        assert!(typed(&mut s, 10_200, "Ant"));
        let pitch = |s: &Session| s.project(&id).unwrap().pitch.clone();
        s.undo(&of(&id)).unwrap();
        assert_eq!(pitch(&s), "");
        assert!(!s.can_undo(&of(&id)));
        s.redo(&of(&id)).unwrap();
        assert_eq!(pitch(&s), "Ant");
        // After a pause, a step of its own.
        assert!(typed(&mut s, 20_000, "Ants"));
        s.undo(&of(&id)).unwrap();
        assert_eq!(pitch(&s), "Ant");
    }

    fn session() -> Session {
        let mut n = 0;
        Session::new(Workspace::default(), move || {
            n += 1;
            Id::from_random(n)
        })
    }

    fn details(title: &str) -> ProjectDetails {
        ProjectDetails {
            title: title.into(),
            ..Default::default()
        }
    }

    fn titles(s: &Session) -> Vec<String> {
        s.workspace()
            .projects
            .iter()
            .map(|p| p.title.clone())
            .collect()
    }

    fn home() -> Scope {
        Scope::Home
    }

    fn of(id: &Id) -> Scope {
        Scope::Project(id.clone())
    }

    #[test]
    fn every_operation_is_undoable_in_its_place_and_marks_what_to_save() {
        let mut s = session();
        let a = s.create_project(details("Kola"), Timestamp(1));
        assert_eq!(s.take_dirty(), std::slice::from_ref(&a));
        let note = s.add_note(&a, Block::Channels, Timestamp(2)).unwrap();
        assert!(s.edit(&a, Timestamp(3), None, |p, now| p
            .canvas
            .set_text(&note, "FESPACO", now)));
        assert_eq!(s.project(&a).unwrap().updated_at, Timestamp(3));
        let copy = s
            .duplicate_project(&a, "Kola (copy)".into(), Timestamp(4))
            .unwrap();
        assert_eq!(titles(&s), ["Kola", "Kola (copy)"]);
        s.delete_project(&a, Timestamp(5)).unwrap();
        assert_eq!(titles(&s), ["Kola (copy)"]);
        s.take_dirty();
        // The home screen's history: delete, duplicate, create.
        assert!(s.undo(&home()).is_some());
        assert_eq!(titles(&s), ["Kola", "Kola (copy)"]);
        assert_eq!(s.take_dirty(), std::slice::from_ref(&a));
        assert!(s.undo(&home()).is_some()); // duplicate
        assert!(s.project(&copy).is_none());
        // The project's own history: the text, then the new note.
        assert!(s.undo(&of(&a)).is_some());
        assert_eq!(s.project(&a).unwrap().canvas.note(&note).unwrap().text, "");
        assert!(s.redo(&of(&a)).is_some());
        assert_eq!(
            s.project(&a).unwrap().canvas.note(&note).unwrap().text,
            "FESPACO"
        );
    }

    #[test]
    fn undo_in_one_project_never_reaches_into_another() {
        let mut s = session();
        let a = s.create_project(details("A"), Timestamp(1));
        let b = s.create_project(details("B"), Timestamp(2));
        let note = s.add_note(&b, Block::Channels, Timestamp(3)).unwrap();
        s.edit(&b, Timestamp(4), Some("typing".into()), |p, now| {
            p.canvas.set_text(&note, "Webtoon readers", now)
        });
        // Open A and press Undo: nothing to undo there, and B keeps its note.
        assert!(!s.can_undo(&of(&a)));
        assert!(s.undo(&of(&a)).is_none());
        let text = |s: &Session| {
            s.project(&b)
                .unwrap()
                .canvas
                .note(&note)
                .unwrap()
                .text
                .clone()
        };
        assert_eq!(text(&s), "Webtoon readers");
        // A project just created has nothing to undo on its own screens:
        // its creation belongs to the home screen.
        let c = s.create_project(details("C"), Timestamp(5));
        assert!(s.undo(&of(&c)).is_none());
        assert!(s.project(&c).is_some());
        // Undo in B takes back B's typing, then its note.
        let step = s.undo(&of(&b)).unwrap();
        assert_eq!(step.changes[0].project, b);
        assert_eq!(text(&s), "");
        s.undo(&of(&b)).unwrap();
        assert!(s.project(&b).unwrap().canvas.note(&note).is_none());
        assert!(!s.can_undo(&of(&b)));
        // The home screen still holds the three creations.
        assert!(s.undo(&home()).is_some());
        assert!(s.project(&c).is_none());
    }

    #[test]
    fn a_rename_from_home_is_the_home_screens_step() {
        let mut s = session();
        let a = s.create_project(details("Kola"), Timestamp(1));
        assert!(s.rename_project(&a, "Kola Studio", Timestamp(2)));
        assert!(
            !s.rename_project(&a, "Kola Studio", Timestamp(3)),
            "no change, no step"
        );
        assert!(!s.can_undo(&of(&a)));
        s.undo(&home()).unwrap();
        assert_eq!(titles(&s), ["Kola"]);
    }

    #[test]
    fn a_no_op_edit_records_nothing() {
        let mut s = session();
        let a = s.create_project(details("Kola"), Timestamp(1));
        s.take_dirty();
        assert!(!s.edit(&a, Timestamp(2), None, |_, _| false));
        assert!(s.take_dirty().is_empty());
        assert!(!s.set_details(&a, details("Kola"), "title", Timestamp(2)));
        assert_eq!(s.project(&a).unwrap().updated_at, Timestamp(1));
    }

    #[test]
    fn import_replaces_or_keeps_both_and_undoes_as_one_step() {
        let mut s = session();
        let a = s.create_project(details("Kola"), Timestamp(1));
        let mut incoming = s.project(&a).unwrap().clone();
        incoming.title = "Kola from a teammate".into();
        let fresh = Project::new(Id::parse("fresh").unwrap(), "Other", Timestamp(1));
        assert_eq!(
            s.conflicts(&[incoming.clone(), fresh.clone()]),
            std::slice::from_ref(&a)
        );

        let out = s.import(
            vec![incoming.clone(), fresh.clone()],
            OnConflict::Replace,
            Timestamp(2),
        );
        assert_eq!((out.added, out.replaced), (1, 1));
        assert_eq!(titles(&s), ["Other", "Kola from a teammate"]);
        s.undo(&Scope::Home);
        assert_eq!(titles(&s), ["Kola"]);

        let out = s.import(vec![incoming], OnConflict::KeepBoth, Timestamp(3));
        assert_eq!((out.added, out.replaced), (1, 0));
        assert_ne!(out.ids[0], a, "the kept copy has its own id");
        assert_eq!(titles(&s), ["Kola from a teammate", "Kola"]);
        assert_eq!(
            s.project(&a).unwrap().title,
            "Kola",
            "the original is untouched"
        );
    }

    #[test]
    fn changes_from_another_tab_replace_and_forget_history() {
        let mut s = session();
        let a = s.create_project(details("Kola"), Timestamp(1));
        let mut theirs = s.project(&a).unwrap().clone();
        theirs.title = "Kola (edited elsewhere)".into();
        s.external_change(&a, Some(theirs));
        assert_eq!(titles(&s), ["Kola (edited elsewhere)"]);
        assert!(
            s.undo(&Scope::Home).is_none(),
            "the creation step no longer applies"
        );
        s.external_change(&a, None);
        assert!(titles(&s).is_empty());
    }
}
