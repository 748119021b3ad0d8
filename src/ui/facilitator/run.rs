//! Starting a run: which project the room works on (one of the
//! facilitator's, or a new blank demo project), then the timer takes the
//! room to the first step's place.

use super::exercises::library;
use super::timer::lead;
use crate::i18n::or;
use crate::model::{Id, Run};
use crate::session::ProjectDetails;
use crate::ui::dialog::Modal;
use crate::ui::state::{focus_by_id, now, use_app};
use leptos::prelude::*;

/// The value of the "new demo project" choice (ids never hold a colon).
const DEMO: &str = ":demo";

/// The dialog shown by an exercise's Run button; `exercise` is the one
/// being started while it is open.
#[component]
pub fn RunDialog(exercise: RwSignal<Option<Id>>) -> impl IntoView {
    let app = use_app();
    let lib = library();
    let choice = RwSignal::new(String::new());
    let open = Signal::derive(move || exercise.with(Option::is_some));
    // The most recently changed project is the likely one; with none, a demo.
    Effect::new(move |_| {
        if open.get() {
            let first = app.session.with_untracked(|s| {
                s.workspace()
                    .projects
                    .iter()
                    .max_by_key(|p| p.updated_at)
                    .map(|p| p.id.to_string())
            });
            choice.set(first.unwrap_or_else(|| DEMO.to_owned()));
        }
    });
    let title = move || {
        exercise
            .get()
            .and_then(|id| lib.find(app.t(), &id))
            .map(|x| (app.t().facilitator().run_title)(&x.title))
            .unwrap_or_default()
    };
    let start = move || {
        let Some(x) = exercise
            .get_untracked()
            .and_then(|id| lib.find(app.t(), &id))
        else {
            return;
        };
        let chosen = choice.get_untracked();
        let project = match Id::parse(&chosen) {
            Some(id) if app.session.with_untracked(|s| s.project(&id).is_some()) => id,
            _ => app.change(|s| {
                let details = ProjectDetails {
                    title: (app.t().facilitator().demo_title)(&x.title),
                    ..ProjectDetails::default()
                };
                s.create_project(details, now())
            }),
        };
        exercise.set(None);
        lib.change_run(|r, at| {
            *r = Some(Run {
                project: Some(project),
                ..Run::start(&x, at)
            })
        });
        lead(app, lib, true);
        request_animation_frame(|| focus_by_id("timer"));
    };
    let projects = move || {
        app.session.with(|s| {
            s.workspace()
                .projects
                .iter()
                .map(|p| (p.id.to_string(), or(&p.title, app.t().untitled)))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Modal open on_close=move |_| exercise.set(None) labelled_by="run-title">
            <form class="run-dialog" on:submit=move |e| { e.prevent_default(); start(); }>
                <h2 id="run-title">{title}</h2>
                <p class="field">
                    <label for="run-project">{move || app.t().facilitator().run_project}</label>
                    <select id="run-project" autofocus prop:value=move || choice.get() on:change:target=move |e| choice.set(e.target().value())>
                        {move || projects().into_iter().map(|(id, name)| {
                            let selected = choice.get_untracked() == id;
                            view! { <option value=id selected=selected>{name}</option> }
                        }).collect_view()}
                        <option value=DEMO selected=move || choice.get() == DEMO>{move || app.t().facilitator().run_demo}</option>
                    </select>
                </p>
                <div class="dialog-actions">
                    <button type="submit" class="primary">{move || app.t().facilitator().start}</button>
                    <button type="button" on:click=move |_| exercise.set(None)>{move || app.t().cancel}</button>
                </div>
            </form>
        </Modal>
    }
}
