//! The browser interface: thin Leptos components over the session, store
//! and format layers. One folder per tool; shared pieces beside them.

mod app;
mod canvas;
// coherence (issue 16)
mod coherence;
mod dialog;
mod diffusion;
mod dom;
// dossier (issue 12): the whole project as one document
mod dossier;
mod draft;
mod feedback;
mod fetch;
// Only the facilitator's page names it (ui/page.rs).
pub mod facilitator;
mod feasibility;
mod files;
mod fit;
mod guide;
mod header;
// examples (issue 13): help page, shortcuts, example projects.
mod help;
mod home;
pub mod intl;
mod kept_history;
mod messages;
pub mod page;
// the long screens' map (issue 13, point 2)
mod parts;
// pitch (issue 12): the slides for demo day
mod pitch;
mod present;
mod project;
mod projector;
mod state;
mod undo_view;
mod update;

pub use app::App;
use leptos::prelude::*;

/// Mounts the creator's page (`index.html`).
pub fn mount() {
    let route = crate::route::Route::parse(&state::location_hash());
    // A facilitator's address: the facilitator's page opens instead.
    if page::hand_over(&route) {
        return;
    }
    mount_page(None);
}

/// Mounts the facilitator's page (`facilitator.html`).
pub fn mount_facilitator() {
    mount_page(Some(&facilitator::SCREENS));
}

/// Mounts the app on the page and marks the document ready (tests and the
/// benchmark wait for that mark).
fn mount_page(facilitator: Option<&'static page::Facilitator>) {
    leptos::mount::mount_to_body(move || view! { <App facilitator/> });
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(loading) = document.get_element_by_id("loading") {
        loading.remove();
    }
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-ready", "true");
    }
}
