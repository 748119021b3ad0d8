//! After Undo or Redo: bring what changed into view, and say what it was.
//!
//! A step on a project's screens may have changed another screen of the
//! project, or a note scrolled out of sight: the app shows that screen,
//! puts the note in view (keeping focus where the user works), and the
//! message says what was undone ("Undid: note deleted in Channels").

use super::state::{focus_by_id, AppState};
use crate::history::{Scope, Step};
use crate::i18n::Strings;
use crate::model::diff::{self, Action, Part};
use crate::model::{Block, Id};
use crate::route::Route;
use leptos::prelude::*;

/// What a step did, in words chosen when the message is drawn (so they
/// follow a language switch).
#[derive(Clone)]
pub enum Said {
    Note(Action, Block),
    In(Part),
    Added(String),
    Deleted(String),
    Renamed(String),
    Imported(usize),
}

impl Said {
    pub fn text(&self, t: &Strings) -> String {
        match self {
            Said::Note(action, block) => (t.did_note)(*action, (t.block)(*block)),
            Said::In(part) => (t.did_in)(match part {
                Part::Details | Part::Canvas(_) => t.project_details,
                Part::Fit => t.fit.title,
                Part::Feasibility => t.feasibility.title,
                Part::Diffusion => t.diffusion.title,
                Part::Coherence => t.coherence.title,
            }),
            Said::Added(title) => (t.did_add_project)(title),
            Said::Deleted(title) => (t.did_delete_project)(title),
            Said::Renamed(title) => (t.did_rename_project)(title),
            Said::Imported(n) => (t.did_import)(super::intl::count(t.lang, *n)),
        }
    }
}

/// Shows what `step` (just undone or redone in `scope`) changed, and
/// returns what to say about it.
pub fn reveal(app: &AppState, scope: &Scope, step: &Step) -> Said {
    let single = match &step.changes[..] {
        [one] => one,
        many => return Said::Imported(many.len()),
    };
    let (before, after) = (single.before.as_ref(), single.after.as_ref());
    match (scope, before.map(|(_, p)| p), after.map(|(_, p)| p)) {
        (Scope::Project(id), Some(before), Some(after)) => match diff::describe(before, after) {
            Some(edit) => show_edit(app, id, edit),
            None => Said::In(Part::Details),
        },
        (_, None, Some(p)) => Said::Added(p.title.clone()),
        (_, Some(p), None) => Said::Deleted(p.title.clone()),
        // From the home screen: a rename, or a replacing import of one.
        (_, Some(b), Some(a)) if b.title == a.title => Said::Imported(1),
        (_, _, after) => Said::Renamed(after.map(|p| p.title.clone()).unwrap_or_default()),
    }
}

fn show_edit(app: &AppState, id: &Id, edit: diff::Edit) -> Said {
    let target = match edit.part {
        Part::Details => Route::Project(id.clone()),
        Part::Canvas(_) => Route::Canvas(id.clone()),
        Part::Fit => Route::Fit(id.clone()),
        Part::Feasibility => Route::Feasibility(id.clone()),
        Part::Diffusion => Route::Diffusion(id.clone()),
        Part::Coherence => Route::Coherence(id.clone()),
    };
    // Focus follows the change only if the user was working on the screen
    // (Ctrl+Z in a note); from the header's buttons it stays on the button.
    let working = focus_in_main();
    let elsewhere = app.route.get_untracked() != target;
    app.show(target);
    let Part::Canvas(block) = edit.part else {
        if elsewhere && working {
            after_render(|| focus_by_id("main"));
        }
        return Said::In(edit.part);
    };
    let note = edit.note.filter(|n| {
        app.session
            .with_untracked(|s| s.project(id).is_some_and(|p| p.canvas.note(n).is_some()))
    });
    match (note, working) {
        (Some(note), true) => app.focus_note.set(Some(note)),
        (Some(note), false) => after_render(move || scroll_to(&format!("note-{note}"))),
        // The note is gone (an addition undone): its block's Add button.
        (None, true) => after_render(move || focus_by_id(&super::canvas::add_button_id(block))),
        (None, false) => after_render(move || scroll_to(&super::canvas::add_button_id(block))),
    }
    Said::Note(edit.action, block)
}

fn focus_in_main() -> bool {
    document()
        .active_element()
        .is_some_and(|el| el.closest("main").ok().flatten().is_some())
}

/// Runs once the screen has drawn the change.
fn after_render(f: impl FnOnce() + 'static) {
    request_animation_frame(f);
}

fn scroll_to(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
