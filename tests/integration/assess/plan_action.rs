//! The improvement plan as a manager acts on it: the cause of each
//! shortfall read from the audit (standards not met, or too low), what to
//! do first with an owner and a day to measure again, key drivers beside
//! the gaps, ties and overlapping intervals flagged, names and statements
//! in the plan's language, and text from users escaped in the Markdown.

use crate::shared::hotel;

use service_standards::assess::{Cause, Standing};
use service_standards::jiff::civil::date;
use service_standards::prelude::*;
use service_standards::survey::{KeyDriverAnalysis, KeyDrivers};

fn phase(path: &str) -> Subject {
    Subject::Phase(path.parse().unwrap())
}

fn dimension(d: QualityDimension) -> Subject {
    Subject::Dimension(d)
}

fn gaps(items: impl IntoIterator<Item = (Subject, f64, f64)>) -> GapAnalysis {
    Feedback::builder(Scale::new(1.0, 7.0).unwrap())
        .items(items.into_iter().map(|(s, e, p)| FeedbackItem::new(s, e, p)))
        .build()
        .unwrap()
        .gaps()
}

/// The hotel at expected, audited: at check-in only the first standard
/// passed; in the room every standard passed.
fn audited_hotel() -> (ServiceModel, RuleSet, Levels, StandardSet, ComplianceReport) {
    let model = hotel::hotel().unwrap();
    let rules = RuleSet::catalogue();
    let current = Levels::new(ServiceLevel::Expected);
    let set = rules.derive_with(&model, &current);
    let check_in: PhasePath = "stay/check-in".parse().unwrap();
    let room: PhasePath = "stay/room".parse().unwrap();
    let mut entries = Vec::new();
    let mut first = true;
    for s in set.iter() {
        if check_in.contains(s.step()) {
            let verdict = if first { Verdict::Pass } else { Verdict::Fail };
            first = false;
            entries.push(AuditEntry::new(s.id().to_string()).verdict(verdict));
        } else if room.contains(s.step()) {
            entries.push(AuditEntry::new(s.id().to_string()).verdict(Verdict::Pass));
        }
    }
    let report = Audit::builder()
        .entries(entries)
        .build()
        .unwrap()
        .score(&Checklist::new(&set, &ChecklistFilter::new()));
    (model, rules, current, set, report)
}

fn hotel_gaps() -> GapAnalysis {
    gaps([
        (phase("stay/check-in"), 6.0, 4.5),
        (phase("stay/room"), 6.0, 5.0),
        (dimension(QualityDimension::Tangibles), 5.0, 5.5),
    ])
}

fn hotel_plan() -> ImprovementPlan {
    let (model, rules, current, _, report) = audited_hotel();
    let gaps = hotel_gaps();
    ImprovementPlan::builder(&model, &rules, &current, &gaps)
        .compliance(&report)
        .site("Gdańsk")
        .period(date(2026, 7, 1), date(2026, 12, 31))
        .answers(412)
        .build()
        .unwrap()
}

#[test]
fn low_compliance_is_enforced_and_high_compliance_with_a_gap_is_raised() {
    let (_, _, _, set, report) = audited_hotel();
    let plan = hotel_plan();
    let causes: Vec<(String, Option<Cause>)> =
        plan.priorities().iter().map(|p| (p.subject().to_string(), p.cause())).collect();
    assert_eq!(
        causes,
        [
            ("stay/check-in".to_owned(), Some(Cause::NotMet)),
            ("stay/room".to_owned(), Some(Cause::TooLow)),
            ("tangibles".to_owned(), None),
        ]
    );
    // Check-in's unmet standards: every one the audit failed, in its order.
    let check_in: PhasePath = "stay/check-in".parse().unwrap();
    let failed: Vec<String> = report
        .items()
        .iter()
        .filter(|i| i.outcome() == Verdict::Fail && check_in.contains(i.id().step()))
        .map(|i| i.id().to_string())
        .collect();
    assert!(failed.len() >= 2, "{failed:?}");
    let unmet: Vec<String> = plan.priorities()[0].unmet().iter().map(|n| n.id().to_string()).collect();
    assert_eq!(unmet, failed);
    for named in plan.priorities()[0].unmet() {
        let standard = set.get(named.id()).unwrap();
        assert_eq!(named.statement(Locale::English), Locale::English.statement(standard));
        assert_eq!(named.statement(Locale::Polish), Locale::Polish.statement(standard));
    }
    assert!(plan.priorities()[1].unmet().is_empty());
    // Check-in's staff do not meet today's standards: the room is raised, not check-in.
    assert_eq!(plan.raise().unwrap().phase(), &"stay/room".parse::<PhasePath>().unwrap());
    let first = plan.first().unwrap();
    assert_eq!(first.subject(), &phase("stay/check-in"));
    assert_eq!(first.department().map(Id::as_str), Some("front-office"));
    assert_eq!(first.owner(), Some("Front office"));
    assert_eq!(first.measure_again(), Some(date(2027, 6, 30)));
}

#[test]
fn the_polish_plan_speaks_polish_and_names_no_id() {
    let (_, _, _, set, _) = audited_hotel();
    let plan = hotel_plan();
    let polish = plan.markdown(Locale::Polish);
    assert!(polish.starts_with(
        "# Plan doskonalenia obsługi\n\n\
         Obiekt: Gdańsk · Okres: 01.07.2026 – 31.12.2026 · Liczba odpowiedzi: 412\n\n\
         Poziom: oczekiwany\n\n## Priorytety\n\n\
         | # | Obszar | Luka | Przedział | Zgodność w audycie | Przyczyna |\n|---|---|---|---|---|---|\n"
    ));
    let compliance = plan.priorities()[0].compliance().unwrap();
    assert!(compliance < 0.8);
    let first = format!(
        "## Co zrobić najpierw: Check-in\n\n\
         Odpowiada: kierownik działu „Front office”\n\n\
         Ponowny pomiar: 30.06.2027 (odpowiedzi od 01.01.2027)\n\n\
         Personel spełnia {:.0} % obecnych standardów, poniżej progu 80 %: przyczyną jest to, że standardy \
         nie są stosowane, a nie to, że są za niskie. Należy przeszkolić personel, zapewnić obsadę i egzekwować \
         obecne standardy, zanim podniesie się którykolwiek z nich.\n\n\
         ### Niespełnione w audycie ({})\n\n{}\n",
        compliance * 100.0,
        plan.priorities()[0].unmet().len(),
        plan.priorities()[0]
            .unmet()
            .iter()
            .map(|n| format!("- {}\n", Locale::Polish.statement(set.get(n.id()).unwrap())))
            .collect::<String>()
    );
    assert!(polish.contains(&first), "{polish}");
    assert!(
        polish.contains(
            "\n## Podniesienie o jeden poziom: Use of the room\n\nPoziom: oczekiwany → wyjątkowy\n"
        )
    );
    // No id, no path and no English fallback in the Polish plan.
    for english in ["@", "stay/", "[en]", "\\[en\\]", "check-in |", "Owner", "Raise", "standards"] {
        assert!(!polish.contains(english), "{english} in {polish}");
    }
    let english = plan.markdown(Locale::English);
    assert!(english.contains("Site: Gdańsk · Period: 2026-07-01 – 2026-12-31 · Answers: 412\n"));
    assert!(english.contains("## What to do first: Check-in\n\nOwner: head of Front office\n\nMeasure again: 2027-06-30 (answers from 2027-01-01)\n"));
    assert!(!english.contains('@'), "{english}");
}

/// A one-phase desk with two standards, the greeting weighing 4 and the
/// key 1 in the audit.
fn desk(greet: Verdict, key: Verdict) -> (ServiceModel, RuleSet, Levels, ComplianceReport) {
    let model = ServiceModel::builder("Desk")
        .sequence(
            Sequence::builder("stay", "Stay").phase(
                Phase::builder("desk", "Desk")
                    .channels([Channel::FaceToFace])
                    .step(Step::builder("greet", "Guest arrives").moment(MomentKind::Welcome))
                    .step(Step::builder("key", "Key handed over").moment(MomentKind::Information)),
            ),
        )
        .build()
        .unwrap();
    let rule = |id: &str, moment: MomentKind| {
        Rule::builder(id)
            .when(Condition::builder().moments([moment]))
            .kind(StandardKind::Procedure)
            .dimension(QualityDimension::Reliability)
            .statement("Do it {target}")
            .targets(LevelTargets::same(Target::within_secs(30)))
    };
    let rules = RuleSet::builder()
        .rule(rule("greet", MomentKind::Welcome))
        .rule(rule("key", MomentKind::Information))
        .build()
        .unwrap();
    let current = Levels::new(ServiceLevel::Expected);
    let set = rules.derive_with(&model, &current);
    let report = Audit::builder()
        .entries([
            AuditEntry::new("greet@stay/desk/greet").verdict(greet).weight(4.0),
            AuditEntry::new("key@stay/desk/key").verdict(key).weight(1.0),
        ])
        .build()
        .unwrap()
        .score(&Checklist::new(&set, &ChecklistFilter::new()));
    (model, rules, current, report)
}

#[test]
fn compliance_at_the_threshold_is_too_low_standards_and_below_it_unmet_standards() {
    let (model, rules, current, report) = desk(Verdict::Pass, Verdict::Fail);
    let gaps = gaps([(phase("stay/desk"), 6.0, 5.0)]);
    let cause = |threshold: Option<f64>| {
        let builder = ImprovementPlan::builder(&model, &rules, &current, &gaps).compliance(&report);
        let builder = match threshold {
            Some(t) => builder.compliance_threshold(t),
            None => builder,
        };
        let plan = builder.build().unwrap();
        (plan.priorities()[0].compliance(), plan.priorities()[0].cause(), plan.raise().is_some())
    };
    // 4 of 5 weighed: exactly the default 80 %.
    assert_eq!(cause(None), (Some(0.8), Some(Cause::TooLow), true));
    assert_eq!(cause(Some(0.81)), (Some(0.8), Some(Cause::NotMet), false));
    assert_eq!(cause(Some(0.0)), (Some(0.8), Some(Cause::TooLow), true));
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps)
        .compliance(&report)
        .compliance_threshold(0.81)
        .build()
        .unwrap();
    assert_eq!(plan.compliance_threshold(), 0.81);
    let english = plan.markdown(Locale::English);
    assert!(english.ends_with(
        "## What to do first: Desk\n\nOwner: the site manager\n\n\
         Staff meet 80 % of the current standards, below 81 %: the cause is that the standards are not done \
         as written, not that they are too low. Train, staff and enforce the current standards before raising any.\n\n\
         ### Not met in the audit (1)\n\n- Do it within 30 seconds\n\n\
         Every phase that falls short does not meet its current standards: raise none until they are met.\n"
    ), "{english}");
}

#[test]
fn a_threshold_or_period_that_makes_no_sense_is_refused() {
    let (model, rules, current, _) = desk(Verdict::Pass, Verdict::Pass);
    let gaps = gaps([(phase("stay/desk"), 6.0, 5.0)]);
    for (threshold, shown) in [(1.5, "1.5"), (-0.1, "-0.1"), (f64::NAN, "NaN")] {
        let err = ImprovementPlan::builder(&model, &rules, &current, &gaps)
            .compliance_threshold(threshold)
            .period(date(2026, 12, 31), date(2026, 7, 1))
            .build()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "invalid improvement plan: compliance_threshold: score outside the scale `{shown}`; \
                 period: the first day is after the last `2026-12-31 – 2026-07-01`"
            )
        );
    }
}

#[test]
fn the_day_to_measure_again_ends_a_period_as_long_as_the_plans_right_after_it() {
    let (model, rules, current, _) = desk(Verdict::Pass, Verdict::Pass);
    let gaps = gaps([(phase("stay/desk"), 6.0, 5.0)]);
    let again = |first, last| {
        ImprovementPlan::builder(&model, &rules, &current, &gaps)
            .period(first, last)
            .build()
            .unwrap()
            .first()
            .unwrap()
            .measure_again()
    };
    assert_eq!(again(date(2026, 7, 1), date(2026, 12, 31)), Some(date(2027, 6, 30)));
    assert_eq!(again(date(2026, 2, 1), date(2026, 2, 28)), Some(date(2026, 3, 31)));
    assert_eq!(again(date(2026, 1, 1), date(2026, 3, 31)), Some(date(2026, 6, 30)));
    assert_eq!(again(date(2026, 3, 2), date(2026, 3, 8)), Some(date(2026, 3, 15)));
    assert_eq!(again(date(2026, 5, 5), date(2026, 5, 5)), Some(date(2026, 5, 6)));
    // Past the calendar's end there is no such day.
    assert_eq!(again(date(9999, 1, 1), date(9999, 12, 31)), None);
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps).build().unwrap();
    assert_eq!(plan.first().unwrap().measure_again(), None);
    assert!(!plan.markdown(Locale::English).contains("Measure again"));
}

/// The key-driver worked example: ten respondents, R² 0.981 436; LMG of
/// waiting 0.388 634, staff 0.455 984, price 0.136 818.
fn worked_drivers() -> KeyDrivers {
    let columns: [(&str, [f64; 10]); 4] = [
        ("visit/overall", [5.0, 5.0, 2.0, 4.0, 3.0, 1.0, 4.0, 3.0, 5.0, 2.0]),
        ("visit/waiting", [5.0, 4.0, 2.0, 5.0, 3.0, 1.0, 4.0, 2.0, 5.0, 3.0]),
        ("visit/staff", [5.0, 5.0, 3.0, 4.0, 3.0, 2.0, 4.0, 4.0, 5.0, 2.0]),
        ("visit/price", [3.0, 4.0, 3.0, 2.0, 4.0, 2.0, 5.0, 3.0, 5.0, 1.0]),
    ];
    let mut responses = Vec::new();
    for (path, scores) in columns {
        for (n, score) in scores.into_iter().enumerate() {
            responses.push(Response::new(
                format!("r{n}"),
                date(2026, 3, 2),
                phase(path),
                Answer::Csat(score),
            ));
        }
    }
    let responses = Responses::builder().responses(responses).build().unwrap();
    responses
        .key_drivers(
            &KeyDriverAnalysis::new(phase("visit/overall"), Measure::Csat, Measure::Csat)
                .minimum_respondents(10),
        )
        .unwrap()
}

#[test]
fn key_drivers_stand_beside_the_gap_and_weigh_the_ranking() {
    let model = hotel::hotel().unwrap();
    let rules = RuleSet::catalogue();
    let current = Levels::new(ServiceLevel::Expected);
    let drivers = worked_drivers();
    let gaps = gaps([
        (phase("visit/price"), 6.0, 5.0),
        (phase("visit/staff"), 6.0, 5.5),
        (dimension(QualityDimension::Empathy), 6.0, 5.4),
    ]);
    let order = |plan: &ImprovementPlan| -> Vec<String> {
        plan.priorities().iter().map(|p| p.subject().to_string()).collect()
    };
    let plain = ImprovementPlan::builder(&model, &rules, &current, &gaps).build().unwrap();
    assert_eq!(order(&plain), ["visit/price", "empathy", "visit/staff"]);
    let weighed =
        ImprovementPlan::builder(&model, &rules, &current, &gaps).drivers(&drivers).build().unwrap();
    // Staff −0.5 × 3 × 46.46 % = −0.70; empathy −0.6 (not analysed: × 1); price −1.0 × 3 × 13.94 % = −0.42.
    assert_eq!(order(&weighed), ["visit/staff", "empathy", "visit/price"]);
    let staff = weighed.priorities()[0].driver().unwrap();
    let analysed = &drivers.drivers()[0];
    assert_eq!(analysed.subject(), &phase("visit/staff"));
    assert_eq!(
        (staff.importance(), staff.share(), staff.interval()),
        (analysed.importance(), analysed.share(), analysed.interval())
    );
    assert!((staff.weight() - analysed.share() * 3.0 / 100.0).abs() < 1e-12);
    assert_eq!(weighed.priorities()[1].driver(), None);
    let (low, high) = staff.interval().unwrap();
    let pc = |x: f64| format!("{:.0}", x * 100.0);
    let english = weighed.markdown(Locale::English);
    assert!(english.contains(
        "| # | Subject | Gap | Interval | Key driver | Audit compliance | Cause |\n|---|---|---|---|---|---|---|\n"
    ));
    assert!(
        english.contains(&format!(
            "| 1 | visit/staff | -0.50 | – | {} % ({} … {} %) | – | cause unknown: not audited |\n",
            pc(staff.importance()),
            pc(low),
            pc(high)
        )),
        "{english}"
    );
    assert!(english.contains("| 2 | Empathy | -0.60 | – | – | – | cause unknown: not audited |\n"));
    assert!(english.contains("\nKey driver: the part of the overall measure's variance"));
    let polish = weighed.markdown(Locale::Polish);
    assert!(
        polish.contains(
            "| # | Obszar | Luka | Przedział | Kluczowy czynnik | Zgodność w audycie | Przyczyna |\n"
        )
    );
    assert!(polish.contains("\nKluczowy czynnik: część zmienności oceny ogólnej"));
    assert!(!plain.markdown(Locale::English).contains("Key driver"));
}

#[test]
fn ties_and_overlapping_intervals_are_flagged() {
    let model = hotel::hotel().unwrap();
    let rules = RuleSet::catalogue();
    let current = Levels::new(ServiceLevel::Expected);
    let (empathy, assurance, reliability, tangibles) = (
        dimension(QualityDimension::Empathy),
        dimension(QualityDimension::Assurance),
        dimension(QualityDimension::Reliability),
        dimension(QualityDimension::Tangibles),
    );
    let gaps = gaps([
        (empathy.clone(), 6.0, 5.0),
        (assurance.clone(), 6.0, 5.2),
        (reliability.clone(), 6.0, 5.7),
        (tangibles.clone(), 6.0, 5.7),
    ]);
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps)
        .interval(empathy, (-1.5, -0.5))
        .interval(assurance, (-1.0, -0.6))
        .interval(reliability, (-0.4, -0.2))
        .interval(tangibles, (-0.4, -0.2))
        .build()
        .unwrap();
    let standings: Vec<Standing> = plan.priorities().iter().map(|p| p.standing()).collect();
    assert_eq!(standings, [Standing::Clear, Standing::Overlapping, Standing::Clear, Standing::Tied]);
    let english = plan.markdown(Locale::English);
    let rows: Vec<&str> = english.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| #")).collect();
    let ranks: Vec<&str> = rows.iter().map(|r| r.split(" | ").next().unwrap()).collect();
    assert_eq!(ranks, ["| 1", "| 2 ≈", "| 3", "| 4 ="]);
    assert!(english.contains(
        "\n`=`: tied with the item above; the data do not order the two.\n\n\
         `≈`: its interval overlaps the interval of the item above; the data do not show which of the two is worse.\n"
    ));
    // The first two overlap: the plan does not claim which comes first.
    assert!(
        english.contains(
            "## What to do first: Empathy\n\nOwner: head of Front office\n\n\
         Assurance, next in the ranking, is not clearly apart from this item: the data do not show which \
         comes first, so treat both as first.\n\n"
        ),
        "{english}"
    );
    let polish = plan.markdown(Locale::Polish);
    assert!(polish.contains("\n`≈`: przedział nakłada się na przedział pozycji wyżej;"));
    assert!(
        polish.contains(
            "\n\nPewność, następna w rankingu pozycja, nie różni się wyraźnie od tej: dane nie pokazują, \
         która jest pierwsza, więc obie należy traktować jako pierwsze.\n\n"
        ),
        "{polish}"
    );
    // Without intervals, only the tie is flagged.
    let bare = ImprovementPlan::builder(&model, &rules, &current, &gaps).build().unwrap();
    let standings: Vec<Standing> = bare.priorities().iter().map(|p| p.standing()).collect();
    assert_eq!(standings, [Standing::Clear, Standing::Clear, Standing::Clear, Standing::Tied]);
    assert!(!bare.markdown(Locale::English).contains('≈'));
}

/// How many `|` of `line` are not escaped.
fn bars(line: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    count
}

#[test]
fn text_from_users_and_cells_cannot_break_the_markdown() {
    let model = ServiceModel::builder("Hotel")
        .departments([Department::new("desk", "`Front` *office* [x](http://e) <b>").unwrap()])
        .sequence(
            Sequence::builder("stay", "Stay").phase(
                Phase::builder("check-in", "Check-in | <script>alert(1)</script>")
                    .channels([Channel::FaceToFace])
                    .step(
                        Step::builder("greet", "Guest arrives")
                            .moment(MomentKind::Welcome)
                            .department("desk"),
                    ),
            ),
        )
        .build()
        .unwrap();
    let rules = RuleSet::builder()
        .rule(
            Rule::builder("greet")
                .when(Condition::builder().moments([MomentKind::Welcome]))
                .kind(StandardKind::PersonalContact)
                .dimension(QualityDimension::Empathy)
                .statement("=HYPERLINK(\"http://evil\") greet every {customer} {target} | `x` _y_")
                .targets(LevelTargets::same(Target::within_secs(30))),
        )
        .build()
        .unwrap();
    let current = Levels::new(ServiceLevel::Expected);
    let set = rules.derive_with(&model, &current);
    let report = Audit::builder()
        .entries([AuditEntry::new("greet@stay/check-in/greet").verdict(Verdict::Fail)])
        .build()
        .unwrap()
        .score(&Checklist::new(&set, &ChecklistFilter::new()));
    let gaps = gaps([(phase("stay/check-in"), 6.0, 4.5)]);
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps)
        .compliance(&report)
        .site("=cmd|' /C calc'!A0\n# Injected\r\n<script>x</script> & `rm` \u{2028}end")
        .build()
        .unwrap();
    for locale in [Locale::English, Locale::Polish] {
        let text = plan.markdown(locale);
        let table: Vec<&str> = text.lines().filter(|l| l.starts_with('|')).collect();
        assert_eq!(table.len(), 3, "{text}");
        for line in &table {
            assert_eq!(bars(line), 7, "{line}");
        }
        assert!(!text.contains("\n# Injected"), "{text}");
        assert!(!text.contains("<script>") && !text.contains("<b>"), "{text}");
    }
    let english = plan.markdown(Locale::English);
    assert!(
        english.contains(
            "\nSite: \\=cmd\\|' /C calc'!A0 \\# Injected  \\<script\\>x\\</script\\> \\& \\`rm\\`  end\n"
        ),
        "{english}"
    );
    assert!(english.contains(
        "| 1 | Check-in \\| \\<script\\>alert(1)\\</script\\> | -1.50 | – | 0 % | standards not met |\n"
    ));
    assert!(english.contains("## What to do first: Check-in \\| \\<script\\>alert(1)\\</script\\>\n"));
    assert!(english.contains("Owner: head of \\`Front\\` \\*office\\* \\[x\\](http://e) \\<b\\>\n"));
    assert!(
        english.contains(
            "- \\=HYPERLINK(\"http://evil\") greet every customer within 30 seconds \\| \\`x\\` \\_y\\_\n"
        ),
        "{english}"
    );
    let polish = plan.markdown(Locale::Polish);
    assert!(
        polish.contains("Odpowiada: kierownik działu „\\`Front\\` \\*office\\* \\[x\\](http://e) \\<b\\>”\n")
    );
}

#[cfg(feature = "serde")]
#[test]
fn a_plan_with_its_context_causes_and_drivers_round_trips() {
    let plan = hotel_plan();
    let json = serde_json::to_value(&plan).unwrap();
    assert_eq!(json["site"], "Gdańsk");
    assert_eq!(json["period"], serde_json::json!(["2026-07-01", "2026-12-31"]));
    assert_eq!(json["answers"], 412);
    assert_eq!(
        json["first"],
        serde_json::json!({
            "subject": { "phase": "stay/check-in" },
            "department": "front-office",
            "owner": "Front office",
            "measure_again": "2027-06-30"
        })
    );
    assert_eq!(json["priorities"][0]["cause"], "not-met");
    assert_eq!(json["raise"]["name"], "Use of the room");
    let back: ImprovementPlan = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, plan);
    assert_eq!(back.markdown(Locale::Polish), plan.markdown(Locale::Polish));
    let toml = toml::to_string(&plan).unwrap();
    assert_eq!(toml::from_str::<ImprovementPlan>(&toml).unwrap(), plan);

    let model = hotel::hotel().unwrap();
    let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    let gaps = gaps([(phase("visit/staff"), 6.0, 5.5)]);
    let drivers = worked_drivers();
    let weighed =
        ImprovementPlan::builder(&model, &rules, &current, &gaps).drivers(&drivers).build().unwrap();
    let json = serde_json::to_string(&weighed).unwrap();
    assert_eq!(serde_json::from_str::<ImprovementPlan>(&json).unwrap(), weighed);

    let mut bad = serde_json::to_value(&plan).unwrap();
    bad["compliance_threshold"] = serde_json::json!(2.0);
    bad["period"] = serde_json::json!(["2026-12-31", "2026-07-01"]);
    bad["priorities"][0]["driver"] = serde_json::json!({ "importance": 1.5, "share": 50.0, "weight": -1.0 });
    let err = serde_json::from_value::<ImprovementPlan>(bad).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid improvement plan: priorities[0].driver.importance: measured value out of range `1.5`; \
         priorities[0].driver.weight: measured value out of range `-1`; \
         compliance_threshold: score outside the scale `2`; \
         period: the first day is after the last `2026-12-31 – 2026-07-01`"
    );
}

mod escaping {
    use proptest::prelude::*;

    use super::*;

    /// What Markdown or HTML would read as markup, a table's cell border or
    /// a line break, outside a backslash escape.
    fn unescaped_markup(line: &str) -> Option<char> {
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '|' | '<' | '>' | '`' | '*' | '_' | '[' | ']' | '~' | '&' | '#' => return Some(c),
                c if c.is_control() => return Some(c),
                _ => {}
            }
        }
        None
    }

    /// `text` with each backslash escape read as the character it escapes.
    fn unescaped(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            out.push(if c == '\\' { chars.next().unwrap_or(c) } else { c });
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Any site name, however written, stays on its line as text.
        #[test]
        fn any_site_name_stays_text_on_its_line(site in any::<String>()) {
            let (model, rules, current, _) = desk(Verdict::Pass, Verdict::Pass);
            let gaps = gaps([(phase("stay/desk"), 6.0, 5.0)]);
            let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps).site(site.clone()).build().unwrap();
            for locale in [Locale::English, Locale::Polish] {
                let text = plan.markdown(locale);
                let lines: Vec<&str> = text.lines().collect();
                // Title, blank, the site's line: the line after it is blank.
                prop_assert_eq!(lines[3], "");
                let value = lines[2].split_once(": ").map(|(_, v)| v).unwrap();
                prop_assert_eq!(unescaped_markup(value), None, "{}", value);
                prop_assert!(!value.starts_with(['=', '+', '-', '@']), "{}", value);
                // Nothing is lost: read back, it is the name with its line
                // breaks and control characters as spaces.
                let shown: String = site
                    .chars()
                    .map(|c| if c.is_control() || c == '\u{2028}' || c == '\u{2029}' { ' ' } else { c })
                    .collect();
                prop_assert_eq!(unescaped(value), shown);
            }
        }
    }
}
