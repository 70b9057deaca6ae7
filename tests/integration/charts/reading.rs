//! How the charts read: names rather than ids, in the chart's language,
//! wrapped rather than cut; titles that say the site, the period and the
//! number of answers; intervals on the gaps; axes that fit the scale; one
//! order of rows; "not scored" apart from 0 %; the NPS chart; nothing from
//! a user's string unescaped.

use service_standards::charts::{self, Context, Point, Series};
use service_standards::jiff::civil::date;
use service_standards::prelude::*;
use service_standards::statistics::Reporting;

use super::drawing::{number, parse, texts};

const BLUE: &str = "#2B6CB0";
const GREY: &str = "#A0AEC0";
const RED: &str = "#C53030";
const GREEN: &str = "#2F855A";
const WHISKER: &str = "#1A202C";

/// A hotel whose phases come in the journey's order, not the alphabet's:
/// reservation, check-in, room, check-out; named in `polish` or English,
/// check-in with a long name.
fn hotel(polish: bool, check_in: &str) -> ServiceModel {
    let names = if polish {
        ["Rezerwacja", check_in, "Pokój", "Wymeldowanie", "Recepcja", "Służba pięter"]
    } else {
        ["Reservation", check_in, "Room", "Check-out", "Front office", "Housekeeping"]
    };
    let phase = |id: &str, name: &str, department: &str| {
        Phase::builder(id, name).channels([Channel::FaceToFace]).step(
            Step::builder(format!("{id}-step"), "Guest at the desk")
                .moment(MomentKind::Welcome)
                .department(department)
                .characteristics([Characteristic::Friendly, Characteristic::Attentive]),
        )
    };
    ServiceModel::builder("Hotel")
        .industry(Industry::Hotel)
        .departments([
            Department::new("front-office", names[4]).unwrap(),
            Department::new("housekeeping", names[5]).unwrap(),
        ])
        .sequence(
            Sequence::builder("stay", "Stay")
                .phase(phase("reservation", names[0], "front-office"))
                .phase(phase("check-in", names[1], "front-office"))
                .phase(phase("room", names[2], "housekeeping"))
                .phase(phase("check-out", names[3], "front-office")),
        )
        .build()
        .unwrap()
}

fn phase(path: &str) -> Subject {
    Subject::Phase(path.parse().unwrap())
}

/// SERVQUAL answers: `n` for each phase, perception 4, 5, 6 in turn and
/// expectation 7; and two answers about the room, a gap of −6.
fn servqual(n: usize) -> Responses {
    let mut responses = Vec::new();
    for (k, path) in ["stay/check-out", "stay/check-in", "stay/reservation"].into_iter().enumerate() {
        for i in 0..n {
            let answer = Answer::Servqual { expectation: 7.0, perception: 4.0 + ((i + k) % 3) as f64 };
            responses.push(Response::new(format!("{path}-{i}"), date(2026, 2, 3), phase(path), answer));
        }
    }
    for i in 0..2 {
        let answer = Answer::Servqual { expectation: 7.0, perception: 1.0 };
        responses.push(Response::new(format!("room-{i}"), date(2026, 2, 3), phase("stay/room"), answer));
    }
    Responses::builder()
        .scales(Scales::default().servqual(Scale::new(1.0, 7.0).unwrap()))
        .responses(responses)
        .build()
        .unwrap()
}

/// An audit of `model`'s expected standards: reservation passed, check-in
/// half passed, the room all failed (0 %), check-out not observed (not scored).
fn report(model: &ServiceModel) -> ComplianceReport {
    let set = RuleSet::catalogue().derive(model, ServiceLevel::Expected);
    let entries = set.iter().enumerate().map(|(n, standard)| {
        let id = standard.id().to_string();
        let verdict = if id.contains("@stay/reservation") {
            Verdict::Pass
        } else if id.contains("@stay/check-in") {
            if n % 2 == 0 { Verdict::Pass } else { Verdict::Fail }
        } else if id.contains("@stay/room") {
            Verdict::Fail
        } else {
            Verdict::NotObserved
        };
        AuditEntry::new(id).verdict(verdict)
    });
    Audit::builder().entries(entries).build().unwrap().score(&Checklist::new(&set, &ChecklistFilter::new()))
}

/// NPS answers: overall 2 detractors, 3 passives, 5 promoters (+30); the
/// check-in 10 promoters (+100); the room 3 answers (too few).
fn nps() -> Responses {
    let mut responses = Vec::new();
    for (n, score) in [0, 6, 7, 8, 8, 9, 9, 10, 10, 10].into_iter().enumerate() {
        responses.push(Response::new(
            format!("o{n}"),
            date(2026, 2, 3),
            Subject::Overall,
            Answer::Nps(score),
        ));
    }
    for n in 0..10 {
        responses.push(Response::new(
            format!("c{n}"),
            date(2026, 2, 3),
            phase("stay/check-in"),
            Answer::Nps(10),
        ));
    }
    for n in 0..3 {
        responses.push(Response::new(format!("r{n}"), date(2026, 2, 3), phase("stay/room"), Answer::Nps(5)));
    }
    Responses::builder().responses(responses).build().unwrap()
}

/// Expectation and perception of reliability and empathy, on 1–7.
fn dimensions() -> Feedback {
    Feedback::builder(Scale::new(1.0, 7.0).unwrap())
        .items([
            FeedbackItem::new(Subject::Dimension(QualityDimension::Reliability), 6.6, 5.1),
            FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 6.2),
        ])
        .build()
        .unwrap()
}

/// The texts that are whole numbers (the value axis' ticks where the
/// values drawn have decimals), in document order.
fn whole_numbers(svg: &str) -> Vec<String> {
    texts(svg)
        .into_iter()
        .filter(|t| {
            let digits = t.trim_start_matches('−').trim_end_matches('%');
            !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
        })
        .collect()
}

/// The texts among `names`, in the order drawn.
fn in_order(svg: &str, names: &[&str]) -> Vec<String> {
    texts(svg).into_iter().filter(|t| names.contains(&t.as_str())).collect()
}

/// The bars (`<rect>`s) filled with `colour`: x, y, width, height.
fn bars(svg: &str, colour: &str) -> Vec<[f64; 4]> {
    parse(svg)
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some(colour))
        .map(|n| [number(n, "x"), number(n, "y"), number(n, "width"), number(n, "height")])
        .collect()
}

#[test]
fn phases_and_departments_read_by_their_names_wholly_in_the_charts_language() {
    let model = hotel(true, "Zameldowanie");
    let polish = Context::new(Locale::Polish).model(&model).site("Gdańsk").period("luty 2026");
    let gaps = dimensions().gaps();
    let phase_gaps = servqual(12).feedback().unwrap().gaps();
    let summaries = servqual(12).aggregate(By::subject());
    let report = report(&model);
    let series = Series::from_survey(&nps().series(&Subject::Overall, Measure::Nps, PeriodKind::Month));
    let charts = [
        polish.expectation_vs_perception(&gaps),
        polish.gaps_by_phase(&phase_gaps),
        polish.gaps_with_intervals(&summaries),
        polish.compliance_by_phase(&report),
        polish.compliance_by_department(&report),
        polish.nps(&nps().aggregate(By::subject())),
        polish.measure_over_time("NPS", &[series]),
    ];
    // Every English word of the charts, and every id.
    let english = [
        "Gap",
        "Phase",
        "expectation",
        "Compliance",
        "Coverage",
        "Share",
        "not scored",
        "too few",
        "answer",
        "checked",
        "Overall",
        "Promoters",
        "Passives",
        "Detractors",
        "Period",
        "over time",
        "Department",
        "Asked",
        "stay/",
        "front-office",
        "housekeeping",
        "no data",
    ];
    for svg in &charts {
        let all = texts(svg);
        for word in english {
            assert!(!all.iter().any(|t| t.contains(word)), "{word} in {all:?}");
        }
    }
    let shown = |svg: &str, names: &[&str]| in_order(svg, names);
    assert_eq!(
        shown(&charts[1], &["Rezerwacja", "Zameldowanie", "Wymeldowanie"]),
        ["Rezerwacja", "Zameldowanie", "Wymeldowanie"]
    );
    assert_eq!(shown(&charts[2], &["Pokój", "za mało odpowiedzi (2)"]), ["Pokój", "za mało odpowiedzi (2)"]);
    assert_eq!(shown(&charts[3], &["Pokój", "bez oceny"]), ["Pokój", "bez oceny"]);
    assert_eq!(shown(&charts[4], &["Recepcja", "Służba pięter"]), ["Recepcja", "Służba pięter"]);
    assert_eq!(shown(&charts[5], &["Ogółem", "Zameldowanie", "Pokój"]), ["Ogółem", "Zameldowanie", "Pokój"]);
    assert!(
        texts(&charts[0]).contains(&"Niezawodność".to_owned())
            || texts(&charts[0]).iter().any(|t| t.starts_with("Element"))
    );
}

#[test]
fn long_names_are_wrapped_onto_lines_never_cut() {
    let long = "Check-in and the first evening at the hotel after a long journey by night train";
    let model = hotel(false, long);
    let context = Context::new(Locale::English).model(&model);
    for svg in [
        context.gaps_by_phase(&servqual(12).feedback().unwrap().gaps()),
        context.compliance_by_phase(&report(&model)),
        context.nps(&nps().aggregate(By::subject())),
    ] {
        let all = texts(&svg);
        let lines = ["Check-in and the first evening", "at the hotel after a long", "journey by night train"];
        assert!(all.windows(3).any(|w| w == lines), "{all:?}");
        assert!(!all.iter().any(|t| t.contains('…')), "{all:?}");
    }
}

#[test]
fn titles_state_the_site_the_period_and_the_number_of_answers() {
    let model = hotel(false, "Check-in");
    let context = Context::new(Locale::English).model(&model).site("Gdańsk").period("February 2026");
    // 12 answers about three phases, 2 about the room: 38 answers.
    let svg = context.gaps_with_intervals(&servqual(12).aggregate(By::subject()));
    assert_eq!(texts(&svg)[..2], ["Gap by phase", "Gdańsk · February 2026 · 38 answers"]);
    let svg = context.nps(&nps().aggregate(By::subject()));
    assert_eq!(
        texts(&svg)[..2],
        ["Promoters, passives and detractors", "Gdańsk · February 2026 · 23 answers"]
    );
    // The audit: every standard of reservation, check-in and the room checked.
    let report = report(&model);
    let checked: usize = report
        .by_phase()
        .iter()
        .map(|(_, tally)| tally.count(Verdict::Pass) + tally.count(Verdict::Fail))
        .sum();
    let svg = context.compliance_by_phase(&report);
    assert_eq!(texts(&svg)[1], format!("Gdańsk · February 2026 · {checked} standards checked"));
    // Given, the number of answers is the context's; Polish counts agree.
    let svg = context.clone().answers(412).gaps_by_phase(&servqual(12).feedback().unwrap().gaps());
    assert_eq!(texts(&svg)[1], "Gdańsk · February 2026 · 412 answers");
    let svg = Context::new(Locale::Polish)
        .answers(1)
        .measure_over_time("NPS", &[Series::new("x", [Point::new("a", 1.0)])]);
    assert_eq!(texts(&svg)[..2], ["NPS w czasie", "1 odpowiedź"]);
    // Nothing known, no line below the title.
    let svg = charts::gaps_by_phase(&servqual(12).feedback().unwrap().gaps(), Locale::English);
    assert_eq!(texts(&svg)[1], "Below expectation");
}

#[test]
fn gaps_carry_their_intervals_and_too_few_answers_no_bar() {
    let summaries = servqual(12).aggregate(By::subject());
    let svg = charts::gaps_with_intervals(&summaries, Locale::English);
    let doc = parse(&svg);
    let red = bars(&svg, RED);
    assert_eq!(red.len(), 3, "the room has two answers: no bar");
    let whiskers: Vec<Vec<(f64, f64)>> = doc
        .descendants()
        .filter(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some(WHISKER))
        .map(|n| {
            n.attribute("points")
                .unwrap()
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect()
        })
        .collect();
    assert_eq!(whiskers.len(), 3);
    // Each whisker crosses its bar's end (the gap, within its interval) at
    // the bar's middle.
    for [x, y, _, height] in &red {
        let middle = y + height / 2.0;
        assert!(
            whiskers.iter().any(|w| (w[2].1 - middle).abs() <= 1.0 && w[2].0 < *x && *x < w[3].0),
            "no whisker across the bar at {x}, {middle}: {whiskers:?}"
        );
    }
    let all = texts(&svg);
    assert!(all.contains(&"too few answers (2)".to_owned()), "{all:?}");
    // The interval of the check-in's gap, from the summary: −2.00 ± t × s / √12.
    let check_in = summaries.iter().find(|s| s.subject() == &phase("stay/check-in")).unwrap();
    let (low, high) = check_in.estimate().interval().unwrap();
    assert!(low < -2.0 && -2.0 < high && high < -1.0, "{low} {high}");
    assert!(all.contains(&"−2.00".to_owned()), "{all:?}");
}

#[test]
fn axes_fit_the_scale_and_too_few_answers_do_not_stretch_them() {
    let gaps = dimensions().gaps();
    // A 1–7 scale: means from 1, not 0.
    let svg =
        Context::new(Locale::English).scale(Scale::new(1.0, 7.0).unwrap()).expectation_vs_perception(&gaps);
    assert_eq!(whole_numbers(&svg), ["1", "2", "3", "4", "5", "6", "7"]);
    // Shares from 0 to 100 %.
    let model = hotel(false, "Check-in");
    let svg = charts::compliance_by_phase(&report(&model), Locale::English);
    let ticks: Vec<String> = whole_numbers(&svg).into_iter().take(6).collect();
    assert_eq!(ticks, ["0%", "20%", "40%", "60%", "80%", "100%"]);
    // NPS from −100 to +100.
    let series = Series::from_survey(&nps().series(&Subject::Overall, Measure::Nps, PeriodKind::Month));
    let svg = charts::measure_over_time("NPS", &[series], Locale::English);
    assert_eq!(whole_numbers(&svg), ["−100", "−50", "0", "50", "100"]);

    // Effort on 1–7, 12 answers a month around 3, and a month of two
    // answers of 6 and 6.5: "too few answers", not a point that stretches the axis.
    let effort = |m: i8, n: usize, score: f64| {
        (0..n).map(move |i| {
            Response::new(
                format!("{m}-{i}"),
                date(2026, m, 2),
                Subject::Overall,
                Answer::Ces(score + (i % 3) as f64 * 0.5),
            )
        })
    };
    let responses = Responses::builder()
        .responses(effort(1, 12, 2.5).chain(effort(2, 2, 6.0)).chain(effort(3, 12, 2.6)))
        .build()
        .unwrap();
    let series = Series::from_survey(&responses.series(&Subject::Overall, Measure::Ces, PeriodKind::Month));
    let svg = charts::measure_over_time("CES", std::slice::from_ref(&series), Locale::English);
    assert_eq!(parse(&svg).descendants().filter(|n| n.has_tag_name("circle")).count(), 2);
    let all = texts(&svg);
    assert!(all.contains(&"too few answers (2)".to_owned()), "{all:?}");
    assert_eq!(in_order(&svg, &["2026-01", "2026-02", "2026-03"]), ["2026-01", "2026-02", "2026-03"]);
    let ticks: Vec<f64> = all
        .iter()
        .filter_map(|t| t.replace('−', "-").parse::<f64>().ok())
        .filter(|v| (v * 10.0).fract() == 0.0 && !all.contains(&format!("{v:.2}")))
        .collect();
    assert!(ticks.iter().all(|t| *t < 4.5), "the two sevens stretched the axis: {ticks:?}");
    // With the scale, the axis is the scale's.
    let svg = Context::new(Locale::English)
        .scale(Scale::new(1.0, 7.0).unwrap())
        .measure_over_time("CES", &[series]);
    assert_eq!(whole_numbers(&svg), ["1", "2", "3", "4", "5", "6", "7"]);
    // Two answers of the room, a gap of −6: the gap axis stops short of it.
    let svg = charts::gaps_with_intervals(&servqual(12).aggregate(By::subject()), Locale::English);
    let lowest =
        texts(&svg).iter().filter_map(|t| t.replace('−', "-").parse::<f64>().ok()).fold(0.0, f64::min);
    assert!(lowest > -4.0, "{lowest}");
    // Unless two answers are enough.
    let svg = Context::new(Locale::English)
        .reporting(Reporting::default().minimum_answers(2))
        .gaps_with_intervals(&servqual(12).aggregate(By::subject()));
    assert!(texts(&svg).contains(&"−6.00".to_owned()));
}

#[test]
fn gap_and_compliance_charts_share_the_journeys_order() {
    let model = hotel(false, "Check-in");
    let names = ["Reservation", "Check-in", "Room", "Check-out"];
    let context = Context::new(Locale::English).model(&model);
    // Answers given check-out first, the room last.
    let feedback = Feedback::builder(Scale::new(1.0, 7.0).unwrap())
        .items(
            ["stay/check-out", "stay/reservation", "stay/check-in", "stay/room"]
                .map(|p| FeedbackItem::new(phase(p), 6.0, 5.0)),
        )
        .build()
        .unwrap();
    let report = report(&model);
    assert_eq!(in_order(&context.gaps_by_phase(&feedback.gaps()), &names), names);
    assert_eq!(in_order(&context.gaps_with_intervals(&servqual(12).aggregate(By::subject())), &names), names);
    assert_eq!(in_order(&context.compliance_by_phase(&report), &names), names);
    // Without a model, both in the order of the paths.
    let paths = ["stay/check-in", "stay/check-out", "stay/reservation", "stay/room"];
    assert_eq!(in_order(&charts::gaps_by_phase(&feedback.gaps(), Locale::English), &paths), paths);
    assert_eq!(in_order(&charts::compliance_by_phase(&report, Locale::English), &paths), paths);
}

#[test]
fn not_scored_is_told_apart_from_zero_percent() {
    let model = hotel(false, "Check-in");
    let report = report(&model);
    let svg = Context::new(Locale::English).model(&model).compliance_by_phase(&report);
    // Scores: reservation 100 %, check-in, the room 0 %; check-out none.
    let scores = bars(&svg, BLUE);
    assert_eq!(scores.len(), 3);
    assert_eq!(bars(&svg, GREY).len(), 4, "a coverage per phase");
    // The room's 0 %: a bar two or three pixels wide, its value beside it.
    let zero = scores.iter().min_by(|a, b| a[2].total_cmp(&b[2])).unwrap();
    assert!((2.0..=3.0).contains(&zero[2]), "{zero:?}");
    let all = texts(&svg);
    // After the axis' 0 %: the room's, then check-out's note and coverage.
    assert_eq!(
        in_order(&svg, &["Room", "0%", "Check-out", "not scored"])[1..],
        ["Room", "0%", "Check-out", "not scored", "0%"]
    );
    assert_eq!(all.iter().filter(|t| *t == "not scored").count(), 1);
}

#[test]
fn the_nps_chart_stacks_detractors_passives_and_promoters() {
    let svg = Context::new(Locale::English).nps(&nps().aggregate(By::subject()));
    let (red, grey, green) = (bars(&svg, RED), bars(&svg, GREY), bars(&svg, GREEN));
    // Overall: 20 %, 30 %, 50 %; check-in: 100 % promoters; the room too few.
    assert_eq!((red.len(), grey.len(), green.len()), (1, 1, 2));
    let (r, g, p) = (red[0], grey[0], green[0]);
    assert!(r[1] == g[1] && g[1] == p[1], "one row");
    assert!((r[0] + r[2] - g[0]).abs() <= 1.0 && (g[0] + g[2] - p[0]).abs() <= 1.0, "end to end");
    let whole = r[2] + g[2] + p[2];
    assert!((r[2] / whole - 0.2).abs() < 0.01 && (g[2] / whole - 0.3).abs() < 0.01, "{r:?} {g:?} {p:?}");
    assert!((green[1][2] - whole).abs() <= 1.0, "check-in: all promoters, the whole axis");
    assert!(green[1][1] > p[1], "check-in below the overall");
    let all = texts(&svg);
    for shown in [
        "20%",
        "30%",
        "50%",
        "100%",
        "NPS +30",
        "NPS +100",
        "too few answers (3)",
        "Detractors (0–6)",
        "Passives (7–8)",
        "Promoters (9–10)",
    ] {
        assert!(all.contains(&shown.to_owned()), "{shown} missing from {all:?}");
    }
    assert_eq!(
        in_order(&svg, &["Overall", "stay/check-in", "stay/room"]),
        ["Overall", "stay/check-in", "stay/room"]
    );
    // By quarter: the periods after the subject's name.
    let svg = charts::nps(&nps().aggregate(By::subject().period(PeriodKind::Quarter)), Locale::English);
    assert!(texts(&svg).contains(&"Overall · 2026-Q1".to_owned()));
}

#[test]
fn nothing_a_user_wrote_reaches_the_svg_unescaped() {
    let hostile = "<script>alert(1)</script> & 'x' \"y\"";
    let model = ServiceModel::builder(hostile)
        .departments([Department::new("desk", hostile).unwrap()])
        .sequence(
            Sequence::builder("stay", hostile).phase(
                Phase::builder("check-in", hostile)
                    .channels([Channel::FaceToFace])
                    .step(Step::builder("greet", hostile).moment(MomentKind::Welcome).department("desk")),
            ),
        )
        .build()
        .unwrap();
    let context = Context::new(Locale::English).model(&model).site(hostile).period(hostile);
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let report = Audit::builder().build().unwrap().score(&Checklist::new(&set, &ChecklistFilter::new()));
    let gaps = Feedback::builder(Scale::new(1.0, 7.0).unwrap())
        .items([FeedbackItem::new(phase("stay/check-in"), 6.0, 5.0)])
        .build()
        .unwrap()
        .gaps();
    let responses = Responses::builder()
        .responses((0..10).map(|n| {
            Response::new(format!("r{n}"), date(2026, 2, 3), phase("stay/check-in"), Answer::Nps(9))
                .with_site(Id::new("gdansk").unwrap())
        }))
        .build()
        .unwrap();
    let series = Series::new(hostile, [Point::new(hostile, 1.0)]);
    for svg in [
        context.gaps_by_phase(&gaps),
        context.compliance_by_phase(&report),
        context.compliance_by_department(&report),
        context.nps(&responses.aggregate(By::subject().site())),
        context.measure_over_time(hostile, &[series]),
    ] {
        assert!(!svg.contains("<script"), "{svg}");
        let all = texts(&svg);
        // The line below the title reads back as written.
        assert!(all.iter().any(|t| t.starts_with(&format!("{hostile} · {hostile}"))), "{all:?}");
        // The names, wrapped at spaces: every piece escaped and read back.
        // (In the NPS chart, the site follows the name: `'x' "y" · gdansk`.)
        let lines = ["<script>alert(1)</script> &", "'x' \"y\""];
        let wrapped = all.windows(2).any(|w| w[0] == lines[0] && w[1].starts_with(lines[1]));
        assert!(wrapped || all.iter().any(|t| t == hostile), "{all:?}");
    }
}

#[test]
fn survey_series_are_named_for_people_in_the_charts_language() {
    let model = hotel(true, "Zameldowanie");
    let context = Context::new(Locale::Polish).model(&model);
    let responses = nps();
    let overall = context.series(&responses.series(&Subject::Overall, Measure::Nps, PeriodKind::Month));
    let check_in =
        context.series(&responses.series(&phase("stay/check-in"), Measure::Nps, PeriodKind::Month));
    let room = context.series(&responses.series(&phase("stay/room"), Measure::Nps, PeriodKind::Month));
    assert_eq!([overall.name(), check_in.name(), room.name()], ["Ogółem", "Zameldowanie", "Pokój"]);
    assert_eq!(room.points()[0].too_few_answers(), Some(3));
    let svg = context.measure_over_time("NPS", &[overall, check_in, room]);
    let all = texts(&svg);
    assert_eq!(in_order(&svg, &["Ogółem", "Zameldowanie", "Pokój"]), ["Ogółem", "Zameldowanie", "Pokój"]);
    assert!(
        all.contains(&"za mało odpowiedzi (3)".to_owned())
            || all.windows(2).any(|w| w[0] == "za mało odpowiedzi" && w[1] == "(3)"),
        "{all:?}"
    );
    assert!(
        !all.iter().any(|t| t.contains("stay/") || t.contains("nps") || t.contains("overall")),
        "{all:?}"
    );
}
