//! Feedback a mentor writes on a participant's project: comments on any
//! part of it (a canvas block or note, an item of a tool, a tool's part, or
//! the whole project), each to do or for information. The creator marks
//! comments done and replies. It travels as its own file and is kept apart
//! from the project, so reading it never touches the creator's work.
//!
//! Each field has one owner, so a file going either way merges without
//! conflicts: the mentor owns a comment (its place, text and kind), the
//! creator owns its `done` and `reply`. Importing the same file twice
//! changes nothing.

use super::feasibility::{Criterion, CriterionRef, Group};
use super::place::{Part, Place};
use super::project::truncate_chars;
use super::{Block, Id, Project, Timestamp, MAX_TEXT_CHARS};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Most comments one feedback may carry.
pub const MAX_COMMENTS: usize = 500;

/// What a mentor asks with a comment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Something to act on; the creator marks it done.
    #[default]
    ToDo,
    /// Something to know.
    Info,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::ToDo, Kind::Info];

    pub fn key(self) -> &'static str {
        match self {
            Kind::ToDo => "to_do",
            Kind::Info => "info",
        }
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// What a comment is about: a place (`None`: the project as a whole) and,
/// in it, an item by its id (a note, an assumption, a budget line…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor {
    pub place: Option<Place>,
    pub item: Option<Id>,
}

impl Anchor {
    pub const PROJECT: Anchor = Anchor {
        place: None,
        item: None,
    };

    pub fn place(place: Place) -> Anchor {
        Anchor {
            place: Some(place),
            item: None,
        }
    }

    pub fn item(place: Place, item: Id) -> Anchor {
        Anchor {
            place: Some(place),
            item: Some(item),
        }
    }

    /// A key naming it among all others, for form values:
    /// `project`, `block:channels`, `part:budget:<item id>`.
    pub fn key(&self) -> String {
        match (&self.place, &self.item) {
            (None, _) => "project".into(),
            (Some(p), None) => p.key(),
            (Some(p), Some(i)) => format!("{}:{i}", p.key()),
        }
    }

    pub fn from_key(key: &str) -> Option<Anchor> {
        if key == "project" {
            return Some(Anchor::PROJECT);
        }
        let mut words = key.splitn(3, ':');
        let place = Place::from_key(&format!("{}:{}", words.next()?, words.next()?))?;
        match words.next() {
            None => Some(Anchor::place(place)),
            Some(item) => Id::parse(item).map(|i| Anchor::item(place, i)),
        }
    }
}

/// The creator's answer to a comment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    pub text: String,
    pub at: Timestamp,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    pub id: Id,
    /// The canvas block it is about, or the tool's part (at most one of
    /// the two; neither for the project as a whole).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block: Option<Block>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<Part>,
    /// The item of that block or part it is about (a note, an assumption…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<Id>,
    /// Version 1 comments were all to do.
    #[serde(default)]
    pub kind: Kind,
    pub text: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// The creator's side.
    #[serde(default, skip_serializing_if = "is_false")]
    pub done: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Reply>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Comment {
    pub fn anchor(&self) -> Anchor {
        let place = match (self.block, self.part) {
            (Some(b), _) => Some(Place::Block(b)),
            (None, Some(p)) => Some(Place::Part(p)),
            (None, None) => None,
        };
        Anchor {
            place,
            item: place.and(self.item.clone()),
        }
    }

    /// Whether the creator still has something to do about it.
    pub fn open(&self) -> bool {
        self.kind == Kind::ToDo && !self.done
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    /// The project it is about, and its title when the feedback was written.
    pub project: Id,
    pub project_title: String,
    /// Who wrote it: one mentor's feedback is kept apart from another's.
    #[serde(default)]
    pub author: String,
    pub comments: Vec<Comment>,
    pub updated_at: Timestamp,
}

impl Feedback {
    pub fn new(project: Id, project_title: String, now: Timestamp) -> Feedback {
        Feedback {
            project,
            project_title,
            author: String::new(),
            comments: Vec::new(),
            updated_at: now,
        }
    }

    /// The comment on a place (or the overall one), if written.
    pub fn comment(&self, anchor: &Anchor) -> Option<&Comment> {
        self.comments.iter().find(|c| &c.anchor() == anchor)
    }

    /// Sets the one comment a mentor writes per place or item (or
    /// overall): empty text removes it. Returns whether anything changed.
    pub fn set_comment(
        &mut self,
        anchor: &Anchor,
        text: &str,
        kind: Kind,
        now: Timestamp,
        fresh: impl FnOnce() -> Id,
    ) -> bool {
        let at = self.comments.iter().position(|c| &c.anchor() == anchor);
        let changed = match (at, text.trim().is_empty()) {
            (Some(i), true) => {
                self.comments.remove(i);
                true
            }
            (Some(i), false) => {
                let c = &mut self.comments[i];
                let changed = c.text != text || c.kind != kind;
                if changed {
                    (c.text, c.kind, c.updated_at) = (text.to_owned(), kind, now);
                }
                changed
            }
            (None, false) if self.comments.len() < MAX_COMMENTS => {
                let (block, part) = match anchor.place {
                    Some(Place::Block(b)) => (Some(b), None),
                    Some(Place::Part(p)) => (None, Some(p)),
                    None => (None, None),
                };
                self.comments.push(Comment {
                    id: fresh(),
                    block,
                    part,
                    item: anchor.item.clone(),
                    kind,
                    text: text.to_owned(),
                    created_at: now,
                    updated_at: now,
                    done: false,
                    reply: None,
                });
                true
            }
            _ => false,
        };
        if changed {
            self.updated_at = now;
            self.enforce_limits();
        }
        changed
    }

    /// Removes one comment. Returns whether it was there.
    pub fn remove(&mut self, comment: &Id, now: Timestamp) -> bool {
        let before = self.comments.len();
        self.comments.retain(|c| &c.id != comment);
        let removed = self.comments.len() != before;
        if removed {
            self.updated_at = now;
        }
        removed
    }

    pub fn enforce_limits(&mut self) {
        truncate_chars(&mut self.project_title, MAX_TEXT_CHARS);
        truncate_chars(&mut self.author, MAX_TEXT_CHARS);
        self.comments.truncate(MAX_COMMENTS);
        for c in &mut self.comments {
            truncate_chars(&mut c.text, MAX_TEXT_CHARS);
            if let Some(r) = &mut c.reply {
                truncate_chars(&mut r.text, MAX_TEXT_CHARS);
            }
        }
    }

    /// What is wrong with it, if anything, in the file format's terms.
    pub fn problem(&self) -> Option<String> {
        let long = |s: &str| s.chars().count() > MAX_TEXT_CHARS;
        if long(&self.project_title) || long(&self.author) {
            return Some("a text of the feedback is too long".into());
        }
        if self.comments.len() > MAX_COMMENTS {
            return Some(format!("more than {MAX_COMMENTS} comments"));
        }
        let mut ids = HashSet::new();
        for c in &self.comments {
            if !ids.insert(&c.id) {
                return Some(format!("the comment id {} is used twice", c.id));
            }
            if long(&c.text) || c.reply.as_ref().is_some_and(|r| long(&r.text)) {
                return Some("a comment is too long".into());
            }
            if c.block.is_some() && c.part.is_some() {
                return Some(format!("the comment {} names a block and a part", c.id));
            }
            if c.item.is_some() && c.block.is_none() && c.part.is_none() {
                return Some(format!("the comment {} names an item but no place", c.id));
            }
        }
        None
    }
}

/// A creator's answer on a comment they received: their reply (empty text
/// removes it) and whether it is done. Returns whether anything changed.
pub fn answer(
    list: &mut [Feedback],
    comment: &Id,
    reply: Option<&str>,
    done: Option<bool>,
    now: Timestamp,
) -> bool {
    let Some(c) = list
        .iter_mut()
        .flat_map(|f| f.comments.iter_mut())
        .find(|c| &c.id == comment)
    else {
        return false;
    };
    let mut changed = false;
    if let Some(done) = done.filter(|d| *d != c.done) {
        c.done = done;
        changed = true;
    }
    if let Some(text) = reply {
        let mut text = text.to_owned();
        truncate_chars(&mut text, MAX_TEXT_CHARS);
        let new = (!text.trim().is_empty()).then_some(Reply { text, at: now });
        if new.as_ref().map(|r| &r.text) != c.reply.as_ref().map(|r| &r.text) {
            c.reply = new;
            changed = true;
        }
    }
    changed
}

/// Feedback a creator received for one project: one per author. A newer
/// file from the same author replaces the mentor's side (which comments,
/// their places, texts and kinds) and keeps the creator's (done, replies);
/// an older one changes nothing. Returns whether it was taken.
pub fn receive(list: &mut Vec<Feedback>, mut incoming: Feedback) -> bool {
    let Some(f) = list.iter_mut().find(|f| f.author == incoming.author) else {
        list.push(incoming);
        return true;
    };
    if incoming.updated_at < f.updated_at {
        return false;
    }
    for c in &mut incoming.comments {
        let mine = f.comments.iter().find(|m| m.id == c.id);
        (c.done, c.reply) = mine.map_or((false, None), |m| (m.done, m.reply.clone()));
    }
    *f = incoming;
    true
}

/// A mentor takes the creator's answers (done, replies) on the comments
/// of `draft` from the feedback the creator sent back; a reply older than
/// the one already here (an older file) is not taken back. Returns how
/// many comments changed.
pub fn take_answers(draft: &mut Feedback, answered: &[Feedback]) -> usize {
    let mut changed = 0;
    for c in &mut draft.comments {
        let theirs = answered
            .iter()
            .filter(|f| f.project == draft.project)
            .flat_map(|f| &f.comments)
            .find(|a| a.id == c.id);
        let older = |a: &Comment| matches!((&a.reply, &c.reply), (Some(t), Some(m)) if t.at < m.at);
        let theirs = theirs.filter(|a| !older(a));
        if let Some(a) = theirs.filter(|a| (a.done, &a.reply) != (c.done, &c.reply)) {
            (c.done, c.reply) = (a.done, a.reply.clone());
            changed += 1;
        }
    }
    changed
}

/// What an item of a project is called: the user's own text, or a
/// built-in criterion's name (the screens translate it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    Text(String),
    Criterion(Criterion),
}

/// Every item of a project a comment can be about, with its place and
/// label, in the order the screens show them: the canvas's notes, then
/// the tools' items part by part.
pub fn items(p: &Project) -> Vec<(Place, Id, Label)> {
    items_in(p, None)
}

/// The items of one place only (all of them for `None`): what a list of
/// comments beside one block or part needs, without copying the rest of
/// the project at each keystroke.
pub fn items_in(p: &Project, only: Option<Place>) -> Vec<(Place, Id, Label)> {
    let want = |place: Place| only.is_none_or(|o| o == place);
    let text = |s: &str| Label::Text(s.to_owned());
    let mut out: Vec<(Place, Id, Label)> = p
        .canvas
        .all_notes()
        .filter(|(b, _)| want(Place::Block(*b)))
        .map(|(b, n)| (Place::Block(b), n.id.clone(), text(&n.text)))
        .collect();
    let mut add = |part: Part, id: &Id, label: Label| {
        if want(Place::Part(part)) {
            out.push((Place::Part(part), id.clone(), label));
        }
    };
    for profile in &p.fit.profiles {
        let segment = p.canvas.all_notes().find(|(_, n)| n.id == profile.segment);
        add(
            Part::Fit,
            &profile.segment,
            text(segment.map_or("", |(_, n)| &n.text)),
        );
        profile
            .audience
            .iter()
            .for_each(|i| add(Part::Fit, &i.id, text(&i.text)));
        profile
            .offer
            .iter()
            .for_each(|i| add(Part::Fit, &i.id, text(&i.text)));
    }
    let f = &p.feasibility;
    f.assumptions
        .iter()
        .for_each(|a| add(Part::Assumptions, &a.id, text(&a.text)));
    for a in &f.assumptions {
        a.tests
            .iter()
            .for_each(|t| add(Part::Tests, &t.id, text(&t.hypothesis)));
    }
    // The criteria the screen shows, scored or not, group by group.
    for group in Group::ALL {
        for c in f.scorecard.criteria(*group, p.discipline) {
            match c {
                CriterionRef::Builtin(c) => {
                    if let Some(id) = Id::parse(c.key()) {
                        add(Part::Scorecard, &id, Label::Criterion(c));
                    }
                }
                CriterionRef::Custom(id) => {
                    let name = f.scorecard.custom.iter().find(|x| x.id == id);
                    add(Part::Scorecard, &id, text(name.map_or("", |x| &x.name)));
                }
            }
        }
    }
    f.risks
        .iter()
        .for_each(|r| add(Part::Risks, &r.id, text(&r.text)));
    f.mvp
        .milestones
        .iter()
        .for_each(|m| add(Part::Mvp, &m.id, text(&m.name)));
    let d = &p.diffusion;
    d.timeline
        .iter()
        .for_each(|m| add(Part::Timeline, &m.id, text(&m.title)));
    d.channels
        .iter()
        .for_each(|c| add(Part::Channels, &c.id, text(&c.name)));
    d.budget
        .iter()
        .for_each(|b| add(Part::Budget, &b.id, text(&b.label)));
    d.funding
        .iter()
        .for_each(|b| add(Part::Budget, &b.id, text(&b.name)));
    d.kpis
        .iter()
        .for_each(|k| add(Part::Kpis, &k.id, text(&k.name)));
    d.rights
        .iter()
        .for_each(|r| add(Part::Rights, &r.id, text(&r.right)));
    d.revenues
        .iter()
        .for_each(|r| add(Part::Rights, &r.id, text(&r.text)));
    out
}

/// What a comment's anchor names in the project as it is now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    Project,
    Place(Place),
    Item(Place, Label),
    /// The item it was about is no longer in the project.
    Gone(Place),
}

fn same_kind(a: Place, b: Place) -> bool {
    matches!((a, b), (Place::Block(_), Place::Block(_)))
}

/// Where a comment's anchor is now: a note's current block, else its
/// place as written.
pub fn place_now(p: &Project, anchor: &Anchor) -> Option<Place> {
    match (anchor.place, &anchor.item) {
        (Some(Place::Block(b)), Some(id)) => Some(Place::Block(
            p.canvas
                .all_notes()
                .find(|(_, n)| &n.id == id)
                .map_or(b, |(at, _)| at),
        )),
        (place, _) => place,
    }
}

pub fn subject(items: &[(Place, Id, Label)], anchor: &Anchor) -> Subject {
    match (anchor.place, &anchor.item) {
        (None, _) => Subject::Project,
        (Some(place), None) => Subject::Place(place),
        // A note may have moved to another block since: it is found there.
        (Some(place), Some(id)) => items
            .iter()
            .find(|(p, i, _)| i == id && (*p == place || same_kind(*p, place)))
            .map_or(Subject::Gone(place), |(p, _, l)| {
                Subject::Item(*p, l.clone())
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::diffusion::BudgetLine;
    use crate::model::Note;

    fn id(s: &str) -> Id {
        Id::parse(s).unwrap()
    }

    fn on_channels() -> Anchor {
        Anchor::place(Place::Block(Block::Channels))
    }

    #[test]
    fn one_comment_per_place_set_changed_and_cleared() {
        let mut f = Feedback::new(id("p"), "Kola".into(), Timestamp(0));
        let set = |f: &mut Feedback, a: &Anchor, text: &str, kind, at, new: &str| {
            let new = id(new);
            f.set_comment(a, text, kind, Timestamp(at), || new)
        };
        assert!(set(
            &mut f,
            &on_channels(),
            "Add radio",
            Kind::ToDo,
            1,
            "c1"
        ));
        assert!(set(
            &mut f,
            &Anchor::PROJECT,
            "Strong pitch",
            Kind::Info,
            2,
            "c2"
        ));
        assert!(!set(
            &mut f,
            &on_channels(),
            "Add radio",
            Kind::ToDo,
            3,
            "x"
        ));
        assert!(set(&mut f, &on_channels(), "Add radio", Kind::Info, 4, "x"));
        assert!(set(
            &mut f,
            &on_channels(),
            "Add radio and TV",
            Kind::Info,
            5,
            "x"
        ));
        let c = f.comment(&on_channels()).unwrap();
        assert_eq!(
            (c.id.as_str(), c.text.as_str(), c.kind, c.updated_at),
            ("c1", "Add radio and TV", Kind::Info, Timestamp(5))
        );
        assert_eq!(f.comment(&Anchor::PROJECT).unwrap().text, "Strong pitch");
        // An item of the same place is a place of its own.
        let note = Anchor::item(Place::Block(Block::Channels), id("n1"));
        assert!(set(&mut f, &note, "Which station?", Kind::ToDo, 6, "c3"));
        assert_eq!(f.comments.len(), 3);
        assert!(set(&mut f, &on_channels(), "  ", Kind::ToDo, 7, "x"));
        assert!(f.comment(&on_channels()).is_none());
        assert_eq!(f.comment(&note).unwrap().id, id("c3"));
        assert!(!set(
            &mut f,
            &Anchor::place(Place::Block(Block::CostStructure)),
            "",
            Kind::ToDo,
            8,
            "x"
        ));
        assert_eq!(f.updated_at, Timestamp(7));
        assert!(f.remove(&id("c3"), Timestamp(9)));
        assert!(!f.remove(&id("c3"), Timestamp(10)));
    }

    #[test]
    fn anchor_keys_read_back() {
        for a in [
            Anchor::PROJECT,
            on_channels(),
            Anchor::place(Place::Part(Part::Channels)),
            Anchor::item(Place::Part(Part::Budget), id("line-1")),
            Anchor::item(Place::Block(Block::KeyPartners), id("n_2")),
        ] {
            assert_eq!(Anchor::from_key(&a.key()), Some(a));
        }
        for bad in [
            "",
            "block",
            "block:nowhere",
            "part:budget:not an id",
            "part:budget:a:b",
        ] {
            assert_eq!(Anchor::from_key(bad), None, "{bad}");
        }
    }

    fn mentor(author: &str, comments: &[(&str, &str)]) -> Feedback {
        let mut f = Feedback::new(id("p"), "Kola".into(), Timestamp(0));
        f.author = author.into();
        for (i, (c, text)) in comments.iter().enumerate() {
            let a = Anchor::item(Place::Part(Part::Risks), id(&format!("r{i}")));
            f.set_comment(&a, text, Kind::ToDo, Timestamp(1), || id(c));
        }
        f
    }

    #[test]
    fn the_creator_answers_and_a_newer_file_keeps_the_answers() {
        let mut list = Vec::new();
        receive(
            &mut list,
            mentor("Awa", &[("c1", "Test it"), ("c2", "Who pays?")]),
        );
        receive(&mut list, mentor("Kofi", &[("k1", "Bravo")]));
        assert_eq!(list.len(), 2, "two mentors are kept apart");
        assert!(answer(
            &mut list,
            &id("c1"),
            Some("Done on Monday"),
            Some(true),
            Timestamp(5)
        ));
        assert!(!answer(
            &mut list,
            &id("c1"),
            Some("Done on Monday"),
            Some(true),
            Timestamp(6)
        ));
        assert!(!answer(
            &mut list,
            &id("nowhere"),
            None,
            Some(true),
            Timestamp(6)
        ));
        assert!(list[0].comments[0].done);
        assert!(!list[0].comments[0].open());
        assert!(list[0].comments[1].open());
        // Awa's newer file: c1's text changed, c2 removed, c3 added.
        let mut newer = mentor("Awa", &[("c1", "Test it twice"), ("c3", "Price?")]);
        newer.comments[0].done = false;
        receive(&mut list, newer.clone());
        let awa = &list[0];
        assert_eq!(awa.comments.len(), 2);
        assert_eq!(awa.comments[0].text, "Test it twice");
        assert!(awa.comments[0].done, "the creator's side is the creator's");
        assert_eq!(
            awa.comments[0].reply.as_ref().unwrap().text,
            "Done on Monday"
        );
        // The same file again changes nothing.
        let before = list.clone();
        receive(&mut list, newer);
        assert_eq!(list, before);
        // An older file from the same mentor changes nothing.
        let mut old = mentor("Awa", &[("c1", "Test it")]);
        old.updated_at = Timestamp(0);
        list[0].updated_at = Timestamp(1);
        let before = list.clone();
        assert!(!receive(&mut list, old));
        assert_eq!(list, before);
        // An empty reply removes it.
        assert!(answer(&mut list, &id("c1"), Some(" "), None, Timestamp(7)));
        assert_eq!(list[0].comments[0].reply, None);
    }

    #[test]
    fn the_mentor_takes_the_answers_on_their_own_comments() {
        let mut draft = mentor("Awa", &[("c1", "Test it"), ("c2", "Who pays?")]);
        let mut sent = vec![draft.clone(), mentor("Kofi", &[("k1", "Bravo")])];
        answer(
            &mut sent,
            &id("c2"),
            Some("The festival"),
            Some(true),
            Timestamp(4),
        );
        answer(&mut sent, &id("k1"), Some("Thanks"), None, Timestamp(4));
        assert_eq!(take_answers(&mut draft, &sent), 1);
        assert_eq!(take_answers(&mut draft, &sent), 0, "twice changes nothing");
        let c2 = &draft.comments[1];
        assert!(c2.done);
        assert_eq!(c2.reply.as_ref().unwrap().text, "The festival");
        assert!(!draft.comments[0].done);
        // An older answers file does not take a reply back.
        let mut old = sent.clone();
        old[0].comments[1].reply.as_mut().unwrap().at = Timestamp(1);
        old[0].comments[1].reply.as_mut().unwrap().text = "Earlier".into();
        assert_eq!(take_answers(&mut draft, &old), 0);
        assert_eq!(
            draft.comments[1].reply.as_ref().unwrap().text,
            "The festival"
        );
        // Another project's answers are not taken.
        let mut elsewhere = sent.clone();
        elsewhere[0].project = id("q");
        elsewhere[0].comments[0].done = true;
        assert_eq!(take_answers(&mut draft, &elsewhere[..1]), 0);
    }

    #[test]
    fn problems_are_found() {
        let mut f = mentor("Awa", &[("c", "a"), ("c", "b")]);
        assert!(f.problem().unwrap().contains("twice"));
        f.comments[1].id = id("d");
        assert_eq!(f.problem(), None);
        f.comments[1].text = "x".repeat(MAX_TEXT_CHARS + 1);
        assert!(f.problem().is_some());
        f.enforce_limits();
        assert_eq!(f.problem(), None);
        f.comments[1].block = Some(Block::Channels);
        assert!(f.problem().unwrap().contains("a block and a part"));
        (f.comments[1].block, f.comments[1].part) = (None, None);
        assert!(f.problem().unwrap().contains("no place"));
        f.comments[1].item = None;
        assert_eq!(f.problem(), None);
        f.comments[1].reply = Some(Reply {
            text: "y".repeat(MAX_TEXT_CHARS + 1),
            at: Timestamp(1),
        });
        assert!(f.problem().is_some());
    }

    #[test]
    fn subjects_name_the_item_or_say_it_is_gone() {
        let mut p = Project::new(id("p"), "Kola", Timestamp(0));
        assert!(p
            .canvas
            .add_note(Block::Channels, Note::new(id("n1"), "Radio", Timestamp(1))));
        p.diffusion.budget.push(BudgetLine {
            id: id("b1"),
            group: Default::default(),
            label: "Festival fees".into(),
            amount: None,
            funding: None,
        });
        let items = items(&p);
        let budget = Place::Part(Part::Budget);
        assert_eq!(
            subject(&items, &Anchor::item(budget, id("b1"))),
            Subject::Item(budget, Label::Text("Festival fees".into()))
        );
        let channels = Place::Block(Block::Channels);
        assert_eq!(
            subject(&items, &Anchor::item(channels, id("n1"))),
            Subject::Item(channels, Label::Text("Radio".into()))
        );
        // The same id in another place is not that item.
        assert_eq!(
            subject(&items, &Anchor::item(budget, id("n1"))),
            Subject::Gone(budget)
        );
        assert_eq!(
            subject(&items, &Anchor::place(budget)),
            Subject::Place(budget)
        );
        assert_eq!(subject(&items, &Anchor::PROJECT), Subject::Project);
        // A note moved to another block is found there.
        let note = Anchor::item(Place::Block(Block::KeyPartners), id("n1"));
        assert_eq!(place_now(&p, &note), Some(channels));
        assert_eq!(
            subject(&items, &note),
            Subject::Item(channels, Label::Text("Radio".into()))
        );
        // One place's items are those of the whole list in that place.
        let of_budget: Vec<_> = items
            .iter()
            .filter(|(at, _, _)| *at == budget)
            .cloned()
            .collect();
        assert_eq!(items_in(&p, Some(budget)), of_budget);
        assert_eq!(items_in(&p, Some(channels)).len(), 1);
        // Every criterion the screen shows, scored or not.
        let scorecard = Place::Part(Part::Scorecard);
        let criteria: Vec<&Label> = items
            .iter()
            .filter(|(at, _, _)| *at == scorecard)
            .map(|(_, _, l)| l)
            .collect();
        let shown: usize = Group::ALL
            .iter()
            .map(|g| Criterion::of(*g, p.discipline).count())
            .sum();
        assert_eq!(criteria.len(), shown);
        assert!(criteria.iter().all(|l| matches!(l, Label::Criterion(_))));
    }
}
