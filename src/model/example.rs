//! The example projects (issue 13): one complete project per discipline,
//! in English and in French, shipped beside the app as files under
//! `examples/` (written by `scripts/examples/build.py`, never compiled into
//! the wasm) and read through the one import path like any other file.

use super::Discipline;

/// The disciplines that have an example, in the order they are offered.
pub const EXAMPLES: [Discipline; 6] = [
    Discipline::Webtoon,
    Discipline::VideoGame,
    Discipline::Immersive,
    Discipline::Audiovisual,
    Discipline::Music,
    Discipline::DigitalPlatform,
];

/// The example's file, relative to the app: `examples/webtoon.fr.json`.
pub fn path(discipline: Discipline, french: bool) -> String {
    let lang = if french { "fr" } else { "en" };
    format!("examples/{}.{lang}.json", discipline.key())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_example_has_a_file_per_language() {
        assert_eq!(
            path(Discipline::VideoGame, true),
            "examples/video_game.fr.json"
        );
        assert_eq!(path(Discipline::Music, false), "examples/music.en.json");
        assert!(!EXAMPLES.contains(&Discipline::Other));
    }
}
