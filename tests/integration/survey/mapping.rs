//! Wide survey exports read through a `SurveyMapping` (issue 22, item 1
//! and "Bad input"): header rows, filters, labels, dates with offsets,
//! every rejection naming its line, column, value and what is accepted.
#![cfg(feature = "csv")]

use jiff::tz::Offset;
use service_standards::prelude::*;

const QUALTRICS: &str = include_str!("../../fixtures/exports/qualtrics_numeric.csv");
const TYPEFORM: &str = include_str!("../../fixtures/exports/typeform.csv");

fn consult() -> Subject {
    Subject::Phase("visit/consult".parse().unwrap())
}

fn nps_mean(responses: &Responses) -> f64 {
    responses.aggregate(By::subject())[0].estimate().mean()
}

/// Qualtrics' numeric export: three header records, previews and tests
/// (Status 1, 2) and the unfinished response (Finished 0) filtered out.
fn qualtrics() -> SurveyMapping {
    SurveyMapping::builder()
        .extra_header_rows(2)
        .respondent("ResponseId")
        .date("StartDate", "%Y-%m-%d %H:%M:%S")
        .file_offset(Offset::UTC)
        .business_offset(Offset::constant(1))
        .filter("Status", ["0"])
        .filter("Finished", ["1"])
        .question(QuestionColumn::new("Q1", consult(), Measure::Nps))
        .question(QuestionColumn::new(
            "Q3_1",
            Subject::Dimension(QualityDimension::Responsiveness),
            Measure::Csat,
        ))
        .build()
        .unwrap()
}

#[test]
fn a_qualtrics_numeric_export_keeps_the_finished_real_responses() {
    let mapping = qualtrics();
    let imported = CsvImport::new().with_mapping(&mapping).lenient(QUALTRICS.as_bytes()).unwrap();
    assert_eq!(imported.rejected(), []);
    assert_eq!(imported.filtered(), 3);
    let responses = imported.responses();
    // Scores 10, 8, 3: one promoter, one detractor (notes, section 6).
    let nps: Vec<&Response> = responses.iter().filter(|r| r.answer().measure() == Measure::Nps).collect();
    let scores: Vec<Answer> = nps.iter().map(|r| r.answer()).collect();
    assert_eq!(scores, [Answer::Nps(10), Answer::Nps(8), Answer::Nps(3)]);
    let respondents: Vec<&str> = nps.iter().map(|r| r.respondent()).collect();
    assert_eq!(respondents, ["R_1aBcDeFgHiJkLmN", "R_2bCdEfGhIjKlMnO", "R_3cDeFgHiJkLmNoP"]);
    assert_eq!(responses.len(), 6);
    let strict = CsvImport::new().with_mapping(&mapping).strict(QUALTRICS.as_bytes()).unwrap();
    assert_eq!(&strict, responses);
    assert_eq!(nps_mean(&strict.filtered(|r| r.answer().measure() == Measure::Nps)), 0.0);
}

#[test]
fn a_typeform_export_reads_labels_sites_and_utc_times() {
    let recommend = "How likely is it that you would recommend Acme Dental to a friend or colleague?";
    let satisfied = "Overall, how satisfied were you with your visit?";
    let mapping = SurveyMapping::builder()
        .respondent("#")
        .date("Submit Date (UTC)", "%Y-%m-%d %H:%M:%S")
        .file_offset(Offset::UTC)
        .business_offset(Offset::constant(1))
        .site("clinic")
        .site_value("warsaw-01", "warsaw")
        .site_value("krakow-02", "krakow")
        .site_value("poznan-03", "poznan")
        .filter("Response Type", ["completed"])
        .question(QuestionColumn::new(recommend, consult(), Measure::Nps))
        .question(
            QuestionColumn::new(satisfied, consult(), Measure::Csat)
                .label("Very satisfied", 5.0)
                .label("Satisfied", 4.0)
                .label("Neutral", 3.0)
                .label("Dissatisfied", 2.0)
                .label("Very dissatisfied", 1.0),
        )
        .question(QuestionColumn::new(
            "Acme Dental made it easy for me to handle my request.",
            consult(),
            Measure::Ces,
        ))
        .build()
        .unwrap();
    let imported = CsvImport::new().with_mapping(&mapping).lenient(TYPEFORM.as_bytes()).unwrap();
    assert_eq!(imported.rejected(), []);
    assert_eq!(imported.filtered(), 1);
    let responses = imported.responses();
    assert_eq!(responses.len(), 12);
    let csat: Vec<Answer> =
        responses.iter().filter(|r| r.answer().measure() == Measure::Csat).map(|r| r.answer()).collect();
    assert_eq!(csat, [Answer::Csat(5.0), Answer::Csat(4.0), Answer::Csat(2.0), Answer::Csat(5.0)]);
    let sites: Vec<&str> = responses.iter().step_by(3).filter_map(|r| r.site()).map(Id::as_str).collect();
    assert_eq!(sites, ["warsaw", "warsaw", "krakow", "krakow"]);
    // 2024-03-04 08:17:40 UTC is 09:17:40 at +01:00: the same day.
    let first = responses.iter().next().unwrap();
    assert_eq!(first.date(), jiff::civil::date(2024, 3, 4));
    // NPS answers 10, 8, 3, 9: two promoters, one detractor.
    let nps = responses.filtered(|r| r.answer().measure() == Measure::Nps);
    assert_eq!(nps_mean(&nps), 25.0);
}

#[test]
fn a_time_near_midnight_is_dated_in_the_business_offset() {
    let mapping = SurveyMapping::builder()
        .respondent("id")
        .date("at", "%Y-%m-%d %H:%M")
        .file_offset(Offset::UTC)
        .business_offset(Offset::constant(2))
        .question(QuestionColumn::new("nps", consult(), Measure::Nps))
        .build()
        .unwrap();
    let file = "id,at,nps\nr1,2026-03-31 22:05,9\nr2,2026-03-31 21:55,9\n";
    let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes()).unwrap();
    let dates: Vec<String> = responses.iter().map(|r| r.date().to_string()).collect();
    assert_eq!(dates, ["2026-04-01", "2026-03-31"]);
}

#[test]
fn semicolons_european_dates_and_labelled_end_points_are_read() {
    let mapping = SurveyMapping::builder()
        .delimiter(';')
        .respondent(" ID ")
        .date("Datum", "%d.%m.%Y")
        .channel("Kanal")
        .channel_value("Telefon", Channel::Telephone)
        .question(QuestionColumn::new("Empfehlung", consult(), Measure::Nps))
        .build()
        .unwrap();
    let file = "id;datum;kanal;EMPFEHLUNG\nr1;02.03.2026;telefon;10 - Extremely likely\nr2;03.03.2026; TELEFON ;0 - Not at all likely\nr3;04.03.2026;;7\n";
    let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes()).unwrap();
    let answers: Vec<Answer> = responses.iter().map(|r| r.answer()).collect();
    assert_eq!(answers, [Answer::Nps(10), Answer::Nps(0), Answer::Nps(7)]);
    let channels: Vec<Option<Channel>> = responses.iter().map(|r| r.channel()).collect();
    assert_eq!(channels, [Some(Channel::Telephone), Some(Channel::Telephone), None]);
}

fn ten_point() -> SurveyMapping {
    SurveyMapping::builder()
        .respondent("id")
        .date("day", "%m/%d/%Y")
        .channel("via")
        .question(QuestionColumn::new("sat", consult(), Measure::Csat).scale(Scale::new(1.0, 10.0).unwrap()))
        .question(QuestionColumn::new("rec", consult(), Measure::Nps).label("Extremely likely", 10.0))
        .build()
        .unwrap()
}

#[test]
fn every_rejection_names_line_column_value_and_what_is_accepted() {
    let mapping = ten_point();
    let file = "id,day,via,sat,rec\n\
                r1,03/02/2026,email,7,9\n\
                r2,2026-03-02,email,11,Very likely\n\
                ,03/02/2026,pigeon,x,4.5\n\
                r4,03/02/2026,chat,,\n";
    let imported = CsvImport::new().with_mapping(&mapping).lenient(file.as_bytes()).unwrap();
    assert_eq!(imported.responses().len(), 2);
    assert_eq!(imported.responses().scales().csat_scale().max(), 10.0);
    let messages: Vec<Vec<String>> = imported
        .rejected()
        .iter()
        .map(|row| row.violations().iter().map(ToString::to_string).collect())
        .collect();
    assert_eq!(
        messages,
        [
            vec![
                "line 3.day: not in the declared format `2026-03-02` (accepted: %m/%d/%Y)".to_owned(),
                "line 3.sat: score outside the scale `11` (accepted: a number from 1 to 10)".to_owned(),
                "line 3.rec: not one of the accepted values `Very likely` (accepted: Extremely likely or a whole number from 0 to 10)".to_owned(),
            ],
            vec![
                "line 4.id: missing field".to_owned(),
                "line 4.via: not one of the accepted values `pigeon` (accepted: face-to-face, telephone, email, web-form, chat, video-call, social-media, forum, self-service, letter, fax, sms, app)".to_owned(),
                "line 4.sat: not a number `x` (accepted: a number from 1 to 10)".to_owned(),
                "line 4.rec: score outside the scale `4.5` (accepted: Extremely likely or a whole number from 0 to 10)".to_owned(),
            ],
        ]
    );
    let err = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes()).unwrap_err();
    assert_eq!(err.violations().len(), 7);
}

#[test]
fn a_header_that_does_not_match_its_mapping_is_refused_whole() {
    let mapping = ten_point();
    let err = CsvImport::new()
        .with_mapping(&mapping)
        .lenient("id,date,sat,sat\nr1,03/02/2026,1,2\n".as_bytes())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid survey file: line 1.day: missing column `day`; line 1.via: missing column `via`; \
         line 1.sat: column given twice `sat`; line 1.rec: missing column `rec`"
    );
}

#[test]
fn a_phase_the_model_lacks_refuses_the_file() -> Result<(), Error> {
    let model = include!("../../fixtures/doc_model.rs")?;
    let mapping = SurveyMapping::builder()
        .respondent("id")
        .date("day", "%Y-%m-%d")
        .question(QuestionColumn::new("q", Subject::Phase("stay/spa".parse().unwrap()), Measure::Nps))
        .build()
        .unwrap();
    let err = CsvImport::new()
        .with_mapping(&mapping)
        .model(&model)
        .strict("id,day,q\nr,2026-03-02,9\n".as_bytes())
        .unwrap_err();
    assert_eq!(err.to_string(), "invalid survey file: line 1.q: not in the model `stay/spa`");
    Ok(())
}

#[test]
fn a_respondent_answering_twice_in_a_period_is_listed() {
    let mapping = ten_point();
    let file = "id,day,via,sat,rec\nr1,03/02/2026,email,7,9\nr1,03/09/2026,email,8,\n";
    let imported = CsvImport::new().with_mapping(&mapping).lenient(file.as_bytes()).unwrap();
    assert_eq!(imported.responses().len(), 2);
    assert_eq!(
        imported.rejected()[0].violations()[0].to_string(),
        "line 3.respondent: respondent already answered this subject in the survey period `r1`"
    );
    let aggregated =
        CsvImport::new().with_mapping(&mapping).aggregate_lenient(file.as_bytes(), By::subject()).unwrap();
    assert_eq!(aggregated.rejected(), imported.rejected());
    assert_eq!(aggregated.summaries(), imported.responses().aggregate(By::subject()));
}

#[test]
fn the_long_layout_stays_the_default() {
    let file = "respondent,date,subject,measure,score\nr1,2026-03-02,empathy,nps,9\n";
    let imported = CsvImport::new().lenient(file.as_bytes()).unwrap();
    assert_eq!((imported.responses().len(), imported.filtered()), (1, 0));
}

#[test]
fn a_bom_invalid_utf8_and_formula_looking_cells_are_named() {
    let mapping = ten_point();
    let mut file = b"\xEF\xBB\xBFid,day,via,sat,rec\n".to_vec();
    file.extend_from_slice(b"=HYPERLINK(\"x\"),03/02/2026,email,7,9\n");
    file.extend_from_slice(b"r2,03/02/2026,e\xFFmail,7,9\n");
    let imported = CsvImport::new().with_mapping(&mapping).lenient(&file[..]).unwrap();
    // A formula-looking respondent id is text, kept as written.
    assert_eq!(imported.responses().iter().next().map(Response::respondent), Some("=HYPERLINK(\"x\")"));
    assert_eq!(
        imported.rejected()[0].violations()[0].to_string(),
        "line 3.via: unreadable record `e\u{FFFD}mail`"
    );
}

#[test]
fn comments_are_kept_beside_their_answer_and_a_megabyte_is_rejected() {
    let mapping = SurveyMapping::typeform()
        .question(
            QuestionColumn::new(
                "How likely is it that you would recommend Acme Dental to a friend or colleague?",
                consult(),
                Measure::Nps,
            )
            .comment("Anything else you want to tell us?"),
        )
        .build()
        .unwrap();
    let imported = CsvImport::new().with_mapping(&mapping).lenient(TYPEFORM.as_bytes()).unwrap();
    let comments: Vec<Option<&str>> = imported.responses().iter().map(Response::comment).collect();
    assert_eq!(
        comments,
        [
            None,
            Some("Parking was hard to find."),
            Some("Waited 40 minutes, nobody said why."),
            Some("Great, \"as always\".")
        ]
    );
    let long = "x".repeat(1 << 20);
    let file = format!(
        "#,How likely is it that you would recommend Acme Dental to a friend or colleague?,Anything else you want to tell us?,Response Type,Submit Date (UTC)\n\
         a1,9,\"{long}\",completed,2024-03-04 08:17:40\na2,10,fine,completed,2024-03-04 08:17:40\n"
    );
    let imported = CsvImport::new().with_mapping(&mapping).lenient(file.as_bytes()).unwrap();
    assert_eq!(imported.responses().len(), 1);
    let v = &imported.rejected()[0].violations()[0];
    assert_eq!(
        (v.path(), v.problem(), v.value().map(str::len)),
        ("line 2.Anything else you want to tell us?", &Problem::CommentTooLong, Some(1 << 20))
    );
    let err = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes()).unwrap_err();
    assert_eq!(err.violations().len(), 1);
}

mod invariants {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// A wide file read through a mapping gives the responses the same
        /// answers give written in the long layout, however its labels,
        /// spaces and case are written.
        #[test]
        fn a_wide_file_reads_as_its_long_twin(rows in proptest::collection::vec((0_u8..=10, 1_u8..=5, any::<bool>(), any::<bool>()), 1..20)) {
            let mapping = SurveyMapping::builder()
                .respondent("id")
                .date("day", "%d.%m.%Y")
                .question(QuestionColumn::new("rec", consult(), Measure::Nps).label("Extremely likely", 10.0))
                .question(QuestionColumn::new("sat", Subject::Dimension(QualityDimension::Empathy), Measure::Csat).label("Very satisfied", 5.0))
                .build()
                .unwrap();
            let mut wide = String::from("ID , Day,REC,sat\n");
            let mut long = String::from("respondent,date,subject,measure,score\n");
            for (i, (nps, csat, labelled, shout)) in rows.iter().enumerate() {
                let rec = match (nps, labelled) {
                    (10, true) => if *shout { " EXTREMELY LIKELY ".to_owned() } else { "10 - Extremely likely".to_owned() },
                    (0, true) => "0 - Not at all likely".to_owned(),
                    _ => nps.to_string(),
                };
                let sat = if *csat == 5 && *labelled { "very satisfied".to_owned() } else { format!(" {csat} ") };
                wide.push_str(&format!("r{i},02.03.2026,{rec},{sat}\n"));
                long.push_str(&format!("r{i},2026-03-02,visit/consult,nps,{nps}\nr{i},2026-03-02,empathy,csat,{csat}\n"));
            }
            let from_wide = CsvImport::new().with_mapping(&mapping).strict(wide.as_bytes()).unwrap();
            let from_long = CsvImport::new().strict(long.as_bytes()).unwrap();
            prop_assert_eq!(from_wide, from_long);
        }
    }
}

#[cfg(feature = "serde")]
mod documents {
    use super::*;

    #[test]
    fn a_toml_mapping_reads_as_the_builder_builds() {
        let doc = r#"
format_version = 1
delimiter = ";"
extra_header_rows = 1
respondent = "id"
date = { column = "when", format = "%d.%m.%Y %H:%M", file_offset = "UTC", business_offset = "+02:00" }
site = { column = "clinic", values = { "Kraków" = "krakow" } }
channel = { column = "via", values = { "Telefon" = "telephone" } }
filters = [{ column = "status", keep = ["complete"] }]

[[questions]]
column = "Recommend"
subject = "visit/consult"
measure = "NPS"
labels = { "Extremely likely" = 10 }

[[questions]]
column = "Kind"
subject = " Empathy "
measure = "csat"
scale = { min = 1, max = 10 }
"#;
        let read: SurveyMapping = toml::from_str(doc).unwrap();
        let built = SurveyMapping::builder()
            .delimiter(';')
            .extra_header_rows(1)
            .respondent("id")
            .date("when", "%d.%m.%Y %H:%M")
            .file_offset(Offset::UTC)
            .business_offset(Offset::constant(2))
            .site("clinic")
            .site_value("Kraków", "krakow")
            .channel("via")
            .channel_value("Telefon", Channel::Telephone)
            .filter("status", ["complete"])
            .question(
                QuestionColumn::new("Recommend", consult(), Measure::Nps).label("Extremely likely", 10.0),
            )
            .question(
                QuestionColumn::new("Kind", Subject::Dimension(QualityDimension::Empathy), Measure::Csat)
                    .scale(Scale::new(1.0, 10.0).unwrap()),
            )
            .build()
            .unwrap();
        assert_eq!(read, built);
        let json: SurveyMapping = serde_json::from_str(
            r#"{"format_version":1,"respondent":"id","date":{"column":"d","format":"%Y-%m-%d"},
                "questions":[{"column":"q","subject":"empathy","measure":"ces"}]}"#,
        )
        .unwrap();
        assert_eq!(json.questions()[0].measure(), Measure::Ces);
    }

    #[test]
    fn a_bad_toml_mapping_lists_every_fault() {
        let doc = r#"
format_version = 1
delimiter = ";;"
respondent = "id"
date = { column = "when", format = "%H:%M", business_offset = "Europe/Warsaw" }
channel = { column = "via", values = { "Telefon" = "phone" } }

[[questions]]
column = "Recommend"
subject = "lobby"
measure = "loyalty"

[[questions]]
column = "Effort"
subject = "empathy"
measure = "ces"
labels = { "Easy" = 9 }
"#;
        let err = toml::from_str::<SurveyMapping>(doc).unwrap_err();
        assert_eq!(
            err.message(),
            "invalid survey mapping: delimiter: delimiter must be one ascii character other than a quote or a line break `;;`; \
             date.business_offset: not one of the accepted values `Europe/Warsaw` (accepted: a fixed offset from utc such as UTC, +01:00 or -05:00 (a zone name goes in date.business_time_zone)); \
             channel.values[Telefon]: not one of the accepted values `phone` (accepted: face-to-face, telephone, email, web-form, chat, video-call, social-media, forum, self-service, letter, fax, sms, app); \
             questions[0].subject: not one of the accepted values `lobby` (accepted: overall, a phase sequence/phase or a dimension: responsiveness, reliability, communication, convenience, tangibles, assurance, empathy); \
             questions[0].measure: not one of the accepted values `loyalty` (accepted: nps, csat or ces); \
             date.format: date format must write the year, month and day `%H:%M` (accepted: jiff strtime directives, e.g. %Y-%m-%d %H:%M:%S); \
             questions[1].labels[Easy]: score outside the scale `9` (accepted: a number from 1 to 7)"
        );
        let reversed = toml::from_str::<SurveyMapping>(
            "format_version = 1\nrespondent = \"id\"\ndate = { column = \"d\", format = \"%Y-%m-%d\" }\n\
             [[questions]]\ncolumn = \"q\"\nsubject = \"empathy\"\nmeasure = \"csat\"\nscale = { min = 5, max = 1 }\n",
        )
        .unwrap_err();
        assert_eq!(
            reversed.message(),
            "invalid scale: scale: scale bounds must be finite, within ±1000000, the lower below the upper `5 to 1`"
        );
        let newer = toml::from_str::<SurveyMapping>("format_version = 2\nrespondent = \"id\"\n").unwrap_err();
        assert_eq!(
            newer.message(),
            "unsupported survey mapping format version 2, this release reads version 1"
        );
    }
}

/// The service overall, a subject of its own (not pinned to a phase).
mod overall {
    use super::*;

    #[test]
    fn overall_recommendation_is_a_subject_of_its_own() {
        let file = "respondent,date,subject,measure,score\nr1,2026-03-02,overall,nps,9\nr1,2026-03-02,stay/check-in,nps,6\nr2,2026-03-03,overall,nps,10\n";
        let responses = CsvImport::new().strict(file.as_bytes()).unwrap();
        let summaries = responses.aggregate(By::subject());
        let subjects: Vec<String> = summaries.iter().map(|s| s.subject().to_string()).collect();
        assert_eq!(subjects, ["overall", "stay/check-in"]);
        assert_eq!((summaries[0].estimate().count(), summaries[0].estimate().mean()), (2, 100.0));
        let aggregated = CsvImport::new().aggregate_strict(file.as_bytes(), By::subject()).unwrap();
        assert_eq!(aggregated, summaries);
        let mapping = SurveyMapping::builder()
            .respondent("id")
            .date("day", "%Y-%m-%d")
            .question(QuestionColumn::new("rec", Subject::Overall, Measure::Nps))
            .build()
            .unwrap();
        let wide = CsvImport::new()
            .with_mapping(&mapping)
            .strict("id,day,rec\nr1,2026-03-02,9\n".as_bytes())
            .unwrap();
        assert_eq!(wide.iter().next().map(Response::subject), Some(&Subject::Overall));
    }

    #[test]
    fn servqual_about_the_service_overall_is_refused() {
        let file =
            "respondent,date,subject,measure,expectation,perception\nr1,2026-03-02,overall,servqual,7,5\n";
        let err = CsvImport::new().strict(file.as_bytes()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid survey file: line 2.subject: servqual is asked about a phase or a dimension, not overall `overall`"
        );
        let r = Response::new(
            "r1",
            jiff::civil::date(2026, 3, 2),
            Subject::Overall,
            Answer::Servqual { expectation: 7.0, perception: 5.0 },
        );
        let err = Responses::builder().responses([r]).build().unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid responses: responses[0].subject: servqual is asked about a phase or a dimension, not overall `overall`"
        );
        let err = Feedback::builder(Scale::new(1.0, 7.0).unwrap())
            .items([FeedbackItem::new(Subject::Overall, 7.0, 5.0)])
            .build()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid feedback: items[0].subject: servqual is asked about a phase or a dimension, not overall `overall`"
        );
    }
}
