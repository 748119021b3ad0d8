//! The exercise timer: the current step, its prompt and a countdown large
//! enough for the back of a room, on every screen while a run is on.
//!
//! Time comes from the run's timestamps (`model::exercise::Run`); the
//! interval below only redraws, so a tab left in the background shows the
//! right time the moment it is seen again.

use super::exercises::library;
use crate::model::exercise::{clock, EXTENSION_MS};
use crate::model::Timestamp;
use crate::ui::state::{now, on_window, use_app};
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
    let f = move || app.t().facilitator;

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

    let exercise = Memo::new(move |_| {
        let id = lib.run.with(|r| r.as_ref().map(|r| r.exercise.clone()))?;
        lib.find(app.t(), &id)
    });
    let at = move || lib.now.get();
    let up = Memo::new(move |_| {
        lib.run
            .with(|r| r.as_ref().is_some_and(|r| !r.finished && r.is_up(at())))
    });
    // The end of a step: a beep if wanted (the visual signal is the class).
    Effect::new(move |was: Option<bool>| {
        let now_up = up.get();
        if now_up && was == Some(false) && lib.sound.get_untracked() {
            beep();
        }
        now_up
    });
    let seconds = move || {
        lib.run
            .with(|r| r.as_ref().map_or(0, |r| r.seconds_left(at())))
    };
    let paused = move || lib.run.with(|r| r.as_ref().is_some_and(|r| r.is_paused()));
    let finished = move || lib.run.with(|r| r.as_ref().is_some_and(|r| r.finished));
    let step = move || lib.run.with(|r| r.as_ref().map_or(0, |r| r.step));
    let step_data =
        move || exercise.with(|x| x.as_ref().and_then(|x| x.steps.get(step()).cloned()));
    let total = move || exercise.with(|x| x.as_ref().map_or(0, |x| x.steps.len()));
    let state = move || {
        let f = f();
        if finished() {
            f.finished
        } else if up.get() {
            f.time_up
        } else if paused() {
            f.paused
        } else {
            ""
        }
    };
    let act = move |g: fn(&mut crate::model::Run, Timestamp)| {
        lib.change_run(|r, t| {
            if let Some(r) = r {
                g(r, t)
            }
        })
    };

    move || {
        lib.run.with(Option::is_some).then(|| view! {
            <section id="timer" tabindex="-1" class="timer" class:up=move || up.get() class:paused=paused
                aria-label=move || f().timer data-nav-group="">
                <div class="timer-text">
                    <h2>{move || exercise.with(|x| x.as_ref().map(|x| x.title.clone()))}</h2>
                    <p class="timer-step" hidden=finished>
                        {move || (f().step_of)(step() + 1, total())}" "
                        <strong>{move || step_data().map(|s| s.title)}</strong>
                    </p>
                    <p class="timer-prompt" hidden=finished>{move || step_data().map(|s| s.prompt)}</p>
                </div>
                <p class="timer-clock" role="timer" aria-label=move || f().timer hidden=finished>{move || clock(seconds())}</p>
                <p class="timer-state" role="status">{state}</p>
                <div class="timer-controls">
                    <button type="button" hidden=finished aria-pressed=move || paused().to_string()
                        on:click=move |_| act(|r, t| if r.is_paused() { r.resume(t) } else { r.pause(t) })>
                        {move || if paused() { f().resume } else { f().pause }}
                    </button>
                    <button type="button" hidden=finished on:click=move |_| act(|r, t| r.extend(EXTENSION_MS, t))>{move || f().extend}</button>
                    <button type="button" hidden=finished disabled=move || step() == 0 on:click=move |_| act(|r, t| r.previous(t))>{move || f().previous_step}</button>
                    <button type="button" hidden=finished on:click=move |_| act(|r, t| r.next(t))>{move || f().skip}</button>
                    <button type="button" on:click=move |_| {
                        lib.change_run(|r, _| *r = None);
                        crate::ui::state::focus_by_id("main");
                    }>{move || f().stop}</button>
                    <label class="timer-sound">
                        <input type="checkbox" prop:checked=move || lib.sound.get() on:change:target=move |e| {
                            lib.sound.set(e.target().checked());
                            lib.store_timer();
                        }/>
                        {move || f().sound}
                    </label>
                </div>
            </section>
        })
    }
}
