//! When two standards are equal: on their data, their statements compared
//! on what they are rendered from (the rule's statement and the value of
//! each placeholder it shows), so comparing two derived sets renders
//! nothing. It is wording's to say, because whether two statements read the
//! same depends on the words each placeholder fills in.

use std::sync::Arc;

use crate::{
    model::Vocabulary, standard::Locale, standard::Placeholder, standard::Provenance, standard::Standard,
    standard::standard::Names,
};

impl Standard {
    /// Whether the two standards' statements say the same, their targets
    /// aside, judged on what the statements are rendered from rather than on
    /// the text: the rule's statement, and the value each of its placeholders
    /// fills in (the names of the step, phase, sequence, company and
    /// department, the channels, the kind of moment, the characteristic that
    /// brought it, the business's word for a noun). Values the statement does
    /// not show do not count. `None` when either standard was read from a
    /// document: its statement is text alone.
    pub(crate) fn same_wording(&self, other: &Self) -> Option<bool> {
        let (names, theirs) = (self.step_info().names()?, other.step_info().names()?);
        let statement = self.source().template().statement();
        if !Arc::ptr_eq(self.source(), other.source()) && statement != other.source().template().statement() {
            return Some(false);
        }
        let same_step = Arc::ptr_eq(self.step_info(), other.step_info());
        let same = |pick: fn(&Names) -> &Arc<str>| same_step || pick(names) == pick(theirs);
        let characteristic = |s: &Self| match s.provenance() {
            Provenance::Characteristic(c) => Some(c),
            _ => None,
        };
        Some(statement.placeholders().all(|slot| match slot {
            Placeholder::Target => true,
            Placeholder::Step => same(|n| &n.step),
            Placeholder::Phase => same(|n| &n.phase),
            Placeholder::Sequence => same(|n| &n.sequence),
            Placeholder::Company => same(|n| &n.company),
            Placeholder::Department => same_step || names.department == theirs.department,
            Placeholder::Channel => self.channels() == other.channels(),
            Placeholder::Moment => self.moment() == other.moment(),
            Placeholder::Characteristic => characteristic(self) == characteristic(other),
            Placeholder::Customer
            | Placeholder::Customers
            | Placeholder::Order
            | Placeholder::Orders
            | Placeholder::Bill
            | Placeholder::Bills
            | Placeholder::Visit
            | Placeholder::Visits
            | Placeholder::Place
            | Placeholder::Places => {
                // The words, not the pack: packs may share a word. Every
                // locale's, as a statement is shown in any of them.
                Arc::ptr_eq(names.nouns(), theirs.nouns())
                    || slot.noun().is_some_and(|(noun, _)| {
                        Locale::ALL
                            .iter()
                            .all(|&l| names.nouns().inflected(noun, l) == theirs.nouns().inflected(noun, l))
                    })
            }
        }))
    }

    /// Whether the two English statements read the same: compared on
    /// their data ([`same_wording`](Self::same_wording)) where both were
    /// derived; as text where both were read from documents; and where one
    /// was read, by rendering the other's.
    fn same_statement(&self, other: &Self) -> bool {
        fn literal(s: &Standard) -> Option<&str> {
            s.step_info().names().is_none().then(|| s.source().template().statement().as_str())
        }
        self.same_wording(other).unwrap_or_else(|| match (literal(self), literal(other)) {
            (Some(a), Some(b)) => a == b,
            _ => self.statement() == other.statement(),
        })
    }
}

/// Standards are equal when everything they show is equal: their data, and
/// their statements compared on what the statements are rendered from (the
/// rule's statement and the value of each placeholder it shows), so
/// comparing two derived standards renders nothing. A standard read from a
/// document holds its statement as text alone: it compares with another by
/// the English statement's text, as rendered.
impl PartialEq for Standard {
    fn eq(&self, other: &Self) -> bool {
        self.rule() == other.rule()
            && self.step() == other.step()
            && self.kind() == other.kind()
            && self.dimension() == other.dimension()
            && self.min_level() == other.min_level()
            && self.derived_at() == other.derived_at()
            && self.target() == other.target()
            && self.channels() == other.channels()
            && self.moment() == other.moment()
            && self.department() == other.department()
            && self.provenance() == other.provenance()
            && self.same_statement(other)
    }
}

impl Eq for Standard {}
