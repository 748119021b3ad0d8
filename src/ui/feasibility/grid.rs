//! The assumptions map's 2×2 grid: importance up (Canevas's one scale, 1–5:
//! five rows, the top two important), evidence across (1–4). Cards move by
//! drag and drop or by arrow keys; each move is announced.

use super::{use_ctx, Ctx};
use crate::i18n::feasibility::FeasibilityStrings;
use crate::model::feasibility::{
    Assumption, Quadrant, EVIDENCE_MAX, EVIDENCE_MIN, MAX_IMPORTANCE, MIN_IMPORTANCE,
};
use crate::model::{Block, Id};
use crate::ui::state::focus_by_id;
use leptos::prelude::*;

/// The drag data type that marks an assumption card being dragged.
const DRAG_TYPE: &str = "application/x-canevas-assumption";

fn chip_id(id: &Id) -> String {
    format!("chip-{id}")
}

/// Moves an assumption; whether it moved.
fn place(ctx: Ctx, id: &Id, f: impl FnOnce(&mut Assumption) -> bool) -> bool {
    ctx.edit(None, |p| p.feasibility.assumption_mut(id).is_some_and(f))
}

/// Says where an assumption now is, and keeps focus on it.
fn placed(ctx: Ctx, id: &Id, announce: RwSignal<String>) {
    let t = ctx.app.lang.get_untracked().strings().feasibility;
    let text = ctx.feas.with_untracked(|f| {
        f.assumption(id).map(|a| {
            let name = if a.text.trim().is_empty() {
                t.no_text.to_owned()
            } else {
                a.text.clone()
            };
            (t.placed)(
                &name,
                t.importance_levels[(a.importance - 1) as usize],
                t.evidence_levels[(a.evidence - 1) as usize],
                (t.quadrant_name)(a.quadrant()),
            )
        })
    });
    if let Some(text) = text {
        announce.set(text);
    }
    // Once the grid is drawn again (in the same turn of the event loop, so
    // before the next key press arrives), the card takes focus back.
    let chip = chip_id(id);
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        focus_by_id(&chip);
    });
}

#[component]
pub fn Grid(t: &'static FeasibilityStrings) -> impl IntoView {
    let ctx = use_ctx();
    let announce = RwSignal::new(String::new());
    // One rendering of all cells for each change: the grid is small, and
    // one closure keeps the code small.
    let cells = move || {
        ctx.feas.with(|f| {
            (MIN_IMPORTANCE..=MAX_IMPORTANCE)
                .rev()
                .flat_map(|i| (EVIDENCE_MIN..=EVIDENCE_MAX).map(move |e| (i, e)))
                .map(|(i, e)| {
                    let chips = f
                        .assumptions
                        .iter()
                        .filter(|a| a.importance == i && a.evidence == e)
                        .map(|a| chip(ctx, t, a, announce))
                        .collect_view();
                    cell(ctx, t, i, e, announce, chips)
                })
                .collect_view()
        })
    };
    view! {
        <div class="grid-wrap">
            <h3 id="grid-title">{t.grid_title}</h3>
            <p class="hint" id="grid-help">{t.grid_help}</p>
            <div class="grid-frame">
                <span class="axis-y" aria-hidden="true">{t.more_important}" →"</span>
                <div class="assumption-grid" role="group" aria-labelledby="grid-title">{cells}</div>
                <span class="axis-x" aria-hidden="true">{t.more_evidence}" →"</span>
            </div>
            <p class="announce" role="status">{move || announce.get()}</p>
        </div>
    }
}

fn is_ours(e: &web_sys::DragEvent) -> bool {
    e.data_transfer().is_some_and(|dt| {
        dt.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some(DRAG_TYPE))
    })
}

/// Marks a cell as the drop target (or not), without a signal.
fn highlight(e: &web_sys::DragEvent, on: bool) {
    let el = e
        .current_target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
    if let Some(el) = el {
        let _ = el.class_list().toggle_with_force("drop-target", on);
    }
}

/// The quadrant of the grid's cell at (importance, evidence), and whether
/// that cell is the quadrant's outer corner, where its name is written
/// once.
pub fn quadrant_at(importance: u8, evidence: u8) -> (Quadrant, bool) {
    let mut probe = Assumption::new(Id::from_random(0), Block::Channels);
    probe.place(importance, evidence);
    let corner = [MIN_IMPORTANCE, MAX_IMPORTANCE].contains(&importance)
        && [EVIDENCE_MIN, EVIDENCE_MAX].contains(&evidence);
    (probe.quadrant(), corner)
}

fn cell(
    ctx: Ctx,
    t: &'static FeasibilityStrings,
    importance: u8,
    evidence: u8,
    announce: RwSignal<String>,
    chips: impl IntoView + 'static,
) -> impl IntoView {
    let (quadrant, corner) = quadrant_at(importance, evidence);
    let drop = move |e: web_sys::DragEvent| {
        highlight(&e, false);
        let dragged = e
            .data_transfer()
            .and_then(|dt| dt.get_data(DRAG_TYPE).ok())
            .and_then(|s| Id::parse(&s));
        let Some(id) = dragged else { return };
        e.prevent_default();
        if place(ctx, &id, |a| a.place(importance, evidence)) {
            placed(ctx, &id, announce);
        }
    };
    view! {
        <div
            class=format!("cell q-{}", quadrant.key())
            on:dragover=move |e| {
                if is_ours(&e) {
                    e.prevent_default();
                    highlight(&e, true);
                }
            }
            on:dragleave=move |e| highlight(&e, false)
            on:drop=drop
        >
            {corner.then(|| view! { <span class="quadrant-name">{(t.quadrant_name)(quadrant)}</span> })}
            {chips}
        </div>
    }
}

/// An assumption on the grid: a button the arrow keys move.
fn chip(
    ctx: Ctx,
    t: &'static FeasibilityStrings,
    a: &Assumption,
    announce: RwSignal<String>,
) -> impl IntoView {
    let id = a.id.clone();
    let text = if a.text.trim().is_empty() {
        t.no_text.to_owned()
    } else {
        a.text.clone()
    };
    let k = id.clone();
    let on_keydown = move |e: web_sys::KeyboardEvent| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() || e.shift_key() {
            return;
        }
        // Left and right follow the reading direction.
        let rtl = document()
            .document_element()
            .is_some_and(|el| el.get_attribute("dir").as_deref() == Some("rtl"));
        let (forward, back) = if rtl {
            ("ArrowLeft", "ArrowRight")
        } else {
            ("ArrowRight", "ArrowLeft")
        };
        let (di, de) = match e.key().as_str() {
            "ArrowUp" => (1, 0),
            "ArrowDown" => (-1, 0),
            k if k == forward => (0, 1),
            k if k == back => (0, -1),
            _ => return,
        };
        e.prevent_default();
        place(ctx, &k, |a| a.shift(di, de));
        // Said even at an edge, so the user knows where the card is.
        placed(ctx, &k, announce);
    };
    let drag = id.clone();
    let click = id.clone();
    view! {
        <button
            type="button"
            class="chip"
            id=chip_id(&id)
            draggable="true"
            aria-describedby="grid-help"
            on:keydown=on_keydown
            on:dragstart=move |e| {
                if let Some(dt) = e.data_transfer() {
                    let _ = dt.set_data(DRAG_TYPE, drag.as_str());
                    dt.set_effect_allowed("move");
                }
            }
            on:click=move |_| placed(ctx, &click, announce)
        >
            {text}
        </button>
    }
}
