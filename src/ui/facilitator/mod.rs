//! Facilitator mode: timed exercises, the cohort board, the wall and
//! feedback on a cohort's projects. Only the facilitator's page
//! (`src/bin/facilitator.rs`) includes it, through [`SCREENS`]; see
//! `ui/page.rs`.

mod cohort;
mod exercises;
mod run;
mod timer;
mod wall;

use crate::route::Route;
use crate::ui::page::Facilitator;
use leptos::prelude::*;

/// The facilitator's screens and state, handed to the app by the
/// facilitator's page.
pub static SCREENS: Facilitator = Facilitator {
    install,
    screen,
    panel: || view! { <timer::TimerPanel/> }.into_any(),
    external_change: |key| cohort::cohort().external_change(key),
    join_cohort: |files| cohort::cohort().import(files),
    import_exercises: |name, file| exercises::library().import_file(name, file),
    import_answers: |list| crate::ui::feedback::feedback_store().take_answers(list),
};

/// Reads the exercises, the run in progress and the cohort.
fn install() {
    exercises::Library::install();
    cohort::Cohort::install();
}

fn screen(route: Route) -> AnyView {
    match route {
        Route::Exercises => view! { <exercises::ExercisesPage/> }.into_any(),
        Route::Cohort => view! { <cohort::CohortPage/> }.into_any(),
        Route::CohortProject(id) => view! { <cohort::CohortProjectPage id/> }.into_any(),
        Route::CohortCompare(ids) => view! { <cohort::ComparePage ids/> }.into_any(),
        // Only the facilitator's routes come here (`Route::is_facilitator`).
        _ => view! { <crate::ui::project::NotFound/> }.into_any(),
    }
}
