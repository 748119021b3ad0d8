//! The Business Model Canvas screen: nine blocks in the canonical layout,
//! each with guiding questions and its notes; in projector view, the same
//! canvas presented to a room (`present.rs`).

mod note;
pub(crate) mod present;

use super::project::{when_present, ProjectHeader, Tab};
use super::state::{now, use_app};
use crate::i18n;
use crate::model::{Block, Id};
use leptos::prelude::*;
use note::{NoteView, DRAG_TYPE};
use present::CanvasPresent;

#[component]
pub fn CanvasPage(id: Id) -> impl IntoView {
    let app = use_app();
    let page_id = id.clone();
    when_present(&id, move || {
        let id = page_id.clone();
        // Projector view presents the canvas; it never edits it.
        if crate::ui::facilitator::projector_on() {
            return view! { <CanvasPresent project=id/> }.into_any();
        }
        view! {
            <ProjectHeader id=id.clone() active=Tab::Canvas/>
            <section class="canvas-page" aria-labelledby="canvas-title">
                <h2 id="canvas-title">{move || app.t().canvas_title}</h2>
                <p class="hint keyboard-help">{move || app.t().keyboard_help}</p>
                <ColourKey project=id.clone()/>
                <crate::ui::facilitator::ReceivedFeedback project=id.clone() block=None/>
                <div class="bmc">
                    {Block::ALL.into_iter().map(|block| view! { <BlockView project=id.clone() block/> }).collect_view()}
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

#[component]
fn BlockView(project: Id, block: Block) -> impl IntoView {
    let app = use_app();
    let read = project.clone();
    let ids = Memo::new(move |_| {
        app.session.with(|s| {
            s.project(&read)
                .map(|p| {
                    p.canvas
                        .notes(block)
                        .iter()
                        .map(|n| n.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
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
            <div class="questions" id=questions_id hidden=move || !open.get()>
                <ul>
                    {move || i18n::questions(app.lang.get(), block).iter().map(|q| view! { <li>{*q}</li> }).collect_view()}
                </ul>
                <p class="example">{move || (app.t().example)(i18n::example(app.lang.get(), block, discipline.get()))}</p>
            </div>
            <ol class="notes">
                <For
                    each=move || ids.get()
                    key=|id| id.clone()
                    children=move |note| view! { <NoteView project=project.clone() block note ids/> }
                />
            </ol>
            <button type="button" class="add-note" id=add_button_id(block) on:click=add>{move || app.t().add_note}</button>
            <crate::ui::facilitator::ReceivedFeedback project=feedback_project block=Some(block)/>
        </section>
    }
}
