//! Bad input to a mapped import (issue 22, "Bad input"): each a clear
//! error, or a rejection naming its line, column and value; nothing
//! half-loaded in strict mode. (The header, labels, declared formats,
//! a megabyte comment and a BOM are pinned in `survey::mapping`.)

use service_standards::prelude::*;

fn mapping() -> SurveyMapping {
    SurveyMapping::builder()
        .respondent("id")
        .date("day", "%Y-%m-%d")
        .site("clinic")
        .question(QuestionColumn::new("rec", Subject::Overall, Measure::Nps).comment("why"))
        .question(
            QuestionColumn::new("sat", Subject::Overall, Measure::Csat)
                .label("Very satisfied", 5.0)
                .label("Dissatisfied", 2.0),
        )
        .build()
        .unwrap()
}

fn messages(imported: &Imported) -> Vec<String> {
    imported.rejected().iter().flat_map(|row| row.violations().iter().map(ToString::to_string)).collect()
}

#[test]
fn formula_looking_cells_are_text_never_evaluated() {
    let file = "id,day,clinic,rec,why,sat\n\
        =HYPERLINK(\"http://x\"),2026-03-02,krakow,9,\"=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",Very satisfied\n\
        @r2,2026-03-02,krakow,10,+1 (555) 0100,Dissatisfied\n\
        r3,2026-03-02,krakow,=9,-- great,=5\n\
        r4,2026-03-02,krakow,+9,,@SUM(5)\n\
        r5,2026-03-02,krakow,\"=HYPERLINK(\"\"x\"\",\"\"9\"\")\",,-5\n\
        r6,2026-03-02,=cmd|' /C calc'!A0,9,,5\n";
    let imported = CsvImport::new().with_mapping(&mapping()).lenient(file.as_bytes()).unwrap();
    // Text cells keep what was written, formula or not: a respondent id
    // and a comment are data, not something to run.
    let kept: Vec<(&str, Option<&str>)> =
        imported.responses().iter().map(|r| (r.respondent(), r.comment())).collect();
    assert_eq!(
        kept,
        [
            ("=HYPERLINK(\"http://x\")", Some("=HYPERLINK(\"http://evil\",\"click\")")),
            ("=HYPERLINK(\"http://x\")", None),
            ("@r2", Some("+1 (555) 0100")),
            ("@r2", None),
        ]
    );
    // A score is a number as a person writes it, never what a spreadsheet
    // would make of a formula; every value is quoted in its rejection.
    assert_eq!(
        messages(&imported),
        [
            "line 4.rec: not a number `=9` (accepted: a whole number from 0 to 10)",
            "line 4.sat: not one of the accepted values `=5` (accepted: Very satisfied, Dissatisfied or a number from 1 to 5)",
            "line 5.rec: not a number `+9` (accepted: a whole number from 0 to 10)",
            "line 5.sat: not one of the accepted values `@SUM(5)` (accepted: Very satisfied, Dissatisfied or a number from 1 to 5)",
            "line 6.rec: not a number `=HYPERLINK(\"x\",\"9\")` (accepted: a whole number from 0 to 10)",
            "line 6.sat: score outside the scale `-5` (accepted: Very satisfied, Dissatisfied or a number from 1 to 5)",
            "line 7.clinic: invalid id (character '=' is not one of a-z, 0-9, '-') `=cmd|' /C calc'!A0`",
        ]
    );
}

#[test]
fn invalid_utf8_is_named_in_any_cell_and_nothing_is_half_loaded() {
    let mut file = b"id,day,clinic,rec,why,sat\n".to_vec();
    file.extend_from_slice(b"r1,2026-03-02,krakow,9,fine,5\n");
    file.extend_from_slice(b"r2,2026-03-02,krakow,\xFF9,fine,5\n");
    file.extend_from_slice(b"r3,2026-03-02,krakow,9,caf\xE9,5\n");
    file.extend_from_slice(b"r\xC34,2026-03-02,krakow,9,,5\n");
    let imported = CsvImport::new().with_mapping(&mapping()).lenient(&file[..]).unwrap();
    assert_eq!(imported.responses().len(), 2);
    assert_eq!(
        messages(&imported),
        [
            "line 3.rec: unreadable record `\u{FFFD}9`",
            "line 4.why: unreadable record `caf\u{FFFD}`",
            "line 5.id: unreadable record `r\u{FFFD}4`",
        ]
    );
    // Strict: the whole file refused with every fault, no response kept.
    let err = CsvImport::new().with_mapping(&mapping()).strict(&file[..]).unwrap_err();
    assert_eq!(err.violations().len(), 3);
    let err =
        CsvImport::new().with_mapping(&mapping()).aggregate_strict(&file[..], By::subject()).unwrap_err();
    assert_eq!(err.violations().len(), 3);
}

#[test]
fn a_scale_reversed_or_empty_is_refused() {
    for (min, max) in [(5.0, 1.0), (3.0, 3.0), (f64::NAN, 5.0)] {
        let err = Scale::new(min, max).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "invalid scale: scale: scale bounds must be finite, within ±1000000, the lower below the upper `{min} to {max}`"
            )
        );
    }
    let doc = "format_version = 1\nrespondent = \"id\"\ndate = { column = \"d\", format = \"%Y-%m-%d\" }\n\
               [[questions]]\ncolumn = \"q\"\nsubject = \"overall\"\nmeasure = \"ces\"\nscale = { min = 4, max = 4 }\n";
    assert_eq!(
        toml::from_str::<SurveyMapping>(doc).unwrap_err().message(),
        "invalid scale: scale: scale bounds must be finite, within ±1000000, the lower below the upper `4 to 4`"
    );
}

#[test]
fn a_date_in_another_format_than_declared_names_the_format() {
    let file = "id,day,clinic,rec,why,sat\nr1,03/02/2026,krakow,9,,5\nr2,2026-02-30,krakow,9,,5\nr3,2026-03-02 10:15,krakow,9,,5\n";
    let imported = CsvImport::new().with_mapping(&mapping()).lenient(file.as_bytes()).unwrap();
    assert_eq!(
        messages(&imported),
        [
            "line 2.day: not in the declared format `03/02/2026` (accepted: %Y-%m-%d)",
            "line 3.day: not in the declared format `2026-02-30` (accepted: %Y-%m-%d)",
            "line 4.day: not in the declared format `2026-03-02 10:15` (accepted: %Y-%m-%d)",
        ]
    );
}
