//! The studio presented (projector view, the dossier): the assumptions
//! map with its cards on the grid, the test cards, the scorecard's radar,
//! the risks' heat map, the MVP's scope and the readiness levels. The
//! texts come from the studio's own field tables (`fields.rs`), read as
//! text; the radar and the heat map are the summary's own. Read-only: no
//! form control.

use super::{fields, grid, summary, Field, Kind};
use crate::i18n::or;
use crate::i18n::Strings;
use crate::model::diffusion::{Date, Decimal};
use crate::model::feasibility::{EVIDENCE_MAX, EVIDENCE_MIN, MAX_IMPORTANCE, MIN_IMPORTANCE};
use crate::model::{Id, Project};
use crate::ui::intl;
use crate::ui::present::{el, items, part, presentation, shown, terms, text, El};
use leptos::prelude::*;

/// The feasibility studio of project `id`, presented.
pub fn feasibility_presentation(id: Id) -> AnyView {
    presentation(id, "present present-feasibility", draw)
}

/// A date as people write it (as stored while it is not a date).
fn day(s: &'static Strings, v: String) -> String {
    Date::parse(&v).map_or(v, |d| intl::date(s.lang, d))
}

/// What a field says, as text: a choice by its option's words, an amount
/// as money, a date as people write it.
fn said(s: &'static Strings, field: &Field, p: &Project, id: &Id) -> String {
    let v = (field.get)(p, id).unwrap_or_default();
    match field.kind {
        Kind::Select(options) => options(s, p, id)
            .into_iter()
            .find(|(k, _)| *k == v)
            .map_or(v, |(_, text)| text),
        Kind::Money if Decimal::parse_canonical(&v).is_some() => {
            intl::money(s.lang, &v, p.feasibility.mvp.currency.code())
        }
        Kind::Date => day(s, v),
        // Said with the amount.
        Kind::Currency => String::new(),
        _ => v,
    }
}

/// A card's fields as terms.
fn card_terms(s: &'static Strings, fields: &[&[Field]], p: &Project, id: &Id) -> El {
    terms(
        fields
            .iter()
            .flat_map(|f| f.iter())
            .map(|f| ((f.label)(s.feasibility), said(s, f, p, id)))
            .collect(),
    )
}

/// The presentation of project `p` (also a cohort project's, on the
/// facilitator's page, issue 18).
pub(crate) fn draw(s: &'static Strings, p: &Project) -> AnyView {
    let t = s.feasibility;
    let readiness = card_terms(
        s,
        &[fields::READINESS],
        p,
        &Id::parse("readiness").expect("an id"),
    );
    vec![
        assumptions(s, p),
        tests(s, p),
        part(
            "scorecard",
            t.scorecard_title,
            None,
            vec![
                summary::radar(s, &p.feasibility.summary(p.discipline)),
                shown(criteria(s, p)),
            ]
            .into_any(),
        ),
        risks(s, p),
        mvp(s, p),
        part("readiness", t.readiness_title, None, shown(readiness)),
    ]
    .into_any()
}

fn assumptions(s: &'static Strings, p: &Project) -> AnyView {
    let t = s.feasibility;
    let f = &p.feasibility;
    let cells = (MIN_IMPORTANCE..=MAX_IMPORTANCE)
        .rev()
        .flat_map(|i| (EVIDENCE_MIN..=EVIDENCE_MAX).map(move |e| (i, e)))
        .map(|(i, e)| {
            let (q, corner) = grid::quadrant_at(i, e);
            let cell = el("div").class(&format!("cell q-{}", q.key()));
            let cell = if corner {
                cell.child(text("span", (t.quadrant_name)(q)).class("quadrant-name"))
            } else {
                cell
            };
            let at = format!(
                " ({}{}{} · {}{}{})",
                t.importance,
                t.colon,
                t.importance_levels[usize::from(i) - 1],
                t.evidence,
                t.colon,
                t.evidence_levels[usize::from(e) - 1]
            );
            let cards: Vec<El> = f
                .assumptions
                .iter()
                .filter(|a| a.importance == i && a.evidence == e)
                .map(|a| {
                    el("li")
                        .class("present-card")
                        .text(&or(&a.text, t.no_text))
                        .child(text("span", &at).class("visually-hidden"))
                })
                .collect();
            if cards.is_empty() {
                cell
            } else {
                cell.child(items("ul", "", cards))
            }
        });
    let body = el("div")
        .class("grid-frame")
        .child(
            text("span", &format!("{} →", t.more_important))
                .class("axis-y")
                .attr("aria-hidden", "true"),
        )
        .child(
            el("div")
                .class("assumption-grid")
                .attr("role", "group")
                .attr("aria-label", t.grid_title)
                .children(cells),
        )
        .child(
            text("span", &format!("{} →", t.more_evidence))
                .class("axis-x")
                .attr("aria-hidden", "true"),
        );
    let empty = f.assumptions.is_empty().then_some(t.no_assumption_yet);
    part("assumptions", t.assumptions_title, empty, shown(body))
}

fn tests(s: &'static Strings, p: &Project) -> AnyView {
    let t = s.feasibility;
    let with_tests: Vec<El> = p
        .feasibility
        .assumptions
        .iter()
        .enumerate()
        .filter(|(_, a)| !a.tests.is_empty())
        .map(|(n, a)| {
            let cards = a.tests.iter().enumerate().map(|(k, test)| {
                el("li")
                    .class("present-test")
                    .child(text("h4", &(t.numbered)(t.test_card, k + 1)))
                    .child(card_terms(
                        s,
                        &[fields::TEST_FIELDS, fields::LEARNING_CARD],
                        p,
                        &test.id,
                    ))
            });
            el("div")
                .child(text("h3", &fields::numbered_assumption(t, p, &a.id, n + 1)))
                .child(items("ul", "present-cards present-wide", cards))
        })
        .collect();
    let empty = with_tests.is_empty().then_some(t.no_tests);
    part(
        "tests",
        t.tests_title,
        empty,
        shown(el("div").children(with_tests)),
    )
}

fn risks(s: &'static Strings, p: &Project) -> AnyView {
    let t = s.feasibility;
    let list = p.feasibility.risks.iter().map(|r| {
        let exposure = format!("({})", (t.exposure)(r.exposure()));
        el("li")
            .class("present-risk")
            .child(
                el("h3")
                    .text(&or(&r.text, t.no_text))
                    .text(" ")
                    .child(text("span", &exposure).class("exposure")),
            )
            .child(card_terms(s, &[&fields::RISK[1..]], p, &r.id))
    });
    let body = el("div")
        .child(summary::heat_table(t, &p.feasibility))
        .child(items("ul", "present-cards", list));
    let empty = p.feasibility.risks.is_empty().then_some(t.no_risks);
    part("risks", t.risks_title, empty, shown(body))
}

fn mvp(s: &'static Strings, p: &Project) -> AnyView {
    let t = s.feasibility;
    let m = &p.feasibility.mvp;
    let none = Id::parse("mvp").expect("an id");
    let blank = [&m.includes, &m.excludes, &m.team, &m.budget_note]
        .iter()
        .all(|x| x.trim().is_empty())
        && m.milestones.is_empty()
        && m.budget.is_none();
    let mut body = el("div").child(card_terms(s, &[fields::MVP_SCOPE], p, &none));
    if !m.milestones.is_empty() {
        let list = m.timeline().into_iter().map(|x| {
            let name = or(&x.name, t.no_text);
            // An undated milestone (last) is its name alone.
            let line = match day(s, x.date.clone()) {
                d if d.is_empty() => name,
                d => format!("{d} · {name}"),
            };
            text("li", &line)
        });
        body = body
            .child(text("h3", t.milestones))
            .child(items("ul", "present-milestones", list));
    }
    let body = body.child(card_terms(s, &[fields::MVP_NEEDS], p, &none));
    part(
        "mvp",
        t.mvp_title,
        blank.then_some(t.mvp_empty),
        shown(body),
    )
}

/// The scored criteria in a table, one row each with its rating, and the
/// unscored ones named in one line (the dossier, issue 12).
fn criteria(s: &'static Strings, p: &Project) -> El {
    let t = s.feasibility;
    let (mut scored, mut unscored) = (Vec::new(), Vec::new());
    for g in crate::model::feasibility::Group::ALL {
        let group = Id::parse(g.key()).expect("a group key is an id");
        for id in fields::criteria_ids(p, &group) {
            let name = fields::criterion_name(t, p, &id, 0);
            if (fields::RATING[0].get)(p, &id).is_some_and(|v| !v.is_empty()) {
                let cells = fields::RATING
                    .iter()
                    .map(|f| text("td", &said(s, f, p, &id)));
                scored.push(
                    el("tr")
                        .child(text("th", &name).attr("scope", "row"))
                        .children(cells),
                );
            } else {
                unscored.push(name);
            }
        }
    }
    let mut body = el("div");
    if !scored.is_empty() {
        let head = std::iter::once(t.criterion)
            .chain(fields::RATING.iter().map(|f| (f.label)(t)))
            .map(|h| text("th", h).attr("scope", "col"));
        body = body.child(
            el("table")
                .class("scores present-criteria")
                .child(el("thead").child(el("tr").children(head)))
                .child(el("tbody").children(scored)),
        );
    }
    if !unscored.is_empty() {
        let line = format!("{}{}{}", s.dossier.unscored, t.colon, unscored.join(" · "));
        body = body.child(text("p", &line).class("present-unscored"));
    }
    body
}
