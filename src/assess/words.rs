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
    /// `Raising one level`, a heading before the phase to raise.
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
    /// `Site`, before the plan's site.
    Site,
    /// `Period`, before the plan's period.
    Period,
    /// `Answers`, before the number of answers.
    Answers,
    /// `Key driver`, a column.
    Driver,
    /// `Cause`, a column.
    Cause,
    /// The cause [`Cause::NotMet`](super::Cause::NotMet).
    CauseNotMet,
    /// The cause [`Cause::TooLow`](super::Cause::TooLow).
    CauseTooLow,
    /// The cause [`Cause::Unknown`](super::Cause::Unknown).
    CauseUnknown,
    /// What `=` after a rank means.
    TiedNote,
    /// What `≈` after a rank means.
    OverlapNote,
    /// What the key-driver column holds and how it weighs the ranking.
    DriverNote,
    /// How the cause is read from the compliance (`{threshold}`).
    ThresholdNote,
    /// `What to do first`, a heading before the first item.
    FirstHeading,
    /// `Owner`, before the owner role.
    Owner,
    /// `head of {department}`, the owner role.
    HeadOf,
    /// `the site manager`, the owner where no department owns the item.
    SiteManager,
    /// `Measure again`, before the day.
    MeasureAgain,
    /// `answers from {date}`, after the day to measure again.
    AnswersFrom,
    /// The action for [`Cause::NotMet`](super::Cause::NotMet).
    NotMetAction,
    /// `Not met in the audit`, a heading.
    Unmet,
    /// The action for [`Cause::TooLow`](super::Cause::TooLow).
    TooLowAction,
    /// Points to the raise below.
    RaiseBelow,
    /// The action for a dimension whose standards are too low.
    RaiseDimension,
    /// The action for [`Cause::Unknown`](super::Cause::Unknown).
    UnknownAction,
    /// `Then`, a heading before the other items that fall short.
    ThenHeading,
    /// Before the raise of a phase not audited.
    RaiseIfMet,
    /// The next item is tied with the first or overlaps it (`{subject}`).
    NotApart,
    /// Why no phase is raised when every weak phase fails its standards.
    NoRaiseNotMet,
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
        PlanText::RaiseFirst => "Raising one level",
        PlanText::AtTop => "This phase is already at the highest level ({level}): it cannot go higher.",
        PlanText::NothingToRaise => "No phase falls short of expectations: nothing to raise.",
        PlanText::NoChange => "Raising this phase changes no standard.",
        PlanText::Added => "Standards added",
        PlanText::Removed => "Standards dropped",
        PlanText::NewTargets => "New targets",
        PlanText::Holes => "Coverage holes",
        PlanText::NoStandard => "no standard",
        PlanText::Site => "Site",
        PlanText::Period => "Period",
        PlanText::Answers => "Answers",
        PlanText::Driver => "Key driver",
        PlanText::Cause => "Cause",
        PlanText::CauseNotMet => "standards not met",
        PlanText::CauseTooLow => "standards too low",
        PlanText::CauseUnknown => "cause unknown: not audited",
        PlanText::TiedNote => "`=`: tied with the item above; the data do not order the two.",
        PlanText::OverlapNote => {
            "`≈`: its interval overlaps the interval of the item above; the data do not show which of the two is worse."
        }
        PlanText::DriverNote => {
            "Key driver: the part of the overall measure's variance the subject explains (LMG relative importance, in %), with its 95 % interval. The ranking weighs each gap by the subject's share of what the drivers explain, relative to the average driver."
        }
        PlanText::ThresholdNote => {
            "Cause: an audit compliance below {threshold} means the current standards are not met; at or above {threshold}, with the gap remaining, the standards are too low."
        }
        PlanText::FirstHeading => "What to do first",
        PlanText::Owner => "Owner",
        PlanText::HeadOf => "head of {department}",
        PlanText::SiteManager => "the site manager",
        PlanText::MeasureAgain => "Measure again",
        PlanText::AnswersFrom => "answers from {date}",
        PlanText::NotMetAction => {
            "Staff meet {compliance} of the current standards, below {threshold}: the cause is that the standards are not done as written, not that they are too low. Train, staff and enforce the current standards before raising any."
        }
        PlanText::Unmet => "Not met in the audit",
        PlanText::TooLowAction => {
            "Staff meet {compliance} of the current standards, at least {threshold}, and the gap remains: the standards are too low and should be raised."
        }
        PlanText::RaiseBelow => "What raising this phase one level means is shown below.",
        PlanText::RaiseDimension => {
            "Raise the standards of this dimension in the phases where it falls short."
        }
        PlanText::UnknownAction => {
            "No audit scored this: the cause is unknown. Audit its standards first, then choose between enforcing them and raising them."
        }
        PlanText::ThenHeading => "Then",
        PlanText::RaiseIfMet => {
            "If an audit finds the standards of this phase met, raising it one level would mean:"
        }
        PlanText::NotApart => {
            "{subject}, next in the ranking, is not clearly apart from this item: the data do not show which comes first, so treat both as first."
        }
        PlanText::NoRaiseNotMet => {
            "Every phase that falls short does not meet its current standards: raise none until they are met."
        }
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
        PlanText::RaiseFirst => "Podniesienie o jeden poziom",
        PlanText::AtTop => "Ta faza ma już najwyższy poziom ({level}), więc nie można go podnieść.",
        PlanText::NothingToRaise => "Żadna faza nie wypada poniżej oczekiwań: nie ma czego podnosić.",
        PlanText::NoChange => "Podniesienie poziomu tej fazy nie zmienia żadnego standardu.",
        PlanText::Added => "Nowe standardy",
        PlanText::Removed => "Usunięte standardy",
        PlanText::NewTargets => "Nowe cele",
        PlanText::Holes => "Braki w pokryciu standardami",
        PlanText::NoStandard => "brak standardu",
        PlanText::Site => "Obiekt",
        PlanText::Period => "Okres",
        PlanText::Answers => "Liczba odpowiedzi",
        PlanText::Driver => "Kluczowy czynnik",
        PlanText::Cause => "Przyczyna",
        PlanText::CauseNotMet => "standardy nie są przestrzegane",
        PlanText::CauseTooLow => "standardy są za niskie",
        PlanText::CauseUnknown => "przyczyna nieznana: brak audytu",
        PlanText::TiedNote => "`=`: ex aequo z pozycją wyżej; dane nie ustalają kolejności tych dwóch.",
        PlanText::OverlapNote => {
            "`≈`: przedział nakłada się na przedział pozycji wyżej; dane nie pokazują, która z nich wypada gorzej."
        }
        PlanText::DriverNote => {
            "Kluczowy czynnik: część zmienności oceny ogólnej, którą wyjaśnia dany obszar (względna ważność LMG, w %), z przedziałem 95 %. Ranking waży każdą lukę udziałem obszaru w tym, co wyjaśniają czynniki, względem przeciętnego czynnika."
        }
        PlanText::ThresholdNote => {
            "Przyczyna: zgodność w audycie poniżej {threshold} oznacza, że obecne standardy nie są przestrzegane; od {threshold} wzwyż, gdy luka pozostaje, standardy są za niskie."
        }
        PlanText::FirstHeading => "Co zrobić najpierw",
        PlanText::Owner => "Odpowiada",
        PlanText::HeadOf => "kierownik działu „{department}”",
        PlanText::SiteManager => "kierownik obiektu",
        PlanText::MeasureAgain => "Ponowny pomiar",
        PlanText::AnswersFrom => "odpowiedzi od {date}",
        PlanText::NotMetAction => {
            "Personel spełnia {compliance} obecnych standardów, poniżej progu {threshold}: przyczyną jest to, że standardy nie są stosowane, a nie to, że są za niskie. Należy przeszkolić personel, zapewnić obsadę i egzekwować obecne standardy, zanim podniesie się którykolwiek z nich."
        }
        PlanText::Unmet => "Niespełnione w audycie",
        PlanText::TooLowAction => {
            "Personel spełnia {compliance} obecnych standardów, co najmniej {threshold}, a luka pozostaje: standardy są za niskie i należy je podnieść."
        }
        PlanText::RaiseBelow => "Co oznacza podniesienie tej fazy o jeden poziom, pokazano niżej.",
        PlanText::RaiseDimension => {
            "Należy podnieść standardy tego wymiaru w fazach, w których wypada słabo."
        }
        PlanText::UnknownAction => {
            "Żaden audyt tego nie ocenił: przyczyna jest nieznana. Najpierw należy przeprowadzić audyt tych standardów, a potem zdecydować, czy je egzekwować, czy podnieść."
        }
        PlanText::ThenHeading => "Następnie",
        PlanText::RaiseIfMet => {
            "Jeśli audyt wykaże, że standardy tej fazy są spełnione, podniesienie jej o jeden poziom oznaczałoby:"
        }
        PlanText::NotApart => {
            "{subject}, następna w rankingu pozycja, nie różni się wyraźnie od tej: dane nie pokazują, która jest pierwsza, więc obie należy traktować jako pierwsze."
        }
        PlanText::NoRaiseNotMet => {
            "Żadna faza poniżej oczekiwań nie spełnia obecnych standardów: nie należy podnosić żadnych, dopóki nie będą spełnione."
        }
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
