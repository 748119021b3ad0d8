//! A small builder for read-only displays (cohort cards, a read-only
//! canvas, the comparison table, the tools' presentations). One plain function serves every shape,
//! where each `view!` tree would be its own generic code: the facilitator's
//! screens stay small in the download. Text is only ever set as text and
//! values as attributes or properties; nothing is parsed as HTML. Buttons
//! and fields inside carry `data-*` attributes and their events are handled
//! once, by the Leptos element that hosts them.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

pub struct El(Element);

pub fn el(tag: &str) -> El {
    El(document().create_element(tag).expect("a valid tag"))
}

impl El {
    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    pub fn class(self, class: &str) -> El {
        self.attr("class", class)
    }

    pub fn text(self, text: &str) -> El {
        let _ = self.0.append_child(&document().create_text_node(text));
        self
    }

    pub fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    pub fn children(self, children: impl IntoIterator<Item = El>) -> El {
        children.into_iter().fold(self, El::child)
    }

    /// Sets a text field's value (a property: never markup).
    pub fn value(self, value: &str) -> El {
        if let Some(t) = self.0.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            t.set_value(value);
        } else if let Some(i) = self.0.dyn_ref::<web_sys::HtmlInputElement>() {
            i.set_value(value);
        }
        self
    }

    /// The element built, to place by hand (a menu opened under its note).
    pub fn into_element(self) -> Element {
        self.0
    }

    pub fn checked(self, on: bool) -> El {
        if let Some(i) = self.0.dyn_ref::<web_sys::HtmlInputElement>() {
            i.set_checked(on);
        }
        self
    }
}

/// A `<div>` whose content `build` draws, again whenever a signal `build`
/// reads changes. Focus inside survives the redraw: the element that had
/// it is found again by its id, so a keyboard user keeps their place.
pub fn host(class: &'static str, build: impl Fn() -> El + 'static) -> impl IntoView {
    let node = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        let Some(host) = node.get() else { return };
        let content = build();
        let focused = document()
            .active_element()
            .filter(|a| host.contains(Some(a)))
            .map(|a| a.id())
            .filter(|id| !id.is_empty());
        host.set_text_content(None);
        let _ = host.append_child(&content.0);
        if let Some(id) = focused {
            super::state::focus_by_id(&id);
        }
    });
    view! { <div node_ref=node class=class></div> }
}

/// The `data-<name>` of the element an event came from (or of its nearest
/// ancestor that has one), and that element.
pub fn data_of(e: &web_sys::Event, name: &str) -> Option<(String, Element)> {
    let target = e.target()?.dyn_into::<Element>().ok()?;
    let attr = format!("data-{name}");
    let el = target.closest(&format!("[{attr}]")).ok()??;
    Some((el.get_attribute(&attr)?, el))
}

/// The HTML elements under `root` (itself excluded) that match `selector`,
/// in document order.
pub fn all(root: &Element, selector: &str) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}
