//! The exercise timer: the current step, its prompt and a countdown large
//! enough for the back of a room, on every screen while a run is on.
//!
//! Time comes from the run's timestamps (`model::exercise::Run`); the
//! interval below only redraws, so a tab left in the background shows the
//! right time the moment it is seen again.

use super::exercises::library;
use crate::model::exercise::{clock, EXTENSION_MS};
use crate::model::Timestamp;
use crate::ui::state::{focus_by_id, now, on_window, use_app};
use leptos::ev;
use leptos::prelude::*;

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
    // Drawn again when the run changes (a button, not a tick): the clock
    // and the time-up signal are the only parts that follow the time.
    move || {
        let run = lib.run.get()?;
        let t = app.t();
        let f = t.facilitator;
        let exercise = lib.find(t, &run.exercise);
        let total = exercise.as_ref().map_or(0, |x| x.steps.len());
        let step = exercise.and_then(|x| x.steps.get(run.step).cloned());
        let (paused, finished, first) = (run.is_paused(), run.finished, run.step == 0);
        let title = lib.find(t, &run.exercise).map(|x| x.title);
        // Act on the run, then give focus back to the button pressed (it is
        // drawn anew).
        let act = move |button: &'static str, g: fn(&mut crate::model::Run, Timestamp)| {
            lib.change_run(|r, at| {
                if let Some(r) = r {
                    g(r, at)
                }
            });
            request_animation_frame(move || focus_by_id(button));
        };
        let seconds = move || {
            let at = lib.now.get();
            lib.run
                .with(|r| r.as_ref().map_or(0, |r| r.seconds_left(at)))
        };
        let state = move || {
            if finished {
                f.finished
            } else if up.get() {
                f.time_up
            } else if paused {
                f.paused
            } else {
                ""
            }
        };
        let controls = (!finished).then(|| view! {
            <button type="button" id="timer-pause" aria-pressed=paused.to_string()
                on:click=move |_| act("timer-pause", |r, at| if r.is_paused() { r.resume(at) } else { r.pause(at) })>
                {if paused { f.resume } else { f.pause }}
            </button>
            <button type="button" id="timer-extend" on:click=move |_| act("timer-extend", |r, at| r.extend(EXTENSION_MS, at))>{f.extend}</button>
            <button type="button" id="timer-previous" disabled=first on:click=move |_| act("timer-previous", |r, at| r.previous(at))>{f.previous_step}</button>
            <button type="button" id="timer-next" on:click=move |_| act("timer-next", |r, at| r.next(at))>{f.skip}</button>
        });
        Some(view! {
            <section id="timer" tabindex="-1" class=if paused { "timer paused" } else { "timer" } class:up=move || up.get()
                aria-label=f.timer data-nav-group="">
                <div class="timer-text">
                    <h2>{title}</h2>
                    {(!finished).then(|| step.map(|s| view! {
                        <p class="timer-step">{(f.step_of)(run.step + 1, total)}" "<strong>{s.title}</strong></p>
                        <p class="timer-prompt">{s.prompt}</p>
                    }))}
                </div>
                {(!finished).then(|| view! { <p class="timer-clock" role="timer" aria-label=f.timer>{move || clock(seconds())}</p> })}
                <p class="timer-state" role="status">{state}</p>
                <div class="timer-controls">
                    {controls}
                    <button type="button" on:click=move |_| {
                        lib.change_run(|r, _| *r = None);
                        focus_by_id("main");
                    }>{f.stop}</button>
                    <label class="timer-sound">
                        <input type="checkbox" checked=lib.sound.get_untracked() on:change:target=move |e| {
                            lib.sound.set(e.target().checked());
                            lib.store_timer();
                        }/>
                        {f.sound}
                    </label>
                </div>
            </section>
        })
    }
}
