//! The app's two pages, one origin, one local storage.
//!
//! `index.html` is the creator's page: every tool of a project, the help,
//! the feedback a creator receives. `facilitator.html` is the same app plus
//! the facilitator's screens (the exercises and their timer, the cohort
//! board, the wall, comparisons), built as its own binary
//! (`src/bin/facilitator.rs`) that hands them in as [`Facilitator`] hooks.
//! The creator's binary never names the facilitator's code, so the linker
//! leaves it out and a creator never downloads it (issue 14: about 70 KB
//! of the first visit). A facilitator's address opened on the creator's
//! page goes on to the facilitator's page.

use crate::route::Route;
use leptos::prelude::*;

/// The facilitator's page, beside `index.html`.
pub const FACILITATOR_PAGE: &str = "facilitator.html";

/// What the facilitator's page adds to the app.
pub struct Facilitator {
    /// Reads the facilitator's records, once, when the app starts.
    pub install: fn(),
    /// The screen of a facilitator's route ([`Route::is_facilitator`]).
    pub screen: fn(Route) -> AnyView,
    /// Shown on every screen: the exercise timer while a run is on.
    pub panel: fn() -> AnyView,
    /// Another tab changed a stored key.
    pub external_change: fn(&str),
    /// Files dropped on the cohort board.
    pub join_cohort: fn(Vec<web_sys::File>),
    /// An exercises file was imported.
    /// (The file's name, for a message if it does not read.)
    pub import_exercises: fn(String, crate::format::exchange::Unread),
    /// A feedback file was imported: a team's answers to the mentor.
    pub import_answers: fn(Vec<crate::model::feedback::Feedback>),
}

thread_local! {
    /// This page's facilitator's screens, if it is the facilitator's page;
    /// also for code that runs outside the component tree (a file read
    /// after an await has no reactive owner to ask).
    static PAGE: std::cell::Cell<Option<&'static Facilitator>> = const { std::cell::Cell::new(None) };
}

/// Says which page this is; called once by the app.
pub fn set(facilitator: Option<&'static Facilitator>) {
    PAGE.with(|p| p.set(facilitator));
}

/// The facilitator's screens, on the facilitator's page.
pub fn facilitator() -> Option<&'static Facilitator> {
    PAGE.with(std::cell::Cell::get)
}

/// Where a link to `route` goes from this page: a facilitator's screen
/// seen from the creator's page is on the other page.
pub fn href(route: &Route) -> String {
    match facilitator() {
        None if route.is_facilitator() => format!("{FACILITATOR_PAGE}{}", route.href()),
        _ => route.href(),
    }
}

/// On the creator's page, takes a facilitator's address to the
/// facilitator's page, without a step in the browser's history. Returns
/// whether it did.
pub fn hand_over(route: &Route) -> bool {
    let leave = facilitator().is_none() && route.is_facilitator();
    if leave {
        let _ = window().location().replace(&href(route));
    }
    leave
}
