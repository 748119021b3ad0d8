//! Every visible word, in French and English.
//!
//! Each language is one [`Strings`] value; a missing translation is a
//! compile error, not a blank on screen. Text direction is left to CSS and
//! the `dir` attribute, so a right-to-left language needs no code change.

// backup (issue 10): last export, reminder, import conflicts.
pub mod backup;
// coherence (issue 16): what does not hold together
pub mod coherence;
mod diffusion;
// dossier (issue 12): the whole project as one document
pub mod dossier;
mod en;
pub mod facilitator;
pub mod feasibility;
pub mod fit;
// The guiding questions and examples: data files, one per language.
pub mod guide;
// examples (issue 13): help page, shortcuts, examples.
mod fr;
pub mod help;
// pitch (issue 12): the slides for demo day
pub mod pitch;

pub use diffusion::DiffusionStrings;

use crate::format::ImportError;
use crate::model::diff::Action as NoteAction;
use crate::model::{Block, Colour, Discipline};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 tag, for `<html lang>` and the settings record.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, as shown in the switcher.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// Matches a language tag such as `fr-SN` or `en_NG`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The first of the browser's preferred languages we speak; English
    /// when none is.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &en::STRINGS,
            Lang::Fr => &fr::STRINGS,
        }
    }
}

// Plurals: the category a count takes is chosen by the browser
// (`ui::intl::plural`, Intl.PluralRules); the sentences here only pick the
// form for it, so this module stays plain Rust.

/// The six plural categories of CLDR. English and French use `One` and
/// `Other` (French also `Many`, for millions); Arabic uses all six.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// A number of things and its plural category; it shows as the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count {
    pub n: usize,
    pub form: Plural,
}

impl Count {
    /// The `One` form or the other one: all English and French need.
    pub fn pick<T>(self, one: T, other: T) -> T {
        if self.form == Plural::One {
            one
        } else {
            other
        }
    }
}

impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.n.fmt(f)
    }
}

/// The words of the interface in one language. Plain fields are fixed
/// text; `fn` fields put values into a sentence.
pub struct Strings {
    /// The language these words are in (for plural categories and `Intl`).
    pub lang: Lang,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub language: &'static str,
    pub undo: &'static str,
    pub undo_hint: &'static str,
    pub redo: &'static str,
    pub redo_hint: &'static str,
    // Undo and redo: what a step did, said after undoing or redoing it.
    pub undid: fn(&str) -> String,
    pub redid: fn(&str) -> String,
    /// A note's change in a block (the block's name given).
    pub did_note: fn(NoteAction, &str) -> String,
    /// A change on one of the project's screens (its name given).
    pub did_in: fn(&str) -> String,
    pub did_add_project: fn(&str) -> String,
    pub did_delete_project: fn(&str) -> String,
    pub did_rename_project: fn(&str) -> String,
    pub did_import: fn(Count) -> String,
    pub export: &'static str,
    pub export_project_hint: &'static str,
    pub export_all_hint: &'static str,
    pub import: &'static str,
    pub import_hint: &'static str,
    pub saved: &'static str,
    pub not_saved_full: &'static str,
    pub not_saved_unavailable: &'static str,
    pub not_saved_other: &'static str,
    pub nav_label: &'static str,
    pub projects: &'static str,
    pub home_title: &'static str,
    pub empty_title: &'static str,
    pub empty_body: &'static str,
    pub new_project: &'static str,
    pub field_title: &'static str,
    pub field_pitch: &'static str,
    pub field_discipline: &'static str,
    pub field_country: &'static str,
    pub field_team: &'static str,
    pub field_team_hint: &'static str,
    pub create: &'static str,
    pub cancel: &'static str,
    pub save: &'static str,
    pub title_required: &'static str,
    pub rename: &'static str,
    pub rename_title: &'static str,
    pub duplicate: &'static str,
    pub delete: &'static str,
    pub untitled: &'static str,
    pub project_actions: &'static str,
    pub project_details: &'static str,
    pub details_saved_hint: &'static str,
    pub canvas_title: &'static str,
    pub guiding_questions: &'static str,
    /// A guide (questions and examples) on its way from its file.
    pub guide_loading: &'static str,
    pub guide_failed: &'static str,
    pub try_again: &'static str,
    pub add_note: &'static str,
    pub drag_to_move: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub move_to: &'static str,
    pub colour_key: &'static str,
    pub colour: &'static str,
    pub delete_note: &'static str,
    pub note_deleted: &'static str,
    pub no_notes: &'static str,
    pub keyboard_help: &'static str,
    pub attribution: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub back_home: &'static str,
    pub drop_here: &'static str,
    pub conflict_title: &'static str,
    pub replace: &'static str,
    pub keep_both: &'static str,
    pub dismiss: &'static str,
    pub other_tab: &'static str,
    pub file_unreadable: &'static str,
    pub storage_unavailable: &'static str,
    pub newer_record: &'static str,
    /// A new build opened (issue 14, repeat visits).
    pub build_updated: &'static str,
    /// A new build is stored, for the next visit.
    pub build_ready: &'static str,
    pub messages: &'static str,
    pub feasibility: &'static feasibility::FeasibilityStrings,
    pub facilitation: &'static facilitator::FacilitationStrings,
    // backup (issue 10)
    pub backup: &'static backup::BackupStrings,
    // pitch (issue 12)
    pub pitch: &'static pitch::PitchStrings,
    // phone (issue 13): the button that folds the header on a phone
    pub menu: &'static str,

    pub discipline: fn(Discipline) -> &'static str,
    pub block: fn(Block) -> &'static str,
    /// A note's colour, or (None) "No colour".
    pub colour_name: fn(Option<Colour>) -> &'static str,
    pub example: fn(&str) -> String,
    pub note_label: fn(usize) -> String,
    pub note_count: fn(Count) -> String,
    // search (issue 13): the home screen's search among one's projects
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub search_found: fn(Count) -> String,
    pub search_none: fn(&str) -> String,
    pub search_clear: &'static str,
    /// The long screens' map of their parts (issue 13).
    pub on_this_page: &'static str,
    pub blocks_filled: fn(Count) -> String,
    pub updated_on: fn(&str) -> String,
    pub copy_of: fn(&str) -> String,
    pub project_deleted: fn(&str) -> String,
    pub conflict_body: fn(&[String]) -> String,
    pub imported: fn(Count, Count) -> String,
    pub not_imported: fn(&str, &str) -> String,
    pub import_error: fn(&ImportError) -> String,
    pub unreadable_record: fn(&str, &str) -> String,
    pub recovered: fn(Count) -> String,

    pub fit: &'static fit::FitStrings,
    pub diffusion: &'static DiffusionStrings,

    // canvas notes and block list (issues 13.3, 13.4, 14.1)
    /// A note's Move menu button, and its tooltip and menu's name.
    pub note_move: &'static str,
    pub note_move_title: &'static str,
    /// The colour button's name, with the note's colour: "Colour: Pink".
    pub note_colour: fn(&str) -> String,
    pub blocks_nav: &'static str,
    pub blocks_nav_help: &'static str,
    // examples (issue 13)
    pub help: &'static help::HelpStrings,
    // dossier (issue 12)
    pub dossier: &'static dossier::DossierStrings,
    // coherence (issue 16)
    pub coherence: &'static coherence::CoherenceStrings,
}

/// A text, or the word that stands for it while it is blank ("Untitled").
pub fn or(text: &str, blank: &str) -> String {
    if text.trim().is_empty() {
        blank.to_owned()
    } else {
        text.to_owned()
    }
}

/// A size in megabytes to one decimal ("16.5"), rounded half up, by
/// integer arithmetic (float printing would weigh on the download).
pub(crate) fn megabytes(bytes: usize, decimal_mark: char) -> String {
    let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
    format!("{}{decimal_mark}{}", tenths / 10, tenths % 10)
}

/// The name of a place in a project: its block, or its part's heading.
pub fn place_name(t: &Strings, place: crate::model::place::Place) -> &'static str {
    use crate::model::place::{Part, Place};
    let (f, d) = (t.feasibility, t.diffusion);
    match place {
        Place::Block(b) => (t.block)(b),
        Place::Part(p) => match p {
            Part::Fit => t.fit.title,
            Part::Assumptions => f.assumptions_title,
            Part::Tests => f.tests_title,
            Part::Scorecard => f.scorecard_title,
            Part::Risks => f.risks_title,
            Part::Mvp => f.mvp_title,
            Part::Readiness => f.readiness_title,
            Part::Timeline => d.timeline_title,
            Part::Channels => d.channels_title,
            Part::Budget => d.budget_title,
            Part::Kpis => d.kpis_title,
            Part::Rights => d.rights_title,
        },
    }
}

impl Strings {
    /// The facilitator's page's own words. Only that page's code asks for
    /// them, so the creator's download leaves them out (issue 14).
    pub fn facilitator(&self) -> &'static facilitator::FacilitatorStrings {
        match self.lang {
            Lang::En => &facilitator::EN,
            Lang::Fr => &facilitator::FR,
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn megabytes_to_one_decimal_rounded_half_up() {
        assert_eq!(super::megabytes(16 * 1_048_576, '.'), "16.0");
        assert_eq!(super::megabytes(17_300_000, ','), "16,5");
        assert_eq!(super::megabytes(52_429, '.'), "0.1");
        assert_eq!(super::megabytes(52_428, '.'), "0.0");
    }
    use super::*;

    #[test]
    fn the_browser_language_is_followed() {
        assert_eq!(Lang::negotiate(["fr-SN", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["wo", "en-NG"]), Lang::En);
        assert_eq!(Lang::negotiate(["ar-MA", "FR_ma"]), Lang::Fr);
        assert_eq!(Lang::negotiate([]), Lang::En);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn both_languages_say_everything() {
        for lang in Lang::ALL {
            let s = lang.strings();
            for text in [
                s.undo,
                s.redo,
                s.export,
                s.import,
                s.new_project,
                s.add_note,
                s.attribution,
                s.saved,
            ] {
                assert!(!text.trim().is_empty(), "{lang:?}");
            }
            for b in Block::ALL {
                assert!(!(s.block)(b).is_empty());
            }
            for d in Discipline::ALL {
                assert!(!(s.discipline)(d).is_empty());
            }
            for c in Colour::ALL.map(Some).into_iter().chain([None]) {
                assert!(!(s.colour_name)(c).is_empty());
            }
        }
        assert_ne!(en::STRINGS.new_project, fr::STRINGS.new_project);
    }

    #[test]
    fn the_user_facing_contract_holds_in_english() {
        let s = Lang::En.strings();
        assert_eq!(
            [
                s.new_project,
                s.export,
                s.import,
                s.undo,
                s.redo,
                s.add_note
            ],
            [
                "New project",
                "Export",
                "Import",
                "Undo",
                "Redo",
                "Add note"
            ]
        );
        assert_eq!((s.block)(Block::KeyPartners), "Key Partners");
    }

    #[test]
    fn titles_are_quoted_the_way_each_language_quotes() {
        let titles = ["Kola".to_owned(), "Sahel".to_owned()];
        assert!((Lang::En.strings().conflict_body)(&titles).contains("“Kola”, “Sahel”"));
        assert!((Lang::Fr.strings().conflict_body)(&titles)
            .contains("«\u{a0}Kola\u{a0}», «\u{a0}Sahel\u{a0}»"));
        assert!((Lang::En.strings().conflict_body)(&titles[..1]).contains("the project “Kola”"));
    }

    // Plurals: each count sentence, in each form, in both languages. The
    // browser picks the category (Intl.PluralRules: French puts 0 and 1 in
    // `One`); the sentence only follows it.
    fn c(n: usize, form: Plural) -> Count {
        Count { n, form }
    }

    #[test]
    fn count_sentences_follow_their_plural_form() {
        use Plural::{One, Other};
        let (en, fr) = (Lang::En.strings(), Lang::Fr.strings());
        assert_eq!((en.note_count)(c(1, One)), "1 note");
        assert_eq!((en.note_count)(c(3, Other)), "3 notes");
        assert_eq!((fr.note_count)(c(0, One)), "0 note");
        assert_eq!((fr.blocks_filled)(c(1, One)), "1 bloc sur 9 rempli");
        assert_eq!((fr.blocks_filled)(c(7, Other)), "7 blocs sur 9 remplis");
        assert_eq!((en.blocks_filled)(c(1, One)), "1 of 9 blocks filled");
        assert_eq!(
            (en.imported)(c(1, One), c(0, Other)),
            "1 project imported. Undo reverts the import."
        );
        assert_eq!(
            (en.imported)(c(3, Other), c(0, Other)),
            "3 projects imported. Undo reverts the import."
        );
        assert_eq!(
            (fr.imported)(c(1, One), c(0, One)),
            "1 projet importé. «\u{a0}Annuler\u{a0}» défait l’import."
        );
        assert_eq!(
            (fr.imported)(c(1, One), c(3, Other)),
            "1 projet ajouté, 3 remplacés. «\u{a0}Annuler\u{a0}» défait l’import."
        );
        assert_eq!(
            (fr.imported)(c(2, Other), c(1, One)),
            "2 projets ajoutés, 1 remplacé. «\u{a0}Annuler\u{a0}» défait l’import."
        );
        assert!((en.recovered)(c(1, One)).starts_with("1 project missing from your list was"));
        assert!((en.recovered)(c(3, Other)).starts_with("3 projects missing from your list were"));
        assert!((fr.recovered)(c(1, One)).starts_with("1 projet absent de votre liste a été"));
        assert!((fr.recovered)(c(3, Other)).starts_with("3 projets absents de votre liste ont été"));
    }

    #[test]
    fn facilitator_count_sentences_follow_their_plural_form() {
        use Plural::{One, Other};
        let (en, fr) = (
            Lang::En.strings().facilitator(),
            Lang::Fr.strings().facilitator(),
        );
        assert_eq!((en.showing)(c(1, One), c(1, One)), "Showing 1 of 1 project");
        assert_eq!(
            (en.showing)(c(1, One), c(3, Other)),
            "Showing 1 of 3 projects"
        );
        assert_eq!(
            (fr.showing)(c(1, One), c(3, Other)),
            "1 projet affiché sur 3"
        );
        assert_eq!(
            (fr.showing)(c(3, Other), c(3, Other)),
            "3 projets affichés sur 3"
        );
        assert_eq!((en.minutes)(c(1, One)), "1 minute");
        assert_eq!((fr.minutes)(c(5, Other)), "5 minutes");
        assert_eq!(
            (en.cohort_imported)(c(1, One), c(0, Other)),
            "1 project added to the cohort."
        );
        assert_eq!(
            (fr.cohort_imported)(c(3, Other), c(0, One)),
            "3 projets ajoutés à la cohorte."
        );
        assert_eq!(
            (fr.cohort_imported)(c(1, One), c(2, Other)),
            "1 ajouté à la cohorte, 2 mis à jour avec une copie plus récente."
        );
        assert_eq!(
            (fr.copies_skipped)(c(1, One)),
            "1 copie plus ancienne du même projet a été ignorée."
        );
        assert_eq!(
            (en.copies_skipped)(c(2, Other)),
            "2 older copies of the same project were skipped."
        );
        assert_eq!(
            (en.cohort_unreadable)(c(1, One)),
            "1 cohort record could not be read; it was left in storage untouched."
        );
        assert_eq!(
            (fr.cohort_unreadable)(c(3, Other)),
            "3 enregistrements de la cohorte sont illisibles\u{a0}; ils sont restés intacts dans le stockage."
        );
        assert_eq!(
            (fr.exercises_imported)(c(1, One), c(0, One), c(2, Other)),
            "Exercices importés\u{a0}: 1 ajouté, 0 mis à jour avec une copie plus récente, 2 gardés car les vôtres sont plus récents."
        );
        assert_eq!(
            (en.exercises_imported)(c(2, Other), c(0, Other), c(1, One)),
            "Exercises imported: 2 added, 0 updated with a newer copy, 1 kept because yours is newer."
        );
        for s in [en, fr] {
            for text in [
                (s.showing)(c(3, Other), c(3, Other)),
                (s.minutes)(c(3, Other)),
            ] {
                assert!(!text.contains("(s)"), "{text}");
            }
        }
    }

    #[test]
    fn block_names_follow_the_glossary() {
        let fr = Lang::Fr.strings();
        assert_eq!((fr.block)(Block::CustomerSegments), "Segments de clientèle");
        assert_eq!((fr.block)(Block::RevenueStreams), "Flux de revenus");
    }

    #[test]
    fn every_import_error_is_explained_in_both_languages() {
        let errors = [
            ImportError::Empty,
            ImportError::TooLarge {
                bytes: 17_000_000,
                limit: crate::format::MAX_FILE_BYTES,
            },
            ImportError::NotText,
            ImportError::NotJson { line: 3, column: 7 },
            ImportError::Truncated,
            ImportError::NotCanevas,
            ImportError::FutureVersion {
                found: 9,
                supported: 1,
            },
            ImportError::WrongShape {
                detail: "missing field `title`".into(),
            },
            ImportError::NoProjects,
            ImportError::TooManyProjects {
                count: 2000,
                limit: 1000,
            },
            ImportError::TextTooLong {
                project: "Kola".into(),
                limit: 10_000,
            },
            ImportError::TooManyTeamMembers {
                project: "Kola".into(),
                limit: 50,
            },
            ImportError::DuplicateId { id: "n1".into() },
            ImportError::BrokenFitLink {
                project: "Kola".into(),
            },
        ];
        for lang in Lang::ALL {
            let mut seen = std::collections::HashSet::new();
            for e in &errors {
                let m = (lang.strings().import_error)(e);
                assert!(m.len() > 10 && seen.insert(m.clone()), "{lang:?}: {m}");
            }
        }
        assert!((Lang::En.strings().import_error)(&errors[1]).contains("up to 16 MB"));
        assert!((Lang::Fr.strings().import_error)(&errors[6]).contains('9'));
    }
}
