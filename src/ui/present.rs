//! What the three tools' presentations share (fit, feasibility,
//! diffusion: `present.rs` in each tool's folder): the read-only views of a
//! project made for a room in projector view, and for the printed dossier.
//!
//! A presentation holds no form control: only headings, text, lists,
//! tables and figures, so no key pressed over it can change the project.
//! Each part is a `<section id="present-<part>">` that the projector's
//! keyboard walk (`data-nav-group`, `data-nav-item`) and the exercise timer
//! (`.step-now`) find by that id. Content is drawn with the lean builder
//! (`ui/dom.rs`) the facilitator's screens use too, which keeps these views
//! small in the download.

pub use super::dom::{el, host, El};
use super::state::use_app;
use crate::i18n::Strings;
use crate::model::{Block, Colour, Id, Note, Project};
use leptos::prelude::*;
use std::cell::RefCell;

/// A presentation of project `id`, drawn by `draw` from a copy of the
/// project in the current language, again whenever either changes.
pub fn presentation(
    id: Id,
    class: &'static str,
    draw: fn(&'static crate::i18n::Strings, &Project) -> AnyView,
) -> AnyView {
    let app = use_app();
    let body = move || {
        let s = app.t();
        app.session
            .with(|ss| ss.project(&id).cloned())
            .map(|p| draw(s, &p))
    };
    view! { <div class=class>{body}</div> }.into_any()
}

/// A drawn element, as a view.
pub fn shown(e: El) -> AnyView {
    let once = RefCell::new(Some(e));
    host("present-el", move || {
        once.borrow_mut().take().unwrap_or_else(|| el("div"))
    })
    .into_any()
}

/// One part: a section named by its heading, with the one line that says
/// it is empty instead of its body when `empty` is given.
pub fn part(
    key: &'static str,
    title: &'static str,
    empty: Option<&'static str>,
    body: AnyView,
) -> AnyView {
    let heading = format!("present-{key}-title");
    let labelled = heading.clone();
    let body = match empty {
        Some(line) => shown(text("p", line).class("present-empty")),
        None => body,
    };
    view! {
        <section id=format!("present-{key}") class="present-part" aria-labelledby=labelled data-nav-group="">
            <h2 id=heading>{title}</h2>
            {body}
        </section>
    }
    .into_any()
}

/// An element holding a text.
pub fn text(tag: &str, text: &str) -> El {
    el(tag).text(text)
}

/// Terms as a description list, those without a value left out.
pub fn terms(pairs: Vec<(&'static str, String)>) -> El {
    el("dl").class("present-terms").children(
        pairs
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| el("div").child(text("dt", k)).child(text("dd", &v))),
    )
}

/// A list of items, each marked for the projector's keyboard walk.
pub fn items(tag: &str, class: &str, items: impl IntoIterator<Item = El>) -> El {
    el(tag)
        .class(class)
        .children(items.into_iter().map(|i| i.attr("data-nav-item", "")))
}

// The read-only canvas (the cohort board's, and the dossier's, issue 12).

/// A note as text, in its colour; an item of projector view's keyboard walk.
pub fn note_item(n: &Note) -> El {
    el("li")
        .class(&format!(
            "note note-{}",
            n.colour.map_or("none", Colour::key)
        ))
        .attr("data-nav-item", "")
        .text(&n.text)
}

/// A project's canvas, read-only: the nine blocks in the canonical layout
/// with their notes as text. `extra` adds something under each block (the
/// facilitator's comment field).
pub fn read_only_canvas(
    t: &'static Strings,
    project: &Project,
    extra: impl Fn(Block) -> Option<El>,
) -> El {
    let blocks = Block::ALL.into_iter().map(|b| {
        let heading = format!("ro-{}", b.key());
        let notes = project.canvas.notes(b).iter().map(note_item);
        let block = el("section")
            .class(&format!("block block-{}", b.key()))
            .attr("aria-labelledby", &heading)
            .child(
                el("div")
                    .class("block-head")
                    .child(el("h3").attr("id", &heading).text((t.block)(b))),
            )
            .child(el("ul").class("notes").children(notes));
        match extra(b) {
            Some(x) => block.child(x),
            None => block,
        }
    });
    el("div")
        .child(el("div").class("bmc read-only").children(blocks))
        .child(el("p").class("attribution").text(t.attribution))
}
