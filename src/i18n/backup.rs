//! The words of backups: when the work was last exported, the reminder,
//! and what an import found (newer, older, already up to date).
//!
//! Dates and relative times come from the browser's `Intl`
//! (`ui::intl`), already in the interface's language.

pub struct BackupStrings {
    pub never_exported: &'static str,
    pub reminder: &'static str,
    pub export_all: &'static str,
    pub newer: &'static str,
    pub older: &'static str,
    pub same_time: &'static str,
    pub keep_both_hint: &'static str,

    /// "Last exported …", given the browser's "3 days ago" or "today".
    pub last_exported: fn(&str) -> String,
    /// The file's name.
    pub exported: fn(&str) -> String,
    /// Titles of the projects the import skipped.
    pub up_to_date: fn(&[String]) -> String,
    /// The stored copy: saved (day), notes.
    pub yours: fn(&str, &str) -> String,
    /// The file's copy: file name, saved (day), notes.
    pub in_file: fn(&str, &str, &str) -> String,
}

fn quoted_en(titles: &[String]) -> String {
    titles
        .iter()
        .map(|t| format!("“{t}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn quoted_fr(titles: &[String]) -> String {
    titles
        .iter()
        .map(|t| format!("«\u{a0}{t}\u{a0}»"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub const EN: BackupStrings = BackupStrings {
    never_exported: "Never exported",
    reminder: "Some changes are more than a week old and are in no file yet: this browser holds the only copy. Export everything to a file and keep it somewhere safe.",
    export_all: "Export all",
    newer: "newer",
    older: "older",
    same_time: "saved at the same time",
    keep_both_hint: "Keep both loses nothing: the file’s copy is added beside yours.",
    last_exported: |when| format!("Last exported {when}"),
    exported: |name| format!("Exported {name}"),
    up_to_date: |titles| match titles {
        [one] => format!("“{one}” is already up to date: the file holds exactly what you have. Nothing changed."),
        _ => format!("Already up to date, nothing changed: {}.", quoted_en(titles)),
    },
    yours: |day, notes| format!("Yours: saved {day}, {notes}"),
    in_file: |file, day, notes| format!("In “{file}”: saved {day}, {notes}"),
};

pub const FR: BackupStrings = BackupStrings {
    never_exported: "Jamais exporté",
    reminder: "Certaines modifications ont plus d’une semaine et ne sont dans aucun fichier\u{a0}: ce navigateur en garde la seule copie. Exportez tout dans un fichier et gardez-le en lieu sûr.",
    export_all: "Tout exporter",
    newer: "plus récent",
    older: "plus ancien",
    same_time: "enregistrés au même moment",
    keep_both_hint: "Garder les deux ne fait rien perdre\u{a0}: la copie du fichier s’ajoute à côté de la vôtre.",
    last_exported: |when| format!("Dernier export\u{a0}: {when}"),
    exported: |name| format!("Exporté\u{a0}: {name}"),
    up_to_date: |titles| match titles {
        [one] => format!("«\u{a0}{one}\u{a0}» est déjà à jour\u{a0}: le fichier contient exactement ce que vous avez. Rien n’a changé."),
        _ => format!("Déjà à jour, rien n’a changé\u{a0}: {}.", quoted_fr(titles)),
    },
    yours: |day, notes| format!("Le vôtre\u{a0}: enregistré le {day}, {notes}"),
    in_file: |file, day, notes| format!("Dans «\u{a0}{file}\u{a0}»\u{a0}: enregistré le {day}, {notes}"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_file_names_are_quoted_in_each_language() {
        let two = ["Kola".to_owned(), "Sahel".to_owned()];
        assert!((EN.up_to_date)(&two).contains("“Kola”, “Sahel”"));
        assert!((FR.up_to_date)(&two).contains("«\u{a0}Kola\u{a0}», «\u{a0}Sahel\u{a0}»"));
        assert!((EN.up_to_date)(&two[..1]).starts_with("“Kola” is already up to date"));
        assert_eq!(
            (EN.in_file)("k.json", "1 Dec 2026", "2 notes"),
            "In “k.json”: saved 1 Dec 2026, 2 notes"
        );
    }
}
