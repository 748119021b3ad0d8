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

/// The months a timeline covers, for reading across: from its first
/// milestone's month to its last's, each with its milestones in date
/// order, the months between included even when empty so that each step
/// across is one month. A span of more than `max` months keeps only the
/// months that have milestones (as [`by_month`]).
pub fn months_across(items: &[Milestone], max: usize) -> Vec<((i64, u32), Vec<&Milestone>)> {
    let months = by_month(items);
    let (Some(&((y0, m0), _)), Some(&((y1, m1), _))) = (months.first(), months.last()) else {
        return months;
    };
    let span = (y1 - y0) * 12 + i64::from(m1) - i64::from(m0) + 1;
    if usize::try_from(span).map_or(true, |n| n > max) {
        return months;
    }
    let mut out = Vec::with_capacity(span as usize);
    let mut rest = months.into_iter().peekable();
    let (mut y, mut m) = (y0, m0);
    for _ in 0..span {
        let here = match rest.peek() {
            Some((k, _)) if *k == (y, m) => rest.next().map(|(_, v)| v).unwrap_or_default(),
            _ => Vec::new(),
        };
        out.push(((y, m), here));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
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

    #[test]
    fn months_read_across_with_the_empty_months_between() {
        let items = vec![
            m("launch", "2027-02-15"),
            m("festival", "2026-11-30"),
            m("teaser", "2026-11-02"),
        ];
        let months: Vec<((i64, u32), Vec<&str>)> = months_across(&items, 24)
            .into_iter()
            .map(|(k, v)| (k, v.iter().map(|m| m.title.as_str()).collect()))
            .collect();
        assert_eq!(
            months,
            [
                ((2026, 11), vec!["teaser", "festival"]),
                ((2026, 12), vec![]),
                ((2027, 1), vec![]),
                ((2027, 2), vec!["launch"]),
            ]
        );
        // Over the limit, only the months that have milestones.
        assert_eq!(months_across(&items, 3).len(), 2);
        assert!(months_across(&[], 24).is_empty());
        let one = [m("only", "2027-05-01")];
        assert_eq!(months_across(&one, 1).len(), 1);
    }
}
