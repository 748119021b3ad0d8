//! Backups: whether it is time to remind the user that their work lives
//! only in this browser, and whether an imported copy adds anything.

use super::{Project, Timestamp, Workspace};

/// How long changes may wait for an export before the home screen says so.
pub const REMIND_AFTER_MS: u64 = 7 * 86_400_000;

/// Whether to remind the user to export everything: among the `changes`
/// (the times work changed), those after the last export of the whole
/// workspace (all of them if there never was one), and the oldest of those
/// is more than a week old.
pub fn reminder_due(
    last_export: Option<Timestamp>,
    changes: impl IntoIterator<Item = Timestamp>,
    now: Timestamp,
) -> bool {
    changes
        .into_iter()
        .filter(|t| last_export.is_none_or(|e| *t > e))
        .min()
        .is_some_and(|oldest| now.0.saturating_sub(oldest.0) > REMIND_AFTER_MS)
}

/// Splits imported projects into those that would change something and
/// those identical to the stored project with the same id (every field,
/// note, tool section, id and time equal): importing the latter changes
/// nothing, so they are left out, and their titles returned to say so.
pub fn without_identical(
    stored: &Workspace,
    incoming: Vec<Project>,
) -> (Vec<Project>, Vec<String>) {
    let mut identical = Vec::new();
    let changed = incoming
        .into_iter()
        .filter(|p| {
            let same = stored.get(&p.id) == Some(p);
            if same {
                identical.push(p.title.clone());
            }
            !same
        })
        .collect();
    (changed, identical)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Id, Note};

    const DAY: u64 = 86_400_000;
    const NOW: Timestamp = Timestamp(100 * DAY);

    fn ago(days: u64) -> Timestamp {
        Timestamp(NOW.0 - days * DAY)
    }

    #[test]
    fn a_week_of_changes_without_an_export_is_reminded() {
        // Exported 10 days ago, changed 8 days ago and today: due.
        assert!(reminder_due(Some(ago(10)), [ago(8), ago(0)], NOW));
        // Changed only 6 days ago: not yet.
        assert!(!reminder_due(Some(ago(10)), [ago(6), ago(1)], NOW));
        // Nothing changed since an old export: nothing to remind.
        assert!(!reminder_due(Some(ago(30)), [ago(31), ago(40)], NOW));
        // Exactly a week is not more than a week.
        assert!(!reminder_due(Some(ago(30)), [ago(7)], NOW));
        assert!(reminder_due(Some(ago(30)), [Timestamp(ago(7).0 - 1)], NOW));
    }

    #[test]
    fn never_exported_work_older_than_a_week_is_reminded() {
        assert!(reminder_due(None, [ago(8)], NOW));
        assert!(!reminder_due(None, [ago(2), ago(0)], NOW));
        // No work at all: nothing to back up.
        assert!(!reminder_due(None, [], NOW));
        // A clock set back (a change "in the future") is never due.
        assert!(!reminder_due(None, [Timestamp(NOW.0 + DAY)], NOW));
    }

    fn project(id: &str, text: &str) -> Project {
        let mut p = Project::new(Id::parse(id).unwrap(), format!("P {id}"), Timestamp(5));
        p.canvas.add_note(
            Block::Channels,
            Note::new(Id::parse(&format!("{id}n")).unwrap(), text, Timestamp(5)),
        );
        p
    }

    #[test]
    fn identical_copies_are_set_apart_and_named() {
        let stored = Workspace {
            projects: vec![project("a", "Radio"), project("b", "Festivals")],
        };
        let mut changed = project("b", "Festivals and fairs");
        changed.updated_at = Timestamp(9);
        let incoming = vec![project("a", "Radio"), changed.clone(), project("c", "New")];
        let (rest, same) = without_identical(&stored, incoming);
        assert_eq!(same, ["P a"]);
        assert_eq!(rest, [changed, project("c", "New")]);
    }

    #[test]
    fn any_difference_a_user_could_see_is_not_identical() {
        let stored = Workspace {
            projects: vec![project("a", "Radio")],
        };
        let mut retitled = project("a", "Radio");
        retitled.title = "Radio!".into();
        let mut longer = project("a", "Radio");
        longer.canvas.add_note(
            Block::CostStructure,
            Note::new(Id::parse("x").unwrap(), "", Timestamp(5)),
        );
        let mut pitched = project("a", "Radio");
        pitched.pitch = "A pitch".into();
        for other in [retitled, longer, pitched] {
            let (rest, same) = without_identical(&stored, vec![other]);
            assert_eq!((rest.len(), same.len()), (1, 0));
        }
    }
}
