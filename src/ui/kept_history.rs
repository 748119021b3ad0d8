//! Keeps the undo history of the open project (and of the home screen)
//! across a reload of the same tab, in the browser's session storage.
//!
//! Written when the page is hidden or left (a reload, a switch of tab),
//! not at every keystroke: typing stays as fast as it was. Read back once
//! at start, and only where it still leads to the projects as stored.

use super::state::{on_window, AppState};
use crate::format::history;
use crate::history::Scope;
use leptos::ev;
use leptos::prelude::*;

const KEY: &str = "canevas.history";
/// About 2 million characters: well inside the 5 MB a browser gives session
/// storage, whatever the size of the projects.
const MAX_CHARS: usize = 2_000_000;

pub fn install(app: AppState) {
    restore(app);
    on_window(ev::pagehide, move |_| keep(app));
    on_window(ev::visibilitychange, move |_| {
        if document().hidden() {
            keep(app);
        }
    });
}

fn storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

fn restore(app: AppState) {
    let Some(text) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) else {
        return;
    };
    app.session.update(|s| {
        for (scope, undo, redo) in history::read(&text) {
            s.restore_history(scope, undo, redo);
        }
    });
}

fn keep(app: AppState) {
    let Some(storage) = storage() else { return };
    let mut scopes = vec![Scope::Home];
    if let Some(id) = app.route.get_untracked().project() {
        scopes.push(Scope::Project(id.clone()));
    }
    let text = app.session.with_untracked(|s| {
        let kept: Vec<_> = scopes
            .iter()
            .map(|scope| {
                let (undo, redo) = s.history().steps(scope);
                (scope, undo, redo)
            })
            .collect();
        history::write(&kept, MAX_CHARS)
    });
    // A history too large to keep is only a convenience lost: drop it
    // rather than leave an older one that no longer fits.
    if storage.set_item(KEY, &text).is_err() {
        let _ = storage.remove_item(KEY);
    }
}
