//! Mapping documents written and read back (issue 22, item 1): what a
//! mapping writes (TOML or JSON) reads back equal, for the presets and for
//! any mapping the builder builds.

use proptest::prelude::*;
use service_standards::jiff::tz::Offset;
use service_standards::prelude::*;

fn consult() -> Subject {
    Subject::Phase("visit/consult".parse().unwrap())
}

fn round_trips(mapping: &SurveyMapping) -> Result<(), TestCaseError> {
    let toml_text = toml::to_string(mapping).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let from_toml: SurveyMapping =
        toml::from_str(&toml_text).map_err(|e| TestCaseError::fail(format!("{e}\n{toml_text}")))?;
    prop_assert_eq!(&from_toml, mapping, "{}", toml_text);
    let json_text = serde_json::to_string(mapping).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let from_json: SurveyMapping =
        serde_json::from_str(&json_text).map_err(|e| TestCaseError::fail(format!("{e}\n{json_text}")))?;
    prop_assert_eq!(&from_json, mapping, "{}", json_text);
    Ok(())
}

#[test]
fn a_mapping_is_written_as_the_document_it_reads_from() {
    let mapping = SurveyMapping::builder()
        .delimiter(';')
        .extra_header_rows(1)
        .respondent("id")
        .date("when", "%d.%m.%Y %H:%M")
        .file_offset(Offset::UTC)
        .business_time_zone("Europe/Warsaw")
        .site("clinic")
        .site_value("Kraków", "krakow")
        .filter("status", ["Complete"])
        .question(
            QuestionColumn::new("Satisfied?", consult(), Measure::Csat)
                .label("Satisfied", 4.0)
                .label("Very satisfied", 5.0)
                .comment("Why?"),
        )
        .build()
        .unwrap();
    assert_eq!(
        toml::to_string(&mapping).unwrap(),
        r#"format_version = 1
delimiter = ";"
extra_header_rows = 1
respondent = "id"

[date]
column = "when"
format = "%d.%m.%Y %H:%M"
file_offset = "+00:00"
business_time_zone = "Europe/Warsaw"

[site]
column = "clinic"

[site.values]
"kraków" = "krakow"

[[filters]]
column = "status"
keep = ["complete"]

[[questions]]
column = "Satisfied?"
subject = "visit/consult"
measure = "csat"
comment = "Why?"

[questions.labels]
Satisfied = 4.0
"Very satisfied" = 5.0
"#
    );
    round_trips(&mapping).unwrap();
    // Labels are kept highest first, however they were given or read.
    assert_eq!(
        mapping.questions()[0].labels(),
        [("Very satisfied".to_owned(), 5.0), ("Satisfied".to_owned(), 4.0)]
    );
}

#[test]
fn the_presets_round_trip() {
    let q = || QuestionColumn::new("Q1", consult(), Measure::Nps).label("Extremely likely", 10.0);
    for preset in [
        SurveyMapping::google_forms(),
        SurveyMapping::surveymonkey(),
        SurveyMapping::qualtrics(),
        SurveyMapping::typeform(),
    ] {
        round_trips(&preset.question(q()).build().unwrap()).unwrap();
    }
}

#[test]
fn a_document_names_an_offset_or_a_zone_not_both() {
    let doc = r#"
format_version = 1
respondent = "id"
date = { column = "d", format = "%Y-%m-%d %H:%M", business_offset = "+01:00", business_time_zone = "Europe/Warsaw", file_time_zone = "Europe/Warsw" }
[[questions]]
column = "q"
subject = "overall"
measure = "nps"
"#;
    assert_eq!(
        toml::from_str::<SurveyMapping>(doc).unwrap_err().message(),
        "invalid survey mapping: date.business_time_zone: give an offset or a time zone, not both `Europe/Warsaw`; \
         date.file_time_zone: not one of the accepted values `Europe/Warsw` \
         (accepted: a time zone of the iana database, such as Europe/Warsaw or America/New_York)"
    );
}

/// Names no two of which match as a mapping matches columns.
const COLUMNS: [&str; 12] =
    ["id", "Start Date", "clinic", "via", "Status", "Q1", "Q2", "Q3", "Q4", "Q2_TEXT", "Kraków", "#"];
const FORMATS: [&str; 4] = ["%Y-%m-%d", "%d.%m.%Y %H:%M", "%m/%d/%Y %I:%M:%S %p", "%Y-%m-%dT%H:%M:%S%:z"];
const ZONES: [&str; 4] = ["Europe/Warsaw", "America/New_York", "UTC", "Asia/Kolkata"];
const SUBJECTS: [&str; 4] = ["overall", "empathy", "visit/consult", "stay/check-in"];
const LABELS: [&str; 5] = ["Very satisfied", "Satisfied", "Neutral", "ZUFRIEDEN", "Źle"];

/// A clock: none, an offset in minutes, or a zone.
fn clock() -> impl Strategy<Value = Option<Result<i32, &'static str>>> {
    prop_oneof![
        Just(None),
        (-18 * 60..=18 * 60).prop_map(|m: i32| Some(Ok(m * 60))),
        proptest::sample::select(&ZONES[..]).prop_map(|z| Some(Err(z))),
    ]
}

prop_compose! {
    fn mapping()(
        delimiter in proptest::sample::select(vec![',', ';', '\t', '|']),
        header_row in 1_u64..4,
        extra in 0_u64..3,
        format in proptest::sample::select(&FORMATS[..]),
        file in clock(),
        business in clock(),
        site in proptest::option::of(proptest::collection::vec((proptest::sample::select(&LABELS[..]), "[a-z]{1,6}"), 0..3)),
        channel in proptest::option::of(proptest::collection::vec(proptest::sample::select(&LABELS[..]), 0..3)),
        filters in proptest::collection::vec(proptest::collection::vec("[A-Za-z0-9 ]{1,8}", 1..3), 0..2),
        questions in proptest::collection::vec(
            (proptest::sample::select(&SUBJECTS[..]), 0_usize..3, proptest::collection::vec((proptest::sample::select(&LABELS[..]), 1_u8..=5), 0..4), any::<bool>(), 0_u8..3),
            1..4,
        ),
    ) -> SurveyMapping {
        let mut columns = COLUMNS.iter().copied();
        let mut next = || columns.next().unwrap();
        let mut b = SurveyMapping::builder()
            .delimiter(delimiter)
            .header_row(header_row)
            .extra_header_rows(extra)
            .respondent(next())
            .date(next(), format);
        let set = |b: SurveyMappingBuilder, clock: Option<Result<i32, &str>>, is_file: bool| match (clock, is_file) {
            (None, _) => b,
            (Some(Ok(s)), true) => b.file_offset(Offset::from_seconds(s).unwrap()),
            (Some(Ok(s)), false) => b.business_offset(Offset::from_seconds(s).unwrap()),
            (Some(Err(z)), true) => b.file_time_zone(z),
            (Some(Err(z)), false) => b.business_time_zone(z),
        };
        b = set(b, file, true);
        b = set(b, business, false);
        if let Some(values) = site {
            b = b.site(next());
            let mut seen = Vec::new();
            for (text, id) in values {
                if !seen.contains(&text) {
                    seen.push(text);
                    b = b.site_value(text, id);
                }
            }
        }
        if let Some(values) = channel {
            b = b.channel(next());
            let mut seen = Vec::new();
            for (text, c) in values.into_iter().zip([Channel::Email, Channel::Telephone, Channel::Chat]) {
                if !seen.contains(&text) {
                    seen.push(text);
                    b = b.channel_value(text, c);
                }
            }
        }
        for keep in filters {
            b = b.filter(next(), keep);
        }
        let mut asked = Vec::new();
        for (subject, measure, labels, comment, under) in questions {
            let measure = [Measure::Nps, Measure::Csat, Measure::Ces][measure];
            if asked.contains(&(subject, measure)) {
                continue;
            }
            asked.push((subject, measure));
            let mut q = QuestionColumn::new(next(), subject.parse::<Subject>().unwrap(), measure);
            // A choice listed in one cell (a csat share, without labels),
            // or a row named by the sub-header (with one to hold it).
            let choice = under == 1 && measure == Measure::Csat;
            if choice {
                q = q.choice("Staff friendliness").separator(';');
            } else if under == 2 && extra > 0 {
                q = q.sub_item("Waiting time");
            }
            let mut seen = Vec::new();
            for (text, value) in labels.into_iter().filter(|_| !choice) {
                if !seen.contains(&text) {
                    seen.push(text);
                    q = q.label(text, f64::from(value));
                }
            }
            if comment {
                q = q.comment(next());
            }
            b = b.question(q);
        }
        b.build().unwrap()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_mapping_reads_back_equal(mapping in mapping()) {
        round_trips(&mapping)?;
    }
}
