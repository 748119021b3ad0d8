//! One note: its text, colour, and the ways to move or delete it by
//! keyboard, buttons or drag and drop.

use super::dragged_note;
use crate::model::{Block, Colour, Id, Note};
use crate::ui::state::{focus_by_id, neighbour, now, use_app};
use leptos::html;
use leptos::prelude::*;

/// The drag data type that marks a note being dragged.
pub const DRAG_TYPE: &str = "application/x-canevas-note";

#[component]
pub fn NoteView(project: Id, block: Block, note: Id, ids: Memo<Vec<Id>>) -> impl IntoView {
    let app = use_app();
    let (read_p, read_n) = (project.clone(), note.clone());
    let data = Memo::new(move |_| {
        app.session.with(|s| {
            s.project(&read_p)
                .and_then(|p| p.canvas.note(&read_n).cloned())
        })
    });
    let pos_id = note.clone();
    let position =
        Memo::new(move |_| ids.with(|v| v.iter().position(|i| i == &pos_id).unwrap_or(0)));
    let count = Memo::new(move |_| ids.with(Vec::len));
    let textarea = NodeRef::<html::Textarea>::new();

    // Focus this note when asked to (after it was added or moved).
    let focus_id = note.clone();
    Effect::new(move |_| {
        if app.focus_note.with(|f| f.as_ref() == Some(&focus_id)) {
            if let Some(t) = textarea.get() {
                let _ = t.focus();
                app.focus_note.set(None);
            }
        }
    });

    // Every edit goes through here: one project, undoable, saved at once.
    let edit = {
        let (project, note) = (project.clone(), note.clone());
        move |coalesce: Option<String>,
              f: &dyn Fn(&mut crate::model::Canvas, &Id, crate::model::Timestamp) -> bool| {
            app.change(|s| {
                s.edit(&project, now(), coalesce, |p, now| {
                    f(&mut p.canvas, &note, now)
                })
            })
        }
    };
    let edit = StoredValue::new_local(edit);
    let run =
        move |coalesce: Option<String>,
              f: &dyn Fn(&mut crate::model::Canvas, &Id, crate::model::Timestamp) -> bool| {
            edit.with_value(|e| e(coalesce, f))
        };
    let note_key = note.clone();
    let moved = {
        let note = note.clone();
        move || app.focus_note.set(Some(note.clone()))
    };
    let moved = StoredValue::new_local(moved);
    let shift = move |step: isize| {
        if run(None, &|c, id, now| c.shift_note(id, step, now)) {
            moved.with_value(|m| m());
        }
    };
    let to_block = move |step: isize| {
        if run(None, &|c, id, now| c.shift_note_to_block(id, step, now)) {
            moved.with_value(|m| m());
        }
    };

    let on_keydown = move |e: web_sys::KeyboardEvent| {
        if !e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        // Left and right follow the reading direction, so a right-to-left
        // language needs no change here.
        let rtl = textarea
            .get()
            .is_some_and(|t| t.matches(":dir(rtl)").unwrap_or(false));
        let forward = if rtl { "ArrowLeft" } else { "ArrowRight" };
        let back = if rtl { "ArrowRight" } else { "ArrowLeft" };
        match e.key().as_str() {
            "ArrowUp" => shift(-1),
            "ArrowDown" => shift(1),
            k if k == back => to_block(-1),
            k if k == forward => to_block(1),
            _ => return,
        }
        e.prevent_default();
    };

    let drop_target = note.clone();
    let drop_project = project.clone();
    let on_drop = move |e: web_sys::DragEvent| {
        let Some(dragged) = dragged_note(&e) else {
            return;
        };
        e.prevent_default();
        e.stop_propagation();
        let target = drop_target.clone();
        app.change(|s| {
            s.edit(&drop_project, now(), None, |p, now| {
                // Dropped on a note: take its place, pushing it down.
                let index = p.canvas.locate(&target).map_or(usize::MAX, |(_, i)| i);
                p.canvas.move_note(&dragged, block, index, now)
            })
        });
        app.focus_note.set(Some(dragged));
    };

    let drag_id = note.clone();
    let (delete_project, delete_id) = (project.clone(), note.clone());
    let colour = move || data.with(|n| n.as_ref().and_then(|n| n.colour));
    let textarea_id = format!("note-{note}");
    view! {
        <li
            class=move || format!("note note-{}", colour().map_or("none", Colour::key))
            on:dragover=move |e| {
                if super::is_note_drag(&e) {
                    e.prevent_default();
                }
            }
            on:drop=on_drop
        >
            <span
                class="drag-handle"
                draggable="true"
                // Pointer only: the keyboard and screen readers have the
                // move buttons, the "Move to block" list and Alt+arrows.
                aria-hidden="true"
                title=move || app.t().drag_to_move
                on:dragstart=move |e| {
                    if let Some(dt) = e.data_transfer() {
                        let _ = dt.set_data(DRAG_TYPE, drag_id.as_str());
                        dt.set_effect_allowed("move");
                    }
                }
            >
                "⠿"
            </span>
            <textarea
                id=textarea_id
                node_ref=textarea
                rows="3"
                readonly=crate::ui::facilitator::projector_on
                maxlength=crate::model::MAX_TEXT_CHARS.to_string()
                aria-label=move || (app.t().note_label)(position.get() + 1)
                prop:value=move || data.with(|n| n.as_ref().map(|n: &Note| n.text.clone()).unwrap_or_default())
                on:input:target=move |e| {
                    let text = e.target().value();
                    run(Some(format!("text:{note_key}")), &|c, id, now| c.set_text(id, &text, now));
                }
                on:keydown=on_keydown
            ></textarea>
            <p class="print-only" aria-hidden="true">{move || data.with(|n| n.as_ref().map(|n| n.text.clone()))}</p>
            <div class="note-tools">
                <select
                    class="colour-select"
                    prop:value=move || colour().map_or("", Colour::key)
                    aria-label=move || app.t().colour
                    title=move || app.t().colour
                    on:change:target=move |e| {
                        // "No colour" is the empty value.
                        let c = Colour::from_key(&e.target().value());
                        run(None, &|canvas, id, now| canvas.set_colour(id, c, now));
                    }
                >
                    // One reactive closure per list, not one per option: a
                    // full canvas has 180 notes.
                    {move || {
                        let (t, current) = (app.t(), colour());
                        std::iter::once(None)
                            .chain(Colour::ALL.map(Some))
                            .map(|c| view! {
                                <option value=c.map_or("", Colour::key) selected=c == current>{(t.colour_name)(c)}</option>
                            })
                            .collect_view()
                    }}
                </select>
                <select
                    class="move-select"
                    aria-label=move || app.t().move_to
                    title=move || app.t().move_to
                    on:change:target=move |e| {
                        let to = Block::ALL.into_iter().find(|b| b.key() == e.target().value());
                        if let Some(to) = to.filter(|to| *to != block) {
                            if run(None, &|c, id, now| c.move_note(id, to, usize::MAX, now)) {
                                moved.with_value(|m| m());
                            }
                        }
                    }
                >
                    {move || {
                        let t = app.t();
                        Block::ALL
                            .into_iter()
                            .map(|b| view! { <option value=b.key() selected=b == block>{(t.block)(b)}</option> })
                            .collect_view()
                    }}
                </select>
                <button type="button" class="icon" aria-label=move || app.t().move_up title=move || app.t().move_up
                    disabled=move || position.get() == 0 on:click=move |_| shift(-1)>"↑"</button>
                <button type="button" class="icon" aria-label=move || app.t().move_down title=move || app.t().move_down
                    disabled={move || position.get() + 1 >= count.get()} on:click=move |_| shift(1)>"↓"</button>
                <button type="button" class="icon danger" aria-label=move || app.t().delete_note title=move || app.t().delete_note
                    on:click=move |_| {
                        // Keep the keyboard's place: the next note, else the
                        // previous one, else the block's "Add note".
                        let at = position.get_untracked();
                        let next = ids.with_untracked(|v| neighbour(v, at).cloned());
                        // A segment's fit profile goes with its note, in
                        // the same undo step.
                        let mut profile = false;
                        let removed = app.change(|s| s.edit(&delete_project, now(), None, |p, _| {
                            p.remove_note(&delete_id).inspect(|r| profile = r.3).is_some()
                        }));
                        if removed {
                            app.say(false, move |t| if profile { t.fit.note_and_profile_deleted } else { t.note_deleted }.to_owned());
                            match next {
                                Some(n) => app.focus_note.set(Some(n)),
                                None => focus_by_id(&super::add_button_id(block)),
                            }
                        }
                    }>"×"</button>
            </div>
        </li>
    }
}
