#![cfg(not(target_arch = "wasm32"))]
//! The session and the store together, as a user goes: every change saved
//! at once, and what a reload shows is what the user last saw.

use canevas::format;
use canevas::history::Scope;
use canevas::model::{
    Block, Colour, Discipline, Id, Project, Timestamp, Workspace, MAX_TEXT_CHARS,
};
use canevas::session::{OnConflict, ProjectDetails, Session};
use canevas::storage::{
    project_key, Backend, External, LoadProblem, MemoryBackend, Store, StoreError, INDEX_KEY,
};
use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

/// A session whose ids are drawn from a counter starting at `seed` (the
/// browser draws random ones; two tabs never draw the same).
fn session(workspace: Workspace, seed: u64) -> Session {
    let mut n = seed;
    Session::new(workspace, move || {
        n += 1;
        Id::from_random(n)
    })
}

fn details(title: &str) -> ProjectDetails {
    ProjectDetails {
        title: title.into(),
        ..Default::default()
    }
}

/// Saves what the last operation changed, as the UI does after each one.
fn save<B: Backend>(store: &mut Store<B>, s: &mut Session, now: u64) -> Result<(), StoreError> {
    let dirty = s.take_dirty();
    store.save(s.workspace(), dirty, Timestamp(now))
}

/// What a reload of the page would show.
fn reload(backend: &MemoryBackend, now: u64) -> (Workspace, Vec<LoadProblem>) {
    let loaded = Store::new(backend.clone()).load(Timestamp(now));
    (loaded.workspace, loaded.problems)
}

fn assert_reloads_as(backend: &MemoryBackend, expected: &Workspace) {
    let (ws, problems) = reload(backend, 999);
    assert_eq!(problems, []);
    assert_eq!(&ws, expected);
}

fn titles(ws: &Workspace) -> Vec<&str> {
    ws.projects.iter().map(|p| p.title.as_str()).collect()
}

fn note_texts(p: &Project, block: Block) -> Vec<&str> {
    p.canvas
        .notes(block)
        .iter()
        .map(|n| n.text.as_str())
        .collect()
}

/// Adds a note and types its text, as a user does.
fn write_note(s: &mut Session, project: &Id, block: Block, text: &str, now: u64) -> Id {
    let note = s
        .add_note(project, block, Timestamp(now))
        .expect("the block has room");
    assert!(s.edit(
        project,
        Timestamp(now + 1),
        Some(format!("text:{note}")),
        |p, now| p.canvas.set_text(&note, text, now)
    ));
    note
}

#[test]
fn every_change_saved_at_once_is_there_after_a_reload() {
    let mut store = Store::new(MemoryBackend::default());
    let mut s = session(store.load(Timestamp(0)).workspace, 0);
    let mut t = 1_795_425_300_000;
    let mut tick = || {
        t += 1000;
        t
    };

    let kola = s.create_project(details("Kola"), Timestamp(tick()));
    save(&mut store, &mut s, tick()).unwrap();
    assert_reloads_as(store.backend(), s.workspace());

    let gardiennes = s.create_project(
        ProjectDetails {
            title: "Les Gardiennes de Grand-Bassam".into(),
            pitch: "Un webtoon d'aventure fantastique".into(),
            discipline: Discipline::Webtoon,
            country: "Côte d'Ivoire".into(),
            team: vec!["Aya Kouassi".into(), "Yao N'Guessan".into()],
        },
        Timestamp(tick()),
    );
    save(&mut store, &mut s, tick()).unwrap();

    let festival = write_note(
        &mut s,
        &gardiennes,
        Block::Channels,
        "Festival Coco Bulles",
        tick(),
    );
    save(&mut store, &mut s, tick()).unwrap();
    let readers = write_note(
        &mut s,
        &gardiennes,
        Block::CustomerSegments,
        "Lecteurs de 15 à 25 ans",
        tick(),
    );
    save(&mut store, &mut s, tick()).unwrap();
    let webtoon = write_note(
        &mut s,
        &gardiennes,
        Block::Channels,
        "Webtoon Canvas",
        tick(),
    );
    save(&mut store, &mut s, tick()).unwrap();
    assert_reloads_as(store.backend(), s.workspace());

    // Recolour, move, retype, rename: each saved at once.
    let now = tick();
    assert!(s.edit(&gardiennes, Timestamp(now), None, |p, now| p
        .canvas
        .set_colour(&readers, Some(Colour::Pink), now)));
    save(&mut store, &mut s, tick()).unwrap();
    let now = tick();
    assert!(s.edit(&gardiennes, Timestamp(now), None, |p, now| p
        .canvas
        .move_note(&webtoon, Block::Channels, 0, now)));
    save(&mut store, &mut s, tick()).unwrap();
    let now = tick();
    assert!(s.edit(&gardiennes, Timestamp(now), None, |p, now| p
        .canvas
        .set_text(&festival, "Festival Coco Bulles à Grand-Bassam", now)));
    save(&mut store, &mut s, tick()).unwrap();
    assert!(s.set_details(&kola, details("Kola Studio"), "title", Timestamp(tick())));
    save(&mut store, &mut s, tick()).unwrap();

    assert_reloads_as(store.backend(), s.workspace());
    let (ws, _) = reload(store.backend(), tick());
    assert_eq!(
        titles(&ws),
        ["Les Gardiennes de Grand-Bassam", "Kola Studio"]
    );
    let p = ws.get(&gardiennes).unwrap();
    assert_eq!(
        (p.discipline, p.country.as_str()),
        (Discipline::Webtoon, "Côte d'Ivoire")
    );
    assert_eq!(
        note_texts(p, Block::Channels),
        ["Webtoon Canvas", "Festival Coco Bulles à Grand-Bassam"]
    );
    assert_eq!(p.canvas.note(&readers).unwrap().colour, Some(Colour::Pink));

    // Undo and redo are changes like any other (here in Kola's history).
    let kola_screens = Scope::Project(kola.clone());
    assert!(s.undo(&kola_screens).is_some());
    save(&mut store, &mut s, tick()).unwrap();
    assert_eq!(
        titles(&reload(store.backend(), tick()).0),
        ["Les Gardiennes de Grand-Bassam", "Kola"]
    );
    assert!(s.redo(&kola_screens).is_some());
    save(&mut store, &mut s, tick()).unwrap();
    assert_reloads_as(store.backend(), s.workspace());
}

#[test]
fn an_undone_deletion_is_back_after_a_reload() {
    let mut store = Store::new(MemoryBackend::default());
    let mut s = session(Workspace::default(), 0);
    let older = s.create_project(details("Souk Tycoon"), Timestamp(1));
    write_note(&mut s, &older, Block::RevenueStreams, "Free to play", 2);
    let newer = s.create_project(details("Les Voisins de Bab Souika"), Timestamp(4));
    write_note(&mut s, &newer, Block::Channels, "YouTube", 5);
    write_note(
        &mut s,
        &newer,
        Block::Channels,
        "Journées cinématographiques de Carthage",
        7,
    );
    save(&mut store, &mut s, 9).unwrap();
    let before = s.workspace().clone();

    let deleted = s.delete_project(&newer, Timestamp(10)).unwrap();
    save(&mut store, &mut s, 10).unwrap();
    let (ws, problems) = reload(store.backend(), 11);
    assert_eq!((titles(&ws), problems), (vec!["Souk Tycoon"], vec![]));

    assert!(s.undo(&Scope::Home).is_some());
    save(&mut store, &mut s, 12).unwrap();
    assert_eq!(s.workspace(), &before);
    assert_reloads_as(store.backend(), &before);
    let (ws, _) = reload(store.backend(), 13);
    assert_eq!(
        ws.projects[0], deleted,
        "back in its place, notes, ids and dates as they were"
    );

    assert!(s.redo(&Scope::Home).is_some());
    save(&mut store, &mut s, 14).unwrap();
    assert_eq!(titles(&reload(store.backend(), 15).0), ["Souk Tycoon"]);
}

#[test]
fn a_storage_that_fills_up_keeps_the_last_saved_work() {
    let mut store = Store::new(MemoryBackend {
        quota: Some(8_000),
        ..Default::default()
    });
    let mut s = session(Workspace::default(), 0);
    let p = s.create_project(details("Kola"), Timestamp(1));
    save(&mut store, &mut s, 1).unwrap();

    // Notes of 400 characters until the storage is full.
    let mut last_saved = s.workspace().clone();
    let mut t = 10;
    let error = loop {
        t += 10;
        assert!(t < 1000, "the storage never filled up");
        write_note(
            &mut s,
            &p,
            Block::KeyActivities,
            &format!("{t:03} {}", "é".repeat(396)),
            t,
        );
        match save(&mut store, &mut s, t + 2) {
            Ok(()) => last_saved = s.workspace().clone(),
            Err(e) => break e,
        }
    };
    assert_eq!(error, StoreError::Full);
    assert!(last_saved.projects[0].canvas.note_count() >= 3);
    assert_reloads_as(store.backend(), &last_saved);

    // Working on while it is full: each save fails the same way, and what
    // was stored stays as it was.
    write_note(
        &mut s,
        &p,
        Block::CostStructure,
        "Tablettes graphiques",
        t + 10,
    );
    assert_eq!(save(&mut store, &mut s, t + 12), Err(StoreError::Full));
    let id = s.project(&p).unwrap().canvas.notes(Block::KeyActivities)[0]
        .id
        .clone();
    assert!(
        s.edit(&p, Timestamp(t + 14), None, |p, now| p.canvas.set_text(
            &id,
            &"û".repeat(500),
            now
        ))
    );
    assert_eq!(save(&mut store, &mut s, t + 14), Err(StoreError::Full));
    assert_reloads_as(store.backend(), &last_saved);

    // Making room (deleting three long notes) saves everything without the
    // user doing anything more.
    for _ in 0..3 {
        let id = s.project(&p).unwrap().canvas.notes(Block::KeyActivities)[0]
            .id
            .clone();
        assert!(s.edit(&p, Timestamp(t + 30), None, |p, _| p
            .canvas
            .remove_note(&id)
            .is_some()));
    }
    save(&mut store, &mut s, t + 31).unwrap();
    assert!(!store.has_pending());
    assert_reloads_as(store.backend(), s.workspace());
    assert_eq!(
        note_texts(s.project(&p).unwrap(), Block::CostStructure),
        ["Tablettes graphiques"]
    );
    let other = s.create_project(details("Mémoires de Douala"), Timestamp(t + 40));
    save(&mut store, &mut s, t + 40).unwrap();
    assert_eq!(
        titles(&reload(store.backend(), t + 41).0),
        ["Mémoires de Douala", "Kola"]
    );
    assert!(s.workspace().get(&other).is_some());
}

/// A project created while storage is full, whose record still fits but
/// whose place in the index does not: the save reports `Full`, and yet the
/// next reload tells the user a project was "recovered" and shows it last,
/// not where they saw it.
#[test]
fn a_project_created_while_storage_is_full_does_not_come_back_as_recovered() {
    let mut store = Store::new(MemoryBackend::default());
    let mut s = session(Workspace::default(), 0);
    s.create_project(details("Kola"), Timestamp(1));
    save(&mut store, &mut s, 1).unwrap();

    // Storage with room for the new project's record, not for the index to
    // name it as well (other sites, other data: it happens).
    let new = s.create_project(details("Mémoires de Douala"), Timestamp(2));
    let used: usize = store
        .backend()
        .map
        .iter()
        .map(|(k, v)| k.len() + v.len())
        .sum();
    let record =
        project_key(&new).len() + format::store(s.project(&new).unwrap(), Timestamp(2)).len();
    let backend = MemoryBackend {
        quota: Some(used + record + 5),
        ..store.backend().clone()
    };
    let mut store = Store::new(backend);
    store.load(Timestamp(2));
    assert_eq!(save(&mut store, &mut s, 2), Err(StoreError::Full));

    let (ws, problems) = reload(store.backend(), 3);
    assert_eq!(problems, [], "nothing crashed: there is nothing to recover");
    let order = |w: &Workspace| w.projects.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
    let session_order: Vec<Id> = order(s.workspace())
        .into_iter()
        .filter(|id| ws.get(id).is_some())
        .collect();
    assert_eq!(
        order(&ws),
        session_order,
        "projects reload in the order the user saw them"
    );
}

/// Storage that "crashes" when the index is written, as a closed tab or a
/// power cut between the two writes of a save would: from then on nothing
/// reaches it, since the page that would write is gone.
#[derive(Clone, Default)]
struct CrashBeforeIndex {
    inner: MemoryBackend,
    crash: bool,
    crashed: bool,
}

impl Backend for CrashBeforeIndex {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.crashed || (self.crash && key == INDEX_KEY) {
            self.crashed = true;
            return Err(StoreError::Other("the tab was closed".into()));
        }
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        if self.crashed {
            return Err(StoreError::Other("the tab was closed".into()));
        }
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }
}

#[test]
fn a_project_created_just_before_a_crash_is_recovered() {
    let mut store = Store::new(CrashBeforeIndex::default());
    let mut s = session(Workspace::default(), 0);
    s.create_project(details("Souk Tycoon"), Timestamp(1));
    save(&mut store, &mut s, 1).unwrap();

    let mut crashing = Store::new(CrashBeforeIndex {
        crash: true,
        ..store.backend().clone()
    });
    crashing.load(Timestamp(2));
    let new = s.create_project(details("Sahel Sessions"), Timestamp(3));
    write_note(
        &mut s,
        &new,
        Block::ValuePropositions,
        "Des concerts filmés",
        4,
    );
    assert!(save(&mut crashing, &mut s, 6).is_err());

    let backend = crashing.backend().inner.clone();
    let (ws, problems) = reload(&backend, 7);
    assert_eq!(problems, [LoadProblem::Recovered { count: 1 }]);
    assert_eq!(titles(&ws), ["Souk Tycoon", "Sahel Sessions"]);
    assert_eq!(
        note_texts(ws.get(&new).unwrap(), Block::ValuePropositions),
        ["Des concerts filmés"]
    );

    // The next save after the reload lists it again for good.
    let mut store = Store::new(backend);
    let loaded = store.load(Timestamp(8));
    store.save(&loaded.workspace, vec![], Timestamp(8)).unwrap();
    assert_reloads_as(store.backend(), &loaded.workspace);
}

#[test]
fn an_imported_file_is_kept_as_it_was_across_reloads() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format/v1");
    let read = |name: &str| format::import(&std::fs::read(fixtures.join(name)).unwrap()).unwrap();
    let mut store = Store::new(MemoryBackend::default());
    let mut s = session(Workspace::default(), 0);
    s.create_project(details("Kola"), Timestamp(1));
    save(&mut store, &mut s, 1).unwrap();

    let hostile = read("hostile.json");
    let outcome = s.import(hostile.clone(), OnConflict::Replace, Timestamp(2));
    assert_eq!((outcome.added, outcome.replaced), (2, 0));
    save(&mut store, &mut s, 2).unwrap();
    let (ws, problems) = reload(store.backend(), 3);
    assert_eq!(problems, []);
    assert_eq!(
        &ws.projects[..2],
        &hostile[..],
        "hostile text is stored and read back as plain text"
    );

    // The same webtoon imported twice, keeping both: two projects that do not
    // share an id, both kept.
    let webtoon = read("project.json");
    s.import(webtoon.clone(), OnConflict::Replace, Timestamp(4));
    save(&mut store, &mut s, 4).unwrap();
    let outcome = s.import(webtoon.clone(), OnConflict::KeepBoth, Timestamp(5));
    save(&mut store, &mut s, 5).unwrap();
    assert_reloads_as(store.backend(), s.workspace());
    let (ws, _) = reload(store.backend(), 6);
    let copy = ws.get(&outcome.ids[0]).unwrap();
    assert_eq!(copy.title, "Les Gardiennes de Grand-Bassam (2)");
    assert_eq!(copy.canvas.note_count(), webtoon[0].canvas.note_count());
    assert!(copy
        .canvas
        .all_notes()
        .all(|(_, n)| webtoon[0].canvas.note(&n.id).is_none()));
    assert_eq!(ws.get(&webtoon[0].id), Some(&webtoon[0]));

    // Undoing the import removes the copy for good.
    assert!(s.undo(&Scope::Home).is_some());
    save(&mut store, &mut s, 7).unwrap();
    let (ws, _) = reload(store.backend(), 8);
    assert!(ws.get(&outcome.ids[0]).is_none());
    assert_eq!(ws.projects.len(), 4);
}

#[test]
fn work_stored_at_version_2_opens_migrated_and_is_stored_again_at_version_3() {
    // Records written by the previous release, exactly as it stored them:
    // the studio's importance on its old 1–4 scale, one note whose colour
    // was left out (yellow then).
    let v2 = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format/v2");
    let mut record: serde_json::Value =
        serde_json::from_slice(&std::fs::read(v2.join("feasibility.json")).unwrap()).unwrap();
    let p = &mut record["projects"][0];
    let id = Id::parse(p["id"].as_str().unwrap()).unwrap();
    let first_note = p["canvas"]["customer_segments"][0].as_object_mut().unwrap();
    first_note.remove("colour");
    let note = Id::parse(first_note["id"].as_str().unwrap()).unwrap();
    let mut backend = MemoryBackend::default();
    backend.set(&project_key(&id), &record.to_string()).unwrap();
    backend
        .set(
            INDEX_KEY,
            &format!(r#"{{"version":1,"projects":["{id}"]}}"#),
        )
        .unwrap();

    let (ws, problems) = reload(&backend, 10);
    assert_eq!(problems, []);
    let p = ws.get(&id).unwrap();
    assert_eq!(p.canvas.note(&note).unwrap().colour, Some(Colour::Yellow));
    let importance: Vec<u8> = p
        .feasibility
        .assumptions
        .iter()
        .map(|a| a.importance)
        .collect();
    assert_eq!(importance, [5, 5, 4, 2]);

    // The next save writes it at the current version, with the same values.
    let mut store = Store::new(backend);
    let mut s = session(store.load(Timestamp(11)).workspace, 100);
    assert!(s.edit(&id, Timestamp(12), None, |p, now| p.canvas.set_text(
        &note,
        "Lecteurs de 15 à 25 ans",
        now
    )));
    save(&mut store, &mut s, 13).unwrap();
    let stored: serde_json::Value =
        serde_json::from_str(&store.backend().get(&project_key(&id)).unwrap().unwrap()).unwrap();
    assert_eq!(stored["version"], format::VERSION);
    let a = &stored["projects"][0]["feasibility"]["assumptions"];
    assert_eq!(
        (&a[0]["importance"], &a[2]["importance"]),
        (&5.into(), &4.into())
    );
    assert_reloads_as(store.backend(), s.workspace());
}

// ---------------------------------------------------------------------------
// Two tabs

/// One browser's storage, shared by its tabs. Every change is logged, as
/// the browser fires a storage event in the other tabs.
#[derive(Default)]
struct Browser {
    storage: MemoryBackend,
    events: Vec<(usize, String, Option<String>)>,
}

struct TabStorage {
    browser: Rc<RefCell<Browser>>,
    tab: usize,
}

impl Backend for TabStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.browser.borrow().storage.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let mut b = self.browser.borrow_mut();
        if b.storage.map.get(key).map(String::as_str) == Some(value) {
            return Ok(()); // no change, no event
        }
        b.storage.set(key, value)?;
        b.events.push((self.tab, key.into(), Some(value.into())));
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        let mut b = self.browser.borrow_mut();
        if b.storage.map.remove(key).is_some() {
            b.events.push((self.tab, key.into(), None));
        }
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.browser.borrow().storage.keys()
    }
}

struct Tab {
    store: Store<TabStorage>,
    session: Session,
    seen: usize,
}

impl Tab {
    fn open(browser: &Rc<RefCell<Browser>>, tab: usize, now: u64) -> Tab {
        let mut store = Store::new(TabStorage {
            browser: browser.clone(),
            tab,
        });
        let loaded = store.load(Timestamp(now));
        assert_eq!(loaded.problems, []);
        let seen = browser.borrow().events.len();
        Tab {
            store,
            session: session(loaded.workspace, tab as u64 * 1_000_000),
            seen,
        }
    }

    fn save(&mut self, now: u64) {
        save(&mut self.store, &mut self.session, now).unwrap();
    }

    /// Takes in the storage events the other tabs caused, as the UI does.
    fn receive(&mut self) {
        let events: Vec<_> = {
            let b = self.store.backend().browser.borrow();
            b.events[self.seen..].to_vec()
        };
        self.seen += events.len();
        let me = self.store.backend().tab;
        for (_, key, value) in events.into_iter().filter(|(from, _, _)| *from != me) {
            match self.store.external(&key, value) {
                Some(External::Project(id, project)) => {
                    self.session.external_change(&id, project.map(|p| *p))
                }
                Some(External::Order(order)) => self.session.external_order(&order),
                Some(External::Settings) | None => {}
            }
        }
    }

    fn workspace(&self) -> &Workspace {
        self.session.workspace()
    }
}

fn stored(browser: &Rc<RefCell<Browser>>) -> MemoryBackend {
    browser.borrow().storage.clone()
}

#[test]
fn a_second_tab_sees_what_the_first_one_saves() {
    let browser = Rc::new(RefCell::new(Browser::default()));
    let mut a = Tab::open(&browser, 1, 0);
    let kola = a.session.create_project(details("Kola"), Timestamp(1));
    let note = write_note(&mut a.session, &kola, Block::Channels, "FESPACO", 2);
    a.save(3);

    let mut b = Tab::open(&browser, 2, 4);
    assert_eq!(b.workspace(), a.workspace());

    // A types; B shows it.
    assert!(a
        .session
        .edit(&kola, Timestamp(5), None, |p, now| p.canvas.set_text(
            &note,
            "FESPACO 2027",
            now
        )));
    a.save(5);
    b.receive();
    assert_eq!(b.workspace(), a.workspace());
    assert_eq!(
        note_texts(b.session.project(&kola).unwrap(), Block::Channels),
        ["FESPACO 2027"]
    );

    // B creates a project; A shows it, in the same place.
    let sahel = b
        .session
        .create_project(details("Sahel Sessions"), Timestamp(6));
    b.save(6);
    a.receive();
    assert_eq!(titles(a.workspace()), ["Sahel Sessions", "Kola"]);
    assert_eq!(a.workspace(), b.workspace());

    // Both edit different projects before hearing from each other: both
    // edits are kept, in both tabs and in storage.
    assert!(a
        .session
        .set_details(&kola, details("Kola Studio"), "title", Timestamp(7)));
    write_note(
        &mut b.session,
        &sahel,
        Block::KeyPartners,
        "Institut français",
        7,
    );
    a.save(8);
    b.save(9);
    a.receive();
    b.receive();
    assert_eq!(titles(a.workspace()), ["Sahel Sessions", "Kola Studio"]);
    assert_eq!(a.workspace(), b.workspace());
    assert_reloads_as(&stored(&browser), a.workspace());

    // A deletes the project B made. B's undo no longer brings back a
    // project that another tab deleted.
    assert!(a.session.delete_project(&sahel, Timestamp(10)).is_some());
    a.save(10);
    b.receive();
    assert_eq!(titles(b.workspace()), ["Kola Studio"]);
    while b.session.undo(&Scope::Home).is_some() {}
    b.save(11);
    a.receive();
    assert!(b.session.project(&sahel).is_none());
    assert_eq!(a.workspace(), b.workspace());
    assert_reloads_as(&stored(&browser), a.workspace());
}

#[test]
fn two_tabs_creating_projects_at_the_same_moment_lose_neither() {
    let browser = Rc::new(RefCell::new(Browser::default()));
    let mut a = Tab::open(&browser, 1, 0);
    a.session.create_project(details("Kola"), Timestamp(1));
    a.save(1);
    let mut b = Tab::open(&browser, 2, 2);
    let x = a
        .session
        .create_project(details("Souk Tycoon"), Timestamp(3));
    let y = b
        .session
        .create_project(details("Sahel Sessions"), Timestamp(3));
    a.save(4);
    b.save(4);
    a.receive();
    b.receive();
    for ws in [
        a.workspace(),
        b.workspace(),
        &reload(&stored(&browser), 5).0,
    ] {
        let mut got = titles(ws);
        got.sort();
        assert_eq!(got, ["Kola", "Sahel Sessions", "Souk Tycoon"]);
        assert_eq!(ws.get(&x), a.session.project(&x));
        assert_eq!(ws.get(&y), b.session.project(&y));
    }
}

/// The team field lets a facilitator type up to 2000 characters, split on
/// commas: sixty names fit. The session takes them and the store writes
/// them, but the project cannot be read back (more than `MAX_TEAM`).
#[test]
fn a_long_team_list_does_not_make_the_project_unreadable() {
    let mut store = Store::new(MemoryBackend::default());
    let mut s = session(Workspace::default(), 0);
    let p = s.create_project(details("Cohorte Abidjan 2026"), Timestamp(1));
    save(&mut store, &mut s, 1).unwrap();
    let typed = (1..=60)
        .map(|i| format!("Participant {i}"))
        .collect::<Vec<_>>()
        .join(", ");
    assert!(typed.chars().count() <= 2000, "fits in the team field");
    let team = Project::parse_team(&typed);
    assert_eq!(team.len(), 60);
    let details = ProjectDetails {
        team,
        ..details("Cohorte Abidjan 2026")
    };
    s.set_details(&p, details, "team", Timestamp(2));
    save(&mut store, &mut s, 2).unwrap();

    let (ws, problems) = reload(store.backend(), 3);
    assert_eq!(problems, []);
    assert!(
        ws.get(&p).is_some(),
        "the project is still there after a reload"
    );
    assert_eq!(&ws, s.workspace());
}

/// Importing a project "keeping both" titles the copy "<title> (2)": a
/// title at the length limit becomes too long to read back.
#[test]
fn a_copy_kept_beside_an_import_can_be_read_back() {
    let mut store = Store::new(MemoryBackend::default());
    let mut s = session(Workspace::default(), 0);
    let mut long = Project::new(
        Id::parse("long").unwrap(),
        "é".repeat(MAX_TEXT_CHARS),
        Timestamp(1),
    );
    long.pitch = "Un titre à la limite".into();
    let file = format::export(&[long], format::Kind::Project, Timestamp(1));
    let incoming = format::import(file.as_bytes()).unwrap();
    s.import(incoming.clone(), OnConflict::Replace, Timestamp(2));
    save(&mut store, &mut s, 2).unwrap();
    s.import(incoming, OnConflict::KeepBoth, Timestamp(3));
    save(&mut store, &mut s, 3).unwrap();

    let (ws, problems) = reload(store.backend(), 4);
    assert_eq!(problems, []);
    assert_eq!(
        ws.projects.len(),
        2,
        "both the original and the copy are still there"
    );
}
