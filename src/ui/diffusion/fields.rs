//! Generic pieces of the plan's screen: one entry of a list and its fields
//! (text, choice, date, amount, checkbox), each saved through the session.

use crate::i18n::DiffusionStrings;
use crate::model::diffusion::{self, AmountError, Date, Decimal, Item, Keyed, Plan};
use crate::model::{Id, Project, MAX_TEXT_CHARS};
use crate::ui::state::{focus_by_id, now, random_id, AppState};
use leptos::html;
use leptos::prelude::*;

/// The screen's context: the app and the project shown.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub app: AppState,
    pub pid: StoredValue<Id>,
}

impl Ctx {
    /// Reads the project (tracked).
    pub fn read<R>(&self, f: impl FnOnce(&Project) -> R) -> Option<R> {
        let app = self.app;
        self.pid
            .with_value(|pid| app.session.with(|s| s.project(pid).map(f)))
    }

    /// Changes the plan as one undoable, saved step.
    pub fn edit(&self, key: Option<String>, f: impl FnOnce(&mut Plan) -> bool) -> bool {
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

    /// The number formatting of the language.
    pub fn show(&self, d: Decimal, places: u32) -> String {
        let t = self.t();
        d.display(places, t.group, t.mark)
    }

    pub fn money(&self, d: Decimal) -> String {
        let t = self.t();
        self.read(|p| p.diffusion.currency.format(d, t.group, t.mark))
            .unwrap_or_default()
    }
}

/// Focuses an element once the current change is on screen.
pub fn focus_soon(dom: String) {
    set_timeout(move || focus_by_id(&dom), std::time::Duration::ZERO);
}

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

pub type Label = fn(&'static DiffusionStrings) -> &'static str;

impl<T: Item + Clone + 'static> Row<T> {
    /// Reads the entry (tracked).
    pub fn get<R>(&self, f: impl FnOnce(&T) -> R) -> Option<R> {
        let (list, id) = (self.list, self.id);
        self.ctx
            .read(|p| id.with_value(|id| diffusion::find(list(&p.diffusion), id).map(f)))
            .flatten()
    }

    /// A field's value, through a lens.
    pub fn field<V: Clone>(&self, lens: fn(&mut T) -> &mut V) -> Option<V> {
        self.get(|x| lens(&mut x.clone()).clone())
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

    /// Removes the entry (undoable, and said so); focus goes to `then`.
    pub fn delete(&self, then: &str) {
        let id = self.id.get_value();
        let list_mut = self.list_mut;
        if self
            .ctx
            .edit(None, |p| diffusion::remove(list_mut(p), &id).is_some())
        {
            self.ctx.app.say(false, |t| t.diffusion.deleted.to_owned());
            focus_by_id(then);
        }
    }

    pub fn text(
        &self,
        field: &'static str,
        label: Label,
        lens: fn(&mut T) -> &mut String,
    ) -> impl IntoView {
        let (row, ctx, dom) = (*self, self.ctx, self.dom(field));
        view! {
            <div class="field">
                <label for=dom.clone()>{move || label(ctx.t())}</label>
                <input
                    id=dom
                    type="text"
                    maxlength=MAX_TEXT_CHARS.to_string()
                    prop:value=move || row.field(lens).unwrap_or_default()
                    on:input:target=move |e| {
                        let v = e.target().value();
                        row.set(Some(field), |x| diffusion::set(lens(x), v));
                    }
                />
            </div>
        }
    }

    pub fn choice<E: Keyed + Send + Sync>(
        &self,
        field: &'static str,
        label: Label,
        name: fn(&'static DiffusionStrings, E) -> &'static str,
        lens: fn(&mut T) -> &mut E,
    ) -> impl IntoView {
        let (row, ctx, dom) = (*self, self.ctx, self.dom(field));
        view! {
            <div class="field">
                <label for=dom.clone()>{move || label(ctx.t())}</label>
                <select
                    id=dom
                    on:change:target=move |e| {
                        let v = e.target().value();
                        if let Some(k) = E::all().iter().copied().find(|k| k.key() == v) {
                            row.set(None, |x| diffusion::set(lens(x), k));
                        }
                    }
                >
                    {move || {
                        let (t, current) = (ctx.t(), row.field(lens));
                        E::all()
                            .iter()
                            .map(|k| view! { <option value=k.key() selected=Some(*k) == current>{name(t, *k)}</option> })
                            .collect_view()
                    }}
                </select>
            </div>
        }
    }

    /// A date field; `put` returns whether it changed anything (a required
    /// date ignores an emptied field).
    pub fn date(
        &self,
        field: &'static str,
        label: Label,
        get: fn(&T) -> Option<Date>,
        put: fn(&mut T, Option<Date>) -> bool,
    ) -> impl IntoView {
        let (row, ctx, dom) = (*self, self.ctx, self.dom(field));
        view! {
            <div class="field">
                <label for=dom.clone()>{move || label(ctx.t())}</label>
                <input
                    id=dom
                    type="date"
                    min="1000-01-01"
                    max="9999-12-31"
                    prop:value=move || row.get(get).flatten().map(|d| d.to_string()).unwrap_or_default()
                    on:input:target=move |e| {
                        let v = e.target().value();
                        let d = Date::parse(&v);
                        if d.is_some() || v.is_empty() {
                            row.set(Some(field), |x| put(x, d));
                        }
                    }
                />
            </div>
        }
    }

    /// An exact amount: money in the plan's currency, or any number (up
    /// to 4 decimals) when `money` is false. What is not a number is
    /// refused with a reason, and not saved.
    pub fn amount(
        &self,
        field: &'static str,
        label: Label,
        money: bool,
        lens: fn(&mut T) -> &mut Option<Decimal>,
    ) -> impl IntoView {
        let (row, ctx, dom) = (*self, self.ctx, self.dom(field));
        let error = RwSignal::new(None::<AmountError>);
        let input = NodeRef::<html::Input>::new();
        let places = move || {
            if money {
                ctx.read(|p| p.diffusion.currency.exponent()).unwrap_or(0)
            } else {
                diffusion::MAX_DECIMALS
            }
        };
        let shown = move |d: Option<Decimal>, places: u32| {
            d.map(|d| ctx.show(d, if money { places } else { 0 }))
                .unwrap_or_default()
        };
        let parse = move |v: &str, places: u32| -> Result<Option<Decimal>, AmountError> {
            if v.trim().is_empty() {
                Ok(None)
            } else {
                Decimal::parse_input(v, places).map(Some)
            }
        };
        // The field keeps what is typed; it is rewritten only when the
        // stored amount no longer matches it (after an undo, say).
        Effect::new(move |_| {
            let (stored, places) = (row.field(lens).flatten(), places());
            ctx.t();
            if let Some(el) = input.get() {
                if parse(&el.value(), places).ok() != Some(stored) {
                    el.set_value(&shown(stored, places));
                    error.set(None);
                }
            }
        });
        let err_id = format!("{dom}-error");
        view! {
            <div class="field">
                <label for=dom.clone()>{move || label(ctx.t())}</label>
                <input
                    id=dom
                    node_ref=input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    maxlength="40"
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    aria-describedby=err_id.clone()
                    on:input:target=move |e| match parse(&e.target().value(), places()) {
                        Ok(d) => {
                            error.set(None);
                            row.set(Some(field), |x| diffusion::set(lens(x), d));
                        }
                        Err(why) => error.set(Some(why)),
                    }
                    on:blur:target=move |e| {
                        if error.get_untracked().is_none() {
                            e.target().set_value(&shown(row.field(lens).flatten(), places()));
                        }
                    }
                />
                <p class="field-error" id=err_id>{move || error.get().map(|e| (ctx.t().amount_error)(e))}</p>
            </div>
        }
    }

    pub fn flag(
        &self,
        field: &'static str,
        label: Label,
        lens: fn(&mut T) -> &mut bool,
    ) -> impl IntoView {
        let (row, ctx, dom) = (*self, self.ctx, self.dom(field));
        view! {
            <div class="field check">
                <input
                    id=dom.clone()
                    type="checkbox"
                    prop:checked=move || row.field(lens).unwrap_or(false)
                    on:change:target=move |e| {
                        let v = e.target().checked();
                        row.set(None, |x| diffusion::set(lens(x), v));
                    }
                />
                <label for=dom>{move || label(ctx.t())}</label>
            </div>
        }
    }

    /// The entry's Delete button; focus then goes to `then` (the list's
    /// Add button).
    pub fn delete_button(&self, then: &'static str) -> impl IntoView {
        let row = *self;
        view! {
            <button type="button" class="danger small delete" on:click=move |_| row.delete(then)>
                {move || row.ctx.app.t().delete}
            </button>
        }
    }
}

/// A list of entries, each shown by `entry` (in a group named `name`).
pub fn entries<T: Item + Clone + 'static, V: IntoView + 'static>(
    ctx: Ctx,
    list: fn(&Plan) -> &Vec<T>,
    list_mut: fn(&mut Plan) -> &mut Vec<T>,
    keep: impl Fn(&T) -> bool + Send + Sync + 'static,
    name: impl Fn(Row<T>) -> String + Copy + Send + Sync + 'static,
    entry: impl Fn(Row<T>) -> V + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ids = Memo::new(move |_| {
        ctx.read(|p| {
            list(&p.diffusion)
                .iter()
                .filter(|x| keep(x))
                .map(|x| x.id().clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    view! {
        <ul class="entries">
            <For
                each=move || ids.get()
                key=|id| id.clone()
                children=move |id| {
                    let row = Row { ctx, id: StoredValue::new(id), list, list_mut };
                    view! { <li class="entry" role="group" aria-label=move || name(row)>{entry(row)}</li> }
                }
            />
        </ul>
    }
}
