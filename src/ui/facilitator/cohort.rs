//! The cohort board: participants' projects imported many at a time, kept
//! apart from the facilitator's own (see `storage::cohort`), shown as
//! cards to sort and filter, opened read-only, compared side by side, and
//! exported as one workspace file.

use super::feedback::{comment_field, feedback_tools};
use crate::format::exchange::Incoming;
use crate::format::{self, ImportError, Kind};
use crate::i18n::Strings;
use crate::model::summary::{board, countries, Filter, SortKey, Summary};
use crate::model::{Block, Discipline, Id, Project};
use crate::route::Route;
use crate::storage::cohort::{self, merge};
use crate::storage::local::Local;
use crate::storage::StoreError;
use crate::ui::files::{download, file_list, read_file};
use crate::ui::state::{now, use_app, AppState};
use leptos::html;
use leptos::prelude::*;

/// The cohort and the board's settings, shared by its screens.
#[derive(Clone, Copy)]
pub struct Cohort {
    pub projects: RwSignal<Vec<Project>>,
    pub selected: RwSignal<Vec<Id>>,
    pub filter: RwSignal<Filter>,
    pub sort: RwSignal<SortKey>,
    app: AppState,
}

thread_local! {
    static COHORT: std::cell::Cell<Option<Cohort>> = const { std::cell::Cell::new(None) };
}

pub fn cohort() -> Cohort {
    COHORT
        .with(std::cell::Cell::get)
        .expect("the cohort is installed with the app")
}

impl Cohort {
    pub fn install() {
        let app = use_app();
        let loaded = Local::open().map(|l| cohort::load(&l)).unwrap_or_default();
        if loaded.unreadable > 0 {
            let n = loaded.unreadable;
            app.say(true, move |t| (t.facilitator.cohort_unreadable)(n));
        }
        let c = Cohort {
            projects: RwSignal::new(loaded.projects),
            selected: RwSignal::new(Vec::new()),
            filter: RwSignal::new(Filter::default()),
            sort: RwSignal::new(SortKey::default()),
            app,
        };
        COHORT.with(|cell| cell.set(Some(c)));
    }

    fn save(&self, changed: &[Id]) {
        let result = self.projects.with_untracked(|ps| match Local::open() {
            Some(mut l) => cohort::save(&mut l, ps, changed, now()),
            None => Err(StoreError::Unavailable),
        });
        if let Err(e) = result {
            self.app.say(true, move |t| match e {
                StoreError::Full => t.not_saved_full.to_owned(),
                StoreError::Unavailable => t.not_saved_unavailable.to_owned(),
                StoreError::Other(_) => t.not_saved_other.to_owned(),
            });
        }
    }

    /// Reads participants' files into the cohort; each bad file gets its
    /// own message, and good ones go in.
    pub fn import(self, files: Vec<web_sys::File>) {
        if files.is_empty() {
            return;
        }
        let app = self.app;
        leptos::task::spawn_local(async move {
            let mut incoming = Vec::new();
            for file in files {
                let name = file.name();
                let error = match read_file(&file).await {
                    Ok(Incoming::Projects(ps)) => {
                        incoming.extend(ps);
                        continue;
                    }
                    Ok(_) => Some(ImportError::NotCanevas),
                    Err(e) => e,
                };
                app.say(true, move |t| {
                    let why = match &error {
                        Some(e) => (t.import_error)(e),
                        None => t.file_unreadable.to_owned(),
                    };
                    (t.not_imported)(&name, &why)
                });
            }
            if incoming.is_empty() {
                return;
            }
            let mut changed = Vec::new();
            let (mut added, mut updated) = (0, 0);
            self.projects.update(|ps| {
                (added, updated, changed) = merge(ps, incoming);
            });
            self.save(&changed);
            app.say(false, move |t| {
                (t.facilitator.cohort_imported)(added, updated)
            });
        });
    }

    fn remove(&self, id: &Id) {
        let mut title = None;
        self.projects.update(|ps| {
            if let Some(i) = ps.iter().position(|p| &p.id == id) {
                title = Some(ps.remove(i).title);
            }
        });
        self.selected.update(|s| s.retain(|x| x != id));
        self.save(&[]);
        if let Some(title) = title {
            self.app
                .say(false, move |t| (t.facilitator.removed_from_cohort)(&title));
        }
    }

    pub fn get(&self, id: &Id) -> Option<Project> {
        self.projects
            .with(|ps| ps.iter().find(|p| &p.id == id).cloned())
    }
}

fn title_or_untitled(t: &Strings, title: &str) -> String {
    if title.trim().is_empty() {
        t.untitled.to_owned()
    } else {
        title.to_owned()
    }
}

/// The board. Words are drawn once per language; the count, the cards
/// and the buttons that depend on them follow the data.
#[component]
pub fn CohortPage() -> impl IntoView {
    let app = use_app();
    let c = cohort();
    let input = NodeRef::<html::Input>::new();
    move || {
        let t = app.t();
        let f = t.facilitator;
        let filter = c.filter.get_untracked();
        let cards = move || {
            let (sort, filter) = (c.sort.get(), c.filter.get());
            c.projects.with(|ps| board(ps, sort, &filter))
        };
        let total = move || c.projects.with(Vec::len);
        let selected = move || c.selected.with(Vec::len);
        let export = move |_| {
            let at = now();
            let text = c
                .projects
                .with_untracked(|ps| format::export(ps, Kind::Workspace, at));
            download(&format::file_name("canevas-cohort", at), &text);
        };
        let compare = move |_| {
            let ids = c.selected.get_untracked();
            if ids.len() >= 2 {
                app.navigate(Route::CohortCompare(ids));
            }
        };
        let disciplines = std::iter::once(("", f.all_disciplines, filter.discipline.is_none()))
            .chain(
                Discipline::ALL
                    .into_iter()
                    .map(|d| (d.key(), (t.discipline)(d), filter.discipline == Some(d))),
            )
            .map(|(k, name, sel)| view! { <option value=k selected=sel>{name}</option> })
            .collect_view();
        let sorts = SortKey::ALL
            .into_iter()
            .map(|s| view! { <option value=s.key() selected=s == c.sort.get_untracked()>{(f.sort_name)(s)}</option> })
            .collect_view();
        let country_options = move || {
            let current = c.filter.with_untracked(|fl| fl.country.clone());
            let all = c.projects.with(|ps| countries(ps));
            std::iter::once((String::new(), f.all_countries.to_owned()))
                .chain(all.into_iter().map(|k| (k.clone(), k)))
                .map(|(k, name)| {
                    let sel = current.as_deref().unwrap_or("") == k;
                    view! { <option value=k selected=sel>{name}</option> }
                })
                .collect_view()
        };
        view! {
            <div class="cohort-page">
                <div class="page-head">
                    <h1>{f.cohort}</h1>
                    <div class="card-actions">
                        <button type="button" class="primary" on:click=move |_| {
                            if let Some(i) = input.get() {
                                i.click();
                            }
                        }>{f.import_cohort}</button>
                        <input node_ref=input class="visually-hidden" type="file" accept=".json,application/json" multiple
                            tabindex="-1" aria-hidden="true"
                            on:change:target=move |e| {
                                let el = e.target();
                                let files = el.files().map(file_list).unwrap_or_default();
                                el.set_value("");
                                c.import(files);
                            }/>
                        <button type="button" on:click=export disabled=move || total() == 0>{f.export_cohort}</button>
                        <button type="button" on:click=compare disabled=move || selected() < 2>
                            {move || (f.compare_selected)(selected())}
                        </button>
                    </div>
                </div>
                <p class="hint">{f.cohort_intro}</p>
                <search class="board-controls">
                    <div class="field">
                        <label for="cohort-search">{f.search}</label>
                        <input type="search" id="cohort-search" value=filter.text.clone()
                            on:input:target=move |e| { let v = e.target().value(); c.filter.update(|fl| fl.text = v) }/>
                    </div>
                    <div class="field">
                        <label for="cohort-discipline">{f.discipline_filter}</label>
                        <select id="cohort-discipline" on:change:target=move |e| {
                            let d = Discipline::from_key(&e.target().value());
                            c.filter.update(|fl| fl.discipline = d);
                        }>{disciplines}</select>
                    </div>
                    <div class="field">
                        <label for="cohort-country">{f.country_filter}</label>
                        <select id="cohort-country" on:change:target=move |e| {
                            let v = e.target().value();
                            c.filter.update(|fl| fl.country = (!v.is_empty()).then_some(v));
                        }>{country_options}</select>
                    </div>
                    <div class="field">
                        <label for="cohort-sort">{f.sort_by}</label>
                        <select id="cohort-sort" on:change:target=move |e| {
                            if let Some(s) = SortKey::from_key(&e.target().value()) {
                                c.sort.set(s);
                            }
                        }>{sorts}</select>
                    </div>
                </search>
                {move || {
                    let cards = cards();
                    let total = total();
                    view! {
                        <p class="board-count" role="status">{(f.showing)(cards.len(), total)}</p>
                        {(total == 0).then(|| view! { <p class="empty">{f.cohort_empty}</p> })}
                        <ul class="cohort-board">{cards.into_iter().map(|s| card(t, s)).collect_view()}</ul>
                    }
                }}
            </div>
        }
    }
}

/// One project's card, drawn from its summary.
fn card(t: &'static Strings, summary: Summary) -> impl IntoView {
    let c = cohort();
    let f = t.facilitator;
    let Summary {
        id,
        title,
        discipline,
        country,
        notes,
        blocks_filled,
        completeness,
        updated_at,
        fit,
        feasibility,
        readiness,
        next_deadline,
        ..
    } = summary;
    let heading = format!("cohort-{id}");
    let labelled_by = heading.clone();
    let country = if country.is_empty() {
        f.no_country.to_owned()
    } else {
        country
    };
    let meta = [
        (t.discipline)(discipline).to_owned(),
        country,
        (t.note_count)(notes),
        (t.updated_on)(&updated_at.date_string()),
    ]
    .join(" · ");
    // Figures from the later tools, shown once they exist.
    let extra = [fit, feasibility, readiness]
        .into_iter()
        .flatten()
        .map(|v| format!("{v}%"))
        .chain(next_deadline.map(|d| d.date_string()))
        .collect::<Vec<_>>()
        .join(" · ");
    let checked = c.selected.with_untracked(|s| s.contains(&id));
    let (check_id, rem_id) = (id.clone(), id.clone());
    view! {
        <li>
            <article class="cohort-card" aria-labelledby=labelled_by>
                <h2 id=heading><a href=Route::CohortProject(id.clone()).href()>{title_or_untitled(t, &title)}</a></h2>
                <p class="meta">{meta}</p>
                <p class="completeness">
                    <span>{(f.completeness)(completeness)}" · "{(t.blocks_filled)(blocks_filled)}</span>
                    <span class="bar" aria-hidden="true"><span style=format!("inline-size: {completeness}%")></span></span>
                </p>
                {(!extra.is_empty()).then(|| view! { <p class="meta">{extra}</p> })}
                <div class="card-actions">
                    <label class="compare-check">
                        <input type="checkbox" checked=checked on:change:target=move |e| {
                            let on = e.target().checked();
                            c.selected.update(|s| {
                                s.retain(|x| x != &check_id);
                                if on {
                                    s.push(check_id.clone());
                                }
                            });
                        }/>
                        <span class="visually-hidden">{(f.compare_this)(&title)}</span>
                        <span aria-hidden="true">{f.compare_title}</span>
                    </label>
                    <button type="button" class="quiet danger" aria-label=(f.remove_this)(&title)
                        on:click=move |_| c.remove(&rem_id)>{f.remove}</button>
                </div>
            </article>
        </li>
    }
}

/// A project's canvas, read-only: the nine blocks in the canonical layout
/// with their notes as text. `extra` adds something under each block (the
/// facilitator's feedback).
pub fn read_only_canvas(
    t: &'static Strings,
    project: &Project,
    extra: impl Fn(Block) -> AnyView,
) -> impl IntoView {
    view! {
        <div class="bmc read-only">
            {Block::ALL.into_iter().map(|b| {
                let heading = format!("ro-{}", b.key());
                let labelled_by = heading.clone();
                view! {
                    <section class=format!("block block-{}", b.key()) aria-labelledby=labelled_by>
                        <div class="block-head"><h3 id=heading>{(t.block)(b)}</h3></div>
                        <ul class="notes">
                            {project.canvas.notes(b).iter().map(|n| view! {
                                <li class=format!("note note-{}", n.colour.key()) data-nav-item="">{n.text.clone()}</li>
                            }).collect_view()}
                        </ul>
                        {extra(b)}
                    </section>
                }
            }).collect_view()}
        </div>
        <p class="attribution">{t.attribution}</p>
    }
}

/// One cohort project, read-only: its details and canvas.
#[component]
pub fn CohortProjectPage(id: Id) -> impl IntoView {
    let app = use_app();
    let c = cohort();
    let read = id.clone();
    move || {
        let t = app.t();
        let Some(p) = c.get(&read) else {
            return view! {
                <div class="not-found">
                    <h1>{t.facilitator.not_in_cohort}</h1>
                    <p><a href=Route::Cohort.href()>{t.facilitator.back_to_cohort}</a></p>
                </div>
            }
            .into_any();
        };
        let team = p.team.join(", ");
        let (pid, title) = (p.id.clone(), p.title.clone());
        let comment = move |block: Option<Block>| {
            comment_field(t, pid.clone(), title.clone(), block).into_any()
        };
        view! {
            <div class="cohort-project">
                <p><a href=Route::Cohort.href()>{t.facilitator.back_to_cohort}</a></p>
                <h1>{title_or_untitled(t, &p.title)}</h1>
                <p class="read-only-note">{t.facilitator.read_only}</p>
                <dl class="details-list">
                    <dt>{t.facilitator.pitch}</dt><dd>{p.pitch.clone()}</dd>
                    <dt>{t.field_discipline}</dt><dd>{(t.discipline)(p.discipline)}</dd>
                    <dt>{t.field_country}</dt><dd>{p.country.clone()}</dd>
                    <dt>{t.facilitator.team}</dt><dd>{team}</dd>
                </dl>
                {feedback_tools(t, p.id.clone())}
                {comment(None)}
                <section class="canvas-page" aria-labelledby="canvas-title">
                    <h2 id="canvas-title">{t.canvas_title}</h2>
                    {read_only_canvas(t, &p, |b| comment(Some(b)))}
                </section>
            </div>
        }
        .into_any()
    }
}

/// Two or more cohort projects side by side, block by block.
#[component]
pub fn ComparePage(ids: Vec<Id>) -> impl IntoView {
    let app = use_app();
    let c = cohort();
    move || {
        let t = app.t();
        let projects: Vec<Project> = ids.iter().filter_map(|id| c.get(id)).collect();
        let head = projects
            .iter()
            .map(|p| {
                let s = Summary::of(p);
                view! {
                    <th scope="col">
                        <a href=Route::CohortProject(p.id.clone()).href()>{title_or_untitled(t, &p.title)}</a>
                        <span class="meta">{(t.facilitator.completeness)(s.completeness)}</span>
                    </th>
                }
            })
            .collect_view();
        let row = |label: String, cell: &dyn Fn(&Project) -> AnyView| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    {projects.iter().map(|p| view! { <td>{cell(p)}</td> }).collect_view()}
                </tr>
            }
        };
        let rows = [
            row(t.field_discipline.into(), &|p| (t.discipline)(p.discipline).into_any()),
            row(t.field_country.into(), &|p| p.country.clone().into_any()),
            row(t.facilitator.pitch.into(), &|p| p.pitch.clone().into_any()),
        ]
        .into_iter()
        .map(IntoAny::into_any)
        .chain(Block::ALL.into_iter().map(|b| {
            row((t.block)(b).into(), &|p| {
                view! {
                    <ul class="notes">
                        {p.canvas.notes(b).iter().map(|n| view! { <li class=format!("note note-{}", n.colour.key())>{n.text.clone()}</li> }).collect_view()}
                    </ul>
                }
                .into_any()
            })
            .into_any()
        }))
        .collect_view();
        view! {
            <div class="compare-page">
                <p><a href=Route::Cohort.href()>{t.facilitator.back_to_cohort}</a></p>
                <h1>{t.facilitator.compare_title}</h1>
                <div class="compare-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
                    <table class="compare">
                        <caption id="compare-caption">{t.facilitator.compare_title}</caption>
                        <thead><tr><td></td>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <p class="attribution">{t.attribution}</p>
            </div>
        }
    }
}
