//! Generated valid models (valid by construction), for properties of derivation and documents.

use proptest::{prelude::*, sample::subsequence};
use service_standards::prelude::*;

/// One step as data, so tests can change it and build variants.
#[derive(Debug, Clone)]
pub struct StepSpec {
    pub moment: MomentKind,
    pub channels: Vec<Channel>,
    pub department: Option<usize>,
    pub characteristics: Vec<Characteristic>,
    /// Who starts the step, if said (else the default).
    pub started_by: Option<Initiator>,
    /// Whether it opens a contact, if said (else the default).
    pub opens: Option<bool>,
}

/// A phase as data.
#[derive(Debug, Clone)]
pub struct PhaseSpec {
    pub channels: Vec<Channel>,
    pub steps: Vec<StepSpec>,
}

/// A whole model as data.
#[derive(Debug, Clone)]
pub struct ModelSpec {
    /// Free texts (non-blank, any script) used for names, values and actions.
    pub texts: Vec<String>,
    pub factors: Vec<Factor>,
    pub emotions: Vec<Emotion>,
    pub departments: usize,
    pub sequences: Vec<Vec<PhaseSpec>>,
}

pub const DEPARTMENTS: [&str; 3] = ["front-office", "billing", "housekeeping"];

fn one_of<T: Vocabulary>() -> impl Strategy<Value = T> {
    proptest::sample::select(T::ALL)
}

fn some_of<T: Vocabulary>(max: usize) -> impl Strategy<Value = Vec<T>> {
    subsequence(T::ALL.to_vec(), 0..=max.min(T::ALL.len()))
}

/// Any value of any of the nine factors.
pub fn factor() -> impl Strategy<Value = Factor> {
    prop_oneof![
        one_of::<Intermediaries>().prop_map(Factor::Intermediaries),
        one_of::<ContactLevel>().prop_map(Factor::ContactLevel),
        one_of::<Purchaser>().prop_map(Factor::Purchaser),
        one_of::<DeliverySpan>().prop_map(Factor::DeliverySpan),
        one_of::<CapacityControl>().prop_map(Factor::CapacityControl),
        one_of::<UsageFrequency>().prop_map(Factor::UsageFrequency),
        one_of::<Complexity>().prop_map(Factor::Complexity),
        one_of::<Risk>().prop_map(Factor::Risk),
        one_of::<TaskAllocation>().prop_map(Factor::TaskAllocation),
    ]
}

fn step() -> impl Strategy<Value = StepSpec> {
    (
        one_of::<MomentKind>(),
        some_of::<Channel>(2),
        proptest::option::of(0..3usize),
        some_of::<Characteristic>(4),
        proptest::option::of(one_of::<Initiator>()),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(|(moment, channels, department, characteristics, started_by, opens)| StepSpec {
            moment,
            channels,
            department,
            characteristics,
            started_by,
            opens,
        })
}

fn phase() -> impl Strategy<Value = PhaseSpec> {
    (subsequence(Channel::ALL.to_vec(), 1..=3), proptest::collection::vec(step(), 1..=4))
        .prop_map(|(channels, steps)| PhaseSpec { channels, steps })
}

/// Any valid model spec.
pub fn model_spec() -> impl Strategy<Value = ModelSpec> {
    (
        proptest::collection::vec(
            r"[^\s\p{C}\x{115F}\x{1160}\x{2800}\x{3164}\x{FFA0}][^\p{C}\x{2028}\x{2029}]{0,12}",
            1..5,
        ),
        proptest::collection::vec(factor(), 0..6),
        some_of::<Emotion>(3),
        1..=3usize,
        proptest::collection::vec(proptest::collection::vec(phase(), 1..=3), 1..=3),
    )
        .prop_map(|(texts, factors, emotions, departments, sequences)| ModelSpec {
            texts,
            factors,
            emotions,
            departments,
            sequences,
        })
}

impl ModelSpec {
    #[allow(dead_code, reason = "used by some of the test crates that include this file")]
    /// The same spec with every step's contact (who starts it, whether it
    /// opens one) said explicitly, as the built model has it, so that
    /// changing a step's channels cannot change another step's default.
    pub fn with_explicit_contacts(&self) -> Self {
        let model = self.build();
        let mut spec = self.clone();
        let mut built = model.steps();
        for phase in spec.sequences.iter_mut().flatten() {
            for step in &mut phase.steps {
                let at = built.next().unwrap();
                step.started_by = Some(at.step().started_by());
                step.opens = Some(at.step().opens_contact());
            }
        }
        spec
    }

    /// The model, with phases `p0, p1, …` and steps `s0, s1, …`.
    pub fn build(&self) -> ServiceModel {
        let text = |i: usize| self.texts[i % self.texts.len()].clone();
        let mut profile = ServiceProfile::builder();
        for f in &self.factors {
            profile = profile.factor(*f);
        }
        let mut brand = Brand::builder().emotions(self.emotions.iter().copied());
        for value in &self.texts {
            brand = brand.value(value.clone());
        }
        brand = brand.on_brand(text(1)).off_brand_in(DEPARTMENTS[0], text(2));
        let mut model = ServiceModel::builder(text(0)).profile(profile.build()).brand(brand);
        for (i, id) in DEPARTMENTS.iter().take(self.departments).enumerate() {
            model = model.departments([Department::new(id, text(i)).unwrap()]);
        }
        for (q, phases) in self.sequences.iter().enumerate() {
            let mut sequence = Sequence::builder(format!("q{q}"), text(q));
            for (p, spec) in phases.iter().enumerate() {
                let mut phase = Phase::builder(format!("p{p}"), format!("Phase {p}"))
                    .channels(spec.channels.iter().copied());
                for (s, st) in spec.steps.iter().enumerate() {
                    let mut step = Step::builder(format!("s{s}"), text(s + 2))
                        .moment(st.moment)
                        .channels(st.channels.iter().copied())
                        .characteristics(st.characteristics.iter().copied());
                    if let Some(by) = st.started_by {
                        step = step.started_by(by);
                    }
                    match st.opens {
                        Some(true) => step = step.opens_contact(),
                        Some(false) => step = step.continues_contact(),
                        None => {}
                    }
                    if let Some(d) = st.department.filter(|d| *d < self.departments) {
                        step = step.department(DEPARTMENTS[d]);
                    }
                    if s % 2 == 1 {
                        step = step.customer_action(text(s));
                    }
                    if s % 3 == 2 {
                        step = step.backstage(text(s + 1));
                    }
                    phase = phase.step(step);
                }
                sequence = sequence.phase(phase);
            }
            model = model.sequence(sequence);
        }
        model.build().unwrap()
    }
}
