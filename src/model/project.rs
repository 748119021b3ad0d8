use super::coherence::Rule;
use super::diffusion::Plan;
use super::{Block, Canvas, Feasibility, Fit, Id, Note, Timestamp, MAX_TEAM, MAX_TEXT_CHARS};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The creative field a project belongs to. Guiding questions, examples and
/// (in later tools) channel lists adapt to it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Discipline {
    VideoGame,
    Webtoon,
    Immersive,
    Audiovisual,
    Music,
    DigitalPlatform,
    #[default]
    Other,
}

impl Discipline {
    pub const ALL: [Discipline; 7] = [
        Discipline::VideoGame,
        Discipline::Webtoon,
        Discipline::Immersive,
        Discipline::Audiovisual,
        Discipline::Music,
        Discipline::DigitalPlatform,
        Discipline::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Discipline::VideoGame => "video_game",
            Discipline::Webtoon => "webtoon",
            Discipline::Immersive => "immersive",
            Discipline::Audiovisual => "audiovisual",
            Discipline::Music => "music",
            Discipline::DigitalPlatform => "digital_platform",
            Discipline::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Discipline> {
        Discipline::ALL.into_iter().find(|d| d.key() == key)
    }
}

/// A creator's project and everything they build for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub pitch: String,
    #[serde(default)]
    pub discipline: Discipline,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub team: Vec<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub canvas: Canvas,
    /// The audience–offer fit worksheet, one profile per customer segment.
    #[serde(default)]
    pub fit: Fit,
    /// The feasibility studio (format version 2 on; absent reads as empty).
    #[serde(default)]
    pub feasibility: Feasibility,
    /// The diffusion and valorisation plan (empty and unstarted until the
    /// user starts it).
    #[serde(default)]
    pub diffusion: Plan,
    /// One of the example projects "Open an example" offers (issue 13):
    /// shown with a badge. Written only when true, so every other file
    /// reads and writes as before within version 3.
    #[serde(default, skip_serializing_if = "is_false")]
    pub example: bool,
    /// The coherence checks the team found not relevant for the project
    /// (issue 16), in `Rule::ALL`'s order. Written only when there are
    /// some, like `example`, so other files read and write as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed_checks: Vec<Rule>,
}

fn is_false(b: &bool) -> bool {
    !b
}

impl Project {
    pub fn new(id: Id, title: impl Into<String>, now: Timestamp) -> Project {
        Project {
            id,
            title: title.into(),
            pitch: String::new(),
            discipline: Discipline::default(),
            country: String::new(),
            team: Vec::new(),
            created_at: now,
            updated_at: now,
            canvas: Canvas::default(),
            fit: Fit::default(),
            feasibility: Feasibility::default(),
            diffusion: Plan::default(),
            example: false,
            dismissed_checks: Vec::new(),
        }
    }

    /// A copy with fresh ids throughout, so that it is a project in its own
    /// right and never merged with the original.
    pub fn duplicate(
        &self,
        id: Id,
        title: String,
        now: Timestamp,
        mut fresh: impl FnMut() -> Id,
    ) -> Project {
        let mut copy = self.clone();
        copy.id = id;
        copy.title = title;
        copy.created_at = now;
        copy.updated_at = now;
        let old: Vec<Id> = copy.canvas.all_notes().map(|(_, n)| n.id.clone()).collect();
        copy.canvas.reissue_ids(&mut fresh);
        let notes: HashMap<Id, Id> = old
            .into_iter()
            .zip(copy.canvas.all_notes().map(|(_, n)| n.id.clone()))
            .collect();
        // References from the other tools to canvas notes follow the new ids.
        copy.fit.reissue_ids(&notes, &mut fresh);
        copy.diffusion.reissue_ids(&mut fresh, &notes);
        let pairs: Vec<(Id, Id)> = notes.into_iter().collect();
        copy.feasibility.reissue_ids(fresh, &pairs);
        copy
    }

    /// Brings every text and list within the limits an import checks, so
    /// that whatever the session stores can always be read back.
    pub fn enforce_limits(&mut self) {
        for text in [&mut self.title, &mut self.pitch, &mut self.country]
            .into_iter()
            .chain(&mut self.team)
        {
            truncate_chars(text, MAX_TEXT_CHARS);
        }
        self.team.truncate(MAX_TEAM);
        self.canvas.enforce_limits();
        self.fit.enforce_limits();
        self.feasibility.enforce_limits();
        self.diffusion.enforce_limits(&self.canvas);
    }

    /// Deletes a canvas note and, if it names a segment with a fit profile,
    /// that profile too, in the same edit (so one undo restores both).
    /// Returns the note and whether a profile went with it.
    pub fn remove_note(&mut self, id: &Id) -> Option<(Block, usize, Note, bool)> {
        let (b, i, note) = self.canvas.remove_note(id)?;
        let profile = self.fit.remove_profile(id).is_some();
        Some((b, i, note, profile))
    }

    /// The segments the fit worksheet shows, in order: every Customer
    /// Segments note, then any other note that still has a profile (moved
    /// to another block on the canvas: its profile is kept and shown, never
    /// dropped silently).
    pub fn fit_segments(&self) -> Vec<Id> {
        let mut ids: Vec<Id> = self
            .canvas
            .notes(Block::CustomerSegments)
            .iter()
            .map(|n| n.id.clone())
            .collect();
        for p in &self.fit.profiles {
            if self.canvas.note(&p.segment).is_some() && !ids.contains(&p.segment) {
                ids.push(p.segment.clone());
            }
        }
        ids
    }

    /// Splits a comma- or newline-separated list of team members, dropping
    /// blanks.
    pub fn parse_team(text: &str) -> Vec<String> {
        text.split([',', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

/// Cuts a string to at most `max` characters (not bytes).
pub(crate) fn truncate_chars(s: &mut String, max: usize) {
    if let Some((i, _)) = s.char_indices().nth(max) {
        s.truncate(i);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Note};

    #[test]
    fn discipline_keys_round_trip() {
        for d in Discipline::ALL {
            assert_eq!(Discipline::from_key(d.key()), Some(d));
            assert_eq!(
                serde_json::to_string(&d).unwrap(),
                format!("\"{}\"", d.key())
            );
        }
        assert_eq!(Discipline::from_key("opera"), None);
    }

    #[test]
    fn a_duplicate_shares_no_ids_with_its_original() {
        let mut p = Project::new(Id::parse("p1").unwrap(), "Kola", Timestamp(1));
        p.canvas.add_note(
            Block::Channels,
            Note::new(Id::parse("n1").unwrap(), "FESPACO", Timestamp(1)),
        );
        let mut n = 0;
        let copy = p.duplicate(
            Id::parse("p2").unwrap(),
            "Kola (copy)".into(),
            Timestamp(9),
            || {
                n += 1;
                Id::from_random(n)
            },
        );
        assert_eq!(copy.id.as_str(), "p2");
        assert_eq!(copy.title, "Kola (copy)");
        assert_eq!(copy.created_at, Timestamp(9));
        let (b, note) = copy.canvas.all_notes().next().unwrap();
        assert_eq!((b, note.text.as_str()), (Block::Channels, "FESPACO"));
        assert_ne!(note.id.as_str(), "n1");
        assert_eq!(p.canvas.note_count(), 1, "the original is untouched");
    }

    /// `p` duplicated as "Copy" (id `p2`), with ids numbered from 1.
    fn copy_of(p: &Project) -> Project {
        let mut n = 0;
        p.duplicate(
            Id::parse("p2").unwrap(),
            "Copy".into(),
            Timestamp(2),
            || {
                n += 1;
                Id::from_random(n)
            },
        )
    }

    #[test]
    fn a_duplicate_keeps_its_fit_profiles_on_its_own_segments() {
        use crate::model::fit::{AudienceKind, OfferKind};
        let mut p = Project::new(Id::parse("p1").unwrap(), "Kola", Timestamp(1));
        let seg = Id::parse("seg").unwrap();
        p.canvas.add_note(
            Block::CustomerSegments,
            Note::new(seg.clone(), "Readers", Timestamp(1)),
        );
        let (a, o) = (Id::parse("a").unwrap(), Id::parse("o").unwrap());
        p.fit
            .add_audience(&seg, a.clone(), AudienceKind::Obstacle, Timestamp(1));
        p.fit
            .add_offer(&seg, o.clone(), OfferKind::Remedy, Timestamp(1));
        p.fit.set_link(&o, &a, true, Timestamp(1));
        let copy = copy_of(&p);
        let new_seg = &copy.canvas.notes(Block::CustomerSegments)[0].id;
        let profile = copy
            .fit
            .profile(new_seg)
            .expect("the profile follows its segment");
        assert_eq!(profile.offer[0].answers, [profile.audience[0].id.clone()]);
        assert_ne!(profile.audience[0].id, a);
        let notes = copy.canvas.all_notes().map(|(_, n)| &n.id).collect();
        assert_eq!(copy.fit.check(&notes), Ok(()));
    }

    #[test]
    fn deleting_a_segment_note_deletes_its_profile_in_the_same_edit() {
        use crate::model::fit::AudienceKind;
        let mut p = Project::new(Id::parse("p1").unwrap(), "Kola", Timestamp(1));
        let seg = Id::parse("seg").unwrap();
        p.canvas.add_note(
            Block::CustomerSegments,
            Note::new(seg.clone(), "Readers", Timestamp(1)),
        );
        p.canvas.add_note(
            Block::Channels,
            Note::new(Id::parse("ch").unwrap(), "Radio", Timestamp(1)),
        );
        p.fit.add_audience(
            &seg,
            Id::parse("a").unwrap(),
            AudienceKind::Want,
            Timestamp(1),
        );
        let (_, _, _, profile) = p.remove_note(&Id::parse("ch").unwrap()).unwrap();
        assert!(!profile);
        let (b, _, note, profile) = p.remove_note(&seg).unwrap();
        assert_eq!(
            (b, note.text.as_str(), profile),
            (Block::CustomerSegments, "Readers", true)
        );
        assert!(p.fit.profiles.is_empty());
    }

    #[test]
    fn a_segment_moved_off_customer_segments_keeps_its_profile_in_view() {
        use crate::model::fit::AudienceKind;
        let mut p = Project::new(Id::parse("p1").unwrap(), "Kola", Timestamp(1));
        let ids: Vec<Id> = ["a", "b", "c"]
            .iter()
            .map(|s| Id::parse(s).unwrap())
            .collect();
        for id in &ids {
            p.canvas.add_note(
                Block::CustomerSegments,
                Note::new(id.clone(), "", Timestamp(1)),
            );
        }
        p.fit.add_audience(
            &ids[0],
            Id::parse("x").unwrap(),
            AudienceKind::Hope,
            Timestamp(1),
        );
        assert_eq!(p.fit_segments(), ids);
        p.canvas
            .move_note(&ids[0], Block::Channels, 0, Timestamp(2));
        p.canvas
            .move_note(&ids[1], Block::Channels, 0, Timestamp(2));
        assert_eq!(
            p.fit_segments(),
            [ids[2].clone(), ids[0].clone()],
            "a note without a profile leaves the worksheet; one with a profile stays"
        );
    }

    #[test]
    fn a_duplicate_keeps_its_assumptions_tied_to_the_copied_notes() {
        use crate::model::feasibility::{Assumption, Risk};
        let mut p = Project::new(Id::parse("p1").unwrap(), "Kola", Timestamp(1));
        p.canvas.add_note(
            Block::Channels,
            Note::new(Id::parse("n1").unwrap(), "FESPACO", Timestamp(1)),
        );
        let mut a = Assumption::new(Id::parse("a1").unwrap(), Block::Channels);
        a.note = Some(Id::parse("n1").unwrap());
        p.feasibility.assumptions.push(a);
        p.feasibility
            .risks
            .push(Risk::new(Id::parse("r1").unwrap()));
        let copy = copy_of(&p);
        let note = &copy.canvas.notes(Block::Channels)[0].id;
        let a = &copy.feasibility.assumptions[0];
        assert_eq!(a.note.as_ref(), Some(note), "tied to the copy's note");
        assert_ne!(a.id.as_str(), "a1");
        assert_ne!(copy.feasibility.risks[0].id.as_str(), "r1");
    }

    #[test]
    fn limits_are_enforced_on_every_text() {
        let mut p = Project::new(
            Id::parse("p").unwrap(),
            "é".repeat(MAX_TEXT_CHARS + 5),
            Timestamp(0),
        );
        p.team = vec!["x".into(); MAX_TEAM + 3];
        p.canvas.add_note(
            Block::Channels,
            Note::new(
                Id::parse("n").unwrap(),
                "y".repeat(MAX_TEXT_CHARS + 1),
                Timestamp(0),
            ),
        );
        p.feasibility.risks = (0..300)
            .map(|i| crate::model::feasibility::Risk::new(Id::from_random(i)))
            .collect();
        p.feasibility.risks[0].owner = "z".repeat(MAX_TEXT_CHARS + 2);
        p.feasibility.risks[0].impact = 9;
        p.enforce_limits();
        assert_eq!(
            p.feasibility.risks.len(),
            crate::model::feasibility::MAX_RISKS
        );
        assert_eq!(p.feasibility.risks[0].owner.chars().count(), MAX_TEXT_CHARS);
        assert_eq!(p.feasibility.risks[0].impact, 5);
        assert_eq!(p.title.chars().count(), MAX_TEXT_CHARS);
        assert_eq!(p.team.len(), MAX_TEAM);
        assert_eq!(
            p.canvas.notes(Block::Channels)[0].text.chars().count(),
            MAX_TEXT_CHARS
        );
    }

    #[test]
    fn team_lists_split_on_commas_and_lines() {
        assert_eq!(
            Project::parse_team(" Awa, Kofi\nNadia ,, "),
            ["Awa", "Kofi", "Nadia"]
        );
        assert!(Project::parse_team("  ").is_empty());
    }
}
