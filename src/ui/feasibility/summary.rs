//! The one-screen summary: readiness, the scorecard as a radar chart (and
//! the same scores as a table), the top risks, the assumptions to test
//! next.

use super::{optional, use_ctx, Choice, Part};
use crate::model::feasibility::{Group, SCORE_MAX};
use leptos::prelude::*;

const C: f64 = 150.0;
const R: f64 = 100.0;

/// A point at `fraction` of the radius on the `i`-th of `n` axes, the first
/// pointing up.
fn point(i: usize, n: usize, fraction: f64) -> (f64, f64) {
    let a = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64;
    (C + R * fraction * a.cos(), C + R * fraction * a.sin())
}

fn polygon(values: &[f64]) -> String {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = point(i, values.len(), *v);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[component]
pub fn Summary() -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.t();
    let groups = Memo::new(move |_| {
        let d = ctx.discipline.get();
        ctx.feas.with(|f| f.summary(d).groups)
    });
    let overall = Memo::new(move |_| {
        let d = ctx.discipline.get();
        ctx.feas.with(|f| f.scorecard.overall(d))
    });
    let n = Group::ALL.len();
    let rings = (1..=SCORE_MAX)
        .map(|s| {
            let v = vec![f64::from(s) / f64::from(SCORE_MAX); n];
            view! { <polygon class="ring" points=polygon(&v)/> }
        })
        .collect_view();
    let axes = (0..n)
        .map(|i| {
            let (x, y) = point(i, n, 1.0);
            view! { <line class="axis" x1=C y1=C x2=x y2=y/> }
        })
        .collect_view();
    let labels = move || {
        Group::ALL
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let (x, y) = point(i, n, 1.28);
                let anchor = if (x - C).abs() < 1.0 {
                    "middle"
                } else if x > C {
                    "start"
                } else {
                    "end"
                };
                view! { <text x=x y=y + 4.0 text-anchor=anchor>{(t().group_name)(*g)}</text> }
            })
            .collect_view()
    };
    let shape = move || {
        let v: Vec<f64> = groups
            .get()
            .iter()
            .map(|(_, a)| a.unwrap_or(0.0) / f64::from(SCORE_MAX))
            .collect();
        polygon(&v)
    };
    let top_risks = Memo::new(move |_| {
        let d = ctx.discipline.get();
        ctx.feas.with(|f| {
            f.summary(d)
                .top_risks
                .iter()
                .map(|r| (r.text.clone(), r.exposure()))
                .collect::<Vec<_>>()
        })
    });
    let next = Memo::new(move |_| {
        let d = ctx.discipline.get();
        ctx.feas.with(|f| {
            f.summary(d)
                .next_tests
                .iter()
                .map(|a| a.text.clone())
                .collect::<Vec<_>>()
        })
    });
    let or_blank = move |s: String| {
        if s.trim().is_empty() {
            t().no_text.to_owned()
        } else {
            s
        }
    };

    view! {
        <Part id="summary" title={|t| t.summary_title}>
            <div class="summary-grid">
                <Readiness/>
                <figure class="radar" aria-labelledby="radar-title">
                    <figcaption id="radar-title">{move || t().radar_title}</figcaption>
                    <svg viewBox="0 0 300 300" role="img" aria-labelledby="radar-title" focusable="false">
                        {rings}
                        {axes}
                        <polygon class="shape" points=shape/>
                        {labels}
                    </svg>
                    <table class="scores">
                        <thead><tr><th scope="col">{move || t().group}</th><th scope="col">{move || t().average}</th></tr></thead>
                        <tbody>
                            {move || groups.get().into_iter().map(|(g, a)| view! {
                                <tr><th scope="row">{(t().group_name)(g)}</th><td>{(t().mean)(a)}</td></tr>
                            }).collect_view()}
                        </tbody>
                        <tfoot><tr><th scope="row">{move || t().overall}</th><td>{move || (t().mean)(overall.get())}</td></tr></tfoot>
                    </table>
                </figure>
                <section class="summary-list" aria-labelledby="top-risks-title">
                    <h3 id="top-risks-title">{move || t().top_risks}</h3>
                    {move || if top_risks.with(Vec::is_empty) {
                        view! { <p>{t().no_risks}</p> }.into_any()
                    } else {
                        view! { <ol>{top_risks.get().into_iter().map(|(text, e)| view! {
                            <li>{or_blank(text)}" "<span class="exposure">"("{(t().exposure)(e)}")"</span></li>
                        }).collect_view()}</ol> }.into_any()
                    }}
                </section>
                <section class="summary-list" aria-labelledby="next-tests-title">
                    <h3 id="next-tests-title">{move || t().next_tests}</h3>
                    {move || if next.with(Vec::is_empty) {
                        view! { <p>{t().none_to_test}</p> }.into_any()
                    } else {
                        view! { <ol>{next.get().into_iter().map(|text| view! { <li>{or_blank(text)}</li> }).collect_view()}</ol> }.into_any()
                    }}
                </section>
            </div>
        </Part>
    }
}

/// The product and market readiness levels, 0–9, each with its words.
#[component]
fn Readiness() -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.t();
    let level = move |market: bool| {
        let options = Signal::derive(move || {
            let t = t();
            let names = if market {
                &t.market_levels
            } else {
                &t.product_levels
            };
            optional(
                t.not_set,
                names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (i.to_string(), (t.level)(i as u8, n)))
                    .collect(),
            )
        });
        let value = Signal::derive(move || {
            ctx.feas.with(|f| {
                let r = f.readiness;
                if market { r.market } else { r.product }
                    .map(|l| l.to_string())
                    .unwrap_or_default()
            })
        });
        let on_change = Callback::new(move |v: String| {
            let level = v.parse::<u8>().ok();
            ctx.edit(None, |f| {
                let slot = if market {
                    &mut f.readiness.market
                } else {
                    &mut f.readiness.product
                };
                crate::model::feasibility::set(slot, level)
            });
        });
        let label: super::Word = if market {
            |t| t.market_readiness
        } else {
            |t| t.product_readiness
        };
        view! { <Choice label options value on_change/> }
    };
    view! {
        <section class="readiness" aria-labelledby="readiness-title">
            <h3 id="readiness-title">{move || t().readiness_title}</h3>
            {level(false)}
            {level(true)}
        </section>
    }
}
