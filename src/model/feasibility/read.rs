//! Reading the section from JSON by hand. serde's derived readers are made
//! once per kind of reader and weigh heavily on the app's download; these
//! few functions are made once. They read what the derived readers would:
//! absent members take their defaults, other members are ignored, and
//! anything of the wrong type is refused with where it is.

use super::{
    Assumption, CustomCriterion, Feasibility, Milestone, Mvp, Readiness, Risk, Score, Scorecard,
    TestCard,
};
use super::{Confidence, Criterion, Decision, Group, Lens, Method};
use crate::model::{Block, Id};
use serde_json::{Map, Value};

type Obj = Map<String, Value>;
type R<T> = Result<T, String>;

fn object<'a>(v: &'a Value, at: &str) -> R<&'a Obj> {
    v.as_object()
        .ok_or_else(|| format!("{at} must be an object"))
}

/// A member that may be absent (or, where `null_ok`, null).
fn member<'a>(o: &'a Obj, key: &str, null_ok: bool) -> Option<&'a Value> {
    o.get(key).filter(|v| !(null_ok && v.is_null()))
}

fn text(o: &Obj, key: &str, at: &str) -> R<String> {
    match member(o, key, false) {
        None => Ok(String::new()),
        Some(v) => v
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("{at}.{key} must be a string")),
    }
}

/// A whole number 0–255 (ranges are checked later, with limits).
fn small(v: &Value, at: &str) -> R<u8> {
    v.as_u64()
        .and_then(|n| u8::try_from(n).ok())
        .ok_or_else(|| format!("{at} must be a small whole number"))
}

fn flag(o: &Obj, key: &str, at: &str) -> R<bool> {
    member(o, key, false).map_or(Ok(false), |v| {
        v.as_bool()
            .ok_or_else(|| format!("{at}.{key} must be true or false"))
    })
}

fn number(o: &Obj, key: &str, default: u8, at: &str) -> R<u8> {
    member(o, key, false).map_or(Ok(default), |v| small(v, &format!("{at}.{key}")))
}

fn optional_number(o: &Obj, key: &str, at: &str) -> R<Option<u8>> {
    member(o, key, true)
        .map(|v| small(v, &format!("{at}.{key}")))
        .transpose()
}

/// One of a fixed set of words; absent is `None`, and so is null where
/// the member is optional.
fn word_or_null<T>(
    o: &Obj,
    key: &str,
    from: fn(&str) -> Option<T>,
    at: &str,
    null_ok: bool,
) -> R<Option<T>> {
    member(o, key, null_ok)
        .map(|v| {
            v.as_str()
                .and_then(from)
                .ok_or_else(|| format!("{at}.{key}: unknown value {v}"))
        })
        .transpose()
}

fn word<T>(o: &Obj, key: &str, from: fn(&str) -> Option<T>, at: &str) -> R<Option<T>> {
    word_or_null(o, key, from, at, false)
}

fn id(v: &Value, at: &str) -> R<Id> {
    v.as_str()
        .and_then(Id::parse)
        .ok_or_else(|| format!("{at}: an id must be 1 to 64 letters, digits, '-' or '_'"))
}

fn required_id(o: &Obj, at: &str) -> R<Id> {
    id(
        o.get("id")
            .ok_or_else(|| format!("{at}: missing field `id`"))?,
        &format!("{at}.id"),
    )
}

fn list<T>(o: &Obj, key: &str, at: &str, item: fn(&Obj, &str) -> R<T>) -> R<Vec<T>> {
    let Some(v) = member(o, key, false) else {
        return Ok(Vec::new());
    };
    let items = v
        .as_array()
        .ok_or_else(|| format!("{at}.{key} must be an array"))?;
    items
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let at = format!("{at}.{key}[{i}]");
            item(object(v, &at)?, &at)
        })
        .collect()
}

fn part<'a>(o: &'a Obj, key: &str, at: &str) -> R<Option<&'a Obj>> {
    member(o, key, false)
        .map(|v| object(v, &format!("{at}.{key}")))
        .transpose()
}

fn block(key: &str) -> Option<Block> {
    Block::ALL.into_iter().find(|b| b.key() == key)
}

fn test_card(o: &Obj, at: &str) -> R<TestCard> {
    let mut t = TestCard::new(required_id(o, at)?);
    for f in super::CardField::TEST
        .iter()
        .chain(&super::CardField::LEARNING)
    {
        *t.field_mut(*f) = text(o, f.key(), at)?;
    }
    t.method = word(o, "method", Method::from_key, at)?.unwrap_or_default();
    t.decision = word_or_null(o, "decision", Decision::from_key, at, true)?;
    // Only a decision can have raised evidence.
    t.raised = flag(o, "raised", at)? && t.decision.is_some();
    Ok(t)
}

fn assumption(o: &Obj, at: &str) -> R<Assumption> {
    let mut a = Assumption::new(required_id(o, at)?, Block::ValuePropositions);
    a.text = text(o, "text", at)?;
    a.lens = word(o, "lens", Lens::from_key, at)?.unwrap_or_default();
    a.block = word(o, "block", block, at)?.unwrap_or(a.block);
    a.note = member(o, "note", true)
        .map(|v| id(v, &format!("{at}.note")))
        .transpose()?;
    a.importance = number(o, "importance", a.importance, at)?;
    a.evidence = number(o, "evidence", a.evidence, at)?;
    a.tests = list(o, "tests", at, test_card)?;
    Ok(a)
}

fn score(o: &Obj, at: &str) -> R<Score> {
    let criterion = word(o, "criterion", Criterion::from_key, at)?
        .ok_or_else(|| format!("{at}: missing field `criterion`"))?;
    Ok(Score {
        criterion,
        score: optional_number(o, "score", at)?,
        confidence: word(o, "confidence", Confidence::from_key, at)?.unwrap_or_default(),
        evidence: text(o, "evidence", at)?,
    })
}

fn custom(o: &Obj, at: &str) -> R<CustomCriterion> {
    let group = word(o, "group", Group::from_key, at)?.unwrap_or_default();
    let mut c = CustomCriterion::new(required_id(o, at)?, group);
    c.name = text(o, "name", at)?;
    c.score = optional_number(o, "score", at)?;
    c.confidence = word(o, "confidence", Confidence::from_key, at)?.unwrap_or_default();
    c.evidence = text(o, "evidence", at)?;
    Ok(c)
}

fn risk(o: &Obj, at: &str) -> R<Risk> {
    let mut r = Risk::new(required_id(o, at)?);
    r.text = text(o, "text", at)?;
    r.likelihood = number(o, "likelihood", r.likelihood, at)?;
    r.impact = number(o, "impact", r.impact, at)?;
    r.owner = text(o, "owner", at)?;
    r.mitigation = text(o, "mitigation", at)?;
    Ok(r)
}

fn milestone(o: &Obj, at: &str) -> R<Milestone> {
    let mut m = Milestone::new(required_id(o, at)?, "");
    m.name = text(o, "name", at)?;
    m.date = text(o, "date", at)?;
    Ok(m)
}

/// Reads the section from its JSON value.
pub fn feasibility(v: &Value) -> R<Feasibility> {
    let at = "feasibility";
    let o = object(v, at)?;
    let mut f = Feasibility {
        assumptions: list(o, "assumptions", at, assumption)?,
        risks: list(o, "risks", at, risk)?,
        ..Feasibility::default()
    };
    if let Some(s) = part(o, "scorecard", at)? {
        let at = "feasibility.scorecard";
        f.scorecard = Scorecard {
            scores: list(s, "scores", at, score)?,
            custom: list(s, "custom", at, custom)?,
        };
    }
    if let Some(m) = part(o, "mvp", at)? {
        let at = "feasibility.mvp";
        // Both forms: an amount + ISO code, or an older file's free text.
        let (budget, currency, budget_note) = super::mvp::read_budget(
            &text(m, "budget", at)?,
            &text(m, "currency", at)?,
            &text(m, "budget_note", at)?,
        );
        f.mvp = Mvp {
            includes: text(m, "includes", at)?,
            excludes: text(m, "excludes", at)?,
            milestones: list(m, "milestones", at, milestone)?,
            team: text(m, "team", at)?,
            budget,
            currency,
            budget_note,
        };
    }
    if let Some(r) = part(o, "readiness", at)? {
        let at = "feasibility.readiness";
        f.readiness = Readiness {
            product: optional_number(r, "product", at)?,
            market: optional_number(r, "market", at)?,
        };
    }
    Ok(f)
}
