//! Collects violations while a builder or a document is checked.

use std::collections::HashSet;

use crate::{error::Entity, error::Error, error::Problem, error::Violation, id, id::Id};

/// Gathers every violation of one validation pass.
#[derive(Debug, Default)]
pub(crate) struct Violations {
    found: Vec<Violation>,
}

impl Violations {
    pub(crate) fn push(&mut self, path: impl Into<String>, problem: Problem, value: impl Into<String>) {
        self.found.push(Violation::new(path, problem, value));
    }

    /// Moves every violation of `other` to the end of these.
    #[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "only the csv import merges"))]
    pub(crate) fn append(&mut self, other: Self) {
        self.found.extend(other.found);
    }

    /// Pushes a violation that says what would have been accepted instead.
    #[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "only the csv import says what it accepts"))]
    pub(crate) fn push_accepted(
        &mut self,
        path: impl Into<String>,
        problem: Problem,
        value: impl Into<String>,
        accepted: impl Into<String>,
    ) {
        self.found.push(Violation::new(path, problem, value).with_accepted(accepted));
    }

    /// Checks `raw` as an id at `path`; the id if valid.
    pub(crate) fn id(&mut self, path: &str, raw: &str) -> Option<Id> {
        match id::check(raw) {
            None => Id::new(raw).ok(),
            Some(problem) => {
                self.push(path, Problem::InvalidId(problem), raw);
                None
            }
        }
    }

    /// Checks `raw` as an id at `path` that must not be in `seen` yet; the id if valid.
    pub(crate) fn unique_id(&mut self, path: &str, raw: &str, seen: &mut HashSet<String>) -> Option<Id> {
        let id = self.id(path, raw)?;
        if !seen.insert(raw.to_owned()) {
            self.push(path, Problem::DuplicateId, raw);
        }
        Some(id)
    }

    /// Checks a name at `path` (the violation is at `{path}.name`): see [`Self::name_at`].
    pub(crate) fn name(&mut self, path: &str, text: &str) {
        self.name_at(format!("{path}.name"), text);
    }

    /// Checks a name whose own path is `path`: blank ([`Problem::EmptyName`])
    /// if it is made of invisible characters only, else refused
    /// ([`Problem::ForbiddenCharacter`]) if it holds a forbidden character.
    pub(crate) fn name_at(&mut self, path: impl Into<String>, text: &str) {
        self.readable(path.into(), text, Problem::EmptyName);
    }

    /// Checks a free text that must say something, as [`Self::name_at`]
    /// checks a name, blank being [`Problem::EmptyText`].
    pub(crate) fn text(&mut self, path: impl Into<String>, text: &str) {
        self.readable(path.into(), text, Problem::EmptyText);
    }

    fn readable(&mut self, path: String, text: &str, blank: Problem) {
        if text.chars().all(is_invisible) {
            self.push(path, blank, text);
        } else if let Some(c) = text.chars().find(|&c| is_forbidden(c)) {
            self.push(path, Problem::ForbiddenCharacter(c), text);
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// How many violations were found so far.
    pub(crate) fn len(&self) -> usize {
        self.found.len()
    }

    /// `Ok(value)` if nothing was found, else every violation as an error about `entity`.
    pub(crate) fn finish<T>(self, entity: Entity, value: impl FnOnce() -> T) -> Result<T, Error> {
        if self.found.is_empty() { Ok(value()) } else { Err(Error::invalid(entity, self.found)) }
    }

    /// Every violation as an error about `entity` (even if there are none).
    pub(crate) fn into_error(self, entity: Entity) -> Error {
        Error::invalid(entity, self.found)
    }

    /// Every violation, in the order found.
    #[cfg(feature = "csv")]
    pub(crate) fn into_vec(self) -> Vec<Violation> {
        self.found
    }
}

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
