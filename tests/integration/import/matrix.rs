//! SurveyMonkey's expanded export (issue 22, item 1): a matrix question's
//! rows and a multi-select question's options, each in a column named on
//! the sub-header record only, mapped one by one.

use service_standards::prelude::*;

const EXPANDED: &str = include_str!("../../fixtures/exports/surveymonkey_expanded.csv");
const MULTI: &str = include_str!("../../fixtures/exports/surveymonkey_multi_select.csv");
const MATRIX: &str = "How satisfied were you with each of the following?";
const HAPPY: &str = "Which of these were you happy with?";

fn phase(path: &str) -> Subject {
    Subject::Phase(path.parse().unwrap())
}

fn satisfaction(row: &str, subject: Subject) -> QuestionColumn {
    QuestionColumn::new(MATRIX, subject, Measure::Csat)
        .sub_item(row)
        .label("Very satisfied", 5.0)
        .label("Satisfied", 4.0)
        .label("Neither satisfied nor dissatisfied", 3.0)
        .label("Dissatisfied", 2.0)
        .label("Very dissatisfied", 1.0)
}

/// Each summary's subject, count and mean.
fn figures(summaries: &[Summary]) -> Vec<(String, usize, f64)> {
    summaries.iter().map(|s| (s.subject().to_string(), s.estimate().count(), s.estimate().mean())).collect()
}

#[test]
fn each_row_of_a_matrix_is_mapped_to_its_own_subject() {
    let mapping = SurveyMapping::surveymonkey()
        .question(satisfaction("Waiting time", phase("visit/waiting")))
        .question(satisfaction("Staff friendliness", Subject::Dimension(QualityDimension::Empathy)))
        .question(satisfaction(" CLEANLINESS ", Subject::Dimension(QualityDimension::Tangibles)))
        .build()
        .unwrap();
    let responses = CsvImport::new().with_mapping(&mapping).strict(EXPANDED.as_bytes()).unwrap();
    let answers: Vec<(String, Answer)> =
        responses.iter().map(|r| (r.subject().to_string(), r.answer())).collect();
    let row = |a: f64, b: f64, c: f64| {
        [("visit/waiting", a), ("empathy", b), ("tangibles", c)].map(|(s, x)| (s.to_owned(), Answer::Csat(x)))
    };
    let expected: Vec<(String, Answer)> =
        [row(4.0, 5.0, 5.0), row(3.0, 4.0, 4.0), row(1.0, 3.0, 2.0), row(5.0, 5.0, 5.0)].concat();
    assert_eq!(answers, expected);
    // Satisfied (4 or 5): waiting 2 of 4, staff 3 of 4, cleanliness 3 of 4.
    assert_eq!(
        figures(&responses.aggregate(By::subject())),
        [
            ("visit/waiting".to_owned(), 4, 50.0),
            ("empathy".to_owned(), 4, 75.0),
            ("tangibles".to_owned(), 4, 75.0)
        ]
    );
}

#[test]
fn a_row_the_sub_header_does_not_name_refuses_the_file() {
    let mapping = SurveyMapping::surveymonkey()
        .question(satisfaction("Waiting time", phase("visit/waiting")))
        .question(satisfaction("Parking", Subject::Dimension(QualityDimension::Convenience)))
        .build()
        .unwrap();
    // The sub-header's columns under the matrix are the three after its
    // name; "Phone" is under the next question and is not found either.
    let phone = SurveyMapping::surveymonkey()
        .question(satisfaction("Phone", phase("visit/waiting")))
        .build()
        .unwrap();
    for (m, item) in [(&mapping, "Parking"), (&phone, "Phone")] {
        assert_eq!(
            CsvImport::new().with_mapping(m).lenient(EXPANDED.as_bytes()).unwrap_err().to_string(),
            format!("invalid survey file: line 2.{MATRIX} / {item}: missing column `{item}`")
        );
    }
}

#[test]
fn a_sub_item_needs_a_sub_header_and_is_mapped_once() {
    let err = SurveyMapping::builder()
        .respondent("id")
        .date("day", "%Y-%m-%d")
        .question(satisfaction("Waiting time", phase("visit/waiting")))
        .question(satisfaction("waiting time", Subject::Overall))
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "invalid survey mapping: questions[0].sub_item: a column named by its sub-header needs an extra header row `Waiting time`; \
             questions[1].column: column mapped twice `{MATRIX}`; \
             questions[1].sub_item: a column named by its sub-header needs an extra header row `waiting time`"
        )
    );
}

fn happy(option: &str, subject: Subject) -> QuestionColumn {
    QuestionColumn::new(HAPPY, subject, Measure::Csat).choice(option)
}

#[test]
fn a_multi_select_option_is_the_share_of_those_who_answered_who_chose_it() {
    let mapping = SurveyMapping::surveymonkey()
        .question(happy("Waiting time", phase("visit/waiting")))
        .question(happy("Staff friendliness", Subject::Dimension(QualityDimension::Empathy)))
        .question(happy("Cleanliness", Subject::Dimension(QualityDimension::Tangibles)))
        .build()
        .unwrap();
    let summaries =
        CsvImport::new().with_mapping(&mapping).aggregate_strict(MULTI.as_bytes(), By::subject()).unwrap();
    // Four respondents answered (the third chose only "Other"; the last
    // none, so did not answer): waiting chosen by 2, staff by 3,
    // cleanliness by 2.
    assert_eq!(
        figures(&summaries),
        [
            ("visit/waiting".to_owned(), 4, 50.0),
            ("empathy".to_owned(), 4, 75.0),
            ("tangibles".to_owned(), 4, 50.0)
        ]
    );
    let ci = summaries[1].estimate().interval().unwrap();
    // Wilson's interval for 3 of 4.
    assert!((ci.0 - 30.06).abs() < 0.01 && (ci.1 - 95.44).abs() < 0.01, "{ci:?}");
}

#[test]
fn a_multi_select_in_one_cell_is_cut_at_its_separator() {
    let listed = |option: &str, subject: Subject| {
        QuestionColumn::new("Which of these were you happy with? (one box)", subject, Measure::Csat)
            .choice(option)
            .separator(',')
    };
    let mapping = SurveyMapping::surveymonkey()
        .question(listed("Waiting time", phase("visit/waiting")))
        .question(listed("Staff friendliness", Subject::Dimension(QualityDimension::Empathy)))
        .question(listed("Cleanliness", Subject::Dimension(QualityDimension::Tangibles)))
        .build()
        .unwrap();
    let summaries =
        CsvImport::new().with_mapping(&mapping).aggregate_strict(MULTI.as_bytes(), By::subject()).unwrap();
    // The third and last respondents left the cell empty: three answered.
    assert_eq!(
        figures(&summaries),
        [
            ("visit/waiting".to_owned(), 3, 200.0 / 3.0),
            ("empathy".to_owned(), 3, 100.0),
            ("tangibles".to_owned(), 3, 200.0 / 3.0)
        ]
    );
}

#[test]
fn a_chosen_cell_must_hold_its_option() {
    let mapping = SurveyMapping::builder()
        .extra_header_rows(1)
        .respondent("id")
        .date("day", "%Y-%m-%d")
        .question(happy("Waiting time", phase("visit/waiting")))
        .build()
        .unwrap();
    let file =
        format!("id,day,{HAPPY},\n,,Waiting time,Staff\nr1,2026-03-02,Staff,Staff\nr2,2026-03-02,,Staff\n");
    let imported = CsvImport::new().with_mapping(&mapping).lenient(file.as_bytes()).unwrap();
    assert_eq!(imported.responses().len(), 1);
    assert_eq!(
        imported.rejected()[0].violations()[0].to_string(),
        format!("line 3.{HAPPY}: not one of the accepted values `Staff` (accepted: Waiting time or nothing)")
    );
}

#[test]
fn a_choice_is_a_csat_share_without_labels() {
    let err = SurveyMapping::surveymonkey()
        .question(happy("Waiting time", phase("visit/waiting")).label("Yes", 5.0))
        .question(QuestionColumn::new(HAPPY, Subject::Overall, Measure::Nps).choice("Staff"))
        .question(QuestionColumn::new("Q", Subject::Overall, Measure::Ces).separator(';'))
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid survey mapping: \
         questions[0].labels: a choice is chosen or not: its labels would not be read `Yes`; \
         questions[1].measure: a choice counts a share of the respondents `nps` (accepted: csat); \
         questions[2].separator: a separator is for a choice `;`"
    );
}
