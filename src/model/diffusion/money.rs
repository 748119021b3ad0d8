//! Exact decimal amounts and currencies. No floating point anywhere: an
//! amount is a whole number of ten-thousandths, written in files as a plain
//! decimal string (`"1250000"`, `"12.5"`), summed with checked arithmetic.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Decimal places an amount may carry (the most any ISO 4217 currency uses).
pub const MAX_DECIMALS: u32 = 4;
/// Digits before the decimal mark (up to 999 999 999 999 999).
pub const MAX_WHOLE_DIGITS: usize = 15;
const SCALE: i128 = 10_000;

/// An exact decimal number: `units / 10_000`. Parsed amounts are never
/// negative; differences (a funding balance) may be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal(i128);

/// Why a typed amount was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    /// Not a number (letters, signs, several decimal marks...).
    NotANumber,
    /// More decimal places than the currency has.
    TooManyDecimals { max: u32 },
    /// More than 15 digits before the decimal mark.
    TooLarge,
}

impl Decimal {
    pub const ZERO: Decimal = Decimal(0);

    pub fn from_whole(n: u64) -> Decimal {
        Decimal(i128::from(n) * SCALE)
    }

    /// Reads what a person typed, tolerantly and exactly: spaces (normal,
    /// no-break, thin) and apostrophes group digits; with both `,` and `.`
    /// the last one is the decimal mark and the other groups; with only one
    /// kind, several of them group, and a single one is the decimal mark
    /// unless exactly three digits follow it (and the currency has fewer
    /// than three decimals): then it groups thousands.
    /// `max_decimals` is the currency's exponent.
    pub fn parse_input(text: &str, max_decimals: u32) -> Result<Decimal, AmountError> {
        let cleaned: String = text
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’'))
            .collect();
        let (commas, dots) = (cleaned.matches(',').count(), cleaned.matches('.').count());
        // A single mark before exactly three digits groups thousands
        // ("385,000", "1.500") unless the currency has three decimals.
        let groups = |m: char| {
            max_decimals < 3 && cleaned.rsplit(m).next().is_some_and(|tail| tail.len() == 3)
        };
        let mark = match (commas, dots) {
            (0, 0) => None,
            (1, 0) if groups(',') => None,
            (0, 1) if groups('.') => None,
            (1, 0) => Some(','),
            (0, 1) => Some('.'),
            (_, 0) => None, // 1,250,000
            (0, _) => None, // 1.250.000
            _ => {
                let last = cleaned.rfind([',', '.']).expect("both present");
                let m = cleaned[last..].chars().next().expect("a mark");
                let other = if m == ',' { '.' } else { ',' };
                if cleaned.matches(m).count() > 1 || cleaned[last..].contains(other) {
                    return Err(AmountError::NotANumber);
                }
                Some(m)
            }
        };
        let (whole, frac) = match mark {
            Some(m) => {
                let at = cleaned.rfind(m).expect("mark present");
                (&cleaned[..at], &cleaned[at + 1..])
            }
            None => (cleaned.as_str(), ""),
        };
        let whole: String = whole.chars().filter(|c| !matches!(c, ',' | '.')).collect();
        if whole.is_empty() && frac.is_empty() {
            return Err(AmountError::NotANumber);
        }
        Decimal::from_parts(&whole, frac, max_decimals)
    }

    /// Reads the form written in files: digits, optionally `.` and 1–4
    /// digits.
    pub fn parse_canonical(text: &str) -> Option<Decimal> {
        let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
        if whole.is_empty() || (text.contains('.') && frac.is_empty()) {
            return None;
        }
        Decimal::from_parts(whole, frac, MAX_DECIMALS).ok()
    }

    fn from_parts(whole: &str, frac: &str, max_decimals: u32) -> Result<Decimal, AmountError> {
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || !digits(frac) {
            return Err(AmountError::NotANumber);
        }
        let whole = whole.trim_start_matches('0');
        let frac = frac.trim_end_matches('0');
        if whole.len() > MAX_WHOLE_DIGITS {
            return Err(AmountError::TooLarge);
        }
        let max = max_decimals.min(MAX_DECIMALS);
        if frac.len() > max as usize {
            return Err(AmountError::TooManyDecimals { max });
        }
        let w: i128 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| AmountError::NotANumber)?
        };
        let mut f: i128 = if frac.is_empty() {
            0
        } else {
            frac.parse().map_err(|_| AmountError::NotANumber)?
        };
        for _ in frac.len()..MAX_DECIMALS as usize {
            f *= 10;
        }
        Ok(Decimal(w * SCALE + f))
    }

    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        self.0.checked_add(other.0).map(Decimal)
    }

    pub fn checked_sub(self, other: Decimal) -> Option<Decimal> {
        self.0.checked_sub(other.0).map(Decimal)
    }

    /// Exact sum; `None` on overflow (impossible within the limits, but
    /// never wrapped).
    pub fn sum<'a>(items: impl IntoIterator<Item = &'a Decimal>) -> Option<Decimal> {
        items
            .into_iter()
            .try_fold(Decimal::ZERO, |acc, d| acc.checked_add(*d))
    }

    /// Decimal places the amount uses ("12.50" uses one).
    pub fn places(self) -> u32 {
        let mut frac = self.0.unsigned_abs() % SCALE as u128;
        let mut places = MAX_DECIMALS;
        while places > 0 && frac.is_multiple_of(10) {
            frac /= 10;
            places -= 1;
        }
        places
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// `self / of` as a whole percentage, rounded half up (2 of 3 is 67),
    /// exactly; `None` when `of` is zero.
    pub fn percent_of(self, of: Decimal) -> Option<u64> {
        if of.0 <= 0 || self.0 < 0 {
            return None;
        }
        let p = self.0.checked_mul(200)?.checked_add(of.0)? / of.0.checked_mul(2)?;
        Some(u64::try_from(p).unwrap_or(u64::MAX))
    }

    /// The number for people: digits grouped by three with `group`, the
    /// decimal `mark`, and at least `min_decimals` places.
    pub fn display(self, min_decimals: u32, group: &str, mark: &str) -> String {
        let neg = self.0 < 0;
        let abs = self.0.unsigned_abs();
        let whole = (abs / SCALE as u128).to_string();
        let mut frac = format!("{:04}", abs % SCALE as u128);
        while frac.len() > min_decimals.min(MAX_DECIMALS) as usize && frac.ends_with('0') {
            frac.pop();
        }
        let mut out = String::new();
        if neg {
            out.push('-');
        }
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i).is_multiple_of(3) {
                out.push_str(group);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push_str(mark);
            out.push_str(&frac);
        }
        out
    }
}

impl fmt::Display for Decimal {
    /// The canonical form written in files.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display(0, "", "."))
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Decimal::parse_canonical(&s).ok_or_else(|| {
            serde::de::Error::custom(
                "an amount is written as digits, optionally '.' and up to 4 decimals",
            )
        })
    }
}

/// An ISO 4217 currency code: three capital letters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Currency(String);

/// Codes offered first, for the residency's countries and partners.
pub const COMMON_CURRENCIES: [&str; 14] = [
    "XOF", "XAF", "MAD", "TND", "DZD", "EGP", "NGN", "GHS", "KES", "RWF", "ZAR", "EUR", "USD",
    "GBP",
];

impl Currency {
    /// Reads a code, tolerating case and spaces; "FCFA" and "CFA" mean the
    /// West African franc (XOF).
    pub fn parse(text: &str) -> Option<Currency> {
        let code = text.trim().to_ascii_uppercase();
        if code == "FCFA" || code == "CFA" {
            return Some(Currency("XOF".into()));
        }
        (code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())).then_some(Currency(code))
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    /// Decimal places of the currency's minor unit (ISO 4217); 2 for codes
    /// not listed here.
    pub fn exponent(&self) -> u32 {
        match self.code() {
            "XOF" | "XAF" | "RWF" | "GNF" | "DJF" | "KMF" | "UGX" | "BIF" | "JPY" | "KRW"
            | "VND" | "XPF" | "CLP" | "ISK" | "PYG" | "VUV" => 0,
            "TND" | "LYD" | "BHD" | "IQD" | "JOD" | "KWD" | "OMR" => 3,
            "CLF" | "UYW" => 4,
            _ => 2,
        }
    }

    /// How the currency is shown next to an amount: FCFA for the CFA francs.
    pub fn label(&self) -> &str {
        match self.code() {
            "XOF" | "XAF" => "FCFA",
            c => c,
        }
    }

    /// Whether `amount` can be written in this currency (no more decimal
    /// places than its minor unit has).
    pub fn fits(&self, amount: Decimal) -> bool {
        amount.places() <= self.exponent()
    }

    pub fn format(&self, amount: Decimal, group: &str, mark: &str) -> String {
        format!(
            "{}\u{a0}{}",
            amount.display(self.exponent(), group, mark),
            self.label()
        )
    }
}

impl Default for Currency {
    fn default() -> Currency {
        Currency("XOF".into())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        (s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()))
            .then_some(Currency(s))
            .ok_or_else(|| serde::de::Error::custom("a currency is a 3-letter ISO 4217 code"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse_canonical(s).unwrap()
    }

    #[test]
    fn typed_amounts_are_read_tolerantly_and_exactly() {
        for (typed, canonical) in [
            ("1 250 000", "1250000"),
            ("1\u{a0}250\u{202f}000", "1250000"),
            ("12,50", "12.5"),
            ("12.50", "12.5"),
            ("1,250,000", "1250000"),
            ("1.250.000", "1250000"),
            ("1 250 000,75", "1250000.75"),
            ("1,250,000.75", "1250000.75"),
            ("1.250.000,75", "1250000.75"),
            ("0,1", "0.1"),
            ("385,000", "385000"),
            ("1.500", "1500"),
            ("12,5", "12.5"),
            ("12,500.5", "12500.5"),
            (",5", "0.5"),
            ("007", "7"),
            ("0", "0"),
        ] {
            let got = Decimal::parse_input(typed, 2).unwrap_or_else(|e| panic!("{typed}: {e:?}"));
            assert_eq!(got.to_string(), canonical, "{typed}");
        }
    }

    #[test]
    fn what_is_not_an_amount_is_refused_with_its_reason() {
        for bad in [
            "", "  ", "abc", "12a", "-5", "+5", "1,2.3.4", "1.2,3,4", "5 €", "1e6", ",",
        ] {
            assert_eq!(
                Decimal::parse_input(bad, 2),
                Err(AmountError::NotANumber),
                "{bad:?}"
            );
        }
        assert_eq!(
            Decimal::parse_input("12,5", 0),
            Err(AmountError::TooManyDecimals { max: 0 })
        );
        assert_eq!(
            Decimal::parse_input("1.2345", 3),
            Err(AmountError::TooManyDecimals { max: 3 })
        );
        assert_eq!(
            Decimal::parse_input("1.250", 3).unwrap().to_string(),
            "1.25",
            "TND has millimes"
        );
        assert!(
            Decimal::parse_input("12,00", 0).is_ok(),
            "trailing zeros are no decimals"
        );
        assert_eq!(
            Decimal::parse_input(&"9".repeat(16), 2),
            Err(AmountError::TooLarge)
        );
        assert!(Decimal::parse_input(&"9".repeat(15), 2).is_ok());
    }

    #[test]
    fn there_is_no_floating_point_drift() {
        // 0.1 + 0.2 is exactly 0.3, and ten thousand 0.01 are exactly 100.
        assert_eq!(d("0.1").checked_add(d("0.2")), Some(d("0.3")));
        let cents = vec![d("0.01"); 10_000];
        assert_eq!(Decimal::sum(&cents), Some(d("100")));
        let big = vec![d("999999999999999.9999"); 200];
        assert_eq!(
            Decimal::sum(&big).unwrap().to_string(),
            "199999999999999999.98"
        );
        assert_eq!(Decimal(i128::MAX).checked_add(d("1")), None);
    }

    #[test]
    fn amounts_show_with_the_locale_grouping_and_the_currency_places() {
        let xof = Currency::parse("xof").unwrap();
        let eur = Currency::parse("EUR").unwrap();
        let tnd = Currency::parse("TND").unwrap();
        assert_eq!(xof.format(d("1250000"), ",", "."), "1,250,000\u{a0}FCFA");
        assert_eq!(
            xof.format(d("1250000"), "\u{202f}", ","),
            "1\u{202f}250\u{202f}000\u{a0}FCFA"
        );
        assert_eq!(eur.format(d("12.5"), ",", "."), "12.50\u{a0}EUR");
        assert_eq!(eur.format(d("1234.5678"), ",", "."), "1,234.5678\u{a0}EUR");
        assert_eq!(tnd.format(d("3"), ",", "."), "3.000\u{a0}TND");
        assert_eq!(
            d("5").checked_sub(d("7.25")).unwrap().display(2, ",", "."),
            "-2.25"
        );
        assert_eq!(d("123").display(0, ",", "."), "123");
    }

    #[test]
    fn currencies_are_iso_codes_with_their_exponents() {
        assert_eq!(Currency::parse(" fcfa ").unwrap().code(), "XOF");
        assert_eq!(Currency::parse("XAF").unwrap().label(), "FCFA");
        assert!(Currency::parse("EURO").is_none());
        assert!(Currency::parse("E1R").is_none());
        assert_eq!(Currency::parse("ngn").unwrap().exponent(), 2);
        assert_eq!(Currency::parse("XAF").unwrap().exponent(), 0);
        assert_eq!(Currency::parse("TND").unwrap().exponent(), 3);
        assert_eq!(
            Currency::parse("QQQ").unwrap().exponent(),
            2,
            "any code is accepted"
        );
        assert!(serde_json::from_str::<Currency>("\"eur\"").is_err());
        for c in COMMON_CURRENCIES {
            assert_eq!(Currency::parse(c).unwrap().code(), c);
        }
    }

    #[test]
    fn an_amount_is_rewritten_in_each_currency_form_or_does_not_fit() {
        let (xof, eur, tnd) = (
            Currency::parse("XOF").unwrap(),
            Currency::parse("EUR").unwrap(),
            Currency::parse("TND").unwrap(),
        );
        let a = Decimal::parse_input("1 250,5", eur.exponent()).unwrap();
        assert_eq!(a.places(), 1);
        assert!(eur.fits(a) && tnd.fits(a));
        assert!(!xof.fits(a), "XOF has no decimals");
        assert_eq!(
            Decimal::parse_input("1 250,5", xof.exponent()),
            Err(AmountError::TooManyDecimals { max: 0 })
        );
        // The same number in each currency's form.
        assert_eq!(eur.format(a, "\u{202f}", ","), "1\u{202f}250,50\u{a0}EUR");
        assert_eq!(tnd.format(a, ",", "."), "1,250.500\u{a0}TND");
        let whole = d("150000");
        assert_eq!(whole.places(), 0);
        assert!(xof.fits(whole));
        assert_eq!(
            xof.format(whole, "\u{202f}", ","),
            "150\u{202f}000\u{a0}FCFA"
        );
        assert_eq!(eur.format(whole, ",", "."), "150,000.00\u{a0}EUR");
        assert_eq!(d("0.0001").places(), 4);
        assert!(!tnd.fits(d("0.0001")));
        // The cases: a currency word in the amount, and decimals
        // in XOF, are refused with their reason.
        assert_eq!(
            Decimal::parse_input("150 000 FCFA", 0),
            Err(AmountError::NotANumber)
        );
        assert_eq!(
            Decimal::parse_input("12,50", 0),
            Err(AmountError::TooManyDecimals { max: 0 })
        );
        assert_eq!(Decimal::parse_input("12,50", 2), Ok(d("12.5")));
    }

    #[test]
    fn percentages_are_exact_and_round_down() {
        assert_eq!(d("1").percent_of(d("3")), Some(33));
        // Rounded half up, not down: 66.67 is 67, 12.5 is 13, 12.49 is 12.
        assert_eq!(d("2").percent_of(d("3")), Some(67));
        assert_eq!(d("1").percent_of(d("8")), Some(13));
        assert_eq!(d("0.1249").percent_of(d("1")), Some(12));
        assert_eq!(d("0.0001").percent_of(d("999999999999999")), Some(0));
        assert_eq!(d("4500").percent_of(d("3000")), Some(150));
        assert_eq!(d("1").percent_of(Decimal::ZERO), None);
    }

    #[test]
    fn files_hold_canonical_decimals() {
        assert_eq!(serde_json::to_string(&d("12.50")).unwrap(), "\"12.5\"");
        assert_eq!(
            serde_json::from_str::<Decimal>("\"007.10\"").unwrap(),
            d("7.1")
        );
        for bad in [
            "\"\"",
            "\"1,5\"",
            "\"1.\"",
            "\".5\"",
            "\"-1\"",
            "\"1.23456\"",
            "12",
        ] {
            assert!(serde_json::from_str::<Decimal>(bad).is_err(), "{bad}");
        }
    }
}
