use serde::{Deserialize, Serialize};

/// Milliseconds since the Unix epoch, UTC. Stored as a plain integer in
/// files so any tool can read it.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub u64);

impl Timestamp {
    /// The calendar date, as `YYYY-MM-DD` in UTC.
    pub fn date_string(self) -> String {
        let (y, m, d) = civil_from_days((self.0 / 86_400_000) as i64);
        format!("{y:04}-{m:02}-{d:02}")
    }
}

/// Days since 1970-01-01 to a (year, month, day) in the proleptic Gregorian
/// calendar (Howard Hinnant's algorithm).
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_utc_calendar_days() {
        assert_eq!(Timestamp(0).date_string(), "1970-01-01");
        // 2026-11-27T09:18:06Z
        assert_eq!(Timestamp(1_795_771_086_000).date_string(), "2026-11-27");
        // Leap day and the last millisecond of a day.
        assert_eq!(Timestamp(951_782_400_000).date_string(), "2000-02-29");
        assert_eq!(Timestamp(951_868_799_999).date_string(), "2000-02-29");
        assert_eq!(Timestamp(951_868_800_000).date_string(), "2000-03-01");
    }
}
