//! How the browser's `Intl` writes dates, numbers, percentages, money and
//! plural categories for each language, through `ui::intl`, the one place
//! the interface formats them. Runs in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test intl`.
#![cfg(target_arch = "wasm32")]

use canevas::i18n::{Lang, Plural};
use canevas::model::diffusion::Date;
use canevas::model::Timestamp;
use canevas::ui::intl;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// French separates digit groups with a narrow no-break space.
const NNBSP: char = '\u{202f}';

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

#[wasm_bindgen_test]
fn calendar_dates_put_the_day_first_with_a_short_month() {
    assert_eq!(intl::date(Lang::En, day("2026-12-01")), "1 Dec 2026");
    assert_eq!(intl::date(Lang::Fr, day("2026-12-01")), "1 déc. 2026");
    assert_eq!(intl::date(Lang::En, day("2027-02-28")), "28 Feb 2027");
    // A calendar date is a day wherever the browser is: never the day before.
    assert_eq!(intl::date(Lang::Fr, day("2000-01-01")), "1 janv. 2000");
}

#[wasm_bindgen_test]
fn a_moment_is_written_as_its_local_day() {
    // Noon UTC is the same calendar day in every time zone from -11 to +11.
    let noon = Timestamp(1_796_126_400_000); // 2026-12-01T12:00:00Z
    assert_eq!(intl::day(Lang::En, noon), "1 Dec 2026");
    assert_eq!(intl::day(Lang::Fr, noon), "1 déc. 2026");
}

#[wasm_bindgen_test]
fn days_ago_are_said_in_words() {
    assert_eq!(intl::relative_days(Lang::En, 0), "today");
    assert_eq!(intl::relative_days(Lang::En, 1), "yesterday");
    assert_eq!(intl::relative_days(Lang::En, 3), "3 days ago");
    assert_eq!(intl::relative_days(Lang::Fr, 1), "hier");
    assert_eq!(intl::relative_days(Lang::Fr, 3), "il y a 3 jours");
    assert!(intl::relative_days(Lang::Fr, 0).starts_with("aujourd"));
}

#[wasm_bindgen_test]
fn numbers_are_grouped_the_way_each_language_groups_them() {
    assert_eq!(intl::integer(Lang::En, 1_250_000), "1,250,000");
    assert_eq!(
        intl::integer(Lang::Fr, 1_250_000),
        format!("1{NNBSP}250{NNBSP}000")
    );
    assert_eq!(intl::number(Lang::En, 3.25, 1), "3.3");
    assert_eq!(intl::number(Lang::Fr, 3.5, 2), "3,5");
    assert_eq!(intl::number(Lang::En, 3.0, 1), "3");
    assert_eq!(intl::fixed(Lang::En, 3.0, 1), "3.0");
    assert_eq!(intl::fixed(Lang::Fr, 2.8, 1), "2,8");
}

#[wasm_bindgen_test]
fn percentages_take_a_no_break_space_in_french() {
    assert_eq!(intl::percent(Lang::En, 64), "64%");
    // CLDR's French percent pattern: a no-break space before the sign.
    assert_eq!(intl::percent(Lang::Fr, 64), "64\u{a0}%");
    assert_eq!(intl::percent(Lang::En, 150), "150%");
}

#[wasm_bindgen_test]
fn money_is_exact_and_named_as_people_name_it() {
    assert_eq!(
        intl::money(Lang::Fr, "1250000", "XOF"),
        format!("1{NNBSP}250{NNBSP}000\u{a0}FCFA")
    );
    assert_eq!(
        intl::money(Lang::En, "1250000", "XOF"),
        "1,250,000\u{a0}FCFA"
    );
    assert_eq!(intl::money(Lang::En, "12.5", "EUR"), "12.50\u{a0}EUR");
    assert_eq!(intl::money(Lang::Fr, "12.5", "EUR"), "12,50\u{a0}EUR");
    // Beyond what a float holds exactly: the decimal text goes through as is.
    assert_eq!(
        intl::money(Lang::En, "123456789012345.0001", "TND"),
        "123,456,789,012,345.0001\u{a0}TND"
    );
    // An amount with more decimals than its currency is shown, not rounded.
    assert_eq!(
        intl::money(Lang::Fr, "1250.5", "XOF"),
        format!("1{NNBSP}250,5\u{a0}FCFA")
    );
}

#[wasm_bindgen_test]
fn plural_categories_come_from_the_browser() {
    assert_eq!(intl::plural(Lang::En, 1), Plural::One);
    assert_eq!(intl::plural(Lang::En, 0), Plural::Other);
    assert_eq!(intl::plural(Lang::En, 3), Plural::Other);
    // French: 0 and 1 are singular; a million takes "de" (CLDR's "many").
    assert_eq!(intl::plural(Lang::Fr, 0), Plural::One);
    assert_eq!(intl::plural(Lang::Fr, 1), Plural::One);
    assert_eq!(intl::plural(Lang::Fr, 2), Plural::Other);
    assert_eq!(intl::plural(Lang::Fr, 1_000_000), Plural::Many);
    let s = Lang::Fr.strings();
    assert_eq!(
        (s.note_count)(intl::count(Lang::Fr, 0)),
        "0 note",
        "a count picks its form"
    );
    assert_eq!(
        (s.facilitator().showing)(intl::count(Lang::Fr, 3), intl::count(Lang::Fr, 3)),
        "3 projets affichés sur 3"
    );
}
