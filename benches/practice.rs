//! Putting standards to work: the handbook and an audit of 10,000 verdicts
//! on a large model, and every practice function at two sizes 8 × apart, to
//! check that its time grows at most 10 × (linear or n log n, no look-up
//! that scans the input inside a loop over it). See BENCHMARKS.md.

#[path = "../tests/support/generator.rs"]
mod generator;

use std::{hint::black_box, time::Duration};

use criterion::{
    BatchSize, Bencher, BenchmarkGroup, BenchmarkId, Criterion, criterion_group, criterion_main,
    measurement::WallTime,
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
/// smallest fits this machine's 2 MiB L2 cache and the others do not
/// (BENCHMARKS.md, "Practice functions").
const SIZES: [usize; 3] = [2_000, 16_000, 128_000];

/// How each call of a growth benchmark starts.
#[derive(Debug, Clone, Copy)]
enum Start {
    /// Calls back to back (`growth/…`): a small input is still in the
    /// caches from the call before, which a large one cannot be.
    Warm,
    /// Each call after [`EVICT`] bytes have been written elsewhere
    /// (`growth-cold/…`), as a call in a service starts: the caches of the
    /// core hold other data at every size, so the ratio between sizes
    /// measures the function's work rather than whether its input fits
    /// the cache. The writing is not timed; dropping the output is, as in
    /// a warm start.
    Cold,
}

/// What a cold start writes before each call: 4 × the L2 cache.
const EVICT: usize = 8 << 20;

/// Writes every word of `other`, pushing what the caches held out.
fn evict(other: &mut [u64]) {
    for (n, word) in other.iter_mut().enumerate() {
        *word = word.wrapping_add(n as u64);
    }
    black_box(other);
}

/// Times `f` started as `start` says.
fn time<O>(b: &mut Bencher<'_>, start: Start, mut f: impl FnMut() -> O) {
    match start {
        Start::Warm => b.iter(f),
        Start::Cold => {
            let mut other = vec![0_u64; EVICT / 8];
            b.iter_batched(|| evict(&mut other), |()| drop(black_box(f())), BatchSize::PerIteration);
        }
    }
}

/// A growth group: few samples and short runs, so that the whole bench
/// takes a few minutes on two cores.
fn growth<'a>(c: &'a mut Criterion, name: &str, start: Start) -> BenchmarkGroup<'a, WallTime> {
    let prefix = match start {
        Start::Warm => "growth",
        Start::Cold => "growth-cold",
    };
    let mut group = c.benchmark_group(format!("{prefix}/{name}"));
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    group
}

/// Both starts, in turn.
const STARTS: [Start; 2] = [Start::Warm, Start::Cold];

/// The inputs a start runs: warm every size, cold the first two (the
/// pair issue 12 names; the largest would add minutes to every run).
fn sizes<T>(inputs: &[(usize, T)], start: Start) -> &[(usize, T)] {
    match start {
        Start::Warm => inputs,
        Start::Cold => inputs.get(..2).unwrap_or(inputs),
    }
}

/// `Feedback::gaps` over 2,000 to 128,000 phases (two items each, and the
/// seven dimensions).
fn growth_gaps(c: &mut Criterion) {
    let inputs: Vec<_> = SIZES.iter().map(|&phases| (phases, generator::feedback(phases, 11))).collect();
    for start in STARTS {
        let mut group = growth(c, "gaps", start);
        for (phases, feedback) in sizes(&inputs, start) {
            group.bench_with_input(BenchmarkId::from_parameter(phases), feedback, |b, f| {
                time(b, start, || f.gaps())
            });
        }
        group.finish();
    }
}

/// The Markdown handbook of one phase of 2,000 to 128,000 steps, owned in
/// turn by a tenth as many departments, at expected level.
fn growth_handbook(c: &mut Criterion) {
    let inputs: Vec<_> = SIZES
        .iter()
        .map(|&steps| {
            let model = generator::one_phase(steps, steps / 10, 12);
            let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
            (steps, (model, set))
        })
        .collect();
    for start in STARTS {
        let mut group = growth(c, "handbook-markdown", start);
        for (steps, input) in sizes(&inputs, start) {
            group.bench_with_input(BenchmarkId::from_parameter(steps), input, |b, (model, set)| {
                time(b, start, || Handbook::new(model, set).markdown())
            });
        }
        group.finish();
    }
}

/// The blueprint of one phase of N steps, each owned by its own department
/// (N departments × N steps), for N = 2,000 to 128,000.
fn growth_blueprint(c: &mut Criterion) {
    let inputs: Vec<_> = SIZES.iter().map(|&steps| (steps, generator::one_phase(steps, steps, 13))).collect();
    for start in STARTS {
        let mut group = growth(c, "blueprint", start);
        for (steps, model) in sizes(&inputs, start) {
            group.bench_with_input(BenchmarkId::from_parameter(steps), model, |b, model| {
                time(b, start, || Blueprint::new(model).mermaid("line"))
            });
        }
        group.finish();
    }
}

/// A checklist of one department's standards and its Markdown form, on the
/// generated models of 2,000 to 128,000 steps at expected level.
fn growth_checklist(c: &mut Criterion) {
    let inputs: Vec<_> = SIZES
        .iter()
        .map(|&steps| {
            let model = generator::model(steps, 14);
            (steps, RuleSet::catalogue().derive(&model, ServiceLevel::Expected))
        })
        .collect();
    let filter = ChecklistFilter::new().department("front-office");
    for start in STARTS {
        let mut group = growth(c, "checklist", start);
        for (steps, set) in sizes(&inputs, start) {
            group.bench_with_input(BenchmarkId::from_parameter(steps), set, |b, set| {
                time(b, start, || Checklist::new(set, &filter).markdown(Locale::English))
            });
        }
        group.finish();
    }
}

/// Scoring an audit with an entry for every standard of the generated
/// models of 2,000 to 128,000 steps at expected level.
fn growth_audit(c: &mut Criterion) {
    let inputs: Vec<_> = SIZES
        .iter()
        .map(|&steps| {
            let model = generator::model(steps, 15);
            let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
            let audit = generator::audit(&set);
            let checklist = Checklist::new(&set, &ChecklistFilter::new());
            (steps, (audit, checklist))
        })
        .collect();
    for start in STARTS {
        let mut group = growth(c, "audit-score", start);
        for (steps, input) in sizes(&inputs, start) {
            group.bench_with_input(BenchmarkId::from_parameter(steps), input, |b, (a, list)| {
                time(b, start, || a.score(list))
            });
        }
        group.finish();
    }
}

/// The diff of the basic and the exclusive sets of the generated models of
/// 2,000 to 128,000 steps (fresh copies each time, so that the look-up
/// index the diff builds is counted; the copies are made and dropped
/// outside the timing, the diff dropped inside it; a cold start writes
/// [`EVICT`] bytes after copying).
fn growth_set_diff(c: &mut Criterion) {
    let rules = RuleSet::catalogue();
    let inputs: Vec<_> = SIZES
        .iter()
        .map(|&steps| {
            let model = generator::model(steps, 16);
            (
                steps,
                (rules.derive(&model, ServiceLevel::Basic), rules.derive(&model, ServiceLevel::Exclusive)),
            )
        })
        .collect();
    for start in STARTS {
        let mut group = growth(c, "set-diff", start);
        for (steps, sets) in sizes(&inputs, start) {
            group.bench_with_input(BenchmarkId::from_parameter(steps), sets, |b, (old, new)| {
                let mut other = vec![0_u64; EVICT / 8];
                b.iter_batched_ref(
                    || {
                        let copies = (old.clone(), new.clone());
                        if matches!(start, Start::Cold) {
                            evict(&mut other);
                        }
                        copies
                    },
                    |(old, new)| drop(black_box(SetDiff::between(old, new))),
                    match start {
                        Start::Warm => BatchSize::LargeInput,
                        Start::Cold => BatchSize::PerIteration,
                    },
                )
            });
        }
        group.finish();
    }
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
