//! A deterministic generator of realistic large models (dev-only), shared by
//! the benches and the allocation test: sequences × phases × steps with
//! mixed channels, moments, characteristics and departments, from a seed.
#![allow(dead_code, reason = "each user takes the parts it needs")]

use service_standards::prelude::*;

/// SplitMix64: small, fast, and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// Typical channel mixes of a phase.
const MIXES: [&[Channel]; 6] = [
    &[Channel::FaceToFace],
    &[Channel::Telephone],
    &[Channel::Email, Channel::WebForm],
    &[Channel::Chat, Channel::SocialMedia],
    &[Channel::Telephone, Channel::Email, Channel::Chat],
    &[Channel::SelfService, Channel::Email],
];

/// The kinds of moment generated models pick from: the fourteen every
/// release has had, so that a workload (and a bench of it) stays the same
/// when a kind is added ([`MomentKind::Disruption`] came later).
const MOMENTS: &[MomentKind] = &[
    MomentKind::Welcome,
    MomentKind::Identification,
    MomentKind::Information,
    MomentKind::Consultation,
    MomentKind::OrderTaking,
    MomentKind::Waiting,
    MomentKind::Delivery,
    MomentKind::Hospitality,
    MomentKind::Safekeeping,
    MomentKind::Billing,
    MomentKind::Payment,
    MomentKind::Exception,
    MomentKind::Farewell,
    MomentKind::FollowUp,
];

const DEPARTMENTS: [&str; 6] =
    ["front-office", "contact-centre", "billing", "logistics", "sales", "housekeeping"];

/// A model with `steps` steps, in sequences of 10 phases of 10 steps (the
/// last phase may be shorter), reproducible from `seed`.
pub fn model(steps: usize, seed: u64) -> ServiceModel {
    builder(steps, seed).build().expect("generated models are valid")
}

/// The builder of [`model`], before validation.
pub fn builder(steps: usize, seed: u64) -> ServiceModelBuilder {
    let mut rng = Rng::new(seed);
    let profile = ServiceProfile::builder()
        .contact(ContactLevel::High)
        .capacity(CapacityControl::ReservationsAndQueues)
        .usage(UsageFrequency::Frequent)
        .purchaser(Purchaser::Mixed)
        .delivery(DeliverySpan::Days)
        .build();
    let mut model = ServiceModel::builder("Generated Group").profile(profile).brand(
        Brand::builder().emotions([Emotion::Warmth, Emotion::Trust]).on_brand("Smile").off_brand("Argue"),
    );
    for id in DEPARTMENTS {
        model = model.departments([Department::new(id, id.replace('-', " ")).expect("valid department")]);
    }
    let mut made = 0;
    let mut q = 0;
    while made < steps {
        let mut sequence = Sequence::builder(format!("sequence-{q}"), format!("Service line {q}"));
        for p in 0..10 {
            if made >= steps {
                break;
            }
            let mix = rng.pick(&MIXES);
            let mut phase =
                Phase::builder(format!("phase-{p}"), format!("Phase {p}")).channels(mix.iter().copied());
            for s in 0..10 {
                if made >= steps {
                    break;
                }
                let moment = rng.pick(MOMENTS);
                let mut step = Step::builder(format!("step-{s}"), format!("Moment of contact {s}"))
                    .moment(moment)
                    .department(rng.pick(&DEPARTMENTS))
                    .characteristics((0..3).map(|_| rng.pick(Characteristic::ALL)));
                let mut channels = mix;
                if rng.below(4) == 0 {
                    channels = rng.pick(&MIXES);
                    step = step.channels(channels.iter().copied());
                }
                step = with_facts(step, moment, channels);
                phase = phase.step(step);
                made += 1;
            }
            sequence = sequence.phase(phase);
        }
        model = model.sequence(sequence);
        q += 1;
    }
    model
}

/// The facts a generated step says, from its moment and channels: where
/// face to face, it is at a desk; an order, an identification or a
/// payment records data; safekeeping takes keys into care. What the
/// catalogue assumed of every such step before steps said these facts, so
/// that a workload (and a bench of it) derives what it did.
fn with_facts(step: StepBuilder, moment: MomentKind, channels: &[Channel]) -> StepBuilder {
    let mut step = step;
    if channels.contains(&Channel::FaceToFace) {
        step = step.place(Place::Desk);
    }
    if matches!(moment, MomentKind::OrderTaking | MomentKind::Identification | MomentKind::Payment) {
        step = step.data([DataUse::Records]);
    }
    if moment == MomentKind::Safekeeping {
        step = step.hands_over([Valuable::Keys]);
    }
    step
}

/// `n` rules that can never match the generated models: each tests a factor
/// value, an emotion or a channel those models do not have.
pub fn unmatched_rules(n: usize) -> Vec<RuleBuilder> {
    (0..n)
        .map(|i| {
            let when = match i % 3 {
                0 => Condition::builder()
                    .factors([Factor::Risk(Risk::High)])
                    .moments([MOMENTS[i % MOMENTS.len()]]),
                1 => {
                    Condition::builder().emotions([Emotion::Excitement]).moments([MOMENTS[i % MOMENTS.len()]])
                }
                _ => Condition::builder().channels([Channel::Fax]).moments([MOMENTS[i % MOMENTS.len()]]),
            };
            Rule::builder(format!("unmatched-{i}"))
                .when(when)
                .kind(StandardKind::Procedure)
                .dimension(QualityDimension::Reliability)
                .statement("Never applies {target}")
                .targets(LevelTargets::same(Target::within_hours(1)))
        })
        .collect()
}

/// A model of one sequence of one phase of `steps` steps, owned in turn by
/// `departments` departments (`department-0`, `department-1`, …; at least
/// one): the shape in which a look-up per step, per standard or per
/// department inside a loop shows as time growing with the square of the
/// input. Moments, characteristics and the phase's channels come from `seed`.
pub fn one_phase(steps: usize, departments: usize, seed: u64) -> ServiceModel {
    let mut rng = Rng::new(seed);
    let departments = departments.max(1);
    let mut model = ServiceModel::builder("Generated Line").brand(
        Brand::builder()
            .emotions([Emotion::Trust])
            .on_brand("Smile")
            .on_brand_in("department-0", "Know the regulars")
            .off_brand("Argue"),
    );
    for d in 0..departments {
        model = model
            .departments([Department::new(&format!("department-{d}"), format!("Department {d}"))
                .expect("valid department")]);
    }
    let mut phase = Phase::builder("all", "All steps").channels(MIXES[4].iter().copied());
    for s in 0..steps {
        phase = phase.step(
            Step::builder(format!("step-{s}"), format!("Moment of contact {s}"))
                .moment(rng.pick(MOMENTS))
                .department(format!("department-{}", s % departments))
                .characteristics((0..3).map(|_| rng.pick(Characteristic::ALL)))
                .customer_action(format!("Customer acts {s}"))
                .backstage(format!("Backstage work {s}")),
        );
    }
    model.sequence(Sequence::builder("line", "Service line").phase(phase)).build().expect("valid model")
}

/// Feedback on a 1-to-7 scale with two items for each of `phases` phases
/// (`sequence-<q>/phase-<p>`, ten phases a sequence) and one for each
/// quality dimension; means to two decimals, as surveys publish them.
pub fn feedback(phases: usize, seed: u64) -> Feedback {
    let mut rng = Rng::new(seed);
    let mut score = move || 1.0 + rng.below(601) as f64 / 100.0;
    let mut items: Vec<FeedbackItem> = QualityDimension::ALL
        .iter()
        .map(|&d| FeedbackItem::new(Subject::Dimension(d), score(), score()))
        .collect();
    for _ in 0..2 {
        for n in 0..phases {
            let subject = Subject::Phase(
                format!("sequence-{}/phase-{}", n / 10, n % 10).parse().expect("valid phase path"),
            );
            items.push(FeedbackItem::new(subject, score(), score()));
        }
    }
    Feedback::builder(Scale::new(1.0, 7.0).expect("valid scale"))
        .items(items)
        .build()
        .expect("valid feedback")
}

/// An audit of every standard of `set`: verdicts in a fixed rotation (pass,
/// fail, pass, not applicable, not observed), every seventh critical.
pub fn audit(set: &StandardSet) -> Audit {
    let verdicts =
        [Verdict::Pass, Verdict::Fail, Verdict::Pass, Verdict::NotApplicable, Verdict::NotObserved];
    Audit::builder()
        .entries(set.iter().enumerate().map(|(i, s)| {
            let entry = AuditEntry::new(s.id().to_string()).verdict(verdicts[i % verdicts.len()]);
            if i % 7 == 0 { entry.critical() } else { entry }
        }))
        .build()
        .expect("valid audit")
}
