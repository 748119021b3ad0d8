//! The diffusion and valorisation plan: goals and audiences, channels,
//! the release timeline, the budget, KPIs, rights and secondary revenue.
//!
//! One concern per file. Everything is plain data with ids, checked on
//! import (`Plan::check`) and kept within limits on every edit
//! (`Plan::enforce_limits`).

mod budget;
mod channel;
mod date;
pub(crate) mod json;
mod kpi;
mod money;
mod rights;
mod templates;
mod timeline;

pub use budget::{
    coverage, totals, BudgetGroup, BudgetLine, Coverage, Funding, SourceCoverage, Totals,
};
pub use channel::{suggestions, Channel, ChannelKind, Premiere, Submission};
pub use date::{days_in_month, Date, Due, SOON_DAYS};
pub use kpi::Kpi;
pub use money::{
    AmountError, Currency, Decimal, COMMON_CURRENCIES, MAX_DECIMALS, MAX_WHOLE_DIGITS,
};
pub use rights::{Revenue, RevenueKind, Right};
pub use templates::template;
pub use timeline::{by_month, chronological, months_across, Milestone, MilestoneKind};

use super::project::truncate_chars;
use super::{Canvas, Id, MAX_TEXT_CHARS};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// Most entries any one list of a plan may hold.
pub const MAX_PLAN_ITEMS: usize = 200;

/// Declares a closed set of names written as strings in files (and refused
/// in any other shape). The first one is the default.
macro_rules! keyed_enum {
    ($(#[$meta:meta])* $name:ident { $first:ident = $fk:literal $(, $v:ident = $k:literal)* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub enum $name {
            #[default]
            $first,
            $($v),*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$name::$first, $($name::$v),*];

            pub fn key(self) -> &'static str {
                match self {
                    $name::$first => $fk,
                    $($name::$v => $k),*
                }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }
        }

        impl $crate::model::diffusion::Keyed for $name {
            fn all() -> &'static [Self] {
                Self::ALL
            }
            fn key(self) -> &'static str {
                $name::key(self)
            }
        }

        impl $crate::model::diffusion::json::Field for $name {
            fn read(v: Option<&serde_json::Value>) -> Result<Self, String> {
                match v {
                    None => Ok(Self::default()),
                    Some(serde_json::Value::String(s)) => $name::from_key(s).ok_or_else(|| {
                        format!("{s:?} is not one of {:?}", Self::ALL.iter().map(|v| v.key()).collect::<Vec<_>>())
                    }),
                    Some(_) => Err("must be a string".into()),
                }
            }
            fn write(&self) -> serde_json::Value {
                serde_json::Value::String(self.key().into())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.key())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <String as serde::Deserialize>::deserialize(d)?;
                $name::from_key(&s).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "{s:?} is not one of {:?}",
                        $name::ALL.iter().map(|v| v.key()).collect::<Vec<_>>()
                    ))
                })
            }
        }
    };
}
pub(crate) use keyed_enum;

/// A closed set of names (kinds, groups, statuses), for generic pickers.
pub trait Keyed: Copy + PartialEq + 'static {
    fn all() -> &'static [Self];
    fn key(self) -> &'static str;
}

/// An entry of one of the plan's lists: it has an id and some texts.
pub trait Item {
    fn id(&self) -> &Id;
    fn id_mut(&mut self) -> &mut Id;
    fn texts_mut(&mut self) -> Vec<&mut String>;
}

pub(crate) use json::item;

keyed_enum! {
    /// What success means.
    GoalKind { Reach = "reach", Revenue = "revenue", Recognition = "recognition", Impact = "impact" }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Goal {
    pub id: Id,
    pub kind: GoalKind,
    pub text: String,
}
item!(Goal { kind, text } texts { text });

/// A target audience, tied (if the user says so) to a Customer Segments
/// note of the canvas.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Audience {
    pub id: Id,
    pub text: String,
    pub segment: Option<Id>,
}
item!(Audience { text, segment } texts { text });

/// The plan. An unstarted plan shows the template chooser.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "serde_json::Value", into = "serde_json::Value")]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub started: bool,
    pub currency: Currency,
    pub goals: Vec<Goal>,
    pub audiences: Vec<Audience>,
    pub channels: Vec<Channel>,
    pub timeline: Vec<Milestone>,
    pub budget: Vec<BudgetLine>,
    pub funding: Vec<Funding>,
    pub kpis: Vec<Kpi>,
    pub rights: Vec<Right>,
    pub revenues: Vec<Revenue>,
}

/// What an import finds wrong with a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanProblem {
    DuplicateId(String),
    TextTooLong,
    TooMany(&'static str),
    /// A budget line names a funding source the plan does not have.
    UnknownFunding(String),
    /// An audience names a customer segment the canvas does not have.
    UnknownSegment(String),
}

/// Finds an entry by id.
pub fn find<'a, T: Item>(list: &'a [T], id: &Id) -> Option<&'a T> {
    list.iter().find(|x| x.id() == id)
}

/// Changes one entry; `f` returns whether it changed anything.
pub fn update<T: Item>(list: &mut [T], id: &Id, f: impl FnOnce(&mut T) -> bool) -> bool {
    list.iter_mut().find(|x| x.id() == id).is_some_and(f)
}

/// Appends an entry unless the list is full.
pub fn push<T>(list: &mut Vec<T>, item: T) -> bool {
    if list.len() >= MAX_PLAN_ITEMS {
        return false;
    }
    list.push(item);
    true
}

/// Removes an entry, returning where it was.
pub fn remove<T: Item>(list: &mut Vec<T>, id: &Id) -> Option<(usize, T)> {
    let i = list.iter().position(|x| x.id() == id)?;
    Some((i, list.remove(i)))
}

/// Sets a field if it differs; returns whether it did.
pub fn set<T: PartialEq>(field: &mut T, value: T) -> bool {
    if *field == value {
        return false;
    }
    *field = value;
    true
}

impl Plan {
    /// Calls `f` on every list, as items.
    fn each_list(&mut self, f: &mut dyn FnMut(&'static str, &mut dyn ListOps)) {
        f("goals", &mut self.goals);
        f("audiences", &mut self.audiences);
        f("channels", &mut self.channels);
        f("timeline", &mut self.timeline);
        f("budget", &mut self.budget);
        f("funding", &mut self.funding);
        f("kpis", &mut self.kpis);
        f("rights", &mut self.rights);
        f("revenues", &mut self.revenues);
    }

    /// Every text the user wrote in the plan, list by list.
    pub fn each_text(&mut self, f: &mut dyn FnMut(&mut String)) {
        self.each_list(&mut |_, list| list.each_text(f));
    }

    /// Every dated entry with its name: milestones, festival deadlines and
    /// KPI dates, in list order.
    fn dated(&self) -> impl Iterator<Item = (Date, &str)> {
        let milestones = self
            .timeline
            .iter()
            .map(|m| (Some(m.date), m.title.as_str()));
        let deadlines = self.channels.iter().map(|c| (c.deadline, c.name.as_str()));
        let kpis = self.kpis.iter().map(|k| (k.due, k.name.as_str()));
        milestones
            .chain(deadlines)
            .chain(kpis)
            .filter_map(|(d, name)| Some((d?, name)))
    }

    /// What falls due from today to `SOON_DAYS` ahead, by date:
    /// milestones, festival deadlines and KPI dates, with their names.
    pub fn upcoming(&self, today: Date) -> Vec<(Date, &str)> {
        let mut v: Vec<(Date, &str)> = Vec::new();
        for (d, name) in self.dated() {
            if matches!(d.due(today), Due::Soon(_)) {
                timeline::insert_sorted(&mut v, (d, name), |(d, _)| *d);
            }
        }
        v
    }

    /// The first thing that falls due from today on, at any distance: a
    /// milestone, a festival deadline or a KPI date, with its name.
    pub fn next_due(&self, today: Date) -> Option<(Date, &str)> {
        self.dated()
            .filter(|(d, _)| d.due(today) != Due::Past)
            .min_by_key(|(d, _)| *d)
    }

    /// Removes a funding source and what pointed at it, in one change.
    pub fn remove_funding(&mut self, id: &Id) -> bool {
        if remove(&mut self.funding, id).is_none() {
            return false;
        }
        for line in &mut self.budget {
            if line.funding.as_ref() == Some(id) {
                line.funding = None;
            }
        }
        true
    }

    /// Keeps texts and lists within the limits an import checks, and drops
    /// references that no longer point anywhere (a segment note deleted
    /// from the canvas, say): run after every edit.
    pub fn enforce_limits(&mut self, canvas: &Canvas) {
        self.each_list(&mut |_, list| list.enforce());
        let funding: HashSet<Id> = self.funding.iter().map(|f| f.id.clone()).collect();
        for line in &mut self.budget {
            if line.funding.as_ref().is_some_and(|f| !funding.contains(f)) {
                line.funding = None;
            }
        }
        for a in &mut self.audiences {
            if a.segment.as_ref().is_some_and(|s| !is_segment(canvas, s)) {
                a.segment = None;
            }
        }
    }

    /// The checks an import makes: limits, unique ids, references.
    pub fn check(&self, canvas: &Canvas) -> Result<(), PlanProblem> {
        let mut copy = self.clone();
        let mut problem = None;
        let mut ids = HashSet::new();
        copy.each_list(&mut |name, list| {
            if problem.is_some() {
                return;
            }
            problem = list.check(name, &mut ids).err();
        });
        if let Some(p) = problem {
            return Err(p);
        }
        let funding: HashSet<&Id> = self.funding.iter().map(|f| &f.id).collect();
        if let Some(f) = self
            .budget
            .iter()
            .filter_map(|l| l.funding.as_ref())
            .find(|f| !funding.contains(f))
        {
            return Err(PlanProblem::UnknownFunding(f.to_string()));
        }
        if let Some(s) = self
            .audiences
            .iter()
            .filter_map(|a| a.segment.as_ref())
            .find(|s| !is_segment(canvas, s))
        {
            return Err(PlanProblem::UnknownSegment(s.to_string()));
        }
        Ok(())
    }

    /// Gives every entry a fresh id, keeping references: funding by the
    /// plan's own new ids, segments by `notes` (old canvas note id → new).
    pub fn reissue_ids(&mut self, fresh: &mut dyn FnMut() -> Id, notes: &HashMap<Id, Id>) {
        let mut funding = HashMap::new();
        for f in &mut self.funding {
            let new = fresh();
            funding.insert(std::mem::replace(&mut f.id, new.clone()), new);
        }
        for l in &mut self.budget {
            l.funding = l.funding.take().and_then(|f| funding.get(&f).cloned());
        }
        for a in &mut self.audiences {
            a.segment = a.segment.take().and_then(|s| notes.get(&s).cloned());
        }
        self.each_list(&mut |name, list| {
            if name != "funding" {
                list.reissue(fresh);
            }
        });
    }
}

/// Whether an audience's segment still names a note. Segments are
/// Customer Segments notes, but a note moved to another block keeps its
/// audiences (as it keeps its fit profile): moving it back must not find
/// them unlinked.
fn is_segment(canvas: &Canvas, id: &Id) -> bool {
    canvas.note(id).is_some()
}

/// What `Plan` does to each of its lists, whatever the entry type.
trait ListOps {
    fn enforce(&mut self);
    fn each_text(&mut self, f: &mut dyn FnMut(&mut String));
    fn check(&mut self, name: &'static str, ids: &mut HashSet<Id>) -> Result<(), PlanProblem>;
    fn reissue(&mut self, fresh: &mut dyn FnMut() -> Id);
}

impl<T: Item> ListOps for Vec<T> {
    fn enforce(&mut self) {
        self.truncate(MAX_PLAN_ITEMS);
        self.each_text(&mut |t| truncate_chars(t, MAX_TEXT_CHARS));
    }

    fn each_text(&mut self, f: &mut dyn FnMut(&mut String)) {
        for x in self.iter_mut() {
            for t in x.texts_mut() {
                f(t);
            }
        }
    }

    fn check(&mut self, name: &'static str, ids: &mut HashSet<Id>) -> Result<(), PlanProblem> {
        if self.len() > MAX_PLAN_ITEMS {
            return Err(PlanProblem::TooMany(name));
        }
        for x in self.iter_mut() {
            if !ids.insert(x.id().clone()) {
                return Err(PlanProblem::DuplicateId(x.id().to_string()));
            }
            if x.texts_mut()
                .iter()
                .any(|t| t.chars().count() > MAX_TEXT_CHARS)
            {
                return Err(PlanProblem::TextTooLong);
            }
        }
        Ok(())
    }

    fn reissue(&mut self, fresh: &mut dyn FnMut() -> Id) {
        for x in self.iter_mut() {
            *x.id_mut() = fresh();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Note, Timestamp};

    fn id(s: &str) -> Id {
        Id::parse(s).unwrap()
    }

    fn plan() -> (Plan, Canvas) {
        let mut canvas = Canvas::default();
        canvas.add_note(
            Block::CustomerSegments,
            Note::new(id("seg"), "Teens", Timestamp(0)),
        );
        let mut p = Plan {
            started: true,
            ..Plan::default()
        };
        p.audiences.push(Audience {
            id: id("a1"),
            text: "Lagos teens".into(),
            segment: Some(id("seg")),
        });
        p.funding.push(Funding {
            id: id("f1"),
            name: "Grant".into(),
            amount: Decimal::parse_canonical("100"),
        });
        p.budget.push(BudgetLine {
            id: id("b1"),
            group: BudgetGroup::Ads,
            label: "Ads".into(),
            amount: Decimal::parse_canonical("60"),
            funding: Some(id("f1")),
        });
        (p, canvas)
    }

    #[test]
    fn an_audience_keeps_its_segment_while_the_note_moves_but_not_once_it_is_gone() {
        let (mut p, mut canvas) = plan();
        assert!(canvas.move_note(&id("seg"), Block::Channels, 0, Timestamp(1)));
        p.enforce_limits(&canvas);
        assert_eq!(
            p.audiences[0].segment,
            Some(id("seg")),
            "moved, still linked"
        );
        assert_eq!(p.check(&canvas), Ok(()));
        assert!(canvas.move_note(&id("seg"), Block::CustomerSegments, 0, Timestamp(2)));
        p.enforce_limits(&canvas);
        assert_eq!(p.audiences[0].segment, Some(id("seg")), "and back");
        canvas.remove_note(&id("seg"));
        p.enforce_limits(&canvas);
        assert_eq!(p.audiences[0].segment, None, "deleted: unlinked");
    }

    #[test]
    fn a_sound_plan_passes_and_broken_ones_say_why() {
        let (p, canvas) = plan();
        assert_eq!(p.check(&canvas), Ok(()));
        let mut twice = p.clone();
        twice.goals.push(Goal {
            id: id("b1"),
            kind: GoalKind::Reach,
            text: String::new(),
        });
        assert_eq!(
            twice.check(&canvas),
            Err(PlanProblem::DuplicateId("b1".into()))
        );
        let mut dangling = p.clone();
        dangling.funding.clear();
        assert_eq!(
            dangling.check(&canvas),
            Err(PlanProblem::UnknownFunding("f1".into()))
        );
        assert_eq!(
            p.check(&Canvas::default()),
            Err(PlanProblem::UnknownSegment("seg".into()))
        );
        let mut long = p.clone();
        long.rights.push(Right {
            id: id("r"),
            right: "x".repeat(MAX_TEXT_CHARS + 1),
            ..Right::new(id("r"))
        });
        assert_eq!(long.check(&canvas), Err(PlanProblem::TextTooLong));
        let mut many = p;
        many.revenues = (0..=MAX_PLAN_ITEMS as u64)
            .map(|n| Revenue {
                id: Id::from_random(n),
                kind: RevenueKind::Merchandise,
                text: String::new(),
            })
            .collect();
        assert_eq!(many.check(&canvas), Err(PlanProblem::TooMany("revenues")));
    }

    #[test]
    fn limits_and_dangling_references_are_repaired_on_edit() {
        let (mut p, _) = plan();
        p.goals.push(Goal {
            id: id("g"),
            kind: GoalKind::Impact,
            text: "é".repeat(MAX_TEXT_CHARS + 3),
        });
        p.enforce_limits(&Canvas::default());
        assert_eq!(p.goals[0].text.chars().count(), MAX_TEXT_CHARS);
        assert_eq!(p.audiences[0].segment, None, "the segment note is gone");
        assert!(p.remove_funding(&id("f1")));
        assert_eq!(p.budget[0].funding, None);
        assert!(!p.remove_funding(&id("f1")));
    }

    #[test]
    fn fresh_ids_keep_every_reference() {
        let (mut p, _) = plan();
        let mut n = 0;
        let notes = HashMap::from([(id("seg"), id("seg2"))]);
        p.reissue_ids(
            &mut || {
                n += 1;
                Id::from_random(n)
            },
            &notes,
        );
        assert_eq!(p.budget[0].funding.as_ref(), Some(&p.funding[0].id));
        assert_ne!(p.funding[0].id, id("f1"));
        assert_ne!(p.budget[0].id, id("b1"));
        assert_eq!(p.audiences[0].segment, Some(id("seg2")));
    }

    #[test]
    fn list_helpers_change_only_what_differs() {
        let (mut p, _) = plan();
        assert!(update(&mut p.budget, &id("b1"), |l| set(
            &mut l.label,
            "Posters".into()
        )));
        assert!(!update(&mut p.budget, &id("b1"), |l| set(
            &mut l.label,
            "Posters".into()
        )));
        assert!(!update(&mut p.budget, &id("nope"), |_| true));
        assert_eq!(find(&p.budget, &id("b1")).unwrap().label, "Posters");
        assert_eq!(remove(&mut p.budget, &id("b1")).map(|(i, _)| i), Some(0));
        let mut v = Vec::new();
        for n in 0..MAX_PLAN_ITEMS as u64 {
            assert!(push(&mut v, n));
        }
        assert!(!push(&mut v, 0));
    }

    #[test]
    fn upcoming_gathers_what_falls_due_within_thirty_days() {
        let (mut p, _) = plan();
        let today = Date::parse("2026-11-27").unwrap();
        let at = |s| Date::parse(s).unwrap();
        p.timeline.push(Milestone {
            id: id("m1"),
            kind: MilestoneKind::Launch,
            title: "Launch".into(),
            date: at("2026-12-20"),
        });
        p.timeline.push(Milestone {
            id: id("m2"),
            kind: MilestoneKind::Trailer,
            title: "Old".into(),
            date: at("2026-11-26"),
        });
        p.timeline.push(Milestone {
            id: id("m3"),
            kind: MilestoneKind::Demo,
            title: "Far".into(),
            date: at("2027-06-01"),
        });
        let mut fespaco = Channel::new(id("c"), ChannelKind::Festival, "FESPACO");
        fespaco.deadline = Some(at("2026-12-01"));
        p.channels.push(fespaco);
        let mut k = Kpi::new(id("k"));
        k.name = "Wishlists".into();
        k.due = Some(today);
        p.kpis.push(k);
        assert_eq!(
            p.upcoming(today),
            [
                (today, "Wishlists"),
                (at("2026-12-01"), "FESPACO"),
                (at("2026-12-20"), "Launch")
            ]
        );
    }

    #[test]
    fn enums_are_names_and_nothing_else() {
        assert_eq!(
            serde_json::to_string(&GoalKind::Recognition).unwrap(),
            "\"recognition\""
        );
        assert!(serde_json::from_str::<GoalKind>("{\"reach\": null}").is_err());
        assert!(serde_json::from_str::<GoalKind>("\"fame\"").is_err());
        for g in GoalKind::ALL {
            assert_eq!(GoalKind::from_key(g.key()), Some(*g));
        }
    }

    #[test]
    fn an_empty_plan_reads_from_an_empty_object_and_writes_every_member() {
        let p: Plan = serde_json::from_str("{}").unwrap();
        assert_eq!(p, Plan::default());
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(v["currency"], "XOF");
        assert_eq!(v["started"], false);
        assert_eq!(v.as_object().unwrap().len(), 11);
        assert!(serde_json::from_str::<Plan>("{\"extra\": 1}").is_err());
    }
}
