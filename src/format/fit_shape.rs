//! Import checks for the audience–offer fit worksheet: the shapes serde
//! would accept but the format does not have, and its references.

use super::ImportError;
use crate::model::fit::FitProblem;
use crate::model::{Project, MAX_TEXT_CHARS};
use serde_json::{Map, Value};
use std::collections::HashSet;

fn object<'a>(v: &'a Value, at: &str) -> Result<&'a Map<String, Value>, String> {
    v.as_object()
        .ok_or_else(|| format!("{at} must be an object"))
}

fn array<'a>(obj: &'a Map<String, Value>, key: &str, at: &str) -> Result<&'a [Value], String> {
    match obj.get(key) {
        None => Ok(&[]),
        Some(v) => v
            .as_array()
            .map(Vec::as_slice)
            .ok_or_else(|| format!("{at}.{key} must be an array")),
    }
}

fn strings(obj: &Map<String, Value>, keys: &[&str], at: &str) -> Result<(), String> {
    match keys
        .iter()
        .find(|k| obj.get(**k).is_some_and(|v| !v.is_string()))
    {
        Some(k) => Err(format!("{at}.{k} must be a string")),
        None => Ok(()),
    }
}

/// Objects where the format has objects, names as strings.
pub(super) fn shape(fit: &Value, at: &str) -> Result<(), String> {
    let fit = object(fit, at)?;
    for (i, p) in array(fit, "profiles", at)?.iter().enumerate() {
        let at = format!("{at}.profiles[{i}]");
        let p = object(p, &at)?;
        for (side, names) in [
            ("audience", &["kind", "facet", "evidence"][..]),
            ("offer", &["kind"][..]),
        ] {
            for (j, item) in array(p, side, &at)?.iter().enumerate() {
                let at = format!("{at}.{side}[{j}]");
                strings(object(item, &at)?, names, &at)?;
            }
        }
    }
    Ok(())
}

/// Unique ids, references that point somewhere, limits. A file whose
/// worksheet refers to what is not there is refused: Canevas never writes
/// one, so it was altered, and guessing what was meant could attach the
/// wrong answers to a segment.
pub(super) fn check(p: &Project, name: String) -> Result<(), ImportError> {
    let notes: HashSet<_> = p.canvas.all_notes().map(|(_, n)| &n.id).collect();
    p.fit.check(&notes).map_err(|problem| match problem {
        FitProblem::DuplicateId(id) => ImportError::DuplicateId { id: id.to_string() },
        FitProblem::MissingSegment(_) | FitProblem::DanglingLink { .. } => {
            ImportError::BrokenFitLink { project: name }
        }
        FitProblem::TooManyItems => ImportError::WrongShape {
            detail: format!(
                "too many items in a fit profile of the project “{name}” (at most {})",
                crate::model::fit::MAX_FIT_ITEMS
            ),
        },
        FitProblem::TextTooLong => ImportError::TextTooLong {
            project: name,
            limit: MAX_TEXT_CHARS,
        },
    })
}
