//! The fields that describe a project, shared by the "New project" dialog
//! and the details screen.

use super::super::state::{no_new_line, use_app};
use crate::i18n::Strings;
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
    let team_ref = NodeRef::<html::Textarea>::new();
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
    // A plain text field: shows `get` of the details, writes with `put`.
    let text = move |field: &'static str,
                     label: fn(&'static Strings) -> &'static str,
                     max: usize,
                     get: fn(&ProjectDetails) -> &String,
                     put: fn(&mut ProjectDetails, String),
                     node: NodeRef<html::Input>| {
        view! {
            <div class="field">
                <label for=id(field)>{move || label(app.t())}</label>
                <input
                    id=id(field)
                    node_ref=node
                    type="text"
                    required=field == "title"
                    maxlength=max.to_string()
                    autocomplete=if field == "country" { "country-name" } else { "off" }
                    prop:value=move || details.with(|d| get(d).clone())
                    on:input:target=move |e| {
                        let v = e.target().value();
                        set(field, Box::new(move |d| put(d, v)))
                    }
                />
            </div>
        }
    };
    view! {
        {text("title", |t| t.field_title, 200, |d| &d.title, |d, v| d.title = v, title_ref)}
        // The pitch is a sentence: it wraps, so it is read whole (Enter
        // adds no line).
        <div class="field">
            <label for=id("pitch")>{move || app.t().field_pitch}</label>
            <textarea
                id=id("pitch")
                class="line"
                rows="1"
                maxlength="300"
                prop:value=move || details.with(|d| d.pitch.clone())
                on:keydown=no_new_line
                on:input:target=move |e| {
                    let v = e.target().value();
                    set("pitch", Box::new(move |d| d.pitch = v))
                }
            ></textarea>
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
        {text("country", |t| t.field_country, 100, |d| &d.country, |d, v| d.country = v, NodeRef::new())}
        <div class="field">
            <label for=id("team")>{move || app.t().field_team}</label>
            <textarea
                id=id("team")
                class="line"
                rows="1"
                node_ref=team_ref
                maxlength="2000"
                autocomplete="off"
                aria-describedby=id("team-hint")
                on:keydown=no_new_line
                on:input:target=move |e| {
                    let v = Project::parse_team(&e.target().value());
                    set("team", Box::new(move |d| d.team = v))
                }
            ></textarea>
            <p class="hint" id=id("team-hint")>{move || app.t().field_team_hint}</p>
        </div>
    }
}
