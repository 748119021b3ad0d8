use super::Strings;
use crate::format::ImportError;
use crate::model::{Block, Colour, Discipline};

// French typography: a non-breaking space (\u{a0}) before : ; ? ! and
// inside « ».
pub static STRINGS: Strings = Strings {
    lang: super::Lang::Fr,
    app_tagline: "Du projet créatif au plan de MVP",
    skip_to_content: "Aller au contenu",
    language: "Langue",
    undo: "Annuler",
    undo_hint: "Annuler la dernière modification (Ctrl+Z)",
    redo: "Rétablir",
    redo_hint: "Rétablir la modification annulée (Ctrl+Maj+Z)",
    // Annuler et rétablir : ce qu'une étape a fait.
    undid: |what| format!("Annulé\u{a0}: {what}"),
    redid: |what| format!("Rétabli\u{a0}: {what}"),
    did_note: |action, block| {
        use crate::model::diff::Action::*;
        match action {
            NoteAdded => format!("note ajoutée dans {block}"),
            NoteDeleted => format!("note supprimée dans {block}"),
            NoteEdited => format!("note modifiée dans {block}"),
            NoteColoured => format!("couleur d’une note changée dans {block}"),
            NoteMoved => format!("note déplacée dans {block}"),
            Edited => format!("modification dans {block}"),
        }
    },
    did_in: |screen| format!("modification dans {screen}"),
    did_add_project: |t| format!("«\u{a0}{t}\u{a0}» ajouté"),
    did_delete_project: |t| format!("«\u{a0}{t}\u{a0}» supprimé"),
    did_rename_project: |t| format!("«\u{a0}{t}\u{a0}» renommé"),
    did_import: |n| format!("import de {n} {}", n.pick("projet", "projets")),
    export: "Exporter",
    export_project_hint: "Enregistrer ce projet dans un fichier à partager",
    export_all_hint: "Enregistrer tous vos projets dans un seul fichier",
    import: "Importer",
    import_hint: "Ouvrir un fichier Canevas (.json)\u{a0}; vous pouvez aussi le déposer sur la fenêtre",
    saved: "Toutes les modifications sont enregistrées",
    not_saved_full: "Non enregistré\u{a0}: l’espace de stockage du navigateur est plein. Exportez votre travail dans un fichier, puis supprimez les projets dont vous n’avez plus besoin.",
    not_saved_unavailable: "Non enregistré\u{a0}: ce navigateur ne permet pas à Canevas de stocker quoi que ce soit (navigation privée\u{a0}?). Exportez votre travail avant de fermer la page.",
    not_saved_other: "Non enregistré\u{a0}: le navigateur a refusé d’enregistrer la dernière modification. Exportez votre travail dans un fichier pour le garder.",
    nav_label: "Principale",
    projects: "Projets",
    home_title: "Vos projets",
    empty_title: "Aucun projet pour l’instant",
    empty_body: "Créez un projet pour commencer son Business Model Canvas, ou importez un fichier envoyé par un·e coéquipier·ère ou un·e mentor. Tout reste dans ce navigateur tant que vous ne l’exportez pas.",
    new_project: "Nouveau projet",
    field_title: "Titre",
    field_pitch: "Pitch en une phrase",
    field_discipline: "Discipline",
    field_country: "Pays",
    field_team: "Membres de l’équipe",
    field_team_hint: "Séparez les noms par des virgules.",
    create: "Créer",
    cancel: "Annuler",
    save: "Enregistrer",
    title_required: "Donnez un titre au projet.",
    rename: "Renommer",
    rename_title: "Renommer le projet",
    duplicate: "Dupliquer",
    delete: "Supprimer",
    untitled: "Projet sans titre",
    project_actions: "Actions sur le projet",
    project_details: "Détails du projet",
    details_saved_hint: "Les modifications sont enregistrées au fil de la saisie.",
    canvas_title: "Business Model Canvas (modèle économique)",
    guiding_questions: "Questions pour avancer",
    guide_loading: "Chargement…",
    guide_failed: "Les questions n’ont pas pu être chargées\u{a0}: connectez-vous au réseau une fois, puis réessayez.",
    try_again: "Réessayer",
    add_note: "Ajouter une note",
    drag_to_move: "Glisser pour déplacer",
    move_up: "Monter",
    move_down: "Descendre",
    move_to: "Déplacer vers le bloc",
    colour_key: "Légende\u{a0}: chaque couleur renvoie au segment de clientèle de la même couleur.",
    colour: "Couleur",
    delete_note: "Supprimer la note",
    note_deleted: "Note supprimée. «\u{a0}Annuler\u{a0}» la rétablit.",
    no_notes: "Pas encore de note.",
    keyboard_help: "Clavier\u{a0}: dans une note, Alt+Haut et Alt+Bas la déplacent dans son bloc\u{a0}; Alt+Gauche et Alt+Droite vers le bloc précédent ou suivant. Ctrl+Z annule, Ctrl+Maj+Z rétablit.",
    attribution: "Le Business Model Canvas est une création de Strategyzer AG (strategyzer.com), sous licence Creative Commons Attribution – Partage dans les mêmes conditions 3.0 (CC BY-SA 3.0).",
    not_found_title: "Rien ici",
    not_found_body: "Cette adresse ne mène à aucun écran, ou à un projet absent de ce navigateur. Il a peut-être été supprimé, ou créé dans un autre navigateur\u{a0}: importez son fichier pour l’ouvrir ici.",
    back_home: "Retour à vos projets",
    drop_here: "Déposez le fichier pour l’importer",
    conflict_title: "Déjà dans vos projets",
    replace: "Remplacer",
    keep_both: "Garder les deux",
    dismiss: "Fermer",
    other_tab: "Ce projet a été modifié dans un autre onglet. Vous voyez maintenant la dernière version.",
    file_unreadable: "Le fichier n’a pas pu être lu sur le disque.",
    storage_unavailable: "Ce navigateur ne permet pas à Canevas de stocker quoi que ce soit (navigation privée, ou stockage désactivé). Vous pouvez travailler, mais rien n’est gardé après la fermeture de la page\u{a0}: exportez votre travail dans un fichier.",
    newer_record: "Un projet de ce navigateur a été enregistré par une version plus récente de Canevas. Il est gardé tel quel\u{a0}; rechargez la page pour mettre Canevas à jour et le voir.",
    build_updated: "Canevas a été mis à jour depuis votre dernière visite. Votre travail est tel que vous l’avez laissé.",
    build_ready: "Une nouvelle version de Canevas est prête. Elle s’ouvrira la prochaine fois que vous ouvrirez Canevas\u{a0}; votre travail est enregistré.",
    messages: "Messages",
    feasibility: &super::feasibility::FR,
    facilitation: &super::facilitator::FR_SHARED,
    // backup (issue 10)
    backup: &super::backup::FR,
    // pitch (issue 12)
    pitch: &super::pitch::FR,
    // phone (issue 13): the button that folds the header on a phone
    menu: "Menu",

    discipline: |d| match d {
        Discipline::VideoGame => "Jeu vidéo",
        Discipline::Webtoon => "Webtoon ou bande dessinée",
        Discipline::Immersive => "Immersif ou XR",
        Discipline::Audiovisual => "Film, série ou audiovisuel",
        Discipline::Music => "Musique",
        Discipline::DigitalPlatform => "Plateforme numérique",
        Discipline::Other => "Autre",
    },
    block: |b| match b {
        Block::KeyPartners => "Partenaires clés",
        Block::KeyActivities => "Activités clés",
        Block::KeyResources => "Ressources clés",
        Block::ValuePropositions => "Propositions de valeur",
        Block::CustomerRelationships => "Relations clients",
        Block::Channels => "Canaux",
        Block::CustomerSegments => "Segments de clientèle",
        Block::CostStructure => "Structure de coûts",
        Block::RevenueStreams => "Flux de revenus",
    },
    colour_name: |c| match c {
        Some(Colour::Yellow) => "Jaune",
        Some(Colour::Pink) => "Rose",
        Some(Colour::Blue) => "Bleu",
        Some(Colour::Green) => "Vert",
        Some(Colour::Orange) => "Orange",
        Some(Colour::Purple) => "Violet",
        None => "Sans couleur",
    },
    example: |e| format!("Exemple\u{a0}: {e}"),
    note_label: |n| format!("Note {n}"),
    note_count: |n| format!("{n} {}", n.pick("note", "notes")),
    // search (issue 13)
    search_label: "Chercher dans vos projets",
    search_hint: "Des mots de n’importe lequel de leurs textes\u{a0}: titre, notes, fiches, plans.",
    search_found: |n| format!("{n} {}", n.pick("projet trouvé", "projets trouvés")),
    search_none: |q| format!("Aucun projet ne contient tous les mots «\u{a0}{q}\u{a0}»."),
    search_clear: "Effacer la recherche",
    on_this_page: "Sur cette page",
    blocks_filled: |n| n.pick(format!("{n} bloc sur 9 rempli"), format!("{n} blocs sur 9 remplis")),
    updated_on: |d| format!("Modifié le {d}"),
    copy_of: |t| format!("{t} (copie)"),
    project_deleted: |t| format!("«\u{a0}{t}\u{a0}» supprimé. «\u{a0}Annuler\u{a0}» le rétablit."),
    conflict_body: |titles| match titles {
        [one] => format!("Vous avez déjà le projet «\u{a0}{one}\u{a0}». Remplacer votre version par celle du fichier, ou garder les deux comme projets distincts\u{a0}?"),
        _ => format!(
            "Vous avez déjà {} des projets de ce fichier\u{a0}: {}. Remplacer vos versions par celles du fichier, ou garder les deux\u{a0}?",
            titles.len(),
            titles.iter().map(|t| format!("«\u{a0}{t}\u{a0}»")).collect::<Vec<_>>().join(", ")
        ),
    },
    imported: |a, r| match r.n {
        0 => format!("{a} {} «\u{a0}Annuler\u{a0}» défait l’import.", a.pick("projet importé.", "projets importés.")),
        _ => format!(
            "{a} {}, {r} {}. «\u{a0}Annuler\u{a0}» défait l’import.",
            a.pick("projet ajouté", "projets ajoutés"),
            r.pick("remplacé", "remplacés")
        ),
    },
    not_imported: |file, why| format!("«\u{a0}{file}\u{a0}» n’a pas été importé\u{a0}: {why} Vos projets n’ont pas changé."),
    import_error: |e| match e {
        ImportError::Empty => "le fichier est vide.".into(),
        ImportError::TooLarge { bytes, limit } => format!(
            "le fichier fait {}\u{a0}Mo, et Canevas ouvre des fichiers de {}\u{a0}Mo au plus.",
            super::megabytes(*bytes, ','),
            limit / 1_048_576
        ),
        ImportError::NotText => "ce n’est pas un fichier texte, donc pas un fichier Canevas.".into(),
        ImportError::NotJson { line, column } => format!(
            "ce n’est pas un fichier Canevas (ce n’est pas du JSON\u{a0}: le texte se casse ligne {line}, colonne {column})."
        ),
        ImportError::Truncated => "le fichier est incomplet\u{a0}: il s’arrête au milieu. Demandez-le à nouveau, ou copiez-le à nouveau.".into(),
        ImportError::NotCanevas => "c’est du JSON, mais pas un fichier Canevas.".into(),
        ImportError::FutureVersion { found, supported } => format!(
            "il a été créé par une version plus récente de Canevas (format {found}\u{a0}; cette version lit jusqu’au format {supported}). Rechargez la page pour mettre Canevas à jour, puis importez-le à nouveau."
        ),
        ImportError::WrongShape { detail } => format!("son contenu ne correspond pas à un fichier Canevas ({detail})."),
        ImportError::NoProjects => "il ne contient aucun projet.".into(),
        ImportError::TooManyProjects { count, limit } => {
            format!("il contient {count} projets, et Canevas en ouvre {limit} au plus à la fois.")
        }
        ImportError::TextTooLong { project, limit } => {
            format!("un texte du projet «\u{a0}{project}\u{a0}» dépasse {limit} caractères.")
        }
        ImportError::TooManyTeamMembers { project, limit } => {
            format!("le projet «\u{a0}{project}\u{a0}» compte plus de {limit} membres d’équipe.")
        }
        ImportError::DuplicateId { id } => {
            format!("l’identifiant «\u{a0}{id}\u{a0}» apparaît deux fois, le fichier a donc été modifié.")
        }
        ImportError::BrokenFitLink { project } => (super::fit::FR.broken_link)(project),
    },
    unreadable_record: |why, kept| format!(
        "Une partie de votre travail enregistré n’a pas pu être lue ({why}) Elle a été mise de côté, intacte, sous «\u{a0}{kept}\u{a0}». Exportez vos projets dans un fichier pour les garder en sécurité."
    ),
    recovered: |n| n.pick(
        format!("{n} projet absent de votre liste a été retrouvé et remis en place."),
        format!("{n} projets absents de votre liste ont été retrouvés et remis en place."),
    ),
    fit: &super::fit::FR,
    diffusion: &super::DiffusionStrings::FR,

    // canvas notes and block list (issues 13.3, 13.4, 14.1)
    note_move: "Déplacer",
    note_move_title: "Déplacer cette note\u{a0}: monter, descendre ou vers un autre bloc",
    note_colour: |c| format!("Couleur\u{a0}: {c}"),
    blocks_nav: "Blocs",
    blocks_nav_help: "Les flèches ou le numéro d’un bloc (1 à 9) le choisissent\u{a0}; Entrée mène à son «\u{a0}Ajouter une note\u{a0}».",
    // examples (issue 13)
    help: &super::help::FR,
    // dossier (issue 12)
    dossier: &super::dossier::FR,
    // coherence (issue 16)
    coherence: &super::coherence::FR,
};
