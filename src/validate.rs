//! Collects violations while a builder or a document is checked.

use std::collections::HashSet;

use crate::{error::Entity, error::Error, error::Problem, error::Violation, id, id::Id};

// The character classes, for the rooms that check texts of their own.
pub(crate) use crate::chars::{is_forbidden, is_invisible};

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

    /// Moves every violation of `other` to the end of these, each path
    /// under `prefix` (`packs/restaurant/`).
    pub(crate) fn adopt(&mut self, prefix: &str, other: Self) {
        self.found.extend(other.found.into_iter().map(|v| v.under(prefix)));
    }

    /// Pushes every violation of `error`.
    pub(crate) fn adopt_error(&mut self, prefix: &str, error: &Error) {
        self.found.extend(error.violations().iter().map(|v| v.clone().under(prefix)));
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

    /// Drops every violation found before, keeping the first of each.
    pub(crate) fn dedup(&mut self) {
        let mut seen = HashSet::new();
        self.found.retain(|v| seen.insert(v.clone()));
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
