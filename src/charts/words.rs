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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_worded_and_distinct_in_every_locale() {
        crate::standard::wording::assert_worded::<ChartText>();
    }
}
