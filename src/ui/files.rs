//! Files in and out: export to a download, import by picker or drop, and
//! the question asked when an imported project is already here.

use super::dialog::Modal;
use super::intl;
use super::state::{now, on_window, use_app, AppState, PendingImport};
use crate::format::exchange::Incoming;
use crate::format::{self, ImportError, Kind, MAX_FILE_BYTES};
use crate::model::backup::without_identical;
use crate::model::{Id, Project, Timestamp};
use crate::session::OnConflict;
use crate::storage::{backup, local::Local};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Counts exports, so that what shows the last one reads it again.
    static EXPORTS: ArcRwSignal<u32> = ArcRwSignal::new(0);
}

/// Tracked: changes with every export.
pub fn exports() -> u32 {
    EXPORTS.with(|e| e.get())
}

/// Downloads projects as a Canevas file named after the project (or the
/// workspace) and the date, remembers when (an export of the workspace
/// backs up everything; one of a project, that project), and says the
/// file's name.
pub fn export_projects(app: AppState, projects: &[Project], kind: Kind) {
    let now = now();
    let name = match (kind, projects) {
        (Kind::Project, [p]) => format::file_name(&p.title, now),
        _ => format::file_name("canevas-workspace", now),
    };
    download(&name, &format::export(projects, kind, now));
    let ids: Vec<Id> = projects.iter().map(|p| p.id.clone()).collect();
    let some = (kind == Kind::Project).then_some(&ids[..]);
    if let Some(mut local) = Local::open() {
        // Not remembering it costs only an early reminder: no message.
        let _ = backup::note_export(&mut local, some, now);
    }
    EXPORTS.with(|e| e.update(|n| *n += 1));
    app.say(false, move |t| (t.backup.exported)(&name));
}

/// One imported project already here: its two copies, for the dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub title: String,
    /// The stored copy's last save and note count.
    pub here: (Timestamp, usize),
    /// The same for the file's copy, and the file's name.
    pub incoming: (Timestamp, usize),
    pub file: String,
}

pub(crate) fn download(name: &str, text: &str) {
    download_as(name, text, "application/json");
}

/// Saves `text` as a file of type `mime` (the dossier's web page).
pub(crate) fn download_as(name: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Revoke later: the download starts asynchronously.
    set_timeout(
        move || drop(web_sys::Url::revoke_object_url(&url)),
        std::time::Duration::from_secs(60),
    );
}

/// The header's Import button, with its hidden file picker.
#[component]
pub fn ImportButton() -> impl IntoView {
    let app = use_app();
    let input = NodeRef::<html::Input>::new();
    view! {
        <button type="button" title=move || app.t().import_hint on:click=move |_| {
            if let Some(i) = input.get() {
                i.click();
            }
        }>
            {move || app.t().import}
        </button>
        <input
            node_ref=input
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            multiple
            tabindex="-1"
            aria-hidden="true"
            on:change:target=move |e| {
                let input = e.target();
                let files = input.files().map(file_list).unwrap_or_default();
                // Let the same file be picked again after a fix.
                input.set_value("");
                import_files(app, files);
            }
        />
    }
}

pub(crate) fn file_list(list: web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads and checks files, then adds their projects, asking first about
/// any already in the workspace. Each bad file gets its own message; the
/// workspace is only touched by good ones.
pub fn import_files(app: AppState, files: Vec<web_sys::File>) {
    if files.is_empty() {
        return;
    }
    leptos::task::spawn_local(async move {
        let mut incoming: Vec<(Project, String)> = Vec::new();
        for file in files {
            let name = file.name();
            match read_file(&file).await {
                Ok(Incoming::Projects(projects, repaired)) => {
                    incoming.extend(projects.into_iter().map(|p| (p, name.clone())));
                    for r in repaired {
                        let (notes, dates) = (r.repairs.dangling_notes, r.repairs.bad_dates);
                        app.say(false, move |t| {
                            let count = |n| intl::count(t.lang, n);
                            (t.feasibility.repaired)(&r.project, count(notes), count(dates))
                        });
                    }
                }
                // A facilitator's files go to their own tools.
                Ok(Incoming::Exercises(exercises)) => match super::page::facilitator() {
                    Some(f) => (f.import_exercises)(name, exercises),
                    // The creator's page has no exercises: the file is
                    // left as it is, and the user told where it goes.
                    None => app.say(true, move |t| (t.facilitation.exercises_elsewhere)(&name)),
                },
                Ok(Incoming::Feedback(feedback)) => {
                    super::feedback::feedback_store().incoming(feedback)
                }
                Err(error) => app.say(true, move |t| {
                    let why = match &error {
                        Some(e) => (t.import_error)(e),
                        None => t.file_unreadable.to_owned(),
                    };
                    (t.not_imported)(&name, &why)
                }),
            }
        }
        // The same project in several files: keep its latest version.
        let mut latest: HashMap<_, usize> = HashMap::new();
        let mut unique: Vec<Project> = Vec::new();
        let mut from: HashMap<Id, String> = HashMap::new();
        for (p, file) in incoming {
            let slot = latest.get(&p.id).copied();
            if slot.is_some_and(|i| unique[i].updated_at >= p.updated_at) {
                continue;
            }
            from.insert(p.id.clone(), file);
            match slot {
                Some(i) => unique[i] = p,
                None => {
                    latest.insert(p.id.clone(), unique.len());
                    unique.push(p);
                }
            }
        }
        // What is already here exactly as in the file: nothing to do.
        let (unique, same) = app
            .session
            .with_untracked(|s| without_identical(s.workspace(), unique));
        if !same.is_empty() {
            app.say(false, move |t| (t.backup.up_to_date)(&same));
        }
        if unique.is_empty() {
            return;
        }
        let conflicts = app.session.with_untracked(|s| {
            unique
                .iter()
                .filter_map(|p| {
                    let here = s.project(&p.id)?;
                    Some(Conflict {
                        title: here.title.clone(),
                        here: (here.updated_at, here.canvas.note_count()),
                        incoming: (p.updated_at, p.canvas.note_count()),
                        file: from.get(&p.id).cloned().unwrap_or_default(),
                    })
                })
                .collect::<Vec<_>>()
        });
        if conflicts.is_empty() {
            finish_import(app, unique, OnConflict::KeepBoth);
        } else {
            app.pending_import.set(Some(PendingImport {
                projects: unique,
                conflicts,
            }));
        }
    });
}

/// `Err(None)`: the browser could not read the file.
pub(crate) async fn read_file(file: &web_sys::File) -> Result<Incoming, Option<ImportError>> {
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        // Refused before reading a byte of it.
        return Err(Some(ImportError::TooLarge {
            bytes: size,
            limit: MAX_FILE_BYTES,
        }));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| None)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    format::exchange::read(&bytes).map_err(Some)
}

fn finish_import(app: AppState, projects: Vec<Project>, on_conflict: OnConflict) {
    let outcome = app.change(|s| s.import(projects, on_conflict, now()));
    let (added, replaced) = (outcome.added, outcome.replaced);
    // An import changes the list of projects: it is the home screen's undo
    // step, so show that screen, where the message's "Undo" holds.
    if added + replaced > 0 && app.route.get_untracked() != crate::route::Route::Home {
        app.navigate(crate::route::Route::Home);
    }
    app.say(false, move |t| {
        (t.imported)(intl::count(t.lang, added), intl::count(t.lang, replaced))
    });
}

/// Asks what to do with imported projects that are already here.
#[component]
pub fn ConflictDialog() -> impl IntoView {
    let app = use_app();
    let open = Signal::derive(move || app.pending_import.with(Option::is_some));
    let resolve = move |choice: Option<OnConflict>| {
        let pending = app.pending_import.try_update(Option::take).flatten();
        if let (Some(p), Some(choice)) = (pending, choice) {
            finish_import(app, p.projects, choice);
        }
    };
    let conflicts = move || {
        app.pending_import
            .with(|p| p.as_ref().map(|p| p.conflicts.clone()))
            .unwrap_or_default()
    };
    let body = move || {
        let titles: Vec<String> = conflicts().into_iter().map(|c| c.title).collect();
        (app.t().conflict_body)(&titles)
    };
    // Which copy is newer, saved when and by which file, and how many notes
    // each has: enough to choose without opening both.
    let copies = move || {
        let (lang, t) = (app.lang.get(), app.t());
        let b = t.backup;
        let copy = move |text: String, mine: Timestamp, other: Timestamp| {
            let which = match mine.cmp(&other) {
                std::cmp::Ordering::Greater => b.newer,
                std::cmp::Ordering::Less => b.older,
                std::cmp::Ordering::Equal => b.same_time,
            };
            view! { <li>{format!("{text} ({which})")}</li> }
        };
        conflicts()
            .into_iter()
            .map(|c| {
                let day = |at| super::intl::day(lang, at);
                let notes = |n| (t.note_count)(super::intl::count(lang, n));
                let yours = (b.yours)(&day(c.here.0), &notes(c.here.1));
                let theirs = (b.in_file)(&c.file, &day(c.incoming.0), &notes(c.incoming.1));
                view! {
                    <li>
                        <strong>{c.title}</strong>
                        <ul>{copy(yours, c.here.0, c.incoming.0)}{copy(theirs, c.incoming.0, c.here.0)}</ul>
                    </li>
                }
            })
            .collect_view()
    };
    // The choice that loses nothing has the focus: Enter keeps both.
    let keep = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = keep.get() {
            let _ = b.focus();
        }
    });
    view! {
        <Modal open on_close=move |_| resolve(None) labelled_by="conflict-title">
            <h2 id="conflict-title">{move || app.t().conflict_title}</h2>
            <p>{body}</p>
            <ul class="conflicts">{copies}</ul>
            <p class="hint">{move || app.t().backup.keep_both_hint}</p>
            <div class="dialog-actions">
                <button type="button" class="primary" node_ref=keep autofocus on:click=move |_| resolve(Some(OnConflict::KeepBoth))>
                    {move || app.t().keep_both}
                </button>
                <button type="button" on:click=move |_| resolve(Some(OnConflict::Replace))>{move || app.t().replace}</button>
                <button type="button" on:click=move |_| resolve(None)>{move || app.t().cancel}</button>
            </div>
        </Modal>
    }
}

fn has_files(e: &web_sys::DragEvent) -> bool {
    e.data_transfer().is_some_and(|dt| {
        dt.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    })
}

/// Dropping files anywhere on the window imports them.
#[component]
pub fn DropZone(on_files: impl Fn(Vec<web_sys::File>) + 'static) -> impl IntoView {
    let app = use_app();
    let active = RwSignal::new(false);
    on_window(ev::dragover, move |e| {
        if has_files(&e) {
            e.prevent_default();
            active.set(true);
        }
    });
    on_window(ev::dragleave, move |e| {
        // Leaving the window: no related target.
        if e.related_target().is_none() {
            active.set(false);
        }
    });
    on_window(ev::drop, move |e| {
        if !has_files(&e) {
            return;
        }
        e.prevent_default();
        active.set(false);
        let files = e
            .data_transfer()
            .and_then(|dt| dt.files())
            .map(file_list)
            .unwrap_or_default();
        on_files(files);
    });
    view! {
        <div class="drop-overlay" class:active=move || active.get() aria-hidden="true">
            <p>{move || app.t().drop_here}</p>
        </div>
    }
}
