//! Coherence: where a project's parts do not hold together (issue 16).
//!
//! Each [`Rule`] reads the whole project (canvas, fit worksheet,
//! feasibility studio, diffusion plan) and reports a [`Finding`] for each
//! thing that breaks it: what it is about, named by the user's own text,
//! and the place to fix it. A rule *applies* only where the project has
//! what it checks (no segment tied by colour: the colour rules do not
//! apply), so the score counts the rules that apply and hold.
//!
//! Plain Rust over the documents, like the tools' own summaries: the
//! screens only show it.

use super::diffusion::{Date, MilestoneKind, Submission};
use super::feasibility::Quadrant;
use super::place::{Part, Place};
use super::{Block, Colour, Id, Project};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something the business model lacks.
    Gap,
    /// Something that does not match elsewhere.
    Warning,
    /// A suggestion.
    Tip,
}

/// One check of coherence. The key is the word for it in files (a
/// dismissed rule) and in the screens' anchors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Segments are on the canvas, none has a colour to tie notes to it.
    SegmentsUntied,
    /// A segment no value proposition serves.
    SegmentWithoutValue,
    /// A segment no channel reaches.
    SegmentWithoutChannel,
    /// A segment with no relationship and no revenue stream.
    SegmentWithoutRelationship,
    /// A value proposition of a colour no segment has.
    ValueWithoutSegment,
    /// A revenue stream of a colour no segment has: no one pays it.
    RevenueWithoutSegment,
    /// A channel of a colour no segment has.
    ChannelWithoutSegment,
    /// Key activities or resources, and no cost structure.
    ActivitiesWithoutCost,
    /// Costs, and no activity or resource they pay for.
    CostWithoutActivity,
    /// An important audience need the offer answers nowhere.
    NeedWithoutAnswer,
    /// An offer item that answers no audience item.
    OfferAnswersNothing,
    /// An important assumption with weak evidence and no test.
    AssumptionUntested,
    /// A test that ran (something was observed) and no decision.
    TestWithoutDecision,
    /// Diffusion audiences, none tied to a canvas segment.
    AudienceWithoutSegment,
    /// A budget line with an amount and no funding source.
    BudgetLineUnfunded,
    /// A KPI with no target or no date.
    KpiWithoutTarget,
    /// A festival or market deadline passed while still only planned.
    DeadlinePassed,
    /// An MVP milestone dated after the plan's launch.
    MilestoneAfterLaunch,
}

impl Rule {
    pub const ALL: [Rule; 18] = [
        Rule::SegmentsUntied,
        Rule::SegmentWithoutValue,
        Rule::SegmentWithoutChannel,
        Rule::SegmentWithoutRelationship,
        Rule::ValueWithoutSegment,
        Rule::RevenueWithoutSegment,
        Rule::ChannelWithoutSegment,
        Rule::ActivitiesWithoutCost,
        Rule::CostWithoutActivity,
        Rule::NeedWithoutAnswer,
        Rule::OfferAnswersNothing,
        Rule::AssumptionUntested,
        Rule::TestWithoutDecision,
        Rule::AudienceWithoutSegment,
        Rule::BudgetLineUnfunded,
        Rule::KpiWithoutTarget,
        Rule::DeadlinePassed,
        Rule::MilestoneAfterLaunch,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Rule::SegmentsUntied => "segments_untied",
            Rule::SegmentWithoutValue => "segment_without_value",
            Rule::SegmentWithoutChannel => "segment_without_channel",
            Rule::SegmentWithoutRelationship => "segment_without_relationship",
            Rule::ValueWithoutSegment => "value_without_segment",
            Rule::RevenueWithoutSegment => "revenue_without_segment",
            Rule::ChannelWithoutSegment => "channel_without_segment",
            Rule::ActivitiesWithoutCost => "activities_without_cost",
            Rule::CostWithoutActivity => "cost_without_activity",
            Rule::NeedWithoutAnswer => "need_without_answer",
            Rule::OfferAnswersNothing => "offer_answers_nothing",
            Rule::AssumptionUntested => "assumption_untested",
            Rule::TestWithoutDecision => "test_without_decision",
            Rule::AudienceWithoutSegment => "audience_without_segment",
            Rule::BudgetLineUnfunded => "budget_line_unfunded",
            Rule::KpiWithoutTarget => "kpi_without_target",
            Rule::DeadlinePassed => "deadline_passed",
            Rule::MilestoneAfterLaunch => "milestone_after_launch",
        }
    }

    pub fn from_key(key: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.key() == key)
    }

    pub fn severity(self) -> Severity {
        use Rule::*;
        match self {
            SegmentWithoutValue
            | NeedWithoutAnswer
            | RevenueWithoutSegment
            | ActivitiesWithoutCost => Severity::Gap,
            SegmentsUntied | OfferAnswersNothing | KpiWithoutTarget | TestWithoutDecision => {
                Severity::Tip
            }
            _ => Severity::Warning,
        }
    }
}

/// Written by its key (a project's `dismissed_checks` in files).
impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for Rule {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let key = String::deserialize(d)?;
        Rule::from_key(&key)
            .ok_or_else(|| serde::de::Error::custom(format!("{key:?} is not a coherence check")))
    }
}

/// One thing that does not hold together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    /// What it is about, in the user's words (a note's or an item's text).
    pub about: String,
    /// Where to fix it.
    pub place: Place,
    /// The note or item to focus there, if the fix is in one (else the
    /// place itself is focused).
    pub item: Option<Id>,
}

/// The coherence of one project.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// The rules that apply to this project, in [`Rule::ALL`]'s order.
    pub applied: Vec<Rule>,
    /// The rules the project set aside (`Project::dismissed_checks`).
    pub dismissed: Vec<Rule>,
}

impl Report {
    /// How many of the rules that apply hold, and how many apply.
    pub fn score(&self) -> (usize, usize) {
        let broken = |r: &&Rule| self.findings.iter().any(|f| f.rule == **r);
        let held = self.applied.iter().filter(|r| !broken(r)).count();
        (held, self.applied.len())
    }
}

/// Checks every rule but the ones the project dismissed ("not relevant
/// for us", `Project::dismissed_checks`) on `project`, on the day `today`.
pub fn check(project: &Project, today: Date) -> Report {
    let mut r = Checker {
        report: Report::default(),
        dismissed: &project.dismissed_checks,
    };
    canvas(&mut r, project);
    fit(&mut r, project);
    feasibility(&mut r, project);
    diffusion(&mut r, project, today);
    r.report.dismissed = project.dismissed_checks.clone();
    r.report
}

/// How many of the rules that apply hold, and how many apply
/// ([`Report::score`]); none while no rule applies yet (the cards).
pub fn score(project: &Project, today: Date) -> Option<(usize, usize)> {
    let s = check(project, today).score();
    (s.1 > 0).then_some(s)
}

/// Dismisses `rule` for the project ("not relevant for us"); false if it
/// already was. The list stays in [`Rule::ALL`]'s order, so files do not
/// change with the order of clicks.
pub fn dismiss(p: &mut Project, rule: Rule) -> bool {
    if p.dismissed_checks.contains(&rule) {
        return false;
    }
    p.dismissed_checks.push(rule);
    let rank = |r: &Rule| Rule::ALL.iter().position(|a| a == r).unwrap_or(0) as u64;
    super::order::sort_by_number(&mut p.dismissed_checks, rank);
    true
}

/// Checks `rule` again for the project; false if it was not dismissed.
pub fn restore(p: &mut Project, rule: Rule) -> bool {
    let before = p.dismissed_checks.len();
    p.dismissed_checks.retain(|r| *r != rule);
    p.dismissed_checks.len() != before
}

/// The cohort's map: for each rule some project breaks, the projects that
/// break it, the rules most projects share first (what the next session
/// of the residency could work on). A rule a project dismissed is not
/// counted against it.
pub fn cohort_map(projects: &[Project], today: Date) -> Vec<(Rule, Vec<&Project>)> {
    let reports: Vec<Report> = projects.iter().map(|p| check(p, today)).collect();
    let mut map: Vec<(Rule, Vec<&Project>)> = Rule::ALL
        .into_iter()
        .map(|rule| {
            let breaking = projects
                .iter()
                .zip(&reports)
                .filter(|(_, r)| r.findings.iter().any(|f| f.rule == rule))
                .map(|(p, _)| p)
                .collect();
            (rule, breaking)
        })
        .filter(|(_, ps): &(Rule, Vec<&Project>)| !ps.is_empty())
        .collect();
    // Stable: rules shared by as many projects keep their order.
    super::order::sort_by_number(&mut map, |(_, ps)| u64::MAX - ps.len() as u64);
    map
}

struct Checker<'a> {
    report: Report,
    dismissed: &'a [Rule],
}

impl Checker<'_> {
    /// Whether `rule` is checked; records that it applies.
    fn applies(&mut self, rule: Rule) -> bool {
        if self.dismissed.contains(&rule) {
            return false;
        }
        if !self.report.applied.contains(&rule) {
            self.report.applied.push(rule);
        }
        true
    }

    fn find(&mut self, rule: Rule, about: &str, place: Place, item: Option<&Id>) {
        self.report.findings.push(Finding {
            rule,
            about: about.trim().to_owned(),
            place,
            item: item.cloned(),
        });
    }
}

fn written(text: &str) -> bool {
    !text.trim().is_empty()
}

fn canvas(r: &mut Checker, p: &Project) {
    let c = &p.canvas;
    let notes = |b: Block| c.notes(b).iter().filter(|n| written(&n.text));
    let colours = |b: Block| notes(b).filter_map(|n| n.colour).collect::<Vec<Colour>>();
    let segments: Vec<_> = notes(Block::CustomerSegments).collect();
    let tied: Vec<_> = segments.iter().filter(|n| n.colour.is_some()).collect();
    if !segments.is_empty() && r.applies(Rule::SegmentsUntied) && tied.is_empty() {
        r.find(
            Rule::SegmentsUntied,
            &segments[0].text,
            Place::Block(Block::CustomerSegments),
            Some(&segments[0].id),
        );
    }
    if !tied.is_empty() {
        let serves = [
            (Rule::SegmentWithoutValue, vec![Block::ValuePropositions]),
            (Rule::SegmentWithoutChannel, vec![Block::Channels]),
            (
                Rule::SegmentWithoutRelationship,
                vec![Block::CustomerRelationships, Block::RevenueStreams],
            ),
        ];
        for (rule, blocks) in serves {
            if !r.applies(rule) {
                continue;
            }
            let served: Vec<Colour> = blocks.iter().flat_map(|&b| colours(b)).collect();
            for s in &tied {
                // To fix in the block that should serve it: its add button.
                if !served.contains(&s.colour.expect("tied")) {
                    r.find(rule, &s.text, Place::Block(blocks[0]), None);
                }
            }
        }
        let segment_colours: Vec<Colour> = tied.iter().filter_map(|n| n.colour).collect();
        let served_by = [
            (Rule::ValueWithoutSegment, Block::ValuePropositions),
            (Rule::RevenueWithoutSegment, Block::RevenueStreams),
            (Rule::ChannelWithoutSegment, Block::Channels),
        ];
        for (rule, block) in served_by {
            if !r.applies(rule) {
                continue;
            }
            for n in notes(block) {
                if n.colour.is_some_and(|c| !segment_colours.contains(&c)) {
                    r.find(rule, &n.text, Place::Block(block), Some(&n.id));
                }
            }
        }
    }
    let doing: Vec<_> = notes(Block::KeyActivities)
        .chain(notes(Block::KeyResources))
        .collect();
    let costs: Vec<_> = notes(Block::CostStructure).collect();
    if !doing.is_empty() && r.applies(Rule::ActivitiesWithoutCost) && costs.is_empty() {
        r.find(
            Rule::ActivitiesWithoutCost,
            &doing[0].text,
            Place::Block(Block::CostStructure),
            None,
        );
    }
    if !costs.is_empty() && r.applies(Rule::CostWithoutActivity) && doing.is_empty() {
        r.find(
            Rule::CostWithoutActivity,
            &costs[0].text,
            Place::Block(Block::KeyActivities),
            None,
        );
    }
}

fn fit(r: &mut Checker, p: &Project) {
    for profile in &p.fit.profiles {
        let summary = profile.summary();
        let text = |id: &Id| {
            let audience = profile
                .audience
                .iter()
                .find(|a| a.id == *id)
                .map(|a| &a.text);
            let offer = profile.offer.iter().find(|o| o.id == *id).map(|o| &o.text);
            audience.or(offer).cloned().unwrap_or_default()
        };
        if summary.important > 0 && r.applies(Rule::NeedWithoutAnswer) {
            for id in &summary.unanswered {
                r.find(
                    Rule::NeedWithoutAnswer,
                    &text(id),
                    Place::Part(Part::Fit),
                    Some(id),
                );
            }
        }
        if !profile.offer.is_empty() && r.applies(Rule::OfferAnswersNothing) {
            for id in &summary.idle {
                r.find(
                    Rule::OfferAnswersNothing,
                    &text(id),
                    Place::Part(Part::Fit),
                    Some(id),
                );
            }
        }
    }
}

fn feasibility(r: &mut Checker, p: &Project) {
    let assumptions = &p.feasibility.assumptions;
    if !assumptions.is_empty() && r.applies(Rule::AssumptionUntested) {
        for a in assumptions {
            if a.quadrant() == Quadrant::TestFirst && a.tests.is_empty() {
                let place = Place::Part(Part::Assumptions);
                r.find(Rule::AssumptionUntested, &a.text, place, Some(&a.id));
            }
        }
    }
    let tests: Vec<_> = assumptions.iter().flat_map(|a| &a.tests).collect();
    if !tests.is_empty() && r.applies(Rule::TestWithoutDecision) {
        for t in tests {
            if written(&t.observed) && t.decision.is_none() {
                let place = Place::Part(Part::Tests);
                r.find(Rule::TestWithoutDecision, &t.hypothesis, place, Some(&t.id));
            }
        }
    }
}

fn diffusion(r: &mut Checker, p: &Project, today: Date) {
    let plan = &p.diffusion;
    let segments: Vec<&Id> = p
        .canvas
        .notes(Block::CustomerSegments)
        .iter()
        .map(|n| &n.id)
        .collect();
    let audiences: Vec<_> = plan.audiences.iter().filter(|a| written(&a.text)).collect();
    if !audiences.is_empty() && !segments.is_empty() && r.applies(Rule::AudienceWithoutSegment) {
        let tied = |s: &Option<Id>| s.as_ref().is_some_and(|s| segments.contains(&s));
        if !audiences.iter().any(|a| tied(&a.segment)) {
            let a = audiences[0];
            let place = Place::Part(Part::Channels);
            r.find(Rule::AudienceWithoutSegment, &a.text, place, Some(&a.id));
        }
    }
    let priced: Vec<_> = plan.budget.iter().filter(|l| l.amount.is_some()).collect();
    if !priced.is_empty() && r.applies(Rule::BudgetLineUnfunded) {
        for l in priced.into_iter().filter(|l| l.funding.is_none()) {
            let place = Place::Part(Part::Budget);
            r.find(Rule::BudgetLineUnfunded, &l.label, place, Some(&l.id));
        }
    }
    if !plan.kpis.is_empty() && r.applies(Rule::KpiWithoutTarget) {
        for k in plan
            .kpis
            .iter()
            .filter(|k| k.target.is_none() || k.due.is_none())
        {
            r.find(
                Rule::KpiWithoutTarget,
                &k.name,
                Place::Part(Part::Kpis),
                Some(&k.id),
            );
        }
    }
    let dated: Vec<_> = plan
        .channels
        .iter()
        .filter(|c| c.deadline.is_some())
        .collect();
    if !dated.is_empty() && r.applies(Rule::DeadlinePassed) {
        for c in dated {
            if c.deadline.is_some_and(|d| d < today) && c.submission == Submission::Planned {
                r.find(
                    Rule::DeadlinePassed,
                    &c.name,
                    Place::Part(Part::Channels),
                    Some(&c.id),
                );
            }
        }
    }
    let launch = plan
        .timeline
        .iter()
        .filter(|m| m.kind == MilestoneKind::Launch)
        .map(|m| m.date)
        .min();
    let mvp = &p.feasibility.mvp.milestones;
    if let Some(launch) = launch.filter(|_| !mvp.is_empty()) {
        if r.applies(Rule::MilestoneAfterLaunch) {
            for m in mvp {
                if Date::parse(&m.date).is_some_and(|d| d > launch) {
                    r.find(
                        Rule::MilestoneAfterLaunch,
                        &m.name,
                        Place::Part(Part::Mvp),
                        Some(&m.id),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::canvas::Note;
    use crate::model::Timestamp;

    fn id(s: &str) -> Id {
        Id::parse(s).expect("test id")
    }

    fn project() -> Project {
        Project::new(id("p"), "Kola", Timestamp(0))
    }

    fn note(p: &mut Project, block: Block, key: &str, text: &str, colour: Option<Colour>) {
        let mut n = Note::new(id(key), text, Timestamp(0));
        n.colour = colour;
        assert!(p.canvas.add_note(block, n));
    }

    fn today() -> Date {
        Date::parse("2026-12-02").unwrap()
    }

    fn rules(p: &Project) -> Vec<(Rule, String)> {
        check(p, today())
            .findings
            .into_iter()
            .map(|f| (f.rule, f.about))
            .collect()
    }

    fn found(p: &Project, rule: Rule) -> Vec<String> {
        rules(p)
            .into_iter()
            .filter(|(r, _)| *r == rule)
            .map(|(_, a)| a)
            .collect()
    }

    #[test]
    fn the_cohort_map_puts_the_gaps_most_projects_share_first() {
        let mut a = project();
        note(&mut a, Block::KeyActivities, "a1", "Drawing", None);
        let mut b = Project::new(id("q"), "Awalé", Timestamp(0));
        note(&mut b, Block::KeyActivities, "b1", "Coding", None);
        note(&mut b, Block::CustomerSegments, "b2", "Players", None);
        let c = Project::new(id("r"), "Empty", Timestamp(0));
        let all = [a, b, c];
        let map = cohort_map(&all, today());
        let rows: Vec<(Rule, Vec<&str>)> = map
            .iter()
            .map(|(r, ps)| (*r, ps.iter().map(|p| p.title.as_str()).collect()))
            .collect();
        assert_eq!(
            rows,
            [
                (Rule::ActivitiesWithoutCost, vec!["Kola", "Awalé"]),
                (Rule::SegmentsUntied, vec!["Awalé"]),
            ]
        );
    }

    #[test]
    fn every_rule_has_its_own_key() {
        for r in Rule::ALL {
            assert_eq!(Rule::from_key(r.key()), Some(r));
        }
    }

    #[test]
    fn an_empty_project_has_nothing_to_check() {
        let report = check(&project(), today());
        assert!(report.findings.is_empty());
        assert_eq!(report.score(), (0, 0));
    }

    #[test]
    fn segments_with_no_colour_cannot_be_tied() {
        let mut p = project();
        note(
            &mut p,
            Block::CustomerSegments,
            "s1",
            "Webtoon readers",
            None,
        );
        assert_eq!(found(&p, Rule::SegmentsUntied), ["Webtoon readers"]);
        // The colour rules need a colour: they do not apply.
        assert!(!check(&p, today())
            .applied
            .contains(&Rule::SegmentWithoutValue));
    }

    #[test]
    fn a_segment_nothing_serves_is_found_until_a_note_of_its_colour_serves_it() {
        let mut p = project();
        let blue = Some(Colour::Blue);
        note(
            &mut p,
            Block::CustomerSegments,
            "s1",
            "Webtoon readers",
            blue,
        );
        assert_eq!(found(&p, Rule::SegmentWithoutValue), ["Webtoon readers"]);
        assert_eq!(found(&p, Rule::SegmentWithoutChannel), ["Webtoon readers"]);
        assert_eq!(
            found(&p, Rule::SegmentWithoutRelationship),
            ["Webtoon readers"]
        );
        note(
            &mut p,
            Block::ValuePropositions,
            "v1",
            "Weekly episodes",
            blue,
        );
        note(&mut p, Block::Channels, "c1", "Webtoon app", blue);
        note(&mut p, Block::RevenueStreams, "r1", "Coins", blue);
        assert!(rules(&p).is_empty(), "{:?}", rules(&p));
        // A value proposition of another colour serves no segment.
        note(
            &mut p,
            Block::ValuePropositions,
            "v2",
            "Merch",
            Some(Colour::Pink),
        );
        assert_eq!(found(&p, Rule::ValueWithoutSegment), ["Merch"]);
        note(
            &mut p,
            Block::RevenueStreams,
            "r2",
            "Sponsors",
            Some(Colour::Green),
        );
        assert_eq!(found(&p, Rule::RevenueWithoutSegment), ["Sponsors"]);
        // A channel of a colour no segment has reaches no one.
        note(&mut p, Block::Channels, "c2", "Radio", Some(Colour::Orange));
        assert_eq!(found(&p, Rule::ChannelWithoutSegment), ["Radio"]);
        note(&mut p, Block::Channels, "c3", "Posters", None);
        assert_eq!(
            found(&p, Rule::ChannelWithoutSegment),
            ["Radio"],
            "one with no colour is not tied yet, so it is not judged"
        );
    }

    #[test]
    fn activities_need_costs_and_costs_need_activities() {
        let mut p = project();
        note(&mut p, Block::KeyActivities, "a1", "Drawing episodes", None);
        assert_eq!(found(&p, Rule::ActivitiesWithoutCost), ["Drawing episodes"]);
        note(&mut p, Block::CostStructure, "k1", "Artists' fees", None);
        assert!(found(&p, Rule::ActivitiesWithoutCost).is_empty());
        let mut q = project();
        note(&mut q, Block::CostStructure, "k1", "Studio rent", None);
        assert_eq!(found(&q, Rule::CostWithoutActivity), ["Studio rent"]);
    }

    #[test]
    fn a_dismissed_rule_is_neither_checked_nor_scored() {
        let mut p = project();
        note(&mut p, Block::KeyActivities, "a1", "Drawing episodes", None);
        let report = check(&p, today());
        assert_eq!(report.score(), (0, 1));
        assert!(dismiss(&mut p, Rule::ActivitiesWithoutCost));
        assert!(!dismiss(&mut p, Rule::ActivitiesWithoutCost), "once");
        let report = check(&p, today());
        assert!(report.findings.is_empty());
        assert_eq!(report.score(), (0, 0));
        assert!(restore(&mut p, Rule::ActivitiesWithoutCost));
        assert!(!restore(&mut p, Rule::ActivitiesWithoutCost));
        assert_eq!(check(&p, today()).score(), (0, 1));
    }

    #[test]
    fn dismissed_checks_are_kept_in_rule_order_and_written_by_key() {
        let mut p = project();
        assert!(!serde_json::to_string(&p)
            .unwrap()
            .contains("dismissed_checks"));
        dismiss(&mut p, Rule::KpiWithoutTarget);
        dismiss(&mut p, Rule::SegmentsUntied);
        assert_eq!(
            p.dismissed_checks,
            [Rule::SegmentsUntied, Rule::KpiWithoutTarget]
        );
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(
            v["dismissed_checks"],
            serde_json::json!(["segments_untied", "kpi_without_target"])
        );
        assert_eq!(Project::deserialize(&v).unwrap(), p);
        let mut bad = v.clone();
        bad["dismissed_checks"] = serde_json::json!(["not_a_check"]);
        assert!(Project::deserialize(&bad).is_err());
    }

    #[test]
    fn the_score_counts_rules_that_apply_and_hold() {
        let mut p = project();
        let blue = Some(Colour::Blue);
        note(&mut p, Block::CustomerSegments, "s1", "Readers", blue);
        note(&mut p, Block::ValuePropositions, "v1", "Episodes", blue);
        let report = check(&p, today());
        // Untied, value, channel, relationship, and the three colour checks
        // of value, revenue and channel notes: two fail (channel, relationship).
        assert_eq!(report.applied.len(), 7);
        assert_eq!(report.score(), (5, 7));
    }
    #[test]
    fn important_needs_want_an_answer_and_offers_want_a_need() {
        use crate::model::fit::{AudienceItem, AudienceKind, OfferItem, OfferKind, Profile};
        let mut p = project();
        note(&mut p, Block::CustomerSegments, "s1", "Players", None);
        let mut profile = Profile::new(id("s1"));
        profile.audience.push(AudienceItem {
            id: id("n1"),
            kind: AudienceKind::Obstacle,
            text: "No time to play".into(),
            facet: Default::default(),
            importance: 5,
            evidence: Default::default(),
            created_at: Timestamp(0),
            updated_at: Timestamp(0),
        });
        profile.offer.push(OfferItem {
            id: id("o1"),
            kind: OfferKind::Remedy,
            text: "Five-minute levels".into(),
            answers: vec![],
            created_at: Timestamp(0),
            updated_at: Timestamp(0),
        });
        p.fit.profiles.push(profile);
        assert_eq!(found(&p, Rule::NeedWithoutAnswer), ["No time to play"]);
        assert_eq!(found(&p, Rule::OfferAnswersNothing), ["Five-minute levels"]);
        p.fit.profiles[0].offer[0].answers.push(id("n1"));
        assert!(found(&p, Rule::NeedWithoutAnswer).is_empty());
        assert!(found(&p, Rule::OfferAnswersNothing).is_empty());
    }

    #[test]
    fn a_risky_assumption_wants_a_test_and_a_run_test_a_decision() {
        use crate::model::feasibility::{Assumption, Decision, TestCard};
        let mut p = project();
        let mut a = Assumption::new(id("a1"), Block::CustomerSegments);
        a.text = "Teens pay for episodes".into();
        a.importance = 5;
        a.evidence = 1;
        p.feasibility.assumptions.push(a);
        assert_eq!(
            found(&p, Rule::AssumptionUntested),
            ["Teens pay for episodes"]
        );
        let mut t = TestCard::new(id("t1"));
        t.hypothesis = "10 of 50 buy a pass".into();
        p.feasibility.assumptions[0].tests.push(t);
        assert!(found(&p, Rule::AssumptionUntested).is_empty());
        // Planned, not run: nothing to decide yet.
        assert!(found(&p, Rule::TestWithoutDecision).is_empty());
        p.feasibility.assumptions[0].tests[0].observed = "3 of 50".into();
        assert_eq!(
            found(&p, Rule::TestWithoutDecision),
            ["10 of 50 buy a pass"]
        );
        p.feasibility.assumptions[0].tests[0].decision = Some(Decision::Pivot);
        assert!(found(&p, Rule::TestWithoutDecision).is_empty());
    }

    #[test]
    fn the_diffusion_plan_is_checked_against_the_canvas_and_the_calendar() {
        use crate::model::diffusion::{Audience, BudgetLine, Channel, ChannelKind, Decimal, Kpi};
        use crate::model::diffusion::{Milestone, MilestoneKind};
        let mut p = project();
        note(&mut p, Block::CustomerSegments, "s1", "Players", None);
        let plan = &mut p.diffusion;
        plan.audiences.push(Audience {
            id: id("au1"),
            text: "Streamers".into(),
            segment: None,
        });
        plan.budget.push(BudgetLine {
            id: id("b1"),
            group: Default::default(),
            label: "Trailer".into(),
            amount: Decimal::parse_canonical("500"),
            funding: None,
        });
        let mut kpi = Kpi::new(id("k1"));
        kpi.name = "Wishlists".into();
        plan.kpis.push(kpi);
        let mut festival = Channel::new(id("c1"), ChannelKind::Festival, "FESPACO");
        festival.deadline = Date::parse("2026-11-15");
        plan.channels.push(festival);
        plan.timeline.push(Milestone {
            id: id("m1"),
            kind: MilestoneKind::Launch,
            title: "Launch".into(),
            date: Date::parse("2027-03-01").unwrap(),
        });
        let mut late = crate::model::feasibility::Milestone::new(id("mv1"), "2027-04-01");
        late.name = "Beta build".into();
        p.feasibility.mvp.milestones.push(late);
        assert_eq!(found(&p, Rule::AudienceWithoutSegment), ["Streamers"]);
        assert_eq!(found(&p, Rule::BudgetLineUnfunded), ["Trailer"]);
        assert_eq!(found(&p, Rule::KpiWithoutTarget), ["Wishlists"]);
        assert_eq!(found(&p, Rule::DeadlinePassed), ["FESPACO"]);
        assert_eq!(found(&p, Rule::MilestoneAfterLaunch), ["Beta build"]);
        // Fixed one by one.
        p.diffusion.audiences[0].segment = Some(id("s1"));
        p.diffusion.channels[0].submission = Submission::Submitted;
        p.feasibility.mvp.milestones[0].date = "2027-02-01".into();
        let left: Vec<Rule> = rules(&p).into_iter().map(|(r, _)| r).collect();
        // (The segment has no colour: a tip of the canvas's own.)
        let expected = [
            Rule::SegmentsUntied,
            Rule::BudgetLineUnfunded,
            Rule::KpiWithoutTarget,
        ];
        assert_eq!(left, expected);
    }
}
