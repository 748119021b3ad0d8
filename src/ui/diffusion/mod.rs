//! The diffusion and valorisation plan: a template chooser until the plan
//! is started, then its sections (goals and audiences, channels, release
//! timeline, budget, KPIs, rights and valorisation).

mod fields;
// Public for the dossier (issue 12), which presents every tool.
pub mod present;

use super::intl;
use super::parts::{FoldHeading, PartNav};
use super::project::{when_present, ProjectHeader, Tab};
use super::state::{random_id, today, use_app};
use crate::i18n::Lang;
use crate::model::diffusion::{
    self as plan, by_month, coverage, suggestions, template, totals, Audience, BudgetGroup,
    BudgetLine, Channel, ChannelKind, Currency, Due, Funding, Goal, GoalKind, Kpi, Milestone,
    MilestoneKind, Plan, Revenue, RevenueKind, Right, COMMON_CURRENCIES,
};
use crate::model::{Block, Discipline, Id};
use fields::{entries, focus_soon, live, live_class, word, Ctx, Label, Row};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn DiffusionPage(id: Id) -> impl IntoView {
    let app = use_app();
    let page_id = id.clone();
    when_present(&id, move || {
        let ctx = Ctx {
            app,
            pid: StoredValue::new(page_id.clone()),
        };
        let started = Memo::new(move |_| ctx.read(|p| p.diffusion.started).unwrap_or(false));
        // Projector view presents the plan instead of its forms.
        let projector = Memo::new(move |_| crate::ui::projector::projector_on());
        let shown = page_id.clone();
        let editor = move || {
            view! {
                <section class="diffusion" aria-labelledby="diffusion-title">
                    <h2 id="diffusion-title">{word(ctx, |t| t.title)}</h2>
                    {move || if started.get() { started_plan(ctx).into_any() } else { chooser(ctx).into_any() }}
                </section>
            }
        };
        view! {
            <ProjectHeader id=page_id.clone() active=Tab::Diffusion/>
            {move || if projector.get() { present::diffusion_presentation(shown.clone()) } else { editor().into_any() }}
        }
        .into_any()
    })
}

/// The template chooser of an unstarted plan.
fn chooser(ctx: Ctx) -> impl IntoView {
    let app = ctx.app;
    let choice = RwSignal::new(ctx.read(|p| p.discipline).unwrap_or_default());
    let start = move |from: Option<Discipline>| {
        let french = app.lang.get_untracked() == Lang::Fr;
        let day = today();
        ctx.edit(None, |p| {
            let currency = p.currency.clone();
            *p = match from {
                Some(d) => template(d, french, day, &mut random_id),
                None => Plan {
                    started: true,
                    ..Plan::default()
                },
            };
            p.currency = currency;
            true
        });
        app.say(false, |t| t.diffusion.started.to_owned());
        focus_soon("diffusion-title".into());
    };
    view! {
        <div class="chooser">
            <p>{word(ctx, |t| t.intro)}</p>
            <div class="field">
                <label for="template-choice">{word(ctx, |t| t.template)}</label>
                <select id="template-choice" on:change:target=move |e| {
                    if let Some(d) = Discipline::from_key(&e.target().value()) { choice.set(d) }
                }>
                    {move || {
                        let t = app.t();
                        Discipline::ALL.into_iter().map(|d| view! {
                            <option value=d.key() selected=d == choice.get_untracked()>{(t.discipline)(d)}</option>
                        }).collect_view()
                    }}
                </select>
            </div>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| start(Some(choice.get_untracked()))>{word(ctx, |t| t.start_template)}</button>
                <button type="button" on:click=move |_| start(None)>{word(ctx, |t| t.start_blank)}</button>
            </div>
        </div>
    }
}

/// A section with a heading and its own id.
fn section(ctx: Ctx, key: &'static str, title: Label, body: AnyView) -> AnyView {
    let heading = format!("diffusion-{key}");
    let labelled = heading.clone();
    view! {
        // `part-<key>`: where the exercise timer finds the part (model/place.rs).
        <section class=format!("plan-part plan-{key} part-{key}") aria-labelledby=labelled data-nav-group="">
            <FoldHeading screen="diffusion" id=heading level=3>{word(ctx, title)}</FoldHeading>
            {crate::model::place::Part::from_key(key).map(|part| crate::ui::feedback::beside(ctx.pid.get_value(), part))}
            {body}
        </section>
    }
    .into_any()
}

fn add_button(ctx: Ctx, dom: &'static str, label: Label, add: impl Fn() + 'static) -> AnyView {
    add_button_view(ctx, dom, label, Box::new(add))
}

fn add_button_view(ctx: Ctx, dom: &'static str, label: Label, add: Box<dyn Fn()>) -> AnyView {
    view! { <button type="button" class="add" id=dom on:click=move |_| add()>{word(ctx, label)}</button> }.into_any()
}

fn started_plan(ctx: Ctx) -> impl IntoView {
    view! {
        <PartNav parts=vec![
            ("diffusion-coming", |s| s.diffusion.coming_up),
            ("diffusion-goals", |s| s.diffusion.goals_title),
            ("diffusion-channels", |s| s.diffusion.channels_title),
            ("diffusion-timeline", |s| s.diffusion.timeline_title),
            ("diffusion-budget", |s| s.diffusion.budget_title),
            ("diffusion-kpis", |s| s.diffusion.kpis_title),
            ("diffusion-rights", |s| s.diffusion.rights_title),
        ]/>
        {coming_up(ctx)}
        {section(ctx, "goals", |t| t.goals_title, goals(ctx).into_any())}
        {section(ctx, "channels", |t| t.channels_title, channels(ctx).into_any())}
        {section(ctx, "timeline", |t| t.timeline_title, timeline(ctx).into_any())}
        {section(ctx, "budget", |t| t.budget_title, budget(ctx).into_any())}
        {section(ctx, "kpis", |t| t.kpis_title, kpis(ctx).into_any())}
        {section(ctx, "rights", |t| t.rights_title, rights(ctx).into_any())}
        {restart(ctx)}
    }
}

/// Clears the plan back to the choice of template, in one undoable step.
fn restart(ctx: Ctx) -> impl IntoView {
    let app = ctx.app;
    let go = move |_| {
        ctx.edit(None, |p| {
            let currency = p.currency.clone();
            *p = Plan {
                currency,
                ..Plan::default()
            };
            true
        });
        app.say(false, |t| t.diffusion.restarted.to_owned());
        focus_soon("template-choice".into());
    };
    view! {
        <p class="plan-restart">
            <button type="button" on:click=go>{word(ctx, |t| t.restart)}</button>
        </p>
    }
}

fn coming_up(ctx: Ctx) -> impl IntoView {
    let items = Memo::new(move |_| {
        let day = today();
        ctx.read(|p| {
            p.diffusion
                .upcoming(day)
                .into_iter()
                .map(|(d, name)| (d, d.due(day), name.to_owned()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    view! {
        <section class="coming-up" aria-labelledby="diffusion-coming" data-nav-group="">
            <FoldHeading screen="diffusion" id="diffusion-coming" level=3>{word(ctx, |t| t.coming_up)}</FoldHeading>
            {move || {
                let t = ctx.t();
                let list = items.get();
                if list.is_empty() {
                    return view! { <p class="hint">{t.nothing_coming}</p> }.into_any();
                }
                view! {
                    <ul>
                        {list.into_iter().map(|(d, due, name)| {
                            let day = intl::date(ctx.app.t().lang, d);
                            view! { <li><strong>{(t.due_label)(due)}</strong>" · "{day}" · "{name}</li> }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

fn goals(ctx: Ctx) -> impl IntoView {
    let segments = Memo::new(move |_| {
        ctx.read(|p| {
            // The Customer Segments notes, then any note an audience still
            // names after it moved to another block.
            let linked = p
                .diffusion
                .audiences
                .iter()
                .filter_map(|a| a.segment.as_ref());
            let mut list: Vec<(Id, String)> = Vec::new();
            let notes = p.canvas.notes(Block::CustomerSegments).iter();
            for n in notes.chain(linked.filter_map(|s| p.canvas.note(s))) {
                if !n.text.trim().is_empty() && !list.iter().any(|(id, _)| id == &n.id) {
                    list.push((n.id.clone(), n.text.clone()));
                }
            }
            list
        })
        .unwrap_or_default()
    });
    let goal_list = entries(
        ctx,
        |p| &p.goals,
        |p| &mut p.goals,
        |_| true,
        move |r| (ctx.t().item_n)(ctx.t().goal, r.number()),
        |r: Row<Goal>| {
            vec![
                r.choice("kind", |t| t.kind, |t, k| (t.goal_kind)(k), |g| &mut g.kind),
                r.text("text", |t| t.goal, |g| &mut g.text),
                r.delete_button("add-goal"),
            ]
        },
    );
    let audience_list = entries(
        ctx,
        |p| &p.audiences,
        |p| &mut p.audiences,
        |_| true,
        move |r| (ctx.t().item_n)(ctx.t().audience, r.number()),
        move |r: Row<Audience>| {
            vec![
                r.text("text", |t| t.audience, |a| &mut a.text),
                r.reference(
                    "segment",
                    |t| t.segment,
                    |t| t.none,
                    segments,
                    |a| &mut a.segment,
                ),
                r.delete_button("add-audience"),
            ]
        },
    );
    view! {
        <h4>{word(ctx, |t| t.goals)}</h4>
        {goal_list}
        {add_button(ctx, "add-goal", |t| t.add_goal, move || ctx.add(|p| &mut p.goals, "text", |id| Goal { id, kind: GoalKind::Reach, text: String::new() }))}
        <h4>{word(ctx, |t| t.audiences)}</h4>
        {audience_list}
        {add_button(ctx, "add-audience", |t| t.add_audience, move || ctx.add(|p| &mut p.audiences, "text", |id| Audience { id, text: String::new(), segment: None }))}
    }
}

fn channels(ctx: Ctx) -> impl IntoView {
    let pick = RwSignal::new(0usize);
    let discipline = Memo::new(move |_| ctx.read(|p| p.discipline).unwrap_or_default());
    let add_suggested = move || {
        if let Some((kind, name)) =
            suggestions(discipline.get_untracked()).nth(pick.get_untracked())
        {
            ctx.add(
                |p| &mut p.channels,
                "name",
                |id| Channel::new(id, kind, name),
            );
        }
    };
    let list = entries(
        ctx,
        |p| &p.channels,
        |p| &mut p.channels,
        |_| true,
        move |r| {
            r.get(|c| c.name.clone())
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| (ctx.t().item_n)(ctx.t().channel, r.number()))
        },
        move |r: Row<Channel>| {
            let festival = move || r.get(|c| c.kind) == Some(ChannelKind::Festival);
            let due = move || {
                r.get(|c| c.deadline)
                    .flatten()
                    .map(|d| (ctx.t().due_label)(d.due(today())))
            };
            let festival_fields = vec![
                r.date(
                    "deadline",
                    |t| t.deadline,
                    false,
                    |c| c.deadline,
                    |c, d| plan::set(&mut c.deadline, d),
                ),
                live_class("due", move || due().unwrap_or_default()),
                r.choice(
                    "premiere",
                    |t| t.premiere,
                    |t, k| (t.premiere_name)(k),
                    |c| &mut c.premiere,
                ),
                r.text("category", |t| t.category, |c| &mut c.category),
                r.choice(
                    "submission",
                    |t| t.submission,
                    |t, k| (t.submission_name)(k),
                    |c| &mut c.submission,
                ),
                r.text("result", |t| t.result, |c| &mut c.result),
            ];
            vec![
                r.text("name", |t| t.name, |c| &mut c.name),
                r.choice(
                    "kind",
                    |t| t.kind,
                    |t, k| (t.channel_kind)(k),
                    |c| &mut c.kind,
                ),
                r.text("share", |t| t.revenue_share, |c| &mut c.revenue_share),
                r.text("fee", |t| t.fee, |c| &mut c.fee),
                r.text("territory", |t| t.territory, |c| &mut c.territory),
                r.flag("exclusive", |t| t.exclusive, |c| &mut c.exclusive),
                shown_when(Arc::new(festival), festival_fields),
                r.delete_button("add-channel"),
            ]
        },
    );
    view! {
        <div class="suggest">
            <div class="field">
                <label for="channel-suggestion">{word(ctx, |t| t.suggested)}</label>
                <select id="channel-suggestion" on:change:target=move |e| pick.set(e.target().value().parse().unwrap_or(0))>
                    {move || {
                        let t = ctx.t();
                        suggestions(discipline.get()).enumerate().map(|(i, (kind, name))| view! {
                            <option value=i.to_string() selected=i == pick.get_untracked()>{format!("{name} — {}", (t.channel_kind)(kind))}</option>
                        }).collect_view()
                    }}
                </select>
            </div>
            <button type="button" on:click=move |_| add_suggested()>{word(ctx, |t| t.add_suggested)}</button>
        </div>
        {list}
        {add_button(ctx, "add-channel", |t| t.add_channel, move || ctx.add(|p| &mut p.channels, "name", |id| Channel::new(id, ChannelKind::Other, "")))}
    }
}

/// The timeline by month, each milestone editable: its date by the date
/// field, or a day or a week at a time by buttons or Alt+arrow keys.
fn timeline(ctx: Ctx) -> impl IntoView {
    let months = Memo::new(move |_| {
        ctx.read(|p| {
            by_month(&p.diffusion.timeline)
                .into_iter()
                .map(|(k, v)| (k, v.into_iter().map(|m| m.id.clone()).collect::<Vec<_>>()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let add = move || {
        let day = today().add_days(7);
        ctx.add(
            |p| &mut p.timeline,
            "title",
            |id| Milestone {
                id,
                kind: MilestoneKind::Other,
                title: String::new(),
                date: day,
            },
        );
    };
    view! {
        <p class="hint">{word(ctx, |t| t.timeline_help)}</p>
        <p class="hint" hidden=move || !months.with(Vec::is_empty)>{word(ctx, |t| t.no_milestones)}</p>
        <ol class="months">
            <For
                each=move || months.with(|m| m.iter().map(|(k, _)| *k).collect::<Vec<_>>())
                key=|k| *k
                children=move |(y, m)| {
                    let ids = move || months.with(|ms| ms.iter().find(|(k, _)| *k == (y, m)).map(|(_, v)| v.clone()).unwrap_or_default());
                    view! {
                        <li class="month">
                            <h4>{live(move || (ctx.t().month)(y, m))}</h4>
                            <ol class="milestones">
                                <For each=ids key=|id| id.clone() children=move |id| milestone(ctx, id)/>
                            </ol>
                        </li>
                    }
                }
            />
        </ol>
        {add_button(ctx, "add-milestone", |t| t.add_milestone, add)}
    }
}

fn milestone(ctx: Ctx, id: Id) -> impl IntoView {
    let r = Row {
        ctx,
        id: StoredValue::new(id),
        list: |p: &Plan| &p.timeline,
        list_mut: |p: &mut Plan| &mut p.timeline,
    };
    let title = move || {
        r.get(|m| m.title.clone())
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| ctx.t().untitled.to_owned())
    };
    let date = move || r.get(|m| m.date);
    let due = move || date().map(|d| d.due(today()));
    // After a move the milestone may sit in another month: focus goes
    // back to the control that made it.
    let shift = move |days: i64, focused: String| {
        if r.set(None, |m| m.shift(days)) {
            if let Some(d) = date() {
                let t = title();
                ctx.app.say(false, move |s| {
                    (s.diffusion.moved_to)(&t, &intl::date(s.lang, d))
                });
            }
            focus_soon(focused);
        }
    };
    let on_key = move |e: web_sys::KeyboardEvent| {
        if !e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        let days = match e.key().as_str() {
            "ArrowUp" => -1,
            "ArrowDown" => 1,
            "PageUp" => -7,
            "PageDown" => 7,
            _ => return,
        };
        e.prevent_default();
        let focused = document()
            .active_element()
            .map(|el| el.id())
            .unwrap_or_default();
        shift(days, focused);
    };
    let button = move |days: i64, dom: &'static str, label: Label| {
        view! { <button type="button" class="small" id=r.dom(dom) on:click=move |_| shift(days, r.dom(dom))>{word(ctx, label)}</button> }
    };
    let printed = move || {
        let t = ctx.t();
        let kind = r.get(|m| (t.milestone_kind)(m.kind)).unwrap_or_default();
        date().map(|d| format!("{} · {kind} · {}", intl::date(ctx.app.t().lang, d), title()))
    };
    view! {
        <li><div
            class="milestone"
            class:soon=move || matches!(due(), Some(Due::Soon(_)))
            class:past=move || due() == Some(Due::Past)
            role="group"
            aria-label=title
            on:keydown=on_key
            // A new date in another month moves the milestone to that
            // month's list, which draws its fields anew: keep the typing
            // in its date field.
            on:input=move |e| {
                let date_field = r.dom("date");
                let in_date = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| el.id() == date_field);
                if in_date {
                    focus_soon(date_field);
                }
            }
        >
            <p class="print-only">{live(move || printed().unwrap_or_default())}</p>
            <p class="due">{live(move || due().map(|d| (ctx.t().due_label)(d)).unwrap_or_default())}</p>
            <div class="fields">
                {r.date("date", |t| t.date, true, |m| Some(m.date), |m, d| d.is_some_and(|d| plan::set(&mut m.date, d)))}
                {r.choice("kind", |t| t.kind, |t, k| (t.milestone_kind)(k), |m| &mut m.kind)}
                {r.text("title", |t| t.what, |m| &mut m.title)}
            </div>
            <div class="shift">
                {button(-7, "week_earlier", |t| t.week_earlier)}
                {button(-1, "day_earlier", |t| t.day_earlier)}
                {button(1, "day_later", |t| t.day_later)}
                {button(7, "week_later", |t| t.week_later)}
            </div>
            // phone (issue 13): Delete apart from the frequent moves.
            {r.delete_button("add-milestone")}
        </div></li>
    }
}

fn budget(ctx: Ctx) -> impl IntoView {
    let figures = Memo::new(move |_| {
        ctx.read(|p| {
            (
                totals(&p.diffusion.budget),
                coverage(&p.diffusion.budget, &p.diffusion.funding),
            )
        })
        .unwrap_or((None, None))
    });
    let funding_names = Memo::new(move |_| {
        ctx.read(|p| {
            p.diffusion
                .funding
                .iter()
                .map(|f| (f.id.clone(), f.name.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let group_view = move |g: BudgetGroup| {
        let add_id: &'static str = match g {
            BudgetGroup::Materials => "add-line-materials",
            BudgetGroup::Fees => "add-line-fees",
            BudgetGroup::Travel => "add-line-travel",
            BudgetGroup::Ads => "add-line-ads",
            BudgetGroup::Events => "add-line-events",
            BudgetGroup::Other => "add-line-other",
        };
        let heading = format!("budget-{}", g.key());
        let total = move || {
            let t = ctx.t();
            let sum = figures.with(|(tot, _)| {
                tot.as_ref()
                    .and_then(|tot| tot.groups.iter().find(|(x, _)| *x == g).map(|(_, s)| *s))
            });
            sum.map(|s| (t.group_total)((t.budget_group)(g), &ctx.money(s)))
        };
        let lines = entries(
            ctx,
            |p| &p.budget,
            |p| &mut p.budget,
            move |l: &BudgetLine| l.group == g,
            move |r| {
                r.get(|l| l.label.clone())
                    .filter(|n| !n.trim().is_empty())
                    .unwrap_or_else(|| (ctx.t().item_n)((ctx.t().budget_group)(g), r.number()))
            },
            move |r: Row<BudgetLine>| {
                vec![
                    r.text("label", |t| t.line, |l| &mut l.label),
                    r.amount("amount", |t| t.amount, true, |l| &mut l.amount),
                    r.reference(
                        "funding",
                        |t| t.funded_by,
                        |t| t.not_funded,
                        funding_names,
                        |l| &mut l.funding,
                    ),
                    r.choice(
                        "group",
                        |t| t.kind,
                        |t, k| (t.budget_group)(k),
                        |l| &mut l.group,
                    ),
                    r.delete_button(add_id),
                ]
            },
        );
        let labelled = heading.clone();
        view! {
            <section class="budget-group" aria-labelledby=labelled>
                <h4 id=heading>{live(move || (ctx.t().budget_group)(g).to_owned())}</h4>
                {lines}
                <p class="total">{live(move || total().unwrap_or_default())}</p>
                <button type="button" class="add small" id=add_id on:click=move |_| {
                    ctx.add(|p| &mut p.budget, "label", |id| BudgetLine { id, group: g, label: String::new(), amount: None, funding: None })
                }>{live(move || (ctx.t().add_line)((ctx.t().budget_group)(g)))}</button>
            </section>
        }
    };
    let funding = entries(
        ctx,
        |p| &p.funding,
        |p| &mut p.funding,
        |_| true,
        move |r| {
            r.get(|f| f.name.clone())
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| (ctx.t().item_n)(ctx.t().source, r.number()))
        },
        move |r: Row<Funding>| {
            let status = move || {
                let id = r.id.get_value();
                let t = ctx.t();
                figures.with(|(_, c)| {
                    c.as_ref()
                        .and_then(|c| c.sources.iter().find(|s| s.id == id))
                        .map(|s| {
                            let (over, balance) = s.left_or_over();
                            (t.allocated)(
                                &ctx.money(s.allocated),
                                &ctx.money(s.amount),
                                &ctx.money(balance),
                                over,
                            )
                        })
                })
            };
            vec![
                r.text("name", |t| t.source, |f| &mut f.name),
                r.amount("amount", |t| t.amount, true, |f| &mut f.amount),
                live_class("coverage", move || status().unwrap_or_default()),
                r.delete_button("add-funding"),
            ]
        },
    );
    view! {
        <div class="field currency">
            {fields::currency_field(ctx)}
            <datalist id="currency-codes">
                {COMMON_CURRENCIES.iter().map(|c| {
                    let label = Currency::parse(c).map(|c| c.label().to_owned()).unwrap_or_default();
                    view! { <option value=*c>{label}</option> }
                }).collect_view()}
            </datalist>
        </div>
        {BudgetGroup::ALL.iter().map(|g| group_view(*g)).collect_view()}
        <p class="grand-total">
            <strong>{live(move || {
                let t = ctx.t();
                let total = figures.with(|(tot, _)| tot.as_ref().map(|x| x.total)).unwrap_or_default();
                format!("{}{}{}", t.total, if t.mark == "," { "\u{a0}: " } else { ": " }, ctx.money(total))
            })}</strong>
        </p>
        <h4>{word(ctx, |t| t.funding_title)}</h4>
        {funding}
        {add_button(ctx, "add-funding", |t| t.add_funding, move || ctx.add(|p| &mut p.funding, "name", |id| Funding { id, name: String::new(), amount: None }))}
        <p class="uncovered">{live(move || {
            let c = figures.with(|(_, c)| c.as_ref().map(|c| c.uncovered)).unwrap_or_default();
            (ctx.t().uncovered)(&ctx.money(c))
        })}</p>
    }
}

fn kpis(ctx: Ctx) -> impl IntoView {
    let list = entries(
        ctx,
        |p| &p.kpis,
        |p| &mut p.kpis,
        |_| true,
        move |r| {
            r.get(|k| k.name.clone())
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| (ctx.t().item_n)(ctx.t().indicator, r.number()))
        },
        move |r: Row<Kpi>| {
            let progress = move || r.get(Kpi::progress).flatten();
            vec![
                r.text("name", |t| t.indicator, |k| &mut k.name),
                r.amount("target", |t| t.target, false, |k| &mut k.target),
                r.amount("actual", |t| t.actual, false, |k| &mut k.actual),
                r.date(
                    "due",
                    |t| t.due,
                    false,
                    |k| k.due,
                    |k, d| plan::set(&mut k.due, d),
                ),
                progress_view(ctx, Arc::new(progress)),
                r.delete_button("add-kpi"),
            ]
        },
    );
    view! {
        {list}
        {add_button(ctx, "add-kpi", |t| t.add_kpi, move || ctx.add(|p| &mut p.kpis, "name", Kpi::new))}
    }
}

/// Fields shown only while `when` holds (a festival's own fields).
fn shown_when(when: Arc<dyn Fn() -> bool + Send + Sync>, fields: Vec<AnyView>) -> AnyView {
    view! { <div class="fields festival" hidden=move || !when()>{fields}</div> }.into_any()
}

fn progress_view(ctx: Ctx, progress: Arc<dyn Fn() -> Option<u64> + Send + Sync>) -> AnyView {
    let p = progress.clone();
    view! {
        <div class="progress">
            <meter min="0" max="100" value=move || p().unwrap_or(0).min(100).to_string() aria-hidden="true"></meter>
            {live(move || {
                let p = progress().map(|p| intl::percent(ctx.app.t().lang, u32::try_from(p).unwrap_or(u32::MAX)));
                (ctx.t().progress)(p.as_deref())
            })}
        </div>
    }
    .into_any()
}

fn rights(ctx: Ctx) -> impl IntoView {
    let rights = entries(
        ctx,
        |p| &p.rights,
        |p| &mut p.rights,
        |_| true,
        move |r| {
            r.get(|x| x.right.clone())
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| (ctx.t().item_n)(ctx.t().right, r.number()))
        },
        |r: Row<Right>| {
            vec![
                r.text("right", |t| t.right, |x| &mut x.right),
                r.text("holder", |t| t.holder, |x| &mut x.holder),
                r.text("territory", |t| t.territory, |x| &mut x.territory),
                r.text("medium", |t| t.medium, |x| &mut x.medium),
                r.text("duration", |t| t.duration, |x| &mut x.duration),
                r.delete_button("add-right"),
            ]
        },
    );
    let revenues = entries(
        ctx,
        |p| &p.revenues,
        |p| &mut p.revenues,
        |_| true,
        move |r| (ctx.t().item_n)(ctx.t().revenue, r.number()),
        |r: Row<Revenue>| {
            vec![
                r.choice(
                    "kind",
                    |t| t.kind,
                    |t, k| (t.revenue_kind)(k),
                    |x| &mut x.kind,
                ),
                r.text("text", |t| t.revenue, |x| &mut x.text),
                r.delete_button("add-revenue"),
            ]
        },
    );
    view! {
        <h4>{word(ctx, |t| t.rights)}</h4>
        {rights}
        {add_button(ctx, "add-right", |t| t.add_right, move || ctx.add(|p| &mut p.rights, "right", Right::new))}
        <h4>{word(ctx, |t| t.revenues)}</h4>
        {revenues}
        {add_button(ctx, "add-revenue", |t| t.add_revenue, move || ctx.add(|p| &mut p.revenues, "text", |id| Revenue { id, kind: RevenueKind::Merchandise, text: String::new() }))}
    }
}
