//! One item of the worksheet: an audience item with its kind, importance
//! and evidence, or an offer item with the audience items it answers.

use super::{edit, item_name, profile_of, read, words, Focus};
use crate::i18n::fit::FitStrings;
use crate::i18n::guide::Part;
use crate::model::fit::{
    AudienceItem, AudienceKind, Evidence, Facet, IMPORTANT, MAX_IMPORTANCE, MIN_IMPORTANCE,
};
use crate::model::{Id, MAX_TEXT_CHARS};
use crate::ui::state::{focus_by_id, item_dom_id, neighbour, use_app, AppState};
use leptos::html;
use leptos::prelude::*;

/// The item's text area, focused when the page asks for it (after adding).
fn text_area(
    app: AppState,
    item: &Id,
    ids: Memo<Vec<Id>>,
    value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let focus = expect_context::<Focus>();
    let textarea = NodeRef::<html::Textarea>::new();
    let focus_id = item.clone();
    Effect::new(move |_| {
        if focus.0.with(|f| f.as_ref() == Some(&focus_id)) {
            if let Some(t) = textarea.get() {
                let _ = t.focus();
                focus.0.set(None);
            }
        }
    });
    let pos_id = item.clone();
    let position =
        Memo::new(move |_| ids.with(|v| v.iter().position(|i| i == &pos_id).unwrap_or(0)));
    view! {
        <textarea
            node_ref=textarea
            rows="2"
            maxlength=MAX_TEXT_CHARS.to_string()
            aria-label=move || (words(app).fit.item_label)(position.get() + 1)
            prop:value=move || value.get()
            on:input:target=move |e| on_input.run(e.target().value())
        ></textarea>
        <p class="print-only" aria-hidden="true">{move || value.get()}</p>
    }
}

/// The item's delete button: focus goes to the next item, else the
/// previous one, else the part's "Add item".
fn delete_button(
    app: AppState,
    project: Id,
    item: Id,
    ids: Memo<Vec<Id>>,
    add_button: String,
) -> impl IntoView {
    let focus = expect_context::<Focus>();
    view! {
        <button type="button" class="icon danger" aria-label=words(app).fit.delete_item title=words(app).fit.delete_item
            on:click=move |_| {
                let next = ids.with_untracked(|v| {
                    let at = v.iter().position(|i| i == &item).unwrap_or(0);
                    neighbour(v, at).cloned()
                });
                if edit(app, &project, None, |p, _| p.fit.remove_item(&item)) {
                    app.say(false, |t| t.fit.item_deleted.to_owned());
                    match next {
                        Some(n) => focus.0.set(Some(n)),
                        None => focus_by_id(&add_button),
                    }
                }
            }>"×"</button>
    }
}

/// A labelled select (one copy of this code for every list): `options`
/// gives each choice's key and name (it may read the project, and is read
/// again when that changes), `current` the chosen key.
fn choice(
    app: AppState,
    label: fn(&FitStrings) -> &'static str,
    options: impl Fn(&FitStrings) -> Vec<(&'static str, &'static str)> + Send + Sync + 'static,
    current: Signal<&'static str>,
    on_pick: Callback<String>,
) -> impl IntoView {
    view! {
        <label class="fit-choice">
            <span aria-hidden="true">{label(words(app).fit)}</span>
            // Named by the word alone (a select inside its label would add
            // the chosen option to its name).
            // The value as a property too, so Undo shows what it brings back
            // (an option's selected attribute no longer moves a select the
            // user has picked in).
            <select aria-label=label(words(app).fit) prop:value=move || current.get()
                on:change:target=move |e| on_pick.run(e.target().value())>
                {move || {
                    let now = current.get();
                    options(words(app).fit)
                        .into_iter()
                        .map(|(key, name)| view! { <option value=key selected=key == now>{name}</option> })
                        .collect_view()
                }}
            </select>
        </label>
    }
}

const IMPORTANCE: [&str; 5] = ["1", "2", "3", "4", "5"];
const _: () = assert!(MIN_IMPORTANCE == 1 && MAX_IMPORTANCE == 5);

/// One item of a part: its text, its own tools, and (audience) whether it
/// is answered or (offer) what it answers.
#[component]
pub fn ItemView(
    project: Id,
    segment: Id,
    item: Id,
    part: Part,
    ids: Memo<Vec<Id>>,
    add_button: String,
) -> impl IntoView {
    let app = use_app();
    let dom = item_dom_id(&item);
    let target = StoredValue::new((project.clone(), item.clone()));
    let (rp, ri) = (project.clone(), item.clone());
    let text = Memo::new(move |_| {
        read(app, &rp, |p| p.fit.text(&ri).map(str::to_owned))
            .flatten()
            .unwrap_or_default()
    });
    let text_key = format!("fit-text:{item}");
    let on_input = Callback::new(move |v: String| {
        target.with_value(|(p, i)| {
            edit(app, p, Some(text_key.clone()), |p, now| {
                p.fit.set_text(i, &v, now)
            })
        });
    });
    let (tools, after, gap) = match part {
        Part::Audience(_) => audience_parts(app, &project, segment, &item, target),
        Part::Offer(_) => (
            ().into_any(),
            offer_links(app, &project, segment, &item, target).into_any(),
            Signal::stored(false),
        ),
    };
    view! {
        <li class="fit-item" id=dom class:fit-gap=move || gap.get() data-nav-item="">
            {text_area(app, &item, ids, text.into(), on_input)}
            <div class="fit-tools">
                {tools}
                {delete_button(app, project, item, ids, add_button)}
            </div>
            {after}
        </li>
    }
}

type Target = StoredValue<(Id, Id)>;

/// An audience item's kind, importance and evidence, and the line that
/// says what answers it (or that nothing does); with whether it is an
/// important item left unanswered.
fn audience_parts(
    app: AppState,
    project: &Id,
    segment: Id,
    item: &Id,
    target: Target,
) -> (AnyView, AnyView, Signal<bool>) {
    let (rp, ri) = (project.clone(), item.clone());
    let data = Memo::new(move |_| read(app, &rp, |p| p.fit.audience_item(&ri).cloned()).flatten());
    let (rp, ri) = (project.clone(), item.clone());
    let dp = project.clone();
    let answered_by = Memo::new(move |_| {
        let t = words(app).fit;
        profile_of(app, &rp, &segment)
            .map(|p| {
                p.answered_by(&ri)
                    .map(|o| item_name(t, &p, &o.id))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .unwrap_or_default()
    });
    let set = move |f: &dyn Fn(&mut AudienceItem)| {
        target.with_value(|(p, i)| edit(app, p, None, |p, now| p.fit.edit_audience(i, now, f)));
    };
    let get = move || data.get().unwrap_or_else(placeholder);
    let gap = Signal::derive(move || {
        data.with(|d| d.as_ref().is_some_and(|d| d.importance >= IMPORTANT))
            && answered_by.with(String::is_empty)
    });
    let tools = view! {
        {move || (get().kind == AudienceKind::Want).then(|| choice(
            app,
            |t| t.facet,
            |t| Facet::ALL.iter().map(|f| (f.key(), (t.facet_name)(*f))).collect(),
            Signal::derive(move || get().facet.key()),
            Callback::new(move |v: String| {
                if let Some(f) = Facet::from_key(&v) {
                    set(&|a| a.facet = f);
                }
            }),
        ))}
        {choice(
            app,
            |t| t.importance,
            |t| IMPORTANCE.iter().enumerate().map(|(i, k)| (*k, (t.importance_name)(i as u8 + 1))).collect(),
            Signal::derive(move || IMPORTANCE[usize::from(get().importance.clamp(1, 5)) - 1]),
            Callback::new(move |v: String| {
                if let Ok(n) = v.parse::<u8>() {
                    set(&|a| a.importance = n);
                }
            }),
        )}
        // The kinds of the project's discipline, and the item's own.
        {choice(
            app,
            |t| t.evidence,
            move |t| {
                let discipline = read(app, &dp, |p| p.discipline).unwrap_or_default();
                Evidence::offered(discipline, get().evidence)
                    .into_iter()
                    .map(|e| (e.key(), (t.evidence_name)(e)))
                    .collect()
            },
            Signal::derive(move || get().evidence.key()),
            Callback::new(move |v: String| {
                if let Some(e) = Evidence::from_key(&v) {
                    set(&|a| a.evidence = e);
                }
            }),
        )}
    }
    .into_any();
    let after = view! {
        <p class="fit-answered">
            {move || {
                let t = words(app).fit;
                if gap.get() {
                    view! { <span aria-hidden="true">"⚠ "</span>{t.gap} }.into_any()
                } else if answered_by.with(String::is_empty) {
                    t.no_answer.into_any()
                } else {
                    (t.answered_by)(&answered_by.get()).into_any()
                }
            }}
        </p>
    }
    .into_any();
    (tools, after, gap)
}

fn placeholder() -> AudienceItem {
    AudienceItem {
        id: Id::from_random(0),
        kind: AudienceKind::Want,
        text: String::new(),
        facet: Facet::Functional,
        importance: crate::model::fit::DEFAULT_IMPORTANCE,
        evidence: Evidence::Assumed,
        created_at: Default::default(),
        updated_at: Default::default(),
    }
}

/// An offer item's links: one checkbox per audience item of the profile.
fn offer_links(
    app: AppState,
    project: &Id,
    segment: Id,
    item: &Id,
    target: Target,
) -> impl IntoView {
    let (rp, ri) = (project.clone(), item.clone());
    // Every audience item of the profile, named, and whether this answers it.
    let options = Memo::new(move |_| {
        let t = words(app).fit;
        profile_of(app, &rp, &segment)
            .map(|p| {
                let answers = p
                    .offer
                    .iter()
                    .find(|o| o.id == ri)
                    .map(|o| o.answers.clone())
                    .unwrap_or_default();
                p.audience
                    .iter()
                    .map(|a| {
                        (
                            a.id.clone(),
                            item_name(t, &p, &a.id),
                            answers.contains(&a.id),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    view! {
        <fieldset class="fit-links">
            <legend>{words(app).fit.answers}</legend>
            {move || if options.with(Vec::is_empty) {
                view! { <p class="hint">{words(app).fit.nothing_to_answer}</p> }.into_any()
            } else {
                options.get().into_iter().map(|(audience, name, checked)| view! {
                    <label class="fit-link">
                        <input type="checkbox" prop:checked=checked on:change:target=move |e| {
                            let on = e.target().checked();
                            target.with_value(|(p, i)| edit(app, p, None, |p, now| p.fit.set_link(i, &audience, on, now)));
                        }/>
                        " "{name}
                    </label>
                }).collect_view().into_any()
            }}
        </fieldset>
    }
}
