//! Part 3: the feasibility scorecard, group by group, with the user's own
//! criteria.

use super::{focus_soon, optional, use_ctx, AddButton, Choice, Ctx, Part, TextField};
use crate::model::feasibility::{
    set, Confidence, CriterionRef, CustomCriterion, Group, Rating, SCORE_MAX,
};
use leptos::prelude::*;

#[component]
pub fn Scorecard() -> impl IntoView {
    let ctx = use_ctx();
    let add = Callback::new(move |()| {
        let id = ctx.new_id();
        let new = id.clone();
        if ctx.edit(None, |f| {
            f.scorecard
                .custom
                .push(CustomCriterion::new(new, Group::default()));
            true
        }) {
            focus_soon(format!("criterion-{id}"));
        }
    });
    view! {
        <Part id="scorecard" title={|t| t.scorecard_title} help={|t| t.scorecard_help}>
            <div class="groups">
                {Group::ALL.iter().map(|g| view! { <GroupView group=*g/> }).collect_view()}
            </div>
            <AddButton id="add-criterion".into() label={|t| t.add_criterion} on_click=add/>
        </Part>
    }
}

#[component]
fn GroupView(group: Group) -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.t();
    let criteria = Memo::new(move |_| {
        let d = ctx.discipline.get();
        ctx.feas.with(|f| f.scorecard.criteria(group, d))
    });
    let average = Memo::new(move |_| {
        let d = ctx.discipline.get();
        ctx.feas.with(|f| f.scorecard.group_average(group, d))
    });
    let heading = format!("group-{}", group.key());
    let heading_ref = heading.clone();
    view! {
        <section class="group" aria-labelledby=heading_ref>
            <h3 id=heading>{move || (t().group_name)(group)}
                <span class="average">" · "{move || t().average}": "{move || (t().mean)(average.get())}</span>
            </h3>
            <ul class="criteria">
                <For each=move || criteria.get() key=|c| c.clone() children=move |c| view! { <Row criterion=c/> }/>
            </ul>
        </section>
    }
}

fn rate(ctx: Ctx, c: &CriterionRef, coalesce: Option<String>, f: impl FnOnce(&mut Rating) -> bool) {
    ctx.edit(coalesce, |feas| feas.scorecard.rate(c, f));
}

#[component]
fn Row(criterion: CriterionRef) -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.t();
    let r = criterion.clone();
    let rating = Memo::new(move |_| {
        ctx.feas
            .with(|f| f.scorecard.rating(&r).unwrap_or_default())
    });
    let c = criterion.clone();
    let on_score = Callback::new(move |v: String| {
        let s = v.parse::<u8>().ok();
        rate(ctx, &c, None, |r| set(&mut r.score, s));
    });
    let c = criterion.clone();
    let on_confidence = Callback::new(move |v: String| {
        if let Some(k) = Confidence::from_key(&v) {
            rate(ctx, &c, None, |r| set(&mut r.confidence, k));
        }
    });
    let c = criterion.clone();
    let on_evidence = Callback::new(move |v: String| {
        rate(ctx, &c, Some(format!("evidence-{c:?}")), |r| {
            set(&mut r.evidence, v)
        });
    });
    let score_options = Signal::derive(move || {
        optional(
            t().not_set,
            (1..=SCORE_MAX)
                .map(|s| (s.to_string(), s.to_string()))
                .collect(),
        )
    });
    let confidence_options = Signal::derive(move || {
        Confidence::ALL
            .iter()
            .map(|c| (c.key().to_owned(), (t().confidence_name)(*c).to_owned()))
            .collect::<Vec<_>>()
    });
    let fields = view! {
        <Choice label={|t| t.score} options=score_options
            value=Signal::derive(move || rating.with(|r| r.score.map(|s| s.to_string()).unwrap_or_default())) on_change=on_score/>
        <Choice label={|t| t.confidence} options=confidence_options
            value=Signal::derive(move || rating.with(|r| r.confidence.key().to_owned())) on_change=on_confidence/>
        <TextField label={|t| t.evidence_note} value=Signal::derive(move || rating.with(|r| r.evidence.clone())) on_input=on_evidence/>
    };
    match criterion {
        CriterionRef::Builtin(k) => {
            let name_id = format!("criterion-{}", k.key());
            let name_id_ref = name_id.clone();
            view! {
                <li class="criterion" role="group" aria-labelledby=name_id_ref>
                    <span class="name" id=name_id>{move || (t().criterion_name)(k)}</span>
                    {fields}
                </li>
            }
            .into_any()
        }
        CriterionRef::Custom(id) => {
            let r = id.clone();
            let custom = Memo::new(move |_| {
                ctx.feas.with(|f| {
                    f.scorecard
                        .custom
                        .iter()
                        .find(|c| c.id == r)
                        .map(|c| (c.name.clone(), c.group))
                })
            });
            let name = Signal::derive(move || {
                custom.with(|c| c.as_ref().map(|c| c.0.clone()).unwrap_or_default())
            });
            let w = id.clone();
            let on_name = Callback::new(move |v: String| {
                ctx.edit(Some(format!("criterion-{w}")), |f| {
                    f.scorecard
                        .custom
                        .iter_mut()
                        .find(|c| c.id == w)
                        .is_some_and(|c| set(&mut c.name, v))
                });
            });
            let w = id.clone();
            let on_group = Callback::new(move |v: String| {
                if let Some(g) = Group::from_key(&v) {
                    ctx.edit(None, |f| {
                        f.scorecard
                            .custom
                            .iter_mut()
                            .find(|c| c.id == w)
                            .is_some_and(|c| set(&mut c.group, g))
                    });
                    focus_soon(format!("criterion-{w}"));
                }
            });
            let group_options = Signal::derive(move || {
                Group::ALL
                    .iter()
                    .map(|g| (g.key().to_owned(), (t().group_name)(*g).to_owned()))
                    .collect::<Vec<_>>()
            });
            let label = move || {
                let n = name.get();
                if n.trim().is_empty() {
                    t().criterion.to_owned()
                } else {
                    n
                }
            };
            let del = id.clone();
            view! {
                <li class="criterion custom" role="group" aria-label=label id=format!("criterion-{id}") tabindex="-1">
                    <TextField label={|t| t.criterion} value=name on_input=on_name/>
                    <Choice label={|t| t.group} options=group_options
                        value=Signal::derive(move || custom.with(|c| c.as_ref().map(|c| c.1.key().to_owned()).unwrap_or_default()))
                        on_change=on_group/>
                    {fields}
                    <button type="button" class="danger" on:click=move |_| ctx.delete(&del, "add-criterion")>{move || t().delete}</button>
                </li>
            }
            .into_any()
        }
    }
}
