//! The practice functions on large-ish generated inputs: the same results as
//! worked out here item by item. Not timed: the time each function takes as
//! its input grows is measured in `benches/practice.rs` (see BENCHMARKS.md).

#[path = "../../support/generator.rs"]
mod generator;

use std::collections::{BTreeMap, BTreeSet};

use service_standards::prelude::*;

/// A score on a 1-to-7 scale, to two decimals, from a number.
fn score(n: usize) -> f64 {
    1.0 + (n % 601) as f64 / 100.0
}

#[test]
fn gaps_of_16000_phases_are_each_phases_own_in_the_order_given() {
    let phases = 16_000;
    let subject = |n: usize| Subject::Phase(format!("sequence-{}/phase-{}", n / 10, n % 10).parse().unwrap());
    // Two items a phase, the second round in reverse, so a phase's items are far apart.
    let first = |n: usize| FeedbackItem::new(subject(n), score(n * 7), score(n * 13));
    let second = |n: usize| FeedbackItem::new(subject(n), score(n * 11), score(n * 3));
    let feedback = Feedback::builder(Scale::new(1.0, 7.0).unwrap())
        .items((0..phases).map(first))
        .items((0..phases).rev().map(second))
        .build()
        .unwrap();
    let gaps = feedback.gaps();
    assert!(gaps.by_dimension().is_empty());
    assert_eq!(gaps.by_phase().len(), phases);
    for (n, gap) in gaps.by_phase().iter().enumerate() {
        assert_eq!(gap.subject(), &subject(n));
        let expected = (score(n * 13) - score(n * 7) + (score(n * 3) - score(n * 11))) / 2.0;
        assert_eq!(gap.difference(), expected, "phase {n}");
        assert_eq!(gap.expectation(), (score(n * 7) + score(n * 11)) / 2.0, "phase {n}");
        assert_eq!(gap.perception(), (score(n * 13) + score(n * 3)) / 2.0, "phase {n}");
        assert_eq!(gap.importance(), 1.0);
    }
    // Worst first; gaps equal to nine decimals in the order first given.
    let place: BTreeMap<String, usize> =
        gaps.by_phase().iter().enumerate().map(|(n, g)| (g.subject().to_string(), n)).collect();
    let keys: Vec<(i64, usize)> = gaps
        .priorities()
        .iter()
        .map(|g| ((g.difference() * 1e9).round() as i64, place[&g.subject().to_string()]))
        .collect();
    assert_eq!(keys.len(), phases);
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "priorities out of order");
}

#[test]
fn the_handbook_of_one_phase_of_2000_steps_gives_each_department_its_own() {
    let (steps, departments) = (2_000, 200);
    let model = generator::one_phase(steps, departments, 21);
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let book = Handbook::new(&model, &set).markdown();
    let chapters: Vec<&str> = book.split("\n## Department ").skip(1).collect();
    assert_eq!(chapters.len(), departments);
    // Each standard's id, by the step it belongs to.
    let mut of_step: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for s in &set {
        let step: usize = s.step().step().as_str()["step-".len()..].parse().unwrap();
        of_step.entry(step).or_default().push(s.id().to_string());
    }
    let mut listed = 0;
    for (d, chapter) in chapters.iter().enumerate() {
        assert!(chapter.starts_with(&format!("{d}\n")), "chapter {d}");
        let mine: Vec<usize> = (d..steps).step_by(departments).collect();
        // Its contact situations: its own steps, in order.
        let situations: Vec<&str> = chapter
            .lines()
            .filter(|l| l.contains(". Service line › All steps: "))
            .map(|l| l.split_once(": ").unwrap().1.split(" (").next().unwrap())
            .collect();
        let names: Vec<String> = mine.iter().map(|s| format!("Moment of contact {s}")).collect();
        assert_eq!(situations, names, "chapter {d}");
        // Its standards, each with the name of its own step as the situation.
        let lines: Vec<&str> = chapter.lines().collect();
        let mut ids = BTreeSet::new();
        // Standards of steps, not the chapter's policies (whose ids name no step).
        for line in lines.iter().filter(|l| l.starts_with("  *") && l.contains("@")) {
            let id = line.rsplit('`').nth(1).unwrap();
            let step: usize = id.rsplit("/step-").next().unwrap().parse().unwrap();
            assert!(line.contains(&format!("* Moment of contact {step} ·")), "{line}");
            assert!(ids.insert(id.to_owned()), "{id} listed twice");
        }
        let expected: BTreeSet<String> =
            mine.iter().flat_map(|s| of_step.get(s).into_iter().flatten().cloned()).collect();
        assert_eq!(ids, expected, "chapter {d}");
        listed += ids.len();
    }
    assert_eq!(listed, set.len());
}

/// Every chapter at once is each department's chapter as asked for one by
/// one, and as the whole handbook gives it, in Markdown and in text.
#[test]
fn every_chapter_at_once_is_each_chapter_asked_for_alone() {
    let (steps, departments) = (400, 40);
    let model = generator::one_phase(steps, departments, 22);
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let book = Handbook::new(&model, &set);
    let markdown = book.chapters_markdown();
    let text = book.chapters_text();
    assert_eq!(markdown.len(), departments);
    assert_eq!(text.len(), departments);
    let whole = book.markdown();
    let mut with_policies = 0;
    for (n, ((department, md), (same, txt))) in markdown.iter().zip(&text).enumerate() {
        assert_eq!(department.id().as_str(), format!("department-{n}"));
        assert_eq!(department.id(), same.id());
        assert_eq!(Some(md), book.department_markdown(department.id().as_str()).as_ref());
        assert_eq!(Some(txt), book.department_text(department.id().as_str()).as_ref());
        assert!(whole.contains(md.as_str()), "chapter {n} is not in the handbook");
        // The chapters with policies list them (department-0 has on-brand behaviours too).
        let policies = set.policies_of(Some(department.id().as_str())).count();
        assert_eq!(md.contains("### Policies"), policies > 0, "chapter {n}");
        with_policies += usize::from(policies > 0);
    }
    assert!(with_policies > departments / 2, "{with_policies} chapters with policies");
}

#[test]
fn the_blueprint_of_2000_departments_by_2000_steps_names_each_steps_own() {
    let steps = 2_000;
    let model = generator::one_phase(steps, steps, 22);
    let chart = Blueprint::new(&model).mermaid("line").unwrap();
    let nodes: Vec<&str> = chart.lines().filter(|l| l.contains("[\"Moment of contact ")).collect();
    assert_eq!(nodes.len(), steps);
    for (s, node) in nodes.iter().enumerate() {
        assert!(node.starts_with(&format!("        s1_{}[\"Moment of contact {s}<br/>", s + 1)), "{node}");
        assert!(node.ends_with(&format!(" · Department {s}\"]")), "{node}");
    }
}

#[test]
fn an_audit_of_every_standard_of_2000_steps_scores_as_counted_here() {
    let model = generator::model(2_000, 23);
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let audit = generator::audit(&set);
    let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
    // The generator's rotation: pass, fail, pass, not applicable, not observed; every 7th critical.
    let (mut passed, mut scored) = (0.0, 0.0);
    let mut counts = [0; 4];
    let mut failed_critical = Vec::new();
    for (i, s) in set.iter().enumerate() {
        let weight = if i % 7 == 0 { AuditEntry::CRITICAL_WEIGHT } else { 1.0 };
        match i % 5 {
            0 | 2 => {
                counts[0] += 1;
                passed += weight;
                scored += weight;
            }
            1 => {
                counts[1] += 1;
                scored += weight;
                if i % 7 == 0 {
                    failed_critical.push(s.id());
                }
            }
            3 => counts[2] += 1,
            _ => counts[3] += 1,
        }
    }
    let tally = report.overall();
    let found =
        [Verdict::Pass, Verdict::Fail, Verdict::NotApplicable, Verdict::NotObserved].map(|v| tally.count(v));
    assert_eq!(found, counts);
    assert_eq!(tally.score(), Some(passed / scored));
    assert_eq!(report.failed_critical(), failed_critical);
    assert_eq!(report.passes(0.0), Ok(false));
    assert!(report.stale().is_empty() && report.conflicts().is_empty() && report.mismatched().is_empty());
    assert_eq!(report.items().len(), set.len());
    // By phase: every phase of the model, each with its own standards.
    let mut per_phase: BTreeMap<String, usize> = BTreeMap::new();
    for s in &set {
        *per_phase.entry(format!("{}/{}", s.step().sequence(), s.step().phase())).or_default() += 1;
    }
    let by_phase: BTreeMap<String, usize> =
        report.by_phase().into_iter().map(|(p, t)| (p.to_string(), t.total())).collect();
    assert_eq!(by_phase, per_phase);
}

#[test]
fn checklists_and_diffs_of_2000_steps_take_what_they_should() {
    let model = generator::model(2_000, 24);
    let rules = RuleSet::catalogue();
    let (basic, exclusive) =
        (rules.derive(&model, ServiceLevel::Basic), rules.derive(&model, ServiceLevel::Exclusive));
    let list = Checklist::new(&exclusive, &ChecklistFilter::new().department("billing"));
    let ids: Vec<StandardId> = list.items().iter().map(|i| i.standard().id()).collect();
    let expected: Vec<StandardId> = exclusive
        .iter()
        .filter(|s| s.department().map(Id::as_str) == Some("billing"))
        .map(Standard::id)
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(list.markdown(Locale::English).lines().count(), 2 + expected.len());

    let diff = SetDiff::between(&basic, &exclusive);
    let old: BTreeMap<StandardId, &Standard> = basic.iter().map(|s| (s.id(), s)).collect();
    let new: BTreeMap<StandardId, &Standard> = exclusive.iter().map(|s| (s.id(), s)).collect();
    let added: Vec<StandardId> = new.keys().filter(|id| !old.contains_key(id)).cloned().collect();
    let removed: Vec<StandardId> = old.keys().filter(|id| !new.contains_key(id)).cloned().collect();
    let targets: Vec<(StandardId, Target, Target)> = old
        .iter()
        .filter_map(|(id, s)| new.get(id).map(|n| (id.clone(), s.target(), n.target())))
        .filter(|(_, a, b)| a != b)
        .collect();
    assert!(!added.is_empty() && !targets.is_empty());
    assert_eq!(diff.added(), added);
    assert_eq!(diff.removed(), removed);
    let changed: Vec<(StandardId, Target, Target)> =
        diff.target_changed().iter().map(|c| (c.id().clone(), c.before(), c.after())).collect();
    assert_eq!(changed, targets);
}

/// A set whose standards do not follow the model's order (here, read from
/// a document listing them in reverse) gives each standard the same
/// phase, step name and department in the handbook as the set in order:
/// the same lines, in another order within each phase.
#[cfg(feature = "serde")]
#[test]
fn a_handbook_of_standards_out_of_the_models_order_names_each_ones_own_step() {
    let model = generator::model(300, 23);
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let mut doc: serde_json::Value = serde_json::to_value(&set).unwrap();
    doc["standards"].as_array_mut().unwrap().reverse();
    let reversed: StandardSet = serde_json::from_value(doc).unwrap();
    assert_eq!(reversed.iter().next(), set.iter().last());
    let lines = |set: &StandardSet| {
        let mut lines: Vec<String> =
            Handbook::new(&model, set).markdown().lines().map(str::to_owned).collect();
        lines.sort();
        lines
    };
    let (in_order, out_of_order) = (lines(&set), lines(&reversed));
    assert!(in_order.iter().filter(|l| l.contains("*situation:* Moment of contact ")).count() > 1_000);
    assert_eq!(out_of_order, in_order);
}
