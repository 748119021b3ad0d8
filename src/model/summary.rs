//! What a cohort board shows of each project, and how it sorts and
//! filters them. Figures from the later tools (audience–offer fit,
//! feasibility, readiness, the next diffusion deadline) are optional
//! fields, filled in by [`Summary::of`] once those sections exist.

use super::{Discipline, Id, Project, Timestamp};

/// One project's card on the board.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub id: Id,
    pub title: String,
    pub pitch: String,
    pub discipline: Discipline,
    pub country: String,
    pub notes: usize,
    /// Blocks of the canvas with at least one note (0 to 9).
    pub blocks_filled: usize,
    /// `blocks_filled` as a share of the nine blocks, in percent.
    pub completeness: u8,
    pub updated_at: Timestamp,
    /// Audience–offer fit score, in percent, once the fit worksheet lands.
    pub fit: Option<u8>,
    /// Feasibility score, in percent, once the feasibility studio lands.
    pub feasibility: Option<u8>,
    /// Readiness, in percent, once the feasibility studio lands.
    pub readiness: Option<u8>,
    /// The next dated step of the diffusion plan, once it lands.
    pub next_deadline: Option<Timestamp>,
}

impl Summary {
    pub fn of(p: &Project) -> Summary {
        let blocks_filled = p.canvas.filled_blocks();
        Summary {
            id: p.id.clone(),
            title: p.title.clone(),
            pitch: p.pitch.clone(),
            discipline: p.discipline,
            country: p.country.trim().to_owned(),
            notes: p.canvas.note_count(),
            blocks_filled,
            completeness: (blocks_filled * 100 / 9) as u8,
            updated_at: p.updated_at,
            fit: None,
            feasibility: None,
            readiness: None,
            next_deadline: None,
        }
    }

    fn matches(&self, filter: &Filter) -> bool {
        let text = filter.text.trim().to_lowercase();
        filter.discipline.is_none_or(|d| d == self.discipline)
            && filter
                .country
                .as_ref()
                .is_none_or(|c| c.eq_ignore_ascii_case(&self.country))
            && (text.is_empty()
                || [&self.title, &self.pitch, &self.country]
                    .iter()
                    .any(|s| s.to_lowercase().contains(&text)))
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
}

impl SortKey {
    pub const ALL: [SortKey; 5] = [
        SortKey::Title,
        SortKey::Country,
        SortKey::Discipline,
        SortKey::Completeness,
        SortKey::Updated,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SortKey::Title => "title",
            SortKey::Country => "country",
            SortKey::Discipline => "discipline",
            SortKey::Completeness => "completeness",
            SortKey::Updated => "updated",
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
pub fn board(projects: &[Project], sort: SortKey, filter: &Filter) -> Vec<Summary> {
    let mut cards: Vec<Summary> = projects
        .iter()
        .map(Summary::of)
        .filter(|s| s.matches(filter))
        .collect();
    let title = |s: &Summary| s.title.to_lowercase();
    cards.sort_by(|a, b| {
        let primary = match sort {
            SortKey::Title => std::cmp::Ordering::Equal,
            SortKey::Country => a.country.to_lowercase().cmp(&b.country.to_lowercase()),
            SortKey::Discipline => a.discipline.key().cmp(b.discipline.key()),
            SortKey::Completeness => b.blocks_filled.cmp(&a.blocks_filled),
            SortKey::Updated => b.updated_at.cmp(&a.updated_at),
        };
        primary
            .then_with(|| title(a).cmp(&title(b)))
            .then_with(|| a.id.cmp(&b.id))
    });
    cards
}

/// The countries the projects name, each once, in order.
pub fn countries(projects: &[Project]) -> Vec<String> {
    let mut all: Vec<String> = projects
        .iter()
        .map(|p| p.country.trim().to_owned())
        .filter(|c| !c.is_empty())
        .collect();
    all.sort_by_key(|c| c.to_lowercase());
    all.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Note};

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

    fn titles(cards: &[Summary]) -> Vec<&str> {
        cards.iter().map(|c| c.title.as_str()).collect()
    }

    #[test]
    fn completeness_is_the_share_of_blocks_with_a_note() {
        let s = Summary::of(&cohort()[0]);
        assert_eq!((s.blocks_filled, s.completeness, s.notes), (9, 100, 9));
        let s = Summary::of(&cohort()[1]);
        assert_eq!((s.blocks_filled, s.completeness), (3, 33));
        assert_eq!(Summary::of(&cohort()[3]).completeness, 0);
        assert_eq!(s.fit, None, "later tools fill these in");
    }

    #[test]
    fn the_board_sorts_by_each_key() {
        let all = cohort();
        let none = Filter::default();
        assert_eq!(
            titles(&board(&all, SortKey::Title, &none)),
            ["Awalé", "Baobab XR", "griots", "Kola"]
        );
        assert_eq!(
            titles(&board(&all, SortKey::Completeness, &none)),
            ["Kola", "griots", "Awalé", "Baobab XR"]
        );
        assert_eq!(
            titles(&board(&all, SortKey::Country, &none)),
            ["Baobab XR", "Awalé", "griots", "Kola"]
        );
        assert_eq!(
            titles(&board(&all, SortKey::Discipline, &none)),
            ["Baobab XR", "griots", "Awalé", "Kola"]
        );
        assert_eq!(
            titles(&board(&all, SortKey::Updated, &none)),
            ["Baobab XR", "griots", "Awalé", "Kola"]
        );
    }

    #[test]
    fn filters_combine() {
        let all = cohort();
        let by = |f: Filter| titles(&board(&all, SortKey::Title, &f)).join(",");
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
}
