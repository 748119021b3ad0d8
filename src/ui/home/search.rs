//! The home screen's search: the project cards shown are those with every
//! word of the query in one of their texts (`model::search`).

use crate::model::search::{haystack, matches};
use crate::model::Id;
use crate::ui::intl;
use crate::ui::state::{focus_by_id, use_app};
use leptos::prelude::*;

const FIELD_ID: &str = "project-search";

/// The projects to show: all of `ids` while the query is blank, else those
/// it finds, in the same order.
pub fn shown(ids: Memo<Vec<Id>>, query: RwSignal<String>) -> Memo<Vec<Id>> {
    let app = use_app();
    let searching = Memo::new(move |_| query.with(|q| !q.trim().is_empty()));
    // Each project's words, folded once per change, not once per keystroke.
    let haystacks = Memo::new(move |_| {
        if !searching.get() {
            return Vec::new();
        }
        app.session.with(|s| {
            s.workspace()
                .projects
                .iter()
                .map(|p| (p.id.clone(), haystack(p)))
                .collect::<Vec<_>>()
        })
    });
    Memo::new(move |_| {
        if !searching.get() {
            return ids.get();
        }
        query.with(|q| {
            haystacks.with(|h| {
                h.iter()
                    .filter(|(_, words)| matches(words, q))
                    .map(|(id, _)| id.clone())
                    .collect()
            })
        })
    })
}

#[component]
pub fn SearchBox(query: RwSignal<String>, shown: Memo<Vec<Id>>) -> impl IntoView {
    let app = use_app();
    let result = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return String::new();
        }
        let t = app.t();
        match shown.with(Vec::len) {
            0 => (t.search_none)(q.trim()),
            n => (t.search_found)(intl::count(t.lang, n)),
        }
    };
    let clear = move |_| {
        query.set(String::new());
        focus_by_id(FIELD_ID);
    };
    view! {
        <div class="search" role="search">
            <label for=FIELD_ID>{move || app.t().search_label}</label>
            <input
                type="search"
                id=FIELD_ID
                aria-describedby="project-search-hint"
                prop:value=move || query.get()
                on:input=move |e| query.set(event_target_value(&e))
            />
            <p id="project-search-hint" class="hint">{move || app.t().search_hint}</p>
            <p role="status" class="search-result">
                {result}
                <Show when=move || !query.with(|q| q.trim().is_empty()) && shown.with(Vec::is_empty)>
                    " "
                    <button type="button" class="quiet" on:click=clear>{move || app.t().search_clear}</button>
                </Show>
            </p>
        </div>
    }
}
