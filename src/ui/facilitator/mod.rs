//! Facilitator mode: projector view, timed exercises, the cohort board and
//! feedback on a cohort's projects.

mod projector;

pub use projector::{install as install_projector, projector_on, ProjectorButton};
