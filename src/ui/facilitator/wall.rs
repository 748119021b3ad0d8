//! The comparison on the wall, in projector view: one block of every
//! project side by side, sized here to fit the screen (how large the notes can be,
//! and how many of a column's do not fit, are measured in the page). The
//! only buttons choose what is shown; nothing here changes stored data.
//! (The board on the wall is its usual cards without their controls.)

use super::cohort::note_item;
use crate::i18n::or;
use crate::i18n::Strings;
use crate::model::summary::{block_totals, shown_notes};
use crate::model::{Block, Project};
use crate::route::Route;
use crate::ui::dom::{all, el, El};
use crate::ui::intl;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Note text sizes tried, largest first, in CSS pixels. The last is the
/// floor: below it a column hides its last notes and says how many.
const SIZES: [u32; 10] = [44, 40, 36, 32, 29, 26, 24, 22, 20, 18];
/// The narrowest column, in CSS pixels: more projects than fit at this
/// width go on a second row.
const MIN_COLUMN: i32 = 230;

/// One block of every project side by side, with the nine blocks to
/// choose from above. `fit` then sizes it to the screen.
pub fn compare(t: &'static Strings, projects: &[Project], shown: Block) -> El {
    let f = t.facilitator();
    let picker = block_totals(projects).into_iter().map(|(b, n)| {
        let on = b == shown;
        el("li").child(
            el("button")
                .attr("type", "button")
                .attr("id", &format!("show-{}", b.key()))
                .attr("data-show", b.key())
                .attr("data-nav-item", "")
                .attr("aria-pressed", if on { "true" } else { "false" })
                .class(if n == 0 { "wall-none" } else { "" })
                .text((t.block)(b)),
        )
    });
    let columns = projects.iter().enumerate().map(|(i, p)| {
        let id = format!("wall-col-{i}");
        let notes: Vec<El> = shown_notes(p, shown).map(note_item).collect();
        let column = el("section")
            .class("wall-column")
            .attr("aria-labelledby", &id)
            .attr("data-nav-group", "")
            .child(el("h2").attr("id", &id).text(&or(&p.title, t.untitled)));
        if notes.is_empty() {
            column.child(el("p").class("wall-empty").text(f.wall_empty))
        } else {
            column
                .child(el("ul").children(notes))
                .child(el("p").class("wall-more").attr("hidden", ""))
        }
    });
    el("div")
        .class("wall-compare wall")
        .child(
            el("div")
                .class("wall-head")
                .child(el("h1").text(&(f.wall_heading)((t.block)(shown))))
                .child(el("p").text(f.wall_keys)),
        )
        .child(
            el("div")
                .class("wall-bar")
                .child(
                    el("div")
                        .attr("role", "group")
                        .attr("aria-label", f.wall_blocks)
                        .attr("data-nav-group", "")
                        .child(el("ul").class("wall-picker").children(picker)),
                )
                .child(
                    el("a")
                        .attr("href", &Route::Cohort.href())
                        .text(f.back_to_cohort),
                ),
        )
        .child(el("div").class("wall-columns").children(columns))
        .child(el("p").class("attribution").text(t.attribution))
}

/// Makes each title under `root` with a word too long for its box smaller
/// until the word fits; below the smallest size, and only then, it breaks.
fn fit_titles(root: &Element) {
    for h in all(root, "h2") {
        let wide = || h.scroll_width() > h.client_width() + 1;
        let _ = h.remove_attribute("style");
        let _ = h.class_list().remove_1("wall-long");
        let smaller = |&s: &u32| {
            let _ = h.set_attribute("style", &format!("font-size: {s}px"));
            !wide()
        };
        if wide() && !SIZES[4..].iter().any(smaller) {
            let _ = h.class_list().add_1("wall-long");
        }
    }
}

/// The board on the wall: its titles fitted to their cards.
pub fn fit_board() {
    if let Ok(Some(board)) = document().query_selector(".wall.cohort-board") {
        fit_titles(&board);
    }
}

/// Whether a column's notes go past its bottom.
fn tall(column: &Element) -> bool {
    column
        .query_selector("ul")
        .ok()
        .flatten()
        .is_some_and(|ul| ul.scroll_height() > ul.client_height() + 1)
}

/// The notes of a column with a word wider than they are.
fn too_wide(column: &Element) -> Vec<HtmlElement> {
    all(column, "li:not([hidden])")
        .into_iter()
        .filter(|e| e.scroll_width() > e.client_width() + 1)
        .collect()
}

/// Sizes the comparison to the window: its height from where it starts
/// to the bottom, the columns balanced over as few rows as their width
/// allows, and in each column the largest note text at which all its
/// notes fit (a column of two notes is not made small by one of twenty);
/// at the smallest, a column that still overflows hides its last notes
/// and says how many.
pub fn fit(t: &'static Strings) {
    let doc = document();
    let Some(wall) = doc
        .query_selector(".wall-compare")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let mut top = 0;
    let mut at = Some(wall.clone());
    while let Some(e) = at {
        top += e.offset_top();
        at = e
            .offset_parent()
            .and_then(|p| p.dyn_into::<HtmlElement>().ok());
    }
    let window = window();
    let height = window
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(768.0) as i32;
    let avail = height - top;
    fit_in(t, &wall, avail);
    // What comes below (the page's margin, the room's own bar) is taken
    // off too, so that the page never scrolls.
    let page = doc.document_element().map_or(0, |r| r.scroll_height());
    if page > height {
        fit_in(t, &wall, avail - (page - height));
    }
}

fn fit_in(t: &'static Strings, wall: &HtmlElement, avail: i32) {
    let avail = avail.max(240);
    let columns = all(wall, ".wall-column");
    let n = columns.len().max(1);
    let per_row = (wall.client_width() / MIN_COLUMN).max(1) as usize;
    let per = n.div_ceil(n.div_ceil(per_row));
    for e in all(wall, ".wall-column :is(h2, li)") {
        e.set_hidden(false);
        let _ = e.class_list().remove_1("wall-long");
    }
    for more in all(wall, ".wall-more") {
        more.set_hidden(true);
    }
    let style = format!("block-size: {avail}px; --wall-cols: {per}");
    let _ = wall.set_attribute("style", &style);
    fit_titles(wall);
    let size = |column: &HtmlElement, size: u32| {
        let _ = column.set_attribute("style", &format!("--wall-note: {size}px"));
    };
    // Each column's largest size at which all its notes fit, if any does.
    let own: Vec<Option<u32>> = columns
        .iter()
        .map(|column| {
            SIZES.into_iter().find(|&s| {
                size(column, s);
                !tall(column) && too_wide(column).is_empty()
            })
        })
        .collect();
    // No column more than half as large again as the smallest that fits,
    // so that one short column does not shout beside the others.
    let cap = own.iter().flatten().min().map_or(u32::MAX, |s| s * 3 / 2);
    for (column, own) in columns.iter().zip(own) {
        let notes = all(column, "li");
        if let Some(own) = own {
            let s = SIZES
                .into_iter()
                .find(|&s| s <= own.min(cap))
                .unwrap_or(own);
            size(column, s);
            continue;
        }
        if let Some(more) = all(column, ".wall-more").pop().filter(|_| tall(column)) {
            let say = |n| {
                let text = (t.facilitator().wall_more)(intl::count(t.lang, n));
                more.set_text_content(Some(&text));
            };
            more.set_hidden(false);
            say(notes.len());
            let mut hidden = 0;
            // The first note stays, even cut: the column is never blank.
            for li in notes.iter().skip(1).rev() {
                if !tall(column) {
                    break;
                }
                li.set_hidden(true);
                hidden += 1;
            }
            say(hidden);
            more.set_hidden(hidden == 0);
        }
        // A word too long for the column even at the smallest size: only
        // then is it broken, rather than cut off.
        for e in too_wide(column) {
            let _ = e.class_list().add_1("wall-long");
        }
    }
}
