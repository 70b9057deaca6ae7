//! The words of the charts, one table per language, in the shape of the
//! standard's wording (see `src/standard/wording/mod.rs`); the labels of
//! the vocabularies come from the standard's wording.

use crate::{standard::Locale, standard::wording::Texts};

/// A fixed text of a chart (titles, axes, legends, notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub(crate) enum ChartText {
    /// The title of expectation against perception. `Expectation and perception by dimension`.
    ExpectationVsPerception,
    /// The title of the gaps by phase. `Gap by phase`.
    GapsByPhase,
    /// The title of compliance by phase. `Compliance by phase`.
    ComplianceByPhase,
    /// The title of compliance by department. `Compliance by department`.
    ComplianceByDepartment,
    /// After the measure's name, in the title of a measure over time. `over time`.
    OverTime,
    /// A legend: the mean expectation. `Expectation`.
    Expectation,
    /// A legend: the mean perception. `Perception`.
    Perception,
    /// The value axis of expectation and perception. `Mean score`.
    MeanScore,
    /// The value axis of the gaps. `Gap (perception − expectation)`.
    Gap,
    /// A legend: a gap below expectation. `Below expectation`.
    Shortfall,
    /// A legend: a gap above expectation. `Above expectation`.
    Surplus,
    /// A legend: the compliance score. `Compliance score`.
    Score,
    /// A legend: the coverage. `Coverage`.
    Coverage,
    /// The value axis in percent. `Share (%)`.
    PercentAxis,
    /// Beside a row with no score. `not scored`.
    NotScored,
    /// The category axis of dimensions. `Dimension`.
    Dimension,
    /// The category axis of phases. `Phase`.
    Phase,
    /// The category axis of departments. `Department`.
    Department,
    /// The axis of periods. `Period`.
    Period,
    /// A chart with nothing to draw. `no data`.
    NoData,
    /// The row of the steps no department owns: `Steps without a department`.
    NoDepartment,
    /// A figure with fewer answers than the minimum. `too few answers`.
    TooFewAnswers,
    /// The service as a whole, as a row's name. `Overall`.
    Overall,
    /// The title of the NPS chart. `Promoters, passives and detractors`.
    NpsShares,
    /// A legend: detractors. `Detractors (0–6)`.
    Detractors,
    /// A legend: passives. `Passives (7–8)`.
    Passives,
    /// A legend: promoters. `Promoters (9–10)`.
    Promoters,
    /// The category axis of what was asked about. `Asked about`.
    Subject,
    /// The value axis of the NPS chart. `Share of answers (%)`.
    ShareOfAnswers,
}

impl Texts for ChartText {
    fn in_locale(self, locale: Locale) -> &'static str {
        match locale {
            Locale::English => english(self),
            Locale::Polish => polish(self),
        }
    }
}

fn english(text: ChartText) -> &'static str {
    match text {
        ChartText::ExpectationVsPerception => "Expectation and perception by dimension",
        ChartText::GapsByPhase => "Gap by phase",
        ChartText::ComplianceByPhase => "Compliance by phase",
        ChartText::ComplianceByDepartment => "Compliance by department",
        ChartText::OverTime => "over time",
        ChartText::Expectation => "Expectation",
        ChartText::Perception => "Perception",
        ChartText::MeanScore => "Mean score",
        ChartText::Gap => "Gap (perception − expectation)",
        ChartText::Shortfall => "Below expectation",
        ChartText::Surplus => "Above expectation",
        ChartText::Score => "Compliance score",
        ChartText::Coverage => "Coverage",
        ChartText::PercentAxis => "Share (%)",
        ChartText::NotScored => "not scored",
        ChartText::Dimension => "Dimension",
        ChartText::Phase => "Phase",
        ChartText::Department => "Department",
        ChartText::Period => "Period",
        ChartText::NoData => "no data",
        ChartText::NoDepartment => "Steps without a department",
        ChartText::TooFewAnswers => "too few answers",
        ChartText::Overall => "Overall",
        ChartText::NpsShares => "Promoters, passives and detractors",
        ChartText::Detractors => "Detractors (0–6)",
        ChartText::Passives => "Passives (7–8)",
        ChartText::Promoters => "Promoters (9–10)",
        ChartText::Subject => "Asked about",
        ChartText::ShareOfAnswers => "Share of answers (%)",
    }
}

fn polish(text: ChartText) -> &'static str {
    match text {
        ChartText::ExpectationVsPerception => "Oczekiwania i postrzeganie według wymiarów",
        ChartText::GapsByPhase => "Luka według etapów",
        ChartText::ComplianceByPhase => "Zgodność według etapów",
        ChartText::ComplianceByDepartment => "Zgodność według działów",
        ChartText::OverTime => "w czasie",
        ChartText::Expectation => "Oczekiwania",
        ChartText::Perception => "Postrzeganie",
        ChartText::MeanScore => "Średnia ocena",
        ChartText::Gap => "Luka (postrzeganie − oczekiwania)",
        ChartText::Shortfall => "Poniżej oczekiwań",
        ChartText::Surplus => "Powyżej oczekiwań",
        ChartText::Score => "Wynik zgodności",
        ChartText::Coverage => "Pokrycie",
        ChartText::PercentAxis => "Udział (%)",
        ChartText::NotScored => "bez oceny",
        ChartText::Dimension => "Wymiar",
        ChartText::Phase => "Etap",
        ChartText::Department => "Dział",
        ChartText::Period => "Okres",
        ChartText::NoData => "brak danych",
        ChartText::NoDepartment => "Kroki bez przypisanego działu",
        ChartText::TooFewAnswers => "za mało odpowiedzi",
        ChartText::Overall => "Ogółem",
        ChartText::NpsShares => "Promotorzy, neutralni i krytycy",
        ChartText::Detractors => "Krytycy (0–6)",
        ChartText::Passives => "Neutralni (7–8)",
        ChartText::Promoters => "Promotorzy (9–10)",
        ChartText::Subject => "Czego dotyczy",
        ChartText::ShareOfAnswers => "Udział odpowiedzi (%)",
    }
}

/// `n` answers: `1 answer`, `12 answers`; `1 odpowiedź`, `12 odpowiedzi`.
pub(crate) fn answers(locale: Locale, n: usize) -> String {
    let word = match (locale, n) {
        (Locale::English, 1) => "answer",
        (Locale::English, _) => "answers",
        (Locale::Polish, 1) => "odpowiedź",
        (Locale::Polish, _) => "odpowiedzi",
    };
    format!("{n} {word}")
}

/// `n` standards checked (passed or failed): `1 standard checked`; in
/// Polish in the form the count takes (`1 sprawdzony standard`, `2
/// sprawdzone standardy`, `5 sprawdzonych standardów`).
pub(crate) fn checked(locale: Locale, n: usize) -> String {
    let words = match locale {
        Locale::English => {
            if n == 1 {
                "standard checked"
            } else {
                "standards checked"
            }
        }
        Locale::Polish => match (n % 10, n % 100) {
            _ if n == 1 => "sprawdzony standard",
            (2..=4, r) if !(12..=14).contains(&r) => "sprawdzone standardy",
            _ => "sprawdzonych standardów",
        },
    };
    format!("{n} {words}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_form_their_number_needs() {
        assert_eq!(answers(Locale::English, 1), "1 answer");
        assert_eq!(answers(Locale::English, 0), "0 answers");
        assert_eq!(answers(Locale::Polish, 1), "1 odpowiedź");
        assert_eq!(answers(Locale::Polish, 5), "5 odpowiedzi");
        assert_eq!(checked(Locale::English, 1), "1 standard checked");
        assert_eq!(checked(Locale::English, 48), "48 standards checked");
        let polish: Vec<String> =
            [1, 2, 4, 5, 12, 22, 25, 112, 1002].map(|n| checked(Locale::Polish, n)).into();
        assert_eq!(
            polish,
            [
                "1 sprawdzony standard",
                "2 sprawdzone standardy",
                "4 sprawdzone standardy",
                "5 sprawdzonych standardów",
                "12 sprawdzonych standardów",
                "22 sprawdzone standardy",
                "25 sprawdzonych standardów",
                "112 sprawdzonych standardów",
                "1002 sprawdzone standardy",
            ]
        );
    }

    #[test]
    fn every_text_is_worded_and_distinct_in_every_locale() {
        crate::standard::wording::assert_worded::<ChartText>();
    }
}
