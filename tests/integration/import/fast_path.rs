//! Aggregating a mapped export while reading gives, figure for figure, what
//! importing it and then aggregating gives: with the duplicate check off
//! (each record's answers folded at once) and on, on the tools' exports
//! and on generated ones (issue 22, performance).

use jiff::tz::Offset;
use proptest::prelude::*;
use service_standards::prelude::*;

/// Every grouping: by subject, and by channel, site and period, each or not.
fn groupings() -> Vec<By> {
    let mut all = Vec::new();
    for period in [None, Some(PeriodKind::Month), Some(PeriodKind::Quarter), Some(PeriodKind::Year)] {
        for (channel, site) in [(false, false), (true, false), (false, true), (true, true)] {
            let mut by = By::subject();
            if channel {
                by = by.channel();
            }
            if site {
                by = by.site();
            }
            if let Some(kind) = period {
                by = by.period(kind);
            }
            all.push(by);
        }
    }
    all
}

/// Checks that aggregating `file` while reading, with the check off and
/// on, gives the summaries, rejections and filtered count that importing
/// it and then aggregating gives, to the bit (the figures' `Debug` text
/// tells -0 from 0).
fn same_either_way(mapping: &SurveyMapping, file: &str, by: By) -> Result<(), TestCaseError> {
    let import = CsvImport::new().with_mapping(mapping);
    let imported = import.lenient(file.as_bytes());
    // `lenient` and `strict` always refuse duplicates: a file that has some
    // is read alike only with the check on.
    let repeats = imported.as_ref().is_ok_and(|i| {
        i.rejected().iter().any(|r| r.violations().iter().any(|v| v.problem() == &Problem::DuplicateResponse))
    });
    let checks: &[bool] = if repeats { &[true] } else { &[false, true] };
    for &check in checks {
        let streamed = import.check_duplicates(check).aggregate_lenient(file.as_bytes(), by);
        match (&streamed, &imported) {
            (Ok(s), Ok(i)) => {
                let aggregated = i.responses().aggregate(by);
                prop_assert_eq!(s.summaries(), aggregated.as_slice());
                prop_assert_eq!(format!("{:?}", s.summaries()), format!("{aggregated:?}"));
                prop_assert_eq!(s.rejected(), i.rejected());
                prop_assert_eq!(s.filtered(), i.filtered());
            }
            (s, i) => prop_assert_eq!(s.as_ref().err(), i.as_ref().err()),
        }
        let strict = import.check_duplicates(check).aggregate_strict(file.as_bytes(), by);
        let then = import.strict(file.as_bytes()).map(|r| r.aggregate(by));
        prop_assert_eq!(format!("{strict:?}"), format!("{then:?}"));
    }
    Ok(())
}

fn consult() -> Subject {
    Subject::Phase("visit/consult".parse().unwrap())
}

fn satisfied(q: QuestionColumn) -> QuestionColumn {
    q.label("Very satisfied", 5.0)
        .label("Satisfied", 4.0)
        .label("Neutral", 3.0)
        .label("Neither satisfied nor dissatisfied", 3.0)
        .label("Dissatisfied", 2.0)
        .label("Very dissatisfied", 1.0)
}

#[test]
fn the_tools_exports_are_summed_up_alike_read_at_once_or_imported_first() {
    const RECOMMEND: &str = "How likely is it that you would recommend Acme Dental to a friend or colleague?";
    const EASE: &str = "Acme Dental made it easy for me to handle my request.";
    let google = SurveyMapping::google_forms()
        .business_offset(Offset::constant(1))
        .question(QuestionColumn::new(
            "How likely are you to recommend Acme Dental to a friend or colleague?",
            consult(),
            Measure::Nps,
        ))
        .question(satisfied(QuestionColumn::new(
            "Overall, how satisfied were you with your visit?",
            consult(),
            Measure::Csat,
        )))
        .question(QuestionColumn::new(EASE, consult(), Measure::Ces));
    let monkey = SurveyMapping::surveymonkey()
        .question(QuestionColumn::new(RECOMMEND, consult(), Measure::Nps))
        .question(satisfied(QuestionColumn::new(
            "How satisfied were you with each of the following?",
            Subject::Dimension(QualityDimension::Responsiveness),
            Measure::Csat,
        )))
        .question(
            QuestionColumn::new(EASE, consult(), Measure::Ces)
                .scale(Scale::new(1.0, 5.0).unwrap())
                .label("Strongly agree", 5.0)
                .label("Somewhat agree", 4.0)
                .label("Disagree", 2.0),
        );
    let qualtrics = SurveyMapping::qualtrics()
        .file_offset(Offset::UTC)
        .business_time_zone("Europe/Warsaw")
        .question(QuestionColumn::new("Q1", consult(), Measure::Nps));
    let typeform = SurveyMapping::typeform()
        .business_time_zone("America/New_York")
        .site("clinic")
        .question(QuestionColumn::new(RECOMMEND, consult(), Measure::Nps));
    let exports = [
        (google, include_str!("../../fixtures/exports/google_forms.csv")),
        (monkey, include_str!("../../fixtures/exports/surveymonkey_expanded.csv")),
        (qualtrics, include_str!("../../fixtures/exports/qualtrics_numeric.csv")),
        (typeform, include_str!("../../fixtures/exports/typeform.csv")),
    ];
    for (mapping, file) in exports {
        let mapping = mapping.build().unwrap();
        let answers = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes()).unwrap().len();
        assert!(answers >= 3, "{answers}");
        for by in groupings() {
            same_either_way(&mapping, file, by).unwrap();
        }
    }
}

const SITES: [&str; 8] =
    ["Kraków Old Town", "kraków old town", "KRAKÓW OLD TOWN ", "Gdańsk", "gdansk", "Poznań", "", "Nowhere"];
const CONTACTS: [&str; 6] = ["Phone", "phone", "E-mail", "Chat", "Fax", ""];
const SCORES: [&str; 17] = [
    "0",
    "1",
    "5",
    "6",
    "7",
    "8",
    "9",
    "10",
    "10",
    "9",
    "11",
    "-0",
    "7.0",
    "x",
    "",
    " 8 ",
    "10 - Extremely likely",
];
const LABELS: [&str; 12] = [
    "Very satisfied",
    "very satisfied",
    "Satisfied",
    "SATISFIED",
    "Neutral",
    "Dissatisfied",
    "Very dissatisfied",
    "4",
    "9",
    "Happy",
    "",
    "Zufrieden ß",
];

/// A record of the generated export: who, when (around both changes of
/// summer time in Warsaw, or any day of two years), where, how, answers.
fn record() -> impl Strategy<Value = String> {
    let day = prop_oneof![
        prop::sample::select(vec![
            "2026-03-28",
            "2026-03-29",
            "2026-10-24",
            "2026-10-25",
            "2026-12-31",
            "2027-01-01"
        ])
        .prop_map(String::from),
        (2025..=2026_i32, 1..=12_u8, 1..=28_u8).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
    ];
    (
        day,
        (0..24_u8, 0..60_u8),
        prop::sample::select(SITES.to_vec()),
        prop::sample::select(CONTACTS.to_vec()),
        prop::sample::select(SCORES.to_vec()),
        prop::collection::vec(prop::sample::select(LABELS.to_vec()), 3),
        prop::sample::select(vec!["", "Kind staff", "\"=HYPERLINK(\"\"x\"\")\""]),
    )
        .prop_map(|(day, (h, m), site, contact, nps, labels, comment)| {
            format!("{day} {h:02}:{m:02}:{:02},{site},{contact},{nps},{},{comment}", h % 60, labels.join(","))
        })
}

/// The generated mapping: the file's times in UTC moved to Warsaw's clock,
/// or at a fixed offset.
fn generated_mapping(time_zones: bool) -> SurveyMapping {
    let mut b = SurveyMapping::builder().respondent("Respondent ID").date("Submitted", "%Y-%m-%d %H:%M:%S");
    b = if time_zones {
        b.file_offset(Offset::UTC).business_time_zone("Europe/Warsaw")
    } else {
        b.file_offset(Offset::constant(9))
    };
    b = b
        .site("Clinic")
        .site_value("Kraków Old Town", "krakow")
        .site_value("Gdańsk", "gdansk")
        .site_value("Gdansk", "gdansk")
        .site_value("Poznań", "poznan")
        .channel("Contact")
        .channel_value("Phone", Channel::Telephone)
        .channel_value("E-mail", Channel::Email)
        .channel_value("Chat", Channel::Chat)
        .question(QuestionColumn::new("Recommend", Subject::Overall, Measure::Nps).comment("Anything else?"));
    for (column, phase) in
        [("Booking", "stay/reservation"), ("Room", "stay/room"), ("Leaving", "stay/check-out")]
    {
        b = b.question(satisfied(QuestionColumn::new(
            column,
            Subject::Phase(phase.parse().unwrap()),
            Measure::Csat,
        )));
    }
    b.build().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_generated_export_is_summed_up_alike_read_at_once_or_imported_first(
        // Up to a few times the records held for the duplicate check at
        // once (64), so that files end within a batch and after several.
        records in prop_oneof![prop::collection::vec(record(), 1..40), prop::collection::vec(record(), 60..300)],
        by in prop::sample::select(groupings()),
        time_zones in any::<bool>(),
        // How many respondents answer: few, so that some answer twice
        // in a month (duplicates), or one each.
        respondents in prop_oneof![1..6_usize, 20..80_usize, Just(usize::MAX)],
    ) {
        let mut file = String::from("Respondent ID,Submitted,Clinic,Contact,Recommend,Booking,Room,Leaving,Anything else?\n");
        for (n, r) in records.iter().enumerate() {
            file.push_str(&format!("r{},{r}\n", n % respondents));
        }
        same_either_way(&generated_mapping(time_zones), &file, by)?;
    }
}

/// A mapping of more questions than the duplicate check of a record at once
/// holds (32 identities): each answer is checked on its own, with the same
/// summaries and rejections.
#[test]
fn a_mapping_of_many_questions_finds_the_same_duplicates() {
    let mut b = SurveyMapping::builder().respondent("Respondent ID").date("Submitted", "%Y-%m-%d");
    let mut header = String::from("Respondent ID,Submitted");
    for n in 0..34 {
        let column = format!("Q{n}");
        header.push_str(&format!(",{column}"));
        let phase = format!("stay/p{n}");
        b = b.question(QuestionColumn::new(column, Subject::Phase(phase.parse().unwrap()), Measure::Csat));
    }
    let mapping = b.build().unwrap();
    let row = |respondent: &str, day: &str, score: u8| {
        let scores: Vec<String> = (0..34).map(|n| ((n + usize::from(score)) % 5 + 1).to_string()).collect();
        format!("{respondent},{day},{}\n", scores.join(","))
    };
    let mut file = format!("{header}\n");
    for (respondent, day, score) in
        [("a", "2026-03-02", 0), ("b", "2026-03-02", 1), ("a", "2026-03-20", 2), ("a", "2026-04-01", 3)]
    {
        file.push_str(&row(respondent, day, score));
    }
    let import = CsvImport::new().with_mapping(&mapping);
    let imported = import.lenient(file.as_bytes()).unwrap();
    // The third record repeats the first in every question.
    assert_eq!(imported.rejected().len(), 1);
    assert_eq!(imported.rejected()[0].violations().len(), 34);
    assert_eq!(imported.responses().len(), 34 * 3);
    for by in groupings() {
        same_either_way(&mapping, &file, by).unwrap();
    }
}
