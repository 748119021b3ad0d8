//! Telling the user about new builds of Canevas. The service worker
//! (public/sw.js) serves the build a page started with and stores a new one
//! for the next visit, so a page never changes under someone's hands; this
//! says when a new build is ready and, on the next visit, that it opened.

use super::state::{on_window, AppState};
use crate::storage::build::{self, Opened};
use crate::storage::local::Local;
use leptos::ev;

pub fn install(app: AppState) {
    let name = leptos::prelude::document()
        .query_selector("meta[name=canevas-build]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default();
    if let Some(mut local) = Local::open() {
        if build::opened(&mut local, &name) == Opened::Updated {
            app.say(false, |t| t.build_updated.to_owned());
        }
    }
    // index.html's script: a new worker took over from an earlier one.
    on_window(
        ev::Custom::<ev::Event>::new("canevas-build-ready"),
        move |_| {
            app.say(false, |t| t.build_ready.to_owned());
        },
    );
}
