//! Rights (which go to whom, where, in which medium, for how long) and
//! secondary revenue.

use super::{item, keyed_enum};
use crate::model::Id;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Right {
    pub id: Id,
    /// The right: distribution, streaming, translation, adaptation...
    #[serde(default)]
    pub right: String,
    /// Who holds it.
    #[serde(default)]
    pub holder: String,
    #[serde(default)]
    pub territory: String,
    #[serde(default)]
    pub medium: String,
    /// For how long: "5 years", "until 2030"...
    #[serde(default)]
    pub duration: String,
}
item!(Right {
    right,
    holder,
    territory,
    medium,
    duration
});

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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revenue {
    pub id: Id,
    #[serde(default)]
    pub kind: RevenueKind,
    #[serde(default)]
    pub text: String,
}
item!(Revenue { text });
