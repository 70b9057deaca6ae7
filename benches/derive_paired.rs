//! Derivation side by side with a bare typed loop, at 10,000 and at
//! 100,000 steps, all four calls *in alternation*.
//!
//! The bare loop is the floor of what derivation does: told in advance
//! which rules give a standard at which step (a list made once from the
//! derived set, outside the timing), it makes room for all its records at
//! once, walks the same model's steps and pushes, for each of those rules,
//! a plain typed record of the same size as a `Standard`: the rule's id and
//! the step's path (a shared pointer each, cloned), the rule's target at
//! the level, the step's channels and the level. It decides nothing: no
//! candidates, concerns, precedence, contacts, policies, provenance or
//! names. So at each size the two produce the same records in the same
//! order, and the ratio of their times is what derivation costs per
//! standard over the bare loop. The growth from 10,000 to 100,000 steps of
//! each says how far derivation is from linear beyond what the machine
//! does to any such loop over a model ten times larger.
//!
//! Criterion (`benches/derive.rs`) times every sample of one input, then
//! every sample of the next; on a shared machine whose load drifts, the
//! ratios of those medians move by ±20 %. Here each round times the bare
//! loop and derivation on the small model four times each, in turn, then
//! each once on the large model, then the small model four times again;
//! ratios are taken round by round, and the figure is the median of the
//! rounds' ratios (with its quartiles). Outputs are dropped after the
//! clock stops (as `iter_with_large_drop` does in `benches/derive.rs`).
//!
//! Each call is timed by two clocks: the wall clock, and the processor
//! time of the bench's thread (`CLOCK_THREAD_CPUTIME_ID`: page faults
//! count, the time other processes hold the core does not). On a machine
//! of two cores shared with other work, a call of 100 ms is taken off the
//! core several times and a call of 1 ms seldom, which inflates the
//! wall-clock growth; processor time is not inflated so.
//!
//! `cargo bench --bench derive_paired` runs warm (each timed call follows a
//! call on the same input) and cold (8 MiB written before each call,
//! outside the timing); `-- cold` or `-- warm` runs one of them. It prints a
//! Markdown table (BENCHMARKS.md, sixth round). Without `--bench` (`cargo
//! test --benches`) it runs each call once and times nothing.

#[path = "../tests/support/generator.rs"]
mod generator;

#[path = "support/rounds.rs"]
mod rounds;
use rounds::{evict, median, quantile};
use std::{
    collections::HashMap,
    hint::black_box,
    time::{Duration, Instant},
};

use service_standards::{model::Channel, prelude::*};

/// The small model's steps; the large one has 10 × as many.
const SMALL: usize = 10_000;

/// The seed of both models (that of `derive/steps` in `benches/derive.rs`).
const SEED: u64 = 2;

/// Rounds run for at least this long per start ...
const BUDGET: Duration = Duration::from_secs(8);

/// ... and at least this many.
const MIN_ROUNDS: usize = 15;

/// What a cold start writes before each call: 4 × this machine's L2 cache.
const EVICT: usize = 8 << 20;

/// The record the bare loop pushes for each standard.
#[allow(dead_code, reason = "written, never read")]
struct Bare {
    rule: Id,
    step: StepPath,
    target: Target,
    channels: EnumSet<Channel>,
    level: ServiceLevel,
}

/// A model, the rules, and which rules derivation gives a standard with at
/// each of its steps (by position in the rule set, in the set's order).
struct Input {
    model: ServiceModel,
    rules: RuleSet,
    /// The positions of the rules of every standard, step after step.
    plan: Vec<u32>,
    /// How many of `plan` each step of the model takes, in model order.
    counts: Vec<u32>,
    standards: usize,
}

impl Input {
    fn new(steps: usize) -> Self {
        let model = generator::model(steps, SEED);
        let rules = RuleSet::catalogue();
        let set = rules.derive(&model, ServiceLevel::Expected);
        let position: HashMap<&Id, u32> =
            rules.rules().enumerate().map(|(n, r)| (r.id(), n as u32)).collect();
        let mut by_step: HashMap<StepPath, Vec<u32>> = HashMap::new();
        for s in set.iter() {
            by_step.entry(s.step().clone()).or_default().push(position[s.rule()]);
        }
        let (mut plan, mut counts) = (Vec::new(), Vec::new());
        for at in model.steps() {
            let here = by_step.get(&at.path()).map_or(&[][..], Vec::as_slice);
            plan.extend_from_slice(here);
            counts.push(here.len() as u32);
        }
        Self { model, rules, plan, counts, standards: set.len() }
    }

    fn derive(&self) -> StandardSet {
        self.rules.derive(black_box(&self.model), ServiceLevel::Expected)
    }

    /// The bare loop: the planned records, step by step.
    fn bare(&self) -> Vec<Bare> {
        let level = black_box(ServiceLevel::Expected);
        let rules: Vec<&Rule> = self.rules.rules().collect();
        let mut out = Vec::with_capacity(self.plan.len());
        let mut plan = self.plan.iter();
        for (at, &count) in black_box(&self.model).steps().zip(&self.counts) {
            let (step, channels) = (at.path(), at.channels());
            for &n in plan.by_ref().take(count as usize) {
                let rule = rules[n as usize];
                let target = rule.template().targets().get(level).unwrap_or(Target::Always);
                out.push(Bare { rule: rule.id().clone(), step: step.clone(), target, channels, level });
            }
        }
        out
    }
}

/// The processor time this thread has used, in milliseconds (user and
/// system: page faults count, time other processes hold the core does not).
fn thread_cpu_ms() -> f64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid timespec for the call to write.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    if ok { t.tv_sec as f64 * 1e3 + t.tv_nsec as f64 / 1e6 } else { f64::NAN }
}

/// Runs `before`, then times `f` by the wall clock and by this thread's
/// processor time; its output is dropped after both clocks stop.
fn timed<O>(before: &mut dyn FnMut(), f: impl FnOnce() -> O) -> [f64; 2] {
    before();
    let cpu = thread_cpu_ms();
    let start = Instant::now();
    let out = black_box(f());
    let wall = start.elapsed();
    let cpu = thread_cpu_ms() - cpu;
    drop(out);
    [wall.as_secs_f64() * 1e3, cpu]
}

/// A figure: the median of the rounds' values, with its quartiles.
struct Figure {
    median: f64,
    q1: f64,
    q3: f64,
}

impl Figure {
    fn of(mut values: Vec<f64>) -> Self {
        let median = median(&mut values);
        Self { median, q1: quantile(&values, 0.25), q3: quantile(&values, 0.75) }
    }
}

/// The times of one round by one clock: the small model's calls, and the
/// large model's one call, bare loop and derivation each.
#[derive(Default)]
struct Round {
    bare_small: Vec<f64>,
    derive_small: Vec<f64>,
    bare_large: f64,
    derive_large: f64,
}

/// What one start measured by one clock.
struct Measured {
    rounds: usize,
    /// Medians of the calls: bare small, derive small, bare large, derive large (ms).
    times: [f64; 4],
    /// Derivation over the bare loop, small and large, round by round.
    per_standard: [Figure; 2],
    /// Large over small, derivation and bare loop, round by round.
    growth: [Figure; 2],
}

impl Measured {
    fn of(mut rounds: Vec<Round>) -> Self {
        let mut all: [Vec<f64>; 4] = Default::default();
        let (mut per_small, mut per_large, mut grow_derive, mut grow_bare) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for r in &mut rounds {
            let (b_small, d_small) = (median(&mut r.bare_small), median(&mut r.derive_small));
            per_small.push(d_small / b_small);
            per_large.push(r.derive_large / r.bare_large);
            grow_derive.push(r.derive_large / d_small);
            grow_bare.push(r.bare_large / b_small);
            all[0].extend_from_slice(&r.bare_small);
            all[1].extend_from_slice(&r.derive_small);
            all[2].push(r.bare_large);
            all[3].push(r.derive_large);
        }
        Self {
            rounds: rounds.len(),
            times: all.map(|mut v| median(&mut v)),
            per_standard: [Figure::of(per_small), Figure::of(per_large)],
            growth: [Figure::of(grow_derive), Figure::of(grow_bare)],
        }
    }
}

/// Runs the rounds of one start; what they measured by the wall clock and
/// by processor time.
fn measure(small: &Input, large: &Input, cold: bool, other: &mut [u64]) -> [Measured; 2] {
    let mut before = || {
        if cold {
            evict(other);
        }
    };
    let derive = |input: &Input, before: &mut dyn FnMut()| timed(before, || input.derive());
    let bare = |input: &Input, before: &mut dyn FnMut()| timed(before, || input.bare());
    // Warm-up: the allocator's pools and the code, at both sizes.
    for _ in 0..2 {
        for input in [small, large] {
            derive(input, &mut before);
            bare(input, &mut before);
        }
    }
    // The bare loop, then derivation, on one input; a warm call is
    // preceded by an untimed call on the same input.
    let pair = |input: &Input, before: &mut dyn FnMut()| {
        if !cold {
            bare(input, before);
        }
        let b = bare(input, before);
        if !cold {
            derive(input, before);
        }
        (b, derive(input, before))
    };
    let mut rounds: [Vec<Round>; 2] = Default::default();
    let start = Instant::now();
    while rounds[0].len() < MIN_ROUNDS || start.elapsed() < BUDGET {
        let mut round: [Round; 2] = Default::default();
        for k in 0..8 {
            if k == 4 {
                let (b, d) = pair(large, &mut before);
                for clock in 0..2 {
                    round[clock].bare_large = b[clock];
                    round[clock].derive_large = d[clock];
                }
            }
            let (b, d) = pair(small, &mut before);
            for clock in 0..2 {
                round[clock].bare_small.push(b[clock]);
                round[clock].derive_small.push(d[clock]);
            }
        }
        let [wall, cpu] = round;
        rounds[0].push(wall);
        rounds[1].push(cpu);
    }
    rounds.map(Measured::of)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let starts: Vec<bool> = match args.iter().find(|a| !a.starts_with("--")).map(String::as_str) {
        Some("warm") => vec![false],
        Some("cold") => vec![true],
        _ => vec![false, true],
    };
    let (small, large) = (Input::new(SMALL), Input::new(10 * SMALL));
    if !args.iter().any(|a| a == "--bench") {
        // Run as a test (`cargo test --benches`): each call once, no timing.
        for input in [&small, &large] {
            assert_eq!(input.derive().len(), input.bare().len());
        }
        println!("derive_paired: derivation and the bare loop ran once at each size");
        return;
    }
    println!(
        "standards: {} at {SMALL} steps, {} at {} steps (seed {SEED}, expected level)",
        small.standards,
        large.standards,
        10 * SMALL
    );
    println!(
        "| start | clock | rounds | bare {SMALL} | derive {SMALL} | bare {} | derive {} | derive / bare at {SMALL} | at {} | derive growth | bare growth |",
        10 * SMALL,
        10 * SMALL,
        10 * SMALL
    );
    println!("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    let mut other = vec![0_u64; EVICT / 8];
    let show = |f: &Figure| format!("{:.2}× ({:.2}–{:.2})", f.median, f.q1, f.q3);
    for cold in starts {
        let measured = measure(&small, &large, cold, &mut other);
        for (clock, m) in ["wall", "cpu"].into_iter().zip(&measured) {
            println!(
                "| {} | {clock} | {} | {:.3} ms | {:.3} ms | {:.2} ms | {:.2} ms | {} | {} | {} | {} |",
                if cold { "cold" } else { "warm" },
                m.rounds,
                m.times[0],
                m.times[1],
                m.times[2],
                m.times[3],
                show(&m.per_standard[0]),
                show(&m.per_standard[1]),
                show(&m.growth[0]),
                show(&m.growth[1]),
            );
        }
    }
}
