//! The hotel pack against a real checklist and the trade's traps
//! (`research/trades/hotel.md`, sections 6 and 7).
//!
//! Recall: the items of a public front-office check-in standard
//! (Setupmyhotel, "Service Standard Checklist – Front Office – Guest
//! Check-in", https://setupmyhotel.com/formats/fo/392-service-stnd-checklist-check-in.html),
//! each stated as the topic (the concerns a standard on it would have) and
//! the target a front-office manager would audit, counted as derived when
//! the hotel template's expected set has a standard or a policy of that
//! topic with that target or a stricter one.
//!
//! The misses: no standard caps the time in the queue apart from the
//! check-in it includes (the check-in time counts the wait, so a line of
//! its own would say it twice), has staff speak first when the guest is
//! 5 ft away (the greeting is timed, 30 seconds), asks how the account will
//! be settled under a concern of its own (the card guarantee asks it, under
//! `card-pre-authorisation`), or makes small talk (a chat at the desk would
//! repeat the personal remark of a warm brand's welcome, and go against a
//! brand that spares the guest's time). The hotel pack's own rules add two,
//! the registration timed in minutes and the room that is not ready; their
//! builder did not open these items, but drew on the research note, whose
//! sources include this checklist (item 20 is matched by the safe-custody
//! policy's concern as well as stated by the `room-not-ready` standard).
//!
//! Six more are derived by rules written with this checklist in view, so
//! the figure of 18 is a ceiling, not a measure on unseen items: the desk
//! staffed for the arrivals (a department policy, item 6), the check-in
//! recorded in the property system (item 15), the card guarantee under the
//! checklist's concern (item 16), the key presented in its folder with the
//! floor and the lift pointed out (item 17), the mail and messages handed
//! over with the key (item 13), and help with the luggage offered (item 21,
//! with the directions of the key's presentation).

use service_standards::prelude::*;

use super::checklist::{Item, item, missed, of};

fn hotel() -> &'static Pack {
    Pack::builtin("hotel").unwrap()
}

fn template() -> &'static ServiceModel {
    hotel().template().unwrap()
}

/// The checklist, item by item, in our own words.
fn checklist() -> Vec<Item> {
    use Target::{Always, AtLeast, FromDistance, Never};
    let mins = Target::within_mins;
    vec![
        item("1 staff well groomed, in uniform, with a name tag", &["staff-appearance"], Always),
        item("2 staff do not eat, drink, smoke or chew gum", &["conduct-in-view"], Never),
        item("3 staff focused on the guest, not distracted", &["attention-while-serving"], Always),
        // 10 ft, about 3 m as the trade notes give it.
        item(
            "4 eye contact and a smile for every guest within 10 ft, queue included",
            &["acknowledge-approach"],
            FromDistance(Distance::metres(3)),
        ),
        // 5 to 8 minutes: the lenient end.
        item("5 no guest waits in line longer than 5 to 8 minutes", &["queue-wait"], mins(8)),
        item("6 enough staff at the front office for the demand", &["staffing"], Always),
        item(
            "7 staff speak first, with a smile and a welcome, within 5 ft",
            &["greeting-on-arrival"],
            FromDistance(Distance::from_millimetres(1_500)),
        ),
        item("8 name confirmed and used 2 to 3 times", &["use-of-name"], AtLeast(2)),
        item("9 a registered guest not asked for the same information again", &["repeat-questions"], Never),
        item("10 asked discreetly how the account will be settled", &["settlement-method"], Always),
        // Read back at the booking; the desk is not made to say details aloud.
        item(
            "11 stay details verified: dates, rate, room and bed type, e-mail, billing",
            &["read-back"],
            Always,
        ),
        item("12 special requests and the relevant procedures explained", &["next-steps"], Always),
        item("13 mail, messages or parcels handed over discreetly", &["guest-messages"], Always),
        item("14 staff chat with the guest during check-in", &["personal-touch"], Always),
        item("15 check-in recorded in the property management system", &["record-accuracy"], Always),
        item("16 card pre-authorised and handed back", &["card-pre-authorisation"], Always),
        item(
            "17 key card in its folder, the floor pointed out, the folder explained",
            &["key-presentation"],
            Always,
        ),
        item("18 room number given discreetly", &["discretion-aloud"], Never),
        // 5 to 8 minutes: the lenient end.
        item("19 registration completed correctly within 5 to 8 minutes", &["transaction-time"], mins(8)),
        item(
            "20 room not ready: alternatives, a drink at the coffee shop, luggage stored",
            &["alternatives", "safekeeping"],
            Always,
        ),
        item("21 directions to the room and help with the luggage", &["escort", "offer-help"], Always),
        item("22 staff speak last, with a sincere farewell", &["farewell"], Always),
    ]
}

#[test]
fn the_hotel_template_derives_18_of_the_22_items_of_a_real_check_in_standard() {
    let set = derived(ServiceLevel::Expected);
    let items = checklist();
    let missed = missed(&set, &items);
    assert_eq!(
        missed,
        [
            "5 no guest waits in line longer than 5 to 8 minutes",
            "7 staff speak first, with a smile and a welcome, within 5 ft",
            "10 asked discreetly how the account will be settled",
            "14 staff chat with the guest during check-in",
        ]
    );
    assert_eq!((items.len() - missed.len(), items.len()), (18, 22));
}

fn derived(level: ServiceLevel) -> StandardSet {
    RuleSet::catalogue().derive(template(), level)
}

/// The steps of `set` with a standard of `concern`.
fn steps_of(set: &StandardSet, concern: &str) -> Vec<String> {
    set.iter().filter(|s| s.concern().as_str() == concern).map(|s| s.step().to_string()).collect()
}

/// Details are read back on the booking call, never at the desk: the room
/// number is never said aloud where others hear, and the identity checked
/// is the guest's or someone they authorised, not every person's.
#[test]
fn the_room_number_is_never_read_back_at_the_desk() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        assert_eq!(steps_of(&set, "read-back"), ["reservation/enquiry/take-booking"], "{level}");
        let register = "stay/check-in/register";
        assert_eq!(
            of(&set, register, "discretion-aloud"),
            Some(("discreet-in-earshot".to_owned(), Target::Never)),
            "{level}"
        );
        let path: StepPath = register.parse().unwrap();
        let discreet = set.at_step(&path).find(|s| s.concern().as_str() == "discretion-aloud").unwrap();
        assert!(discreet.statement().contains("personal or financial details"), "{level}");
        // The room number itself is shown, not said, where the key is handed over.
        assert_eq!(
            of(&set, "stay/check-in/issue-key", "room-number"),
            Some(("room-number-never-aloud".to_owned(), Target::Never)),
            "{level}"
        );
        assert_eq!(steps_of(&set, "identity-check"), [register], "{level}");
        assert_eq!(
            of(&set, register, "identity-check"),
            Some(("guest-registered".to_owned(), Target::Always))
        );
    }
}

/// A room for given dates carries no 14-day right of withdrawal: no
/// standard of the hotel offers one (the one that names it says there is
/// none), and the full price is stated before the guest commits.
#[test]
fn a_booking_gets_no_fourteen_day_withdrawal() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        for s in set.iter() {
            let statement = s.statement().to_lowercase();
            let says_none = statement.contains("carries no 14-day right of withdrawal");
            assert!(says_none || !statement.contains("withdraw"), "{level}: {statement}");
            assert!(!statement.contains("14 days"), "{level}: {statement}");
        }
        assert_eq!(
            of(&set, "reservation/enquiry/offer-rooms", "price-transparency"),
            Some(("rate-and-terms-before-booking".to_owned(), Target::Always)),
            "{level}"
        );
    }
}

/// One property's switchboard is measured in rings, never by a call
/// centre's service level or queue announcements.
#[test]
fn the_hotels_phones_are_measured_in_rings_not_a_call_centres_service_level() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        // Three rings at the exclusive level too: two read as a conflict
        // with serving the guest in front of you where the desk answers.
        let rings = if level == ServiceLevel::Basic { 5 } else { 3 };
        let answers: Vec<(String, Target)> = set
            .iter()
            .filter(|s| s.concern().as_str() == "speed-of-answer")
            .map(|s| (s.step().to_string(), s.target()))
            .collect();
        assert_eq!(
            answers,
            [
                ("reservation/enquiry/answer-call".to_owned(), Target::WithinRings(rings)),
                ("stay/in-stay/guest-request".to_owned(), Target::WithinRings(rings)),
            ],
            "{level}"
        );
        assert!(
            set.policies().iter().all(|p| p.standard().concern().as_str() != "speed-of-answer"),
            "{level}"
        );
        assert_eq!(steps_of(&set, "queue-information"), Vec::<String>::new(), "{level}");
    }
}

/// The restaurant's course clock is not copied to the hotel: no rule of
/// the restaurant pack that the hotel pack does not share, and no
/// standard of punctuality, at any level.
#[test]
fn the_restaurants_course_timing_is_not_copied_to_the_hotel() {
    let restaurant = Pack::builtin("restaurant").unwrap();
    let hotel = Pack::builtin("hotel").unwrap();
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let copied: Vec<&str> = set
            .iter()
            .map(|s| s.rule().as_str())
            .filter(|r| restaurant.rules().rules().any(|rule| rule.id().as_str() == *r))
            .filter(|r| !hotel.rules().rules().any(|rule| rule.id().as_str() == *r))
            .collect();
        assert_eq!(copied, Vec::<&str>::new(), "{level}");
        assert_eq!(steps_of(&set, "punctuality"), Vec::<String>::new(), "{level}");
    }
}
