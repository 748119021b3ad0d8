//! Calendar dates (`YYYY-MM-DD`), checked, with days between them.

use crate::model::time::civil_from_days;
use crate::model::Timestamp;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day of the proleptic Gregorian calendar, years 1000 to 9999, kept as
/// days since 1970-01-01 so that comparing and counting are exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i64);

/// Where a date stands relative to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// Before today.
    Past,
    /// Today or within the window: days from today (0 = today).
    Soon(i64),
    /// Later than the window.
    Later,
}

/// Days ahead that count as "coming up".
pub const SOON_DAYS: i64 = 30;

pub fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date from its parts; `None` if there is no such day.
    pub fn from_ymd(y: i64, m: u32, d: u32) -> Option<Date> {
        ((1000..=9999).contains(&y) && d >= 1 && d <= days_in_month(y, m))
            .then(|| Date(days_from_civil(y, m, d)))
    }

    /// Reads `YYYY-MM-DD` exactly (what `<input type="date">` gives).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            b[r.clone()]
                .iter()
                .all(u8::is_ascii_digit)
                .then(|| s[r].parse::<u32>().ok())
                .flatten()
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Date::from_ymd(i64::from(digits(0..4)?), digits(5..7)?, digits(8..10)?)
    }

    /// The UTC day of a moment.
    pub fn from_timestamp(t: Timestamp) -> Date {
        Date((t.0 / 86_400_000) as i64)
    }

    pub fn ymd(self) -> (i64, u32, u32) {
        civil_from_days(self.0)
    }

    /// The date `days` later (earlier when negative), kept within the
    /// calendar's range.
    pub fn add_days(self, days: i64) -> Date {
        let lo = days_from_civil(1000, 1, 1);
        let hi = days_from_civil(9999, 12, 31);
        Date(self.0.saturating_add(days).clamp(lo, hi))
    }

    /// Days from `from` to this date (negative when this one is earlier).
    /// A number that sorts like the date (for `model::order`).
    pub fn number(self) -> u64 {
        crate::model::order::signed(self.0)
    }

    pub fn days_since(self, from: Date) -> i64 {
        self.0 - from.0
    }

    pub fn due(self, today: Date) -> Due {
        match self.days_since(today) {
            n if n < 0 => Due::Past,
            n if n <= SOON_DAYS => Due::Soon(n),
            _ => Due::Later,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("{s:?} is not a date written YYYY-MM-DD"))
        })
    }
}

/// Howard Hinnant's days_from_civil.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn only_real_days_are_dates() {
        for ok in [
            "2024-02-29",
            "2000-02-29",
            "2026-12-31",
            "2026-01-01",
            "9999-12-31",
        ] {
            assert_eq!(date(ok).to_string(), ok);
        }
        for bad in [
            "2026-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-1-01",
            "26-01-01",
            "2026/01/01",
            "2026-01-01T00",
            "",
            "0999-12-31",
            "abcd-ef-gh",
            "+026-01-01",
        ] {
            assert!(Date::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn days_are_counted_across_months_years_and_leap_days() {
        assert_eq!(date("2024-03-01").days_since(date("2024-02-28")), 2);
        assert_eq!(date("2025-03-01").days_since(date("2025-02-28")), 1);
        assert_eq!(date("2027-01-01").days_since(date("2026-12-31")), 1);
        assert_eq!(date("2026-11-20").days_since(date("2026-11-27")), -7);
        assert_eq!(date("2026-11-27").add_days(35), date("2027-01-01"));
        assert_eq!(date("2024-02-22").add_days(7), date("2024-02-29"));
        assert_eq!(date("1970-01-01"), Date::from_timestamp(Timestamp(0)));
        assert_eq!(
            Date::from_timestamp(Timestamp(1_795_771_086_000)),
            date("2026-11-27")
        );
        assert_eq!(date("9999-12-30").add_days(10), date("9999-12-31"));
    }

    #[test]
    fn upcoming_means_within_thirty_days_and_not_past() {
        let today = date("2026-11-27");
        assert_eq!(date("2026-11-26").due(today), Due::Past);
        assert_eq!(today.due(today), Due::Soon(0));
        assert_eq!(date("2026-12-27").due(today), Due::Soon(30));
        assert_eq!(date("2026-12-28").due(today), Due::Later);
    }

    #[test]
    fn dates_are_strings_in_files() {
        assert_eq!(
            serde_json::to_string(&date("2027-02-05")).unwrap(),
            "\"2027-02-05\""
        );
        assert!(serde_json::from_str::<Date>("\"2027-02-30\"").is_err());
        assert!(serde_json::from_str::<Date>("20270205").is_err());
    }
}
