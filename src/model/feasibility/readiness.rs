//! Part 6: how ready the product and its market are, each on a 0–9 scale
//! described in plain words for creative projects (see `i18n::feasibility`).

use serde::Serialize;

/// The top readiness level.
pub const READINESS_MAX: u8 = 9;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Readiness {
    /// How far the work itself has come: 0 an idea, 9 out and sustained.
    pub product: Option<u8>,
    /// How far its audience and buyers are proven: 0 a guess, 9 a market
    /// that pays repeatedly.
    pub market: Option<u8>,
}
