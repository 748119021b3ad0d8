//! A project's own screens: its details, its header and tabs, and the
//! screen for a project that is not here.

mod fields;

pub use fields::DetailsFields;

use super::state::{now, use_app};
use crate::model::Id;
use crate::route::Route;
use crate::session::ProjectDetails;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Details,
    Canvas,
    Fit,
    Feasibility,
    Diffusion,
    Coherence,
    Dossier,
    Comments,
}

/// The project's title and the tabs between its tools.
#[component]
pub fn ProjectHeader(id: Id, active: Tab) -> impl IntoView {
    let app = use_app();
    let title_id = id.clone();
    let title = Memo::new(move |_| {
        app.session.with(|s| {
            s.project(&title_id)
                .map(|p| p.title.clone())
                .unwrap_or_default()
        })
    });
    let tab = move |tab: Tab,
                    route: Route,
                    label: fn(&'static crate::i18n::Strings) -> &'static str| {
        view! {
            <a href=route.href() aria-current=(active == tab).then_some("page")>{move || label(app.t())}</a>
        }
    };
    // phone (issue 13): on a phone the tabs are one line that scrolls by
    // itself; the current one is brought into it.
    // (Only the strip scrolls: the page stays where it is.)
    request_animation_frame(|| {
        let html = |e: Option<web_sys::Element>| {
            e.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        };
        let tab = html(
            document()
                .query_selector(".tabs [aria-current=page]")
                .ok()
                .flatten(),
        );
        if let Some((tab, tabs)) = tab.and_then(|t| html(t.parent_element()).map(|p| (t, p))) {
            tabs.set_scroll_left(tab.offset_left() - tabs.offset_left() - 24);
        }
    });
    view! {
        <div class="project-head">
            <h1>{move || {
                title.with(|t| crate::i18n::or(t, app.t().untitled))
            }}<super::help::ExampleBadge id=id.clone()/></h1>
            <nav class="tabs" aria-label=move || app.t().project_actions>
                {tab(Tab::Details, Route::Project(id.clone()), |t| t.project_details)}
                {tab(Tab::Canvas, Route::Canvas(id.clone()), |t| t.canvas_title)}
                {tab(Tab::Fit, Route::Fit(id.clone()), |t| t.fit.title)}
                {tab(Tab::Feasibility, Route::Feasibility(id.clone()), |t| t.feasibility.title)}
                {tab(Tab::Diffusion, Route::Diffusion(id.clone()), |t| t.diffusion.tab)}
                {tab(Tab::Coherence, Route::Coherence(id.clone()), |t| t.coherence.title)}
                {tab(Tab::Dossier, Route::Dossier(id.clone()), |t| t.dossier.tab)}
                {comments_tab(id.clone(), active == Tab::Comments)}
            </nav>
        </div>
    }
}

/// The Comments tab, there once mentors' comments came in: its count is
/// of those still to do.
fn comments_tab(id: Id, current: bool) -> impl IntoView {
    let app = use_app();
    let store = super::feedback::feedback_store();
    move || {
        let list = store.received_on(&id);
        let mut comments = list.iter().flat_map(|f| &f.comments).peekable();
        comments.peek()?;
        let open = comments.filter(|c| c.open()).count();
        let t = app.t();
        let label = (t.facilitation.comments_tab)(super::intl::count(t.lang, open));
        Some(
            view! { <a href=Route::Comments(id.clone()).href() aria-current=current.then_some("page")>{label}</a> },
        )
    }
}

/// Shows `page` while the project exists, the not-found screen otherwise.
pub fn when_present(id: &Id, page: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    let app = use_app();
    let id = id.clone();
    let present = Memo::new(move |_| app.session.with(|s| s.project(&id).is_some()));
    move || {
        if present.get() {
            page()
        } else {
            view! { <NotFound/> }.into_any()
        }
    }
}

/// Project `id`'s details, followed as they change.
pub(crate) fn details_of(id: Id) -> Memo<Option<ProjectDetails>> {
    let app = use_app();
    Memo::new(move |_| {
        app.session.with(|s| {
            s.project(&id).map(|p| ProjectDetails {
                title: p.title.clone(),
                pitch: p.pitch.clone(),
                discipline: p.discipline,
                country: p.country.clone(),
                team: p.team.clone(),
            })
        })
    })
}

#[component]
pub fn DetailsPage(id: Id) -> impl IntoView {
    let app = use_app();
    let page_id = id.clone();
    when_present(&id, move || {
        let id = page_id.clone();
        let details = details_of(id.clone());
        let write_id = id.clone();
        let on_change = Callback::new(move |(d, field): (ProjectDetails, &'static str)| {
            app.change(|s| s.set_details(&write_id, d, field, now()));
        });
        // Projector view presents the project; it never edits it.
        if crate::ui::projector::projector_on() {
            return view! { <DetailsPresent details=details/> }.into_any();
        }
        view! {
            <ProjectHeader id=id.clone() active=Tab::Details/>
            <form class="details" on:submit=|e| e.prevent_default()>
                <DetailsFields details=Signal::derive(move || details.get().unwrap_or_default()) on_change prefix="details"/>
                <p class="hint">{move || app.t().details_saved_hint}</p>
            </form>
            // pitch (issue 12): the project told in slides, for demo day
            <p><a class="button" href=Route::Pitch(id.clone()).href()>{move || app.t().pitch.present}</a></p>
        }
        .into_any()
    })
}

/// The project's details for a room: what it is, where, by whom.
#[component]
pub(crate) fn DetailsPresent(details: Memo<Option<ProjectDetails>>) -> impl IntoView {
    let app = use_app();
    let d = move || details.get().unwrap_or_default();
    let row = move |label: fn(&'static crate::i18n::Strings) -> &'static str, value: String| {
        (!value.trim().is_empty()).then(|| {
            view! {
                <dt>{move || label(app.t())}</dt>
                <dd dir="auto">{value}</dd>
            }
        })
    };
    view! {
        <section class="details-present" aria-labelledby="details-present-title" data-nav-group="">
            <h1 id="details-present-title" dir="auto">{move || {
                crate::i18n::or(&d().title, app.t().untitled)
            }}</h1>
            {move || (!d().pitch.trim().is_empty()).then(|| view! { <p class="pitch" dir="auto">{d().pitch}</p> })}
            <dl>
                {move || {
                    let d = d();
                    let t = app.t();
                    (
                        row(|t| t.field_discipline, (t.discipline)(d.discipline).to_owned()),
                        row(|t| t.field_country, d.country),
                        row(|t| t.field_team, d.team.join(", ")),
                    )
                }}
            </dl>
        </section>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="not-found">
            <h1>{move || app.t().not_found_title}</h1>
            <p>{move || app.t().not_found_body}</p>
            <p><a href=Route::Home.href()>{move || app.t().back_home}</a></p>
        </div>
    }
}
