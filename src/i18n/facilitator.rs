//! The facilitator's words: projector view, timed exercises, cohort board
//! and feedback, and the built-in exercises in each language.

use super::Count;
use crate::model::place::{Part, Place};
use crate::model::summary::SortKey;
use crate::model::Block::{self, *};

/// A step on a canvas block.
const fn on(block: Block) -> Option<Place> {
    Some(Place::Block(block))
}
/// A step on the audience–offer fit worksheet.
const FIT: Option<Place> = Some(Place::Part(Part::Fit));

/// A built-in exercise in one language: id, title, description, and steps
/// as (title, prompt, minutes, place). A step with an empty title takes its
/// block's name.
pub struct BuiltIn {
    pub id: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub steps: &'static [(&'static str, &'static str, u32, Option<Place>)],
}

/// The built-in exercises in a language. Kept out of [`FacilitatorStrings`]
/// so that only the facilitator's page, which shows them, carries their
/// texts (src/ui/page.rs).
pub fn builtins(lang: super::Lang) -> &'static [BuiltIn] {
    match lang {
        super::Lang::En => BUILTINS_EN,
        super::Lang::Fr => BUILTINS_FR,
    }
}

/// The words about facilitation both pages show: the projector, the
/// names of the facilitator's screens, feedback received.
pub struct FacilitationStrings {
    pub projector: &'static str,
    pub projector_hint: &'static str,
    pub projector_help: &'static str,
    // projector view (issue 11): leaving it, a block's notes, the wall
    pub leave_projector: &'static str,
    pub more_notes: fn(Count) -> String,
    /// The start of `more_notes`, shown on the button it names.
    pub more_short: fn(Count) -> String,
    pub whole_canvas: &'static str,
    pub exercises: &'static str,
    /// An exercises file imported on the creator's page: the file name.
    pub exercises_elsewhere: fn(&str) -> String,
    pub cohort: &'static str,
    pub compare_title: &'static str,
    pub records_locked: &'static str,
    pub whole_project: &'static str,
    pub kind_to_do: &'static str,
    pub kind_info: &'static str,
    // mentoring (issue 18): what the creator sees of comments
    pub comments_tab: fn(Count) -> String,
    pub comments_title: &'static str,
    pub comments_intro: &'static str,
    pub show_comments: &'static str,
    pub filter_all: &'static str,
    pub filter_done: &'static str,
    pub no_comments_shown: &'static str,
    pub status_done: &'static str,
    pub mark_done: &'static str,
    pub mark_to_do: &'static str,
    pub your_reply: &'static str,
    pub reply_from: fn(&str) -> String,
    pub part_gone: &'static str,
    pub on_item: fn(&str, &str) -> String,
    pub go_to_part: &'static str,
    pub export_answers: &'static str,
    pub export_answers_hint: &'static str,
    pub anonymous: &'static str,
    pub feedback_from: fn(&str, &str) -> String,
    pub feedback_imported: fn(&str, &str) -> String,
    pub feedback_no_project: fn(&str) -> String,
    /// Every mentor's feedback in the file is older than the one already here.
    pub feedback_older: fn(&str) -> String,
}

/// The facilitator's page's own words, which a creator never downloads
/// ([`crate::i18n::Strings::facilitator`]); they include the shared ones.
pub struct FacilitatorStrings {
    pub shared: &'static FacilitationStrings,
    pub run_title: fn(&str) -> String,
    pub run_project: &'static str,
    pub run_demo: &'static str,
    pub demo_title: fn(&str) -> String,
    pub start: &'static str,
    pub timer_on: fn(&str) -> String,
    pub place_canvas: &'static str,
    pub exercises_intro: &'static str,
    pub built_in: &'static str,
    pub yours: &'static str,
    pub none_yet: &'static str,
    pub run: &'static str,
    pub copy_edit: &'static str,
    pub edit: &'static str,
    pub new_exercise: &'static str,
    pub new_exercise_title: &'static str,
    pub export_exercises: &'static str,
    pub exercise_title: &'static str,
    pub exercise_description: &'static str,
    pub step_title: &'static str,
    pub step_prompt: &'static str,
    pub step_minutes: &'static str,
    // drafts: a step's minutes out of range are refused, with this reason
    pub minutes_invalid: fn(u32) -> String,
    pub step_block: &'static str,
    pub no_block: &'static str,
    pub add_step: &'static str,
    pub remove_step: &'static str,
    pub delete_exercise: &'static str,
    pub exercise_deleted: &'static str,
    pub timer: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub extend: &'static str,
    pub skip: &'static str,
    pub previous_step: &'static str,
    pub stop: &'static str,
    pub sound: &'static str,
    pub time_up: &'static str,
    pub paused: &'static str,
    pub finished: &'static str,
    pub minutes: fn(Count) -> String,
    pub step_of: fn(usize, usize) -> String,
    pub step_label: fn(usize) -> String,
    pub exercises_imported: fn(Count, Count, Count) -> String,
    pub cohort_intro: &'static str,
    pub import_cohort: &'static str,
    pub export_cohort: &'static str,
    pub cohort_empty: &'static str,
    pub search: &'static str,
    pub discipline_filter: &'static str,
    pub country_filter: &'static str,
    pub all_disciplines: &'static str,
    pub all_countries: &'static str,
    pub sort_by: &'static str,
    pub sort_name: fn(crate::model::summary::SortKey) -> &'static str,
    pub open_read_only: &'static str,
    pub back_to_cohort: &'static str,
    pub read_only: &'static str,
    pub not_in_cohort: &'static str,
    pub no_country: &'static str,
    pub pitch: &'static str,
    pub team: &'static str,
    pub cohort_unreadable: fn(Count) -> String,
    pub compare_selected: fn(usize) -> String,
    pub compare_this: fn(&str) -> String,
    pub remove: &'static str,
    pub remove_this: fn(&str) -> String,
    pub removed_from_cohort: fn(&str) -> String,
    pub restore: fn(&str) -> String,
    pub cohort_imported: fn(Count, Count) -> String,
    pub copies_skipped: fn(Count) -> String,
    /// Shown, then all: counts and their plural forms.
    pub showing: fn(Count, Count) -> String,
    /// Figures arrive written by `Intl`: a percentage ("64%") or a score.
    pub completeness: fn(&str) -> String,
    /// The cohort card's figures from the later tools.
    pub card_fit: fn(&str) -> String,
    /// The feasibility score out of 5 ("3.4", "3,4").
    pub card_feasibility: fn(&str) -> String,
    pub card_readiness: fn(Option<u8>, Option<u8>) -> String,
    pub card_next: fn(&str, &str) -> String,
    /// The comments written on a cohort project (issue 18).
    pub card_comments: fn(Count) -> String,
    /// A tool of a cohort project the creator has not started.
    pub not_started: &'static str,
    pub feedback: &'static str,
    pub feedback_hint: &'static str,
    pub your_name: &'static str,
    pub overall_feedback: &'static str,
    pub export_feedback: &'static str,
    // comments anywhere (issue 18): the mentor's side
    pub comment_anywhere: &'static str,
    pub comment_anywhere_hint: &'static str,
    pub comment_about: &'static str,
    pub comment_kind: &'static str,
    pub comment_text: &'static str,
    pub save_comment: &'static str,
    pub comment_saved: &'static str,
    pub your_comments: &'static str,
    pub no_comments_yet: &'static str,
    pub delete_comment: &'static str,
    pub comment_deleted: &'static str,
    pub answers_taken: fn(Count, &str) -> String,
    pub no_new_answers: fn(&str) -> String,
    /// An item's own words, quoted, in the form's list of what a comment
    /// is about.
    pub quoted: fn(&str) -> String,
    pub feedback_on: fn(&str) -> String,
    // wall: the cohort board and the comparison in projector view
    pub wall_team: fn(&str) -> String,
    pub wall_blocks: &'static str,
    pub wall_heading: fn(&str) -> String,
    pub wall_keys: &'static str,
    pub wall_empty: &'static str,
    /// Notes of a column that do not fit on the screen.
    pub wall_more: fn(Count) -> String,
}

impl std::ops::Deref for FacilitatorStrings {
    type Target = FacilitationStrings;
    fn deref(&self) -> &FacilitationStrings {
        self.shared
    }
}

pub const EN_SHARED: FacilitationStrings = FacilitationStrings {
    projector: "Projector view",
    projector_hint: "Large type and high contrast for a room (F8)",
    projector_help: "Projector view: arrow keys move between blocks, Enter enlarges a block and the arrows then move between its notes, Esc comes back. F8 leaves this view.",
    leave_projector: "Leave projector view",
    more_notes: |n| format!("{n} more {}: show all", n.pick("note", "notes")),
    more_short: |n| format!("{n} more"),
    whole_canvas: "Back to the whole canvas",
    exercises: "Exercises",
    exercises_elsewhere: |file| format!("“{file}” holds a facilitator’s exercises: open Exercises, then import it there."),
    cohort: "Cohort",
    compare_title: "Side by side",
    records_locked: "Your exercises or feedback in this browser were saved by a newer version of Canevas, or could not be set aside. They are kept as they are and not changed here; reload the page to update Canevas.",
    whole_project: "The project as a whole",
    kind_to_do: "To do",
    kind_info: "For information",
    comments_tab: |n| format!("Comments ({n})"),
    comments_title: "Comments from your mentors",
    comments_intro: "What your mentors wrote on this project, each beside its part too. Reply and mark what you have done; Export answers writes a file your mentors import to see them.",
    show_comments: "Show",
    filter_all: "All",
    filter_done: "Done",
    no_comments_shown: "No comment to show.",
    status_done: "Done",
    mark_done: "Mark done",
    mark_to_do: "Mark to do again",
    your_reply: "Your reply",
    reply_from: |date| format!("The team’s reply, {date}"),
    part_gone: "Its part no longer exists",
    on_item: |place, item| format!("On {place}: “{item}”"),
    go_to_part: "Go to it",
    export_answers: "Export answers",
    export_answers_hint: "Write your replies and what is done into a file for your mentors",
    anonymous: "a facilitator",
    feedback_from: |author, date| format!("Feedback from {author}, {date}"),
    feedback_imported: |author, title| format!("Feedback from {author} on “{title}” is now shown beside its parts and on its Comments tab. Your work is unchanged."),
    feedback_no_project: |title| format!("This feedback is about “{title}”, a project that is not in this browser. Import that project first, then the feedback."),
    feedback_older: |title| format!("This feedback on “{title}” is older than the one already shown: nothing changed."),
};

pub const EN: FacilitatorStrings = FacilitatorStrings {
    shared: &EN_SHARED,
    run_title: |x| format!("Run “{x}”"),
    run_project: "Project shown to the room",
    run_demo: "A new blank demo project",
    demo_title: |x| format!("Demo: {x}"),
    start: "Start",
    timer_on: |step| format!("Time left: {step}"),
    place_canvas: "Canvas",
    exercises_intro: "Timed exercises for a room: run one to show each step, its prompt and a countdown large enough for the back of the room. Copy a built-in exercise to adapt it; export yours to reuse them at the next workshop (the Import button reads them back).",
    built_in: "Built-in exercises",
    yours: "Your exercises",
    none_yet: "None yet: copy a built-in exercise or start a new one.",
    run: "Run",
    copy_edit: "Copy and edit",
    edit: "Edit",
    new_exercise: "New exercise",
    new_exercise_title: "My exercise",
    export_exercises: "Export your exercises",
    exercise_title: "Exercise title",
    exercise_description: "Description",
    step_title: "Step title",
    step_prompt: "Prompt",
    step_minutes: "Minutes",
    minutes_invalid: |max| format!("Type whole minutes, from 1 to {max}."),
    step_block: "Where in the project",
    no_block: "None",
    add_step: "Add step",
    remove_step: "Remove step",
    delete_exercise: "Delete exercise",
    exercise_deleted: "Exercise deleted. “Restore” on this page brings it back.",
    timer: "Exercise timer",
    pause: "Pause",
    resume: "Resume",
    extend: "+1 min",
    skip: "Next step",
    previous_step: "Previous step",
    stop: "Stop",
    sound: "Sound at the end of a step",
    time_up: "Time is up",
    paused: "Paused",
    finished: "Exercise finished. Well done!",
    minutes: |n| format!("{n} {}", n.pick("minute", "minutes")),
    step_of: |i, n| format!("Step {i} of {n}:"),
    step_label: |i| format!("Step {i}"),
    exercises_imported: |added, updated, kept| format!(
        "Exercises imported: {added} added, {updated} updated with a newer copy, {kept} kept because yours is newer."
    ),
    cohort_intro: "The projects your participants sent you, kept apart from your own projects. Import their files (select several at once, or drop them on this page), then sort, filter, open one, or compare several side by side.",
    import_cohort: "Import participants' files",
    export_cohort: "Export the cohort",
    cohort_empty: "No project in the cohort yet. Import the files your participants exported.",
    search: "Search",
    discipline_filter: "Discipline",
    country_filter: "Country",
    all_disciplines: "All disciplines",
    all_countries: "All countries",
    sort_by: "Sort by",
    sort_name: |s| match s {
        SortKey::Title => "Title",
        SortKey::Country => "Country",
        SortKey::Discipline => "Discipline",
        SortKey::Completeness => "Canvas completeness",
        SortKey::Updated => "Last updated",
        SortKey::Fit => "Audience–offer fit",
        SortKey::Feasibility => "Feasibility score",
        SortKey::Coherence => "Coherence",
        SortKey::NextDeadline => "Next deadline",
    },
    open_read_only: "Open",
    back_to_cohort: "Back to the cohort",
    read_only: "A participant's project, read-only: nothing here changes their work.",
    not_in_cohort: "This project is not in the cohort.",
    no_country: "no country given",
    pitch: "Pitch",
    team: "Team",
    cohort_unreadable: |n| n.pick(
        format!("{n} cohort record could not be read; it was left in storage untouched."),
        format!("{n} cohort records could not be read; they were left in storage untouched."),
    ),
    compare_selected: |n| format!("Compare selected ({n})"),
    compare_this: |t| format!("Compare “{t}”"),
    remove: "Remove",
    remove_this: |t| format!("Remove “{t}” from the cohort"),
    removed_from_cohort: |t| format!("“{t}” removed from the cohort. “Restore” on the board brings it back."),
    restore: |t| format!("Restore “{t}”"),
    cohort_imported: |a, u| match u.n {
        0 => format!("{a} {} added to the cohort.", a.pick("project", "projects")),
        _ => format!("{a} added to the cohort, {u} updated with a newer copy."),
    },
    copies_skipped: |n| n.pick(
        format!("{n} older copy of the same project was skipped."),
        format!("{n} older copies of the same project were skipped."),
    ),
    showing: |shown, all| format!("Showing {shown} of {all} {}", all.pick("project", "projects")),
    completeness: |p| format!("Canvas {p} complete"),
    card_fit: |p| format!("Audience–offer fit: {p} of what matters answered"),
    card_feasibility: |s| format!("Feasibility score: {s} out of 5"),
    card_readiness: |product, market| {
        let level = |l: Option<u8>| l.map_or("not set".to_owned(), |l| l.to_string());
        format!("Readiness: product {}, market {}", level(product), level(market))
    },
    card_next: |date, what| {
        if what.trim().is_empty() {
            format!("Next deadline: {date}")
        } else {
            format!("Next deadline: {date}, {what}")
        }
    },
    card_comments: |n| format!("{n} {} written", n.pick("comment", "comments")),
    not_started: "Not started yet.",
    feedback: "Feedback",
    feedback_hint: "Write feedback beside each block, on the whole project, or on any part with the form below. It is saved as you type, never changes the participant's project, and goes to them as a file: they open it with Import and see each comment beside its part. Their answers come back as a file you import like their project.",
    your_name: "Your name",
    overall_feedback: "Overall feedback",
    export_feedback: "Export feedback",
    comment_anywhere: "Comment on any part",
    comment_anywhere_hint: "Choose what the comment is about: the project, a block, a note or any item of a tool. One comment per item: saving again on the same item replaces it.",
    comment_about: "About",
    comment_kind: "It is",
    comment_text: "Comment",
    save_comment: "Save the comment",
    comment_saved: "Comment saved.",
    your_comments: "Your comments",
    no_comments_yet: "No comment yet.",
    delete_comment: "Delete the comment",
    comment_deleted: "Comment deleted.",
    answers_taken: |n, title| format!("{n} {} from the team of “{title}” now {} beside your comments.", n.pick("answer", "answers"), n.pick("shows", "show")),
    no_new_answers: |title| format!("This file has no new answer on your comments on “{title}”."),
    quoted: |words| format!("“{words}”"),
    feedback_on: |block| format!("Feedback on {block}"),
    // wall: the cohort board and the comparison in projector view
    wall_team: |names| format!("Team: {names}"),
    wall_blocks: "Block shown",
    wall_heading: |block| format!("{block}, side by side"),
    wall_keys: "Page Down, Page Up: next or previous block",
    wall_empty: "No note here yet.",
    wall_more: |n| format!("+{n} more {} not shown", n.pick("note", "notes")),
};

pub const FR_SHARED: FacilitationStrings = FacilitationStrings {
    projector: "Vue projecteur",
    projector_hint: "Grands caractères et fort contraste pour une salle (F8)",
    projector_help: "Vue projecteur\u{a0}: les flèches passent d’un bloc à l’autre, Entrée agrandit un bloc et les flèches passent alors d’une note à l’autre, Échap revient. F8 quitte cette vue.",
    leave_projector: "Quitter la vue projecteur",
    more_notes: |n| format!("{n} {}\u{a0}: tout afficher", n.pick("autre note", "autres notes")),
    more_short: |n| format!("{n} {}", n.pick("autre", "autres")),
    whole_canvas: "Revenir au canevas entier",
    exercises: "Exercices",
    exercises_elsewhere: |file| format!("«\u{a0}{file}\u{a0}» contient des exercices d’animation\u{a0}: ouvrez Exercices, puis importez-le là."),
    cohort: "Cohorte",
    compare_title: "Côte à côte",
    records_locked: "Vos exercices ou retours dans ce navigateur ont été enregistrés par une version plus récente de Canevas, ou n’ont pas pu être mis de côté. Ils sont gardés tels quels et ne sont pas modifiés ici\u{a0}; rechargez la page pour mettre Canevas à jour.",
    whole_project: "Le projet dans son ensemble",
    kind_to_do: "À faire",
    kind_info: "Pour information",
    comments_tab: |n| format!("Commentaires ({n})"),
    comments_title: "Commentaires de vos mentors",
    comments_intro: "Ce que vos mentors ont écrit sur ce projet, aussi à côté de chaque partie. Répondez et marquez ce que vous avez fait\u{a0}; Exporter les réponses écrit un fichier que vos mentors importent pour les voir.",
    show_comments: "Afficher",
    filter_all: "Tous",
    filter_done: "Faits",
    no_comments_shown: "Aucun commentaire à afficher.",
    status_done: "Fait",
    mark_done: "Marquer comme fait",
    mark_to_do: "Remettre à faire",
    your_reply: "Votre réponse",
    reply_from: |date| format!("Réponse de l’équipe, le {date}"),
    part_gone: "Sa partie n’existe plus",
    on_item: |place, item| format!("Sur {place}\u{a0}: «\u{a0}{item}\u{a0}»"),
    go_to_part: "Y aller",
    export_answers: "Exporter les réponses",
    export_answers_hint: "Écrire vos réponses et ce qui est fait dans un fichier pour vos mentors",
    anonymous: "un·e animateur·rice",
    feedback_from: |author, date| format!("Retour de {author}, le {date}"),
    feedback_imported: |author, title| format!("Le retour de {author} sur «\u{a0}{title}\u{a0}» s’affiche maintenant à côté de ses parties et dans son onglet Commentaires. Votre travail n’a pas changé."),
    feedback_no_project: |title| format!("Ce retour porte sur «\u{a0}{title}\u{a0}», un projet absent de ce navigateur. Importez d’abord ce projet, puis le retour."),
    feedback_older: |title| format!("Ce retour sur «\u{a0}{title}\u{a0}» est plus ancien que celui déjà affiché\u{a0}: rien n’a changé."),
};

pub const FR: FacilitatorStrings = FacilitatorStrings {
    shared: &FR_SHARED,
    run_title: |x| format!("Lancer «\u{a0}{x}\u{a0}»"),
    run_project: "Projet montré à la salle",
    run_demo: "Un nouveau projet de démonstration vide",
    demo_title: |x| format!("Démo\u{a0}: {x}"),
    start: "Commencer",
    timer_on: |step| format!("Temps restant\u{a0}: {step}"),
    place_canvas: "Canevas",
    exercises_intro: "Des exercices minutés pour une salle\u{a0}: lancez-en un pour afficher chaque étape, sa consigne et un compte à rebours lisible du fond de la salle. Copiez un exercice intégré pour l’adapter\u{a0}; exportez les vôtres pour les réutiliser à l’atelier suivant (le bouton Importer les relit).",
    built_in: "Exercices intégrés",
    yours: "Vos exercices",
    none_yet: "Aucun pour l’instant\u{a0}: copiez un exercice intégré ou commencez-en un nouveau.",
    run: "Lancer",
    copy_edit: "Copier et modifier",
    edit: "Modifier",
    new_exercise: "Nouvel exercice",
    new_exercise_title: "Mon exercice",
    export_exercises: "Exporter vos exercices",
    exercise_title: "Titre de l’exercice",
    exercise_description: "Description",
    step_title: "Titre de l’étape",
    step_prompt: "Consigne",
    step_minutes: "Minutes",
    minutes_invalid: |max| format!("Tapez des minutes entières, de 1 à {max}."),
    step_block: "Où dans le projet",
    no_block: "Aucun",
    add_step: "Ajouter une étape",
    remove_step: "Retirer l’étape",
    delete_exercise: "Supprimer l’exercice",
    exercise_deleted: "Exercice supprimé. «\u{a0}Rétablir\u{a0}» sur cette page le fait revenir.",
    timer: "Minuteur de l’exercice",
    pause: "Pause",
    resume: "Reprendre",
    extend: "+1 min",
    skip: "Étape suivante",
    previous_step: "Étape précédente",
    stop: "Arrêter",
    sound: "Son à la fin d’une étape",
    time_up: "Temps écoulé",
    paused: "En pause",
    finished: "Exercice terminé. Bravo\u{a0}!",
    minutes: |n| format!("{n} {}", n.pick("minute", "minutes")),
    step_of: |i, n| format!("Étape {i} sur {n}\u{a0}:"),
    step_label: |i| format!("Étape {i}"),
    exercises_imported: |added, updated, kept| format!(
        "Exercices importés\u{a0}: {added} {}, {updated} mis à jour avec une copie plus récente, {kept} {}.",
        added.pick("ajouté", "ajoutés"),
        kept.pick("gardé car le vôtre est plus récent", "gardés car les vôtres sont plus récents")
    ),
    cohort_intro: "Les projets que vos participants vous ont envoyés, gardés à part de vos propres projets. Importez leurs fichiers (plusieurs à la fois, ou en les déposant sur cette page), puis triez, filtrez, ouvrez-en un, ou comparez-en plusieurs côte à côte.",
    import_cohort: "Importer les fichiers des participants",
    export_cohort: "Exporter la cohorte",
    cohort_empty: "Aucun projet dans la cohorte pour l’instant. Importez les fichiers exportés par vos participants.",
    search: "Rechercher",
    discipline_filter: "Discipline",
    country_filter: "Pays",
    all_disciplines: "Toutes les disciplines",
    all_countries: "Tous les pays",
    sort_by: "Trier par",
    sort_name: |s| match s {
        SortKey::Title => "Titre",
        SortKey::Country => "Pays",
        SortKey::Discipline => "Discipline",
        SortKey::Completeness => "Avancement du canevas",
        SortKey::Updated => "Dernière modification",
        SortKey::Fit => "Adéquation public–offre",
        SortKey::Feasibility => "Score de faisabilité",
        SortKey::Coherence => "Cohérence",
        SortKey::NextDeadline => "Prochaine échéance",
    },
    open_read_only: "Ouvrir",
    back_to_cohort: "Retour à la cohorte",
    read_only: "Le projet d’un participant, en lecture seule\u{a0}: rien ici ne modifie son travail.",
    not_in_cohort: "Ce projet n’est pas dans la cohorte.",
    no_country: "pays non précisé",
    pitch: "Pitch",
    team: "Équipe",
    cohort_unreadable: |n| n.pick(
        format!("{n} enregistrement de la cohorte est illisible\u{a0}; il est resté intact dans le stockage."),
        format!("{n} enregistrements de la cohorte sont illisibles\u{a0}; ils sont restés intacts dans le stockage."),
    ),
    compare_selected: |n| format!("Comparer la sélection ({n})"),
    compare_this: |t| format!("Comparer «\u{a0}{t}\u{a0}»"),
    remove: "Retirer",
    remove_this: |t| format!("Retirer «\u{a0}{t}\u{a0}» de la cohorte"),
    removed_from_cohort: |t| format!("«\u{a0}{t}\u{a0}» retiré de la cohorte. «\u{a0}Rétablir\u{a0}» sur le tableau le fait revenir."),
    restore: |t| format!("Rétablir «\u{a0}{t}\u{a0}»"),
    cohort_imported: |a, u| match u.n {
        0 => format!("{a} {} à la cohorte.", a.pick("projet ajouté", "projets ajoutés")),
        _ => format!(
            "{a} {} à la cohorte, {u} mis à jour avec une copie plus récente.",
            a.pick("ajouté", "ajoutés")
        ),
    },
    copies_skipped: |n| n.pick(
        format!("{n} copie plus ancienne du même projet a été ignorée."),
        format!("{n} copies plus anciennes du même projet ont été ignorées."),
    ),
    showing: |shown, all| format!("{shown} {} sur {all}", shown.pick("projet affiché", "projets affichés")),
    completeness: |p| format!("Canevas rempli à {p}"),
    card_fit: |p| format!("Adéquation public–offre\u{a0}: {p} de l’essentiel a une réponse"),
    card_feasibility: |s| format!("Score de faisabilité\u{a0}: {s} sur 5"),
    card_readiness: |product, market| {
        let level = |l: Option<u8>| l.map_or("non évaluée".to_owned(), |l| l.to_string());
        format!("Maturité\u{a0}: produit {}, marché {}", level(product), level(market))
    },
    card_next: |date, what| {
        if what.trim().is_empty() {
            format!("Prochaine échéance\u{a0}: {date}")
        } else {
            format!("Prochaine échéance\u{a0}: {date}, {what}")
        }
    },
    card_comments: |n| format!("{n} {} écrit{}", n.pick("commentaire", "commentaires"), n.pick("", "s")),
    not_started: "Pas encore commencé.",
    feedback: "Retours",
    feedback_hint: "Écrivez un retour à côté de chaque bloc, sur l’ensemble du projet, ou sur n’importe quelle partie avec le formulaire ci-dessous. Il est enregistré au fil de la frappe, ne modifie jamais le projet du participant, et lui parvient sous forme de fichier\u{a0}: il l’ouvre avec Importer et voit chaque commentaire à côté de sa partie. Ses réponses reviennent dans un fichier que vous importez comme son projet.",
    your_name: "Votre nom",
    overall_feedback: "Retour d’ensemble",
    export_feedback: "Exporter les retours",
    comment_anywhere: "Commenter n’importe quelle partie",
    comment_anywhere_hint: "Choisissez ce que vise le commentaire\u{a0}: le projet, un bloc, une note ou tout élément d’un outil. Un commentaire par élément\u{a0}: enregistrer à nouveau sur le même élément le remplace.",
    comment_about: "Sur",
    comment_kind: "C’est",
    comment_text: "Commentaire",
    save_comment: "Enregistrer le commentaire",
    comment_saved: "Commentaire enregistré.",
    your_comments: "Vos commentaires",
    no_comments_yet: "Aucun commentaire pour l’instant.",
    delete_comment: "Supprimer le commentaire",
    comment_deleted: "Commentaire supprimé.",
    answers_taken: |n, title| format!("{n} {} de l’équipe de «\u{a0}{title}\u{a0}» {} maintenant à côté de vos commentaires.", n.pick("réponse", "réponses"), n.pick("s’affiche", "s’affichent")),
    no_new_answers: |title| format!("Ce fichier n’apporte aucune nouvelle réponse à vos commentaires sur «\u{a0}{title}\u{a0}»."),
    quoted: |words| format!("«\u{a0}{words}\u{a0}»"),
    feedback_on: |block| format!("Retour sur {block}"),
    // wall: the cohort board and the comparison in projector view
    wall_team: |names| format!("Équipe\u{a0}: {names}"),
    wall_blocks: "Bloc affiché",
    wall_heading: |block| format!("{block}, côte à côte"),
    wall_keys: "Page suivante, Page précédente\u{a0}: bloc suivant ou précédent",
    wall_empty: "Aucune note ici pour l’instant.",
    wall_more: |n| format!("+{n} {}", n.pick("autre note non affichée", "autres notes non affichées")),
};

pub static BUILTINS_EN: &[BuiltIn] = &[
    BuiltIn {
        id: "builtin-bmc-45",
        title: "Business Model Canvas in 45 minutes",
        description: "The nine blocks in the recommended order: the audience and what it gets first, then how the work reaches it and how it pays, then what it takes and what it costs.",
        steps: &[
            ("", "Who is it for? Name two or three audiences precisely: where they live, what they already watch, play, read or listen to, what they pay for. One audience per note, one colour each.", 7, on(CustomerSegments)),
            ("", "What does each audience get from your work that it finds nowhere else? One promise per note, in the audience's own words, in that audience's colour.", 6, on(ValuePropositions)),
            ("", "How does each audience discover, get and enjoy your work? Festivals, platforms, stores, radio, social media, screenings, publishers: one channel per note.", 5, on(Channels)),
            ("", "How do you stay in touch with your audience and bring them back? Community, newsletter, live events, fan clubs, regular releases.", 4, on(CustomerRelationships)),
            ("", "Who pays, for what, and how? Sales, subscriptions, rights and licences, commissions, grants, sponsorship, merchandise. Add a rough figure where you can.", 6, on(RevenueStreams)),
            ("", "What must you have to keep the promise? Skills, equipment, rights, a catalogue, money, a community.", 4, on(KeyResources)),
            ("", "What must you do every week to make it happen? Writing, production, post-production, distribution, community work, fundraising.", 4, on(KeyActivities)),
            ("", "Who do you need, and who needs you? Co-producers, publishers, broadcasters, labels, festivals, funders, studios.", 4, on(KeyPartners)),
            ("", "What costs the most? Separate what you pay once (equipment, production) from what you pay every month (people, hosting, fees).", 5, on(CostStructure)),
        ],
    },
    BuiltIn {
        id: "builtin-audience-20",
        title: "Audience and offer in 20 minutes",
        description: "One audience, what it tries to do, what stands in its way, and how your work answers.",
        steps: &[
            ("Pick one audience", "Choose the audience that matters most for your first release and describe one real person in it: age, city, phone, what they did last weekend.", 3, on(CustomerSegments)),
            ("What they try to do", "List what this person tries to do, feel or achieve where your work could help: pass the time on the bus, learn, share with friends, be proud of their culture.", 5, FIT),
            ("What stands in their way", "What frustrates them today? Price, data costs, nothing in their language, hard to find, poor quality, no way to pay.", 5, FIT),
            ("How your work answers", "For each aim and each frustration, write how your work answers it. Cross out what answers nothing.", 5, FIT),
            ("Tell your neighbour", "Read your answers to the person next to you. What did they find unconvincing?", 2, None),
        ],
    },
    BuiltIn {
        id: "builtin-pitch-15",
        title: "One-minute pitch in 15 minutes",
        description: "Write and try a one-minute pitch for a festival, a funder or a platform.",
        steps: &[
            ("The hook", "One sentence that makes a stranger want to know more: who, what, and what is new.", 3, None),
            ("Who and why now", "Who is waiting for this work, and why is now the moment? One figure, one example.", 4, on(CustomerSegments)),
            ("What you ask for", "What do you need from the person listening: money, a slot, an introduction, a contract? Be precise.", 3, None),
            ("Pitch in pairs", "Take turns: one minute each, then one minute of questions. Swap.", 5, None),
        ],
    },
];

pub static BUILTINS_FR: &[BuiltIn] = &[
    BuiltIn {
        id: "builtin-bmc-45",
        title: "Business Model Canvas en 45 minutes",
        description: "Les neuf blocs dans l’ordre conseillé\u{a0}: le public et ce qu’il y gagne d’abord, puis comment l’œuvre lui parvient et comment il paie, enfin ce qu’il faut et ce que cela coûte.",
        steps: &[
            ("", "Pour qui\u{a0}? Nommez deux ou trois publics avec précision\u{a0}: où ils vivent, ce qu’ils regardent, jouent, lisent ou écoutent déjà, ce qu’ils paient. Un public par note, une couleur chacun.", 7, on(CustomerSegments)),
            ("", "Que trouve chaque public dans votre œuvre qu’il ne trouve nulle part ailleurs\u{a0}? Une promesse par note, avec les mots de ce public, dans sa couleur.", 6, on(ValuePropositions)),
            ("", "Comment chaque public découvre, obtient et profite de votre œuvre\u{a0}? Festivals, plateformes, boutiques, radio, réseaux sociaux, projections, éditeurs\u{a0}: un canal par note.", 5, on(Channels)),
            ("", "Comment garder le lien avec votre public et le faire revenir\u{a0}? Communauté, lettre d’information, événements, fan-clubs, sorties régulières.", 4, on(CustomerRelationships)),
            ("", "Qui paie, pour quoi, et comment\u{a0}? Ventes, abonnements, droits et licences, commandes, subventions, parrainage, produits dérivés. Ajoutez un ordre de grandeur quand vous le pouvez.", 6, on(RevenueStreams)),
            ("", "Que vous faut-il pour tenir la promesse\u{a0}? Compétences, matériel, droits, catalogue, argent, communauté.", 4, on(KeyResources)),
            ("", "Que devez-vous faire chaque semaine pour y arriver\u{a0}? Écriture, production, postproduction, distribution, animation de communauté, recherche de financement.", 4, on(KeyActivities)),
            ("", "De qui avez-vous besoin, et qui a besoin de vous\u{a0}? Coproducteurs, éditeurs, diffuseurs, labels, festivals, bailleurs, studios.", 4, on(KeyPartners)),
            ("", "Qu’est-ce qui coûte le plus\u{a0}? Séparez ce que vous payez une fois (matériel, production) de ce que vous payez chaque mois (équipe, hébergement, frais).", 5, on(CostStructure)),
        ],
    },
    BuiltIn {
        id: "builtin-audience-20",
        title: "Public et offre en 20 minutes",
        description: "Un public, ce qu’il cherche à faire, ce qui l’en empêche, et comment votre œuvre y répond.",
        steps: &[
            ("Choisir un public", "Choisissez le public qui compte le plus pour votre première sortie et décrivez une personne réelle\u{a0}: âge, ville, téléphone, ce qu’elle a fait le week-end dernier.", 3, on(CustomerSegments)),
            ("Ce qu’il cherche à faire", "Notez ce que cette personne cherche à faire, ressentir ou obtenir là où votre œuvre peut aider\u{a0}: passer le temps dans le bus, apprendre, partager avec ses amis, être fière de sa culture.", 5, FIT),
            ("Ce qui l’en empêche", "Qu’est-ce qui la frustre aujourd’hui\u{a0}? Le prix, le coût des données, rien dans sa langue, difficile à trouver, mauvaise qualité, pas moyen de payer.", 5, FIT),
            ("Ce que votre œuvre y répond", "Pour chaque attente et chaque frustration, écrivez comment votre œuvre y répond. Barrez ce qui ne répond à rien.", 5, FIT),
            ("Dites-le à votre voisin", "Lisez vos réponses à votre voisin ou voisine. Qu’est-ce qui ne l’a pas convaincu\u{a0}?", 2, None),
        ],
    },
    BuiltIn {
        id: "builtin-pitch-15",
        title: "Pitch d’une minute en 15 minutes",
        description: "Écrire et essayer un pitch d’une minute pour un festival, un bailleur ou une plateforme.",
        steps: &[
            ("L’accroche", "Une phrase qui donne envie à un inconnu d’en savoir plus\u{a0}: qui, quoi, et ce qui est nouveau.", 3, None),
            ("Pour qui, et pourquoi maintenant", "Qui attend cette œuvre, et pourquoi est-ce le bon moment\u{a0}? Un chiffre, un exemple.", 4, on(CustomerSegments)),
            ("Ce que vous demandez", "De quoi avez-vous besoin de la personne qui écoute\u{a0}: de l’argent, une place, une mise en relation, un contrat\u{a0}? Soyez précis.", 3, None),
            ("Pitch à deux", "À tour de rôle\u{a0}: une minute chacun, puis une minute de questions. Changez.", 5, None),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::exercise::{MAX_STEP_MINUTES, RECOMMENDED_ORDER};

    #[test]
    fn built_in_exercises_match_across_languages() {
        assert_eq!(BUILTINS_EN.len(), BUILTINS_FR.len());
        for (en, fr) in BUILTINS_EN.iter().zip(BUILTINS_FR) {
            assert_eq!(en.id, fr.id);
            assert!(crate::model::Id::parse(en.id).is_some());
            let shape = |b: &BuiltIn| -> Vec<(u32, Option<Place>, bool)> {
                b.steps.iter().map(|s| (s.2, s.3, s.0.is_empty())).collect()
            };
            assert_eq!(shape(en), shape(fr), "{}", en.id);
            for (title, prompt, minutes, block) in en.steps.iter().chain(fr.steps) {
                assert!(!prompt.trim().is_empty());
                assert!((1..=MAX_STEP_MINUTES).contains(minutes));
                assert!(
                    !title.is_empty() || matches!(block, Some(Place::Block(_))),
                    "an untitled step names its block"
                );
            }
        }
    }

    #[test]
    fn the_canvas_exercise_takes_45_minutes_in_the_recommended_order() {
        let bmc = &BUILTINS_EN[0];
        assert_eq!(bmc.steps.iter().map(|s| s.2).sum::<u32>(), 45);
        let order: Vec<Block> = bmc
            .steps
            .iter()
            .filter_map(|s| match s.3 {
                Some(Place::Block(b)) => Some(b),
                _ => None,
            })
            .collect();
        assert_eq!(order, RECOMMENDED_ORDER);
    }

    #[test]
    fn french_puts_a_no_break_space_before_high_punctuation() {
        for b in BUILTINS_FR {
            for text in [b.title, b.description]
                .into_iter()
                .chain(b.steps.iter().flat_map(|s| [s.0, s.1]))
            {
                for (i, c) in text.char_indices() {
                    if matches!(c, ':' | ';' | '?' | '!') {
                        assert_eq!(text[..i].chars().last(), Some('\u{a0}'), "{text}");
                    }
                }
            }
        }
    }
}
