//! Time zones by IANA name (issue 22, item 1): each answer's instant is
//! moved to the business's zone, with its summer time, before its date is
//! taken; a zone that does not exist is refused by name.

use service_standards::jiff::tz::Offset;
use service_standards::prelude::*;

fn nps(column: &str) -> QuestionColumn {
    QuestionColumn::new(column, Subject::Overall, Measure::Nps)
}

fn dates(mapping: &SurveyMapping, file: &str) -> Vec<String> {
    CsvImport::new()
        .with_mapping(mapping)
        .strict(file.as_bytes())
        .unwrap()
        .iter()
        .map(|r| r.date().to_string())
        .collect()
}

#[test]
fn an_answer_just_after_midnight_in_warsaw_lands_in_april() {
    let mapping = SurveyMapping::builder()
        .respondent("id")
        .date("at", "%Y-%m-%d %H:%M:%S")
        .file_offset(Offset::UTC)
        .business_time_zone("Europe/Warsaw")
        .question(nps("nps"))
        .build()
        .unwrap();
    // 00:05 on 1 April in Warsaw is 22:05 UTC on 31 March (summer time,
    // +02:00); 00:05 on 1 March is 23:05 UTC on 28 February (+01:00).
    let file = "id,at,nps\n\
        a,2026-03-31 22:05:00,9\n\
        b,2026-03-31 21:55:00,9\n\
        c,2026-02-28 23:05:00,9\n\
        d,2026-02-28 22:55:00,9\n";
    assert_eq!(dates(&mapping, file), ["2026-04-01", "2026-03-31", "2026-03-01", "2026-02-28"]);
    let by_month = CsvImport::new()
        .with_mapping(&mapping)
        .aggregate_strict(file.as_bytes(), By::subject().period(PeriodKind::Month))
        .unwrap();
    let months: Vec<(String, usize)> =
        by_month.iter().map(|s| (s.period().unwrap().to_string(), s.estimate().count())).collect();
    assert_eq!(months, [("2026-04".to_owned(), 1), ("2026-03".to_owned(), 2), ("2026-02".to_owned(), 1)]);
}

#[test]
fn the_business_zone_follows_the_change_to_summer_time() {
    // Warsaw moves from +01:00 to +02:00 at 01:00 UTC on 29 March 2026.
    let mapping = SurveyMapping::builder()
        .respondent("id")
        .date("at", "%Y-%m-%dT%H:%M:%S%:z")
        .business_time_zone("Europe/Warsaw")
        .question(nps("nps"))
        .build()
        .unwrap();
    let file = "id,at,nps\n\
        a,2026-03-28T22:59:00+00:00,9\n\
        b,2026-03-28T23:00:00+00:00,9\n\
        c,2026-10-24T21:59:00+00:00,9\n\
        d,2026-10-24T22:00:00+00:00,9\n\
        e,2026-10-24T23:00:00+00:00,9\n";
    // a: 23:59 (+01) on 28 March; b: 00:00 (+01) on 29 March. In October
    // the clock is +02 until 01:00 UTC on 25 October: c is 23:59 on the
    // 24th, d and e midnight and one o'clock on the 25th.
    assert_eq!(dates(&mapping, file), ["2026-03-28", "2026-03-29", "2026-10-24", "2026-10-25", "2026-10-25"]);
}

#[test]
fn a_file_written_in_a_zone_is_read_in_that_zone_around_its_changes() {
    // Times written in New York's clock (no offset in the cell), cut in UTC.
    let mapping = SurveyMapping::builder()
        .respondent("id")
        .date("at", "%Y-%m-%d %H:%M")
        .file_time_zone("America/New_York")
        .business_offset(Offset::UTC)
        .question(nps("nps"))
        .build()
        .unwrap();
    // 8 March 2026, 02:00 EST becomes 03:00 EDT: 19:30 EST on the 7th is
    // 00:30 UTC on the 8th; 20:30 EDT on the 8th is 00:30 UTC on the 9th;
    // 19:30 EDT on the 8th is 23:30 UTC on the 8th.
    let file = "id,at,nps\na,2026-03-07 19:30,9\nb,2026-03-08 20:30,9\nc,2026-03-08 19:30,9\n\
        d,2026-03-08 02:30,9\ne,2026-11-01 01:30,9\n";
    // d is in the hour the clock skipped: read as if it had not moved
    // (02:30 EST, 07:30 UTC); e is in the hour shown twice: the first
    // (01:30 EDT, 05:30 UTC).
    assert_eq!(dates(&mapping, file), ["2026-03-08", "2026-03-09", "2026-03-08", "2026-03-08", "2026-11-01"]);
    let late = SurveyMapping::builder()
        .respondent("id")
        .date("at", "%Y-%m-%d %H:%M")
        .file_time_zone("America/New_York")
        .business_time_zone("Europe/Warsaw")
        .question(nps("nps"))
        .build()
        .unwrap();
    // 02:30 EST is 08:30 in Warsaw; 01:30 EDT on 1 November is 06:30 CET.
    assert_eq!(
        dates(&late, "id,at,nps\nd,2026-03-08 02:30,9\ne,2026-10-31 19:30,9\n"),
        ["2026-03-08", "2026-11-01"]
    );
}

#[test]
fn a_zone_that_does_not_exist_is_refused_by_field_and_name() {
    let err = SurveyMapping::builder()
        .respondent("id")
        .date("at", "%Y-%m-%d %H:%M")
        .file_time_zone("Mars/Olympus_Mons")
        .business_time_zone("Europe/Warsw")
        .question(nps("nps"))
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid survey mapping: \
         date.file_time_zone: not one of the accepted values `Mars/Olympus_Mons` \
         (accepted: a time zone of the iana database, such as Europe/Warsaw or America/New_York); \
         date.business_time_zone: not one of the accepted values `Europe/Warsw` \
         (accepted: a time zone of the iana database, such as Europe/Warsaw or America/New_York)"
    );
    for bad in ["", "  ", "+01:00", "Europe/Warsaw/Old"] {
        let err = SurveyMapping::builder()
            .respondent("id")
            .date("at", "%Y-%m-%d")
            .business_time_zone(bad)
            .question(nps("nps"))
            .build()
            .unwrap_err();
        assert_eq!(err.violations()[0].path(), "date.business_time_zone", "{bad:?}");
    }
}

#[test]
fn an_offset_must_be_whole_minutes() {
    let err = SurveyMapping::builder()
        .respondent("id")
        .date("at", "%Y-%m-%d")
        .business_offset(Offset::from_seconds(3601).unwrap())
        .question(nps("nps"))
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid survey mapping: date.business_offset: an offset from utc must be in whole minutes `+01:00:01`"
    );
}

#[test]
fn zone_names_are_matched_as_the_database_spells_them() {
    let zone = |name: &str| {
        SurveyMapping::builder()
            .respondent("id")
            .date("at", "%Y-%m-%d %H:%M")
            .file_offset(Offset::UTC)
            .business_time_zone(name)
            .question(nps("nps"))
            .build()
    };
    let file = "id,at,nps\na,2026-03-31 22:05,9\n";
    for name in ["Europe/Warsaw", "europe/warsaw", " Europe/Warsaw "] {
        assert_eq!(dates(&zone(name).unwrap(), file), ["2026-04-01"], "{name}");
    }
}
