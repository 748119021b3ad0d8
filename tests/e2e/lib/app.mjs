// What a person does with Canevas, written once: find things by their role
// and accessible name, create projects, add notes, import and export files,
// and read the browser's storage (the only place tests look under the UI).

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { TIMEOUT } from './browser.mjs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The nine blocks, in reading order, with their file key and both names. */
export const BLOCKS = [
  { key: 'key_partners', en: 'Key Partners', fr: 'Partenaires clés' },
  { key: 'key_activities', en: 'Key Activities', fr: 'Activités clés' },
  { key: 'key_resources', en: 'Key Resources', fr: 'Ressources clés' },
  { key: 'value_propositions', en: 'Value Propositions', fr: 'Propositions de valeur' },
  { key: 'customer_relationships', en: 'Customer Relationships', fr: 'Relations clients' },
  { key: 'channels', en: 'Channels', fr: 'Canaux' },
  { key: 'customer_segments', en: 'Customer Segments', fr: 'Segments de clientèle' },
  { key: 'cost_structure', en: 'Cost Structure', fr: 'Structure de coûts' },
  { key: 'revenue_streams', en: 'Revenue Streams', fr: 'Flux de revenus' },
];
export const BLOCK_NAMES = BLOCKS.map((b) => b.en);
export const blockKey = (name) => BLOCKS.find((b) => b.en === name || b.fr === name).key;

export const COLOURS = ['Yellow', 'Pink', 'Blue', 'Green', 'Orange', 'Purple'];
export const DISCIPLINES = [
  'Video game',
  'Webtoon or comics',
  'Immersive or XR',
  'Film, series or audiovisual',
  'Music',
  'Digital platform',
  'Other',
];

/** The interface words the helpers need, per language. */
export const EN = {
  lang: 'en',
  home: 'Your projects',
  empty: 'No project yet',
  newProject: 'New project',
  title: 'Title',
  pitch: 'One-line pitch',
  discipline: 'Discipline',
  country: 'Country',
  team: 'Team members',
  create: 'Create',
  cancel: 'Cancel',
  save: 'Save',
  import: 'Import',
  export: 'Export',
  undo: 'Undo',
  redo: 'Redo',
  language: 'Language',
  addNote: 'Add note',
  guidingQuestions: 'Guiding questions',
  canvas: 'Business Model Canvas',
  saved: 'All changes saved',
  dismiss: 'Dismiss',
  block: (b) => b.en,
};
export const FR = {
  lang: 'fr',
  home: 'Vos projets',
  empty: 'Aucun projet pour l’instant',
  newProject: 'Nouveau projet',
  title: 'Titre',
  pitch: 'Pitch en une phrase',
  discipline: 'Discipline',
  country: 'Pays',
  team: 'Membres de l’équipe',
  create: 'Créer',
  cancel: 'Annuler',
  save: 'Enregistrer',
  import: 'Importer',
  export: 'Exporter',
  undo: 'Annuler',
  redo: 'Rétablir',
  language: 'Langue',
  addNote: 'Ajouter une note',
  guidingQuestions: 'Questions pour avancer',
  canvas: 'Business Model Canvas (modèle économique)',
  saved: 'Toutes les modifications sont enregistrées',
  dismiss: 'Fermer',
  block: (b) => b.fr,
};

/**
 * Retries `fn` until it stops throwing (an assertion that becomes true), or
 * rethrows its last error after `timeout` ms.
 */
export async function eventually(fn, { timeout = TIMEOUT, interval = 100, message } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) break;
    await sleep(interval);
  }
  if (message && last instanceof Error) last.message = `${message}\n${last.message}`;
  throw last;
}

// ---------------------------------------------------------------- header

/** Waits until the page is served by an active service worker (public/sw.js). */
export async function controlled(page) {
  await eventually(() => page.evaluate(() => !!navigator.serviceWorker.controller), {
    timeout: 20_000,
    message: 'the page is controlled by the service worker',
  });
}

export const banner = (page) => page.getByRole('banner');
export const headerButton = (page, name) => banner(page).getByRole('button', { name, exact: true });
// The brand link's name is "Canevas" (its tagline may follow).
export const homeLink = (page) => banner(page).getByRole('link', { name: /^Canevas\b/ });

/** Waits until a status (role status) shows `text`. */
export async function waitForStatus(page, text, timeout = TIMEOUT) {
  try {
    await page.getByRole('status').filter({ hasText: text }).first().waitFor({ state: 'attached', timeout });
  } catch (e) {
    throw new Error(`No role=status shows ${JSON.stringify(text)}.\n${await describeMessages(page)}`, { cause: e });
  }
}

/** The texts in every status and alert, for failure messages. */
export async function describeMessages(page) {
  const read = async (role) =>
    (await page.getByRole(role).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const [statuses, alerts] = await Promise.all([read('status'), read('alert')]);
  return `role=status: ${JSON.stringify(statuses)}\nrole=alert: ${JSON.stringify(alerts)}`;
}

export const alerts = (page) => page.getByRole('alert');

/** Clicks every "Dismiss" button of the messages on screen. */
export async function dismissMessages(page, L = EN) {
  for (let i = 0; i < 20; i++) {
    const b = page.getByRole('button', { name: L.dismiss, exact: true });
    if ((await b.count()) === 0) return;
    await b.first().click();
  }
}

export async function isFocused(locator) {
  return locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

export async function assertFocused(locator, message) {
  await eventually(async () => assert.ok(await isFocused(locator), message ?? 'expected the element to have focus'), {
    timeout: 3000,
  });
}

/** What has focus, described for assertion messages. */
export function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'nothing';
    const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent?.slice(0, 40);
    return `<${el.tagName.toLowerCase()}> ${JSON.stringify(label)} value=${JSON.stringify(el.value ?? null)}`;
  });
}

// ---------------------------------------------------------------- projects

export const idFromUrl = (url) => /#\/projects\/([A-Za-z0-9_-]+)/.exec(url)?.[1];

/** Opens the "New project" dialog, fills it, creates; returns the new id. */
export async function createProject(page, details, L = EN) {
  const { title, pitch, discipline, country, team } = typeof details === 'string' ? { title: details } : details;
  await page.getByRole('button', { name: L.newProject, exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: L.newProject });
  await dialog.waitFor();
  await dialog.getByLabel(L.title, { exact: true }).fill(title);
  if (pitch !== undefined) await dialog.getByLabel(L.pitch, { exact: true }).fill(pitch);
  if (discipline !== undefined) await dialog.getByLabel(L.discipline, { exact: true }).selectOption({ label: discipline });
  if (country !== undefined) await dialog.getByLabel(L.country, { exact: true }).fill(country);
  if (team !== undefined) await dialog.getByLabel(L.team, { exact: true }).fill(team);
  await dialog.getByRole('button', { name: L.create, exact: true }).click();
  await page.waitForURL(/#\/projects\/[A-Za-z0-9_-]+\/canvas$/);
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  return idFromUrl(page.url());
}

export async function goHome(page, L = EN) {
  await homeLink(page).click();
  await page.getByRole('heading', { level: 1, name: L.home, exact: true }).waitFor();
}

export const article = (page, title) => page.getByRole('article', { name: title, exact: true });

/** The titles of the projects on the home screen, in order. */
export async function projectTitles(page) {
  const list = page.getByRole('article');
  const n = await list.count();
  const titles = [];
  for (let i = 0; i < n; i++) {
    titles.push((await list.nth(i).getByRole('link').first().innerText()).trim());
  }
  return titles;
}

// ---------------------------------------------------------------- canvas

export const region = (page, name) => page.getByRole('region', { name, exact: true });
export const notesIn = (page, block) => region(page, block).getByRole('textbox', { name: /^Note \d+$/ });
export const note = (page, block, n) => region(page, block).getByRole('textbox', { name: `Note ${n}`, exact: true });
/** The note's box: the list item holding its text and its tools. */
export const noteItem = (textbox) => textbox.locator('xpath=ancestor::li[1]');

// canvas notes (issues 13.4, 14.1): a note's Colour and Move buttons open
// menus, built when opened.
/** A note's Colour button: its name says the colour ("Colour: Pink", "Couleur : Rose"). */
export const colourButton = (item) => item.getByRole('button', { name: /^(Colour|Couleur)\s?: / });
/** A note's Move button. */
export const moveButton = (item) => item.getByRole('button', { name: /^(Move|Déplacer)$/ });

/** The colour a note's Colour button shows, in words, as a person reads it. */
export async function noteColour(textbox) {
  return (await colourButton(noteItem(textbox)).innerText()).trim();
}

/**
 * Opens one of a note's menus (`button`: colourButton or moveButton) and
 * returns it, checking that its button says it is open.
 */
export async function openNoteMenu(textbox, button) {
  const item = await noteTools(textbox);
  const opener = button(item);
  await opener.click();
  const menu = item.getByRole('menu');
  await menu.waitFor();
  assert.equal(await opener.getAttribute('aria-expanded'), 'true', 'the button says its menu is open');
  return menu;
}

/** The names of a note menu's items, in order. */
export async function menuItems(menu) {
  return (await menu.locator('[role^="menuitem"]').allInnerTexts()).map((t) => t.trim());
}

/** Picks `name` (a colour, "Move up", a block...) in one of a note's menus. */
export async function pickInNoteMenu(textbox, button, name) {
  const menu = await openNoteMenu(textbox, button);
  await menu.getByRole('menuitemradio', { name, exact: true }).or(menu.getByRole('menuitem', { name, exact: true })).click();
  await menu.waitFor({ state: 'detached' });
}

/**
 * A note's box with its tools showing: like a person, focus the note first
 * (its tools appear while it has focus or the pointer).
 */
export async function noteTools(textbox) {
  await textbox.focus();
  return noteItem(textbox);
}

/** The texts of a block's notes, read as "Note 1", "Note 2"... */
export async function noteTexts(page, block) {
  const n = await notesIn(page, block).count();
  const texts = [];
  for (let i = 1; i <= n; i++) texts.push(await note(page, block, i).inputValue());
  return texts;
}

/** Every block's note texts, keyed by block name. */
export async function canvasTexts(page, L = EN) {
  const all = {};
  for (const b of BLOCKS) all[L.block(b)] = await noteTexts(page, L.block(b));
  return all;
}

/** Clicks "Add note" in a block, checks the new note has focus, types `text`. */
export async function addNote(page, block, text = '', L = EN) {
  const before = await notesIn(page, block).count();
  await region(page, block).getByRole('button', { name: L.addNote, exact: true }).click();
  const added = note(page, block, before + 1);
  await added.waitFor();
  await assertFocused(added, `the note added to ${block} should have focus`);
  if (text) {
    await page.keyboard.type(text);
    await eventually(async () => assert.equal(await added.inputValue(), text));
  }
  return added;
}

export async function waitForCanvas(page, title, L = EN) {
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  await page.getByRole('heading', { level: 2, name: L.canvas, exact: true }).waitFor();
  for (const b of BLOCKS) await region(page, L.block(b)).waitFor();
}

// ---------------------------------------------------------------- files

/** Imports files through the header's "Import" button and the file chooser. */
export async function importFiles(page, files, L = EN) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), headerButton(page, L.import).click()]);
  await chooser.setFiles(files);
}

/** A file for `chooser.setFiles`, from text or bytes. */
export const fileFrom = (name, content, mimeType = 'application/json') => ({
  name,
  mimeType,
  buffer: Buffer.isBuffer(content) ? content : Buffer.from(typeof content === 'string' ? content : JSON.stringify(content, null, 2)),
});

/** Clicks `locator` and returns the download it starts: name, bytes, text, JSON. */
export async function download(page, locator) {
  const [dl] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const failure = await dl.failure();
  assert.equal(failure, null, `download failed: ${failure}`);
  const buffer = await readFile(await dl.path());
  const text = buffer.toString('utf8');
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    assert.fail(`the downloaded file ${dl.suggestedFilename()} is not JSON: ${e.message}`);
  }
  return { name: dl.suggestedFilename(), buffer, text, json };
}

/** Drops files on the window the way a file manager does (dragenter, dragover, drop). */
export async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: f.type ?? 'application/json' }));
    const target = document.querySelector('main') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: dt }));
    }
  }, files);
}

// ---------------------------------------------------------------- storage

/** Every localStorage entry, keys sorted, values byte for byte. */
export function storageSnapshot(page) {
  return page.evaluate(() => {
    const out = {};
    for (const k of Object.keys(localStorage).sort()) out[k] = localStorage.getItem(k);
    return out;
  });
}

export function storedProjects(page) {
  return page.evaluate(() => {
    const out = {};
    for (const k of Object.keys(localStorage)) {
      if (k.startsWith('canevas.project.')) {
        try {
          out[k.slice('canevas.project.'.length)] = JSON.parse(localStorage.getItem(k)).projects[0];
        } catch {
          out[k.slice('canevas.project.'.length)] = null;
        }
      }
    }
    return out;
  });
}

export function setStorage(page, entries) {
  return page.evaluate((entries) => {
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, entries);
}

/** Waits until the stored record of a project satisfies `check(project)`. */
export async function waitForStored(page, id, check, message) {
  await eventually(
    async () => {
      const p = (await storedProjects(page))[id];
      assert.ok(p, `project ${id} is stored`);
      check(p);
    },
    { message: message ?? `stored project ${id}` },
  );
}

// ---------------------------------------------------------------- made-up data

let counter = 0;
export const uid = (prefix = 't') => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

/**
 * A project as the file format holds it. `notes` maps block keys (or
 * names) to arrays of texts or of partial notes.
 */
export function makeProject({ id = uid('p'), title = 'Made-up project', pitch = '', discipline = 'other', country = '', team = [], notes = {}, at = 1_795_771_086_000 } = {}) {
  const canvas = {};
  for (const b of BLOCKS) canvas[b.key] = [];
  for (const [block, list] of Object.entries(notes)) {
    const key = BLOCKS.find((b) => b.key === block || b.en === block)?.key;
    assert.ok(key, `unknown block ${block}`);
    canvas[key] = list.map((n) => {
      const o = typeof n === 'string' ? { text: n } : n;
      return { id: o.id ?? uid('n'), text: o.text ?? '', colour: o.colour ?? 'yellow', created_at: at, updated_at: at };
    });
  }
  return { id, title, pitch, discipline, country, team, created_at: at, updated_at: at, canvas };
}

export function makeFile(projects, kind = projects.length === 1 ? 'project' : 'workspace', savedAt = 1_795_771_086_000) {
  return { format: 'canevas', version: 3, kind, saved_at: savedAt, projects };
}

/** The localStorage entries that hold `projects`, as the app stores them. */
export function storageEntries(projects) {
  const entries = { 'canevas.index': JSON.stringify({ version: 1, projects: projects.map((p) => p.id) }) };
  for (const p of projects) entries[`canevas.project.${p.id}`] = JSON.stringify(makeFile([p], 'project'));
  return entries;
}

/**
 * Drags a note (by its drag handle: the element marked draggable in the
 * note's box, or the box itself) onto a region, with real mouse moves
 * (Playwright's dragTo), as HTML5 drag and drop expects.
 */
export async function dragNote(page, textbox, targetRegion) {
  const item = noteItem(textbox);
  const handles = item.locator('xpath=descendant-or-self::*[@draggable="true"]');
  const handle = (await handles.count()) > 0 ? handles.first() : item;
  // Scrolling in the middle of an HTML5 drag loses it: make the viewport
  // tall enough to show both ends at once, as a person would scroll first.
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (viewport && height > viewport.height) await page.setViewportSize({ width: viewport.width, height });
  try {
    await handle.dragTo(targetRegion);
  } finally {
    if (viewport && height > viewport.height) await page.setViewportSize(viewport);
  }
}
