use super::Strings;
use crate::format::ImportError;
use crate::model::{Block, Colour, Discipline};

pub static STRINGS: Strings = Strings {
    lang: super::Lang::En,
    app_tagline: "From creative project to MVP plan",
    skip_to_content: "Skip to content",
    language: "Language",
    undo: "Undo",
    undo_hint: "Undo the last change (Ctrl+Z)",
    redo: "Redo",
    redo_hint: "Redo the change you undid (Ctrl+Shift+Z)",
    // Undo and redo: what a step did.
    undid: |what| format!("Undid: {what}"),
    redid: |what| format!("Redid: {what}"),
    did_note: |action, block| {
        use crate::model::diff::Action::*;
        match action {
            NoteAdded => format!("note added in {block}"),
            NoteDeleted => format!("note deleted in {block}"),
            NoteEdited => format!("note edited in {block}"),
            NoteColoured => format!("note colour changed in {block}"),
            NoteMoved => format!("note moved in {block}"),
            Edited => format!("change in {block}"),
        }
    },
    did_in: |screen| format!("change in {screen}"),
    did_add_project: |t| format!("“{t}” added"),
    did_delete_project: |t| format!("“{t}” deleted"),
    did_rename_project: |t| format!("“{t}” renamed"),
    did_import: |n| format!("import of {n} {}", n.pick("project", "projects")),
    export: "Export",
    export_project_hint: "Save this project to a file you can share",
    export_all_hint: "Save all your projects to one file",
    import: "Import",
    import_hint: "Open a Canevas file (.json); you can also drop it on the window",
    saved: "All changes saved",
    not_saved_full: "Not saved: this browser's storage is full. Export your work to a file, then delete projects you no longer need.",
    not_saved_unavailable: "Not saved: this browser does not let Canevas store anything (private browsing?). Export your work before closing the page.",
    not_saved_other: "Not saved: the browser refused to store the last change. Export your work to a file to keep it safe.",
    nav_label: "Main",
    projects: "Projects",
    home_title: "Your projects",
    empty_title: "No project yet",
    empty_body: "Create a project to start its Business Model Canvas, or import a file that a teammate or mentor sent you. Everything stays in this browser until you export it.",
    new_project: "New project",
    field_title: "Title",
    field_pitch: "One-line pitch",
    field_discipline: "Discipline",
    field_country: "Country",
    field_team: "Team members",
    field_team_hint: "Separate names with commas.",
    create: "Create",
    cancel: "Cancel",
    save: "Save",
    title_required: "Give the project a title.",
    rename: "Rename",
    rename_title: "Rename the project",
    duplicate: "Duplicate",
    delete: "Delete",
    untitled: "Untitled project",
    project_actions: "Project actions",
    project_details: "Project details",
    details_saved_hint: "Changes are saved as you type.",
    canvas_title: "Business Model Canvas",
    guiding_questions: "Guiding questions",
    guide_loading: "Loading…",
    guide_failed: "The guiding questions could not be loaded: connect to the network once, then try again.",
    try_again: "Try again",
    add_note: "Add note",
    drag_to_move: "Drag to move",
    move_up: "Move up",
    move_down: "Move down",
    move_to: "Move to block",
    colour_key: "Colour key: each colour stands for the customer segment of the same colour.",
    colour: "Colour",
    delete_note: "Delete note",
    note_deleted: "Note deleted. Undo brings it back.",
    no_notes: "No notes yet.",
    keyboard_help: "Keyboard: in a note, Alt+Up and Alt+Down move it within its block; Alt+Left and Alt+Right move it to the previous or next block. Ctrl+Z undoes, Ctrl+Shift+Z redoes.",
    attribution: "The Business Model Canvas is by Strategyzer AG (strategyzer.com) and is licensed under Creative Commons Attribution-ShareAlike 3.0 (CC BY-SA 3.0).",
    not_found_title: "Nothing here",
    not_found_body: "This address leads to no screen, or to a project that is not in this browser. It may have been deleted, or made in another browser: import its file to open it here.",
    back_home: "Back to your projects",
    drop_here: "Drop the file to import it",
    conflict_title: "Already in your projects",
    replace: "Replace",
    keep_both: "Keep both",
    dismiss: "Dismiss",
    other_tab: "This project was changed in another tab. You now see the latest version.",
    file_unreadable: "The file could not be read from the disk.",
    storage_unavailable: "This browser does not let Canevas store anything (private browsing, or storage turned off). You can work, but nothing is kept after the page closes: export your work to a file.",
    newer_record: "A project in this browser was saved by a newer version of Canevas. It is kept as it is; reload the page to update Canevas and see it.",
    build_updated: "Canevas was updated since your last visit. Your work is as you left it.",
    build_ready: "A new version of Canevas is ready. It opens the next time you open Canevas; your work is saved.",
    messages: "Messages",
    feasibility: &super::feasibility::EN,
    facilitation: &super::facilitator::EN_SHARED,
    // backup (issue 10)
    backup: &super::backup::EN,
    // pitch (issue 12)
    pitch: &super::pitch::EN,
    // phone (issue 13): the button that folds the header on a phone
    menu: "Menu",

    discipline: |d| match d {
        Discipline::VideoGame => "Video game",
        Discipline::Webtoon => "Webtoon or comics",
        Discipline::Immersive => "Immersive or XR",
        Discipline::Audiovisual => "Film, series or audiovisual",
        Discipline::Music => "Music",
        Discipline::DigitalPlatform => "Digital platform",
        Discipline::Other => "Other",
    },
    block: |b| match b {
        Block::KeyPartners => "Key Partners",
        Block::KeyActivities => "Key Activities",
        Block::KeyResources => "Key Resources",
        Block::ValuePropositions => "Value Propositions",
        Block::CustomerRelationships => "Customer Relationships",
        Block::Channels => "Channels",
        Block::CustomerSegments => "Customer Segments",
        Block::CostStructure => "Cost Structure",
        Block::RevenueStreams => "Revenue Streams",
    },
    colour_name: |c| match c {
        Some(Colour::Yellow) => "Yellow",
        Some(Colour::Pink) => "Pink",
        Some(Colour::Blue) => "Blue",
        Some(Colour::Green) => "Green",
        Some(Colour::Orange) => "Orange",
        Some(Colour::Purple) => "Purple",
        None => "No colour",
    },
    example: |e| format!("Example: {e}"),
    note_label: |n| format!("Note {n}"),
    note_count: |n| format!("{n} {}", n.pick("note", "notes")),
    // search (issue 13)
    search_label: "Search your projects",
    search_hint: "Words from any of their texts: title, notes, worksheets, plans.",
    search_found: |n| format!("{n} {} found", n.pick("project", "projects")),
    search_none: |q| format!("No project contains all of “{q}”."),
    search_clear: "Clear the search",
    on_this_page: "On this page",
    blocks_filled: |n| format!("{n} of 9 blocks filled"),
    updated_on: |d| format!("Updated {d}"),
    copy_of: |t| format!("{t} (copy)"),
    project_deleted: |t| format!("“{t}” deleted. Undo brings it back."),
    conflict_body: |titles| match titles {
        [one] => format!("You already have the project “{one}”. Replace your version with the one in the file, or keep both as separate projects?"),
        _ => format!(
            "You already have {} of the projects in this file: {}. Replace your versions with those in the file, or keep both?",
            titles.len(),
            titles.iter().map(|t| format!("“{t}”")).collect::<Vec<_>>().join(", ")
        ),
    },
    imported: |a, r| match r.n {
        0 => format!("{a} {} imported. Undo reverts the import.", a.pick("project", "projects")),
        _ => format!("{a} {} added, {r} replaced. Undo reverts the import.", a.pick("project", "projects")),
    },
    not_imported: |file, why| format!("“{file}” was not imported: {why} Your projects are unchanged."),
    import_error: |e| match e {
        ImportError::Empty => "the file is empty.".into(),
        ImportError::TooLarge { bytes, limit } => format!(
            "the file is {} MB, and Canevas opens files of up to {} MB.",
            super::megabytes(*bytes, '.'),
            limit / 1_048_576
        ),
        ImportError::NotText => "it is not a text file, so not a Canevas file.".into(),
        ImportError::NotJson { line, column } => {
            format!("it is not a Canevas file (it is not JSON: the text breaks at line {line}, column {column}).")
        }
        ImportError::Truncated => "the file is cut short: it stops in the middle. Ask for it again, or copy it again.".into(),
        ImportError::NotCanevas => "it is JSON, but not a Canevas file.".into(),
        ImportError::FutureVersion { found, supported } => format!(
            "it was made by a newer version of Canevas (file format {found}; this version reads up to {supported}). Reload the page to update Canevas, then import it again."
        ),
        ImportError::WrongShape { detail } => format!("its content is not what a Canevas file holds ({detail})."),
        ImportError::NoProjects => "it holds no project.".into(),
        ImportError::TooManyProjects { count, limit } => {
            format!("it holds {count} projects, and Canevas opens up to {limit} at once.")
        }
        ImportError::TextTooLong { project, limit } => {
            format!("a text in the project “{project}” is longer than {limit} characters.")
        }
        ImportError::TooManyTeamMembers { project, limit } => {
            format!("the project “{project}” lists more than {limit} team members.")
        }
        ImportError::DuplicateId { id } => format!("the identifier “{id}” is used twice, so the file was altered."),
        ImportError::BrokenFitLink { project } => (super::fit::EN.broken_link)(project),
    },
    unreadable_record: |why, kept| format!(
        "Part of your stored work could not be read ({why}) It was kept aside, untouched, under “{kept}”. Export your projects to a file to keep them safe."
    ),
    recovered: |n| n.pick(
        format!("{n} project missing from your list was found and put back."),
        format!("{n} projects missing from your list were found and put back."),
    ),
    fit: &super::fit::EN,
    diffusion: &super::DiffusionStrings::EN,

    // canvas notes and block list (issues 13.3, 13.4, 14.1)
    note_move: "Move",
    note_move_title: "Move this note: up, down or to another block",
    note_colour: |c| format!("Colour: {c}"),
    blocks_nav: "Blocks",
    blocks_nav_help: "Arrow keys or a block's number (1 to 9) choose it; Enter goes to its \"Add note\".",
    // examples (issue 13)
    help: &super::help::EN,
    // dossier (issue 12)
    dossier: &super::dossier::EN,
    // coherence (issue 16)
    coherence: &super::coherence::EN,
};
