//! The presets for Google Forms, SurveyMonkey, Qualtrics and Typeform,
//! on exports laid out as each tool writes them (research notes on survey
//! exports; fixtures in tests/fixtures/exports/).
#![cfg(feature = "csv")]

use jiff::{civil::date, tz::Offset};
use service_standards::prelude::*;

fn consult() -> Subject {
    Subject::Phase("visit/consult".parse().unwrap())
}

const RECOMMEND: &str = "How likely is it that you would recommend Acme Dental to a friend or colleague?";
const EASE: &str = "Acme Dental made it easy for me to handle my request.";

fn of(responses: &Responses, measure: Measure) -> Vec<Answer> {
    responses.iter().filter(|r| r.answer().measure() == measure).map(|r| r.answer()).collect()
}

fn nps(responses: &Responses) -> f64 {
    let nps = responses.filtered(|r| r.answer().measure() == Measure::Nps);
    nps.aggregate(By::subject())[0].estimate().mean()
}

#[test]
fn google_forms() {
    let file = include_str!("../../fixtures/exports/google_forms.csv");
    let mapping = SurveyMapping::google_forms()
        .business_offset(Offset::constant(1))
        .question(QuestionColumn::new(
            "How likely are you to recommend Acme Dental to a friend or colleague?",
            consult(),
            Measure::Nps,
        ))
        .question(
            QuestionColumn::new("Overall, how satisfied were you with your visit?", consult(), Measure::Csat)
                .label("Very satisfied", 5.0)
                .label("Satisfied", 4.0)
                .label("Neutral", 3.0)
                .label("Dissatisfied", 2.0)
                .label("Very dissatisfied", 1.0),
        )
        .question(QuestionColumn::new(EASE, consult(), Measure::Ces))
        .build()
        .unwrap();
    let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes()).unwrap();
    assert_eq!(of(&responses, Measure::Nps), [10, 8, 3, 9, 6].map(Answer::Nps));
    assert_eq!(of(&responses, Measure::Csat), [5.0, 4.0, 2.0, 5.0, 3.0].map(Answer::Csat));
    assert_eq!(of(&responses, Measure::Ces), [7.0, 5.0, 2.0, 6.0, 4.0].map(Answer::Ces));
    assert_eq!(nps(&responses), 0.0);
    let ces = responses.filtered(|r| r.answer().measure() == Measure::Ces);
    assert!((ces.aggregate(By::subject())[0].estimate().mean() - 4.8).abs() < 1e-12);
    let dates: Vec<jiff::civil::Date> = responses.iter().step_by(3).map(Response::date).collect();
    assert_eq!(
        dates,
        [date(2024, 3, 4), date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 31), date(2024, 4, 1)]
    );
    // 7:30 PM at GMT+2 is 18:30 at +01:00, on the same day.
    assert_eq!(responses.iter().last().map(Response::respondent), Some("2024/04/01 7:30:00 PM GMT+2"));
}

#[test]
fn surveymonkey_expanded() {
    let file = include_str!("../../fixtures/exports/surveymonkey_expanded.csv");
    let mapping = SurveyMapping::surveymonkey()
        .question(QuestionColumn::new(RECOMMEND, consult(), Measure::Nps))
        .question(
            // A matrix: its first column is named on the first record.
            QuestionColumn::new(
                "How satisfied were you with each of the following?",
                Subject::Dimension(QualityDimension::Responsiveness),
                Measure::Csat,
            )
            .label("Very satisfied", 5.0)
            .label("Satisfied", 4.0)
            .label("Neither satisfied nor dissatisfied", 3.0)
            .label("Dissatisfied", 2.0)
            .label("Very dissatisfied", 1.0),
        )
        .question(
            QuestionColumn::new(EASE, consult(), Measure::Ces)
                .scale(Scale::new(1.0, 5.0).unwrap())
                .label("Strongly agree", 5.0)
                .label("Somewhat agree", 4.0)
                .label("Disagree", 2.0),
        )
        .build()
        .unwrap();
    let imported = CsvImport::new().with_mapping(&mapping).lenient(file.as_bytes()).unwrap();
    assert_eq!((imported.rejected().len(), imported.filtered()), (0, 0));
    let responses = imported.responses();
    assert_eq!(of(responses, Measure::Nps), [10, 8, 3, 9, 6].map(Answer::Nps));
    assert_eq!(of(responses, Measure::Csat), [4.0, 3.0, 1.0, 5.0].map(Answer::Csat));
    assert_eq!(of(responses, Measure::Ces), [5.0, 4.0, 2.0, 5.0].map(Answer::Ces));
    assert_eq!(nps(responses), 0.0);
    assert_eq!(responses.iter().next().map(Response::respondent), Some("114502233101"));
    assert_eq!(responses.iter().last().map(Response::date), Some(date(2024, 3, 6)));
}

#[test]
fn qualtrics_choice_text() {
    let file = include_str!("../../fixtures/exports/qualtrics_choice_text.csv");
    let mapping = SurveyMapping::qualtrics()
        .file_offset(Offset::constant(1))
        .business_offset(Offset::constant(1))
        .question(QuestionColumn::new("Q1", consult(), Measure::Nps))
        .question(
            QuestionColumn::new("Q2", consult(), Measure::Csat)
                .label("Extremely satisfied", 5.0)
                .label("Somewhat satisfied", 4.0)
                .label("Neither satisfied nor dissatisfied", 3.0)
                .label("Somewhat dissatisfied", 2.0)
                .label("Extremely dissatisfied", 1.0),
        )
        .build()
        .unwrap();
    let imported = CsvImport::new().with_mapping(&mapping).lenient(file.as_bytes()).unwrap();
    assert_eq!((imported.rejected().len(), imported.filtered()), (0, 2));
    let responses = imported.responses();
    assert_eq!(of(responses, Measure::Nps), [10, 8, 3].map(Answer::Nps));
    assert_eq!(of(responses, Measure::Csat), [5.0, 4.0, 2.0].map(Answer::Csat));
    assert_eq!(nps(responses), 0.0);
    let respondents: Vec<&str> = responses.iter().step_by(2).map(Response::respondent).collect();
    assert_eq!(respondents, ["R_1aBcDeFgHiJkLmN", "R_2bCdEfGhIjKlMnO", "R_3cDeFgHiJkLmNoP"]);
}

#[test]
fn qualtrics_numeric() {
    let file = include_str!("../../fixtures/exports/qualtrics_numeric.csv");
    let mapping = SurveyMapping::qualtrics()
        .file_offset(Offset::UTC)
        .business_offset(Offset::constant(1))
        .question(QuestionColumn::new("Q1", consult(), Measure::Nps))
        .build()
        .unwrap();
    let imported = CsvImport::new().with_mapping(&mapping).lenient(file.as_bytes()).unwrap();
    // The preview (Status 1), the test (Status 2) and the unfinished response left out.
    assert_eq!((imported.rejected().len(), imported.filtered()), (0, 3));
    assert_eq!(of(imported.responses(), Measure::Nps), [10, 8, 3].map(Answer::Nps));
    assert_eq!(nps(imported.responses()), 0.0);
}

#[test]
fn typeform() {
    let file = include_str!("../../fixtures/exports/typeform.csv");
    let mapping = SurveyMapping::typeform()
        .business_offset(Offset::constant(1))
        .site("clinic")
        .question(QuestionColumn::new(RECOMMEND, consult(), Measure::Nps))
        .build()
        .unwrap();
    let imported = CsvImport::new().with_mapping(&mapping).lenient(file.as_bytes()).unwrap();
    assert_eq!((imported.rejected().len(), imported.filtered()), (0, 1));
    let responses = imported.responses();
    assert_eq!(of(responses, Measure::Nps), [10, 8, 3, 9].map(Answer::Nps));
    // Two promoters and a detractor of four: the partial left out (notes, section 6).
    assert_eq!(nps(responses), 25.0);
    let sites: Vec<&str> = responses.iter().filter_map(Response::site).map(Id::as_str).collect();
    assert_eq!(sites, ["warsaw-01", "warsaw-01", "krakow-02", "krakow-02"]);
}
