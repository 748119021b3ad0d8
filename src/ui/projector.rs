//! Projector view: one switch (a header button or F8)
//! turns any screen into large type and high contrast for a room, hides the
//! editing chrome, and lets the keyboard walk the screen: arrows between
//! blocks, Enter into a block, arrows between its items, Esc back out.
//!
//! The look is `style/projector.css`, keyed on `<html class="projector">`.
//! Navigation is generic: a *group* is a canvas block or anything marked
//! `data-nav-group`; an *item* is a note or anything marked
//! `data-nav-item`, so other screens join in by marking their regions.

use crate::ui::dom::all;
use crate::ui::state::{on_window, use_app};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

const GROUPS: &str = "main .block, main [data-nav-group]";
const ITEMS: &str = ".note textarea, [data-nav-item]";

/// Whether projector view is on, shared through context.
#[derive(Clone, Copy)]
pub struct Projector(pub RwSignal<bool>);

/// Whether projector view is on (tracked). Off where there is no context.
pub fn projector_on() -> bool {
    use_context::<Projector>().is_some_and(|p| p.0.get())
}

/// Whether projector view is on, read from the page (for event handlers,
/// which run outside any reactive owner).
pub fn projector_on_untracked() -> bool {
    document()
        .document_element()
        .is_some_and(|r| r.class_list().contains("projector"))
}

/// Turns projector view on or off from a screen made for it (the pitch).
pub fn projector_set(on: bool) {
    if let Some(p) = use_context::<Projector>() {
        p.0.set(on);
    }
}

/// Provides the switch, keeps the root class in step and listens for keys.
pub fn install() {
    let on = RwSignal::new(false);
    provide_context(Projector(on));
    Effect::new(move |_| {
        let on = on.get();
        if let Some(root) = document().document_element() {
            let _ = root.class_list().toggle_with_force("projector", on);
        }
    });
    on_window(ev::keydown, move |e: KeyboardEvent| keys(on, &e));
}

/// Turns projector view on or off, entering full screen where the browser
/// allows it (the view works the same when it refuses).
fn toggle(on: RwSignal<bool>) {
    let now = !on.get_untracked();
    on.set(now);
    let doc = document();
    if now {
        if let Some(root) = doc.document_element() {
            call_promise(root.into(), "requestFullscreen");
        }
    } else if doc.fullscreen_element().is_some() {
        call_promise(doc.into(), "exitFullscreen");
    }
}

/// Calls a method returning a promise and swallows its refusal (full
/// screen is refused without a user gesture, or inside some frames).
fn call_promise(target: wasm_bindgen::JsValue, method: &str) {
    let Ok(f) = js_sys::Reflect::get(&target, &method.into()) else {
        return;
    };
    let Some(f) = f.dyn_ref::<js_sys::Function>() else {
        return;
    };
    if let Ok(p) = f
        .call0(&target)
        .and_then(|p| p.dyn_into::<js_sys::Promise>())
    {
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        });
    }
}

fn typing(el: &Element) -> bool {
    match el.tag_name().as_str() {
        "INPUT" | "SELECT" => true,
        "TEXTAREA" => !el.has_attribute("readonly"),
        _ => el
            .dyn_ref::<HtmlElement>()
            .is_some_and(HtmlElement::is_content_editable),
    }
}

fn focus(el: &HtmlElement) {
    if !el.has_attribute("tabindex") && !el.matches("textarea, button, a, input").unwrap_or(true) {
        let _ = el.set_attribute("tabindex", "-1");
    }
    let _ = el.focus();
}

/// The element `step` places from `current` in `list`, clamped to its ends.
fn step_from(list: &[HtmlElement], current: Option<&Element>, step: isize) -> Option<HtmlElement> {
    let at = current.and_then(|c| list.iter().position(|e| e.unchecked_ref::<Element>() == c));
    let next = match at {
        Some(i) => (i as isize + step).clamp(0, list.len() as isize - 1) as usize,
        None if step > 0 => 0,
        None => list.len().checked_sub(1)?,
    };
    list.get(next).cloned()
}

fn keys(on: RwSignal<bool>, e: &KeyboardEvent) {
    if e.default_prevented() || e.ctrl_key() || e.meta_key() || e.alt_key() {
        return;
    }
    let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
    let in_dialog = target
        .as_ref()
        .is_some_and(|t| t.closest("dialog").ok().flatten().is_some());
    if in_dialog {
        return;
    }
    let is_typing = target.as_ref().is_some_and(typing);
    let key = e.key();
    // F8 only: a single-letter shortcut would fire from speech input and
    // stray keys (WCAG 2.1.4), and F8 types nothing, even in a field.
    if key == "F8" {
        e.prevent_default();
        toggle(on);
        return;
    }
    if !on.get_untracked() || is_typing {
        return;
    }
    let (forward, back) = crate::ui::state::reading_arrows();
    let step = match key.as_str() {
        "ArrowDown" => Some(1),
        "ArrowUp" => Some(-1),
        k if k == forward => Some(1),
        k if k == back => Some(-1),
        _ => None,
    };
    let group = target
        .as_ref()
        .and_then(|t| t.closest(GROUPS).ok().flatten());
    let item = target
        .as_ref()
        .and_then(|t| t.closest(ITEMS).ok().flatten())
        .filter(|_| group.is_some());
    let handled = match (key.as_str(), step) {
        (_, Some(step)) => match (&item, &group) {
            (Some(item), Some(group)) => {
                step_from(&all(group, ITEMS), Some(item), step).map(|el| focus(&el))
            }
            _ => step_from(
                &document()
                    .document_element()
                    .map_or_else(Vec::new, |d| all(&d, GROUPS)),
                group.as_ref(),
                step,
            )
            .map(|el| focus(&el)),
        },
        ("Enter", _) if group.is_some() && group == target => group
            .as_ref()
            .and_then(|g| all(g, ITEMS).into_iter().next())
            .map(|el| focus(&el)),
        ("Escape", _) if item.is_some() => group
            .and_then(|g| g.dyn_into::<HtmlElement>().ok())
            .map(|g| focus(&g)),
        _ => None,
    };
    if handled.is_some() {
        e.prevent_default();
    }
}

/// The header's switch; in projector view, the bar's way out.
#[component]
pub fn ProjectorButton() -> impl IntoView {
    let app = use_app();
    let on = expect_context::<Projector>().0;
    view! {
        // Named by what it does: a facilitator in front of a room reads
        // "Leave projector view", not a pressed state.
        <button
            type="button"
            class="projector-toggle"
            aria-describedby=move || on.get().then_some("projector-help")
            title=move || app.t().facilitation.projector_hint
            on:click=move |_| toggle(on)
        >
            {move || if on.get() { app.t().facilitation.leave_projector } else { app.t().facilitation.projector }}
        </button>
        {move || on.get().then(|| view! { <p class="projector-help visually-hidden" id="projector-help">{app.t().facilitation.projector_help}</p> })}
    }
}
