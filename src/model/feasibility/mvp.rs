//! Part 5: the MVP's scope: what it includes and leaves out, its
//! milestones, the team and the budget it needs.

use crate::model::diffusion::{Currency, Decimal};
use crate::model::Id;
use serde::{Serialize, Serializer};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Mvp {
    /// What the MVP includes, one item a line.
    pub includes: String,
    /// What it leaves out, one item a line.
    pub excludes: String,
    pub milestones: Vec<Milestone>,
    /// Who it needs.
    pub team: String,
    /// The budget it needs, exactly, in `currency` (the diffusion plan's
    /// money); written `""` when not given.
    #[serde(serialize_with = "amount")]
    pub budget: Option<Decimal>,
    pub currency: Currency,
    /// What an older file wrote as the budget when it was not a clear
    /// amount ("about 2 million"): kept, and shown in the budget field to
    /// be retyped; emptied once an amount is typed or the field cleared.
    pub budget_note: String,
}

fn amount<S: Serializer>(a: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match a {
        Some(d) => s.collect_str(d),
        None => s.serialize_str(""),
    }
}

/// Reads the budget in either form: the amount (`"4500000"`) and an ISO
/// code, or an older file's free text (`"4 500 000"`, `"150 000 FCFA"`)
/// with the currency as typed (`"fcfa"`, or empty: XOF, the plans'
/// default). What is not a clear amount and currency is kept, whole, as
/// the note (with the old currency text if that was not a code either).
pub fn read_budget(
    budget: &str,
    currency: &str,
    note: &str,
) -> (Option<Decimal>, Currency, String) {
    let (b, c) = (budget.trim(), currency.trim());
    let code = Currency::parse(c);
    let is_code = code.is_some();
    let unclear = |cur: Currency| {
        // The old currency text is kept when it was no code.
        let c = if is_code { "" } else { c };
        let old = [b, c, note.trim()];
        let text: Vec<&str> = old.into_iter().filter(|t| !t.is_empty()).collect();
        (None, cur, text.join(" "))
    };
    if !c.is_empty() && code.is_none() {
        return unclear(Currency::default());
    }
    if b.is_empty() {
        return (None, code.unwrap_or_default(), note.to_owned());
    }
    // A currency word before or after the number: "150 000 FCFA".
    let (number, word) = match b.rsplit_once(' ').or_else(|| b.split_once(' ')) {
        Some((x, y))
            if Currency::parse(y).is_some() && y.chars().all(|c| c.is_ascii_alphabetic()) =>
        {
            (x, Currency::parse(y))
        }
        Some((x, y))
            if Currency::parse(x).is_some() && x.chars().all(|c| c.is_ascii_alphabetic()) =>
        {
            (y, Currency::parse(x))
        }
        _ => (b, None),
    };
    let cur = match (code, word) {
        (Some(a), Some(w)) if a != w => return unclear(a),
        (a, w) => a.or(w).unwrap_or_default(),
    };
    match Decimal::parse_input(number, cur.exponent()) {
        Ok(d) => (Some(d), cur, note.to_owned()),
        Err(_) => unclear(cur),
    }
}

impl Mvp {
    /// Sets the budget (`None`: not given); an older file's note goes once
    /// the user has typed in the field. Whether anything changed.
    pub fn set_budget(&mut self, budget: Option<Decimal>) -> bool {
        let note = !self.budget_note.is_empty();
        self.budget_note.clear();
        super::set(&mut self.budget, budget) || note
    }
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
        crate::model::order::order(keys)
            .map(|i| &self.milestones[i])
            .collect()
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

    fn read(b: &str, c: &str) -> (Option<String>, String, String) {
        let (d, cur, note) = read_budget(b, c, "");
        (d.map(|d| d.to_string()), cur.code().to_owned(), note)
    }

    #[test]
    fn the_budget_reads_the_new_form_and_an_older_files_text() {
        let some = |a: &str, c: &str| (Some(a.to_owned()), c.to_owned(), String::new());
        // The new form: an exact amount and an ISO code.
        assert_eq!(read("4500000", "XOF"), some("4500000", "XOF"));
        assert_eq!(read("12.5", "EUR"), some("12.5", "EUR"));
        assert_eq!(read("1.25", "TND"), some("1.25", "TND"));
        assert_eq!(read("", "MAD"), (None, "MAD".into(), String::new()));
        assert_eq!(read("", ""), (None, "XOF".into(), String::new()));
        // Older files: an amount as typed, the currency as typed.
        assert_eq!(read("4 500 000", "XOF"), some("4500000", "XOF"));
        assert_eq!(read("150 000 FCFA", ""), some("150000", "XOF"));
        assert_eq!(read("EUR 12,50", ""), some("12.5", "EUR"));
        assert_eq!(read("12,50", "eur"), some("12.5", "EUR"));
        assert_eq!(read("1.500", "fcfa"), some("1500", "XOF"));
        assert_eq!(read("2 000 000", ""), some("2000000", "XOF"));
        // What is not clear is kept whole, as the note, never lost.
        let kept = |b: &str, c: &str, cur: &str, note: &str| {
            assert_eq!(
                read(b, c),
                (None, cur.to_owned(), note.to_owned()),
                "{b:?} {c:?}"
            );
        };
        kept("about 2 million", "XOF", "XOF", "about 2 million");
        kept("12,50", "XOF", "XOF", "12,50");
        kept("1000", "euros", "XOF", "1000 euros");
        kept("150 000 FCFA", "EUR", "EUR", "150 000 FCFA");
        kept("", "dollars", "XOF", "dollars");
        // A note already in the file stays.
        let (d, _, note) = read_budget("", "XOF", "about 2 million");
        assert_eq!((d, note.as_str()), (None, "about 2 million"));
    }

    #[test]
    fn typing_a_budget_replaces_the_older_note() {
        let mut m = Mvp {
            budget_note: "about 2 million".into(),
            ..Default::default()
        };
        assert!(m.set_budget(None), "clearing the field drops the note");
        assert!(m.budget_note.is_empty());
        assert!(!m.set_budget(None));
        assert!(m.set_budget(Decimal::parse_canonical("2000000")));
        let json = serde_json::to_value(&m).unwrap();
        assert_eq!(json["budget"], "2000000");
        assert_eq!(json["currency"], "XOF");
        assert_eq!(json["budget_note"], "");
        assert_eq!(serde_json::to_value(Mvp::default()).unwrap()["budget"], "");
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
