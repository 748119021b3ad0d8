//! The feasibility studio: one screen, its six parts as sections with
//! headings, the summary first.
//!
//! To stay small, the forms are data: each kind of item (assumption, test
//! card, criterion, risk, milestone) is a list of [`Field`]s in
//! `fields.rs`, and one [`Card`] and one [`FieldView`] render them all.
//! Every field reads the project and writes it through the session, so
//! each edit is saved at once and undoable.

mod fields;
mod grid;
// Public for the dossier (issue 12), which presents every tool.
pub mod present;
mod summary;

use super::intl;
use super::parts::{FoldHeading, PartNav};
use super::project::{when_present, ProjectHeader, Tab};
use super::state::{
    first_field, focus_by_id, item_dom_id, no_new_line, now, random_id, use_app, AppState,
};
use crate::i18n::feasibility::FeasibilityStrings;
use crate::i18n::Strings;
use crate::model::feasibility::{Addable, Group};
use crate::model::{Feasibility, Id, Project, MAX_TEXT_CHARS};
use leptos::prelude::*;

/// A word of the studio, read in the current language.
pub type Word = fn(&'static FeasibilityStrings) -> &'static str;

/// What every part of the screen needs: the app, the project, and its
/// feasibility section as it now is.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub app: AppState,
    project: StoredValue<Id>,
    pub feas: Memo<Feasibility>,
    pub discipline: Memo<crate::model::Discipline>,
}

impl Ctx {
    /// Reads the project (tracked).
    pub fn read<R: Default>(self, f: impl FnOnce(&Project) -> R) -> R {
        let id = self.project.get_value();
        self.app
            .session
            .with(|s| s.project(&id).map(f).unwrap_or_default())
    }

    /// Changes the project, undoably and saved at once. Typing in one field
    /// passes one `coalesce` key, so it undoes as one step.
    pub fn edit(self, coalesce: Option<String>, f: impl FnOnce(&mut Project) -> bool) -> bool {
        let id = self.project.get_value();
        self.app
            .change(|s| s.edit(&id, now(), coalesce, |p, _| f(p)))
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

#[component]
pub fn FeasibilityPage(id: Id) -> impl IntoView {
    let app = use_app();
    let page_id = id.clone();
    when_present(&id, move || {
        let id = page_id.clone();
        let project = StoredValue::new(id.clone());
        let feas = Memo::new(move |_| {
            let id = project.get_value();
            app.session.with(|s| {
                s.project(&id)
                    .map(|p| p.feasibility.clone())
                    .unwrap_or_default()
            })
        });
        let discipline = Memo::new(move |_| {
            let id = project.get_value();
            app.session
                .with(|s| s.project(&id).map(|p| p.discipline).unwrap_or_default())
        });
        provide_context(Ctx {
            app,
            project,
            feas,
            discipline,
        });
        // The words are fixed within one rendering: switching language
        // renders the screen again (rare), so no word needs its own
        // reactive closure (each costs code size).
        // Projector view presents the studio instead of its forms.
        let projector = Memo::new(move |_| crate::ui::projector::projector_on());
        let shown = id.clone();
        let body = move || {
            if projector.get() {
                return present::feasibility_presentation(shown.clone());
            }
            let s = app.t();
            let t = s.feasibility;
            let none = || Id::parse("all").expect("a valid id");
            view! {
                            <div class="feasibility">
                                <h2 class="visually-hidden">{t.title}</h2>
                                <p class="hint intro">{t.intro}</p>
                                <PartNav parts=vec![
                                    ("summary-title", |s| s.feasibility.summary_title),
                                    ("assumptions-title", |s| s.feasibility.assumptions_title),
                                    ("tests-title", |s| s.feasibility.tests_title),
                                    ("scorecard-title", |s| s.feasibility.scorecard_title),
                                    ("risks-title", |s| s.feasibility.risks_title),
                                    ("mvp-title", |s| s.feasibility.mvp_title),
                                ]/>
                                <summary::Summary s/>
                                <section class="part part-assumptions" aria-labelledby="assumptions-title" data-nav-group="">
            <FoldHeading screen="feasibility" id="assumptions-title" level=2>{t.assumptions_title}</FoldHeading>
            <p class="hint">{t.assumptions_help}</p>
            {crate::ui::feedback::beside(project.get_value(), crate::model::place::Part::Assumptions)}
                                    <grid::Grid t/>
                                    <List parent=none() items=fields::assumption_ids s render=|id, n, s| card(id, n, s, &fields::ASSUMPTION_CARD)/>
                                    <AddButton id="add-assumption" label=t.add_assumption what=Addable::Assumption/>
                                </section>
                                <section class="part part-tests" aria-labelledby="tests-title" data-nav-group="">
            <FoldHeading screen="feasibility" id="tests-title" level=2>{t.tests_title}</FoldHeading>
            <p class="hint">{t.tests_help}</p>
            {crate::ui::feedback::beside(project.get_value(), crate::model::place::Part::Tests)}
                                    <p class="hint">{move || use_ctx().feas.with(|f| f.assumptions.is_empty()).then_some(t.no_assumptions)}</p>
                                    <List parent=none() items=fields::assumption_ids s render=|id, n, s| view! { <TestsOf id n s/> }.into_any()/>
                                </section>
                                <section class="part part-scorecard" aria-labelledby="scorecard-title" data-nav-group="">
            <FoldHeading screen="feasibility" id="scorecard-title" level=2>{t.scorecard_title}</FoldHeading>
            <p class="hint">{t.scorecard_help}</p>
            {crate::ui::feedback::beside(project.get_value(), crate::model::place::Part::Scorecard)}
                                    {Group::ALL.iter().map(|g| view! { <GroupView group=*g s/> }).collect_view()}
                                    <AddButton id="add-criterion" label=t.add_criterion what=Addable::Criterion/>
                                </section>
                                <section class="part part-risks" aria-labelledby="risks-title" data-nav-group="">
            <FoldHeading screen="feasibility" id="risks-title" level=2>{t.risks_title}</FoldHeading>
            {crate::ui::feedback::beside(project.get_value(), crate::model::place::Part::Risks)}
                                    <summary::HeatMap t/>
                                    <List parent=none() items=|p, _| p.feasibility.risks.iter().map(|r| r.id.clone()).collect() s render=|id, n, s| card(id, n, s, &fields::RISK_CARD)/>
                                    <AddButton id="add-risk" label=t.add_risk what=Addable::Risk/>
                                </section>
                                <section class="part part-mvp" aria-labelledby="mvp-title" data-nav-group="">
            <FoldHeading screen="feasibility" id="mvp-title" level=2>{t.mvp_title}</FoldHeading>
            <p class="hint">{t.one_a_line}</p>
            {crate::ui::feedback::beside(project.get_value(), crate::model::place::Part::Mvp)}
                                    <Fields id=none() fields=fields::MVP_SCOPE s/>
                                    <h3>{t.milestones}</h3>
                                    <List parent=none() items=|p, _| p.feasibility.mvp.milestones.iter().map(|m| m.id.clone()).collect() s render=|id, n, s| card(id, n, s, &fields::MILESTONE_CARD)/>
                                    <AddButton id="add-milestone" label=t.add_milestone what=Addable::Milestone/>
                                    <Fields id=none() fields=fields::MVP_NEEDS s/>
                                </section>
                            </div>
                        }
            .into_any()
        };
        view! {
            <ProjectHeader id=id.clone() active=Tab::Feasibility/>
            {body}
        }
        .into_any()
    })
}

/// How a field is edited.
pub enum Kind {
    Line,
    Lines,
    // drafts: checked fields keep refused text (see `fields::checked`)
    Date,
    /// An exact amount in the MVP's currency.
    Money,
    /// An ISO 4217 code.
    Currency,
    // end drafts
    /// A select, with its (value, text) options for an item.
    Select(fn(&'static Strings, &Project, &Id) -> Vec<(String, String)>),
}

/// One field of an item: its label, how it is edited, and how it is read
/// from and written to the project (`put` says whether anything changed;
/// `get` is `None` once the item is gone).
pub struct Field {
    pub label: Word,
    pub kind: Kind,
    pub get: fn(&Project, &Id) -> Option<String>,
    pub put: fn(&mut Project, &Id, String) -> bool,
}

/// A labelled field of item `id`.
#[component]
pub fn FieldView(id: Id, field: &'static Field, s: &'static Strings) -> impl IntoView {
    let ctx = use_ctx();
    let r = id.clone();
    let value = Memo::new(move |_| ctx.read(|p| (field.get)(p, &r)).unwrap_or_default());
    // Typing in one field of one item undoes as one step.
    let key = format!(
        "feasibility-{}-{id}",
        (field.label)(&crate::i18n::feasibility::EN)
    );
    let coalesce = !matches!(field.kind, Kind::Select(_));
    let w = id.clone();
    let o = id.clone();
    let write = move |v: String| {
        ctx.edit(coalesce.then(|| key.clone()), |p| (field.put)(p, &w, v));
    };
    let write = StoredValue::new(write);
    let input = move |e: web_sys::Event| write.with_value(|w| w(event_target_value(&e)));
    let max = MAX_TEXT_CHARS.to_string();
    // Unique on the page: the item and which of the static fields this is.
    let fid = format!("f{:x}-{id}", field as *const Field as usize);
    let label_for = fid.clone();
    let control = match field.kind {
        Kind::Lines => view! {
            <textarea id=fid rows="2" maxlength=max prop:value=value on:input=input></textarea>
            <span class="print-only" aria-hidden="true">{value}</span>
        }
        .into_any(),
        // One line that wraps, so it is read whole on a phone (an
        // `<input>` cuts it); Enter adds no line.
        Kind::Line => view! {
            <textarea id=fid class="line" rows="1" maxlength=max prop:value=value on:input=input on:change=input on:keydown=no_new_line></textarea>
            <span class="print-only" aria-hidden="true">{value}</span>
        }
        .into_any(),
        Kind::Date | Kind::Money | Kind::Currency => fields::checked(ctx, field, id.clone(), fid),
        Kind::Select(options) => {
            let options = move || {
                let current = value.get();
                ctx.read(|p| options(s, p, &o))
                    .into_iter()
                    .map(|(v, text)| {
                        let selected = v == current;
                        view! { <option value=v selected=selected>{text}</option> }
                    })
                    .collect_view()
            };
            view! { <select id=fid prop:value=value on:change=input>{options}</select> }.into_any()
        }
    };
    view! {
        <div class="field">
            <label for=label_for>{(field.label)(s.feasibility)}</label>
            {control}
        </div>
    }
}

/// The fields of one item, without a frame.
#[component]
pub fn Fields(id: Id, fields: &'static [Field], s: &'static Strings) -> impl IntoView {
    view! {
        <div class="row">
            {fields.iter().map(|field| view! { <FieldView id=id.clone() field s/> }).collect_view()}
        </div>
    }
}

/// How one kind of item is shown as a card.
pub struct CardSpec {
    /// Names the card (its legend), from the item and its number.
    pub legend: fn(&'static FeasibilityStrings, &Project, &Id, usize) -> String,
    pub fields: &'static [Field],
    /// More fields: in a frame of their own when named (a test card's
    /// learning card), else just after the first ones.
    pub more: Option<(Option<Word>, &'static [Field])>,
    /// Where focus goes after a delete; no Delete button without it.
    pub back: Option<fn(&Project, &Id) -> String>,
}

/// An item as a framed group of fields, named by its legend, with a
/// Delete button (undoable) when the spec says where focus goes after.
/// Every card on the screen is made here, so its code is made once.
pub fn card(id: Id, n: usize, s: &'static Strings, spec: &'static CardSpec) -> AnyView {
    let ctx = use_ctx();
    let r = id.clone();
    let name = move || ctx.read(|p| (spec.legend)(s.feasibility, p, &r, n));
    let del = id.clone();
    let delete = spec.back.map(|back| {
        view! {
            <button type="button" class="danger" on:click=move |_| {
                let then = ctx.read(|p| back(p, &del));
                let id = del.clone();
                if ctx.edit(None, |p| p.feasibility.remove(&id)) {
                    ctx.app.say(false, |t| t.feasibility.deleted.to_owned());
                    focus_by_id(&then);
                }
            }>{s.feasibility.delete}</button>
        }
    });
    let more = spec.more.map(|(title, fields)| {
        let fields = view! { <Fields id=id.clone() fields s/> };
        match title {
            Some(title) => view! {
                <fieldset class="learning">
                    <legend>{title(s.feasibility)}</legend>
                    {fields}
                </fieldset>
            }
            .into_any(),
            None => fields.into_any(),
        }
    });
    let dom_id = item_dom_id(&id);
    view! {
        <fieldset class="card" id=dom_id data-nav-item="">
            <legend>{name}</legend>
            <Fields id fields=spec.fields s/>
            {more}
            {delete}
        </fieldset>
    }
    .into_any()
}

/// A list of items, in order, each rendered by `render(id, number, words)`.
#[component]
pub fn List(
    parent: Id,
    items: fn(&Project, &Id) -> Vec<Id>,
    s: &'static Strings,
    render: fn(Id, usize, &'static Strings) -> AnyView,
) -> impl IntoView {
    let ctx = use_ctx();
    let ids = Memo::new(move |_| ctx.read(|p| items(p, &parent)));
    view! {
        <ol class="cards">
            <For
                each={move || ids.get().into_iter().enumerate().collect::<Vec<_>>()}
                key={|(i, id): &(usize, Id)| (*i, id.clone())}
                children={move |(i, id): (usize, Id)| view! { <li>{render(id, i + 1, s)}</li> }}
            />
        </ol>
    }
}

/// A button that adds an item with a fresh id (under `parent`, for a test
/// card), then focuses its first field. At the list's cap it adds nothing
/// and says why: the button stays focusable but is marked disabled, and
/// described by the reason, shown under it.
#[component]
pub fn AddButton(
    #[prop(into)] id: String,
    label: &'static str,
    what: Addable,
    #[prop(optional)] parent: Option<Id>,
) -> impl IntoView {
    let ctx = use_ctx();
    let parent = parent.unwrap_or_else(|| Id::parse("all").expect("a valid id"));
    let p = parent.clone();
    let full = Memo::new(move |_| ctx.feas.with(|f| f.is_full(what, &p)));
    let reason = format!("{id}-limit");
    let described = reason.clone();
    let limit = move || (ctx.app.t().feasibility.limit_reached)(what);
    view! {
        <button type="button" class="add" id=id
            aria-disabled=move || full.get().then_some("true")
            aria-describedby=move || full.get().then(|| described.clone())
            on:click=move |_| {
                let new = random_id();
                let item = new.clone();
                if ctx.edit(None, |p| p.feasibility.add(what, item, &parent)) {
                    focus_first_field(item_dom_id(&new));
                } else if full.get_untracked() {
                    ctx.app.say(false, move |t| (t.feasibility.limit_reached)(what));
                }
            }>{label}</button>
        {move || full.get().then(|| view! { <p class="hint limit" id=reason.clone()>{limit()}</p> })}
    }
}

/// Once the view has caught up, focuses the first field of element `id`.
pub fn focus_first_field(id: String) {
    request_animation_frame(move || match first_field(&id) {
        Some(e) => {
            let _ = e.focus();
        }
        None => focus_by_id(&id),
    });
}

/// One assumption's test cards, under a heading naming the assumption.
#[component]
fn TestsOf(id: Id, n: usize, s: &'static Strings) -> impl IntoView {
    let ctx = use_ctx();
    let t = s.feasibility;
    let heading = format!("tests-of-{id}");
    let labelled = heading.clone();
    let r = id.clone();
    let title = move || ctx.read(|p| fields::numbered_assumption(t, p, &r, n));
    view! {
        <section class="assumption-tests" aria-labelledby=labelled>
            <h3 id=heading>{title}</h3>
            <List parent=id.clone() s items=|p, a| p.feasibility.assumption(a).map(|a| a.tests.iter().map(|t| t.id.clone()).collect()).unwrap_or_default()
                render=|id, n, s| card(id, n, s, &fields::TEST_CARD)/>
            <AddButton id=format!("add-test-{id}") label=t.add_test parent=id what=Addable::Test/>
        </section>
    }
}

/// A group of the scorecard: its criteria for the discipline and the
/// user's own, and the group's average.
#[component]
fn GroupView(group: Group, s: &'static Strings) -> impl IntoView {
    let ctx = use_ctx();
    let t = s.feasibility;
    let average = move || {
        let d = ctx.discipline.get();
        let mean = ctx.feas.with(|f| f.scorecard.group_average(group, d));
        (t.mean)(mean.map(|a| intl::fixed(s.lang, a, 1)).as_deref())
    };
    let heading = format!("group-{}", group.key());
    let labelled = heading.clone();
    view! {
        <section class="group" aria-labelledby=labelled>
            <h3 id=heading>
                {(t.group_name)(group)}
                <span class="average">" · "{t.average}{t.colon}{average}</span>
            </h3>
            <List parent=Id::parse(group.key()).expect("group keys are ids") s items=fields::criteria_ids render=|id, n, s| {
                let spec = if fields::is_builtin(&id) { &fields::RATING_CARD } else { &fields::CUSTOM_CARD };
                card(id, n, s, spec)
            }/>
        </section>
    }
}
