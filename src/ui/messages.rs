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
    view! {
        <section class="messages" aria-label=move || app.t().messages>
            <div role="alert" class="alerts">{list(true)}</div>
            <div role="status" class="notices">{list(false)}</div>
        </section>
    }
}
