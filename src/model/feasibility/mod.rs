//! The feasibility studio: the beliefs a project rests on and how they are
//! tested, a scored feasibility assessment, risks, the MVP's scope and the
//! project's readiness. One file per part; this one holds the section
//! itself, its limits, its integrity checks and the one-screen summary.

mod assumptions;
pub mod experiments;
mod mvp;
mod read;
mod readiness;
mod risks;
mod scorecard;

pub use assumptions::{
    importance_from_v2, Assumption, Lens, Quadrant, EVIDENCE_MAX, EVIDENCE_MIN, IMPORTANT,
    MAX_IMPORTANCE, MIN_IMPORTANCE,
};
pub use experiments::{CardField, Decision, Method, TestCard};
pub use mvp::{valid_date, Milestone, Mvp};
pub use readiness::{Readiness, READINESS_MAX};
pub use risks::{heat_map, Risk, RISK_MAX};
pub use scorecard::{
    Confidence, Criterion, CriterionRef, CustomCriterion, Group, Rating, Score, Scorecard,
    SCORE_MAX,
};

use super::order::order;
use super::project::truncate_chars;
use super::{Canvas, Discipline, Id, MAX_TEXT_CHARS};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Most assumptions one project lists.
pub const MAX_ASSUMPTIONS: usize = 200;
/// Most test cards one assumption carries.
pub const MAX_TESTS: usize = 50;
/// Most criteria a user adds to the scorecard.
pub const MAX_CUSTOM_CRITERIA: usize = 50;
/// Most risks in the register.
pub const MAX_RISKS: usize = 200;
/// Most milestones in the MVP's plan.
pub const MAX_MILESTONES: usize = 100;

/// The lists a user adds items to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Addable {
    Assumption,
    /// A test card, under an assumption.
    Test,
    Criterion,
    Risk,
    Milestone,
}

impl Addable {
    /// Most items the list holds.
    pub fn cap(self) -> usize {
        match self {
            Addable::Assumption => MAX_ASSUMPTIONS,
            Addable::Test => MAX_TESTS,
            Addable::Criterion => MAX_CUSTOM_CRITERIA,
            Addable::Risk => MAX_RISKS,
            Addable::Milestone => MAX_MILESTONES,
        }
    }
}

/// Declares a small enum written in files as one of a fixed set of words
/// (read by `read.rs`, from a string only).
macro_rules! keyed {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[$vm:meta])* $v:ident = $k:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        #[serde(into = "&'static str")]
        pub enum $name { $($(#[$vm])* $v),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v),+];
            /// The word used in files, storage and CSS classes.
            pub fn key(self) -> &'static str {
                match self { $($name::$v => $k),+ }
            }
            pub fn from_key(key: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }
        }
        impl From<$name> for &'static str {
            fn from(v: $name) -> Self { v.key() }
        }
    };
}
pub(crate) use keyed;

/// Sets `slot` to `value`; whether that changed anything.
pub fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    let changed = *slot != value;
    *slot = value;
    changed
}

/// A project's feasibility studio.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Feasibility {
    pub assumptions: Vec<Assumption>,
    pub scorecard: Scorecard,
    pub risks: Vec<Risk>,
    pub mvp: Mvp,
    pub readiness: Readiness,
}

/// The section as written in files, members in this order. It is read by
/// hand (`read.rs`): serde's derived readers, made once per kind of reader,
/// would weigh on the app's download.
#[derive(Serialize)]
struct Out<'a> {
    assumptions: &'a [Assumption],
    scorecard: &'a Scorecard,
    risks: &'a [Risk],
    mvp: &'a Mvp,
    readiness: &'a Readiness,
}

impl Serialize for Feasibility {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let out = Out {
            assumptions: &self.assumptions,
            scorecard: &self.scorecard,
            risks: &self.risks,
            mvp: &self.mvp,
            readiness: &self.readiness,
        };
        out.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Feasibility {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        read::feasibility(&value).map_err(serde::de::Error::custom)
    }
}

/// Why a file's feasibility section cannot be read as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    TextTooLong,
    DuplicateId(String),
    /// A number outside its scale, or a list over its cap: what and where.
    OutOfRange(String),
}

/// What [`Feasibility::repair`] had to mend.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Repairs {
    /// Assumptions whose note is no longer on the canvas: now tied to their
    /// block only.
    pub dangling_notes: usize,
    /// Milestone dates that were not real `YYYY-MM-DD` dates: now blank.
    pub bad_dates: usize,
}

impl Repairs {
    pub fn any(&self) -> bool {
        self.dangling_notes + self.bad_dates > 0
    }
}

/// The one-screen summary.
#[derive(Debug, PartialEq)]
pub struct Summary<'a> {
    /// Each group's average score, `None` when nothing in it is scored.
    pub groups: Vec<(Group, Option<f64>)>,
    pub overall: Option<f64>,
    pub top_risks: Vec<&'a Risk>,
    pub next_tests: Vec<&'a Assumption>,
    pub readiness: Readiness,
}

/// How many risks and assumptions the summary lists.
pub const SUMMARY_ITEMS: usize = 3;

impl Feasibility {
    pub fn is_empty(&self) -> bool {
        *self == Feasibility::default()
    }

    pub fn assumption(&self, id: &Id) -> Option<&Assumption> {
        self.assumptions.iter().find(|a| &a.id == id)
    }

    pub fn assumption_mut(&mut self, id: &Id) -> Option<&mut Assumption> {
        self.assumptions.iter_mut().find(|a| &a.id == id)
    }

    pub fn risk_mut(&mut self, id: &Id) -> Option<&mut Risk> {
        self.risks.iter_mut().find(|r| &r.id == id)
    }

    /// How many items the list holds (a test card's list is the one of
    /// assumption `parent`: none when it is gone).
    pub fn len_of(&self, what: Addable, parent: &Id) -> usize {
        match what {
            Addable::Assumption => self.assumptions.len(),
            Addable::Test => self.assumption(parent).map_or(0, |a| a.tests.len()),
            Addable::Criterion => self.scorecard.custom.len(),
            Addable::Risk => self.risks.len(),
            Addable::Milestone => self.mvp.milestones.len(),
        }
    }

    /// Whether the list is at its cap.
    pub fn is_full(&self, what: Addable, parent: &Id) -> bool {
        self.len_of(what, parent) >= what.cap()
    }

    /// Adds a blank item with this id at the end of the list (a test card
    /// under assumption `parent`); whether it did: not at the list's cap,
    /// nor under an assumption that is gone.
    pub fn add(&mut self, what: Addable, id: Id, parent: &Id) -> bool {
        if self.is_full(what, parent) {
            return false;
        }
        match what {
            Addable::Assumption => self
                .assumptions
                .push(Assumption::new(id, super::Block::ValuePropositions)),
            Addable::Test => match self.assumption_mut(parent) {
                Some(a) => a.tests.push(TestCard::new(id)),
                None => return false,
            },
            Addable::Criterion => self
                .scorecard
                .custom
                .push(CustomCriterion::new(id, Group::default())),
            Addable::Risk => self.risks.push(Risk::new(id)),
            Addable::Milestone => self.mvp.milestones.push(Milestone::new(id, "")),
        }
        true
    }

    /// Removes the item with this id from whichever list holds it
    /// (assumption, test card, custom criterion, risk, milestone).
    pub fn remove(&mut self, id: &Id) -> bool {
        let before = self.count();
        self.assumptions.retain(|a| &a.id != id);
        for a in &mut self.assumptions {
            a.tests.retain(|t| &t.id != id);
        }
        self.scorecard.custom.retain(|c| &c.id != id);
        self.risks.retain(|r| &r.id != id);
        self.mvp.milestones.retain(|m| &m.id != id);
        self.count() != before
    }

    fn count(&self) -> usize {
        self.assumptions.len()
            + self
                .assumptions
                .iter()
                .map(|a| a.tests.len())
                .sum::<usize>()
            + self.scorecard.custom.len()
            + self.risks.len()
            + self.mvp.milestones.len()
    }

    /// Every id in the section, in order.
    fn ids(&self) -> impl Iterator<Item = &Id> {
        self.assumptions
            .iter()
            .flat_map(|a| std::iter::once(&a.id).chain(a.tests.iter().map(|t| &t.id)))
            .chain(self.scorecard.custom.iter().map(|c| &c.id))
            .chain(self.risks.iter().map(|r| &r.id))
            .chain(self.mvp.milestones.iter().map(|m| &m.id))
    }

    /// Every text the user wrote in the studio.
    pub fn texts_mut(&mut self) -> Vec<&mut String> {
        let mut out: Vec<&mut String> = Vec::new();
        for a in &mut self.assumptions {
            out.push(&mut a.text);
            for t in &mut a.tests {
                out.extend(t.texts_mut());
            }
        }
        for s in &mut self.scorecard.scores {
            out.push(&mut s.evidence);
        }
        for c in &mut self.scorecard.custom {
            out.push(&mut c.name);
            out.push(&mut c.evidence);
        }
        for r in &mut self.risks {
            out.extend([&mut r.text, &mut r.owner, &mut r.mitigation]);
        }
        let m = &mut self.mvp;
        out.extend([
            &mut m.includes,
            &mut m.excludes,
            &mut m.team,
            &mut m.budget_note,
        ]);
        for ms in &mut m.milestones {
            out.extend([&mut ms.name, &mut ms.date]);
        }
        out
    }

    /// Brings every text, list and number within its limits.
    pub fn enforce_limits(&mut self) {
        for t in self.texts_mut() {
            truncate_chars(t, MAX_TEXT_CHARS);
        }
        self.assumptions.truncate(MAX_ASSUMPTIONS);
        for a in &mut self.assumptions {
            a.tests.truncate(MAX_TESTS);
            a.importance = a.importance.clamp(MIN_IMPORTANCE, MAX_IMPORTANCE);
            a.evidence = a.evidence.clamp(EVIDENCE_MIN, EVIDENCE_MAX);
        }
        self.scorecard.custom.truncate(MAX_CUSTOM_CRITERIA);
        let scores = self
            .scorecard
            .scores
            .iter_mut()
            .map(|s| &mut s.score)
            .chain(self.scorecard.custom.iter_mut().map(|c| &mut c.score));
        for s in scores {
            *s = s.map(|s| s.clamp(1, SCORE_MAX));
        }
        self.risks.truncate(MAX_RISKS);
        for r in &mut self.risks {
            r.likelihood = r.likelihood.clamp(1, RISK_MAX);
            r.impact = r.impact.clamp(1, RISK_MAX);
        }
        self.mvp.milestones.truncate(MAX_MILESTONES);
        let r = &mut self.readiness;
        r.product = r.product.map(|l| l.min(READINESS_MAX));
        r.market = r.market.map(|l| l.min(READINESS_MAX));
    }

    /// The checks an import makes: texts and lists within limits, numbers
    /// on their scales, ids unique (also against the canvas's notes, given
    /// as `taken`), one score per criterion.
    pub fn validate(&self, taken: &HashSet<&Id>) -> Result<(), Invalid> {
        if self
            .clone()
            .texts_mut()
            .iter()
            .any(|t| t.chars().count() > MAX_TEXT_CHARS)
        {
            return Err(Invalid::TextTooLong);
        }
        let out = |what: &str| Err(Invalid::OutOfRange(what.to_owned()));
        let lists = [
            (self.assumptions.len() > MAX_ASSUMPTIONS, "assumptions"),
            (
                self.assumptions.iter().any(|a| a.tests.len() > MAX_TESTS),
                "tests",
            ),
            (
                self.scorecard.custom.len() > MAX_CUSTOM_CRITERIA,
                "scorecard.custom",
            ),
            (self.risks.len() > MAX_RISKS, "risks"),
            (self.mvp.milestones.len() > MAX_MILESTONES, "mvp.milestones"),
        ];
        if let Some((_, what)) = lists.iter().find(|(over, _)| *over) {
            return out(&format!("too many items in {what}"));
        }
        let (importance, evidence) = (MIN_IMPORTANCE..=MAX_IMPORTANCE, EVIDENCE_MIN..=EVIDENCE_MAX);
        if self
            .assumptions
            .iter()
            .any(|a| !importance.contains(&a.importance) || !evidence.contains(&a.evidence))
        {
            return out("an assumption's importance or evidence");
        }
        let scores = self.scorecard.scores.iter().map(|s| s.score);
        let mut scores = scores.chain(self.scorecard.custom.iter().map(|c| c.score));
        if scores.any(|s| s.is_some_and(|s| !(1..=SCORE_MAX).contains(&s))) {
            return out("a score");
        }
        let risk = 1..=RISK_MAX;
        if self
            .risks
            .iter()
            .any(|r| !risk.contains(&r.likelihood) || !risk.contains(&r.impact))
        {
            return out("a risk's likelihood or impact");
        }
        let r = self.readiness;
        if [r.product, r.market]
            .into_iter()
            .flatten()
            .any(|l| l > READINESS_MAX)
        {
            return out("a readiness level");
        }
        // A custom criterion's id must not read as a built-in criterion.
        if let Some(c) = self
            .scorecard
            .custom
            .iter()
            .find(|c| Criterion::from_key(c.id.as_str()).is_some())
        {
            return Err(Invalid::DuplicateId(c.id.to_string()));
        }
        let mut seen: HashSet<&Id> = taken.clone();
        for id in self.ids() {
            if !seen.insert(id) {
                return Err(Invalid::DuplicateId(id.to_string()));
            }
        }
        let mut criteria = HashSet::new();
        for s in &self.scorecard.scores {
            if !criteria.insert(s.criterion) {
                return Err(Invalid::DuplicateId(s.criterion.key().to_owned()));
            }
        }
        Ok(())
    }

    /// Mends what a file may hold but the studio cannot show as it is: an
    /// assumption tied to a note no longer on the canvas keeps its block
    /// only, and a milestone date that is not a real date is cleared.
    pub fn repair(&mut self, canvas: &Canvas) -> Repairs {
        let mut repairs = Repairs::default();
        for a in &mut self.assumptions {
            if a.note.as_ref().is_some_and(|n| canvas.note(n).is_none()) {
                a.note = None;
                repairs.dangling_notes += 1;
            }
        }
        for m in &mut self.mvp.milestones {
            if !valid_date(&m.date) {
                m.date.clear();
                repairs.bad_dates += 1;
            }
        }
        repairs
    }

    /// Gives every item a fresh id, and points assumptions at the notes'
    /// new ids (`notes` maps old note ids to new ones).
    pub fn reissue_ids(&mut self, mut fresh: impl FnMut() -> Id, notes: &[(Id, Id)]) {
        for a in &mut self.assumptions {
            a.id = fresh();
            for t in &mut a.tests {
                t.id = fresh();
            }
            if let Some(n) = &a.note {
                a.note = notes
                    .iter()
                    .find(|(old, _)| old == n)
                    .map(|(_, new)| new.clone());
            }
        }
        for c in &mut self.scorecard.custom {
            c.id = fresh();
        }
        for r in &mut self.risks {
            r.id = fresh();
        }
        for m in &mut self.mvp.milestones {
            m.id = fresh();
        }
    }

    /// The assumptions in the order to test them: most important first,
    /// then least evidence first; ties keep the list's order.
    pub fn prioritised(&self) -> Vec<&Assumption> {
        let keys = self
            .assumptions
            .iter()
            .map(|a| u64::from(MAX_IMPORTANCE - a.importance) << 8 | u64::from(a.evidence));
        order(keys).map(|i| &self.assumptions[i]).collect()
    }

    /// What to test next: the important, little-known assumptions not
    /// dropped, in priority order.
    pub fn next_tests(&self) -> Vec<&Assumption> {
        self.prioritised()
            .into_iter()
            .filter(|a| a.quadrant() == Quadrant::TestFirst && !a.dropped())
            .collect()
    }

    /// The risks by exposure: likelihood × impact, then impact, highest
    /// first; ties keep the register's order.
    pub fn top_risks(&self) -> Vec<&Risk> {
        let keys = self.risks.iter().map(|r| {
            let (e, i) = (r.exposure(), r.impact.min(RISK_MAX));
            u64::from(u8::MAX - e) << 8 | u64::from(RISK_MAX - i)
        });
        order(keys).map(|i| &self.risks[i]).collect()
    }

    pub fn summary(&self, discipline: Discipline) -> Summary<'_> {
        let mut top_risks = self.top_risks();
        top_risks.truncate(SUMMARY_ITEMS);
        let mut next_tests = self.next_tests();
        next_tests.truncate(SUMMARY_ITEMS);
        Summary {
            groups: Group::ALL
                .iter()
                .map(|&g| (g, self.scorecard.group_average(g, discipline)))
                .collect(),
            overall: self.scorecard.overall(discipline),
            top_risks,
            next_tests,
            readiness: self.readiness,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{Block, Note, Timestamp};

    pub fn id(s: &str) -> Id {
        Id::parse(s).unwrap()
    }

    pub fn assumption(i: &str, importance: u8, evidence: u8) -> Assumption {
        let mut a = Assumption::new(id(i), Block::CustomerSegments);
        a.importance = importance;
        a.evidence = evidence;
        a
    }

    #[test]
    fn prioritisation_puts_important_unknowns_first() {
        let f = Feasibility {
            assumptions: vec![
                assumption("known", 5, 4),
                assumption("minor", 1, 1),
                assumption("urgent", 5, 1),
                assumption("urgent2", 5, 1),
                assumption("half", 4, 2),
            ],
            ..Default::default()
        };
        let order: Vec<&str> = f.prioritised().iter().map(|a| a.id.as_str()).collect();
        assert_eq!(order, ["urgent", "urgent2", "known", "half", "minor"]);
        let next: Vec<&str> = f.next_tests().iter().map(|a| a.id.as_str()).collect();
        assert_eq!(next, ["urgent", "urgent2", "half"]);
    }

    #[test]
    fn a_dropped_assumption_is_not_tested_again() {
        let mut f = Feasibility {
            assumptions: vec![assumption("a", 5, 1), assumption("b", 4, 1)],
            ..Default::default()
        };
        let a = &mut f.assumptions[0];
        a.tests.push(TestCard::new(id("t")));
        assert!(a.decide(&id("t"), Some(Decision::Drop)));
        let next: Vec<&str> = f.next_tests().iter().map(|a| a.id.as_str()).collect();
        assert_eq!(next, ["b"]);
    }

    #[test]
    fn the_summary_gathers_scores_risks_tests_and_readiness() {
        let mut f = Feasibility::default();
        for (i, (l, im)) in [(1, 1), (5, 4), (4, 5), (3, 3), (5, 5)].iter().enumerate() {
            let mut r = Risk::new(id(&format!("r{i}")));
            r.likelihood = *l;
            r.impact = *im;
            f.risks.push(r);
        }
        f.assumptions = vec![
            assumption("a1", 5, 1),
            assumption("a2", 4, 2),
            assumption("a3", 1, 1),
            assumption("a4", 5, 2),
            assumption("a5", 4, 1),
        ];
        f.scorecard
            .rate(&CriterionRef::Builtin(Criterion::AudienceSize), |r| {
                set(&mut r.score, Some(4))
            });
        f.readiness.product = Some(3);
        let s = f.summary(Discipline::Music);
        let risks: Vec<&str> = s.top_risks.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            risks,
            ["r4", "r2", "r1"],
            "25, then 20 with impact 5, then 20"
        );
        let next: Vec<&str> = s.next_tests.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(next, ["a1", "a4", "a5"]);
        assert_eq!(s.groups.len(), 5);
        assert_eq!(s.groups[1], (Group::Commercial, Some(4.0)));
        assert_eq!(s.groups[0], (Group::Technical, None));
        assert_eq!(s.overall, Some(4.0));
        assert_eq!(s.readiness.product, Some(3));
        assert_eq!(
            Feasibility::default().summary(Discipline::Other).overall,
            None
        );
    }

    #[test]
    fn import_checks_find_duplicates_and_out_of_range_values() {
        let mut f = Feasibility {
            assumptions: vec![assumption("a", 4, 1)],
            ..Default::default()
        };
        let note = id("a");
        assert_eq!(
            f.validate(&[&note].into_iter().collect()),
            Err(Invalid::DuplicateId("a".into())),
            "an id shared with a note"
        );
        assert_eq!(f.validate(&HashSet::new()), Ok(()));
        f.assumptions[0].evidence = 9;
        assert!(matches!(
            f.validate(&HashSet::new()),
            Err(Invalid::OutOfRange(_))
        ));
        f.enforce_limits();
        assert_eq!(f.assumptions[0].evidence, EVIDENCE_MAX);
        f.assumptions[0].importance = 6;
        assert!(matches!(
            f.validate(&HashSet::new()),
            Err(Invalid::OutOfRange(_))
        ));
        f.enforce_limits();
        assert_eq!(f.assumptions[0].importance, MAX_IMPORTANCE);
        f.risks.push(Risk::new(id("a")));
        assert_eq!(
            f.validate(&HashSet::new()),
            Err(Invalid::DuplicateId("a".into()))
        );
        f.risks.clear();
        f.readiness.market = Some(10);
        assert!(f.validate(&HashSet::new()).is_err());
        f.readiness.market = Some(9);
        f.scorecard.scores = vec![Score::new(Criterion::Budget), Score::new(Criterion::Budget)];
        assert_eq!(
            f.validate(&HashSet::new()),
            Err(Invalid::DuplicateId("budget".into()))
        );
        f.scorecard.scores.clear();
        f.scorecard
            .custom
            .push(CustomCriterion::new(id("grants"), Group::Legal));
        assert_eq!(
            f.validate(&HashSet::new()),
            Err(Invalid::DuplicateId("grants".into())),
            "a custom criterion may not pose as a built-in one"
        );
    }

    #[test]
    fn repair_unties_missing_notes_and_clears_bad_dates() {
        let mut canvas = Canvas::default();
        canvas.add_note(Block::Channels, Note::new(id("n1"), "", Timestamp(0)));
        let mut f = Feasibility::default();
        let mut kept = assumption("a", 3, 1);
        kept.note = Some(id("n1"));
        let mut gone = assumption("b", 3, 1);
        gone.note = Some(id("n2"));
        f.assumptions = vec![kept, gone];
        f.mvp.milestones = vec![
            Milestone::new(id("m1"), "2027-02-30"),
            Milestone::new(id("m2"), "2027-03-01"),
        ];
        let r = f.repair(&canvas);
        assert_eq!(
            r,
            Repairs {
                dangling_notes: 1,
                bad_dates: 1
            }
        );
        assert_eq!(f.assumptions[0].note, Some(id("n1")));
        assert_eq!(f.assumptions[1].note, None);
        assert_eq!(f.assumptions[1].block, Block::CustomerSegments);
        assert_eq!(f.mvp.milestones[0].date, "");
        assert_eq!(f.mvp.milestones[1].date, "2027-03-01");
        assert!(!f.repair(&canvas).any(), "nothing left to mend");
    }

    #[test]
    fn reissued_ids_follow_the_notes() {
        let mut f = Feasibility::default();
        let mut a = assumption("a", 3, 1);
        a.note = Some(id("n1"));
        a.tests.push(TestCard::new(id("t")));
        f.assumptions.push(a);
        f.risks.push(Risk::new(id("r")));
        let mut n = 0;
        f.reissue_ids(
            || {
                n += 1;
                Id::from_random(n)
            },
            &[(id("n1"), id("n9"))],
        );
        assert_eq!(f.assumptions[0].note, Some(id("n9")));
        let ids: Vec<&str> = f.ids().map(Id::as_str).collect();
        assert_eq!(ids.len(), 3);
        assert!(ids.iter().all(|i| i.len() == 16));
    }

    #[test]
    fn adding_stops_at_each_lists_cap() {
        let mut f = Feasibility::default();
        let a = id("a");
        let all = [
            Addable::Assumption,
            Addable::Test,
            Addable::Criterion,
            Addable::Risk,
            Addable::Milestone,
        ];
        assert!(
            !f.add(Addable::Test, id("t"), &a),
            "no test under a missing assumption"
        );
        assert!(f.add(Addable::Assumption, a.clone(), &a));
        let mut n = 0;
        for what in all {
            while f.len_of(what, &a) < what.cap() {
                n += 1;
                assert!(f.add(what, Id::from_random(n), &a));
            }
            assert!(f.is_full(what, &a));
            let before = f.clone();
            assert!(!f.add(what, id("over"), &a), "{what:?} at its cap");
            assert_eq!(f, before, "nothing changed");
        }
        assert_eq!(f.assumptions.len(), MAX_ASSUMPTIONS);
        assert_eq!(f.assumptions[0].tests.len(), MAX_TESTS);
        assert_eq!(f.scorecard.custom.len(), MAX_CUSTOM_CRITERIA);
        assert_eq!(f.risks.len(), MAX_RISKS);
        assert_eq!(f.mvp.milestones.len(), MAX_MILESTONES);
        assert_eq!(f.validate(&HashSet::new()), Ok(()), "all within limits");
        assert!(
            !f.is_full(Addable::Test, &f.assumptions[1].id.clone()),
            "each assumption has its own test cards"
        );
    }

    #[test]
    fn a_raised_mark_is_read_and_kept_only_with_a_decision() {
        let read = |t: serde_json::Value| {
            serde_json::from_value::<Feasibility>(
                serde_json::json!({"assumptions": [{"id": "a", "tests": [t]}]}),
            )
        };
        let old = read(serde_json::json!({"id": "t", "decision": "pivot"})).unwrap();
        assert!(!old.assumptions[0].tests[0].raised, "older files: false");
        let new = read(serde_json::json!({"id": "t", "decision": "pivot", "raised": true}));
        assert!(new.unwrap().assumptions[0].tests[0].raised);
        assert!(read(serde_json::json!({"id": "t", "raised": "yes"})).is_err());
        let odd = read(serde_json::json!({"id": "t", "raised": true})).unwrap();
        assert_eq!(odd.validate(&HashSet::new()), Ok(()));
        assert!(
            !odd.assumptions[0].tests[0].raised,
            "undecided raised nothing"
        );
    }

    #[test]
    fn remove_finds_the_item_in_any_list() {
        let mut f = Feasibility::default();
        let mut a = assumption("a", 3, 1);
        a.tests.push(TestCard::new(id("t")));
        f.assumptions.push(a);
        f.mvp.milestones.push(Milestone::new(id("m"), ""));
        assert!(f.remove(&id("t")));
        assert!(f.assumptions[0].tests.is_empty());
        assert!(f.remove(&id("m")));
        assert!(!f.remove(&id("m")));
        assert!(f.remove(&id("a")));
        assert!(f.is_empty());
    }

    #[test]
    fn an_empty_section_reads_from_an_empty_object() {
        let f: Feasibility = serde_json::from_str("{}").unwrap();
        assert!(f.is_empty());
        let back: Feasibility = serde_json::from_str(&serde_json::to_string(&f).unwrap()).unwrap();
        assert_eq!(back, f);
    }

    #[test]
    fn names_are_read_from_strings_only() {
        let read = |lens: serde_json::Value| {
            serde_json::from_value::<Feasibility>(
                serde_json::json!({"assumptions": [{"id": "a", "lens": lens}]}),
            )
        };
        assert_eq!(
            read(serde_json::json!("viability")).unwrap().assumptions[0].lens,
            Lens::Viability
        );
        assert!(read(serde_json::json!({"viability": null})).is_err());
        assert!(read(serde_json::json!("profit")).is_err());
        assert!(
            read(serde_json::json!(null)).is_err(),
            "only a decision may be null"
        );
    }
}
