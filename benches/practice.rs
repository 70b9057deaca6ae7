//! Putting standards to work: the handbook and an audit of 10,000 verdicts
//! on a large model, and every practice function at two sizes 8 × apart, to
//! check that its time grows at most 10 × (linear or n log n, no look-up
//! that scans the input inside a loop over it). See BENCHMARKS.md.

#[path = "../tests/support/generator.rs"]
mod generator;

use std::{hint::black_box, time::Duration};

use criterion::{
    BenchmarkGroup, BenchmarkId, Criterion, criterion_group, criterion_main, measurement::WallTime,
};
use service_standards::prelude::*;

fn render_handbook(c: &mut Criterion) {
    let model = generator::model(10_000, 5);
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let mut group = c.benchmark_group("handbook");
    group.sample_size(10);
    group.bench_function("markdown/10000-steps", |b| {
        b.iter(|| Handbook::new(black_box(&model), &set).markdown())
    });
    group.finish();
}

fn score_audit(c: &mut Criterion) {
    // Enough steps for 10,000 standards to audit (about 4.7 a step).
    let model = generator::model(3_000, 8);
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let verdicts =
        [Verdict::Pass, Verdict::Fail, Verdict::Pass, Verdict::NotApplicable, Verdict::NotObserved];
    let audit = Audit::builder()
        .entries(set.iter().take(10_000).enumerate().map(|(i, s)| {
            let entry = AuditEntry::new(s.id().to_string()).verdict(verdicts[i % verdicts.len()]);
            if i % 7 == 0 { entry.critical() } else { entry }
        }))
        .build()
        .unwrap();
    assert_eq!(audit.len(), 10_000);
    let checklist = Checklist::new(&set, &ChecklistFilter::new());
    let mut group = c.benchmark_group("audit");
    group.sample_size(20);
    group.bench_function("score/10000-verdicts", |b| b.iter(|| black_box(&audit).score(&checklist)));
    group.finish();
}

/// The sizes of every growth benchmark: each 8 × the one before. The
/// smallest fits this machine's 2 MiB L2 cache and the others do not, so
/// 2,000 → 16,000 also measures the cache, and 16,000 → 128,000 the
/// algorithm alone (BENCHMARKS.md, "Practice functions").
const SIZES: [usize; 3] = [2_000, 16_000, 128_000];

/// A growth group: few samples and short runs, so that the whole bench
/// takes a few minutes on two cores.
fn growth<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(format!("growth/{name}"));
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    group
}

/// `Feedback::gaps` over 2,000 and 16,000 phases (two items each, and the
/// seven dimensions).
fn growth_gaps(c: &mut Criterion) {
    let mut group = growth(c, "gaps");
    for phases in SIZES {
        let feedback = generator::feedback(phases, 11);
        group.bench_with_input(BenchmarkId::from_parameter(phases), &feedback, |b, f| b.iter(|| f.gaps()));
    }
    group.finish();
}

/// The Markdown handbook of one phase of 2,000 and 16,000 steps, owned in
/// turn by a tenth as many departments (200 and 1,600), at expected level.
fn growth_handbook(c: &mut Criterion) {
    let mut group = growth(c, "handbook-markdown");
    for steps in SIZES {
        let model = generator::one_phase(steps, steps / 10, 12);
        let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
        group.bench_with_input(BenchmarkId::from_parameter(steps), &(model, set), |b, (model, set)| {
            b.iter(|| Handbook::new(model, set).markdown())
        });
    }
    group.finish();
}

/// The blueprint of one phase of N steps, each owned by its own department
/// (N departments × N steps), for N = 2,000 and 16,000.
fn growth_blueprint(c: &mut Criterion) {
    let mut group = growth(c, "blueprint");
    for steps in SIZES {
        let model = generator::one_phase(steps, steps, 13);
        group.bench_with_input(BenchmarkId::from_parameter(steps), &model, |b, model| {
            b.iter(|| Blueprint::new(model).mermaid("line"))
        });
    }
    group.finish();
}

/// A checklist of one department's standards and its Markdown form, on the
/// generated models of 2,000 and 16,000 steps at expected level.
fn growth_checklist(c: &mut Criterion) {
    let mut group = growth(c, "checklist");
    for steps in SIZES {
        let model = generator::model(steps, 14);
        let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
        let filter = ChecklistFilter::new().department("front-office");
        group.bench_with_input(BenchmarkId::from_parameter(steps), &set, |b, set| {
            b.iter(|| Checklist::new(set, &filter).markdown(Locale::English))
        });
    }
    group.finish();
}

/// Scoring an audit with an entry for every standard of the generated
/// models of 2,000 and 16,000 steps at expected level.
fn growth_audit(c: &mut Criterion) {
    let mut group = growth(c, "audit-score");
    for steps in SIZES {
        let model = generator::model(steps, 15);
        let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
        let audit = generator::audit(&set);
        let checklist = Checklist::new(&set, &ChecklistFilter::new());
        group.bench_with_input(BenchmarkId::from_parameter(steps), &(audit, checklist), |b, (a, list)| {
            b.iter(|| a.score(list))
        });
    }
    group.finish();
}

/// The diff of the basic and the exclusive sets of the generated models of
/// 2,000 and 16,000 steps (fresh copies each time, so that the look-up
/// index the diff builds is counted; the copies are made and dropped
/// outside the timing).
fn growth_set_diff(c: &mut Criterion) {
    let mut group = growth(c, "set-diff");
    for steps in SIZES {
        let model = generator::model(steps, 16);
        let rules = RuleSet::catalogue();
        let sets = (rules.derive(&model, ServiceLevel::Basic), rules.derive(&model, ServiceLevel::Exclusive));
        group.bench_with_input(BenchmarkId::from_parameter(steps), &sets, |b, (old, new)| {
            b.iter_batched_ref(
                || (old.clone(), new.clone()),
                |(old, new)| SetDiff::between(old, new),
                criterion::BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, render_handbook, score_audit);
criterion_group!(
    growth_benches,
    growth_gaps,
    growth_handbook,
    growth_blueprint,
    growth_checklist,
    growth_audit,
    growth_set_diff
);
criterion_main!(benches, growth_benches);
