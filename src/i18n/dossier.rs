//! The words of the dossier: the whole project as one document, printed,
//! saved as a PDF or as one web page.
//!
//! French typography: a no-break space (\u{a0}) before : ; ? ! and inside
//! « », and a typographic apostrophe (’).

pub struct DossierStrings {
    pub tab: &'static str,
    pub intro: &'static str,
    pub options: &'static str,
    pub include: &'static str,
    pub feedback: &'static str,
    pub paper: &'static str,
    /// A4 portrait, A4 landscape, A3 portrait.
    pub papers: [&'static str; 3],
    pub landscape_note: &'static str,
    pub print: &'static str,
    pub print_hint: &'static str,
    pub export: &'static str,
    pub exported: fn(&str) -> String,
    pub contents: &'static str,
    pub page: &'static str,
    pub date: &'static str,
    pub format: &'static str,
    pub format_version: fn(u32) -> String,
    pub no_feedback: &'static str,
    pub unscored: &'static str,
}

pub static EN: DossierStrings = DossierStrings {
    tab: "Dossier",
    intro: "The whole project as one document: print it, save it as a PDF, or send it as a web page that opens on any phone or laptop.",
    options: "What the dossier holds",
    include: "Parts to include",
    feedback: "Feedback received",
    paper: "Paper",
    papers: ["A4 portrait", "A4 landscape", "A3 portrait"],
    landscape_note: "The canvas and the timeline always get landscape pages.",
    print: "Print",
    print_hint: "Opens your browser’s print dialog; choose “Save as PDF” there to make a PDF.",
    export: "Export as a web page",
    exported: |file| format!("Web page saved as {file}."),
    contents: "Contents",
    page: "Page",
    date: "Date",
    format: "File format",
    format_version: |v| format!("Canevas, version {v}"),
    no_feedback: "No feedback received yet.",
    unscored: "Not scored yet",
};

pub static FR: DossierStrings = DossierStrings {
    tab: "Dossier",
    intro: "Tout le projet en un document\u{a0}: imprimez-le, enregistrez-le en PDF ou envoyez-le en page web, lisible sur tout téléphone ou ordinateur.",
    options: "Contenu du dossier",
    include: "Parties à inclure",
    feedback: "Retours reçus",
    paper: "Papier",
    papers: ["A4 portrait", "A4 paysage", "A3 portrait"],
    landscape_note: "Le canevas et le calendrier ont toujours des pages en paysage.",
    print: "Imprimer",
    print_hint: "Ouvre la fenêtre d’impression du navigateur\u{a0}; choisissez «\u{a0}Enregistrer au format PDF\u{a0}» pour obtenir un PDF.",
    export: "Exporter en page web",
    exported: |file| format!("Page web enregistrée sous {file}."),
    contents: "Sommaire",
    page: "Page",
    date: "Date",
    format: "Format de fichier",
    format_version: |v| format!("Canevas, version {v}"),
    no_feedback: "Aucun retour reçu pour l’instant.",
    unscored: "Pas encore notés",
};
