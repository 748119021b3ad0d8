//! The app's frame: context, global listeners, header, the current screen.

use super::canvas::CanvasPage;
use super::diffusion::DiffusionPage;
use super::feasibility::FeasibilityPage;
use super::files::{import_files, ConflictDialog, DropZone};
use super::fit::FitPage;
use super::header::Header;
use super::home::Home;
use super::messages::Messages;
use super::page::Facilitator;
use super::project::{DetailsPage, NotFound};
use super::state::{focus_by_id, location_hash, on_window, AppState};
use crate::route::Route;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The app; `facilitator` is what the facilitator's page adds (see
/// `ui/page.rs`), `None` on the creator's page.
#[component]
pub fn App(facilitator: Option<&'static Facilitator>) -> impl IntoView {
    let app = AppState::init();
    provide_context(app);
    super::page::set(facilitator);
    // drafts: refused typed text, kept for the whole session
    provide_context(super::draft::Drafts::new());
    super::guide::Guides::install(app);
    super::projector::install();
    super::feedback::FeedbackStore::install();
    if let Some(f) = facilitator {
        (f.install)();
    }
    super::kept_history::install(app);
    super::update::install(app);

    // Screens live in the URL fragment.
    on_window(ev::hashchange, move |_| {
        let route = Route::parse(&location_hash());
        if super::page::hand_over(&route) {
            return;
        }
        // Already there: the app showed it itself (`AppState::show`).
        if route == app.route.get_untracked() {
            return;
        }
        app.route.set(route);
        app.focus_note.set(None);
        // Move focus to the new screen, for keyboard and screen reader users.
        focus_by_id("main");
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });

    // Another tab saved something.
    on_window(ev::storage, move |e: web_sys::StorageEvent| {
        match e.key() {
            Some(key) => {
                if let Some(f) = facilitator {
                    (f.external_change)(&key);
                }
                app.external_change(&key, e.new_value())
            }
            // `localStorage.clear()` elsewhere: nothing of ours is lost
            // while this tab still holds it.
            None => app.storage_cleared(),
        }
    });

    // Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo the app's history
    // everywhere, text fields included: every keystroke is already in it.
    on_window(ev::keydown, move |e: web_sys::KeyboardEvent| {
        if !(e.ctrl_key() || e.meta_key()) || e.alt_key() || e.default_prevented() {
            return;
        }
        // A dialog's fields are a draft outside the history, and comments
        // and replies (`data-own-undo`) are kept apart from the projects:
        // their own undo is the browser's.
        let in_dialog = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| {
                el.closest("dialog, [data-own-undo]")
                    .ok()
                    .flatten()
                    .is_some()
            });
        // Projector view presents; nothing pressed there changes the work.
        if in_dialog || super::projector::projector_on_untracked() {
            return;
        }
        match (e.key().to_ascii_lowercase().as_str(), e.shift_key()) {
            ("z", false) => {
                e.prevent_default();
                app.undo();
            }
            ("z", true) | ("y", false) => {
                e.prevent_default();
                app.redo();
            }
            _ => {}
        }
    });

    // The document's language and title follow the app.
    Effect::new(move |_| {
        let lang = app.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
    });
    Effect::new(move |_| {
        let t = app.t();
        let project_title = app.route.with(|r| {
            r.project()
                .and_then(|id| app.session.with(|s| s.project(id).map(|p| p.title.clone())))
        });
        let route = app.route.get();
        let screen = super::header::screen_name(t, &route);
        let title = match (route, project_title) {
            (Route::Home | Route::NotFound, _) => format!("{screen} · Canevas"),
            (_, Some(p)) => format!("{p} · {screen} · Canevas"),
            // A project that is not here: the screen says so.
            (r, None) if r.project().is_some() => format!("{} · Canevas", t.not_found_title),
            (Route::CohortCompare(_), _) => {
                format!("{screen} · {} · Canevas", t.facilitation.cohort)
            }
            _ => format!("{screen} · Canevas"),
        };
        document().set_title(&title);
    });

    let skip = move |e: ev::MouseEvent| {
        // The fragment holds the route, so the skip link focuses by hand.
        e.prevent_default();
        focus_by_id("main");
    };

    let screen = move || match app.route.get() {
        Route::Home => view! { <Home/> }.into_any(),
        Route::Project(id) => view! { <DetailsPage id/> }.into_any(),
        Route::Canvas(id) => view! { <CanvasPage id/> }.into_any(),
        Route::Fit(id) => view! { <FitPage id/> }.into_any(),
        Route::Diffusion(id) => view! { <DiffusionPage id/> }.into_any(),
        Route::Feasibility(id) => view! { <FeasibilityPage id/> }.into_any(),
        Route::Pitch(id) => view! { <super::pitch::PitchPage id/> }.into_any(),
        // dossier (issue 12)
        Route::Dossier(id) => view! { <super::dossier::DossierPage id/> }.into_any(),
        // coherence (issue 16)
        Route::Coherence(id) => view! { <super::coherence::CoherencePage id/> }.into_any(),
        Route::Comments(id) => view! { <super::feedback::CommentsPage id/> }.into_any(),
        // The creator's page has handed these over (`page::hand_over`).
        r @ (Route::Exercises
        | Route::Cohort
        | Route::CohortProject(_)
        | Route::CohortCompare(_)) => match facilitator {
            Some(f) => (f.screen)(r),
            None => ().into_any(),
        },
        // examples (issue 13)
        Route::Help => view! { <super::help::HelpPage/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip>{move || app.t().skip_to_content}</a>
        <Header/>
        <Messages/>
        {facilitator.map(|f| (f.panel)())}
        // On the wall only <main> scrolls, so it is in the tab order there
        // (a scrolling region the keyboard can reach); elsewhere it takes
        // focus only when a screen opens.
        <main id="main" tabindex=move || if super::projector::projector_on() { "0" } else { "-1" }>{screen}</main>
        <ConflictDialog/>
        // Files dropped on the cohort board join the cohort.
        <DropZone on_files=move |files| match (app.route.get_untracked(), facilitator) {
            (Route::Cohort, Some(f)) => (f.join_cohort)(files),
            _ => import_files(app, files),
        }/>
    }
}
