use super::{Id, Project};

/// All of a user's projects, in the order the home page lists them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workspace {
    pub projects: Vec<Project>,
}

impl Workspace {
    pub fn get(&self, id: &Id) -> Option<&Project> {
        self.projects.iter().find(|p| &p.id == id)
    }

    pub fn get_mut(&mut self, id: &Id) -> Option<&mut Project> {
        self.projects.iter_mut().find(|p| &p.id == id)
    }

    pub fn position(&self, id: &Id) -> Option<usize> {
        self.projects.iter().position(|p| &p.id == id)
    }

    /// Puts a project at `index` (clamped), replacing any project with the
    /// same id in place.
    pub fn put(&mut self, index: usize, project: Project) {
        match self.position(&project.id) {
            Some(i) => self.projects[i] = project,
            None => {
                let index = index.min(self.projects.len());
                self.projects.insert(index, project);
            }
        }
    }

    pub fn remove(&mut self, id: &Id) -> Option<(usize, Project)> {
        let i = self.position(id)?;
        Some((i, self.projects.remove(i)))
    }

    /// A title not yet used in the workspace, for copies and imports kept
    /// beside an existing project: "Title (2)", "Title (3)"...
    pub fn unused_title(&self, base: &str) -> String {
        let taken = |t: &str| self.projects.iter().any(|p| p.title == t);
        if !taken(base) {
            return base.to_owned();
        }
        (2..)
            .map(|n| format!("{base} ({n})"))
            .find(|t| !taken(t))
            .expect("some number is free")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Timestamp;

    fn project(id: &str, title: &str) -> Project {
        Project::new(Id::parse(id).unwrap(), title, Timestamp(0))
    }

    #[test]
    fn put_inserts_or_replaces_in_place() {
        let mut w = Workspace::default();
        w.put(0, project("a", "A"));
        w.put(9, project("b", "B"));
        w.put(0, project("c", "C"));
        w.put(0, project("a", "A2"));
        let titles: Vec<_> = w.projects.iter().map(|p| p.title.as_str()).collect();
        assert_eq!(titles, ["C", "A2", "B"]);
        assert_eq!(w.remove(&Id::parse("a").unwrap()).map(|(i, _)| i), Some(1));
        assert!(w.remove(&Id::parse("a").unwrap()).is_none());
    }

    #[test]
    fn unused_titles_count_up() {
        let mut w = Workspace::default();
        assert_eq!(w.unused_title("Kola"), "Kola");
        w.put(0, project("a", "Kola"));
        w.put(0, project("b", "Kola (2)"));
        assert_eq!(w.unused_title("Kola"), "Kola (3)");
    }
}
