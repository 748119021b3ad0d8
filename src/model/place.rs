//! Places in a project a person can be pointed to: a canvas block, or one
//! part of the fit worksheet, the feasibility studio or the diffusion plan.
//!
//! An exercise step names the place it works on, so the timer can take the
//! room there. The keys are the file format's words (`"assumptions"`) and
//! the screens' anchors (`#present-assumptions`, `.part-assumptions`).

use super::Block;
use serde::{Deserialize, Serialize};

/// One of the tools a project has beside its canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    Canvas,
    Fit,
    Feasibility,
    Diffusion,
}

/// A part of one of the tools beside the canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Fit,
    Assumptions,
    Tests,
    Scorecard,
    Risks,
    Mvp,
    Readiness,
    Timeline,
    Channels,
    Budget,
    Kpis,
    Rights,
}

impl Part {
    /// Every part, in the order the screens show them.
    pub const ALL: [Part; 12] = [
        Part::Fit,
        Part::Assumptions,
        Part::Tests,
        Part::Scorecard,
        Part::Risks,
        Part::Mvp,
        Part::Readiness,
        Part::Timeline,
        Part::Channels,
        Part::Budget,
        Part::Kpis,
        Part::Rights,
    ];

    /// The word used in files and as the screens' anchor.
    pub fn key(self) -> &'static str {
        match self {
            Part::Fit => "fit",
            Part::Assumptions => "assumptions",
            Part::Tests => "tests",
            Part::Scorecard => "scorecard",
            Part::Risks => "risks",
            Part::Mvp => "mvp",
            Part::Readiness => "readiness",
            Part::Timeline => "timeline",
            Part::Channels => "channels",
            Part::Budget => "budget",
            Part::Kpis => "kpis",
            Part::Rights => "rights",
        }
    }

    pub fn from_key(key: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.key() == key)
    }

    /// The tool whose screen holds this part.
    pub fn tool(self) -> Tool {
        match self {
            Part::Fit => Tool::Fit,
            Part::Assumptions
            | Part::Tests
            | Part::Scorecard
            | Part::Risks
            | Part::Mvp
            | Part::Readiness => Tool::Feasibility,
            Part::Timeline | Part::Channels | Part::Budget | Part::Kpis | Part::Rights => {
                Tool::Diffusion
            }
        }
    }
}

/// Where in a project something is: a canvas block or a tool's part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Block(Block),
    Part(Part),
}

impl Place {
    pub fn tool(self) -> Tool {
        match self {
            Place::Block(_) => Tool::Canvas,
            Place::Part(p) => p.tool(),
        }
    }

    /// A key naming the place among all others (a block and a part may
    /// share a word: `block:channels`, `part:channels`), for form values.
    pub fn key(self) -> String {
        match self {
            Place::Block(b) => format!("block:{}", b.key()),
            Place::Part(p) => format!("part:{}", p.key()),
        }
    }

    pub fn from_key(key: &str) -> Option<Place> {
        let (kind, word) = key.split_once(':')?;
        match kind {
            "block" => Block::ALL
                .into_iter()
                .find(|b| b.key() == word)
                .map(Place::Block),
            "part" => Part::from_key(word).map(Place::Part),
            _ => None,
        }
    }

    /// The CSS selector of the place on its screen, editing or presented
    /// (the canvas's block, a tool's part section or its presentation).
    pub fn selector(self) -> String {
        match self {
            Place::Block(b) => format!(".block-{}", b.key()),
            Place::Part(p) => {
                let k = p.key();
                format!("#present-{k}, .part-{k}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_has_a_distinct_key_that_reads_back() {
        for p in Part::ALL {
            assert_eq!(Part::from_key(p.key()), Some(p));
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(json, format!("\"{}\"", p.key()));
        }
        assert_eq!(Part::from_key("budgets"), None);
    }

    #[test]
    fn place_keys_tell_a_block_from_a_part_of_the_same_name() {
        let block = Place::Block(Block::Channels);
        let part = Place::Part(Part::Channels);
        assert_ne!(block.key(), part.key());
        for p in Block::ALL
            .map(Place::Block)
            .into_iter()
            .chain(Part::ALL.map(Place::Part))
        {
            assert_eq!(Place::from_key(&p.key()), Some(p));
        }
        assert_eq!(Place::from_key("channels"), None);
        assert_eq!(Place::from_key("part:nowhere"), None);
    }

    #[test]
    fn places_lead_to_their_tool_and_anchor() {
        assert_eq!(Place::Block(Block::Channels).tool(), Tool::Canvas);
        assert_eq!(Place::Part(Part::Fit).tool(), Tool::Fit);
        assert_eq!(Place::Part(Part::Risks).tool(), Tool::Feasibility);
        assert_eq!(Place::Part(Part::Budget).tool(), Tool::Diffusion);
        assert_eq!(Place::Block(Block::Channels).selector(), ".block-channels");
        assert_eq!(
            Place::Part(Part::Kpis).selector(),
            "#present-kpis, .part-kpis"
        );
    }
}
