//! Individual survey responses: checks, aggregation, the measures against
//! published worked examples, periods and series (issue 14, items 1, 3, 4).

use service_standards::jiff::civil::{Date, date};
use service_standards::prelude::*;

fn phase(path: &str) -> Subject {
    Subject::Phase(path.parse().unwrap())
}

fn empathy() -> Subject {
    Subject::Dimension(QualityDimension::Empathy)
}

/// One response per answer, each from its own respondent.
fn each(on: Date, subject: &Subject, answers: impl IntoIterator<Item = Answer>) -> Vec<Response> {
    answers
        .into_iter()
        .enumerate()
        .map(|(n, a)| Response::new(format!("{on}-{n}"), on, subject.clone(), a))
        .collect()
}

/// `count` answers of each score.
fn counted<T: Copy>(counts: &[(T, usize)]) -> Vec<T> {
    counts.iter().flat_map(|&(score, n)| std::iter::repeat_n(score, n)).collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn nps_follows_reichheld_and_the_dela_worked_example() {
    // DELA, annual report 2018, glossary: 30 % promoters, 20 % detractors: NPS +10.
    let scores = counted(&[(10_u8, 1), (9, 2), (8, 3), (7, 2), (6, 1), (0, 1)]);
    let rs = Responses::builder()
        .responses(each(date(2026, 3, 1), &empathy(), scores.into_iter().map(Answer::Nps)))
        .build()
        .unwrap();
    let s = &rs.aggregate(By::subject())[0];
    assert_eq!(s.measure(), Measure::Nps);
    assert_eq!(s.estimate().count(), 10);
    assert!(close(s.estimate().mean(), 10.0));
    // The bands' edges: 6 is a detractor, 7 and 8 passives, 9 a promoter.
    for (score, points) in [(0, -100.0), (6, -100.0), (7, 0.0), (8, 0.0), (9, 100.0), (10, 100.0)] {
        let one = Responses::builder()
            .responses(each(date(2026, 3, 1), &empathy(), [Answer::Nps(score)]))
            .build()
            .unwrap();
        assert_eq!(one.aggregate(By::subject())[0].estimate().mean(), points, "score {score}");
    }
}

#[test]
fn nps_interval_is_the_adjusted_wald_of_rocks() {
    // 40 promoters, 35 passives, 25 detractors of 100: NPS 15.
    let scores = counted(&[(9_u8, 40), (7, 35), (3, 25)]);
    let rs = Responses::builder()
        .responses(each(date(2026, 3, 1), &empathy(), scores.into_iter().map(Answer::Nps)))
        .build()
        .unwrap();
    let e = *rs.aggregate(By::subject())[0].estimate();
    assert!(close(e.mean(), 15.0));
    let (p, d, n) = (0.40_f64, 0.25_f64, 100.0_f64);
    // The deviation is the trinomial one: Var = 100² (p + d − (p − d)²), with n − 1: × n / (n − 1).
    let variance = 10_000.0 * (p + d - (p - d).powi(2)) * n / (n - 1.0);
    assert!(close(e.std_dev().unwrap(), variance.sqrt()));
    // The interval is Rocks' adjusted Wald: n + 3, ¾ more promoters and
    // detractors, centred on the adjusted NPS 15 / 103 = 14.56.
    let (n_a, p_a, d_a) = (103.0_f64, 40.75_f64 / 103.0, 25.75_f64 / 103.0);
    let half = 1.959_963_984_540_054 * ((p_a + d_a - (p_a - d_a).powi(2)) / n_a).sqrt();
    let (low, high) = e.interval().unwrap();
    assert!(close(low, 100.0 * (p_a - d_a - half)) && close(high, 100.0 * (p_a - d_a + half)));
    assert_eq!((format!("{low:.4}"), format!("{high:.4}")), ("-0.6974".to_owned(), "29.8236".to_owned()));
    assert_eq!(e.method(), service_standards::statistics::IntervalMethod::AdjustedWald);
}

#[test]
fn csat_follows_the_delighted_worked_example() {
    // Delighted, "How is CSAT calculated?": 74 of 107 in the top two boxes: 69.16 %.
    let scores = counted(&[(5.0, 42), (4.0, 32), (3.0, 10), (2.0, 9), (1.0, 14)]);
    let rs = Responses::builder()
        .responses(each(date(2026, 3, 1), &phase("stay/check-out"), scores.into_iter().map(Answer::Csat)))
        .build()
        .unwrap();
    let e = rs.aggregate(By::subject())[0].estimate().to_owned();
    assert_eq!(e.count(), 107);
    assert!(close(e.mean(), 74.0 / 107.0 * 100.0));
    assert_eq!(format!("{:.2}", e.mean()), "69.16");
    // On a 1–10 scale the top two boxes are 9 and 10.
    let ten = Scales::default().csat(Scale::new(1.0, 10.0).unwrap());
    let rs = Responses::builder()
        .scales(ten)
        .responses(each(date(2026, 3, 1), &empathy(), [8.0, 9.0, 10.0, 5.0].map(Answer::Csat)))
        .build()
        .unwrap();
    assert_eq!(rs.aggregate(By::subject())[0].estimate().mean(), 50.0);
}

#[test]
fn ces_follows_the_prime_calculator_worked_example() {
    // The Prime Calculator, "Customer effort score calculator formula":
    // 100 answers on 1–7 adding up to 350: CES = 350 / 100 = 3.50.
    let scores = counted(&[(3.0, 50), (4.0, 50)]);
    assert_eq!(scores.iter().sum::<f64>(), 350.0);
    let rs = Responses::builder()
        .responses(each(date(2026, 3, 1), &empathy(), scores.into_iter().map(Answer::Ces)))
        .build()
        .unwrap();
    let e = rs.aggregate(By::subject())[0].estimate().to_owned();
    assert_eq!((e.count(), e.mean()), (100, 3.5));
    // However the 350 is made up, the mean is the same.
    let spread = counted(&[(1.0, 10), (2.0, 20), (3.0, 20), (4.0, 20), (5.0, 20), (6.0, 10)]);
    assert_eq!((spread.len(), spread.iter().sum::<f64>()), (100, 350.0));
    let rs = Responses::builder()
        .responses(each(date(2026, 3, 1), &empathy(), spread.into_iter().map(Answer::Ces)))
        .build()
        .unwrap();
    assert!(close(rs.aggregate(By::subject())[0].estimate().mean(), 3.5));
}

#[test]
fn estimates_use_the_sample_deviation() {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample variance 32 / 7.
    let e = Estimate::from_scores([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]).unwrap();
    assert_eq!(e.mean(), 5.0);
    assert!(close(e.std_dev().unwrap(), (32.0_f64 / 7.0).sqrt()));
    let (low, high) = e.interval().unwrap();
    let half = 2.3646 * (32.0_f64 / 7.0).sqrt() / 8.0_f64.sqrt();
    assert!(close(low, 5.0 - half) && close(high, 5.0 + half));
    let one = Estimate::from_scores([3.0]).unwrap();
    assert_eq!((one.std_dev(), one.interval()), (None, None));
}

#[test]
fn servqual_aggregates_into_the_existing_gap_analysis() {
    let ci = phase("stay/check-in");
    let answers = [(7.0, 4.0), (6.0, 5.0), (7.0, 6.0)];
    let rs = Responses::builder()
        .responses(each(
            date(2026, 3, 1),
            &ci,
            answers.map(|(expectation, perception)| Answer::Servqual { expectation, perception }),
        ))
        .responses(each(
            date(2026, 3, 2),
            &empathy(),
            [Answer::Servqual { expectation: 5.0, perception: 6.0 }],
        ))
        .build()
        .unwrap();
    let s = &rs.aggregate(By::subject())[0];
    assert!(close(s.expectation().unwrap().mean(), 20.0 / 3.0));
    assert!(close(s.perception().unwrap().mean(), 5.0));
    assert!(close(s.estimate().mean(), 5.0 - 20.0 / 3.0));
    let from_responses = rs.feedback().unwrap().gaps();
    let from_means = Feedback::builder(Scale::new(1.0, 7.0).unwrap())
        .items([FeedbackItem::new(ci.clone(), 20.0 / 3.0, 5.0), FeedbackItem::new(empathy(), 5.0, 6.0)])
        .build()
        .unwrap()
        .gaps();
    assert_eq!(from_responses, from_means);
    assert_eq!(from_responses.priorities()[0].subject(), &ci);
}

#[test]
fn groups_split_by_channel_site_and_period() {
    let ci = phase("stay/check-in");
    let krakow = Id::new("krakow").unwrap();
    let r = |who: &str, on: Date, channel: Channel, site: &Id, score: f64| {
        Response::new(who, on, ci.clone(), Answer::Ces(score)).with_channel(channel).with_site(site.clone())
    };
    let gdansk = Id::new("gdansk").unwrap();
    let rs = Responses::builder()
        .responses([
            r("a", date(2026, 1, 5), Channel::FaceToFace, &krakow, 2.0),
            r("b", date(2026, 1, 6), Channel::Telephone, &krakow, 4.0),
            r("c", date(2026, 2, 7), Channel::FaceToFace, &gdansk, 6.0),
            r("d", date(2026, 4, 8), Channel::FaceToFace, &krakow, 3.0),
        ])
        .build()
        .unwrap();
    assert_eq!(rs.aggregate(By::subject()).len(), 1);
    assert!(close(rs.aggregate(By::subject())[0].estimate().mean(), 3.75));
    let by_channel = rs.aggregate(By::subject().channel());
    assert_eq!(by_channel.len(), 2);
    assert_eq!((by_channel[0].channel(), by_channel[0].estimate().count()), (Some(Channel::FaceToFace), 3));
    assert!(close(by_channel[0].estimate().mean(), 11.0 / 3.0));
    let by_site = rs.aggregate(By::subject().site());
    assert_eq!(by_site.iter().map(|s| s.estimate().count()).collect::<Vec<_>>(), [3, 1]);
    let by_quarter = rs.aggregate(By::subject().period(PeriodKind::Quarter));
    let quarters: Vec<(String, usize)> =
        by_quarter.iter().map(|s| (s.period().unwrap().to_string(), s.estimate().count())).collect();
    assert_eq!(quarters, [("2026-Q1".to_owned(), 3), ("2026-Q2".to_owned(), 1)]);
    let all = rs.aggregate(By::subject().channel().site().period(PeriodKind::Month));
    assert_eq!(all.len(), 4);
    assert_eq!(all.iter().map(|s| s.estimate().count()).sum::<usize>(), rs.len());
}

#[test]
fn measures_of_one_subject_aggregate_apart() {
    let rs = Responses::builder()
        .responses([
            Response::new("a", date(2026, 1, 5), empathy(), Answer::Nps(10)),
            Response::new("a", date(2026, 1, 5), empathy(), Answer::Csat(5.0)),
            Response::new(
                "a",
                date(2026, 1, 5),
                empathy(),
                Answer::Servqual { expectation: 6.0, perception: 6.0 },
            ),
        ])
        .build()
        .unwrap();
    let measures: Vec<Measure> = rs.aggregate(By::subject()).iter().map(Summary::measure).collect();
    assert_eq!(measures, [Measure::Nps, Measure::Csat, Measure::Servqual]);
}

#[test]
fn periods_know_their_calendar() {
    let q = |y, m, d| Period::of(PeriodKind::Quarter, date(y, m, d));
    assert_eq!((q(2026, 3, 31).start(), q(2026, 3, 31).end()), (date(2026, 1, 1), date(2026, 3, 31)));
    assert_eq!((q(2026, 12, 31).start(), q(2026, 12, 31).end()), (date(2026, 10, 1), date(2026, 12, 31)));
    assert_eq!(q(2026, 8, 15).to_string(), "2026-Q3");
    assert_eq!(Period::of(PeriodKind::Month, date(2024, 2, 10)).end(), date(2024, 2, 29));
    assert_eq!(Period::of(PeriodKind::Month, date(2025, 2, 10)).end(), date(2025, 2, 28));
    assert_eq!(Period::of(PeriodKind::Month, date(2026, 11, 30)).to_string(), "2026-11");
    assert_eq!(Period::of(PeriodKind::Year, date(2026, 7, 4)).to_string(), "2026");
    for m in 1..=12_i8 {
        let p = q(2026, m, 1);
        assert!(p.contains(date(2026, m, 1)));
        assert_eq!(p, q(2026, m, 28));
    }
    assert!(q(2025, 12, 31) < q(2026, 1, 1));
}

#[test]
fn a_series_flags_only_changes_larger_than_the_noise() {
    let ci = phase("stay/check-in");
    let month = |m: i8, scores: &[u8]| each(date(2026, m, 10), &ci, scores.iter().map(|&s| Answer::Nps(s)));
    let rs = Responses::builder()
        // January and February: the same mix, reshuffled; March: nearly all promoters.
        .responses(month(1, &[9, 10, 7, 8, 3, 9, 10, 6, 8, 9, 10, 9, 5, 7, 9, 10, 9, 8, 4, 9]))
        .responses(month(2, &[10, 9, 8, 7, 9, 3, 10, 9, 6, 9, 8, 10, 9, 7, 5, 10, 9, 9, 8, 4]))
        .responses(month(3, &[10; 20]))
        .responses(each(date(2026, 3, 10), &empathy(), [Answer::Nps(0)]))
        .build()
        .unwrap();
    let series = rs.series(&ci, Measure::Nps, PeriodKind::Month);
    assert_eq!(series.points().len(), 3);
    assert_eq!(series.points().iter().map(|(_, e)| e.count()).collect::<Vec<_>>(), [20, 20, 20]);
    let changes = series.changes();
    assert_eq!(changes.len(), 2);
    assert!(close(changes[0].difference(), 0.0));
    assert!(!changes[0].is_significant());
    assert!(changes[1].difference() > 0.0);
    assert!(changes[1].is_significant());
    let jan = Period::of(PeriodKind::Month, date(2026, 1, 1));
    let mar = Period::of(PeriodKind::Month, date(2026, 3, 1));
    assert!(series.change(jan, mar).unwrap().is_significant());
    let by_quarter = rs.series(&ci, Measure::Nps, PeriodKind::Quarter);
    assert_eq!(by_quarter.points().len(), 1);
    assert!(by_quarter.changes().is_empty());
}

#[test]
fn every_bad_response_is_listed() {
    let err = Responses::builder()
        .responses([
            Response::new(
                "a",
                date(2026, 1, 5),
                empathy(),
                Answer::Servqual { expectation: 0.0, perception: 8.0 },
            ),
            Response::new("b", date(2026, 1, 5), empathy(), Answer::Nps(11)),
            Response::new("c", date(2026, 1, 5), empathy(), Answer::Csat(f64::INFINITY)),
            Response::new("d", date(2026, 1, 5), empathy(), Answer::Ces(f64::NAN)).with_importance(0.0),
            Response::new("e\u{202E}", date(2026, 1, 5), empathy(), Answer::Ces(2.0)),
            Response::new("f", date(2026, 1, 5), empathy(), Answer::Ces(2.0)),
            Response::new("f", date(2026, 1, 31), empathy(), Answer::Ces(3.0)),
        ])
        .build()
        .unwrap_err();
    assert_eq!(err.entity(), service_standards::error::Entity::Responses);
    let found: Vec<(&str, &Problem)> = err.violations().iter().map(|v| (v.path(), v.problem())).collect();
    assert_eq!(
        found,
        [
            ("responses[0].expectation", &Problem::OutOfScale),
            ("responses[0].perception", &Problem::OutOfScale),
            ("responses[1].score", &Problem::OutOfScale),
            ("responses[2].score", &Problem::OutOfScale),
            ("responses[3].score", &Problem::OutOfScale),
            ("responses[3].importance", &Problem::InvalidWeight),
            ("responses[4].respondent", &Problem::ForbiddenCharacter('\u{202E}')),
            ("responses[6].respondent", &Problem::DuplicateResponse),
        ]
    );
    assert_eq!(
        err.violations()[7].to_string(),
        "responses[6].respondent: respondent already answered this subject in the survey period `f`"
    );
}

#[test]
fn a_duplicate_is_the_same_respondent_subject_measure_and_period() {
    let base = Response::new("a", date(2026, 1, 5), empathy(), Answer::Nps(9));
    let ok = [
        Response::new("a", date(2026, 1, 6), phase("stay/check-in"), Answer::Nps(9)),
        Response::new("a", date(2026, 1, 7), empathy(), Answer::Csat(4.0)),
        Response::new("a", date(2026, 2, 1), empathy(), Answer::Nps(9)),
        Response::new("b", date(2026, 1, 5), empathy(), Answer::Nps(9)),
    ];
    for other in ok {
        assert!(Responses::builder().responses([base.clone(), other.clone()]).build().is_ok(), "{other:?}");
    }
    let again = Response::new("a", date(2026, 1, 28), empathy(), Answer::Nps(3));
    let err = Responses::builder().responses([base.clone(), again.clone()]).build().unwrap_err();
    assert_eq!(err.violations()[0].problem(), &Problem::DuplicateResponse);
    // A bad response is not remembered, so the good one after it is no duplicate.
    let bad = Response::new("a", date(2026, 1, 2), empathy(), Answer::Nps(12));
    let err = Responses::builder().responses([bad, base]).build().unwrap_err();
    assert_eq!(err.violations().len(), 1);
}

#[test]
fn phases_are_checked_against_a_model_when_one_is_given() {
    let model = ServiceModel::builder("Hotel")
        .sequence(
            Sequence::builder("stay", "Stay").phase(
                Phase::builder("check-in", "Check-in")
                    .channels([Channel::FaceToFace])
                    .step(Step::builder("greet", "Greet").moment(MomentKind::Welcome)),
            ),
        )
        .build()
        .unwrap();
    let rs = [
        Response::new("a", date(2026, 1, 5), phase("stay/check-in"), Answer::Nps(9)),
        Response::new("b", date(2026, 1, 5), phase("stay/spa"), Answer::Nps(9)),
        Response::new("c", date(2026, 1, 5), phase("visit/check-in"), Answer::Nps(9)),
        Response::new("d", date(2026, 1, 5), empathy(), Answer::Nps(9)),
    ];
    assert!(Responses::builder().responses(rs.clone()).build().is_ok());
    let err = Responses::builder().responses(rs).build_for(&model).unwrap_err();
    let found: Vec<String> = err.violations().iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "responses[1].subject: not in the model `stay/spa`",
            "responses[2].subject: not in the model `visit/check-in`"
        ]
    );
}

/// A date no survey holds is refused: the range is 1900-01-01 to
/// 2199-12-31, both included (issue 24, item 9).
#[test]
fn a_date_no_survey_holds_is_refused() {
    let at = |on: Date| Response::new("r", on, empathy(), Answer::Nps(9));
    for on in [date(9999, 12, 31), date(-9999, 1, 1), date(0, 1, 1), date(1899, 12, 31), date(2200, 1, 1)] {
        let err = Responses::builder().responses([at(on)]).build().unwrap_err();
        assert_eq!(err.violations().len(), 1, "{on}");
        assert_eq!(err.violations()[0].path(), "responses[0].date");
        assert_eq!(err.violations()[0].problem(), &Problem::DateOutOfRange);
        assert_eq!(err.violations()[0].value(), Some(on.to_string().as_str()));
    }
    let err = Responses::builder().responses([at(date(-9999, 1, 1))]).build().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid responses: responses[0].date: date outside 1900-01-01 to 2199-12-31 `-009999-01-01`"
    );
    for on in [Response::EARLIEST_DATE, Response::LATEST_DATE, date(2026, 3, 2)] {
        let rs = Responses::builder().responses([at(on)]).build().unwrap();
        assert_eq!(rs.iter().next().unwrap().date(), on);
    }
    assert_eq!((Response::EARLIEST_DATE, Response::LATEST_DATE), (date(1900, 1, 1), date(2199, 12, 31)));
}
