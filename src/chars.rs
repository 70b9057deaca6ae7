//! Which characters a name or text a person reads may hold: the lowest
//! module of the base, named by the validation and by the messages that
//! quote such texts.

/// Whether `c` may not appear in a name or text a person reads: a control
/// character (general category Cc: NUL, tab, line breaks, …), the line and
/// paragraph separators U+2028 and U+2029, or a
/// bidirectional formatting character (embeddings and overrides
/// U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E, U+200F and
/// U+061C), which can make a text display as something else.
pub(crate) fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        )
}

/// Whether `c` shows nothing on its own: white space (Unicode `White_Space`,
/// line breaks included), the soft hyphen U+00AD, the combining grapheme
/// joiner U+034F, the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, the
/// Mongolian vowel separator U+180E, the zero-width space, non-joiner and
/// joiner U+200B–U+200D, the word joiner and invisible operators
/// U+2060–U+2064, the blank Braille pattern U+2800 and the byte order mark
/// U+FEFF. A name or text made of these alone is blank.
pub(crate) fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200D}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FEFF}'
                | '\u{FFA0}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        for c in [
            '\0', '\n', '\r', '\t', '\u{7F}', '\u{85}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{200E}',
            '\u{200F}', '\u{061C}', '\u{2028}', '\u{2029}',
        ] {
            assert!(is_forbidden(c), "{c:?}");
        }
        for c in ['a', ' ', '\u{200B}', '\u{3164}', '\u{200D}', '\u{2027}', '\u{202F}'] {
            assert!(!is_forbidden(c), "{c:?}");
        }
        for c in [
            ' ', '\u{A0}', '\u{2028}', '\u{200B}', '\u{2060}', '\u{FEFF}', '\u{3164}', '\u{115F}',
            '\u{1160}', '\u{FFA0}', '\u{2800}',
        ] {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in ['a', '\u{202E}', '\u{2065}', '\u{2801}'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }
}
