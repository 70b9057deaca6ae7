//! Names made safe for XML and wrapped onto lines, never cut.

use super::MAX_LINES;

/// `text` made safe and wrapped onto lines of at most `width` characters:
/// at spaces, or within a word longer than a line; at most [`MAX_LINES`]
/// lines, the last ending with `…` if the text goes on.
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut line_chars = 0;
    let mut cut = false;
    let text = safe(text);
    'words: for word in text.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        let mut chars: Vec<char> = word.chars().collect();
        // A word that does not fit on this line starts the next.
        if line_chars > 0 && line_chars + 1 + chars.len() > width {
            lines.push(std::mem::take(&mut line));
            line_chars = 0;
        }
        loop {
            if lines.len() == MAX_LINES {
                cut = true;
                break 'words;
            }
            if line_chars > 0 {
                line.push(' ');
                line_chars += 1;
            }
            let room = width - line_chars;
            if chars.len() <= room {
                line.extend(&chars);
                line_chars += chars.len();
                break;
            }
            // Longer than a line: a line's worth, and the rest on the next.
            let rest = chars.split_off(room);
            line.extend(&chars);
            lines.push(std::mem::take(&mut line));
            line_chars = 0;
            chars = rest;
        }
    }
    if !line.is_empty() {
        if lines.len() == MAX_LINES {
            cut = true;
        } else {
            lines.push(line);
        }
    }
    if cut {
        if let Some(last) = lines.last_mut() {
            if last.chars().count() >= width {
                last.pop();
            }
            last.push('…');
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// `text` with every character XML cannot hold (most control characters)
/// replaced by `�`. Plotters escapes the markup characters itself.
pub(super) fn safe(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t'
            | '\n'
            | '\r'
            | '\u{20}'..='\u{D7FF}'
            | '\u{E000}'..='\u{FFFD}'
            | '\u{10000}'..='\u{10FFFF}' => c,
            _ => '\u{FFFD}',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_keeps_markup_for_plotters_to_escape_and_loses_what_xml_refuses() {
        assert_eq!(safe("<a href=\"x\">&'\u{1}\u{FFFF}é\t"), "<a href=\"x\">&'\u{FFFD}\u{FFFD}é\t");
    }

    #[test]
    fn long_names_wrap_at_spaces_and_within_long_words() {
        assert_eq!(wrap("Check-in and the first evening", 30), ["Check-in and the first evening"]);
        assert_eq!(
            wrap("Check-in and the first evening at the hotel", 30),
            ["Check-in and the first evening", "at the hotel"]
        );
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(wrap("ab cdefgh", 4), ["ab", "cdef", "gh"]);
        assert_eq!(wrap("  a\n b  ", 30), ["a b"]);
        assert_eq!(wrap("", 30), [""]);
        // Beyond the lines there are: the last ends with `…`.
        let long = wrap(&"x".repeat(1000), 10);
        assert_eq!(long.len(), MAX_LINES);
        assert_eq!(long.last().map(String::as_str), Some("xxxxxxxxx…"));
        assert!(long.iter().all(|l| l.chars().count() == 10));
        let words = wrap(&"word ".repeat(100), 10);
        assert_eq!(words.len(), MAX_LINES);
        assert_eq!(words.last().map(String::as_str), Some("word word…"));
    }
}
