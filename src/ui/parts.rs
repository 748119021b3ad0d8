//! The long screens' map (the feasibility studio, the diffusion plan): a
//! bar of links to the screen's parts that stays at the top while it
//! scrolls, and part headings that fold their part. Which parts are folded
//! is remembered in this browser (`storage::folded`).

use super::state::use_app;
use crate::i18n::Strings;
use crate::storage::folded;
use crate::storage::local::Local;
use leptos::ev::MouseEvent;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One part in the map: its heading's id and its title.
pub type Part = (&'static str, fn(&'static Strings) -> &'static str);

/// The bar of links. Each brings its part into view, unfolded, with the
/// keyboard's focus on its heading.
#[component]
pub fn PartNav(parts: Vec<Part>) -> impl IntoView {
    let app = use_app();
    let links = parts
        .into_iter()
        .map(|(id, title)| {
            let go = move |e: MouseEvent| {
                e.prevent_default();
                go_to(id);
            };
            // The address is the screen's own: the route is the fragment.
            view! { <li><a href=move || app.route.with(|r| r.href()) on:click=go>{move || title(app.t())}</a></li> }
        })
        .collect_view();
    view! {
        <nav class="part-nav" aria-label=move || app.t().on_this_page>
            <ul>{links}</ul>
        </nav>
    }
}

fn go_to(id: &str) {
    let Some(heading) = document().get_element_by_id(id) else {
        return;
    };
    let Some(button) = heading
        .query_selector("button.fold")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if button.get_attribute("aria-expanded").as_deref() == Some("false") {
        button.click();
    }
    // The heading keeps a margin clear of the bar (style/main.css).
    heading.scroll_into_view();
    let _ = button.focus();
}

/// A part's heading (`level` 2 or 3), a button that folds the section it
/// heads. `screen` and `id` name the part in what is remembered.
#[component]
pub fn FoldHeading(
    screen: &'static str,
    #[prop(into)] id: String,
    level: u8,
    children: Children,
) -> impl IntoView {
    let name = format!("{screen}:{id}");
    let folded = RwSignal::new(Local::open().is_some_and(|l| folded::read(&l).contains(&name)));
    let button = NodeRef::<html::Button>::new();
    // The section's own markup stays the tool's: the fold is a class on it.
    Effect::new(move |_| {
        let now = folded.get();
        if let Some(section) = button
            .get()
            .and_then(|b| b.closest("section").ok().flatten())
        {
            let _ = section.class_list().toggle_with_force("folded", now);
        }
    });
    let toggle = move |_| {
        let now = !folded.get_untracked();
        folded.set(now);
        if let Some(mut local) = Local::open() {
            folded::set(&mut local, &name, now);
        }
    };
    let inner = view! {
        <button type="button" class="fold" node_ref=button aria-expanded=move || (!folded.get()).to_string() on:click=toggle>
            {children()}
        </button>
    };
    match level {
        2 => view! { <h2 id=id class="fold-heading">{inner}</h2> }.into_any(),
        _ => view! { <h3 id=id class="fold-heading">{inner}</h3> }.into_any(),
    }
}
