//! The exercise library: built-in exercises in the interface's language,
//! the facilitator's own (stored under `canevas.exercises` as an exercises
//! file, exported and imported the same way), and the run in progress
//! (`canevas.timer`, so a reload keeps the clock).

use crate::format::exchange::{export_exercises, import_exercises};
use crate::i18n::facilitator::{builtins, BuiltIn};
use crate::i18n::Strings;
use crate::model::exercise::{import, Imported, MAX_EXERCISES};
use crate::model::place::{Part, Place, Tool};
use crate::model::{Block, Exercise, Id, Run, Step, Timestamp};
use crate::storage::local::Local;
use crate::storage::{read_record, Backend};
use crate::ui::dom::{data_of, el, host, El};
use crate::ui::feedback::report_record;
use crate::ui::intl;
use crate::ui::state::{now, random_id, use_app, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub const EXERCISES_KEY: &str = "canevas.exercises";
pub const TIMER_KEY: &str = "canevas.timer";

/// The facilitator's exercises and the run in progress, shared through
/// context.
#[derive(Clone, Copy)]
pub struct Library {
    pub custom: RwSignal<Vec<Exercise>>,
    pub run: RwSignal<Option<Run>>,
    pub sound: RwSignal<bool>,
    /// The exercise deleted last and where it was, until it is restored.
    pub deleted: RwSignal<Option<(usize, Exercise)>>,
    /// The time the clock was last read; ticks while a run is on.
    pub now: RwSignal<Timestamp>,
    /// The stored exercises could not be read and are still under their
    /// key (a newer version's): never written over until a reload.
    locked: bool,
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
        let app = use_app();
        // An unreadable record is set aside before the next edit could
        // write over it; one from a newer version is left alone, and the
        // library stays read-only until the page is reloaded.
        let read_stored = Local::open().map(|mut l| {
            read_record(&mut l, EXERCISES_KEY, now(), |raw| {
                import_exercises(raw.as_bytes())
            })
        });
        let (custom, locked) = match read_stored {
            Some(Ok(xs)) => (xs.unwrap_or_default(), false),
            Some(Err(problem)) => (Vec::new(), report_record(app, problem)),
            None => (Vec::new(), false),
        };
        let timer: TimerRecord = read(TIMER_KEY)
            .and_then(|raw| crate::format::read_record(&raw).ok())
            .unwrap_or_default();
        Library {
            custom: RwSignal::new(custom),
            run: RwSignal::new(timer.run),
            sound: RwSignal::new(timer.sound),
            deleted: RwSignal::new(None),
            now: RwSignal::new(now()),
            locked,
            app,
        }
    }

    /// Changes the facilitator's exercises and stores them at once.
    pub fn change(&self, f: impl FnOnce(&mut Vec<Exercise>)) {
        if self.locked {
            self.app
                .say(true, |t| t.facilitator().records_locked.to_owned());
            return;
        }
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
        builtins(t.lang)
            .iter()
            .find(|b| b.id == id.as_str())
            .map(|b| builtin(t, b))
            .or_else(|| {
                self.custom
                    .with(|xs| xs.iter().find(|x| &x.id == id).cloned())
            })
    }

    /// Reads an imported exercises file, then adds its exercises; one that
    /// does not read gets the import's message and changes nothing.
    pub fn import_file(&self, name: String, file: crate::format::exchange::Unread) {
        match file.read() {
            Ok(xs) => self.import(xs),
            Err(e) => self.app.say(true, move |t| {
                (t.not_imported)(&name, &(t.import_error)(&e))
            }),
        }
    }

    /// Adds imported exercises: a same-id one only replaces an older copy,
    /// and one named like a built-in gets a fresh id.
    pub fn import(&self, incoming: Vec<Exercise>) {
        if self.locked {
            return self.change(|_| {});
        }
        let reserved: Vec<&str> = crate::i18n::Lang::ALL
            .into_iter()
            .flat_map(builtins)
            .map(|b| b.id)
            .collect();
        let mut n = Imported::default();
        self.change(|xs| n = import(xs, incoming, &reserved, &mut random_id));
        self.app.say(false, move |t| {
            let count = |n| intl::count(t.lang, n);
            (t.facilitator().exercises_imported)(count(n.added), count(n.updated), count(n.kept))
        });
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
            .map(|&(title, prompt, minutes, place)| {
                let mut step = Step::new(
                    match (title, place) {
                        ("", Some(Place::Block(block))) => (t.block)(block),
                        _ => title,
                    },
                    minutes,
                );
                step.prompt = prompt.into();
                step.set_place(place);
                step
            })
            .collect(),
        created_at: Timestamp(0),
        updated_at: Timestamp(0),
    }
}

/// The exercises page: the library, the facilitator's own, the editor.
/// Drawn by the small DOM builder (`dom.rs`) when the language, the list or
/// the exercise being edited changes, never while typing; buttons and
/// fields carry `data-*` attributes and their events are handled here.
#[component]
pub fn ExercisesPage() -> impl IntoView {
    let app = use_app();
    let lib = library();
    let drafts = crate::ui::draft::drafts();
    let editing = RwSignal::new(None::<Id>);
    let starting = RwSignal::new(None::<Id>);
    // Bumped when the editor's steps are added or removed.
    let shape = RwSignal::new(0u32);
    let ids = Memo::new(move |_| {
        lib.custom
            .with(|xs| xs.iter().map(|x| x.id.clone()).collect::<Vec<_>>())
    });
    let later = |id: String| request_animation_frame(move || crate::ui::state::focus_by_id(&id));
    let open_editor = move |id: Id| {
        later(format!("ex-{id}-title"));
        editing.set(Some(id));
    };
    let on_click = move |e: web_sys::MouseEvent| {
        let Some((action, el)) = data_of(&e, "action") else {
            return;
        };
        let t = app.t();
        let f = t.facilitator();
        let id = el.get_attribute("data-id").and_then(|i| Id::parse(&i));
        let step: Option<usize> = el.get_attribute("data-step").and_then(|s| s.parse().ok());
        let find = |id: &Id| lib.find(t, id);
        match (action.as_str(), id) {
            ("new", _) => {
                let at = now();
                let x = Exercise {
                    id: random_id(),
                    title: f.new_exercise_title.into(),
                    description: String::new(),
                    steps: vec![Step::new((f.step_label)(1), 5)],
                    created_at: at,
                    updated_at: at,
                };
                let id = x.id.clone();
                lib.change(|xs| xs.push(x));
                open_editor(id);
            }
            ("export", _) => {
                let at = now();
                let text = lib.custom.with_untracked(|xs| export_exercises(xs, at));
                crate::ui::files::download(
                    &crate::format::file_name("canevas-exercises", at),
                    &text,
                );
            }
            // Which project the room works on is asked first.
            ("run", Some(id)) => starting.set(Some(id)),
            ("copy", Some(id)) => {
                if let Some(x) = find(&id) {
                    let copy = x.copy(random_id(), (t.copy_of)(&x.title), now());
                    let id = copy.id.clone();
                    lib.change(|xs| xs.push(copy));
                    open_editor(id);
                }
            }
            ("edit", Some(id)) => {
                later(format!("edit-{id}"));
                editing.update(|e| {
                    *e = if e.as_ref() == Some(&id) {
                        None
                    } else {
                        Some(id)
                    }
                });
            }
            ("delete", Some(id)) => {
                lib.change(|xs| {
                    if let Some(i) = xs.iter().position(|x| x.id == id) {
                        lib.deleted.set(Some((i, xs.remove(i))));
                    }
                });
                lib.app
                    .say(false, move |t| t.facilitator().exercise_deleted.to_owned());
                crate::ui::state::focus_by_id("main");
            }
            ("restore", _) => {
                if let Some((i, x)) = lib.deleted.try_update(Option::take).flatten() {
                    lib.change(|xs| xs.insert(i.min(xs.len()), x));
                    crate::ui::state::focus_by_id("main");
                }
            }
            ("add-step", Some(id)) => {
                let mut n = 0;
                let label = |n: usize| (f.step_label)(n + 1);
                edit(lib, &id, &mut |x| {
                    n = x.steps.len();
                    if n < crate::model::exercise::MAX_STEPS {
                        x.steps.push(Step::new(label(n), 5));
                    }
                });
                later(format!("ex-{id}-{n}-title"));
                shape.update(|v| *v += 1);
            }
            ("remove-step", Some(id)) => {
                if let Some(i) = step {
                    edit(lib, &id, &mut |x| {
                        if x.steps.len() > 1 && i < x.steps.len() {
                            x.steps.remove(i);
                        }
                    });
                    later(format!("add-step-{id}"));
                    shape.update(|v| *v += 1);
                }
            }
            _ => {}
        }
    };
    // Typing in the editor: stored at once; the card's title and total
    // follow without redrawing the fields.
    let on_field = move |e: web_sys::Event| {
        let Some((field, el)) = data_of(&e, "field") else {
            return;
        };
        let Some(id) = editing.get_untracked() else {
            return;
        };
        let value = el
            .dyn_ref::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .or_else(|| {
                el.dyn_ref::<web_sys::HtmlTextAreaElement>()
                    .map(|t| t.value())
            })
            .or_else(|| {
                el.dyn_ref::<web_sys::HtmlSelectElement>()
                    .map(|s| s.value())
            })
            .unwrap_or_default();
        let step: usize = el
            .get_attribute("data-step")
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let mut total = None;
        let f = app.t().facilitator();
        edit(lib, &id, &mut |x| {
            let s = x.steps.get_mut(step);
            match (field.as_str(), s) {
                ("title", _) => x.title = value.clone(),
                ("description", _) => x.description = value.clone(),
                ("step-title", Some(s)) => s.title = value.clone(),
                ("step-prompt", Some(s)) => s.prompt = value.clone(),
                ("step-block", Some(s)) => s.set_place(Place::from_key(&value)),
                // Out of range: refused, kept as typed with its reason.
                ("step-minutes", Some(s)) => {
                    let max = crate::model::exercise::MAX_STEP_MINUTES;
                    let m = value.trim().parse::<u32>().ok();
                    let m = m.filter(|m| (1..=max).contains(m));
                    let key = minutes_key(&id, step);
                    drafts.set(&key, m.is_none().then(|| value.clone()));
                    let why = m.map_or_else(|| (f.minutes_invalid)(max), |_| String::new());
                    let _ = el.set_attribute("aria-invalid", &m.is_none().to_string());
                    if let Some(p) = el.next_element_sibling() {
                        p.set_text_content(Some(&why));
                    }
                    if let Some(m) = m {
                        s.minutes = m;
                    }
                }
                _ => {}
            }
            total = Some(x.total_minutes());
        });
        let set_text = |id: String, text: &str| {
            if let Some(el) = document().get_element_by_id(&id) {
                el.set_text_content(Some(text));
            }
        };
        if field == "title" {
            set_text(format!("exercise-{id}"), &value);
        }
        if let Some(total) = total {
            let total = intl::count(app.t().lang, total as usize);
            set_text(format!("exercise-{id}-minutes"), &(f.minutes)(total));
        }
    };
    view! {
        <div class="exercises-page" on:click=on_click on:input=on_field on:change=on_field>
            {host("exercises-body", move || {
                let t = app.t();
                let f = t.facilitator();
                let ids = ids.get();
                let editing = editing.get();
                shape.track();
                let button = |label: &str, action: &str, class: &str| {
                    el("button").attr("type", "button").class(class).attr("data-action", action).text(label)
                };
                let export = button(f.export_exercises, "export", "");
                let export = if ids.is_empty() { export.attr("disabled", "") } else { export };
                let restore = lib.deleted.with(|d| d.as_ref().map(|(_, x)| button(&(f.restore)(&x.title), "restore", "")));
                let customs = if ids.is_empty() {
                    el("p").class("hint").text(f.none_yet)
                } else {
                    el("ul").class("exercise-list").children(ids.iter().filter_map(|id| {
                        let x = lib.custom.with_untracked(|xs| xs.iter().find(|x| &x.id == id).cloned())?;
                        let open = editing.as_ref() == Some(id);
                        Some(card(t, &x, true, open))
                    }))
                };
                let builtins = builtins(t.lang).iter().map(|b| card(t, &builtin(t, b), false, false));
                el("div")
                    .child(
                        el("div").class("page-head")
                            .child(el("h1").text(f.exercises))
                            .child(el("div").class("card-actions").child(button(f.new_exercise, "new", "primary")).child(export).children(restore)),
                    )
                    .child(el("p").class("hint").text(f.exercises_intro))
                    .child(
                        el("section").attr("aria-labelledby", "yours-title")
                            .child(el("h2").attr("id", "yours-title").text(f.yours))
                            .child(customs),
                    )
                    .child(
                        el("section").attr("aria-labelledby", "builtin-title")
                            .child(el("h2").attr("id", "builtin-title").text(f.built_in))
                            .child(el("ul").class("exercise-list").children(builtins)),
                    )
            })}
        </div>
        <super::run::RunDialog exercise=starting/>
    }
}

/// Changes one of the facilitator's exercises and stores it at once.
fn edit(lib: Library, id: &Id, g: &mut dyn FnMut(&mut Exercise)) {
    lib.change(|xs| {
        if let Some(x) = xs.iter_mut().find(|x| &x.id == id) {
            g(x);
            x.updated_at = now();
        }
    });
}

/// One exercise's card: what it is, Run, Copy or Edit and Delete, and the
/// editor when it is open.
fn card(t: &'static Strings, x: &Exercise, custom: bool, open: bool) -> El {
    let f = t.facilitator();
    let id = x.id.as_str();
    let heading = format!("exercise-{id}");
    let button = |label: &str, action: &str, class: &str| {
        el("button")
            .attr("type", "button")
            .class(class)
            .attr("data-action", action)
            .attr("data-id", id)
            .text(label)
    };
    let body = if open {
        editor(t, x)
    } else {
        el("ol").class("steps").children(x.steps.iter().map(|s| {
            el("li").attr("data-nav-item", "").text(&format!(
                "{} · {}",
                s.title,
                (f.minutes)(intl::count(t.lang, s.minutes as usize))
            ))
        }))
    };
    let actions = el("div")
        .class("card-actions")
        .child(button(f.run, "run", "primary"));
    let actions = if custom {
        actions
            .child(
                button(f.edit, "edit", "")
                    .attr("id", &format!("edit-{id}"))
                    .attr("aria-expanded", if open { "true" } else { "false" }),
            )
            .child(button(f.delete_exercise, "delete", "danger"))
    } else {
        actions.child(button(f.copy_edit, "copy", ""))
    };
    el("li").child(
        el("article")
            .class("exercise-card")
            .attr("aria-labelledby", &heading)
            .attr("data-nav-group", "")
            .child(el("h3").attr("id", &heading).text(&x.title))
            .child(
                el("p")
                    .class("meta")
                    .attr("id", &format!("{heading}-minutes"))
                    .text(&(f.minutes)(intl::count(
                        t.lang,
                        x.total_minutes() as usize,
                    ))),
            )
            .child(el("p").text(&x.description))
            .child(body)
            .child(actions),
    )
}

/// The editor of one of the facilitator's exercises.
/// The draft key of a step's minutes (refused text kept for the session).
fn minutes_key(exercise: &Id, step: usize) -> String {
    crate::ui::draft::key(exercise, &format!("step-{step}-minutes"))
}

fn editor(t: &'static Strings, x: &Exercise) -> El {
    let f = t.facilitator();
    let drafts = crate::ui::draft::drafts();
    let p = format!("ex-{}", x.id);
    let field = |id: &str, label: &str, input: El| {
        el("div")
            .class("field")
            .child(el("label").attr("for", id).text(label))
            .child(input.attr("id", id))
    };
    let text = |name: &str, value: &str, step: usize| {
        el("input")
            .attr("type", "text")
            .attr("data-field", name)
            .attr("data-step", &step.to_string())
            .value(value)
    };
    let area = |name: &str, value: &str, step: usize, rows: &str| {
        el("textarea")
            .attr("rows", rows)
            .attr("data-field", name)
            .attr("data-step", &step.to_string())
            .value(value)
    };
    let many = x.steps.len() > 1;
    let steps = x.steps.iter().enumerate().map(|(i, s)| {
        let q = format!("{p}-{i}");
        let place = s.place();
        let option = |p: Option<Place>, name: &str| {
            let o = el("option")
                .attr("value", &p.map(Place::key).unwrap_or_default())
                .text(name);
            if p == place {
                o.attr("selected", "")
            } else {
                o
            }
        };
        let group = |label: &str, places: Vec<Place>| {
            el("optgroup").attr("label", label).children(
                places
                    .into_iter()
                    .map(|p| option(Some(p), crate::i18n::place_name(t, p))),
            )
        };
        let parts = |tool| {
            Part::ALL
                .into_iter()
                .filter(|p| p.tool() == tool)
                .map(Place::Part)
                .collect()
        };
        let options = [
            option(None, f.no_block),
            group(f.place_canvas, Block::ALL.map(Place::Block).to_vec()),
            group(t.fit.title, parts(Tool::Fit)),
            group(t.feasibility.title, parts(Tool::Feasibility)),
            group(t.diffusion.tab, parts(Tool::Diffusion)),
        ];
        let max = crate::model::exercise::MAX_STEP_MINUTES;
        let typed = drafts.peek(&minutes_key(&x.id, i));
        let why = typed.as_ref().map(|_| (f.minutes_invalid)(max));
        let minutes = el("input")
            .attr("type", "number")
            .attr("min", "1")
            .attr("max", &max.to_string())
            .attr("data-field", "step-minutes")
            .attr("data-step", &i.to_string())
            .attr("aria-invalid", &typed.is_some().to_string())
            .attr("aria-describedby", &format!("{q}-minutes-error"))
            .value(&typed.unwrap_or_else(|| s.minutes.to_string()));
        let block = el("select")
            .attr("data-field", "step-block")
            .attr("data-step", &i.to_string())
            .children(options);
        let remove = el("button")
            .attr("type", "button")
            .class("danger small")
            .attr("data-action", "remove-step")
            .attr("data-id", x.id.as_str())
            .attr("data-step", &i.to_string())
            .text(f.remove_step);
        let remove = if many {
            remove
        } else {
            remove.attr("disabled", "")
        };
        el("fieldset")
            .class("step-editor")
            .child(el("legend").text(&(f.step_label)(i + 1)))
            .child(field(
                &format!("{q}-title"),
                f.step_title,
                text("step-title", &s.title, i),
            ))
            .child(
                field(&format!("{q}-minutes"), f.step_minutes, minutes).child(
                    el("p")
                        .class("field-error")
                        .attr("id", &format!("{q}-minutes-error"))
                        .text(why.as_deref().unwrap_or_default()),
                ),
            )
            .child(field(&format!("{q}-block"), f.step_block, block))
            .child(field(
                &format!("{q}-prompt"),
                f.step_prompt,
                area("step-prompt", &s.prompt, i, "3"),
            ))
            .child(remove)
    });
    el("div")
        .class("exercise-editor")
        .child(field(
            &format!("{p}-title"),
            f.exercise_title,
            text("title", &x.title, 0),
        ))
        .child(field(
            &format!("{p}-description"),
            f.exercise_description,
            area("description", &x.description, 0, "2"),
        ))
        .children(steps)
        .child(
            el("button")
                .attr("type", "button")
                .attr("id", &format!("add-step-{}", x.id))
                .attr("data-action", "add-step")
                .attr("data-id", x.id.as_str())
                .text(f.add_step),
        )
}
