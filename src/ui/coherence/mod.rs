//! The coherence panel (`#/projects/<id>/coherence`) and its line on the
//! canvas: what `model::coherence` finds, grouped by severity, each with
//! why it matters and a link that takes the user to the place to fix it.

use super::project::{when_present, ProjectHeader, Tab};
use super::state::{find_html, first_field, focus_by_id, item_dom_id, now, use_app, AppState};
use crate::i18n::place_name;
use crate::model::coherence::{self, Finding, Report, Severity};
use crate::model::diffusion::Date;
use crate::model::place::Place;
use crate::model::Id;
use crate::route::Route;
use crate::ui::intl::count;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The project's coherence, kept up to date with every change (a memo:
/// the checks are a few passes over the project, and what depends on it
/// reruns only when a finding changes).
fn report_of(app: AppState, id: Id) -> Memo<Report> {
    Memo::new(move |_| {
        let today = Date::from_timestamp(now());
        app.session.with(|s| {
            s.project(&id)
                .map(|p| coherence::check(p, today))
                .unwrap_or_default()
        })
    })
}

fn counts(r: &Report) -> [usize; 3] {
    let n = |s: Severity| r.findings.iter().filter(|f| f.rule.severity() == s).count();
    [n(Severity::Gap), n(Severity::Warning), n(Severity::Tip)]
}

#[component]
pub fn CoherencePage(id: Id) -> impl IntoView {
    let page = id.clone();
    when_present(&id, move || {
        let app = use_app();
        let id = page.clone();
        let report = report_of(app, id.clone());
        let t = move || app.t().coherence;
        let body = {
            let id = id.clone();
            move || {
                let r = report.get();
                let dismissed = set_aside(app, &id, &r.dismissed);
                if r.applied.is_empty() {
                    return view! {
                        <p class="coherence-none">{t().nothing_to_check}</p>
                        {dismissed}
                    }
                    .into_any();
                }
                let (held, of) = r.score();
                let groups = [Severity::Gap, Severity::Warning, Severity::Tip]
                    .into_iter()
                    .filter_map(|s| group(app, &id, s, &r.findings))
                    .collect_view();
                let all_hold = r
                    .findings
                    .is_empty()
                    .then(|| view! { <p>{t().all_hold}</p> });
                view! {
                    <p class="coherence-score">{(t().score)(held, of)}</p>
                    {all_hold}
                    {groups}
                    {dismissed}
                }
                .into_any()
            }
        };
        view! {
            <ProjectHeader id=id.clone() active=Tab::Coherence/>
            <section class="coherence-page" aria-labelledby="coherence-title">
                <h2 id="coherence-title" tabindex="-1">{move || t().title}</h2>
                <p class="hint">{move || t().intro}</p>
                {body}
            </section>
        }
        .into_any()
    })
}

/// The findings of one severity, or nothing when there are none.
fn group(app: AppState, project: &Id, severity: Severity, all: &[Finding]) -> Option<AnyView> {
    let findings: Vec<(usize, &Finding)> = all
        .iter()
        .enumerate()
        .filter(|(_, f)| f.rule.severity() == severity)
        .collect();
    if findings.is_empty() {
        return None;
    }
    let t = app.t();
    let c = t.coherence;
    let (title, class) = match severity {
        Severity::Gap => (c.gaps, "gap"),
        Severity::Warning => (c.warnings, "warning"),
        Severity::Tip => (c.tips, "tip"),
    };
    let heading = format!("coherence-{class}");
    let label = format!("{title} ({})", findings.len());
    let labelled = heading.clone();
    let items = findings
        .into_iter()
        .map(|(i, f)| {
            let what = format!("finding-{i}");
            let described = what.clone();
            let rule = f.rule;
            let pid = project.clone();
            let dismiss = move |_| {
                let done = app.change(|s| s.edit(&pid, now(), None, |p, _| coherence::dismiss(p, rule)));
                if done {
                    app.say(false, |t| t.coherence.dismissed_said.to_owned());
                    focus_soon([format!("#{}", restore_id(rule)), TITLE.into()]);
                }
            };
            let place = f.place;
            let item = f.item.clone();
            let route = Route::tool(place.tool(), project.clone());
            let to = route.clone();
            let go = move |e: web_sys::MouseEvent| {
                // A plain click; one that opens a new tab is the browser's.
                if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() {
                    return;
                }
                e.prevent_default();
                app.show(to.clone());
                reveal(app, place, item.clone());
            };
            view! {
                <li class="finding" data-rule=f.rule.key()>
                    <p class="finding-what" id=what>{crate::i18n::coherence::finding(c, f.rule, &f.about)}</p>
                    <p class="finding-why"><span class="why">{c.why}</span>" "{(c.reason)(f.rule)}</p>
                    <div class="finding-actions">
                        <a href=route.href() on:click=go>{(c.fix)(place_name(t, place))}</a>
                        <button type="button" class="quiet small" aria-describedby=described on:click=dismiss>{c.dismiss}</button>
                    </div>
                </li>
            }
        })
        .collect_view();
    Some(
        view! {
            <section class=format!("findings findings-{class}") aria-labelledby=labelled>
                <h3 id=heading>{label}</h3>
                <ul>{items}</ul>
            </section>
        }
        .into_any(),
    )
}

fn restore_id(rule: coherence::Rule) -> String {
    format!("restore-{}", rule.key())
}

const TITLE: &str = "#coherence-title";

/// Focuses the first of `selectors` on screen once the change is drawn.
fn focus_soon(selectors: [String; 2]) {
    request_animation_frame(move || {
        if let Some(el) = selectors.iter().find_map(|s| find_html(s)) {
            let _ = el.focus();
        }
    });
}

/// The checks the project set aside, each with "Check again".
fn set_aside(app: AppState, project: &Id, dismissed: &[coherence::Rule]) -> Option<AnyView> {
    if dismissed.is_empty() {
        return None;
    }
    let c = app.t().coherence;
    let items = dismissed
        .iter()
        .map(|&rule| {
            let pid = project.clone();
            let restore = move |_| {
                let done = app.change(|s| s.edit(&pid, now(), None, |p, _| coherence::restore(p, rule)));
                if done {
                    app.say(false, |t| t.coherence.restored_said.to_owned());
                    // Its finding's own button, if the check finds something.
                    let again = format!("li[data-rule={}] .finding-actions button", rule.key());
                    focus_soon([again, TITLE.into()]);
                }
            };
            let what = format!("set-aside-{}", rule.key());
            view! {
                <li>
                    <span id=what.clone()>{crate::i18n::coherence::finding(c, rule, "…")}</span>
                    " "
                    <button type="button" class="quiet small" id=restore_id(rule) aria-describedby=what on:click=restore>{c.restore}</button>
                </li>
            }
        })
        .collect_view();
    Some(
        view! {
            <section class="findings findings-set-aside" aria-labelledby="coherence-set-aside">
                <h3 id="coherence-set-aside">{c.dismissed_title}</h3>
                <p class="hint">{c.dismissed_intro}</p>
                <ul>{items}</ul>
            </section>
        }
        .into_any(),
    )
}

/// Once the link has shown the screen (`AppState::show`, which leaves
/// focus alone): focuses the note (the canvas's own focus effect does it
/// once the note is drawn), or the item's first field (`#item-<id>`, an
/// entry or card of the tools), or else brings the block or the part into
/// view and focuses its add button or its heading's control.
fn reveal(app: AppState, place: Place, item: Option<Id>) {
    if let (Place::Block(_), Some(note)) = (&place, &item) {
        app.focus_note.set(Some(note.clone()));
        return;
    }
    when_drawn(place, item, FRAMES);
}

/// How many frames the next screen may take to draw.
const FRAMES: u32 = 60;

/// Tries for up to `frames` frames to find the place and focus it; the
/// item, if any, is waited for until the last frame (its part may have
/// to unfold first).
fn when_drawn(place: Place, item: Option<Id>, frames: u32) {
    request_animation_frame(move || {
        if !focus_place(place, item.as_ref(), frames == 0) && frames > 0 {
            when_drawn(place, item, frames - 1);
        }
    });
}

fn focus_place(place: Place, item: Option<&Id>, last: bool) -> bool {
    if let Place::Block(b) = place {
        let id = crate::ui::canvas::add_button_id(b);
        if document().get_element_by_id(&id).is_none() {
            return false;
        }
        focus_by_id(&id);
        return true;
    }
    let Some(part) = document().query_selector(&place.selector()).ok().flatten() else {
        return false;
    };
    let found = |selector: &str| {
        part.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let control = found("button.fold, h2, h3");
    if let Some(control) = &control {
        if control.get_attribute("aria-expanded").as_deref() == Some("false") {
            control.click();
            return false;
        }
    }
    // On the whole screen: an item may sit beside its part (the plan's
    // audiences, which a channel check names, are with its goals).
    let field = item.and_then(|id| first_field(&item_dom_id(id)));
    if let Some(field) = field {
        field.scroll_into_view();
        let _ = field.focus();
        return true;
    }
    if item.is_some() && !last {
        return false;
    }
    if let Some(control) = control {
        if control.tag_name() != "BUTTON" {
            control.set_tab_index(-1);
        }
        part.scroll_into_view();
        let _ = control.focus();
    }
    true
}

/// The canvas's line: how many findings of each severity, and the link to
/// the panel.
#[component]
pub fn CoherenceLine(project: Id) -> impl IntoView {
    let app = use_app();
    let report = report_of(app, project.clone());
    let href = Route::Coherence(project).href();
    move || {
        let r = report.get();
        if r.applied.is_empty() {
            return None;
        }
        let t = app.t();
        let counts = counts(&r).map(|n| count(t.lang, n));
        let link = (!r.findings.is_empty())
            .then(|| view! { " " <a href=href.clone()>{t.coherence.see_all}</a> });
        Some(
            view! { <p class="coherence-line">{crate::i18n::coherence::summary(t.coherence, counts)}{link}</p> },
        )
    }
}
