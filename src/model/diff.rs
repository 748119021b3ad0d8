//! What one edit of a project changed, in the user's terms: which part of
//! which tool, and which note. Undo and redo use it to bring the change into
//! view and to say what they did ("Undid: note deleted in Channels").
//!
//! It compares two versions of a project, so no edit has to describe
//! itself: every operation, present and future, is described the same way.

use super::{Block, Id, Project};

/// The part of a project an edit touched, one per screen of the project.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Title, pitch, discipline, country, team.
    Details,
    Canvas(Block),
    Fit,
    Feasibility,
    Diffusion,
    /// The coherence checks dismissed or checked again.
    Coherence,
}

/// What happened to a canvas note, or to the part as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    NoteAdded,
    NoteDeleted,
    NoteEdited,
    NoteColoured,
    /// To another place in its block, or into the block named by the part.
    NoteMoved,
    Edited,
}

/// One edit, described: `note` is the canvas note it is about, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub part: Part,
    pub action: Action,
    pub note: Option<Id>,
}

/// What turned `before` into `after` (two versions of one project), or
/// `None` when they hold the same work. When an edit touched several parts
/// (deleting a segment's note also deletes its fit profile), the canvas
/// note comes first: it is what the user acted on.
pub fn describe(before: &Project, after: &Project) -> Option<Edit> {
    canvas_edit(before, after).or_else(|| {
        let part = if before.fit != after.fit {
            Part::Fit
        } else if before.feasibility != after.feasibility {
            Part::Feasibility
        } else if before.diffusion != after.diffusion {
            Part::Diffusion
        } else if before.dismissed_checks != after.dismissed_checks {
            Part::Coherence
        } else if before.title != after.title
            || before.pitch != after.pitch
            || before.discipline != after.discipline
            || before.country != after.country
            || before.team != after.team
        {
            Part::Details
        } else {
            return None;
        };
        Some(Edit {
            part,
            action: Action::Edited,
            note: None,
        })
    })
}

fn canvas_edit(before: &Project, after: &Project) -> Option<Edit> {
    let (old, new) = (&before.canvas, &after.canvas);
    if old == new {
        return None;
    }
    let edit = |block, action, id: &Id| Edit {
        part: Part::Canvas(block),
        action,
        note: Some(id.clone()),
    };
    for (block, note) in new.all_notes() {
        match old.locate(&note.id) {
            None => return Some(edit(block, Action::NoteAdded, &note.id)),
            Some((was_in, _)) if was_in != block => {
                return Some(edit(block, Action::NoteMoved, &note.id))
            }
            _ => {}
        }
    }
    for (block, note) in old.all_notes() {
        if new.note(&note.id).is_none() {
            return Some(edit(block, Action::NoteDeleted, &note.id));
        }
    }
    // Same notes in the same blocks: one changed its text, its colour, or
    // its place in the block.
    for (block, note) in new.all_notes() {
        let was = old.note(&note.id).expect("no note was added");
        if was.text != note.text {
            return Some(edit(block, Action::NoteEdited, &note.id));
        }
        if was.colour != note.colour {
            return Some(edit(block, Action::NoteColoured, &note.id));
        }
    }
    Block::ALL.into_iter().find_map(|block| {
        let (a, b) = (old.notes(block), new.notes(block));
        if a.iter().map(|n| &n.id).eq(b.iter().map(|n| &n.id)) {
            return None;
        }
        // A move stamps the note it moved; its neighbours shift unstamped.
        let stamped = b.iter().find(|n| {
            old.note(&n.id)
                .is_some_and(|was| was.updated_at != n.updated_at)
        });
        let moved =
            stamped.or_else(|| b.iter().zip(a).find(|(x, y)| x.id != y.id).map(|(x, _)| x))?;
        Some(edit(block, Action::NoteMoved, &moved.id))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Note, Timestamp};

    fn id(s: &str) -> Id {
        Id::parse(s).unwrap()
    }

    fn project() -> Project {
        let mut p = Project::new(id("p"), "Kola", Timestamp(0));
        for (n, block) in [
            ("a", Block::Channels),
            ("b", Block::Channels),
            ("c", Block::Channels),
        ] {
            p.canvas.add_note(block, Note::new(id(n), n, Timestamp(0)));
        }
        p
    }

    fn described(f: impl FnOnce(&mut Project)) -> Option<Edit> {
        let before = project();
        let mut after = before.clone();
        f(&mut after);
        describe(&before, &after)
    }

    fn note_edit(block: Block, action: Action, note: &str) -> Option<Edit> {
        Some(Edit {
            part: Part::Canvas(block),
            action,
            note: Some(id(note)),
        })
    }

    #[test]
    fn notes_added_deleted_edited_and_coloured_are_named() {
        let t = Timestamp(5);
        assert_eq!(
            described(|p| {
                p.canvas
                    .add_note(Block::KeyPartners, Note::new(id("d"), "", t));
            }),
            note_edit(Block::KeyPartners, Action::NoteAdded, "d")
        );
        assert_eq!(
            described(|p| {
                p.remove_note(&id("b"));
            }),
            note_edit(Block::Channels, Action::NoteDeleted, "b")
        );
        assert_eq!(
            described(|p| {
                p.canvas.set_text(&id("c"), "FESPACO", t);
            }),
            note_edit(Block::Channels, Action::NoteEdited, "c")
        );
        let other = crate::model::Colour::ALL[1];
        assert_eq!(
            described(|p| {
                p.canvas.set_colour(&id("a"), Some(other), t);
            }),
            note_edit(Block::Channels, Action::NoteColoured, "a")
        );
    }

    #[test]
    fn a_move_names_the_note_that_moved_not_its_neighbours() {
        let t = Timestamp(5);
        // Down by one, up by one, to the end, and into another block.
        assert_eq!(
            described(|p| {
                p.canvas.shift_note(&id("a"), 1, t);
            }),
            note_edit(Block::Channels, Action::NoteMoved, "a")
        );
        assert_eq!(
            described(|p| {
                p.canvas.shift_note(&id("c"), -1, t);
            }),
            note_edit(Block::Channels, Action::NoteMoved, "c")
        );
        assert_eq!(
            described(|p| {
                p.canvas.move_note(&id("a"), Block::Channels, usize::MAX, t);
            }),
            note_edit(Block::Channels, Action::NoteMoved, "a")
        );
        assert_eq!(
            described(|p| {
                p.canvas.move_note(&id("b"), Block::KeyPartners, 0, t);
            }),
            note_edit(Block::KeyPartners, Action::NoteMoved, "b")
        );
    }

    #[test]
    fn other_parts_and_no_change() {
        assert_eq!(described(|_| {}), None);
        assert_eq!(
            described(|p| p.pitch = "A webtoon".into()),
            Some(Edit {
                part: Part::Details,
                action: Action::Edited,
                note: None
            })
        );
        assert_eq!(
            described(|p| p.diffusion.started = !p.diffusion.started).map(|e| e.part),
            Some(Part::Diffusion)
        );
    }
}
