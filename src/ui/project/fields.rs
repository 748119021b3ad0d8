//! The fields that describe a project, shared by the "New project" dialog
//! and the details screen.

use super::super::state::use_app;
use crate::model::{Discipline, Project};
use crate::session::ProjectDetails;
use leptos::html;
use leptos::prelude::*;

/// Each field reports a change at once, with the field's name (so typing
/// in one field undoes as one step).
#[component]
pub fn DetailsFields(
    #[prop(into)] details: Signal<ProjectDetails>,
    on_change: Callback<(ProjectDetails, &'static str)>,
    /// Makes the fields' ids unique on the page.
    prefix: &'static str,
    /// The node of the title input, to focus it.
    #[prop(optional)]
    title_ref: Option<NodeRef<html::Input>>,
) -> impl IntoView {
    let app = use_app();
    let id = move |f: &str| format!("{prefix}-{f}");
    let set = move |field: &'static str, f: Box<dyn FnOnce(&mut ProjectDetails)>| {
        let mut d = details.get_untracked();
        f(&mut d);
        on_change.run((d, field));
    };
    let team_ref = NodeRef::<html::Input>::new();
    // The team field shows the list as typed: it is only rewritten when the
    // stored list no longer matches it (after an undo, say), so a comma
    // being typed is not swallowed.
    Effect::new(move |_| {
        let team = details.with(|d| d.team.clone());
        if let Some(input) = team_ref.get() {
            if Project::parse_team(&input.value()) != team {
                input.set_value(&team.join(", "));
            }
        }
    });
    let title_ref = title_ref.unwrap_or_default();
    view! {
        <div class="field">
            <label for=id("title")>{move || app.t().field_title}</label>
            <input
                id=id("title")
                node_ref=title_ref
                type="text"
                required
                maxlength="200"
                autocomplete="off"
                prop:value=move || details.with(|d| d.title.clone())
                on:input:target=move |e| { let v = e.target().value(); set("title", Box::new(move |d| d.title = v)) }
            />
        </div>
        <div class="field">
            <label for=id("pitch")>{move || app.t().field_pitch}</label>
            <input
                id=id("pitch")
                type="text"
                maxlength="300"
                autocomplete="off"
                prop:value=move || details.with(|d| d.pitch.clone())
                on:input:target=move |e| { let v = e.target().value(); set("pitch", Box::new(move |d| d.pitch = v)) }
            />
        </div>
        <div class="field">
            <label for=id("discipline")>{move || app.t().field_discipline}</label>
            <select
                id=id("discipline")
                on:change:target=move |e| {
                    if let Some(v) = Discipline::from_key(&e.target().value()) {
                        set("discipline", Box::new(move |d| d.discipline = v));
                    }
                }
            >
                {Discipline::ALL
                    .into_iter()
                    .map(|d| view! {
                        <option value=d.key() selected=move || details.with(|x| x.discipline == d)>
                            {move || (app.t().discipline)(d)}
                        </option>
                    })
                    .collect_view()}
            </select>
        </div>
        <div class="field">
            <label for=id("country")>{move || app.t().field_country}</label>
            <input
                id=id("country")
                type="text"
                maxlength="100"
                autocomplete="country-name"
                prop:value=move || details.with(|d| d.country.clone())
                on:input:target=move |e| { let v = e.target().value(); set("country", Box::new(move |d| d.country = v)) }
            />
        </div>
        <div class="field">
            <label for=id("team")>{move || app.t().field_team}</label>
            <input
                id=id("team")
                node_ref=team_ref
                type="text"
                maxlength="2000"
                autocomplete="off"
                aria-describedby=id("team-hint")
                on:input:target=move |e| {
                    let v = Project::parse_team(&e.target().value());
                    set("team", Box::new(move |d| d.team = v))
                }
            />
            <p class="hint" id=id("team-hint")>{move || app.t().field_team_hint}</p>
        </div>
    }
}
