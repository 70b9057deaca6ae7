//! Putting standards to work on a large model: the handbook and an audit of
//! 10,000 verdicts. See BENCHMARKS.md.

#[path = "../tests/support/generator.rs"]
mod generator;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use service_standards::*;

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
    let model = generator::model(2_000, 8);
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

criterion_group!(benches, render_handbook, score_audit);
criterion_main!(benches);
