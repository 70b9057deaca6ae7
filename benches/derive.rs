//! Derivation: throughput on large generated models, linearity in steps and
//! in departments, the cost of rules that cannot match, and building models. See BENCHMARKS.md.

#[path = "../tests/support/generator.rs"]
mod generator;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use service_standards::prelude::*;

fn derive_levels(c: &mut Criterion) {
    let model = generator::model(10_000, 1);
    let rules = RuleSet::catalogue();
    let mut group = c.benchmark_group("derive/catalogue/10000-steps");
    for level in ServiceLevel::ALL {
        let standards = rules.derive(&model, *level).len() as u64;
        group.throughput(Throughput::Elements(standards));
        group.bench_function(BenchmarkId::from_parameter(level), |b| {
            b.iter_with_large_drop(|| rules.derive(black_box(&model), *level))
        });
    }
    group.finish();
}

fn derive_linearity(c: &mut Criterion) {
    let rules = RuleSet::catalogue();
    let mut group = c.benchmark_group("derive/steps");
    group.sample_size(10);
    for steps in [10, 1_000, 10_000, 100_000] {
        let model = generator::model(steps, 2);
        group.throughput(Throughput::Elements(steps as u64));
        group.bench_function(BenchmarkId::from_parameter(steps), |b| {
            b.iter_with_large_drop(|| rules.derive(black_box(&model), ServiceLevel::Expected))
        });
    }
    group.finish();
}

/// Derivation over one phase of 2,000 to 128,000 steps, owned in turn by a
/// tenth as many departments: each department has policies of its own, so
/// a look-up that scans the policies found so far would make the time grow
/// with the square of the departments.
fn derive_departments(c: &mut Criterion) {
    let rules = RuleSet::catalogue();
    let mut group = c.benchmark_group("derive/departments");
    group.sample_size(10);
    for steps in [2_000, 16_000, 128_000] {
        let model = generator::one_phase(steps, steps / 10, 12);
        group.throughput(Throughput::Elements(steps as u64));
        group.bench_function(BenchmarkId::from_parameter(steps), |b| {
            b.iter_with_large_drop(|| rules.derive(black_box(&model), ServiceLevel::Expected))
        });
    }
    group.finish();
}

fn derive_with_unmatched_rules(c: &mut Criterion) {
    let model = generator::model(10_000, 3);
    let catalogue = RuleSet::catalogue();
    let mut group = c.benchmark_group("derive/unmatched-rules");
    group.sample_size(20);
    for times in [0, 10, 100] {
        let extra = generator::unmatched_rules(catalogue.len() * times)
            .into_iter()
            .fold(RuleSet::builder(), RuleSetBuilder::rule)
            .build()
            .unwrap();
        let rules = catalogue.merge(&extra).unwrap();
        group.bench_function(BenchmarkId::from_parameter(format!("{times}x")), |b| {
            b.iter_with_large_drop(|| rules.derive(black_box(&model), ServiceLevel::Expected))
        });
    }
    group.finish();
}

fn build_models(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(20);
    let draft = generator::builder(10_000, 4);
    group.bench_function("validate/10000-steps", |b| b.iter(|| black_box(draft.clone()).build().unwrap()));
    group.bench_function("builders-and-validate/10000-steps", |b| b.iter(|| generator::model(10_000, 4)));
    group.finish();
}

criterion_group!(
    benches,
    derive_levels,
    derive_linearity,
    derive_departments,
    derive_with_unmatched_rules,
    build_models
);
criterion_main!(benches);
