//! The words of assessing, one table per language: the fixed texts of an
//! improvement plan and the label of each audit verdict, in the shape of
//! the standard's wording (see `src/standard/wording/mod.rs`).

use super::audit::Verdict;
use crate::{standard::Labelled, standard::Locale, standard::wording::Texts};

/// An audit's verdict, labelled in each language as the model's
/// vocabularies are.
impl Labelled for Verdict {
    fn label_in(self, locale: Locale) -> &'static str {
        match locale {
            Locale::English => match self {
                Verdict::Pass => "pass",
                Verdict::Fail => "fail",
                Verdict::NotApplicable => "not applicable",
                Verdict::NotObserved => "not observed",
            },
            Locale::Polish => match self {
                Verdict::Pass => "spełniony",
                Verdict::Fail => "niespełniony",
                Verdict::NotApplicable => "nie dotyczy",
                Verdict::NotObserved => "nie zaobserwowano",
            },
        }
    }
}

/// The fixed texts of a rendered plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub(crate) enum PlanText {
    /// `Improvement plan`, the title.
    Title,
    /// `Level`, before the plan's level and a phase's levels now and next.
    Level,
    /// `Priorities`, a heading.
    Priorities,
    /// `Subject`, a column.
    Subject,
    /// `Gap`, a column.
    Gap,
    /// `Interval`, a column.
    Interval,
    /// `Audit compliance`, a column.
    Compliance,
    /// `Raise first`, a heading before the phase.
    RaiseFirst,
    /// `This phase is already at the highest level …`.
    AtTop,
    /// `No phase falls short: nothing to raise.`
    NothingToRaise,
    /// `Raising this phase changes no standard.`
    NoChange,
    /// `Standards added`.
    Added,
    /// `Standards dropped`.
    Removed,
    /// `New targets`.
    NewTargets,
    /// `Coverage holes`.
    Holes,
    /// `no standard`, after a channel and an aspect.
    NoStandard,
}

impl Texts for PlanText {
    fn in_locale(self, locale: Locale) -> &'static str {
        match locale {
            Locale::English => english(self),
            Locale::Polish => polish(self),
        }
    }
}

fn english(text: PlanText) -> &'static str {
    match text {
        PlanText::Title => "Improvement plan",
        PlanText::Level => "Level",
        PlanText::Priorities => "Priorities",
        PlanText::Subject => "Subject",
        PlanText::Gap => "Gap",
        PlanText::Interval => "Interval",
        PlanText::Compliance => "Audit compliance",
        PlanText::RaiseFirst => "Raise first",
        PlanText::AtTop => "This phase is already at the highest level ({level}): it cannot go higher.",
        PlanText::NothingToRaise => "No phase falls short of expectations: nothing to raise.",
        PlanText::NoChange => "Raising this phase changes no standard.",
        PlanText::Added => "Standards added",
        PlanText::Removed => "Standards dropped",
        PlanText::NewTargets => "New targets",
        PlanText::Holes => "Coverage holes",
        PlanText::NoStandard => "no standard",
    }
}

fn polish(text: PlanText) -> &'static str {
    match text {
        PlanText::Title => "Plan doskonalenia obsługi",
        PlanText::Level => "Poziom",
        PlanText::Priorities => "Priorytety",
        PlanText::Subject => "Obszar",
        PlanText::Gap => "Luka",
        PlanText::Interval => "Przedział",
        PlanText::Compliance => "Zgodność w audycie",
        PlanText::RaiseFirst => "Do podniesienia w pierwszej kolejności",
        PlanText::AtTop => "Ta faza ma już najwyższy poziom ({level}), więc nie można go podnieść.",
        PlanText::NothingToRaise => "Żadna faza nie wypada poniżej oczekiwań: nie ma czego podnosić.",
        PlanText::NoChange => "Podniesienie poziomu tej fazy nie zmienia żadnego standardu.",
        PlanText::Added => "Nowe standardy",
        PlanText::Removed => "Usunięte standardy",
        PlanText::NewTargets => "Nowe cele",
        PlanText::Holes => "Braki w pokryciu standardami",
        PlanText::NoStandard => "brak standardu",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_and_verdict_is_worded_and_distinct_in_every_locale() {
        crate::standard::wording::assert_worded::<PlanText>();
        crate::standard::wording::assert_labelled::<Verdict>();
    }
}
