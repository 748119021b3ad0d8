//! The audience–offer fit worksheet: per customer segment, the audience's
//! profile beside the offer, links between them, and the fit at a glance.
//! Segments are the canvas's Customer Segments notes.

mod items;
// Public for the dossier (issue 12), which presents every tool.
pub mod present;

use super::intl;
use super::project::{when_present, ProjectHeader, Tab};
use super::state::{now, random_id, use_app, AppState};
use crate::i18n::fit::FitStrings;
use crate::i18n::guide::Part;
use crate::i18n::Strings;
use crate::model::fit::{FitSummary, Profile};
use crate::model::{Block, Id, Project, Timestamp};
use crate::ui::present::{el, host, shown, text, El};
use items::ItemView;
use leptos::prelude::*;

/// An item or segment field to focus once it is rendered (after adding).
#[derive(Clone, Copy)]
struct Focus(RwSignal<Option<Id>>);

/// Every edit of the worksheet: one project, undoable, saved at once.
fn edit(
    app: AppState,
    project: &Id,
    coalesce: Option<String>,
    f: impl FnOnce(&mut Project, Timestamp) -> bool,
) -> bool {
    app.change(|s| s.edit(project, now(), coalesce, f))
}

/// Reads something of a project (tracked).
fn read<T>(app: AppState, project: &Id, f: impl FnOnce(&Project) -> T) -> Option<T> {
    app.session.with(|s| s.project(project).map(f))
}

/// The words of the current language, untracked: the page is rebuilt as a
/// whole when the language changes, so no label needs its own effect.
fn words(app: AppState) -> &'static Strings {
    app.lang.get_untracked().strings()
}

fn profile_of(app: AppState, project: &Id, segment: &Id) -> Option<Profile> {
    read(app, project, |p| p.fit.profile(segment).cloned()).flatten()
}

const PARTS: [Part; 6] = Part::ALL;

fn part_name(t: &FitStrings, part: Part) -> &'static str {
    match part {
        Part::Audience(k) => (t.audience_kind)(k),
        Part::Offer(k) => (t.offer_kind)(k),
    }
}

fn part_key(part: Part) -> &'static str {
    match part {
        Part::Audience(k) => k.key(),
        Part::Offer(k) => k.key(),
    }
}

/// How an item is named in lists and link labels: its text, or its part
/// and number while it has none.
fn item_name(t: &FitStrings, p: &Profile, id: &Id) -> String {
    let named = |text: &str, part: Part, n: usize| {
        if text.trim().is_empty() {
            format!("{} – {}", part_name(t, part), (t.item_label)(n))
        } else {
            text.to_owned()
        }
    };
    if let Some(a) = p.audience.iter().find(|a| &a.id == id) {
        let n = p
            .audience
            .iter()
            .filter(|x| x.kind == a.kind)
            .position(|x| &x.id == id);
        return named(&a.text, Part::Audience(a.kind), n.unwrap_or(0) + 1);
    }
    p.offer
        .iter()
        .find(|o| &o.id == id)
        .map(|o| {
            let n = p
                .offer
                .iter()
                .filter(|x| x.kind == o.kind)
                .position(|x| &x.id == id);
            named(&o.text, Part::Offer(o.kind), n.unwrap_or(0) + 1)
        })
        .unwrap_or_default()
}

fn segment_name(t: &Strings, text: &str) -> String {
    if text.trim().is_empty() {
        t.fit.unnamed_segment.to_owned()
    } else {
        text.to_owned()
    }
}

#[component]
pub fn FitPage(id: Id) -> impl IntoView {
    let app = use_app();
    provide_context(Focus(RwSignal::new(None)));
    let page_id = id.clone();
    when_present(&id, move || {
        let id = page_id.clone();
        // Projector view presents the worksheet instead of its forms.
        let projector = Memo::new(move |_| crate::ui::projector::projector_on());
        let shown = id.clone();
        view! {
            <ProjectHeader id=id.clone() active=Tab::Fit/>
            {move || if projector.get() { present::fit_presentation(shown.clone()) } else { editor(app, shown.clone()) }}
        }
        .into_any()
    })
}

/// The worksheet's forms.
fn editor(app: AppState, id: Id) -> AnyView {
    let focus = expect_context::<Focus>();
    let read_id = id.clone();
    let segments =
        Memo::new(move |_| read(app, &read_id, Project::fit_segments).unwrap_or_default());
    let add_id = id.clone();
    let add = move |_| {
        if let Some(n) = app.change(|s| s.add_note(&add_id, Block::CustomerSegments, now())) {
            focus.0.set(Some(n));
        }
    };
    let each_id = id.clone();
    // Tracked: a new language rebuilds the page.
    let t = app.t();
    view! {
        <section class="fit-page part-fit" aria-labelledby="fit-title">
            <h2 id="fit-title">{t.fit.title}</h2>
            <p class="hint fit-intro">{t.fit.intro}</p>
            {crate::ui::feedback::beside(id.clone(), crate::model::place::Part::Fit)}
            <Guide project=id.clone()/>
            <Glance project=id.clone() segments/>
            <p class="fit-add-segment">
                <button type="button" on:click=add>{t.fit.add_segment}</button>
            </p>
            {move || segments.with(Vec::is_empty).then(|| view! { <p class="hint">{t.fit.no_segments}</p> })}
            // Rebuilt only when segments come or go (not as they are
            // renamed): lighter than a keyed list, and enough here.
            {move || segments.get().into_iter().map(|segment| view! { <SegmentView project=each_id.clone() segment/> }).collect_view()}
            <p class="attribution">{t.fit.licence}</p>
        </section>
    }
    .into_any()
}

/// Guiding questions for each part, with an example for the project's
/// discipline.
#[component]
fn Guide(project: Id) -> impl IntoView {
    let app = use_app();
    let open = RwSignal::new(false);
    let discipline = Memo::new(move |_| read(app, &project, |p| p.discipline).unwrap_or_default());
    view! {
        <div class="fit-guide">
            <button
                type="button"
                class="quiet small"
                aria-expanded=move || open.get().to_string()
                aria-controls="fit-questions"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {words(app).guiding_questions}
            </button>
            <div class="questions" id="fit-questions" hidden=move || !open.get()>
                {move || open.get().then(|| crate::ui::guide::shown(move |g| {
                    let (t, d) = (words(app), discipline.get());
                    let group = |name: &'static str, questions: &[String], example: &str| view! {
                        <h3>{name}</h3>
                        <ul>{questions.iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}</ul>
                        <p class="example">{(t.example)(example)}</p>
                    };
                    view! {
                        <p class="fit-example-title">{t.fit.example_title}" — "{(t.discipline)(d)}</p>
                        {group((t.block)(Block::CustomerSegments), g.questions(Block::CustomerSegments), g.fit_segment(d))}
                        {PARTS.into_iter().map(|part| group(part_name(t.fit, part), g.fit_questions(part), g.fit_example(d, part))).collect_view()}
                    }
                }))}
            </div>
        </div>
    }
}

/// A bar for a share, beside the text that says it (never colour alone).
fn bar(pct: Option<u8>) -> El {
    let pct = pct.unwrap_or(0);
    el("span")
        .class("fit-bar")
        .attr("aria-hidden", "true")
        .child(el("span").attr("style", &format!("inline-size: {pct}%")))
}

fn summary_of(app: AppState, project: &Id, segment: &Id) -> FitSummary {
    profile_of(app, project, segment)
        .map(|p| p.summary())
        .unwrap_or_default()
}

/// One row per segment: how much of what matters is answered, and how
/// much of that rests on evidence.
#[component]
fn Glance(project: Id, segments: Memo<Vec<Id>>) -> impl IntoView {
    let app = use_app();
    move || {
        let rows: Vec<_> = {
            segments
                .get()
                .into_iter()
                .map(|seg| {
                    let name = read(app, &project, |p| {
                        p.canvas
                            .note(&seg)
                            .map(|n| n.text.clone())
                            .unwrap_or_default()
                    })
                    .unwrap_or_default();
                    (seg.clone(), name, summary_of(app, &project, &seg))
                })
                .collect::<Vec<_>>()
        };
        (!rows.is_empty()).then(|| {
            let t = words(app);
            let cell = move |part: usize, whole: usize, pct: Option<u8>| match pct {
                Some(p) => view! { <td>{(t.fit.fraction)(part, whole, &intl::percent(t.lang, p.into()))}" "{shown(bar(Some(p)))}</td> }
                    .into_any(),
                None => view! { <td>{t.fit.none}</td> }.into_any(),
            };
            view! {
                <table class="fit-glance">
                    <caption>{t.fit.glance}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.fit.segment_name}</th>
                            <th scope="col">{t.fit.glance_answered}</th>
                            <th scope="col">{t.fit.glance_backed}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|(_, name, s)| view! {
                            <tr>
                                <th scope="row">{segment_name(t, &name)}</th>
                                {cell(s.answered, s.important, s.coverage())}
                                {cell(s.backed, s.answered, s.evidence())}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <p class="hint">{t.fit.important_rule}</p>
            }
        })
    }
}

#[component]
fn SegmentView(project: Id, segment: Id) -> impl IntoView {
    let app = use_app();
    let focus = expect_context::<Focus>();
    let (rp, rs) = (project.clone(), segment.clone());
    let text = Memo::new(move |_| {
        read(app, &rp, |p| p.canvas.note(&rs).map(|n| n.text.clone()))
            .flatten()
            .unwrap_or_default()
    });
    let (rp, rs) = (project.clone(), segment.clone());
    let profile = Memo::new(move |_| profile_of(app, &rp, &rs));
    let (rp, rs) = (project.clone(), segment.clone());
    let elsewhere = move || {
        read(app, &rp, |p| p.canvas.locate(&rs).map(|(b, _)| b))
            .flatten()
            .filter(|b| *b != Block::CustomerSegments)
            .map(|b| view! { <p class="hint">{(words(app).fit.detached)((words(app).block)(b))}</p> })
    };
    let heading = format!("fit-segment-{segment}");
    let input_id = format!("fit-segment-name-{segment}");
    let input = NodeRef::<leptos::html::Textarea>::new();
    let focus_id = segment.clone();
    Effect::new(move |_| {
        if focus.0.with(|f| f.as_ref() == Some(&focus_id)) {
            if let Some(i) = input.get() {
                let _ = i.focus();
                focus.0.set(None);
            }
        }
    });
    let (wp, ws) = (project.clone(), segment.clone());
    let rename = move |value: String| {
        // The same undo step as typing in the note on the canvas.
        edit(app, &wp, Some(format!("text:{ws}")), |p, now| {
            p.canvas.set_text(&ws, &value, now)
        });
    };
    let columns = [
        (
            "audience",
            (|t: &Strings| t.fit.audience) as fn(&Strings) -> &'static str,
            &PARTS[..3],
        ),
        ("offer", |t: &Strings| t.fit.offer, &PARTS[3..]),
    ];
    let labelled = heading.clone();
    view! {
        <section class="fit-segment" aria-labelledby=labelled>
            <h3 id=heading>{move || segment_name(words(app), &text.get())}</h3>
            <p class="fit-field">
                <label for=input_id.clone()>{words(app).fit.segment_name}</label>
                // A text area, like the note it edits: a one-line input
                // would silently drop the note's line breaks.
                <textarea
                    id=input_id
                    rows="2"
                    node_ref=input
                    maxlength=crate::model::MAX_TEXT_CHARS.to_string()
                    prop:value=move || text.get()
                    on:input:target=move |e| rename(e.target().value())
                ></textarea>
            </p>
            {elsewhere}
            <Summary profile/>
            <div class="fit-columns">
                {columns.into_iter().map(|(key, title, parts)| {
                    let h = format!("fit-{key}-{segment}");
                    let labelled = h.clone();
                    view! {
                        <section class=format!("fit-side fit-{key}") aria-labelledby=labelled>
                            <h4 id=h>{title(words(app))}</h4>
                            {parts.iter().map(|part| view! { <PartView project=project.clone() segment=segment.clone() part=*part/> }).collect_view()}
                        </section>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}

/// The fit of one segment: shares answered and backed, and the gaps.
#[component]
fn Summary(profile: Memo<Option<Profile>>) -> impl IntoView {
    let app = use_app();
    host("fit-summary-host", move || {
        let p = profile
            .get()
            .unwrap_or_else(|| Profile::new(Id::from_random(0)));
        summary(words(app), &p)
    })
}

/// The fit of a profile: shares answered and backed, and the gaps (the
/// worksheet's and its presentation's).
fn summary(t: &'static Strings, p: &Profile) -> El {
    let s = p.summary();
    let list = |ids: &[Id]| {
        if ids.is_empty() {
            text("p", t.fit.none)
        } else {
            el("ul").children(ids.iter().map(|id| text("li", &item_name(t.fit, p, id))))
        }
    };
    let share = |words: String, pct: u8| el("p").text(&words).text(" ").child(bar(Some(pct)));
    let coverage = match s.coverage() {
        Some(pct) => share(
            (t.fit.coverage)(
                s.answered,
                intl::count(t.lang, s.important),
                &intl::percent(t.lang, pct.into()),
            ),
            pct,
        ),
        None => text("p", t.fit.no_important),
    };
    let backed = s.evidence().map(|pct| {
        share(
            (t.fit.backed)(
                s.backed,
                intl::count(t.lang, s.answered),
                &intl::percent(t.lang, pct.into()),
            ),
            pct,
        )
    });
    let gaps = [
        (t.fit.unanswered_heading, &s.unanswered),
        (t.fit.idle_heading, &s.idle),
    ]
    .map(|(heading, ids)| el("div").child(text("h4", heading)).child(list(ids)));
    el("div")
        .class("fit-summary")
        .child(coverage)
        .children(backed)
        .child(el("div").class("fit-gaps").children(gaps))
}

/// The element id of a part's "Add item" button.
fn add_button_id(segment: &Id, part: Part) -> String {
    format!("fit-add-{segment}-{}", part_key(part))
}

#[component]
fn PartView(project: Id, segment: Id, part: Part) -> impl IntoView {
    let app = use_app();
    let focus = expect_context::<Focus>();
    let (rp, rs) = (project.clone(), segment.clone());
    let ids: Memo<Vec<Id>> = Memo::new(move |_| {
        profile_of(app, &rp, &rs)
            .map(|p| match part {
                Part::Audience(k) => p
                    .audience
                    .iter()
                    .filter(|a| a.kind == k)
                    .map(|a| a.id.clone())
                    .collect(),
                Part::Offer(k) => p
                    .offer
                    .iter()
                    .filter(|o| o.kind == k)
                    .map(|o| o.id.clone())
                    .collect(),
            })
            .unwrap_or_default()
    });
    let heading = format!("fit-{}-{segment}", part_key(part));
    let add_id = add_button_id(&segment, part);
    let (ap, seg) = (project.clone(), segment.clone());
    let add = move |_| {
        let new = random_id();
        let added = edit(app, &ap, None, |p, now| match part {
            Part::Audience(k) => p.fit.add_audience(&seg, new.clone(), k, now),
            Part::Offer(k) => p.fit.add_offer(&seg, new.clone(), k, now),
        });
        if added {
            focus.0.set(Some(new));
        }
    };
    let after_delete = add_id.clone();
    let labelled = heading.clone();
    view! {
        <section class=format!("fit-part fit-{}", part_key(part)) aria-labelledby=labelled data-nav-group="">
            <h5 id=heading>{part_name(words(app).fit, part)}</h5>
            <ol class="fit-items">
                {move || ids.get().into_iter().map(|item| view! {
                    <ItemView project=project.clone() segment=segment.clone() item part ids add_button=after_delete.clone()/>
                }).collect_view()}
            </ol>
            // Named with its part, so a list of the page's buttons tells
            // them apart; the visible words start the name.
            <button type="button" class="add-item" id=add_id on:click=add
                aria-label=move || { let t = words(app).fit; format!("{} – {}", t.add_item, part_name(t, part)) }>
                {words(app).fit.add_item}
            </button>
        </section>
    }
}
