//! Indents compact JSON the way `serde_json::to_string_pretty` does.
//!
//! Files people open are indented; storage is compact. Serialising a type
//! both ways would put two copies of its serialiser in the download (one
//! per formatter), so every document is serialised compactly, once, and
//! files are indented from that text.

/// The indented form of `compact`, which must be JSON as
/// `serde_json::to_string` writes it (no whitespace outside strings).
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::indent;
    use serde_json::json;

    #[test]
    fn indents_exactly_as_serde_json_does() {
        let values = [
            json!({}),
            json!([]),
            json!({"a": [], "b": {}, "c": [1, 2, {"d": null}], "e": {"f": [true, false]}}),
            json!({"text": "a \"quoted\" {brace}, [bracket]: colon \\ backslash \\\" end", "n": -1.5e-7}),
            json!([["nested"], [[]], [{}], "\u{1F600} é \n \t"]),
        ];
        for v in values {
            let compact = serde_json::to_string(&v).unwrap();
            assert_eq!(
                indent(&compact),
                serde_json::to_string_pretty(&v).unwrap(),
                "{compact}"
            );
        }
    }
}
