//! Part 3: the feasibility scorecard. Criteria in five groups, adapted to
//! the project's discipline, plus the user's own; each scored 1–5 (or not
//! yet), with a note on the evidence and a confidence level.

use super::keyed;
use crate::model::{Discipline, Id};
use serde::Serialize;

/// The top of the score scale (1 = weak, 5 = strong).
pub const SCORE_MAX: u8 = 5;

keyed! {
    #[derive(Default)]
    pub enum Group {
        #[default]
        Technical = "technical",
        Commercial = "commercial",
        Financial = "financial",
        Legal = "legal",
        Team = "team",
    }
}

keyed! {
    #[derive(Default)]
    pub enum Confidence {
        #[default]
        Low = "low",
        Medium = "medium",
        High = "high",
    }
}

keyed! {
    /// The built-in criteria. Their keys are the file's vocabulary.
    pub enum Criterion {
        TeamSkills = "team_skills",
        ToolsPipeline = "tools_pipeline",
        ProductionTime = "production_time",
        TechnicalRisk = "technical_risk",
        EnginePlatform = "engine_platform",
        HardwareAccess = "hardware_access",
        Hosting = "hosting",
        AudienceSize = "audience_size",
        WillingnessToPay = "willingness_to_pay",
        Competition = "competition",
        ChannelAccess = "channel_access",
        BroadcasterInterest = "broadcaster_interest",
        PublisherInterest = "publisher_interest",
        StoreVisibility = "store_visibility",
        Budget = "budget",
        Grants = "grants",
        CoProduction = "co_production",
        PreSales = "pre_sales",
        Crowdfunding = "crowdfunding",
        Rights = "rights",
        Licences = "licences",
        MusicIpClearance = "music_ip_clearance",
        CollectingSociety = "collecting_society",
        TeamCommitment = "team_commitment",
        TeamRoles = "team_roles",
    }
}

impl Criterion {
    pub fn group(self) -> Group {
        use Criterion::*;
        match self {
            TeamSkills | ToolsPipeline | ProductionTime | TechnicalRisk | EnginePlatform
            | HardwareAccess | Hosting => Group::Technical,
            AudienceSize | WillingnessToPay | Competition | ChannelAccess | BroadcasterInterest
            | PublisherInterest | StoreVisibility => Group::Commercial,
            Budget | Grants | CoProduction | PreSales | Crowdfunding => Group::Financial,
            Rights | Licences | MusicIpClearance | CollectingSociety => Group::Legal,
            TeamCommitment | TeamRoles => Group::Team,
        }
    }

    /// Whether the criterion is asked of projects of this discipline.
    pub fn applies_to(self, d: Discipline) -> bool {
        use Criterion::*;
        use Discipline as D;
        match self {
            EnginePlatform => matches!(d, D::VideoGame | D::Immersive),
            HardwareAccess => d == D::Immersive,
            Hosting => d == D::DigitalPlatform,
            BroadcasterInterest => d == D::Audiovisual,
            PublisherInterest => d == D::Webtoon,
            StoreVisibility => matches!(d, D::VideoGame | D::Music | D::DigitalPlatform),
            CollectingSociety => matches!(d, D::Music | D::Audiovisual),
            _ => true,
        }
    }

    /// The criteria of a group for a discipline, in order.
    pub fn of(group: Group, d: Discipline) -> impl Iterator<Item = Criterion> {
        Criterion::ALL
            .iter()
            .copied()
            .filter(move |c| c.group() == group && c.applies_to(d))
    }
}

/// A score (1–5, or none yet: unscored is not zero), how sure the team is,
/// and what the score rests on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rating {
    pub score: Option<u8>,
    pub confidence: Confidence,
    pub evidence: String,
}

/// A built-in criterion's rating, written flat.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Score {
    pub criterion: Criterion,
    pub score: Option<u8>,
    pub confidence: Confidence,
    pub evidence: String,
}

impl Score {
    pub fn new(criterion: Criterion) -> Score {
        Score {
            criterion,
            score: None,
            confidence: Confidence::default(),
            evidence: String::new(),
        }
    }
}

/// A criterion the user adds, and its rating.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CustomCriterion {
    pub id: Id,
    pub group: Group,
    pub name: String,
    pub score: Option<u8>,
    pub confidence: Confidence,
    pub evidence: String,
}

impl CustomCriterion {
    pub fn new(id: Id, group: Group) -> CustomCriterion {
        CustomCriterion {
            id,
            group,
            name: String::new(),
            score: None,
            confidence: Confidence::default(),
            evidence: String::new(),
        }
    }
}

/// The rating fields of a score or a custom criterion, as one value.
macro_rules! rating_of {
    ($t:ty) => {
        impl $t {
            pub fn rating(&self) -> Rating {
                Rating {
                    score: self.score,
                    confidence: self.confidence,
                    evidence: self.evidence.clone(),
                }
            }

            pub fn set_rating(&mut self, r: Rating) {
                (self.score, self.confidence, self.evidence) = (r.score, r.confidence, r.evidence);
            }
        }
    };
}
rating_of!(Score);
rating_of!(CustomCriterion);

/// Applies `f` to a rating held as separate fields.
fn apply(get: Rating, put: impl FnOnce(Rating), f: impl FnOnce(&mut Rating) -> bool) -> bool {
    let mut r = get;
    let changed = f(&mut r);
    put(r);
    changed
}

/// Which criterion: a built-in one or one the user added.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum CriterionRef {
    Builtin(Criterion),
    Custom(Id),
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Scorecard {
    /// Ratings of built-in criteria; one at most per criterion. A criterion
    /// with none is unscored.
    pub scores: Vec<Score>,
    pub custom: Vec<CustomCriterion>,
}

impl Scorecard {
    pub fn rating(&self, c: &CriterionRef) -> Option<Rating> {
        match c {
            CriterionRef::Builtin(k) => self
                .scores
                .iter()
                .find(|s| s.criterion == *k)
                .map(Score::rating),
            CriterionRef::Custom(id) => self
                .custom
                .iter()
                .find(|c| &c.id == id)
                .map(CustomCriterion::rating),
        }
    }

    /// Changes a criterion's rating (`f` says whether it changed anything).
    /// A built-in criterion gets its rating on first use, and loses it once
    /// it is back to nothing, so an untouched scorecard writes nothing.
    pub fn rate(&mut self, c: &CriterionRef, f: impl FnOnce(&mut Rating) -> bool) -> bool {
        match c {
            CriterionRef::Builtin(k) => {
                let i = match self.scores.iter().position(|s| s.criterion == *k) {
                    Some(i) => i,
                    None => {
                        self.scores.push(Score::new(*k));
                        self.scores.len() - 1
                    }
                };
                let s = &mut self.scores[i];
                let changed = apply(s.rating(), |r| s.set_rating(r), f);
                if self.scores[i].rating() == Rating::default() {
                    self.scores.remove(i);
                }
                changed
            }
            CriterionRef::Custom(id) => self
                .custom
                .iter_mut()
                .find(|c| &c.id == id)
                .is_some_and(|c| apply(c.rating(), |r| c.set_rating(r), f)),
        }
    }

    /// The criteria shown for a group: the discipline's built-in ones, then
    /// the user's.
    pub fn criteria(&self, group: Group, d: Discipline) -> Vec<CriterionRef> {
        Criterion::of(group, d)
            .map(CriterionRef::Builtin)
            .chain(
                self.custom
                    .iter()
                    .filter(|c| c.group == group)
                    .map(|c| CriterionRef::Custom(c.id.clone())),
            )
            .collect()
    }

    /// The mean of a group's scored criteria; `None` when none is scored.
    /// Scores of criteria that do not apply to the discipline are kept (the
    /// discipline may change back) but not counted.
    pub fn group_average(&self, group: Group, d: Discipline) -> Option<f64> {
        let scores: Vec<u8> = self
            .criteria(group, d)
            .iter()
            .filter_map(|c| self.rating(c).and_then(|r| r.score))
            .collect();
        (!scores.is_empty())
            .then(|| scores.iter().map(|&s| f64::from(s)).sum::<f64>() / scores.len() as f64)
    }

    /// The mean of the group averages, so each group weighs the same
    /// however many criteria it has; `None` when nothing is scored.
    pub fn overall(&self, d: Discipline) -> Option<f64> {
        let groups: Vec<f64> = Group::ALL
            .iter()
            .filter_map(|&g| self.group_average(g, d))
            .collect();
        (!groups.is_empty()).then(|| groups.iter().sum::<f64>() / groups.len() as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{set, tests::id};
    use super::*;

    fn score(card: &mut Scorecard, c: Criterion, s: u8) {
        card.rate(&CriterionRef::Builtin(c), |r| set(&mut r.score, Some(s)));
    }

    #[test]
    fn criteria_adapt_to_the_discipline() {
        let game: Vec<Criterion> = Criterion::of(Group::Technical, Discipline::VideoGame).collect();
        assert!(game.contains(&Criterion::EnginePlatform));
        assert!(!game.contains(&Criterion::Hosting));
        let film: Vec<Criterion> =
            Criterion::of(Group::Commercial, Discipline::Audiovisual).collect();
        assert!(film.contains(&Criterion::BroadcasterInterest));
        assert!(Criterion::CollectingSociety.applies_to(Discipline::Music));
        assert!(!Criterion::CollectingSociety.applies_to(Discipline::Webtoon));
        for d in Discipline::ALL {
            for g in Group::ALL {
                assert!(Criterion::of(*g, d).count() >= 2, "{d:?} {g:?}");
            }
        }
    }

    #[test]
    fn averages_count_scored_criteria_only() {
        let d = Discipline::Music;
        let mut card = Scorecard::default();
        assert_eq!(card.group_average(Group::Commercial, d), None);
        assert_eq!(card.overall(d), None);
        score(&mut card, Criterion::AudienceSize, 4);
        score(&mut card, Criterion::Competition, 1);
        assert_eq!(
            card.group_average(Group::Commercial, d),
            Some(2.5),
            "unscored is not 0"
        );
        score(&mut card, Criterion::Budget, 5);
        assert_eq!(card.overall(d), Some(3.75), "groups weigh the same");
        // A criterion of another discipline is kept but not counted.
        score(&mut card, Criterion::BroadcasterInterest, 1);
        assert_eq!(card.group_average(Group::Commercial, d), Some(2.5));
        assert_eq!(
            card.group_average(Group::Commercial, Discipline::Audiovisual),
            Some(2.0)
        );
    }

    #[test]
    fn custom_criteria_count_in_their_group() {
        let d = Discipline::Other;
        let mut card = Scorecard::default();
        card.custom
            .push(CustomCriterion::new(id("c1"), Group::Legal));
        let c = CriterionRef::Custom(id("c1"));
        assert_eq!(card.criteria(Group::Legal, d).last(), Some(&c));
        assert!(card.rate(&c, |r| set(&mut r.score, Some(2))));
        score(&mut card, Criterion::Rights, 4);
        assert_eq!(card.group_average(Group::Legal, d), Some(3.0));
        assert!(!card.rate(&CriterionRef::Custom(id("gone")), |_| true));
    }

    #[test]
    fn a_cleared_rating_leaves_nothing_behind() {
        let mut card = Scorecard::default();
        let c = CriterionRef::Builtin(Criterion::Grants);
        assert!(card.rate(&c, |r| set(&mut r.confidence, Confidence::High)));
        assert_eq!(card.scores.len(), 1);
        assert!(card.rate(&c, |r| set(&mut r.confidence, Confidence::Low)));
        assert!(card.scores.is_empty());
        assert!(!card.rate(&c, |r| set(&mut r.score, None)));
        assert!(card.scores.is_empty());
    }

    #[test]
    fn ratings_are_written_flat() {
        let mut card = Scorecard::default();
        score(&mut card, Criterion::Budget, 3);
        let v = serde_json::to_value(&card).unwrap();
        assert_eq!(
            v["scores"][0],
            serde_json::json!({"criterion": "budget", "score": 3, "confidence": "low", "evidence": ""})
        );
        let back: super::super::Feasibility =
            serde_json::from_value(serde_json::json!({ "scorecard": v })).unwrap();
        assert_eq!(back.scorecard, card);
    }
}
