//! The one place that writes dates, numbers, percentages and money, and
//! picks plural forms, for the interface's language: the browser's `Intl`
//! does it, so "1 Dec 2026" / "1 déc. 2026", "64%" / "64 %" and
//! "1 250 000 FCFA" come out the way each language writes them. Files keep
//! ISO dates and plain decimals; only what is shown passes through here.
//!
//! The formatters are built once per language and kept (a big canvas or a
//! cohort board would otherwise build hundreds). Only the few `Intl` calls
//! used are bound, to keep the wasm small.

use crate::i18n::{Count, Lang, Plural};
use crate::model::diffusion::{Currency, Date, MAX_DECIMALS};
use crate::model::Timestamp;
use js_sys::{Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type Dates;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = DateTimeFormat)]
    fn new(locale: &str, options: &Object) -> Dates;
    /// Epoch milliseconds to text.
    #[wasm_bindgen(method)]
    fn format(this: &Dates, ms: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type Numbers;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = NumberFormat)]
    fn new(locale: &str, options: &Object) -> Numbers;
    /// A decimal given as text, formatted exactly (no float on the way).
    #[wasm_bindgen(method)]
    fn format(this: &Numbers, decimal: &str) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type Plurals;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = PluralRules)]
    fn new(locale: &str) -> Plurals;
    #[wasm_bindgen(method)]
    fn select(this: &Plurals, n: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = RelativeTimeFormat)]
    type Relative;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = RelativeTimeFormat)]
    fn new(locale: &str, options: &Object) -> Relative;
    #[wasm_bindgen(method)]
    fn format(this: &Relative, value: f64, unit: &str) -> String;
}

/// The locale each language is written in: British English puts the day
/// first ("1 Dec 2026").
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-GB",
        Lang::Fr => "fr",
    }
}

/// An options object; `Intl` reads numbers given as text too.
fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), &(*v).into());
    }
    o
}

/// One language's formatters.
struct Set {
    lang: Lang,
    /// Calendar dates, which are days, not moments: read in UTC.
    date: Dates,
    /// The local calendar day of a moment.
    day: Dates,
    plural: Plurals,
    relative: Relative,
    percent: Numbers,
    /// Decimal formatters by (minimum, maximum) fraction digits.
    numbers: Vec<(u32, u32, Numbers)>,
}

impl Set {
    fn new(lang: Lang) -> Set {
        let l = locale(lang);
        let date = [("day", "numeric"), ("month", "short"), ("year", "numeric")];
        let utc = [date[0], date[1], date[2], ("timeZone", "UTC")];
        Set {
            lang,
            date: Dates::new(l, &options(&utc)),
            day: Dates::new(l, &options(&date)),
            plural: Plurals::new(l),
            relative: Relative::new(l, &options(&[("numeric", "auto")])),
            percent: Numbers::new(l, &options(&[("style", "unit"), ("unit", "percent")])),
            numbers: Vec::new(),
        }
    }

    fn decimal(&mut self, min: u32, max: u32) -> &Numbers {
        let i = match self.numbers.iter().position(|n| (n.0, n.1) == (min, max)) {
            Some(i) => i,
            None => {
                let (lo, hi) = (min.to_string(), max.to_string());
                let o = options(&[
                    ("minimumFractionDigits", &lo),
                    ("maximumFractionDigits", &hi),
                ]);
                self.numbers
                    .push((min, max, Numbers::new(locale(self.lang), &o)));
                self.numbers.len() - 1
            }
        };
        &self.numbers[i].2
    }
}

thread_local! {
    static SETS: RefCell<Vec<Set>> = const { RefCell::new(Vec::new()) };
}

fn with<R>(lang: Lang, f: impl FnOnce(&mut Set) -> R) -> R {
    SETS.with(|sets| {
        let mut sets = sets.borrow_mut();
        let i = match sets.iter().position(|s| s.lang == lang) {
            Some(i) => i,
            None => {
                sets.push(Set::new(lang));
                sets.len() - 1
            }
        };
        f(&mut sets[i])
    })
}

const DAY_MS: f64 = 86_400_000.0;

/// A calendar date: "1 Dec 2026", "1 déc. 2026".
pub fn date(lang: Lang, d: Date) -> String {
    let epoch = Date::from_ymd(1970, 1, 1).expect("a real day");
    let ms = d.days_since(epoch) as f64 * DAY_MS;
    with(lang, |s| s.date.format(ms))
}

/// The local calendar date of a moment, written as [`date`] writes one.
pub fn day(lang: Lang, t: Timestamp) -> String {
    with(lang, |s| s.day.format(t.0 as f64))
}

/// How long ago a day was: "today", "yesterday", "3 days ago";
/// "aujourd’hui", "hier", "il y a 3 jours".
pub fn relative_days(lang: Lang, days: i64) -> String {
    with(lang, |s| s.relative.format(-(days as f64), "day"))
}

pub fn integer(lang: Lang, n: i64) -> String {
    with(lang, |s| s.decimal(0, 0).format(&n.to_string()))
}

/// A number with up to `max_fraction` decimals (trailing zeros dropped).
pub fn number(lang: Lang, n: f64, max_fraction: u8) -> String {
    with(lang, |s| {
        s.decimal(0, u32::from(max_fraction)).format(&n.to_string())
    })
}

/// A number with exactly `fraction` decimals, for scores ("3.0", "3,0").
pub fn fixed(lang: Lang, n: f64, fraction: u8) -> String {
    let f = u32::from(fraction);
    // The browser writes the number: Rust's float printing stays out of
    // the download.
    let text = String::from(
        js_sys::Number::from(n)
            .to_string_with_radix(10)
            .unwrap_or_default(),
    );
    with(lang, |s| s.decimal(f, f).format(&text))
}

/// A whole percentage: "64%", "64 %" (French puts a no-break space
/// before the sign, as CLDR writes it).
pub fn percent(lang: Lang, whole_percent: u32) -> String {
    with(lang, |s| s.percent.format(&whole_percent.to_string()))
}

/// An exact amount (its decimal text, as files keep it) in a currency:
/// "1 250 000 FCFA", "1,250.50 EUR". The digits are written by `Intl` with
/// at least the currency's decimals; the currency is named by its code, or
/// FCFA for the CFA francs, as people in the residencies write it.
pub fn money(lang: Lang, amount: &str, currency_code: &str) -> String {
    let currency = Currency::parse(currency_code).unwrap_or_default();
    let min = currency.exponent();
    let digits = with(lang, |s| {
        s.decimal(min, min.max(MAX_DECIMALS)).format(amount)
    });
    format!("{digits}\u{a0}{}", currency.label())
}

/// The plural category of a count in the language (CLDR's six).
pub fn plural(lang: Lang, n: usize) -> Plural {
    match with(lang, |s| s.plural.select(n as f64)).as_str() {
        "zero" => Plural::Zero,
        "one" => Plural::One,
        "two" => Plural::Two,
        "few" => Plural::Few,
        "many" => Plural::Many,
        _ => Plural::Other,
    }
}

/// A count with its plural category, for the sentences of [`crate::i18n`].
pub fn count(lang: Lang, n: usize) -> Count {
    Count {
        n,
        form: plural(lang, n),
    }
}
