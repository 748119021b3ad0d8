//! The words of a first visit (issue 13): the help page, the keyboard
//! shortcuts dialog and "Open an example".
//!
//! French typography: a no-break space (\u{a0}) before : ; ? ! and inside
//! « », and a typographic apostrophe (’).

use crate::model::Discipline;

/// A group of shortcuts: its heading, then each shortcut's keys and what
/// they do. Keys are written as the user presses them ("Ctrl+Z").
pub type Shortcuts = (&'static str, &'static [(&'static str, &'static str)]);

pub struct HelpStrings {
    /// The header's link and the page's heading.
    pub title: &'static str,
    pub intro: &'static str,
    pub path_title: &'static str,
    /// The residency's five steps, in order: the step, its tool, what for.
    pub steps: [(&'static str, &'static str, &'static str); 5],
    pub kept_title: &'static str,
    pub kept: [&'static str; 2],
    pub share_title: &'static str,
    pub share: [&'static str; 3],
    pub start_title: &'static str,
    pub start: &'static str,
    pub keyboard_title: &'static str,
    pub keyboard: &'static str,

    pub shortcuts: &'static str,
    pub shortcuts_intro: &'static str,
    pub shortcut_groups: &'static [Shortcuts],
    pub close: &'static str,

    pub open_example: &'static str,
    pub examples_intro: &'static str,
    pub example_badge: &'static str,
    pub example_hint: &'static str,
    /// What the discipline's example is, in a few words.
    pub example_of: fn(Discipline) -> &'static str,
    /// The opened example's title.
    pub example_opened: fn(&str) -> String,
    pub example_failed: &'static str,
}

pub const EN: HelpStrings = HelpStrings {
    title: "Help",
    intro: "Canevas follows the path of an incubation residency: you arrive with a creative project and leave with a realistic plan for its first version. Each step has its tool; they all belong to the same project.",
    path_title: "The path, step by step",
    steps: [
        ("1. Model", "Business Model Canvas", "Describe the project on nine blocks: who it is for, what you offer them, through which channels, with whom, what it costs and what it brings in. Give each customer segment a colour and use it for the notes that serve that segment."),
        ("2. Value", "Audience–offer fit", "For each customer segment: what the audience wants, what stands in their way and what they hope for, then what your offer delivers, which obstacles it removes and which hopes it meets. Linking the two shows where the offer fits and where it does not yet."),
        ("3. Test", "Feasibility", "Write down the assumptions the project rests on and place them by importance and evidence; test the riskiest first with test cards and keep what you learned. Score the project’s technical, commercial, financial, legal and team criteria, list the risks, and cut the first version (the MVP) to what can be made and tried."),
        ("4. Launch", "Diffusion and valorisation plan", "Goals, audiences, channels (festivals, platforms, publishers, press), the release timeline, the budget and who pays for it, the figures to follow, rights and territories, and revenue beyond the first release."),
        ("5. Share", "Files, print and facilitator mode", "Export a project to a file for a mentor or a teammate, import theirs, print the canvas. Facilitators show the tools on a projector, run timed exercises and look at a whole cohort side by side."),
    ],
    kept_title: "Where your work is kept",
    kept: [
        "In this browser, on this device: every change is saved at once in its local storage. Nothing is sent anywhere; there is no account and no server.",
        "Another browser or another computer does not see it, and clearing the browser’s data erases it. After the first visit Canevas also works with no network.",
    ],
    share_title: "Back up and share",
    share: [
        "Export (in the header) writes a file: the project on screen, or all your projects from the home screen. Keep it somewhere safe, or send it by message or on a USB stick.",
        "Import (in the header), or drop a file on the window, adds the projects a file holds. If one is already here, you choose to keep both or replace yours.",
        "The home screen says when you last exported everything and reminds you when changes are in no file yet.",
    ],
    start_title: "Start from an example",
    start: "The home screen opens a complete example project for each discipline, every tool filled. It becomes a project of your own, marked “Example”: explore it, change it, delete it when you are done.",
    keyboard_title: "Keyboard",
    keyboard: "Everything can be done with the keyboard. A few shortcuts save time:",

    shortcuts: "Keyboard shortcuts",
    shortcuts_intro: "On a Mac, use Cmd instead of Ctrl. Left and right follow the reading direction.",
    shortcut_groups: &[
        ("Everywhere", &[
            ("Ctrl+Z", "Undo"),
            ("Ctrl+Shift+Z or Ctrl+Y", "Redo"),
            ("F8", "Projector view on or off"),
            ("Tab, Shift+Tab", "Next or previous control"),
        ]),
        ("Canvas, in a note", &[
            ("Alt+Up, Alt+Down", "Move the note up or down in its block"),
            ("Alt+Left, Alt+Right", "Move the note to the previous or next block"),
        ]),
        ("Canvas, in the Blocks list", &[
            ("Up, Down", "Previous or next block"),
            ("Home, End", "First or last block"),
            ("Enter, Space", "To the block’s “Add note”"),
            ("1 to 9", "Straight to that block (only while the list has focus)"),
        ]),
        ("Canvas, in a note’s Colour or Move menu", &[
            ("Up, Down, Home, End", "Through the menu’s choices"),
            ("Enter", "The choice"),
            ("Esc", "Close the menu, back to its button"),
        ]),
        ("Feasibility, on an assumption in the map", &[
            ("Up, Down", "More or less important"),
            ("Left, Right", "Less or more evidence"),
        ]),
        ("Diffusion, in a timeline date", &[
            ("Alt+Up, Alt+Down", "One day earlier or later"),
            ("Alt+Page Up, Alt+Page Down", "One week earlier or later"),
        ]),
        ("Projector view", &[
            ("Arrow keys", "Next or previous block or part"),
            ("Enter", "Enlarge the block; the arrows then move between its notes"),
            ("Esc", "Back to the whole canvas"),
            ("Page Up, Page Down", "On the cohort wall: previous or next block"),
        ]),
        ("Dialogs", &[
            ("Esc", "Close without changing anything"),
            ("Enter", "The highlighted choice"),
        ]),
    ],
    close: "Close",

    open_example: "Open an example",
    examples_intro: "See what a finished project looks like: open an example and explore every tool. It is added to your projects, marked as an example, and you can delete it at any time.",
    example_badge: "Example",
    example_hint: "Choose a discipline:",
    example_of: |d| match d {
        Discipline::Webtoon => "A webtoon studio in Abidjan",
        Discipline::VideoGame => "A mobile game in Lagos",
        Discipline::Immersive => "An XR installation in Tunis",
        Discipline::Audiovisual => "A documentary series in Dakar",
        Discipline::Music => "A debut EP in Accra",
        Discipline::DigitalPlatform => "A ticketing platform in Casablanca",
        Discipline::Other => "",
    },
    example_opened: |title| {
        format!("Example opened: “{title}”. It is yours to explore and change; delete it from the home screen when you are done.")
    },
    example_failed: "The example could not be opened. Connect to the network once and try again.",
};

pub const FR: HelpStrings = HelpStrings {
    title: "Aide",
    intro: "Canevas suit le parcours d’une résidence d’incubation\u{a0}: vous arrivez avec un projet créatif et repartez avec un plan réaliste pour sa première version. Chaque étape a son outil\u{a0}; tous appartiennent au même projet.",
    path_title: "Le parcours, étape par étape",
    steps: [
        ("1. Modéliser", "Business Model Canvas (modèle économique)", "Décrivez le projet en neuf blocs\u{a0}: pour qui, ce que vous leur proposez, par quels canaux, avec qui, ce qu’il coûte et ce qu’il rapporte. Donnez une couleur à chaque segment de clientèle et reprenez-la pour les notes qui servent ce segment."),
        ("2. Affiner la valeur", "Adéquation public–offre", "Pour chaque segment de clientèle\u{a0}: ce que le public veut, ce qui l’en empêche et ce qu’il espère, puis ce que votre offre apporte, les obstacles qu’elle lève et les espoirs qu’elle comble. Les relier montre où l’offre répond et où pas encore."),
        ("3. Tester", "Faisabilité", "Notez les hypothèses sur lesquelles repose le projet et placez-les selon leur importance et leurs preuves\u{a0}; testez d’abord les plus risquées avec des fiches de test et gardez ce que vous avez appris. Évaluez les critères techniques, commerciaux, financiers, juridiques et d’équipe, listez les risques et réduisez la première version (le MVP) à ce qui peut être fait et essayé."),
        ("4. Lancer", "Plan de diffusion et de valorisation", "Objectifs, publics, canaux (festivals, plateformes, éditeurs, presse), calendrier de sortie, budget et financements, indicateurs à suivre, droits et territoires, et revenus au-delà de la première sortie."),
        ("5. Partager", "Fichiers, impression et mode animation", "Exportez un projet dans un fichier pour un mentor ou un coéquipier, importez le sien, imprimez le canevas. Les animateur·rices montrent les outils au projecteur, lancent des exercices minutés et regardent toute une cohorte côte à côte."),
    ],
    kept_title: "Où votre travail est gardé",
    kept: [
        "Dans ce navigateur, sur cet appareil\u{a0}: chaque changement est enregistré aussitôt dans son stockage local. Rien n’est envoyé nulle part\u{a0}; il n’y a ni compte ni serveur.",
        "Un autre navigateur ou un autre ordinateur ne le voit pas, et effacer les données du navigateur l’efface. Après la première visite, Canevas marche aussi sans réseau.",
    ],
    share_title: "Sauvegarder et partager",
    share: [
        "Exporter (dans l’en-tête) écrit un fichier\u{a0}: le projet à l’écran, ou tous vos projets depuis l’accueil. Gardez-le en lieu sûr, ou envoyez-le par messagerie ou sur une clé USB.",
        "Importer (dans l’en-tête), ou déposer un fichier sur la fenêtre, ajoute les projets qu’il contient. Si l’un d’eux est déjà là, vous choisissez de garder les deux ou de remplacer le vôtre.",
        "L’accueil indique quand vous avez tout exporté pour la dernière fois et vous le rappelle quand des changements ne sont encore dans aucun fichier.",
    ],
    start_title: "Partir d’un exemple",
    start: "L’accueil ouvre un projet d’exemple complet pour chaque discipline, tous les outils remplis. Il devient un projet à vous, marqué «\u{a0}Exemple\u{a0}»\u{a0}: explorez-le, modifiez-le, supprimez-le quand vous avez fini.",
    keyboard_title: "Clavier",
    keyboard: "Tout se fait au clavier. Quelques raccourcis font gagner du temps\u{a0}:",

    shortcuts: "Raccourcis clavier",
    shortcuts_intro: "Sur Mac, utilisez Cmd au lieu de Ctrl. Gauche et droite suivent le sens de lecture.",
    shortcut_groups: &[
        ("Partout", &[
            ("Ctrl+Z", "Annuler"),
            ("Ctrl+Maj+Z ou Ctrl+Y", "Rétablir"),
            ("F8", "Activer ou quitter la vue projecteur"),
            ("Tab, Maj+Tab", "Élément suivant ou précédent"),
        ]),
        ("Canevas, dans une note", &[
            ("Alt+Haut, Alt+Bas", "Monter ou descendre la note dans son bloc"),
            ("Alt+Gauche, Alt+Droite", "Déplacer la note vers le bloc précédent ou suivant"),
        ]),
        ("Canevas, dans la liste des blocs", &[
            ("Haut, Bas", "Bloc précédent ou suivant"),
            ("Début, Fin", "Premier ou dernier bloc"),
            ("Entrée, Espace", "Vers «\u{a0}Ajouter une note\u{a0}» du bloc"),
            ("1 à 9", "Directement à ce bloc (seulement quand la liste a le focus)"),
        ]),
        ("Canevas, dans le menu Couleur ou Déplacer d’une note", &[
            ("Haut, Bas, Début, Fin", "Parcourir les choix du menu"),
            ("Entrée", "Le choix"),
            ("Échap", "Fermer le menu, retour à son bouton"),
        ]),
        ("Faisabilité, sur une hypothèse de la carte", &[
            ("Haut, Bas", "Plus ou moins importante"),
            ("Gauche, Droite", "Moins ou plus de preuves"),
        ]),
        ("Diffusion, dans une date du calendrier", &[
            ("Alt+Haut, Alt+Bas", "Un jour plus tôt ou plus tard"),
            ("Alt+Page préc., Alt+Page suiv.", "Une semaine plus tôt ou plus tard"),
        ]),
        ("Vue projecteur", &[
            ("Flèches", "Bloc ou partie suivant ou précédent"),
            ("Entrée", "Agrandir le bloc\u{a0}; les flèches passent alors d’une note à l’autre"),
            ("Échap", "Revenir au canevas entier"),
            ("Page préc., Page suiv.", "Sur le mur de la cohorte\u{a0}: bloc précédent ou suivant"),
        ]),
        ("Dialogues", &[
            ("Échap", "Fermer sans rien changer"),
            ("Entrée", "Le choix mis en avant"),
        ]),
    ],
    close: "Fermer",

    open_example: "Ouvrir un exemple",
    examples_intro: "Voyez à quoi ressemble un projet abouti\u{a0}: ouvrez un exemple et explorez chaque outil. Il s’ajoute à vos projets, marqué comme exemple, et vous pouvez le supprimer à tout moment.",
    example_badge: "Exemple",
    example_hint: "Choisissez une discipline\u{a0}:",
    example_of: |d| match d {
        Discipline::Webtoon => "Un studio de webtoon à Abidjan",
        Discipline::VideoGame => "Un jeu mobile à Lagos",
        Discipline::Immersive => "Une installation XR à Tunis",
        Discipline::Audiovisual => "Une série documentaire à Dakar",
        Discipline::Music => "Un premier EP à Accra",
        Discipline::DigitalPlatform => "Une plateforme de billetterie à Casablanca",
        Discipline::Other => "",
    },
    example_opened: |title| {
        format!("Exemple ouvert\u{a0}: «\u{a0}{title}\u{a0}». Il est à vous\u{a0}: explorez-le, modifiez-le, et supprimez-le depuis l’accueil quand vous avez fini.")
    },
    example_failed: "L’exemple n’a pas pu être ouvert. Connectez-vous une fois au réseau et réessayez.",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example::EXAMPLES;

    /// Keys a shortcut may be made of alone: none of them types a
    /// character (WCAG 2.1.4).
    const NAMED: [&str; 24] = [
        "Home",
        "End",
        "Début",
        "Fin",
        "Space",
        "Espace",
        "F8",
        "Tab",
        "Enter",
        "Entrée",
        "Esc",
        "Échap",
        "Up",
        "Down",
        "Left",
        "Right",
        "Haut",
        "Bas",
        "Gauche",
        "Droite",
        "Arrow keys",
        "Flèches",
        "Page Up",
        "Page Down",
    ];

    #[test]
    fn no_shortcut_is_a_single_printable_character() {
        for s in [&EN, &FR] {
            for (_, list) in s.shortcut_groups {
                for (keys, what) in *list {
                    assert!(!what.is_empty());
                    // Keys of a widget that act only while it has focus are
                    // not shortcuts (WCAG 2.1.4's exception); they say so.
                    if what.contains("only while the list has focus")
                        || what.contains("seulement quand la liste a le focus")
                    {
                        continue;
                    }
                    let keys = keys.replace(" or ", ",").replace(" ou ", ",");
                    for key in keys.split(',').map(str::trim) {
                        let named =
                            NAMED.contains(&key) || ["Page préc.", "Page suiv."].contains(&key);
                        assert!(
                            key.contains('+') || named,
                            "{key:?} would be a single printable key"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn both_languages_list_the_same_shortcuts() {
        assert_eq!(EN.shortcut_groups.len(), FR.shortcut_groups.len());
        for (en, fr) in EN.shortcut_groups.iter().zip(FR.shortcut_groups) {
            assert_eq!(en.1.len(), fr.1.len(), "{}", en.0);
        }
    }

    #[test]
    fn every_example_is_described() {
        for d in EXAMPLES {
            assert!(!(EN.example_of)(d).is_empty() && !(FR.example_of)(d).is_empty());
        }
    }
}
