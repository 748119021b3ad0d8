//! The guiding questions and examples on screen: the chosen language's
//! guide file (`i18n::guide`, `public/guide/<lang>.json`), fetched the
//! first time a guide is opened or, earlier, a moment after the service
//! worker is active (so it is in memory and in the worker's cache before
//! it is needed, offline included). Fetched once per language and session.

use super::fetch::fetch;
use super::state::{use_app, AppState};
use crate::i18n::guide::Guide;
use crate::i18n::Lang;
use leptos::prelude::*;
use std::rc::Rc;
use std::time::Duration;

#[derive(Clone)]
enum Loaded {
    Loading,
    Ready(Rc<Guide>),
    Failed,
}

/// Each language's guide as far as it is loaded.
#[derive(Clone, Copy)]
pub struct Guides(RwSignal<Vec<(Lang, Loaded)>, LocalStorage>);

impl Guides {
    /// Provides the guides to the app, and fetches the chosen language's a
    /// moment after it started and after each change of language.
    pub fn install(app: AppState) {
        let guides = Guides(RwSignal::new_local(Vec::new()));
        provide_context(guides);
        Effect::new(move |_| {
            let lang = app.lang.get();
            leptos::task::spawn_local(async move {
                // Once the service worker is active it keeps what is
                // fetched: the guide then opens offline too.
                if let Ok(ready) = window().navigator().service_worker().ready() {
                    let _ = wasm_bindgen_futures::JsFuture::from(ready).await;
                }
                set_timeout(move || guides.load(lang, true), Duration::from_secs(2));
            });
        });
    }

    /// The language's guide as far as it is loaded (tracked).
    fn state(&self, lang: Lang) -> Option<Loaded> {
        self.0.with(|all| find(all, lang))
    }

    /// Sets the language's state; `None` forgets it (not asked for).
    fn set(&self, lang: Lang, state: Option<Loaded>) {
        self.0.update(|all| {
            all.retain(|(l, _)| *l != lang);
            all.extend(state.map(|s| (lang, s)));
        });
    }

    /// Fetches the language's guide unless it is here or on its way (a
    /// failed one is tried again). A fetch no one asked for (`ahead`)
    /// that fails leaves the guide unasked, so opening it tries again
    /// rather than showing an old failure.
    fn load(self, lang: Lang, ahead: bool) {
        let state = self.0.with_untracked(|all| find(all, lang));
        if matches!(state, Some(Loaded::Loading | Loaded::Ready(_))) {
            return;
        }
        self.set(lang, Some(Loaded::Loading));
        leptos::task::spawn_local(async move {
            let guide = fetch(&Guide::path(lang))
                .await
                .and_then(|bytes| Guide::read(&bytes, lang).ok());
            let state = match guide {
                Some(g) => Some(Loaded::Ready(Rc::new(g))),
                None if ahead => None,
                None => Some(Loaded::Failed),
            };
            self.set(lang, state);
        });
    }
}

fn find(all: &[(Lang, Loaded)], lang: Lang) -> Option<Loaded> {
    all.iter().find(|(l, _)| *l == lang).map(|(_, s)| s.clone())
}

/// The guide in the interface's language, drawn by `show`; while it loads
/// a line says so, and if it cannot be fetched, why, with a button to try
/// again.
pub fn shown<V: IntoView + 'static>(
    show: impl Fn(&Guide) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    let guides = expect_context::<Guides>();
    move || {
        let lang = app.lang.get();
        let t = app.t();
        match guides.state(lang) {
            Some(Loaded::Ready(guide)) => show(&guide).into_any(),
            Some(Loaded::Failed) => view! {
                <p class="hint" role="status">
                    {t.guide_failed}" "
                    <button type="button" class="small" on:click=move |_| guides.load(lang, false)>{t.try_again}</button>
                </p>
            }
            .into_any(),
            state => {
                if state.is_none() {
                    // Not asked for yet: opening it asks (after this draw).
                    set_timeout(move || guides.load(lang, false), Duration::ZERO);
                }
                view! { <p class="hint" role="status">{t.guide_loading}</p> }.into_any()
            }
        }
    }
}
