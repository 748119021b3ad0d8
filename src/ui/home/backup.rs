//! What the home screen says about backups: when the workspace was last
//! exported and, after a week of changes in no file, a calm reminder with
//! the button that makes one.

use crate::format::Kind;
use crate::model::backup::reminder_due;
use crate::model::Timestamp;
use crate::storage::{backup, local::Local};
use crate::ui::files::{export_projects, exports};
use crate::ui::intl;
use crate::ui::state::{local_day, now, use_app};
use leptos::prelude::*;

#[component]
pub fn BackupStatus() -> impl IntoView {
    let app = use_app();
    // Read again after each change (a save records the first one since the
    // export) and each export.
    let status = Memo::new(move |_| {
        exports();
        let changes: Vec<Timestamp> = app.session.with(|s| {
            s.workspace()
                .projects
                .iter()
                .map(|p| p.updated_at)
                .collect()
        });
        let record = Local::open().map(|l| backup::read(&l)).unwrap_or_default();
        let has_work = !changes.is_empty();
        let now = now();
        let changes = changes.into_iter().chain(record.changed_at);
        let due = has_work && reminder_due(record.exported_at, changes, now);
        let days = record
            .exported_at
            .map(|t| local_day(now).days_since(local_day(t)));
        (days, due)
    });
    let when = move || {
        let b = app.t().backup;
        match status.get().0 {
            Some(days) => (b.last_exported)(&intl::relative_days(app.lang.get(), days)),
            None => b.never_exported.to_owned(),
        }
    };
    let export_all = move |_| {
        let projects = app
            .session
            .with_untracked(|s| s.workspace().projects.clone());
        export_projects(app, &projects, Kind::Workspace);
    };
    view! {
        <div class="backup">
            <p class="backup-when">{when}</p>
            {move || status.get().1.then(|| view! {
                <div class="backup-reminder">
                    <p>{move || app.t().backup.reminder}</p>
                    <button type="button" title=move || app.t().export_all_hint on:click=export_all>
                        {move || app.t().backup.export_all}
                    </button>
                </div>
            })}
        </div>
    }
}
