//! The dossier (`#/projects/<id>/dossier`, issue 12): the whole project as
//! one read-only document, to print (the browser's "Save as PDF" makes the
//! PDF) or to save as one web page.
//!
//! It is made of the presentations projector view already shows (details,
//! fit, feasibility, diffusion) and the read-only canvas of the cohort
//! board, each part on a sheet of its own: a table whose header row (the
//! project's title) the browser repeats at the top of every printed page,
//! so user text stays DOM text. The canvas and the timeline have landscape
//! pages (a CSS named page). The paper chosen switches one `<style>`
//! element among fixed strings. Page numbers of the table of contents are
//! set just before printing by `print::paginate`, which also decides every
//! page break itself, so the numbers are where the parts really are.

mod page;
mod print;

use super::dom::data_of;
use super::feedback::{self, feedback_store};
use super::present::{el, host, read_only_canvas, text, El};
use super::project::{details_of, when_present, DetailsPresent, ProjectHeader, Tab};
use super::state::{now, on_window, use_app, AppState};
use crate::i18n::Strings;
use crate::model::feedback::{subject, Label};
use crate::model::place::Place;
use crate::model::Id;
use crate::route::Route;
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The parts one can leave out, in the document's order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Canvas,
    Fit,
    Feasibility,
    Diffusion,
    Feedback,
}

const PARTS: [Part; 5] = [
    Part::Canvas,
    Part::Fit,
    Part::Feasibility,
    Part::Diffusion,
    Part::Feedback,
];

impl Part {
    fn key(self) -> &'static str {
        match self {
            Part::Canvas => "canvas",
            Part::Fit => "fit",
            Part::Feasibility => "feasibility",
            Part::Diffusion => "diffusion",
            Part::Feedback => "feedback",
        }
    }

    fn name(self, t: &'static Strings) -> &'static str {
        match self {
            Part::Canvas => t.canvas_title,
            Part::Fit => t.fit.title,
            Part::Feasibility => t.feasibility.title,
            Part::Diffusion => t.diffusion.title,
            Part::Feedback => t.dossier.feedback,
        }
    }
}

/// The chosen parts and paper.
#[derive(Clone, Copy)]
struct Choice {
    parts: RwSignal<[bool; 5]>,
    paper: RwSignal<usize>,
}

thread_local! {
    /// The last choice, kept for the session (every project's dossier).
    static KEPT: std::cell::Cell<([bool; 5], usize)> =
        const { std::cell::Cell::new(([true, true, true, true, false], 0)) };
}

fn choice() -> Choice {
    let (parts, paper) = KEPT.with(std::cell::Cell::get);
    let c = Choice {
        parts: RwSignal::new(parts),
        paper: RwSignal::new(paper),
    };
    Effect::new(move |_| KEPT.with(|k| k.set((c.parts.get(), c.paper.get()))));
    c
}

#[component]
pub fn DossierPage(id: Id) -> impl IntoView {
    let page_id = id.clone();
    when_present(&id, move || {
        let id = page_id.clone();
        view! {
            <ProjectHeader id=id.clone() active=Tab::Dossier/>
            {dossier(id)}
        }
        .into_any()
    })
}

fn dossier(id: Id) -> AnyView {
    let app = use_app();
    let c = choice();
    on_window(ev::beforeprint, move |_| {
        print::paginate(print::GEOMETRY[c.paper.get_untracked()]);
    });
    let title = {
        let id = id.clone();
        Memo::new(move |_| {
            app.session
                .with(|s| s.project(&id).map(|p| p.title.clone()))
                .unwrap_or_default()
        })
    };
    let sheet = move |key: &'static str, landscape: bool, body: AnyView| {
        view! {
            <table role="presentation" class=if landscape { "sheet landscape" } else { "sheet" } id=format!("dossier-{key}")>
                <thead aria-hidden="true"><tr><td class="running" dir="auto">
                    {move || crate::i18n::or(&title.get(), app.t().untitled)}
                </td></tr></thead>
                <tbody><tr><td class="sheet-body">{body}</td></tr></tbody>
            </table>
        }
        .into_any()
    };
    let (canvas, fit, feasibility, diffusion, feedback) =
        (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
    let cover = vec![
        view! { <DetailsPresent details=details_of(id.clone())/> }.into_any(),
        host("dossier-cover-host", move || cover(app.t(), c.parts.get())).into_any(),
    ];
    let parts = vec![
        sheet("cover", false, cover.into_any()),
        when(c, Part::Canvas, move || {
            let id = canvas.clone();
            sheet("canvas", true, drawn(move || canvas_part(app, &id)))
        }),
        when(c, Part::Fit, move || {
            sheet(
                "fit",
                false,
                super::fit::present::fit_presentation(fit.clone()),
            )
        }),
        when(c, Part::Feasibility, move || {
            let body = vec![
                heading(app, |t| t.feasibility.title),
                super::feasibility::present::feasibility_presentation(feasibility.clone()),
            ];
            sheet("feasibility", false, body.into_any())
        }),
        when(c, Part::Diffusion, move || {
            let timeline = vec![
                heading(app, |t| t.diffusion.title),
                super::diffusion::present::timeline_presentation(diffusion.clone()),
            ];
            let plan = super::diffusion::present::plan_presentation(diffusion.clone());
            vec![
                sheet("diffusion", true, timeline.into_any()),
                sheet("plan", false, plan),
            ]
            .into_any()
        }),
        when(c, Part::Feedback, move || {
            let id = feedback.clone();
            sheet(
                "feedback",
                false,
                drawn(move || {
                    let all = app
                        .session
                        .with(|s| s.project(&id).map(crate::model::feedback::items));
                    feedback_part(app.t(), &id, &all.unwrap_or_default())
                }),
            )
        }),
    ];
    // The contents' links: the address holds the screen, so scroll by hand.
    let to_part = |e: ev::MouseEvent| {
        if let Some((key, _)) = data_of(&e, "toc") {
            e.prevent_default();
            if let Some(x) = document().get_element_by_id(&format!("dossier-{key}")) {
                x.scroll_into_view();
            }
        }
    };
    view! {
        {options(app, c, id)}
        <style>{move || print::PAPER_CSS[c.paper.get()]}</style>
        <article class="dossier" aria-label=move || app.t().dossier.tab on:click=to_part>{parts}</article>
    }
    .into_any()
}

/// Part `p`'s sheets while the choice includes it.
fn when(c: Choice, p: Part, make: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    let make: Arc<dyn Fn() -> AnyView + Send + Sync> = Arc::new(make);
    (move || c.parts.with(|x| x[p as usize]).then(|| make())).into_any()
}

/// Something drawn by the lean builder, again when what it reads changes.
fn drawn(build: impl Fn() -> El + 'static) -> AnyView {
    let build: Box<dyn Fn() -> El> = Box::new(build);
    host("present-el", build).into_any()
}

/// A part's title, in the current language.
fn heading(app: AppState, words: fn(&'static Strings) -> &'static str) -> AnyView {
    drawn(move || text("h2", words(app.t())).class("dossier-part-title"))
}

/// What the dossier holds, the paper, Print and Export: drawn once per
/// language (a choice does not redraw it, so focus stays where it is).
fn options(app: AppState, c: Choice, id: Id) -> AnyView {
    let pitch = Route::Pitch(id.clone()).href();
    let on_change = move |e: web_sys::Event| {
        if let Some((i, el)) = data_of(&e, "part") {
            let on = el
                .dyn_ref::<web_sys::HtmlInputElement>()
                .is_some_and(web_sys::HtmlInputElement::checked);
            let i: usize = i.parse().unwrap_or(0);
            c.parts.update(|x| x[i] = on);
        } else if let Some((i, _)) = data_of(&e, "paper") {
            c.paper.set(i.parse().unwrap_or(0));
        }
    };
    let on_click = move |e: ev::MouseEvent| match data_of(&e, "action") {
        Some((a, _)) if a == "print" => drop(window().print()),
        Some((a, _)) if a == "export" => page::export(app, &id),
        _ => {}
    };
    view! {
        <div on:change=on_change on:click=on_click>
            {drawn(move || options_form(app.t(), c, &pitch))}
        </div>
    }
    .into_any()
}

fn options_form(t: &'static Strings, c: Choice, pitch: &str) -> El {
    let d = t.dossier;
    let (parts, paper) = (c.parts.get_untracked(), c.paper.get_untracked());
    let choice = |kind: &str, data: &str, i: usize, on: bool, words: &str| {
        el("label")
            .class("choice")
            .child(
                el("input")
                    .attr("type", kind)
                    .attr("name", &format!("dossier-{data}"))
                    .attr(&format!("data-{data}"), &i.to_string())
                    .checked(on),
            )
            .text(words)
    };
    let boxes = PARTS.iter().map(|p| {
        choice(
            "checkbox",
            "part",
            *p as usize,
            parts[*p as usize],
            p.name(t),
        )
    });
    let papers = (0..3).map(|i| choice("radio", "paper", i, paper == i, d.papers[i]));
    let button = |words: &str, action: &str| {
        text("button", words)
            .attr("type", "button")
            .attr("data-action", action)
    };
    el("section")
        .class("dossier-options")
        .attr("aria-labelledby", "dossier-options-title")
        .child(text("h2", d.options).attr("id", "dossier-options-title"))
        .child(text("p", d.intro))
        .child(
            el("div")
                .class("dossier-choices")
                .child(
                    el("fieldset")
                        .child(text("legend", d.include))
                        .children(boxes),
                )
                .child(
                    el("fieldset")
                        .child(text("legend", d.paper))
                        .children(papers)
                        .child(text("p", d.landscape_note).class("hint")),
                ),
        )
        .child(
            el("p")
                .class("dossier-actions")
                .child(button(d.print, "print").class("primary"))
                .child(button(d.export, "export"))
                // "Present": the dossier told in slides, in projector view.
                .child(
                    text("a", t.pitch.present)
                        .class("button")
                        .attr("href", pitch),
                ),
        )
        .child(text("p", d.print_hint).class("hint"))
}

/// Under the cover's details: the date, the format, the contents.
fn cover(t: &'static Strings, parts: [bool; 5]) -> El {
    let d = t.dossier;
    let facts = el("dl")
        .class("dossier-facts")
        .child(text("dt", d.date))
        .child(text("dd", &super::intl::day(t.lang, now())))
        .child(text("dt", d.format))
        .child(text("dd", &(d.format_version)(crate::format::VERSION)));
    let entries = PARTS.iter().filter(|p| parts[**p as usize]).map(|p| {
        let key = p.key();
        el("li")
            .child(
                text("a", p.name(t))
                    .attr("href", &format!("#dossier-{key}"))
                    .attr("data-toc", key),
            )
            .child(el("span").class("toc-page").attr("data-toc-page", key))
    });
    el("div")
        .child(el("div").class("dossier-cover").child(facts))
        .child(
            el("nav")
                .class("dossier-toc")
                .attr("aria-labelledby", "dossier-toc-title")
                .child(text("h2", d.contents).attr("id", "dossier-toc-title"))
                .child(el("ol").children(entries)),
        )
}

/// The canvas: the nine blocks as text, with the canvas's attribution.
fn canvas_part(app: AppState, id: &Id) -> El {
    let t = app.t();
    let project = app.session.with(|s| s.project(id).cloned());
    let Some(p) = project else {
        return el("div");
    };
    el("section")
        .class("dossier-canvas")
        .attr("aria-labelledby", "dossier-canvas-title")
        .child(
            text("h2", t.canvas_title)
                .attr("id", "dossier-canvas-title")
                .class("dossier-part-title"),
        )
        .child(read_only_canvas(t, &p, |_| None))
}

/// The comments received on the project, each with what it is about, its
/// status and the team's reply.
fn feedback_part(t: &'static Strings, id: &Id, all: &[(Place, Id, Label)]) -> El {
    let d = t.dossier;
    let f = t.facilitation;
    let comments: Vec<El> = feedback_store()
        .received_on(id)
        .iter()
        .flat_map(|fb| fb.comments.iter().map(move |c| (fb, c)))
        .filter(|(_, c)| !c.text.trim().is_empty())
        .map(|(fb, c)| {
            let author = crate::i18n::or(&fb.author, f.anonymous);
            let about = feedback::about(t, &subject(all, &c.anchor()));
            let from = (f.feedback_from)(&author, &super::intl::day(t.lang, c.updated_at));
            el("li")
                .child(text("h3", &about))
                .child(
                    text("p", &format!("{from} · {}", feedback::status(t, c)))
                        .class("present-meta"),
                )
                .child(text("p", &c.text).class("feedback-text"))
                .children(feedback::reply_shown(t, c))
        })
        .collect();
    let body = if comments.is_empty() {
        text("p", d.no_feedback).class("present-empty")
    } else {
        el("ul").class("present-cards").children(comments)
    };
    el("section")
        .class("present")
        .attr("aria-labelledby", "dossier-feedback-title")
        .child(
            text("h2", d.feedback)
                .attr("id", "dossier-feedback-title")
                .class("dossier-part-title"),
        )
        .child(body)
}
