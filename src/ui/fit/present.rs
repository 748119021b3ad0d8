//! The worksheet presented (projector view, the dossier): per segment
//! that has anything written, the audience's profile beside the offer,
//! each offer item with the needs it answers under it, and the segment's
//! fit summary. Read-only: no form control.

use super::{item_name, part_name, segment_name, summary, PARTS};
use crate::i18n::guide::Part;
use crate::i18n::Strings;
use crate::model::fit::{Profile, IMPORTANT};
use crate::model::{Id, Project};
use crate::ui::present::{el, part, presentation, shown, text, El};
use leptos::prelude::*;

/// The fit worksheet of project `id`, presented.
pub fn fit_presentation(id: Id) -> AnyView {
    presentation(id, "present present-fit", draw)
}

/// The presentation of project `p` (also a cohort project's, on the
/// facilitator's page, issue 18).
pub(crate) fn draw(s: &'static Strings, p: &Project) -> AnyView {
    let t = s.fit;
    let segments: Vec<El> = p
        .fit_segments()
        .into_iter()
        .filter_map(|seg| {
            let profile = p.fit.profile(&seg).filter(|f| !f.is_empty())?.clone();
            let name = p
                .canvas
                .note(&seg)
                .map(|n| n.text.clone())
                .unwrap_or_default();
            Some(segment(s, segment_name(s, &name), profile))
        })
        .collect();
    let empty = segments.is_empty().then_some(t.present_empty);
    part("fit", t.title, empty, shown(el("div").children(segments)))
}

/// One side (the audience, or the offer): its parts that have items.
fn side(s: &'static Strings, profile: &Profile, title: &str, parts: &[Part]) -> El {
    let t = s.fit;
    let colon = s.feasibility.colon;
    let meta = |x: El, words: String| x.child(text("span", &words).class("present-meta"));
    let groups = parts.iter().filter_map(|part| {
        let list: Vec<El> = match *part {
            Part::Audience(k) => profile
                .audience
                .iter()
                .filter(|a| a.kind == k)
                .map(|a| {
                    let li = el("li")
                        .child(text("span", &item_name(t, profile, &a.id)).class("present-text"));
                    let words = format!(
                        "{}{colon}{} · {}",
                        t.importance,
                        (t.importance_name)(a.importance),
                        (t.evidence_name)(a.evidence)
                    );
                    let li = meta(li, words);
                    let gap =
                        a.importance >= IMPORTANT && profile.answered_by(&a.id).next().is_none();
                    if gap {
                        li.child(text("span", t.gap).class("present-gap"))
                    } else {
                        li
                    }
                })
                .collect(),
            Part::Offer(k) => profile
                .offer
                .iter()
                .filter(|o| o.kind == k)
                .map(|o| {
                    let li = el("li")
                        .child(text("span", &item_name(t, profile, &o.id)).class("present-text"));
                    if o.answers.is_empty() {
                        return li;
                    }
                    let names: Vec<String> =
                        o.answers.iter().map(|a| item_name(t, profile, a)).collect();
                    li.child(
                        el("span")
                            .class("present-answers")
                            .child(text("span", "↳ ").attr("aria-hidden", "true"))
                            .text(&format!("{}{colon}{}", t.answers, names.join(" · "))),
                    )
                })
                .collect(),
        };
        (!list.is_empty()).then(|| {
            el("div")
                .child(text("h5", part_name(t, *part)))
                .child(el("ul").class("present-items").children(list))
        })
    });
    el("div")
        .class("present-side")
        .child(text("h4", title).class("present-side-title"))
        .children(groups)
}

fn segment(s: &'static Strings, name: String, profile: Profile) -> El {
    let t = s.fit;
    let heading = format!("present-segment-{}", profile.segment);
    let columns = el("div")
        .class("present-columns")
        .child(side(s, &profile, t.audience, &PARTS[..3]))
        .child(side(s, &profile, t.offer, &PARTS[3..]));
    el("article")
        .class("present-segment")
        .attr("aria-labelledby", &heading)
        .attr("data-nav-item", "")
        .child(text("h3", &name).attr("id", &heading))
        .child(columns)
        .child(summary(s, &profile))
}
