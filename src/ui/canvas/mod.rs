//! The Business Model Canvas screen: nine blocks in the canonical layout,
//! each with guiding questions and its notes; in projector view, the same
//! canvas presented to a room (`present.rs`).

mod note;
pub(crate) mod present;

use super::dom::{all, data_of, el, host};
use super::project::{when_present, ProjectHeader, Tab};
use super::state::{focus_by_id, now, use_app};
use crate::model::{Block, Id, Note};
use leptos::prelude::*;
use note::{arrow_focus, NoteView, OpenMenu, DRAG_TYPE};
use present::CanvasPresent;
use wasm_bindgen::JsCast;

#[component]
pub fn CanvasPage(id: Id) -> impl IntoView {
    let app = use_app();
    let page_id = id.clone();
    when_present(&id, move || {
        let id = page_id.clone();
        // Projector view presents the canvas; it never edits it.
        if crate::ui::projector::projector_on() {
            return view! { <CanvasPresent project=id/> }.into_any();
        }
        provide_context(OpenMenu(RwSignal::new(None)));
        let notes = block_notes(&id);
        // One effect for the whole canvas, not one per note: focus the note
        // asked for (after it was added or moved) once it is drawn.
        Effect::new(move |_| {
            let Some(note) = app.focus_note.get() else {
                return;
            };
            let el = format!("note-{note}");
            // After this round of effects, once the blocks' notes
            // (`block_notes`) are drawn: a moved note is then in its new
            // block, not about to leave its old one.
            queue_microtask(move || {
                if document().get_element_by_id(&el).is_some() {
                    focus_by_id(&el);
                    app.focus_note.set(None);
                } else {
                    request_animation_frame(move || {
                        focus_by_id(&el);
                        app.focus_note.set(None);
                    });
                }
            });
        });
        view! {
            <ProjectHeader id=id.clone() active=Tab::Canvas/>
            <section class="canvas-page" aria-labelledby="canvas-title">
                <h2 id="canvas-title">{move || app.t().canvas_title}</h2>
                <p class="hint keyboard-help">{move || app.t().keyboard_help}</p>
                <BlockNav/>
                <ColourKey project=id.clone()/>
                <crate::ui::coherence::CoherenceLine project=id.clone()/>
                <crate::ui::feedback::ReceivedFeedback project=id.clone() shown=crate::ui::feedback::Shown::At(None)/>
                <div class="bmc">
                    {Block::ALL.into_iter().zip(notes).map(|(block, notes)| view! { <BlockView project=id.clone() block notes/> }).collect_view()}
                </div>
                <p class="attribution">{move || app.t().attribution}</p>
            </section>
        }
        .into_any()
    })
}

/// Which segment each note colour stands for, read from the Customer
/// Segments notes. Shown once a segment has a note.
#[component]
fn ColourKey(project: Id) -> impl IntoView {
    let app = use_app();
    let key = Memo::new(move |_| {
        app.session.with(|s| {
            s.project(&project)
                .map(|p| {
                    p.canvas
                        .segment_colours()
                        .into_iter()
                        .map(|(c, t)| (c, t.to_owned()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    move || {
        (!key.with(Vec::is_empty)).then(|| {
            view! {
                <div class="colour-key">
                    <p id="colour-key-title">{move || app.t().colour_key}</p>
                    <ul aria-labelledby="colour-key-title">
                        {move || {
                            let t = app.t();
                            key.get()
                                .into_iter()
                                .map(|(c, segment)| view! {
                                    <li>
                                        <span class=format!("swatch note-{}", c.key()) aria-hidden="true"></span>
                                        <span class="colour-name">{(t.colour_name)(Some(c))}</span>
                                        ": "
                                        <span class="segment">{segment}</span>
                                    </li>
                                })
                                .collect_view()
                        }}
                    </ul>
                </div>
            }
        })
    }
}

/// The canvas's nine blocks, in reading order, numbered: one Tab stop;
/// arrows, Home, End or the block's number (1 to 9) choose one, Enter or
/// Space goes to its "Add note". From the list, any block's "Add note" is
/// two keys away, a new note in it three.
#[component]
fn BlockNav() -> impl IntoView {
    let app = use_app();
    let list_of = |e: &web_sys::Event| {
        let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
        target.closest(".block-nav ol").ok().flatten()
    };
    let on_keydown = move |e: web_sys::KeyboardEvent| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        let Some(list) = list_of(&e) else { return };
        let digit = e
            .key()
            .parse::<usize>()
            .ok()
            .filter(|d| (1..=9).contains(d));
        if let Some(d) = digit {
            e.prevent_default();
            focus_by_id(&format!("goto-{}", Block::ALL[d - 1].key()));
        } else {
            arrow_focus(&e, &list, "button");
        }
    };
    // One Tab stop: the block chosen last.
    let on_focusin = move |e: web_sys::FocusEvent| {
        let (Some(list), Some((_, chosen))) = (list_of(&e), data_of(&e, "goto")) else {
            return;
        };
        for b in all(&list, "button") {
            let current = b.unchecked_ref::<web_sys::Element>() == &chosen;
            let _ = b.set_attribute("tabindex", if current { "0" } else { "-1" });
        }
    };
    let on_click = move |e: web_sys::MouseEvent| {
        if let Some((key, _)) = data_of(&e, "goto") {
            if let Some(b) = Block::ALL.into_iter().find(|b| b.key() == key) {
                focus_by_id(&add_button_id(b));
            }
        }
    };
    let list = move || {
        let t = app.t();
        el("div")
            .child(
                el("ol").children(Block::ALL.into_iter().enumerate().map(|(i, b)| {
                    el("li").child(
                        el("button")
                            .attr("type", "button")
                            .attr("id", &format!("goto-{}", b.key()))
                            .attr("data-goto", b.key())
                            .attr("tabindex", if i == 0 { "0" } else { "-1" })
                            .attr("aria-describedby", "block-nav-help")
                            .child(el("span").class("block-nav-n").text(&(i + 1).to_string()))
                            .text(" ")
                            .text((t.block)(b)),
                    )
                })),
            )
            .child(
                el("p")
                    .class("hint")
                    .attr("id", "block-nav-help")
                    .text(t.blocks_nav_help),
            )
    };
    view! {
        <nav class="block-nav" aria-label=move || app.t().blocks_nav
            on:keydown=on_keydown on:focusin=on_focusin on:click=on_click>
            {host("block-nav-list", list)}
        </nav>
    }
}

/// The element id of a block's "Add note" button.
pub(crate) fn add_button_id(block: Block) -> String {
    format!("add-note-{}", block.key())
}

/// The id of a note being dragged, if the drag is one of ours.
pub(crate) fn dragged_note(e: &web_sys::DragEvent) -> Option<Id> {
    let dt = e.data_transfer()?;
    Id::parse(&dt.get_data(DRAG_TYPE).ok()?)
}

fn is_note_drag(e: &web_sys::DragEvent) -> bool {
    e.data_transfer().is_some_and(|dt| {
        dt.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some(DRAG_TYPE))
    })
}

/// Each block's notes, in a signal of its own that changes only when that
/// block does. One effect reads the session for all nine: a keystroke then
/// sets one block's signal, and Leptos walks that block's notes alone
/// instead of every reactive node of the canvas (about a thousand with
/// 180 notes; issue 14 measured that walk as most of a keystroke's cost).
fn block_notes(project: &Id) -> [ReadSignal<Vec<Note>>; 9] {
    let app = use_app();
    // A block's notes as stored (none once the project is gone).
    let stored = |s: &crate::session::Session, project: &Id, block: Block| -> Vec<Note> {
        s.project(project)
            .map_or(&[][..], |p| p.canvas.notes(block))
            .to_vec()
    };
    let signals = Block::ALL
        .map(|block| RwSignal::new(app.session.with_untracked(|s| stored(s, project, block))));
    let project = project.clone();
    Effect::new(move |_| {
        let changed: Vec<_> = app.session.with(|s| {
            let canvas = s.project(&project).map(|p| &p.canvas);
            Block::ALL
                .into_iter()
                .zip(signals)
                .filter_map(|(block, signal)| {
                    let now = canvas.map_or(&[][..], |c| c.notes(block));
                    signal
                        .with_untracked(|v| v.as_slice() != now)
                        .then(|| (signal, now.to_vec()))
                })
                .collect()
        });
        for (signal, notes) in changed {
            signal.set(notes);
        }
    });
    signals.map(|s| s.read_only())
}

#[component]
fn BlockView(project: Id, block: Block, notes: ReadSignal<Vec<Note>>) -> impl IntoView {
    let app = use_app();
    let ids =
        Memo::new(move |_| notes.with(|v| v.iter().map(|n| n.id.clone()).collect::<Vec<_>>()));
    let discipline = {
        let read = project.clone();
        Memo::new(move |_| {
            app.session
                .with(|s| s.project(&read).map(|p| p.discipline).unwrap_or_default())
        })
    };
    let feedback_project = project.clone();
    let heading = format!("block-{}", block.key());
    let labelled_by = heading.clone();
    let questions_id = format!("questions-{}", block.key());
    let open = RwSignal::new(false);
    let over = RwSignal::new(false);

    let add_project = project.clone();
    let add = move |_| {
        if let Some(note) = app.change(|s| s.add_note(&add_project, block, now())) {
            app.focus_note.set(Some(note));
        }
    };
    let drop_project = project.clone();
    let drop = move |e: web_sys::DragEvent| {
        over.set(false);
        let Some(note) = dragged_note(&e) else { return };
        e.prevent_default();
        app.change(|s| {
            s.edit(&drop_project, now(), None, |p, now| {
                p.canvas.move_note(&note, block, usize::MAX, now)
            })
        });
        app.focus_note.set(Some(note));
    };

    view! {
        <section
            class=format!("block block-{}", block.key())
            class:drop-target=move || over.get()
            aria-labelledby=labelled_by
            on:dragover=move |e| {
                if is_note_drag(&e) {
                    e.prevent_default();
                    over.set(true);
                }
            }
            on:dragleave=move |_| over.set(false)
            on:drop=drop
        >
            <div class="block-head">
                <h3 id=heading>{move || (app.t().block)(block)}</h3>
                <button
                    type="button"
                    class="quiet small"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=questions_id.clone()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {move || app.t().guiding_questions}
                </button>
            </div>
            // Drawn when opened: nine closed lists cost nothing.
            <div class="questions" id=questions_id hidden=move || !open.get()>
                {move || open.get().then(|| crate::ui::guide::shown(move |g| view! {
                    <ul>
                        {g.questions(block).iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}
                    </ul>
                    <p class="example">{(app.t().example)(g.example(block, discipline.get()))}</p>
                }))}
            </div>
            <ol class="notes">
                <For
                    each=move || ids.get()
                    key=|id| id.clone()
                    children=move |note| view! { <NoteView project=project.clone() block note notes ids/> }
                />
            </ol>
            <button type="button" class="add-note" id=add_button_id(block) on:click=add>{move || app.t().add_note}</button>
            <crate::ui::feedback::ReceivedFeedback project=feedback_project shown=crate::ui::feedback::Shown::At(Some(crate::model::place::Place::Block(block)))/>
        </section>
    }
}
