//! Timed exercises: a facilitator's sequence of time-boxed steps, and the
//! clock of one run of it.
//!
//! A [`Run`] is computed from timestamps (when the step started, how long
//! it was paused, how much was added), never by counting ticks, so it
//! keeps correct time however rarely the page is woken (a background tab,
//! a sleeping laptop). The UI ticks only to redraw.

use super::place::{Part, Place};
use super::project::truncate_chars;
use super::{Block, Id, Timestamp, MAX_TEXT_CHARS};
use serde::{Deserialize, Serialize};

/// Most steps one exercise may have.
pub const MAX_STEPS: usize = 60;
/// Longest time box of one step, in minutes (a half-day session).
pub const MAX_STEP_MINUTES: u32 = 240;
/// Most exercises a facilitator may keep (and a file may carry).
pub const MAX_EXERCISES: usize = 200;
/// How much "+1 min" adds.
pub const EXTENSION_MS: u64 = 60_000;

/// One time-boxed step: what to do, for how long, and where: a canvas
/// block or a part of another tool (at most one of the two).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: String,
    #[serde(default)]
    pub prompt: String,
    pub minutes: u32,
    /// The canvas block the step works on, if any.
    #[serde(default)]
    pub block: Option<Block>,
    /// The part of another tool the step works on, if any (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<Part>,
}

/// A sequence of steps a facilitator runs with a room.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub steps: Vec<Step>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Step {
    pub fn new(title: impl Into<String>, minutes: u32) -> Step {
        Step {
            title: title.into(),
            prompt: String::new(),
            minutes,
            block: None,
            part: None,
        }
    }

    /// Where in a project the step works.
    pub fn place(&self) -> Option<Place> {
        match (self.block, self.part) {
            (Some(b), _) => Some(Place::Block(b)),
            (None, Some(p)) => Some(Place::Part(p)),
            (None, None) => None,
        }
    }

    /// Sets where the step works (one place or none).
    pub fn set_place(&mut self, place: Option<Place>) {
        (self.block, self.part) = match place {
            Some(Place::Block(b)) => (Some(b), None),
            Some(Place::Part(p)) => (None, Some(p)),
            None => (None, None),
        };
    }
}

impl Exercise {
    /// Total planned time, in minutes.
    pub fn total_minutes(&self) -> u32 {
        self.steps.iter().map(|s| s.minutes).sum()
    }

    /// Brings every text, list and time box within the limits an import
    /// checks, and keeps at least one step.
    pub fn enforce_limits(&mut self) {
        truncate_chars(&mut self.title, MAX_TEXT_CHARS);
        truncate_chars(&mut self.description, MAX_TEXT_CHARS);
        self.steps.truncate(MAX_STEPS);
        for s in &mut self.steps {
            truncate_chars(&mut s.title, MAX_TEXT_CHARS);
            truncate_chars(&mut s.prompt, MAX_TEXT_CHARS);
            s.minutes = s.minutes.clamp(1, MAX_STEP_MINUTES);
        }
        if self.steps.is_empty() {
            self.steps.push(Step::new("", 5));
        }
    }

    /// What is wrong with it, if anything, in the terms of the file
    /// format (for import).
    pub fn problem(&self) -> Option<String> {
        let long = |s: &str| s.chars().count() > MAX_TEXT_CHARS;
        if self.steps.is_empty() {
            return Some(format!("exercise {} has no step", self.id));
        }
        if self.steps.len() > MAX_STEPS {
            return Some(format!(
                "exercise {} has more than {MAX_STEPS} steps",
                self.id
            ));
        }
        if long(&self.title) || long(&self.description) {
            return Some(format!("a text of exercise {} is too long", self.id));
        }
        for s in &self.steps {
            if long(&s.title) || long(&s.prompt) {
                return Some(format!("a text of exercise {} is too long", self.id));
            }
            if s.block.is_some() && s.part.is_some() {
                return Some(format!(
                    "a step of exercise {} names both a block and a part",
                    self.id
                ));
            }
            if !(1..=MAX_STEP_MINUTES).contains(&s.minutes) {
                return Some(format!(
                    "a step of exercise {} lasts {} minutes (1 to {MAX_STEP_MINUTES})",
                    self.id, s.minutes
                ));
            }
        }
        None
    }

    /// A copy under a new id, to edit a built-in exercise or an imported one.
    pub fn copy(&self, id: Id, title: String, now: Timestamp) -> Exercise {
        Exercise {
            id,
            title,
            created_at: now,
            updated_at: now,
            ..self.clone()
        }
    }
}

/// What importing exercises did: how many were added, replaced by a
/// newer copy, and kept because the one here is as new or newer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub added: usize,
    pub updated: usize,
    pub kept: usize,
}

/// Adds imported exercises to the facilitator's. One with the same id
/// replaces theirs only if it is newer (`updated_at`), so an old file
/// imported again undoes no edit. One whose id a built-in exercise uses
/// (`reserved`) gets a fresh id from `fresh`: the built-in would always be
/// found first, and the imported one could never run.
pub fn import(
    xs: &mut Vec<Exercise>,
    incoming: Vec<Exercise>,
    reserved: &[&str],
    fresh: &mut dyn FnMut() -> Id,
) -> Imported {
    let mut n = Imported::default();
    for mut x in incoming {
        if reserved.contains(&x.id.as_str()) {
            x.id = fresh();
        }
        match xs.iter_mut().find(|e| e.id == x.id) {
            Some(e) if e.updated_at >= x.updated_at => n.kept += 1,
            Some(e) => {
                *e = x;
                n.updated += 1;
            }
            None => {
                xs.push(x);
                n.added += 1;
            }
        }
    }
    n
}

/// One run of an exercise: which step, and its clock.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    pub exercise: Id,
    /// The project the room works on, whose screens the steps lead to.
    #[serde(default)]
    pub project: Option<Id>,
    /// The planned length of every step, in milliseconds.
    pub durations: Vec<u64>,
    pub step: usize,
    pub step_started: Timestamp,
    /// When the clock was paused, while it is.
    pub paused_at: Option<Timestamp>,
    /// Time spent paused in this step, not counting a pause in progress.
    pub paused_ms: u64,
    /// Time added to this step ("+1 min").
    pub extra_ms: u64,
    /// Set once the last step is left.
    pub finished: bool,
}

impl Run {
    pub fn start(exercise: &Exercise, now: Timestamp) -> Run {
        Run {
            exercise: exercise.id.clone(),
            project: None,
            durations: exercise
                .steps
                .iter()
                .map(|s| u64::from(s.minutes) * 60_000)
                .collect(),
            step: 0,
            step_started: now,
            paused_at: None,
            paused_ms: 0,
            extra_ms: 0,
            finished: exercise.steps.is_empty(),
        }
    }

    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    /// Time the current step has run, pauses left out.
    pub fn elapsed(&self, now: Timestamp) -> u64 {
        let until = self.paused_at.unwrap_or(now).max(self.step_started);
        (until.0 - self.step_started.0).saturating_sub(self.paused_ms)
    }

    /// The current step's time box, extensions included.
    pub fn duration(&self) -> u64 {
        self.durations.get(self.step).copied().unwrap_or(0) + self.extra_ms
    }

    /// Time left in the step, in milliseconds; zero once it is up.
    pub fn remaining(&self, now: Timestamp) -> u64 {
        self.duration().saturating_sub(self.elapsed(now))
    }

    /// Whether the step's time is up.
    pub fn is_up(&self, now: Timestamp) -> bool {
        self.elapsed(now) >= self.duration()
    }

    /// Whole seconds left, rounded up, so a display reads 0:00 exactly when
    /// the time is up.
    pub fn seconds_left(&self, now: Timestamp) -> u64 {
        self.remaining(now).div_ceil(1000)
    }

    pub fn pause(&mut self, now: Timestamp) {
        if self.paused_at.is_none() && !self.finished {
            self.paused_at = Some(now);
        }
    }

    pub fn resume(&mut self, now: Timestamp) {
        if let Some(at) = self.paused_at.take() {
            self.paused_ms += now.0.saturating_sub(at.0);
        }
    }

    /// Adds time to the current step (also after it is up: the step runs
    /// again until the new end).
    pub fn extend(&mut self, ms: u64, now: Timestamp) {
        if self.finished {
            return;
        }
        if self.is_up(now) {
            // Time up, then extended: the extra counts from now, not from
            // the moment the step ran out.
            self.extra_ms += self.elapsed(now) - self.duration();
        }
        self.extra_ms += ms;
    }

    /// Goes to the next step (skipping what is left of this one); past the
    /// last step the run is finished. Pausing carries over.
    pub fn next(&mut self, now: Timestamp) {
        self.go_to(self.step + 1, now);
    }

    /// Back to the previous step, from its start.
    pub fn previous(&mut self, now: Timestamp) {
        self.go_to(self.step.saturating_sub(1), now);
    }

    fn go_to(&mut self, step: usize, now: Timestamp) {
        if step >= self.durations.len() {
            self.finished = true;
            self.paused_at = None;
            return;
        }
        self.finished = false;
        self.step = step;
        self.step_started = now;
        self.paused_ms = 0;
        self.extra_ms = 0;
        if self.paused_at.is_some() {
            self.paused_at = Some(now);
        }
    }
}

/// `m:ss` for a count of seconds (`h:mm:ss` from an hour).
pub fn clock(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// The order in which the built-in "Business Model Canvas" exercise fills
/// the blocks: customers and value first, then how the value reaches them
/// and pays, then what it takes, then what it costs.
pub const RECOMMENDED_ORDER: [Block; 9] = [
    Block::CustomerSegments,
    Block::ValuePropositions,
    Block::Channels,
    Block::CustomerRelationships,
    Block::RevenueStreams,
    Block::KeyResources,
    Block::KeyActivities,
    Block::KeyPartners,
    Block::CostStructure,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn exercise(minutes: &[u32]) -> Exercise {
        Exercise {
            id: Id::parse("x").unwrap(),
            title: "Sprint".into(),
            description: String::new(),
            steps: minutes.iter().map(|m| Step::new("s", *m)).collect(),
            created_at: Timestamp(0),
            updated_at: Timestamp(0),
        }
    }

    #[test]
    fn an_import_keeps_the_newer_copy_and_reissues_built_in_ids() {
        let with = |id: &str, title: &str, at: u64| Exercise {
            id: Id::parse(id).unwrap(),
            title: title.into(),
            updated_at: Timestamp(at),
            ..exercise(&[5])
        };
        let mut xs = vec![with("a", "edited", 9), with("b", "old", 1)];
        let mut n = 0;
        let mut fresh = || {
            n += 1;
            Id::parse(&format!("fresh{n}")).unwrap()
        };
        let done = import(
            &mut xs,
            vec![
                with("a", "from an old file", 3),
                with("b", "newer", 5),
                with("c", "new", 1),
                with("pitch", "mine, named like a built-in", 1),
            ],
            &["pitch"],
            &mut fresh,
        );
        assert_eq!(
            done,
            Imported {
                added: 2,
                updated: 1,
                kept: 1
            }
        );
        let titles: Vec<(&str, &str)> = xs
            .iter()
            .map(|x| (x.id.as_str(), x.title.as_str()))
            .collect();
        assert_eq!(
            titles,
            [
                ("a", "edited"),
                ("b", "newer"),
                ("c", "new"),
                ("fresh1", "mine, named like a built-in")
            ]
        );
    }

    const MIN: u64 = 60_000;
    fn at(ms: u64) -> Timestamp {
        Timestamp(1_000_000 + ms)
    }

    #[test]
    fn the_clock_runs_from_timestamps_not_ticks() {
        let run = Run::start(&exercise(&[5, 3]), at(0));
        assert_eq!(run.remaining(at(0)), 5 * MIN);
        // However long nothing happened (a background tab), the time is right.
        assert_eq!(run.remaining(at(2 * MIN + 500)), 3 * MIN - 500);
        assert_eq!(run.seconds_left(at(2 * MIN + 500)), 180);
        assert!(!run.is_up(at(5 * MIN - 1)));
        assert!(run.is_up(at(5 * MIN)));
        assert_eq!(run.remaining(at(9 * MIN)), 0);
        assert_eq!(run.seconds_left(at(5 * MIN - 1)), 1);
    }

    #[test]
    fn a_pause_stops_the_clock_and_resuming_starts_it_again() {
        let mut run = Run::start(&exercise(&[5]), at(0));
        run.pause(at(MIN));
        assert!(run.is_paused());
        assert_eq!(
            run.remaining(at(10 * MIN)),
            4 * MIN,
            "paused: no time passes"
        );
        run.pause(at(11 * MIN)); // a second pause changes nothing
        run.resume(at(10 * MIN));
        assert_eq!(run.remaining(at(10 * MIN)), 4 * MIN);
        assert_eq!(run.remaining(at(11 * MIN)), 3 * MIN);
        run.resume(at(12 * MIN)); // resuming a running clock changes nothing
        assert_eq!(run.remaining(at(12 * MIN)), 2 * MIN);
    }

    #[test]
    fn extending_adds_a_minute_even_once_time_is_up() {
        let mut run = Run::start(&exercise(&[2]), at(0));
        run.extend(EXTENSION_MS, at(30_000));
        assert_eq!(run.remaining(at(30_000)), 2 * MIN + 30_000);
        // Up at 3 min; extended at 4 min: one more minute from then.
        assert!(run.is_up(at(4 * MIN)));
        run.extend(EXTENSION_MS, at(4 * MIN));
        assert_eq!(run.remaining(at(4 * MIN)), MIN);
        assert!(run.is_up(at(5 * MIN)));
    }

    #[test]
    fn skipping_moves_on_and_the_last_step_finishes() {
        let mut run = Run::start(&exercise(&[5, 3]), at(0));
        run.extend(EXTENSION_MS, at(0));
        run.next(at(MIN));
        assert_eq!((run.step, run.remaining(at(MIN))), (1, 3 * MIN));
        run.previous(at(2 * MIN));
        assert_eq!((run.step, run.remaining(at(2 * MIN))), (0, 5 * MIN));
        run.next(at(2 * MIN));
        run.next(at(3 * MIN));
        assert!(run.finished);
        run.extend(EXTENSION_MS, at(3 * MIN));
        assert_eq!(run.extra_ms, 0, "nothing to extend once finished");
    }

    #[test]
    fn a_paused_run_stays_paused_on_the_next_step() {
        let mut run = Run::start(&exercise(&[5, 3]), at(0));
        run.pause(at(MIN));
        run.next(at(2 * MIN));
        assert!(run.is_paused());
        assert_eq!(run.remaining(at(9 * MIN)), 3 * MIN);
        run.resume(at(9 * MIN));
        assert_eq!(run.remaining(at(10 * MIN)), 2 * MIN);
    }

    #[test]
    fn a_clock_in_the_past_does_not_underflow() {
        let run = Run::start(&exercise(&[1]), at(MIN));
        assert_eq!(run.remaining(at(0)), MIN);
    }

    #[test]
    fn clocks_read_as_minutes_and_seconds() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(59), "0:59");
        assert_eq!(clock(45 * 60), "45:00");
        assert_eq!(clock(3600 + 61), "1:01:01");
    }

    #[test]
    fn limits_and_problems() {
        let mut x = exercise(&[0, 500]);
        assert!(x.problem().unwrap().contains("minutes"));
        x.enforce_limits();
        assert_eq!(
            x.steps.iter().map(|s| s.minutes).collect::<Vec<_>>(),
            [1, 240]
        );
        assert_eq!(x.problem(), None);
        let mut empty = exercise(&[]);
        assert!(empty.problem().is_some());
        empty.enforce_limits();
        assert_eq!(empty.steps.len(), 1);
        assert_eq!(exercise(&[5, 6]).total_minutes(), 11);
    }

    #[test]
    fn the_recommended_order_covers_every_block_once() {
        let mut order = RECOMMENDED_ORDER.to_vec();
        order.sort();
        assert_eq!(order, Block::ALL.to_vec());
    }
}
