//! A first visit that teaches (issue 13): the help page (`#/help`), the
//! keyboard shortcuts dialog and opening an example project.

mod examples;

pub use examples::{ExampleBadge, ExampleChoices, OpenExampleButton};

use super::dialog::Modal;
use super::dom::{el, host, El};
use super::state::use_app;
use crate::i18n::help::HelpStrings;
use crate::route::Route;
use leptos::prelude::*;

/// What each tool is for, in the residency's order; where work is kept;
/// how to back up and share. Read-only, so drawn with the lean builder.
#[component]
pub fn HelpPage() -> impl IntoView {
    let app = use_app();
    view! {
        <article class="help-page">
            {host("help-body", move || body(app.t().help, app.t().home_title))}
            <section aria-labelledby="help-keyboard">
                <h2 id="help-keyboard">{move || app.t().help.keyboard_title}</h2>
                <p>{move || app.t().help.keyboard}</p>
                <ShortcutsButton/>
            </section>
        </article>
    }
}

/// A `<section>` named by its `<h2>`.
fn section(id: &str, title: &str) -> El {
    el("section")
        .attr("aria-labelledby", id)
        .child(el("h2").attr("id", id).text(title))
}

fn paragraphs(section: El, texts: &[&str]) -> El {
    section.children(texts.iter().map(|p| el("p").text(p)))
}

fn body(h: &HelpStrings, projects: &str) -> El {
    let steps = h.steps.iter().map(|(step, tool, what)| {
        el("li")
            .child(
                el("h3")
                    .text(step)
                    .child(el("span").class("help-tool").text(tool)),
            )
            .child(el("p").text(what))
    });
    el("div")
        .child(el("h1").text(h.title))
        .child(el("p").class("lead").text(h.intro))
        .child(
            section("help-path", h.path_title).child(el("ol").class("help-steps").children(steps)),
        )
        .child(paragraphs(section("help-kept", h.kept_title), &h.kept))
        .child(paragraphs(section("help-share", h.share_title), &h.share))
        .child(
            section("help-start", h.start_title)
                .child(el("p").text(h.start))
                .child(el("p").child(el("a").attr("href", &Route::Home.href()).text(projects))),
        )
}

/// Every shortcut, by group: keys, then what they do.
fn shortcut_list(h: &HelpStrings) -> El {
    el("div").children(h.shortcut_groups.iter().flat_map(|(heading, list)| {
        let items = list
            .iter()
            .flat_map(|(keys, what)| [el("dt").child(el("kbd").text(keys)), el("dd").text(what)]);
        [
            el("h3").text(heading),
            el("dl").class("shortcuts").children(items),
        ]
    }))
}

/// "Keyboard shortcuts" and its dialog, which lists every shortcut.
#[component]
pub fn ShortcutsButton() -> impl IntoView {
    let app = use_app();
    let open = RwSignal::new(false);
    view! {
        <button type="button" class="shortcuts-button" aria-haspopup="dialog" on:click=move |_| open.set(true)>
            {move || app.t().help.shortcuts}
        </button>
        <Modal open on_close=move |_| open.set(false) labelled_by="shortcuts-title">
            <div class="dialog-head">
                <h2 id="shortcuts-title">{move || app.t().help.shortcuts}</h2>
                <button type="button" autofocus on:click=move |_| open.set(false)>{move || app.t().help.close}</button>
            </div>
            <p class="hint">{move || app.t().help.shortcuts_intro}</p>
            {host("shortcuts-host", move || shortcut_list(app.t().help))}
        </Modal>
    }
}
