//! What a cohort board shows of each project, and how it sorts and
//! filters them: the canvas's completeness, and a figure from each later
//! tool (audience–offer fit, feasibility score, readiness, the next
//! diffusion deadline), absent while the creator has not got that far.

use super::diffusion::Date;
use super::exercise::RECOMMENDED_ORDER;
use super::search::fold;
use super::{Block, Discipline, Id, Note, Project, Timestamp};
use std::cmp::Ordering;

/// One project's card on the board.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub id: Id,
    pub title: String,
    pub pitch: String,
    pub discipline: Discipline,
    pub country: String,
    /// The team's names, blanks left out.
    pub team: Vec<String>,
    pub notes: usize,
    /// Blocks of the canvas with at least one note (0 to 9).
    pub blocks_filled: usize,
    /// `blocks_filled` as a share of the nine blocks, in percent.
    pub completeness: u8,
    pub updated_at: Timestamp,
    /// Share of the important audience items the offer answers, in
    /// percent, across the fit worksheet's segments.
    pub fit: Option<u8>,
    /// The feasibility scorecard's overall score in tenths (10 to 50 for
    /// 1.0 to 5.0), so that it sorts and compares exactly.
    pub feasibility: Option<u8>,
    /// Product and market readiness levels (0 to 9).
    pub product_readiness: Option<u8>,
    pub market_readiness: Option<u8>,
    /// The first thing in the diffusion plan that falls due from today on.
    pub next_deadline: Option<(Date, String)>,
    /// How many of the coherence checks that apply hold, of how many
    /// (`model::coherence`); none when no check applies yet.
    pub coherence: Option<(usize, usize)>,
}

impl Summary {
    /// The card for `p`; `today` decides which deadline is the next.
    pub fn of(p: &Project, today: Date) -> Summary {
        let blocks_filled = p.canvas.filled_blocks();
        Summary {
            id: p.id.clone(),
            title: p.title.clone(),
            pitch: p.pitch.clone(),
            discipline: p.discipline,
            country: p.country.trim().to_owned(),
            team: p
                .team
                .iter()
                .map(|n| n.trim())
                .filter(|n| !n.is_empty())
                .map(str::to_owned)
                .collect(),
            notes: p.canvas.note_count(),
            blocks_filled,
            completeness: super::fit::percent(blocks_filled, 9).unwrap_or(0),
            updated_at: p.updated_at,
            fit: p.fit.coverage(),
            feasibility: p
                .feasibility
                .scorecard
                .overall(p.discipline)
                .map(|score| (score * 10.0).round().clamp(0.0, 50.0) as u8),
            product_readiness: p.feasibility.readiness.product,
            market_readiness: p.feasibility.readiness.market,
            next_deadline: p
                .diffusion
                .next_due(today)
                .map(|(date, what)| (date, what.to_owned())),
            coherence: super::coherence::score(p, today),
        }
    }

    /// The share of the coherence checks that hold, in percent.
    pub fn coherence_percent(&self) -> Option<u8> {
        self.coherence
            .and_then(|(held, of)| super::fit::percent(held, of))
    }

    fn matches(&self, filter: &Filter) -> bool {
        let text = fold(filter.text.trim());
        filter.discipline.is_none_or(|d| d == self.discipline)
            && filter
                .country
                .as_ref()
                .is_none_or(|c| c.eq_ignore_ascii_case(&self.country))
            && (text.is_empty()
                || [&self.title, &self.pitch, &self.country]
                    .iter()
                    .any(|s| fold(s).contains(&text)))
    }
}

/// How the board is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Title,
    Country,
    Discipline,
    /// Most complete first.
    Completeness,
    /// Most recently updated first.
    Updated,
    /// Best audience–offer fit first.
    Fit,
    /// Highest feasibility score first.
    Feasibility,
    /// Most coherence checks holding first (issue 16).
    Coherence,
    /// Soonest diffusion deadline first.
    NextDeadline,
}

impl SortKey {
    pub const ALL: [SortKey; 9] = [
        SortKey::Title,
        SortKey::Country,
        SortKey::Discipline,
        SortKey::Completeness,
        SortKey::Fit,
        SortKey::Feasibility,
        SortKey::Coherence,
        SortKey::NextDeadline,
        SortKey::Updated,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SortKey::Title => "title",
            SortKey::Country => "country",
            SortKey::Discipline => "discipline",
            SortKey::Completeness => "completeness",
            SortKey::Updated => "updated",
            SortKey::Fit => "fit",
            SortKey::Feasibility => "feasibility",
            SortKey::Coherence => "coherence",
            SortKey::NextDeadline => "next_deadline",
        }
    }

    pub fn from_key(key: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// What the board shows: all conditions must hold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub discipline: Option<Discipline>,
    pub country: Option<String>,
    /// Words looked for in the title, pitch and country.
    pub text: String,
}

/// The board: the summaries that pass the filter, in order. Ties keep the
/// title order, so the board never shuffles.
pub fn board(projects: &[Project], sort: SortKey, filter: &Filter, today: Date) -> Vec<Summary> {
    let mut cards: Vec<Summary> = projects
        .iter()
        .map(|p| Summary::of(p, today))
        .filter(|s| s.matches(filter))
        .collect();
    let title = |s: &Summary| fold(&s.title);
    cards.sort_by(|a, b| {
        let primary = match sort {
            SortKey::Title => std::cmp::Ordering::Equal,
            SortKey::Country => fold(&a.country).cmp(&fold(&b.country)),
            SortKey::Discipline => a.discipline.key().cmp(b.discipline.key()),
            SortKey::Completeness => b.blocks_filled.cmp(&a.blocks_filled),
            SortKey::Updated => b.updated_at.cmp(&a.updated_at),
            SortKey::Fit => highest_first(a.fit, b.fit),
            SortKey::Feasibility => highest_first(a.feasibility, b.feasibility),
            SortKey::Coherence => highest_first(a.coherence_percent(), b.coherence_percent()),
            SortKey::NextDeadline => soonest_first(&a.next_deadline, &b.next_deadline),
        };
        primary
            .then_with(|| title(a).cmp(&title(b)))
            .then_with(|| a.id.cmp(&b.id))
    });
    cards
}

/// Highest first; projects without the figure last.
fn highest_first(a: Option<u8>, b: Option<u8>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.cmp(&a),
        _ => b.is_some().cmp(&a.is_some()),
    }
}

/// Soonest first; projects with nothing due last.
fn soonest_first(a: &Option<(Date, String)>, b: &Option<(Date, String)>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.0.cmp(&b.0),
        _ => b.is_some().cmp(&a.is_some()),
    }
}

/// The countries the projects name, each once, in order.
pub fn countries(projects: &[Project]) -> Vec<String> {
    let mut all: Vec<String> = projects
        .iter()
        .map(|p| p.country.trim().to_owned())
        .filter(|c| !c.is_empty())
        .collect();
    all.sort_by_key(|c| fold(c));
    all.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    all
}

// wall: what the projector shows when it compares projects block by block.

/// The notes of `block` a room is shown: those with text, in their order.
pub fn shown_notes(p: &Project, block: Block) -> impl Iterator<Item = &Note> {
    p.canvas
        .notes(block)
        .iter()
        .filter(|n| !n.text.trim().is_empty())
}

/// The blocks a comparison can show, in the workshop's order, each with
/// how many notes the projects have there in all.
pub fn block_totals(projects: &[Project]) -> Vec<(Block, usize)> {
    RECOMMENDED_ORDER
        .into_iter()
        .map(|b| (b, projects.iter().map(|p| shown_notes(p, b).count()).sum()))
        .collect()
}

/// The block a comparison opens on: the first, in the workshop's order,
/// where any of the projects has a note.
pub fn opening_block(projects: &[Project]) -> Block {
    block_totals(projects)
        .into_iter()
        .find(|(_, n)| *n > 0)
        .map_or(RECOMMENDED_ORDER[0], |(b, _)| b)
}

/// The block `step` places from `block` in the workshop's order, round
/// from the last to the first (a presenter's remote only goes forward).
pub fn next_block(block: Block, step: isize) -> Block {
    let at = RECOMMENDED_ORDER
        .iter()
        .position(|b| *b == block)
        .unwrap_or(0);
    RECOMMENDED_ORDER[(at as isize + step).rem_euclid(9) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::diffusion::{Milestone, MilestoneKind};
    use crate::model::fit::{AudienceKind, OfferKind};
    use crate::model::{Block, Note};

    const TODAY: &str = "2026-11-27";

    fn today() -> Date {
        Date::parse(TODAY).unwrap()
    }

    fn project(id: &str, title: &str, d: Discipline, country: &str, blocks: usize) -> Project {
        let mut p = Project::new(Id::parse(id).unwrap(), title, Timestamp(id.len() as u64));
        p.discipline = d;
        p.country = country.into();
        for (i, b) in Block::ALL.into_iter().take(blocks).enumerate() {
            p.canvas.add_note(
                b,
                Note::new(Id::parse(&format!("{id}n{i}")).unwrap(), "x", Timestamp(0)),
            );
        }
        p
    }

    fn cohort() -> Vec<Project> {
        vec![
            project("a", "Kola", Discipline::Webtoon, "Senegal", 9),
            project("bb", "Awalé", Discipline::VideoGame, "Côte d'Ivoire", 3),
            project("ccc", "griots", Discipline::Music, "senegal", 6),
            project("dddd", "Baobab XR", Discipline::Immersive, "", 0),
        ]
    }

    #[test]
    fn the_board_sorts_by_how_many_coherence_checks_hold() {
        let all = cohort();
        let cards = board_today(&all, SortKey::Coherence, &Filter::default());
        // Kola: 2 of 3 hold (no segment has a colour); Awalé and griots
        // have activities and no costs (0 of 1); Baobab XR nothing to check.
        assert_eq!(titles(&cards), ["Kola", "Awalé", "griots", "Baobab XR"]);
        assert_eq!(cards[0].coherence, Some((2, 3)));
        assert_eq!(cards[3].coherence, None);
    }

    fn board_today(all: &[Project], sort: SortKey, filter: &Filter) -> Vec<Summary> {
        board(all, sort, filter, today())
    }

    fn titles(cards: &[Summary]) -> Vec<&str> {
        cards.iter().map(|c| c.title.as_str()).collect()
    }

    #[test]
    fn completeness_is_rounded_half_up_not_down() {
        let shown: Vec<u8> = (0..=9)
            .map(|n| {
                Summary::of(&project("p", "P", Discipline::Music, "", n), today()).completeness
            })
            .collect();
        // 7 of 9 is 77.8%: 78, where rounding down said 77.
        assert_eq!(shown, [0, 11, 22, 33, 44, 56, 67, 78, 89, 100]);
    }

    #[test]
    fn completeness_is_the_share_of_blocks_with_a_note() {
        let s = Summary::of(&cohort()[0], today());
        assert_eq!((s.blocks_filled, s.completeness, s.notes), (9, 100, 9));
        let s = Summary::of(&cohort()[1], today());
        assert_eq!((s.blocks_filled, s.completeness), (3, 33));
        assert_eq!(Summary::of(&cohort()[3], today()).completeness, 0);
        let empty = (s.fit, s.feasibility, s.product_readiness, s.next_deadline);
        assert_eq!(
            empty,
            (None, None, None, None),
            "nothing started, nothing shown"
        );
    }

    #[test]
    fn the_card_carries_a_figure_from_each_later_tool() {
        let mut p = project("p", "Kola", Discipline::Webtoon, "Senegal", 0);
        let at = Timestamp(0);
        let seg = Id::parse("seg").unwrap();
        p.canvas.add_note(
            Block::CustomerSegments,
            Note::new(seg.clone(), "Readers", at),
        );
        let id = |s: &str| Id::parse(s).unwrap();
        for (a, importance) in [("a1", 5), ("a2", 4), ("a3", 2)] {
            p.fit.add_audience(&seg, id(a), AudienceKind::Obstacle, at);
            p.fit
                .edit_audience(&id(a), at, |item| item.importance = importance);
        }
        p.fit.add_offer(&seg, id("o1"), OfferKind::Remedy, at);
        p.fit.set_link(&id("o1"), &id("a1"), true, at);
        p.fit.set_link(&id("o1"), &id("a3"), true, at);
        p.feasibility.readiness.product = Some(4);
        p.feasibility.readiness.market = Some(2);
        let mut milestone = |name: &str, date: &str| {
            p.diffusion.timeline.push(Milestone {
                id: id(name),
                kind: MilestoneKind::Launch,
                title: name.into(),
                date: Date::parse(date).unwrap(),
            });
        };
        milestone("past", "2026-11-20");
        milestone("later", "2027-03-01");
        milestone("soon", "2026-12-10");
        let s = Summary::of(&p, today());
        assert_eq!(
            s.fit,
            Some(50),
            "one of the two important items is answered"
        );
        assert_eq!(
            (s.product_readiness, s.market_readiness),
            (Some(4), Some(2))
        );
        assert_eq!(
            s.next_deadline,
            Some((Date::parse("2026-12-10").unwrap(), "soon".to_owned())),
            "the first date from today on; past ones are done"
        );
    }

    #[test]
    fn figures_sort_best_first_and_missing_last() {
        assert_eq!(highest_first(Some(30), Some(80)), Ordering::Greater);
        assert_eq!(highest_first(None, Some(10)), Ordering::Greater);
        assert_eq!(highest_first(Some(0), None), Ordering::Less);
        assert_eq!(highest_first(None, None), Ordering::Equal);
        let due = |d: &str| Some((Date::parse(d).unwrap(), String::new()));
        assert_eq!(
            soonest_first(&due("2027-01-02"), &due("2026-12-01")),
            Ordering::Greater
        );
        assert_eq!(soonest_first(&None, &due("2026-12-01")), Ordering::Greater);
    }

    #[test]
    fn the_board_sorts_by_each_key() {
        let all = cohort();
        let none = Filter::default();
        assert_eq!(
            titles(&board_today(&all, SortKey::Title, &none)),
            ["Awalé", "Baobab XR", "griots", "Kola"]
        );
        assert_eq!(
            titles(&board_today(&all, SortKey::Completeness, &none)),
            ["Kola", "griots", "Awalé", "Baobab XR"]
        );
        assert_eq!(
            titles(&board_today(&all, SortKey::Country, &none)),
            ["Baobab XR", "Awalé", "griots", "Kola"]
        );
        assert_eq!(
            titles(&board_today(&all, SortKey::Discipline, &none)),
            ["Baobab XR", "griots", "Awalé", "Kola"]
        );
        assert_eq!(
            titles(&board_today(&all, SortKey::Updated, &none)),
            ["Baobab XR", "griots", "Awalé", "Kola"]
        );
    }

    #[test]
    fn filters_combine() {
        let all = cohort();
        let by = |f: Filter| titles(&board_today(&all, SortKey::Title, &f)).join(",");
        let senegal = Filter {
            country: Some("SENEGAL".into()),
            ..Filter::default()
        };
        assert_eq!(by(senegal.clone()), "griots,Kola");
        assert_eq!(
            by(Filter {
                discipline: Some(Discipline::Music),
                ..senegal
            }),
            "griots"
        );
        assert_eq!(
            by(Filter {
                text: " xr ".into(),
                ..Filter::default()
            }),
            "Baobab XR"
        );
        assert_eq!(
            by(Filter {
                text: "ivoire".into(),
                ..Filter::default()
            }),
            "Awalé"
        );
    }

    #[test]
    fn countries_are_listed_once() {
        assert_eq!(countries(&cohort()), ["Côte d'Ivoire", "Senegal"]);
    }

    #[test]
    fn sort_keys_round_trip() {
        for s in SortKey::ALL {
            assert_eq!(SortKey::from_key(s.key()), Some(s));
        }
    }
    #[test]
    fn the_card_names_the_team_without_blanks() {
        let mut p = project("p", "Kola", Discipline::Webtoon, "Senegal", 0);
        p.team = vec![" Awa Diop ".into(), "".into(), "  ".into(), "Kofi".into()];
        assert_eq!(Summary::of(&p, today()).team, ["Awa Diop", "Kofi"]);
    }

    #[test]
    fn a_comparison_opens_on_the_first_block_anyone_filled_in_the_workshop_order() {
        let empty = project("e", "Empty", Discipline::Music, "", 0);
        assert_eq!(
            opening_block(std::slice::from_ref(&empty)),
            Block::CustomerSegments
        );
        let with = |notes: &[(Block, &str)]| {
            let mut p = empty.clone();
            for (i, &(block, text)) in notes.iter().enumerate() {
                let id = Id::parse(&format!("n{i}")).unwrap();
                p.canvas.add_note(block, Note::new(id, text, Timestamp(0)));
            }
            p
        };
        let a = with(&[(Block::Channels, "Radio"), (Block::Channels, "  ")]);
        let b = with(&[
            (Block::CustomerSegments, " "),
            (Block::Channels, "Festivals"),
            (Block::CostStructure, "Rent"),
        ]);
        let both = [a.clone(), b];
        assert_eq!(
            opening_block(&both),
            Block::Channels,
            "a note without text is not something to show"
        );
        let totals = block_totals(&both);
        assert_eq!(totals.len(), 9);
        assert_eq!(totals[0], (Block::CustomerSegments, 0));
        assert_eq!(totals[2], (Block::Channels, 2));
        assert_eq!(totals[8], (Block::CostStructure, 1));
        let texts: Vec<&str> = shown_notes(&a, Block::Channels)
            .map(|n| n.text.as_str())
            .collect();
        assert_eq!(texts, ["Radio"]);
    }

    #[test]
    fn the_next_block_goes_round_in_the_workshop_order() {
        assert_eq!(
            next_block(Block::CustomerSegments, 1),
            Block::ValuePropositions
        );
        assert_eq!(next_block(Block::CostStructure, 1), Block::CustomerSegments);
        assert_eq!(
            next_block(Block::CustomerSegments, -1),
            Block::CostStructure
        );
        let mut b = Block::CustomerSegments;
        let mut seen = vec![b];
        for _ in 0..8 {
            b = next_block(b, 1);
            seen.push(b);
        }
        assert_eq!(seen, RECOMMENDED_ORDER);
    }
}
