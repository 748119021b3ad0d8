//! Part 2: test cards and learning cards. A test card says how a belief is
//! put to the test; once run, its learning half says what was seen, what
//! was learned and what the team decided.

use super::keyed;
use crate::model::{Discipline, Id};
use serde::Serialize;

keyed! {
    /// How the belief is tested, in the ways creative projects do it.
    #[derive(Default)]
    pub enum Method {
        #[default]
        Interview = "interview",
        Playtest = "playtest",
        LandingPage = "landing_page",
        PreSale = "pre_sale",
        Crowdfunding = "crowdfunding",
        Screening = "screening",
        Survey = "survey",
        Pilot = "pilot",
        Other = "other",
    }
}

impl Method {
    /// Whether this way of testing belongs to a discipline's practice, as
    /// the fit worksheet's evidence kinds do: playtests for games, XR and
    /// platforms, screenings for film, series and XR; the others for all.
    /// A project of another discipline is offered every method.
    pub fn fits(self, discipline: Discipline) -> bool {
        use Discipline as D;
        match self {
            Method::Playtest => matches!(
                discipline,
                D::VideoGame | D::Immersive | D::DigitalPlatform | D::Other
            ),
            Method::Screening => matches!(discipline, D::Audiovisual | D::Immersive | D::Other),
            _ => true,
        }
    }

    /// The methods a select offers: those that fit, and `current` too.
    pub fn offered(discipline: Discipline, current: Method) -> Vec<Method> {
        Method::ALL
            .iter()
            .copied()
            .filter(|m| m.fits(discipline) || *m == current)
            .collect()
    }
}

keyed! {
    /// What the team decides after a test.
    pub enum Decision {
        Persevere = "persevere",
        Pivot = "pivot",
        Drop = "drop",
    }
}

/// A test card and, once the test has run, its learning card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TestCard {
    pub id: Id,
    pub hypothesis: String,
    pub method: Method,
    pub metric: String,
    pub threshold: String,
    pub cost: String,
    pub duration: String,
    pub observed: String,
    pub learned: String,
    /// Set through [`super::Assumption::decide`], which updates the
    /// assumption's evidence.
    pub decision: Option<Decision>,
    /// Whether reaching this decision raised the assumption's evidence (it
    /// does not when evidence is already at the top), so taking the
    /// decision back lowers it only then. Files older than this member
    /// read it as `false`: a decision of theirs, taken back, lowers
    /// nothing, since nothing says it raised anything (the user can still
    /// lower evidence on the grid), while guessing `true` would take away
    /// evidence the user set by hand.
    pub raised: bool,
}

/// A test card's text fields, named as in files and forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardField {
    Hypothesis,
    Metric,
    Threshold,
    Cost,
    Duration,
    Observed,
    Learned,
}

impl CardField {
    /// The test card's fields, then the learning card's.
    pub const TEST: [CardField; 5] = [
        CardField::Hypothesis,
        CardField::Metric,
        CardField::Threshold,
        CardField::Cost,
        CardField::Duration,
    ];
    pub const LEARNING: [CardField; 2] = [CardField::Observed, CardField::Learned];
}

impl CardField {
    /// The member's name in files.
    pub fn key(self) -> &'static str {
        match self {
            CardField::Hypothesis => "hypothesis",
            CardField::Metric => "metric",
            CardField::Threshold => "threshold",
            CardField::Cost => "cost",
            CardField::Duration => "duration",
            CardField::Observed => "observed",
            CardField::Learned => "learned",
        }
    }
}

impl TestCard {
    pub fn new(id: Id) -> TestCard {
        TestCard {
            id,
            hypothesis: String::new(),
            method: Method::default(),
            metric: String::new(),
            threshold: String::new(),
            cost: String::new(),
            duration: String::new(),
            observed: String::new(),
            learned: String::new(),
            decision: None,
            raised: false,
        }
    }

    pub fn field(&self, f: CardField) -> &str {
        match f {
            CardField::Hypothesis => &self.hypothesis,
            CardField::Metric => &self.metric,
            CardField::Threshold => &self.threshold,
            CardField::Cost => &self.cost,
            CardField::Duration => &self.duration,
            CardField::Observed => &self.observed,
            CardField::Learned => &self.learned,
        }
    }

    pub fn field_mut(&mut self, f: CardField) -> &mut String {
        match f {
            CardField::Hypothesis => &mut self.hypothesis,
            CardField::Metric => &mut self.metric,
            CardField::Threshold => &mut self.threshold,
            CardField::Cost => &mut self.cost,
            CardField::Duration => &mut self.duration,
            CardField::Observed => &mut self.observed,
            CardField::Learned => &mut self.learned,
        }
    }

    pub(super) fn texts_mut(&mut self) -> [&mut String; 7] {
        [
            &mut self.hypothesis,
            &mut self.metric,
            &mut self.threshold,
            &mut self.cost,
            &mut self.duration,
            &mut self.observed,
            &mut self.learned,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_methods_follow_the_discipline() {
        let webtoon = Method::offered(Discipline::Webtoon, Method::Interview);
        assert!(!webtoon.contains(&Method::Playtest) && !webtoon.contains(&Method::Screening));
        assert!(webtoon.contains(&Method::PreSale));
        assert!(
            Method::offered(Discipline::VideoGame, Method::Interview).contains(&Method::Playtest)
        );
        assert!(Method::offered(Discipline::Audiovisual, Method::Interview)
            .contains(&Method::Screening));
        assert_eq!(
            Method::offered(Discipline::Other, Method::Other),
            Method::ALL
        );
        // A card that has one already keeps it, in its place.
        let kept = Method::offered(Discipline::Webtoon, Method::Playtest);
        assert_eq!(kept[..2], [Method::Interview, Method::Playtest]);
    }

    #[test]
    fn every_field_is_reachable_by_name() {
        let mut t = TestCard::new(Id::parse("t").unwrap());
        for (i, f) in CardField::TEST
            .iter()
            .chain(&CardField::LEARNING)
            .enumerate()
        {
            *t.field_mut(*f) = i.to_string();
            assert_eq!(t.field(*f), i.to_string());
        }
        assert_eq!(t.texts_mut().map(|s| s.clone()).concat(), "0123456");
    }
}
