//! Import checks for the audience–offer fit worksheet: its ids, references
//! and limits. (Its shapes are checked as it is read: `model::fit`.)

use super::ImportError;
use crate::model::fit::FitProblem;
use crate::model::{Project, MAX_TEXT_CHARS};
use std::collections::HashSet;

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
