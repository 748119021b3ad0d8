//! One note: its text, colour, and the ways to move or delete it by
//! keyboard, buttons or drag and drop.
//!
//! A full canvas has 180 notes, so a note costs a handful of elements and
//! reactive nodes: its three tools are drawn by one effect with the lean
//! builder of `dom.rs` (again when the language, the note's colour or its
//! open menu changes), its colour and move menus are built only while open
//! (one at a time on the whole canvas), and one click, key and focus
//! handler on the note serves every tool and menu item (`data-act`).

use super::dragged_note;
use crate::model::{Block, Colour, Id, Note};
use crate::ui::dom::{all, data_of, el, host, El};
use crate::ui::state::{focus_by_id, neighbour, now, use_app};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The drag data type that marks a note being dragged.
pub const DRAG_TYPE: &str = "application/x-canevas-note";

/// A note's two menus.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Menu {
    Colour,
    Move,
}

/// The one menu open on the canvas, if any: whose, and which.
#[derive(Clone, Copy)]
pub struct OpenMenu(pub RwSignal<Option<(Id, Menu)>>);

impl Menu {
    fn opener(self, note: &Id) -> String {
        match self {
            Menu::Colour => format!("colour-{note}"),
            Menu::Move => format!("move-{note}"),
        }
    }
}

/// The new place of the focus among `count` items when `key` is pressed in
/// a vertical or horizontal list (menu, block list): arrows wrap, Home and
/// End go to the ends, left and right follow the reading direction.
pub(crate) fn step_key(key: &str, at: Option<usize>, count: usize, rtl: bool) -> Option<usize> {
    if count == 0 {
        return None;
    }
    let (next, prev) = if rtl {
        ("ArrowLeft", "ArrowRight")
    } else {
        ("ArrowRight", "ArrowLeft")
    };
    let last = count - 1;
    Some(match key {
        "Home" => 0,
        "End" => last,
        k if k == "ArrowDown" || k == next => at.map_or(0, |i| if i >= last { 0 } else { i + 1 }),
        k if k == "ArrowUp" || k == prev => at.map_or(last, |i| if i == 0 { last } else { i - 1 }),
        _ => return None,
    })
}

/// Whether `el` is laid out right to left.
pub(crate) fn is_rtl(el: &web_sys::Element) -> bool {
    el.matches(":dir(rtl)").unwrap_or(false)
}

/// Moves the focus among the items of `root` that match `items`, for the
/// keys of [`step_key`]; true when the key was one of them.
pub(crate) fn arrow_focus(
    e: &web_sys::KeyboardEvent,
    root: &web_sys::Element,
    items: &str,
) -> bool {
    let list = all(root, items);
    let active = document().active_element();
    let at = list
        .iter()
        .position(|i| active.as_ref() == Some(i.unchecked_ref()));
    match step_key(&e.key(), at, list.len(), is_rtl(root)) {
        Some(to) => {
            e.prevent_default();
            let _ = list[to].focus();
            true
        }
        None => false,
    }
}

#[component]
pub fn NoteView(
    project: Id,
    block: Block,
    note: Id,
    notes: ReadSignal<Vec<Note>>,
    ids: Memo<Vec<Id>>,
) -> impl IntoView {
    let app = use_app();
    let OpenMenu(menu) = expect_context();
    // Read from the block's notes, so a keystroke elsewhere on the canvas
    // reruns nothing here.
    let text_id = note.clone();
    let text = Memo::new(move |_| {
        notes.with(|v| {
            v.iter()
                .find(|n| n.id == text_id)
                .map(|n| n.text.clone())
                .unwrap_or_default()
        })
    });
    let colour_id = note.clone();
    let colour = Memo::new(move |_| {
        notes.with(|v| v.iter().find(|n| n.id == colour_id).and_then(|n| n.colour))
    });
    let pos_id = note.clone();
    let position =
        Memo::new(move |_| ids.with(|v| v.iter().position(|i| i == &pos_id).unwrap_or(0)));
    let open_id = note.clone();
    let open = Memo::new(move |_| {
        menu.with(|m| m.as_ref().filter(|(i, _)| i == &open_id).map(|(_, k)| *k))
    });
    let textarea = NodeRef::<html::Textarea>::new();

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
        let rtl = textarea.get().is_some_and(|t| is_rtl(&t));
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

    // Keep the keyboard's place: the next note, else the previous one,
    // else the block's "Add note". A segment's fit profile goes with its
    // note, in the same undo step.
    let (delete_project, delete_id) = (project.clone(), note.clone());
    let delete = move || {
        let at = position.get_untracked();
        let next = ids.with_untracked(|v| neighbour(v, at).cloned());
        let mut profile = false;
        let removed = app.change(|s| {
            s.edit(&delete_project, now(), None, |p, _| {
                p.remove_note(&delete_id)
                    .inspect(|r| profile = r.3)
                    .is_some()
            })
        });
        if removed {
            app.say(false, move |t| {
                if profile {
                    t.fit.note_and_profile_deleted
                } else {
                    t.note_deleted
                }
                .to_owned()
            });
            match next {
                Some(n) => app.focus_note.set(Some(n)),
                None => focus_by_id(&super::add_button_id(block)),
            }
        }
    };
    let delete = StoredValue::new_local(delete);

    // One handler for every tool and menu item of this note.
    let act_id = note.clone();
    let close = move |refocus: Option<Menu>| {
        menu.set(None);
        // The tools are redrawn: focus the button once they are.
        if let Some(kind) = refocus {
            let opener = kind.opener(&act_id);
            request_animation_frame(move || focus_by_id(&opener));
        }
    };
    let close = StoredValue::new_local(close);
    let toggle_id = note.clone();
    let on_click = move |e: web_sys::MouseEvent| {
        let Some((act, el)) = data_of(&e, "act") else {
            return;
        };
        if el.get_attribute("aria-disabled").as_deref() == Some("true") {
            return;
        }
        let value = el.get_attribute("data-value").unwrap_or_default();
        let close = |refocus| close.with_value(|c| c(refocus));
        let toggle = |kind: Menu| match open.get_untracked() == Some(kind) {
            true => close(Some(kind)),
            false => menu.set(Some((toggle_id.clone(), kind))),
        };
        match act.as_str() {
            "colour" => toggle(Menu::Colour),
            "move" => toggle(Menu::Move),
            "delete" => delete.with_value(|d| d()),
            "set-colour" => {
                close(Some(Menu::Colour));
                // "No colour" is the empty value.
                let c = Colour::from_key(&value);
                run(None, &|canvas, id, now| canvas.set_colour(id, c, now));
            }
            "up" | "down" => {
                close(None);
                shift(if act == "up" { -1 } else { 1 });
            }
            "to" => {
                close(None);
                let to = Block::ALL.into_iter().find(|b| b.key() == value);
                if let Some(to) = to.filter(|to| *to != block) {
                    if run(None, &|c, id, now| c.move_note(id, to, usize::MAX, now)) {
                        moved.with_value(|m| m());
                    }
                } else {
                    moved.with_value(|m| m());
                }
            }
            _ => {}
        }
    };
    // In an open menu: arrows, Home and End move, Escape closes it and gives
    // the focus back to its button; leaving it (Tab, a click elsewhere)
    // closes it.
    let li = NodeRef::<html::Li>::new();
    let in_menu = move |t: Option<web_sys::EventTarget>| {
        let t = t.and_then(|t| t.dyn_into::<web_sys::Element>().ok())?;
        t.closest("[role=menu]").ok().flatten()
    };
    let on_menu_key = move |e: web_sys::KeyboardEvent| {
        let (Some(root), Some(kind)) = (in_menu(e.target()), open.get_untracked()) else {
            return;
        };
        if e.key() == "Escape" {
            e.prevent_default();
            e.stop_propagation();
            close.with_value(|c| c(Some(kind)));
        } else {
            arrow_focus(&e, &root, MENU_ITEMS);
        }
    };
    let on_focusout = move |e: web_sys::FocusEvent| {
        let Some(kind) = open.get_untracked() else {
            return;
        };
        if in_menu(e.target()).is_none() {
            return;
        }
        // Into the menu again, or onto its own button (whose click toggles it).
        let to = e
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let stays = to.as_ref().is_some_and(|to| {
            to.closest("[role=menu]").ok().flatten().is_some()
                || to.get_attribute("data-act").as_deref() == Some(kind.act())
        });
        if !stays {
            menu.set(None);
        }
    };
    // The open menu, built when it opens, under the note's tools.
    let menu_id = note.clone();
    Effect::new(move |_| {
        let kind = open.get();
        let Some(li) = li.get() else { return };
        if let Ok(Some(old)) = li.query_selector("[role=menu]") {
            old.remove();
        }
        if let Some(kind) = kind {
            let at = position.get_untracked();
            let last = at + 1 >= ids.with_untracked(Vec::len);
            let menu = note_menu(app.t(), kind, block, colour.get_untracked(), at == 0, last)
                .attr("id", &format!("menu-{menu_id}"))
                .into_element();
            let _ = li.append_child(&menu);
            // Open on the checked colour, else the first item.
            let items = all(&menu, MENU_ITEMS);
            let checked = items.iter().find(|i| {
                kind == Menu::Colour && i.get_attribute("aria-checked").as_deref() == Some("true")
            });
            if let Some(item) = checked.or(items.first()) {
                let _ = item.focus();
            }
        }
    });

    let drag_id = note.clone();
    let textarea_id = format!("note-{note}");
    let tools_id = note.clone();
    let tools = move || {
        let t = app.t();
        let c = colour.get();
        let kind = open.get();
        let name = (t.colour_name)(c);
        let opener = |k: Menu, label: El| {
            let b = label
                .attr("id", &k.opener(&tools_id))
                .attr("data-act", k.act())
                .attr("aria-haspopup", "menu")
                .attr(
                    "aria-expanded",
                    if kind == Some(k) { "true" } else { "false" },
                );
            match kind == Some(k) {
                true => b.attr("aria-controls", &format!("menu-{tools_id}")),
                false => b,
            }
        };
        el("span")
            .attr("class", "note-tool-row")
            .child(opener(
                Menu::Colour,
                button("note-colour")
                    .attr("aria-label", &(t.note_colour)(name))
                    .attr("title", t.colour)
                    .child(swatch(c))
                    .text(name),
            ))
            .child(opener(
                Menu::Move,
                button("note-move")
                    .attr("title", t.note_move_title)
                    .text(t.note_move),
            ))
            .child(
                button("danger note-delete")
                    .attr("data-act", "delete")
                    .attr("aria-label", t.delete_note)
                    .attr("title", t.delete_note)
                    .text(t.delete),
            )
    };
    // No `readonly` in projector view: the page then presents the canvas
    // (`CanvasPresent`) and draws no note to edit.
    view! {
        <li
            node_ref=li
            class=move || format!("note note-{}", colour.get().map_or("none", Colour::key))
            on:dragover=move |e| {
                if super::is_note_drag(&e) {
                    e.prevent_default();
                }
            }
            on:drop=on_drop
            on:click=on_click
            on:keydown=on_menu_key
            on:focusout=on_focusout
        >
            <span
                class="drag-handle"
                draggable="true"
                // Pointer only: the keyboard and screen readers have the
                // Move menu and Alt+arrows.
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
                maxlength=crate::model::MAX_TEXT_CHARS.to_string()
                aria-label=move || (app.t().note_label)(position.get() + 1)
                prop:value=move || text.get()
                on:input:target=move |e| {
                    let text = e.target().value();
                    run(Some(format!("text:{note_key}")), &|c, id, now| c.set_text(id, &text, now));
                }
                on:keydown=on_keydown
            ></textarea>
            <p class="print-only" aria-hidden="true">{move || text.get()}</p>
            {host("note-tools", tools)}
        </li>
    }
}

const MENU_ITEMS: &str = "[role^=menuitem]";

impl Menu {
    fn act(self) -> &'static str {
        match self {
            Menu::Colour => "colour",
            Menu::Move => "move",
        }
    }
}

fn button(class: &str) -> El {
    el("button").attr("type", "button").class(class)
}

fn swatch(c: Option<Colour>) -> El {
    el("span")
        .class(&format!("swatch note-{}", c.map_or("none", Colour::key)))
        .attr("aria-hidden", "true")
}

/// A menu item: a button the arrows reach (not Tab), doing `act`.
fn item(role: &str, act: &str, value: &str) -> El {
    button("")
        .attr("role", role)
        .attr("tabindex", "-1")
        .attr("data-act", act)
        .attr("data-value", value)
}

fn checked(item: El, on: bool) -> El {
    item.attr("aria-checked", if on { "true" } else { "false" })
}

/// A note's open menu: its colours (the current one checked), or where to
/// move it (up, down, or to a block: its own checked).
fn note_menu(
    t: &crate::i18n::Strings,
    kind: Menu,
    block: Block,
    colour: Option<Colour>,
    first: bool,
    last: bool,
) -> El {
    let menu = el("div").class("note-menu").attr("role", "menu");
    match kind {
        Menu::Colour => menu.attr("aria-label", t.colour).children(
            std::iter::once(None).chain(Colour::ALL.map(Some)).map(|c| {
                checked(
                    item("menuitemradio", "set-colour", c.map_or("", Colour::key)),
                    c == colour,
                )
                .child(swatch(c))
                .text((t.colour_name)(c))
            }),
        ),
        Menu::Move => menu
            .attr("aria-label", t.note_move_title)
            .child(
                item("menuitem", "up", "")
                    .attr("aria-disabled", &first.to_string())
                    .text(t.move_up),
            )
            .child(
                item("menuitem", "down", "")
                    .attr("aria-disabled", &last.to_string())
                    .text(t.move_down),
            )
            .child(
                el("div")
                    .attr("role", "group")
                    .attr("aria-label", t.move_to)
                    .child(
                        el("p")
                            .class("menu-group-title")
                            .attr("aria-hidden", "true")
                            .text(t.move_to),
                    )
                    .children(Block::ALL.map(|b| {
                        checked(item("menuitemradio", "to", b.key()), b == block).text((t.block)(b))
                    })),
            ),
    }
}
