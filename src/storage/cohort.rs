//! The cohort: participants' projects a facilitator collected, kept apart
//! from the facilitator's own projects under their own keys, so the home
//! screen, its index and its saves never see them.
//!
//! | key | holds |
//! | --- | --- |
//! | `canevas.cohort.index` | the cohort's order: `{"version":1,"projects":[ids]}` |
//! | `canevas.cohort.project.<id>` | one project, as a Canevas file of kind `project` |
//!
//! The same safeguards as the workspace: records are written before the
//! index names them and removed after it stops naming them; a record that
//! cannot be read is left where it is, untouched, and reported.

use super::{Backend, StoreError};
use crate::format;
use crate::model::{Id, Project, Timestamp};
use std::collections::BTreeMap;

pub const COHORT_INDEX_KEY: &str = "canevas.cohort.index";
pub const COHORT_PREFIX: &str = "canevas.cohort.project.";

pub fn cohort_key(id: &Id) -> String {
    format!("{COHORT_PREFIX}{id}")
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Index {
    version: u32,
    projects: Vec<Id>,
}

/// The cohort as stored, and how many records could not be read.
#[derive(Debug, Default)]
pub struct LoadedCohort {
    pub projects: Vec<Project>,
    pub unreadable: usize,
}

pub fn load(backend: &impl Backend) -> LoadedCohort {
    let mut out = LoadedCohort::default();
    let Ok(keys) = backend.keys() else {
        return out;
    };
    let mut found: BTreeMap<Id, Project> = BTreeMap::new();
    for key in keys.iter().filter(|k| k.starts_with(COHORT_PREFIX)) {
        let expected = Id::parse(&key[COHORT_PREFIX.len()..]);
        let read = backend
            .get(key)
            .ok()
            .flatten()
            .and_then(|raw| format::import(raw.as_bytes()).ok());
        match (read, expected) {
            (Some(mut ps), Some(id)) if ps.len() == 1 && ps[0].id == id => {
                found.insert(id, ps.remove(0));
            }
            _ => out.unreadable += 1,
        }
    }
    let order = backend
        .get(COHORT_INDEX_KEY)
        .ok()
        .flatten()
        .and_then(|raw| crate::format::read_record::<Index>(&raw).ok())
        .map(|i| i.projects)
        .unwrap_or_default();
    for id in order {
        if let Some(p) = found.remove(&id) {
            out.projects.push(p);
        }
    }
    // Records the index does not name (a write cut short): kept, at the end.
    out.projects.extend(found.into_values());
    out
}

/// Writes the projects named in `changed`, then the index, then removes
/// the records of the projects this tab removed (`removed`), and only
/// those. Another tab may have added projects since this one loaded: the
/// index is merged with the stored one (ids it names that still have a
/// record and that this tab did not remove are kept, after this tab's), so
/// a stale tab never drops another's work.
pub fn save(
    backend: &mut impl Backend,
    projects: &[Project],
    changed: &[Id],
    removed: &[Id],
    now: Timestamp,
) -> Result<(), StoreError> {
    for p in projects.iter().filter(|p| changed.contains(&p.id)) {
        backend.set(&cohort_key(&p.id), &format::store(p, now))?;
    }
    let mut order: Vec<Id> = projects.iter().map(|p| p.id.clone()).collect();
    let stored = backend
        .get(COHORT_INDEX_KEY)?
        .and_then(|raw| crate::format::read_record::<Index>(&raw).ok())
        .map(|i| i.projects)
        .unwrap_or_default();
    for id in stored {
        let kept = !order.contains(&id) && !removed.contains(&id);
        if kept && backend.get(&cohort_key(&id))?.is_some() {
            order.push(id);
        }
    }
    let index = Index {
        version: 1,
        projects: order,
    };
    backend.set(
        COHORT_INDEX_KEY,
        &serde_json::to_string(&index).expect("ids serialise"),
    )?;
    for id in removed.iter().filter(|id| !index.projects.contains(id)) {
        let key = cohort_key(id);
        // Only records we can read are ours to remove; anything else
        // stays for the user to recover.
        let ours = backend
            .get(&key)?
            .is_some_and(|raw| format::import(raw.as_bytes()).is_ok());
        if ours {
            backend.remove(&key)?;
        }
    }
    Ok(())
}

/// What an import did to the cohort.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Merged {
    pub added: usize,
    pub updated: usize,
    /// Copies of a project dropped for a newer (or as new) one with the
    /// same id: several participants who imported the same starter file,
    /// or an older file imported again.
    pub skipped: usize,
    /// The ids to write.
    pub changed: Vec<Id>,
}

/// Adds imported projects to the cohort: a project already there is
/// replaced by a newer copy; older copies are skipped, and counted.
pub fn merge(cohort: &mut Vec<Project>, incoming: Vec<Project>) -> Merged {
    let mut m = Merged::default();
    for p in incoming {
        match cohort.iter_mut().find(|c| c.id == p.id) {
            Some(c) if c.updated_at > p.updated_at => m.skipped += 1,
            Some(c) => {
                // A second copy in the same import replaces the first: the
                // first is the one skipped.
                if m.changed.contains(&c.id) {
                    m.skipped += 1;
                } else {
                    m.updated += 1;
                    m.changed.push(c.id.clone());
                }
                *c = p;
            }
            None => {
                m.changed.push(p.id.clone());
                cohort.push(p);
                m.added += 1;
            }
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Workspace;
    use crate::storage::{MemoryBackend, Store, INDEX_KEY};

    fn project(id: &str, at: u64) -> Project {
        Project::new(Id::parse(id).unwrap(), format!("P {id}"), Timestamp(at))
    }

    fn ids(ps: &[Project]) -> Vec<&str> {
        ps.iter().map(|p| p.id.as_str()).collect()
    }

    #[test]
    fn the_cohort_round_trips_apart_from_the_workspace() {
        let mut b = MemoryBackend::default();
        let mut store = Store::new(b.clone());
        let own = Workspace {
            projects: vec![project("mine", 1)],
        };
        store
            .save(&own, vec![Id::parse("mine").unwrap()], Timestamp(1))
            .unwrap();
        b = store.backend().clone();
        let mut cohort = Vec::new();
        let m = merge(&mut cohort, vec![project("a", 1), project("b", 1)]);
        assert_eq!((m.added, m.updated, m.skipped), (2, 0, 0));
        save(&mut b, &cohort, &m.changed, &[], Timestamp(2)).unwrap();
        assert_eq!(ids(&load(&b).projects), ["a", "b"]);
        // The workspace sees only its own project, and its index is untouched.
        let ws = Store::new(b.clone()).load(Timestamp(3)).workspace;
        assert_eq!(ids(&ws.projects), ["mine"]);
        assert!(b.map[INDEX_KEY].contains("mine"));
        assert!(b.map.contains_key("canevas.cohort.project.a"));
    }

    #[test]
    fn a_newer_copy_replaces_an_older_one_and_not_the_reverse() {
        let mut cohort = vec![project("a", 5)];
        let m = merge(&mut cohort, vec![project("a", 3)]);
        assert_eq!((m.updated, m.skipped), (0, 1));
        let m = merge(&mut cohort, vec![project("a", 9), project("b", 1)]);
        assert_eq!(
            (m.added, m.updated, m.skipped, m.changed.len()),
            (1, 1, 0, 2)
        );
        assert_eq!(cohort[0].updated_at, Timestamp(9));
    }

    #[test]
    fn several_copies_of_one_project_keep_the_newest_and_count_the_rest() {
        let mut cohort = vec![project("a", 5)];
        let m = merge(
            &mut cohort,
            vec![
                project("a", 7),
                project("a", 9),
                project("a", 2),
                project("n", 1),
                project("n", 3),
            ],
        );
        assert_eq!((m.added, m.updated, m.skipped), (1, 1, 3));
        assert_eq!(cohort[0].updated_at, Timestamp(9));
        assert_eq!(cohort[1].updated_at, Timestamp(3));
        assert_eq!(ids(&cohort), ["a", "n"]);
    }

    #[test]
    fn removing_drops_the_record_after_the_index() {
        let mut b = MemoryBackend::default();
        let mut cohort = vec![project("a", 1), project("b", 1)];
        let changed: Vec<Id> = cohort.iter().map(|p| p.id.clone()).collect();
        save(&mut b, &cohort, &changed, &[], Timestamp(1)).unwrap();
        let gone = cohort.remove(0).id;
        save(&mut b, &cohort, &[], &[gone], Timestamp(2)).unwrap();
        assert_eq!(ids(&load(&b).projects), ["b"]);
        assert!(!b.map.contains_key("canevas.cohort.project.a"));
    }

    #[test]
    fn a_stale_tab_keeps_what_another_tab_imported() {
        let mut b = MemoryBackend::default();
        let mut first = vec![project("a", 1)];
        save(
            &mut b,
            &first,
            &[Id::parse("a").unwrap()],
            &[],
            Timestamp(1),
        )
        .unwrap();
        // Two tabs load the same cohort.
        let mut stale = load(&b).projects;
        // The first imports two more.
        let m = merge(&mut first, vec![project("b", 2), project("c", 2)]);
        save(&mut b, &first, &m.changed, &[], Timestamp(2)).unwrap();
        // The stale one, which never saw them, adds one and removes "a".
        let m = merge(&mut stale, vec![project("d", 3)]);
        let gone = stale.remove(0).id;
        save(&mut b, &stale, &m.changed, &[gone], Timestamp(3)).unwrap();
        assert_eq!(ids(&load(&b).projects), ["d", "b", "c"]);
        assert!(b.map[COHORT_INDEX_KEY].contains("\"b\""));
        // And the first, still holding "a" but not "d", saves again.
        save(&mut b, &first, &[], &[], Timestamp(4)).unwrap();
        assert_eq!(ids(&load(&b).projects), ["b", "c", "d"]);
    }

    #[test]
    fn unreadable_records_are_counted_and_left_alone() {
        let mut b = MemoryBackend::default();
        b.map
            .insert("canevas.cohort.project.x".into(), "{broken".into());
        let cohort = vec![project("a", 1)];
        save(
            &mut b,
            &cohort,
            &[Id::parse("a").unwrap()],
            &[],
            Timestamp(1),
        )
        .unwrap();
        let loaded = load(&b);
        assert_eq!((ids(&loaded.projects), loaded.unreadable), (vec!["a"], 1));
        assert_eq!(b.map["canevas.cohort.project.x"], "{broken");
    }

    #[test]
    fn a_record_the_index_missed_is_recovered() {
        let mut b = MemoryBackend::default();
        let p = project("late", 1);
        b.map
            .insert(cohort_key(&p.id), format::store(&p, Timestamp(1)));
        assert_eq!(ids(&load(&b).projects), ["late"]);
    }

    #[test]
    fn a_full_storage_is_reported() {
        let mut b = MemoryBackend {
            quota: Some(10),
            ..Default::default()
        };
        let cohort = vec![project("a", 1)];
        assert_eq!(
            save(
                &mut b,
                &cohort,
                &[Id::parse("a").unwrap()],
                &[],
                Timestamp(1)
            ),
            Err(StoreError::Full)
        );
    }
}
