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

use super::facilitator::{feedback_store, read_only_canvas};
use super::present::{el, host, text, El};
use super::project::{details_of, when_present, DetailsPresent, ProjectHeader, Tab};
use super::state::{now, on_window, use_app, AppState};
use crate::i18n::Strings;
use crate::model::{Block, Id};
use leptos::ev;
use leptos::prelude::*;

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
    let on = move |p: Part| move || c.parts.with(|x| x[p as usize]);
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
    let cover = cover(app, id.clone(), c);
    let canvas_id = id.clone();
    let canvas = move || {
        on(Part::Canvas)().then(|| {
            let id = canvas_id.clone();
            sheet(
                "canvas",
                true,
                host("dossier-canvas-host", move || canvas_part(app, &id)).into_any(),
            )
        })
    };
    let fit_id = id.clone();
    let fit = move || {
        on(Part::Fit)().then(|| {
            sheet(
                "fit",
                false,
                super::fit::present::fit_presentation(fit_id.clone()),
            )
        })
    };
    let feas_id = id.clone();
    let feasibility = move || {
        on(Part::Feasibility)().then(|| {
            let body = view! {
                <h2 class="dossier-part-title">{move || app.t().feasibility.title}</h2>
                {super::feasibility::present::feasibility_presentation(feas_id.clone())}
            };
            sheet("feasibility", false, body.into_any())
        })
    };
    let diff_id = id.clone();
    let diffusion = move || {
        on(Part::Diffusion)().then(|| {
            let timeline = view! {
                <h2 class="dossier-part-title">{move || app.t().diffusion.title}</h2>
                {super::diffusion::present::timeline_presentation(diff_id.clone())}
            };
            (
                sheet("diffusion", true, timeline.into_any()),
                sheet(
                    "plan",
                    false,
                    super::diffusion::present::plan_presentation(diff_id.clone()),
                ),
            )
        })
    };
    let fb_id = id.clone();
    let feedback = move || {
        on(Part::Feedback)().then(|| {
            let id = fb_id.clone();
            sheet(
                "feedback",
                false,
                host("dossier-feedback", move || feedback_part(app.t(), &id)).into_any(),
            )
        })
    };
    let export_id = id.clone();
    view! {
        {options(app, c, export_id)}
        <style>{move || print::PAPER_CSS[c.paper.get()]}</style>
        <article class="dossier" aria-label=move || app.t().dossier.tab>
            {sheet("cover", false, cover)}
            {canvas}
            {fit}
            {feasibility}
            {diffusion}
            {feedback}
        </article>
    }
    .into_any()
}

/// What the dossier holds, the paper, Print and Export.
fn options(app: AppState, c: Choice, id: Id) -> AnyView {
    let part_box = move |p: Part| {
        let i = p as usize;
        view! {
            <label class="choice">
                <input type="checkbox" prop:checked=move || c.parts.with(|x| x[i])
                    on:change=move |e| c.parts.update(|x| x[i] = event_target_checked(&e))/>
                {move || p.name(app.t())}
            </label>
        }
    };
    let paper_radio = move |i: usize| {
        view! {
            <label class="choice">
                <input type="radio" name="dossier-paper" prop:checked=move || c.paper.get() == i
                    on:change=move |_| c.paper.set(i)/>
                {move || app.t().dossier.papers[i]}
            </label>
        }
    };
    let export = move |_| page::export(app, &id);
    view! {
        <section class="dossier-options" aria-labelledby="dossier-options-title">
            <h2 id="dossier-options-title">{move || app.t().dossier.options}</h2>
            <p>{move || app.t().dossier.intro}</p>
            <div class="dossier-choices">
                <fieldset>
                    <legend>{move || app.t().dossier.include}</legend>
                    {PARTS.map(part_box)}
                </fieldset>
                <fieldset>
                    <legend>{move || app.t().dossier.paper}</legend>
                    {[0, 1, 2].map(paper_radio)}
                    <p class="hint">{move || app.t().dossier.landscape_note}</p>
                </fieldset>
            </div>
            <p class="dossier-actions">
                <button type="button" class="primary" on:click=|_| { let _ = window().print(); }>
                    {move || app.t().dossier.print}
                </button>
                <button type="button" on:click=export>{move || app.t().dossier.export}</button>
            </p>
            <p class="hint">{move || app.t().dossier.print_hint}</p>
        </section>
    }
    .into_any()
}

/// The cover: the project's details, the date, the format, the contents.
fn cover(app: AppState, id: Id, c: Choice) -> AnyView {
    let details = details_of(id);
    let facts = move || {
        let t = app.t();
        let d = t.dossier;
        el("dl")
            .class("dossier-facts")
            .child(text("dt", d.date))
            .child(text("dd", &super::intl::day(t.lang, now())))
            .child(text("dt", d.format))
            .child(text("dd", &(d.format_version)(crate::format::VERSION)))
    };
    let entries = move || {
        let t = app.t();
        PARTS
            .iter()
            .filter(|p| c.parts.with(|x| x[**p as usize]))
            .map(|p| {
                let key = p.key();
                view! {
                    <li>
                        <a href=format!("#dossier-{key}") on:click=move |e| {
                            // The address holds the screen: scroll by hand.
                            e.prevent_default();
                            if let Some(x) = document().get_element_by_id(&format!("dossier-{key}")) {
                                x.scroll_into_view();
                            }
                        }>{p.name(t)}</a>
                        <span class="toc-page" data-toc-page=key></span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="dossier-cover">
            <DetailsPresent details=details/>
            {host("dossier-facts-host", facts)}
        </div>
        <nav class="dossier-toc" aria-labelledby="dossier-toc-title">
            <h2 id="dossier-toc-title">{move || app.t().dossier.contents}</h2>
            <ol>{entries}</ol>
        </nav>
    }
    .into_any()
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

/// The comments received on the project, by block.
fn feedback_part(t: &'static Strings, id: &Id) -> El {
    let d = t.dossier;
    let f = t.facilitator;
    let comments: Vec<El> = feedback_store()
        .received_on(id)
        .iter()
        .flat_map(|fb| fb.comments.iter().map(move |c| (fb, c)))
        .filter(|(_, c)| !c.text.trim().is_empty())
        .map(|(fb, c)| {
            let author = crate::i18n::or(&fb.author, f.anonymous);
            let about = c.block.map_or(d.whole_project, |b: Block| (t.block)(b));
            let from = (f.feedback_from)(&author, &super::intl::day(t.lang, c.updated_at));
            el("li")
                .child(text("h3", about))
                .child(text("p", &from).class("present-meta"))
                .child(text("p", &c.text).class("feedback-text"))
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
