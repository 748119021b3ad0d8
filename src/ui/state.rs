//! The app's shared state: the session, the store, the language, the
//! current screen and the messages. Every edit goes through
//! [`AppState::change`], which saves what it touched at once.

use crate::history::{Scope, Step};
use crate::i18n::{Lang, Strings};
use crate::model::diffusion::Date;
use crate::model::{Id, Project, Timestamp};
use crate::route::Route;
use crate::session::Session;
use crate::storage::{local::Local, External, LoadProblem, Store, StoreError};
use leptos::prelude::*;
use std::sync::Arc;

pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as u64)
}

/// Today in the user's time zone.
pub fn today() -> Date {
    local_day(now())
}

/// The calendar day of a moment in the user's time zone.
pub fn local_day(t: Timestamp) -> Date {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t.0 as f64));
    Date::from_ymd(
        i64::from(d.get_full_year()),
        d.get_month() + 1,
        d.get_date(),
    )
    .unwrap_or_else(|| Date::from_timestamp(t))
}

/// A new id from the browser's cryptographic generator.
pub fn random_id() -> Id {
    let mut bytes = [0u8; 8];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // No Web Crypto (very old browser): Math.random is enough to tell
        // one user's notes apart.
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    Id::from_random(u64::from_le_bytes(bytes))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    // backup (issue 10): nothing saved yet in this visit, so nothing claimed.
    Unchanged,
    Saved,
    Failed(SaveFailure),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveFailure {
    Full,
    Unavailable,
    Other,
}

impl SaveFailure {
    pub fn text(self, t: &Strings) -> &'static str {
        match self {
            SaveFailure::Full => t.not_saved_full,
            SaveFailure::Unavailable => t.not_saved_unavailable,
            SaveFailure::Other => t.not_saved_other,
        }
    }
}

/// How long an informational message stays on screen.
const INFO_SECONDS: u64 = 10;

/// A message for the user, rendered anew when the language changes.
#[derive(Clone)]
pub struct Message {
    pub id: u64,
    pub alert: bool,
    pub text: Arc<dyn Fn(&'static Strings) -> String + Send + Sync>,
}

/// Imported projects waiting for the user to say what to do with those
/// already in the workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    pub projects: Vec<Project>,
    // backup (issue 10): each conflict's two copies, for the dialog.
    pub conflicts: Vec<super::files::Conflict>,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub session: RwSignal<Session, LocalStorage>,
    store: StoredValue<Option<Store<Local>>, LocalStorage>,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub save_state: RwSignal<SaveState>,
    pub messages: RwSignal<Vec<Message>>,
    pub pending_import: RwSignal<Option<PendingImport>>,
    /// A note to focus once it is (re)rendered: after adding or moving it.
    pub focus_note: RwSignal<Option<Id>>,
    next_message: StoredValue<u64>,
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Settings {
    lang: String,
}

impl AppState {
    /// Loads everything from storage and reports what went wrong, if
    /// anything did.
    pub fn init() -> AppState {
        let mut store = Local::open().map(Store::new);
        let loaded = store.as_mut().map(|s| s.load(now()));
        let stored_lang = store
            .as_ref()
            .and_then(|s| s.get_setting())
            .and_then(|raw| crate::format::read_record::<Settings>(&raw).ok())
            .and_then(|s| Lang::from_tag(&s.lang));
        let lang = stored_lang.unwrap_or_else(browser_lang);
        let (workspace, problems) = match loaded {
            Some(l) => (l.workspace, l.problems),
            None => (
                Default::default(),
                vec![LoadProblem::Storage(StoreError::Unavailable)],
            ),
        };
        let app = AppState {
            session: RwSignal::new_local(Session::new(workspace, random_id)),
            save_state: RwSignal::new(if store.is_some() {
                SaveState::Unchanged
            } else {
                SaveState::Failed(SaveFailure::Unavailable)
            }),
            store: StoredValue::new_local(store),
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::parse(&location_hash())),
            messages: RwSignal::new(Vec::new()),
            pending_import: RwSignal::new(None),
            focus_note: RwSignal::new(None),
            next_message: StoredValue::new(0),
        };
        for problem in problems {
            app.report(problem);
        }
        app
    }

    pub fn report(&self, problem: LoadProblem) {
        match problem {
            LoadProblem::Unreadable { kept_as, error, .. } => self.say(true, move |t| {
                (t.unreadable_record)(&(t.import_error)(&error), &kept_as)
            }),
            LoadProblem::Newer { .. } => self.say(true, |t| t.newer_record.to_owned()),
            LoadProblem::Recovered { count } => self.say(false, move |t| {
                (t.recovered)(super::intl::count(t.lang, count))
            }),
            LoadProblem::Storage(_) => self.say(true, |t| t.storage_unavailable.to_owned()),
        }
    }

    /// The words of the current language (tracked: re-renders on switch).
    pub fn t(&self) -> &'static Strings {
        self.lang.get().strings()
    }

    /// Makes a change to the session and saves what it touched at once.
    pub fn change<R>(&self, f: impl FnOnce(&mut Session) -> R) -> R {
        let r = self
            .session
            .try_update(f)
            .expect("the session lives as long as the app");
        self.persist();
        r
    }

    fn persist(&self) {
        let dirty = self
            .session
            .try_update_untracked(Session::take_dirty)
            .unwrap_or_default();
        // backup (issue 10): "All changes saved" only once something was.
        let nothing = dirty.is_empty() && self.save_state.get_untracked() == SaveState::Unchanged;
        let result = self.store.try_update_value(|store| match store {
            Some(store) => self
                .session
                .with_untracked(|s| store.save(s.workspace(), dirty, now())),
            None => Err(StoreError::Unavailable),
        });
        let state = match result {
            Some(Ok(())) if nothing => SaveState::Unchanged,
            Some(Ok(())) => SaveState::Saved,
            Some(Err(StoreError::Full)) => SaveState::Failed(SaveFailure::Full),
            Some(Err(StoreError::Unavailable)) | None => {
                SaveState::Failed(SaveFailure::Unavailable)
            }
            Some(Err(StoreError::Other(_))) => SaveState::Failed(SaveFailure::Other),
        };
        if state != self.save_state.get_untracked() {
            self.save_state.set(state);
        }
    }

    /// The history Undo and Redo work on here: the project on screen, or
    /// the home screen's; none elsewhere (tracked).
    pub fn scope(&self) -> Option<Scope> {
        self.route.with(|r| match r {
            Route::Home => Some(Scope::Home),
            r => r.project().map(|id| Scope::Project(id.clone())),
        })
    }

    pub fn undo(&self) {
        self.step(Session::undo, true);
    }

    pub fn redo(&self) {
        self.step(Session::redo, false);
    }

    /// Undoes or redoes in the history of this screen, then shows the user
    /// what changed: the screen and note it is on, and a message.
    fn step(&self, f: fn(&mut Session, &Scope) -> Option<Step>, undo: bool) {
        let Some(scope) = self.scope_untracked() else {
            return;
        };
        let Some(step) = self.change(|s| f(s, &scope)) else {
            return;
        };
        self.clear_notices();
        let what = super::undo_view::reveal(self, &scope, &step);
        self.say(false, move |t| {
            let what = what.text(t);
            if undo {
                (t.undid)(&what)
            } else {
                (t.redid)(&what)
            }
        });
    }

    fn scope_untracked(&self) -> Option<Scope> {
        untrack(|| self.scope())
    }

    /// Information such as "deleted, Undo brings it back" no longer holds
    /// once the history moved; errors stay.
    fn clear_notices(&self) {
        self.messages.update(|m| m.retain(|msg| msg.alert));
    }

    /// Shows a message; `alert` for errors (announced at once).
    pub fn say(
        &self,
        alert: bool,
        text: impl Fn(&'static Strings) -> String + Send + Sync + 'static,
    ) {
        let id = self.next_message.get_value();
        self.next_message.set_value(id + 1);
        self.messages.update(|m| {
            // Keep the list short: the oldest information goes first.
            if m.len() >= 5 {
                m.remove(0);
            }
            m.push(Message {
                id,
                alert,
                text: Arc::new(text),
            });
        });
        // Information goes after a while; errors stay until dismissed.
        if !alert {
            let app = *self;
            set_timeout(
                move || app.dismiss(id),
                std::time::Duration::from_secs(INFO_SECONDS),
            );
        }
    }

    pub fn dismiss(&self, id: u64) {
        // The app may be gone by the time a timer fires.
        let _ = self.messages.try_update(|m| m.retain(|msg| msg.id != id));
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        let settings = serde_json::to_string(&Settings {
            lang: lang.tag().into(),
        })
        .expect("serialises");
        self.store.update_value(|s| {
            if let Some(s) = s {
                // Losing the language choice is harmless: no message.
                let _ = s.set_setting(&settings);
            }
        });
    }

    /// Shows a screen without moving focus or scroll the way following a
    /// link does: for bringing a change into view.
    pub fn show(&self, route: Route) {
        if self.route.get_untracked() != route {
            self.route.set(route.clone());
            self.navigate(route);
        }
    }

    pub fn navigate(&self, route: Route) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&route.href());
        }
    }

    /// Another tab emptied storage: write back everything this tab holds.
    pub fn storage_cleared(&self) {
        self.store.update_value(|s| {
            if let Some(s) = s {
                self.session
                    .with_untracked(|session| s.storage_cleared(session.workspace()));
            }
        });
        self.persist();
    }

    /// Takes in what another tab wrote to storage.
    pub fn external_change(&self, key: &str, value: Option<String>) {
        let change = self
            .store
            .try_update_value(|s| s.as_mut().and_then(|s| s.external(key, value)))
            .flatten();
        match change {
            Some(External::Project(id, project)) => {
                let shown = self.route.get_untracked().project() == Some(&id);
                self.session
                    .update(|s| s.external_change(&id, project.map(|p| *p)));
                if shown {
                    self.say(false, |t| t.other_tab.to_owned());
                }
            }
            Some(External::Order(order)) => self.session.update(|s| s.external_order(&order)),
            Some(External::Settings) => {
                let lang = self
                    .store
                    .with_value(|s| s.as_ref().and_then(|s| s.get_setting()))
                    .and_then(|raw| crate::format::read_record::<Settings>(&raw).ok())
                    .and_then(|s| Lang::from_tag(&s.lang));
                if let Some(lang) = lang {
                    self.lang.set(lang);
                }
            }
            None => {}
        }
    }
}

pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn browser_lang() -> Lang {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::En;
    };
    let langs: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if langs.is_empty() {
        return nav
            .language()
            .and_then(|l| Lang::from_tag(&l))
            .unwrap_or(Lang::En);
    }
    Lang::negotiate(langs.iter().map(String::as_str))
}

/// Listens to a window event for as long as the calling component lives.
pub fn on_window<E: leptos::ev::EventDescriptor + 'static>(
    event: E,
    cb: impl Fn(E::EventType) + 'static,
) where
    E::EventType: wasm_bindgen::JsCast,
{
    use wasm_bindgen::JsCast;
    listen_window(
        &event.name(),
        Box::new(move |e: web_sys::Event| cb(e.unchecked_into())),
    );
}

/// The one compiled listener: each typed caller only boxes its callback
/// (Leptos's typed helper is compiled again for every event and callback).
#[inline(never)]
fn listen_window(name: &str, cb: Box<dyn Fn(web_sys::Event)>) {
    let handle = window_event_listener_untyped(name, cb);
    on_cleanup(move || handle.remove());
}

/// The arrow keys that go forward and back in the reading direction
/// (right and left, the other way round on a right-to-left page).
pub fn reading_arrows() -> (&'static str, &'static str) {
    let rtl = document()
        .document_element()
        .is_some_and(|r| r.get_attribute("dir").as_deref() == Some("rtl"));
    if rtl {
        ("ArrowLeft", "ArrowRight")
    } else {
        ("ArrowRight", "ArrowLeft")
    }
}

/// The element with this id, as the kind of element it must be (a text
/// area, a choice…), if it is there.
pub fn by_id<T: wasm_bindgen::JsCast>(id: &str) -> Option<T> {
    use wasm_bindgen::JsCast;
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// Moves keyboard focus to the element with this id, if it is there.
pub fn focus_by_id(id: &str) {
    if let Some(el) = by_id::<web_sys::HtmlElement>(id) {
        let _ = el.focus();
    }
}

/// The first HTML element matching `selector`, if it is there.
pub fn find_html(selector: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    document()
        .query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// The DOM id of a tool's item (an entry of the plan, an item of the fit
/// worksheet, a card of the studio): where a new item's focus and a
/// coherence finding's link go.
pub fn item_dom_id(item: &crate::model::Id) -> String {
    format!("item-{item}")
}

/// The first field (input, text area, choice) inside the element `id`.
pub fn first_field(id: &str) -> Option<web_sys::HtmlElement> {
    find_html(&format!("#{id} :is(input, textarea, select)"))
}

/// Keeps a one-line field (a text area that wraps) to one line: Enter
/// adds nothing.
pub fn no_new_line(e: web_sys::KeyboardEvent) {
    if e.key() == "Enter" {
        e.prevent_default();
    }
}

/// What should take focus after the item at `at` is removed from `list`:
/// the next item, else the previous one.
pub fn neighbour<T>(list: &[T], at: usize) -> Option<&T> {
    list.get(at + 1)
        .or_else(|| at.checked_sub(1).and_then(|i| list.get(i)))
}
