//! The documents users keep: projects and their Business Model Canvas.
//!
//! Free of any browser or UI dependency. Every operation takes the ids and
//! the time it needs as arguments, so it is deterministic and testable.

// backup (issue 10): the export reminder rule and identical imports.
pub mod backup;
mod canvas;
// coherence (issue 16): where the parts of a project do not hold together
pub mod coherence;
pub mod diff;
pub mod diffusion;
// examples (issue 13): the example projects' files.
pub mod example;
pub mod exercise;
pub mod feasibility;
pub mod feedback;
pub mod fit;
mod id;
// pitch (issue 12): the project in eight slides
pub(crate) mod order;
pub mod pitch;
pub mod place;
pub(crate) mod project;
// search (issue 13): finding one's projects by their words
pub mod search;
pub mod summary;
pub(crate) mod time;
mod workspace;

pub use canvas::{Block, Canvas, Colour, Note};
pub use exercise::{Exercise, Run, Step};
pub use feasibility::Feasibility;
pub use fit::Fit;
pub use id::Id;
pub use project::{Discipline, Project};
pub use time::Timestamp;
pub use workspace::Workspace;

/// Longest text a single field may hold (a note, a pitch...). Generous for a
/// sticky note, small enough that a hostile file cannot blow up the page.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Most notes one canvas block may hold.
pub const MAX_NOTES_PER_BLOCK: usize = 500;
/// Most team members one project lists.
pub const MAX_TEAM: usize = 50;
