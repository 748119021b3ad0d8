//! The facilitator's words: projector view, timed exercises, cohort board
//! and feedback.

pub struct FacilitatorStrings {
    pub projector: &'static str,
    pub projector_hint: &'static str,
    pub projector_help: &'static str,
}

pub const EN: FacilitatorStrings = FacilitatorStrings {
    projector: "Projector view",
    projector_hint: "Large type and high contrast for a room (F8, or P when not typing)",
    projector_help: "Projector view: arrow keys move between blocks, Enter goes into a block and the arrows then move between its notes, Esc comes back out. F8 leaves this view.",
};

pub const FR: FacilitatorStrings = FacilitatorStrings {
    projector: "Vue projecteur",
    projector_hint: "Grands caractères et fort contraste pour une salle (F8, ou P hors saisie)",
    projector_help: "Vue projecteur\u{a0}: les flèches passent d’un bloc à l’autre, Entrée entre dans un bloc et les flèches passent alors d’une note à l’autre, Échap en ressort. F8 quitte cette vue.",
};
