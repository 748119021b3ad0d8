//! Files in and out: export to a download, import by picker or drop, and
//! the question asked when an imported project is already here.

use super::dialog::Modal;
use super::intl;
use super::state::{now, on_window, use_app, AppState, PendingImport};
use crate::format::exchange::Incoming;
use crate::format::{self, ImportError, Kind, MAX_FILE_BYTES};
use crate::model::Project;
use crate::session::OnConflict;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Downloads projects as a Canevas file named after the project (or the
/// workspace) and the date.
pub fn export_projects(projects: &[Project], kind: Kind) {
    let now = now();
    let name = match (kind, projects) {
        (Kind::Project, [p]) => format::file_name(&p.title, now),
        _ => format::file_name("canevas-workspace", now),
    };
    download(&name, &format::export(projects, kind, now));
}

pub(crate) fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
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
        let mut incoming: Vec<Project> = Vec::new();
        for file in files {
            let name = file.name();
            match read_file(&file).await {
                Ok(Incoming::Projects(projects, repaired)) => {
                    incoming.extend(projects);
                    for r in repaired {
                        let (notes, dates) = (r.repairs.dangling_notes, r.repairs.bad_dates);
                        app.say(false, move |t| {
                            let count = |n| intl::count(t.lang, n);
                            (t.feasibility.repaired)(&r.project, count(notes), count(dates))
                        });
                    }
                }
                // A facilitator's files go to their own tools.
                Ok(Incoming::Exercises(exercises)) => {
                    super::facilitator::library().import(exercises)
                }
                Ok(Incoming::Feedback(feedback)) => {
                    super::facilitator::feedback_store().receive(feedback)
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
        for p in incoming {
            match latest.get(&p.id) {
                Some(&i) if unique[i].updated_at >= p.updated_at => {}
                Some(&i) => unique[i] = p,
                None => {
                    latest.insert(p.id.clone(), unique.len());
                    unique.push(p);
                }
            }
        }
        if unique.is_empty() {
            return;
        }
        let conflicts = app.session.with_untracked(|s| {
            s.conflicts(&unique)
                .iter()
                .filter_map(|id| s.project(id))
                .map(|p| p.title.clone())
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
    let body = move || {
        let t = app.t();
        app.pending_import
            .with(|p| p.as_ref().map(|p| (t.conflict_body)(&p.conflicts)))
    };
    view! {
        <Modal open on_close=move |_| resolve(None) labelled_by="conflict-title">
            <h2 id="conflict-title">{move || app.t().conflict_title}</h2>
            <p>{body}</p>
            <div class="dialog-actions">
                <button type="button" class="primary" on:click=move |_| resolve(Some(OnConflict::Replace))>
                    {move || app.t().replace}
                </button>
                <button type="button" on:click=move |_| resolve(Some(OnConflict::KeepBoth))>{move || app.t().keep_both}</button>
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
