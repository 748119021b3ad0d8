//! The pitch (`#/projects/<id>/pitch`): the project told in eight slides
//! for demo day, in projector view, one slide on the screen at a time and
//! the arrow keys between them; printed, one slide per landscape page.
//! What each slide holds is chosen in `model::pitch`; this only draws it,
//! read-only, with the lean builder the presentations use.

use super::canvas::present::{largest, screen_height};
use super::intl;
use super::present::{el, shown, text, El};
use super::project::when_present;
use super::state::{on_window, reading_arrows, today, use_app};
use crate::i18n::Strings;
use crate::model::pitch::{self, Cut, Slide};
use crate::model::{Block, Id, Project};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn PitchPage(id: Id) -> impl IntoView {
    let app = use_app();
    let page_id = id.clone();
    when_present(&id, move || {
        let id = page_id.clone();
        // A pitch is told to a room; leaving it leaves projector view as
        // it was before.
        let was_on = super::projector::projector_on_untracked();
        super::projector::projector_set(true);
        // (The switch is found from this screen's owner: a cleanup runs
        // with none.)
        let owner = Owner::current();
        on_cleanup(move || {
            if let (false, Some(o)) = (was_on, &owner) {
                o.with(|| super::projector::projector_set(false));
            }
        });
        let at = RwSignal::new(0usize);
        let last = Slide::ALL.len() - 1;
        // Each slide in the largest type that fits it, measured once shown.
        Effect::new(move |_| {
            at.track();
            set_timeout(fit_shown, std::time::Duration::ZERO);
        });
        on_window(ev::resize, move |_| fit_shown());
        let go = move |to: usize| {
            at.set(to.min(last));
            if let Some(h) = document()
                .query_selector(".slide:not([hidden]) h2, .slide:not([hidden]) h1")
                .ok()
                .flatten()
            {
                let _ = h.set_attribute("tabindex", "-1");
                let _ = h.dyn_ref::<web_sys::HtmlElement>().map(|h| h.focus());
            }
        };
        on_window(ev::keydown, move |e: web_sys::KeyboardEvent| {
            if e.default_prevented() || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let in_field = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|t| {
                    t.closest("input, select, textarea, dialog")
                        .ok()
                        .flatten()
                        .is_some()
                });
            if in_field {
                return;
            }
            let (forward, back) = reading_arrows();
            let now = at.get_untracked();
            let to = match e.key().as_str() {
                "PageDown" | "ArrowDown" => now + 1,
                "PageUp" | "ArrowUp" => now.saturating_sub(1),
                k if k == forward => now + 1,
                k if k == back => now.saturating_sub(1),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            // After the slide is shown, so its heading can take focus.
            at.set(to.min(last));
            set_timeout(move || go(to), std::time::Duration::ZERO);
        });
        let slides = Slide::ALL
            .into_iter()
            .enumerate()
            .map(|(n, slide)| {
                let id = id.clone();
                let body = move || {
                    let s = app.t();
                    app.session
                        .with(|ss| ss.project(&id).cloned())
                        .map(|p| shown(draw(s, &p, slide)))
                };
                view! {
                    <section class=format!("slide slide-{n}") hidden=move || at.get() != n
                        aria-label=move || (app.t().pitch.slide_of)(n + 1, last + 1)>
                        {body}
                    </section>
                }
            })
            .collect_view();
        view! {
            <div class="pitch-deck" role="region" aria-label=move || app.t().pitch.slides>
                {slides}
                <div class="pitch-controls">
                    <button type="button" on:click=move |_| go(at.get_untracked().saturating_sub(1))
                        disabled=move || at.get() == 0>{move || app.t().pitch.previous}</button>
                    <span class="pitch-at" aria-live="polite">{move || (app.t().pitch.slide_of)(at.get() + 1, last + 1)}</span>
                    <button type="button" on:click=move |_| go(at.get_untracked() + 1)
                        disabled=move || at.get() == last>{move || app.t().pitch.next}</button>
                    <button type="button" class="quiet" on:click=move |_| { let _ = window().print(); }>{move || app.t().pitch.print}</button>
                    <p class="hint">{move || app.t().pitch.keys}</p>
                </div>
            </div>
        }
        .into_any()
    })
}

fn draw(s: &'static Strings, p: &Project, slide: Slide) -> El {
    let t = s.pitch;
    match slide {
        Slide::Cover => {
            let meta = [
                (s.discipline)(p.discipline).to_owned(),
                p.country.trim().to_owned(),
            ]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
            el("div")
                .class("slide-cover")
                .child(text("h1", &crate::i18n::or(&p.title, s.untitled)))
                .child(text("p", p.pitch.trim()).class("slide-pitch"))
                .child(text("p", &meta).class("slide-meta"))
                .child(text("p", &p.team.join(", ")).class("slide-meta"))
        }
        Slide::Audience => {
            let a = pitch::audience(p);
            let items = a.shown.iter().map(|(name, needs)| {
                let mut li = el("li").child(text("h3", name));
                if !needs.is_empty() {
                    li = li
                        .child(text("p", t.what_matters).class("slide-label"))
                        .child(list(needs.iter().cloned(), 0, s));
                }
                li
            });
            titled(t.audience, columns(items, a.more, s))
        }
        Slide::Offer => {
            let (props, fits) = pitch::offer(p);
            let mut body = el("div").child(list(props.shown, props.more, s));
            for (segment, f) in fits {
                body = body.child(
                    text("p", &(t.fit)(&segment, f.answered, f.important)).class("slide-fit"),
                );
            }
            titled(t.offer, body)
        }
        Slide::Model => {
            let blocks = pitch::model(p)
                .into_iter()
                .map(|(b, notes): (Block, Cut<String>)| {
                    el("div")
                        .class(&format!("slide-block block-{}", b.key()))
                        .child(text("h3", (s.block)(b)))
                        .child(list(notes.shown, notes.more, s))
                });
            titled(
                t.model,
                el("div").class("bmc slide-canvas").children(blocks),
            )
        }
        Slide::Learned => {
            let l = pitch::learned(p);
            let items = l.shown.into_iter().map(|x| {
                let mut li = el("li").child(text("h3", &x.assumption));
                for (label, said) in [(t.saw, x.observed), (t.taught, x.learned)] {
                    if !said.is_empty() {
                        li = li.child(el("p").child(text("strong", label)).text(" ").text(&said));
                    }
                }
                li
            });
            titled(t.learned, columns(items, l.more, s))
        }
        Slide::Mvp => {
            let (includes, excludes) = pitch::mvp(p);
            let r = &p.feasibility.readiness;
            let level = |x: Option<u8>| x.map_or("–".to_owned(), |x| x.to_string());
            let body = el("div")
                .child(
                    el("div")
                        .class("slide-columns")
                        .child(el("div").child(text("h3", t.includes)).child(list(
                            includes.shown,
                            includes.more,
                            s,
                        )))
                        .child(el("div").child(text("h3", t.excludes)).child(list(
                            excludes.shown,
                            excludes.more,
                            s,
                        ))),
                )
                .child(
                    text("p", &(t.readiness)(&level(r.product), &level(r.market)))
                        .class("slide-fit"),
                );
            titled(t.mvp, body)
        }
        Slide::Launch => {
            let (coming, channels) = pitch::launch(p, today());
            let dated = coming
                .shown
                .into_iter()
                .map(|(d, name)| format!("{} · {name}", intl::date(s.lang, d)));
            let body = el("div")
                .class("slide-columns")
                .child(
                    el("div")
                        .child(text("h3", t.coming))
                        .child(list(dated, coming.more, s)),
                )
                .child(el("div").child(text("h3", t.channels)).child(list(
                    channels.shown,
                    channels.more,
                    s,
                )));
            titled(t.launch, body)
        }
        Slide::Ask => {
            let body = match pitch::ask(p) {
                None => text("p", t.not_yet).class("present-empty"),
                Some(a) => {
                    let money = |d: crate::model::diffusion::Decimal| {
                        intl::money(s.lang, &d.to_string(), p.diffusion.currency.code())
                    };
                    el("dl")
                        .class("slide-ask")
                        .child(
                            el("div")
                                .child(text("dt", t.costs))
                                .child(text("dd", &money(a.total))),
                        )
                        .child(
                            el("div")
                                .child(text("dt", t.found))
                                .child(text("dd", &money(a.found))),
                        )
                        .child(
                            el("div")
                                .class("slide-needed")
                                .child(text("dt", t.needed))
                                .child(text("dd", &money(a.needed))),
                        )
                }
            };
            titled(t.ask, body)
        }
    }
}

/// The smallest type a slide takes, in pixels: still read from the back of
/// a room. The largest is 2.6% of the screen's height (20 px at 768 px).
const MIN_PX: i32 = 15;

fn fit_shown() {
    let Some(slide) = document()
        .query_selector(".slide:not([hidden])")
        .ok()
        .flatten()
        .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = slide.style();
    let fits = |px: i32| {
        let _ = style.set_property("font-size", &format!("{px}px"));
        slide.scroll_height() <= slide.client_height()
            && slide.scroll_width() <= slide.client_width()
    };
    let max = ((screen_height() * 0.026) as i32).max(MIN_PX);
    let px = largest(MIN_PX, max, fits).unwrap_or(MIN_PX);
    fits(px);
}

fn titled(title: &str, body: El) -> El {
    el("div")
        .class("slide-body")
        .child(text("h2", title))
        .child(body)
}

/// A list, with how many were left out, or the line saying it is empty.
fn list(items: impl IntoIterator<Item = String>, more: usize, s: &'static Strings) -> El {
    let items: Vec<El> = items.into_iter().map(|x| text("li", &x)).collect();
    if items.is_empty() {
        return text("p", s.pitch.not_yet).class("present-empty");
    }
    let ul = el("ul").children(items);
    if more == 0 {
        ul
    } else {
        el("div")
            .child(ul)
            .child(text("p", &(s.pitch.more)(more)).class("slide-more"))
    }
}

fn columns(items: impl IntoIterator<Item = El>, more: usize, s: &'static Strings) -> El {
    let items: Vec<El> = items.into_iter().collect();
    if items.is_empty() {
        return text("p", s.pitch.not_yet).class("present-empty");
    }
    let ul = el("ul").class("slide-columns").children(items);
    if more == 0 {
        ul
    } else {
        el("div")
            .child(ul)
            .child(text("p", &(s.pitch.more)(more)).class("slide-more"))
    }
}
