//! Growth of the practice functions, measured in pairs: each function runs
//! on an input of n and on one of 8 n *in alternation*, and the ratio is
//! taken round by round.
//!
//! Criterion (`benches/practice.rs`, `growth/…`) times all samples of one
//! size, then all of the next; on a shared machine whose load drifts over
//! minutes, the ratio of those two medians moves by ±20 % from run to run.
//! Here each round times the small input eight times around one call on the
//! large input (four before, four after), so a drift in load reaches both
//! sides of the round's ratio alike, and the figure reported is the median
//! of the rounds' ratios (with its quartiles, and the ratio of the two
//! fastest calls beside it).
//!
//! `cargo bench --bench growth` runs every function warm (each timed call
//! follows a call on the same input: what the caches can keep of it, they
//! hold) and cold (8 MiB written before each call, outside the timing: the
//! 2 MiB L2 cache holds none of it);
//! `cargo bench --bench growth -- gaps` runs the functions whose name
//! contains `gaps`. It prints a Markdown table (BENCHMARKS.md, "Practice
//! functions", fifth round). Without `--bench` (`cargo test --benches`) it
//! runs each call once and times nothing.

#[path = "../tests/support/generator.rs"]
mod generator;

#[path = "support/rounds.rs"]
mod rounds;
use rounds::{evict, median, quantile};
use std::{
    hint::black_box,
    time::{Duration, Instant},
};

use service_standards::prelude::*;

/// The small input's size; the large one is 8 × this.
const N: usize = 2_000;

/// Rounds run for at least this long per function and start ...
const BUDGET: Duration = Duration::from_secs(4);

/// ... and at least this many.
const MIN_ROUNDS: usize = 15;

/// What a cold start writes before each call: 4 × this machine's L2 cache.
const EVICT: usize = 8 << 20;

/// What runs between a call's preparation and its clock starting (the
/// eviction of a cold start).
type Before<'a> = &'a mut dyn FnMut();

/// One call of a function on one input, returning the time of the call
/// alone: an input that a call consumes is prepared first, then `Before`
/// runs, then the clock starts.
type Call = Box<dyn FnMut(Before<'_>) -> Duration>;

/// Makes the call of a function on its input of a given size.
type MakeCall = fn(usize) -> Call;

/// A function, with a call on the small and one on the large input.
struct Case {
    name: &'static str,
    small: Call,
    large: Call,
}

/// Runs `before`, then times `f`, dropping its output inside the timing
/// (as a caller would).
fn timed<O>(before: Before<'_>, f: impl FnOnce() -> O) -> Duration {
    before();
    let start = Instant::now();
    drop(black_box(f()));
    start.elapsed()
}

fn cases(wanted: impl Fn(&str) -> bool) -> Vec<Case> {
    fn gaps(n: usize) -> Call {
        let feedback = generator::feedback(n, 11);
        Box::new(move |before| timed(before, || feedback.gaps()))
    }
    fn handbook(n: usize) -> Call {
        let model = generator::one_phase(n, n / 10, 12);
        let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
        Box::new(move |before| timed(before, || Handbook::new(&model, &set).markdown()))
    }
    fn blueprint(n: usize) -> Call {
        let model = generator::one_phase(n, n, 13);
        Box::new(move |before| timed(before, || Blueprint::new(&model).mermaid("line")))
    }
    fn checklist(n: usize) -> Call {
        let model = generator::model(n, 14);
        let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
        let filter = ChecklistFilter::new().department("front-office");
        Box::new(move |before| timed(before, || Checklist::new(&set, &filter).markdown(Locale::English)))
    }
    fn audit(n: usize) -> Call {
        let model = generator::model(n, 15);
        let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
        let audit = generator::audit(&set);
        let checklist = Checklist::new(&set, &ChecklistFilter::new());
        Box::new(move |before| timed(before, || audit.score(&checklist)))
    }
    fn set_diff(n: usize) -> Call {
        let model = generator::model(n, 16);
        let rules = RuleSet::catalogue();
        let (old, new) =
            (rules.derive(&model, ServiceLevel::Basic), rules.derive(&model, ServiceLevel::Exclusive));
        // Fresh copies for each call, made before a cold start's eviction
        // and the clock, and dropped after it stops, so that no index a
        // diff might keep is reused.
        Box::new(move |before| {
            let (a, b) = (old.clone(), new.clone());
            timed(before, || SetDiff::between(&a, &b))
        })
    }
    let all: [(&'static str, MakeCall); 6] = [
        ("gaps", gaps),
        ("handbook-markdown", handbook),
        ("blueprint", blueprint),
        ("checklist", checklist),
        ("audit-score", audit),
        ("set-diff", set_diff),
    ];
    // Inputs are made only for the functions asked for.
    all.into_iter()
        .filter(|(name, _)| wanted(name))
        .map(|(name, f)| Case { name, small: f(N), large: f(8 * N) })
        .collect()
}

/// What one function measured at one start.
struct Measured {
    rounds: usize,
    small_ms: f64,
    large_ms: f64,
    ratio: f64,
    ratio_q1: f64,
    ratio_q3: f64,
    ratio_fastest: f64,
}

fn measure(case: &mut Case, cold: bool, other: &mut [u64]) -> Measured {
    let mut call = |f: &mut Call| {
        let mut before = || {
            if cold {
                evict(other);
            }
        };
        f(&mut before).as_secs_f64() * 1e3
    };
    // Warm-up: the allocator's pools and the code, at both sizes.
    for _ in 0..3 {
        call(&mut case.small);
        call(&mut case.large);
    }
    // A block of `k` timed calls on one input; a warm block starts with an
    // untimed call on the same input, so that every timed call follows a
    // call on its own input (at both sizes alike).
    let mut block = |f: &mut Call, k: usize| -> Vec<f64> {
        if !cold {
            call(f);
        }
        (0..k).map(|_| call(f)).collect()
    };
    let (mut small, mut large, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    let start = Instant::now();
    while ratios.len() < MIN_ROUNDS || start.elapsed() < BUDGET {
        let mut round = block(&mut case.small, 4);
        let big = block(&mut case.large, 1).iter().sum::<f64>();
        round.extend(block(&mut case.small, 4));
        small.extend_from_slice(&round);
        large.push(big);
        ratios.push(big / median(&mut round));
    }
    let fastest = |v: &[f64]| v.iter().copied().fold(f64::INFINITY, f64::min);
    let ratio_fastest = fastest(&large) / fastest(&small);
    let ratio = median(&mut ratios);
    Measured {
        rounds: ratios.len(),
        small_ms: median(&mut small),
        large_ms: median(&mut large),
        ratio,
        ratio_q1: quantile(&ratios, 0.25),
        ratio_q3: quantile(&ratios, 0.75),
        ratio_fastest,
    }
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument filters by name.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filter: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let wanted = |name: &str| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()));
    let mut cases = cases(wanted);
    if cases.is_empty() {
        eprintln!("no function's name contains any of {filter:?}");
        std::process::exit(2);
    }
    if !args.iter().any(|a| a == "--bench") {
        // Run as a test (`cargo test --benches`): each call once, to show
        // that it runs, and no timing.
        for case in &mut cases {
            (case.small)(&mut || ());
            (case.large)(&mut || ());
        }
        println!("growth: {} functions ran once each (`cargo bench --bench growth` times them)", cases.len());
        return;
    }
    let mut other = vec![0_u64; EVICT / 8];
    println!(
        "| function | start | rounds | {N} | {} | ratio (median of rounds) | quartiles | fastest / fastest |",
        8 * N
    );
    println!("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for case in &mut cases {
        for cold in [false, true] {
            let m = measure(case, cold, &mut other);
            println!(
                "| {} | {} | {} | {:.3} ms | {:.3} ms | {:.2}× | {:.2}–{:.2}× | {:.2}× |",
                case.name,
                if cold { "cold" } else { "warm" },
                m.rounds,
                m.small_ms,
                m.large_ms,
                m.ratio,
                m.ratio_q1,
                m.ratio_q3,
                m.ratio_fastest
            );
        }
    }
}
