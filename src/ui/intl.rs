//! Dates and relative times in the interface's language, by the browser's
//! `Intl`. (A minimal stand-in with the signatures the `intl` work
//! provides; that fuller module replaces this file at merge.)

use crate::i18n::Lang;
use crate::model::Timestamp;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-GB",
        Lang::Fr => "fr",
    }
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o
}

/// `days` from today, negative in the past (as `Intl.RelativeTimeFormat`
/// counts): "today", "yesterday", "3 days ago"; "aujourd’hui", "il y a 3 jours".
pub fn relative_days(lang: Lang, days: i64) -> String {
    let locales = Array::of1(&JsValue::from_str(locale(lang)));
    let f = js_sys::Intl::RelativeTimeFormat::new(&locales, &options(&[("numeric", "auto")]));
    f.format(days as f64, "day").into()
}

/// The calendar day of `t`, in the user's time zone: "1 Dec 2026", "1 déc. 2026".
pub fn day(lang: Lang, t: Timestamp) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(t.0 as f64));
    let o = options(&[("day", "numeric"), ("month", "short"), ("year", "numeric")]);
    date.to_locale_date_string(locale(lang), &o).into()
}
