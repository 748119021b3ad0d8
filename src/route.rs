//! The app's screens and their addresses.
//!
//! Addresses live in the URL fragment (`#/projects/<id>/canvas`), so a
//! static host serves every screen from one `index.html` and any address
//! survives a reload with no server-side routing.

use crate::model::place::Tool;
use crate::model::Id;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Project(Id),
    Canvas(Id),
    Fit(Id),
    Diffusion(Id),
    Feasibility(Id),
    /// The project told in slides, for demo day.
    Pitch(Id),
    /// The whole project as one document, to print or export (issue 12).
    Dossier(Id),
    /// Where the project's parts do not hold together (issue 16).
    Coherence(Id),
    /// The comments mentors sent on the project (issue 18).
    Comments(Id),
    /// The facilitator's timed exercises.
    Exercises,
    /// The cohort board: projects collected from participants.
    Cohort,
    /// One cohort project, read-only.
    CohortProject(Id),
    /// Two or more cohort projects side by side.
    CohortCompare(Vec<Id>),
    /// What each tool is for, where work is kept, how to back up and share.
    Help,
    NotFound,
}

impl Route {
    /// Reads a route from `location.hash` (with or without the `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash
            .trim_start_matches('#')
            .trim_start_matches('/')
            .trim_end_matches('/');
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            [""] => Route::Home,
            ["projects", id] => Id::parse(id).map_or(Route::NotFound, Route::Project),
            ["projects", id, "canvas"] => Id::parse(id).map_or(Route::NotFound, Route::Canvas),
            ["projects", id, "fit"] => Id::parse(id).map_or(Route::NotFound, Route::Fit),
            ["projects", id, "diffusion"] => {
                Id::parse(id).map_or(Route::NotFound, Route::Diffusion)
            }
            ["projects", id, "feasibility"] => {
                Id::parse(id).map_or(Route::NotFound, Route::Feasibility)
            }
            ["projects", id, "pitch"] => Id::parse(id).map_or(Route::NotFound, Route::Pitch),
            ["projects", id, "dossier"] => Id::parse(id).map_or(Route::NotFound, Route::Dossier),
            ["projects", id, "coherence"] => {
                Id::parse(id).map_or(Route::NotFound, Route::Coherence)
            }
            ["projects", id, "comments"] => Id::parse(id).map_or(Route::NotFound, Route::Comments),
            ["exercises"] => Route::Exercises,
            ["cohort"] => Route::Cohort,
            ["cohort", "compare", ids] => {
                let ids: Option<Vec<Id>> = ids.split(',').map(Id::parse).collect();
                ids.filter(|v| v.len() >= 2)
                    .map_or(Route::NotFound, Route::CohortCompare)
            }
            ["cohort", id] => Id::parse(id).map_or(Route::NotFound, Route::CohortProject),
            ["help"] => Route::Help,
            _ => Route::NotFound,
        }
    }

    /// The fragment for this route, `#` included.
    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".into(),
            Route::Project(id) => format!("#/projects/{id}"),
            Route::Canvas(id) => format!("#/projects/{id}/canvas"),
            Route::Fit(id) => format!("#/projects/{id}/fit"),
            Route::Diffusion(id) => format!("#/projects/{id}/diffusion"),
            Route::Feasibility(id) => format!("#/projects/{id}/feasibility"),
            Route::Pitch(id) => format!("#/projects/{id}/pitch"),
            Route::Dossier(id) => format!("#/projects/{id}/dossier"),
            Route::Coherence(id) => format!("#/projects/{id}/coherence"),
            Route::Comments(id) => format!("#/projects/{id}/comments"),
            Route::Exercises => "#/exercises".into(),
            Route::Cohort => "#/cohort".into(),
            Route::Help => "#/help".into(),
            Route::CohortProject(id) => format!("#/cohort/{id}"),
            Route::CohortCompare(ids) => {
                let ids: Vec<&str> = ids.iter().map(Id::as_str).collect();
                format!("#/cohort/compare/{}", ids.join(","))
            }
        }
    }

    /// Whether this is one of the facilitator's screens, which live on
    /// the facilitator's page (`ui/page.rs`).
    pub fn is_facilitator(&self) -> bool {
        matches!(
            self,
            Route::Exercises | Route::Cohort | Route::CohortProject(_) | Route::CohortCompare(_)
        )
    }

    /// The screen of a project's tool.
    pub fn tool(tool: Tool, project: Id) -> Route {
        match tool {
            Tool::Canvas => Route::Canvas(project),
            Tool::Fit => Route::Fit(project),
            Tool::Feasibility => Route::Feasibility(project),
            Tool::Diffusion => Route::Diffusion(project),
        }
    }

    pub fn project(&self) -> Option<&Id> {
        match self {
            Route::Project(id)
            | Route::Canvas(id)
            | Route::Fit(id)
            | Route::Feasibility(id)
            | Route::Pitch(id)
            | Route::Diffusion(id)
            | Route::Dossier(id)
            | Route::Coherence(id)
            | Route::Comments(id) => Some(id),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_round_trip_through_their_address() {
        let id = Id::parse("abc123").unwrap();
        let other = Id::parse("def-456").unwrap();
        for r in [
            Route::Home,
            Route::Project(id.clone()),
            Route::Canvas(id.clone()),
            Route::Fit(id.clone()),
            Route::Feasibility(id.clone()),
            Route::Pitch(id.clone()),
            Route::Diffusion(id.clone()),
            Route::Dossier(id.clone()),
            Route::Coherence(id.clone()),
            Route::Comments(id.clone()),
            Route::Exercises,
            Route::Cohort,
            Route::CohortProject(id.clone()),
            Route::CohortCompare(vec![id, other]),
            Route::Help,
        ] {
            assert_eq!(Route::parse(&r.href()), r);
        }
    }

    #[test]
    fn the_facilitators_screens_are_told_apart() {
        let id = Id::parse("abc123").unwrap();
        for r in [
            "#/exercises",
            "#/cohort",
            "#/cohort/abc123",
            "#/cohort/compare/a,b",
        ] {
            assert!(Route::parse(r).is_facilitator(), "{r}");
        }
        for r in [Route::Home, Route::Canvas(id), Route::Help, Route::NotFound] {
            assert!(!r.is_facilitator(), "{r:?}");
        }
    }

    #[test]
    fn odd_addresses_are_handled() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(
            Route::parse("#/projects/abc/"),
            Route::Project(Id::parse("abc").unwrap())
        );
        assert_eq!(Route::parse("#/projects/<script>/canvas"), Route::NotFound);
        assert_eq!(Route::parse("#/nowhere"), Route::NotFound);
        assert_eq!(
            Route::parse("#/projects/abc/fit"),
            Route::Fit(Id::parse("abc").unwrap())
        );
        assert_eq!(Route::parse("#/projects/a%20b/fit"), Route::NotFound);
        assert_eq!(
            Route::parse("#/projects/abc/diffusion/"),
            Route::Diffusion(Id::parse("abc").unwrap())
        );
        assert_eq!(Route::parse("#/projects/a b/diffusion"), Route::NotFound);
        assert_eq!(
            Route::parse("#/projects/abc/feasibility/"),
            Route::Feasibility(Id::parse("abc").unwrap())
        );
        assert_eq!(Route::parse("#/projects/a b/feasibility"), Route::NotFound);
        assert_eq!(
            Route::parse("#/projects/abc/dossier/"),
            Route::Dossier(Id::parse("abc").unwrap())
        );
        assert_eq!(Route::parse("#/projects/a b/dossier"), Route::NotFound);
        assert_eq!(
            Route::Dossier(Id::parse("abc").unwrap()).href(),
            "#/projects/abc/dossier"
        );
        assert_eq!(Route::parse("#/cohort/compare/abc"), Route::NotFound);
        assert_eq!(Route::parse("#/cohort/compare/a,<b>"), Route::NotFound);
        assert_eq!(Route::parse("#/cohort/<x>"), Route::NotFound);
        assert_eq!(Route::Help.href(), "#/help");
        assert_eq!(Route::parse("#/help/"), Route::Help);
        assert_eq!(Route::parse("#/help/more"), Route::NotFound);
    }
}
