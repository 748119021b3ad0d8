//! The one-screen summary: readiness, the scorecard as a radar chart (and
//! the same scores as a table), the top risks, the assumptions to test
//! next.

use super::{use_ctx, Fields};
use crate::i18n::feasibility::FeasibilityStrings;
use crate::i18n::or;
use crate::i18n::Strings;
use crate::model::feasibility::{
    heat_map, Group, Summary as FeasibilitySummary, RISK_MAX, SCORE_MAX,
};
use crate::model::{Feasibility, Id};
use crate::ui::intl;
use crate::ui::present::{el, host, text, El};
use leptos::prelude::*;

const C: f64 = 150.0;
const R: f64 = 100.0;

/// The directions of the chart's five axes, the first pointing up and the
/// others clockwise, 72° apart (a table rather than trigonometry, which
/// would add to the download).
const AXES: [(f64, f64); 5] = [
    (0.0, -1.0),
    (0.951_056_5, -0.309_017),
    (0.587_785_3, 0.809_017),
    (-0.587_785_3, 0.809_017),
    (-0.951_056_5, -0.309_017),
];

/// A point at `fraction` of the radius on the `i`-th axis.
fn point(i: usize, _n: usize, fraction: f64) -> (f64, f64) {
    let (x, y) = AXES[i % AXES.len()];
    (C + R * fraction * x, C + R * fraction * y)
}

/// A coordinate to a tenth, written by integer arithmetic: formatting a
/// float would bring Rust's float printing into the download for a chart.
/// Coordinates are never negative (the chart is drawn from 0,0).
fn tenths(v: f64) -> String {
    let t = (v * 10.0).round().max(0.0) as u32;
    format!("{}.{}", t / 10, t % 10)
}

fn polygon(values: &[f64]) -> String {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = point(i, values.len(), *v);
            format!("{},{}", tenths(x), tenths(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The scorecard as a radar chart (the frame: rings at each score, an
/// axis per group, names), and the same scores as a table.
pub fn radar(s: &'static Strings, sum: &FeasibilitySummary) -> AnyView {
    let t = s.feasibility;
    let n = Group::ALL.len();
    let rings = (1..=SCORE_MAX)
        .map(|s| polygon(&vec![f64::from(s) / f64::from(SCORE_MAX); n]))
        .collect::<Vec<_>>()
        .join(" M");
    let axes = (0..n)
        .map(|i| {
            let (x, y) = point(i, n, 1.0);
            format!("M{c},{c} L{},{}", tenths(x), tenths(y), c = tenths(C))
        })
        .collect::<String>();
    let labels = Group::ALL
        .iter()
        .enumerate()
        .map(|(i, g)| {
            // phone (issue 13): names near the chart, so they can be large.
            let (x, y) = point(i, n, 1.15);
            let anchor = if (x - C).abs() < 1.0 {
                "middle"
            } else if x > C {
                "start"
            } else {
                "end"
            };
            view! { <text x=tenths(x) y=tenths(y + 4.0) text-anchor=anchor>{(t.group_name)(*g)}</text> }
        })
        .collect_view();
    let shape = polygon(
        &sum.groups
            .iter()
            .map(|(_, a)| a.unwrap_or(0.0) / f64::from(SCORE_MAX))
            .collect::<Vec<_>>(),
    );
    let mean = |a: Option<f64>| (t.mean)(a.map(|a| intl::fixed(s.lang, a, 1)).as_deref());
    let rows = sum
        .groups
        .iter()
        .map(|(g, a)| view! { <tr><th scope="row">{(t.group_name)(*g)}</th><td>{mean(*a)}</td></tr> })
        .collect_view();
    view! {
        <figure class="radar">
            <figcaption id="radar-title">{t.radar_title}</figcaption>
            <svg viewBox="-35 0 420 300" role="img" aria-labelledby="radar-title" focusable="false">
                <path class="ring" d=format!("M{rings} Z {axes}")/>
                {labels}
                <polygon class="shape" points=shape/>
            </svg>
            <table class="scores">
                <thead><tr><th scope="col">{t.group}</th><th scope="col">{t.average}</th></tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr><th scope="row">{t.overall}</th><td>{mean(sum.overall)}</td></tr></tfoot>
            </table>
        </figure>
    }
    .into_any()
}

#[component]
pub fn Summary(s: &'static Strings) -> impl IntoView {
    let ctx = use_ctx();
    let t = s.feasibility;
    // Everything that follows the section, in one rendering per change.
    let live = move || {
        let d = ctx.discipline.get();
        ctx.feas.with(|f| {
            let sum = f.summary(d);
            let blank = |s: &str| if s.trim().is_empty() { t.no_text.to_owned() } else { s.to_owned() };
            let risks = sum
                .top_risks
                .iter()
                .map(|r| view! { <li>{blank(&r.text)}" "<span class="exposure">"("{(t.exposure)(r.exposure())}")"</span></li> })
                .collect_view();
            let next = sum
                .next_tests
                .iter()
                .map(|a| view! { <li>{blank(&a.text)}</li> })
                .collect_view();
            let list = |empty: bool, none: &'static str, items| {
                if empty {
                    view! { <p>{none}</p> }.into_any()
                } else {
                    view! { <ol>{items}</ol> }.into_any()
                }
            };
            view! {
                {radar(s, &sum)}
                <section class="summary-list" aria-labelledby="top-risks-title">
                    <h3 id="top-risks-title">{t.top_risks}</h3>
                    {list(sum.top_risks.is_empty(), t.no_risks, risks.into_any())}
                </section>
                <section class="summary-list" aria-labelledby="next-tests-title">
                    <h3 id="next-tests-title">{t.next_tests}</h3>
                    {list(sum.next_tests.is_empty(), t.none_to_test, next.into_any())}
                </section>
            }
        })
    };
    view! {
            <section class="part part-summary" aria-labelledby="summary-title" data-nav-group="">
    <crate::ui::parts::FoldHeading screen="feasibility" id="summary-title" level=2>{t.summary_title}</crate::ui::parts::FoldHeading>
                <div class="summary-grid">
                    <section class="readiness" aria-labelledby="readiness-title">
                        <h3 id="readiness-title">{t.readiness_title}</h3>
                        <Fields id=Id::parse("readiness").expect("an id") fields=super::fields::READINESS s/>
                    </section>
                    {live}
                </div>
            </section>
        }
}

/// The risks on a likelihood × impact table, each cell with the risks in
/// it.
#[component]
pub fn HeatMap(t: &'static FeasibilityStrings) -> impl IntoView {
    let ctx = use_ctx();
    host("heat-map-host", move || ctx.feas.with(|f| heat_table(t, f)))
}

/// The heat map of a studio's risks (the register's and its
/// presentation's).
pub fn heat_table(t: &'static FeasibilityStrings, f: &Feasibility) -> El {
    let map = heat_map(&f.risks);
    let col = |words: &str| text("th", words).attr("scope", "col");
    let head = el("tr")
        .child(col(&format!("{} ↓ · {} →", t.impact, t.likelihood)))
        .children(t.likelihood_levels.iter().map(|l| col(l)));
    let rows = (1..=RISK_MAX).rev().map(|impact| {
        let cells = (1..=RISK_MAX).map(|l| {
            let names = &map[impact as usize - 1][l as usize - 1];
            let heat = match l * impact {
                0..=4 => "heat-low",
                5..=9 => "heat-medium",
                10..=14 => "heat-high",
                _ => "heat-severe",
            };
            let cell = el("td").class(heat);
            if names.is_empty() {
                return cell;
            }
            cell.child(el("ul").children(names.iter().map(|r| text("li", &or(&r.text, t.no_text)))))
        });
        el("tr")
            .child(text("th", t.impact_levels[impact as usize - 1]).attr("scope", "row"))
            .children(cells)
    });
    el("table")
        .class("heat-map")
        .child(text("caption", t.heat_map))
        .child(el("thead").child(head))
        .child(el("tbody").children(rows))
}
