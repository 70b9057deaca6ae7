//! Collects violations while a builder or a document is checked.

use std::collections::HashSet;

use crate::{Error, Id, Problem, Violation, id};

/// Gathers every violation of one validation pass.
#[derive(Debug, Default)]
pub(crate) struct Violations {
    found: Vec<Violation>,
}

impl Violations {
    pub(crate) fn push(&mut self, path: impl Into<String>, problem: Problem, value: impl Into<String>) {
        self.found.push(Violation::new(path, problem, value));
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

    /// Checks that `text` is not empty after trimming.
    pub(crate) fn name(&mut self, path: &str, text: &str) {
        if text.trim().is_empty() {
            self.push(format!("{path}.name"), Problem::EmptyName, text);
        }
    }

    /// Checks that a free text is not empty after trimming.
    pub(crate) fn text(&mut self, path: impl Into<String>, text: &str) {
        if text.trim().is_empty() {
            self.push(path, Problem::EmptyText, text);
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// `Ok(value)` if nothing was found, else every violation as an [`Error::Invalid`].
    pub(crate) fn finish<T>(self, what: &'static str, value: impl FnOnce() -> T) -> Result<T, Error> {
        if self.found.is_empty() { Ok(value()) } else { Err(Error::Invalid { what, violations: self.found }) }
    }

    /// Every violation as an [`Error::Invalid`] (even if there are none).
    pub(crate) fn into_error(self, what: &'static str) -> Error {
        Error::Invalid { what, violations: self.found }
    }
}
