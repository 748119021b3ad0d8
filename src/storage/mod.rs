//! Keeping the workspace in the browser's storage without ever losing it.
//!
//! Layout (each a separate key, so an edit rewrites only its project):
//!
//! | key | holds |
//! | --- | --- |
//! | `canevas.index` | the order of the projects: `{"version":1,"projects":[ids]}` |
//! | `canevas.project.<id>` | one project, as a Canevas file of kind `project` |
//! | `canevas.settings` | the interface language |
//! | `canevas.backup` | when the work was last exported ([`backup`]) |
//! | `canevas.quarantine.<time>.<key>` | a record that could not be read, kept aside |
//!
//! Writes go record first, index second, and deletions index first, record
//! second: a crash between the two leaves a record the index does not name,
//! which the next load recovers. Nothing read from storage is deleted.
//!
//! The logic runs over the [`Backend`] trait: localStorage in the browser,
//! [`MemoryBackend`] in tests.

// backup (issue 10): when the work was last exported.
pub mod backup;
// the build last opened (issue 14, repeat visits)
pub mod build;
// the long screens' folded parts (issue 13, point 2)
pub mod cohort;
pub mod folded;
#[cfg(target_arch = "wasm32")]
pub mod local;

use crate::format::{self, ImportError};
use crate::model::{Id, Project, Timestamp, Workspace};
use std::collections::{BTreeMap, BTreeSet};

pub const INDEX_KEY: &str = "canevas.index";
pub const PROJECT_PREFIX: &str = "canevas.project.";
pub const SETTINGS_KEY: &str = "canevas.settings";
pub const QUARANTINE_PREFIX: &str = "canevas.quarantine.";

pub fn project_key(id: &Id) -> String {
    format!("{PROJECT_PREFIX}{id}")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The storage quota is used up.
    Full,
    /// The browser gives no storage (disabled, or a private mode).
    Unavailable,
    /// Any other failure, as the browser described it.
    Other(String),
}

/// Key-value storage of strings, as localStorage offers.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// A problem found while loading, to be reported to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    /// A record could not be read; it was moved to `kept_as`, or left where
    /// it was if even that failed (`kept_as` is then the original key).
    Unreadable {
        key: String,
        kept_as: String,
        error: ImportError,
    },
    /// A record written by a newer version of Canevas, left untouched.
    Newer { key: String },
    /// Projects the index did not list were found and put back.
    Recovered { count: usize },
    /// Storage could not be read at all.
    Storage(StoreError),
}

pub struct Loaded {
    pub workspace: Workspace,
    pub problems: Vec<LoadProblem>,
}

/// What another tab changed, as seen in a storage event.
#[derive(Clone, Debug, PartialEq)]
pub enum External {
    Project(Id, Option<Box<Project>>),
    Order(Vec<Id>),
    Settings,
}

pub struct Store<B: Backend> {
    backend: B,
    /// What this tab last wrote or read for each project and for the index:
    /// identical writes are skipped, and events echoing our own state ignored.
    known: BTreeMap<String, String>,
    /// Projects whose last write failed, retried with the next save.
    pending: BTreeSet<Id>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Index {
    version: u32,
    projects: Vec<Id>,
}

impl<B: Backend> Store<B> {
    pub fn new(backend: B) -> Store<B> {
        Store {
            backend,
            known: BTreeMap::new(),
            pending: BTreeSet::new(),
        }
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// Reads the whole workspace. Unreadable records are kept aside and
    /// reported; projects missing from the index are recovered.
    pub fn load(&mut self, now: Timestamp) -> Loaded {
        let mut problems = Vec::new();
        let keys = match self.backend.keys() {
            Ok(k) => k,
            Err(e) => {
                return Loaded {
                    workspace: Workspace::default(),
                    problems: vec![LoadProblem::Storage(e)],
                }
            }
        };
        let mut found: BTreeMap<Id, Project> = BTreeMap::new();
        for key in keys.iter().filter(|k| k.starts_with(PROJECT_PREFIX)) {
            let Ok(Some(raw)) = self.backend.get(key) else {
                continue;
            };
            let expected = Id::parse(&key[PROJECT_PREFIX.len()..]);
            let read =
                format::import(raw.as_bytes()).and_then(|mut ps| match (ps.len(), &expected) {
                    (1, Some(id)) if &ps[0].id == id => Ok(ps.remove(0)),
                    _ => Err(ImportError::WrongShape {
                        detail: format!("{key} does not hold that one project"),
                    }),
                });
            match read {
                Ok(p) => {
                    self.known.insert(key.clone(), raw);
                    found.insert(p.id.clone(), p);
                }
                // Saved by a newer Canevas (an old copy of the app opened
                // after an update): not damaged, so left exactly where it is
                // for the newer version to find.
                Err(ImportError::FutureVersion { .. }) => {
                    problems.push(LoadProblem::Newer { key: key.clone() })
                }
                Err(error) => problems.push(self.quarantine(key, &raw, error, now)),
            }
        }

        let mut order: Vec<Id> = Vec::new();
        match self.backend.get(INDEX_KEY) {
            Ok(Some(raw)) => match crate::format::read_record::<Index>(&raw) {
                Ok(index) => {
                    order = index.projects;
                    self.known.insert(INDEX_KEY.into(), raw);
                }
                Err(e) => problems.push(self.quarantine(
                    INDEX_KEY,
                    &raw,
                    ImportError::WrongShape {
                        detail: e.to_string(),
                    },
                    now,
                )),
            },
            Ok(None) => {}
            Err(e) => problems.push(LoadProblem::Storage(e)),
        }

        let mut workspace = Workspace::default();
        for id in &order {
            if let Some(p) = found.remove(id) {
                let at = workspace.projects.len();
                workspace.put(at, p);
            }
        }
        if !found.is_empty() {
            // Not in the index: a crash between two writes, or an index that
            // was lost. Newest first, after the listed ones.
            let mut rest: Vec<Project> = found.into_values().collect();
            crate::model::order::sort_by_number(&mut rest, |p| u64::MAX - p.updated_at.0);
            problems.push(LoadProblem::Recovered { count: rest.len() });
            workspace.projects.extend(rest);
        }
        Loaded {
            workspace,
            problems,
        }
    }

    fn quarantine(
        &mut self,
        key: &str,
        raw: &str,
        error: ImportError,
        now: Timestamp,
    ) -> LoadProblem {
        // If it cannot be copied, it stays where it is: its id is not in
        // the workspace, so nothing will overwrite it.
        let kept_as = set_aside(&mut self.backend, key, raw, now);
        LoadProblem::Unreadable {
            key: key.to_owned(),
            kept_as,
            error,
        }
    }

    /// Writes the projects named (and any whose earlier write failed) and
    /// the index. On failure, what was stored before is untouched, and the
    /// failed projects are retried with the next save.
    pub fn save(
        &mut self,
        ws: &Workspace,
        dirty: Vec<Id>,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        self.pending.extend(dirty);
        let mut first_error = None;
        // backup (issue 10): whether any project was written or removed.
        let mut wrote = false;
        // Records first, remembering which are new to storage...
        let mut added = Vec::new();
        for id in self.pending.clone() {
            let Some(project) = ws.get(&id) else { continue };
            let key = project_key(&id);
            if !self.known.contains_key(&key) {
                added.push(id.clone());
            }
            match self.write(&key, format::store(project, now)) {
                Ok(()) => {
                    self.pending.remove(&id);
                    wrote = true;
                }
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        // ...then the index, naming only projects that have a record (an
        // older one stays listed if its update failed)...
        let listed: Vec<Id> = ws
            .projects
            .iter()
            .map(|p| p.id.clone())
            .filter(|id| self.known.contains_key(&project_key(id)))
            .collect();
        let index = serde_json::to_string(&Index {
            version: 1,
            projects: listed,
        })
        .expect("ids serialise");
        if let Err(e) = self.write(INDEX_KEY, index) {
            first_error.get_or_insert(e);
            // The index does not name the new records: take them back out so
            // storage stays as it was, and retry them with the next save.
            for id in added {
                let key = project_key(&id);
                if self.known.contains_key(&key) && self.backend.remove(&key).is_ok() {
                    self.known.remove(&key);
                    self.pending.insert(id);
                }
            }
        } else {
            // ...then removals, once the index no longer names them.
            for id in self.pending.clone() {
                if ws.get(&id).is_none() {
                    let key = project_key(&id);
                    match self.backend.remove(&key) {
                        Ok(()) => {
                            self.known.remove(&key);
                            self.pending.remove(&id);
                            wrote = true;
                        }
                        Err(e) => {
                            first_error.get_or_insert(e);
                        }
                    }
                }
            }
        }
        if wrote {
            // Losing this only delays the export reminder: no message.
            let _ = backup::note_change(&mut self.backend, now);
        }
        first_error.map_or(Ok(()), Err)
    }

    fn write(&mut self, key: &str, value: String) -> Result<(), StoreError> {
        // Skips rewriting what is already there (the index, mostly: a
        // project record carries its save time, so it differs each save).
        if self.known.get(key) == Some(&value) {
            return Ok(());
        }
        self.backend.set(key, &value)?;
        self.known.insert(key.to_owned(), value);
        Ok(())
    }

    /// Makes sense of a change another tab made to storage. Returns `None`
    /// for keys that are not ours, changes we already know, and records that
    /// cannot be read (those stay in storage untouched until the next load).
    pub fn external(&mut self, key: &str, new_value: Option<String>) -> Option<External> {
        if self.known.get(key) == new_value.as_ref() {
            return None;
        }
        if key == SETTINGS_KEY {
            return Some(External::Settings);
        }
        if key == INDEX_KEY {
            let index: Index = crate::format::read_record(new_value.as_deref()?).ok()?;
            self.known.insert(key.into(), new_value?);
            return Some(External::Order(index.projects));
        }
        let id = Id::parse(key.strip_prefix(PROJECT_PREFIX)?)?;
        match new_value {
            None => {
                self.known.remove(key);
                Some(External::Project(id, None))
            }
            Some(raw) => {
                let mut projects = format::import(raw.as_bytes()).ok()?;
                if projects.len() != 1 || projects[0].id != id {
                    return None;
                }
                self.known.insert(key.into(), raw);
                Some(External::Project(id, Some(Box::new(projects.remove(0)))))
            }
        }
    }

    /// Storage was emptied from outside (another tab cleared the site's
    /// data): forget what we believed was stored, so the next save writes
    /// every project this tab still holds.
    pub fn storage_cleared(&mut self, ws: &Workspace) {
        self.known.clear();
        self.pending
            .extend(ws.projects.iter().map(|p| p.id.clone()));
    }

    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    pub fn get_setting(&self) -> Option<String> {
        self.backend.get(SETTINGS_KEY).ok().flatten()
    }

    pub fn set_setting(&mut self, value: &str) -> Result<(), StoreError> {
        self.backend.set(SETTINGS_KEY, value)
    }
}

/// Moves a record that could not be read aside, to
/// `canevas.quarantine.<time>.<key>`, so that nothing writes over it.
/// Returns where it is now: that key, or `key` itself if there was no room
/// to copy it (then it is left untouched).
pub fn set_aside(backend: &mut impl Backend, key: &str, raw: &str, now: Timestamp) -> String {
    let aside = format!("{QUARANTINE_PREFIX}{}.{key}", now.0);
    match backend.set(&aside, raw) {
        Ok(()) => {
            let _ = backend.remove(key);
            aside
        }
        Err(_) => key.to_owned(),
    }
}

impl LoadProblem {
    /// Whether the record is still under its key and must not be written
    /// over: one from a newer version, or one there was no room to set aside.
    pub fn keeps_key(&self) -> bool {
        match self {
            LoadProblem::Newer { .. } => true,
            LoadProblem::Unreadable { key, kept_as, .. } => key == kept_as,
            _ => false,
        }
    }
}

/// Reads one record kept under its own key (the facilitator's exercises,
/// feedback): `Ok(None)` if there is none. One that cannot be read is set
/// aside first ([`set_aside`]); one from a newer version is left in place.
/// Either way the problem is returned, to be reported, and if
/// [`LoadProblem::keeps_key`] the caller must not write that key.
pub fn read_record<T>(
    backend: &mut impl Backend,
    key: &str,
    now: Timestamp,
    parse: impl FnOnce(&str) -> Result<T, ImportError>,
) -> Result<Option<T>, LoadProblem> {
    let raw = match backend.get(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Ok(None),
        Err(e) => return Err(LoadProblem::Storage(e)),
    };
    match parse(&raw) {
        Ok(v) => Ok(Some(v)),
        Err(ImportError::FutureVersion { .. }) => Err(LoadProblem::Newer { key: key.into() }),
        Err(error) => Err(LoadProblem::Unreadable {
            key: key.into(),
            kept_as: set_aside(backend, key, &raw, now),
            error,
        }),
    }
}

/// In-memory storage with an optional quota, for tests.
#[derive(Clone, Debug, Default)]
pub struct MemoryBackend {
    pub map: BTreeMap<String, String>,
    /// Most bytes (keys plus values) it will hold.
    pub quota: Option<usize>,
}

impl MemoryBackend {
    fn used(&self) -> usize {
        self.map.iter().map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.map.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota {
            let old = self.map.get(key).map_or(0, |v| key.len() + v.len());
            if self.used() - old + key.len() + value.len() > quota {
                return Err(StoreError::Full);
            }
        }
        self.map.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.map.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.map.keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Note};

    fn project(id: &str, title: &str, at: u64) -> Project {
        let mut p = Project::new(Id::parse(id).unwrap(), title, Timestamp(at));
        p.canvas.add_note(
            Block::Channels,
            Note::new(
                Id::parse(&format!("{id}n")).unwrap(),
                "Steam",
                Timestamp(at),
            ),
        );
        p
    }

    fn workspace(projects: &[Project]) -> Workspace {
        Workspace {
            projects: projects.to_vec(),
        }
    }

    fn ids(ws: &Workspace) -> Vec<&str> {
        ws.projects.iter().map(|p| p.id.as_str()).collect()
    }

    fn id(s: &str) -> Id {
        Id::parse(s).unwrap()
    }

    #[test]
    fn what_is_saved_loads_back_in_order() {
        let ws = workspace(&[project("b", "B", 2), project("a", "A", 1)]);
        let mut store = Store::new(MemoryBackend::default());
        store
            .save(&ws, vec![id("a"), id("b")], Timestamp(3))
            .unwrap();
        let loaded = Store::new(store.backend().clone()).load(Timestamp(4));
        assert_eq!(loaded.workspace, ws);
        assert!(loaded.problems.is_empty());
    }

    #[test]
    fn an_edit_rewrites_only_its_project() {
        let mut ws = workspace(&[project("a", "A", 1), project("b", "B", 1)]);
        let mut store = Store::new(MemoryBackend::default());
        store
            .save(&ws, vec![id("a"), id("b")], Timestamp(3))
            .unwrap();
        let before = store.backend().map.clone();
        ws.projects[0].title = "A2".into();
        store.save(&ws, vec![id("a")], Timestamp(5)).unwrap();
        let after = &store.backend().map;
        assert_ne!(after["canevas.project.a"], before["canevas.project.a"]);
        assert_eq!(after["canevas.project.b"], before["canevas.project.b"]);
        assert_eq!(after[INDEX_KEY], before[INDEX_KEY]);
    }

    #[test]
    fn a_full_quota_keeps_what_was_stored_and_retries() {
        let mut ws = workspace(&[project("a", "A", 1)]);
        let mut store = Store::new(MemoryBackend::default());
        store.save(&ws, vec![id("a")], Timestamp(1)).unwrap();
        let stored = store.backend().map.clone();
        store.backend.quota = Some(store.backend.used());
        ws.projects[0].title = "A much longer title that no longer fits".into();
        assert_eq!(
            store.save(&ws, vec![id("a")], Timestamp(2)),
            Err(StoreError::Full)
        );
        assert_eq!(store.backend().map, stored, "stored work untouched");
        assert!(store.has_pending());
        store.backend.quota = None;
        store.save(&ws, vec![], Timestamp(3)).unwrap();
        assert!(!store.has_pending());
        assert_eq!(
            Store::new(store.backend().clone())
                .load(Timestamp(4))
                .workspace,
            ws
        );
    }

    #[test]
    fn a_new_project_that_does_not_fit_is_not_listed_in_the_index() {
        let mut store = Store::new(MemoryBackend {
            quota: Some(10),
            ..Default::default()
        });
        let ws = workspace(&[project("a", "A", 1)]);
        assert_eq!(
            store.save(&ws, vec![id("a")], Timestamp(1)),
            Err(StoreError::Full)
        );
        assert!(store.backend().map.is_empty());
    }

    #[test]
    fn corrupted_records_are_kept_aside_and_reported() {
        let mut backend = MemoryBackend::default();
        let good = project("a", "A", 1);
        backend.map.insert(
            "canevas.project.a".into(),
            format::store(&good, Timestamp(1)),
        );
        backend.map.insert(
            "canevas.project.b".into(),
            "{\"format\":\"canevas\",\"vers".into(),
        );
        backend.map.insert(INDEX_KEY.into(), "not json".into());
        let loaded = Store::new(backend).load(Timestamp(9));
        assert_eq!(ids(&loaded.workspace), ["a"]);
        assert!(loaded.problems.contains(&LoadProblem::Unreadable {
            key: "canevas.project.b".into(),
            kept_as: "canevas.quarantine.9.canevas.project.b".into(),
            error: ImportError::Truncated,
        }));
        assert!(loaded
            .problems
            .iter()
            .any(|p| matches!(p, LoadProblem::Unreadable { key, .. } if key == INDEX_KEY)));
        assert!(loaded
            .problems
            .contains(&LoadProblem::Recovered { count: 1 }));
    }

    #[test]
    fn a_record_that_cannot_be_moved_aside_is_left_in_place() {
        let mut backend = MemoryBackend::default();
        backend
            .map
            .insert("canevas.project.b".into(), "garbage".into());
        backend.quota = Some(backend.used());
        let mut store = Store::new(backend);
        let loaded = store.load(Timestamp(9));
        assert!(
            matches!(&loaded.problems[0], LoadProblem::Unreadable { kept_as, .. } if kept_as == "canevas.project.b")
        );
        assert_eq!(store.backend().map["canevas.project.b"], "garbage");
    }

    #[test]
    fn a_record_from_a_newer_version_is_left_in_place() {
        let mut backend = MemoryBackend::default();
        let newer = r#"{"format":"canevas","version":99,"projects":[]}"#;
        backend.map.insert("canevas.project.n".into(), newer.into());
        let mut store = Store::new(backend);
        let loaded = store.load(Timestamp(2));
        assert_eq!(
            loaded.problems,
            [LoadProblem::Newer {
                key: "canevas.project.n".into()
            }]
        );
        store.save(&loaded.workspace, vec![], Timestamp(3)).unwrap();
        assert_eq!(
            store.backend().map["canevas.project.n"],
            newer,
            "never overwritten"
        );
    }

    #[test]
    fn a_single_record_is_read_set_aside_or_left_for_a_newer_version() {
        let parse = |raw: &str| format::exchange::import_exercises(raw.as_bytes());
        let mut b = MemoryBackend::default();
        assert_eq!(read_record(&mut b, "k", Timestamp(1), parse), Ok(None));
        let good = format::exchange::export_exercises(&[], Timestamp(1));
        b.map.insert("k".into(), good);
        assert_eq!(
            read_record(&mut b, "k", Timestamp(1), parse),
            Ok(Some(vec![]))
        );
        // Unreadable: copied aside before anything can write over it.
        b.map.insert("k".into(), "{broken".into());
        let problem = read_record(&mut b, "k", Timestamp(7), parse).unwrap_err();
        assert!(!problem.keeps_key());
        assert_eq!(b.map["canevas.quarantine.7.k"], "{broken");
        assert!(!b.map.contains_key("k"));
        // From a newer version: left where it is, and not to be written.
        let newer = r#"{"format":"canevas-exercises","version":9,"saved_at":1,"exercises":[]}"#;
        b.map.insert("k".into(), newer.into());
        let problem = read_record(&mut b, "k", Timestamp(8), parse).unwrap_err();
        assert_eq!(problem, LoadProblem::Newer { key: "k".into() });
        assert!(problem.keeps_key());
        assert_eq!(b.map["k"], newer);
        // No room to set it aside: left in place, and not to be written.
        b.map.insert("k".into(), "garbage".into());
        b.quota = Some(b.used());
        assert!(read_record(&mut b, "k", Timestamp(9), parse)
            .unwrap_err()
            .keeps_key());
        assert_eq!(b.map["k"], "garbage");
    }

    #[test]
    fn a_record_under_the_wrong_key_is_not_trusted() {
        let mut backend = MemoryBackend::default();
        backend.map.insert(
            "canevas.project.x".into(),
            format::store(&project("a", "A", 1), Timestamp(1)),
        );
        let loaded = Store::new(backend).load(Timestamp(2));
        assert!(loaded.workspace.projects.is_empty());
        assert!(matches!(
            &loaded.problems[0],
            LoadProblem::Unreadable { .. }
        ));
    }

    #[test]
    fn deletion_updates_the_index_before_removing_the_record() {
        let mut ws = workspace(&[project("a", "A", 1), project("b", "B", 1)]);
        let mut store = Store::new(MemoryBackend::default());
        store
            .save(&ws, vec![id("a"), id("b")], Timestamp(1))
            .unwrap();
        ws.remove(&id("a"));
        store.save(&ws, vec![id("a")], Timestamp(2)).unwrap();
        assert!(!store.backend().map.contains_key("canevas.project.a"));
        assert_eq!(
            ids(&Store::new(store.backend().clone())
                .load(Timestamp(3))
                .workspace),
            ["b"]
        );
    }

    #[test]
    fn after_storage_is_cleared_elsewhere_the_next_save_writes_everything_back() {
        let ws = workspace(&[project("a", "A", 1), project("b", "B", 1)]);
        let mut store = Store::new(MemoryBackend::default());
        store
            .save(&ws, vec![id("a"), id("b")], Timestamp(1))
            .unwrap();
        store.backend.map.clear();
        store.storage_cleared(&ws);
        store.save(&ws, vec![], Timestamp(2)).unwrap();
        assert_eq!(
            Store::new(store.backend().clone())
                .load(Timestamp(3))
                .workspace,
            ws
        );
    }

    #[test]
    fn changes_from_another_tab_are_recognised_once() {
        let ws = workspace(&[project("a", "A", 1)]);
        let mut mine = Store::new(MemoryBackend::default());
        mine.save(&ws, vec![id("a")], Timestamp(1)).unwrap();
        let echo = mine.backend().map["canevas.project.a"].clone();
        assert_eq!(
            mine.external("canevas.project.a", Some(echo)),
            None,
            "our own write"
        );
        let theirs = format::store(&project("a", "A from the other tab", 2), Timestamp(2));
        assert!(matches!(
            mine.external("canevas.project.a", Some(theirs)),
            Some(External::Project(_, Some(p))) if p.title == "A from the other tab"
        ));
        assert_eq!(
            mine.external("canevas.project.a", Some("broken".into())),
            None
        );
        assert_eq!(mine.external("someone.else", Some("x".into())), None);
        assert_eq!(
            mine.external("canevas.project.a", None),
            Some(External::Project(id("a"), None))
        );
        assert_eq!(
            mine.external(
                INDEX_KEY,
                Some(r#"{"version":1,"projects":["b","a"]}"#.into())
            ),
            Some(External::Order(vec![id("b"), id("a")]))
        );
    }
}
