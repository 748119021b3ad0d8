//! "Export as a web page": the dossier saved as one self-contained
//! `.html` file, for a mentor who has no Canevas. The file is the
//! dossier's DOM serialised by the browser (`outerHTML`, which escapes
//! every text and attribute, so a title or note stays text), the app's
//! style rules that apply to it in one `<style>`, and nothing else: no
//! script, no address to fetch.

use crate::model::Id;
use crate::ui::state::{now, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssMediaRule, CssRuleList, CssStyleRule, CssStyleSheet, Element};

pub fn export(app: AppState, id: &Id) {
    let doc = document();
    let Some(dossier) = doc.query_selector(".dossier").ok().flatten() else {
        return;
    };
    let Ok(copy) = dossier.clone_node_with_deep(true) else {
        return;
    };
    let Ok(copy) = copy.dyn_into::<Element>() else {
        return;
    };
    // Page numbers and breaks belong to one printing in the app.
    for n in crate::ui::dom::all(&copy, ".toc-page") {
        n.set_text_content(None);
    }
    for n in crate::ui::dom::all(&copy, ".dossier-break") {
        let _ = n.class_list().remove_1("dossier-break");
    }
    let title = app
        .session
        .with_untracked(|s| s.project(id).map(|p| p.title.clone()))
        .unwrap_or_default();
    let t = untrack(|| app.t());
    let head = doc.create_element("title").expect("a title element");
    head.set_text_content(Some(&format!(
        "{} · {}",
        crate::i18n::or(&title, t.untitled),
        t.dossier.tab
    )));
    let mut css = String::new();
    let sheets = doc.style_sheets();
    for i in 0..sheets.length() {
        let rules = sheets
            .item(i)
            .and_then(|s| s.dyn_into::<CssStyleSheet>().ok())
            .and_then(|s| s.css_rules().ok());
        if let Some(rules) = rules {
            rules_for(&rules, &copy, &mut css);
        }
    }
    let html = format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{}\
         <style>{}</style></head><body class=\"dossier-file\">{}</body></html>\n",
        t.lang.tag(),
        head.outer_html(),
        css,
        copy.outer_html()
    );
    let name = crate::format::file_name(&title, now());
    let name = format!("{}-dossier.html", name.trim_end_matches(".json"));
    crate::ui::files::download_as(&name, &html, "text/html");
    app.say(false, move |t| (t.dossier.exported)(&name));
}

/// The rules of `rules` that can apply to `root`'s copy (every at-rule but
/// `@media` whole, `@media` with the rules inside it that apply).
fn rules_for(rules: &CssRuleList, root: &Element, out: &mut String) {
    for i in 0..rules.length() {
        let Some(rule) = rules.item(i) else { continue };
        if let Some(style) = rule.dyn_ref::<CssStyleRule>() {
            if applies(&style.selector_text(), root) {
                out.push_str(&rule.css_text());
            }
        } else if let Some(media) = rule.dyn_ref::<CssMediaRule>() {
            let mut inner = String::new();
            rules_for(&media.css_rules(), root, &mut inner);
            if !inner.is_empty() {
                out.push_str(&format!("@media {}{{{inner}}}", media.media().media_text()));
            }
        } else {
            out.push_str(&rule.css_text());
        }
    }
}

/// Whether a selector list may match in the copy: the page's own
/// elements always, else any element of the copy (pseudo-elements and
/// states left out, so their rules are kept).
fn applies(selectors: &str, root: &Element) -> bool {
    selectors.split(',').any(|sel| {
        let sel = sel.split("::").next().unwrap_or(sel).trim();
        let sel = sel
            .replace(":hover", "")
            .replace(":focus-visible", "")
            .replace(":focus-within", "")
            .replace(":focus", "");
        if sel.is_empty()
            || sel.contains(":root")
            || sel.contains("html")
            || sel.contains("body")
            || sel == "*"
        {
            return true;
        }
        root.matches(&sel).unwrap_or(true)
            || root.query_selector(&sel).map_or(true, |x| x.is_some())
    })
}
