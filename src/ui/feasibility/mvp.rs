//! Part 5: the MVP's scope, milestones, team and budget.

use super::{focus_soon, use_ctx, AddButton, Part, TextField, Word};
use crate::model::feasibility::{set, Milestone, Mvp};
use crate::model::Id;
use leptos::prelude::*;

#[component]
pub fn MvpScope() -> impl IntoView {
    let ctx = use_ctx();
    // A text field of the MVP: read with `get`, written with `put`.
    let text = move |label: Word,
                     key: &'static str,
                     get: fn(&Mvp) -> &String,
                     put: fn(&mut Mvp) -> &mut String,
                     multiline: bool| {
        let value = Signal::derive(move || ctx.feas.with(|f| get(&f.mvp).clone()));
        let on_input = Callback::new(move |v: String| {
            ctx.edit(Some(format!("mvp-{key}")), |f| set(put(&mut f.mvp), v));
        });
        view! { <TextField label value on_input multiline/> }
    };
    let ids = Memo::new(move |_| {
        ctx.feas.with(|f| {
            f.mvp
                .milestones
                .iter()
                .map(|m| m.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let add = Callback::new(move |()| {
        let id = ctx.new_id();
        let new = id.clone();
        if ctx.edit(None, |f| {
            f.mvp.milestones.push(Milestone::new(new, ""));
            true
        }) {
            focus_soon(format!("milestone-{id}"));
        }
    });
    view! {
        <Part id="mvp" title={|t| t.mvp_title}>
            <p class="hint">{move || ctx.t().one_a_line}</p>
            <div class="row scope">
                {text(|t| t.includes, "includes", |m| &m.includes, |m| &mut m.includes, true)}
                {text(|t| t.excludes, "excludes", |m| &m.excludes, |m| &mut m.excludes, true)}
            </div>
            <section class="milestones" aria-labelledby="milestones-title">
                <h3 id="milestones-title">{move || ctx.t().milestones}</h3>
                <ol class="cards">
                    <For each={move || ids.get().into_iter().enumerate().collect::<Vec<_>>()} key={|(i, id): &(usize, Id)| (*i, id.clone())}
                        children=move |(i, id)| view! { <MilestoneRow id n={i + 1}/> }/>
                </ol>
                <AddButton id="add-milestone".into() label={|t| t.add_milestone} on_click=add/>
            </section>
            {text(|t| t.needs_team, "team", |m| &m.team, |m| &mut m.team, true)}
            <div class="row">
                {text(|t| t.budget, "budget", |m| &m.budget, |m| &mut m.budget, false)}
                {text(|t| t.currency, "currency", |m| &m.currency, |m| &mut m.currency, false)}
            </div>
        </Part>
    }
}

#[component]
fn MilestoneRow(id: Id, n: usize) -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.t();
    let r = id.clone();
    let m = Memo::new(move |_| {
        ctx.feas
            .with(|f| f.mvp.milestones.iter().find(|m| m.id == r).cloned())
    });
    let w = id.clone();
    let on_name = Callback::new(move |v: String| {
        ctx.edit(Some(format!("milestone-{w}")), |f| {
            f.mvp
                .milestones
                .iter_mut()
                .find(|m| m.id == w)
                .is_some_and(|m| set(&mut m.name, v))
        });
    });
    let w = id.clone();
    // The date picker gives `YYYY-MM-DD` or nothing; anything else is
    // refused by the model.
    let on_date = Callback::new(move |v: String| {
        ctx.edit(None, |f| {
            f.mvp
                .milestones
                .iter_mut()
                .find(|m| m.id == w)
                .is_some_and(|m| m.set_date(&v))
        });
    });
    let del = id.clone();
    view! {
        <li>
            <fieldset class="card milestone" id=format!("milestone-{id}") tabindex="-1">
                <legend>{move || (t().numbered)(t().milestone, n)}</legend>
                <TextField label={|t| t.milestone} value=Signal::derive(move || m.with(|m| m.as_ref().map(|m| m.name.clone()).unwrap_or_default())) on_input=on_name/>
                <TextField label={|t| t.date} kind="date" value=Signal::derive(move || m.with(|m| m.as_ref().map(|m| m.date.clone()).unwrap_or_default())) on_input=on_date/>
                <button type="button" class="danger" on:click=move |_| ctx.delete(&del, "add-milestone")>{move || t().delete}</button>
            </fieldset>
        </li>
    }
}
