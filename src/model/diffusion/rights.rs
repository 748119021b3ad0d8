//! Rights (which go to whom, where, in which medium, for how long) and
//! secondary revenue.

use super::{item, keyed_enum};
use crate::model::Id;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Right {
    pub id: Id,
    /// The right: distribution, streaming, translation, adaptation...
    pub right: String,
    /// Who holds it.
    pub holder: String,
    pub territory: String,
    pub medium: String,
    /// For how long: "5 years", "until 2030"...
    pub duration: String,
}
item!(Right { right, holder, territory, medium, duration } texts { right, holder, territory, medium, duration });

impl Right {
    pub fn new(id: Id) -> Right {
        Right {
            id,
            right: String::new(),
            holder: String::new(),
            territory: String::new(),
            medium: String::new(),
            duration: String::new(),
        }
    }
}

keyed_enum! {
    RevenueKind {
        Merchandise = "merchandise",
        Adaptation = "adaptation",
        Licensing = "licensing",
        Translation = "translation",
        LiveEvents = "live_events",
        Other = "other",
    }
}

/// A source of secondary revenue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revenue {
    pub id: Id,
    pub kind: RevenueKind,
    pub text: String,
}
item!(Revenue { kind, text } texts { text });
