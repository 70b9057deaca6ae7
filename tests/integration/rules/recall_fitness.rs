//! The fitness pack against a real checklist and the trade's traps
//! (`research/trades/fitness.md`, sections 6 and 7).
//!
//! Recall: the items of Holmes Place Austria's weekly standards and service
//! audit (SafetyCulture public library,
//! https://public-library.safetyculture.io/products/hp-austria-weekly-standards-and-service-audit),
//! each stated as the topic (the concerns a standard on it would have) and
//! the target a club manager would audit, counted as derived when the
//! fitness template's expected set has a standard or a policy of that topic
//! with that target or a stricter one.

use std::time::Duration;

use service_standards::prelude::*;

use super::checklist::{Item, at, item, missed, of};

fn fitness() -> &'static Pack {
    Pack::builtin("fitness").unwrap()
}

fn template() -> &'static ServiceModel {
    fitness().template().unwrap()
}

fn days(n: u64) -> Target {
    Target::Within(Duration::from_secs(n * 86_400))
}

/// The checklist, item by item, in our own words, sections 1 to 5.
fn checklist() -> Vec<Item> {
    use Target::Always;
    let rooms: &[&str] = &["changing-rooms"];
    let wellness: &[&str] = &["wellness-ready"];
    vec![
        // 1. Reception service
        item("1.1 staff smartly dressed, name badge visible", &["staff-appearance"], Always),
        item("1.2 members greeted with a genuine smile", &["greeting-on-arrival"], Target::within_secs(15)),
        item("1.3 members acknowledged while staff are busy", &["acknowledge-waiting"], Always),
        item("1.4 phone answered within 5 rings", &["speed-of-answer"], Target::WithinRings(5)),
        item("1.5 hello, the club's name and one's own name", &["call-opening"], Always),
        item(
            "1.6 e-mail enquiries answered within 10 minutes",
            &["first-reply-email"],
            Target::within_mins(10),
        ),
        item("1.7 questions answered professionally", &["answer-accuracy"], Always),
        item("1.8 complaints handled professionally", &["complaint-intake", "complaint-apology"], Always),
        item("1.9 the receptionist knows all products", &["answer-accuracy"], Always),
        item("1.10 reception clean, tidy, uncluttered", &["tidy-premises"], Always),
        // 2. Retail area
        item("2.1 point-of-sale material current, to brand standard", &["printed-materials"], Always),
        item("2.2 retail area well presented and clean", &["printed-materials", "tidy-premises"], Always),
        item("2.3 drinks fridges full, labels forward, prices visible", &["printed-materials"], Always),
        // 3. Changing rooms and toilets
        item("3.1 every locker shows the current disclaimer", rooms, Always),
        item("3.2 lockers clean, doors closed when free", rooms, Always),
        item("3.3 all lockers usable, a sign on any out of order", rooms, Always),
        item("3.4 every locker has 2 hangers", rooms, Always),
        item("3.5 no towels or litter left", rooms, Always),
        item("3.6 all toilets working, a sign on any out of order", rooms, Always),
        item("3.7 toilets fresh and stocked", rooms, Always),
        item("3.8 toilet seats present and secure", rooms, Always),
        item("3.9 sunbeds available, all tubes working", &["sunbeds"], Always),
        item("3.10 sunbeds cleaned on a schedule", &["sunbeds"], Always),
        item("3.11 spray bottles and paper tissue available", &["cleaning-supplies"], Always),
        // 4. Wellness and wet area
        item("4.1 saunas and steam room on, at the right temperature", wellness, Always),
        item("4.2 saunas and steam room smell fresh", wellness, Always),
        item("4.3 loungers and furniture clean, in good condition", wellness, Always),
        item("4.4 relaxation rooms clean, no towels left", wellness, Always),
        item("4.5 pool water crystal clear, at the right temperature", &["pool-water"], Always),
        item("4.6 no scum line in the pool", &["pool-water"], Always),
        // 5. Gym area (the stored excerpt ends here); a defect fixed within a
        // week, as the chain's audits read "out of order".
        item("5.1 all machines clean and working", &["equipment-condition"], days(7)),
    ]
}

#[test]
fn the_fitness_template_derives_29_of_the_31_items_of_a_clubs_weekly_audit() {
    let set = RuleSet::catalogue().derive(template(), ServiceLevel::Expected);
    let items = checklist();
    let missed = missed(&set, &items);
    // The template has no sunbeds: not every club has them, and the trade
    // notes give no essential on them.
    assert_eq!(missed, ["3.9 sunbeds available, all tubes working", "3.10 sunbeds cleaned on a schedule"]);
    assert_eq!((items.len() - missed.len(), items.len()), (29, 31));
}

fn derived(level: ServiceLevel) -> StandardSet {
    RuleSet::catalogue().derive(template(), level)
}

fn some(rule: &str, target: Target) -> Option<(String, Target)> {
    Some((rule.to_owned(), target))
}

/// The greeting is for the staffed desk: on the self-service gate, only
/// inducted members get in, and nobody is timed to greet them.
#[test]
fn the_unstaffed_gate_gets_access_control_and_no_greeting() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let greeted: Vec<(String, Vec<Channel>)> = set
            .iter()
            .filter(|s| s.concern().as_str() == "greeting-on-arrival")
            .map(|s| (s.step().to_string(), s.channels().iter().collect()))
            .collect();
        assert_eq!(
            greeted,
            [("visit/arrival/access-and-greet".to_owned(), vec![Channel::FaceToFace])],
            "{level}"
        );
        let access: Vec<(String, Vec<Channel>, Target)> = set
            .iter()
            .filter(|s| s.concern().as_str() == "unstaffed-access")
            .map(|s| (s.rule().to_string(), s.channels().iter().collect(), s.target()))
            .collect();
        assert_eq!(
            access,
            [("unstaffed-entry-only-inducted".to_owned(), vec![Channel::SelfService], Target::Always)],
            "{level}"
        );
    }
}

/// Screening, induction, the water, the kids' club and first aid are zero
/// defects: no share of cases at any level; a faulty machine is out of use
/// at once and repaired by a date, never "98 % working".
#[test]
fn safety_steps_allow_no_share_of_defects() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        for path in [
            "onboarding/screening/health-questionnaire",
            "onboarding/induction/induction-session",
            "visit/wellness/pool-and-sauna",
            "visit/kids/kids-club",
            "incident/emergency/first-aid",
        ] {
            let shares: Vec<_> = at(&set, path)
                .into_iter()
                .filter(|(_, _, t)| matches!(t, Target::Share(_) | Target::ShareWithin { .. }))
                .collect();
            assert_eq!(shares, [], "{level} {path}");
        }
        let screening = "onboarding/screening/health-questionnaire";
        assert_eq!(of(&set, screening, "health-screening"), some("health-screened-first", Target::Always));
        assert_eq!(of(&set, screening, "health-data"), some("health-answers-kept-private", Target::Never));
        let induction = "onboarding/induction/induction-session";
        assert_eq!(of(&set, induction, "induction"), some("induction-before-use", Target::Always));
        let pool = "visit/wellness/pool-and-sauna";
        assert_eq!(of(&set, pool, "pool-supervision"), some("pool-supervised", Target::Always));
        assert_eq!(of(&set, pool, "pool-water"), some("pool-water-tested", Target::Always));
        assert_eq!(
            of(&set, "visit/kids/kids-club", "child-supervision"),
            some("children-supervised", Target::Always)
        );
        assert_eq!(
            of(&set, "incident/emergency/first-aid", "first-aid"),
            some("first-aid-ready", Target::Always)
        );
    }
    let repaired: Vec<Option<(String, Target)>> = ServiceLevel::ALL
        .iter()
        .map(|&l| of(&derived(l), "visit/training/gym-floor", "equipment-condition"))
        .collect();
    let rule = "equipment-working-or-out-of-use";
    assert_eq!(repaired, [some(rule, days(7)), some(rule, days(7)), some(rule, Target::within_hours(48))]);
}

/// Nothing is sold while the health questionnaire is read or during the
/// induction; the offer comes at the tour.
#[test]
fn nothing_is_sold_at_screening_or_induction() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let steps: Vec<String> = set
            .iter()
            .filter(|s| s.rule().as_str() == "no-selling-at-screening")
            .map(|s| s.step().to_string())
            .collect();
        assert_eq!(
            steps,
            ["onboarding/screening/health-questionnaire", "onboarding/induction/induction-session"],
            "{level}"
        );
        assert!(
            set.iter().all(|s| s.target() == Target::Never || s.rule().as_str() != "no-selling-at-screening")
        );
    }
}

/// Help on the floor when asked or when technique is unsafe, never an
/// approach timer: no offer of help, greeting or acknowledgement timed on
/// the gym floor, and no deadline there shorter than a day.
#[test]
fn the_gym_floor_gets_help_when_asked_and_no_approach_timer() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let floor = at(&set, "visit/training/gym-floor");
        assert_eq!(
            of(&set, "visit/training/gym-floor", "floor-help"),
            some("help-on-the-floor", Target::Always),
            "{level}"
        );
        let timed: Vec<&str> = floor
            .iter()
            .filter(|(c, _, t)| {
                ["offer-help", "greeting-on-arrival", "acknowledge-waiting", "acknowledge-approach"]
                    .contains(&c.as_str())
                    || matches!(t, Target::Within(d) if *d < Duration::from_secs(86_400))
            })
            .map(|(_, r, _)| r.as_str())
            .collect();
        assert_eq!(timed, Vec::<&str>::new(), "{level}");
        assert_eq!(
            of(&set, "visit/training/gym-floor", "cleaning-supplies"),
            some("wipe-down-supplies", Target::Always),
            "{level}"
        );
    }
}

/// The price is the term and the total, not the monthly figure alone; no
/// long tie without a way out; leaving is as easy as joining; no 14-day
/// withdrawal promised for a membership signed at the desk.
#[test]
fn the_contract_shows_term_and_total_and_exit_is_as_easy_as_joining() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        assert_eq!(
            of(&set, "joining/tour/offer-and-summary", "price-transparency"),
            some("term-and-total-shown", Target::Always),
            "{level}"
        );
        assert_eq!(
            of(&set, "joining/contract/sign-membership", "contract-term"),
            some("fair-minimum-term", Target::Always),
            "{level}"
        );
        assert_eq!(
            of(&set, "membership/changes/cancel", "cancellation"),
            some("cancel-as-easily-as-joining", Target::Always),
            "{level}"
        );
        assert_eq!(
            of(&set, "membership/changes/renewal-notice", "renewal-notice"),
            some("renewal-told-ahead", Target::Always),
            "{level}"
        );
        assert_eq!(
            of(&set, "membership/changes/freeze", "freeze-or-exit"),
            some("freeze-or-exit-on-change", Target::Always),
            "{level}"
        );
        let withdrawal: Vec<String> = set
            .iter()
            .filter(|s| s.statement().contains("14 days") || s.statement().contains("withdraw"))
            .map(|s| s.rule().to_string())
            .collect();
        assert_eq!(withdrawal, Vec::<String>::new(), "{level}");
    }
}

/// Fruit and infused water are the exclusive level's; the sauna is kept at
/// its set temperature, never "at least" or "never" a temperature.
#[test]
fn hotel_extras_are_exclusive_and_the_wet_area_has_no_one_sided_bound() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let lounge = set.iter().filter(|s| s.rule().as_str() == "lounge-with-fruit").count();
        assert_eq!(lounge, usize::from(level == ServiceLevel::Exclusive), "{level}");
        let pool = at(&set, "visit/wellness/pool-and-sauna");
        let one_sided: Vec<_> = pool
            .iter()
            .filter(|(_, _, t)| matches!(t, Target::AtLeast(_) | Target::AtMost(_) | Target::Never))
            .collect();
        assert_eq!(one_sided, Vec::<&(String, String, Target)>::new(), "{level}");
    }
}

#[test]
fn every_critical_rule_of_the_club_says_where_it_comes_from_and_allows_no_defect() {
    let critical: Vec<&str> =
        fitness().rules().rules().filter(|r| r.is_critical()).map(|r| r.id().as_str()).collect();
    assert_eq!(
        critical,
        [
            "children-supervised",
            "equipment-working-or-out-of-use",
            "fair-minimum-term",
            "first-aid-ready",
            "freeze-or-exit-on-change",
            "health-answers-kept-private",
            "health-screened-first",
            "induction-before-use",
            "pool-supervised",
            "pool-water-tested",
            "renewal-told-ahead",
            "term-and-total-shown",
            "unstaffed-entry-only-inducted",
        ]
    );
    for rule in fitness().rules().rules() {
        assert!(rule.source().is_some_and(|s| s.len() > 10), "{}", rule.id());
        assert!(rule.template().statement_in(Locale::Polish).is_some(), "{}", rule.id());
        if rule.is_critical() {
            for &level in ServiceLevel::ALL {
                let target = rule.template().targets().get(level).unwrap();
                assert!(
                    matches!(target, Target::Always | Target::Never | Target::Within(_)),
                    "{} {level}: {target}",
                    rule.id()
                );
            }
        }
    }
    let gestures: Vec<&str> = fitness()
        .rules()
        .rules()
        .filter(|r| fitness().is_gesture(r.id().as_str()))
        .map(|r| r.id().as_str())
        .collect();
    assert_eq!(
        gestures,
        [
            "buddy-for-a-newcomer",
            "child-progress-at-pick-up",
            "free-trial-visit",
            "freeze-time-added-back",
            "greeted-by-name-with-plans",
            "honest-recommendation",
            "lounge-with-fruit",
            "membership-fit-checked",
            "programme-reviewed-unasked",
            "towel-at-the-locker",
            "waiting-list-notice",
        ]
    );
    let exclusive = derived(ServiceLevel::Exclusive);
    let expected = derived(ServiceLevel::Expected);
    for gesture in &gestures {
        assert!(exclusive.iter().any(|s| s.rule().as_str() == *gesture), "{gesture}");
        assert!(expected.iter().all(|s| s.rule().as_str() != *gesture), "{gesture}");
    }
    assert_eq!(fitness().check(template()), []);
    assert_eq!(fitness().noun(Locale::Polish, Noun::Customer), "klubowicz");
    assert_eq!(fitness().noun(Locale::English, Noun::Order), "membership");
}
