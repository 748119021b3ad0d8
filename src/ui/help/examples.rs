//! Opening an example project: its file is fetched from the app's own
//! `examples/` folder (never compiled into the wasm; the service worker
//! keeps it once fetched) and read through the format's one import path
//! into a new project of the user's, marked as an example.

use super::super::dialog::Modal;
use super::super::fetch::fetch;
use super::super::state::{now, use_app, AppState};
use crate::format::exchange::{read, Incoming};
use crate::i18n::Lang;
use crate::model::example::{path, EXAMPLES};
use crate::model::{Discipline, Id};
use crate::route::Route;
use crate::session::OnConflict;
use leptos::prelude::*;

/// Adds the discipline's example in the interface's language as a new
/// project (a second one if it is already here: opening it again gives a
/// fresh copy) and opens its canvas. One undoable step of the home screen.
fn open(app: AppState, d: Discipline) {
    let french = app.lang.get_untracked() == Lang::Fr;
    leptos::task::spawn_local(async move {
        let projects = match fetch(&path(d, french)).await.map(|b| read(&b)) {
            Some(Ok(Incoming::Projects(projects, _))) => projects,
            _ => {
                app.say(true, |t| t.help.example_failed.to_owned());
                return;
            }
        };
        let at = now();
        let projects = projects
            .into_iter()
            .map(|mut p| {
                // Added today: it sorts and reads as new.
                p.updated_at = at;
                p
            })
            .collect();
        let outcome = app.change(|s| s.import(projects, OnConflict::KeepBoth, at));
        let Some(id) = outcome.ids.first().cloned() else {
            return;
        };
        let title = app
            .session
            .with_untracked(|s| s.project(&id).map(|p| p.title.clone()))
            .unwrap_or_default();
        app.navigate(Route::Canvas(id));
        app.say(false, move |t| (t.help.example_opened)(&title));
    });
}

/// One button per discipline with an example.
#[component]
pub fn ExampleChoices(#[prop(optional)] on_choose: Option<Callback<()>>) -> impl IntoView {
    let app = use_app();
    view! {
        <ul class="example-choices">
            {EXAMPLES.into_iter().map(|d| view! {
                <li>
                    <button type="button" on:click=move |_| {
                        if let Some(c) = on_choose {
                            c.run(());
                        }
                        open(app, d);
                    }>
                        // Named "Music A debut EP in Accra": the two are
                        // laid out (and so read) apart.
                        <strong>{move || (app.t().discipline)(d)}</strong>
                        <span>{move || (app.t().help.example_of)(d)}</span>
                    </button>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// "Open an example", for a home screen that already has projects.
#[component]
pub fn OpenExampleButton() -> impl IntoView {
    let app = use_app();
    let open = RwSignal::new(false);
    let close = Callback::new(move |_| open.set(false));
    view! {
        <button type="button" class="open-example" aria-haspopup="dialog" on:click=move |_| open.set(true)>{move || app.t().help.open_example}</button>
        <Modal open on_close=close labelled_by="examples-title">
            <div class="dialog-head">
                <h2 id="examples-title">{move || app.t().help.open_example}</h2>
                <button type="button" on:click=move |_| open.set(false)>{move || app.t().help.close}</button>
            </div>
            <p>{move || app.t().help.examples_intro}</p>
            <p class="hint">{move || app.t().help.example_hint}</p>
            <ExampleChoices on_choose=close/>
        </Modal>
    }
}

/// "Example", beside the title of a project that is one.
#[component]
pub fn ExampleBadge(id: Id) -> impl IntoView {
    let app = use_app();
    let example = Memo::new(move |_| {
        app.session
            .with(|s| s.project(&id).is_some_and(|p| p.example))
    });
    move || {
        example
            .get()
            .then(|| view! { " " <span class="example-badge">{move || app.t().help.example_badge}</span> })
    }
}
