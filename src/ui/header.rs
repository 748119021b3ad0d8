//! The header: where you are, undo and redo, files, language, save state.

use super::files::{export_projects, ImportButton};
use super::state::{use_app, SaveState};
use crate::format::Kind;
use crate::i18n::Lang;
use crate::route::Route;
use leptos::prelude::*;

/// The full header, or in projector view only a thin bar.
#[component]
pub fn Header() -> impl IntoView {
    move || {
        if crate::ui::projector::projector_on() {
            view! { <ProjectorBar/> }.into_any()
        } else {
            view! { <FullHeader/> }.into_any()
        }
    }
}

/// What a screen is called, in the bar, the tab's title and messages.
pub fn screen_name(t: &'static crate::i18n::Strings, route: &Route) -> &'static str {
    match route {
        Route::Canvas(_) => t.canvas_title,
        Route::Fit(_) => t.fit.title,
        Route::Diffusion(_) => t.diffusion.title,
        Route::Feasibility(_) => t.feasibility.title,
        Route::Pitch(_) => t.pitch.title,
        Route::Dossier(_) => t.dossier.tab,
        Route::Coherence(_) => t.coherence.title,
        Route::Comments(_) => t.facilitation.comments_title,
        Route::Project(_) => t.project_details,
        Route::Home => t.home_title,
        Route::Exercises => t.facilitation.exercises,
        Route::Cohort | Route::CohortProject(_) => t.facilitation.cohort,
        Route::CohortCompare(_) => t.facilitation.compare_title,
        Route::Help => t.help.title,
        Route::NotFound => t.not_found_title,
    }
}

/// Projector view's only chrome: where the room is, and the way out. The
/// timer, when one runs, sits right under it and never scrolls away.
#[component]
fn ProjectorBar() -> impl IntoView {
    let app = use_app();
    let project = Memo::new(move |_| {
        app.route.with(|r| {
            r.project().and_then(|id| {
                app.session.with(|s| {
                    s.project(id)
                        .map(|p| crate::i18n::or(&p.title, app.t().untitled))
                })
            })
        })
    });
    view! {
        <header class="projector-bar">
            <p class="bar-where">
                {move || project.get().map(|p| view! { <strong class="bar-project" dir="auto">{p}</strong> " · " })}
                <span>{move || app.route.with(|r| screen_name(app.t(), r))}</span>
            </p>
            <super::projector::ProjectorButton/>
        </header>
    }
}

#[component]
fn FullHeader() -> impl IntoView {
    let app = use_app();
    // Undo and Redo act on the history of the screen: the project on it,
    // or the home screen's.
    let can = move |f: fn(&crate::session::Session, &crate::history::Scope) -> bool| {
        move |_: Option<&bool>| {
            app.scope()
                .is_some_and(|scope| app.session.with(|s| f(s, &scope)))
        }
    };
    let can_undo = Memo::new(can(crate::session::Session::can_undo));
    let can_redo = Memo::new(can(crate::session::Session::can_redo));
    let on_project = Memo::new(move |_| app.route.with(|r| r.project().cloned()));
    // Something to export: the project on screen, or any project at all.
    let exportable = Memo::new(move |_| {
        app.session.with(|s| match on_project.get() {
            Some(id) => s.project(&id).is_some(),
            None => !s.workspace().projects.is_empty(),
        })
    });

    let export = move |_| {
        let (kind, projects) = app
            .session
            .with_untracked(|s| match on_project.get_untracked() {
                Some(id) => (
                    Kind::Project,
                    s.project(&id).cloned().into_iter().collect::<Vec<_>>(),
                ),
                None => (Kind::Workspace, s.workspace().projects.clone()),
            });
        export_projects(app, &projects, kind);
    };

    // phone (issue 13): on a phone the header is one bar; the places and
    // the file tools fold behind "Menu", a disclosure button. A new screen
    // folds it again; Escape folds it and goes back to the button.
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        app.route.track();
        open.set(false);
    });
    // A touch or click elsewhere on the page folds it too.
    let bar = NodeRef::<leptos::html::Header>::new();
    super::state::on_window(leptos::ev::pointerdown, move |e| {
        let inside = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok())
            .zip(bar.get_untracked())
            .is_some_and(|(t, h)| h.contains(Some(&t)));
        if !inside && open.get_untracked() {
            open.set(false);
        }
    });
    let on_key = move |e: web_sys::KeyboardEvent| {
        if e.key() == "Escape" && open.get_untracked() {
            open.set(false);
            super::state::focus_by_id("header-menu-toggle");
        }
    };

    view! {
        <header class="app-header" node_ref=bar class:open=open on:keydown=on_key>
            <div class="brand">
                <a class="brand-name" href=Route::Home.href()>"Canevas"</a>
                <span class="brand-tagline">{move || app.t().app_tagline}</span>
            </div>
            <div class="toolbar history">
                <button type="button" title=move || app.t().undo_hint disabled=move || !can_undo.get() on:click=move |_| app.undo()>
                    {move || app.t().undo}
                </button>
                <button type="button" title=move || app.t().redo_hint disabled=move || !can_redo.get() on:click=move |_| app.redo()>
                    {move || app.t().redo}
                </button>
            </div>
            <button type="button" class="menu-toggle" id="header-menu-toggle" aria-controls="header-menu"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=move |_| open.update(|o| *o = !*o)
            >{move || app.t().menu}</button>
            <div class="header-menu" id="header-menu">
            <nav aria-label=move || app.t().nav_label>
                <a href=Route::Home.href() aria-current=move || (app.route.get() == Route::Home).then_some("page")>
                    {move || app.t().projects}
                </a>
                <a href=super::page::href(&Route::Exercises) aria-current=move || (app.route.get() == Route::Exercises).then_some("page")>
                    {move || app.t().facilitation.exercises}
                </a>
                <a href=super::page::href(&Route::Cohort) aria-current=move || matches!(app.route.get(), Route::Cohort | Route::CohortProject(_) | Route::CohortCompare(_)).then_some("page")>
                    {move || app.t().facilitation.cohort}
                </a>
                // examples (issue 13)
                <a href=Route::Help.href() aria-current=move || (app.route.get() == Route::Help).then_some("page")>{move || app.t().help.title}</a>
            </nav>
            <div class="toolbar">
                <super::projector::ProjectorButton/>
                <super::help::ShortcutsButton/>
                <ImportButton/>
                <button
                    type="button"
                    title=move || if on_project.get().is_some() { app.t().export_project_hint } else { app.t().export_all_hint }
                    disabled=move || !exportable.get()
                    on:click=export
                >
                    {move || app.t().export}
                </button>
                <label class="lang">
                    <span>{move || app.t().language}</span>
                    <select on:change:target=move |e| {
                        if let Some(lang) = Lang::from_tag(&e.target().value()) {
                            app.set_lang(lang);
                        }
                    }>
                        {Lang::ALL
                            .into_iter()
                            .map(|l| view! { <option value=l.tag() lang=l.tag() selected=move || app.lang.get() == l>{l.name()}</option> })
                            .collect_view()}
                    </select>
                </label>
            </div>
            </div>
            <p role="status" class=move || match app.save_state.get() { SaveState::Failed(_) => "save-state failed", _ => "save-state" }>
                {move || match app.save_state.get() {
                    // backup (issue 10): no claim before anything was saved.
                    SaveState::Unchanged => "",
                    SaveState::Saved => app.t().saved,
                    SaveState::Failed(failure) => failure.text(app.t()),
                }}
            </p>
        </header>
    }
}
