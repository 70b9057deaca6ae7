//! Statement texts with placeholders, parsed once and rendered per standard.

use std::{fmt, ops::Range, sync::Arc};

use crate::{
    error::Entity, error::Error, error::Problem, error::Violation, model::Noun, vocabulary::vocabulary,
};

vocabulary! {
    /// A slot in a rule's statement, written `{name}`, filled in for each
    /// standard. Write `{{` and `}}` for literal braces. A noun
    /// (`{customer}`, `{orders}`) may name the grammatical case a language
    /// needs after a colon: `nom`, `gen`, `dat`, `acc`, `ins` or `loc`
    /// (`{customer:acc}`); English ignores it.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{standard::Placeholder, model::Vocabulary};
    ///
    /// assert_eq!(Placeholder::Target.as_str(), "target");
    /// assert_eq!(Placeholder::ALL.len(), 19);
    /// ```
    pub enum Placeholder(Entity::Placeholder) {
        /// The step's name.
        Step,
        /// The phase's name.
        Phase,
        /// The sequence's name.
        Sequence,
        /// The channels the standard applies to (`face-to-face`, `e-mail`, …).
        Channel,
        /// The owning department's name (or `every department`).
        Department,
        /// The target at the level derived (`within 3 rings`).
        Target,
        /// The characteristic that triggered the standard, if any.
        Characteristic,
        /// The company or service's name.
        Company,
        /// The kind of moment (`welcome`, `billing`, …).
        Moment,
        /// The person served, in the business's words: customer, guest, caller.
        Customer,
        /// The people served: customers, guests, callers.
        Customers,
        /// What they order, in the business's words: order, booking, case.
        Order,
        /// What they order, plural: orders, bookings, cases.
        Orders,
        /// What they are asked to pay, in the business's words: invoice, bill, receipt.
        Bill,
        /// What they are asked to pay, plural: invoices, bills, receipts.
        Bills,
        /// Their time with the business: visit, stay, call.
        Visit,
        /// Their times with the business, plural: visits, stays, calls.
        Visits,
        /// Where they are served: service point, room, table.
        Place,
        /// Where they are served, plural: service points, rooms, tables.
        Places,
    }
}

impl Placeholder {
    /// The noun and whether it is plural, for a noun placeholder.
    pub(crate) const fn noun(self) -> Option<(Noun, bool)> {
        match self {
            Self::Customer => Some((Noun::Customer, false)),
            Self::Customers => Some((Noun::Customer, true)),
            Self::Order => Some((Noun::Order, false)),
            Self::Orders => Some((Noun::Order, true)),
            Self::Bill => Some((Noun::Bill, false)),
            Self::Bills => Some((Noun::Bill, true)),
            Self::Visit => Some((Noun::Visit, false)),
            Self::Visits => Some((Noun::Visit, true)),
            Self::Place => Some((Noun::Place, false)),
            Self::Places => Some((Noun::Place, true)),
            _ => None,
        }
    }
}

/// The grammatical case a noun placeholder asks for, written after a colon
/// (`{customer:acc}`); languages without cases ignore it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(crate) enum Case {
    /// Nominative (the default).
    #[default]
    Nom,
    /// Genitive.
    Gen,
    /// Dative.
    Dat,
    /// Accusative.
    Acc,
    /// Instrumental.
    Ins,
    /// Locative.
    Loc,
}

impl Case {
    /// Every case, in the order tables list them.
    pub(crate) const ALL: [Self; 6] = [Self::Nom, Self::Gen, Self::Dat, Self::Acc, Self::Ins, Self::Loc];

    /// The case's name in documents and placeholders.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Self::Nom => "nom",
            Self::Gen => "gen",
            Self::Dat => "dat",
            Self::Acc => "acc",
            Self::Ins => "ins",
            Self::Loc => "loc",
        }
    }

    /// The case's place in [`Case::ALL`].
    pub(crate) const fn index(self) -> usize {
        self as usize
    }

    pub(crate) fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "nom" => Self::Nom,
            "gen" => Self::Gen,
            "dat" => Self::Dat,
            "acc" => Self::Acc,
            "ins" => Self::Ins,
            "loc" => Self::Loc,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Segment {
    Text(Range<usize>),
    Slot(Placeholder, Case),
}

/// A rule's statement: text with [`Placeholder`]s, checked and parsed once,
/// shared by every standard derived from the rule.
///
/// # Examples
///
/// ```
/// use service_standards::{standard::Placeholder, standard::Statement};
///
/// let s = Statement::parse("Answer the {channel} {target}.")?;
/// assert_eq!(s.placeholders().collect::<Vec<_>>(), [Placeholder::Channel, Placeholder::Target]);
/// assert_eq!(s.as_str(), "Answer the {channel} {target}.");
/// assert!(Statement::parse("Hello {guest}").is_err());
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Statement {
    source: Arc<str>,
    segments: Arc<[Segment]>,
}

impl Statement {
    /// Parses a statement.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::Statement`](crate::error::Entity::Statement) with a violation at `statement`:
    /// [`Problem::EmptyText`], [`Problem::UnknownPlaceholder`] (the value is
    /// the placeholder), or [`Problem::UnbalancedBrace`].
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Statement;
    ///
    /// let s = Statement::parse("Use {{braces}} like this")?;
    /// assert_eq!(s.placeholders().count(), 0);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self, Error> {
        Self::parse_raw(text).map_err(|(problem, value)| {
            Error::invalid(Entity::Statement, vec![Violation::new("statement", problem, value)])
        })
    }

    /// Parses, returning the problem and the offending part.
    pub(crate) fn parse_raw(text: &str) -> Result<Self, (Problem, String)> {
        if text.trim().is_empty() {
            return Err((Problem::EmptyText, text.to_owned()));
        }
        let mut segments = Vec::new();
        let bytes = text.as_bytes();
        let mut literal_start = 0;
        let mut i = 0;
        let push_text = |segments: &mut Vec<Segment>, range: Range<usize>| {
            if !range.is_empty() {
                segments.push(Segment::Text(range));
            }
        };
        while let Some(&b) = bytes.get(i) {
            match b {
                b'{' if bytes.get(i + 1) == Some(&b'{') => {
                    push_text(&mut segments, literal_start..i + 1);
                    i += 2;
                    literal_start = i;
                }
                b'}' if bytes.get(i + 1) == Some(&b'}') => {
                    push_text(&mut segments, literal_start..i + 1);
                    i += 2;
                    literal_start = i;
                }
                b'{' => {
                    push_text(&mut segments, literal_start..i);
                    let Some(len) = text.get(i + 1..).and_then(|rest| rest.find(['}', '{'])) else {
                        return Err((Problem::UnbalancedBrace, text.get(i..).unwrap_or_default().to_owned()));
                    };
                    let end = i + 1 + len;
                    if bytes.get(end) == Some(&b'{') {
                        return Err((
                            Problem::UnbalancedBrace,
                            text.get(i..end).unwrap_or_default().to_owned(),
                        ));
                    }
                    let inner = text.get(i + 1..end).unwrap_or_default();
                    let unknown =
                        || (Problem::UnknownPlaceholder, text.get(i..=end).unwrap_or_default().to_owned());
                    let (name, case) = match inner.split_once(':') {
                        Some((name, case)) => (name, Some(case)),
                        None => (inner, None),
                    };
                    let slot = name.parse::<Placeholder>().map_err(|_| unknown())?;
                    let case = match case {
                        None => Case::Nom,
                        Some(case) if slot.noun().is_some() => Case::parse(case).ok_or_else(unknown)?,
                        Some(_) => return Err(unknown()),
                    };
                    segments.push(Segment::Slot(slot, case));
                    i = end + 1;
                    literal_start = i;
                }
                b'}' => return Err((Problem::UnbalancedBrace, "}".to_owned())),
                _ => i += 1,
            }
        }
        push_text(&mut segments, literal_start..text.len());
        Ok(Self { source: Arc::from(text), segments: segments.into() })
    }

    /// A statement with no placeholders: `text` exactly (braces and all).
    #[cfg_attr(not(feature = "serde"), allow(dead_code, reason = "used when reading documents"))]
    pub(crate) fn literal(text: &str) -> Self {
        let segments: Arc<[Segment]> =
            if text.is_empty() { Arc::new([]) } else { Arc::new([Segment::Text(0..text.len())]) };
        Self { source: Arc::from(text), segments }
    }

    /// The statement as written.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Statement;
    ///
    /// assert_eq!(Statement::parse("Smile {target}")?.as_str(), "Smile {target}");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The placeholders, in order of appearance.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{standard::Placeholder, standard::Statement};
    ///
    /// let s = Statement::parse("{target} at {step}")?;
    /// assert_eq!(s.placeholders().collect::<Vec<_>>(), [Placeholder::Target, Placeholder::Step]);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn placeholders(&self) -> impl Iterator<Item = Placeholder> + '_ {
        self.segments.iter().filter_map(|s| match s {
            Segment::Slot(p, _) => Some(*p),
            Segment::Text(_) => None,
        })
    }

    /// Whether both statements name the same placeholders (in any order, any case forms).
    pub(crate) fn same_placeholders(&self, other: &Self) -> bool {
        let set = |s: &Self| s.placeholders().collect::<crate::model::EnumSet<Placeholder>>();
        set(self) == set(other)
    }

    /// Renders the statement, asking `fill` for each placeholder's text.
    pub(crate) fn render(&self, out: &mut String, mut fill: impl FnMut(Placeholder, Case, &mut String)) {
        for segment in self.segments.iter() {
            match segment {
                Segment::Text(range) => out.push_str(self.source.get(range.clone()).unwrap_or_default()),
                Segment::Slot(p, case) => fill(*p, *case, out),
            }
        }
    }
}

impl fmt::Debug for Statement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.source, f)
    }
}

impl fmt::Display for Statement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Statement {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str) -> String {
        let s = Statement::parse_raw(text).unwrap();
        let mut out = String::new();
        s.render(&mut out, |p, _, out| {
            out.push('<');
            out.push_str(crate::model::Vocabulary::as_str(p));
            out.push('>');
        });
        out
    }

    #[test]
    fn parses_and_renders() {
        assert_eq!(render("Answer {target}."), "Answer <target>.");
        assert_eq!(render("{{x}} {step}"), "{x} <step>");
        assert_eq!(render("ż{moment}ó"), "ż<moment>ó");
        assert_eq!(render("{{}}"), "{}");
    }

    #[test]
    fn rejects() {
        assert_eq!(
            Statement::parse_raw("a {guest}").unwrap_err(),
            (Problem::UnknownPlaceholder, "{guest}".into())
        );
        assert_eq!(
            Statement::parse_raw("a {target").unwrap_err(),
            (Problem::UnbalancedBrace, "{target".into())
        );
        assert_eq!(
            Statement::parse_raw("a {ta{rget}").unwrap_err(),
            (Problem::UnbalancedBrace, "{ta".into())
        );
        assert_eq!(Statement::parse_raw("a } b").unwrap_err(), (Problem::UnbalancedBrace, "}".into()));
        assert_eq!(Statement::parse_raw(" ").unwrap_err(), (Problem::EmptyText, " ".into()));
    }
}
