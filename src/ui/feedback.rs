//! Feedback both ways. The facilitator writes it beside a cohort project's
//! blocks (stored as `canevas.feedback.<project id>`) and exports it as a
//! `canevas-feedback` file; the creator imports that file with the usual
//! Import button and sees the comments beside their own canvas (stored as
//! `canevas.received.<project id>`), read-only and dismissible. Neither
//! side's project is ever changed.

use crate::format::exchange::{export_feedback, import_feedback, read_received, store_received};
use crate::i18n::Strings;
use crate::model::feedback::{receive, Feedback};
use crate::model::project::truncate_chars;
use crate::model::MAX_TEXT_CHARS;
use crate::model::{Block, Id};
use crate::storage::local::Local;
use crate::storage::Backend;
use crate::storage::{read_record, LoadProblem};
use crate::ui::dom::{data_of, el, host, El};
use crate::ui::intl;
use crate::ui::state::{now, random_id, use_app, AppState};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

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
        app.say(true, |t| t.facilitator.records_locked.to_owned());
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
                    read_record(&mut l, &key, t, |raw| import_feedback(raw.as_bytes()))
                        .map(|f| f.map(|f| drafts.insert(f.project.clone(), f)))
                        .map(drop)
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
                .say(true, |t| t.facilitator.records_locked.to_owned());
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

    /// The feedback this browser received on project `id` (the dossier).
    pub fn received_on(&self, id: &Id) -> Vec<Feedback> {
        self.received
            .with(|r| r.get(id).cloned())
            .unwrap_or_default()
    }

    /// The facilitator writes (or clears) the comment on a block, or the
    /// overall one, of a cohort project.
    pub fn set_comment(&self, project: &Id, title: &str, block: Option<Block>, text: &str) {
        let t = now();
        let author = self.author.get_untracked();
        let mut saved = None;
        self.drafts.update(|d| {
            let f = d
                .entry(project.clone())
                .or_insert_with(|| Feedback::new(project.clone(), title.to_owned(), t));
            f.project_title = title.to_owned();
            f.author = author;
            if f.set_comment(block, text, t, random_id) {
                saved = Some(export_feedback(f, t));
            }
        });
        if let Some(text) = saved {
            self.write(&format!("{DRAFT_PREFIX}{project}"), Some(text));
        }
    }

    pub fn set_author(&self, mut name: String) {
        // A longer name would make feedback files that do not import.
        truncate_chars(&mut name, MAX_TEXT_CHARS);
        self.author.set(name.clone());
        self.write(AUTHOR_KEY, Some(name));
    }

    pub fn draft_text(&self, project: &Id, block: Option<Block>) -> String {
        self.drafts.with_untracked(|d| {
            d.get(project)
                .and_then(|f| f.comment(block))
                .map(|c| c.text.clone())
                .unwrap_or_default()
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
        crate::ui::files::download(&name, &export_feedback(&f, t));
    }

    /// A creator imports feedback: kept beside the project if it is here.
    pub fn receive(&self, incoming: Feedback) {
        let here = self
            .app
            .session
            .with_untracked(|s| s.project(&incoming.project).map(|p| p.title.clone()));
        let Some(title) = here else {
            let title = incoming.project_title;
            self.app
                .say(true, move |t| (t.facilitator.feedback_no_project)(&title));
            return;
        };
        let (id, author) = (incoming.project.clone(), incoming.author.clone());
        self.received
            .update(|r| receive(r.entry(id.clone()).or_default(), incoming));
        self.store_received(&id);
        self.app.say(false, move |t| {
            let author = if author.trim().is_empty() {
                t.facilitator.anonymous
            } else {
                &author
            };
            (t.facilitator.feedback_imported)(author, &title)
        });
    }

    fn store_received(&self, project: &Id) {
        let list = self
            .received
            .with_untracked(|r| r.get(project).cloned().unwrap_or_default());
        let key = format!("{RECEIVED_PREFIX}{project}");
        let value = (!list.iter().all(|f| f.comments.is_empty())).then(|| store_received(list));
        self.write(&key, value);
    }

    fn dismiss(&self, project: &Id, comment: &Id) {
        self.received.update(|r| {
            for f in r.get_mut(project).into_iter().flatten() {
                f.dismiss(comment);
            }
        });
        self.store_received(project);
        self.app
            .say(false, |t| t.facilitator.comment_dismissed.to_owned());
    }
}

/// The facilitator's comment field beside a block (or for the whole
/// project) of a cohort project, filled with what was written. Its input
/// goes to `FeedbackStore::set_comment` through the page (`data-comment`).
pub fn comment_field(t: &'static Strings, project: &Id, block: Option<Block>) -> El {
    let key = block.map_or("overall", Block::key);
    let field_id = format!("feedback-{key}");
    let label = match block {
        Some(b) => (t.facilitator.feedback_on)((t.block)(b)),
        None => t.facilitator.overall_feedback.to_owned(),
    };
    let text = feedback_store().draft_text(project, block);
    el("div")
        .class("field feedback-field edit-only")
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

/// The facilitator's name and the export button for one cohort project.
/// Its events go through the page: `data-author` (change) and
/// `data-action="export-feedback"` (click).
pub fn feedback_tools(t: &'static Strings, project: &Id) -> El {
    let store = feedback_store();
    let f = t.facilitator;
    let empty = store
        .drafts
        .with(|d| d.get(project).is_none_or(|f| f.comments.is_empty()));
    let export = el("button")
        .attr("type", "button")
        .attr("data-action", "export-feedback")
        .text(f.export_feedback);
    el("div")
        .class("feedback-tools edit-only")
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

/// Comments a creator received on a block (or on the whole project),
/// beside their own canvas: read-only, each dismissible.
#[component]
pub fn ReceivedFeedback(project: Id, block: Option<Block>) -> impl IntoView {
    let app = use_app();
    let store = feedback_store();
    let dismiss_from = project.clone();
    let on_click = move |e: web_sys::MouseEvent| {
        let Some(id) = data_of(&e, "dismiss").and_then(|(id, _)| Id::parse(&id)) else {
            return;
        };
        // Focus goes to the next comment's Dismiss (else the one before),
        // else to the block's Add a note, not to the page's body.
        let shown: Vec<Id> = store.received.with_untracked(|r| {
            r.get(&dismiss_from)
                .into_iter()
                .flatten()
                .flat_map(|fb| fb.comments.iter().filter(|c| c.block == block))
                .map(|c| c.id.clone())
                .collect()
        });
        let next = shown
            .iter()
            .position(|c| c == &id)
            .and_then(|at| crate::ui::state::neighbour(&shown, at))
            .map(|c| format!("dismiss-{c}"))
            .unwrap_or_else(|| block.map_or("main".into(), crate::ui::canvas::add_button_id));
        store.dismiss(&dismiss_from, &id);
        request_animation_frame(move || crate::ui::state::focus_by_id(&next));
    };
    view! {
        <div class="feedback-host" on:click=on_click>
            {host("feedback-list", move || {
                let t = app.t();
                let f = t.facilitator;
                let list = store.received.with(|r| {
                    r.get(&project)
                        .into_iter()
                        .flatten()
                        .flat_map(|fb| fb.comments.iter().filter(|c| c.block == block).map(move |c| (fb, c)))
                        .map(|(fb, c)| {
                            let author = if fb.author.trim().is_empty() { f.anonymous } else { &fb.author };
                            let from = (f.feedback_from)(author, &intl::day(t.lang, c.updated_at));
                            el("aside")
                                .class("feedback-received")
                                .attr("aria-label", &from)
                                .child(el("p").class("feedback-meta").text(&from))
                                .child(el("p").class("feedback-text").text(&c.text))
                                .child(
                                    el("button")
                                        .attr("type", "button")
                                        .class("quiet small")
                                        .attr("data-dismiss", c.id.as_str())
                                        .attr("id", &format!("dismiss-{}", c.id))
                                        .text(f.dismiss_comment),
                                )
                        })
                        .collect::<Vec<_>>()
                });
                el("div").children(list)
            })}
        </div>
    }
}
