//! The exercise library: built-in exercises in the interface's language,
//! the facilitator's own (stored under `canevas.exercises` as an exercises
//! file, exported and imported the same way), and the run in progress
//! (`canevas.timer`, so a reload keeps the clock).

use crate::format::exchange::{export_exercises, import_exercises};
use crate::i18n::facilitator::BuiltIn;
use crate::i18n::Strings;
use crate::model::exercise::MAX_EXERCISES;
use crate::model::{Block, Exercise, Id, Run, Step, Timestamp};
use crate::storage::local::Local;
use crate::storage::Backend;
use crate::ui::state::{now, random_id, use_app, AppState};
use leptos::prelude::*;

pub const EXERCISES_KEY: &str = "canevas.exercises";
pub const TIMER_KEY: &str = "canevas.timer";

/// The facilitator's exercises and the run in progress, shared through
/// context.
#[derive(Clone, Copy)]
pub struct Library {
    pub custom: RwSignal<Vec<Exercise>>,
    pub run: RwSignal<Option<Run>>,
    pub sound: RwSignal<bool>,
    /// The time the clock was last read; ticks while a run is on.
    pub now: RwSignal<Timestamp>,
    app: AppState,
}

thread_local! {
    /// The one library, also for code that runs outside the component tree
    /// (a file read after an await has no reactive owner to ask).
    static LIBRARY: std::cell::Cell<Option<Library>> = const { std::cell::Cell::new(None) };
}

#[derive(serde::Serialize, serde::Deserialize, Default)]
struct TimerRecord {
    #[serde(default)]
    sound: bool,
    #[serde(default)]
    run: Option<Run>,
}

fn read(key: &str) -> Option<String> {
    Local::open()?.get(key).ok().flatten()
}

/// Writes a record; reports a failure the way the projects' saves do.
fn write(app: AppState, key: &str, value: &str) {
    let ok = Local::open().is_some_and(|mut l| l.set(key, value).is_ok());
    if !ok {
        app.say(true, |t| t.not_saved_other.to_owned());
    }
}

pub fn library() -> Library {
    LIBRARY
        .with(std::cell::Cell::get)
        .expect("the library is installed with the app")
}

impl Library {
    /// Reads the library from storage, once, when the app starts.
    pub fn install() {
        let lib = Library::load();
        // A new app (component tests mount several) gets a new library.
        LIBRARY.with(|l| l.set(Some(lib)));
    }

    fn load() -> Library {
        let custom = read(EXERCISES_KEY)
            .and_then(|raw| import_exercises(raw.as_bytes()).ok())
            .unwrap_or_default();
        let timer: TimerRecord = read(TIMER_KEY)
            .and_then(|raw| serde_json::from_str(&raw).ok())
            .unwrap_or_default();
        Library {
            custom: RwSignal::new(custom),
            run: RwSignal::new(timer.run),
            sound: RwSignal::new(timer.sound),
            now: RwSignal::new(now()),
            app: use_app(),
        }
    }

    /// Changes the facilitator's exercises and stores them at once.
    pub fn change(&self, f: impl FnOnce(&mut Vec<Exercise>)) {
        self.custom.update(|xs| {
            f(xs);
            xs.truncate(MAX_EXERCISES);
            xs.iter_mut().for_each(Exercise::enforce_limits);
        });
        let text = self.custom.with_untracked(|xs| export_exercises(xs, now()));
        write(self.app, EXERCISES_KEY, &text);
    }

    /// Changes the run (or starts or stops it) and stores it at once.
    pub fn change_run(&self, f: impl FnOnce(&mut Option<Run>, Timestamp)) {
        let t = now();
        self.now.set(t);
        self.run.update(|r| f(r, t));
        self.store_timer();
    }

    pub fn store_timer(&self) {
        let record = TimerRecord {
            sound: self.sound.get_untracked(),
            run: self.run.get_untracked(),
        };
        write(
            self.app,
            TIMER_KEY,
            &serde_json::to_string(&record).expect("serialises"),
        );
    }

    /// An exercise by id: built-in (in the current language) or custom.
    pub fn find(&self, t: &'static Strings, id: &Id) -> Option<Exercise> {
        t.facilitator
            .builtins
            .iter()
            .find(|b| b.id == id.as_str())
            .map(|b| builtin(t, b))
            .or_else(|| {
                self.custom
                    .with(|xs| xs.iter().find(|x| &x.id == id).cloned())
            })
    }

    /// Adds imported exercises, replacing those with the same id.
    pub fn import(&self, incoming: Vec<Exercise>) {
        let n = incoming.len();
        self.change(|xs| {
            for x in incoming {
                match xs.iter_mut().find(|e| e.id == x.id) {
                    Some(e) => *e = x,
                    None => xs.push(x),
                }
            }
        });
        self.app
            .say(false, move |t| (t.facilitator.exercises_imported)(n));
    }
}

/// A built-in exercise as an [`Exercise`].
pub fn builtin(t: &Strings, b: &BuiltIn) -> Exercise {
    Exercise {
        id: Id::parse(b.id).expect("built-in ids are ids"),
        title: b.title.into(),
        description: b.description.into(),
        steps: b
            .steps
            .iter()
            .map(|&(title, prompt, minutes, block)| Step {
                title: match (title, block) {
                    ("", Some(block)) => (t.block)(block).into(),
                    _ => title.into(),
                },
                prompt: prompt.into(),
                minutes,
                block,
            })
            .collect(),
        created_at: Timestamp(0),
        updated_at: Timestamp(0),
    }
}

/// The exercises page: the library, the facilitator's own, the editor.
#[component]
pub fn ExercisesPage() -> impl IntoView {
    let app = use_app();
    let lib = library();
    let editing = RwSignal::new(None::<Id>);
    let f = move || app.t().facilitator;
    let create = move |_| {
        let t = now();
        let x = Exercise {
            id: random_id(),
            title: f().new_exercise_title.into(),
            description: String::new(),
            steps: vec![Step::new((f().step_label)(1), 5)],
            created_at: t,
            updated_at: t,
        };
        editing.set(Some(x.id.clone()));
        lib.change(|xs| xs.push(x));
    };
    let export = move |_| {
        let t = now();
        let text = lib.custom.with_untracked(|xs| export_exercises(xs, t));
        crate::ui::files::download(&crate::format::file_name("canevas-exercises", t), &text);
    };
    let builtins = move || {
        app.t()
            .facilitator
            .builtins
            .iter()
            .map(|b| {
                let id = Id::parse(b.id).expect("built-in ids are ids");
                let find = id.clone();
                let data = Signal::derive(move || lib.find(app.t(), &find));
                view! { <li><ExerciseCard id data custom=false editing/></li> }
            })
            .collect_view()
    };
    let ids = Memo::new(move |_| {
        lib.custom
            .with(|xs| xs.iter().map(|x| x.id.clone()).collect::<Vec<_>>())
    });
    let customs = move || {
        if ids.with(Vec::is_empty) {
            return view! { <p class="hint">{f().none_yet}</p> }.into_any();
        }
        view! {
            <ul class="exercise-list">
                <For each=move || ids.get() key=|id| id.clone() children=move |id| {
                    let find = id.clone();
                    let data = Signal::derive(move || lib.custom.with(|xs| xs.iter().find(|x| x.id == find).cloned()));
                    view! { <li><ExerciseCard id data custom=true editing/></li> }
                }/>
            </ul>
        }
        .into_any()
    };
    view! {
        <div class="exercises-page">
            <div class="page-head">
                <h1>{move || f().exercises}</h1>
                <div class="card-actions">
                    <button type="button" class="primary" on:click=create>{move || f().new_exercise}</button>
                    <button type="button" on:click=export disabled=move || lib.custom.with(Vec::is_empty)>
                        {move || f().export_exercises}
                    </button>
                </div>
            </div>
            <p class="hint">{move || f().exercises_intro}</p>
            <section aria-labelledby="yours-title">
                <h2 id="yours-title">{move || f().yours}</h2>
                {customs}
            </section>
            <section aria-labelledby="builtin-title">
                <h2 id="builtin-title">{move || f().built_in}</h2>
                <ul class="exercise-list">{builtins}</ul>
            </section>
        </div>
    }
}

#[component]
fn ExerciseCard(
    id: Id,
    data: Signal<Option<Exercise>>,
    custom: bool,
    editing: RwSignal<Option<Id>>,
) -> impl IntoView {
    let app = use_app();
    let lib = library();
    let f = move || app.t().facilitator;
    let heading = format!("exercise-{id}");
    let labelled_by = heading.clone();
    let is_editing = {
        let id = id.clone();
        Memo::new(move |_| custom && editing.with(|e| e.as_ref() == Some(&id)))
    };
    let run = move |_| {
        let Some(x) = data.get_untracked() else {
            return;
        };
        lib.change_run(|r, t| *r = Some(Run::start(&x, t)));
        crate::ui::state::focus_by_id("timer");
    };
    let copy = move |_| {
        let Some(x) = data.get_untracked() else {
            return;
        };
        let copy = x.copy(random_id(), (app.t().copy_of)(&x.title), now());
        editing.set(Some(copy.id.clone()));
        lib.change(|xs| xs.push(copy));
    };
    let (edit_id, delete_id, editor_id) = (id.clone(), id.clone(), id.clone());
    let delete = move |_| {
        lib.change(|xs| xs.retain(|x| x.id != delete_id));
        app.say(false, move |t| t.facilitator.exercise_deleted.to_owned());
        crate::ui::state::focus_by_id("main");
    };
    let field = move |g: fn(&Exercise) -> String| {
        move || data.with(|x| x.as_ref().map(g).unwrap_or_default())
    };
    let steps = move || {
        data.with(|x| {
            x.as_ref().map(|x| {
                x.steps
                    .iter()
                    .map(|s| {
                        let m = s.minutes;
                        view! { <li>{s.title.clone()}" · "{move || (f().minutes)(m)}</li> }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <article class="exercise-card" aria-labelledby=labelled_by>
            <h3 id=heading>{field(|x| x.title.clone())}</h3>
            <p class="meta">{move || (f().minutes)(data.with(|x| x.as_ref().map_or(0, Exercise::total_minutes)))}</p>
            <p>{field(|x| x.description.clone())}</p>
            {move || if is_editing.get() {
                view! { <Editor id=editor_id.clone() data/> }.into_any()
            } else {
                view! { <ol class="steps">{steps}</ol> }.into_any()
            }}
            <div class="card-actions">
                <button type="button" class="primary" on:click=run>{move || f().run}</button>
                {if custom {
                    let edit_id = edit_id.clone();
                    view! {
                        <button type="button" aria-expanded=move || is_editing.get().to_string() on:click=move |_| {
                            editing.update(|e| *e = if e.as_ref() == Some(&edit_id) { None } else { Some(edit_id.clone()) });
                        }>{move || f().edit}</button>
                        <button type="button" class="danger" on:click=delete.clone()>{move || f().delete_exercise}</button>
                    }.into_any()
                } else {
                    view! { <button type="button" on:click=copy>{move || f().copy_edit}</button> }.into_any()
                }}
            </div>
        </article>
    }
}

/// Edits one of the facilitator's exercises in place; every change is
/// stored at once.
#[component]
fn Editor(id: Id, data: Signal<Option<Exercise>>) -> impl IntoView {
    let app = use_app();
    let lib = library();
    let f = move || app.t().facilitator;
    let set = StoredValue::new(id.clone());
    let edit = move |g: &dyn Fn(&mut Exercise)| {
        let id = set.get_value();
        lib.change(|xs| {
            if let Some(x) = xs.iter_mut().find(|x| x.id == id) {
                g(x);
                x.updated_at = now();
            }
        });
    };
    let count = Memo::new(move |_| data.with(|x| x.as_ref().map_or(0, |x| x.steps.len())));
    let step = move |i: usize, g: fn(&Step) -> String| {
        move || {
            data.with(|x| {
                x.as_ref()
                    .and_then(|x| x.steps.get(i))
                    .map(g)
                    .unwrap_or_default()
            })
        }
    };
    let p = format!("ex-{id}");
    let step_view = {
        let p = p.clone();
        move |i: usize| {
            let p = format!("{p}-{i}");
            let block_now = move || {
                data.with(|x| {
                    x.as_ref()
                        .and_then(|x| x.steps.get(i))
                        .and_then(|s| s.block)
                })
            };
            view! {
                <fieldset class="step-editor">
                    <legend>{move || (f().step_label)(i + 1)}</legend>
                    <div class="field">
                        <label for=format!("{p}-title")>{move || f().step_title}</label>
                        <input type="text" id=format!("{p}-title") prop:value=step(i, |s| s.title.clone())
                            on:input:target=move |e| { let v = e.target().value(); edit(&|x| if let Some(s) = x.steps.get_mut(i) { s.title = v.clone() }) }/>
                    </div>
                    <div class="field">
                        <label for=format!("{p}-minutes")>{move || f().step_minutes}</label>
                        <input type="number" min="1" max=crate::model::exercise::MAX_STEP_MINUTES.to_string() id=format!("{p}-minutes")
                            prop:value=step(i, |s| s.minutes.to_string())
                            on:change:target=move |e| {
                                if let Ok(m) = e.target().value().trim().parse::<u32>() {
                                    edit(&|x| if let Some(s) = x.steps.get_mut(i) { s.minutes = m });
                                }
                            }/>
                    </div>
                    <div class="field">
                        <label for=format!("{p}-block")>{move || f().step_block}</label>
                        <select id=format!("{p}-block") on:change:target=move |e| {
                            let b = Block::ALL.into_iter().find(|b| b.key() == e.target().value());
                            edit(&|x| if let Some(s) = x.steps.get_mut(i) { s.block = b });
                        }>
                            {move || {
                                let (t, current) = (app.t(), block_now());
                                std::iter::once(view! { <option value="" selected=current.is_none()>{t.facilitator.no_block}</option> }.into_any())
                                    .chain(Block::ALL.into_iter().map(|b| view! { <option value=b.key() selected=current == Some(b)>{(t.block)(b)}</option> }.into_any()))
                                    .collect_view()
                            }}
                        </select>
                    </div>
                    <div class="field">
                        <label for=format!("{p}-prompt")>{move || f().step_prompt}</label>
                        <textarea id=format!("{p}-prompt") rows="3" prop:value=step(i, |s| s.prompt.clone())
                            on:input:target=move |e| { let v = e.target().value(); edit(&|x| if let Some(s) = x.steps.get_mut(i) { s.prompt = v.clone() }) }></textarea>
                    </div>
                    <button type="button" class="danger small" disabled=move || count.get() <= 1
                        on:click=move |_| edit(&|x| if x.steps.len() > 1 && i < x.steps.len() { x.steps.remove(i); })>
                        {move || f().remove_step}
                    </button>
                </fieldset>
            }
        }
    };
    view! {
        <div class="exercise-editor">
            <div class="field">
                <label for=format!("{p}-title")>{move || f().exercise_title}</label>
                <input type="text" id=format!("{p}-title") prop:value=move || data.with(|x| x.as_ref().map(|x| x.title.clone()).unwrap_or_default())
                    on:input:target=move |e| { let v = e.target().value(); edit(&|x| x.title = v.clone()) }/>
            </div>
            <div class="field">
                <label for=format!("{p}-description")>{move || f().exercise_description}</label>
                <textarea id=format!("{p}-description") rows="2" prop:value=move || data.with(|x| x.as_ref().map(|x| x.description.clone()).unwrap_or_default())
                    on:input:target=move |e| { let v = e.target().value(); edit(&|x| x.description = v.clone()) }></textarea>
            </div>
            <For each=move || 0..count.get() key=|i| *i children=step_view/>
            <button type="button" on:click=move |_| {
                let label = (f().step_label)(count.get_untracked() + 1);
                edit(&|x| if x.steps.len() < crate::model::exercise::MAX_STEPS { x.steps.push(Step::new(label.clone(), 5)) })
            }>{move || f().add_step}</button>
        </div>
    }
}
