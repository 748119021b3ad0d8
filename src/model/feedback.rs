//! Feedback a facilitator writes on a participant's project: comments on
//! blocks of the canvas or on the whole project. It travels as its own
//! file and is kept apart from the project, so reading it never touches
//! the creator's work.

use super::project::truncate_chars;
use super::{Block, Id, Timestamp, MAX_TEXT_CHARS};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Most comments one feedback may carry.
pub const MAX_COMMENTS: usize = 500;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    pub id: Id,
    /// The block it is about; `None` for the project as a whole.
    #[serde(default)]
    pub block: Option<Block>,
    pub text: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    /// The project it is about, and its title when the feedback was written.
    pub project: Id,
    pub project_title: String,
    /// Who wrote it.
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

    /// The comment on a block (or the overall one), if written.
    pub fn comment(&self, block: Option<Block>) -> Option<&Comment> {
        self.comments.iter().find(|c| c.block == block)
    }

    /// Sets the one comment a facilitator writes per block (or overall):
    /// empty text removes it. Returns whether anything changed.
    pub fn set_comment(
        &mut self,
        block: Option<Block>,
        text: &str,
        now: Timestamp,
        fresh: impl FnOnce() -> Id,
    ) -> bool {
        let at = self.comments.iter().position(|c| c.block == block);
        let changed = match (at, text.trim().is_empty()) {
            (Some(i), true) => {
                self.comments.remove(i);
                true
            }
            (Some(i), false) if self.comments[i].text != text => {
                self.comments[i].text = text.to_owned();
                self.comments[i].updated_at = now;
                true
            }
            (None, false) if self.comments.len() < MAX_COMMENTS => {
                self.comments.push(Comment {
                    id: fresh(),
                    block,
                    text: text.to_owned(),
                    created_at: now,
                    updated_at: now,
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

    /// Removes one comment (a creator dismissing it).
    pub fn dismiss(&mut self, comment: &Id) -> bool {
        let before = self.comments.len();
        self.comments.retain(|c| &c.id != comment);
        self.comments.len() != before
    }

    pub fn enforce_limits(&mut self) {
        truncate_chars(&mut self.project_title, MAX_TEXT_CHARS);
        truncate_chars(&mut self.author, MAX_TEXT_CHARS);
        self.comments.truncate(MAX_COMMENTS);
        for c in &mut self.comments {
            truncate_chars(&mut c.text, MAX_TEXT_CHARS);
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
            if long(&c.text) {
                return Some("a comment is too long".into());
            }
        }
        None
    }
}

/// Feedback a creator received for one project: one per author, the
/// latest import replacing the earlier one from the same author.
pub fn receive(list: &mut Vec<Feedback>, incoming: Feedback) {
    match list.iter_mut().find(|f| f.author == incoming.author) {
        Some(f) => *f = incoming,
        None => list.push(incoming),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Id {
        Id::parse(s).unwrap()
    }

    #[test]
    fn one_comment_per_block_set_changed_and_cleared() {
        let mut f = Feedback::new(id("p"), "Kola".into(), Timestamp(0));
        assert!(
            f.set_comment(Some(Block::Channels), "Add radio", Timestamp(1), || id(
                "c1"
            ))
        );
        assert!(f.set_comment(None, "Strong pitch", Timestamp(2), || id("c2")));
        assert!(!f.set_comment(Some(Block::Channels), "Add radio", Timestamp(3), || id("x")));
        assert!(f.set_comment(
            Some(Block::Channels),
            "Add radio and TV",
            Timestamp(4),
            || id("x")
        ));
        let c = f.comment(Some(Block::Channels)).unwrap();
        assert_eq!(
            (c.id.as_str(), c.text.as_str(), c.updated_at),
            ("c1", "Add radio and TV", Timestamp(4))
        );
        assert_eq!(f.comment(None).unwrap().text, "Strong pitch");
        assert!(f.set_comment(Some(Block::Channels), "  ", Timestamp(5), || id("x")));
        assert!(f.comment(Some(Block::Channels)).is_none());
        assert!(!f.set_comment(Some(Block::CostStructure), "", Timestamp(6), || id("x")));
        assert_eq!(f.updated_at, Timestamp(5));
    }

    #[test]
    fn dismissing_and_receiving() {
        let mut f = Feedback::new(id("p"), "Kola".into(), Timestamp(0));
        f.author = "Awa".into();
        f.set_comment(None, "Good", Timestamp(1), || id("c1"));
        let mut list = Vec::new();
        receive(&mut list, f.clone());
        let mut other = f.clone();
        other.author = "Kofi".into();
        receive(&mut list, other);
        let mut newer = f.clone();
        newer.set_comment(None, "Very good", Timestamp(2), || id("c9"));
        receive(&mut list, newer);
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].comments[0].text, "Very good");
        assert!(list[0].dismiss(&id("c1")));
        assert!(!list[0].dismiss(&id("c1")));
    }

    #[test]
    fn problems_are_found() {
        let mut f = Feedback::new(id("p"), "Kola".into(), Timestamp(0));
        f.set_comment(None, "a", Timestamp(1), || id("c"));
        f.set_comment(Some(Block::Channels), "b", Timestamp(1), || id("c"));
        assert!(f.problem().unwrap().contains("twice"));
        f.comments[1].id = id("d");
        assert_eq!(f.problem(), None);
        f.comments[1].text = "x".repeat(MAX_TEXT_CHARS + 1);
        assert!(f.problem().is_some());
        f.enforce_limits();
        assert_eq!(f.problem(), None);
    }
}
