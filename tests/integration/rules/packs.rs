//! Trades as packs: the built-in packs, a user's pack as a document, the
//! pack a model names, and the restaurant pack's essentials.

#[cfg(feature = "serde")]
use proptest::prelude::*;
use service_standards::prelude::*;

#[cfg(feature = "serde")]
const CASES: [&str; 6] = ["nom", "gen", "dat", "acc", "ins", "loc"];

fn restaurant() -> &'static Pack {
    Pack::builtin("restaurant").unwrap()
}

#[test]
fn every_builtin_pack_is_found_by_id_and_the_old_industries_keep_their_words() {
    let ids: Vec<&str> = Pack::builtins().map(|p| p.id().as_str()).collect();
    assert_eq!(
        ids,
        [
            "general",
            "hotel",
            "shop",
            "contact-centre",
            "restaurant",
            "bank",
            "workshop",
            "e-shop",
            "clinic",
            "fitness",
            "telecom",
            "airline",
            "public-office"
        ]
    );
    let catalogue = RuleSet::catalogue();
    for &industry in Industry::ALL {
        assert!(catalogue.knows_pack(industry.as_str()));
        let pack = Pack::builtin(industry.as_str()).unwrap();
        // Every old industry but the general one now has rules of its own,
        // added to the words it always had.
        assert_eq!(pack.rules().is_empty(), industry == Industry::General, "{industry}");
        for &locale in Locale::ALL {
            for &noun in Noun::ALL {
                assert_eq!(
                    pack.noun(locale, noun),
                    locale.noun(industry, noun),
                    "{industry} {locale} {noun}"
                );
            }
        }
    }
    assert_eq!(Locale::English.noun(Industry::Shop, Noun::Bill), "receipt");
    assert_eq!(Locale::Polish.noun(Industry::General, Noun::Place), "punkt obsługi");
}

#[test]
fn a_model_names_its_pack_and_the_old_industry_names_the_same_pack() -> Result<(), Error> {
    let by_pack = ServiceModel::builder("Aurora").pack("hotel").build()?;
    let by_industry = ServiceModel::builder("Aurora").industry(Industry::Hotel).build()?;
    assert_eq!(by_pack, by_industry);
    assert_eq!(by_pack.industry(), Industry::Hotel);
    let restaurant = ServiceModel::builder("Trattoria").pack("restaurant").build()?;
    assert_eq!((restaurant.pack().as_str(), restaurant.industry()), ("restaurant", Industry::General));
    let err = ServiceModel::builder("Trattoria").pack("Restaurant!").build().unwrap_err();
    assert_eq!(err.violations()[0].path(), "pack");
    Ok(())
}

#[cfg(feature = "serde")]
#[test]
fn a_model_document_names_its_pack_and_the_industry_key_still_reads() {
    let read = |doc: &str| toml::from_str::<ServiceModel>(doc);
    let old = read("format_version = 1\nname = \"Aurora\"\nindustry = \"contact-centre\"\n").unwrap();
    assert_eq!(old.pack().as_str(), "contact-centre");
    let new = read("format_version = 1\nname = \"Aurora\"\npack = \"contact-centre\"\n").unwrap();
    assert_eq!(old, new);
    let written = toml::to_string(&new).unwrap();
    assert!(written.contains("pack = \"contact-centre\""), "{written}");
    assert!(!written.contains("industry"), "{written}");
    let both = read("format_version = 1\nname = \"Aurora\"\npack = \"restaurant\"\nindustry = \"hotel\"\n");
    let message = both.unwrap_err().to_string();
    assert!(message.contains("industry: pack and industry differ `hotel`"), "{message}");
    assert_eq!(read("format_version = 1\nname = \"A\"\n").unwrap().pack().as_str(), "general");
}

#[test]
fn a_model_naming_a_pack_the_rule_set_does_not_know_is_an_error_naming_the_pack() -> Result<(), Error> {
    let model = ServiceModel::builder("Corner Bakery").pack("bakery").build()?;
    let err = RuleSet::catalogue().try_derive(&model, ServiceLevel::Expected).unwrap_err();
    assert_eq!(err.entity(), Entity::ServiceModel);
    let found: Vec<String> = err.violations().iter().map(ToString::to_string).collect();
    assert_eq!(found, ["pack: unknown pack `bakery`"]);
    // Once added, it is known.
    let bakery = Pack::builder("bakery", "Bakery").build()?;
    let rules = RuleSet::catalogue().with_pack(&bakery)?;
    assert_eq!(
        rules.try_derive(&model, ServiceLevel::Expected)?,
        rules.derive(&model, ServiceLevel::Expected)
    );
    Ok(())
}

#[test]
fn a_rule_naming_a_pack_that_is_not_built_in_is_refused_by_a_rule_set() {
    let rule = |pack: &str| {
        Rule::builder("bakery-smile")
            .when(Condition::builder().moments([MomentKind::Welcome]).pack(pack))
            .kind(StandardKind::PersonalContact)
            .dimension(QualityDimension::Empathy)
            .statement("Smile at every {customer}")
            .targets(LevelTargets::same(Target::Always))
    };
    let err = RuleSet::builder().rule(rule("bakery")).build().unwrap_err();
    let found: Vec<String> = err.violations().iter().map(ToString::to_string).collect();
    assert_eq!(found, ["rules/bakery-smile.when.pack: unknown pack `bakery`"]);
    let err = RuleSet::builder().rule(rule("Bakery")).build().unwrap_err();
    assert_eq!(err.violations()[0].path(), "rules/bakery-smile.when.pack");
    assert!(RuleSet::builder().rule(rule("restaurant")).build().is_ok());
}

#[test]
fn the_restaurant_template_derives_the_trades_essentials_in_its_own_words() {
    let template = restaurant().template().unwrap();
    let set = RuleSet::catalogue().derive(template, ServiceLevel::Expected);
    let of = |rule: &str| -> Vec<String> {
        set.iter().filter(|s| s.rule().as_str() == rule).map(|s| s.step().to_string()).collect()
    };
    assert_eq!(of("allergy-question-asked"), ["meal/ordering/allergy-check"]);
    assert_eq!(
        of("allergy-passed-to-kitchen"),
        ["meal/ordering/take-order", "takeaway/counter/order-and-pay"]
    );
    // The allergen information kept current is the business's policy.
    assert_eq!(of("allergen-information"), Vec::<String>::new());
    assert!(set.policies().iter().any(|p| p.standard().rule().as_str() == "allergen-information"));
    assert_eq!(of("drinks-served"), ["meal/service/serve-drinks"]);
    assert_eq!(of("course-timing"), ["meal/service/serve-courses"]);
    assert_eq!(of("quality-check-back"), ["meal/service/check-back"]);
    assert_eq!(of("first-approach"), ["meal/arrival/seat-guests"]);
    assert_eq!(of("menu-knowledge"), ["meal/ordering/allergy-check"]);
    assert_eq!(of("bill-presented"), ["meal/settlement/present-bill"]);
    assert_eq!(of("bill-correct"), ["meal/settlement/present-bill"]);
    assert_eq!(of("payment-at-table"), ["meal/settlement/take-payment"]);
    assert_eq!(of("prices-displayed-at-entrance"), ["meal/arrival/greet-at-door"]);
    // The catalogue's invoice rules, at 97 % and about invoices, give way to the bill's.
    assert!(of("invoice-right-first-time").is_empty());
    assert!(of("invoice-layout").is_empty());
    // Gestures only at the exclusive level.
    assert!(of("coats-and-door").is_empty());
    let exclusive = RuleSet::catalogue().derive(template, ServiceLevel::Exclusive);
    assert!(exclusive.iter().any(|s| s.rule().as_str() == "coats-and-door"));

    let get = |rule: &str| set.iter().find(|s| s.rule().as_str() == rule).unwrap();
    assert_eq!(
        get("bill-presented").statement(),
        "Bring the bill in a clean folder within 3 minutes of the guest asking for it, never before"
    );
    assert_eq!(
        Locale::Polish.statement(get("bill-presented")),
        "Przynieś rachunek w czystej okładce w ciągu 3 minut od prośby gościa, nigdy wcześniej"
    );
    assert_eq!(
        Locale::Polish.statement(get("allergy-question-asked")),
        "Przyjmując zamówienie, zapytaj przy każdym stoliku, czy ktoś ma alergię lub nietolerancję pokarmową"
    );
    assert_eq!(
        get("drinks-served").statement(),
        "Bring the drinks ordered to the table within 4 minutes of the order"
    );
    // The catalogue's statements use the restaurant's words too.
    let farewell = set
        .iter()
        .find(|s| s.step().to_string() == "meal/settlement/farewell" && s.concern().as_str() == "farewell")
        .unwrap();
    assert_eq!(farewell.statement(), "Thank the guest and invite them back at the end of every contact");
}

#[test]
fn every_critical_rule_of_the_restaurant_says_where_it_comes_from_and_allows_no_defect() {
    let critical: Vec<&Rule> = restaurant().rules().rules().filter(|r| r.is_critical()).collect();
    let ids: Vec<&str> = critical.iter().map(|r| r.id().as_str()).collect();
    assert_eq!(
        ids,
        [
            "allergen-information",
            "allergy-passed-to-kitchen",
            "allergy-question-asked",
            "allergy-question-at-the-counter",
            "bill-correct",
            "payment-at-table",
            "prices-displayed-at-entrance",
        ]
    );
    for rule in restaurant().rules().rules() {
        assert!(rule.source().is_some_and(|s| s.len() > 10), "{}", rule.id());
    }
    for rule in critical.iter().filter(|r| r.id().as_str() != "payment-at-table") {
        for &level in ServiceLevel::ALL {
            assert_eq!(rule.template().targets().get(level), Some(Target::Always), "{} {level}", rule.id());
        }
    }
    let allergens = restaurant().rules().rule("allergen-information").unwrap();
    assert!(allergens.source().unwrap().contains("1169/2011"));
}

#[test]
fn every_noun_a_statement_of_a_pack_names_is_worded_in_every_locale() {
    for pack in Pack::builtins() {
        let Some(template) = pack.template() else { continue };
        for level in ServiceLevel::ALL {
            let set = RuleSet::catalogue().derive(template, *level);
            for standard in set.iter() {
                for &locale in Locale::ALL {
                    let text = locale.statement(standard);
                    assert!(!text.contains('{') && !text.contains("  "), "{} {locale}: {text}", pack.id());
                    assert!(!text.starts_with("[en]"), "{} {locale}: {text}", pack.id());
                }
            }
        }
        for rule in pack.rules().rules() {
            for &locale in Locale::ALL {
                let statement = rule.template().statement_in(locale).unwrap();
                for placeholder in statement.placeholders() {
                    let noun = match placeholder {
                        Placeholder::Bill | Placeholder::Bills => Noun::Bill,
                        Placeholder::Visit | Placeholder::Visits => Noun::Visit,
                        Placeholder::Place | Placeholder::Places => Noun::Place,
                        _ => continue,
                    };
                    assert!(pack.nouns().contains(noun), "{}: {} names {noun}", pack.id(), rule.id());
                }
            }
        }
    }
}

#[test]
fn the_modelling_check_suggests_what_a_restaurant_manager_expects() -> Result<(), Error> {
    let pack = restaurant();
    assert_eq!(pack.check(pack.template().unwrap()), []);
    // A restaurant modelled from memory: no step during the meal, no goodbye,
    // and the order taken with no characteristic the allergen rules need.
    let model = ServiceModel::builder("Trattoria")
        .pack("restaurant")
        .sequence(
            Sequence::builder("meal", "Meal").phase(
                Phase::builder("table", "At the table")
                    .channels([Channel::FaceToFace])
                    .step(Step::builder("greet", "Host greets").moment(MomentKind::Welcome))
                    .step(Step::builder("order", "Server takes the order").moment(MomentKind::OrderTaking))
                    .step(Step::builder("bill", "Bill").moment(MomentKind::Billing)),
            ),
        )
        .build()?;
    let said: Vec<String> = pack.check(&model).iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [
            "no follow-up step: the template has one at `booking/confirmation/send-confirmation`",
            "no hospitality step: the template has one at `meal/arrival/seat-guests`",
            "no consultation step: the template has one at `meal/ordering/allergy-check`",
            "no delivery step: the template has one at `meal/service/serve-drinks`",
            "no waiting step: the template has one at `meal/service/announce-delay`",
            "no exception step: the template has one at `meal/service/handle-complaint`",
            "no payment step: the template has one at `meal/settlement/take-payment`",
            "no farewell step: the template has one at `meal/settlement/farewell`",
            "critical rule `allergen-information` derives nothing: it needs a step of moment information or consultation",
            // The order is taken, but not at a table: table service needs
            // the place said.
            "critical rule `allergy-question-asked` derives nothing: it needs a step of moment consultation or order-taking at a table",
            "critical rule `allergy-question-at-the-counter` derives nothing: it needs a step of moment order-taking at a counter",
            "critical rule `payment-at-table` derives nothing: it needs a step of moment payment at a table",
            "rule `complaint-at-table` derives nothing: it needs a step of moment exception at a table",
            "rule `counter-served-quickly` derives nothing: it needs a step of moment order-taking or payment at a counter",
            "rule `course-timing` derives nothing: it needs a step of moment delivery with the characteristic punctual",
            "rule `dessert-timing` derives nothing: it needs a step of moment delivery with the characteristic punctual at a table",
            "rule `dishes-to-right-seat` derives nothing: it needs a step of moment delivery at a table",
            "rule `drinks-served` derives nothing: it needs a step of moment delivery with the characteristic prompt at a table",
            "rule `first-approach` derives nothing: it needs a step of moment hospitality with the characteristic helpful",
            "rule `menu-knowledge` derives nothing: it needs a step of moment information or consultation with the characteristic knowledgeable",
            "rule `offer-dessert` derives nothing: it needs a step of moment hospitality at a table",
            "rule `order-on-ticket` derives nothing: it needs a step of moment order-taking at a table",
            "rule `quality-check-back` derives nothing: it needs a step of moment hospitality with the characteristic attentive",
            "rule `ready-to-order` derives nothing: it needs a step of moment delivery with the characteristic prompt at a table",
            "rule `suggest-pairings` derives nothing: it needs a step of moment order-taking at a table",
            "rule `table-clearing` derives nothing: it needs a step of moment hospitality at a table",
        ]
    );
    // Suggestions, never errors: the model derives as it is.
    assert!(!RuleSet::catalogue().derive(&model, ServiceLevel::Expected).is_empty());
    Ok(())
}

#[test]
fn a_users_pack_is_refused_with_every_fault_at_once_naming_the_pack_the_noun_or_rule_and_the_field() {
    let err = Pack::builder("bakery", "Bakery")
        .noun(Noun::Customer, Locale::English, NounForms::new("customer", "customers"))
        .noun(
            Noun::Bill,
            Locale::Polish,
            NounForms::cased(["a", "b", "c", "d", "e", "f"], ["g", "h", "i", "j", "k", "l"]),
        )
        .rule(
            Rule::builder("fresh-bread")
                .when(Condition::builder().moments([MomentKind::Information]).pack("hotel"))
                .kind(StandardKind::Product)
                .dimension(QualityDimension::Communication)
                .statement("Tell every {customer} at the {place} which bread is fresh")
                .targets(LevelTargets::same(Target::Always)),
        )
        .template(ServiceModel::builder("A bakery").sequence(Sequence::builder("visit", "Visit")))
        .build()
        .unwrap_err();
    assert_eq!(err.entity(), Entity::Pack);
    let found: Vec<String> = err.violations().iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "packs/bakery/nouns/customer.polish: missing noun form",
            "packs/bakery/nouns/bill.english: missing noun form",
            "packs/bakery/rules/fresh-bread.when.pack: unknown pack `hotel`",
            "packs/bakery/rules/fresh-bread.statement: noun the pack does not give `{place}`",
            "packs/bakery/template/visit: no phases",
        ]
    );
}

#[cfg(feature = "serde")]
#[test]
fn a_pack_document_is_refused_with_every_fault_at_once() {
    let doc = r#"
format_version = 1
id = "bakery"
name = "Bakery"

[nouns.customer.english]
one = "customer"
many = { nom = "customers", gen = "customers'" }

[nouns.customer.polish]
one = { nom = "klient", gen = "klienta", dat = "klientowi", acc = "klienta", ins = "klientem", voc = "kliencie" }
many = "klienci"

[[rules]]
id = "fresh-bread"
kind = "product"
dimension = "communication"
statement = "Tell every {customer} which bread is fresh"
when = { moments = ["information"], pack = "patisserie" }
targets = { basic = "always", expected = "always", exclusive = { within = "soon" } }

[template]
format_version = 1
name = "A bakery"
pack = "hotel"
"#;
    let message = toml::from_str::<Pack>(doc).unwrap_err().message().to_owned();
    let expected = [
        "invalid pack:",
        "packs/bakery/nouns/customer.english.many.nom: case the locale does not have `nom`",
        "packs/bakery/nouns/customer.english.many.gen: case the locale does not have `gen`",
        "packs/bakery/nouns/customer.polish.one.voc: case the locale does not have `voc`",
        "packs/bakery/nouns/customer.polish.one.loc: missing noun form",
        "packs/bakery/rules/fresh-bread.when.pack: unknown pack `patisserie`",
        "packs/bakery/rules/fresh-bread.targets.exclusive.within",
        "packs/bakery/template.pack: unknown pack `hotel`",
    ];
    for part in expected {
        assert!(message.contains(part), "{part}\nin: {message}");
    }
    for case in CASES {
        assert!(
            message.contains(&format!(
                "packs/bakery/nouns/customer.polish.many.{case}: missing noun form `klienci`"
            )),
            "{case}: {message}"
        );
    }
}

#[cfg(feature = "serde")]
#[test]
fn every_builtin_pack_reads_back_equal_from_toml_and_json() {
    for pack in Pack::builtins() {
        let text = toml::to_string(pack).unwrap();
        assert_eq!(&toml::from_str::<Pack>(&text).unwrap(), pack, "{}", pack.id());
        let json = serde_json::to_string(pack).unwrap();
        assert_eq!(&serde_json::from_str::<Pack>(&json).unwrap(), pack, "{}", pack.id());
    }
}

/// Writes `text` to `path` under the comment lines the file starts with.
#[cfg(feature = "serde")]
fn write_keeping_header(path: &std::path::Path, text: &str) {
    let old = std::fs::read_to_string(path).unwrap_or_default();
    let header: String = old.lines().take_while(|l| l.starts_with('#')).map(|l| format!("{l}\n")).collect();
    std::fs::write(path, header + text).unwrap();
}

#[cfg(feature = "serde")]
#[test]
fn each_builtin_pack_is_the_document_under_examples_packs() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/packs");
    for pack in Pack::builtins() {
        let path = dir.join(format!("{}.toml", pack.id()));
        // `UPDATE_SNAPSHOTS=1 cargo test --all-features` writes them, to read before committing.
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            write_keeping_header(&path, &toml::to_string(pack).unwrap());
        }
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(&toml::from_str::<Pack>(&text).unwrap(), pack, "{}", path.display());
    }
}

/// The contact centre's template is kept as it was when the pack had only
/// words: an inbound call and written contact, with no card payment by
/// phone, no outbound sales call and no step that records data, so the
/// rules for those derive nothing on it.
#[cfg(feature = "serde")]
const CONTACT_CENTRE_TEMPLATE_LACKS: &[&str] = &[
    "critical rule `card-details-off-recordings` derives nothing: it needs a step of moment payment",
    "critical rule `dialler-ring-and-abandonment` derives nothing: it needs a step of moment order-taking",
    "critical rule `marketing-only-with-consent` derives nothing: it needs a step of moment order-taking",
    "critical rule `outbound-calling-hours` derives nothing: it needs a step of moment order-taking",
    "critical rule `outbound-number-and-name` derives nothing: it needs a step of moment order-taking",
    "rule `case-note-for-the-next-agent` derives nothing: it needs a step",
];

#[cfg(feature = "serde")]
#[test]
fn each_packs_template_is_the_model_document_under_examples_models() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/models");
    let mut found = 0;
    for pack in Pack::builtins() {
        let Some(template) = pack.template() else { continue };
        let path = dir.join(format!("{}.toml", pack.id()));
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            write_keeping_header(&path, &toml::to_string(template).unwrap());
        }
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let model: ServiceModel = toml::from_str(&text).unwrap();
        assert_eq!(&model, template, "{}", path.display());
        assert_eq!(model.pack(), pack.id());
        let lacks: Vec<String> = pack.check(&model).iter().map(ToString::to_string).collect();
        let expected: &[&str] =
            if pack.id().as_str() == "contact-centre" { CONTACT_CENTRE_TEMPLATE_LACKS } else { &[] };
        assert_eq!(lacks, expected, "{}", pack.id());
        found += 1;
    }
    // Every built-in pack has its template.
    assert_eq!(found, Pack::builtins().count());
}

#[cfg(feature = "serde")]
fn word() -> impl Strategy<Value = String> {
    "[a-ząćęłńóśźż]{1,8}( [a-z]{1,6})?"
}

#[cfg(feature = "serde")]
fn forms(cased: bool) -> impl Strategy<Value = NounForms> {
    (proptest::collection::vec(word(), 12), word(), word()).prop_map(move |(c, one, many)| {
        if cased {
            let one: [&str; 6] = std::array::from_fn(|i| c[i].as_str());
            let many: [&str; 6] = std::array::from_fn(|i| c[i + 6].as_str());
            NounForms::cased(one, many)
        } else {
            NounForms::new(one, many)
        }
    })
}

/// A catalogue rule as the pack's own: the same rule under another id.
#[cfg(feature = "serde")]
fn renamed(rule: &Rule) -> RuleBuilder {
    let mut doc = serde_json::to_value(rule.to_builder()).unwrap();
    doc["id"] = serde_json::Value::String(format!("bakery-{}", rule.id()));
    serde_json::from_value(doc).unwrap()
}

/// A user's pack: some nouns in both locales, some of the catalogue's rules
/// (which name only the customer and the order) under ids of its own, some
/// as gestures, and perhaps a template.
#[cfg(feature = "serde")]
fn any_pack() -> impl Strategy<Value = Pack> {
    let catalogue: Vec<RuleBuilder> = RuleSet::catalogue().rules().map(renamed).collect();
    let n = catalogue.len();
    (
        proptest::collection::vec((proptest::sample::select(Noun::ALL), forms(false), forms(true)), 0..4),
        proptest::sample::subsequence((0..n).collect::<Vec<_>>(), 0..6),
        proptest::sample::subsequence((0..n).collect::<Vec<_>>(), 0..3),
        any::<bool>(),
    )
        .prop_map(move |(nouns, rules, gestures, template)| {
            let mut pack = Pack::builder("bakery", "Corner bakery");
            for (noun, english, polish) in nouns {
                pack = pack.noun(noun, Locale::English, english).noun(noun, Locale::Polish, polish);
            }
            for i in &rules {
                pack = pack.rule(catalogue[*i].clone());
            }
            for i in gestures.iter().filter(|i| !rules.contains(i)) {
                let draft = catalogue[*i].clone();
                if let Some(exclusive) =
                    draft.clone().build().unwrap().template().targets().get(ServiceLevel::Exclusive)
                {
                    pack = pack
                        .gesture(draft.targets(LevelTargets::new().at(ServiceLevel::Exclusive, exclusive)));
                }
            }
            if template {
                pack = pack.template(restaurant().template().unwrap().to_builder().pack("bakery"));
            }
            pack.build().unwrap()
        })
}

#[cfg(feature = "serde")]
proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_users_pack_reads_back_equal_after_writing(pack in any_pack()) {
        let text = toml::to_string(&pack).unwrap();
        prop_assert_eq!(&toml::from_str::<Pack>(&text).unwrap(), &pack);
        let json = serde_json::to_string(&pack).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Pack>(&json).unwrap(), &pack);
        prop_assert_eq!(&pack.to_builder().build().unwrap(), &pack);
    }

    #[test]
    fn a_packs_rules_never_land_on_a_model_of_another_pack(
        pack in any_pack(),
        named in proptest::sample::select(vec!["bakery", "general", "hotel", "restaurant", "shop"]),
        level in proptest::sample::select(ServiceLevel::ALL),
    ) {
        let rules = RuleSet::catalogue().with_pack(&pack).unwrap();
        let model = restaurant().template().unwrap().to_builder().pack(named).build().unwrap();
        let set = rules.derive(&model, level);
        for standard in set.iter() {
            let rule = rules.rule(standard.rule().as_str())
                .or_else(|| Pack::builtin(named).and_then(|p| p.rules().rule(standard.rule().as_str())))
                .unwrap();
            if let Some(own) = rule.pack() {
                prop_assert_eq!(own.as_str(), named, "{}", standard.id());
            }
        }
        for policy in set.policies() {
            let id = policy.standard().rule().as_str();
            let rule = rules.rule(id).or_else(|| Pack::builtin(named).and_then(|p| p.rules().rule(id))).unwrap();
            prop_assert!(rule.pack().is_none_or(|p| p.as_str() == named));
        }
        // The restaurant's own rules land on the restaurant's models only.
        let restaurant_rules = set.iter().filter(|s| restaurant().rules().rule(s.rule().as_str()).is_some()).count();
        prop_assert_eq!(restaurant_rules > 0, named == "restaurant");
    }
}

#[cfg(feature = "serde")]
#[test]
fn a_rule_set_with_a_users_pack_is_written_without_the_packs_rules() -> Result<(), Error> {
    let bakery = Pack::builder("bakery", "Bakery")
        .rule(
            Rule::builder("bread-of-the-day")
                .when(Condition::builder().moments([MomentKind::Information]))
                .kind(StandardKind::Product)
                .dimension(QualityDimension::Communication)
                .statement("Tell every {customer} which bread is fresh from the oven")
                .targets(LevelTargets::same(Target::Always)),
        )
        .build()?;
    let rules = RuleSet::catalogue().with_pack(&bakery)?;
    let text = toml::to_string(&rules).unwrap();
    assert!(!text.contains("bread-of-the-day"));
    let read: RuleSet = toml::from_str(&text).unwrap();
    assert_eq!(read, RuleSet::catalogue());
    assert_eq!(read.with_pack(&bakery)?, rules);
    Ok(())
}

/// A pack's own nouns take the right article: a statement written for "a
/// customer" says "an applicant" in a public office, never "a applicant".
#[test]
fn a_packs_nouns_take_the_right_article() {
    let mut applicants = 0;
    for pack in Pack::builtins() {
        let Some(template) = pack.template() else { continue };
        for &level in ServiceLevel::ALL {
            for standard in RuleSet::catalogue().derive(template, level).iter() {
                let statement = standard.statement();
                let words: Vec<&str> = statement.split([' ', '(']).collect();
                for pair in words.windows(2) {
                    let article = pair[0].eq_ignore_ascii_case("a");
                    let vowel = pair[1].starts_with(['a', 'e', 'i', 'o']) && !pair[1].starts_with("one");
                    assert!(!(article && vowel), "{}: {statement}", pack.id());
                }
                applicants += usize::from(statement.contains("an applicant"));
            }
        }
    }
    assert!(applicants > 0, "the public office's statements name an applicant");
}
