//! The plan presented (projector view, the dossier): the release timeline
//! with months across and each milestone in its month, the channels and
//! their terms, the budget's totals and what funds them, the indicators
//! and their progress, the rights and revenues. Read-only: no form
//! control.

use crate::i18n::or;
use crate::i18n::Strings;
use crate::model::diffusion::{coverage, months_across, totals, ChannelKind, Date, Decimal, Plan};
use crate::model::{Id, Project};
use crate::ui::intl;
use crate::ui::present::{el, items, part, presentation, shown, terms, text, El};
use leptos::prelude::*;

/// Most months the timeline draws across; a longer plan shows only the
/// months that have milestones.
const MONTHS: usize = 24;

/// The diffusion plan of project `id`, presented.
pub fn diffusion_presentation(id: Id) -> AnyView {
    presentation(id, "present present-diffusion", draw)
}

/// The presentation of project `p` (also a cohort project's, on the
/// facilitator's page, issue 18).
pub(crate) fn draw(s: &'static Strings, p: &Project) -> AnyView {
    vec![timeline(s, &p.diffusion), rest(s, p)].into_any()
}

/// All but the timeline.
fn rest(s: &'static Strings, p: &Project) -> AnyView {
    let plan = &p.diffusion;
    vec![
        goals(s, p),
        channels(s, plan),
        budget(s, plan),
        kpis(s, plan),
        rights(s, plan),
    ]
    .into_any()
}

/// The release timeline alone, for its own landscape page (the dossier).
pub fn timeline_presentation(id: Id) -> AnyView {
    presentation(id, "present present-diffusion", |s, p| {
        timeline(s, &p.diffusion)
    })
}

/// The plan without its timeline (the dossier prints that apart).
pub fn plan_presentation(id: Id) -> AnyView {
    presentation(id, "present present-diffusion", rest)
}

/// The goals, each with its kind, and the target audiences with the
/// customer segment each is (nothing when both are empty).
fn goals(s: &'static Strings, p: &Project) -> AnyView {
    let t = s.diffusion;
    let plan = &p.diffusion;
    if plan.goals.is_empty() && plan.audiences.is_empty() {
        return ().into_any();
    }
    let goals = plan.goals.iter().map(|g| {
        el("li")
            .child(text("span", (t.goal_kind)(g.kind)).class("present-meta"))
            .text(" · ")
            .child(text("span", &or(&g.text, t.untitled)).class("present-text"))
    });
    let audiences = plan.audiences.iter().map(|a| {
        let segment = a
            .segment
            .as_ref()
            .and_then(|id| p.canvas.note(id))
            .map(|n| n.text.clone())
            .unwrap_or_default();
        let li = el("li").child(text("span", &or(&a.text, t.untitled)).class("present-text"));
        if segment.trim().is_empty() {
            li
        } else {
            li.text(" · ").child(
                text(
                    "span",
                    &format!("{}{}{segment}", t.segment, s.feasibility.colon),
                )
                .class("present-meta"),
            )
        }
    });
    let mut body = el("div");
    if !plan.goals.is_empty() {
        body = body
            .child(text("h3", t.goals))
            .child(items("ul", "present-revenues", goals));
    }
    if !plan.audiences.is_empty() {
        body =
            body.child(text("h3", t.audiences))
                .child(items("ul", "present-revenues", audiences));
    }
    part("goals", t.goals_title, None, shown(body))
}

fn money(s: &'static Strings, plan: &Plan, d: Decimal) -> String {
    intl::money(s.lang, &d.to_string(), plan.currency.code())
}

fn number(s: &'static Strings, d: Option<Decimal>) -> String {
    d.map(|d| d.display(0, s.diffusion.group, s.diffusion.mark))
        .unwrap_or_default()
}

fn date(s: &'static Strings, d: Option<Date>) -> String {
    d.map(|d| intl::date(s.lang, d)).unwrap_or_default()
}

/// An entry: its name as a heading, then its terms.
fn entry(heading: &str, name: String, terms_of: Vec<(&'static str, String)>) -> El {
    el("li")
        .class("present-entry")
        .child(text(heading, &name))
        .child(terms(terms_of))
}

fn timeline(s: &'static Strings, plan: &Plan) -> AnyView {
    let t = s.diffusion;
    let months = months_across(&plan.timeline, MONTHS)
        .into_iter()
        .map(|((y, m), ms)| {
            let month = el("li").child(text("h3", &(t.month)(y, m)));
            if ms.is_empty() {
                return month.class("present-month present-quiet");
            }
            let list = ms.into_iter().map(|x| {
                el("li")
                    .class("present-milestone")
                    .child(text("span", &intl::date(s.lang, x.date)).class("present-day"))
                    .child(text("span", &or(&x.title, t.untitled)).class("present-text"))
                    .child(text("span", (t.milestone_kind)(x.kind)).class("present-meta"))
            });
            month
                .class("present-month")
                .attr("data-nav-item", "")
                .child(el("ul").children(list))
        });
    let body = el("ol").class("present-timeline").children(months);
    let empty = plan.timeline.is_empty().then_some(t.no_milestones);
    part("timeline", t.timeline_title, empty, shown(body))
}

fn channels(s: &'static Strings, plan: &Plan) -> AnyView {
    let t = s.diffusion;
    let list = plan.channels.iter().enumerate().map(|(i, c)| {
        let mut pairs = vec![
            (t.kind, (t.channel_kind)(c.kind).to_owned()),
            (t.revenue_share, c.revenue_share.clone()),
            (t.fee, c.fee.clone()),
            (t.territory, c.territory.clone()),
        ];
        if c.kind == ChannelKind::Festival {
            pairs.extend([
                (t.deadline, date(s, c.deadline)),
                (t.premiere, (t.premiere_name)(c.premiere).to_owned()),
                (t.category, c.category.clone()),
                (t.submission, (t.submission_name)(c.submission).to_owned()),
                (t.result, c.result.clone()),
            ]);
        }
        let name = or(&c.name, &(t.item_n)(t.channel, i + 1));
        let card = entry("h3", name, pairs);
        if c.exclusive {
            card.child(text("p", t.exclusive).class("present-tag"))
        } else {
            card
        }
    });
    let empty = plan.channels.is_empty().then_some(t.no_channels);
    cards("channels", t.channels_title, empty, list)
}

fn budget(s: &'static Strings, plan: &Plan) -> AnyView {
    let t = s.diffusion;
    let colon = s.feasibility.colon;
    let sums = totals(&plan.budget).filter(|_| !plan.budget.is_empty());
    let cover = coverage(&plan.budget, &plan.funding);
    let Some(sums) = sums else {
        return part("budget", t.budget_title, Some(t.no_budget), ().into_any());
    };
    let groups = sums
        .groups
        .iter()
        .map(|(g, sum)| ((t.budget_group)(*g), money(s, plan, *sum)))
        .collect();
    let total = format!("{}{colon}{}", t.total, money(s, plan, sums.total));
    let mut body = el("div").child(terms(groups)).child(
        text("p", &total)
            .class("present-total")
            .attr("data-nav-item", ""),
    );
    if let Some(c) = cover {
        let sources = c.sources.iter().filter_map(|src| {
            let f = plan.funding.iter().find(|f| f.id == src.id)?;
            let (over, left) = src.left_or_over();
            let status = (t.allocated)(
                &money(s, plan, src.allocated),
                &money(s, plan, src.amount),
                &money(s, plan, left),
                over,
            );
            Some(
                el("li")
                    .child(text("span", &or(&f.name, t.source)).class("present-text"))
                    .child(text("span", &status).class(if over {
                        "present-meta present-gap"
                    } else {
                        "present-meta"
                    })),
            )
        });
        if !plan.funding.is_empty() {
            body = body.child(text("h3", t.funding_title)).child(items(
                "ul",
                "present-funding",
                sources,
            ));
        }
        body = body.child(
            text("p", &(t.uncovered)(&money(s, plan, c.uncovered))).class("present-uncovered"),
        );
    }
    part("budget", t.budget_title, None, shown(body))
}

fn kpis(s: &'static Strings, plan: &Plan) -> AnyView {
    let t = s.diffusion;
    let list = plan.kpis.iter().enumerate().map(|(i, k)| {
        let name = or(&k.name, &(t.item_n)(t.indicator, i + 1));
        let progress = k.progress();
        let pct = progress.map(|p| intl::percent(s.lang, u32::try_from(p).unwrap_or(u32::MAX)));
        let pairs = vec![
            (t.target, number(s, k.target)),
            (t.actual, number(s, k.actual)),
            (t.due, date(s, k.due)),
        ];
        let meter = el("meter")
            .attr("min", "0")
            .attr("max", "100")
            .attr("value", &progress.unwrap_or(0).min(100).to_string())
            .attr("aria-hidden", "true");
        entry("h3", name, pairs).child(
            el("p")
                .class("present-progress")
                .child(meter)
                .text(&(t.progress)(pct.as_deref())),
        )
    });
    let empty = plan.kpis.is_empty().then_some(t.no_kpis);
    cards("kpis", t.kpis_title, empty, list)
}

/// A part made of one list of cards.
fn cards(
    key: &'static str,
    title: &'static str,
    empty: Option<&'static str>,
    list: impl Iterator<Item = El>,
) -> AnyView {
    part(key, title, empty, shown(items("ul", "present-cards", list)))
}

fn rights(s: &'static Strings, plan: &Plan) -> AnyView {
    let t = s.diffusion;
    let rights = plan.rights.iter().enumerate().map(|(i, r)| {
        let name = or(&r.right, &(t.item_n)(t.right, i + 1));
        entry(
            "h4",
            name,
            vec![
                (t.holder, r.holder.clone()),
                (t.territory, r.territory.clone()),
                (t.medium, r.medium.clone()),
                (t.duration, r.duration.clone()),
            ],
        )
    });
    let revenues = plan.revenues.iter().map(|r| {
        el("li")
            .child(text("span", (t.revenue_kind)(r.kind)).class("present-meta"))
            .text(" · ")
            .child(text("span", &or(&r.text, t.untitled)).class("present-text"))
    });
    let mut body = el("div");
    if !plan.rights.is_empty() {
        body = body
            .child(text("h3", t.rights))
            .child(items("ul", "present-cards", rights));
    }
    if !plan.revenues.is_empty() {
        body = body
            .child(text("h3", t.revenues))
            .child(items("ul", "present-revenues", revenues));
    }
    let empty = (plan.rights.is_empty() && plan.revenues.is_empty()).then_some(t.no_rights);
    part("rights", t.rights_title, empty, shown(body))
}
