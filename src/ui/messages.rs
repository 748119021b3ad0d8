//! Messages to the user: errors in an alert region, information in a
//! status region. Both regions are always in the page so screen readers
//! announce what appears in them.

use super::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Messages() -> impl IntoView {
    let app = use_app();
    let list = move |alert: bool| {
        let each = move || {
            app.messages.with(|all| {
                all.iter()
                    .filter(|m| m.alert == alert)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        };
        view! {
            <For
                each=each
                key=|m| m.id
                children=move |m| {
                    let id = m.id;
                    let text = m.text.clone();
                    view! {
                        <div class="message">
                            <p>{move || text(app.t())}</p>
                            <button type="button" class="quiet" on:click=move |_| app.dismiss(id)>
                                {move || app.t().dismiss}
                            </button>
                        </div>
                    }
                }
            />
        }
    };
    // phone (issue 13): the page keeps room at its end for the messages
    // (so the last field can be scrolled above them), and when one appears
    // the field being edited is brought above the stack: none covers it.
    let stack = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |_| {
        app.messages.track();
        request_animation_frame(move || {
            let (Some(el), Some(root)) = (stack.get_untracked(), document().document_element())
            else {
                return;
            };
            if let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) {
                let space = format!("{}px", el.offset_height());
                let _ = root.style().set_property("--messages-space", &space);
            }
            if let Some(field) = document().active_element().filter(|a| {
                a.matches("main :is(input, textarea, select)")
                    .unwrap_or(false)
            }) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                field.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    });
    view! {
        <section class="messages" node_ref=stack aria-label=move || app.t().messages>
            <div role="alert" class="alerts">{list(true)}</div>
            <div role="status" class="notices">{list(false)}</div>
        </section>
    }
}
