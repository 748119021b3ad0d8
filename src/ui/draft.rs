//! Typed text that was refused ("drafts"), and the one input every checked
//! field (amounts, currencies, dates) is made with.
//!
//! A refused value is never written into the document, so a field rendered
//! from the document alone would lose it at the next change anywhere. The
//! refused text is kept here instead, keyed by project, item and field, in
//! memory for the whole session (above the router, so leaving the screen
//! and coming back finds it). A draft goes away when what is typed is
//! accepted (then saved) or the field is emptied.
//!
//! Undo and redo change only the document: a draft stays on screen, with
//! its error, over whatever value an undo brings back (what the user typed
//! last is never replaced without a word); fixing or emptying the field
//! then shows and edits the stored value again.

use leptos::html;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// The session's refused texts, by key (see [`key`]).
#[derive(Clone, Copy)]
pub struct Drafts(RwSignal<HashMap<String, String>>);

impl Drafts {
    pub fn new() -> Drafts {
        Drafts(RwSignal::new(HashMap::new()))
    }

    /// The draft of a field (tracked).
    pub fn get(&self, key: &str) -> Option<String> {
        self.0.with(|m| m.get(key).cloned())
    }

    /// The draft of a field, untracked (for views drawn by hand).
    pub fn peek(&self, key: &str) -> Option<String> {
        self.0.with_untracked(|m| m.get(key).cloned())
    }

    /// Keeps refused text; `None` forgets the field's draft.
    pub fn set(&self, key: &str, text: Option<String>) {
        let same = self.0.with_untracked(|m| m.get(key) == text.as_ref());
        if !same {
            self.0.update(|m| match text {
                Some(t) => {
                    m.insert(key.to_owned(), t);
                }
                None => {
                    m.remove(key);
                }
            });
        }
    }
}

impl Default for Drafts {
    fn default() -> Drafts {
        Drafts::new()
    }
}

/// The app's drafts (provided by the app; a fresh store where there is
/// none, as in component tests).
pub fn drafts() -> Drafts {
    use_context::<Drafts>().unwrap_or_else(|| {
        let d = Drafts::new();
        provide_context(d);
        d
    })
}

/// A draft's key: the project, then the field's unique id on the page
/// (which names the item and the field).
pub fn key(project: &impl std::fmt::Display, field: &str) -> String {
    format!("{project}/{field}")
}

pub type Text = Arc<dyn Fn() -> String + Send + Sync>;
/// What is typed, read: its canonical form (`""` for nothing), or why it
/// is refused, in the UI's language.
pub type Check = Arc<dyn Fn(&str) -> Result<String, String> + Send + Sync>;
pub type Save = Arc<dyn Fn(String) + Send + Sync>;
/// A reason shown next to an accepted stored value (an amount that does
/// not fit the currency chosen since).
pub type Warn = Arc<dyn Fn() -> Option<String> + Send + Sync>;

/// What kind of input: `kind` is `"text"` or `"date"`; `inputmode`,
/// `list` and `maxlength` of a text input.
#[derive(Clone, Copy)]
pub struct Shape {
    pub kind: &'static str,
    pub mode: Option<&'static str>,
    pub list: Option<&'static str>,
    pub max: u32,
}

pub const AMOUNT: Shape = Shape {
    kind: "text",
    mode: Some("decimal"),
    list: None,
    max: 40,
};
pub const CODE: Shape = Shape {
    mode: None,
    ..AMOUNT
};
pub const DATE: Shape = Shape {
    kind: "date",
    ..CODE
};

/// One checked input.
pub struct Checked {
    /// The draft's key (see [`key`]).
    pub key: String,
    /// The input's id; its error is `{dom}-error`.
    pub dom: String,
    pub shape: Shape,
    /// The stored value, canonical (tracked).
    pub stored: Text,
    /// The stored value as people read it (tracked).
    pub shown: Text,
    pub check: Check,
    /// Writes an accepted canonical value.
    pub save: Save,
    pub warn: Option<Warn>,
}

/// The input and its error line. It shows the draft when there is one
/// (`aria-invalid="true"`, described by the reason), else the stored value;
/// while the field has focus, accepted typing is not rewritten (a comma
/// being typed is not swallowed).
pub fn checked_input(c: Checked) -> AnyView {
    let drafts = drafts();
    let Checked {
        key,
        dom,
        shape:
            Shape {
                kind,
                mode,
                list,
                max,
            },
        stored,
        shown,
        check,
        save,
        warn,
    } = c;
    let key = StoredValue::new(key);
    let draft = Memo::new(move |_| key.with_value(|k| drafts.get(k)));
    let input = NodeRef::<html::Input>::new();
    let (check2, check3, stored2, shown2, save2) = (
        check.clone(),
        check.clone(),
        stored.clone(),
        shown.clone(),
        save.clone(),
    );
    Effect::new(move |_| {
        let (d, now, people) = (draft.get(), stored(), shown());
        let Some(el) = input.get() else { return };
        let value = el.value();
        match d {
            // Acceptable now (the currency changed): saved, and no more a
            // draft.
            Some(d) => match check(&d) {
                Ok(c) => {
                    key.with_value(|k| drafts.set(k, None));
                    if c != now {
                        save(c);
                    }
                }
                Err(_) if value != d => el.set_value(&d),
                Err(_) => {}
            },
            None => {
                let focused = document()
                    .active_element()
                    .is_some_and(|a| AsRef::<web_sys::Element>::as_ref(&el) == &a);
                let same = if focused {
                    check(&value).ok().as_ref() == Some(&now)
                } else {
                    value == people
                };
                if !same {
                    el.set_value(&people);
                }
            }
        }
    });
    let err_id = format!("{dom}-error");
    let error = move || match draft.get() {
        Some(d) => check3(&d).err(),
        None => warn.as_ref().and_then(|w| w()),
    };
    let error = Memo::new(move |_| error());
    view! {
        <input
            id=dom
            node_ref=input
            type=kind
            inputmode=mode
            list=list
            autocomplete="off"
            maxlength=(kind == "text").then(|| max.to_string())
            min=(kind == "date").then_some("1000-01-01")
            max=(kind == "date").then_some("9999-12-31")
            aria-invalid=move || error.with(Option::is_some).to_string()
            aria-describedby=err_id.clone()
            on:input:target=move |e| {
                let v = e.target().value();
                match check2(&v) {
                    Ok(c) => {
                        key.with_value(|k| drafts.set(k, None));
                        if c != stored2() {
                            save2(c);
                        }
                    }
                    Err(_) => key.with_value(|k| drafts.set(k, Some(v))),
                }
            }
            on:blur:target=move |e| {
                if draft.get_untracked().is_none() {
                    e.target().set_value(&shown2());
                }
            }
        />
        <p class="field-error" id=err_id>{move || error.get()}</p>
    }
    .into_any()
}
