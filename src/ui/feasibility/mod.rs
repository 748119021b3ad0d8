//! The feasibility studio: one screen, its six parts as sections with
//! headings, the summary first. Components are thin: they read the
//! section through one memo and change it through [`Ctx::edit`].

mod assumptions;
mod mvp;
mod risks;
mod scorecard;
mod summary;

use super::project::{when_present, ProjectHeader, Tab};
use super::state::{focus_by_id, now, use_app, AppState};
use crate::i18n::feasibility::FeasibilityStrings;
use crate::model::{Discipline, Feasibility, Id, Project, MAX_TEXT_CHARS};
use leptos::prelude::*;

/// A word of the studio, read in the current language.
pub type Word = fn(&'static FeasibilityStrings) -> &'static str;

/// What every part of the screen needs: the app, the project, and the
/// section as it now is.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub app: AppState,
    project: StoredValue<Id>,
    pub feas: Memo<Feasibility>,
    pub discipline: Memo<Discipline>,
}

impl Ctx {
    /// The words of the studio (tracked).
    pub fn t(self) -> &'static FeasibilityStrings {
        self.app.t().feasibility
    }

    /// Changes the project, undoably and saved at once. Typing in one field
    /// passes one `coalesce` key, so it undoes as one step.
    pub fn edit_project(
        self,
        coalesce: Option<String>,
        f: impl FnOnce(&mut Project) -> bool,
    ) -> bool {
        let id = self.project.get_value();
        self.app
            .change(|s| s.edit(&id, now(), coalesce, |p, _| f(p)))
    }

    pub fn edit(self, coalesce: Option<String>, f: impl FnOnce(&mut Feasibility) -> bool) -> bool {
        self.edit_project(coalesce, |p| f(&mut p.feasibility))
    }

    /// A new id for an item.
    pub fn new_id(self) -> Id {
        super::state::random_id()
    }

    /// Deletes an item; says Undo brings it back and puts focus on `then`.
    pub fn delete(self, id: &Id, then: &str) {
        let id = id.clone();
        if self.edit(None, |f| f.remove(&id)) {
            self.app.say(false, |t| t.feasibility.deleted.to_owned());
            focus_by_id(then);
        }
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

#[component]
pub fn FeasibilityPage(id: Id) -> impl IntoView {
    let app = use_app();
    let page_id = id.clone();
    when_present(&id, move || {
        let id = page_id.clone();
        let read = id.clone();
        let feas = Memo::new(move |_| {
            app.session.with(|s| {
                s.project(&read)
                    .map(|p| p.feasibility.clone())
                    .unwrap_or_default()
            })
        });
        let read = id.clone();
        let discipline = Memo::new(move |_| {
            app.session
                .with(|s| s.project(&read).map(|p| p.discipline).unwrap_or_default())
        });
        provide_context(Ctx {
            app,
            project: StoredValue::new(id.clone()),
            feas,
            discipline,
        });
        let t = move || app.t().feasibility;
        view! {
            <ProjectHeader id=id.clone() active=Tab::Feasibility/>
            <div class="feasibility">
                <h2 class="visually-hidden">{move || t().title}</h2>
                <p class="hint">{move || t().intro}</p>
                <summary::Summary/>
                <assumptions::Assumptions/>
                <assumptions::Tests/>
                <scorecard::Scorecard/>
                <risks::Risks/>
                <mvp::MvpScope/>
            </div>
        }
        .into_any()
    })
}

/// A section of the screen with its heading (an `h2`) and help text.
#[component]
pub fn Part(
    id: &'static str,
    title: Word,
    #[prop(optional)] help: Option<Word>,
    children: Children,
) -> impl IntoView {
    let ctx = use_ctx();
    let heading = format!("{id}-title");
    let heading_ref = heading.clone();
    view! {
        <section class=format!("part part-{id}") aria-labelledby=heading_ref>
            <h2 id=heading>{move || title(ctx.t())}</h2>
            {help.map(|h| view! { <p class="hint">{move || h(ctx.t())}</p> })}
            {children()}
        </section>
    }
}

/// A labelled text field: one line, or several when `multiline`.
#[component]
pub fn TextField(
    label: Word,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] kind: Option<&'static str>,
) -> impl IntoView {
    let ctx = use_ctx();
    let max = MAX_TEXT_CHARS.to_string();
    let field = if multiline {
        view! {
            <textarea rows="2" maxlength=max prop:value=move || value.get()
                on:input:target=move |e| on_input.run(e.target().value())></textarea>
            <span class="print-only" aria-hidden="true">{move || value.get()}</span>
        }
        .into_any()
    } else {
        view! {
            <input type=kind.unwrap_or("text") maxlength=max prop:value=move || value.get()
                on:input:target=move |e| on_input.run(e.target().value())
                on:change:target=move |e| on_input.run(e.target().value())/>
        }
        .into_any()
    };
    view! {
        <label class="field">
            <span class="label">{move || label(ctx.t())}</span>
            {field}
        </label>
    }
}

/// A labelled select. `options` lists (value, text) pairs.
#[component]
pub fn Choice(
    label: Word,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <label class="field">
            <span class="label">{move || label(ctx.t())}</span>
            <select prop:value=move || value.get() on:change:target=move |e| on_change.run(e.target().value())>
                {move || {
                    let current = value.get();
                    options.get().into_iter().map(|(v, text)| {
                        let selected = v == current;
                        view! { <option value=v selected=selected>{text}</option> }
                    }).collect_view()
                }}
            </select>
        </label>
    }
}

/// Options for a 1-based scale whose points have names.
pub fn scale_options(names: &[&'static str]) -> Vec<(String, String)> {
    names
        .iter()
        .enumerate()
        .map(|(i, n)| ((i + 1).to_string(), (*n).to_owned()))
        .collect()
}

/// Options for an optional value: "not set" first (the empty value).
pub fn optional(none: &str, options: Vec<(String, String)>) -> Vec<(String, String)> {
    std::iter::once((String::new(), none.to_owned()))
        .chain(options)
        .collect()
}

/// A button that adds an item, with an id to come back to after a delete.
#[component]
pub fn AddButton(id: String, label: Word, on_click: Callback<()>) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <button type="button" class="add" id=id on:click=move |_| on_click.run(())>
            {move || label(ctx.t())}
        </button>
    }
}

/// Focuses an element once the view has caught up with a change.
pub fn focus_soon(id: String) {
    request_animation_frame(move || focus_by_id(&id));
}
