//! The Canevas file format: what is exported, imported and stored.
//!
//! Every file is a JSON object with a format name and version:
//!
//! ```json
//! { "format": "canevas", "version": 3, "kind": "project",
//!   "saved_at": 1795771086000, "projects": [ { ... } ] }
//! ```
//!
//! `kind` is `project` for one exported project, `workspace` for all of
//! them. Storage keeps each project as a file of kind `project`, so stored
//! work and imported files take the same checked, migrated path in.
//! `public/canevas.schema.json` documents the format.

pub mod exchange;
mod fit_check;
pub mod history;
mod import;
mod migrate;
pub mod pretty;

pub use import::{import, import_repairing, ImportError, Repaired};

/// Reads a small record of Canevas's own (the index, the settings, the
/// backups, the folded parts) through a JSON value, the one way every
/// file is read: a typed reader straight from the text would put a
/// second copy of each type's reader in the download.
pub fn read_record<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    let value: serde_json::Value = serde_json::from_str(text)?;
    T::deserialize(&value)
}
pub use migrate::MIGRATIONS;

use crate::model::{Project, Timestamp};
use serde::{Deserialize, Serialize};

/// The format's name, in every file.
pub const FORMAT: &str = "canevas";
/// The format version this build writes. Files of every earlier version are
/// migrated on the way in; later versions are refused with a clear message.
pub const VERSION: u32 = 3;
/// Largest file accepted: 16 MB. A whole workspace exported from a browser
/// whose storage is full (about 5 million characters there, more once
/// indented and UTF-8 encoded) still fits, so every backup can be imported
/// again; and it is small enough to parse at once on an old laptop.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;
/// Most projects one file may carry: more than a browser's storage can
/// hold, so any exported workspace imports again.
pub const MAX_PROJECTS: usize = 20_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Project,
    Workspace,
}

/// A file as written at the current version.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub format: String,
    pub version: u32,
    pub kind: Kind,
    pub saved_at: Timestamp,
    pub projects: Vec<Project>,
}

/// A file of the current version as written: it borrows the projects, so
/// saving one never copies it (`File` is what is read).
#[derive(Serialize)]
struct Out<'a> {
    format: &'a str,
    version: u32,
    kind: Kind,
    saved_at: Timestamp,
    projects: &'a [Project],
}

impl<'a> Out<'a> {
    fn new(projects: &'a [Project], kind: Kind, now: Timestamp) -> Self {
        Out {
            format: FORMAT,
            version: VERSION,
            kind,
            saved_at: now,
            projects,
        }
    }

    fn compact(&self) -> String {
        serde_json::to_string(self).expect("a project always serialises")
    }
}

/// Any JSON file of Canevas's (a guide, say) as a value, read and checked
/// for size, encoding and syntax like an imported file.
pub fn json_value(bytes: &[u8]) -> Result<serde_json::Value, ImportError> {
    import::json(bytes)
}

/// Writes projects as a file of the current version.
pub fn export(projects: &[Project], kind: Kind, now: Timestamp) -> String {
    // Compact, then indented: one serialiser for projects (see pretty.rs).
    pretty::indent(&Out::new(projects, kind, now).compact())
}

/// The compact form kept in storage (no indentation: storage is scarce).
pub fn store(project: &Project, now: Timestamp) -> String {
    Out::new(std::slice::from_ref(project), Kind::Project, now).compact()
}

/// A file name for an export: the title made safe for any file system, then
/// the date, e.g. `kola-studio-2026-11-27.json`.
pub fn file_name(title: &str, now: Timestamp) -> String {
    let mut slug = String::new();
    for c in title.chars().map(crate::model::search::lower) {
        // Letters and digits of any script; spaces, punctuation and symbols
        // become a hyphen (written out: std's tables are large).
        let word = c.is_ascii_alphanumeric()
            || (c as u32 >= 0xc0
                && c != '×'
                && c != '÷'
                && !c.is_whitespace()
                && !('\u{2000}'..='\u{2bff}').contains(&c)
                && !('\u{3000}'..='\u{303f}').contains(&c));
        if word {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.chars().count() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "canevas" } else { slug };
    format!("{slug}-{}.json", now.date_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Id;

    #[test]
    fn file_names_are_safe_and_dated() {
        let day = Timestamp(1_795_771_086_000);
        assert_eq!(file_name("Kola Studio", day), "kola-studio-2026-11-27.json");
        assert_eq!(
            file_name("Léa & les Griots : saison 2", day),
            "léa-les-griots-saison-2-2026-11-27.json"
        );
        assert_eq!(
            file_name("../../etc/passwd", day),
            "etc-passwd-2026-11-27.json"
        );
        assert_eq!(
            file_name("<img src=x onerror=alert(1)>", day),
            "img-src-x-onerror-alert-1-2026-11-27.json"
        );
        assert_eq!(file_name("  ", day), "canevas-2026-11-27.json");
        assert!(file_name(&"a".repeat(500), day).len() < 80);
    }

    #[test]
    fn an_export_carries_name_version_and_kind() {
        let p = Project::new(Id::parse("p1").unwrap(), "Kola", Timestamp(1));
        let v: serde_json::Value =
            serde_json::from_str(&export(&[p], Kind::Workspace, Timestamp(7))).unwrap();
        assert_eq!(v["format"], FORMAT);
        assert_eq!(v["version"], VERSION);
        assert_eq!(v["kind"], "workspace");
        assert_eq!(v["saved_at"], 7);
        assert_eq!(v["projects"][0]["title"], "Kola");
    }
}
