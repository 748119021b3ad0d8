//! The exercise timer: the current step, its prompt and a countdown large
//! enough for the back of a room, on every screen while a run is on.
//!
//! Time comes from the run's timestamps (`model::exercise::Run`); the
//! interval below only redraws, so a tab left in the background shows the
//! right time the moment it is seen again.

use super::exercises::{library, Library};
use crate::model::exercise::{clock, EXTENSION_MS};
use crate::model::place::Tool;
use crate::model::Step;
use crate::model::Timestamp;
use crate::route::Route;
use crate::ui::dom::{all, data_of, el, host};
use crate::ui::projector::projector_on;
use crate::ui::state::{focus_by_id, now, on_window, use_app, AppState};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How often the clock is redrawn.
const TICK_MS: u64 = 250;

/// A short, soft beep, where the browser lets the page make sound.
fn beep() {
    let Ok(ctx) = web_sys::AudioContext::new() else {
        return;
    };
    let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else {
        return;
    };
    let t = ctx.current_time();
    osc.frequency().set_value(880.0);
    let _ = gain.gain().set_value_at_time(0.25, t);
    let _ = gain.gain().linear_ramp_to_value_at_time(0.0, t + 0.8);
    let _ = osc.connect_with_audio_node(&gain);
    let _ = gain.connect_with_audio_node(&ctx.destination());
    let _ = osc.start();
    let _ = osc.stop_with_when(t + 0.8);
    // Let the context go once the beep is over.
    set_timeout(
        move || drop(ctx.close()),
        std::time::Duration::from_millis(1500),
    );
}

#[component]
pub fn TimerPanel() -> impl IntoView {
    let app = use_app();
    let lib = library();

    // Redraw while a run is on; catch up at once when the tab is seen again.
    let running = Memo::new(move |_| lib.run.with(|r| r.as_ref().is_some_and(|r| !r.finished)));
    let tick = StoredValue::new_local(None::<IntervalHandle>);
    Effect::new(move |_| {
        let on = running.get();
        tick.update_value(|h| {
            if let Some(h) = h.take() {
                h.clear();
            }
            if on {
                *h = set_interval_with_handle(
                    move || lib.now.set(now()),
                    std::time::Duration::from_millis(TICK_MS),
                )
                .ok();
            }
        });
    });
    on_cleanup(move || {
        tick.update_value(|h| {
            if let Some(h) = h.take() {
                h.clear();
            }
        })
    });
    highlight(app, lib);
    on_window(ev::visibilitychange, move |_| lib.now.set(now()));
    on_window(ev::focus, move |_| lib.now.set(now()));

    let up = Memo::new(move |_| {
        let at = lib.now.get();
        lib.run
            .with(|r| r.as_ref().is_some_and(|r| !r.finished && r.is_up(at)))
    });
    // The end of a step: a beep if wanted (the visual signal is the class).
    Effect::new(move |was: Option<bool>| {
        let now_up = up.get();
        if now_up && was == Some(false) && lib.sound.get_untracked() {
            beep();
        }
        now_up
    });
    // The clock and the time-up signal follow the time; they are set on
    // the drawn panel directly, so a tick redraws nothing else.
    let seconds = move || {
        let at = lib.now.get();
        lib.run
            .with(|r| r.as_ref().map_or(0, |r| r.seconds_left(at)))
    };
    Effect::new(move |_| {
        let (text, up) = (clock(seconds()), up.get());
        let state = lib.run.with(|r| state_text(app.t(), r.as_ref(), up));
        let doc = document();
        if let Some(el) = doc.get_element_by_id("timer-clock") {
            el.set_text_content(Some(&text));
        }
        if let Some(el) = doc.get_element_by_id("timer-state") {
            el.set_text_content(Some(state));
        }
        if let Some(el) = doc.get_element_by_id("timer") {
            let _ = el.class_list().toggle_with_force("up", up);
        }
    });
    let act = move |button: &str| {
        let g: fn(&mut crate::model::Run, Timestamp) = match button {
            "timer-pause" => |r, at| {
                if r.is_paused() {
                    r.resume(at)
                } else {
                    r.pause(at)
                }
            },
            "timer-extend" => |r, at| r.extend(EXTENSION_MS, at),
            "timer-previous" => |r, at| r.previous(at),
            "timer-next" => |r, at| r.next(at),
            "timer-stop" => {
                lib.change_run(|r, _| *r = None);
                focus_by_id("main");
                return;
            }
            _ => return,
        };
        lib.change_run(|r, at| {
            if let Some(r) = r {
                g(r, at)
            }
        });
        if matches!(button, "timer-next" | "timer-previous") {
            lead(app, lib, false);
        }
        // The panel is drawn anew: give focus back to the button pressed,
        // or, when that ended the run (skipping the last step) and the
        // button is gone, to Stop, which is always there.
        let id = button.to_owned();
        request_animation_frame(move || {
            if document().get_element_by_id(&id).is_some() {
                focus_by_id(&id)
            } else {
                focus_by_id("timer-stop")
            }
        });
    };
    let on_click = move |e: web_sys::MouseEvent| {
        if let Some((_, el)) = data_of(&e, "timer") {
            act(&el.id());
        }
    };
    let on_change = move |e: web_sys::Event| {
        if let Some((_, el)) = data_of(&e, "sound") {
            if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                lib.sound.set(i.checked());
                lib.store_timer();
            }
        }
    };
    // Drawn again when the run changes (a button, not a tick).
    view! {
        <div class="timer-host" on:click=on_click on:change=on_change>
            {host("timer-panel", move || {
                let Some(run) = lib.run.get() else { return el("div") };
                let t = app.t();
                let f = t.facilitator();
                let exercise = lib.find(t, &run.exercise);
                let total = exercise.as_ref().map_or(0, |x| x.steps.len());
                let title = exercise.as_ref().map(|x| x.title.clone()).unwrap_or_default();
                let step = exercise.and_then(|x| x.steps.get(run.step).cloned());
                let step_title = step.as_ref().map(|s| s.title.clone());
                let (paused, finished) = (run.is_paused(), run.finished);
                let at = lib.now.get_untracked();
                let up = !finished && run.is_up(at);
                let button = |id: &str, label: &str| {
                    el("button").attr("type", "button").attr("id", id).attr("data-timer", "").text(label)
                };
                let text = el("div").class("timer-text").child(el("h2").text(&title));
                let text = match (finished, step) {
                    (false, Some(s)) => text
                        .child(el("p").class("timer-step").text(&(f.step_of)(run.step + 1, total)).text(" ").child(el("strong").text(&s.title)))
                        .child(el("p").class("timer-prompt").text(&s.prompt)),
                    _ => text,
                };
                let controls = el("div").class("timer-controls");
                let controls = if finished {
                    controls
                } else {
                    let previous = button("timer-previous", f.previous_step);
                    controls
                        .child(button("timer-pause", if paused { f.resume } else { f.pause }).attr("aria-pressed", if paused { "true" } else { "false" }))
                        .child(button("timer-extend", f.extend))
                        .child(if run.step == 0 { previous.attr("disabled", "") } else { previous })
                        .child(button("timer-next", f.skip))
                };
                let sound = el("input").attr("type", "checkbox").attr("data-sound", "").checked(lib.sound.get_untracked());
                let controls = controls
                    .child(button("timer-stop", f.stop))
                    .child(el("label").class("timer-sound").child(sound).text(f.sound));
                let section = el("section")
                    .attr("id", "timer")
                    .attr("tabindex", "-1")
                    .class(match (paused, up) {
                        (_, true) => "timer up",
                        (true, _) => "timer paused",
                        _ => "timer",
                    })
                    .attr("aria-label", f.timer)
                    .attr("data-nav-group", "")
                    .child(text);
                let section = match (finished, &step_title) {
                    (false, Some(step)) => section.child(
                        el("p").class("timer-clock").attr("id", "timer-clock").attr("role", "timer").attr("aria-label", &(f.timer_on)(step))
                            .text(&clock(run.seconds_left(at))),
                    ),
                    _ => section,
                };
                section
                    .child(el("p").class("timer-state").attr("id", "timer-state").attr("role", "status").text(state_text(t, Some(&run), up)))
                    .child(controls)
            })}
        </div>
    }
}

/// Takes the room to the place of the run's current step: its screen in the
/// run's project, without moving focus (the facilitator's finger stays on
/// Next). A step that names no place stays where the room is, except the
/// first, which opens the project's canvas.
pub fn lead(app: AppState, lib: Library, starting: bool) {
    let Some((project, place)) = lib.run.with_untracked(|r| {
        let r = r.as_ref().filter(|r| !r.finished)?;
        let place = lib
            .find(app.t(), &r.exercise)
            .and_then(|x| x.steps.get(r.step).and_then(Step::place));
        Some((r.project.clone()?, place))
    }) else {
        return;
    };
    let tool = match place {
        Some(p) => p.tool(),
        None if starting => Tool::Canvas,
        None => return,
    };
    if app
        .session
        .with_untracked(|s| s.project(&project).is_none())
    {
        return;
    }
    app.show(Route::tool(tool, project));
}

/// Marks the current step's block or part (`.step-now`) on whatever screen
/// shows it, and brings it into view when the step or the screen changes.
fn highlight(app: AppState, lib: Library) {
    // Which step, not the whole run: pausing or adding a minute moves
    // nothing on screen.
    let step = Memo::new(move |_| {
        lib.run.with(|r| {
            r.as_ref()
                .filter(|r| !r.finished)
                .map(|r| (r.exercise.clone(), r.step))
        })
    });
    Effect::new(move |_| {
        let place = step.get().and_then(|(exercise, at)| {
            lib.find(app.t(), &exercise)
                .and_then(|x| x.steps.get(at).and_then(Step::place))
        });
        // Tracked so the mark follows a new screen or a redrawn canvas.
        app.route.track();
        let _ = projector_on();
        set_timeout(
            move || {
                let Some(root) = document().document_element() else {
                    return;
                };
                for el in all(&root, ".step-now") {
                    let _ = el.class_list().remove_1("step-now");
                }
                let Some(el) = place.and_then(|p| all(&root, &p.selector()).into_iter().next())
                else {
                    return;
                };
                let _ = el.class_list().add_1("step-now");
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            },
            std::time::Duration::from_millis(60),
        );
    });
}

/// What the timer says beside the clock.
fn state_text(
    t: &'static crate::i18n::Strings,
    run: Option<&crate::model::Run>,
    up: bool,
) -> &'static str {
    let f = t.facilitator();
    match run {
        Some(r) if r.finished => f.finished,
        Some(_) if up => f.time_up,
        Some(r) if r.is_paused() => f.paused,
        _ => "",
    }
}
