//! Facilitator mode: projector view, timed exercises, the cohort board and
//! feedback on a cohort's projects.

mod cohort;
mod exercises;
mod feedback;
mod projector;
mod run;
mod timer;
mod wall;

pub use cohort::{cohort, CohortPage, CohortProjectPage, ComparePage};
use exercises::Library;
pub use exercises::{library, ExercisesPage};
pub use feedback::{feedback_store, ReceivedFeedback};
pub use projector::{projector_on, projector_on_untracked, projector_set, ProjectorButton};
pub use timer::TimerPanel;

/// Provides the facilitator's shared state (projector switch, exercises,
/// the run in progress). Called once by the app.
pub fn install() {
    projector::install();
    Library::install();
    cohort::Cohort::install();
    feedback::FeedbackStore::install();
}
