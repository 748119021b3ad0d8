//! A first visit that teaches (issue 13): the help page (`#/help`), the
//! keyboard shortcuts dialog and opening an example project.

mod examples;

pub use examples::{ExampleBadge, ExampleChoices, OpenExampleButton};

use super::dialog::Modal;
use super::state::use_app;
use crate::i18n::help::HelpStrings;
use crate::route::Route;
use leptos::prelude::*;

/// What each tool is for, in the residency's order; where work is kept;
/// how to back up and share.
#[component]
pub fn HelpPage() -> impl IntoView {
    let app = use_app();
    let h = move || app.t().help;
    let text = move |f: fn(&'static HelpStrings) -> &'static str| move || f(h());
    let paragraphs = move |f: fn(&'static HelpStrings) -> &'static [&'static str]| {
        move || f(h()).iter().map(|p| view! { <p>{*p}</p> }).collect_view()
    };
    view! {
        <article class="help-page">
            <h1>{text(|h| h.title)}</h1>
            <p class="lead">{text(|h| h.intro)}</p>
            <section aria-labelledby="help-path">
                <h2 id="help-path">{text(|h| h.path_title)}</h2>
                <ol class="help-steps">
                    {move || h().steps.iter().map(|(step, tool, what)| view! {
                        <li>
                            <h3>{*step}<span class="help-tool">{*tool}</span></h3>
                            <p>{*what}</p>
                        </li>
                    }).collect_view()}
                </ol>
            </section>
            <section aria-labelledby="help-kept">
                <h2 id="help-kept">{text(|h| h.kept_title)}</h2>
                {paragraphs(|h| &h.kept)}
            </section>
            <section aria-labelledby="help-share">
                <h2 id="help-share">{text(|h| h.share_title)}</h2>
                {paragraphs(|h| &h.share)}
            </section>
            <section aria-labelledby="help-start">
                <h2 id="help-start">{text(|h| h.start_title)}</h2>
                <p>{text(|h| h.start)}</p>
                <p><a href=Route::Home.href()>{move || app.t().projects}</a></p>
            </section>
            <section aria-labelledby="help-keyboard">
                <h2 id="help-keyboard">{text(|h| h.keyboard_title)}</h2>
                <p>{text(|h| h.keyboard)}</p>
                <ShortcutsButton/>
            </section>
        </article>
    }
}

/// "Keyboard shortcuts" and its dialog, which lists every shortcut.
#[component]
pub fn ShortcutsButton() -> impl IntoView {
    let app = use_app();
    let open = RwSignal::new(false);
    let groups = move || {
        app.t()
            .help
            .shortcut_groups
            .iter()
            .map(|(heading, list)| {
                view! {
                    <h3>{*heading}</h3>
                    <dl class="shortcuts">
                        {list.iter().map(|(keys, what)| view! { <dt><kbd>{*keys}</kbd></dt><dd>{*what}</dd> }).collect_view()}
                    </dl>
                }
            })
            .collect_view()
    };
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
            {groups}
        </Modal>
    }
}
