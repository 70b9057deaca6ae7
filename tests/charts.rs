//! The SVG charts (issue 14, item 6): each parses as XML, holds one mark per
//! data point, escapes the names users give, and says "no data" when there
//! is nothing to draw.

use service_standards::practice::charts::{self, Point, Series};
use service_standards::prelude::*;

fn model() -> ServiceModel {
    let model: Result<ServiceModel, Error> = (|| include!("fixtures/doc_model.rs"))();
    model.unwrap()
}

/// Parses `svg` (panicking with the document if it is not XML) and returns
/// the marks: elements whose class list holds `mark`.
fn marks(svg: &str) -> Vec<(String, String)> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not XML ({e}):\n{svg}"));
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    assert_eq!(doc.root_element().tag_name().namespace(), Some("http://www.w3.org/2000/svg"));
    doc.descendants()
        .filter(|n| n.attribute("class").is_some_and(|c| c.split(' ').any(|c| c == "mark")))
        .map(|n| (n.tag_name().name().to_owned(), n.attribute("class").unwrap_or_default().to_owned()))
        .collect()
}

/// Every text shown (text elements and tooltips), in document order.
fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.is_element() && matches!(n.tag_name().name(), "text" | "title"))
        .map(|n| n.children().filter(|c| c.is_text()).filter_map(|c| c.text()).collect())
        .collect()
}

fn feedback(items: impl IntoIterator<Item = FeedbackItem>) -> Feedback {
    Feedback::builder(Scale::new(1.0, 7.0).unwrap()).items(items).build().unwrap()
}

fn servqual() -> Feedback {
    use QualityDimension::*;
    feedback(
        [
            (Tangibles, 5.9, 5.6),
            (Reliability, 6.6, 5.1),
            (Responsiveness, 6.3, 4.8),
            (Assurance, 6.2, 5.9),
            (Empathy, 5.8, 6.1),
        ]
        .map(|(d, e, p)| FeedbackItem::new(Subject::Dimension(d), e, p))
        .into_iter()
        .chain([
            FeedbackItem::new(Subject::Phase("stay/check-in".parse().unwrap()), 6.5, 4.6),
            FeedbackItem::new(Subject::Phase("stay/room".parse().unwrap()), 6.0, 6.4),
            FeedbackItem::new(Subject::Phase("stay/check-out".parse().unwrap()), 5.5, 5.2),
        ]),
    )
}

#[test]
fn expectation_and_perception_have_a_bar_each_per_dimension() {
    let svg = charts::expectation_vs_perception(&servqual().gaps(), Locale::English);
    let marks = marks(&svg);
    assert_eq!(marks.len(), 10);
    assert_eq!(marks.iter().filter(|(tag, class)| tag == "rect" && class == "mark expectation").count(), 5);
    assert_eq!(marks.iter().filter(|(tag, class)| tag == "rect" && class == "mark perception").count(), 5);
    let all = texts(&svg);
    for shown in [
        "Expectation and perception by dimension",
        "Expectation",
        "Perception",
        "Mean score",
        "Reliability",
        "Empathy",
    ] {
        assert!(all.iter().any(|t| t == shown), "{shown} missing from {all:?}");
    }
    assert!(all.iter().any(|t| t == "Reliability, Perception: 5.10"), "{all:?}");
}

#[test]
fn gaps_by_phase_draw_a_shortfall_apart_from_a_surplus() {
    let svg = charts::gaps_by_phase(&servqual().gaps(), Locale::English);
    let marks = marks(&svg);
    assert_eq!(marks.len(), 3);
    assert_eq!(marks.iter().filter(|(_, class)| class == "mark shortfall").count(), 2);
    assert_eq!(marks.iter().filter(|(_, class)| class == "mark surplus").count(), 1);
    let all = texts(&svg);
    assert!(all.iter().any(|t| t == "stay/check-in"));
    assert!(all.iter().any(|t| t == "−1.90"), "a true minus: {all:?}");
    // A shortfall's bar ends left of the zero line, a surplus' starts on it.
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let zero: f64 = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("zero"))
        .and_then(|n| n.attribute("x1"))
        .unwrap()
        .parse()
        .unwrap();
    for bar in doc.descendants().filter(|n| n.attribute("class").is_some_and(|c| c.starts_with("mark"))) {
        let x: f64 = bar.attribute("x").unwrap().parse().unwrap();
        let width: f64 = bar.attribute("width").unwrap().parse().unwrap();
        match bar.attribute("class") {
            Some("mark shortfall") => assert!((x + width - zero).abs() < 0.2 && x < zero),
            _ => assert!((x - zero).abs() < 0.2 && width > 0.0),
        }
    }
}

/// A hotel of three phases: check-in (front office), the room
/// (housekeeping) and check-out (no department).
fn hotel() -> ServiceModel {
    let phase = |id: &str, name: &str, department: Option<&str>| {
        let step = Step::builder(format!("{id}-step"), name)
            .moment(MomentKind::Welcome)
            .characteristics([Characteristic::Friendly, Characteristic::Attentive]);
        let step = match department {
            Some(department) => step.department(department),
            None => step,
        };
        Phase::builder(id, name).channels([Channel::FaceToFace]).step(step)
    };
    ServiceModel::builder("Hotel <Aurora> & \"Spa\"")
        .industry(Industry::Hotel)
        .departments([
            Department::new("front-office", "Front office").unwrap(),
            Department::new("housekeeping", "Housekeeping").unwrap(),
        ])
        .sequence(
            Sequence::builder("stay", "Stay")
                .phase(phase("check-in", "Check-in", Some("front-office")))
                .phase(phase("room", "Room", Some("housekeeping")))
                .phase(phase("check-out", "Check-out", None)),
        )
        .build()
        .unwrap()
}

#[test]
fn compliance_has_a_score_and_a_coverage_bar_per_phase_and_department() {
    let model = hotel();
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    // Verdicts in check-in and check-out only: the room is not scored.
    let entries = set
        .iter()
        .filter(|s| !s.id().to_string().contains("stay/room"))
        .zip([Verdict::Pass, Verdict::Fail].into_iter().cycle())
        .map(|(standard, verdict)| AuditEntry::new(standard.id().to_string()).verdict(verdict));
    let report = Audit::builder()
        .entries(entries)
        .build()
        .unwrap()
        .score(&Checklist::new(&set, &ChecklistFilter::new()));
    assert_eq!(report.by_phase().len(), 3);
    assert_eq!(report.by_department().len(), 3);

    let svg = charts::compliance_by_phase(&report, Locale::English);
    let marks = marks(&svg);
    assert_eq!(marks.iter().filter(|(_, c)| c == "mark score").count(), 2);
    assert_eq!(marks.iter().filter(|(_, c)| c == "mark coverage").count(), 3);
    assert_eq!(marks.len(), 5);
    let all = texts(&svg);
    assert_eq!(all.iter().filter(|t| *t == "not scored").count(), 1);
    for phase in [
        "stay/check-in",
        "stay/room",
        "stay/check-out",
        "Compliance by phase",
        "Compliance score",
        "Coverage",
    ] {
        assert!(all.iter().any(|t| t == phase), "{phase} missing from {all:?}");
    }
    assert!(all.iter().any(|t| t == "100%"), "coverage of check-in: {all:?}");
    assert!(all.iter().any(|t| t == "0%"), "coverage of the room: {all:?}");

    let svg = charts::compliance_by_department(&report, Locale::Polish);
    assert_eq!(self::marks(&svg).len(), 5);
    let all = texts(&svg);
    // The steps without a department (check-out) make a row of their own.
    for shown in [
        "Zgodność według działów",
        "front-office",
        "housekeeping",
        "Kroki bez przypisanego działu",
        "bez oceny",
    ] {
        assert!(all.iter().any(|t| t == shown), "{shown} missing from {all:?}");
    }
}

#[test]
fn a_measure_over_time_has_a_point_per_value_and_a_whisker_per_interval() {
    let hotel = Series::new(
        "hotel",
        [
            Point::new(service_standards::jiff::civil::date(2026, 1, 31), 31.0).within(22.0, 40.0),
            Point::new(service_standards::jiff::civil::date(2026, 2, 28), 38.0).within(30.0, 46.0),
            Point::new(service_standards::jiff::civil::date(2026, 3, 31), 45.0),
        ],
    );
    let spa = Series::new(
        "spa",
        [
            Point::new("2026-02-28", -12.0).within(-25.0, 1.0),
            Point::new("2026-04-30", 5.0),
            Point::new("2026-05-31", f64::NAN),
        ],
    );
    let svg = charts::measure_over_time("NPS", &[hotel, spa], Locale::English);
    let marks = marks(&svg);
    assert_eq!(marks.len(), 5, "the NaN is left out");
    assert!(marks.iter().all(|(tag, _)| tag == "circle"));
    assert_eq!(svg.matches("class=\"interval\"").count(), 3);
    assert_eq!(svg.matches("class=\"line\"").count(), 2);
    let all = texts(&svg);
    for shown in [
        "NPS over time",
        "2026-01-31",
        "2026-04-30",
        "hotel",
        "spa",
        "Period",
        "NPS",
        "hotel, 2026-01-31: 31.00 [22.00; 40.00]",
    ] {
        assert!(all.iter().any(|t| t == shown), "{shown} missing from {all:?}");
    }
    assert!(!all.iter().any(|t| t == "2026-05-31"), "a period with only a NaN is no period");
    // Four periods, each at its own place, in the order first met.
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let xs: Vec<f64> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("mark"))
        .map(|n| n.attribute("cx").unwrap().parse().unwrap())
        .collect();
    assert!(xs[0] < xs[1] && xs[1] < xs[2], "{xs:?}");
    assert_eq!(xs[3], xs[1], "the spa's February is the hotel's");
    assert!(xs[4] > xs[2]);
}

#[test]
fn names_from_users_are_escaped() {
    let hostile = "<script>alert('x')</script> & \"quoted\" \u{1}";
    let svg = charts::measure_over_time(
        hostile,
        &[Series::new(hostile, [Point::new(hostile, 1.0).within(0.5, 1.5)])],
        Locale::English,
    );
    assert_eq!(marks(&svg).len(), 1);
    assert!(!svg.contains("<script"));
    let all = texts(&svg);
    let expected = "<script>alert('x')</script> & \"quoted\" \u{FFFD}";
    assert!(all.iter().any(|t| t == expected), "{all:?}");
    assert!(all.iter().any(|t| *t == format!("{expected} over time")), "{all:?}");

    // A long name is shortened on the chart, whole in its tooltip.
    let long = "a".repeat(80) + "<&>";
    let svg =
        charts::measure_over_time("CSAT", &[Series::new("x", [Point::new(&long, 1.0)])], Locale::English);
    let all = texts(&svg);
    assert!(all.iter().any(|t| t.ends_with('…') && t.len() < 80), "{all:?}");
    assert!(all.contains(&long));
}

#[test]
fn nothing_to_draw_says_no_data() {
    let no_phases =
        feedback([FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.0)]).gaps();
    let no_dimensions =
        feedback([FeedbackItem::new(Subject::Phase("a/b".parse().unwrap()), 6.0, 5.0)]).gaps();
    let model = model();
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let empty_report = Audit::builder()
        .build()
        .unwrap()
        .score(&Checklist::new(&set, &ChecklistFilter::new().phase("nowhere/none".parse().unwrap())));
    let charts = [
        (charts::gaps_by_phase(&no_phases, Locale::English), "no data"),
        (charts::expectation_vs_perception(&no_dimensions, Locale::English), "no data"),
        (charts::compliance_by_phase(&empty_report, Locale::English), "no data"),
        (charts::compliance_by_department(&empty_report, Locale::Polish), "brak danych"),
        (charts::measure_over_time("NPS", &[], Locale::English), "no data"),
        (charts::measure_over_time("NPS", &[Series::new("x", [])], Locale::English), "no data"),
        (
            charts::measure_over_time(
                "NPS",
                &[Series::new("x", [Point::new("a", f64::INFINITY)])],
                Locale::English,
            ),
            "no data",
        ),
    ];
    for (svg, no_data) in charts {
        assert!(marks(&svg).is_empty());
        assert!(texts(&svg).iter().any(|t| t == no_data), "{svg}");
    }
}

#[test]
fn charts_speak_the_locale() {
    let gaps = servqual().gaps();
    let all = texts(&charts::expectation_vs_perception(&gaps, Locale::Polish));
    for shown in
        ["Oczekiwania i postrzeganie według wymiarów", "Oczekiwania", "Postrzeganie", "Średnia ocena"]
    {
        assert!(all.iter().any(|t| t == shown), "{shown} missing from {all:?}");
    }
    let dimension = Locale::Polish.label(QualityDimension::Empathy);
    assert!(
        all.iter().any(|t| t.to_lowercase() == dimension.to_lowercase()),
        "{dimension} missing from {all:?}"
    );
    let all = texts(&charts::gaps_by_phase(&gaps, Locale::Polish));
    assert!(all.iter().any(|t| t == "−1,90"), "a decimal comma: {all:?}");
}

#[test]
fn one_value_or_equal_values_still_give_an_axis() {
    let svg =
        charts::measure_over_time("CES", &[Series::new("x", [Point::new("2026-01", 3.0)])], Locale::English);
    assert_eq!(marks(&svg).len(), 1);
    assert!(svg.matches("class=\"grid\"").count() >= 2);
    let flat = feedback([FeedbackItem::new(Subject::Phase("a/b".parse().unwrap()), 5.0, 5.0)]).gaps();
    let svg = charts::gaps_by_phase(&flat, Locale::English);
    assert_eq!(marks(&svg).len(), 1);
    assert!(svg.matches("class=\"grid\"").count() >= 1);
}

#[test]
fn extreme_values_give_a_chart_not_a_panic() {
    for (low, high) in
        [(-1e308, 1e308), (0.0, 1e-320), (f64::MIN_POSITIVE, f64::MIN_POSITIVE), (-f64::MAX, -f64::MAX)]
    {
        let series = Series::new("x", [Point::new("a", low).within(low, high), Point::new("b", high)]);
        let svg = charts::measure_over_time("NPS", &[series], Locale::English);
        assert_eq!(marks(&svg).len(), 2, "{low} {high}");
        assert!(!svg.contains("NaN"), "{svg}");
    }
    // The widest scale there is, a gap across all of it.
    let (min, max) = (-Scale::LIMIT, Scale::LIMIT);
    let items = [FeedbackItem::new(Subject::Phase("a/b".parse().unwrap()), max, min)];
    let gaps = Feedback::builder(Scale::new(min, max).unwrap()).items(items).build().unwrap().gaps();
    let svg = charts::gaps_by_phase(&gaps, Locale::English);
    assert_eq!(marks(&svg).len(), 1);
    assert!(!svg.contains("NaN"), "{svg}");
}
