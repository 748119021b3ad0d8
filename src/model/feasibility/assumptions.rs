//! Part 1: the assumptions map. Each belief the project rests on, tied to
//! the canvas block (or note) it comes from, placed on importance ×
//! evidence.

use super::experiments::{Decision, TestCard};
use super::keyed;
use crate::model::{Block, Id};
use serde::Serialize;

/// The lowest point of the importance and evidence scales.
pub const SCALE_MIN: u8 = 1;
/// The highest point: the scales run 1–4, so the 2×2 grid splits them in
/// the middle (1–2 low, 3–4 high) with no undecided middle row.
pub const SCALE_MAX: u8 = 4;

keyed! {
    /// What kind of belief it is: will people want it, can it pay its way,
    /// can the team make it.
    #[derive(Default)]
    pub enum Lens {
        #[default]
        Desirability = "desirability",
        Viability = "viability",
        Feasibility = "feasibility",
    }
}

keyed! {
    /// Where an assumption sits on the 2×2 grid.
    pub enum Quadrant {
        /// Important, little evidence: test these first.
        TestFirst = "test_first",
        /// Important and backed by evidence.
        Proven = "proven",
        /// Less important, little evidence: later.
        Later = "later",
        /// Less important, known: no action.
        Settled = "settled",
    }
}

fn default_importance() -> u8 {
    3
}

fn default_evidence() -> u8 {
    SCALE_MIN
}

/// A belief the project rests on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assumption {
    pub id: Id,
    pub text: String,
    pub lens: Lens,
    /// The canvas block it comes from.
    pub block: Block,
    /// The note it comes from, if one. A note deleted since is shown as the
    /// block alone.
    pub note: Option<Id>,
    pub importance: u8,
    pub evidence: u8,
    pub tests: Vec<TestCard>,
}

impl Assumption {
    /// A new belief: presumed important until placed, with no evidence yet.
    pub fn new(id: Id, block: Block) -> Assumption {
        Assumption {
            id,
            text: String::new(),
            lens: Lens::default(),
            block,
            note: None,
            importance: default_importance(),
            evidence: default_evidence(),
            tests: Vec::new(),
        }
    }

    pub fn quadrant(&self) -> Quadrant {
        let mid = (SCALE_MIN + SCALE_MAX) / 2;
        match (self.importance > mid, self.evidence > mid) {
            (true, false) => Quadrant::TestFirst,
            (true, true) => Quadrant::Proven,
            (false, false) => Quadrant::Later,
            (false, true) => Quadrant::Settled,
        }
    }

    /// Moves it on the grid by steps of importance and evidence, staying on
    /// the scales; whether it moved.
    pub fn shift(&mut self, importance: i8, evidence: i8) -> bool {
        let step = |v: u8, d: i8| (v as i8 + d).clamp(SCALE_MIN as i8, SCALE_MAX as i8) as u8;
        let (i, e) = (
            step(self.importance, importance),
            step(self.evidence, evidence),
        );
        let moved = (i, e) != (self.importance, self.evidence);
        (self.importance, self.evidence) = (i, e);
        moved
    }

    /// Places it at a point of the grid (clamped to the scales).
    pub fn place(&mut self, importance: u8, evidence: u8) -> bool {
        let i = importance.clamp(SCALE_MIN, SCALE_MAX);
        let e = evidence.clamp(SCALE_MIN, SCALE_MAX);
        let moved = (i, e) != (self.importance, self.evidence);
        (self.importance, self.evidence) = (i, e);
        moved
    }

    /// Dropped when its latest decided test said so.
    pub fn dropped(&self) -> bool {
        self.tests.iter().rev().find_map(|t| t.decision) == Some(Decision::Drop)
    }

    /// Records a test's decision. The rule: a test that reaches a decision
    /// (whichever) is one more piece of evidence, so the assumption's
    /// evidence goes up one step (when it can: the test remembers whether
    /// it did); taking a decision back takes that step back only if the
    /// decision had raised it; changing one decision for another leaves
    /// evidence as it is.
    pub fn decide(&mut self, test: &Id, decision: Option<Decision>) -> bool {
        let Some(i) = self.tests.iter().position(|t| &t.id == test) else {
            return false;
        };
        let (before, raised) = (self.tests[i].decision, self.tests[i].raised);
        if before == decision {
            return false;
        }
        let raised = match (before, decision) {
            (None, Some(_)) => self.shift(0, 1),
            (Some(_), None) => {
                if raised {
                    self.shift(0, -1);
                }
                false
            }
            _ => raised,
        };
        let t = &mut self.tests[i];
        (t.decision, t.raised) = (decision, raised);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assumption, id};
    use super::*;

    #[test]
    fn the_quadrant_follows_the_two_scales() {
        assert_eq!(assumption("a", 4, 1).quadrant(), Quadrant::TestFirst);
        assert_eq!(assumption("a", 3, 2).quadrant(), Quadrant::TestFirst);
        assert_eq!(assumption("a", 3, 3).quadrant(), Quadrant::Proven);
        assert_eq!(assumption("a", 2, 2).quadrant(), Quadrant::Later);
        assert_eq!(assumption("a", 1, 4).quadrant(), Quadrant::Settled);
        let fresh = Assumption::new(id("n"), Block::Channels);
        assert_eq!(
            fresh.quadrant(),
            Quadrant::TestFirst,
            "untested = test first"
        );
    }

    #[test]
    fn moving_on_the_grid_stays_on_the_scales() {
        let mut a = assumption("a", 4, 1);
        assert!(!a.shift(1, 0), "already at the top");
        assert!(!a.shift(0, -1), "already at no evidence");
        assert!(a.shift(-1, 1));
        assert_eq!((a.importance, a.evidence), (3, 2));
        assert!(a.place(9, 0));
        assert_eq!((a.importance, a.evidence), (4, 1));
        assert!(!a.place(4, 1));
    }

    #[test]
    fn a_decided_test_raises_evidence_one_step() {
        let mut a = assumption("a", 4, 1);
        a.tests = vec![TestCard::new(id("t1")), TestCard::new(id("t2"))];
        assert!(a.decide(&id("t1"), Some(Decision::Persevere)));
        assert_eq!(a.evidence, 2);
        assert!(
            a.decide(&id("t1"), Some(Decision::Pivot)),
            "changed decision"
        );
        assert_eq!(a.evidence, 2, "one test, one step");
        assert!(!a.decide(&id("t1"), Some(Decision::Pivot)));
        assert!(a.decide(&id("t2"), Some(Decision::Persevere)));
        assert_eq!(a.evidence, 3);
        assert_eq!(a.quadrant(), Quadrant::Proven);
        assert!(a.decide(&id("t2"), None), "taken back");
        assert_eq!(a.evidence, 2);
        assert!(!a.decide(&id("nope"), Some(Decision::Drop)));
        a.evidence = SCALE_MAX;
        assert!(a.decide(&id("t2"), Some(Decision::Drop)));
        assert_eq!(a.evidence, SCALE_MAX, "capped");
        assert!(a.dropped());
    }

    fn with_tests(evidence: u8, n: usize) -> Assumption {
        let mut a = assumption("a", 4, evidence);
        a.tests = (0..n)
            .map(|i| TestCard::new(id(&format!("t{i}"))))
            .collect();
        a
    }

    #[test]
    fn a_decision_at_the_top_taken_back_leaves_evidence_as_it_was() {
        let mut a = with_tests(SCALE_MAX, 1);
        assert!(a.decide(&id("t0"), Some(Decision::Persevere)));
        assert_eq!(a.evidence, SCALE_MAX);
        assert!(!a.tests[0].raised, "nothing was raised");
        assert!(a.decide(&id("t0"), None));
        assert_eq!(a.evidence, SCALE_MAX, "nothing to take back");
    }

    #[test]
    fn two_decisions_taken_back_lower_only_what_they_raised() {
        let mut a = with_tests(SCALE_MAX - 1, 2);
        assert!(a.decide(&id("t0"), Some(Decision::Persevere)));
        assert!(a.decide(&id("t1"), Some(Decision::Pivot)));
        assert_eq!(a.evidence, SCALE_MAX);
        assert_eq!((a.tests[0].raised, a.tests[1].raised), (true, false));
        assert!(a.decide(&id("t1"), None));
        assert_eq!(a.evidence, SCALE_MAX, "t1 raised nothing");
        assert!(a.decide(&id("t0"), None));
        assert_eq!(a.evidence, SCALE_MAX - 1, "back where it started");
        // Taken back in the other order, the same.
        assert!(a.decide(&id("t0"), Some(Decision::Drop)));
        assert!(a.decide(&id("t1"), Some(Decision::Drop)));
        assert!(a.decide(&id("t0"), None));
        assert!(a.decide(&id("t1"), None));
        assert_eq!(a.evidence, SCALE_MAX - 1, "one step each way");
    }

    #[test]
    fn switching_decisions_leaves_evidence_and_its_record_as_they_are() {
        let mut a = with_tests(2, 1);
        assert!(a.decide(&id("t0"), Some(Decision::Persevere)));
        assert_eq!(a.evidence, 3);
        assert!(a.decide(&id("t0"), Some(Decision::Pivot)));
        assert_eq!((a.evidence, a.tests[0].raised), (3, true));
        assert!(a.decide(&id("t0"), None));
        assert_eq!((a.evidence, a.tests[0].raised), (2, false));
    }

    #[test]
    fn an_old_decision_without_its_record_lowers_nothing() {
        let mut a = with_tests(3, 1);
        a.tests[0].decision = Some(Decision::Persevere);
        assert!(a.decide(&id("t0"), None));
        assert_eq!(a.evidence, 3);
    }

    #[test]
    fn evidence_never_leaves_its_scale() {
        let decisions = [
            None,
            Some(Decision::Persevere),
            Some(Decision::Pivot),
            Some(Decision::Drop),
        ];
        for start in SCALE_MIN..=SCALE_MAX {
            let mut a = with_tests(start, 3);
            // Every test through every decision and back, interleaved.
            for step in 0..60 {
                let t = id(&format!("t{}", step % 3));
                a.decide(&t, decisions[(step * 7 + step / 3) % 4]);
                assert!((SCALE_MIN..=SCALE_MAX).contains(&a.evidence));
                if step % 11 == 0 {
                    a.evidence = if step % 2 == 0 { SCALE_MIN } else { SCALE_MAX };
                }
            }
            for i in 0..3 {
                a.decide(&id(&format!("t{i}")), None);
            }
            assert!((SCALE_MIN..=SCALE_MAX).contains(&a.evidence));
            assert!(a.tests.iter().all(|t| !t.raised));
        }
        // Untouched by hand, all taken back returns to the start.
        for start in SCALE_MIN..=SCALE_MAX {
            let mut a = with_tests(start, 3);
            for step in 0..60 {
                let t = id(&format!("t{}", step % 3));
                a.decide(&t, decisions[(step * 7 + step / 3) % 4]);
            }
            for i in 0..3 {
                a.decide(&id(&format!("t{i}")), None);
            }
            assert_eq!(a.evidence, start, "from {start}");
        }
    }
}
