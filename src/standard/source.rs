//! Where a standard comes from: the part of a rule that its standards share.

use crate::{model::Id, model::ServiceLevel, standard::Template};

/// What every standard derived from one rule shares (one allocation per
/// rule): the rule's id, its concern, the lowest level it derives at and
/// the template of its standards. A rule holds one and hands it to each of
/// its standards; a standard read back from a document gets one of its own,
/// so no rule needs to be built to read a set.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct Source {
    id: Id,
    concern: Id,
    min_level: ServiceLevel,
    template: Template,
}

impl Source {
    /// The source of the standards of rule `id`.
    pub(crate) fn new(id: Id, concern: Id, min_level: ServiceLevel, template: Template) -> Self {
        Self { id, concern, min_level, template }
    }

    /// The rule's id.
    pub(crate) fn id(&self) -> &Id {
        &self.id
    }

    /// What the standards are about; a step keeps at most one per concern.
    pub(crate) fn concern(&self) -> &Id {
        &self.concern
    }

    /// The lowest level the rule derives at.
    pub(crate) fn min_level(&self) -> ServiceLevel {
        self.min_level
    }

    /// The template of the standards.
    pub(crate) fn template(&self) -> &Template {
        &self.template
    }
}
