//! The guiding questions and example notes, one data file per language
//! (`public/guide/<lang>.json`, format `canevas-guide`): for each canvas
//! block its questions and an example per discipline, and for the fit
//! worksheet the questions of each part and a worked example per
//! discipline. All wording is original to Canevas.
//!
//! They are content, read when a guide is opened, so they are files beside
//! the app rather than words in the wasm (a creator downloads only their
//! language's, once; the service worker keeps it). [`Guide::read`] takes a
//! file only if it has every key and no other, so a missing or misspelt
//! entry fails the tests (`tests/guide.rs` reads every shipped file)
//! instead of leaving a blank on screen.
//!
//! French typography in the files: a non-breaking space before : ; ? ! and
//! a typographic apostrophe (’).

use super::Lang;
use crate::model::fit::{AudienceKind, OfferKind};
use crate::model::{Block, Discipline};
use serde_json::{Map, Value};

pub const FORMAT: &str = "canevas-guide";
pub const VERSION: u64 = 1;

/// A part of the fit worksheet: one side's kind of item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Audience(AudienceKind),
    Offer(OfferKind),
}

impl Part {
    /// The six parts in worksheet order: the audience's, then the offer's.
    pub const ALL: [Part; 6] = [
        Part::Audience(AudienceKind::Want),
        Part::Audience(AudienceKind::Obstacle),
        Part::Audience(AudienceKind::Hope),
        Part::Offer(OfferKind::Deliver),
        Part::Offer(OfferKind::Remedy),
        Part::Offer(OfferKind::Gain),
    ];

    /// Its name in the guide files.
    pub fn key(self) -> &'static str {
        match self {
            Part::Audience(AudienceKind::Want) => "want",
            Part::Audience(AudienceKind::Obstacle) => "obstacle",
            Part::Audience(AudienceKind::Hope) => "hope",
            Part::Offer(OfferKind::Deliver) => "deliver",
            Part::Offer(OfferKind::Remedy) => "remedy",
            Part::Offer(OfferKind::Gain) => "gain",
        }
    }
}

/// One language's guide, read from its file.
#[derive(Debug, PartialEq)]
pub struct Guide {
    /// Per block, in `Block::ALL` order: its questions, then one example
    /// per discipline in `Discipline::ALL` order.
    blocks: Vec<(Vec<String>, Vec<String>)>,
    /// The fit worksheet's questions, in `Part::ALL` order.
    fit_questions: Vec<Vec<String>>,
    /// Per discipline: the example segment, then one item per part.
    fit_examples: Vec<(String, Vec<String>)>,
}

/// What is wrong with a guide file: the entry, as a path (`blocks.key_partners.examples.music`).
#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    NotJson,
    /// Not a guide file of this version and language.
    Header,
    Missing(String),
    /// A key the guide does not use (a misspelling, or an entry left over).
    Unused(String),
    /// Not the kind of value expected there (an object, a list, a text),
    /// or empty.
    Empty(String),
}

impl Guide {
    /// Where the language's file is, relative to the page.
    pub fn path(lang: Lang) -> String {
        format!("guide/{}.json", lang.tag())
    }

    /// Reads a guide file for `lang`: every entry must be there, none else.
    pub fn read(bytes: &[u8], lang: Lang) -> Result<Guide, Problem> {
        let file = crate::format::json_value(bytes).map_err(|_| Problem::NotJson)?;
        let top = object(&file, "", &["format", "version", "lang", "blocks", "fit"])?;
        if top["format"].as_str() != Some(FORMAT)
            || top["version"].as_u64() != Some(VERSION)
            || top["lang"].as_str() != Some(lang.tag())
        {
            return Err(Problem::Header);
        }
        let disciplines = Discipline::ALL.map(Discipline::key);
        let parts = Part::ALL.map(Part::key);
        let blocks = object(&top["blocks"], "blocks", &Block::ALL.map(Block::key))?;
        let blocks = Block::ALL
            .iter()
            .map(|b| {
                let at = format!("blocks.{}", b.key());
                let block = object(&blocks[b.key()], &at, &["questions", "examples"])?;
                let questions = texts(&block["questions"], &format!("{at}.questions"))?;
                let at = format!("{at}.examples");
                let examples = object(&block["examples"], &at, &disciplines)?;
                let examples = each(examples, &at, &disciplines)?;
                Ok((questions, examples))
            })
            .collect::<Result<_, _>>()?;
        let fit = object(&top["fit"], "fit", &["questions", "examples"])?;
        let questions = object(&fit["questions"], "fit.questions", &parts)?;
        let fit_questions = parts
            .iter()
            .map(|p| texts(&questions[*p], &format!("fit.questions.{p}")))
            .collect::<Result<_, _>>()?;
        let examples = object(&fit["examples"], "fit.examples", &disciplines)?;
        let mut keys = vec!["segment"];
        keys.extend(parts);
        let fit_examples = disciplines
            .iter()
            .map(|d| {
                let at = format!("fit.examples.{d}");
                let example = object(&examples[*d], &at, &keys)?;
                let mut items = each(example, &at, &keys)?;
                let segment = items.remove(0);
                Ok((segment, items))
            })
            .collect::<Result<_, _>>()?;
        Ok(Guide {
            blocks,
            fit_questions,
            fit_examples,
        })
    }

    /// A canvas block's guiding questions.
    pub fn questions(&self, block: Block) -> &[String] {
        &self.blocks[index(&Block::ALL, block)].0
    }

    /// One short example note for a block, suited to the project's
    /// discipline (shown as a hint: "Example: ...").
    pub fn example(&self, block: Block, discipline: Discipline) -> &str {
        &self.blocks[index(&Block::ALL, block)].1[index(&Discipline::ALL, discipline)]
    }

    /// The questions for a part of the fit worksheet.
    pub fn fit_questions(&self, part: Part) -> &[String] {
        &self.fit_questions[index(&Part::ALL, part)]
    }

    /// The fit worksheet's worked example for a discipline: its segment.
    pub fn fit_segment(&self, discipline: Discipline) -> &str {
        &self.fit_examples[index(&Discipline::ALL, discipline)].0
    }

    /// ... and its item for a part.
    pub fn fit_example(&self, discipline: Discipline, part: Part) -> &str {
        &self.fit_examples[index(&Discipline::ALL, discipline)].1[index(&Part::ALL, part)]
    }
}

/// Where `x` is in its type's `ALL` (the order of the guide's lists).
fn index<T: PartialEq>(all: &[T], x: T) -> usize {
    all.iter().position(|a| *a == x).unwrap_or(0)
}

fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_owned()
    } else {
        format!("{at}.{key}")
    }
}

/// The object at `at`, with exactly the keys named.
fn object<'a>(
    value: &'a Value,
    at: &str,
    keys: &[&str],
) -> Result<&'a Map<String, Value>, Problem> {
    let map = value
        .as_object()
        .ok_or_else(|| Problem::Empty(at.to_owned()))?;
    if let Some(missing) = keys.iter().find(|k| !map.contains_key(**k)) {
        return Err(Problem::Missing(join(at, missing)));
    }
    if let Some(unused) = map.keys().find(|k| !keys.contains(&k.as_str())) {
        return Err(Problem::Unused(join(at, unused)));
    }
    Ok(map)
}

fn text(value: &Value, at: &str) -> Result<String, Problem> {
    match value.as_str().map(str::trim) {
        Some(t) if !t.is_empty() => Ok(t.to_owned()),
        _ => Err(Problem::Empty(at.to_owned())),
    }
}

/// The texts of the keys named, in that order.
fn each(map: &Map<String, Value>, at: &str, keys: &[&str]) -> Result<Vec<String>, Problem> {
    keys.iter().map(|k| text(&map[*k], &join(at, k))).collect()
}

/// A list of one text or more.
fn texts(value: &Value, at: &str) -> Result<Vec<String>, Problem> {
    let list = value
        .as_array()
        .filter(|l| !l.is_empty())
        .ok_or_else(|| Problem::Empty(at.to_owned()))?;
    list.iter()
        .enumerate()
        .map(|(i, t)| text(t, &format!("{at}.{i}")))
        .collect()
}
