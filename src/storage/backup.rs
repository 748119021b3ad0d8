//! When the work was last exported, kept under `canevas.backup`:
//! `{"version":1,"exported_at":…,"changed_at":…,"projects":{id: time}}`.
//!
//! `exported_at` is the last export of the whole workspace (the only export
//! that backs up everything); `changed_at` the first change saved after it
//! (none: nothing changed since); `projects` the last export of each project
//! on its own. The home screen reads it to say when the workspace was last
//! exported and to remind the user after a week of unexported changes.

use super::{read_record, Backend, StoreError};
use crate::format::ImportError;
use crate::model::{Id, Timestamp};
use std::collections::BTreeMap;

pub const BACKUP_KEY: &str = "canevas.backup";
const VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Backups {
    /// The record's version (absent reads as this one).
    #[serde(default = "version")]
    pub version: u32,
    #[serde(default)]
    pub exported_at: Option<Timestamp>,
    #[serde(default)]
    pub changed_at: Option<Timestamp>,
    #[serde(default)]
    pub projects: BTreeMap<Id, Timestamp>,
}

fn version() -> u32 {
    VERSION
}

fn parse(raw: &str) -> Result<Backups, ImportError> {
    let record: Backups = crate::format::read_record(raw).map_err(|e| ImportError::WrongShape {
        detail: e.to_string(),
    })?;
    if record.version > VERSION {
        return Err(ImportError::FutureVersion {
            found: record.version.into(),
            supported: VERSION,
        });
    }
    Ok(record)
}

/// What is recorded; nothing (never exported) when there is no readable
/// record. Reading never changes storage.
pub fn read(backend: &impl Backend) -> Backups {
    backend
        .get(BACKUP_KEY)
        .ok()
        .flatten()
        .and_then(|raw| parse(&raw).ok())
        .unwrap_or_default()
}

/// Changes the record and writes it, if `f` says it changed. A record that
/// cannot be read is set aside first; one from a newer version is left as
/// it is and not written.
fn update(
    backend: &mut impl Backend,
    now: Timestamp,
    f: impl FnOnce(&mut Backups) -> bool,
) -> Result<(), StoreError> {
    let mut backups = match read_record(backend, BACKUP_KEY, now, parse) {
        Ok(b) => b.unwrap_or_default(),
        Err(problem) if problem.keeps_key() => return Ok(()),
        Err(_) => Backups::default(),
    };
    backups.version = VERSION;
    if !f(&mut backups) {
        return Ok(());
    }
    backend.set(
        BACKUP_KEY,
        &serde_json::to_string(&backups).expect("the record serialises"),
    )
}

/// Something was saved at `now`: the first change since the last export is
/// remembered (later ones change nothing, so most saves write nothing here).
pub fn note_change(backend: &mut impl Backend, now: Timestamp) -> Result<(), StoreError> {
    if read(backend).changed_at.is_some() {
        return Ok(());
    }
    update(backend, now, |b| b.changed_at.replace(now).is_none())
}

/// The whole workspace (`None`) or some projects were exported at `now`.
pub fn note_export(
    backend: &mut impl Backend,
    projects: Option<&[Id]>,
    now: Timestamp,
) -> Result<(), StoreError> {
    update(backend, now, |b| {
        match projects {
            None => {
                b.exported_at = Some(now);
                b.changed_at = None;
                // The whole export covers each project's own.
                b.projects.clear();
            }
            Some(ids) => {
                for id in ids {
                    b.projects.insert(id.clone(), now);
                }
            }
        }
        true
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Project, Workspace};
    use crate::storage::{MemoryBackend, Store};

    fn id(s: &str) -> Id {
        Id::parse(s).unwrap()
    }

    #[test]
    fn never_exported_then_exported_then_changed() {
        let mut b = MemoryBackend::default();
        assert_eq!(read(&b), Backups::default());
        note_change(&mut b, Timestamp(10)).unwrap();
        note_change(&mut b, Timestamp(20)).unwrap();
        assert_eq!(read(&b).changed_at, Some(Timestamp(10)), "the first change");
        note_export(&mut b, Some(&[id("a")]), Timestamp(30)).unwrap();
        let one = read(&b);
        assert_eq!(
            (one.exported_at, one.changed_at),
            (None, Some(Timestamp(10)))
        );
        assert_eq!(
            one.projects[&id("a")],
            Timestamp(30),
            "one project's export is kept"
        );
        note_export(&mut b, None, Timestamp(40)).unwrap();
        assert_eq!(
            read(&b),
            Backups {
                version: VERSION,
                exported_at: Some(Timestamp(40)),
                ..Backups::default()
            }
        );
        note_change(&mut b, Timestamp(50)).unwrap();
        assert_eq!(read(&b).changed_at, Some(Timestamp(50)));
        assert!(b.map[BACKUP_KEY].starts_with(r#"{"version":1,"#));
    }

    #[test]
    fn saving_the_workspace_records_its_first_change_and_only_that() {
        let mut store = Store::new(MemoryBackend::default());
        let ws = Workspace {
            projects: vec![Project::new(id("a"), "A", Timestamp(1))],
        };
        store.save(&ws, vec![], Timestamp(2)).unwrap();
        assert_eq!(read(store.backend()).changed_at, None, "nothing written");
        store.save(&ws, vec![id("a")], Timestamp(3)).unwrap();
        let recorded = store.backend().map[BACKUP_KEY].clone();
        store.save(&ws, vec![id("a")], Timestamp(4)).unwrap();
        assert_eq!(store.backend().map[BACKUP_KEY], recorded, "not rewritten");
        assert_eq!(read(store.backend()).changed_at, Some(Timestamp(3)));
    }

    #[test]
    fn a_project_exported_then_imported_back_is_identical_to_the_stored_one() {
        use crate::format::{export, import, Kind};
        use crate::model::backup::without_identical;
        use crate::model::{Block, Note};
        let mut p = Project::new(id("a"), "Kola", Timestamp(1));
        p.pitch = "Griots in 2080".into();
        p.canvas
            .add_note(Block::Channels, Note::new(id("n"), "Radio", Timestamp(2)));
        // Stored and loaded back as the app does, then exported and imported.
        let mut store = Store::new(MemoryBackend::default());
        let ws = Workspace { projects: vec![p] };
        store.save(&ws, vec![id("a")], Timestamp(3)).unwrap();
        let stored = Store::new(store.backend().clone())
            .load(Timestamp(4))
            .workspace;
        let file = export(&stored.projects, Kind::Workspace, Timestamp(5));
        let back = import(file.as_bytes()).unwrap();
        let (rest, same) = without_identical(&stored, back);
        assert_eq!((rest.len(), same), (0, vec!["Kola".to_owned()]));
    }

    #[test]
    fn a_damaged_record_is_set_aside_and_a_newer_one_left_alone() {
        let mut b = MemoryBackend::default();
        b.map.insert(BACKUP_KEY.into(), "{oops".into());
        assert_eq!(read(&b), Backups::default(), "read as never exported");
        assert_eq!(b.map[BACKUP_KEY], "{oops", "reading changes nothing");
        note_export(&mut b, None, Timestamp(7)).unwrap();
        assert_eq!(b.map["canevas.quarantine.7.canevas.backup"], "{oops");
        assert_eq!(read(&b).exported_at, Some(Timestamp(7)));

        let newer = r#"{"version":2,"exported_at":1}"#;
        b.map.insert(BACKUP_KEY.into(), newer.into());
        note_export(&mut b, None, Timestamp(8)).unwrap();
        note_change(&mut b, Timestamp(9)).unwrap();
        assert_eq!(b.map[BACKUP_KEY], newer, "never written over");
    }
}
