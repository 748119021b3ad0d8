//! Generic pieces of the plan's screen: one entry of a list and its fields
//! (text, choice, date, amount, checkbox), each saved through the session.
//!
//! The field views are not generic: an entry hands them closures that read
//! and write its field, so each view is compiled once (Leptos views are
//! large once monomorphised).

use crate::i18n::DiffusionStrings;
use crate::model::diffusion::{self, Currency, Date, Decimal, Item, Keyed, Plan};
use crate::model::{Id, Project, MAX_TEXT_CHARS};
use crate::ui::draft::{
    self, checked_input, Check, Checked, Save, Shape, Warn, AMOUNT, CODE, DATE,
};
use crate::ui::intl;
use crate::ui::state::{focus_by_id, item_dom_id, no_new_line, now, random_id, AppState};
use leptos::prelude::*;
use std::sync::Arc;

/// The screen's context: the app and the project shown.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub app: AppState,
    pub pid: StoredValue<Id>,
}

impl Ctx {
    /// Reads the project (tracked).
    pub fn read<R>(&self, f: impl FnOnce(&Project) -> R) -> Option<R> {
        let (mut f, mut out) = (Some(f), None);
        self.read_dyn(&mut |p| out = f.take().map(|f| f(p)));
        out
    }

    /// The one compiled reader (generic callers only wrap it).
    #[inline(never)]
    fn read_dyn(&self, f: &mut dyn FnMut(&Project)) {
        let app = self.app;
        self.pid.with_value(|pid| {
            app.session.with(|s| {
                if let Some(p) = s.project(pid) {
                    f(p)
                }
            })
        })
    }

    /// Changes the plan as one undoable, saved step.
    pub fn edit(&self, key: Option<String>, f: impl FnOnce(&mut Plan) -> bool) -> bool {
        let mut f = Some(f);
        self.edit_dyn(key, &mut |p| f.take().is_some_and(|f| f(p)))
    }

    #[inline(never)]
    fn edit_dyn(&self, key: Option<String>, f: &mut dyn FnMut(&mut Plan) -> bool) -> bool {
        let pid = self.pid.get_value();
        self.app
            .change(|s| s.edit(&pid, now(), key, |p, _| f(&mut p.diffusion)))
    }

    pub fn t(&self) -> &'static DiffusionStrings {
        self.app.t().diffusion
    }

    /// Appends a new entry and focuses its first field.
    pub fn add<T: Item>(
        &self,
        list_mut: fn(&mut Plan) -> &mut Vec<T>,
        first_field: &'static str,
        make: impl FnOnce(Id) -> T,
    ) {
        let id = random_id();
        let dom = format!("{id}-{first_field}");
        if self.edit(None, |p| diffusion::push(list_mut(p), make(id))) {
            focus_soon(dom);
        }
    }

    /// An amount in the plan's currency, for people (written by `Intl`).
    pub fn money(&self, d: Decimal) -> String {
        let lang = self.app.t().lang;
        self.read(|p| intl::money(lang, &d.to_string(), p.diffusion.currency.code()))
            .unwrap_or_default()
    }
}

/// Focuses an element once the current change is on screen.
pub fn focus_soon(dom: String) {
    set_timeout(move || focus_by_id(&dom), std::time::Duration::ZERO);
}

pub type Label = fn(&'static DiffusionStrings) -> &'static str;
type Reader<V> = Arc<dyn Fn(&Plan) -> Option<V> + Send + Sync>;
type Writer<V> = Arc<dyn Fn(&mut Plan, V) -> bool + Send + Sync>;

/// One entry of one of the plan's lists.
pub struct Row<T: 'static> {
    pub ctx: Ctx,
    pub id: StoredValue<Id>,
    pub list: fn(&Plan) -> &Vec<T>,
    pub list_mut: fn(&mut Plan) -> &mut Vec<T>,
}

impl<T> Clone for Row<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Row<T> {}

impl<T: Item + Clone + Send + Sync + 'static> Row<T> {
    /// Reads the entry (tracked).
    pub fn get<R>(&self, f: impl FnOnce(&T) -> R) -> Option<R> {
        let (list, id) = (self.list, self.id);
        self.ctx
            .read(|p| id.with_value(|id| diffusion::find(list(&p.diffusion), id).map(f)))
            .flatten()
    }

    /// Changes the entry; typing in one field (`key`) undoes as one step.
    pub fn set(&self, key: Option<&str>, f: impl FnOnce(&mut T) -> bool) -> bool {
        let id = self.id.get_value();
        let list_mut = self.list_mut;
        let key = key.map(|k| format!("diffusion-{k}-{id}"));
        self.ctx
            .edit(key, |plan| diffusion::update(list_mut(plan), &id, f))
    }

    pub fn dom(&self, field: &str) -> String {
        format!("{}-{field}", self.id.get_value())
    }

    /// Its place in the list, from 1 (tracked).
    pub fn number(&self) -> usize {
        let (list, id) = (self.list, self.id);
        self.ctx
            .read(|p| id.with_value(|id| list(&p.diffusion).iter().position(|x| x.id() == id)))
            .flatten()
            .map_or(0, |i| i + 1)
    }

    /// A reader and a writer of one field, for the field views.
    fn lens<V: Clone + 'static>(
        &self,
        get: impl Fn(&T) -> V + Send + Sync + 'static,
        put: impl Fn(&mut T, V) -> bool + Send + Sync + 'static,
    ) -> (Reader<V>, Writer<V>) {
        let (list, list_mut) = (self.list, self.list_mut);
        let id = self.id.get_value();
        let read_id = id.clone();
        (
            Arc::new(move |p: &Plan| diffusion::find(list(p), &read_id).map(&get)),
            Arc::new(move |p: &mut Plan, v: V| diffusion::update(list_mut(p), &id, |x| put(x, v))),
        )
    }

    pub fn text(
        &self,
        field: &'static str,
        label: Label,
        lens: fn(&mut T) -> &mut String,
    ) -> AnyView {
        let (get, put) = self.lens(
            move |x| lens(&mut x.clone()).clone(),
            move |x, v| diffusion::set(lens(x), v),
        );
        text_view(self.ctx, self.dom(field), label, get, put)
    }

    pub fn choice<E: Keyed + Send + Sync>(
        &self,
        field: &'static str,
        label: Label,
        name: fn(&'static DiffusionStrings, E) -> &'static str,
        lens: fn(&mut T) -> &mut E,
    ) -> AnyView {
        let (get, put) = self.lens(
            move |x| lens(&mut x.clone()).key(),
            move |x, key: &'static str| {
                E::all()
                    .iter()
                    .find(|k| k.key() == key)
                    .is_some_and(|k| diffusion::set(lens(x), *k))
            },
        );
        let options: Options =
            Arc::new(move |t| E::all().iter().map(|k| (k.key(), name(t, *k))).collect());
        choice_view(self.ctx, self.dom(field), label, options, get, put)
    }

    /// A date; a `needed` one (a milestone's) refuses to be emptied, with
    /// its reason, and keeps the date it had.
    pub fn date(
        &self,
        field: &'static str,
        label: Label,
        needed: bool,
        get: fn(&T) -> Option<Date>,
        put: fn(&mut T, Option<Date>) -> bool,
    ) -> AnyView {
        let (get, put) = self.lens(get, put);
        date_view(self.ctx, self.dom(field), label, needed, get, put)
    }

    pub fn amount(
        &self,
        field: &'static str,
        label: Label,
        money: bool,
        lens: fn(&mut T) -> &mut Option<Decimal>,
    ) -> AnyView {
        let (get, put) = self.lens(
            move |x| *lens(&mut x.clone()),
            move |x, v| diffusion::set(lens(x), v),
        );
        amount_view(self.ctx, self.dom(field), label, money, get, put)
    }

    pub fn flag(
        &self,
        field: &'static str,
        label: Label,
        lens: fn(&mut T) -> &mut bool,
    ) -> AnyView {
        let (get, put) = self.lens(
            move |x| *lens(&mut x.clone()),
            move |x, v| diffusion::set(lens(x), v),
        );
        flag_view(self.ctx, self.dom(field), label, get, put)
    }

    /// A choice among ids (a segment, a funding source) or none.
    pub fn reference(
        &self,
        field: &'static str,
        label: Label,
        none: Label,
        options: Memo<Vec<(Id, String)>>,
        lens: fn(&mut T) -> &mut Option<Id>,
    ) -> AnyView {
        let (get, put) = self.lens(
            move |x| lens(&mut x.clone()).clone(),
            move |x, v| diffusion::set(lens(x), v),
        );
        reference_view(self.ctx, self.dom(field), label, none, options, get, put)
    }

    /// The entry's Delete button; focus then goes to `then` (the list's
    /// Add button). Deleting is undoable, and the user is told so.
    pub fn delete_button(&self, then: &'static str) -> AnyView {
        let (list_mut, id, ctx) = (self.list_mut, self.id, self.ctx);
        let remove: Arc<dyn Fn() -> bool + Send + Sync> = Arc::new(move || {
            let id = id.get_value();
            ctx.edit(None, |p| diffusion::remove(list_mut(p), &id).is_some())
        });
        delete_view(ctx, then, remove)
    }
}

type Options =
    Arc<dyn Fn(&'static DiffusionStrings) -> Vec<(&'static str, &'static str)> + Send + Sync>;

fn label_for(ctx: Ctx, dom: &str, label: Label) -> impl IntoView {
    view! { <label for=dom.to_owned()>{word(ctx, label)}</label> }
}

/// A word of the plan's strings, following the language. One compiled
/// closure serves every word (each distinct reactive closure costs code).
pub fn word(ctx: Ctx, f: Label) -> AnyView {
    view! { {move || f(ctx.t())} }.into_any()
}

pub type Text = Arc<dyn Fn() -> String + Send + Sync>;

/// A text computed from the plan, kept up to date.
pub fn live(f: impl Fn() -> String + Send + Sync + 'static) -> AnyView {
    live_view(Arc::new(f))
}

fn live_view(f: Text) -> AnyView {
    view! { {move || f()} }.into_any()
}

/// A paragraph of live text with a class.
pub fn live_class(class: &'static str, f: impl Fn() -> String + Send + Sync + 'static) -> AnyView {
    let text: Text = Arc::new(f);
    view! { <p class=class>{live_view(text)}</p> }.into_any()
}

fn text_view(
    ctx: Ctx,
    dom: String,
    label: Label,
    get: Reader<String>,
    put: Writer<String>,
) -> AnyView {
    let key = dom.clone();
    // One line of text that wraps, so a long goal or name is read whole
    // on a phone and on paper (an `<input>` cuts it): Enter adds no line.
    view! {
        <div class="field">
            {label_for(ctx, &dom, label)}
            <textarea
                id=dom
                class="line"
                rows="1"
                maxlength=MAX_TEXT_CHARS.to_string()
                prop:value=move || ctx.read(|p| get(&p.diffusion)).flatten().unwrap_or_default()
                on:keydown=no_new_line
                on:input:target=move |e| {
                    let v = e.target().value();
                    ctx.edit(Some(format!("diffusion-{key}")), |p| put(p, v));
                }
            ></textarea>
        </div>
    }
    .into_any()
}

fn choice_view(
    ctx: Ctx,
    dom: String,
    label: Label,
    options: Options,
    get: Reader<&'static str>,
    put: Writer<&'static str>,
) -> AnyView {
    let keys = options.clone();
    view! {
        <div class="field">
            {label_for(ctx, &dom, label)}
            <select
                id=dom
                on:change:target=move |e| {
                    let v = e.target().value();
                    if let Some((k, _)) = keys(ctx.t()).into_iter().find(|(k, _)| *k == v) {
                        ctx.edit(None, |p| put(p, k));
                    }
                }
            >
                {move || {
                    let current = ctx.read(|p| get(&p.diffusion)).flatten();
                    options(ctx.t())
                        .into_iter()
                        .map(|(k, name)| view! { <option value=k selected=Some(k) == current>{name}</option> })
                        .collect_view()
                }}
            </select>
        </div>
    }
    .into_any()
}

fn reference_view(
    ctx: Ctx,
    dom: String,
    label: Label,
    none: Label,
    options: Memo<Vec<(Id, String)>>,
    get: Reader<Option<Id>>,
    put: Writer<Option<Id>>,
) -> AnyView {
    view! {
        <div class="field">
            {label_for(ctx, &dom, label)}
            <select id=dom on:change:target=move |e| {
                let v = Id::parse(&e.target().value());
                ctx.edit(None, |p| put(p, v));
            }>
                {move || {
                    let current = ctx.read(|p| get(&p.diffusion)).flatten().flatten();
                    let first = view! { <option value="" selected=current.is_none()>{none(ctx.t())}</option> };
                    let rest = options
                        .get()
                        .into_iter()
                        .map(|(id, text)| {
                            let selected = current.as_ref() == Some(&id);
                            view! { <option value=id.to_string() selected=selected>{text}</option> }
                        })
                        .collect_view();
                    (first, rest)
                }}
            </select>
        </div>
    }
    .into_any()
}

fn date_view(
    ctx: Ctx,
    dom: String,
    label: Label,
    needed: bool,
    get: Reader<Option<Date>>,
    put: Writer<Option<Date>>,
) -> AnyView {
    let edit_key = format!("diffusion-{dom}");
    let stored: draft::Text = Arc::new(move || {
        ctx.read(|p| get(&p.diffusion))
            .flatten()
            .flatten()
            .map(|d| d.to_string())
            .unwrap_or_default()
    });
    let check: Check = Arc::new(move |v: &str| match Date::parse(v) {
        Some(d) => Ok(d.to_string()),
        None if v.is_empty() && !needed => Ok(String::new()),
        None if v.is_empty() => Err(ctx.t().date_needed.to_owned()),
        None => Err(ctx.t().date_invalid.to_owned()),
    });
    let save: Save = Arc::new(move |c: String| {
        ctx.edit(Some(edit_key.clone()), |p| put(p, Date::parse(&c)));
    });
    checked(
        ctx,
        dom,
        label,
        DATE,
        stored.clone(),
        stored,
        check,
        save,
        None,
    )
}

/// A checked field of the plan, with its label, through the one checked
/// input (its refused text is kept as a draft).
#[allow(clippy::too_many_arguments)]
fn checked(
    ctx: Ctx,
    dom: String,
    label: Label,
    shape: Shape,
    stored: draft::Text,
    shown: draft::Text,
    check: Check,
    save: Save,
    warn: Option<Warn>,
) -> AnyView {
    let key = ctx.pid.with_value(|p| draft::key(p, &dom));
    let input = checked_input(Checked {
        key,
        dom: dom.clone(),
        shape,
        stored,
        shown,
        check,
        save,
        warn,
    });
    view! {
        <div class="field">
            {label_for(ctx, &dom, label)}
            {input}
        </div>
    }
    .into_any()
}

/// An exact amount: money in the plan's currency, or any number (up to 2
/// decimals) when `money` is false. What is not a number is refused with a
/// reason, kept on screen as typed, and not saved.
fn amount_view(
    ctx: Ctx,
    dom: String,
    label: Label,
    money: bool,
    get: Reader<Option<Decimal>>,
    put: Writer<Option<Decimal>>,
) -> AnyView {
    let currency = move || {
        ctx.read(|p| p.diffusion.currency.clone())
            .unwrap_or_default()
    };
    let places = move || {
        if money {
            currency().exponent()
        } else {
            // Indicators: two decimals, so "10,000" reads as ten thousand.
            2
        }
    };
    let get = StoredValue::new(get);
    let amount = move || {
        get.with_value(|get| ctx.read(|p| get(&p.diffusion)))
            .flatten()
            .flatten()
    };
    let stored: draft::Text = Arc::new(move || amount().map(|d| d.to_string()).unwrap_or_default());
    let shown: draft::Text = Arc::new(move || {
        let t = ctx.t();
        amount()
            .map(|d| d.display(if money { places() } else { 0 }, t.group, t.mark))
            .unwrap_or_default()
    });
    let check: Check = Arc::new(move |v: &str| {
        if v.trim().is_empty() {
            return Ok(String::new());
        }
        Decimal::parse_input(v, places())
            .map(|d| d.to_string())
            .map_err(|e| (ctx.t().amount_error)(e))
    });
    let edit_key = format!("diffusion-{dom}");
    let save: Save = Arc::new(move |c: String| {
        ctx.edit(Some(edit_key.clone()), |p| {
            put(p, Decimal::parse_canonical(&c))
        });
    });
    // An amount that no longer fits the currency (switched since) is kept
    // and says so.
    let warn: Option<Warn> = money.then(|| {
        Arc::new(move || {
            let (a, c) = (amount()?, currency());
            (!c.fits(a)).then(|| (ctx.t().amount_kept)(c.code(), c.exponent()))
        }) as Warn
    });
    checked(ctx, dom, label, AMOUNT, stored, shown, check, save, warn)
}

/// The plan's currency. Switching it re-writes every amount in its form;
/// one with more decimals than it has is kept, and says why, next to it
/// and in the message area.
pub fn currency_field(ctx: Ctx) -> AnyView {
    let code: draft::Text = Arc::new(move || {
        ctx.read(|p| p.diffusion.currency.code().to_owned())
            .unwrap_or_default()
    });
    let check: Check = Arc::new(move |v: &str| {
        Currency::parse(v)
            .map(|c| c.code().to_owned())
            .ok_or_else(|| ctx.t().currency_invalid.to_owned())
    });
    let save: Save = Arc::new(move |c: String| {
        let Some(c) = Currency::parse(&c) else { return };
        let code = c.code().to_owned();
        let mut misfits = 0;
        let changed = ctx.edit(Some("diffusion-currency".into()), |p| {
            let amounts = p.budget.iter().map(|l| l.amount);
            let amounts = amounts.chain(p.funding.iter().map(|f| f.amount));
            misfits = amounts.flatten().filter(|a| !c.fits(*a)).count();
            diffusion::set(&mut p.currency, c)
        });
        if changed {
            ctx.app
                .say(false, move |t| (t.diffusion.currency_now)(&code, misfits));
        }
    });
    let key = ctx.pid.with_value(|p| draft::key(p, "plan-currency"));
    let input = checked_input(Checked {
        key,
        dom: "plan-currency".into(),
        shape: Shape {
            list: Some("currency-codes"),
            max: 4,
            ..CODE
        },
        stored: code.clone(),
        shown: code,
        check,
        save,
        warn: None,
    });
    view! {
        <label for="plan-currency">{word(ctx, |t| t.currency)}</label>
        {input}
    }
    .into_any()
}

fn flag_view(ctx: Ctx, dom: String, label: Label, get: Reader<bool>, put: Writer<bool>) -> AnyView {
    view! {
        <div class="field check">
            <input
                id=dom.clone()
                type="checkbox"
                prop:checked=move || ctx.read(|p| get(&p.diffusion)).flatten().unwrap_or(false)
                on:change:target=move |e| {
                    let v = e.target().checked();
                    ctx.edit(None, |p| put(p, v));
                }
            />
            {label_for(ctx, &dom, label)}
        </div>
    }
    .into_any()
}

fn delete_view(
    ctx: Ctx,
    then: &'static str,
    remove: Arc<dyn Fn() -> bool + Send + Sync>,
) -> AnyView {
    view! {
        <button type="button" class="danger small delete" on:click=move |_| {
            if remove() {
                ctx.app.say(false, |t| t.diffusion.deleted.to_owned());
                focus_by_id(then);
            }
        }>
            {move || ctx.app.t().delete}
        </button>
    }
    .into_any()
}

type Ids = Arc<dyn Fn(&Plan) -> Vec<Id> + Send + Sync>;
type ForId<V> = Arc<dyn Fn(Id) -> V + Send + Sync>;

/// A list of entries, each shown by `entry` (in a group named `name`).
pub fn entries<T: Item + Clone + Send + Sync + 'static>(
    ctx: Ctx,
    list: fn(&Plan) -> &Vec<T>,
    list_mut: fn(&mut Plan) -> &mut Vec<T>,
    keep: impl Fn(&T) -> bool + Send + Sync + 'static,
    name: impl Fn(Row<T>) -> String + Copy + Send + Sync + 'static,
    entry: impl Fn(Row<T>) -> Vec<AnyView> + Copy + Send + Sync + 'static,
) -> AnyView {
    let row = move |id: Id| Row {
        ctx,
        id: StoredValue::new(id),
        list,
        list_mut,
    };
    let ids: Ids = Arc::new(move |p| {
        list(p)
            .iter()
            .filter(|x| keep(x))
            .map(|x| x.id().clone())
            .collect()
    });
    let name: ForId<String> = Arc::new(move |id| name(row(id)));
    let entry: ForId<Vec<AnyView>> = Arc::new(move |id| entry(row(id)));
    entries_view(ctx, ids, name, entry)
}

fn entries_view(ctx: Ctx, ids: Ids, name: ForId<String>, entry: ForId<Vec<AnyView>>) -> AnyView {
    let ids = Memo::new(move |_| ctx.read(|p| ids(&p.diffusion)).unwrap_or_default());
    view! {
        <ul class="entries">
            <For
                each=move || ids.get()
                key=|id| id.clone()
                children=move |id| {
                    let name = name.clone();
                    let label_id = id.clone();
                    let dom = item_dom_id(&id);
                    view! {
                        <li>
                            <div class="entry" id=dom role="group" aria-label=move || name(label_id.clone()) data-nav-item="">{entry(id)}</div>
                        </li>
                    }
                }
            />
        </ul>
    }
    .into_any()
}
