//! The model documents of real-looking businesses in
//! `tests/fixtures/models/` load through the public API, each with exactly
//! the sequences, phases and steps written in it.

use service_standards::prelude::*;

/// Reads one document of `tests/fixtures/models/`.
fn load(file: &str) -> ServiceModel {
    let path = format!("{}/tests/fixtures/models/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Each sequence of the model: its id, its number of phases and of steps.
fn shape(model: &ServiceModel) -> Vec<(String, usize, usize)> {
    model
        .sequences()
        .iter()
        .map(|s| {
            let steps = s.phases().iter().map(|p| p.steps().len()).sum();
            (s.id().as_str().to_owned(), s.phases().len(), steps)
        })
        .collect()
}

/// Asserts the shape of the model in `file`: its pack and, per
/// sequence, `(id, phases, steps)`.
fn check(file: &str, pack: &str, expected: &[(&str, usize, usize)]) {
    let model = load(file);
    assert_eq!(model.pack().as_str(), pack, "{file}");
    let expected: Vec<(String, usize, usize)> =
        expected.iter().map(|&(id, phases, steps)| (id.to_owned(), phases, steps)).collect();
    assert_eq!(shape(&model), expected, "{file}");
}

#[test]
fn city_bistro_loads() {
    check(
        "restaurant_city_bistro.toml",
        "restaurant",
        &[("booking", 2, 5), ("visit", 4, 17), ("group", 2, 5)],
    );
}

#[test]
fn hotel_brasserie_loads() {
    check(
        "restaurant_hotel_brasserie.toml",
        "restaurant",
        &[("breakfast", 2, 8), ("dinner", 4, 15), ("room-service", 2, 7)],
    );
}

#[test]
fn city_business_hotel_loads() {
    check("hotel_city_business.toml", "hotel", &[("stay", 5, 22), ("meetings", 4, 11)]);
}

#[test]
fn seaside_family_hotel_loads() {
    check("hotel_seaside_family.toml", "hotel", &[("holiday", 5, 25)]);
}

#[test]
fn street_shoe_shop_loads() {
    check(
        "shop_street_shoes.toml",
        "shop",
        &[("purchase", 3, 11), ("special-order", 2, 4), ("returns", 2, 7)],
    );
}

#[test]
fn electronics_shop_loads() {
    check(
        "shop_electronics.toml",
        "shop",
        &[("store-purchase", 2, 9), ("online-order", 3, 9), ("home-delivery", 2, 7), ("repair", 3, 10)],
    );
}

#[test]
fn insurer_contact_centre_loads() {
    check(
        "contact_centre_insurer.toml",
        "contact-centre",
        &[("claim", 3, 18), ("roadside", 3, 10), ("policy", 2, 7)],
    );
}

#[test]
fn telecom_contact_centre_loads() {
    check(
        "contact_centre_telecom.toml",
        "contact-centre",
        &[("broadband-fault", 3, 14), ("outage", 2, 6), ("billing-query", 2, 8), ("lost-phone", 2, 6)],
    );
}

#[test]
fn hair_salon_loads() {
    check("hair_salon.toml", "general", &[("appointment", 7, 24)]);
}

#[test]
fn vet_practice_loads() {
    check(
        "vet_practice.toml",
        "general",
        &[("consultation", 5, 20), ("surgery", 5, 16), ("end-of-life", 3, 9)],
    );
}

#[test]
fn family_pizzeria_loads() {
    check(
        "restaurant_pizzeria.toml",
        "restaurant",
        &[("table-booking", 1, 2), ("dine-in", 4, 15), ("takeaway", 3, 12), ("delivery", 5, 14)],
    );
}

#[test]
fn airport_hotel_loads() {
    check(
        "hotel_airport.toml",
        "hotel",
        &[
            ("transit-stay", 6, 18),
            ("crew-stay", 5, 10),
            ("restaurant", 4, 10),
            ("stranded-passengers", 4, 7),
        ],
    );
}

#[test]
fn cooperative_bank_branch_loads() {
    check(
        "bank_cooperative_branch.toml",
        "bank",
        &[("cash-desk", 3, 8), ("loan", 6, 14), ("phone-line", 1, 4), ("lost-card", 3, 5)],
    );
}

#[test]
fn bookshop_loads() {
    check(
        "shop_bookshop.toml",
        "shop",
        &[
            ("store-visit", 2, 7),
            ("cafe", 1, 5),
            ("special-order", 3, 8),
            ("click-and-collect", 3, 9),
            ("author-evening", 4, 10),
        ],
    );
}

#[test]
fn driving_school_loads() {
    check("driving_school.toml", "general", &[("licence", 6, 28)]);
}

#[test]
fn family_practice_loads() {
    check(
        "clinic_family_practice.toml",
        "clinic",
        &[
            ("booking", 3, 8),
            ("visit", 3, 10),
            ("tests", 3, 7),
            ("repeat-prescription", 2, 5),
            ("complaint", 2, 3),
        ],
    );
}

#[test]
fn independent_garage_loads() {
    check(
        "workshop_independent_garage.toml",
        "workshop",
        &[("booking", 2, 5), ("repair", 7, 18), ("complaint", 3, 5)],
    );
}

#[test]
fn regional_airline_loads() {
    check(
        "airline_regional.toml",
        "airline",
        &[("booking", 3, 6), ("journey", 5, 16), ("delay", 3, 5), ("lost-bag", 3, 7), ("refund-claim", 3, 5)],
    );
}

#[test]
fn broadband_provider_loads() {
    check(
        "telecom_broadband_provider.toml",
        "telecom",
        &[
            ("sign-up", 3, 9),
            ("installation", 4, 8),
            ("fault", 4, 7),
            ("billing", 3, 6),
            ("end-of-contract", 3, 7),
        ],
    );
}

#[test]
fn outdoor_gear_e_shop_loads() {
    check(
        "e_shop_outdoor_gear.toml",
        "e-shop",
        &[
            ("buying", 3, 7),
            ("delivery", 2, 6),
            ("customer-service", 2, 4),
            ("returns", 3, 5),
            ("complaint", 3, 5),
        ],
    );
}

#[test]
fn city_fitness_club_loads() {
    check(
        "fitness_club_city.toml",
        "fitness",
        &[
            ("joining", 2, 6),
            ("induction", 3, 4),
            ("visit", 4, 8),
            ("classes", 2, 5),
            ("personal-training", 2, 4),
            ("membership", 2, 5),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn town_hall_registry_loads() {
    check(
        "public_office_registry.toml",
        "public-office",
        &[
            ("appointment", 2, 4),
            ("id-card", 4, 9),
            ("address", 2, 5),
            ("certificate", 2, 4),
            ("appeal", 2, 3),
            ("complaint", 1, 2),
        ],
    );
}

#[test]
fn pharmacy_cosmetics_e_shop_loads() {
    check(
        "e_shop_pharmacy_cosmetics.toml",
        "e-shop",
        &[
            ("buying", 3, 6),
            ("subscription", 3, 6),
            ("delivery", 3, 6),
            ("questions", 1, 3),
            ("returns", 3, 5),
            ("complaint", 2, 4),
        ],
    );
}

#[test]
fn leisure_centre_loads() {
    check(
        "fitness_leisure_centre.toml",
        "fitness",
        &[
            ("swim-visit", 4, 6),
            ("membership", 4, 8),
            ("hall-booking", 2, 6),
            ("swim-lessons", 4, 9),
            ("cafe", 1, 3),
            ("complaint", 2, 4),
        ],
    );
}

#[test]
fn local_tax_office_loads() {
    check(
        "public_office_tax.toml",
        "public-office",
        &[
            ("enquiry", 3, 5),
            ("declaration", 2, 3),
            ("assessment", 2, 4),
            ("relief", 2, 3),
            ("arrears", 2, 4),
            ("appeal", 2, 3),
            ("e-office", 1, 4),
            ("complaint", 1, 2),
        ],
    );
}

#[test]
fn seafood_terrace_restaurant_loads() {
    check(
        "restaurant_seafood_terrace.toml",
        "restaurant",
        &[("booking", 5, 7), ("meal", 4, 17), ("celebration", 4, 11)],
    );
}

#[test]
fn dental_practice_loads() {
    check(
        "clinic_dental_practice.toml",
        "clinic",
        &[
            ("booking", 4, 7),
            ("check-up", 5, 14),
            ("pain-slot", 4, 9),
            ("treatment-plan", 4, 11),
            ("complaint", 1, 2),
        ],
    );
}

#[test]
fn city_bank_branch_loads() {
    check(
        "bank_city_branch.toml",
        "bank",
        &[("counter", 3, 11), ("everyday", 2, 6), ("mortgage", 5, 14), ("cards", 6, 11)],
    );
}

#[test]
fn low_cost_airline_loads() {
    check(
        "airline_low_cost.toml",
        "airline",
        &[
            ("booking", 3, 8),
            ("check-in", 2, 3),
            ("departure", 4, 16),
            ("disruption", 3, 8),
            ("claims", 3, 7),
        ],
    );
}

#[test]
fn tyre_service_workshop_loads() {
    check(
        "workshop_tyre_service.toml",
        "workshop",
        &[("season-booking", 3, 6), ("change", 4, 15), ("storage", 4, 6), ("quick-service", 3, 8)],
    );
}

#[test]
fn dry_cleaner_loads() {
    check(
        "dry_cleaner.toml",
        "general",
        &[
            ("counter", 5, 15),
            ("alterations", 3, 6),
            ("lockers", 3, 7),
            ("shirts", 3, 8),
            ("lost-or-damaged", 3, 6),
        ],
    );
}

#[test]
fn mountain_boutique_hotel_loads() {
    check(
        "hotel_mountain_boutique.toml",
        "hotel",
        &[("booking", 4, 10), ("stay", 8, 23), ("half-board", 2, 7), ("spa", 2, 5)],
    );
}

#[test]
fn street_pharmacy_loads() {
    check(
        "shop_pharmacy_street.toml",
        "shop",
        &[
            ("prescription", 3, 7),
            ("out-of-stock", 3, 5),
            ("minor-ailment", 2, 7),
            ("services", 2, 5),
            ("click-and-collect", 3, 7),
            ("complaint", 1, 3),
        ],
    );
}

#[test]
fn fashion_e_shop_loads() {
    check(
        "e_shop_fashion.toml",
        "e-shop",
        &[("buying", 3, 7), ("delivery", 3, 6), ("returns", 3, 6), ("chat-line", 1, 6), ("club", 2, 6)],
    );
}

#[test]
fn municipal_swimming_pool_loads() {
    check(
        "fitness_swimming_pool.toml",
        "fitness",
        &[
            ("single-entry", 4, 8),
            ("membership", 3, 8),
            ("swim-lessons", 5, 12),
            ("gym", 4, 7),
            ("incidents", 3, 5),
        ],
    );
}

#[test]
fn energy_supplier_loads() {
    check(
        "telecom_energy_supplier.toml",
        "telecom",
        &[
            ("switching", 4, 13),
            ("meter-reading", 3, 6),
            ("billing", 4, 11),
            ("moving", 4, 6),
            ("arrears", 4, 9),
            ("outage", 2, 7),
            ("complaint", 2, 6),
        ],
    );
}

#[test]
fn passport_office_loads() {
    check(
        "public_office_passport.toml",
        "public-office",
        &[
            ("appointment", 2, 4),
            ("application", 2, 11),
            ("collection", 3, 7),
            ("urgent", 3, 7),
            ("lost", 2, 5),
            ("enquiry", 2, 3),
            ("complaint", 1, 3),
        ],
    );
}

#[test]
fn transport_line_contact_centre_loads() {
    check(
        "contact_centre_transport_line.toml",
        "contact-centre",
        &[
            ("travel-info", 3, 7),
            ("delays", 3, 7),
            ("lost-property", 3, 7),
            ("fine-dispute", 3, 9),
            ("season-ticket", 3, 9),
            ("complaint", 2, 5),
        ],
    );
}

#[test]
fn car_rental_branch_loads() {
    check(
        "car_rental_branch.toml",
        "general",
        &[("booking", 4, 7), ("pick-up", 2, 11), ("on-the-road", 3, 7), ("return", 3, 10), ("charges", 2, 8)],
    );
}

#[test]
fn cafe_bakery_loads() {
    check(
        "restaurant_cafe_bakery.toml",
        "restaurant",
        &[
            ("counter", 4, 10),
            ("terrace", 4, 14),
            ("celebration-cake", 4, 11),
            ("loyalty", 3, 4),
            ("complaint", 3, 3),
        ],
    );
}

#[test]
fn leisure_charter_airline_loads() {
    check(
        "airline_leisure_charter.toml",
        "airline",
        &[
            ("tour-operators", 4, 7),
            ("seat-only", 4, 11),
            ("departure", 5, 20),
            ("lost-bag", 3, 7),
            ("delay", 3, 7),
            ("claims", 2, 4),
        ],
    );
}

#[test]
fn outpatient_specialist_clinic_loads() {
    check(
        "clinic_outpatient_specialists.toml",
        "clinic",
        &[
            ("booking", 5, 10),
            ("visit", 3, 14),
            ("blood-sampling", 4, 8),
            ("mole-removal", 5, 7),
            ("holter", 3, 3),
            ("results", 6, 7),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn brand_dealer_workshop_loads() {
    check(
        "workshop_brand_dealer.toml",
        "workshop",
        &[
            ("booking", 2, 6),
            ("drop-off", 4, 10),
            ("work", 4, 5),
            ("collection", 2, 7),
            ("recall", 3, 4),
            ("roadworthiness", 3, 4),
            ("accident-repair", 4, 10),
            ("after-care", 2, 2),
            ("complaint", 2, 3),
        ],
    );
}

#[test]
fn multiplex_cinema_loads() {
    check(
        "cinema_multiplex.toml",
        "general",
        &[
            ("online-tickets", 3, 4),
            ("box-office", 2, 6),
            ("snack-bar", 2, 6),
            ("screening", 3, 7),
            ("cancelled-screening", 2, 4),
            ("school-screening", 3, 6),
            ("private-hire", 4, 8),
            ("lost-property", 3, 4),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn online_first_bank_loads() {
    check(
        "bank_online_first.toml",
        "bank",
        &[
            ("account-opening", 5, 11),
            ("cards", 3, 8),
            ("chat", 3, 8),
            ("loan", 6, 10),
            ("fraud", 4, 6),
            ("advice-centre", 3, 9),
            ("complaint", 3, 4),
        ],
    );
}

#[test]
fn burger_counter_restaurant_loads() {
    check(
        "restaurant_burger_counter.toml",
        "restaurant",
        &[("dine-in", 4, 19), ("drive-through", 4, 11), ("platform-delivery", 3, 8), ("bun-club", 3, 8)],
    );
}

#[test]
fn building_society_loads() {
    check(
        "bank_building_society.toml",
        "bank",
        &[
            ("branch-savings", 2, 8),
            ("open-savings", 3, 5),
            ("mortgage", 5, 15),
            ("member-line", 2, 8),
            ("letters", 3, 6),
            ("extra-support", 2, 6),
            ("bereavement", 4, 8),
            ("complaint", 2, 4),
        ],
    );
}

#[test]
fn physiotherapy_practice_loads() {
    check(
        "clinic_physiotherapy.toml",
        "clinic",
        &[
            ("booking", 4, 10),
            ("first-assessment", 4, 13),
            ("course", 3, 14),
            ("exercise-app", 3, 6),
            ("sports-injury", 3, 8),
            ("billing", 3, 6),
            ("changes", 3, 3),
            ("incident", 2, 2),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn city_hostel_loads() {
    check(
        "hotel_city_hostel.toml",
        "hotel",
        &[("booking", 3, 6), ("stay", 5, 26), ("walking-tour", 3, 5), ("groups", 5, 13)],
    );
}

#[test]
fn diy_store_loads() {
    check(
        "shop_diy_store.toml",
        "shop",
        &[
            ("store-visit", 4, 12),
            ("paint-mixing", 2, 9),
            ("timber-cutting", 1, 5),
            ("delivery", 4, 9),
            ("returns", 2, 8),
            ("trade-counter", 5, 11),
        ],
    );
}

#[test]
fn climbing_gym_loads() {
    check(
        "fitness_climbing_gym.toml",
        "fitness",
        &[
            ("first-visit", 4, 13),
            ("regular-visit", 3, 7),
            ("membership", 3, 7),
            ("kids-course", 3, 9),
            ("cafe", 1, 3),
            ("closures", 2, 2),
            ("incident", 3, 4),
            ("complaint", 2, 3),
        ],
    );
}

#[test]
fn social_security_office_loads() {
    check(
        "public_office_social_security.toml",
        "public-office",
        &[
            ("appointment", 3, 4),
            ("visit", 2, 7),
            ("pension-claim", 4, 13),
            ("pension-questions", 3, 7),
            ("sickness-benefit", 4, 7),
            ("medical-assessment", 3, 4),
            ("correspondence", 2, 3),
            ("objection", 2, 3),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn mobile_operator_shop_loads() {
    check(
        "telecom_mobile_shop.toml",
        "telecom",
        &[
            ("new-contract", 5, 11),
            ("porting", 3, 6),
            ("sim-swap", 2, 5),
            ("lost-phone", 1, 2),
            ("bills", 3, 5),
            ("repair", 3, 10),
            ("roaming", 2, 4),
            ("cancellation", 2, 6),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn village_pub_with_kitchen_loads() {
    check(
        "restaurant_pub_kitchen.toml",
        "restaurant",
        &[
            ("drinks", 3, 14),
            ("food", 3, 11),
            ("sunday-lunch", 6, 11),
            ("quiz-night", 4, 9),
            ("garden-and-dogs", 3, 6),
            ("online", 2, 2),
        ],
    );
}

#[test]
fn insurance_claims_contact_centre_loads() {
    check(
        "contact_centre_insurance_claims.toml",
        "contact-centre",
        &[("motor-claim", 5, 27), ("home-claim", 5, 21), ("complaint", 3, 6)],
    );
}

#[test]
fn supermarket_loads() {
    check(
        "shop_supermarket.toml",
        "shop",
        &[
            ("shopping-trip", 4, 16),
            ("fresh-counter", 1, 6),
            ("counter-order", 2, 4),
            ("bakery", 1, 6),
            ("returns", 2, 5),
            ("loyalty", 3, 7),
        ],
    );
}

#[test]
fn spa_resort_hotel_loads() {
    check(
        "hotel_spa_resort.toml",
        "hotel",
        &[
            ("booking", 5, 8),
            ("stay", 4, 13),
            ("spa-programme", 4, 14),
            ("pools", 2, 7),
            ("half-board", 2, 9),
            ("wedding", 5, 14),
            ("returning", 3, 4),
        ],
    );
}

#[test]
fn town_hall_loads() {
    check(
        "public_office_town_hall.toml",
        "public-office",
        &[
            ("address", 4, 12),
            ("parking-permit", 4, 8),
            ("waste", 3, 8),
            ("certificate", 2, 5),
            ("enquiries", 2, 6),
            ("complaint", 2, 4),
        ],
    );
}

#[test]
fn grocery_delivery_e_shop_loads() {
    check(
        "e_shop_grocery_delivery.toml",
        "e-shop",
        &[
            ("ordering", 5, 10),
            ("picking", 2, 4),
            ("delivery", 3, 10),
            ("missing-and-damaged", 3, 5),
            ("subscription", 3, 5),
            ("customer-service", 2, 3),
        ],
    );
}

#[test]
fn removals_company_loads() {
    check(
        "removals_company.toml",
        "general",
        &[
            ("survey", 3, 8),
            ("quote-and-booking", 3, 7),
            ("before-the-move", 3, 6),
            ("move-day", 4, 16),
            ("storage", 5, 7),
            ("claims", 3, 7),
            ("agent-moves", 2, 3),
        ],
    );
}

#[test]
fn island_hopper_airline_loads() {
    check(
        "airline_island_hopper.toml",
        "airline",
        &[("booking", 3, 10), ("travel-day", 4, 19), ("weather", 3, 7), ("freight", 3, 6), ("claims", 2, 5)],
    );
}

/// The steps of `sequence` in `file` that are part of the same contact as
/// `phase/step`, as `phase/step`.
fn same_contact_as(file: &str, sequence: &str, at: &str) -> Vec<String> {
    let model = load(file);
    let path: StepPath = format!("{sequence}/{at}").parse().unwrap();
    let first = model.step(&path).unwrap().step().clone();
    model
        .steps()
        .filter(|s| s.path().sequence().as_str() == sequence && s.step().same_contact(&first))
        .map(|s| format!("{}/{}", s.path().phase(), s.path().step()))
        .collect()
}

#[test]
fn a_restaurant_visit_is_one_contact_from_the_door_to_the_farewell() {
    let visit = same_contact_as("restaurant_city_bistro.toml", "visit", "arrival/greet");
    assert_eq!(
        visit,
        [
            "arrival/greet",
            "arrival/find-booking",
            "arrival/wait-at-bar",
            "arrival/coats",
            "arrival/seat",
            "ordering/menu",
            "ordering/allergies",
            "ordering/order",
            "meal/serve",
            "meal/check-back",
            "meal/sold-out",
            "meal/complaint",
            "bill/present-bill",
            "bill/pay",
            "bill/farewell",
        ]
    );
}

#[test]
fn a_call_spans_its_phases_and_a_survey_opens_a_contact_of_its_own() {
    let call = same_contact_as("contact_centre_telecom.toml", "broadband-fault", "report/answer");
    assert_eq!(
        call,
        [
            "report/answer",
            "report/verify",
            "diagnosis/troubleshoot",
            "diagnosis/transfer",
            "diagnosis/book-engineer"
        ]
    );
    let model = load("contact_centre_telecom.toml");
    let survey = model.step(&"broadband-fault/repair/survey".parse().unwrap()).unwrap().step().clone();
    assert_eq!((survey.opens_contact(), survey.started_by()), (true, Initiator::Company));
}

#[test]
fn bank_credit_union_loads() {
    check(
        "bank_credit_union.toml",
        "bank",
        &[
            ("joining", 4, 9),
            ("branch", 3, 7),
            ("phone", 1, 4),
            ("app", 3, 5),
            ("loan", 4, 10),
            ("lost-card", 4, 7),
            ("complaint", 2, 3),
        ],
    );
}

#[test]
fn clinic_eye_care_loads() {
    check(
        "clinic_eye_care.toml",
        "clinic",
        &[
            ("booking", 3, 6),
            ("eye-test", 8, 19),
            ("urgent", 2, 3),
            ("contact-lenses", 3, 5),
            ("procedure", 4, 10),
            ("repairs", 1, 1),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn contact_centre_software_helpdesk_loads() {
    check(
        "contact_centre_software_helpdesk.toml",
        "contact-centre",
        &[
            ("call", 3, 11),
            ("chat", 1, 3),
            ("ticket", 3, 7),
            ("outage", 3, 8),
            ("account-security", 2, 4),
            ("plans", 3, 8),
            ("complaint", 1, 3),
        ],
    );
}

#[test]
fn e_shop_furniture_loads() {
    check(
        "e_shop_furniture.toml",
        "e-shop",
        &[
            ("buying", 3, 8),
            ("delivery", 4, 13),
            ("questions", 1, 3),
            ("damage", 3, 7),
            ("returns", 3, 5),
            ("defect", 2, 3),
        ],
    );
}

#[test]
fn fitness_yoga_studio_loads() {
    check(
        "fitness_yoga_studio.toml",
        "fitness",
        &[
            ("first-class", 5, 12),
            ("regular-class", 3, 8),
            ("beginners-course", 4, 8),
            ("passes", 3, 4),
            ("timetable-changes", 1, 2),
            ("incident", 2, 3),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn hotel_roadside_motel_loads() {
    check(
        "hotel_roadside_motel.toml",
        "hotel",
        &[("reservation", 2, 7), ("stay", 7, 21), ("after-stay", 3, 4), ("contractor-account", 3, 5)],
    );
}

#[test]
fn language_school_loads() {
    check(
        "language_school.toml",
        "general",
        &[
            ("enrolment", 3, 7),
            ("group-course", 5, 12),
            ("private-lessons", 2, 4),
            ("exam", 4, 8),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn public_office_vehicle_licensing_loads() {
    check(
        "public_office_vehicle_licensing.toml",
        "public-office",
        &[
            ("registration", 3, 11),
            ("certificate", 2, 4),
            ("licence", 3, 6),
            ("online", 1, 4),
            ("deregistration", 1, 2),
            ("lost-stolen", 1, 2),
            ("enquiries", 2, 2),
            ("register-down", 1, 2),
            ("complaint", 1, 2),
        ],
    );
}

#[test]
fn restaurant_tasting_menu_loads() {
    check(
        "restaurant_tasting_menu.toml",
        "restaurant",
        &[("booking", 5, 12), ("changes", 3, 5), ("evening", 5, 19), ("after", 3, 5), ("vouchers", 2, 3)],
    );
}

#[test]
fn shop_florist_loads() {
    check(
        "shop_florist.toml",
        "shop",
        &[
            ("walk-in", 2, 6),
            ("remote-order", 5, 13),
            ("wedding", 6, 13),
            ("funeral", 3, 5),
            ("problem", 2, 2),
        ],
    );
}

#[test]
fn telecom_water_utility_loads() {
    check(
        "telecom_water_utility.toml",
        "telecom",
        &[
            ("moving-in", 2, 4),
            ("billing", 5, 9),
            ("leak", 3, 5),
            ("interruption", 6, 9),
            ("sewer-flooding", 3, 5),
            ("new-connection", 4, 7),
            ("complaint", 2, 3),
        ],
    );
}

#[test]
fn workshop_bicycle_repair_loads() {
    check(
        "workshop_bicycle_repair.toml",
        "workshop",
        &[
            ("booking", 3, 4),
            ("walk-in", 1, 6),
            ("service", 6, 18),
            ("shop", 1, 2),
            ("battery", 2, 2),
            ("complaint", 2, 3),
            ("spring-reminder", 1, 1),
        ],
    );
}

#[test]
fn airline_long_haul_loads() {
    check(
        "airline_long_haul.toml",
        "airline",
        &[
            ("booking", 3, 8),
            ("departure", 4, 11),
            ("flight", 3, 9),
            ("connection", 2, 3),
            ("disruption", 3, 4),
            ("baggage", 4, 5),
            ("claim", 1, 2),
        ],
    );
}

#[test]
fn bank_rural_savings_bank_loads() {
    check(
        "bank_rural_savings_bank.toml",
        "bank",
        &[
            ("counter", 3, 8),
            ("mobile-branch", 3, 6),
            ("cash-at-home", 2, 2),
            ("farm-loan", 6, 8),
            ("phone", 1, 4),
            ("lost-card", 3, 5),
            ("scam", 1, 2),
            ("complaint", 2, 3),
            ("bereavement", 2, 4),
        ],
    );
}

#[test]
fn clinic_dermatology_loads() {
    check(
        "clinic_dermatology.toml",
        "clinic",
        &[
            ("booking", 2, 7),
            ("consultation", 4, 12),
            ("minor-surgery", 5, 10),
            ("cosmetic", 3, 7),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn e_shop_electronics_loads() {
    check(
        "e_shop_electronics.toml",
        "e-shop",
        &[
            ("buying", 3, 8),
            ("instalments", 4, 6),
            ("delivery", 5, 8),
            ("care", 2, 4),
            ("returns", 2, 5),
            ("warranty", 4, 8),
        ],
    );
}

#[test]
fn fitness_tennis_club_loads() {
    check(
        "fitness_tennis_club.toml",
        "fitness",
        &[
            ("joining", 4, 5),
            ("playing", 4, 4),
            ("padel-guests", 2, 3),
            ("lessons", 3, 5),
            ("juniors", 3, 5),
            ("leagues", 2, 5),
            ("bar", 1, 5),
            ("membership", 2, 4),
            ("incident", 2, 2),
        ],
    );
}

#[test]
fn funeral_home_loads() {
    check(
        "funeral_home.toml",
        "general",
        &[
            ("first-call", 1, 3),
            ("collection", 2, 6),
            ("arrangement", 3, 8),
            ("chapel-of-rest", 2, 3),
            ("funeral-day", 2, 6),
            ("after-the-funeral", 2, 5),
            ("aftercare", 1, 3),
            ("planning-ahead", 1, 2),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn hotel_conference_centre_loads() {
    check(
        "hotel_conference_centre.toml",
        "hotel",
        &[
            ("event-booking", 4, 12),
            ("event-day", 4, 11),
            ("overnight-stay", 3, 9),
            ("after-event", 2, 4),
            ("cancellation", 1, 2),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn public_office_job_centre_loads() {
    check(
        "public_office_job_centre.toml",
        "public-office",
        &[
            ("registration", 3, 9),
            ("benefit", 2, 4),
            ("activation", 3, 9),
            ("training", 2, 4),
            ("sanction", 3, 6),
            ("complaint", 1, 2),
        ],
    );
}

#[test]
fn restaurant_sushi_delivery_loads() {
    check(
        "restaurant_sushi_delivery.toml",
        "restaurant",
        &[
            ("delivery", 7, 17),
            ("table-booking", 2, 3),
            ("dine-in", 4, 12),
            ("takeaway", 2, 6),
            ("complaint", 2, 4),
        ],
    );
}

#[test]
fn shop_department_store_loads() {
    check(
        "shop_department_store.toml",
        "shop",
        &[
            ("visit", 5, 12),
            ("phone-reserve", 2, 3),
            ("gift-wrap", 2, 5),
            ("click-collect", 3, 6),
            ("alterations", 3, 7),
            ("returns", 2, 5),
            ("lost-child", 1, 2),
        ],
    );
}

#[test]
fn telecom_cable_operator_loads() {
    check(
        "telecom_cable_operator.toml",
        "telecom",
        &[
            ("sign-up", 3, 4),
            ("installation", 3, 6),
            ("fault", 3, 5),
            ("outage", 2, 3),
            ("billing", 4, 6),
            ("moving", 2, 3),
            ("leaving", 4, 5),
            ("complaint", 2, 3),
        ],
    );
}

#[test]
fn workshop_accident_bodyshop_loads() {
    check(
        "workshop_accident_bodyshop.toml",
        "workshop",
        &[
            ("claim-and-estimate", 5, 10),
            ("drop-off", 1, 5),
            ("repair", 3, 7),
            ("hand-back", 3, 8),
            ("courtesy-car-incident", 1, 2),
            ("complaint", 2, 3),
        ],
    );
}

#[test]
fn airline_regional_turboprop_loads() {
    check(
        "airline_regional_turboprop.toml",
        "airline",
        &[
            ("booking", 4, 7),
            ("change", 1, 2),
            ("departure", 3, 14),
            ("arrival", 1, 3),
            ("weather", 4, 7),
            ("bag", 2, 3),
            ("lost-property", 2, 2),
            ("claim", 2, 3),
        ],
    );
}

#[test]
fn bank_online_bank_branch_loads() {
    check(
        "bank_online_bank_branch.toml",
        "bank",
        &[
            ("account-opening", 4, 7),
            ("hub-visit", 3, 7),
            ("chat", 1, 6),
            ("lost-card", 3, 6),
            ("fraud", 3, 7),
            ("mortgage", 6, 10),
            ("complaint", 3, 4),
        ],
    );
}

#[test]
fn clinic_dental_practice_lueneburg_loads() {
    check(
        "clinic_dental_practice_lueneburg.toml",
        "clinic",
        &[
            ("booking", 4, 6),
            ("visit", 3, 15),
            ("emergency", 2, 5),
            ("orthodontics", 4, 6),
            ("private-invoice", 2, 4),
            ("recall", 1, 1),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn contact_centre_insurance_loads() {
    check(
        "contact_centre_insurance.toml",
        "contact-centre",
        &[("quote", 3, 9), ("policy", 3, 7), ("claim", 2, 11), ("renewal", 3, 5), ("complaint", 2, 6)],
    );
}

#[test]
fn e_shop_grocery_vans_loads() {
    check("e_shop_grocery_vans.toml", "e-shop", &[("order", 7, 20), ("problems", 3, 5), ("care", 3, 6)]);
}

#[test]
fn fitness_leisure_centre_council_loads() {
    check(
        "fitness_leisure_centre_council.toml",
        "fitness",
        &[
            ("payg-swim", 5, 7),
            ("joining", 4, 7),
            ("member-visit", 3, 5),
            ("swim-lessons", 3, 8),
            ("party", 3, 10),
            ("membership-changes", 2, 3),
            ("incident", 3, 4),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn hairdresser_salon_loads() {
    check(
        "hairdresser_salon.toml",
        "general",
        &[
            ("booking", 3, 4),
            ("patch-test", 2, 5),
            ("appointment", 7, 17),
            ("chair-incident", 1, 1),
            ("change", 2, 2),
            ("complaint", 2, 3),
            ("retail", 1, 3),
        ],
    );
}

#[test]
fn hotel_ski_chalet_loads() {
    check("hotel_ski_chalet.toml", "hotel", &[("reservation", 4, 7), ("stay", 8, 24), ("after-stay", 3, 4)]);
}

#[test]
fn public_office_civil_registry_loads() {
    check(
        "public_office_civil_registry.toml",
        "public-office",
        &[
            ("birth", 3, 8),
            ("death", 1, 5),
            ("marriage", 5, 11),
            ("concordat-marriage", 2, 2),
            ("certificate", 2, 4),
            ("transcription", 2, 2),
            ("name-change", 4, 6),
            ("correction", 2, 2),
            ("enquiry", 1, 1),
            ("complaint", 1, 2),
        ],
    );
}

#[test]
fn restaurant_family_bistro_loads() {
    check(
        "restaurant_family_bistro.toml",
        "restaurant",
        &[
            ("counter-visit", 4, 10),
            ("dinner", 6, 15),
            ("takeaway", 2, 6),
            ("private-party", 4, 9),
            ("complaint", 2, 2),
            ("incidents", 2, 3),
        ],
    );
}

#[test]
fn shop_hardware_store_loads() {
    check(
        "shop_hardware_store.toml",
        "shop",
        &[
            ("visit", 3, 8),
            ("paint", 2, 6),
            ("keys", 2, 4),
            ("delivery", 3, 8),
            ("special-order", 1, 3),
            ("trade", 3, 7),
            ("aftercare", 3, 6),
        ],
    );
}

#[test]
fn telecom_mobile_operator_shop_loads() {
    check(
        "telecom_mobile_operator_shop.toml",
        "telecom",
        &[
            ("new-contract", 5, 11),
            ("upgrade", 3, 7),
            ("lost-phone-sim-swap", 3, 6),
            ("roaming", 3, 6),
            ("repair", 3, 7),
            ("complaint", 3, 4),
            ("leaving", 2, 2),
        ],
    );
}

#[test]
fn veterinary_practice_loads() {
    check(
        "veterinary_practice.toml",
        "general",
        &[
            ("consultation", 5, 12),
            ("vaccination", 3, 4),
            ("surgery-day", 5, 12),
            ("out-of-hours", 4, 8),
            ("insurance-claim", 3, 5),
            ("end-of-life", 3, 4),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn workshop_tyre_centre_loads() {
    check(
        "workshop_tyre_centre.toml",
        "workshop",
        &[
            ("booking", 3, 5),
            ("while-you-wait", 5, 11),
            ("alignment-and-brakes", 4, 8),
            ("seasonal-storage", 3, 7),
            ("fleet", 3, 6),
            ("help-and-complaints", 2, 3),
        ],
    );
}

#[test]
fn accountancy_practice_loads() {
    check(
        "accountancy_practice.toml",
        "general",
        &[
            ("new-client", 3, 8),
            ("year-end", 3, 9),
            ("bookkeeping-vat", 2, 5),
            ("payroll", 3, 4),
            ("hmrc-letter", 4, 6),
            ("fees", 1, 2),
            ("complaint", 2, 4),
        ],
    );
}

#[test]
fn airline_low_cost_katowice_loads() {
    check(
        "airline_low_cost_katowice.toml",
        "airline",
        &[
            ("booking", 4, 6),
            ("changes", 2, 6),
            ("departure", 5, 16),
            ("arrival", 3, 4),
            ("disruption", 3, 7),
            ("claims", 3, 6),
        ],
    );
}

#[test]
fn bank_private_banking_loads() {
    check(
        "bank_private_banking.toml",
        "bank",
        &[
            ("onboarding", 4, 11),
            ("advice", 4, 11),
            ("large-payment", 2, 5),
            ("fraud", 2, 4),
            ("bereavement", 3, 8),
            ("complaint", 2, 4),
        ],
    );
}

#[test]
fn clinic_physiotherapy_bath_loads() {
    check(
        "clinic_physiotherapy_bath.toml",
        "clinic",
        &[
            ("booking", 4, 7),
            ("assessment", 3, 11),
            ("treatment", 3, 9),
            ("injury-clinic", 1, 5),
            ("insurer", 2, 3),
            ("discharge", 3, 4),
        ],
    );
}

#[test]
fn contact_centre_public_transport_loads() {
    check(
        "contact_centre_public_transport.toml",
        "contact-centre",
        &[
            ("call", 3, 10),
            ("penalty-appeal", 4, 9),
            ("lost-property", 2, 7),
            ("assistance", 3, 8),
            ("disruption", 2, 5),
        ],
    );
}

#[test]
fn e_shop_fashion_leipzig_loads() {
    check(
        "e_shop_fashion_leipzig.toml",
        "e-shop",
        &[
            ("buying", 3, 8),
            ("delivery", 3, 7),
            ("returns", 3, 6),
            ("pay-later", 1, 3),
            ("loyalty", 2, 5),
            ("counterfeit", 3, 7),
        ],
    );
}

#[test]
fn fitness_climbing_gym_nottingham_loads() {
    check(
        "fitness_climbing_gym_nottingham.toml",
        "fitness",
        &[
            ("first-visit", 5, 10),
            ("belay-check", 1, 3),
            ("regular-visit", 4, 6),
            ("courses", 4, 6),
            ("youth-club", 3, 6),
            ("cafe", 1, 3),
            ("membership", 3, 4),
            ("accident", 2, 2),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn hotel_airport_budget_loads() {
    check(
        "hotel_airport_budget.toml",
        "hotel",
        &[("reservation", 4, 5), ("stay", 6, 20), ("stranded", 3, 8), ("after-stay", 3, 3)],
    );
}

#[test]
fn museum_visitor_services_loads() {
    check(
        "museum_visitor_services.toml",
        "general",
        &[
            ("visit", 7, 16),
            ("ticket-changes", 2, 3),
            ("group-tour", 2, 5),
            ("school-visit", 3, 6),
            ("lost-property", 4, 4),
            ("first-aid", 1, 1),
            ("complaint", 2, 2),
        ],
    );
}

#[test]
fn public_office_building_permits_loads() {
    check(
        "public_office_building_permits.toml",
        "public-office",
        &[
            ("advice", 3, 8),
            ("application", 4, 10),
            ("supervision", 4, 10),
            ("objection", 4, 6),
            ("complaints", 2, 5),
        ],
    );
}

#[test]
fn restaurant_steakhouse_loads() {
    check(
        "restaurant_steakhouse.toml",
        "restaurant",
        &[
            ("booking", 5, 7),
            ("group", 3, 4),
            ("walk-in", 2, 5),
            ("meal", 5, 21),
            ("vouchers", 3, 4),
            ("after-visit", 3, 4),
        ],
    );
}

#[test]
fn shop_bakery_cafe_loads() {
    check(
        "shop_bakery_cafe.toml",
        "shop",
        &[
            ("counter-visit", 3, 7),
            ("cafe", 2, 5),
            ("celebration-cake", 3, 11),
            ("end-of-day", 2, 4),
            ("problems", 2, 4),
        ],
    );
}

#[test]
fn telecom_energy_retailer_loads() {
    check(
        "telecom_energy_retailer.toml",
        "telecom",
        &[
            ("switching", 3, 6),
            ("smart-meter", 5, 8),
            ("billing", 3, 7),
            ("arrears", 4, 5),
            ("moving-home", 2, 5),
            ("outage", 2, 4),
            ("complaint", 2, 4),
        ],
    );
}

#[test]
fn workshop_motorcycle_dealer_loads() {
    check(
        "workshop_motorcycle_dealer.toml",
        "workshop",
        &[
            ("booking", 2, 4),
            ("drop-off", 1, 6),
            ("workshop", 2, 4),
            ("mot-wait", 1, 5),
            ("collection", 2, 7),
            ("accessories", 2, 3),
            ("recall", 1, 1),
            ("storage", 3, 5),
            ("after-care", 4, 5),
        ],
    );
}
