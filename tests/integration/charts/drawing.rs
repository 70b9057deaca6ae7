//! The SVG charts (issue 14, item 6), drawn by plotters: each parses as XML,
//! holds one mark per data point (a bar is a `<rect>` filled with its
//! series' colour, a point a `<circle>`), escapes the names users give, and
//! says "no data" when there is nothing to draw.

use service_standards::charts::{self, Point, Series};
use service_standards::prelude::*;

/// The bars' colours, as plotters writes them.
const GREY: &str = "#A0AEC0";
const BLUE: &str = "#2B6CB0";
const RED: &str = "#C53030";
/// The colour of the axes and the zero line, and of the grid.
const INK: &str = "#2D3748";
const GRID: &str = "#E2E8F0";

fn model() -> ServiceModel {
    let model: Result<ServiceModel, Error> = (|| include!("../../fixtures/doc_model.rs"))();
    model.unwrap()
}

pub(super) fn parse(svg: &str) -> roxmltree::Document<'_> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not XML ({e}):\n{svg}"));
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    assert_eq!(doc.root_element().tag_name().namespace(), Some("http://www.w3.org/2000/svg"));
    doc
}

/// Parses `svg` (panicking with the document if it is not XML) and returns
/// the marks, as tag and colour: each `<rect>` filled with a bar's colour
/// and each `<circle>`.
fn marks(svg: &str) -> Vec<(String, String)> {
    parse(svg)
        .descendants()
        .filter(|n| {
            n.has_tag_name("circle")
                || n.has_tag_name("rect")
                    && n.attribute("fill").is_some_and(|f| [GREY, BLUE, RED].contains(&f))
        })
        .map(|n| (n.tag_name().name().to_owned(), n.attribute("fill").unwrap_or_default().to_owned()))
        .collect()
}

fn count(marks: &[(String, String)], tag: &str, colour: &str) -> usize {
    marks.iter().filter(|(t, c)| t == tag && c == colour).count()
}

/// Every text shown, in document order (plotters puts a line break around
/// each).
pub(super) fn texts(svg: &str) -> Vec<String> {
    parse(svg)
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.children().filter_map(|c| c.text()).collect::<String>().trim().to_owned())
        .collect()
}

/// The points of each `<polyline>` drawn with `stroke` (all of them if
/// `None`), with its stroke width.
fn polylines(svg: &str, stroke: Option<&str>) -> Vec<(Vec<(f64, f64)>, String)> {
    parse(svg)
        .descendants()
        .filter(|n| n.has_tag_name("polyline") && stroke.is_none_or(|s| n.attribute("stroke") == Some(s)))
        .map(|n| {
            let points = n
                .attribute("points")
                .unwrap()
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect();
            (points, n.attribute("stroke-width").unwrap().to_owned())
        })
        .collect()
}

pub(super) fn number(node: roxmltree::Node<'_, '_>, attribute: &str) -> f64 {
    node.attribute(attribute).unwrap().parse().unwrap()
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
    assert_eq!(count(&marks, "rect", GREY), 5, "expectation");
    assert_eq!(count(&marks, "rect", BLUE), 5, "perception");
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
    // The values beside the bars: Reliability's expectation and perception.
    assert!(all.iter().any(|t| t == "6.60") && all.iter().any(|t| t == "5.10"), "{all:?}");
}

#[test]
fn gaps_by_phase_draw_a_shortfall_apart_from_a_surplus() {
    let svg = charts::gaps_by_phase(&servqual().gaps(), Locale::English);
    let marks = marks(&svg);
    assert_eq!(marks.len(), 3);
    assert_eq!(count(&marks, "rect", RED), 2, "shortfalls");
    assert_eq!(count(&marks, "rect", BLUE), 1, "a surplus");
    let all = texts(&svg);
    assert!(all.iter().any(|t| t == "stay/check-in"));
    assert!(all.iter().any(|t| t == "−1.90"), "a true minus: {all:?}");
    // A shortfall's bar ends where a surplus' starts: on the zero line,
    // drawn across all the rows.
    let doc = parse(&svg);
    let bars: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("fill") != Some("#FFFFFF"))
        .collect();
    let surplus = bars.iter().find(|n| n.attribute("fill") == Some(BLUE)).unwrap();
    let zero = number(*surplus, "x");
    assert!(number(*surplus, "width") > 0.0);
    for bar in bars.iter().filter(|n| n.attribute("fill") == Some(RED)) {
        let (x, width) = (number(*bar, "x"), number(*bar, "width"));
        assert!(x < zero && x + width == zero, "{x} + {width} is not {zero}");
    }
    let top = bars.iter().map(|n| number(*n, "y")).fold(f64::INFINITY, f64::min);
    let bottom = bars.iter().map(|n| number(*n, "y") + number(*n, "height")).fold(0.0, f64::max);
    assert!(
        polylines(&svg, Some(INK)).iter().any(|(points, _)| points.iter().all(|p| p.0 == zero)
            && points.iter().any(|p| p.1 <= top)
            && points.iter().any(|p| p.1 >= bottom)),
        "no zero line at {zero}"
    );
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
    assert_eq!(count(&marks, "rect", BLUE), 2, "scores");
    assert_eq!(count(&marks, "rect", GREY), 3, "coverages");
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
    let (hotel, spa) = ("#0072B2", "#E69F00");
    assert_eq!((count(&marks, "circle", hotel), count(&marks, "circle", spa)), (3, 2));
    let whiskers: Vec<_> =
        polylines(&svg, None).into_iter().filter(|(points, _)| points.len() == 6).collect();
    assert_eq!(whiskers.len(), 3);
    let lines = polylines(&svg, None).into_iter().filter(|(_, width)| width == "3").count();
    assert_eq!(lines, 2);
    let all = texts(&svg);
    for shown in ["NPS over time", "2026-01-31", "2026-04-30", "hotel", "spa", "Period", "NPS"] {
        assert!(all.iter().any(|t| t == shown), "{shown} missing from {all:?}");
    }
    assert!(!all.iter().any(|t| t == "2026-05-31"), "a period with only a NaN is no period");
    assert!(!all.iter().any(|t| t == "31.00"), "values are written beside a single line only");
    // Four periods, each at its own place, in time order.
    let doc = parse(&svg);
    let circles: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("circle")).collect();
    let xs: Vec<f64> = circles.iter().map(|n| number(*n, "cx")).collect();
    assert!(xs[0] < xs[1] && xs[1] < xs[2], "{xs:?}");
    assert_eq!(xs[3], xs[1], "the spa's February is the hotel's");
    assert!(xs[4] > xs[2]);
    // Each whisker stands on its point, the value between its ends, and the
    // wider interval (the spa's February, 26 points) is the longer one.
    for (points, _) in &whiskers {
        let x = points[2].0;
        let (high, low) = (points[3].1, points[2].1);
        assert!(
            circles
                .iter()
                .any(|c| number(*c, "cx") == x && high < number(*c, "cy") && number(*c, "cy") < low),
            "{points:?}"
        );
    }
    let lengths: Vec<f64> = whiskers.iter().map(|(points, _)| points[2].1 - points[3].1).collect();
    assert!(lengths[2] > lengths[0] && lengths[2] > lengths[1], "{lengths:?}");
}

#[test]
fn names_from_users_are_escaped() {
    let hostile = "<script>alert('x')</script> & \"quoted\" \u{1}";
    let shown = "<script>alert('x')</script> & \"quoted\" \u{FFFD}";
    let svg = charts::measure_over_time(
        hostile,
        &[Series::new(hostile, [Point::new(hostile, 1.0).within(0.5, 1.5)])],
        Locale::English,
    );
    assert_eq!(marks(&svg).len(), 1);
    assert!(!svg.contains("<script"));
    let all = texts(&svg);
    // Whole, escaped: the title and the legend (40 characters fit a line of
    // each; the value axis leaves out a measure longer than 30 characters).
    assert!(all.iter().any(|t| *t == format!("{shown} over time")), "the title: {all:?}");
    assert_eq!(all.iter().filter(|t| *t == shown).count(), 1, "the legend: {all:?}");
    // The period, wrapped onto lines of at most 16 characters, at spaces
    // or within a longer word.
    let lines = ["<script>alert('x", "')</script> &", "\"quoted\" \u{FFFD}"];
    let at = all.iter().position(|t| t == lines[0]).unwrap_or_else(|| panic!("{all:?}"));
    assert_eq!(all[at..at + 3], lines);

    // A long name is wrapped on the chart, never cut.
    let long = "a".repeat(80) + "<&>";
    let svg =
        charts::measure_over_time("CSAT", &[Series::new("x", [Point::new(&long, 1.0)])], Locale::English);
    let all = texts(&svg);
    let at = all.iter().position(|t| t.starts_with('a')).unwrap_or_else(|| panic!("{all:?}"));
    assert_eq!(all[at..at + 6].concat(), long, "{all:?}");
    assert!(all[at..at + 6].iter().all(|t| t.chars().count() <= 16), "{all:?}");
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
    let grid = |svg: &str| parse(svg).descendants().filter(|n| n.attribute("stroke") == Some(GRID)).count();
    assert!(grid(&svg) >= 2);
    assert!(texts(&svg).iter().any(|t| t == "3.00"), "a single line's value beside its point");
    let flat = feedback([FeedbackItem::new(Subject::Phase("a/b".parse().unwrap()), 5.0, 5.0)]).gaps();
    let svg = charts::gaps_by_phase(&flat, Locale::English);
    assert_eq!(marks(&svg).len(), 1);
    assert!(grid(&svg) >= 1);
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

/// A chart of more phases than its coordinates were first sized for
/// (110,000 rows: the middle of a bar once overflowed `i32` past about
/// 107,000, a panic in a debug build) still draws one bar per phase.
#[test]
fn a_chart_of_very_many_phases_draws_every_bar() {
    let phases = 110_000;
    let gaps = feedback((0..phases).map(|n| {
        let phase = format!("sequence-{}/phase-{}", n / 10, n % 10).parse().unwrap();
        FeedbackItem::new(Subject::Phase(phase), 6.0, 5.0)
    }))
    .gaps();
    let svg = charts::gaps_by_phase(&gaps, Locale::English);
    assert_eq!(count(&marks(&svg), "rect", RED), phases);
}

/// The first `n` characters of `text`.
fn first(text: &str, n: usize) -> String {
    text.chars().take(n).collect()
}

/// Every name a user gives is drawn as the module's docs say, whatever its
/// length and content: wrapped onto lines (never cut, only a name of more
/// than six lines ends its last with `…`) and escaped, so the chart is the
/// one drawn from the names' first 2,000 characters, well-formed XML, and
/// small. (It once cut every name at 36 characters; before that, the
/// measure was drawn whole in the title and on the value axis: a 1 MiB name
/// made a 2.1 MB chart, 8 MB if it was all `<`.)
#[test]
fn huge_and_hostile_names_are_wrapped_and_escaped_in_every_chart() {
    const MIB: usize = 1 << 20;
    const BOUND: usize = 48 * 1024;
    let names = [
        "<".repeat(MIB),
        "&".repeat(MIB),
        "\"'<>&]]>\u{0}\u{1}\u{b}\u{FFFE}\u{FFFF}\u{202E}".repeat(MIB / 16),
        "ż".repeat(MIB),
        "a".repeat(MIB),
        "word ".repeat(MIB / 5),
    ];
    for name in &names {
        let draw = |name: &dyn Fn(&str) -> String| {
            let series = |tag: &str| {
                Series::new(
                    name(tag),
                    [Point::new(name("1"), 1.0).within(0.5, 1.5), Point::new(name("2"), 2.0)],
                )
            };
            charts::measure_over_time(&name(""), &[series("x"), series("y")], Locale::English)
        };
        let whole = draw(&|tag| format!("{tag}{name}"));
        let by_hand = draw(&|tag| first(&format!("{tag}{name}"), 2000));
        assert!(whole.len() <= BOUND, "{} bytes", whole.len());
        assert!(whole == by_hand, "{} bytes against {} from 2,000 characters", whole.len(), by_hand.len());
        let all = texts(&whole);
        // The longest line is the title's: 62 characters.
        assert!(all.iter().all(|t| t.chars().count() <= 62), "{all:?}");
        assert_eq!(marks(&whole).len(), 4);
        // Only what XML holds, escaped: the title's first line reads back
        // as drawn, and the legend's.
        let shown: String = name
            .chars()
            .map(|c| {
                if matches!(c, '\u{0}' | '\u{1}' | '\u{b}' | '\u{FFFE}' | '\u{FFFF}') {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect();
        let title = if name.starts_with("word") {
            "word ".repeat(12).trim_end().to_owned()
        } else {
            first(&shown, 62)
        };
        assert_eq!(all[0], title, "{all:?}");
        let legend = if name.starts_with("word") {
            "xword ".to_owned() + &"word ".repeat(7)
        } else {
            "x".to_owned() + &first(&shown, 39)
        };
        assert!(all.contains(&legend.trim_end().to_owned()), "{legend} in {all:?}");
        // A name beyond six lines ends the last with `…`.
        assert!(all.iter().any(|t| t.ends_with('…')), "{all:?}");
    }

    // Phases and departments are ids, at most 64 characters: wrapped onto
    // lines of at most 30, whole.
    let long = |c: char| c.to_string().repeat(Id::MAX_LEN);
    let (sequence, phase, department) = (long('s'), long('p'), long('d'));
    let gaps = feedback([
        FeedbackItem::new(Subject::Phase(format!("{sequence}/{phase}").parse().unwrap()), 6.0, 4.0),
        FeedbackItem::new(Subject::Phase(format!("{phase}/{sequence}").parse().unwrap()), 6.0, 6.5),
        FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.0),
    ])
    .gaps();
    let model = ServiceModel::builder("Hotel")
        .departments([Department::new(&department, "Front office").unwrap()])
        .sequence(
            Sequence::builder(&sequence, "Stay").phase(
                Phase::builder(&phase, "Check-in").channels([Channel::FaceToFace]).step(
                    Step::builder("greet", "Guest at the desk")
                        .moment(MomentKind::Welcome)
                        .department(&department),
                ),
            ),
        )
        .build()
        .unwrap();
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let report = Audit::builder().build().unwrap().score(&Checklist::new(&set, &ChecklistFilter::new()));
    for svg in [
        charts::expectation_vs_perception(&gaps, Locale::English),
        charts::gaps_by_phase(&gaps, Locale::English),
        charts::compliance_by_phase(&report, Locale::English),
        charts::compliance_by_department(&report, Locale::English),
    ] {
        assert!(svg.len() <= BOUND, "{} bytes", svg.len());
        let all = texts(&svg);
        let ids: Vec<&String> =
            all.iter().filter(|t| t.contains("sss") || t.contains("ppp") || t.contains("ddd")).collect();
        assert!(ids.iter().all(|t| t.chars().count() <= 30 && !t.contains('…')), "{ids:?}");
    }
    // Whole, read line after line.
    let all = texts(&charts::gaps_by_phase(&gaps, Locale::English));
    let path = format!("{sequence}/{phase}");
    assert!(all.windows(5).any(|lines| lines.concat() == path), "{all:?}");
    let all = texts(&charts::compliance_by_department(&report, Locale::English));
    let at = all.iter().position(|t| t.starts_with("ddd")).unwrap();
    assert_eq!(all[at..at + 3].concat(), department, "{all:?}");
}
