use super::project::truncate_chars;
use super::{Id, Timestamp, MAX_NOTES_PER_BLOCK, MAX_TEXT_CHARS};
use serde::{Deserialize, Serialize};

/// The nine building blocks of the Business Model Canvas (Strategyzer,
/// CC BY-SA 3.0). The serialised names are the file format's vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    KeyPartners,
    KeyActivities,
    KeyResources,
    ValuePropositions,
    CustomerRelationships,
    Channels,
    CustomerSegments,
    CostStructure,
    RevenueStreams,
}

impl Block {
    /// The blocks in reading order of the canonical layout: left to right,
    /// top to bottom. Keyboard moves between blocks follow this order.
    pub const ALL: [Block; 9] = [
        Block::KeyPartners,
        Block::KeyActivities,
        Block::KeyResources,
        Block::ValuePropositions,
        Block::CustomerRelationships,
        Block::Channels,
        Block::CustomerSegments,
        Block::CostStructure,
        Block::RevenueStreams,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The name used in files, storage and CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            Block::KeyPartners => "key_partners",
            Block::KeyActivities => "key_activities",
            Block::KeyResources => "key_resources",
            Block::ValuePropositions => "value_propositions",
            Block::CustomerRelationships => "customer_relationships",
            Block::Channels => "channels",
            Block::CustomerSegments => "customer_segments",
            Block::CostStructure => "cost_structure",
            Block::RevenueStreams => "revenue_streams",
        }
    }

    /// The block `step` places away in reading order, if there is one.
    pub fn offset(self, step: isize) -> Option<Block> {
        let i = self.index() as isize + step;
        (0..9).contains(&i).then(|| Block::ALL[i as usize])
    }
}

/// Sticky-note colours. Workshop practice ties notes to a customer segment by
/// colour, so the palette is small and named rather than free-form. A note
/// has no colour until the user picks one (`Note::colour` is `None`), so a
/// new note belongs to no segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Colour {
    Yellow,
    Pink,
    Blue,
    Green,
    Orange,
    Purple,
}

impl Colour {
    pub const ALL: [Colour; 6] = [
        Colour::Yellow,
        Colour::Pink,
        Colour::Blue,
        Colour::Green,
        Colour::Orange,
        Colour::Purple,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Colour::Yellow => "yellow",
            Colour::Pink => "pink",
            Colour::Blue => "blue",
            Colour::Green => "green",
            Colour::Orange => "orange",
            Colour::Purple => "purple",
        }
    }

    pub fn from_key(key: &str) -> Option<Colour> {
        Colour::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// One note on the canvas.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub id: Id,
    pub text: String,
    /// None until the user picks one; absent from the file then (files
    /// before version 3 left it out for yellow: their migration writes it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<Colour>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Note {
    pub fn new(id: Id, text: impl Into<String>, now: Timestamp) -> Note {
        Note {
            id,
            text: text.into(),
            colour: None,
            created_at: now,
            updated_at: now,
        }
    }
}

/// A Business Model Canvas: for each block, its notes in order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "CanvasFile", into = "CanvasFile")]
pub struct Canvas {
    blocks: [Vec<Note>; 9],
}

impl Canvas {
    pub fn notes(&self, block: Block) -> &[Note] {
        &self.blocks[block.index()]
    }

    pub fn all_notes(&self) -> impl Iterator<Item = (Block, &Note)> {
        Block::ALL
            .into_iter()
            .flat_map(move |b| self.notes(b).iter().map(move |n| (b, n)))
    }

    pub fn note_count(&self) -> usize {
        self.blocks.iter().map(Vec::len).sum()
    }

    /// Where a note is: its block and its position in that block.
    pub fn locate(&self, id: &Id) -> Option<(Block, usize)> {
        Block::ALL.into_iter().find_map(|b| {
            self.notes(b)
                .iter()
                .position(|n| &n.id == id)
                .map(|i| (b, i))
        })
    }

    pub fn note(&self, id: &Id) -> Option<&Note> {
        self.locate(id).map(|(b, i)| &self.blocks[b.index()][i])
    }

    fn note_mut(&mut self, id: &Id) -> Option<&mut Note> {
        let (b, i) = self.locate(id)?;
        Some(&mut self.blocks[b.index()][i])
    }

    /// How many of the nine blocks hold at least one note with text.
    pub fn filled_blocks(&self) -> usize {
        self.blocks
            .iter()
            .filter(|notes| notes.iter().any(|n| !n.text.trim().is_empty()))
            .count()
    }

    /// The colour key of the canvas: each colour used by a Customer
    /// Segments note stands for that segment (the first such note), as
    /// workshops tie notes to a segment by colour. A note with no colour
    /// stands for nothing and is tied to nothing.
    pub fn segment_colours(&self) -> Vec<(Colour, &str)> {
        let mut key: Vec<(Colour, &str)> = Vec::new();
        for n in self.notes(Block::CustomerSegments) {
            let text = n.text.trim();
            let Some(colour) = n.colour else { continue };
            if !text.is_empty() && !key.iter().any(|(c, _)| *c == colour) {
                key.push((colour, text));
            }
        }
        key
    }

    /// Appends a note at the end of a block. Returns false (and changes
    /// nothing) when the block is full.
    pub fn add_note(&mut self, block: Block, note: Note) -> bool {
        let notes = &mut self.blocks[block.index()];
        if notes.len() >= MAX_NOTES_PER_BLOCK {
            return false;
        }
        notes.push(note);
        true
    }

    /// Replaces a note's text. Returns false when the note does not exist or
    /// the text is unchanged.
    pub fn set_text(&mut self, id: &Id, text: &str, now: Timestamp) -> bool {
        match self.note_mut(id) {
            Some(n) if n.text != text => {
                n.text = text.to_owned();
                n.updated_at = now;
                true
            }
            _ => false,
        }
    }

    /// Gives a note a colour, or takes it away (`None`).
    pub fn set_colour(&mut self, id: &Id, colour: Option<Colour>, now: Timestamp) -> bool {
        match self.note_mut(id) {
            Some(n) if n.colour != colour => {
                n.colour = colour;
                n.updated_at = now;
                true
            }
            _ => false,
        }
    }

    /// Removes a note, returning where it was and what it held.
    pub fn remove_note(&mut self, id: &Id) -> Option<(Block, usize, Note)> {
        let (b, i) = self.locate(id)?;
        Some((b, i, self.blocks[b.index()].remove(i)))
    }

    /// Moves a note to `index` in `block` (clamped to the block's length,
    /// counted after the note left its old place). Returns false when
    /// nothing moved.
    pub fn move_note(&mut self, id: &Id, block: Block, index: usize, now: Timestamp) -> bool {
        let Some((from_block, from_index)) = self.locate(id) else {
            return false;
        };
        if from_block != block && self.blocks[block.index()].len() >= MAX_NOTES_PER_BLOCK {
            return false;
        }
        let mut note = self.blocks[from_block.index()].remove(from_index);
        let target = &mut self.blocks[block.index()];
        let index = index.min(target.len());
        if from_block == block && from_index == index {
            target.insert(index, note);
            return false;
        }
        note.updated_at = now;
        target.insert(index, note);
        true
    }

    /// Moves a note `step` places up (negative) or down within its block.
    pub fn shift_note(&mut self, id: &Id, step: isize, now: Timestamp) -> bool {
        let Some((block, index)) = self.locate(id) else {
            return false;
        };
        let target = index as isize + step;
        if target < 0 || target as usize >= self.notes(block).len() {
            return false;
        }
        self.move_note(id, block, target as usize, now)
    }

    /// Moves a note to the end of the block `step` places away in reading
    /// order.
    pub fn shift_note_to_block(&mut self, id: &Id, step: isize, now: Timestamp) -> bool {
        let Some((block, _)) = self.locate(id) else {
            return false;
        };
        match block.offset(step) {
            Some(to) => self.move_note(id, to, usize::MAX, now),
            None => false,
        }
    }

    /// Cuts note texts to the length an import accepts.
    pub(crate) fn enforce_limits(&mut self) {
        for n in self.blocks.iter_mut().flatten() {
            truncate_chars(&mut n.text, MAX_TEXT_CHARS);
        }
    }

    /// Gives every note a new id drawn from `fresh` (for a duplicate that
    /// must not be mistaken for the original when copies are merged).
    pub fn reissue_ids(&mut self, mut fresh: impl FnMut() -> Id) {
        for notes in &mut self.blocks {
            for n in notes {
                n.id = fresh();
            }
        }
    }
}

/// The canvas as it is written in files: one array of notes per block.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CanvasFile {
    #[serde(default)]
    key_partners: Vec<Note>,
    #[serde(default)]
    key_activities: Vec<Note>,
    #[serde(default)]
    key_resources: Vec<Note>,
    #[serde(default)]
    value_propositions: Vec<Note>,
    #[serde(default)]
    customer_relationships: Vec<Note>,
    #[serde(default)]
    channels: Vec<Note>,
    #[serde(default)]
    customer_segments: Vec<Note>,
    #[serde(default)]
    cost_structure: Vec<Note>,
    #[serde(default)]
    revenue_streams: Vec<Note>,
}

impl From<CanvasFile> for Canvas {
    fn from(f: CanvasFile) -> Canvas {
        Canvas {
            blocks: [
                f.key_partners,
                f.key_activities,
                f.key_resources,
                f.value_propositions,
                f.customer_relationships,
                f.channels,
                f.customer_segments,
                f.cost_structure,
                f.revenue_streams,
            ],
        }
    }
}

impl From<Canvas> for CanvasFile {
    fn from(c: Canvas) -> CanvasFile {
        let [key_partners, key_activities, key_resources, value_propositions, customer_relationships, channels, customer_segments, cost_structure, revenue_streams] =
            c.blocks;
        CanvasFile {
            key_partners,
            key_activities,
            key_resources,
            value_propositions,
            customer_relationships,
            channels,
            customer_segments,
            cost_structure,
            revenue_streams,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Id {
        Id::parse(s).unwrap()
    }

    fn canvas_with(block: Block, ids: &[&str]) -> Canvas {
        let mut c = Canvas::default();
        for i in ids {
            assert!(c.add_note(block, Note::new(id(i), *i, Timestamp(1))));
        }
        c
    }

    fn texts(c: &Canvas, b: Block) -> Vec<&str> {
        c.notes(b).iter().map(|n| n.text.as_str()).collect()
    }

    #[test]
    fn block_keys_match_serde_names() {
        for b in Block::ALL {
            assert_eq!(
                serde_json::to_string(&b).unwrap(),
                format!("\"{}\"", b.key())
            );
        }
        assert!(Block::ALL.iter().enumerate().all(|(i, b)| b.index() == i));
    }

    #[test]
    fn block_offsets_stop_at_the_ends() {
        assert_eq!(Block::KeyPartners.offset(-1), None);
        assert_eq!(Block::KeyPartners.offset(1), Some(Block::KeyActivities));
        assert_eq!(Block::RevenueStreams.offset(1), None);
    }

    #[test]
    fn edits_touch_only_the_note_and_its_timestamp() {
        let mut c = canvas_with(Block::Channels, &["a", "b"]);
        assert!(c.set_text(&id("a"), "Festival circuit", Timestamp(5)));
        assert!(
            !c.set_text(&id("a"), "Festival circuit", Timestamp(6)),
            "unchanged text is no edit"
        );
        assert!(!c.set_text(&id("zz"), "x", Timestamp(6)));
        let a = c.note(&id("a")).unwrap();
        assert_eq!(
            (a.text.as_str(), a.updated_at, a.created_at),
            ("Festival circuit", Timestamp(5), Timestamp(1))
        );
        assert_eq!(c.note(&id("b")).unwrap().updated_at, Timestamp(1));
        assert_eq!(c.note(&id("b")).unwrap().colour, None, "no colour at first");
        assert!(c.set_colour(&id("b"), Some(Colour::Blue), Timestamp(7)));
        assert_eq!(c.note(&id("b")).unwrap().colour, Some(Colour::Blue));
        assert!(!c.set_colour(&id("b"), Some(Colour::Blue), Timestamp(8)));
        assert!(c.set_colour(&id("b"), None, Timestamp(8)), "taken away");
        assert_eq!(c.note(&id("b")).unwrap().colour, None);
    }

    #[test]
    fn notes_move_within_and_across_blocks() {
        let mut c = canvas_with(Block::Channels, &["a", "b", "c"]);
        assert!(c.shift_note(&id("a"), 1, Timestamp(2)));
        assert_eq!(texts(&c, Block::Channels), ["b", "a", "c"]);
        assert!(!c.shift_note(&id("b"), -1, Timestamp(2)), "already first");
        assert!(!c.shift_note(&id("c"), 1, Timestamp(2)), "already last");
        assert!(c.move_note(&id("c"), Block::Channels, 0, Timestamp(3)));
        assert_eq!(texts(&c, Block::Channels), ["c", "b", "a"]);
        assert!(c.move_note(&id("b"), Block::CustomerSegments, 0, Timestamp(4)));
        assert_eq!(texts(&c, Block::Channels), ["c", "a"]);
        assert_eq!(texts(&c, Block::CustomerSegments), ["b"]);
        assert!(c.shift_note_to_block(&id("b"), -1, Timestamp(5)));
        assert_eq!(c.locate(&id("b")), Some((Block::Channels, 2)));
        assert!(
            !c.move_note(&id("b"), Block::Channels, 99, Timestamp(6)),
            "already at the end"
        );
        assert!(!c.shift_note_to_block(&id("b"), -9, Timestamp(6)));
    }

    #[test]
    fn remove_reports_where_the_note_was() {
        let mut c = canvas_with(Block::CostStructure, &["a", "b"]);
        let (b, i, n) = c.remove_note(&id("b")).unwrap();
        assert_eq!((b, i, n.text.as_str()), (Block::CostStructure, 1, "b"));
        assert!(c.remove_note(&id("b")).is_none());
        assert_eq!(c.note_count(), 1);
    }

    #[test]
    fn a_full_block_takes_no_more_notes() {
        let mut c = Canvas::default();
        for i in 0..MAX_NOTES_PER_BLOCK {
            assert!(c.add_note(
                Block::Channels,
                Note::new(Id::from_random(i as u64), "", Timestamp(0))
            ));
        }
        assert!(!c.add_note(Block::Channels, Note::new(id("extra"), "", Timestamp(0))));
        c.add_note(
            Block::CostStructure,
            Note::new(id("other"), "", Timestamp(0)),
        );
        assert!(!c.move_note(&id("other"), Block::Channels, 0, Timestamp(1)));
        assert_eq!(c.notes(Block::Channels).len(), MAX_NOTES_PER_BLOCK);
    }

    #[test]
    fn each_segment_colour_names_its_first_segment() {
        let mut c = canvas_with(
            Block::CustomerSegments,
            &["teens", "blank", "parents", "diaspora"],
        );
        assert!(c.segment_colours().is_empty(), "no colour, no key");
        c.set_text(&id("blank"), " ", Timestamp(2));
        c.set_colour(&id("teens"), Some(Colour::Yellow), Timestamp(2));
        c.set_colour(&id("blank"), Some(Colour::Green), Timestamp(2));
        c.set_colour(&id("diaspora"), Some(Colour::Pink), Timestamp(2));
        c.add_note(Block::Channels, Note::new(id("ch"), "radio", Timestamp(1)));
        c.set_colour(&id("ch"), Some(Colour::Blue), Timestamp(2));
        // "parents" has no colour: it stands for no colour of the key.
        assert_eq!(
            c.segment_colours(),
            [(Colour::Yellow, "teens"), (Colour::Pink, "diaspora")]
        );
    }

    #[test]
    fn a_note_without_colour_is_written_without_one_and_read_back_so() {
        let mut c = canvas_with(Block::CustomerSegments, &["plain", "pink"]);
        c.set_colour(&id("pink"), Some(Colour::Pink), Timestamp(2));
        let v = serde_json::to_value(&c).unwrap();
        assert!(v["customer_segments"][0].get("colour").is_none());
        assert_eq!(v["customer_segments"][1]["colour"], "pink");
        assert_eq!(serde_json::from_value::<Canvas>(v).unwrap(), c);
    }

    #[test]
    fn filled_blocks_counts_blocks_with_text() {
        let mut c = canvas_with(Block::Channels, &["a"]);
        c.add_note(
            Block::CostStructure,
            Note::new(id("blank"), "  ", Timestamp(0)),
        );
        assert_eq!(c.filled_blocks(), 1);
    }

    #[test]
    fn serialises_as_one_array_per_block() {
        let c = canvas_with(Block::RevenueStreams, &["a"]);
        let v = serde_json::to_value(&c).unwrap();
        assert_eq!(v["revenue_streams"][0]["text"], "a");
        assert_eq!(v["key_partners"], serde_json::json!([]));
        assert_eq!(serde_json::from_value::<Canvas>(v).unwrap(), c);
        assert!(serde_json::from_str::<Canvas>(r#"{"unknown_block": []}"#).is_err());
    }
}
