//! Growth scan: each public function the crate offers, on inputs that grow
//! along one axis at a time (departments, sequences, phases, steps, rules,
//! scope ids, rows, …), run once on a size given on the command line, so
//! that `scripts/growth-scan.sh` can count its instructions at n and 8 n
//! under callgrind. Instruction counts, unlike times, do not depend on the
//! caches or on other work on the machine: a linear function gives about
//! 8 ×, n log n about 10 ×, and a look-up that scans its input inside a
//! loop over it much more. See TESTING.md, "Growth scan".
//!
//! Usage: `growth-scan CASE N` runs one case; `growth-scan --list` lists
//! the cases with the size each is scanned at.

#[path = "../../../tests/support/generator.rs"]
mod generator;

use service_standards::jiff;
use service_standards::prelude::*;
use std::hint::black_box;

/// Runs `f`, the only code callgrind counts (`--toggle-collect`).
#[inline(never)]
fn measured<T>(f: impl FnOnce() -> T) -> T {
    let out = f();
    black_box(&out);
    out
}

const MIXES: [&[Channel]; 3] =
    [&[Channel::FaceToFace], &[Channel::Telephone, Channel::Email], &[Channel::Chat]];

/// `seqs` sequences × `phases` phases × `steps` steps; departments round-robin over `depts` (0 = none).
fn shape(seqs: usize, phases: usize, steps: usize, depts: usize, per_dept_behaviour: bool) -> ServiceModel {
    let mut rng = generator::Rng::new(7);
    let mut brand =
        Brand::builder().emotions([Emotion::Warmth, Emotion::Trust]).on_brand("Smile").off_brand("Argue");
    if per_dept_behaviour {
        for d in 0..depts {
            brand = brand.on_brand_in(format!("d-{d}"), format!("Know regulars {d}"));
            brand = brand.off_brand_in(format!("d-{d}"), format!("Ignore {d}"));
        }
    }
    let mut m = ServiceModel::builder("Gen")
        .profile(ServiceProfile::builder().contact(ContactLevel::High).build())
        .brand(brand);
    for d in 0..depts {
        m = m.departments([Department::new(&format!("d-{d}"), format!("Dept {d}")).unwrap()]);
    }
    let mut k = 0usize;
    for q in 0..seqs {
        let mut sq = Sequence::builder(format!("s-{q}"), format!("Seq {q}"));
        for p in 0..phases {
            let mut ph = Phase::builder(format!("p-{p}"), format!("Phase {p}"))
                .channels(rng.pick(&MIXES).iter().copied());
            for s in 0..steps {
                let mut st = Step::builder(format!("t-{s}"), format!("Step {s}"))
                    .moment(rng.pick(MomentKind::ALL))
                    .characteristics((0..3).map(|_| rng.pick(Characteristic::ALL)))
                    .customer_action(format!("acts {s}"))
                    .backstage(format!("works {s}"));
                if depts > 0 {
                    st = st.department(format!("d-{}", k % depts));
                }
                k += 1;
                ph = ph.step(st);
            }
            sq = sq.phase(ph);
        }
        m = m.sequence(sq);
    }
    m.build().unwrap()
}

fn rule(id: String, concern: Option<String>) -> RuleBuilder {
    let mut r = Rule::builder(id)
        .when(Condition::builder().moments(MomentKind::ALL.iter().copied()))
        .kind(StandardKind::Procedure)
        .dimension(QualityDimension::Reliability)
        .statement("Do the thing {target}")
        .targets(LevelTargets::same(Target::within_hours(1)));
    if let Some(c) = concern {
        r = r.concern(c);
    }
    r
}

fn rules_set(n: usize, f: impl Fn(usize) -> RuleBuilder) -> RuleSet {
    let mut b = RuleSet::builder();
    for i in 0..n {
        b = b.rule(f(i));
    }
    b.build().unwrap()
}

fn csv_rows(rows: usize, phases_in_model: usize, respondents: usize, days: usize) -> String {
    let mut out = String::from("respondent,date,subject,measure,expectation,perception,score,site,channel\n");
    let mut rng = generator::Rng::new(3);
    let base = jiff::civil::date(2000, 1, 1);
    for i in 0..rows {
        let r = i % respondents.max(1);
        let d = base.checked_add(jiff::Span::new().days((i % days.max(1)) as i64)).unwrap();
        let p = rng.below(phases_in_model.max(1));
        let site = ["krakow", "gdansk", ""][i % 3];
        let ch = ["face-to-face", "telephone", "email", ""][i % 4];
        if i % 2 == 0 {
            out.push_str(&format!(
                "r{r}-{i},{d},s-0/p-{p},servqual,{},{},,{site},{ch}\n",
                1 + i % 7,
                1 + (i / 7) % 7
            ));
        } else {
            out.push_str(&format!("r{r}-{i},{d},s-0/p-{p},nps,,,{},{site},{ch}\n", i % 11));
        }
    }
    out
}

/// Every case, in the order scanned, with the size n it runs at (it also
/// runs at 8 n): large enough that fixed costs do not hide the growth,
/// small enough that 8 n takes under a minute under callgrind.
const CASES: &[(&str, usize)] = &[
    ("derive-depts", 1000),
    ("derive-seqs", 1000),
    ("derive-phases", 1000),
    ("derive-steps", 1000),
    ("derive-model", 2000),
    ("derive-rules-distinct", 100),
    ("derive-rules-unmatched", 200),
    ("derive-rules-same-concern", 100),
    ("derive-rules-once", 100),
    ("derive-rules-policy", 100),
    ("derive-policy-depts", 500),
    ("handbook-policy-depts", 500),
    ("checklist-policy-depts", 500),
    ("audit-policy-depts", 500),
    ("set-json-load-policies", 300),
    ("diff-rules-distinct", 100),
    ("handbook-rules-distinct", 100),
    ("derive-scope-steps", 500),
    ("derive-scope-phases", 500),
    ("derive-scope-depts", 500),
    ("unknown-scopes", 500),
    ("derive-with-levels", 1000),
    ("levels-build-sorted", 2000),
    ("levels-extend-reverse", 2000),
    ("set-load-json-levels-reverse", 2000),
    ("ruleset-build", 500),
    ("ruleset-merge-new", 500),
    ("ruleset-merge-override", 500),
    ("ruleset-json-load", 300),
    ("ruleset-json-save", 300),
    ("ruleset-toml-load", 200),
    ("model-build-steps", 2000),
    ("model-build-depts", 2000),
    ("model-build-phases", 2000),
    ("model-build-seqs", 2000),
    ("model-json-load", 1000),
    ("model-json-save", 1000),
    ("model-toml-load", 1000),
    ("model-toml-save", 1000),
    ("model-to-builder", 1000),
    ("set-json-save", 1000),
    ("set-json-load", 1000),
    ("set-toml-load", 500),
    ("set-json-load-depts", 1000),
    ("set-listing", 1000),
    ("set-coverage-phases", 1000),
    ("set-get-all", 1000),
    ("set-policies-of", 1000),
    ("issued-json-roundtrip", 1000),
    ("handbook-depts", 500),
    ("handbook-text-depts", 500),
    ("handbook-phases", 1000),
    ("handbook-seqs", 1000),
    ("handbook-steps", 1000),
    ("handbook-levels", 1000),
    ("handbook-dept-md", 1000),
    ("handbook-chapters", 500),
    ("checklist-all", 1000),
    ("checklist-filter", 1000),
    ("checklist-policies-depts", 1000),
    ("audit-score", 1000),
    ("audit-score-reversed", 1000),
    ("audit-score-depts", 1000),
    ("audit-score-strict-stale", 1000),
    ("audit-build", 1000),
    ("audit-json-load", 1000),
    // The growth benches' own inputs and sizes (`benches/practice.rs`,
    // `growth/…`, and `benches/growth.rs`), the output dropped inside the
    // count as the benches drop it inside the timing.
    ("bench-gaps", 2000),
    ("bench-handbook-markdown", 2000),
    ("bench-blueprint", 2000),
    ("bench-checklist", 2000),
    ("bench-audit-score", 2000),
    ("bench-set-diff", 2000),
    ("feedback-gaps", 2000),
    ("feedback-json-load", 2000),
    ("plan", 100),
    ("plan-intervals", 1000),
    ("diff", 1000),
    ("diff-loaded", 1000),
    ("diff-reordered", 1000),
    ("blueprint-steps", 1000),
    ("blueprint-phases", 1000),
    ("blueprint-last-seq", 1000),
    ("csv-strict-model", 2000),
    ("csv-lenient-model", 2000),
    ("csv-aggregate-model", 2000),
    ("csv-strict-periods", 2000),
    ("responses-aggregate", 2000),
    ("responses-feedback", 2000),
    ("responses-series", 2000),
    ("responses-build-for", 2000),
    ("responses-filtered", 2000),
    ("chart-gaps", 100),
    ("chart-compliance-phase", 100),
    ("chart-compliance-dept", 100),
    ("chart-over-time", 100),
    ("chart-over-time-series", 20),
    ("chart-over-time-points", 100),
];

fn main() {
    if std::env::args().nth(1).as_deref() == Some("--list") {
        for (case, n) in CASES {
            println!("{case} {n}");
        }
        return;
    }
    let case = std::env::args().nth(1).unwrap();
    let n: usize = std::env::args().nth(2).unwrap().parse().unwrap();
    let cat = RuleSet::catalogue();
    let lvl = ServiceLevel::Expected;
    match case.as_str() {
        // ---- derive
        "derive-depts" => {
            let m = generator::one_phase(n, n, 1);
            measured(|| cat.derive(&m, lvl));
        }
        "derive-seqs" => {
            let m = shape(n, 1, 1, 6, false);
            measured(|| cat.derive(&m, lvl));
        }
        "derive-phases" => {
            let m = shape(1, n, 1, 6, false);
            measured(|| cat.derive(&m, lvl));
        }
        "derive-steps" => {
            let m = shape(1, 1, n, 6, false);
            measured(|| cat.derive(&m, lvl));
        }
        "derive-model" => {
            let m = generator::model(n, 1);
            measured(|| cat.derive(&m, lvl));
        }
        "derive-rules-distinct" => {
            // n user rules, each its own concern, all matching every step of a 20-step model
            let m = shape(1, 2, 10, 2, false);
            let r = rules_set(n, |i| rule(format!("r-{i}"), None));
            measured(|| r.derive(&m, lvl));
        }
        "derive-rules-unmatched" => {
            let m = shape(1, 2, 10, 2, false);
            let r = {
                let mut b = RuleSet::builder();
                for x in generator::unmatched_rules(n) {
                    b = b.rule(x);
                }
                b.build().unwrap()
            };
            measured(|| r.derive(&m, lvl));
        }
        "derive-rules-same-concern" => {
            let m = shape(1, 2, 10, 2, false);
            let r = rules_set(n, |i| rule(format!("r-{i}"), Some("one".into())));
            measured(|| r.derive(&m, lvl));
        }
        "derive-rules-once" => {
            // once-per-contact rules, distinct concerns, a contact spans every step
            let m = shape(1, 2, 10, 2, false);
            let r = rules_set(n, |i| rule(format!("r-{i}"), None).once_per_contact());
            measured(|| r.derive(&m, lvl));
        }
        "derive-rules-policy" => {
            let m = shape(1, 2, 10, 4, false);
            let r = rules_set(n, |i| {
                rule(format!("r-{i}"), None).policy(service_standards::standard::PolicyScope::Department)
            });
            measured(|| r.derive(&m, lvl));
        }
        "derive-policy-depts" => {
            let m = shape(1, 1, n, n, false);
            let r = rules_set(20, |i| {
                rule(format!("r-{i}"), None).policy(service_standards::standard::PolicyScope::Department)
            });
            measured(|| r.derive(&m, lvl));
        }
        "handbook-policy-depts" => {
            let m = shape(1, 1, n, n, true);
            let r = rules_set(20, |i| {
                rule(format!("r-{i}"), None).policy(service_standards::standard::PolicyScope::Department)
            });
            let s = r.derive(&m, lvl);
            measured(|| Handbook::new(&m, &s).markdown());
        }
        "checklist-policy-depts" => {
            let m = shape(1, 1, n, n, true);
            let r = rules_set(20, |i| {
                rule(format!("r-{i}"), None).policy(service_standards::standard::PolicyScope::Department)
            });
            let s = r.derive(&m, lvl);
            measured(|| {
                Checklist::new(&s, &ChecklistFilter::new().with_policies()).markdown(Locale::English)
            });
        }
        "audit-policy-depts" => {
            let m = shape(1, 1, n, n, true);
            let r = rules_set(20, |i| {
                rule(format!("r-{i}"), None).policy(service_standards::standard::PolicyScope::Department)
            });
            let s = r.derive(&m, lvl);
            let l = Checklist::new(&s, &ChecklistFilter::new().with_policies());
            let a = Audit::builder()
                .entries(
                    l.items()
                        .iter()
                        .map(|i| AuditEntry::new(i.standard().id().to_string()).verdict(Verdict::Pass)),
                )
                .build()
                .unwrap();
            measured(|| a.score(&l));
        }
        "set-json-load-policies" => {
            let m = shape(1, 1, n, n, true);
            let r = rules_set(20, |i| {
                rule(format!("r-{i}"), None).policy(service_standards::standard::PolicyScope::Department)
            });
            let s = serde_json::to_string(&r.derive(&m, lvl)).unwrap();
            measured(|| serde_json::from_str::<StandardSet>(&s).unwrap());
        }
        "diff-rules-distinct" => {
            let m = shape(1, 2, 10, 2, false);
            let r = rules_set(n, |i| rule(format!("r-{i}"), None));
            let (a, b) = (r.derive(&m, ServiceLevel::Basic), r.derive(&m, ServiceLevel::Exclusive));
            measured(|| SetDiff::between(&a, &b));
        }
        "handbook-rules-distinct" => {
            let m = shape(1, 2, 10, 2, false);
            let r = rules_set(n, |i| rule(format!("r-{i}"), None));
            let s = r.derive(&m, lvl);
            measured(|| Handbook::new(&m, &s).markdown());
        }
        "derive-scope-steps" => {
            // one phase of n steps; one rule scoped to all n step ids
            let m = shape(1, 1, n, 2, false);
            let ids: Vec<String> = (0..n).map(|s| format!("t-{s}")).collect();
            let r = RuleSet::builder()
                .rule(
                    rule("scoped".into(), None).when(
                        Condition::builder()
                            .moments(MomentKind::ALL.iter().copied())
                            .scope(Scope::new().steps(ids)),
                    ),
                )
                .build()
                .unwrap();
            measured(|| r.derive(&m, lvl));
        }
        "derive-scope-phases" => {
            let m = shape(1, n, 1, 2, false);
            let ids: Vec<String> = (0..n).map(|s| format!("p-{s}")).collect();
            let r = RuleSet::builder()
                .rule(
                    rule("scoped".into(), None).when(
                        Condition::builder()
                            .moments(MomentKind::ALL.iter().copied())
                            .scope(Scope::new().phases(ids)),
                    ),
                )
                .build()
                .unwrap();
            measured(|| r.derive(&m, lvl));
        }
        "derive-scope-depts" => {
            let m = shape(1, 1, n, n, false);
            let ids: Vec<String> = (0..n).map(|s| format!("d-{s}")).collect();
            let r = RuleSet::builder()
                .rule(
                    rule("scoped".into(), None).when(
                        Condition::builder()
                            .moments(MomentKind::ALL.iter().copied())
                            .scope(Scope::new().departments(ids)),
                    ),
                )
                .build()
                .unwrap();
            measured(|| r.derive(&m, lvl));
        }
        "unknown-scopes" => {
            let m = shape(1, 1, n, n, false);
            let ids: Vec<String> = (0..n).map(|s| format!("x-{s}")).collect();
            let r = rules_set(n, |i| {
                rule(format!("r-{i}"), None).when(
                    Condition::builder()
                        .moments(MomentKind::ALL.iter().copied())
                        .scope(Scope::new().steps(ids[i..i + 1].to_vec())),
                )
            });
            measured(|| r.unknown_scopes(&m));
        }
        "derive-with-levels" => {
            // n phases of 1 step, every other at its own level
            let m = shape(1, n, 1, 6, false);
            let mut levels = Levels::new(lvl);
            for p in (0..n).step_by(2) {
                levels = levels.phase(format!("s-0/p-{p}").parse().unwrap(), ServiceLevel::Exclusive);
            }
            measured(|| cat.derive_with(&m, &levels));
        }
        "levels-build-sorted" => {
            let paths: Vec<PhasePath> = (0..n).map(|p| format!("s-0/p-{p:08}").parse().unwrap()).collect();
            measured(|| {
                let mut l = Levels::new(lvl);
                for p in paths {
                    l = l.phase(p, ServiceLevel::Exclusive);
                }
                l
            });
        }
        "levels-extend-reverse" => {
            let paths: Vec<PhasePath> =
                (0..n).rev().map(|p| format!("s-0/p-{p:08}").parse().unwrap()).collect();
            measured(|| {
                let mut l = Levels::new(lvl);
                l.extend(paths.into_iter().map(|p| (p, ServiceLevel::Exclusive)));
                l
            });
        }
        "set-load-json-levels-reverse" => {
            // a standard-set document with n phase levels listed in reverse order, no standards
            let mut s = String::from("{\"format_version\":1,\"level\":\"expected\",\"phases\":[");
            for p in (0..n).rev() {
                s.push_str(&format!(
                    "{{\"phase\":\"s-0/p-{p:08}\",\"level\":\"exclusive\"}}{}",
                    if p > 0 { "," } else { "" }
                ));
            }
            s.push_str("],\"standards\":[],\"policies\":[]}");
            measured(|| serde_json::from_str::<StandardSet>(&s).unwrap());
        }
        // ---- rules
        "ruleset-build" => {
            let b: Vec<RuleBuilder> = (0..n).map(|i| rule(format!("r-{i}"), None)).collect();
            measured(|| {
                let mut rs = RuleSet::builder();
                for x in b {
                    rs = rs.rule(x);
                }
                rs.build().unwrap()
            });
        }
        "ruleset-merge-new" => {
            let a = rules_set(n, |i| rule(format!("a-{i}"), None));
            let b = rules_set(n, |i| rule(format!("b-{i}"), None));
            measured(|| a.merge(&b).unwrap());
        }
        "ruleset-merge-override" => {
            let a = rules_set(n, |i| rule(format!("a-{i}"), None));
            let b = rules_set(n, |i| rule(format!("a-{i}"), None).statement("Other {target}").overriding());
            measured(|| a.merge(&b).unwrap());
        }
        "ruleset-json-load" => {
            let a = rules_set(n, |i| rule(format!("a-{i}"), None));
            let s = serde_json::to_string(&a).unwrap();
            measured(|| serde_json::from_str::<RuleSet>(&s).unwrap());
        }
        "ruleset-json-save" => {
            let a = rules_set(n, |i| rule(format!("a-{i}"), None));
            measured(|| serde_json::to_string(&a).unwrap());
        }
        "ruleset-toml-load" => {
            let a = rules_set(n, |i| rule(format!("a-{i}"), None));
            let s = toml::to_string(&a).unwrap();
            measured(|| toml::from_str::<RuleSet>(&s).unwrap());
        }
        // ---- model
        "model-build-steps" => {
            measured(|| shape(1, 1, n, 6, false));
        }
        "model-build-depts" => {
            measured(|| shape(1, 1, n, n, true));
        }
        "model-build-phases" => {
            measured(|| shape(1, n, 1, 6, false));
        }
        "model-build-seqs" => {
            measured(|| shape(n, 1, 1, 6, false));
        }
        "model-json-load" => {
            let m = shape(n / 100, 10, 10, n / 10, true);
            let s = serde_json::to_string(&m).unwrap();
            measured(|| serde_json::from_str::<ServiceModel>(&s).unwrap());
        }
        "model-json-save" => {
            let m = shape(n / 100, 10, 10, n / 10, true);
            measured(|| serde_json::to_string(&m).unwrap());
        }
        "model-toml-load" => {
            let m = shape(n / 100, 10, 10, n / 10, true);
            let s = toml::to_string(&m).unwrap();
            measured(|| toml::from_str::<ServiceModel>(&s).unwrap());
        }
        "model-toml-save" => {
            let m = shape(n / 100, 10, 10, n / 10, true);
            measured(|| toml::to_string(&m).unwrap());
        }
        "model-to-builder" => {
            let m = shape(n / 100, 10, 10, n / 10, true);
            measured(|| m.to_builder());
        }
        // ---- standard set
        "set-json-save" => {
            let m = generator::model(n, 2);
            let s = cat.derive(&m, lvl);
            measured(|| serde_json::to_string(&s).unwrap());
        }
        "set-json-load" => {
            let m = generator::model(n, 2);
            let s = serde_json::to_string(&cat.derive(&m, lvl)).unwrap();
            measured(|| serde_json::from_str::<StandardSet>(&s).unwrap());
        }
        "set-toml-load" => {
            let m = generator::model(n, 2);
            let s = toml::to_string(&cat.derive(&m, lvl)).unwrap();
            measured(|| toml::from_str::<StandardSet>(&s).unwrap());
        }
        "set-json-load-depts" => {
            let m = generator::one_phase(n, n, 2);
            let s = serde_json::to_string(&cat.derive(&m, lvl)).unwrap();
            measured(|| serde_json::from_str::<StandardSet>(&s).unwrap());
        }
        "set-listing" => {
            let m = generator::one_phase(n, n / 4 + 1, 2);
            let s = cat.derive(&m, lvl);
            measured(|| s.listing());
        }
        "set-coverage-phases" => {
            let m = shape(1, n, 2, 6, false);
            let s = cat.derive(&m, lvl);
            measured(|| s.coverage(&m));
        }
        "set-get-all" => {
            let m = generator::model(n, 2);
            let s = cat.derive(&m, lvl);
            let ids: Vec<StandardId> = s.iter().map(|x| x.id()).collect();
            measured(|| ids.iter().filter(|i| s.get(i).is_some()).count());
        }
        "set-policies-of" => {
            let m = generator::one_phase(n, n, 2);
            let s = cat.derive(&m, lvl);
            measured(|| s.policies_of(Some("department-0")).count());
        }
        "issued-json-roundtrip" => {
            let m = generator::model(n, 2);
            let s = cat.derive(&m, lvl);
            let i = IssuedSet::new(s, jiff::civil::date(2026, 1, 1));
            measured(|| serde_json::from_str::<IssuedSet>(&serde_json::to_string(&i).unwrap()).unwrap());
        }
        // ---- practice
        "handbook-depts" => {
            let m = shape(1, 1, n, n, true);
            let s = cat.derive(&m, lvl);
            measured(|| Handbook::new(&m, &s).markdown());
        }
        "handbook-text-depts" => {
            let m = shape(1, 1, n, n, true);
            let s = cat.derive(&m, lvl);
            measured(|| Handbook::new(&m, &s).text());
        }
        "handbook-phases" => {
            let m = shape(1, n, 1, 6, false);
            let s = cat.derive(&m, lvl);
            measured(|| Handbook::new(&m, &s).markdown());
        }
        "handbook-seqs" => {
            let m = shape(n, 1, 1, 6, false);
            let s = cat.derive(&m, lvl);
            measured(|| Handbook::new(&m, &s).markdown());
        }
        "handbook-steps" => {
            let m = shape(1, 1, n, 6, false);
            let s = cat.derive(&m, lvl);
            measured(|| Handbook::new(&m, &s).markdown());
        }
        "handbook-levels" => {
            let m = shape(1, n, 1, 6, false);
            let mut levels = Levels::new(lvl);
            for p in (0..n).step_by(2) {
                levels = levels.phase(format!("s-0/p-{p}").parse().unwrap(), ServiceLevel::Exclusive);
            }
            let s = cat.derive_with(&m, &levels);
            measured(|| Handbook::new(&m, &s).markdown());
        }
        "handbook-dept-md" => {
            let m = shape(1, 1, n, n, true);
            let s = cat.derive(&m, lvl);
            let last = format!("d-{}", n - 1);
            measured(|| Handbook::new(&m, &s).department_markdown(&last));
        }
        "handbook-chapters" => {
            let m = shape(1, 1, n, n / 10, true);
            let s = cat.derive(&m, lvl);
            measured(|| Handbook::new(&m, &s).chapters_markdown());
        }
        "checklist-all" => {
            let m = generator::model(n, 3);
            let s = cat.derive(&m, lvl);
            measured(|| {
                Checklist::new(&s, &ChecklistFilter::new().with_policies()).markdown(Locale::English)
            });
        }
        "checklist-filter" => {
            let m = generator::model(n, 3);
            let s = cat.derive(&m, lvl);
            let f = ChecklistFilter::new()
                .department("sales")
                .phase("sequence-0/phase-1".parse().unwrap())
                .channel(Channel::Email)
                .min_level(ServiceLevel::Basic)
                .with_policies();
            measured(|| Checklist::new(&s, &f));
        }
        "checklist-policies-depts" => {
            let m = generator::one_phase(n, n, 3);
            let s = cat.derive(&m, lvl);
            measured(|| {
                Checklist::new(&s, &ChecklistFilter::new().with_policies().department("department-1"))
            });
        }
        "audit-score" => {
            let m = generator::model(n, 4);
            let s = cat.derive(&m, lvl);
            let a = generator::audit(&s);
            let l = Checklist::new(&s, &ChecklistFilter::new());
            measured(|| a.score(&l));
        }
        "audit-score-reversed" => {
            let m = generator::model(n, 4);
            let s = cat.derive(&m, lvl);
            let ids: Vec<StandardId> = s.iter().map(|x| x.id()).collect();
            let a = Audit::builder()
                .entries(ids.iter().rev().enumerate().map(|(i, id)| {
                    let e = AuditEntry::new(id.to_string()).verdict(if i % 2 == 0 {
                        Verdict::Fail
                    } else {
                        Verdict::Pass
                    });
                    e.critical()
                }))
                .build()
                .unwrap();
            let l = Checklist::new(&s, &ChecklistFilter::new().with_policies());
            measured(|| a.score(&l));
        }
        "audit-score-depts" => {
            let m = generator::one_phase(n, n, 4);
            let s = cat.derive(&m, lvl);
            let a = generator::audit(&s);
            let l = Checklist::new(&s, &ChecklistFilter::new().with_policies());
            measured(|| a.score(&l));
        }
        "audit-score-strict-stale" => {
            let m = generator::model(n, 4);
            let s = cat.derive(&m, lvl);
            let a = Audit::builder()
                .entries((0..s.len()).map(|i| AuditEntry::new(format!("x-{i}@a/b/c")).verdict(Verdict::Pass)))
                .build()
                .unwrap();
            let l = Checklist::new(&s, &ChecklistFilter::new());
            measured(|| a.score_strict(&l).is_err());
        }
        "audit-build" => {
            let m = generator::model(n, 4);
            let s = cat.derive(&m, lvl);
            let b = generator::audit(&s).to_builder();
            measured(|| b.build().unwrap());
        }
        "audit-json-load" => {
            let m = generator::model(n, 4);
            let s = cat.derive(&m, lvl);
            let j = serde_json::to_string(&generator::audit(&s)).unwrap();
            measured(|| serde_json::from_str::<Audit>(&j).unwrap());
        }
        "bench-gaps" => {
            let f = generator::feedback(n, 11);
            measured(|| drop(black_box(f.gaps())));
        }
        "bench-handbook-markdown" => {
            let m = generator::one_phase(n, n / 10, 12);
            let set = cat.derive(&m, lvl);
            measured(|| drop(black_box(Handbook::new(&m, &set).markdown())));
        }
        "bench-blueprint" => {
            let m = generator::one_phase(n, n, 13);
            measured(|| drop(black_box(Blueprint::new(&m).mermaid("line"))));
        }
        "bench-checklist" => {
            let m = generator::model(n, 14);
            let set = cat.derive(&m, lvl);
            let filter = ChecklistFilter::new().department("front-office");
            measured(|| drop(black_box(Checklist::new(&set, &filter).markdown(Locale::English))));
        }
        "bench-audit-score" => {
            let m = generator::model(n, 15);
            let set = cat.derive(&m, lvl);
            let audit = generator::audit(&set);
            let checklist = Checklist::new(&set, &ChecklistFilter::new());
            measured(|| drop(black_box(audit.score(&checklist))));
        }
        "bench-set-diff" => {
            let m = generator::model(n, 16);
            let (o, w) = (cat.derive(&m, ServiceLevel::Basic), cat.derive(&m, ServiceLevel::Exclusive));
            measured(|| drop(black_box(SetDiff::between(&o, &w))));
        }
        "feedback-gaps" => {
            let f = generator::feedback(n, 5);
            measured(|| f.gaps());
        }
        "feedback-json-load" => {
            let f = generator::feedback(n, 5);
            let j = serde_json::to_string(&f).unwrap();
            measured(|| serde_json::from_str::<Feedback>(&j).unwrap());
        }
        "plan" => {
            let m = generator::model(n * 10, 8);
            let f = generator::feedback(n, 5);
            let g = f.gaps();
            let s = cat.derive(&m, lvl);
            let a = generator::audit(&s);
            let r = a.score(&Checklist::new(&s, &ChecklistFilter::new()));
            let levels = Levels::new(lvl);
            measured(|| {
                let p = ImprovementPlan::builder(&m, &cat, &levels, &g).compliance(&r).build().unwrap();
                assert!(p.raise().is_some());
                p.markdown(Locale::English)
            });
        }
        "plan-intervals" => {
            let m = shape(n / 10, 10, 1, 6, false);
            let f = generator::feedback(n, 5);
            let g = f.gaps();
            let levels = Levels::new(lvl);
            let subs: Vec<Subject> = g.by_phase().iter().map(|x| x.subject().clone()).collect();
            measured(|| {
                let mut b = ImprovementPlan::builder(&m, &cat, &levels, &g);
                for s in subs {
                    b = b.interval(s, (-1.0, 1.0));
                }
                b.build().unwrap()
            });
        }
        "diff" => {
            let m = generator::model(n, 6);
            let (o, w) = (cat.derive(&m, ServiceLevel::Basic), cat.derive(&m, ServiceLevel::Exclusive));
            measured(|| SetDiff::between(&o, &w));
        }
        "diff-loaded" => {
            let m = generator::model(n, 6);
            let o: StandardSet =
                serde_json::from_str(&serde_json::to_string(&cat.derive(&m, ServiceLevel::Basic)).unwrap())
                    .unwrap();
            let w = cat.derive(&m, ServiceLevel::Exclusive);
            measured(|| SetDiff::between(&o, &w));
        }
        "diff-reordered" => {
            // old from a model whose sequences are in reverse order
            let m = generator::model(n, 6);
            let mut b = ServiceModel::builder("Generated Group");
            let mut seqs: Vec<&Sequence> = m.sequences().iter().collect();
            seqs.reverse();
            for d in m.departments() {
                b = b.departments([d.clone()]);
            }
            b = b.profile(*m.profile()).brand(m.brand().clone());
            for q in seqs {
                b = b.sequence(SequenceBuilder::from(q));
            }
            let m2 = b.build().unwrap();
            let (o, w) = (cat.derive(&m, ServiceLevel::Basic), cat.derive(&m2, ServiceLevel::Exclusive));
            measured(|| SetDiff::between(&o, &w));
        }
        "blueprint-steps" => {
            let m = generator::one_phase(n, n, 6);
            measured(|| Blueprint::new(&m).mermaid("line"));
        }
        "blueprint-phases" => {
            let m = shape(1, n, 1, n, false);
            measured(|| Blueprint::new(&m).mermaid("s-0"));
        }
        "blueprint-last-seq" => {
            let m = shape(n, 1, 1, 6, false);
            let id = format!("s-{}", n - 1);
            measured(|| Blueprint::new(&m).mermaid(&id));
        }
        // ---- survey
        "csv-strict-model" => {
            let m = shape(1, n / 10, 1, 6, false);
            let c = csv_rows(n, n / 10, n / 3, 365);
            measured(|| CsvImport::new().model(&m).strict(c.as_bytes()).unwrap());
        }
        "csv-lenient-model" => {
            let m = shape(1, n / 10, 1, 6, false);
            let c = csv_rows(n, n / 10 + 5, n / 3, 365);
            measured(|| CsvImport::new().model(&m).lenient(c.as_bytes()).unwrap());
        }
        "csv-aggregate-model" => {
            let m = shape(1, n / 10, 1, 6, false);
            let c = csv_rows(n, n / 10, n / 3, 365);
            measured(|| {
                CsvImport::new()
                    .model(&m)
                    .check_duplicates(true)
                    .aggregate_strict(c.as_bytes(), By::subject().channel().site().period(PeriodKind::Month))
                    .unwrap()
            });
        }
        "csv-strict-periods" => {
            let c = csv_rows(n, 10, n, n);
            measured(|| CsvImport::new().survey_period(PeriodKind::Month).strict(c.as_bytes()).unwrap());
        }
        "responses-aggregate" => {
            let c = csv_rows(n, n / 10, n / 3, n);
            let r = CsvImport::new().strict(c.as_bytes()).unwrap();
            measured(|| r.aggregate(By::subject().channel().site().period(PeriodKind::Month)));
        }
        "responses-feedback" => {
            let c = csv_rows(n, n / 10, n / 3, 365);
            let r = CsvImport::new().strict(c.as_bytes()).unwrap();
            measured(|| r.feedback().unwrap());
        }
        "responses-series" => {
            let c = csv_rows(n, 1, n / 3, n);
            let r = CsvImport::new().strict(c.as_bytes()).unwrap();
            let sub = Subject::Phase("s-0/p-0".parse().unwrap());
            measured(|| {
                let s = r.series(&sub, Measure::Nps, PeriodKind::Month);
                (s.changes().len(), s)
            });
        }
        "responses-build-for" => {
            let m = shape(1, n / 10, 1, 6, false);
            let c = csv_rows(n, n / 10, n / 3, 365);
            let items: Vec<Response> =
                CsvImport::new().strict(c.as_bytes()).unwrap().iter().cloned().collect();
            measured(|| Responses::builder().responses(items).build_for(&m).unwrap());
        }
        "responses-filtered" => {
            let c = csv_rows(n, n / 10, n / 3, 365);
            let r = CsvImport::new().strict(c.as_bytes()).unwrap();
            measured(|| r.filtered(|x| x.answer().measure() == Measure::Nps));
        }
        // ---- charts
        "chart-gaps" => {
            let f = generator::feedback(n, 5);
            let g = f.gaps();
            measured(|| charts::gaps_by_phase(&g, Locale::English));
        }
        "chart-compliance-phase" => {
            let m = shape(1, n, 1, 6, false);
            let s = cat.derive(&m, lvl);
            let r = generator::audit(&s).score(&Checklist::new(&s, &ChecklistFilter::new()));
            measured(|| charts::compliance_by_phase(&r, Locale::English));
        }
        "chart-compliance-dept" => {
            let m = shape(1, 1, n, n, false);
            let s = cat.derive(&m, lvl);
            let r = generator::audit(&s).score(&Checklist::new(&s, &ChecklistFilter::new()));
            measured(|| charts::compliance_by_department(&r, Locale::English));
        }
        "chart-over-time" => {
            let c = csv_rows(n * 4, 1, n, n * 31);
            let r = CsvImport::new().strict(c.as_bytes()).unwrap();
            let sub = Subject::Phase("s-0/p-0".parse().unwrap());
            let s = charts::Series::from_survey(&r.series(&sub, Measure::Nps, PeriodKind::Month));
            let ss = vec![s];
            measured(|| charts::measure_over_time("NPS", &ss, Locale::English));
        }
        "chart-over-time-series" => {
            let ss: Vec<charts::Series> = (0..n)
                .map(|k| {
                    charts::Series::new(
                        format!("s{k}"),
                        (0..12).map(|i| charts::Point::new(format!("2026-{:02}", i + 1), (i * k) as f64)),
                    )
                })
                .collect();
            measured(|| charts::measure_over_time("NPS", &ss, Locale::English));
        }
        "chart-over-time-points" => {
            let ss = vec![charts::Series::new(
                "x",
                (0..n).map(|i| charts::Point::new(format!("p{i}"), (i % 17) as f64)),
            )];
            measured(|| charts::measure_over_time("NPS", &ss, Locale::English));
        }
        _ => panic!("unknown case {case}"),
    }
}
