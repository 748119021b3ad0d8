//! The pitch: a project told in eight slides for demo day (who it is for,
//! what it offers, the model, what was learned, the MVP, the launch, the
//! ask). This chooses what each slide holds, and how much, so every slide
//! fits one projector screen; `ui/pitch/` draws them.

use super::diffusion::{coverage, totals, Date, Decimal};
use super::fit::FitSummary;
use super::order::sort_by_number;
use super::{Block, Project};

/// The slides, in the order they are told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    Cover,
    Audience,
    Offer,
    Model,
    Learned,
    Mvp,
    Launch,
    Ask,
}

impl Slide {
    pub const ALL: [Slide; 8] = [
        Slide::Cover,
        Slide::Audience,
        Slide::Offer,
        Slide::Model,
        Slide::Learned,
        Slide::Mvp,
        Slide::Launch,
        Slide::Ask,
    ];
}

/// Most segments, propositions, tests, lines... a slide shows.
pub const MOST: usize = 4;
/// Most notes per block on the model's slide.
pub const NOTES_PER_BLOCK: usize = 3;

/// A list cut to what a slide holds, and how many were left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cut<T> {
    pub shown: Vec<T>,
    pub more: usize,
}

fn cut<T>(all: impl IntoIterator<Item = T>, most: usize) -> Cut<T> {
    let mut shown: Vec<T> = all.into_iter().collect();
    let more = shown.len().saturating_sub(most);
    shown.truncate(most);
    Cut { shown, more }
}

fn written(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

fn lines(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().filter_map(written)
}

fn notes(p: &Project, block: Block) -> impl Iterator<Item = String> + '_ {
    p.canvas
        .notes(block)
        .iter()
        .filter_map(|n| written(&n.text))
}

/// Each segment with what matters most to it (its most important
/// audience items first).
pub fn audience(p: &Project) -> Cut<(String, Vec<String>)> {
    let segments = p
        .canvas
        .notes(Block::CustomerSegments)
        .iter()
        .filter_map(|n| {
            let name = written(&n.text)?;
            let mut needs: Vec<_> = p
                .fit
                .profile(&n.id)
                .map(|f| {
                    f.audience
                        .iter()
                        .filter(|a| !a.text.trim().is_empty())
                        .collect()
                })
                .unwrap_or_default();
            sort_by_number(&mut needs, |a| u64::from(u8::MAX - a.importance));
            let needs = needs
                .iter()
                .take(2)
                .map(|a| a.text.trim().to_owned())
                .collect();
            Some((name, needs))
        });
    cut(segments, 3)
}

/// The value propositions, and the fit of each segment that has a worksheet.
pub fn offer(p: &Project) -> (Cut<String>, Vec<(String, FitSummary)>) {
    let fits = p
        .canvas
        .notes(Block::CustomerSegments)
        .iter()
        .filter_map(|n| {
            let profile = p.fit.profile(&n.id).filter(|f| !f.is_empty())?;
            Some((written(&n.text)?, profile.summary()))
        })
        .filter(|(_, s)| s.important > 0)
        .take(MOST)
        .collect();
    (cut(notes(p, Block::ValuePropositions), MOST + 1), fits)
}

/// Every block with its first notes.
pub fn model(p: &Project) -> Vec<(Block, Cut<String>)> {
    Block::ALL
        .into_iter()
        .map(|b| (b, cut(notes(p, b), NOTES_PER_BLOCK)))
        .collect()
}

/// A test told on the slide: the belief, what was seen, what was learned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Learning {
    pub assumption: String,
    pub observed: String,
    pub learned: String,
}

/// The tests that saw or taught something, the most important
/// assumptions first.
pub fn learned(p: &Project) -> Cut<Learning> {
    let mut all: Vec<(u8, Learning)> = Vec::new();
    for a in &p.feasibility.assumptions {
        for t in &a.tests {
            if t.observed.trim().is_empty() && t.learned.trim().is_empty() {
                continue;
            }
            let assumption = written(&a.text).unwrap_or_else(|| t.hypothesis.trim().to_owned());
            all.push((
                a.importance,
                Learning {
                    assumption,
                    observed: t.observed.trim().to_owned(),
                    learned: t.learned.trim().to_owned(),
                },
            ));
        }
    }
    sort_by_number(&mut all, |(i, _)| u64::from(u8::MAX - *i));
    cut(all.into_iter().map(|(_, l)| l), 3)
}

/// What the MVP includes and leaves out.
pub fn mvp(p: &Project) -> (Cut<String>, Cut<String>) {
    let m = &p.feasibility.mvp;
    (
        cut(lines(&m.includes), MOST + 1),
        cut(lines(&m.excludes), 3),
    )
}

/// The next dated milestones (from `today`, else the last ones), and the
/// channels by name.
pub fn launch(p: &Project, today: Date) -> (Cut<(Date, String)>, Cut<String>) {
    let mut dated: Vec<(Date, String)> = p
        .diffusion
        .timeline
        .iter()
        .filter_map(|m| Some((m.date, written(&m.title)?)))
        .collect();
    sort_by_number(&mut dated, |(d, _)| d.number());
    let from = dated
        .iter()
        .position(|(d, _)| *d >= today)
        .unwrap_or(dated.len())
        .min(dated.len().saturating_sub(MOST + 1));
    let coming = cut(dated.into_iter().skip(from), MOST + 1);
    let channels = cut(
        p.diffusion.channels.iter().filter_map(|c| written(&c.name)),
        6,
    );
    (coming, channels)
}

/// The ask: what the plan costs, what is found, and what is still needed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ask {
    pub total: Decimal,
    pub found: Decimal,
    pub needed: Decimal,
}

pub fn ask(p: &Project) -> Option<Ask> {
    let plan = &p.diffusion;
    let total = totals(&plan.budget)
        .filter(|_| !plan.budget.is_empty())?
        .total;
    let needed = coverage(&plan.budget, &plan.funding).map_or(total, |c| c.uncovered);
    let found = total.checked_sub(needed).unwrap_or(Decimal::ZERO);
    Some(Ask {
        total,
        found,
        needed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Project {
        let raw = std::fs::read(format!("tests/fixtures/format/v3/{name}.json")).unwrap();
        crate::format::import(&raw).unwrap().remove(0)
    }

    #[test]
    fn eight_slides_each_cut_to_fit() {
        assert_eq!(Slide::ALL.len(), 8);
        let c = cut(1..=10, 4);
        assert_eq!((c.shown, c.more), (vec![1, 2, 3, 4], 6));
        let c = cut(1..=2, 4);
        assert_eq!((c.shown, c.more), (vec![1, 2], 0));
    }

    #[test]
    fn the_model_slide_has_every_block_and_skips_blank_notes() {
        let p = fixture("project");
        let m = model(&p);
        assert_eq!(m.len(), 9);
        assert!(m.iter().all(|(_, c)| c.shown.len() <= NOTES_PER_BLOCK));
        assert!(m
            .iter()
            .flat_map(|(_, c)| &c.shown)
            .all(|t| !t.trim().is_empty()));
    }

    #[test]
    fn the_audience_slide_puts_what_matters_most_first() {
        let p = fixture("fit");
        let a = audience(&p);
        assert!(!a.shown.is_empty());
        let (_, needs) = &a.shown[0];
        let profile = &p.fit.profiles[0];
        let top = profile.audience.iter().map(|i| i.importance).max().unwrap();
        let first = profile
            .audience
            .iter()
            .find(|i| i.text.trim() == needs[0])
            .unwrap();
        assert_eq!(first.importance, top);
    }

    #[test]
    fn learned_tests_and_the_ask() {
        let p = fixture("feasibility");
        assert!(learned(&p)
            .shown
            .iter()
            .all(|l| !(l.observed.is_empty() && l.learned.is_empty())));
        let p = fixture("diffusion");
        let ask = ask(&p).unwrap();
        assert_eq!(ask.found.checked_add(ask.needed), Some(ask.total));
        let (coming, channels) = launch(&p, Date::parse("2026-12-01").unwrap());
        assert!(coming.shown.windows(2).all(|w| w[0].0 <= w[1].0));
        assert_eq!(channels.shown, ["Webtoon", "Fibda (Alger)", "Glénat"]);
    }
}
