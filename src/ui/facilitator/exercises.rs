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
    pub(super) app: AppState,
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
/// Words are drawn once per language; only the data that changes is
/// reactive (keeps the app small: every reactive closure is code).
#[component]
pub fn ExercisesPage() -> impl IntoView {
    let app = use_app();
    let lib = library();
    let editing = RwSignal::new(None::<Id>);
    let ids = Memo::new(move |_| {
        lib.custom
            .with(|xs| xs.iter().map(|x| x.id.clone()).collect::<Vec<_>>())
    });
    move || {
        let t = app.t();
        let f = t.facilitator;
        let create = move |_| {
            let at = now();
            let x = Exercise {
                id: random_id(),
                title: f.new_exercise_title.into(),
                description: String::new(),
                steps: vec![Step::new((f.step_label)(1), 5)],
                created_at: at,
                updated_at: at,
            };
            editing.set(Some(x.id.clone()));
            lib.change(|xs| xs.push(x));
        };
        let export = move |_| {
            let at = now();
            let text = lib.custom.with_untracked(|xs| export_exercises(xs, at));
            crate::ui::files::download(&crate::format::file_name("canevas-exercises", at), &text);
        };
        let builtins = f
            .builtins
            .iter()
            .map(|b| {
                card(
                    t,
                    Id::parse(b.id).expect("built-in ids are ids"),
                    false,
                    editing,
                )
            })
            .collect_view();
        let customs = move || {
            let ids = ids.get();
            if ids.is_empty() {
                return view! { <p class="hint">{f.none_yet}</p> }.into_any();
            }
            view! {
                <ul class="exercise-list">{ids.into_iter().map(|id| card(t, id, true, editing)).collect_view()}</ul>
            }
            .into_any()
        };
        view! {
            <div class="exercises-page">
                <div class="page-head">
                    <h1>{f.exercises}</h1>
                    <div class="card-actions">
                        <button type="button" class="primary" on:click=create>{f.new_exercise}</button>
                        <button type="button" on:click=export disabled=move || ids.with(Vec::is_empty)>{f.export_exercises}</button>
                    </div>
                </div>
                <p class="hint">{f.exercises_intro}</p>
                <section aria-labelledby="yours-title">
                    <h2 id="yours-title">{f.yours}</h2>
                    {customs}
                </section>
                <section aria-labelledby="builtin-title">
                    <h2 id="builtin-title">{f.built_in}</h2>
                    <ul class="exercise-list">{builtins}</ul>
                </section>
            </div>
        }
    }
}

/// One exercise's card: what it is, and Run, Copy, Edit, Delete.
fn card(t: &'static Strings, id: Id, custom: bool, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let lib = library();
    let f = t.facilitator;
    let heading = format!("exercise-{id}");
    let labelled_by = heading.clone();
    let read = id.clone();
    let data = move || lib.find(t, &read);
    let data = StoredValue::new(data);
    let get = move || data.with_value(|d| d());
    let sid = StoredValue::new(id.clone());
    let is_editing = move || custom && editing.with(|e| sid.with_value(|i| e.as_ref() == Some(i)));
    let run = move |_| {
        if let Some(x) = get() {
            lib.change_run(|r, at| *r = Some(Run::start(&x, at)));
            crate::ui::state::focus_by_id("timer");
        }
    };
    let action = move |_| {
        let Some(x) = get() else { return };
        if custom {
            editing.update(|e| {
                *e = if e.as_ref() == Some(&x.id) {
                    None
                } else {
                    Some(x.id.clone())
                }
            });
        } else {
            let copy = x.copy(random_id(), (t.copy_of)(&x.title), now());
            editing.set(Some(copy.id.clone()));
            lib.change(|xs| xs.push(copy));
        }
    };
    let delete = move |_| {
        let Some(x) = get() else { return };
        lib.change(|xs| xs.retain(|e| e.id != x.id));
        lib.app
            .say(false, move |t| t.facilitator.exercise_deleted.to_owned());
        crate::ui::state::focus_by_id("main");
    };
    view! {
        <li>
            <article class="exercise-card" aria-labelledby=labelled_by>
                <h3 id=heading>{move || get().map(|x| x.title)}</h3>
                <p class="meta">{move || get().map(|x| (f.minutes)(x.total_minutes()))}</p>
                <p>{move || get().map(|x| x.description)}</p>
                {move || if is_editing() {
                    editor(t, sid.get_value()).into_any()
                } else {
                    let steps = get().map(|x| x.steps).unwrap_or_default();
                    view! {
                        <ol class="steps">
                            {steps.into_iter().map(|s| view! { <li>{s.title}" · "{(f.minutes)(s.minutes)}</li> }).collect_view()}
                        </ol>
                    }
                    .into_any()
                }}
                <div class="card-actions">
                    <button type="button" class="primary" on:click=run>{f.run}</button>
                    <button type="button" aria-expanded=move || custom.then(|| is_editing().to_string()) on:click=action>
                        {if custom { f.edit } else { f.copy_edit }}
                    </button>
                    {custom.then(|| view! { <button type="button" class="danger" on:click=delete>{f.delete_exercise}</button> })}
                </div>
            </article>
        </li>
    }
}

/// Edits one of the facilitator's exercises in place; every change is
/// stored at once. The fields are filled when the editor opens and not
/// redrawn while typing.
fn editor(t: &'static Strings, id: Id) -> impl IntoView {
    let lib = library();
    let f = t.facilitator;
    let Some(x) = lib
        .custom
        .with_untracked(|xs| xs.iter().find(|x| x.id == id).cloned())
    else {
        return ().into_any();
    };
    let target = StoredValue::new(id.clone());
    let edit = move |g: &dyn Fn(&mut Exercise)| {
        let id = target.get_value();
        lib.change(|xs| {
            if let Some(x) = xs.iter_mut().find(|x| x.id == id) {
                g(x);
                x.updated_at = now();
            }
        });
    };
    let count = RwSignal::new(x.steps.len());
    let p = format!("ex-{id}");
    let field = move |id: String, label: &'static str, input: AnyView| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                {input}
            </div>
        }
    };
    let steps = {
        let p = p.clone();
        move || {
            let steps = lib
                .custom
                .with_untracked(|xs| {
                    xs.iter()
                        .find(|x| x.id == target.get_value())
                        .map(|x| x.steps.clone())
                })
                .unwrap_or_default();
            let n = count.get().min(steps.len());
            steps
                .into_iter()
                .take(n)
                .enumerate()
                .map(|(i, s)| {
                    let p = format!("{p}-{i}");
                    let set = move |g: fn(&mut Step, String), v: String| {
                        edit(&|x| {
                            if let Some(s) = x.steps.get_mut(i) {
                                g(s, v.clone())
                            }
                        })
                    };
                    let blocks = std::iter::once(("", f.no_block, s.block.is_none()))
                        .chain(Block::ALL.into_iter().map(|b| (b.key(), (t.block)(b), s.block == Some(b))))
                        .map(|(k, name, sel)| view! { <option value=k selected=sel>{name}</option> })
                        .collect_view();
                    view! {
                        <fieldset class="step-editor">
                            <legend>{(f.step_label)(i + 1)}</legend>
                            {field(format!("{p}-title"), f.step_title, view! {
                                <input type="text" id=format!("{p}-title") value=s.title
                                    on:input:target=move |e| set(|s, v| s.title = v, e.target().value())/>
                            }.into_any())}
                            {field(format!("{p}-minutes"), f.step_minutes, view! {
                                <input type="number" min="1" max=crate::model::exercise::MAX_STEP_MINUTES.to_string()
                                    id=format!("{p}-minutes") value=s.minutes.to_string()
                                    on:change:target=move |e| set(|s, v| if let Ok(m) = v.trim().parse() { s.minutes = m }, e.target().value())/>
                            }.into_any())}
                            {field(format!("{p}-block"), f.step_block, view! {
                                <select id=format!("{p}-block")
                                    on:change:target=move |e| set(|s, v| s.block = Block::ALL.into_iter().find(|b| b.key() == v), e.target().value())>
                                    {blocks}
                                </select>
                            }.into_any())}
                            {field(format!("{p}-prompt"), f.step_prompt, view! {
                                <textarea id=format!("{p}-prompt") rows="3" prop:value=s.prompt
                                    on:input:target=move |e| set(|s, v| s.prompt = v, e.target().value())></textarea>
                            }.into_any())}
                            <button type="button" class="danger small" disabled=n <= 1 on:click=move |_| {
                                edit(&|x| if x.steps.len() > 1 && i < x.steps.len() { x.steps.remove(i); });
                                count.update(|c| *c = c.saturating_sub(1).max(1));
                            }>{f.remove_step}</button>
                        </fieldset>
                    }
                })
                .collect_view()
        }
    };
    let add = {
        let p = p.clone();
        move |_| {
            let n = count.get_untracked();
            let label = (f.step_label)(n + 1);
            edit(&|x| {
                if x.steps.len() < crate::model::exercise::MAX_STEPS {
                    x.steps.push(Step::new(label.clone(), 5))
                }
            });
            count.set(n + 1);
            let id = format!("{p}-{n}-title");
            request_animation_frame(move || crate::ui::state::focus_by_id(&id));
        }
    };
    view! {
        <div class="exercise-editor">
            {field(format!("{p}-title"), f.exercise_title, view! {
                <input type="text" id=format!("{p}-title") value=x.title
                    on:input:target=move |e| { let v = e.target().value(); edit(&|x| x.title = v.clone()) }/>
            }.into_any())}
            {field(format!("{p}-description"), f.exercise_description, view! {
                <textarea id=format!("{p}-description") rows="2" prop:value=x.description
                    on:input:target=move |e| { let v = e.target().value(); edit(&|x| x.description = v.clone()) }></textarea>
            }.into_any())}
            {steps}
            <button type="button" on:click=add>{f.add_step}</button>
        </div>
    }
    .into_any()
}
