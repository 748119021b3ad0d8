//! Part 5: the MVP's scope: what it includes and leaves out, its
//! milestones, the team and the budget it needs.

use crate::model::Id;
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Mvp {
    /// What the MVP includes, one item a line.
    pub includes: String,
    /// What it leaves out, one item a line.
    pub excludes: String,
    pub milestones: Vec<Milestone>,
    /// Who it needs.
    pub team: String,
    /// The budget it needs, as an amount written by the user.
    pub budget: String,
    pub currency: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Milestone {
    pub id: Id,
    pub name: String,
    /// A calendar date `YYYY-MM-DD`, or empty for none yet.
    pub date: String,
}

impl Milestone {
    pub fn new(id: Id, date: &str) -> Milestone {
        Milestone {
            id,
            name: String::new(),
            date: date.to_owned(),
        }
    }

    /// Sets the date if it is a real date (or empty); whether it changed.
    pub fn set_date(&mut self, date: &str) -> bool {
        valid_date(date) && super::set(&mut self.date, date.to_owned())
    }
}

/// Whether `s` is empty or a real calendar date written `YYYY-MM-DD`.
pub fn valid_date(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r.clone()].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let (y, m, d): (u32, u32, u32) = (
        s[0..4].parse().unwrap_or(0),
        s[5..7].parse().unwrap_or(0),
        s[8..10].parse().unwrap_or(0),
    );
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y >= 1 && (1..=days).contains(&d)
}

impl Mvp {
    /// The milestones by date (undated last), for reading and printing.
    pub fn timeline(&self) -> Vec<&Milestone> {
        // `YYYYMMDD` as a number; undated last.
        let keys = self.milestones.iter().map(|m| {
            let digits: String = m.date.chars().filter(char::is_ascii_digit).collect();
            digits.parse().unwrap_or(u64::MAX)
        });
        super::order(keys).map(|i| &self.milestones[i]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::id;
    use super::*;

    #[test]
    fn only_real_dates_are_taken() {
        for ok in ["", "2027-01-31", "2028-02-29", "2000-02-29"] {
            assert!(valid_date(ok), "{ok}");
        }
        for bad in [
            "2027-02-29",
            "1900-02-29",
            "2027-13-01",
            "2027-00-10",
            "2027-04-31",
            "27-04-01",
            "2027/04/01",
            "2027-04-1x",
            "0000-01-01",
            "２０２７-01-01",
        ] {
            assert!(!valid_date(bad), "{bad}");
        }
        let mut m = Milestone::new(id("m"), "");
        assert!(!m.set_date("tomorrow"));
        assert!(m.set_date("2027-06-15"));
        assert!(!m.set_date("2027-06-15"));
    }

    #[test]
    fn the_timeline_runs_by_date() {
        let mvp = Mvp {
            milestones: vec![
                Milestone::new(id("a"), ""),
                Milestone::new(id("b"), "2027-05-01"),
                Milestone::new(id("c"), "2027-01-10"),
            ],
            ..Default::default()
        };
        let order: Vec<&str> = mvp.timeline().iter().map(|m| m.id.as_str()).collect();
        assert_eq!(order, ["c", "b", "a"]);
    }
}
