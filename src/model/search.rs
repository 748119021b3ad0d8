//! Finding one's own projects by the words in them: every text the user
//! wrote, in every tool, compared without case or accents ("eco" finds
//! "Écomusée", "festival" finds "FESTIVALS").

use super::Project;

/// A project's words, folded (see [`fold`]), one text per line: what a
/// search looks in. Computed once per change of the project.
pub fn haystack(project: &Project) -> String {
    // The tools list their texts for `&mut` (their limits are enforced
    // through the same lists); a copy lends them here.
    let mut p = project.clone();
    let mut out = String::new();
    let mut push = |t: &mut String| {
        if !t.trim().is_empty() {
            out.push_str(&fold(t));
            out.push('\n');
        }
    };
    for t in [&mut p.title, &mut p.pitch, &mut p.country] {
        push(t);
    }
    p.team.iter_mut().for_each(&mut push);
    for (_, n) in project.canvas.all_notes() {
        push(&mut n.text.clone());
    }
    for profile in &mut p.fit.profiles {
        profile.audience.iter_mut().for_each(|i| push(&mut i.text));
        profile.offer.iter_mut().for_each(|i| push(&mut i.text));
    }
    p.feasibility.texts_mut().into_iter().for_each(&mut push);
    p.diffusion.each_text(&mut push);
    out
}

/// Whether every word of `query` is somewhere in `haystack` (made by
/// [`haystack`]). An empty query finds everything.
pub fn matches(haystack: &str, query: &str) -> bool {
    fold(query)
        .split_whitespace()
        .all(|word| haystack.contains(word))
}

/// The lower case of a letter of the scripts Canevas's users write in
/// (Latin, with Latin-1 and Latin Extended-A, Greek and Cyrillic; Arabic
/// has no case). Written out because std's full Unicode case tables weigh
/// several kilobytes in the download.
pub fn lower(c: char) -> char {
    let n = c as u32;
    let to = match n {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => n + 0x20,
        0x391..=0x3a1 | 0x3a3..=0x3ab | 0x410..=0x42f => n + 0x20,
        0x400..=0x40f => n + 0x50,
        // Latin Extended-A pairs capital and small letters side by side.
        0x100..=0x137 | 0x14a..=0x177 if n.is_multiple_of(2) => n + 1,
        0x139..=0x148 | 0x179..=0x17e if !n.is_multiple_of(2) => n + 1,
        0x178 => 0xff,
        _ => n,
    };
    char::from_u32(to).unwrap_or(c)
}

/// Lower case, without the accents of Latin scripts or Arabic's short
/// vowels and tatweel, so a word is found however it was typed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(lower) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => out.push('a'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'ẹ' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ị' => out.push('i'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ọ' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ụ' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'š' | 'ș' | 'ş' | 'ṣ' => out.push('s'),
            'ž' => out.push('z'),
            'ɛ' => out.push('e'),
            'ɔ' => out.push('o'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            '’' | 'ʼ' => out.push('\''),
            // Combining marks (a decomposed é), Arabic harakat and tatweel.
            '\u{300}'..='\u{36f}' | '\u{64b}'..='\u{652}' | '\u{640}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::feasibility::Assumption;
    use crate::model::{Block, Id, Note, Timestamp};

    fn id(s: &str) -> Id {
        Id::parse(s).unwrap()
    }

    fn project() -> Project {
        let mut p = Project::new(id("p1"), "Studio Écume", Timestamp(0));
        p.pitch = "Un webtoon sur les marchés d'Abidjan".into();
        p.team = vec!["Awa Koné".into()];
        let note = Note::new(id("n1"), "Radio communautaire", Timestamp(0));
        assert!(p.canvas.add_note(Block::Channels, note));
        p
    }

    #[test]
    fn finds_words_in_any_text_without_case_or_accents() {
        let h = haystack(&project());
        assert!(matches(&h, "ecume"));
        assert!(matches(&h, "MARCHÉS abidjan"));
        assert!(matches(&h, "kone"));
        assert!(matches(&h, "communautaire"));
        assert!(matches(&h, "  "), "an empty query finds everything");
        assert!(!matches(&h, "radio festival"), "every word must be found");
    }

    #[test]
    fn finds_the_tools_texts() {
        let mut p = project();
        let mut a = Assumption::new(id("a1"), Block::RevenueStreams);
        a.text = "Les lecteurs paient par mobile money".into();
        p.feasibility.assumptions.push(a);
        let h = haystack(&p);
        assert!(matches(&h, "mobile money"));
    }

    #[test]
    fn lower_case_agrees_with_std_on_the_scripts_it_knows() {
        let known = [0x20..=0x17f_u32, 0x391..=0x3ab, 0x400..=0x42f];
        for c in known.into_iter().flatten().filter_map(char::from_u32) {
            let std: Vec<char> = c.to_lowercase().collect();
            // 'İ' lowers to two characters: it is left as it is.
            if let [one] = std[..] {
                assert_eq!(lower(c), one, "{c} (U+{:04X})", c as u32);
            }
        }
    }

    #[test]
    fn folds_accents_arabic_vowels_and_apostrophes() {
        assert_eq!(fold("Événement à Gbɛkɛ"), "evenement a gbeke");
        assert_eq!(fold("e\u{301}te\u{301}"), "ete");
        assert_eq!(fold("مَدْرَسَة"), "مدرسة");
        assert_eq!(fold("l’œuvre"), "l'oeuvre");
    }
}
