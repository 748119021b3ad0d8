//! Part 1: the assumptions map. Each belief the project rests on, tied to
//! the canvas block (or note) it comes from, placed on importance ×
//! evidence.

use super::experiments::{Decision, TestCard};
use super::keyed;
use crate::model::{Block, Id};
use serde::Serialize;

/// Importance is Canevas's one scale, shared with the fit worksheet: 1
/// (minor) to 5 (essential), important from 4. On the 2×2 grid the high
/// half is 4–5 (important), the low half 1–3.
pub use crate::model::fit::{IMPORTANT, MAX_IMPORTANCE, MIN_IMPORTANCE};
/// The lowest point of the evidence scale.
pub const EVIDENCE_MIN: u8 = 1;
/// The highest point: evidence runs 1–4, so the grid splits it in the
/// middle (1–2 little, 3–4 backed) with no undecided middle column.
pub const EVIDENCE_MAX: u8 = 4;
/// Evidence is on the grid's backed half from this point up.
const BACKED: u8 = 3;

/// Before format version 3 the studio's importance ran 1–4 (high from 3).
/// Its points map into the one scale injectively and keep their half:
/// 1→1, 2→2, 3→4, 4→5. None for a point that was not on the old scale.
pub fn importance_from_v2(old: u64) -> Option<u8> {
    match old {
        1 => Some(1),
        2 => Some(2),
        3 => Some(4),
        4 => Some(5),
        _ => None,
    }
}

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

/// Presumed important (the low end of the high half) until placed.
fn default_importance() -> u8 {
    IMPORTANT
}

fn default_evidence() -> u8 {
    EVIDENCE_MIN
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
        match (self.importance >= IMPORTANT, self.evidence >= BACKED) {
            (true, false) => Quadrant::TestFirst,
            (true, true) => Quadrant::Proven,
            (false, false) => Quadrant::Later,
            (false, true) => Quadrant::Settled,
        }
    }

    /// Moves it on the grid by steps of importance and evidence, staying on
    /// the scales; whether it moved.
    pub fn shift(&mut self, importance: i8, evidence: i8) -> bool {
        let step = |v: u8, d: i8, min: u8, max: u8| (v as i8 + d).clamp(min as i8, max as i8) as u8;
        let (i, e) = (
            step(self.importance, importance, MIN_IMPORTANCE, MAX_IMPORTANCE),
            step(self.evidence, evidence, EVIDENCE_MIN, EVIDENCE_MAX),
        );
        let moved = (i, e) != (self.importance, self.evidence);
        (self.importance, self.evidence) = (i, e);
        moved
    }

    /// Places it at a point of the grid (clamped to the scales).
    pub fn place(&mut self, importance: u8, evidence: u8) -> bool {
        let i = importance.clamp(MIN_IMPORTANCE, MAX_IMPORTANCE);
        let e = evidence.clamp(EVIDENCE_MIN, EVIDENCE_MAX);
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
        assert_eq!(assumption("a", 5, 1).quadrant(), Quadrant::TestFirst);
        assert_eq!(assumption("a", 4, 2).quadrant(), Quadrant::TestFirst);
        assert_eq!(assumption("a", 4, 3).quadrant(), Quadrant::Proven);
        assert_eq!(assumption("a", 3, 2).quadrant(), Quadrant::Later);
        assert_eq!(assumption("a", 3, 3).quadrant(), Quadrant::Settled);
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
        let mut a = assumption("a", 5, 1);
        assert!(!a.shift(1, 0), "already at the top");
        assert!(!a.shift(0, -1), "already at no evidence");
        assert!(a.shift(-1, 1));
        assert_eq!((a.importance, a.evidence), (4, 2));
        assert!(a.shift(0, 5));
        assert_eq!(a.evidence, EVIDENCE_MAX, "evidence stops at 4");
        assert!(a.shift(-9, 0));
        assert_eq!(a.importance, MIN_IMPORTANCE);
        assert!(a.place(9, 0));
        assert_eq!((a.importance, a.evidence), (5, 1));
        assert!(!a.place(5, 1));
        // Every point of the one scale is a row of the grid.
        for i in MIN_IMPORTANCE..=MAX_IMPORTANCE {
            assert!(a.place(i, 2) || a.importance == i);
            assert_eq!(a.importance, i);
        }
    }

    #[test]
    fn the_old_scale_maps_into_the_one_scale_keeping_every_quadrant() {
        let mapped: Vec<u8> = (1..=4).filter_map(importance_from_v2).collect();
        assert_eq!(mapped, [1, 2, 4, 5], "injective, in order");
        for bad in [0, 5, 9, u64::MAX] {
            assert_eq!(importance_from_v2(bad), None);
        }
        // The old grid's high half was 3–4: the same quadrant after.
        for old in 1..=4u8 {
            for e in EVIDENCE_MIN..=EVIDENCE_MAX {
                let mid = 2;
                let before = match (old > mid, e > mid) {
                    (true, false) => Quadrant::TestFirst,
                    (true, true) => Quadrant::Proven,
                    (false, false) => Quadrant::Later,
                    (false, true) => Quadrant::Settled,
                };
                let new = importance_from_v2(old.into()).unwrap();
                assert_eq!(assumption("a", new, e).quadrant(), before, "{old}, {e}");
            }
        }
        // What a new assumption started at (3) is what it starts at now.
        assert_eq!(
            importance_from_v2(3),
            Some(Assumption::new(id("n"), Block::Channels).importance)
        );
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
        a.evidence = EVIDENCE_MAX;
        assert!(a.decide(&id("t2"), Some(Decision::Drop)));
        assert_eq!(a.evidence, EVIDENCE_MAX, "capped");
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
        let mut a = with_tests(EVIDENCE_MAX, 1);
        assert!(a.decide(&id("t0"), Some(Decision::Persevere)));
        assert_eq!(a.evidence, EVIDENCE_MAX);
        assert!(!a.tests[0].raised, "nothing was raised");
        assert!(a.decide(&id("t0"), None));
        assert_eq!(a.evidence, EVIDENCE_MAX, "nothing to take back");
    }

    #[test]
    fn two_decisions_taken_back_lower_only_what_they_raised() {
        let mut a = with_tests(EVIDENCE_MAX - 1, 2);
        assert!(a.decide(&id("t0"), Some(Decision::Persevere)));
        assert!(a.decide(&id("t1"), Some(Decision::Pivot)));
        assert_eq!(a.evidence, EVIDENCE_MAX);
        assert_eq!((a.tests[0].raised, a.tests[1].raised), (true, false));
        assert!(a.decide(&id("t1"), None));
        assert_eq!(a.evidence, EVIDENCE_MAX, "t1 raised nothing");
        assert!(a.decide(&id("t0"), None));
        assert_eq!(a.evidence, EVIDENCE_MAX - 1, "back where it started");
        // Taken back in the other order, the same.
        assert!(a.decide(&id("t0"), Some(Decision::Drop)));
        assert!(a.decide(&id("t1"), Some(Decision::Drop)));
        assert!(a.decide(&id("t0"), None));
        assert!(a.decide(&id("t1"), None));
        assert_eq!(a.evidence, EVIDENCE_MAX - 1, "one step each way");
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
        for start in EVIDENCE_MIN..=EVIDENCE_MAX {
            let mut a = with_tests(start, 3);
            // Every test through every decision and back, interleaved.
            for step in 0..60 {
                let t = id(&format!("t{}", step % 3));
                a.decide(&t, decisions[(step * 7 + step / 3) % 4]);
                assert!((EVIDENCE_MIN..=EVIDENCE_MAX).contains(&a.evidence));
                if step % 11 == 0 {
                    a.evidence = if step % 2 == 0 {
                        EVIDENCE_MIN
                    } else {
                        EVIDENCE_MAX
                    };
                }
            }
            for i in 0..3 {
                a.decide(&id(&format!("t{i}")), None);
            }
            assert!((EVIDENCE_MIN..=EVIDENCE_MAX).contains(&a.evidence));
            assert!(a.tests.iter().all(|t| !t.raised));
        }
        // Untouched by hand, all taken back returns to the start.
        for start in EVIDENCE_MIN..=EVIDENCE_MAX {
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
