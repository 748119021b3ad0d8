//! Parts 1 and 2: the assumptions map (a 2×2 grid of importance ×
//! evidence, placed by drag, arrow keys or selects) and each assumption's
//! test and learning cards.

use super::{
    focus_soon, optional, scale_options, use_ctx, AddButton, Choice, Ctx, Part, TextField,
};
use crate::model::feasibility::{
    set, Assumption, CardField, Decision, Lens, Method, TestCard, SCALE_MAX, SCALE_MIN,
};
use crate::model::{Block, Id};
use leptos::prelude::*;

/// The drag data type that marks an assumption card being dragged.
const DRAG_TYPE: &str = "application/x-canevas-assumption";

fn chip_id(id: &Id) -> String {
    format!("chip-{id}")
}

/// The ids of the assumptions, in list order (re-rendered only when the
/// list itself changes).
fn ids(ctx: Ctx) -> Memo<Vec<Id>> {
    Memo::new(move |_| {
        ctx.feas
            .with(|f| f.assumptions.iter().map(|a| a.id.clone()).collect())
    })
}

/// Reads one field of an assumption.
fn read<T: Default + PartialEq + Send + Sync + 'static>(
    ctx: Ctx,
    id: &Id,
    get: fn(&Assumption) -> T,
) -> Signal<T> {
    let id = id.clone();
    Signal::derive(move || {
        ctx.feas
            .with(|f| f.assumption(&id).map(get).unwrap_or_default())
    })
}

/// Changes one assumption.
fn write(
    ctx: Ctx,
    id: &Id,
    coalesce: Option<String>,
    f: impl FnOnce(&mut Assumption) -> bool,
) -> bool {
    ctx.edit(coalesce, |feas| feas.assumption_mut(id).is_some_and(f))
}

#[component]
pub fn Assumptions() -> impl IntoView {
    let ctx = use_ctx();
    let ids = ids(ctx);
    let add = Callback::new(move |()| {
        let id = ctx.new_id();
        let new = id.clone();
        if ctx.edit(None, |f| {
            f.assumptions
                .push(Assumption::new(new, Block::ValuePropositions));
            true
        }) {
            focus_soon(format!("belief-{id}"));
        }
    });
    view! {
        <Part id="assumptions" title={|t| t.assumptions_title} help={|t| t.assumptions_help}>
            <Grid/>
            <ol class="cards">
                <For each={move || ids.get().into_iter().enumerate().collect::<Vec<_>>()} key={|(i, id): &(usize, Id)| (*i, id.clone())}
                    children=move |(i, id)| view! { <AssumptionCard id n={i + 1}/> }/>
            </ol>
            <AddButton id="add-assumption".into() label={|t| t.add_assumption} on_click=add/>
        </Part>
    }
}

#[component]
fn AssumptionCard(id: Id, n: usize) -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.t();
    let legend = move || (t().numbered)(t().assumption, n);
    let text = read(ctx, &id, |a| a.text.clone());
    let block = read(ctx, &id, |a| Some(a.block));
    let dropped = read(ctx, &id, Assumption::dropped);
    let w = id.clone();
    let on_text = Callback::new(move |v: String| {
        write(ctx, &w, Some(format!("assumption-text-{w}")), |a| {
            set(&mut a.text, v)
        });
    });
    let w = id.clone();
    let on_lens = Callback::new(move |v: String| {
        if let Some(l) = Lens::from_key(&v) {
            write(ctx, &w, None, |a| set(&mut a.lens, l));
        }
    });
    let w = id.clone();
    let on_block = Callback::new(move |v: String| {
        if let Some(b) = Block::ALL.into_iter().find(|b| b.key() == v) {
            // A note belongs to its block: another block unties it.
            write(ctx, &w, None, |a| {
                let changed = set(&mut a.block, b);
                if changed {
                    a.note = None;
                }
                changed
            });
        }
    });
    // The notes of the assumption's block; a link to a note that is gone
    // shows as the whole block.
    let r = id.clone();
    let notes = Signal::derive(move || {
        let Some(b) = block.get() else {
            return Vec::new();
        };
        let words = ctx.t();
        let notes = ctx.app.session.with(|s| {
            let id = ctx.project.get_value();
            s.project(&id)
                .map(|p| {
                    p.canvas
                        .notes(b)
                        .iter()
                        .map(|n| {
                            (
                                n.id.to_string(),
                                n.text.chars().take(60).collect::<String>(),
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        });
        let _ = &r;
        optional(words.whole_block, notes)
    });
    let r = id.clone();
    let note_value = Signal::derive(move || {
        let note = ctx
            .feas
            .with(|f| f.assumption(&r).and_then(|a| a.note.clone()));
        let present = notes.with(|n| {
            note.as_ref()
                .is_some_and(|id| n.iter().any(|(v, _)| v == id.as_str()))
        });
        note.filter(|_| present)
            .map(|n| n.to_string())
            .unwrap_or_default()
    });
    let w = id.clone();
    let on_note = Callback::new(move |v: String| {
        let note = Id::parse(&v);
        write(ctx, &w, None, |a| set(&mut a.note, note));
    });
    let w = id.clone();
    let on_importance = Callback::new(move |v: String| {
        if let Ok(i) = v.parse::<u8>() {
            write(ctx, &w, None, |a| a.place(i, a.evidence));
        }
    });
    let w = id.clone();
    let on_evidence = Callback::new(move |v: String| {
        if let Ok(e) = v.parse::<u8>() {
            write(ctx, &w, None, |a| a.place(a.importance, e));
        }
    });
    let del = id.clone();
    let lens_options = Signal::derive(move || {
        Lens::ALL
            .iter()
            .map(|l| (l.key().to_owned(), (t().lens_name)(*l).to_owned()))
            .collect::<Vec<_>>()
    });
    let block_options = Signal::derive(move || {
        let s = ctx.app.t();
        Block::ALL
            .iter()
            .map(|b| (b.key().to_owned(), (s.block)(*b).to_owned()))
            .collect::<Vec<_>>()
    });
    view! {
        <li>
            <fieldset class="card" id=format!("belief-{id}") tabindex="-1">
                <legend>{legend}{move || dropped.get().then(|| view! { " — "<span class="badge">{t().dropped}</span> })}</legend>
                <TextField label={|t| t.belief} value=text on_input=on_text multiline=true/>
                <div class="row">
                    <Choice label={|t| t.lens} options=lens_options value=read(ctx, &id, |a| a.lens.key().to_owned()) on_change=on_lens/>
                    <Choice label={|t| t.comes_from} options=block_options value=Signal::derive(move || block.get().map(|b| b.key().to_owned()).unwrap_or_default()) on_change=on_block/>
                    <Choice label={|t| t.note} options=notes value=note_value on_change=on_note/>
                </div>
                <div class="row">
                    <Choice label={|t| t.importance} options=Signal::derive(move || scale_options(&t().importance_levels))
                        value=read(ctx, &id, |a| a.importance.to_string()) on_change=on_importance/>
                    <Choice label={|t| t.evidence} options=Signal::derive(move || scale_options(&t().evidence_levels))
                        value=read(ctx, &id, |a| a.evidence.to_string()) on_change=on_evidence/>
                    <button type="button" class="danger" on:click=move |_| ctx.delete(&del, "add-assumption")>{move || t().delete}</button>
                </div>
            </fieldset>
        </li>
    }
}

/// The 2×2 grid: importance up, evidence across; each quadrant tinted.
#[component]
fn Grid() -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.t();
    let announce = RwSignal::new(String::new());
    let cells = (SCALE_MIN..=SCALE_MAX)
        .rev()
        .flat_map(|i| (SCALE_MIN..=SCALE_MAX).map(move |e| (i, e)))
        .map(|(i, e)| view! { <Cell importance=i evidence=e announce/> })
        .collect_view();
    view! {
        <div class="grid-wrap">
            <h3 id="grid-title">{move || t().grid_title}</h3>
            <p class="hint" id="grid-help">{move || t().grid_help}</p>
            <div class="grid-frame">
                <span class="axis-y" aria-hidden="true">{move || t().more_important}" ↑"</span>
                <div class="assumption-grid" role="group" aria-labelledby="grid-title" aria-describedby="grid-help">
                    {cells}
                </div>
                <span class="axis-x" aria-hidden="true">{move || t().more_evidence}" →"</span>
            </div>
            <p class="announce" role="status" aria-live="polite">{move || announce.get()}</p>
        </div>
    }
}

/// Says where an assumption now is.
fn announce_place(ctx: Ctx, id: &Id, announce: RwSignal<String>) {
    let t = ctx.t();
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
}

#[component]
fn Cell(importance: u8, evidence: u8, announce: RwSignal<String>) -> impl IntoView {
    let ctx = use_ctx();
    let here = Memo::new(move |_| {
        ctx.feas.with(|f| {
            f.assumptions
                .iter()
                .filter(|a| a.importance == importance && a.evidence == evidence)
                .map(|a| a.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let probe = Assumption {
        importance,
        evidence,
        ..Assumption::new(Id::from_random(0), Block::Channels)
    };
    let quadrant = probe.quadrant();
    // The quadrant's name, once, in its outer corner.
    let corner = matches!(
        (importance, evidence),
        (SCALE_MAX, SCALE_MIN)
            | (SCALE_MAX, SCALE_MAX)
            | (SCALE_MIN, SCALE_MIN)
            | (SCALE_MIN, SCALE_MAX)
    );
    let over = RwSignal::new(false);
    let drop = move |e: web_sys::DragEvent| {
        over.set(false);
        let Some(id) = e
            .data_transfer()
            .and_then(|dt| dt.get_data(DRAG_TYPE).ok())
            .and_then(|s| Id::parse(&s))
        else {
            return;
        };
        e.prevent_default();
        if write(ctx, &id, None, |a| a.place(importance, evidence)) {
            announce_place(ctx, &id, announce);
            focus_soon(chip_id(&id));
        }
    };
    view! {
        <div class=format!("cell q-{}", quadrant.key()) class:drop-target=move || over.get()
            on:dragover=move |e| {
                let ours = e.data_transfer().is_some_and(|dt| dt.types().iter().any(|t| t.as_string().as_deref() == Some(DRAG_TYPE)));
                if ours {
                    e.prevent_default();
                    over.set(true);
                }
            }
            on:dragleave=move |_| over.set(false)
            on:drop=drop
        >
            {corner.then(|| view! { <span class="quadrant-name">{move || (ctx.t().quadrant_name)(quadrant)}</span> })}
            <For each=move || here.get() key=|id| id.clone() children=move |id| view! { <Chip id announce/> }/>
        </div>
    }
}

/// An assumption on the grid: a button that arrow keys move.
#[component]
fn Chip(id: Id, announce: RwSignal<String>) -> impl IntoView {
    let ctx = use_ctx();
    let text = read(ctx, &id, |a| a.text.clone());
    let k = id.clone();
    let on_keydown = move |e: web_sys::KeyboardEvent| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() || e.shift_key() {
            return;
        }
        let rtl = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| el.matches(":dir(rtl)").unwrap_or(false));
        let forward = if rtl { "ArrowLeft" } else { "ArrowRight" };
        let back = if rtl { "ArrowRight" } else { "ArrowLeft" };
        let (di, de) = match e.key().as_str() {
            "ArrowUp" => (1, 0),
            "ArrowDown" => (-1, 0),
            k if k == forward => (0, 1),
            k if k == back => (0, -1),
            _ => return,
        };
        e.prevent_default();
        if write(ctx, &k, None, |a| a.shift(di, de)) {
            focus_soon(chip_id(&k));
        }
        // Said even at an edge, so the user knows where the card is.
        announce_place(ctx, &k, announce);
    };
    let drag = id.clone();
    view! {
        <button type="button" class="chip" id=chip_id(&id) draggable="true" aria-describedby="grid-help"
            on:keydown=on_keydown
            on:dragstart=move |e| {
                if let Some(dt) = e.data_transfer() {
                    let _ = dt.set_data(DRAG_TYPE, drag.as_str());
                    dt.set_effect_allowed("move");
                }
            }
            on:click=move |_| announce_place(ctx, &id, announce)
        >
            {move || { let s = text.get(); if s.trim().is_empty() { ctx.t().no_text.to_owned() } else { s } }}
        </button>
    }
}

#[component]
pub fn Tests() -> impl IntoView {
    let ctx = use_ctx();
    let ids = ids(ctx);
    view! {
        <Part id="tests" title={|t| t.tests_title} help={|t| t.tests_help}>
            {move || ids.with(Vec::is_empty).then(|| view! { <p>{ctx.t().no_assumptions}</p> })}
            <For each={move || ids.get().into_iter().enumerate().collect::<Vec<_>>()} key={|(i, id): &(usize, Id)| (*i, id.clone())}
                children=move |(i, id)| view! { <AssumptionTests id n={i + 1}/> }/>
        </Part>
    }
}

#[component]
fn AssumptionTests(id: Id, n: usize) -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.t();
    let text = read(ctx, &id, |a| a.text.clone());
    let heading = format!("tests-of-{id}");
    let heading_ref = heading.clone();
    let r = id.clone();
    let tests = Memo::new(move |_| {
        ctx.feas.with(|f| {
            f.assumption(&r)
                .map(|a| a.tests.iter().map(|t| t.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let add_id = format!("add-test-{id}");
    let a = id.clone();
    let add = Callback::new(move |()| {
        let tid = ctx.new_id();
        let new = tid.clone();
        if write(ctx, &a, None, |a| {
            a.tests.push(TestCard::new(new));
            true
        }) {
            focus_soon(format!("test-{tid}"));
        }
    });
    view! {
        <section class="assumption-tests" aria-labelledby=heading_ref>
            <h3 id=heading>
                {move || (t().numbered)(t().assumption, n)}": "
                {move || { let s = text.get(); if s.trim().is_empty() { t().no_text.to_owned() } else { s } }}
            </h3>
            <ol class="cards">
                <For each={move || tests.get().into_iter().enumerate().collect::<Vec<_>>()} key={|(i, id): &(usize, Id)| (*i, id.clone())}
                    children={
                        let (a, add_id) = (id.clone(), add_id.clone());
                        move |(i, test)| view! { <TestCardView assumption=a.clone() id=test n={i + 1} back=add_id.clone()/> }
                    }/>
            </ol>
            <AddButton id=add_id label={|t| t.add_test} on_click=add/>
        </section>
    }
}

#[component]
fn TestCardView(assumption: Id, id: Id, n: usize, back: String) -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.t();
    let card = {
        let (a, id) = (assumption.clone(), id.clone());
        Memo::new(move |_| {
            ctx.feas.with(|f| {
                f.assumption(&a)
                    .and_then(|a| a.tests.iter().find(|t| t.id == id).cloned())
            })
        })
    };
    let edit_card = {
        let (a, id) = (assumption.clone(), id.clone());
        move |coalesce: Option<String>, f: &dyn Fn(&mut TestCard) -> bool| {
            write(ctx, &a, coalesce, |a| {
                a.tests.iter_mut().find(|t| t.id == id).is_some_and(f)
            })
        }
    };
    let edit_card = StoredValue::new(edit_card);
    let field = move |f: CardField| {
        let label: super::Word = match f {
            CardField::Hypothesis => |t| (t.card_field)(CardField::Hypothesis),
            CardField::Metric => |t| (t.card_field)(CardField::Metric),
            CardField::Threshold => |t| (t.card_field)(CardField::Threshold),
            CardField::Cost => |t| (t.card_field)(CardField::Cost),
            CardField::Duration => |t| (t.card_field)(CardField::Duration),
            CardField::Observed => |t| (t.card_field)(CardField::Observed),
            CardField::Learned => |t| (t.card_field)(CardField::Learned),
        };
        let value = Signal::derive(move || {
            card.with(|c| {
                c.as_ref()
                    .map(|c| c.field(f).to_owned())
                    .unwrap_or_default()
            })
        });
        let key = format!("test-{f:?}");
        let on_input = Callback::new(move |v: String| {
            edit_card.with_value(|e| e(Some(key.clone()), &|c| set(c.field_mut(f), v.clone())));
        });
        let multiline = matches!(
            f,
            CardField::Hypothesis | CardField::Observed | CardField::Learned
        );
        view! { <TextField label value on_input multiline/> }
    };
    let method_options = Signal::derive(move || {
        Method::ALL
            .iter()
            .map(|m| (m.key().to_owned(), (t().method_name)(*m).to_owned()))
            .collect::<Vec<_>>()
    });
    let decision_options = Signal::derive(move || {
        optional(
            t().not_decided,
            Decision::ALL
                .iter()
                .map(|d| (d.key().to_owned(), (t().decision_name)(*d).to_owned()))
                .collect(),
        )
    });
    let on_method = Callback::new(move |v: String| {
        if let Some(m) = Method::from_key(&v) {
            edit_card.with_value(|e| e(None, &|c| set(&mut c.method, m)));
        }
    });
    let (a, tid) = (assumption.clone(), id.clone());
    let on_decision = Callback::new(move |v: String| {
        let d = Decision::from_key(&v);
        write(ctx, &a, None, |a| a.decide(&tid, d));
    });
    let del = id.clone();
    view! {
        <li>
            <fieldset class="card test-card" id=format!("test-{id}") tabindex="-1">
                <legend>{move || (t().numbered)(t().test_card, n)}</legend>
                <div class="test-half">
                    {field(CardField::Hypothesis)}
                    <Choice label={|t| t.method} options=method_options
                        value=Signal::derive(move || card.with(|c| c.as_ref().map(|c| c.method.key().to_owned()).unwrap_or_default()))
                        on_change=on_method/>
                    {field(CardField::Metric)}
                    {field(CardField::Threshold)}
                    <div class="row">{field(CardField::Cost)}{field(CardField::Duration)}</div>
                </div>
                <fieldset class="learning">
                    <legend>{move || t().learning}</legend>
                    {field(CardField::Observed)}
                    {field(CardField::Learned)}
                    <Choice label={|t| t.decision} options=decision_options
                        value=Signal::derive(move || card.with(|c| c.as_ref().and_then(|c| c.decision).map(|d| d.key().to_owned()).unwrap_or_default()))
                        on_change=on_decision/>
                </fieldset>
                <button type="button" class="danger" on:click=move |_| ctx.delete(&del, &back)>{move || t().delete}</button>
            </fieldset>
        </li>
    }
}
