//! The home screen: the list of projects and what can be done to them.

// backup (issue 10): last export and the reminder.
mod backup;
// search (issue 13): finding a project by its words
mod search;

use super::dialog::Modal;
use super::files::export_projects;
use super::help::{ExampleBadge, ExampleChoices, OpenExampleButton};
use super::intl;
use super::project::DetailsFields;
use super::state::{focus_by_id, neighbour, now, use_app};
use crate::format::Kind;
use crate::model::coherence;
use crate::model::Id;
use crate::route::Route;
use crate::session::ProjectDetails;
use leptos::html;
use leptos::prelude::*;

const NEW_PROJECT_ID: &str = "new-project";

fn link_id(id: &Id) -> String {
    format!("project-link-{id}")
}

#[component]
pub fn Home() -> impl IntoView {
    let app = use_app();
    let ids = Memo::new(move |_| {
        app.session.with(|s| {
            s.workspace()
                .projects
                .iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let creating = RwSignal::new(false);
    let renaming = RwSignal::new(None::<Id>);
    let query = RwSignal::new(String::new());
    let shown = search::shown(ids, query);
    view! {
        <div class="page-head">
            <h1>{move || app.t().home_title}</h1>
            <button type="button" class="primary" id=NEW_PROJECT_ID on:click=move |_| creating.set(true)>
                {move || app.t().new_project}
            </button>
            // examples (issue 13): in the empty state they are listed below.
            {move || (!ids.with(Vec::is_empty)).then(|| view! { <OpenExampleButton/> })}
        </div>
        <backup::BackupStatus/>
        <Show
            when=move || !ids.with(Vec::is_empty)
            fallback=move || view! {
                <div class="empty">
                    <h2>{move || app.t().empty_title}</h2>
                    <p>{move || app.t().empty_body}</p>
                    <section class="examples" aria-labelledby="examples-heading">
                        <h2 id="examples-heading">{move || app.t().help.open_example}</h2>
                        <p>{move || app.t().help.examples_intro}</p>
                        <ExampleChoices/>
                    </section>
                </div>
            }
        >
            <Show when=move || ids.with(|v| v.len() > 1) || !query.with(String::is_empty)>
                <search::SearchBox query shown/>
            </Show>
            <ul class="project-list">
                <For each=move || shown.get() key=|id| id.clone() children=move |id| view! { <li><ProjectCard id renaming/></li> }/>
            </ul>
        </Show>
        <NewProjectDialog open=creating/>
        <RenameDialog renaming/>
    }
}

#[component]
fn ProjectCard(id: Id, renaming: RwSignal<Option<Id>>) -> impl IntoView {
    let app = use_app();
    let read = id.clone();
    let project = Memo::new(move |_| app.session.with(|s| s.project(&read).cloned()));
    let heading = format!("project-{id}");
    let labelled_by = heading.clone();
    let title = move || {
        project.with(|p| crate::i18n::or(p.as_ref().map_or("", |p| &p.title), app.t().untitled))
    };
    let meta = move || {
        let t = app.t();
        project.with(|p| {
            let Some(p) = p else { return String::new() };
            let mut parts = vec![(t.discipline)(p.discipline).to_owned()];
            if !p.country.trim().is_empty() {
                parts.push(p.country.clone());
            }
            parts.push((t.note_count)(intl::count(t.lang, p.canvas.note_count())));
            parts.push((t.blocks_filled)(intl::count(
                t.lang,
                p.canvas.filled_blocks(),
            )));
            parts.push((t.updated_on)(&intl::day(t.lang, p.updated_at)));
            parts.join(" · ")
        })
    };
    // The coherence score (issue 16), a link to the panel; none until a
    // check applies.
    let coherence_href = Route::Coherence(id.clone()).href();
    let coherence = move || {
        let t = app.t();
        let today = crate::model::diffusion::Date::from_timestamp(now());
        let (held, of) = project.with(|p| coherence::score(p.as_ref()?, today))?;
        let text = (t.coherence.card)(held, of);
        Some(view! { <p class="card-coherence"><a href=coherence_href.clone()>{text}</a></p> })
    };
    let (dup_id, del_id, exp_id, ren_id) = (id.clone(), id.clone(), id.clone(), id.clone());
    let duplicate = move |_| {
        let title = app.session.with_untracked(|s| {
            let base = s
                .project(&dup_id)
                .map(|p| (app.t().copy_of)(&p.title))
                .unwrap_or_default();
            s.workspace().unused_title(&base)
        });
        app.change(|s| s.duplicate_project(&dup_id, title, now()));
    };
    let delete = move |_| {
        // Keep the keyboard's place: the next project, else the previous
        // one, else "New project".
        let neighbour = app.session.with_untracked(|s| {
            let at = s.workspace().position(&del_id)?;
            neighbour(&s.workspace().projects, at).map(|p| p.id.clone())
        });
        if let Some(p) = app.change(|s| s.delete_project(&del_id, now())) {
            match neighbour {
                Some(n) => focus_by_id(&link_id(&n)),
                None => focus_by_id(NEW_PROJECT_ID),
            }
            let title = p.title;
            app.say(false, move |t| (t.project_deleted)(&title));
        }
    };
    let export = move |_| {
        if let Some(p) = app.session.with_untracked(|s| s.project(&exp_id).cloned()) {
            export_projects(app, &[p], Kind::Project);
        }
    };
    view! {
        <article class="project-card" aria-labelledby=labelled_by>
            <h2 id=heading><a id=link_id(&id) href=Route::Canvas(id.clone()).href()>{title}</a><ExampleBadge id=id.clone()/></h2>
            <p class="meta">{meta}</p>
            <p class="pitch">{move || project.with(|p| p.as_ref().map(|p| p.pitch.clone()))}</p>
            {coherence}
            <div class="card-actions">
                <a class="button quiet" href=Route::Project(id.clone()).href()>{move || app.t().project_details}</a>
                <button type="button" class="quiet" on:click=move |_| renaming.set(Some(ren_id.clone()))>{move || app.t().rename}</button>
                <button type="button" class="quiet" on:click=duplicate>{move || app.t().duplicate}</button>
                <button type="button" class="quiet" on:click=export>{move || app.t().export}</button>
                <button type="button" class="quiet danger" on:click=delete>{move || app.t().delete}</button>
            </div>
        </article>
    }
}

#[component]
fn NewProjectDialog(open: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let draft = RwSignal::new(ProjectDetails::default());
    let error = RwSignal::new(false);
    let title_ref = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if open.get() {
            draft.set(ProjectDetails::default());
            error.set(false);
            if let Some(input) = title_ref.get() {
                let _ = input.focus();
            }
        }
    });
    let on_change = Callback::new(move |(d, _): (ProjectDetails, &'static str)| draft.set(d));
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let d = draft.get_untracked();
        if d.title.trim().is_empty() {
            error.set(true);
            if let Some(input) = title_ref.get() {
                let _ = input.focus();
            }
            return;
        }
        let id = app.change(|s| {
            s.create_project(
                ProjectDetails {
                    title: d.title.trim().to_owned(),
                    ..d
                },
                now(),
            )
        });
        open.set(false);
        app.navigate(Route::Canvas(id));
    };
    view! {
        <Modal open=open on_close=move |_| open.set(false) labelled_by="new-project-title">
            <form on:submit=submit novalidate>
                <h2 id="new-project-title">{move || app.t().new_project}</h2>
                <DetailsFields details=draft on_change prefix="new" title_ref/>
                <p class="field-error" role="alert">{move || error.get().then(|| app.t().title_required)}</p>
                <div class="dialog-actions">
                    <button type="submit" class="primary">{move || app.t().create}</button>
                    <button type="button" on:click=move |_| open.set(false)>{move || app.t().cancel}</button>
                </div>
            </form>
        </Modal>
    }
}

#[component]
fn RenameDialog(renaming: RwSignal<Option<Id>>) -> impl IntoView {
    let app = use_app();
    let value = RwSignal::new(String::new());
    let input = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if let Some(id) = renaming.get() {
            value.set(
                app.session.with_untracked(|s| {
                    s.project(&id).map(|p| p.title.clone()).unwrap_or_default()
                }),
            );
            if let Some(i) = input.get() {
                let _ = i.focus();
                i.select();
            }
        }
    });
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let title = value.get_untracked().trim().to_owned();
        if title.is_empty() {
            return;
        }
        if let Some(id) = renaming.get_untracked() {
            app.change(|s| s.rename_project(&id, &title, now()));
        }
        renaming.set(None);
    };
    view! {
        <Modal open=Signal::derive(move || renaming.with(Option::is_some)) on_close=move |_| renaming.set(None) labelled_by="rename-title">
            <form on:submit=submit>
                <h2 id="rename-title">{move || app.t().rename_title}</h2>
                <div class="field">
                    <label for="rename-input">{move || app.t().field_title}</label>
                    <input
                        id="rename-input"
                        node_ref=input
                        type="text"
                        required
                        maxlength="200"
                        autocomplete="off"
                        prop:value=move || value.get()
                        on:input:target=move |e| value.set(e.target().value())
                    />
                </div>
                <div class="dialog-actions">
                    <button type="submit" class="primary">{move || app.t().save}</button>
                    <button type="button" on:click=move |_| renaming.set(None)>{move || app.t().cancel}</button>
                </div>
            </form>
        </Modal>
    }
}
