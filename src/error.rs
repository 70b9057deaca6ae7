//! The crate's one error type and the violations it reports.

use std::fmt;

/// Everything that can go wrong in this crate.
///
/// An `Error` is opaque: only this crate makes one, and it is read through
/// accessors. [`entity`](Self::entity) says what was rejected (a service
/// model, a rule, an id, a channel, …); [`violations`](Self::violations)
/// lists every [`Violation`] found by a validation, each naming the path of
/// the offending element and the offending value (validation never stops at
/// the first problem); [`value`](Self::value) is the rejected text of a
/// parse; [`accepted`](Self::accepted) lists the spellings a vocabulary
/// accepts. A bad id is reported one way wherever it is found: as a
/// violation with [`Problem::InvalidId`].
///
/// Messages are lowercase and have no trailing period. An `Error` is
/// `Send + Sync + 'static` and one pointer wide, so `Result<T, Error>` stays small.
///
/// # How long a message is
///
/// A message is short whatever the input: it quotes each offending value
/// cut to 64 characters (with `…`), a path cut to 320, lists at most 20
/// violations (fewer when they are long; always the first) and then says
/// how many more there are, and is never longer
/// than [`MAX_MESSAGE_LEN`](Self::MAX_MESSAGE_LEN) bytes (8 KiB), so a
/// 1 MiB value cannot make a megabyte of message. The whole values stay
/// available through [`value`](Self::value) and
/// [`Violation::value`].
///
/// A document read through serde (a service model, rule set, standard
/// set, audit, feedback or issued set) keeps to the same bound: the
/// message the crate gives the format (the text of serde_json's error
/// before its ` at line N column M`, toml's
/// [`message`](https://docs.rs/toml/0.9/toml/de/struct.Error.html#method.message))
/// is at most `MAX_MESSAGE_LEN` bytes, whatever key, value or type is
/// wrong where: a value serde quotes whole (an unknown key, a text where
/// a table belongs) is cut too. What the format adds around it is the
/// format's: toml's `Display` also shows the line of the document the
/// error is on, whole, with a marker under the offending part, so a 1 MiB
/// value on one line gives a `Display` of about 2 MiB (the line and its
/// marker) however short the message is. Show toml's `message()` (and the
/// line and column of its `span()`) where that matters. A part of a
/// document read alone (a `Target`, a `ServiceProfile`), an improvement
/// plan and a set diff give serde's own messages, which quote an unknown
/// key or variant whole.
///
/// # Examples
///
/// ```
/// use service_standards::{error::{Entity, IdProblem, Problem}, model::Department, Error};
///
/// let err = Department::new("Front Office", "Front office").unwrap_err();
/// assert_eq!(err.entity(), Entity::Department);
/// assert_eq!(err.violations()[0].path(), "departments/Front Office");
/// assert_eq!(err.violations()[0].problem(), &Problem::InvalidId(IdProblem::Character('F')));
/// assert_eq!(err.violations()[0].value(), Some("Front Office"));
/// assert_eq!(err.value(), None);
///
/// let department = Department::new("front-office", "Front office")?;
/// assert_eq!(department.id().as_str(), "front-office");
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", bounded(&kind.to_string()))]
pub struct Error {
    kind: Box<Kind>,
}

/// What went wrong, behind the one pointer of an [`Error`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum Kind {
    /// A value failed validation; every violation found is listed.
    #[error("invalid {entity}: {}", Violations(violations))]
    Invalid { entity: Entity, violations: Vec<Violation> },
    /// A string is not a valid identifier: one violation with an empty path.
    #[error("invalid id `{}`: {}", shorten(violation.value().unwrap_or_default()), id_reason(violation.problem()))]
    Id { violation: Violation },
    /// A string names no value of a closed vocabulary.
    #[error("unknown {entity} `{}`, expected one of: {}", shorten(value), accepted.join(", "))]
    UnknownVariant { entity: Entity, value: String, accepted: &'static [&'static str] },
    /// A text is not of the form expected: a step path, a standard id, a
    /// duration, a distance, hours of cover or an amount.
    #[error("invalid {entity} `{}`, expected {expected}", shorten(value))]
    Malformed { entity: Entity, value: String, expected: &'static str },
    /// A document declares a format version this release cannot read; a
    /// deserializer reports it in its own error, by this message.
    #[cfg(feature = "serde")]
    #[error("unsupported {document} format version {found}, this release reads version {supported}")]
    UnsupportedFormat { document: Entity, found: u32, supported: u32 },
}

/// The reason of a [`Kind::Id`]: the [`IdProblem`] alone.
fn id_reason(problem: &Problem) -> &dyn fmt::Display {
    match problem {
        Problem::InvalidId(reason) => reason,
        other => other,
    }
}

impl Error {
    /// The most bytes an error's message ([`Display`](fmt::Display)) has,
    /// and a [`Violation`]'s, whatever the input: 8 KiB. See [How long a
    /// message is](Self#how-long-a-message-is).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Department, Error};
    ///
    /// let long = "X".repeat(1 << 20);
    /// let err = Department::new(&long, &long).unwrap_err();
    /// assert!(err.to_string().len() <= Error::MAX_MESSAGE_LEN);
    /// assert_eq!(err.violations()[0].value(), Some(long.as_str()));
    /// assert_eq!(Department::new("spa", "Spa")?.id().as_str(), "spa");
    /// # Ok::<(), Error>(())
    /// ```
    pub const MAX_MESSAGE_LEN: usize = MESSAGE_LIMIT;

    fn new(kind: Kind) -> Self {
        Self { kind: Box::new(kind) }
    }

    /// A validation of `entity` found `violations`.
    pub(crate) fn invalid(entity: Entity, violations: Vec<Violation>) -> Self {
        Self::new(Kind::Invalid { entity, violations })
    }

    /// `value` is not an id, because of `problem`.
    pub(crate) fn invalid_id(value: &str, problem: IdProblem) -> Self {
        Self::new(Kind::Id { violation: Violation::new(String::new(), Problem::InvalidId(problem), value) })
    }

    /// `value` names no value of the vocabulary `entity`, which accepts `accepted`.
    pub(crate) fn unknown_variant(entity: Entity, value: &str, accepted: &'static [&'static str]) -> Self {
        Self::new(Kind::UnknownVariant { entity, value: value.to_owned(), accepted })
    }

    /// `value` is not an `entity`; `expected` says what one looks like.
    pub(crate) fn malformed(entity: Entity, value: impl Into<String>, expected: &'static str) -> Self {
        Self::new(Kind::Malformed { entity, value: value.into(), expected })
    }

    /// A `document` declares format version `found`; this release reads `supported`.
    #[cfg(feature = "serde")]
    pub(crate) fn unsupported_format(document: Entity, found: u32, supported: u32) -> Self {
        Self::new(Kind::UnsupportedFormat { document, found, supported })
    }

    /// What was rejected: the value validated, the text parsed or the
    /// document read.
    ///
    /// A bad id is [`Entity::Id`] from [`Id::new`](crate::model::Id::new)
    /// and from parsing a text made of ids (a step path, a standard id);
    /// inside a builder or a document it is a violation of what was built.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::Entity, model::{Channel, Department, Id}};
    ///
    /// assert_eq!(Department::new("-", "Spa").unwrap_err().entity(), Entity::Department);
    /// assert_eq!(Id::new("-").unwrap_err().entity(), Entity::Id);
    /// assert_eq!("pigeon".parse::<Channel>().unwrap_err().entity(), Entity::Channel);
    /// assert_eq!("email".parse::<Channel>()?, Channel::Email);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn entity(&self) -> Entity {
        match &*self.kind {
            Kind::Invalid { entity, .. }
            | Kind::UnknownVariant { entity, .. }
            | Kind::Malformed { entity, .. } => *entity,
            Kind::Id { .. } => Entity::Id,
            #[cfg(feature = "serde")]
            Kind::UnsupportedFormat { document, .. } => *document,
        }
    }

    /// Every violation a validation found, in document order; empty when
    /// nothing was validated (a text that does not parse).
    ///
    /// A bad id has one violation with [`Problem::InvalidId`] wherever it
    /// is found; from [`Id::new`](crate::model::Id::new), which knows no
    /// place, its path is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::{IdProblem, Problem}, model::{Department, Id}};
    ///
    /// let err = Department::new("front-office", "  ").unwrap_err();
    /// assert_eq!(err.violations().len(), 1);
    /// assert_eq!(err.violations()[0].to_string(), "departments/front-office.name: empty name `  `");
    ///
    /// let err = Id::new("Spa").unwrap_err();
    /// assert_eq!(err.violations()[0].path(), "");
    /// assert_eq!(err.violations()[0].problem(), &Problem::InvalidId(IdProblem::Character('S')));
    /// assert_eq!(err.violations()[0].value(), Some("Spa"));
    /// assert!("pigeon".parse::<service_standards::Channel>().unwrap_err().violations().is_empty());
    /// assert_eq!(Id::new("spa")?.as_str(), "spa");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn violations(&self) -> &[Violation] {
        match &*self.kind {
            Kind::Invalid { violations, .. } => violations,
            Kind::Id { violation } => std::slice::from_ref(violation),
            Kind::UnknownVariant { .. } | Kind::Malformed { .. } => &[],
            #[cfg(feature = "serde")]
            Kind::UnsupportedFormat { .. } => &[],
        }
    }

    /// The rejected text, whole (messages shorten it), when a text did not
    /// parse: an id, a vocabulary value, a step path, a duration, …; `None`
    /// for a validation, whose [`violations`](Self::violations) carry their
    /// values.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::{Channel, Department, Id, StepPath}};
    ///
    /// assert_eq!("pigeon".parse::<Channel>().unwrap_err().value(), Some("pigeon"));
    /// assert_eq!("stay/greet".parse::<StepPath>().unwrap_err().value(), Some("stay/greet"));
    /// assert_eq!(Id::new("").unwrap_err().value(), Some(""));
    /// assert_eq!(Department::new("-", "Spa").unwrap_err().value(), None);
    /// assert_eq!("stay/check-in/greet".parse::<StepPath>()?.step().as_str(), "greet");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn value(&self) -> Option<&str> {
        match &*self.kind {
            Kind::Id { violation } => Some(violation.value().unwrap_or_default()),
            Kind::UnknownVariant { value, .. } | Kind::Malformed { value, .. } => Some(value),
            Kind::Invalid { .. } => None,
            #[cfg(feature = "serde")]
            Kind::UnsupportedFormat { .. } => None,
        }
    }

    /// Every spelling the vocabulary accepts, in declared order, when a text
    /// named none of its values; empty for every other error.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::{Initiator, Vocabulary};
    ///
    /// let err = "nobody".parse::<Initiator>().unwrap_err();
    /// assert_eq!(err.accepted(), Initiator::NAMES);
    /// assert!(err.accepted().contains(&"customer"));
    /// assert_eq!("customer".parse::<Initiator>()?, Initiator::Customer);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn accepted(&self) -> &'static [&'static str] {
        match &*self.kind {
            Kind::UnknownVariant { accepted, .. } => accepted,
            Kind::Invalid { .. } | Kind::Id { .. } | Kind::Malformed { .. } => &[],
            #[cfg(feature = "serde")]
            Kind::UnsupportedFormat { .. } => &[],
        }
    }

    /// The [`IdProblem`] of an error about one bad id, for code that reports
    /// it again as a violation of something larger.
    pub(crate) fn id_problem(&self) -> Option<IdProblem> {
        match &*self.kind {
            Kind::Id { violation } => match violation.problem() {
                Problem::InvalidId(problem) => Some(*problem),
                _ => None,
            },
            _ => None,
        }
    }
}

/// Declares [`Entity`]: each variant with the name messages use.
macro_rules! entities {
    ($( $(#[$meta:meta])* $variant:ident = $name:literal, )+) => {
        /// What an [`Error`] is about: the value validated, the text parsed or
        /// the document read ([`Error::entity`]).
        ///
        /// Its [`Display`](fmt::Display) is the name messages use: `service
        /// model`, `rule set`, `id`, `moment kind`, …. The vocabularies of the
        /// domain have one variant each, named after their type.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{error::Entity, model::MomentKind};
        ///
        /// let err = "lunch".parse::<MomentKind>().unwrap_err();
        /// assert_eq!(err.entity(), Entity::MomentKind);
        /// assert_eq!(Entity::MomentKind.to_string(), "moment kind");
        /// assert_eq!("welcome".parse::<MomentKind>()?, MomentKind::Welcome);
        /// # Ok::<(), service_standards::Error>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Entity {
            $( $(#[$meta])* $variant, )+
        }

        impl Entity {
            /// Every entity, in declared order.
            #[cfg(test)]
            const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The name messages use (also its `Display`); a constant, so
            /// that a vocabulary's [`WHAT`](crate::model::Vocabulary::WHAT) is its entity's name.
            pub(crate) const fn name(self) -> &'static str {
                match self {
                    $( Self::$variant => $name, )+
                }
            }
        }
    };
}

entities! {
    /// A service model ([`ServiceModel`](crate::model::ServiceModel)).
    ServiceModel = "service model",
    /// A brand ([`Brand`](crate::model::Brand)).
    Brand = "brand",
    /// A department ([`Department`](crate::model::Department)).
    Department = "department",
    /// A rule ([`Rule`](crate::rules::Rule)).
    Rule = "rule",
    /// A rule set ([`RuleSet`](crate::rules::RuleSet)).
    RuleSet = "rule set",
    /// The merge of two rule sets ([`RuleSet::merge`](crate::rules::RuleSet::merge)).
    RuleSetMerge = "rule set merge",
    /// A rule's statement ([`Statement`](crate::standard::Statement)).
    Statement = "statement",
    /// A standard set ([`StandardSet`](crate::standard::StandardSet)).
    StandardSet = "standard set",
    /// A feedback scale ([`Scale`](crate::survey::Scale)).
    Scale = "scale",
    /// Customer feedback ([`Feedback`](crate::survey::Feedback)).
    Feedback = "feedback",
    /// An audit ([`Audit`](crate::assess::Audit)).
    Audit = "audit",
    /// An audit's pass mark.
    PassMark = "pass mark",
    /// An improvement plan ([`ImprovementPlan`](crate::assess::ImprovementPlan)).
    ImprovementPlan = "improvement plan",
    /// An issued standard set ([`IssuedSet`](crate::publish::IssuedSet)).
    IssuedSet = "issued set",
    /// An id ([`Id`](crate::model::Id)).
    Id = "id",
    /// A step path, `sequence/phase/step` ([`StepPath`](crate::model::StepPath)).
    StepPath = "step path",
    /// A phase path, `sequence/phase` ([`PhasePath`](crate::model::PhasePath)).
    PhasePath = "phase path",
    /// A standard id, `rule@sequence/phase/step` ([`StandardId`](crate::standard::StandardId)).
    StandardId = "standard id",
    /// A duration such as `20s`, `24h` or `1h 30m`.
    Duration = "duration",
    /// A distance ([`Distance`](crate::standard::Distance)).
    Distance = "distance",
    /// Hours of cover ([`Cover`](crate::standard::Cover)).
    Cover = "cover",
    /// An amount of money ([`Amount`](crate::standard::Amount)).
    Amount = "amount",
    /// A [`Channel`](crate::model::Channel).
    Channel = "channel",
    /// A [`ChannelFamily`](crate::model::ChannelFamily).
    ChannelFamily = "channel family",
    /// A [`Capability`](crate::model::Capability).
    Capability = "channel capability",
    /// An [`Initiator`](crate::model::Initiator).
    Initiator = "initiator",
    /// An [`Emotion`](crate::model::Emotion).
    Emotion = "emotion",
    /// A [`MomentKind`](crate::model::MomentKind).
    MomentKind = "moment kind",
    /// A [`QualityAspect`](crate::model::QualityAspect).
    QualityAspect = "quality aspect",
    /// A [`QualityDimension`](crate::model::QualityDimension).
    QualityDimension = "quality dimension",
    /// A [`Characteristic`](crate::model::Characteristic).
    Characteristic = "characteristic",
    /// An [`Industry`](crate::model::Industry).
    Industry = "industry",
    /// A [`Noun`](crate::model::Noun).
    Noun = "noun",
    /// A [`ServiceLevel`](crate::model::ServiceLevel).
    ServiceLevel = "service level",
    /// A [`StandardKind`](crate::model::StandardKind).
    StandardKind = "standard kind",
    /// An [`Intermediaries`](crate::model::Intermediaries).
    Intermediaries = "intermediaries",
    /// A [`ContactLevel`](crate::model::ContactLevel).
    ContactLevel = "contact level",
    /// A [`Purchaser`](crate::model::Purchaser).
    Purchaser = "purchaser",
    /// A [`DeliverySpan`](crate::model::DeliverySpan).
    DeliverySpan = "delivery span",
    /// A [`CapacityControl`](crate::model::CapacityControl).
    CapacityControl = "capacity control",
    /// A [`UsageFrequency`](crate::model::UsageFrequency).
    UsageFrequency = "usage frequency",
    /// A [`Complexity`](crate::model::Complexity).
    Complexity = "complexity",
    /// A [`Risk`](crate::model::Risk).
    Risk = "risk",
    /// A [`TaskAllocation`](crate::model::TaskAllocation).
    TaskAllocation = "task allocation",
    /// A [`FactorKind`](crate::model::FactorKind).
    FactorKind = "factor",
    /// A [`Placeholder`](crate::standard::Placeholder).
    Placeholder = "placeholder",
    /// A [`PolicyScope`](crate::standard::PolicyScope).
    PolicyScope = "policy scope",
    /// A [`Precedence`](crate::standard::Precedence).
    Precedence = "precedence",
    /// A [`Verdict`](crate::assess::Verdict).
    Verdict = "verdict",
    /// A [`Locale`](crate::standard::Locale).
    Locale = "locale",
    /// A [`Measure`](crate::survey::Measure): servqual, nps, csat or ces.
    Measure = "measure",
    /// A [`PeriodKind`](crate::survey::PeriodKind): month, quarter or year.
    PeriodKind = "period kind",
    /// Individual survey responses ([`Responses`](crate::survey::Responses)).
    Responses = "responses",
    /// A survey file being imported (`CsvImport`, with the `csv` feature).
    SurveyFile = "survey file",
    /// How a survey tool's export is laid out (`SurveyMapping`, with the `csv` feature).
    SurveyMapping = "survey mapping",
    /// A trade's pack ([`Pack`](crate::rules::Pack)).
    Pack = "pack",
    /// A [`Place`](crate::model::Place).
    Place = "place",
    /// A [`DataUse`](crate::model::DataUse).
    DataUse = "data use",
    /// A [`Valuable`](crate::model::Valuable).
    Valuable = "valuable",
    /// A [`ContactMode`](crate::model::ContactMode).
    ContactMode = "contact mode",
}

impl fmt::Display for Entity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The longest value quoted in a message; longer ones are cut with `…`.
pub(crate) const QUOTE_LIMIT: usize = 64;

/// The most bytes a message has: [`Error::MAX_MESSAGE_LEN`].
pub(crate) const MESSAGE_LIMIT: usize = 8 * 1024;

/// The bytes of a message the violations it lists may take: the rest is
/// for the entity before them and the count of those not shown after.
const VIOLATIONS_BUDGET: usize = MESSAGE_LIMIT - 128;

// A violation shows at most PATH_LIMIT + 1 characters of path and
// QUOTE_LIMIT + 1 of value, each at most 10 bytes (an escape such as
// `\u{202e}`), and a problem's text of a few dozen: the first violation
// always fits.
const _: () = assert!(10 * (PATH_LIMIT + QUOTE_LIMIT + 2) + 512 < VIOLATIONS_BUDGET);

/// `message`, cut on a character boundary with `…` so that it has at most
/// [`MESSAGE_LIMIT`] bytes: what bounds every message the crate makes,
/// whatever it quotes (a format's message with a quote inside a quoted
/// value included).
pub(crate) fn bounded(message: &str) -> std::borrow::Cow<'_, str> {
    if message.len() <= MESSAGE_LIMIT {
        return std::borrow::Cow::Borrowed(message);
    }
    let mut end = MESSAGE_LIMIT - '…'.len_utf8();
    while !message.is_char_boundary(end) {
        end -= 1;
    }
    std::borrow::Cow::Owned(format!("{}…", message.get(..end).unwrap_or_default()))
}

// A valid id is quoted whole, and a path of valid ids is never cut.
const _: () = assert!(QUOTE_LIMIT >= limits::ID_LEN);

/// The limits that messages name, defined here, at the bottom of the base,
/// so that a message names nothing above this module; the public constants
/// ([`Id::MAX_LEN`](crate::model::Id::MAX_LEN),
/// [`AuditEntry::MAX_WEIGHT`](crate::assess::AuditEntry::MAX_WEIGHT),
/// [`Scale::LIMIT`](crate::survey::Scale::LIMIT),
/// [`IssuedSet::MAX_REVIEW_MONTHS`](crate::publish::IssuedSet::MAX_REVIEW_MONTHS))
/// are these values.
pub(crate) mod limits {
    /// The longest id, in bytes ([`IdProblem::TooLong`](super::IdProblem::TooLong)).
    pub(crate) const ID_LEN: usize = 64;
    /// The largest weight or importance ([`Problem::InvalidWeight`](super::Problem::InvalidWeight)
    /// names one limit for audit weights and feedback importances), and the
    /// largest magnitude of a scale's bounds.
    pub(crate) const WEIGHT_AND_SCALE: f64 = 1_000_000.0;
    /// The longest review interval, in months.
    pub(crate) const REVIEW_MONTHS: u8 = 12;
    /// The earliest date a survey response may have.
    pub(crate) const EARLIEST_RESPONSE: jiff::civil::Date = jiff::civil::date(1900, 1, 1);
    /// The latest date a survey response may have.
    pub(crate) const LATEST_RESPONSE: jiff::civil::Date = jiff::civil::date(2199, 12, 31);
    /// The most characters a response's comment may have.
    pub(crate) const COMMENT_CHARS: usize = 10_000;
}

/// The longest path shown in a message, in characters: more than any path
/// of valid ids needs (at most four ids of [`Id::MAX_LEN`](crate::model::Id::MAX_LEN) characters, their separators
/// and a field name), so only a path holding an invalid id made of many
/// short separated pieces is ever cut there.
pub(crate) const PATH_LIMIT: usize = 5 * QUOTE_LIMIT;

/// Cuts a value for quoting in a message, on a character boundary, after
/// [`QUOTE_LIMIT`] characters; a character [forbidden](crate::chars::is_forbidden)
/// in names (a line break, NUL, a bidirectional override) is written as its
/// `\u{…}` escape, so that a quoted value cannot break or disguise the message.
pub(crate) fn shorten(value: &str) -> String {
    shorten_to(value, QUOTE_LIMIT)
}

/// As [`shorten`], after `limit` characters.
fn shorten_to(value: &str, limit: usize) -> String {
    let mut out = String::with_capacity(value.len().min(2 * limit));
    let mut chars = value.chars();
    for c in chars.by_ref().take(limit) {
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
    if crate::chars::is_forbidden(c) {
        out.extend(c.escape_unicode());
    } else {
        out.push(c);
    }
}

struct Violations<'a>(&'a [Violation]);

impl fmt::Display for Violations<'_> {
    /// The first 20 violations, or as many as [`VIOLATIONS_BUDGET`] holds
    /// (at least one), then how many more there are.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write as _;
        const SHOWN: usize = 20;
        let (mut shown, mut written) = (0, 0);
        let mut one = String::new();
        for v in self.0.iter().take(SHOWN) {
            one.clear();
            write!(one, "{v}")?;
            if shown > 0 {
                if written + 2 + one.len() > VIOLATIONS_BUDGET {
                    break;
                }
                f.write_str("; ")?;
                written += 2;
            }
            f.write_str(&one)?;
            written += one.len();
            shown += 1;
        }
        if self.0.len() > shown {
            write!(f, "; and {} more", self.0.len() - shown)?;
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
    accepted: Option<String>,
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
        Self { path: path.into(), problem, value: (!value.is_empty()).then_some(value), accepted: None }
    }

    /// The same violation with its path under `prefix` (`packs/restaurant/`).
    pub(crate) fn under(mut self, prefix: &str) -> Self {
        self.path.insert_str(0, prefix);
        self
    }

    /// The same violation, saying what would have been accepted instead
    /// (`1 to 10`, a list of labels, a date format); the message ends
    /// with it in parentheses. An empty `accepted` says nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::Problem, error::Violation};
    ///
    /// let v = Violation::new("line 4.Q1", Problem::OutOfScale, "12").with_accepted("0 to 10");
    /// assert_eq!(v.to_string(), "line 4.Q1: score outside the scale `12` (accepted: 0 to 10)");
    /// assert_eq!(v.accepted(), Some("0 to 10"));
    /// ```
    #[must_use]
    pub fn with_accepted(mut self, accepted: impl Into<String>) -> Self {
        let accepted = accepted.into();
        self.accepted = (!accepted.is_empty()).then_some(accepted);
        self
    }

    /// What would have been accepted instead, when the violation says.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::Problem, error::Violation};
    ///
    /// assert_eq!(Violation::new("stay", Problem::NoPhases, "").accepted(), None);
    /// ```
    #[must_use]
    pub fn accepted(&self) -> Option<&str> {
        self.accepted.as_deref()
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
        if let Some(accepted) = &self.accepted {
            // What is accepted is the crate's text, whole but for a long
            // list of a mapping's labels.
            write!(f, " (accepted: {})", shorten_to(accepted, 4 * QUOTE_LIMIT))?;
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
    /// A text of a document is not of the form its field holds (a duration,
    /// a distance, hours of cover, an amount); `expected` says what one
    /// looks like. A document reports every such text, not only the first.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::error::{Entity, Problem, Violation};
    ///
    /// let problem = Problem::Malformed { entity: Entity::Duration, expected: "e.g. 20s, 5m, 24h or 1h 30m" };
    /// let violation = Violation::new("rules/a.targets.basic.within", problem, "soon");
    /// assert_eq!(
    ///     violation.to_string(),
    ///     "rules/a.targets.basic.within: invalid duration (expected e.g. 20s, 5m, 24h or 1h 30m) `soon`"
    /// );
    /// ```
    #[error("invalid {entity} (expected {expected})")]
    Malformed {
        /// What the text should be.
        entity: Entity,
        /// What one looks like.
        expected: &'static str,
    },
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
    /// A weight or importance is not a number above zero and at most
    /// [`AuditEntry::MAX_WEIGHT`](crate::assess::AuditEntry::MAX_WEIGHT) (1,000,000).
    #[error("weight must be above zero and at most {}", limits::WEIGHT_AND_SCALE)]
    InvalidWeight,
    /// A score lies outside the declared scale.
    #[error("score outside the scale")]
    OutOfScale,
    /// A scale's bounds are not two finite numbers within
    /// ±[`Scale::LIMIT`](crate::survey::Scale::LIMIT) (1,000,000), the lower below the upper.
    #[error("scale bounds must be finite, within ±{}, the lower below the upper", limits::WEIGHT_AND_SCALE)]
    InvalidScale,
    /// An interval (low, high) is not two finite numbers, the low at most
    /// the high (an improvement plan's interval of a gap).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::Problem, error::Violation};
    ///
    /// let v = Violation::new("intervals/empathy", Problem::InvalidInterval, "(NaN, NaN)");
    /// assert_eq!(v.to_string(), "intervals/empathy: interval must be two finite numbers, the low at most the high `(NaN, NaN)`");
    /// ```
    #[error("interval must be two finite numbers, the low at most the high")]
    InvalidInterval,
    /// A list that must have at least one element is empty.
    #[error("nothing given")]
    Empty,
    /// A review interval is not 1 to
    /// [`IssuedSet::MAX_REVIEW_MONTHS`](crate::publish::IssuedSet::MAX_REVIEW_MONTHS) (12) months.
    #[error("review interval must be 1 to {} months", limits::REVIEW_MONTHS)]
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
    /// [`RuleSet::unknown_scopes`](crate::rules::RuleSet::unknown_scopes)),
    /// or levels name a phase it does not have (see
    /// [`Levels::unknown_phases`](crate::model::Levels::unknown_phases)).
    #[error("not in the model")]
    NotInModel,
    /// A rule's scope names only ids the model has, but no step of the
    /// model is within every list of it: a phase of another sequence, a
    /// step another department owns (see
    /// [`RuleSet::unknown_scopes`](crate::rules::RuleSet::unknown_scopes)).
    #[error("no step of the model is within the scope")]
    NoStepInScope,
    /// A rule's translation names other placeholders than its statement.
    #[error("translation names other placeholders than the statement")]
    TranslationPlaceholders,
    /// A statement is given a translation into English, which is the
    /// language of the statement itself: it would never be shown.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::Problem, Locale, prelude::*};
    ///
    /// let err = Rule::builder("greet")
    ///     .when(Condition::builder().moments([MomentKind::Welcome]))
    ///     .kind(StandardKind::PersonalContact)
    ///     .dimension(QualityDimension::Empathy)
    ///     .statement("Greet every {customer}")
    ///     .statement_in(Locale::English, "Say hello")
    ///     .targets(LevelTargets::same(Target::Always))
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(
    ///     err.violations()[0].to_string(),
    ///     "rules/greet.translations.english: english is the statement itself, not a translation `Say hello`"
    /// );
    /// assert_eq!(err.violations()[0].problem(), &Problem::EnglishTranslation);
    /// ```
    #[error("english is the statement itself, not a translation")]
    EnglishTranslation,
    /// An audit entry names a standard that is not on the checklist it is
    /// scored against (see [`Audit::score_strict`](crate::assess::Audit::score_strict)).
    #[error("standard not on the checklist")]
    NotOnChecklist,
    /// A text that must be a number is not one (a survey file's score).
    #[error("not a number")]
    NotANumber,
    /// A text that must be a date is not one: a survey file's `date`,
    /// written `yyyy-mm-dd`.
    #[error("not a date (yyyy-mm-dd)")]
    NotADate,
    /// A survey response's date is before
    /// [`Response::EARLIEST_DATE`](crate::survey::Response::EARLIEST_DATE)
    /// (1900-01-01) or after
    /// [`Response::LATEST_DATE`](crate::survey::Response::LATEST_DATE)
    /// (2199-12-31): no survey holds it.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::error::Problem;
    ///
    /// assert_eq!(Problem::DateOutOfRange.to_string(), "date outside 1900-01-01 to 2199-12-31");
    /// ```
    #[error("date outside {} to {}", limits::EARLIEST_RESPONSE, limits::LATEST_RESPONSE)]
    DateOutOfRange,
    /// A text names no value of the vocabulary its column holds (a survey
    /// file's `channel`, `measure` or dimension).
    #[error("not one of the accepted values")]
    NotAccepted,
    /// A file's header lacks a column that must be there.
    #[error("missing column")]
    MissingColumn,
    /// A respondent answered the same subject, for the same measure, twice
    /// in one survey period.
    #[error("respondent already answered this subject in the survey period")]
    DuplicateResponse,
    /// A record of a file cannot be read (its text is not UTF-8, or the
    /// reader failed on it).
    #[error("unreadable record")]
    Unreadable,
    /// A survey file's cell is not written in the format its mapping
    /// declares (a date in another format); the violation says which is
    /// accepted ([`Violation::accepted`]).
    #[error("not in the declared format")]
    NotInFormat,
    /// A response's comment is longer than
    /// [`Response::MAX_COMMENT_CHARS`](crate::survey::Response::MAX_COMMENT_CHARS)
    /// (10,000) characters.
    #[error("comment longer than {} characters", limits::COMMENT_CHARS)]
    CommentTooLong,
    /// A pack named by a model or a rule is not known: not a built-in pack
    /// nor one added to the rule set
    /// ([`RuleSet::with_pack`](crate::rules::RuleSet::with_pack)), or, in a
    /// pack, a rule names another pack than its own.
    #[error("unknown pack")]
    UnknownPack,
    /// A pack lacks a form of a noun: a locale of the noun, its singular or
    /// plural, or a case the locale declines nouns in.
    #[error("missing noun form")]
    MissingNounForm,
    /// A pack gives a noun form in a case its locale does not have (English
    /// has none; Polish has `nom`, `gen`, `dat`, `acc`, `ins`, `loc`).
    #[error("case the locale does not have")]
    UnknownCase,
    /// A statement of a pack's rule names a noun the pack does not give.
    #[error("noun the pack does not give")]
    NounNotInPack,
    /// A model document names its pack twice, as `pack` and as the older
    /// `industry`, and the two differ.
    #[error("pack and industry differ")]
    PackAndIndustryDiffer,
    /// A step's `continues` names no step of its own sequence (written
    /// `phase/step`).
    #[error("continues no step of its sequence")]
    UnknownContinued,
    /// A step's `continues` names itself or a step after it: a contact is
    /// continued only from an earlier step.
    #[error("continues a step that is not before it")]
    ContinuesLater,
    /// A step's `continues` names a step that is no contact.
    #[error("continues a step that is no contact")]
    ContinuesNoContact,
}

/// Why a string is not a valid [`Id`](crate::model::Id).
///
/// # Examples
///
/// ```
/// use service_standards::{Id, error::{IdProblem, Problem}};
///
/// let err = Id::new("-greet").unwrap_err();
/// assert_eq!(err.violations()[0].problem(), &Problem::InvalidId(IdProblem::EdgeHyphen));
/// assert_eq!(IdProblem::TooLong.to_string(), format!("longer than {} characters", Id::MAX_LEN));
/// assert_eq!(Id::new("greet")?.as_str(), "greet");
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum IdProblem {
    /// The string is empty.
    #[error("empty")]
    Empty,
    /// The string is longer than [`Id::MAX_LEN`](crate::model::Id::MAX_LEN) bytes.
    #[error("longer than {} characters", limits::ID_LEN)]
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
        let msg = Error::invalid(Entity::ServiceModel, vs).to_string();
        assert!(msg.ends_with("s19: no phases; and 5 more"), "{msg}");
        // Exactly as many as are shown: no summary.
        let vs: Vec<_> = (0..20).map(|i| Violation::new(format!("s{i}"), Problem::NoPhases, "")).collect();
        let msg = Error::invalid(Entity::ServiceModel, vs).to_string();
        assert!(msg.ends_with("s18: no phases; s19: no phases"), "{msg}");
    }

    #[test]
    fn a_message_is_cut_to_the_limit_on_a_char_boundary() {
        assert_eq!(bounded("short"), "short");
        let exact = "a".repeat(MESSAGE_LIMIT);
        assert_eq!(bounded(&exact), exact);
        for long in
            ["ż".repeat(MESSAGE_LIMIT), format!("a{}", "ż".repeat(MESSAGE_LIMIT)), "€".repeat(MESSAGE_LIMIT)]
        {
            let cut = bounded(&long);
            assert!(cut.len() <= MESSAGE_LIMIT && cut.len() > MESSAGE_LIMIT - 8, "{}", cut.len());
            assert!(cut.ends_with('…'));
            assert!(long.starts_with(cut.trim_end_matches('…')));
        }
    }

    #[test]
    fn violations_stop_at_the_budget_and_say_how_many_more() {
        let long = "\u{202e}".repeat(200);
        let vs: Vec<_> = (0..20)
            .map(|i| Violation::new(format!("{long}/{long}{i}.name"), Problem::EmptyName, long.as_str()))
            .collect();
        let one = vs[0].to_string().len();
        assert!(one > 1000 && one < VIOLATIONS_BUDGET / 2, "{one}");
        let msg = Error::invalid(Entity::ServiceModel, vs).to_string();
        assert!(msg.len() <= MESSAGE_LIMIT, "{}", msg.len());
        let shown = VIOLATIONS_BUDGET / (one + 2);
        assert!(msg.ends_with(&format!("; and {} more", 20 - shown)), "{}", &msg[msg.len() - 40..]);
        assert_eq!(msg.matches(": empty name `").count(), shown);
    }

    #[test]
    fn every_entity_displays_its_own_name() {
        for &entity in Entity::ALL {
            assert_eq!(entity.to_string(), entity.name());
        }
        let mut names: Vec<&str> = Entity::ALL.iter().map(|e| e.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Entity::ALL.len(), "two entities share a name");
    }

    #[test]
    fn error_is_one_pointer() {
        assert_eq!(size_of::<Error>(), size_of::<usize>());
        assert_eq!(size_of::<Result<(), Error>>(), size_of::<usize>());
    }

    #[test]
    fn a_bad_id_reads_the_same_from_its_violation() {
        let err = Error::invalid_id("Greet", IdProblem::Character('G'));
        assert_eq!(err.to_string(), "invalid id `Greet`: character 'G' is not one of a-z, 0-9, '-'");
        assert_eq!(err.id_problem(), Some(IdProblem::Character('G')));
        assert_eq!(Error::malformed(Entity::StepPath, "x", "sequence/phase/step").id_problem(), None);
    }

    #[test]
    fn error_is_send_sync_static() {
        fn check<T: Send + Sync + 'static + std::error::Error>() {}
        check::<Error>();
    }
}
