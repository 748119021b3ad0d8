//! The release timeline: milestones and marketing beats with dates.

use super::{item, keyed_enum, Date};
use crate::model::Id;

keyed_enum! {
    MilestoneKind {
        Announcement = "announcement",
        Trailer = "trailer",
        Demo = "demo",
        Premiere = "premiere",
        Launch = "launch",
        Episode = "episode",
        Update = "update",
        Other = "other",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub id: Id,
    pub kind: MilestoneKind,
    pub title: String,
    pub date: Date,
}
item!(Milestone { kind, title, date } texts { title });

impl Milestone {
    /// Moves the milestone `days` later (earlier when negative).
    pub fn shift(&mut self, days: i64) -> bool {
        let to = self.date.add_days(days);
        super::set(&mut self.date, to)
    }
}

/// The milestones by date (those on the same day keep their order).
pub fn chronological(items: &[Milestone]) -> Vec<&Milestone> {
    let mut v: Vec<&Milestone> = Vec::with_capacity(items.len());
    for m in items {
        insert_sorted(&mut v, m, |m| m.date);
    }
    v
}

/// Inserts after every element whose key is not later: a stable insertion
/// sort, small in code (lists here hold at most 200 entries).
pub(crate) fn insert_sorted<T, K: Ord>(v: &mut Vec<T>, x: T, key: impl Fn(&T) -> K) {
    let k = key(&x);
    let at = v.iter().rposition(|y| key(y) <= k).map_or(0, |i| i + 1);
    v.insert(at, x);
}

/// The milestones by date, grouped by (year, month).
pub fn by_month(items: &[Milestone]) -> Vec<((i64, u32), Vec<&Milestone>)> {
    let mut out: Vec<((i64, u32), Vec<&Milestone>)> = Vec::new();
    for m in chronological(items) {
        let (y, mo, _) = m.date.ymd();
        match out.last_mut() {
            Some((k, v)) if *k == (y, mo) => v.push(m),
            _ => out.push(((y, mo), vec![m])),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(id: &str, date: &str) -> Milestone {
        Milestone {
            id: Id::parse(id).unwrap(),
            kind: MilestoneKind::Other,
            title: id.into(),
            date: Date::parse(date).unwrap(),
        }
    }

    #[test]
    fn the_timeline_reads_by_month_in_date_order() {
        let items = vec![
            m("launch", "2027-03-15"),
            m("trailer", "2027-01-20"),
            m("demo", "2027-01-05"),
            m("teaser", "2027-01-20"),
            m("festival", "2026-12-31"),
        ];
        let months: Vec<((i64, u32), Vec<&str>)> = by_month(&items)
            .into_iter()
            .map(|(k, v)| (k, v.iter().map(|m| m.title.as_str()).collect()))
            .collect();
        assert_eq!(
            months,
            [
                ((2026, 12), vec!["festival"]),
                ((2027, 1), vec!["demo", "trailer", "teaser"]),
                ((2027, 3), vec!["launch"]),
            ]
        );
    }

    #[test]
    fn milestones_move_by_days_and_weeks() {
        let mut x = m("a", "2027-02-26");
        assert!(x.shift(7));
        assert_eq!(x.date.to_string(), "2027-03-05");
        assert!(x.shift(-1));
        assert_eq!(x.date.to_string(), "2027-03-04");
        assert!(!x.shift(0));
        let mut end = m("b", "9999-12-31");
        assert!(!end.shift(7), "the calendar ends there");
    }
}
