//! The crate's one error type and the violations it reports.

use std::fmt;

/// Everything that can go wrong in this crate.
///
/// Validation never stops at the first problem: [`Error::Invalid`] carries
/// every [`Violation`] found, each naming the path of the offending element and
/// the offending value. Messages are lowercase and have no trailing period.
///
/// # Examples
///
/// ```
/// use service_standards::{model::Department, Error, error::Problem};
///
/// let err = Department::new("Front Office", "Front office").unwrap_err();
/// let Error::Invalid { what, violations } = &err else { panic!("{err}") };
/// assert_eq!(*what, "department");
/// assert_eq!(violations[0].path(), "departments/Front Office");
/// assert!(matches!(violations[0].problem(), Problem::InvalidId(_)));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A value failed validation; every violation found is listed.
    #[error("invalid {what}: {}", Violations(violations))]
    Invalid {
        /// What was being validated: `service model`, `rule set`, `department`, …
        what: &'static str,
        /// Every violation found, in document order.
        violations: Vec<Violation>,
    },
    /// A string is not a valid identifier.
    #[error("invalid id `{}`: {problem}", shorten(value))]
    InvalidId {
        /// The rejected string.
        value: String,
        /// Why it was rejected.
        problem: IdProblem,
    },
    /// A string names no variant of a closed vocabulary.
    #[error("unknown {what} `{}`, expected one of: {}", shorten(value), expected.join(", "))]
    UnknownVariant {
        /// The vocabulary: `channel`, `moment kind`, …
        what: &'static str,
        /// The rejected string.
        value: String,
        /// Every accepted spelling.
        expected: &'static [&'static str],
    },
    /// A string is not a step path of three ids, `sequence/phase/step`.
    #[error("invalid step path `{}`, expected sequence/phase/step", shorten(value))]
    InvalidPath {
        /// The rejected string.
        value: String,
    },
    /// A string is not a standard id, `rule@sequence/phase/step`.
    #[error("invalid standard id `{}`, expected rule@sequence/phase/step", shorten(value))]
    InvalidStandardId {
        /// The rejected string, whole.
        value: String,
    },
    /// A text is not a duration such as `20s`, `24h` or `1h 30m`.
    #[error("invalid duration `{}`, expected e.g. 20s, 5m, 24h or 1h 30m", shorten(value))]
    InvalidDuration {
        /// The rejected text.
        value: String,
    },
    /// A text is not a value of the kind expected: a distance (`3m`, `10ft`),
    /// hours of cover (`24/7`, `mon-fri 08:00-20:00`) or an amount (`100 EUR`).
    #[error("invalid {what} `{}`, expected {expected}", shorten(value))]
    InvalidValue {
        /// What was expected: `distance`, `cover`, `amount`.
        what: &'static str,
        /// The rejected text.
        value: String,
        /// What a valid text looks like.
        expected: &'static str,
    },
    /// A document declares a format version this release cannot read.
    #[error("unsupported {document} format version {found}, this release reads version {supported}")]
    UnsupportedFormat {
        /// Which document: `service model`, `rule set`, `audit`, …
        document: &'static str,
        /// The version the document declares.
        found: u32,
        /// The version this release reads.
        supported: u32,
    },
}

impl Error {
    /// The violations of an [`Error::Invalid`]; empty for every other error.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Department;
    ///
    /// let err = Department::new("front-office", "  ").unwrap_err();
    /// assert_eq!(err.violations().len(), 1);
    /// assert_eq!(err.violations()[0].to_string(), "departments/front-office.name: empty name `  `");
    /// ```
    #[must_use]
    pub fn violations(&self) -> &[Violation] {
        match self {
            Self::Invalid { violations, .. } => violations,
            _ => &[],
        }
    }
}

/// The longest value quoted in a message; longer ones are cut with `…`.
pub(crate) const QUOTE_LIMIT: usize = 64;

/// The longest path shown in a message, in characters: more than any path
/// of valid ids needs (at most four ids of 64 characters, their separators
/// and a field name), so only a path holding an invalid id made of many
/// short separated pieces is ever cut there.
pub(crate) const PATH_LIMIT: usize = 5 * QUOTE_LIMIT;

/// Cuts a value for quoting in a message, on a character boundary, after
/// [`QUOTE_LIMIT`] characters; a character [forbidden](crate::validate::is_forbidden)
/// in names (a line break, NUL, a bidirectional override) is written as its
/// `\u{…}` escape, so that a quoted value cannot break or disguise the message.
pub(crate) fn shorten(value: &str) -> String {
    let mut out = String::with_capacity(value.len().min(2 * QUOTE_LIMIT));
    let mut chars = value.chars();
    for c in chars.by_ref().take(QUOTE_LIMIT) {
        push_shown(&mut out, c);
    }
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

/// Shortens a path for a message without cutting what is valid in it: each
/// piece between `/`, `.` and `@` longer than [`QUOTE_LIMIT`] characters
/// (only an invalid id can be) is cut with `…`, so the pieces after it
/// still show; the whole is cut at [`PATH_LIMIT`].
pub(crate) fn shorten_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len().min(PATH_LIMIT));
    let mut piece = 0_usize;
    let mut shown = 0_usize;
    for c in path.chars() {
        if matches!(c, '/' | '.' | '@') {
            piece = 0;
        } else {
            piece += 1;
            if piece > QUOTE_LIMIT + 1 {
                continue;
            }
        }
        if shown == PATH_LIMIT {
            out.push('…');
            break;
        }
        shown += 1;
        if piece == QUOTE_LIMIT + 1 {
            out.push('…');
        } else {
            push_shown(&mut out, c);
        }
    }
    out
}

fn push_shown(out: &mut String, c: char) {
    if crate::validate::is_forbidden(c) {
        out.extend(c.escape_unicode());
    } else {
        out.push(c);
    }
}

struct Violations<'a>(&'a [Violation]);

impl fmt::Display for Violations<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const SHOWN: usize = 20;
        for (i, v) in self.0.iter().take(SHOWN).enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{v}")?;
        }
        if self.0.len() > SHOWN {
            write!(f, "; and {} more", self.0.len() - SHOWN)?;
        }
        Ok(())
    }
}

/// One thing wrong with a value, and where.
///
/// # Examples
///
/// ```
/// use service_standards::{error::Problem, error::Violation};
///
/// let v = Violation::new("stay/check-in/greet.department", Problem::UnknownDepartment, "spa");
/// assert_eq!(v.to_string(), "stay/check-in/greet.department: unknown department `spa`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Violation {
    path: String,
    problem: Problem,
    value: Option<String>,
}

impl Violation {
    /// A violation at `path` (`stay/check-in/greet`, `departments/spa.name`) about `value`.
    ///
    /// An empty `value` is not quoted in the message.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::Problem, error::Violation};
    ///
    /// let v = Violation::new("stay", Problem::NoPhases, "");
    /// assert_eq!(v.to_string(), "stay: no phases");
    /// assert_eq!(v.value(), None);
    /// ```
    #[must_use]
    pub fn new(path: impl Into<String>, problem: Problem, value: impl Into<String>) -> Self {
        let value = value.into();
        Self { path: path.into(), problem, value: (!value.is_empty()).then_some(value) }
    }

    /// Where: the path of the offending element, with a `.field` where one field is at fault.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::Problem, error::Violation};
    ///
    /// assert_eq!(Violation::new("stay", Problem::NoPhases, "").path(), "stay");
    /// ```
    #[must_use]
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::Problem, error::Violation};
    ///
    /// assert_eq!(Violation::new("stay", Problem::NoPhases, "").problem(), &Problem::NoPhases);
    /// ```
    #[must_use]
    pub fn problem(&self) -> &Problem {
        &self.problem
    }

    /// The offending value, whole (messages shorten it).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::Problem, error::Violation};
    ///
    /// let v = Violation::new("departments/x", Problem::DuplicateId, "x");
    /// assert_eq!(v.value(), Some("x"));
    /// ```
    #[must_use]
    pub fn value(&self) -> Option<&str> {
        self.value.as_deref()
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", shorten_path(&self.path), self.problem)?;
        if let Some(value) = &self.value {
            write!(f, " `{}`", shorten(value))?;
        }
        Ok(())
    }
}

/// What is wrong, in a [`Violation`].
///
/// # Examples
///
/// ```
/// use service_standards::{error::IdProblem, error::Problem};
///
/// assert_eq!(Problem::InvalidId(IdProblem::Empty).to_string(), "invalid id (empty)");
/// assert_eq!(Problem::DuplicateId.to_string(), "duplicate id");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum Problem {
    /// An id is not a slug.
    #[error("invalid id ({0})")]
    InvalidId(IdProblem),
    /// An id is used twice where it must be unique.
    #[error("duplicate id")]
    DuplicateId,
    /// A name is blank: empty, or made only of white space and invisible
    /// characters (see [`EmptyText`](Self::EmptyText) for which).
    #[error("empty name")]
    EmptyName,
    /// A text that must say something is blank.
    ///
    /// A name ([`EmptyName`](Self::EmptyName)) or text is blank when it is
    /// made only of characters that show nothing: white space (line breaks
    /// included), U+00AD, U+034F, the Hangul fillers U+115F, U+1160, U+3164
    /// and U+FFA0, U+180E, U+200B–U+200D, U+2060–U+2064, U+2800 and U+FEFF.
    #[error("empty text")]
    EmptyText,
    /// A name or text a person reads holds a character that has no place
    /// there: a control character (Unicode category Cc: NUL, tab, line
    /// breaks, …), U+2028 or U+2029, or a bidirectional formatting character
    /// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) that can make
    /// a text display as something else. The first such character is named.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Department, error::Problem};
    ///
    /// let err = Department::new("billing", "Billing\u{202E}").unwrap_err();
    /// assert_eq!(err.violations()[0].problem(), &Problem::ForbiddenCharacter('\u{202E}'));
    /// assert_eq!(Problem::ForbiddenCharacter('\u{202E}').to_string(), "forbidden character U+202E");
    /// assert_eq!(Problem::ForbiddenCharacter('\0').to_string(), "forbidden character U+0000");
    /// ```
    #[error("forbidden character U+{:04X}", u32::from(*.0))]
    ForbiddenCharacter(char),
    /// A sequence has no phase.
    #[error("no phases")]
    NoPhases,
    /// A phase has no step.
    #[error("no steps")]
    NoSteps,
    /// A step has no channel, and neither has its phase.
    #[error("no channel on the step or its phase")]
    NoChannel,
    /// A step does not say what kind of moment it is.
    #[error("no moment kind")]
    MissingMoment,
    /// A department reference names no department of the model.
    #[error("unknown department")]
    UnknownDepartment,
    /// A statement names a placeholder that does not exist.
    #[error("unknown placeholder")]
    UnknownPlaceholder,
    /// A statement opens a `{` placeholder it never closes, or closes one it never opened.
    #[error("unbalanced brace")]
    UnbalancedBrace,
    /// A value contradicts another part of the same document; the text says
    /// how: `aspect does not follow from the kind`, `level above the set's level`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::Problem, error::Violation};
    ///
    /// let v = Violation::new("standards/a@b/c/d.level", Problem::Contradicts("level above the set's level"), "exclusive");
    /// assert_eq!(v.to_string(), "standards/a@b/c/d.level: level above the set's level `exclusive`");
    /// ```
    #[error("{0}")]
    Contradicts(&'static str),
    /// A required field is missing.
    #[error("missing field")]
    MissingField,
    /// Of two or more fields exactly one must be given, and none or several were.
    #[error("give exactly one of {0}")]
    ExactlyOne(&'static str),
    /// A rule's condition tests nothing, so it would apply to every step.
    #[error("condition tests nothing")]
    EmptyCondition,
    /// A rule's condition can never hold, so the rule can never produce a standard.
    #[error("condition can never match")]
    NeverMatches,
    /// A rule applies at a level but has no target for it.
    #[error("no target at a level where the rule applies")]
    MissingTarget,
    /// A rule's target at a higher level is looser than, or not comparable with, a lower one.
    #[error("target is not at least as strict as at the level below")]
    TargetLoosens,
    /// A target's number is out of its range (a share over 100 %, zero rings, …).
    #[error("target out of range")]
    TargetOutOfRange,
    /// A measured value cannot have been measured (a share over 100 %, a
    /// duration over [`Target::MAX_DURATION`](crate::standard::Target::MAX_DURATION)).
    #[error("measured value out of range")]
    MeasurementOutOfRange,
    /// A text is not a standard id `rule@sequence/phase/step`.
    #[error("not a standard id (rule@sequence/phase/step)")]
    NotAStandardId,
    /// A text is not the path of a phase, `sequence/phase`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::Problem, error::Violation};
    ///
    /// let v = Violation::new("items[0].phase", Problem::NotAPhasePath, "stay");
    /// assert_eq!(v.to_string(), "items[0].phase: not a phase path (sequence/phase) `stay`");
    /// ```
    #[error("not a phase path (sequence/phase)")]
    NotAPhasePath,
    /// A weight or importance is not a number above zero and at most 1,000,000.
    #[error("weight must be above zero and at most 1000000")]
    InvalidWeight,
    /// A score lies outside the declared scale.
    #[error("score outside the scale")]
    OutOfScale,
    /// A scale's bounds are not two finite numbers within ±1,000,000, the
    /// lower below the upper.
    #[error("scale bounds must be finite, within ±1000000, the lower below the upper")]
    InvalidScale,
    /// A list that must have at least one element is empty.
    #[error("nothing given")]
    Empty,
    /// A review interval is not 1 to 12 months.
    #[error("review interval must be 1 to 12 months")]
    ReviewInterval,
    /// A rule of the same id exists already and no override was asked for.
    #[error("rule id already in the set (use an explicit override)")]
    AlreadyDefined,
    /// An override names a rule that is not in the set.
    #[error("override of a rule that is not in the set")]
    NothingToOverride,
    /// A scope is given but names no sequence, phase, step or department.
    #[error("scope names nothing")]
    EmptyScope,
    /// A rule's scope names an id the model does not have (see
    /// [`RuleSet::unknown_scopes`](crate::rules::RuleSet::unknown_scopes)).
    #[error("not in the model")]
    NotInModel,
    /// A rule's translation names other placeholders than its statement.
    #[error("translation names other placeholders than the statement")]
    TranslationPlaceholders,
    /// An audit entry names a standard that is not on the checklist it is
    /// scored against (see [`Audit::score_strict`](crate::practice::Audit::score_strict)).
    #[error("standard not on the checklist")]
    NotOnChecklist,
}

/// Why a string is not a valid [`Id`](crate::model::Id).
///
/// # Examples
///
/// ```
/// use service_standards::{Id, error::IdProblem, Error};
///
/// let err = Id::new("-greet").unwrap_err();
/// assert_eq!(err, Error::InvalidId { value: "-greet".into(), problem: IdProblem::EdgeHyphen });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum IdProblem {
    /// The string is empty.
    #[error("empty")]
    Empty,
    /// The string is longer than [`Id::MAX_LEN`](crate::model::Id::MAX_LEN) bytes.
    #[error("longer than 64 characters")]
    TooLong,
    /// The string has a character other than `a`–`z`, `0`–`9` and `-`.
    #[error("character {0:?} is not one of a-z, 0-9, '-'")]
    Character(char),
    /// The string starts or ends with `-`.
    #[error("starts or ends with '-'")]
    EdgeHyphen,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_cuts_on_char_boundary() {
        let long = "ż".repeat(100);
        let short = shorten(&long);
        assert_eq!(short.chars().count(), QUOTE_LIMIT + 1);
        assert!(short.ends_with('…'));
        assert_eq!(shorten("abc"), "abc");
        assert_eq!(shorten(&"a".repeat(QUOTE_LIMIT)), "a".repeat(QUOTE_LIMIT));
        assert_eq!(shorten("a\nb\u{202E}"), "a\\u{a}b\\u{202e}");
    }

    #[test]
    fn shorten_path_cuts_long_pieces_only() {
        let id = "a".repeat(QUOTE_LIMIT);
        let valid = format!("standards/{id}@{id}/{id}/{id}.statement");
        assert_eq!(shorten_path(&valid), valid);
        let long = "b".repeat(QUOTE_LIMIT + 1);
        assert_eq!(
            shorten_path(&format!("{long}/{long}.name")),
            format!("{b}…/{b}….name", b = "b".repeat(QUOTE_LIMIT))
        );
        let many = "x/".repeat(1000);
        let cut = shorten_path(&many);
        assert_eq!(cut.chars().count(), PATH_LIMIT + 1);
        assert!(cut.ends_with('…'));
        assert_eq!(shorten_path(&"x/".repeat(PATH_LIMIT / 2)), "x/".repeat(PATH_LIMIT / 2));
        assert_eq!(shorten_path("a\nb"), "a\\u{a}b");
    }

    #[test]
    fn many_violations_are_summarised() {
        let vs: Vec<_> = (0..25).map(|i| Violation::new(format!("s{i}"), Problem::NoPhases, "")).collect();
        let msg = Error::Invalid { what: "service model", violations: vs }.to_string();
        assert!(msg.ends_with("s19: no phases; and 5 more"), "{msg}");
        // Exactly as many as are shown: no summary.
        let vs: Vec<_> = (0..20).map(|i| Violation::new(format!("s{i}"), Problem::NoPhases, "")).collect();
        let msg = Error::Invalid { what: "service model", violations: vs }.to_string();
        assert!(msg.ends_with("s18: no phases; s19: no phases"), "{msg}");
    }

    #[test]
    fn error_is_send_sync_static() {
        fn check<T: Send + Sync + 'static + std::error::Error>() {}
        check::<Error>();
    }
}
