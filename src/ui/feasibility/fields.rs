//! The studio's forms as data: for each kind of item, its fields, how each
//! is read from the project and written back.

use super::{CardSpec, Ctx, Field, Kind};
use crate::i18n::feasibility::FeasibilityStrings;
use crate::i18n::Strings;
use crate::model::diffusion::{AmountError, Currency, Date, Decimal};
use crate::model::feasibility::{
    set, valid_date, Assumption, CardField, Confidence, Criterion, CriterionRef, CustomCriterion,
    Decision, Group, Lens, Method, Milestone, Rating, Risk, TestCard, EVIDENCE_MAX, MAX_IMPORTANCE,
    READINESS_MAX, RISK_MAX, SCORE_MAX,
};
use crate::model::{Block, Id, Project};
use crate::ui::draft::{self, checked_input, Check, Checked, Save, Warn, AMOUNT, CODE, DATE};
use leptos::prelude::*;
use std::sync::Arc;

type Options = Vec<(String, String)>;

fn assumption<'a>(p: &'a Project, id: &Id) -> Option<&'a Assumption> {
    p.feasibility.assumption(id)
}
fn assumption_mut<'a>(p: &'a mut Project, id: &Id) -> Option<&'a mut Assumption> {
    p.feasibility.assumption_mut(id)
}
fn test<'a>(p: &'a Project, id: &Id) -> Option<&'a TestCard> {
    p.feasibility
        .assumptions
        .iter()
        .flat_map(|a| &a.tests)
        .find(|t| &t.id == id)
}
fn test_mut<'a>(p: &'a mut Project, id: &Id) -> Option<&'a mut TestCard> {
    p.feasibility
        .assumptions
        .iter_mut()
        .flat_map(|a| &mut a.tests)
        .find(|t| &t.id == id)
}
fn risk<'a>(p: &'a Project, id: &Id) -> Option<&'a Risk> {
    p.feasibility.risks.iter().find(|r| &r.id == id)
}
fn risk_mut<'a>(p: &'a mut Project, id: &Id) -> Option<&'a mut Risk> {
    p.feasibility.risk_mut(id)
}
fn milestone<'a>(p: &'a Project, id: &Id) -> Option<&'a Milestone> {
    p.feasibility.mvp.milestones.iter().find(|m| &m.id == id)
}
fn milestone_mut<'a>(p: &'a mut Project, id: &Id) -> Option<&'a mut Milestone> {
    p.feasibility
        .mvp
        .milestones
        .iter_mut()
        .find(|m| &m.id == id)
}
fn custom<'a>(p: &'a Project, id: &Id) -> Option<&'a CustomCriterion> {
    p.feasibility.scorecard.custom.iter().find(|c| &c.id == id)
}
fn custom_mut<'a>(p: &'a mut Project, id: &Id) -> Option<&'a mut CustomCriterion> {
    p.feasibility
        .scorecard
        .custom
        .iter_mut()
        .find(|c| &c.id == id)
}

/// A free-text field of an item found by `$find`/`$find_mut`.
macro_rules! text {
    ($label:ident, $kind:expr, $find:ident, $find_mut:ident, $field:ident) => {
        Field {
            label: |t| t.$label,
            kind: $kind,
            get: |p, id| $find(p, id).map(|x| x.$field.clone()),
            put: |p, id, v| $find_mut(p, id).is_some_and(|x| set(&mut x.$field, v)),
        }
    };
}

/// A test card's text field.
macro_rules! card {
    ($field:expr, $kind:expr) => {
        Field {
            label: |t| (t.card_field)($field),
            kind: $kind,
            get: |p, id| test(p, id).map(|t| t.field($field).to_owned()),
            put: |p, id, v| test_mut(p, id).is_some_and(|t| set(t.field_mut($field), v)),
        }
    };
}

/// Options for a 1-based scale whose points have names.
fn scale(names: &[&'static str]) -> Options {
    names
        .iter()
        .enumerate()
        .map(|(i, n)| ((i + 1).to_string(), (*n).to_owned()))
        .collect()
}

/// Options for an optional value: "not set" (the empty value) first.
fn optional(none: &str, options: Options) -> Options {
    std::iter::once((String::new(), none.to_owned()))
        .chain(options)
        .collect()
}

fn keyed<T: Copy>(all: &[T], key: fn(T) -> &'static str, name: fn(T) -> &'static str) -> Options {
    all.iter()
        .map(|x| (key(*x).to_owned(), name(*x).to_owned()))
        .collect()
}

/// A whole number in `1..=max`, from a select.
fn level(v: &str, max: u8) -> Option<u8> {
    v.parse().ok().filter(|n| (1..=max).contains(n))
}

pub static ASSUMPTION: &[Field] = &[
    text!(belief, Kind::Lines, assumption, assumption_mut, text),
    Field {
        label: |t| t.lens,
        kind: Kind::Select(|s, _, _| keyed(Lens::ALL, Lens::key, s.feasibility.lens_name)),
        get: |p, id| assumption(p, id).map(|a| a.lens.key().to_owned()),
        put: |p, id, v| {
            let l = Lens::from_key(&v);
            assumption_mut(p, id)
                .zip(l)
                .is_some_and(|(a, l)| set(&mut a.lens, l))
        },
    },
    Field {
        label: |t| t.comes_from,
        kind: Kind::Select(|s, _, _| keyed(&Block::ALL, Block::key, s.block)),
        get: |p, id| assumption(p, id).map(|a| a.block.key().to_owned()),
        put: |p, id, v| {
            let b = Block::ALL.into_iter().find(|b| b.key() == v);
            // A note belongs to its block: another block unties it.
            assumption_mut(p, id).zip(b).is_some_and(|(a, b)| {
                let changed = set(&mut a.block, b);
                if changed {
                    a.note = None;
                }
                changed
            })
        },
    },
    Field {
        label: |t| t.note,
        kind: Kind::Select(|s, p, id| {
            let notes = assumption(p, id)
                .map(|a| {
                    p.canvas
                        .notes(a.block)
                        .iter()
                        .map(|n| (n.id.to_string(), n.text.chars().take(60).collect()))
                        .collect()
                })
                .unwrap_or_default();
            optional(s.feasibility.whole_block, notes)
        }),
        // A note deleted since shows as the whole block.
        get: |p, id| {
            assumption(p, id).map(|a| {
                a.note
                    .as_ref()
                    .filter(|n| p.canvas.note(n).is_some())
                    .map(|n| n.to_string())
                    .unwrap_or_default()
            })
        },
        put: |p, id, v| {
            let note = Id::parse(&v).filter(|n| p.canvas.note(n).is_some());
            assumption_mut(p, id).is_some_and(|a| set(&mut a.note, note))
        },
    },
    Field {
        label: |t| t.importance,
        kind: Kind::Select(|s, _, _| scale(&s.feasibility.importance_levels)),
        get: |p, id| assumption(p, id).map(|a| a.importance.to_string()),
        put: |p, id, v| {
            let i = level(&v, MAX_IMPORTANCE);
            assumption_mut(p, id)
                .zip(i)
                .is_some_and(|(a, i)| a.place(i, a.evidence))
        },
    },
    Field {
        label: |t| t.evidence,
        kind: Kind::Select(|s, _, _| scale(&s.feasibility.evidence_levels)),
        get: |p, id| assumption(p, id).map(|a| a.evidence.to_string()),
        put: |p, id, v| {
            let e = level(&v, EVIDENCE_MAX);
            assumption_mut(p, id)
                .zip(e)
                .is_some_and(|(a, e)| a.place(a.importance, e))
        },
    },
];

pub static TEST_FIELDS: &[Field] = &[
    card!(CardField::Hypothesis, Kind::Lines),
    Field {
        label: |t| t.method,
        // The methods of the project's discipline, and the card's own.
        kind: Kind::Select(|s, p, id| {
            let current = test(p, id).map(|t| t.method).unwrap_or_default();
            let offered = Method::offered(p.discipline, current);
            keyed(&offered, Method::key, s.feasibility.method_name)
        }),
        get: |p, id| test(p, id).map(|t| t.method.key().to_owned()),
        put: |p, id, v| {
            let m = Method::from_key(&v);
            test_mut(p, id)
                .zip(m)
                .is_some_and(|(t, m)| set(&mut t.method, m))
        },
    },
    card!(CardField::Metric, Kind::Line),
    card!(CardField::Threshold, Kind::Line),
    card!(CardField::Cost, Kind::Line),
    card!(CardField::Duration, Kind::Line),
];

pub static LEARNING_CARD: &[Field] = &[
    card!(CardField::Observed, Kind::Lines),
    card!(CardField::Learned, Kind::Lines),
    Field {
        label: |t| t.decision,
        kind: Kind::Select(|s, _, _| {
            let f = s.feasibility;
            optional(
                f.not_decided,
                keyed(Decision::ALL, Decision::key, f.decision_name),
            )
        }),
        get: |p, id| test(p, id).map(|t| t.decision.map_or("", Decision::key).to_owned()),
        // Through the assumption, whose evidence a decision raises.
        put: |p, id, v| {
            let d = Decision::from_key(&v);
            p.feasibility
                .assumptions
                .iter_mut()
                .find(|a| a.tests.iter().any(|t| &t.id == id))
                .is_some_and(|a| a.decide(id, d))
        },
    },
];

/// Where focus goes after a test card is deleted: its assumption's "Add a
/// test card".
pub fn add_test_button(p: &Project, test: &Id) -> String {
    p.feasibility
        .assumptions
        .iter()
        .find(|a| a.tests.iter().any(|t| &t.id == test))
        .map_or_else(|| "add-assumption".into(), |a| format!("add-test-{}", a.id))
}

pub fn assumption_ids(p: &Project, _: &Id) -> Vec<Id> {
    p.feasibility
        .assumptions
        .iter()
        .map(|a| a.id.clone())
        .collect()
}

pub fn numbered_assumption(
    t: &'static FeasibilityStrings,
    p: &Project,
    id: &Id,
    n: usize,
) -> String {
    let text = assumption(p, id)
        .map(|a| a.text.trim().to_owned())
        .unwrap_or_default();
    let text = if text.is_empty() {
        t.no_text.to_owned()
    } else {
        text
    };
    let dropped = assumption(p, id).is_some_and(Assumption::dropped);
    let mut s = format!("{}{}{text}", (t.numbered)(t.assumption, n), t.colon);
    if dropped {
        s = format!("{s} ({})", t.dropped);
    }
    s
}

// ---------------------------------------------------------------- scorecard

/// A scorecard row's item id: a built-in criterion's key, or the id of a
/// criterion the user added.
fn criterion_ref(id: &Id) -> CriterionRef {
    Criterion::from_key(id.as_str())
        .map_or_else(|| CriterionRef::Custom(id.clone()), CriterionRef::Builtin)
}

pub fn is_builtin(id: &Id) -> bool {
    Criterion::from_key(id.as_str()).is_some()
}

/// The criteria of the group whose key is `group`, for the project's
/// discipline, then the user's.
pub fn criteria_ids(p: &Project, group: &Id) -> Vec<Id> {
    let Some(g) = Group::from_key(group.as_str()) else {
        return Vec::new();
    };
    p.feasibility
        .scorecard
        .criteria(g, p.discipline)
        .into_iter()
        .filter_map(|c| match c {
            CriterionRef::Builtin(k) => Id::parse(k.key()),
            CriterionRef::Custom(id) => Some(id),
        })
        .collect()
}

pub fn criterion_name(t: &'static FeasibilityStrings, p: &Project, id: &Id, _: usize) -> String {
    match criterion_ref(id) {
        CriterionRef::Builtin(k) => (t.criterion_name)(k).to_owned(),
        CriterionRef::Custom(_) => custom(p, id)
            .map(|c| c.name.trim().to_owned())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| t.criterion.to_owned()),
    }
}

fn rating(p: &Project, id: &Id) -> Option<Rating> {
    let c = criterion_ref(id);
    match c {
        CriterionRef::Builtin(_) => Some(p.feasibility.scorecard.rating(&c).unwrap_or_default()),
        CriterionRef::Custom(_) => p.feasibility.scorecard.rating(&c),
    }
}

fn rate(p: &mut Project, id: &Id, f: impl FnOnce(&mut Rating) -> bool) -> bool {
    p.feasibility.scorecard.rate(&criterion_ref(id), f)
}

pub static RATING: &[Field] = &[
    Field {
        label: |t| t.score,
        kind: Kind::Select(|s, _, _| {
            optional(
                s.feasibility.not_set,
                (1..=SCORE_MAX)
                    .map(|n| (n.to_string(), n.to_string()))
                    .collect(),
            )
        }),
        get: |p, id| rating(p, id).map(|r| r.score.map(|s| s.to_string()).unwrap_or_default()),
        put: |p, id, v| {
            let s = level(&v, SCORE_MAX);
            rate(p, id, |r| set(&mut r.score, s))
        },
    },
    Field {
        label: |t| t.confidence,
        kind: Kind::Select(|s, _, _| {
            keyed(
                Confidence::ALL,
                Confidence::key,
                s.feasibility.confidence_name,
            )
        }),
        get: |p, id| rating(p, id).map(|r| r.confidence.key().to_owned()),
        put: |p, id, v| {
            Confidence::from_key(&v).is_some_and(|c| rate(p, id, |r| set(&mut r.confidence, c)))
        },
    },
    Field {
        label: |t| t.evidence_note,
        // phone (issue 13): a text box that grows, so the whole evidence
        // shows on a phone, one line high while it is short.
        kind: Kind::Lines,
        get: |p, id| rating(p, id).map(|r| r.evidence),
        put: |p, id, v| rate(p, id, |r| set(&mut r.evidence, v)),
    },
];

/// A criterion the user adds: its name and group, then [`RATING`].
pub static CUSTOM: &[Field] = &[
    text!(criterion, Kind::Line, custom, custom_mut, name),
    Field {
        label: |t| t.group,
        kind: Kind::Select(|s, _, _| keyed(Group::ALL, Group::key, s.feasibility.group_name)),
        get: |p, id| custom(p, id).map(|c| c.group.key().to_owned()),
        put: |p, id, v| {
            let g = Group::from_key(&v);
            custom_mut(p, id)
                .zip(g)
                .is_some_and(|(c, g)| set(&mut c.group, g))
        },
    },
];

// ---------------------------------------------------------------- risks

fn risk_level(v: &str) -> Option<u8> {
    level(v, RISK_MAX)
}

pub static RISK: &[Field] = &[
    text!(risk, Kind::Lines, risk, risk_mut, text),
    Field {
        label: |t| t.likelihood,
        kind: Kind::Select(|s, _, _| scale(&s.feasibility.likelihood_levels)),
        get: |p, id| risk(p, id).map(|r| r.likelihood.to_string()),
        put: |p, id, v| {
            risk_mut(p, id)
                .zip(risk_level(&v))
                .is_some_and(|(r, l)| set(&mut r.likelihood, l))
        },
    },
    Field {
        label: |t| t.impact,
        kind: Kind::Select(|s, _, _| scale(&s.feasibility.impact_levels)),
        get: |p, id| risk(p, id).map(|r| r.impact.to_string()),
        put: |p, id, v| {
            risk_mut(p, id)
                .zip(risk_level(&v))
                .is_some_and(|(r, l)| set(&mut r.impact, l))
        },
    },
    text!(owner, Kind::Line, risk, risk_mut, owner),
    text!(mitigation, Kind::Lines, risk, risk_mut, mitigation),
];

// ---------------------------------------------------------------- MVP

/// The MVP is one per project: its fields ignore the item id.
macro_rules! mvp {
    ($label:ident, $kind:expr, $field:ident) => {
        Field {
            label: |t| t.$label,
            kind: $kind,
            get: |p, _| Some(p.feasibility.mvp.$field.clone()),
            put: |p, _, v| set(&mut p.feasibility.mvp.$field, v),
        }
    };
}

pub static MVP_SCOPE: &[Field] = &[
    mvp!(includes, Kind::Lines, includes),
    mvp!(excludes, Kind::Lines, excludes),
];

pub static MVP_NEEDS: &[Field] = &[
    mvp!(needs_team, Kind::Lines, team),
    // The budget shows an older file's note until an amount is typed.
    Field {
        label: |t| t.budget,
        kind: Kind::Money,
        get: |p, _| {
            let m = &p.feasibility.mvp;
            Some(
                m.budget
                    .map_or_else(|| m.budget_note.clone(), |d| d.to_string()),
            )
        },
        put: |p, _, v| p.feasibility.mvp.set_budget(Decimal::parse_canonical(&v)),
    },
    Field {
        label: |t| t.currency,
        kind: Kind::Currency,
        get: |p, _| Some(p.feasibility.mvp.currency.code().to_owned()),
        put: |p, _, v| Currency::parse(&v).is_some_and(|c| set(&mut p.feasibility.mvp.currency, c)),
    },
];

/// A checked field (a date, the budget, its currency) through the one
/// checked input: refused text stays on screen with its reason, as a
/// draft, and is never saved. Amounts are read and shown as in the
/// diffusion plan.
pub fn checked(ctx: Ctx, field: &'static Field, id: Id, dom: String) -> AnyView {
    let kind = &field.kind;
    let get = id.clone();
    let stored: draft::Text =
        Arc::new(move || ctx.read(|p| (field.get)(p, &get)).unwrap_or_default());
    let currency = move || ctx.read(|p| p.feasibility.mvp.currency.clone());
    let t = move || ctx.app.t().diffusion;
    let check: Check = match kind {
        Kind::Money => Arc::new(move |v: &str| {
            if v.trim().is_empty() {
                return Ok(String::new());
            }
            Decimal::parse_input(v, currency().exponent())
                .map(|d| d.to_string())
                .map_err(|e| (t().amount_error)(e))
        }),
        Kind::Currency => Arc::new(move |v: &str| {
            Currency::parse(v)
                .map(|c| c.code().to_owned())
                .ok_or_else(|| t().currency_invalid.to_owned())
        }),
        // New dates take the plan's range, 1000 to 9999.
        _ => Arc::new(move |v: &str| {
            if v.is_empty() || (valid_date(v) && Date::parse(v).is_some()) {
                Ok(v.to_owned())
            } else {
                Err(t().date_invalid.to_owned())
            }
        }),
    };
    let (amount, kept) = (stored.clone(), stored.clone());
    let shown: draft::Text = match kind {
        Kind::Money => Arc::new(move || {
            let (v, w) = (amount(), t());
            match Decimal::parse_canonical(&v) {
                Some(d) => d.display(currency().exponent(), w.group, w.mark),
                None => v,
            }
        }),
        _ => stored.clone(),
    };
    // The budget: an older file's note says why it is no amount; an amount
    // with more decimals than a currency chosen since is kept, and says so.
    let retry = check.clone();
    let warn: Option<Warn> = matches!(kind, Kind::Money).then(|| {
        Arc::new(move || {
            let v = kept();
            let c = currency();
            match Decimal::parse_canonical(&v) {
                Some(d) => (!c.fits(d)).then(|| (t().amount_kept)(c.code(), c.exponent())),
                None if v.is_empty() => None,
                None => retry(&v)
                    .err()
                    .or_else(|| Some((t().amount_error)(AmountError::NotANumber))),
            }
        }) as Warn
    });
    let is_currency = matches!(kind, Kind::Currency);
    let key = format!(
        "feasibility-{}-{id}",
        (field.label)(&crate::i18n::feasibility::EN)
    );
    let save: Save = Arc::new(move |v: String| {
        if ctx.edit(Some(key.clone()), |p| (field.put)(p, &id, v.clone())) && is_currency {
            let m = ctx.read(|p| p.feasibility.mvp.clone());
            let misfits = usize::from(m.budget.is_some_and(|b| !m.currency.fits(b)));
            ctx.app
                .say(false, move |t| (t.diffusion.currency_now)(&v, misfits));
        }
    });
    let draft_key = ctx.project.with_value(|p| draft::key(p, &dom));
    checked_input(Checked {
        key: draft_key,
        dom,
        shape: match kind {
            Kind::Date => DATE,
            Kind::Money => AMOUNT,
            _ => CODE,
        },
        stored,
        shown,
        check,
        save,
        warn,
    })
}

pub static MILESTONE: &[Field] = &[
    text!(milestone, Kind::Line, milestone, milestone_mut, name),
    Field {
        label: |t| t.date,
        kind: Kind::Date,
        get: |p, id| milestone(p, id).map(|m| m.date.clone()),
        // The date picker gives `YYYY-MM-DD` or nothing; the model refuses
        // anything else.
        put: |p, id, v| valid_date(&v) && milestone_mut(p, id).is_some_and(|m| m.set_date(&v)),
    },
];

// ---------------------------------------------------------------- readiness

fn readiness_options(names: &[&'static str; 10], s: &'static Strings) -> Options {
    let f = s.feasibility;
    optional(
        f.not_set,
        names
            .iter()
            .enumerate()
            .map(|(i, n)| (i.to_string(), (f.level)(i as u8, n)))
            .collect(),
    )
}

fn readiness_level(v: &str) -> Option<u8> {
    v.parse().ok().filter(|n| *n <= READINESS_MAX)
}

pub static READINESS: &[Field] = &[
    Field {
        label: |t| t.product_readiness,
        kind: Kind::Select(|s, _, _| readiness_options(&s.feasibility.product_levels, s)),
        get: |p, _| {
            Some(
                p.feasibility
                    .readiness
                    .product
                    .map(|l| l.to_string())
                    .unwrap_or_default(),
            )
        },
        put: |p, _, v| set(&mut p.feasibility.readiness.product, readiness_level(&v)),
    },
    Field {
        label: |t| t.market_readiness,
        kind: Kind::Select(|s, _, _| readiness_options(&s.feasibility.market_levels, s)),
        get: |p, _| {
            Some(
                p.feasibility
                    .readiness
                    .market
                    .map(|l| l.to_string())
                    .unwrap_or_default(),
            )
        },
        put: |p, _, v| set(&mut p.feasibility.readiness.market, readiness_level(&v)),
    },
];

// ---------------------------------------------------------------- cards

pub static ASSUMPTION_CARD: CardSpec = CardSpec {
    legend: numbered_assumption,
    fields: ASSUMPTION,
    more: None,
    back: Some(|_, _| "add-assumption".into()),
};

pub static TEST_CARD: CardSpec = CardSpec {
    legend: |t, _, _, n| (t.numbered)(t.test_card, n),
    fields: TEST_FIELDS,
    more: Some((Some(|t| t.learning), LEARNING_CARD)),
    back: Some(add_test_button),
};

pub static RATING_CARD: CardSpec = CardSpec {
    legend: criterion_name,
    fields: RATING,
    more: None,
    back: None,
};

pub static CUSTOM_CARD: CardSpec = CardSpec {
    legend: criterion_name,
    fields: CUSTOM,
    more: Some((None, RATING)),
    back: Some(|_, _| "add-criterion".into()),
};

pub static RISK_CARD: CardSpec = CardSpec {
    legend: |t, _, _, n| (t.numbered)(t.risk, n),
    fields: RISK,
    more: None,
    back: Some(|_, _| "add-risk".into()),
};

pub static MILESTONE_CARD: CardSpec = CardSpec {
    legend: |t, _, _, n| (t.numbered)(t.milestone, n),
    fields: MILESTONE,
    more: None,
    back: Some(|_, _| "add-milestone".into()),
};
