//! The canvas in projector view: the nine blocks on one screen in the
//! canonical layout, read-only, for a room.
//!
//! The notes are drawn as large as fits, at one size for the whole canvas,
//! down to a legible floor (`MIN_PX`, or 2.2% of the screen's height where
//! that is more: 18 px at 768 px high, 24 px at 1080 px). A block whose
//! notes still do not fit shows the first ones and a button saying how
//! many more there are;
//! Enter on the block (or that button) enlarges it to the whole screen,
//! and Esc comes back. Nothing here edits: there is no field to type in.
//!
//! Fitting is measured, not guessed: text wraps differently in every
//! language and on every screen, so after each drawing the sizes are tried
//! until no block's list overflows.

use crate::i18n::Strings;
use crate::model::{Block, Colour, Id};
use crate::ui::dom::all;
use crate::ui::intl;
use crate::ui::state::{on_window, use_app, AppState};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// The smallest note text, in CSS pixels, at any screen size.
pub const MIN_PX: f64 = 18.0;

/// Class of the notes that do not fit their block.
const CUT: &str = "cut";

#[component]
pub fn CanvasPresent(project: Id) -> impl IntoView {
    let app = use_app();
    let zoomed = RwSignal::new(None::<Block>);
    let notes = Memo::new(move |_| {
        app.session.with(|s| {
            s.project(&project).map(|p| {
                Block::ALL.map(|b| {
                    p.canvas
                        .notes(b)
                        .iter()
                        .map(|n| (n.text.clone(), n.colour))
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    // Fitted after every drawing, at every size and in every language.
    Effect::new(move |_| {
        notes.track();
        zoomed.track();
        app.lang.track();
        request_animation_frame(move || fit_all(app));
    });
    on_window(ev::resize, move |_| fit_all(app));

    let keydown = move |block: Block, e: KeyboardEvent| {
        let on_block = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|t| t.class_list().contains("block"));
        match e.key().as_str() {
            "Enter" | " " if on_block => {
                e.prevent_default();
                zoomed.set(Some(block));
                focus_first_note(block);
            }
            "Escape" if zoomed.get_untracked().is_some() => {
                e.prevent_default();
                zoomed.set(None);
                focus_block(block);
            }
            _ => {}
        }
    };

    let block_view = move |block: Block| {
        let heading = format!("present-block-{}", block.key());
        let labelled = heading.clone();
        let items = move || {
            notes.with(|n| {
                n.as_ref()
                    .map(|n| n[block.index()].clone())
                    .unwrap_or_default()
            })
        };
        view! {
            <section
                class=format!("block block-{}", block.key())
                class:zoomed=move || zoomed.get() == Some(block)
                hidden=move || zoomed.get().is_some_and(|z| z != block)
                aria-labelledby=labelled
                tabindex="0"
                on:keydown=move |e| keydown(block, e)
            >
                <div class="block-head">
                    <h3 id=heading>{move || (app.t().block)(block)}</h3>
                    {move || (zoomed.get() == Some(block)).then(|| view! {
                        <button type="button" class="whole" on:click=move |_| {
                            zoomed.set(None);
                            focus_block(block);
                        }>{app.t().facilitation.whole_canvas}</button>
                    })}
                </div>
                <ul class="notes">
                    {move || items().into_iter().map(|(text, colour)| view! {
                        <li class=colour_class(colour) data-nav-item="" tabindex="-1">
                            <p dir="auto">{text}</p>
                        </li>
                    }).collect_view()}
                </ul>
                <button
                    type="button"
                    class="more"
                    hidden
                    on:click=move |_| {
                        zoomed.set(Some(block));
                        focus_first_note(block);
                    }
                ></button>
            </section>
        }
    };

    view! {
        <section class="canvas-present" aria-labelledby="canvas-title">
            <h2 id="canvas-title" class="visually-hidden">{move || app.t().canvas_title}</h2>
            <div class="bmc" class:zoom=move || zoomed.get().is_some()>
                {Block::ALL.into_iter().map(block_view).collect_view()}
            </div>
            <p class="attribution">{move || app.t().attribution}</p>
        </section>
    }
}

fn colour_class(colour: Option<Colour>) -> String {
    format!("note note-{}", colour.map_or("none", Colour::key))
}

fn focus_block(block: Block) {
    focus_later(format!(".canvas-present .block-{}", block.key()));
}

/// Into an enlarged block: its first note, where the arrows walk the notes
/// (the block itself when it has none).
fn focus_first_note(block: Block) {
    let key = block.key();
    focus_later(format!(".canvas-present .block-{key} li:not(.{CUT})"));
    focus_block_if_lost(block);
}

fn focus_later(selector: String) {
    request_animation_frame(move || {
        if let Ok(Some(el)) = document().query_selector(&selector) {
            if let Ok(el) = el.dyn_into::<HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// The block itself, when it had no note to take focus.
fn focus_block_if_lost(block: Block) {
    request_animation_frame(move || {
        let inside = document()
            .active_element()
            .is_some_and(|a| a.closest(".canvas-present li").ok().flatten().is_some());
        if !inside {
            focus_block(block);
        }
    });
}

/// Sizes the notes of every shown block: one size for the whole canvas,
/// the largest at which every block's notes fit (a canvas whose blocks
/// each had their own size would read as a ransom note), never under the
/// floor; a block that does not fit even at the floor is cut.
fn fit_all(app: AppState) {
    let Ok(Some(root)) = document().query_selector(".canvas-present") else {
        return;
    };
    let height = screen_height();
    let min = MIN_PX.max((height * 0.022).round()) as i32;
    let blocks = all(&root, ".block:not([hidden])");
    let zoomed = blocks.iter().any(|b| b.class_list().contains("zoomed"));
    let max = ((height * if zoomed { 0.07 } else { 0.042 }).round() as i32).max(min);
    let lists: Vec<_> = blocks.iter().filter_map(Fitted::of).collect();
    for l in &lists {
        l.uncut();
    }
    // The blocks share the grid's rows, so one size is tried on all of
    // them at once: a block's room depends on the others' notes.
    let all_fit = |px| {
        for l in &lists {
            l.set(px);
        }
        lists.iter().all(Fitted::fits)
    };
    let px = largest(min, max, all_fit).unwrap_or(min);
    all_fit(px);
    // The bottom row is as tall as its notes (up to a share of the
    // screen): cut there first, so the rows above know their room.
    for l in lists.iter().rev() {
        l.cut_overflow(app.t());
    }
}

/// The window's height in CSS pixels, what type sizes in a room follow.
pub(crate) fn screen_height() -> f64 {
    window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(768.0)
}

/// The largest whole number in `min..=max` for which `fits` holds, when
/// the numbers that fit form a prefix (so a binary search finds it).
pub(crate) fn largest(min: i32, max: i32, fits: impl Fn(i32) -> bool) -> Option<i32> {
    if fits(max) {
        return Some(max);
    }
    if !fits(min) {
        return None;
    }
    let (mut lo, mut hi) = (min, max);
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some(lo)
}

/// One block's list of notes and its "more" button, being fitted.
struct Fitted {
    block: HtmlElement,
    list: Element,
    more: Element,
    items: Vec<HtmlElement>,
}

impl Fitted {
    fn of(block: &HtmlElement) -> Option<Fitted> {
        let list = block.query_selector(".notes").ok()??;
        let more = block.query_selector(".more").ok()??;
        let items = all(&list, ":scope > li");
        Some(Fitted {
            block: block.clone(),
            list,
            more,
            items,
        })
    }

    fn uncut(&self) {
        for li in &self.items {
            let _ = li.class_list().remove_1(CUT);
        }
        let _ = self.more.set_attribute("hidden", "");
    }

    fn set(&self, px: i32) {
        let _ = self
            .block
            .style()
            .set_property("--note-size", &format!("{px}px"));
    }

    /// Whether the notes fit, give or take the pixel that rounding a list
    /// exactly as tall as its notes to whole pixels can add.
    fn fits(&self) -> bool {
        self.list.scroll_height() <= self.list.client_height() + 1
    }

    /// Cuts the notes that still overflow, from the first that does, and
    /// says how many on the button. Twice: the button, once shown, takes a
    /// line from the list.
    fn cut_overflow(&self, t: &'static Strings) {
        if self.fits() {
            return;
        }
        for _ in 0..2 {
            for li in &self.items {
                let _ = li.class_list().remove_1(CUT);
            }
            let room = self.list.client_height();
            let shown = self
                .items
                .iter()
                .take_while(|li| li.offset_top() + li.offset_height() <= room + 1)
                .count();
            let hidden = self.items.len() - shown;
            for li in &self.items[shown..] {
                let _ = li.class_list().add_1(CUT);
            }
            let n = intl::count(t.lang, hidden);
            let f = t.facilitation;
            self.more.set_text_content(Some(&(f.more_short)(n)));
            let _ = self.more.set_attribute("aria-label", &(f.more_notes)(n));
            let _ = self.more.remove_attribute("hidden");
        }
    }
}
