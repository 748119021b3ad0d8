//! Undo and redo, one history per place the user works in.
//!
//! Each project has its own history, and the home screen has one for what
//! it does to the list (create, rename, duplicate, delete, import): Undo on
//! a project's screens changes only that project, never one out of sight.
//!
//! A step records, for each project it touched, the project before and
//! after (with its place in the list), so undo and redo are exact whatever
//! the edit was. Applying a step first takes the project as it is now, so
//! a step of the home screen (a creation, a deletion) brings back the
//! project with every edit made to it since, not an old copy.

use crate::model::{Id, Project, Timestamp, Workspace};

/// Most steps kept for undo in each history.
pub const LIMIT: usize = 200;
/// Consecutive edits of the same kind to the same thing (typing in one
/// note) within this many milliseconds of each other undo as one step.
pub const COALESCE_MS: u64 = 1500;

/// Which history a step belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The list of projects, on the home screen.
    Home,
    /// One project's own screens.
    Project(Id),
}

/// One project before and after a step; `None` where it did not exist.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub project: Id,
    pub before: Option<(usize, Project)>,
    pub after: Option<(usize, Project)>,
}

impl Change {
    /// Whether it changed a project that existed before and after (a
    /// rename or a replacing import, seen from the home screen).
    fn rewrites(&self) -> bool {
        self.before.is_some() && self.after.is_some()
    }
}

/// A step as it was undone or redone: the changes in the direction they
/// were first made, so `before → after` is what the user did.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub changes: Vec<Change>,
    coalesce: Option<String>,
    pub at: Timestamp,
}

#[derive(Clone, Debug, Default)]
struct Stack {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

/// The histories, each with its scope (a few at most: a plain list is
/// smaller in the wasm than a map).
#[derive(Clone, Debug, Default)]
pub struct History {
    stacks: Vec<(Scope, Stack)>,
}

impl History {
    /// Records a step in `scope`. A step with the same coalescing key as
    /// the previous one, soon after it, extends it instead.
    pub fn record(
        &mut self,
        scope: Scope,
        changes: Vec<Change>,
        coalesce: Option<String>,
        at: Timestamp,
    ) {
        if changes.is_empty() {
            return;
        }
        if let [change] = &changes[..] {
            if self.coalesces(&scope, &change.project, coalesce.as_deref(), at) {
                let after = changes.into_iter().next().and_then(|c| c.after);
                self.extend(scope, after, at);
                return;
            }
        }
        let rewritten = changes
            .iter()
            .filter(|c| c.rewrites())
            .map(|c| c.project.clone());
        self.keep_apart(&scope, rewritten.collect());
        let stack = self.stack_mut(scope);
        stack.redo.clear();
        stack.undo.push(Step {
            changes,
            coalesce,
            at,
        });
        if stack.undo.len() > LIMIT {
            stack.undo.remove(0);
        }
    }

    /// Whether a step on `project` with the coalescing key `key` at `at`
    /// would extend the last step of `scope` (typing on in one field)
    /// rather than make its own. The caller then needs no copy of the
    /// project from before the edit: the step already has it.
    pub fn coalesces(&self, scope: &Scope, project: &Id, key: Option<&str>, at: Timestamp) -> bool {
        let (Some(key), Some(last)) = (key, self.get(scope).and_then(|s| s.undo.last())) else {
            return false;
        };
        last.coalesce.as_deref() == Some(key)
            && matches!(&last.changes[..], [c] if c.project == *project)
            && at.0.saturating_sub(last.at.0) <= COALESCE_MS
    }

    /// Extends the last step of `scope` to end at `after` (only where
    /// [`History::coalesces`] said so).
    pub fn extend(&mut self, scope: Scope, after: Option<(usize, Project)>, at: Timestamp) {
        let Some(last) = self.get_mut(&scope).and_then(|s| s.undo.last_mut()) else {
            return;
        };
        last.changes[0].after = after;
        last.at = at;
        let rewritten = last.changes[0]
            .rewrites()
            .then(|| last.changes[0].project.clone());
        self.keep_apart(&scope, rewritten.into_iter().collect());
        if let Some(stack) = self.get_mut(&scope) {
            stack.redo.clear();
        }
    }

    /// Two histories must never both hold a whole copy of one project's
    /// content, or undoing in one would silently take back work recorded in
    /// the other. A rename or a replacing import from the home screen ends
    /// that project's own history (its steps describe another version); an
    /// edit on a project's screens ends the home steps that rewrote it.
    /// `rewritten`: the projects the step rewrote (existing before and
    /// after).
    fn keep_apart(&mut self, scope: &Scope, rewritten: Vec<Id>) {
        match scope {
            Scope::Home => {
                for id in rewritten {
                    self.drop_stack(&Scope::Project(id));
                }
            }
            Scope::Project(id) => {
                if let Some(home) = self.get_mut(&Scope::Home) {
                    let keep =
                        |s: &Step| !s.changes.iter().any(|c| &c.project == id && c.rewrites());
                    home.undo.retain(keep);
                    home.redo.retain(keep);
                }
            }
        }
    }

    fn get(&self, scope: &Scope) -> Option<&Stack> {
        self.stacks.iter().find(|(s, _)| s == scope).map(|(_, h)| h)
    }

    fn get_mut(&mut self, scope: &Scope) -> Option<&mut Stack> {
        self.stacks
            .iter_mut()
            .find(|(s, _)| s == scope)
            .map(|(_, h)| h)
    }

    fn stack_mut(&mut self, scope: Scope) -> &mut Stack {
        match self.stacks.iter().position(|(s, _)| *s == scope) {
            Some(i) => &mut self.stacks[i].1,
            None => {
                self.stacks.push((scope, Stack::default()));
                &mut self.stacks.last_mut().expect("just pushed").1
            }
        }
    }

    fn drop_stack(&mut self, scope: &Scope) {
        self.stacks.retain(|(s, _)| s != scope);
    }

    pub fn can_undo(&self, scope: &Scope) -> bool {
        self.get(scope).is_some_and(|s| !s.undo.is_empty())
    }

    pub fn can_redo(&self, scope: &Scope) -> bool {
        self.get(scope).is_some_and(|s| !s.redo.is_empty())
    }

    /// Undoes the last step of `scope`; returns it.
    pub fn undo(&mut self, scope: &Scope, ws: &mut Workspace) -> Option<Step> {
        let stack = self.get_mut(scope)?;
        let mut step = stack.undo.pop()?;
        for c in step.changes.iter_mut().rev() {
            c.after = current(ws, &c.project);
            put(ws, &c.project, &c.before);
        }
        step.coalesce = None;
        stack.redo.push(step.clone());
        Some(step)
    }

    /// Redoes the last undone step of `scope`; returns it.
    pub fn redo(&mut self, scope: &Scope, ws: &mut Workspace) -> Option<Step> {
        let stack = self.get_mut(scope)?;
        let mut step = stack.redo.pop()?;
        for c in &mut step.changes {
            c.before = current(ws, &c.project);
            put(ws, &c.project, &c.after);
        }
        // Never coalesce into a redone step.
        stack.undo.push(step.clone());
        Some(step)
    }

    /// Forgets every step that touched a project, for when that project
    /// changed elsewhere (another tab) and the steps no longer apply.
    pub fn forget(&mut self, id: &Id) {
        let keep = |s: &Step| s.changes.iter().all(|c| &c.project != id);
        for (_, stack) in &mut self.stacks {
            stack.undo.retain(keep);
            stack.redo.retain(keep);
        }
        self.drop_stack(&Scope::Project(id.clone()));
    }

    /// The steps of one history, oldest first, for keeping across a reload.
    pub fn steps(&self, scope: &Scope) -> (&[Step], &[Step]) {
        self.get(scope)
            .map_or((&[], &[]), |s| (&s.undo[..], &s.redo[..]))
    }

    /// Puts back a history kept across a reload, if it still fits the
    /// workspace: its last undo step must lead to the projects as they are
    /// now (its last redo step start from them), or the history is dropped.
    /// A home step that added or removed a project need only find it there
    /// or gone, since applying a step takes the project as it is now.
    pub fn restore(&mut self, scope: Scope, undo: Vec<Step>, redo: Vec<Step>, ws: &Workspace) {
        let exact = matches!(scope, Scope::Project(_));
        let fits = |step: Option<&Step>, side: fn(&Change) -> &Option<(usize, Project)>| {
            step.is_none_or(|s| {
                s.changes.iter().all(|c| {
                    let (kept, now) = (side(c).as_ref().map(|(_, p)| p), ws.get(&c.project));
                    if exact || c.rewrites() {
                        kept == now
                    } else {
                        kept.is_some() == now.is_some()
                    }
                })
            })
        };
        if fits(undo.last(), |c| &c.after)
            && fits(redo.last(), |c| &c.before)
            && !(undo.is_empty() && redo.is_empty())
        {
            self.drop_stack(&scope);
            self.stacks.push((scope, Stack { undo, redo }));
        }
    }
}

impl Step {
    /// A step read back from a kept history (never coalesced into).
    pub fn kept(changes: Vec<Change>, at: Timestamp) -> Step {
        Step {
            changes,
            coalesce: None,
            at,
        }
    }
}

fn current(ws: &Workspace, id: &Id) -> Option<(usize, Project)> {
    let i = ws.position(id)?;
    Some((i, ws.projects[i].clone()))
}

fn put(ws: &mut Workspace, id: &Id, state: &Option<(usize, Project)>) {
    // Restore the position too: remove first so `put` inserts.
    ws.remove(id);
    if let Some((index, project)) = state {
        ws.put(*index, project.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Id {
        Id::parse(s).unwrap()
    }

    fn project(i: &str, title: &str) -> Project {
        Project::new(id(i), title, Timestamp(0))
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

    fn in_project(p: &str) -> Scope {
        Scope::Project(id(p))
    }

    /// Sets a project's title as an edit on its own screens would.
    fn retitle(
        ws: &mut Workspace,
        h: &mut History,
        p: &str,
        title: &str,
        key: Option<&str>,
        at: u64,
    ) {
        let i = ws.position(&id(p)).unwrap();
        let before = ws.get(&id(p)).cloned().unwrap();
        let mut after = before.clone();
        after.title = title.into();
        ws.put(i, after.clone());
        h.record(
            in_project(p),
            vec![change(Some((i, before)), Some((i, after)))],
            key.map(Into::into),
            Timestamp(at),
        );
    }

    #[test]
    fn undo_and_redo_restore_exact_states_and_positions() {
        let mut ws = Workspace::default();
        ws.put(0, project("a", "A"));
        ws.put(1, project("b", "B"));
        let mut h = History::default();
        // Delete A (at index 0) from the home screen.
        let (i, a) = ws.remove(&id("a")).unwrap();
        h.record(
            Scope::Home,
            vec![change(Some((i, a)), None)],
            None,
            Timestamp(1),
        );
        assert_eq!(titles(&ws), ["B"]);
        let step = h.undo(&Scope::Home, &mut ws).unwrap();
        assert_eq!(step.changes[0].project, id("a"));
        assert_eq!(titles(&ws), ["A", "B"]);
        assert!(h.can_redo(&Scope::Home));
        h.redo(&Scope::Home, &mut ws);
        assert_eq!(titles(&ws), ["B"]);
        assert!(h.undo(&Scope::Home, &mut ws).is_some());
        assert!(h.undo(&Scope::Home, &mut ws).is_none());
    }

    #[test]
    fn each_project_undoes_only_its_own_edits() {
        let mut ws = Workspace::default();
        ws.put(0, project("a", "A"));
        ws.put(1, project("b", "B"));
        let mut h = History::default();
        retitle(&mut ws, &mut h, "b", "B typed", None, 1);
        // On A's screens there is nothing to undo, and trying changes nothing.
        assert!(!h.can_undo(&in_project("a")));
        assert!(h.undo(&in_project("a"), &mut ws).is_none());
        assert_eq!(titles(&ws), ["A", "B typed"]);
        retitle(&mut ws, &mut h, "a", "A typed", None, 2);
        // B's undo takes back B's edit, though A's came later.
        h.undo(&in_project("b"), &mut ws).unwrap();
        assert_eq!(titles(&ws), ["A typed", "B"]);
        assert!(h.can_undo(&in_project("a")));
        assert!(!h.can_undo(&Scope::Home));
        h.undo(&in_project("a"), &mut ws).unwrap();
        assert_eq!(titles(&ws), ["A", "B"]);
        h.redo(&in_project("b"), &mut ws).unwrap();
        assert_eq!(titles(&ws), ["A", "B typed"]);
    }

    #[test]
    fn a_home_step_brings_back_a_project_with_the_edits_made_since() {
        let mut ws = Workspace::default();
        let mut h = History::default();
        // Created on the home screen, then edited on its own screens.
        ws.put(0, project("a", "A"));
        h.record(
            Scope::Home,
            vec![change(None, Some((0, project("a", "A"))))],
            None,
            Timestamp(1),
        );
        retitle(&mut ws, &mut h, "a", "A edited", None, 2);
        // Undoing the creation removes it; redoing brings it back as it was
        // when it went, edits included, and its own history still works.
        h.undo(&Scope::Home, &mut ws).unwrap();
        assert!(titles(&ws).is_empty());
        h.redo(&Scope::Home, &mut ws).unwrap();
        assert_eq!(titles(&ws), ["A edited"]);
        h.undo(&in_project("a"), &mut ws).unwrap();
        assert_eq!(titles(&ws), ["A"]);
    }

    #[test]
    fn a_rename_from_home_and_the_projects_own_edits_never_undo_each_other() {
        let mut ws = Workspace::default();
        ws.put(0, project("a", "A"));
        let mut h = History::default();
        retitle(&mut ws, &mut h, "a", "A edited", None, 1);
        // Renamed from the home screen: the project's older steps describe
        // another version, so they go rather than undo the rename.
        let before = ws.get(&id("a")).cloned().unwrap();
        let mut after = before.clone();
        after.title = "Renamed".into();
        ws.put(0, after.clone());
        h.record(
            Scope::Home,
            vec![change(Some((0, before)), Some((0, after)))],
            None,
            Timestamp(2),
        );
        assert!(!h.can_undo(&in_project("a")));
        // And an edit on its screens ends the home step that would take it back.
        retitle(&mut ws, &mut h, "a", "Renamed and edited", None, 3);
        assert!(!h.can_undo(&Scope::Home));
        h.undo(&in_project("a"), &mut ws).unwrap();
        assert_eq!(titles(&ws), ["Renamed"]);
    }

    #[test]
    fn typing_in_one_place_coalesces_but_pauses_and_other_places_do_not() {
        let mut ws = Workspace::default();
        ws.put(0, project("a", ""));
        let mut h = History::default();
        retitle(&mut ws, &mut h, "a", "K", Some("title"), 1000);
        retitle(&mut ws, &mut h, "a", "Ko", Some("title"), 1500);
        retitle(&mut ws, &mut h, "a", "Kol", Some("title"), 2500);
        retitle(&mut ws, &mut h, "a", "Kola", Some("title"), 9000); // after a pause
        retitle(&mut ws, &mut h, "a", "Kola!", Some("pitch"), 9100); // another field
        let a = in_project("a");
        h.undo(&a, &mut ws);
        assert_eq!(titles(&ws), ["Kola"]);
        h.undo(&a, &mut ws);
        assert_eq!(titles(&ws), ["Kol"]);
        h.undo(&a, &mut ws);
        assert_eq!(titles(&ws), [""]);
        assert!(!h.can_undo(&a));
    }

    #[test]
    fn a_new_edit_clears_redo_and_the_limit_holds() {
        let mut ws = Workspace::default();
        let mut h = History::default();
        for n in 0..(LIMIT + 10) {
            let p = project(&format!("p{n}"), "x");
            ws.put(n, p.clone());
            h.record(
                Scope::Home,
                vec![change(None, Some((n, p)))],
                None,
                Timestamp(n as u64),
            );
        }
        assert_eq!(h.steps(&Scope::Home).0.len(), LIMIT);
        h.undo(&Scope::Home, &mut ws);
        assert!(h.can_redo(&Scope::Home));
        h.record(
            Scope::Home,
            vec![change(None, Some((0, project("z", "z"))))],
            None,
            Timestamp(0),
        );
        assert!(!h.can_redo(&Scope::Home));
    }

    #[test]
    fn forgetting_a_project_drops_its_steps_everywhere() {
        let mut h = History::default();
        h.record(
            Scope::Home,
            vec![change(None, Some((0, project("a", "A"))))],
            None,
            Timestamp(0),
        );
        h.record(
            Scope::Home,
            vec![change(None, Some((1, project("b", "B"))))],
            None,
            Timestamp(0),
        );
        let mut ws = Workspace::default();
        ws.put(0, project("a", "A"));
        ws.put(1, project("b", "B"));
        retitle(&mut ws, &mut h, "a", "A2", None, 1);
        h.forget(&id("a"));
        assert!(!h.can_undo(&in_project("a")));
        assert_eq!(
            h.undo(&Scope::Home, &mut ws).unwrap().changes[0].project,
            id("b")
        );
        assert!(!h.can_undo(&Scope::Home));
    }

    #[test]
    fn a_kept_history_is_restored_only_where_it_still_fits() {
        let mut ws = Workspace::default();
        ws.put(0, project("a", "A"));
        let mut h = History::default();
        retitle(&mut ws, &mut h, "a", "A1", None, 1);
        retitle(&mut ws, &mut h, "a", "A2", None, 2);
        h.undo(&in_project("a"), &mut ws);
        let (undo, redo) = h.steps(&in_project("a"));
        let (undo, redo) = (undo.to_vec(), redo.to_vec());

        let mut fresh = History::default();
        fresh.restore(in_project("a"), undo.clone(), redo.clone(), &ws);
        fresh.redo(&in_project("a"), &mut ws).unwrap();
        assert_eq!(titles(&ws), ["A2"]);
        fresh.undo(&in_project("a"), &mut ws).unwrap();
        fresh.undo(&in_project("a"), &mut ws).unwrap();
        assert_eq!(titles(&ws), ["A"]);

        // The home screen's creation step still fits a project edited
        // since: it only needs the project to be there.
        let mut home = History::default();
        let created = vec![Step::kept(
            vec![change(None, Some((0, project("a", "A"))))],
            Timestamp(0),
        )];
        home.restore(Scope::Home, created.clone(), vec![], &ws);
        assert!(home.can_undo(&Scope::Home));
        let mut empty = Workspace::default();
        let mut gone = History::default();
        gone.restore(Scope::Home, created, vec![], &empty);
        assert!(!gone.can_undo(&Scope::Home), "nothing to remove");
        assert!(gone.undo(&Scope::Home, &mut empty).is_none());

        // The project changed meanwhile (another tab): the kept steps no
        // longer lead to it, so none is put back.
        let mut elsewhere = History::default();
        elsewhere.restore(in_project("a"), undo, redo, &ws);
        assert!(!elsewhere.can_undo(&in_project("a")));
        assert!(!elsewhere.can_redo(&in_project("a")));
    }
}
