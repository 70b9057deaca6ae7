//! The words of assessing, one table per language: the fixed texts of an
//! improvement plan and the label of each audit verdict.

use super::audit::Verdict;
use super::plan::PlanText;
use crate::{standard::Labelled, standard::Locale};

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

/// The fixed texts of an improvement plan.
pub(super) fn english(text: PlanText) -> &'static str {
    match text {
        PlanText::Title => "Improvement plan",
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

/// The fixed texts of an improvement plan.
pub(super) fn polish(text: PlanText) -> &'static str {
    match text {
        PlanText::Title => "Plan doskonalenia obsługi",
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
