//! The bodies of the fuzz targets, shared with `tests/integration/documents/fuzz_regressions.rs`,
//! which replays every saved input under `fuzz/regressions/<target>/` in a
//! normal `cargo test`.
//!
//! Each body feeds bytes to the public API and checks what must hold for
//! any input: no panic, and every value that loads round-trips and derives.

use arbitrary::{Arbitrary, Unstructured};
use service_standards::prelude::*;

/// A small valid model to derive loaded rule sets on.
fn small_model() -> ServiceModel {
    ServiceModel::builder("Fuzz")
        .departments([Department::new("desk", "Desk").unwrap_or_else(|_| unreachable!())])
        .sequence(Sequence::builder("visit", "Visit").phase(MomentKind::ALL.iter().enumerate().fold(
            Phase::builder("serve", "Serve").channels([
                Channel::FaceToFace,
                Channel::Telephone,
                Channel::Email,
                Channel::SocialMedia,
            ]),
            |phase, (i, m)| {
                phase.step(
                    Step::builder(format!("s{i}"), "Step")
                        .moment(*m)
                        .department("desk")
                        .characteristics(Characteristic::ALL.iter().copied().skip(i % 3).step_by(3)),
                )
            },
        )))
        .build()
        .unwrap_or_else(|e| panic!("the fuzz model is valid: {e}"))
}

/// Everything a loaded model must support.
fn exercise_model(model: &ServiceModel) {
    let json = serde_json::to_string(model).unwrap_or_else(|e| panic!("a model serialises: {e}"));
    let back: ServiceModel =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("a model reads back: {e}"));
    assert_eq!(&back, model);
    let set = RuleSet::catalogue().derive(model, ServiceLevel::Exclusive);
    let _ = Handbook::new(model, &set).locale(Locale::Polish).markdown();
    for sequence in model.sequences() {
        let _ = Blueprint::new(model).mermaid(sequence.id().as_str());
    }
}

/// Everything a loaded rule set must support.
fn exercise_rules(rules: &RuleSet) {
    let json = serde_json::to_string(rules).unwrap_or_else(|e| panic!("a rule set serialises: {e}"));
    let back: RuleSet = serde_json::from_str(&json).unwrap_or_else(|e| panic!("a rule set reads back: {e}"));
    assert_eq!(&back, rules);
    let model = small_model();
    for level in ServiceLevel::ALL {
        let set = rules.derive(&model, *level);
        for s in &set {
            let _ = Locale::Polish.statement(s);
        }
    }
    let _ = RuleSet::catalogue().merge(rules);
}

/// Fuzz target `model_json`.
pub fn model_json(data: &[u8]) {
    if let Ok(model) = serde_json::from_slice::<ServiceModel>(data) {
        exercise_model(&model);
    }
}

/// Fuzz target `model_toml`.
pub fn model_toml(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(model) = toml::from_str::<ServiceModel>(text) {
        exercise_model(&model);
    }
}

/// Fuzz target `rules_json`.
pub fn rules_json(data: &[u8]) {
    if let Ok(rules) = serde_json::from_slice::<RuleSet>(data) {
        exercise_rules(&rules);
    }
}

/// Fuzz target `rules_toml`.
pub fn rules_toml(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(rules) = toml::from_str::<RuleSet>(text) {
        exercise_rules(&rules);
    }
}

/// Fuzz target `audit_json`: any audit that loads round-trips and scores.
pub fn audit_json(data: &[u8]) {
    if let Ok(audit) = serde_json::from_slice::<Audit>(data) {
        let json = serde_json::to_string(&audit).unwrap_or_else(|e| panic!("an audit serialises: {e}"));
        let back: Audit = serde_json::from_str(&json).unwrap_or_else(|e| panic!("an audit reads back: {e}"));
        assert_eq!(back, audit);
        let set = RuleSet::catalogue().derive(&small_model(), ServiceLevel::Expected);
        let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
        if let Some(score) = report.overall().score() {
            assert!((0.0..=1.0).contains(&score), "score {score}");
        }
        assert_eq!(report.items().len(), set.len());
    }
}

/// Fuzz target `feedback_json`: any feedback that loads round-trips and gives finite gaps.
pub fn feedback_json(data: &[u8]) {
    if let Ok(feedback) = serde_json::from_slice::<Feedback>(data) {
        let json = serde_json::to_string(&feedback).unwrap_or_else(|e| panic!("feedback serialises: {e}"));
        let back: Feedback =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("feedback reads back: {e}"));
        assert_eq!(back, feedback);
        let gaps = feedback.gaps();
        assert!(gaps.overall().is_finite(), "overall {}", gaps.overall());
        assert_eq!(gaps.priorities().len(), gaps.by_dimension().len() + gaps.by_phase().len());
    }
}

/// Builder calls, as arbitrary data.
#[derive(Debug, Arbitrary)]
struct ModelCalls {
    name: String,
    departments: Vec<(String, String)>,
    emotions: Vec<u8>,
    values: Vec<String>,
    behaviours: Vec<(bool, Option<String>, String)>,
    factors: Vec<(u8, u8)>,
    sequences: Vec<(String, String, Vec<PhaseCalls>)>,
}

#[derive(Debug, Arbitrary)]
struct PhaseCalls {
    id: String,
    name: String,
    channels: Vec<u8>,
    steps: Vec<StepCalls>,
}

#[derive(Debug, Arbitrary)]
struct StepCalls {
    id: String,
    name: String,
    moment: Option<u8>,
    channels: Vec<u8>,
    department: Option<String>,
    characteristics: Vec<u8>,
    customer_action: Option<String>,
    backstage: Option<String>,
}

fn pick<T: Vocabulary>(n: u8) -> T {
    T::ALL[usize::from(n) % T::ALL.len()]
}

fn factor(kind: u8, value: u8) -> Factor {
    match kind % 9 {
        0 => Factor::Intermediaries(pick(value)),
        1 => Factor::ContactLevel(pick(value)),
        2 => Factor::Purchaser(pick(value)),
        3 => Factor::DeliverySpan(pick(value)),
        4 => Factor::CapacityControl(pick(value)),
        5 => Factor::UsageFrequency(pick(value)),
        6 => Factor::Complexity(pick(value)),
        7 => Factor::Risk(pick(value)),
        _ => Factor::TaskAllocation(pick(value)),
    }
}

/// Fuzz target `builders`: arbitrary builder calls, then derive and render.
pub fn builders(data: &[u8]) {
    let Ok(calls) = ModelCalls::arbitrary(&mut Unstructured::new(data)) else { return };
    let mut profile = ServiceProfile::builder();
    for (kind, value) in calls.factors {
        profile = profile.factor(factor(kind, value));
    }
    let mut brand = Brand::builder().emotions(calls.emotions.into_iter().map(pick::<Emotion>));
    for value in calls.values {
        brand = brand.value(value);
    }
    for (on, department, text) in calls.behaviours {
        brand = match (on, department) {
            (true, None) => brand.on_brand(text),
            (true, Some(d)) => brand.on_brand_in(d, text),
            (false, None) => brand.off_brand(text),
            (false, Some(d)) => brand.off_brand_in(d, text),
        };
    }
    let mut model = ServiceModel::builder(calls.name).profile(profile.build()).brand(brand);
    for (id, name) in calls.departments {
        if let Ok(department) = Department::new(&id, name) {
            model = model.departments([department]);
        }
    }
    for (id, name, phases) in calls.sequences {
        let mut sequence = Sequence::builder(id, name);
        for p in phases {
            let mut phase =
                Phase::builder(p.id, p.name).channels(p.channels.into_iter().map(pick::<Channel>));
            for s in p.steps {
                let mut step = Step::builder(s.id, s.name)
                    .channels(s.channels.into_iter().map(pick::<Channel>))
                    .characteristics(s.characteristics.into_iter().map(pick::<Characteristic>));
                if let Some(m) = s.moment {
                    step = step.moment(pick(m));
                }
                if let Some(d) = s.department {
                    step = step.department(d);
                }
                if let Some(a) = s.customer_action {
                    step = step.customer_action(a);
                }
                if let Some(b) = s.backstage {
                    step = step.backstage(b);
                }
                phase = phase.step(step);
            }
            sequence = sequence.phase(phase);
        }
        model = model.sequence(sequence);
    }
    match model.build() {
        Ok(model) => exercise_model(&model),
        Err(err) => {
            assert!(!err.violations().is_empty(), "an invalid model names at least one violation");
            let _ = err.to_string();
        }
    }
}
