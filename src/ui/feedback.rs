//! Feedback both ways. The mentor writes comments on any part of a cohort
//! project (stored as `canevas.feedback.<project id>`) and exports them as
//! a `canevas-feedback` file; the creator imports that file with the usual
//! Import button and sees each comment beside its part in their own
//! project, and all of them on its Comments screen (stored as
//! `canevas.received.<project id>`). The creator replies and marks
//! comments done, and exports the answers; the mentor imports them and
//! sees them beside their comments. Neither side's project is ever changed.

use crate::format::exchange::{export_feedback, import_feedback, read_received, store_received};
use crate::i18n::{or, place_name, Strings};
use crate::model::feedback::{
    self, items, items_in, subject, Anchor, Comment, Feedback, Kind, Label, Subject,
};
use crate::model::place::Place;
use crate::model::project::truncate_chars;
use crate::model::MAX_TEXT_CHARS;
use crate::model::{Block, Id, Project};
use crate::route::Route;
use crate::storage::local::Local;
use crate::storage::Backend;
use crate::storage::{read_record, LoadProblem};
use crate::ui::dom::{data_of, el, host, El};
use crate::ui::intl;
use crate::ui::state::{by_id, now, random_id, use_app, AppState};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use wasm_bindgen::JsCast;

pub const DRAFT_PREFIX: &str = "canevas.feedback.";
pub const RECEIVED_PREFIX: &str = "canevas.received.";
const AUTHOR_KEY: &str = "canevas.facilitator.name";

#[derive(Clone, Copy)]
pub struct FeedbackStore {
    drafts: RwSignal<HashMap<Id, Feedback>>,
    received: RwSignal<HashMap<Id, Vec<Feedback>>>,
    author: RwSignal<String>,
    /// Keys holding records this version could not read and could not set
    /// aside (a newer version's): never written over until a reload.
    locked: StoredValue<HashSet<String>>,
    app: AppState,
}

thread_local! {
    static STORE: std::cell::Cell<Option<FeedbackStore>> = const { std::cell::Cell::new(None) };
}

/// Tells the user about a facilitator record that could not be read.
/// Returns whether it is still under its key (a newer version's, or no
/// room to set it aside), so that it must not be written over.
pub(crate) fn report_record(app: AppState, problem: LoadProblem) -> bool {
    if problem.keeps_key() {
        app.say(true, |t| t.facilitation.records_locked.to_owned());
        true
    } else {
        app.report(problem);
        false
    }
}

pub fn feedback_store() -> FeedbackStore {
    STORE
        .with(std::cell::Cell::get)
        .expect("the feedback store is installed with the app")
}

impl FeedbackStore {
    pub fn install() {
        let app = use_app();
        let (mut drafts, mut received) = (HashMap::new(), HashMap::new());
        let mut author = String::new();
        let mut locked = HashSet::new();
        if let Some(mut l) = Local::open() {
            let t = now();
            for key in l.keys().unwrap_or_default() {
                // A record that cannot be read is set aside before the next
                // edit could write over it; one from a newer version stays
                // and is not written over until a reload.
                let read = if key.starts_with(DRAFT_PREFIX) {
                    read_record(&mut l, &key, t, |raw| import_feedback(raw.as_bytes())).map(
                        |list| {
                            for f in list.into_iter().flatten() {
                                drafts.insert(f.project.clone(), f);
                            }
                        },
                    )
                } else if let Some(id) = key.strip_prefix(RECEIVED_PREFIX).and_then(Id::parse) {
                    read_record(&mut l, &key, t, read_received)
                        .map(|list| list.map(|list| received.insert(id, list)))
                        .map(drop)
                } else {
                    if key == AUTHOR_KEY {
                        author = l.get(&key).ok().flatten().unwrap_or_default();
                    }
                    Ok(())
                };
                if let Err(problem) = read {
                    if report_record(app, problem) {
                        locked.insert(key);
                    }
                }
            }
        }
        let store = FeedbackStore {
            drafts: RwSignal::new(drafts),
            received: RwSignal::new(received),
            author: RwSignal::new(author),
            locked: StoredValue::new(locked),
            app,
        };
        STORE.with(|s| s.set(Some(store)));
    }

    fn write(&self, key: &str, value: Option<String>) {
        if self.locked.with_value(|l| l.contains(key)) {
            self.app
                .say(true, |t| t.facilitation.records_locked.to_owned());
            return;
        }
        let ok = Local::open().is_some_and(|mut l| match &value {
            Some(v) => l.set(key, v).is_ok(),
            None => l.remove(key).is_ok(),
        });
        if !ok {
            self.app.say(true, |t| t.not_saved_other.to_owned());
        }
    }

    /// How many comments the facilitator wrote on cohort project `id`
    /// (tracked: the cohort card shows it).
    pub fn written_on(&self, id: &Id) -> usize {
        self.drafts
            .with(|d| d.get(id).map_or(0, |f| f.comments.len()))
    }

    /// The feedback this browser received on project `id` (tracked).
    pub fn received_on(&self, id: &Id) -> Vec<Feedback> {
        self.received
            .with(|r| r.get(id).cloned())
            .unwrap_or_default()
    }

    /// The mentor writes (or clears, with empty text) the comment on a
    /// place or item of a cohort project, or the overall one.
    pub fn set_comment(&self, project: &Id, title: &str, on: &Anchor, text: &str, kind: Kind) {
        let t = now();
        let author = self.author.get_untracked();
        let mut changed = false;
        self.drafts.update(|d| {
            let f = d
                .entry(project.clone())
                .or_insert_with(|| Feedback::new(project.clone(), title.to_owned(), t));
            f.project_title = title.to_owned();
            f.author = author;
            changed = f.set_comment(on, text, kind, t, random_id);
        });
        if changed {
            self.save_draft(project);
        }
    }

    fn save_draft(&self, project: &Id) {
        let f = self.drafts.with_untracked(|d| d.get(project).cloned());
        let text = f.map(|f| export_feedback(&[f], now()));
        self.write(&format!("{DRAFT_PREFIX}{project}"), text);
    }

    /// The mentor deletes one of their comments.
    pub fn remove_comment(&self, project: &Id, comment: &Id) {
        let mut removed = None;
        self.drafts.update(|d| {
            let Some(f) = d.get_mut(project) else { return };
            let on = f
                .comments
                .iter()
                .find(|c| &c.id == comment)
                .map(Comment::anchor);
            if f.remove(comment, now()) {
                removed = on;
            }
        });
        if let Some(on) = removed {
            sync_field(&on, "");
            self.save_draft(project);
            self.app
                .say(false, |t| t.facilitator().comment_deleted.to_owned());
        }
    }

    pub fn set_author(&self, mut name: String) {
        // A longer name would make feedback files that do not import.
        truncate_chars(&mut name, MAX_TEXT_CHARS);
        self.author.set(name.clone());
        self.write(AUTHOR_KEY, Some(name));
    }

    /// The mentor's comment on a place (its text and kind), if written.
    pub fn draft_comment(&self, project: &Id, on: &Anchor) -> Option<(String, Kind)> {
        self.drafts.with_untracked(|d| {
            d.get(project)
                .and_then(|f| f.comment(on))
                .map(|c| (c.text.clone(), c.kind))
        })
    }

    pub fn export(&self, project: &Id) {
        let Some(mut f) = self.drafts.with_untracked(|d| d.get(project).cloned()) else {
            return;
        };
        f.author = self.author.get_untracked();
        truncate_chars(&mut f.author, MAX_TEXT_CHARS);
        let t = now();
        let name = crate::format::file_name(&format!("feedback {}", f.project_title), t);
        crate::ui::files::download(&name, &export_feedback(&[f], t));
    }

    /// A feedback file came in: on the facilitator's page, about a project
    /// the mentor commented on, it brings the team's answers (through the
    /// page, so the creator's download leaves that out); else a mentor's
    /// comments on one of this browser's projects.
    pub fn incoming(&self, list: Vec<Feedback>) {
        let project = list.first().map(|f| f.project.clone());
        let mine = project.is_some_and(|id| self.drafts.with_untracked(|d| d.contains_key(&id)));
        match crate::ui::page::facilitator() {
            Some(f) if mine => (f.import_answers)(list),
            _ => self.receive(list),
        }
    }

    /// The mentor takes a team's answers (`feedback::take_answers`).
    pub fn take_answers(&self, list: Vec<Feedback>) {
        let Some(project) = list.first().map(|f| f.project.clone()) else {
            return;
        };
        let mut changed = None;
        self.drafts.update(|d| {
            changed = d.get_mut(&project).map(|draft| {
                (
                    feedback::take_answers(draft, &list),
                    draft.project_title.clone(),
                )
            });
        });
        match changed {
            Some((n, title)) if n > 0 => {
                self.save_draft(&project);
                self.app.say(false, move |t| {
                    (t.facilitator().answers_taken)(intl::count(t.lang, n), &title)
                });
            }
            found => {
                let title = found.map_or_else(|| list[0].project_title.clone(), |(_, t)| t);
                self.app
                    .say(false, move |t| (t.facilitator().no_new_answers)(&title));
            }
        }
    }

    /// A creator imports a mentor's feedback: kept beside the project if
    /// it is here.
    fn receive(&self, list: Vec<Feedback>) {
        let Some(first) = list.first() else { return };
        let here = self
            .app
            .session
            .with_untracked(|s| s.project(&first.project).map(|p| p.title.clone()));
        let Some(title) = here else {
            let title = first.project_title.clone();
            self.app
                .say(true, move |t| (t.facilitation.feedback_no_project)(&title));
            return;
        };
        let id = first.project.clone();
        // The mentors whose feedback was taken (an older one is not).
        let mut authors: Vec<String> = Vec::new();
        self.received.update(|r| {
            let mine = r.entry(id.clone()).or_default();
            for f in list {
                let author = f.author.clone();
                if feedback::receive(mine, f) {
                    authors.push(author);
                }
            }
        });
        if authors.is_empty() {
            self.app
                .say(false, move |t| (t.facilitation.feedback_older)(&title));
            return;
        }
        self.store_received(&id);
        self.app.say(false, move |t| {
            let names: Vec<String> = authors
                .iter()
                .map(|a| or(a, t.facilitation.anonymous))
                .collect();
            (t.facilitation.feedback_imported)(&names.join(", "), &title)
        });
    }

    fn store_received(&self, project: &Id) {
        let list = self
            .received
            .with_untracked(|r| r.get(project).cloned().unwrap_or_default());
        let key = format!("{RECEIVED_PREFIX}{project}");
        let value =
            (!list.iter().all(|f| f.comments.is_empty())).then(|| store_received(&list, now()));
        self.write(&key, value);
    }

    /// The creator marks a comment done (or to do again), or replies. A
    /// reply being typed is saved without redrawing the comments, so the
    /// field keeps its caret.
    fn answer(&self, project: &Id, comment: &Id, reply: Option<&str>, done: Option<bool>) {
        let change = |r: &mut HashMap<Id, Vec<Feedback>>| {
            r.get_mut(project)
                .is_some_and(|list| feedback::answer(list, comment, reply, done, now()))
        };
        let changed = if done.is_some() {
            let mut changed = false;
            self.received.update(|r| changed = change(r));
            changed
        } else {
            self.received.try_update_untracked(change).unwrap_or(false)
        };
        if changed {
            self.store_received(project);
        }
    }

    /// The creator's answers, as a file for the mentors.
    pub fn export_answers(&self, project: &Id) {
        let list = self.received.with_untracked(|r| r.get(project).cloned());
        let Some(list) = list.filter(|l| !l.is_empty()) else {
            return;
        };
        let t = now();
        let name = crate::format::file_name(&format!("answers {}", list[0].project_title), t);
        crate::ui::files::download(&name, &export_feedback(&list, t));
    }
}

/// What a comment is about, in words: "On Budget: “Festival fees”".
pub(crate) fn about(t: &'static Strings, s: &Subject) -> String {
    let f = t.facilitation;
    match s {
        Subject::Project => f.whole_project.to_owned(),
        Subject::Place(p) => place_name(t, *p).to_owned(),
        Subject::Item(p, l) => (f.on_item)(place_name(t, *p), &label_text(t, l)),
        Subject::Gone(p) => format!("{} · {}", place_name(t, *p), f.part_gone),
    }
}

/// The mentor's kind and the creator's status of a comment, in words.
pub(crate) fn status(t: &'static Strings, c: &Comment) -> &'static str {
    let f = t.facilitation;
    match (c.done, c.kind) {
        (true, _) => f.status_done,
        (false, Kind::ToDo) => f.kind_to_do,
        (false, Kind::Info) => f.kind_info,
    }
}

/// The team's reply under a comment, read-only (the mentor's side).
pub(crate) fn reply_shown(t: &'static Strings, c: &Comment) -> Option<El> {
    let r = c.reply.as_ref()?;
    let from = (t.facilitation.reply_from)(&intl::day(t.lang, r.at));
    Some(
        el("div")
            .class("feedback-reply")
            .child(el("p").class("feedback-meta").text(&from))
            .child(el("p").class("feedback-text").text(&r.text)),
    )
}

/// A block's (or the overall) comment field shows what the form or the
/// list just did to its comment: it is not redrawn while the mentor types.
fn sync_field(on: &Anchor, text: &str) {
    let block = match (on.place, &on.item) {
        (None, _) => None,
        (Some(Place::Block(b)), None) => Some(b),
        _ => return,
    };
    if let Some(a) = by_id::<web_sys::HtmlTextAreaElement>(&field_id(block)) {
        a.set_value(text);
    }
}

/// The id of a block's (or the overall) comment field.
fn field_id(block: Option<Block>) -> String {
    format!("feedback-{}", block.map_or("overall", Block::key))
}

/// The mentor's form shows the comment already written on what it is
/// about, with its kind, so that saving again changes it knowingly.
pub fn fill_comment_form(project: &Id) {
    let select = by_id::<web_sys::HtmlSelectElement>;
    let Some(on) = select("comment-about").and_then(|s| Anchor::from_key(&s.value())) else {
        return;
    };
    let (text, kind) = feedback_store()
        .draft_comment(project, &on)
        .unwrap_or_default();
    if let Some(k) = select("comment-kind") {
        k.set_value(kind.key());
    }
    if let Some(a) = by_id::<web_sys::HtmlTextAreaElement>("comment-text") {
        a.set_value(&text);
    }
}

/// The anchor of a block's comment field (`None`: the overall one).
pub fn block_anchor(block: Option<Block>) -> Anchor {
    block.map_or(Anchor::PROJECT, |b| Anchor::place(Place::Block(b)))
}

/// The mentor's comment field beside a block (or for the whole project)
/// of a cohort project, filled with what was written. Its input goes to
/// `FeedbackStore::set_comment` through the page (`data-comment`).
pub fn comment_field(t: &'static Strings, project: &Id, block: Option<Block>) -> El {
    let key = block.map_or("overall", Block::key);
    let field_id = field_id(block);
    let label = match block {
        Some(b) => (t.facilitator().feedback_on)((t.block)(b)),
        None => t.facilitator().overall_feedback.to_owned(),
    };
    let text = feedback_store()
        .draft_comment(project, &block_anchor(block))
        .map(|(text, _)| text)
        .unwrap_or_default();
    el("div")
        .class("field feedback-field edit-only")
        .attr("data-own-undo", "")
        .child(el("label").attr("for", &field_id).text(&label))
        .child(
            el("textarea")
                .attr("id", &field_id)
                .attr("rows", "2")
                .attr("maxlength", &MAX_TEXT_CHARS.to_string())
                .attr("data-comment", key)
                .value(&text),
        )
}

/// The mentor's name and the export button for one cohort project.
/// Its events go through the page: `data-author` (change) and
/// `data-action="export-feedback"` (click).
pub fn feedback_tools(t: &'static Strings, project: &Id) -> El {
    let store = feedback_store();
    let f = t.facilitator();
    let empty = store
        .drafts
        .with(|d| d.get(project).is_none_or(|f| f.comments.is_empty()));
    let export = el("button")
        .attr("type", "button")
        .attr("data-action", "export-feedback")
        .text(f.export_feedback);
    el("div")
        .class("feedback-tools edit-only")
        .attr("data-own-undo", "")
        .child(el("h2").text(f.feedback))
        .child(el("p").class("hint").text(f.feedback_hint))
        .child(
            el("div")
                .class("field")
                .child(el("label").attr("for", "feedback-author").text(f.your_name))
                .child(
                    el("input")
                        .attr("type", "text")
                        .attr("id", "feedback-author")
                        .attr("data-author", "")
                        .attr("maxlength", &MAX_TEXT_CHARS.to_string())
                        .value(&store.author.get_untracked()),
                ),
        )
        .child(if empty {
            export.attr("disabled", "")
        } else {
            export
        })
}

fn label_text(t: &'static Strings, l: &Label) -> String {
    match l {
        Label::Text(s) => or(s, t.untitled),
        Label::Criterion(c) => (t.feasibility.criterion_name)(*c).to_owned(),
    }
}

/// The mentor's form to comment on anything in project `p`: what it is
/// about (the project, any block or part, any of their items), whether it
/// is to do, and the text. Saved by `data-action="save-comment"`.
pub fn comment_anywhere(t: &'static Strings, p: &Project) -> El {
    let f = t.facilitator();
    let option = |a: &Anchor, words: &str| el("option").attr("value", &a.key()).text(words);
    let all = items(p);
    let places = Block::ALL
        .into_iter()
        .map(Place::Block)
        .chain(crate::model::place::Part::ALL.into_iter().map(Place::Part));
    let groups = places.map(|place| {
        let name = place_name(t, place);
        let of = all
            .iter()
            .filter(|(at, _, _)| *at == place)
            .map(|(_, id, l)| {
                option(
                    &Anchor::item(place, id.clone()),
                    &(f.quoted)(&label_text(t, l)),
                )
            });
        el("optgroup")
            .attr("label", name)
            .child(option(&Anchor::place(place), name))
            .children(of)
    });
    let field = |id: &str, label: &str, input: El| {
        el("div")
            .class("field")
            .child(el("label").attr("for", id).text(label))
            .child(input.attr("id", id))
    };
    let kinds = Kind::ALL.map(|k| {
        el("option")
            .attr("value", k.key())
            .text(if k == Kind::ToDo {
                f.kind_to_do
            } else {
                f.kind_info
            })
    });
    el("section")
        .class("comment-anywhere edit-only")
        .attr("data-own-undo", "")
        .attr("aria-labelledby", "comment-anywhere-title")
        .child(
            el("h2")
                .attr("id", "comment-anywhere-title")
                .text(f.comment_anywhere),
        )
        .child(el("p").class("hint").text(f.comment_anywhere_hint))
        .child(
            el("div")
                .class("comment-form")
                .child(field(
                    "comment-about",
                    f.comment_about,
                    el("select")
                        .attr("data-about", "")
                        .child(option(&Anchor::PROJECT, f.whole_project))
                        .children(groups),
                ))
                .child(field(
                    "comment-kind",
                    f.comment_kind,
                    el("select").children(kinds),
                )),
        )
        .child(field(
            "comment-text",
            f.comment_text,
            el("textarea")
                .attr("rows", "3")
                .attr("maxlength", &MAX_TEXT_CHARS.to_string()),
        ))
        .child(
            el("button")
                .attr("type", "button")
                .attr("data-action", "save-comment")
                .text(f.save_comment),
        )
}

/// Saves the comment of the mentor's form (`comment_anywhere`).
pub fn save_comment_form(project: &Project) {
    let chosen = |id: &str| by_id::<web_sys::HtmlSelectElement>(id).map(|s| s.value());
    let field = by_id::<web_sys::HtmlTextAreaElement>("comment-text");
    let (Some(on), Some(kind), Some(field)) = (
        chosen("comment-about")
            .as_deref()
            .and_then(Anchor::from_key),
        chosen("comment-kind").as_deref().and_then(Kind::from_key),
        field,
    ) else {
        return;
    };
    let text = field.value();
    if text.trim().is_empty() {
        let _ = field.focus();
        return;
    }
    let store = feedback_store();
    store.set_comment(&project.id, &project.title, &on, &text, kind);
    sync_field(&on, &text);
    field.set_value("");
    store
        .app
        .say(false, |t| t.facilitator().comment_saved.to_owned());
}

/// The mentor's comments on project `p`, each with what it is about and,
/// once imported, the team's reply and whether it is done. Deleted by
/// `data-delete`.
pub fn mentor_comments(t: &'static Strings, p: &Project) -> El {
    let f = t.facilitator();
    let all = items(p);
    let list: Vec<El> = feedback_store().drafts.with(|d| {
        d.get(&p.id)
            .into_iter()
            .flat_map(|fb| &fb.comments)
            .map(|c| {
                let about = about(t, &subject(&all, &c.anchor()));
                el("li")
                    .class("feedback-received")
                    .child(
                        el("p")
                            .class("feedback-meta")
                            .text(&format!("{about} · {}", status(t, c))),
                    )
                    .child(el("p").class("feedback-text").text(&c.text))
                    .children(reply_shown(t, c))
                    .child(
                        el("button")
                            .attr("type", "button")
                            .class("quiet small")
                            .attr("data-delete", c.id.as_str())
                            .attr("aria-label", &format!("{} – {about}", f.delete_comment))
                            .text(f.delete_comment),
                    )
            })
            .collect()
    });
    let body = if list.is_empty() {
        el("p").class("hint").text(f.no_comments_yet)
    } else {
        el("ul").class("feedback-list").children(list)
    };
    el("section")
        .class("mentor-comments")
        .attr("aria-labelledby", "your-comments-title")
        .child(
            el("h2")
                .attr("id", "your-comments-title")
                .text(f.your_comments),
        )
        .child(body)
}

/// Which received comments a list shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Those on one place and its items (`None`: on the whole project).
    At(Option<Place>),
    /// All, or those still to do, or those done (the Comments screen).
    All,
    ToDo,
    Done,
}

/// One received comment for the creator: who wrote it and when, what it is
/// about, the text, and the creator's answer (done, reply).
fn received_card(
    t: &'static Strings,
    fb: &Feedback,
    c: &Comment,
    about: Option<String>,
    go: Option<String>,
) -> El {
    let f = t.facilitation;
    let from = (f.feedback_from)(
        &or(&fb.author, f.anonymous),
        &intl::day(t.lang, c.updated_at),
    );
    let id = c.id.as_str();
    let reply_id = format!("reply-{id}");
    let mut meta = el("p")
        .class("feedback-meta")
        .text(&format!("{from} · {}", status(t, c)));
    if let Some(about) = about {
        meta = meta
            .child(el("br"))
            .child(el("span").class("feedback-about").text(&about));
    }
    // Each card's link, field and button are told apart by its text.
    let text_id = format!("text-{id}");
    if let Some(href) = go {
        meta = meta.text(" ").child(
            el("a")
                .attr("href", &href)
                .attr("aria-describedby", &text_id)
                .text(f.go_to_part),
        );
    }
    el("li")
        .class(if c.done {
            "feedback-received done"
        } else {
            "feedback-received"
        })
        .attr("aria-label", &from)
        .child(meta)
        .child(
            el("p")
                .class("feedback-text")
                .attr("id", &text_id)
                .text(&c.text),
        )
        .child(
            el("div")
                .class("field feedback-answer")
                .child(el("label").attr("for", &reply_id).text(f.your_reply))
                .child(
                    el("textarea")
                        .attr("id", &reply_id)
                        .attr("rows", "1")
                        .attr("maxlength", &MAX_TEXT_CHARS.to_string())
                        .attr("data-reply", id)
                        .attr("aria-describedby", &text_id)
                        .value(c.reply.as_ref().map_or("", |r| r.text.as_str())),
                ),
        )
        .child(
            el("button")
                .attr("type", "button")
                .class("quiet small")
                .attr("id", &format!("done-{id}"))
                .attr("data-done", id)
                .attr("aria-describedby", &text_id)
                .text(if c.done { f.mark_to_do } else { f.mark_done }),
        )
}

/// Comments a creator received on project `project`, as `shown` says,
/// each with its answer fields. Typing a reply saves it; Mark done marks it.
#[component]
pub fn ReceivedFeedback(project: Id, shown: Shown) -> impl IntoView {
    let app = use_app();
    let store = feedback_store();
    let on_input = {
        let project = project.clone();
        move |e: web_sys::Event| {
            let Some((id, el)) = data_of(&e, "reply") else {
                return;
            };
            if let (Some(id), Some(a)) =
                (Id::parse(&id), el.dyn_ref::<web_sys::HtmlTextAreaElement>())
            {
                store.answer(&project, &id, Some(&a.value()), None);
            }
        }
    };
    let on_click = {
        let project = project.clone();
        move |e: web_sys::MouseEvent| {
            let Some(id) = data_of(&e, "done").and_then(|(id, _)| Id::parse(&id)) else {
                return;
            };
            let done = store.received.with_untracked(|r| {
                r.get(&project)
                    .into_iter()
                    .flatten()
                    .flat_map(|f| &f.comments)
                    .any(|c| c.id == id && c.done)
            });
            // Under a filter the card goes: focus moves to the next card's
            // button (else the one before), else to the filter.
            let next = matches!(shown, Shown::ToDo | Shown::Done).then(|| {
                let shown: Vec<String> = e
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .map(|host| crate::ui::dom::all(&host, "[data-done]"))
                    .unwrap_or_default()
                    .iter()
                    .map(|b| b.id())
                    .collect();
                let mine = format!("done-{id}");
                shown
                    .iter()
                    .position(|b| *b == mine)
                    .and_then(|at| crate::ui::state::neighbour(&shown, at))
                    .cloned()
                    .unwrap_or_else(|| "filter-all".into())
            });
            store.answer(&project, &id, None, Some(!done));
            if let Some(next) = next {
                request_animation_frame(move || crate::ui::state::focus_by_id(&next));
            }
        }
    };
    view! {
        // Replies are outside the app's history: Ctrl+Z there is the field's.
        <div class="feedback-host" data-own-undo="" on:input=on_input on:click=on_click>
            {host("feedback-list", move || {
                let t = app.t();
                // A note's comment follows it to the block it moved to.
                let now_at = |c: &Comment| match c.anchor() {
                    a @ Anchor { place: Some(Place::Block(_)), item: Some(_) } => app
                        .session
                        .with(|s| s.project(&project).and_then(|p| feedback::place_now(p, &a))),
                    a => a.place,
                };
                let here = |c: &Comment| match shown {
                    Shown::At(place) => now_at(c) == place,
                    Shown::All => true,
                    Shown::ToDo => c.open(),
                    Shown::Done => c.done,
                };
                let any = store.received.with(|r| {
                    r.get(&project).is_some_and(|l| l.iter().flat_map(|f| &f.comments).any(here))
                });
                // Most lists are empty: they leave the project untracked,
                // so typing in it costs them nothing.
                if !any && matches!(shown, Shown::At(_)) {
                    return el("div");
                }
                // Beside a block or part, only its items are needed (none
                // for the project as a whole).
                let all = match shown {
                    Shown::At(None) => None,
                    Shown::At(place) => app.session.with(|s| s.project(&project).map(|p| items_in(p, place))),
                    _ => app.session.with(|s| s.project(&project).map(items)),
                }
                .unwrap_or_default();
                let cards: Vec<El> = store.received.with(|r| {
                    r.get(&project)
                        .into_iter()
                        .flatten()
                        .flat_map(|fb| fb.comments.iter().map(move |c| (fb, c)))
                        .filter(|(_, c)| here(c))
                        .map(|(fb, c)| {
                            let on = c.anchor();
                            let s = subject(&all, &on);
                            let about = match (shown, &s) {
                                // Beside its block or part, the place goes
                                // without saying; the item does not.
                                (Shown::At(_), Subject::Place(_) | Subject::Project) => None,
                                _ => Some(about(t, &s)),
                            };
                            let go = (!matches!(shown, Shown::At(_)))
                                .then_some(on.place)
                                .flatten()
                                .map(|p| Route::tool(p.tool(), project.clone()).href());
                            received_card(t, fb, c, about, go)
                        })
                        .collect()
                });
                match (cards.is_empty(), shown) {
                    (true, Shown::At(_)) => el("div"),
                    (true, _) => el("p").class("hint").text(t.facilitation.no_comments_shown),
                    _ => el("ul").class("feedback-list").children(cards),
                }
            })}
        </div>
    }
}

/// The comments received on a tool's part and its items, shown at the
/// top of that part on the creator's screen.
pub fn beside(project: Id, part: crate::model::place::Part) -> impl IntoView {
    view! { <ReceivedFeedback project shown=Shown::At(Some(Place::Part(part)))/> }
}

/// The Comments screen: every comment the project received, filtered by
/// to do or done, with Export answers.
#[component]
pub fn CommentsPage(id: Id) -> impl IntoView {
    let app = use_app();
    let store = feedback_store();
    let filter = RwSignal::new(Shown::All);
    let page_id = id.clone();
    let page = move || {
        let id = page_id.clone();
        let export_id = id.clone();
        let on_click = move |e: web_sys::MouseEvent| match data_of(&e, "filter") {
            Some((k, _)) => filter.set(match k.as_str() {
                "to_do" => Shown::ToDo,
                "done" => Shown::Done,
                _ => Shown::All,
            }),
            None if data_of(&e, "action").is_some() => store.export_answers(&export_id),
            None => {}
        };
        let tools = host("comments-tools", move || {
            let f = app.t().facilitation;
            let now = filter.get();
            let choice = |shown: Shown, key: &str, words: &str| {
                el("button")
                    .attr("type", "button")
                    .class("quiet")
                    .attr("data-filter", key)
                    .attr("id", &format!("filter-{key}"))
                    .attr("aria-pressed", if now == shown { "true" } else { "false" })
                    .text(words)
            };
            el("div")
                .class("comments-tools")
                .child(
                    el("div")
                        .class("filter")
                        .attr("role", "group")
                        .attr("aria-label", f.show_comments)
                        .child(choice(Shown::All, "all", f.filter_all))
                        .child(choice(Shown::ToDo, "to_do", f.kind_to_do))
                        .child(choice(Shown::Done, "done", f.filter_done)),
                )
                .child(
                    el("button")
                        .attr("type", "button")
                        .attr("data-action", "export-answers")
                        .attr("title", f.export_answers_hint)
                        .text(f.export_answers),
                )
        });
        let f = app.t().facilitation;
        view! {
            <super::project::ProjectHeader id=id.clone() active=super::project::Tab::Comments/>
            <section class="comments-page" aria-labelledby="comments-title" on:click=on_click>
                <h2 id="comments-title">{f.comments_title}</h2>
                <p class="hint">{f.comments_intro}</p>
                {tools}
                {move || view! { <ReceivedFeedback project=id.clone() shown=filter.get()/> }}
            </section>
        }
        .into_any()
    };
    super::project::when_present(&id, page)
}
