//! The guide files shipped in `public/guide/`: every language reads
//! (every entry there, none unused), and the wording keeps its rules.

use canevas::i18n::guide::{Guide, Part, Problem};
use canevas::i18n::Lang;
use canevas::model::{Block, Discipline};

const NBSP: char = '\u{a0}';

fn file(lang: Lang) -> Vec<u8> {
    let path = format!(
        "{}/public/{}",
        env!("CARGO_MANIFEST_DIR"),
        Guide::path(lang)
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn guide(lang: Lang) -> Guide {
    Guide::read(&file(lang), lang).unwrap_or_else(|p| panic!("{lang:?}: {p:?}"))
}

fn assert_clean(s: &str) {
    assert!(!s.is_empty(), "empty string");
    assert_eq!(s, s.trim(), "leading or trailing whitespace: {s:?}");
    assert!(!s.contains("  "), "double space: {s:?}");
    assert!(!s.contains(['<', '>', '*', '`', '#']), "markup: {s:?}");
}

/// French: a non-breaking space before : ; ? ! and never a plain one.
fn assert_typography(lang: Lang, s: &str) {
    if lang != Lang::Fr {
        assert!(!s.contains(NBSP), "NBSP in {lang:?}: {s:?}");
        return;
    }
    let chars: Vec<char> = s.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if matches!(c, ':' | ';' | '?' | '!') {
            assert!(
                i > 0 && chars[i - 1] == NBSP,
                "missing NBSP before {c:?}: {s:?}"
            );
        }
    }
    assert!(!s.contains('\''), "straight apostrophe in French: {s:?}");
}

fn assert_distinct(what: &str, all: &[&str]) {
    for (i, s) in all.iter().enumerate() {
        assert!(!all[..i].contains(s), "{what}: repeated {s:?}");
    }
}

#[test]
fn every_language_has_a_complete_guide() {
    for lang in Lang::ALL {
        guide(lang);
    }
}

#[test]
fn every_block_has_four_or_five_clean_questions_translated() {
    let (en, fr) = (guide(Lang::En), guide(Lang::Fr));
    for lang in Lang::ALL {
        let g = guide(lang);
        let mut all = Vec::new();
        for block in Block::ALL {
            let qs = g.questions(block);
            assert!(
                (4..=5).contains(&qs.len()),
                "{block:?} {lang:?}: {} questions",
                qs.len()
            );
            for q in qs {
                assert_clean(q);
                assert!(
                    q.ends_with('?'),
                    "{block:?} {lang:?}: not a question: {q:?}"
                );
                assert_typography(lang, q);
                all.push(q.as_str());
            }
        }
        assert_distinct(&format!("{lang:?} questions"), &all);
    }
    for block in Block::ALL {
        assert_eq!(
            en.questions(block).len(),
            fr.questions(block).len(),
            "{block:?}: counts differ"
        );
        for (e, f) in en.questions(block).iter().zip(fr.questions(block)) {
            assert_ne!(e, f, "{block:?}: untranslated question");
        }
    }
}

#[test]
fn every_example_is_short_clean_distinct_and_translated() {
    let (en, fr) = (guide(Lang::En), guide(Lang::Fr));
    for lang in Lang::ALL {
        let g = guide(lang);
        for block in Block::ALL {
            let all: Vec<&str> = Discipline::ALL
                .iter()
                .map(|&d| g.example(block, d))
                .collect();
            assert_distinct(&format!("{block:?} {lang:?} examples"), &all);
            for s in all {
                assert_clean(s);
                let n = s.chars().count();
                assert!(n < 90, "{block:?} {lang:?}: {n} chars: {s:?}");
                let lower = s.to_lowercase();
                assert!(
                    !lower.starts_with("e.g")
                        && !lower.starts_with("ex.")
                        && !lower.starts_with("par ex"),
                    "{block:?}: leading e.g.: {s:?}"
                );
                assert_typography(lang, s);
            }
        }
    }
    for block in Block::ALL {
        for d in Discipline::ALL {
            assert_ne!(
                en.example(block, d),
                fr.example(block, d),
                "{block:?} {d:?}: untranslated"
            );
        }
    }
}

#[test]
fn the_fit_worksheet_has_questions_and_an_example_for_every_part() {
    let (en, fr) = (guide(Lang::En), guide(Lang::Fr));
    for part in Part::ALL {
        assert_eq!(
            en.fit_questions(part).len(),
            fr.fit_questions(part).len(),
            "{part:?}"
        );
        for lang in Lang::ALL {
            for q in guide(lang).fit_questions(part) {
                assert_clean(q);
                assert!(q.ends_with('?'), "{part:?} {lang:?}: {q:?}");
                assert_typography(lang, q);
            }
        }
    }
    for d in Discipline::ALL {
        assert_ne!(en.fit_segment(d), fr.fit_segment(d), "{d:?}");
        for part in Part::ALL {
            let (e, f) = (en.fit_example(d, part), fr.fit_example(d, part));
            assert_clean(e);
            assert_clean(f);
            assert_ne!(e, f, "{d:?} {part:?}: untranslated");
        }
    }
}

/// Edits the English file's JSON value and reads it back.
fn read_edited(edit: impl FnOnce(&mut serde_json::Value)) -> Result<Guide, Problem> {
    let mut value: serde_json::Value = serde_json::from_slice(&file(Lang::En)).unwrap();
    edit(&mut value);
    Guide::read(&serde_json::to_vec(&value).unwrap(), Lang::En)
}

#[test]
fn a_missing_entry_an_unused_one_or_an_empty_one_is_named() {
    assert_eq!(
        read_edited(|v| {
            v["blocks"]["key_partners"]["examples"]
                .as_object_mut()
                .unwrap()
                .remove("music");
        }),
        Err(Problem::Missing(
            "blocks.key_partners.examples.music".into()
        ))
    );
    assert_eq!(
        read_edited(|v| v["fit"]["questions"]["wants"] = "Why?".into()),
        Err(Problem::Unused("fit.questions.wants".into()))
    );
    assert_eq!(
        read_edited(|v| v["fit"]["examples"]["webtoon"]["gain"] = " ".into()),
        Err(Problem::Empty("fit.examples.webtoon.gain".into()))
    );
    assert_eq!(
        read_edited(|v| v["blocks"]["channels"]["questions"] = serde_json::json!([])),
        Err(Problem::Empty("blocks.channels.questions".into()))
    );
    assert_eq!(
        read_edited(|v| v["blocks"]["cost_structure"]["questions"][1] = 3.into()),
        Err(Problem::Empty("blocks.cost_structure.questions.1".into()))
    );
}

#[test]
fn a_file_of_another_language_or_version_is_not_taken() {
    assert_eq!(Guide::read(&file(Lang::Fr), Lang::En), Err(Problem::Header));
    assert_eq!(
        read_edited(|v| v["version"] = 2.into()),
        Err(Problem::Header)
    );
    assert_eq!(
        Guide::read(b"{\"format\": ", Lang::En),
        Err(Problem::NotJson)
    );
    assert_eq!(
        read_edited(|v| v["format"] = "canevas".into()),
        Err(Problem::Header)
    );
}
