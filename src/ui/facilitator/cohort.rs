//! The cohort board: participants' projects imported many at a time, kept
//! apart from the facilitator's own (see `storage::cohort`), shown as
//! cards to sort and filter, opened read-only, compared side by side, and
//! exported as one workspace file.

use crate::format::exchange::Incoming;
use crate::format::{self, ImportError, Kind};
use crate::i18n::coherence::finding;
use crate::i18n::{or, Strings};
use crate::model::coherence::{cohort_map, Rule};
use crate::model::summary::{board, countries, Filter, SortKey, Summary};
use crate::model::summary::{next_block, opening_block};
use crate::model::{Block, Discipline, Id, Project};
use crate::route::Route;
use crate::storage::cohort::{self, merge};
use crate::storage::local::Local;
use crate::storage::StoreError;
use crate::ui::dom::{data_of, el, host, El};
use crate::ui::feedback::{
    block_anchor, comment_anywhere, comment_field, feedback_store, feedback_tools,
    fill_comment_form, mentor_comments, save_comment_form,
};
use crate::ui::files::{download, file_list, read_file};
use crate::ui::intl;
use crate::ui::projector::Projector;
use crate::ui::state::{focus_by_id, neighbour, now, on_window, today, use_app, AppState};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The cohort and the board's settings, shared by its screens.
#[derive(Clone, Copy)]
pub struct Cohort {
    pub projects: RwSignal<Vec<Project>>,
    pub selected: RwSignal<Vec<Id>>,
    pub filter: RwSignal<Filter>,
    pub sort: RwSignal<SortKey>,
    /// The project removed last and where it was, until it is restored.
    removed: RwSignal<Option<(usize, Project)>>,
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
            app.say(true, move |t| {
                (t.facilitator().cohort_unreadable)(intl::count(t.lang, n))
            });
        }
        let c = Cohort {
            projects: RwSignal::new(loaded.projects),
            selected: RwSignal::new(Vec::new()),
            filter: RwSignal::new(Filter::default()),
            sort: RwSignal::new(SortKey::default()),
            removed: RwSignal::new(None),
            app,
        };
        COHORT.with(|cell| cell.set(Some(c)));
    }

    /// Another tab changed the cohort (`canevas.cohort.*`): read it again.
    pub fn external_change(&self, key: &str) {
        if key.starts_with("canevas.cohort.") {
            if let Some(l) = Local::open() {
                self.projects.set(cohort::load(&l).projects);
            }
        }
    }

    fn save(&self, changed: &[Id], removed: &[Id]) {
        let result = self.projects.with_untracked(|ps| match Local::open() {
            Some(mut l) => cohort::save(&mut l, ps, changed, removed, now()),
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
                    Ok(Incoming::Projects(ps, _)) => {
                        incoming.extend(ps);
                        continue;
                    }
                    // A team's answers to the mentor's comments.
                    Ok(Incoming::Feedback(list)) => {
                        feedback_store().take_answers(list);
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
            let mut m = cohort::Merged::default();
            self.projects.update(|ps| m = merge(ps, incoming));
            self.save(&m.changed, &[]);
            let (added, updated, skipped) = (m.added, m.updated, m.skipped);
            app.say(false, move |t| {
                let f = t.facilitator();
                let count = |n| intl::count(t.lang, n);
                let mut text = (f.cohort_imported)(count(added), count(updated));
                if skipped > 0 {
                    text.push(' ');
                    text.push_str(&(f.copies_skipped)(count(skipped)));
                }
                text
            });
        });
    }

    fn remove(&self, id: &Id) {
        let mut title = None;
        self.projects.update(|ps| {
            if let Some(i) = ps.iter().position(|p| &p.id == id) {
                let p = ps.remove(i);
                title = Some(p.title.clone());
                self.removed.set(Some((i, p)));
            }
        });
        self.selected.update(|s| s.retain(|x| x != id));
        self.save(&[], std::slice::from_ref(id));
        if let Some(title) = title {
            self.app.say(false, move |t| {
                (t.facilitator().removed_from_cohort)(&title)
            });
        }
    }

    /// Puts the project removed last back where it was.
    fn restore(&self) -> Option<Id> {
        let (i, p) = self.removed.try_update(Option::take).flatten()?;
        let id = p.id.clone();
        self.projects.update(|ps| {
            if !ps.iter().any(|q| q.id == p.id) {
                ps.insert(i.min(ps.len()), p);
            }
        });
        self.save(std::slice::from_ref(&id), &[]);
        Some(id)
    }

    pub fn get(&self, id: &Id) -> Option<Project> {
        self.projects
            .with(|ps| ps.iter().find(|p| &p.id == id).cloned())
    }
}

/// The board, drawn by the DOM builder: its head when the language or the
/// counts change, its controls when the language or the countries change,
/// the cards when the cohort, the sort or the filter change. Events are
/// handled here, by what the elements' `data-*` attributes name.
#[component]
pub fn CohortPage() -> impl IntoView {
    let app = use_app();
    let c = cohort();
    let on = expect_context::<Projector>().0;
    on_window(leptos::ev::resize, move |_| {
        if on.get_untracked() {
            super::wall::fit_board();
        }
    });
    let input = NodeRef::<html::Input>::new();
    let cards = move || {
        let (sort, filter) = (c.sort.get(), c.filter.get());
        c.projects.with(|ps| board(ps, sort, &filter, today()))
    };
    let total = move || c.projects.with(Vec::len);
    let on_click = move |e: web_sys::MouseEvent| {
        let later = |id: String| request_animation_frame(move || focus_by_id(&id));
        if let Some((id, _)) = data_of(&e, "remove") {
            if let Some(id) = Id::parse(&id) {
                // Focus goes to the next card's link (else the one before),
                // else to Restore: never to the page's body.
                let (sort, filter) = (c.sort.get_untracked(), c.filter.get_untracked());
                let shown: Vec<Id> = c.projects.with_untracked(|ps| {
                    let cards = board(ps, sort, &filter, today());
                    cards.into_iter().map(|s| s.id).collect()
                });
                let next = shown
                    .iter()
                    .position(|x| x == &id)
                    .and_then(|at| neighbour(&shown, at))
                    .map_or("cohort-restore".into(), |n| format!("card-link-{n}"));
                c.remove(&id);
                later(next);
            }
            return;
        }
        match data_of(&e, "action").map(|(a, _)| a).as_deref() {
            Some("import") => {
                if let Some(i) = input.get() {
                    i.click();
                }
            }
            Some("export") => {
                let at = now();
                let text = c
                    .projects
                    .with_untracked(|ps| format::export(ps, Kind::Workspace, at));
                download(&format::file_name("canevas-cohort", at), &text);
            }
            Some("restore") => {
                if let Some(id) = c.restore() {
                    later(format!("card-link-{id}"));
                }
            }
            Some("compare") => {
                let ids = c.selected.get_untracked();
                if ids.len() >= 2 {
                    app.navigate(Route::CohortCompare(ids));
                }
            }
            _ => {}
        }
    };
    let on_change = move |e: web_sys::Event| {
        if let Some((id, el)) = data_of(&e, "compare") {
            let (Some(id), Some(input)) =
                (Id::parse(&id), el.dyn_ref::<web_sys::HtmlInputElement>())
            else {
                return;
            };
            let on = input.checked();
            c.selected.update(|s| {
                s.retain(|x| x != &id);
                if on {
                    s.push(id);
                }
            });
            return;
        }
        let Some((which, el)) = data_of(&e, "filter") else {
            return;
        };
        let value = el
            .dyn_ref::<web_sys::HtmlSelectElement>()
            .map(|s| s.value())
            .or_else(|| el.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()))
            .unwrap_or_default();
        match which.as_str() {
            "text" => c.filter.update(|fl| fl.text = value),
            "discipline" => c
                .filter
                .update(|fl| fl.discipline = Discipline::from_key(&value)),
            "country" => c
                .filter
                .update(|fl| fl.country = (!value.is_empty()).then_some(value)),
            "sort" => {
                if let Some(s) = SortKey::from_key(&value) {
                    c.sort.set(s);
                }
            }
            _ => {}
        }
    };
    view! {
        // Outside the page's element: its click (from "Import") must not
        // reach the page's click handler while that handler runs.
        <input node_ref=input class="visually-hidden" type="file" accept=".json,application/json" multiple
            tabindex="-1" aria-hidden="true"
            on:change:target=move |e| {
                let el = e.target();
                let files = el.files().map(file_list).unwrap_or_default();
                el.set_value("");
                c.import(files);
            }/>
        <div class="cohort-page" on:click=on_click on:change=on_change on:input=on_change>
            {host("cohort-head", move || {
                let f = app.t().facilitator();
                if on.get() {
                    return el("h1").text(f.cohort);
                }
                let (total, selected) = (total(), c.selected.with(Vec::len));
                let button = |label: &str, action: &str, class: &str, off: bool| {
                    let b = el("button").attr("type", "button").class(class).attr("data-action", action).text(label);
                    if off { b.attr("disabled", "") } else { b }
                };
                el("div")
                    .child(
                        el("div").class("page-head")
                            .child(el("h1").text(f.cohort))
                            .child(
                                el("div").class("card-actions")
                                    .child(button(f.import_cohort, "import", "primary", false))
                                    .child(button(f.export_cohort, "export", "", total == 0))
                                    .child(button(&(f.compare_selected)(selected), "compare", "", selected < 2))
                                    .children(c.removed.with(|r| r.as_ref().map(|(_, p)| button(&(f.restore)(&or(&p.title, app.t().untitled)), "restore", "", false).attr("id", "cohort-restore")))),
                            ),
                    )
                    .child(el("p").class("hint").text(f.cohort_intro))
            })}
            {host("cohort-controls", move || {
                if on.get() {
                    return el("div");
                }
                let t = app.t();
                let f = t.facilitator();
                let filter = c.filter.get_untracked();
                let sort = c.sort.get_untracked();
                let countries = c.projects.with(|ps| countries(ps));
                let select = |id: &str, label: &str, which: &str, options: Vec<(String, String, bool)>| {
                    el("div").class("field")
                        .child(el("label").attr("for", id).text(label))
                        .child(el("select").attr("id", id).attr("data-filter", which).children(options.into_iter().map(|(v, name, sel)| {
                            let o = el("option").attr("value", &v).text(&name);
                            if sel { o.attr("selected", "") } else { o }
                        })))
                };
                let disciplines = std::iter::once((String::new(), f.all_disciplines.to_owned(), filter.discipline.is_none()))
                    .chain(Discipline::ALL.into_iter().map(|d| (d.key().to_owned(), (t.discipline)(d).to_owned(), filter.discipline == Some(d))))
                    .collect();
                let current = filter.country.clone().unwrap_or_default();
                let countries = std::iter::once((String::new(), f.all_countries.to_owned(), current.is_empty()))
                    .chain(countries.into_iter().map(|k| (k.clone(), k.clone(), k == current)))
                    .collect();
                let sorts = SortKey::ALL.into_iter().map(|s| (s.key().to_owned(), (f.sort_name)(s).to_owned(), s == sort)).collect();
                el("search").class("board-controls")
                    .child(
                        el("div").class("field")
                            .child(el("label").attr("for", "cohort-search").text(f.search))
                            .child(el("input").attr("type", "search").attr("id", "cohort-search").attr("data-filter", "text").value(&filter.text)),
                    )
                    .child(select("cohort-discipline", f.discipline_filter, "discipline", disciplines))
                    .child(select("cohort-country", f.country_filter, "country", countries))
                    .child(select("cohort-sort", f.sort_by, "sort", sorts))
            })}
            {host("board", move || {
                let t = app.t();
                let f = t.facilitator();
                let cards = cards();
                let total = total();
                let out = el("div")
                    .child(el("p").class("board-count").attr("role", "status").text(&(f.showing)(intl::count(t.lang, cards.len()), intl::count(t.lang, total))));
                let out = if total == 0 { out.child(el("p").class("empty").text(f.cohort_empty)) } else { out };
                let wall = on.get();
                if wall {
                    request_animation_frame(super::wall::fit_board);
                }
                out.child(el("ul").class(if wall { "cohort-board wall" } else { "cohort-board" }).children(cards.iter().map(|s| card(t, s, wall))))
            })}
            // coherence (issue 16): the checks the cohort's projects break.
            {host("cohort-coherence", move || {
                if on.get() {
                    return el("div");
                }
                let t = app.t();
                let k = t.coherence;
                let (rows, total) = c.projects.with(|ps| {
                    let rows: Vec<(Rule, Vec<String>)> = cohort_map(ps, today())
                        .into_iter()
                        .map(|(r, ps)| (r, ps.iter().map(|p| or(&p.title, t.untitled)).collect()))
                        .collect();
                    (rows, ps.len())
                });
                if rows.is_empty() {
                    return el("div");
                }
                let head = el("tr").child(el("th").attr("scope", "col").text(k.check)).child(el("th").attr("scope", "col").text(k.projects));
                let body = rows.iter().map(|(rule, names)| {
                    el("tr")
                        .child(el("th").attr("scope", "row").text(&finding(k, *rule, "…")))
                        .child(el("td").child(el("strong").text(&(k.of_projects)(intl::count(t.lang, names.len()), total))).child(el("span").text(&format!(" · {}", names.join(", ")))))
                });
                el("section").class("cohort-coherence").attr("aria-labelledby", "cohort-coherence-title")
                    .child(el("h2").attr("id", "cohort-coherence-title").text(k.cohort_title))
                    .child(el("p").class("hint").text(k.cohort_intro))
                    .child(el("table").child(el("thead").child(head)).child(el("tbody").children(body)))
            })}
        </div>
    }
}

/// One project's card, drawn from its summary. On the wall (projector
/// view) it names the team and has no controls.
fn card(t: &'static Strings, summary: &Summary, wall: bool) -> El {
    let c = cohort();
    let f = t.facilitator();
    let s = summary;
    let heading = format!("cohort-{}", s.id);
    let country = if s.country.is_empty() {
        f.no_country
    } else {
        &s.country
    };
    let meta = [
        (t.discipline)(s.discipline),
        country,
        &(t.note_count)(intl::count(t.lang, s.notes)),
        &(t.updated_on)(&intl::day(t.lang, s.updated_at)),
    ];
    // The room needs no date.
    let meta = meta[..if wall { 3 } else { 4 }].join(" · ");
    // A figure from each later tool the creator has started.
    let figures: Vec<String> = [
        fit_line(s, t),
        feasibility_line(s, t),
        coherence_line(s, t),
        readiness_line(s, t),
        next_line(s, t),
        comments_line(&s.id, t),
    ]
    .into_iter()
    .flatten()
    .collect();
    let title = or(&s.title, t.untitled);
    let checked = c.selected.with_untracked(|sel| sel.contains(&s.id));
    let article = el("article")
        .class("cohort-card")
        .attr("aria-labelledby", &heading)
        .attr("data-nav-group", "")
        .child(
            el("h2").attr("id", &heading).child(
                el("a")
                    .attr("id", &format!("card-link-{}", s.id))
                    .attr("data-nav-item", "")
                    .attr("href", &Route::CohortProject(s.id.clone()).href())
                    .text(&title),
            ),
        )
        .children(
            (wall && !s.team.is_empty()).then(|| el("p").text(&(f.wall_team)(&s.team.join(", ")))),
        )
        .child(el("p").class("meta").text(&meta))
        .child(
            el("p")
                .class("completeness")
                .child(el("span").text(&format!(
                    "{} · {}",
                    (f.completeness)(&intl::percent(t.lang, s.completeness.into())),
                    (t.blocks_filled)(intl::count(t.lang, s.blocks_filled))
                )))
                .child(
                    el("span").class("bar").attr("aria-hidden", "true").child(
                        el("span").attr("style", &format!("inline-size: {}%", s.completeness)),
                    ),
                ),
        );
    let article = if figures.is_empty() {
        article
    } else {
        article.child(
            el("ul")
                .class("figures")
                .children(figures.iter().map(|line| el("li").text(line))),
        )
    };
    if wall {
        return el("li").child(article);
    }
    let actions = el("div")
        .class("card-actions")
        .child(
            el("label")
                .class("compare-check")
                .child(
                    el("input")
                        .attr("type", "checkbox")
                        .attr("data-compare", s.id.as_str())
                        .checked(checked),
                )
                .child(
                    el("span")
                        .class("visually-hidden")
                        .text(&(f.compare_this)(&title)),
                )
                .child(el("span").attr("aria-hidden", "true").text(f.compare_title)),
        )
        .child(
            el("button")
                .attr("type", "button")
                .class("quiet danger")
                .attr("data-remove", s.id.as_str())
                .attr("aria-label", &(f.remove_this)(&title))
                .text(f.remove),
        );
    el("li").child(article.child(actions))
}

/// Product and market readiness on one line, when either is set.
/// The card's figures, written by `Intl` for the language.
fn fit_line(s: &Summary, t: &'static Strings) -> Option<String> {
    let p = s.fit?;
    Some((t.facilitator().card_fit)(&intl::percent(t.lang, p.into())))
}

fn feasibility_line(s: &Summary, t: &'static Strings) -> Option<String> {
    let tenths = s.feasibility?;
    let score = intl::fixed(t.lang, f64::from(tenths) / 10.0, 1);
    Some((t.facilitator().card_feasibility)(&score))
}

/// The comments the facilitator wrote on the project, if any (issue 18).
fn comments_line(id: &Id, t: &'static Strings) -> Option<String> {
    let n = feedback_store().written_on(id);
    (n > 0).then(|| (t.facilitator().card_comments)(intl::count(t.lang, n)))
}

fn coherence_line(s: &Summary, t: &'static Strings) -> Option<String> {
    let (held, of) = s.coherence?;
    Some((t.coherence.card)(held, of))
}

fn next_line(s: &Summary, t: &'static Strings) -> Option<String> {
    let (date, what) = s.next_deadline.as_ref()?;
    Some((t.facilitator().card_next)(
        &intl::date(t.lang, *date),
        what,
    ))
}

fn readiness_line(s: &Summary, t: &'static Strings) -> Option<String> {
    (s.product_readiness.is_some() || s.market_readiness.is_some())
        .then(|| (t.facilitator().card_readiness)(s.product_readiness, s.market_readiness))
}

/// The other tools in full, read-only (issue 18): the presentations and
/// sheets the creator's dossier is made of, for the fit worksheet, the feasibility
/// studio and the diffusion plan, so a mentor reads every item.
fn whole_project(t: &'static Strings, p: &Project) -> AnyView {
    use crate::ui::{diffusion, feasibility, fit};
    let titled = |words: &'static str, body: AnyView| {
        view! { <h2 class="dossier-part-title">{words}</h2>{body} }.into_any()
    };
    let plan = if p.diffusion.started {
        diffusion::present::draw(t, p)
    } else {
        view! { <p class="hint">{t.facilitator().not_started}</p> }.into_any()
    };
    // The dossier's sheets and type (style/dossier.css), on screen as there.
    view! {
        <div class="dossier cohort-dossier">
            <div class="sheet"><div class="sheet-body present present-fit">{fit::present::draw(t, p)}</div></div>
            <div class="sheet"><div class="sheet-body present present-feasibility">{titled(t.feasibility.title, feasibility::present::draw(t, p))}</div></div>
            <div class="sheet"><div class="sheet-body present present-diffusion">{titled(t.diffusion.title, plan)}</div></div>
        </div>
    }
    .into_any()
}

// The read-only canvas is shared with the creator's dossier (issue 12).
pub(super) use crate::ui::present::{note_item, read_only_canvas};

/// One cohort project, read-only: its details and canvas, with the
/// facilitator's comment fields.
#[component]
pub fn CohortProjectPage(id: Id) -> impl IntoView {
    let app = use_app();
    let c = cohort();
    let store = feedback_store();
    let read = id.clone();
    let on_input = {
        let id = id.clone();
        move |e: web_sys::Event| {
            if data_of(&e, "about").is_some() {
                fill_comment_form(&id);
                return;
            }
            if let Some((_, el)) = data_of(&e, "author") {
                if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                    store.set_author(input.value());
                }
                return;
            }
            let Some((key, el)) = data_of(&e, "comment") else {
                return;
            };
            let Some(field) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let on = block_anchor(Block::ALL.into_iter().find(|b| b.key() == key));
            let title = c.get(&id).map(|p| p.title).unwrap_or_default();
            // A block's field keeps the kind its comment was given.
            let kind = store
                .draft_comment(&id, &on)
                .map(|(_, k)| k)
                .unwrap_or_default();
            store.set_comment(&id, &title, &on, &field.value(), kind);
        }
    };
    let on_click = move |e: web_sys::MouseEvent| {
        match data_of(&e, "action") {
            Some((a, _)) if a == "export-feedback" => store.export(&id),
            Some((a, _)) if a == "save-comment" => {
                if let Some(p) = c.get(&id) {
                    save_comment_form(&p);
                }
            }
            _ => {}
        }
        if let Some(comment) = data_of(&e, "delete").and_then(|(c, _)| Id::parse(&c)) {
            store.remove_comment(&id, &comment);
            crate::ui::state::focus_by_id("comment-about");
        }
    };
    let tools_id = read.clone();
    let whole = read.clone();
    view! {
        <div class="cohort-project" on:input=on_input on:click=on_click>
            {host("cohort-project-head", {
                let read = read.clone();
                move || {
                    let t = app.t();
                    let f = t.facilitator();
                    let back = el("p").child(el("a").attr("href", &Route::Cohort.href()).text(f.back_to_cohort));
                    let Some(p) = c.get(&read) else {
                        return el("div").class("not-found").child(el("h1").text(f.not_in_cohort)).child(back);
                    };
                    let details = [
                        (f.pitch, p.pitch.clone()),
                        (t.field_discipline, (t.discipline)(p.discipline).to_owned()),
                        (t.field_country, p.country.clone()),
                        (f.team, p.team.join(", ")),
                    ]
                    .into_iter()
                    .flat_map(|(k, v)| [el("dt").text(k), el("dd").text(&v)]);
                    el("div")
                        .child(back)
                        .child(el("h1").text(&or(&p.title, t.untitled)))
                        .child(el("p").class("read-only-note").text(f.read_only))
                        .child(el("dl").class("details-list").children(details))
                }
            })}
            {host("cohort-project-tools", move || match c.get(&tools_id) {
                Some(p) => feedback_tools(app.t(), &p.id),
                None => el("div"),
            })}
            {host("cohort-project-comment", {
                let read = read.clone();
                move || match c.get(&read) {
                    Some(p) => comment_anywhere(app.t(), &p),
                    None => el("div"),
                }
            })}
            {host("cohort-project-comments", {
                let read = read.clone();
                move || match c.get(&read) {
                    Some(p) => mentor_comments(app.t(), &p),
                    None => el("div"),
                }
            })}
            {host("cohort-project-body", move || {
                let t = app.t();
                let Some(p) = c.get(&read) else { return el("div") };
                let comment = |block| comment_field(t, &p.id, block);
                el("div")
                    .child(comment(None))
                    .child(
                        el("section").class("canvas-page").attr("aria-labelledby", "canvas-title")
                            .child(el("h2").attr("id", "canvas-title").text(t.canvas_title))
                            .child(read_only_canvas(t, &p, |b| Some(comment(Some(b))))),
                    )
            })}
            {move || c.get(&whole).map(|p| whole_project(app.t(), &p))}
        </div>
    }
}

/// Two or more cohort projects side by side, block by block; in
/// projector view, one block of all of them (see `wall`), another block
/// chosen by its button or by Page Down and Page Up (a presenter's remote).
#[component]
pub fn ComparePage(ids: Vec<Id>) -> impl IntoView {
    let app = use_app();
    let c = cohort();
    let on = expect_context::<Projector>().0;
    let shown = RwSignal::new(opening_block(
        &ids.iter().filter_map(|id| c.get(id)).collect::<Vec<_>>(),
    ));
    let show = move |b: Block| {
        // Focus goes to the block's button at once (the redraw keeps it
        // there, `dom::host`), so the next key, however quick, starts from
        // it: a focus set a frame later could land after that key.
        focus_by_id(&format!("show-{}", b.key()));
        shown.set(b);
    };
    on_window(leptos::ev::keydown, move |e: web_sys::KeyboardEvent| {
        let step = match e.key().as_str() {
            "PageDown" => 1,
            "PageUp" => -1,
            _ => return,
        };
        if on.get_untracked()
            && !e.default_prevented()
            && !e.ctrl_key()
            && !e.alt_key()
            && !e.meta_key()
        {
            e.prevent_default();
            show(next_block(shown.get_untracked(), step));
        }
    });
    on_window(leptos::ev::resize, move |_| {
        if on.get_untracked() {
            super::wall::fit(app.t());
        }
    });
    let on_click = move |e: web_sys::MouseEvent| {
        if let Some((key, _)) = data_of(&e, "show") {
            if let Some(b) = Block::ALL.into_iter().find(|b| b.key() == key) {
                show(b);
            }
        }
    };
    let page = host("compare-page", move || {
        let t = app.t();
        let f = t.facilitator();
        let projects: Vec<Project> = ids.iter().filter_map(|id| c.get(id)).collect();
        if on.get() {
            request_animation_frame(move || super::wall::fit(t));
            return super::wall::compare(t, &projects, shown.get());
        }
        let head = el("tr").child(el("td")).children(projects.iter().map(|p| {
            el("th")
                .attr("scope", "col")
                .child(
                    el("a")
                        .attr("href", &Route::CohortProject(p.id.clone()).href())
                        .text(&or(&p.title, t.untitled)),
                )
                .child(
                    el("span")
                        .class("meta")
                        .text(&(f.completeness)(&intl::percent(
                            t.lang,
                            Summary::of(p, today()).completeness.into(),
                        ))),
                )
        }));
        let row = |label: &str, cell: &dyn Fn(&Project) -> El| {
            el("tr")
                .child(el("th").attr("scope", "row").text(label))
                .children(projects.iter().map(|p| el("td").child(cell(p))))
        };
        let text = |s: &str| el("span").text(s);
        let day = today();
        let figure = |p: &Project, line: fn(&Summary, &'static Strings) -> Option<String>| {
            text(&line(&Summary::of(p, day), t).unwrap_or_default())
        };
        let rows = [
            row(t.field_discipline, &|p| text((t.discipline)(p.discipline))),
            row(t.field_country, &|p| text(&p.country)),
            row(f.pitch, &|p| text(&p.pitch)),
            row(t.fit.title, &|p| figure(p, fit_line)),
            row(t.feasibility.title, &|p| figure(p, feasibility_line)),
            row(t.coherence.title, &|p| figure(p, coherence_line)),
            row(t.feasibility.readiness_title, &|p| {
                figure(p, readiness_line)
            }),
            row(t.diffusion.tab, &|p| figure(p, next_line)),
        ]
        .into_iter()
        .chain(Block::ALL.into_iter().map(|b| {
            row((t.block)(b), &|p| {
                el("ul")
                    .class("notes")
                    .children(p.canvas.notes(b).iter().map(note_item))
            })
        }));
        el("div")
            .child(
                el("p").child(
                    el("a")
                        .attr("href", &Route::Cohort.href())
                        .text(f.back_to_cohort),
                ),
            )
            .child(el("h1").text(f.compare_title))
            .child(
                el("div")
                    .class("compare-scroll")
                    .attr("role", "region")
                    .attr("aria-labelledby", "compare-caption")
                    .attr("tabindex", "0")
                    .child(
                        el("table")
                            .class("compare")
                            .child(
                                el("caption")
                                    .attr("id", "compare-caption")
                                    .text(f.compare_title),
                            )
                            .child(el("thead").child(head))
                            .child(el("tbody").children(rows)),
                    ),
            )
            .child(el("p").class("attribution").text(t.attribution))
    });
    view! { <div on:click=on_click>{page}</div> }
}
