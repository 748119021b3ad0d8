//! Part 4: the risk register and its heat map (a real table).

use super::{focus_soon, scale_options, use_ctx, AddButton, Choice, Part, TextField};
use crate::model::feasibility::{heat_map, set, Risk, RISK_MAX};
use crate::model::Id;
use leptos::prelude::*;

#[component]
pub fn Risks() -> impl IntoView {
    let ctx = use_ctx();
    let ids = Memo::new(move |_| {
        ctx.feas
            .with(|f| f.risks.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
    });
    let add = Callback::new(move |()| {
        let id = ctx.new_id();
        let new = id.clone();
        if ctx.edit(None, |f| {
            f.risks.push(Risk::new(new));
            true
        }) {
            focus_soon(format!("risk-{id}"));
        }
    });
    view! {
        <Part id="risks" title={|t| t.risks_title}>
            <HeatMap/>
            <ol class="cards">
                <For each={move || ids.get().into_iter().enumerate().collect::<Vec<_>>()} key={|(i, id): &(usize, Id)| (*i, id.clone())}
                    children=move |(i, id)| view! { <RiskCard id n={i + 1}/> }/>
            </ol>
            <AddButton id="add-risk".into() label={|t| t.add_risk} on_click=add/>
        </Part>
    }
}

#[component]
fn HeatMap() -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.t();
    let map = Memo::new(move |_| {
        ctx.feas.with(|f| {
            heat_map(&f.risks)
                .into_iter()
                .map(|row| {
                    row.into_iter()
                        .map(|cell| cell.into_iter().map(|r| r.text.clone()).collect::<Vec<_>>())
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <table class="heat-map">
            <caption>{move || t().heat_map}</caption>
            <thead>
                <tr>
                    <td class="corner">{move || t().impact}" ↓ · "{move || t().likelihood}" →"</td>
                    {move || t().likelihood_levels.iter().map(|l| view! { <th scope="col">{*l}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {move || {
                    let t = t();
                    let map = map.get();
                    (1..=RISK_MAX).rev().map(|impact| {
                        let row = &map[impact as usize - 1];
                        view! {
                            <tr>
                                <th scope="row">{t.impact_levels[impact as usize - 1]}</th>
                                {(1..=RISK_MAX).map(|l| {
                                    let names = row[l as usize - 1].clone();
                                    let heat = match l * impact { 0..=4 => "low", 5..=9 => "medium", 10..=14 => "high", _ => "severe" };
                                    view! {
                                        <td class=format!("heat-{heat}")>
                                            {(!names.is_empty()).then(|| view! {
                                                <span class="count">{names.len()}</span>
                                                <ul>{names.into_iter().map(|n| view! { <li>{if n.trim().is_empty() { t.no_text.to_owned() } else { n }}</li> }).collect_view()}</ul>
                                            })}
                                        </td>
                                    }
                                }).collect_view()}
                            </tr>
                        }
                    }).collect_view()
                }}
            </tbody>
        </table>
    }
}

#[component]
fn RiskCard(id: Id, n: usize) -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.t();
    let r = id.clone();
    let risk = Memo::new(move |_| {
        ctx.feas
            .with(|f| f.risks.iter().find(|x| x.id == r).cloned())
    });
    let text = |get: fn(&Risk) -> &String| {
        Signal::derive(move || {
            risk.with(|r| r.as_ref().map(|r| get(r).clone()).unwrap_or_default())
        })
    };
    let edit = {
        let id = id.clone();
        move |key: Option<&str>, f: &dyn Fn(&mut Risk) -> bool| {
            ctx.edit(key.map(|k| format!("risk-{k}-{id}")), |feas| {
                feas.risk_mut(&id).is_some_and(f)
            });
        }
    };
    let edit = StoredValue::new(edit);
    let on_text = Callback::new(move |v: String| {
        edit.with_value(|e| e(Some("text"), &|r| set(&mut r.text, v.clone())))
    });
    let on_owner = Callback::new(move |v: String| {
        edit.with_value(|e| e(Some("owner"), &|r| set(&mut r.owner, v.clone())))
    });
    let on_mitigation = Callback::new(move |v: String| {
        edit.with_value(|e| e(Some("mitigation"), &|r| set(&mut r.mitigation, v.clone())))
    });
    let on_likelihood = Callback::new(move |v: String| {
        if let Ok(l) = v.parse::<u8>() {
            edit.with_value(|e| e(None, &|r| set(&mut r.likelihood, l.clamp(1, RISK_MAX))));
        }
    });
    let on_impact = Callback::new(move |v: String| {
        if let Ok(i) = v.parse::<u8>() {
            edit.with_value(|e| e(None, &|r| set(&mut r.impact, i.clamp(1, RISK_MAX))));
        }
    });
    let level = |get: fn(&Risk) -> u8| {
        Signal::derive(move || {
            risk.with(|r| r.as_ref().map(|r| get(r).to_string()).unwrap_or_default())
        })
    };
    let del = id.clone();
    view! {
        <li>
            <fieldset class="card" id=format!("risk-{id}") tabindex="-1">
                <legend>{move || (t().numbered)(t().risk, n)}</legend>
                <TextField label={|t| t.risk} value=text(|r| &r.text) on_input=on_text multiline=true/>
                <div class="row">
                    <Choice label={|t| t.likelihood} options=Signal::derive(move || scale_options(&t().likelihood_levels)) value=level(|r| r.likelihood) on_change=on_likelihood/>
                    <Choice label={|t| t.impact} options=Signal::derive(move || scale_options(&t().impact_levels)) value=level(|r| r.impact) on_change=on_impact/>
                    <TextField label={|t| t.owner} value=text(|r| &r.owner) on_input=on_owner/>
                </div>
                <TextField label={|t| t.mitigation} value=text(|r| &r.mitigation) on_input=on_mitigation multiline=true/>
                <button type="button" class="danger" on:click=move |_| ctx.delete(&del, "add-risk")>{move || t().delete}</button>
            </fieldset>
        </li>
    }
}
