//! Trades as packs: a trade's words, its own rules and gestures, and a
//! template of a typical business of the trade.
//!
//! A [`Pack`] is data. The crate's built-in packs ([`Pack::builtin`]) are
//! built once, on first use, through the same checks as a user's pack,
//! which is written with a [`PackBuilder`] or read from a document (JSON or
//! TOML):
//!
//! ```toml
//! format_version = 1
//! id = "bakery"
//! name = "Bakery"
//!
//! [nouns.customer.english]            # one table per noun and locale
//! one = "customer"
//! many = "customers"
//!
//! [nouns.customer.polish]             # Polish: the six cases, singular and plural
//! one = { nom = "klient", gen = "klienta", dat = "klientowi", acc = "klienta", ins = "klientem", loc = "kliencie" }
//! many = { nom = "klienci", gen = "klientów", dat = "klientom", acc = "klientów", ins = "klientami", loc = "klientach" }
//!
//! [[rules]]                           # the trade's essentials: rule documents,
//! id = "bread-of-the-day"             # each for the pack's models only
//! critical = false
//! source = "our own shop standard"
//! kind = "product"
//! dimension = "communication"
//! statement = "Tell every {customer} which bread is fresh from the oven"
//! when = { moments = ["information"] }
//! targets = { basic = "always", expected = "always", exclusive = "always" }
//!
//! [[gestures]]                        # exclusive gestures: rules from the exclusive level
//! id = "taste-of-the-day"
//! kind = "product"
//! dimension = "empathy"
//! statement = "Offer every {customer} a taste of the bread of the day"
//! when = { moments = ["waiting"] }
//! targets = { exclusive = "always" }
//! ```
//!
//! A pack may also hold a `[template]`: a model document of a typical
//! business of the trade, which a user copies and edits, and against
//! which [`Pack::check`] compares a model.
//!
//! The built-in packs are written out as documents under `examples/packs/`
//! and their templates under `examples/models/` (a test checks that each is
//! the crate's own): a start for a pack of one's own. They are built into
//! the crate as Rust data, through the same checks, so that they need no
//! document reader and exist without the `serde` feature.

mod airline;
mod bank;
mod builtin;
mod check;
mod clinic;
mod contact_centre;
mod e_shop;
mod fitness;
mod hotel;
pub(crate) mod ids;
mod kit;
mod public_office;
mod restaurant;
mod shop;
mod telecom;
mod templates;
mod workshop;

use std::{collections::BTreeMap, sync::Arc};

pub use check::Suggestion;

use self::ids::BUILTIN;
use crate::{
    error::Entity,
    error::Error,
    error::Problem,
    model::EnumSet,
    model::Id,
    model::Noun,
    model::ServiceModel,
    model::ServiceModelBuilder,
    model::Vocabulary,
    rules::RuleBuilder,
    rules::RuleSet,
    rules::RuleSetBuilder,
    rules::rule_set::AddedPack,
    standard::Locale,
    standard::statement::Case,
    standard::wording::nouns::{Inflected, Nouns},
    validate::Violations,
};

/// A trade: its words ([`Noun`]s in every [`Locale`], with every case a
/// locale declines them in), its own rules (the trade's essentials, legal
/// and safety duties marked [`critical`](crate::rules::Rule::is_critical),
/// each with its [`source`](crate::rules::Rule::source)), its exclusive
/// gestures, and a template of a typical business of the trade.
///
/// A model names its pack ([`ServiceModelBuilder::pack`], `pack = "…"` in
/// its document). Deriving it, a rule set takes the pack's rules with its
/// own and words the statements with the pack's nouns: a built-in pack is
/// found by id; a user's pack is added to the rule set
/// ([`RuleSet::with_pack`]). A pack's rules carry its id in their condition
/// ([`Condition::pack`](crate::rules::Condition::pack)), so they never land
/// on a model of another pack.
///
/// A `Pack` is always valid: it is made only by [`PackBuilder::build`] or by
/// deserialising, which run the same checks.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let restaurant = Pack::builtin("restaurant").unwrap();
/// assert_eq!(restaurant.noun(Locale::English, Noun::Place), "table");
/// assert_eq!(restaurant.noun(Locale::Polish, Noun::Bill), "rachunek");
///
/// // Its template is a model of a typical restaurant; its rules land there.
/// let model = restaurant.template().unwrap().clone();
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let allergies = set.iter().find(|s| s.rule().as_str() == "allergy-question-asked").unwrap();
/// assert_eq!(
///     allergies.statement(),
///     "When taking the order, ask at every table whether anyone has a food allergy or intolerance"
/// );
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    id: Id,
    name: Arc<str>,
    nouns: Arc<Nouns>,
    /// The essentials and the gestures, each for this pack's models only.
    rules: RuleSet,
    /// The ids of the rules that are gestures, sorted.
    gestures: Vec<Id>,
    template: Option<ServiceModel>,
}

impl Pack {
    /// A builder for the pack `id` (a slug, which models name) called `name`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let pack = Pack::builder("bakery", "Bakery").build()?;
    /// assert_eq!(pack.id().as_str(), "bakery");
    /// // A noun the pack does not give is the general word:
    /// assert_eq!(pack.noun(Locale::English, Noun::Customer), "customer");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn builder(id: impl Into<String>, name: impl Into<String>) -> PackBuilder {
        PackBuilder {
            id: id.into(),
            name: name.into(),
            nouns: BTreeMap::new(),
            rules: Vec::new(),
            gestures: Vec::new(),
            template: None,
        }
    }

    /// The built-in pack with this id: `general` (any business), `hotel`,
    /// `shop`, `contact-centre` (the four that were industries),
    /// and `restaurant`, `bank`, `workshop`, `e-shop`, `clinic`, `fitness`,
    /// `telecom`, `airline` and `public-office`. Each is built on first use,
    /// through the same checks as a user's pack, and shared after.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::rules::Pack;
    ///
    /// assert_eq!(Pack::builtin("hotel").map(|p| p.name()), Some("Hotel"));
    /// assert!(Pack::builtin("bakery").is_none());
    /// ```
    #[must_use]
    pub fn builtin(id: &str) -> Option<&'static Pack> {
        builtin::get(id)
    }

    /// Every built-in pack, general first.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::rules::Pack;
    ///
    /// let ids: Vec<&str> = Pack::builtins().map(|p| p.id().as_str()).collect();
    /// assert_eq!(ids.len(), 13);
    /// assert_eq!(ids[..4], ["general", "hotel", "shop", "contact-centre"]);
    /// assert!(ids.contains(&"clinic") && ids.contains(&"public-office"));
    /// ```
    pub fn builtins() -> impl Iterator<Item = &'static Pack> {
        BUILTIN.iter().filter_map(|id| builtin::get(id))
    }

    /// The pack's id, which models name.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::rules::Pack;
    ///
    /// assert_eq!(Pack::builtin("restaurant").unwrap().id().as_str(), "restaurant");
    /// ```
    #[must_use]
    pub fn id(&self) -> &Id {
        &self.id
    }

    /// The trade's name, for people.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::rules::Pack;
    ///
    /// assert_eq!(Pack::builtin("contact-centre").unwrap().name(), "Contact centre");
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The pack's word for `noun` in `locale` (nominative, singular); the
    /// general word for a noun the pack does not give.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{rules::Pack, Locale, model::Noun};
    ///
    /// let restaurant = Pack::builtin("restaurant").unwrap();
    /// assert_eq!(restaurant.noun(Locale::English, Noun::Customer), "guest");
    /// assert_eq!(restaurant.noun(Locale::Polish, Noun::Place), "stolik");
    /// ```
    #[must_use]
    pub fn noun(&self, locale: Locale, noun: Noun) -> &str {
        self.nouns.word(locale, noun, false, Case::Nom)
    }

    /// The nouns the pack gives itself (the others are the general words).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Noun, rules::Pack};
    ///
    /// let shop = Pack::builtin("shop").unwrap();
    /// assert_eq!(shop.nouns().iter().collect::<Vec<_>>(), [Noun::Bill, Noun::Place]);
    /// ```
    #[must_use]
    pub fn nouns(&self) -> EnumSet<Noun> {
        self.nouns.given()
    }

    pub(crate) fn words(&self) -> &Arc<Nouns> {
        &self.nouns
    }

    /// The pack's rules, essentials and gestures, each for this pack's
    /// models only.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::rules::Pack;
    ///
    /// let restaurant = Pack::builtin("restaurant").unwrap();
    /// assert!(restaurant.rules().rules().any(|r| r.is_critical()));
    /// assert!(Pack::builtin("general").unwrap().rules().is_empty());
    /// ```
    #[must_use]
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// Whether the rule with this id is one of the pack's exclusive
    /// gestures (derived from the exclusive level only).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::rules::Pack;
    ///
    /// let restaurant = Pack::builtin("restaurant").unwrap();
    /// assert!(restaurant.is_gesture("occasion-acknowledged"));
    /// assert!(!restaurant.is_gesture("bill-correct"));
    /// ```
    #[must_use]
    pub fn is_gesture(&self, rule: &str) -> bool {
        self.gestures.binary_search_by(|g| g.as_str().cmp(rule)).is_ok()
    }

    /// The template: a model of a typical business of the trade, to copy
    /// and edit (its [`to_builder`](ServiceModel::to_builder)).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::rules::Pack;
    ///
    /// let template = Pack::builtin("restaurant").unwrap().template().unwrap();
    /// assert_eq!(template.pack().as_str(), "restaurant");
    /// assert!(template.sequence("meal").is_some());
    /// ```
    #[must_use]
    pub fn template(&self) -> Option<&ServiceModel> {
        self.template.as_ref()
    }

    /// A builder holding this pack, to change it.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::rules::Pack;
    ///
    /// let restaurant = Pack::builtin("restaurant").unwrap();
    /// assert_eq!(&restaurant.to_builder().build()?, restaurant);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn to_builder(&self) -> PackBuilder {
        let mut nouns = BTreeMap::new();
        for noun in self.nouns.given().iter() {
            for &locale in Locale::ALL {
                if let Some(words) = self.nouns.inflected(noun, locale) {
                    nouns.insert((noun, locale), NounForms::of(words, locale));
                }
            }
        }
        let (mut rules, mut gestures) = (Vec::new(), Vec::new());
        for rule in self.rules.rules() {
            let draft = rule.to_builder().out_of_pack();
            if self.is_gesture(rule.id().as_str()) { gestures.push(draft) } else { rules.push(draft) }
        }
        PackBuilder {
            id: self.id.as_str().to_owned(),
            name: self.name.to_string(),
            nouns,
            rules,
            gestures,
            template: self.template.as_ref().map(ServiceModel::to_builder),
        }
    }
}

/// The forms of one noun in one locale, as a pack gives them: singular
/// (`one`) and plural (`many`), each one word in a language without cases
/// (English), or a word per case (Polish: `nom`, `gen`, `dat`, `acc`,
/// `ins`, `loc`).
///
/// # Examples
///
/// ```
/// use service_standards::rules::NounForms;
///
/// let english = NounForms::new("table", "tables");
/// let polish = NounForms::cased(
///     ["stolik", "stolika", "stolikowi", "stolik", "stolikiem", "stoliku"],
///     ["stoliki", "stolików", "stolikom", "stoliki", "stolikami", "stolikach"],
/// );
/// assert_ne!(english, polish);
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct NounForms {
    one: Form,
    many: Form,
}

/// A number's forms: one word, or a word per case.
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(untagged))]
enum Form {
    Word(String),
    Cases(BTreeMap<String, String>),
}

/// Written with the cases in the order grammars list them (nominative,
/// genitive, dative, accusative, instrumental, locative), any other after.
#[cfg(feature = "serde")]
impl serde::Serialize for Form {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        match self {
            Self::Word(word) => s.serialize_str(word),
            Self::Cases(cases) => {
                let mut map = s.serialize_map(Some(cases.len()))?;
                let rank = |name: &str| Case::parse(name).map_or(Case::ALL.len(), Case::index);
                let mut ordered: Vec<(&String, &String)> = cases.iter().collect();
                ordered.sort_by_key(|(name, _)| rank(name));
                for (name, word) in ordered {
                    map.serialize_entry(name, word)?;
                }
                map.end()
            }
        }
    }
}

impl NounForms {
    /// The forms of a noun in a language without cases: singular and plural.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::rules::NounForms;
    ///
    /// assert_eq!(NounForms::new("guest", "guests"), NounForms::new("guest", "guests"));
    /// ```
    #[must_use]
    pub fn new(one: impl Into<String>, many: impl Into<String>) -> Self {
        Self { one: Form::Word(one.into()), many: Form::Word(many.into()) }
    }

    /// The forms of a noun in a language with cases: singular and plural,
    /// each in the order nominative, genitive, dative, accusative,
    /// instrumental, locative.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::rules::NounForms;
    ///
    /// let bill = NounForms::cased(
    ///     ["rachunek", "rachunku", "rachunkowi", "rachunek", "rachunkiem", "rachunku"],
    ///     ["rachunki", "rachunków", "rachunkom", "rachunki", "rachunkami", "rachunkach"],
    /// );
    /// assert_ne!(bill, NounForms::new("rachunek", "rachunki"));
    /// ```
    #[must_use]
    pub fn cased(one: [&str; 6], many: [&str; 6]) -> Self {
        let cases = |forms: [&str; 6]| {
            Form::Cases(
                Case::ALL.iter().zip(forms).map(|(c, f)| (c.as_str().to_owned(), f.to_owned())).collect(),
            )
        };
        Self { one: cases(one), many: cases(many) }
    }

    /// The forms as a pack gives them in `locale`.
    fn of(words: &Inflected, locale: Locale) -> Self {
        let cases = crate::standard::wording::nouns::cases(locale);
        let form = |plural: bool| {
            if cases.is_empty() {
                Form::Word(words.get(plural, Case::Nom).to_owned())
            } else {
                Form::Cases(
                    cases.iter().map(|&c| (c.as_str().to_owned(), words.get(plural, c).to_owned())).collect(),
                )
            }
        };
        Self { one: form(false), many: form(true) }
    }

    /// Checks the forms as `locale`'s at `path`; every form if whole.
    fn check(&self, v: &mut Violations, path: &str, locale: Locale) -> Option<Inflected> {
        let cases = crate::standard::wording::nouns::cases(locale);
        let before = v.len();
        let mut numbers: Vec<[Arc<str>; 6]> = Vec::with_capacity(2);
        for (number, form) in [("one", &self.one), ("many", &self.many)] {
            let at = format!("{path}.{number}");
            let mut forms: [Arc<str>; 6] = Default::default();
            match form {
                Form::Word(word) if cases.is_empty() => {
                    v.text(at.as_str(), word);
                    forms = std::array::from_fn(|_| Arc::from(word.as_str()));
                }
                Form::Word(word) => {
                    for case in cases {
                        v.push(format!("{at}.{}", case.as_str()), Problem::MissingNounForm, word.as_str());
                    }
                }
                Form::Cases(given) => {
                    for (case, word) in given {
                        match Case::parse(case).filter(|c| cases.contains(c)) {
                            Some(c) => {
                                v.text(format!("{at}.{case}"), word);
                                if let Some(slot) = forms.get_mut(c.index()) {
                                    *slot = Arc::from(word.as_str());
                                }
                            }
                            None => v.push(format!("{at}.{case}"), Problem::UnknownCase, case.as_str()),
                        }
                    }
                    for case in cases.iter().filter(|c| !given.contains_key(c.as_str())) {
                        v.push(format!("{at}.{}", case.as_str()), Problem::MissingNounForm, "");
                    }
                }
            }
            numbers.push(forms);
        }
        let [one, many]: [[Arc<str>; 6]; 2] = numbers.try_into().ok()?;
        (v.len() == before).then(|| Inflected::new(one, many))
    }
}

/// Builds a [`Pack`]. Setters never fail; [`build`](Self::build) checks
/// everything at once.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let err = Pack::builder("bakery", "Bakery")
///     .noun(Noun::Customer, Locale::English, NounForms::new("customer", "customers"))
///     .noun(Noun::Customer, Locale::Polish, NounForms::new("klient", "klienci"))
///     .build()
///     .unwrap_err();
/// // Polish needs every case, singular and plural:
/// assert_eq!(err.violations().len(), 12);
/// assert_eq!(err.violations()[0].to_string(), "packs/bakery/nouns/customer.polish.one.nom: missing noun form `klient`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackBuilder {
    id: String,
    name: String,
    nouns: BTreeMap<(Noun, Locale), NounForms>,
    rules: Vec<RuleBuilder>,
    gestures: Vec<RuleBuilder>,
    template: Option<ServiceModelBuilder>,
}

impl PackBuilder {
    crate::setters::setters! {
        /// Gives the pack's word for `noun` in `locale`. A noun given in one
        /// locale must be given in every locale.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let pack = Pack::builder("clinic", "Clinic")
        ///     .noun(Noun::Customer, Locale::English, NounForms::new("patient", "patients"))
        ///     .noun(Noun::Customer, Locale::Polish, NounForms::cased(
        ///         ["pacjent", "pacjenta", "pacjentowi", "pacjenta", "pacjentem", "pacjencie"],
        ///         ["pacjenci", "pacjentów", "pacjentom", "pacjentów", "pacjentami", "pacjentach"]))
        ///     .build()?;
        /// assert_eq!(pack.noun(Locale::Polish, Noun::Customer), "pacjent");
        /// # Ok::<(), Error>(())
        /// ```
        fn noun(noun: Noun, locale: Locale, forms: NounForms) { nouns.insert((noun, locale), forms) }

        /// Adds one of the trade's own rules: it lands only on models of
        /// this pack.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let pack = Pack::builder("bakery", "Bakery")
        ///     .rule(Rule::builder("bread-of-the-day")
        ///         .when(Condition::builder().moments([MomentKind::Information]))
        ///         .kind(StandardKind::Product)
        ///         .dimension(QualityDimension::Communication)
        ///         .statement("Tell every {customer} which bread is fresh from the oven")
        ///         .targets(LevelTargets::same(Target::Always)))
        ///     .build()?;
        /// let rule = pack.rules().rule("bread-of-the-day").unwrap();
        /// assert_eq!(rule.condition().pack(), Some("bakery"));
        /// # Ok::<(), Error>(())
        /// ```
        fn rule(rule: RuleBuilder) { rules.push(rule) }

        /// Adds an exclusive gesture: a rule derived from the exclusive
        /// level only (its targets below it are not needed).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let pack = Pack::builder("bakery", "Bakery")
        ///     .gesture(Rule::builder("taste-of-the-day")
        ///         .when(Condition::builder().moments([MomentKind::Waiting]))
        ///         .kind(StandardKind::Product)
        ///         .dimension(QualityDimension::Empathy)
        ///         .statement("Offer every waiting {customer} a taste of the bread of the day")
        ///         .target(ServiceLevel::Exclusive, Target::Always))
        ///     .build()?;
        /// let rule = pack.rules().rule("taste-of-the-day").unwrap();
        /// assert_eq!(rule.condition().min_level(), ServiceLevel::Exclusive);
        /// assert!(pack.is_gesture("taste-of-the-day"));
        /// # Ok::<(), Error>(())
        /// ```
        fn gesture(rule: RuleBuilder) { gestures.push(rule) }

        /// Sets the template: a model of a typical business of the trade. It
        /// names this pack (a template that names none is given it).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let template = ServiceModel::builder("A bakery").sequence(
        ///     Sequence::builder("visit", "Visit").phase(
        ///         Phase::builder("counter", "At the counter")
        ///             .channels([Channel::FaceToFace])
        ///             .step(Step::builder("greet", "Customer comes in").moment(MomentKind::Welcome)),
        ///     ),
        /// );
        /// let pack = Pack::builder("bakery", "Bakery").template(template).build()?;
        /// assert_eq!(pack.template().unwrap().pack().as_str(), "bakery");
        /// # Ok::<(), Error>(())
        /// ```
        fn template(model: ServiceModelBuilder) { template = Some(model) }
    }

    /// Checks everything and builds the pack.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::Pack`](crate::error::Entity::Pack) listing
    /// every violation at once, each under `packs/<id>/`:
    ///
    /// - the id is not a slug (`packs/<id>`), the name is blank (`packs/<id>.name`);
    /// - a noun lacks a locale (`nouns/<noun>.<locale>`), a form
    ///   (`nouns/<noun>.<locale>.<one|many>.<case>`: [`Problem::MissingNounForm`]),
    ///   or gives a case its locale does not have ([`Problem::UnknownCase`]);
    /// - a rule or gesture is invalid as in [`RuleSetBuilder::build`]
    ///   (`rules/<id>…`), names another pack (`rules/<id>.when.pack`:
    ///   [`Problem::UnknownPack`]), or its statement names the bill, the
    ///   visit or the place and the pack does not give that noun
    ///   (`rules/<id>.statement`: [`Problem::NounNotInPack`]; the customer
    ///   and the order are any business's, the general words unless given);
    /// - the template does not build (`template/<path>`, as in
    ///   [`ServiceModelBuilder::build`]) or names another pack
    ///   (`template.pack`: [`Problem::UnknownPack`]).
    ///
    /// Nothing is half-built.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let err = Pack::builder("bakery", "Bakery")
    ///     .rule(Rule::builder("fresh-bill")
    ///         .when(Condition::builder().moments([MomentKind::Billing]).pack("hotel"))
    ///         .kind(StandardKind::Procedure)
    ///         .dimension(QualityDimension::Reliability)
    ///         .statement("Hand every {customer} the {bill}")
    ///         .targets(LevelTargets::same(Target::Always)))
    ///     .template(ServiceModel::builder(" "))
    ///     .build()
    ///     .unwrap_err();
    /// let found: Vec<String> = err.violations().iter().map(|v| v.to_string()).collect();
    /// assert_eq!(found, [
    ///     "packs/bakery/rules/fresh-bill.when.pack: unknown pack `hotel`",
    ///     "packs/bakery/rules/fresh-bill.statement: noun the pack does not give `{bill}`",
    ///     "packs/bakery/template/name: empty name ` `",
    /// ]);
    /// ```
    pub fn build(mut self) -> Result<Pack, Error> {
        let mut v = Violations::default();
        let rules = std::mem::take(&mut self.rules).into_iter().map(RuleSetBuilder::given_targets).collect();
        let gestures =
            std::mem::take(&mut self.gestures).into_iter().map(RuleSetBuilder::given_targets).collect();
        let pack = self.check(&mut v, rules, gestures);
        match pack {
            Some(pack) if v.is_empty() => Ok(pack),
            _ => Err(v.into_error(Entity::Pack)),
        }
    }

    /// Checks into `v` (paths under `packs/<id>/`) with the drafts of its
    /// rules and gestures, each with the function that gives its targets
    /// (see [`RuleBuilder::check_reading`]); the pack if it could be made.
    fn check<F>(
        self,
        v: &mut Violations,
        rules: Vec<(RuleBuilder, F)>,
        gestures: Vec<(RuleBuilder, F)>,
    ) -> Option<Pack>
    where
        F: FnMut(
            crate::model::ServiceLevel,
            &str,
            &mut Violations,
        ) -> Option<Option<crate::standard::Target>>,
    {
        let prefix = format!("packs/{}/", self.id);
        let root = format!("packs/{}", self.id);
        let id = v.id(&root, &self.id);
        v.name_at(format!("{root}.name"), &self.name);

        // The nouns: every locale of every noun given, every form of each.
        let mut given = Vec::new();
        let nouns_named: EnumSet<Noun> = self.nouns.keys().map(|(noun, _)| *noun).collect();
        for noun in nouns_named.iter() {
            for &locale in Locale::ALL {
                let path = format!("{prefix}nouns/{noun}.{locale}");
                match self.nouns.get(&(noun, locale)) {
                    None => v.push(path, Problem::MissingNounForm, ""),
                    Some(forms) => {
                        if let Some(words) = forms.check(v, &path, locale) {
                            given.push((noun, locale, words));
                        }
                    }
                }
            }
        }
        let general = id.as_ref().is_some_and(|id| id.as_str() == "general");
        let nouns = if general { Arc::clone(Nouns::general()) } else { Arc::new(Nouns::with(given)) };

        // The rules: each for this pack only; a gesture from the exclusive level.
        let mut own = Violations::default();
        let gesture_ids: Vec<String> = gestures.iter().map(|(g, _)| g.raw_id().to_owned()).collect();
        let own_id = self.id.as_str();
        let mut in_pack = |list: Vec<(RuleBuilder, F)>, gesture: bool| {
            list.into_iter()
                .map(|(draft, targets)| {
                    if let Some(other) = draft.condition_given().pack().filter(|p| *p != own_id) {
                        own.push(format!("rules/{}.when.pack", draft.raw_id()), Problem::UnknownPack, other);
                    }
                    (draft.in_pack(own_id, gesture), targets)
                })
                .collect::<Vec<_>>()
        };
        let mut drafts = in_pack(rules, false);
        drafts.extend(in_pack(gestures, true));
        let set = RuleSetBuilder::build_checked(&mut own, Some(own_id), drafts.into_iter());
        // Unknown-pack violations found twice (given, then checked) are one.
        own.dedup();
        let mut kept = own;
        // Every business has customers and orders (the catalogue names them
        // everywhere); a trade's own statement that names its bill, visit or
        // place says what they are called there.
        let nouns_given = if general {
            EnumSet::all()
        } else {
            nouns.given().union([Noun::Customer, Noun::Order].into_iter().collect())
        };
        for rule in set.rules() {
            let template = rule.template();
            let statements = std::iter::once(template.statement())
                .chain(Locale::ALL.iter().filter_map(|&l| template.statement_in(l)));
            let missing = statements
                .flat_map(|s| s.placeholders().collect::<Vec<_>>())
                .filter_map(|p| p.noun().map(|(noun, _)| (noun, p)))
                .find(|(noun, _)| !nouns_given.contains(*noun));
            if let Some((_, placeholder)) = missing {
                kept.push(
                    format!("rules/{}.statement", rule.id()),
                    Problem::NounNotInPack,
                    format!("{{{placeholder}}}"),
                );
            }
        }
        v.adopt(&prefix, kept);

        // The template: a model of this pack.
        let template = self.template.and_then(|draft| {
            let named = draft.pack_given();
            let draft = if named == crate::model::service::GENERAL_PACK || named == self.id {
                draft.pack(self.id.clone())
            } else {
                v.push(format!("{prefix}template.pack"), Problem::UnknownPack, named);
                draft
            };
            match draft.build() {
                Ok(model) => Some(model),
                Err(e) => {
                    v.adopt_error(&format!("{prefix}template/"), &e);
                    None
                }
            }
        });

        let mut gestures: Vec<Id> =
            gesture_ids.iter().filter_map(|g| set.rule(g).map(|r| r.id().clone())).collect();
        gestures.sort();
        Some(Pack { id: id?, name: Arc::from(self.name), nouns, rules: set, gestures, template })
    }
}

impl RuleSet {
    /// This set with a trade's pack added: its rules (each for the pack's
    /// models only) and its words, for models that name it
    /// ([`ServiceModel::pack`]). A built-in pack needs no adding: the set
    /// finds it by id when a model names it. A pack added here is found
    /// before a built-in pack of the same id, so a user's `restaurant`
    /// pack replaces the crate's.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::RuleSetMerge`](crate::error::Entity::RuleSetMerge)
    /// listing every rule of the pack whose id the set already has
    /// ([`Problem::AlreadyDefined`] at `rules/<id>`), and a pack of the
    /// same id added before ([`Problem::AlreadyDefined`] at `packs/<id>`).
    ///
    /// A rule set written as a document leaves out the rules of the packs
    /// added to it: a pack is a document of its own, added again after the
    /// set is read.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let bakery = Pack::builder("bakery", "Bakery")
    ///     .noun(Noun::Customer, Locale::English, NounForms::new("customer", "customers"))
    ///     .noun(Noun::Customer, Locale::Polish, NounForms::cased(
    ///         ["klient", "klienta", "klientowi", "klienta", "klientem", "kliencie"],
    ///         ["klienci", "klientów", "klientom", "klientów", "klientami", "klientach"]))
    ///     .rule(Rule::builder("bread-of-the-day")
    ///         .when(Condition::builder().moments([MomentKind::Information]))
    ///         .kind(StandardKind::Product)
    ///         .dimension(QualityDimension::Communication)
    ///         .statement("Tell every {customer} which bread is fresh from the oven")
    ///         .targets(LevelTargets::same(Target::Always)))
    ///     .build()?;
    /// let rules = RuleSet::catalogue().with_pack(&bakery)?;
    /// assert_eq!(rules.len(), RuleSet::catalogue().len() + 1);
    /// assert!(rules.knows_pack("bakery"));
    /// // Adding it twice is refused:
    /// let err = rules.with_pack(&bakery).unwrap_err();
    /// assert_eq!(err.violations().last().unwrap().path(), "packs/bakery");
    /// # Ok::<(), Error>(())
    /// ```
    pub fn with_pack(&self, pack: &Pack) -> Result<Self, Error> {
        let merged = self.merge(pack.rules());
        let twice = self.packs.iter().any(|p| p.id == pack.id);
        match merged {
            Ok(mut set) if !twice => {
                set.packs.push(AddedPack { id: pack.id.clone(), words: pack.nouns.clone() });
                Ok(set)
            }
            merged => {
                let mut v = Violations::default();
                if let Err(e) = merged {
                    v.adopt_error("", &e);
                }
                if twice {
                    v.push(format!("packs/{}", pack.id()), Problem::AlreadyDefined, pack.id().as_str());
                }
                Err(v.into_error(Entity::RuleSetMerge))
            }
        }
    }

    /// This set with the built-in pack `pack`'s rules for a derivation: a
    /// rule of the same id as one of this set's is left to this set's (a
    /// user's rule replaces the pack's).
    pub(crate) fn with_builtin(&self, pack: &Pack) -> Self {
        let rules =
            pack.rules.rules().filter(|r| self.rule(r.id().as_str()).is_none()).cloned().collect::<Vec<_>>();
        let mut all = self.rules.clone();
        all.extend(rules);
        all.sort_by(|a, b| a.id().cmp(b.id()));
        let index = crate::rules::rule_set::Index::new(&all);
        Self { rules: all, index, packs: self.packs.clone() }
    }
}

/// The version of the pack document this release reads and writes.
pub(crate) const PACK_FORMAT_VERSION: u32 = 1;

impl Pack {
    /// The version of the pack document this release reads and writes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::rules::Pack::FORMAT_VERSION, 1);
    /// ```
    pub const FORMAT_VERSION: u32 = PACK_FORMAT_VERSION;
}

#[cfg(feature = "serde")]
mod document {
    use std::collections::BTreeMap;

    use super::{NounForms, PACK_FORMAT_VERSION, Pack, PackBuilder};
    use crate::{
        error::Entity, model::Noun, model::service::ModelDraft, rules::rule::RuleRecord, standard::Locale,
        validate::Violations,
    };

    crate::document::versioned_document! {
        /// The pack as a document.
        #[cfg_attr(feature = "schemars", schemars(rename = "Pack"))]
        struct PackDocument(Entity::Pack, PACK_FORMAT_VERSION) {
            #[cfg_attr(feature = "schemars", schemars(with = "crate::model::Id"))]
            id: String,
            name: String,
            #[serde(skip_serializing_if = "BTreeMap::is_empty")]
            nouns: BTreeMap<Noun, BTreeMap<Locale, NounForms>> = default,
            #[serde(skip_serializing_if = "Vec::is_empty")]
            #[cfg_attr(feature = "schemars", schemars(with = "Vec<crate::rules::RuleBuilder>"))]
            rules: Vec<RuleRecord> = default,
            #[serde(skip_serializing_if = "Vec::is_empty")]
            #[cfg_attr(feature = "schemars", schemars(with = "Vec<crate::rules::RuleBuilder>"))]
            gestures: Vec<RuleRecord> = default,
            #[serde(skip_serializing_if = "Option::is_none")]
            #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::model::ServiceModel>"))]
            template: Option<ModelDraft> = default,
        }
    }

    impl serde::Serialize for Pack {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let b = self.to_builder();
            let mut nouns: BTreeMap<Noun, BTreeMap<Locale, NounForms>> = BTreeMap::new();
            for ((noun, locale), forms) in b.nouns {
                nouns.entry(noun).or_default().insert(locale, forms);
            }
            PackDocument {
                format_version: PACK_FORMAT_VERSION,
                id: b.id,
                name: b.name,
                nouns,
                rules: b.rules.into_iter().map(RuleRecord::from).collect(),
                gestures: b.gestures.into_iter().map(RuleRecord::from).collect(),
                template: b.template.map(|builder| ModelDraft { builder }),
            }
            .serialize(s)
        }
    }

    /// Deserialising runs the same checks as [`PackBuilder::build`], and
    /// reads every text of a rule's target in the same pass: an invalid
    /// document is rejected whole, with every problem named.
    impl<'de> serde::Deserialize<'de> for Pack {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            use serde::de::Error as _;
            let doc = PackDocument::deserialize(d)?;
            let nouns = doc
                .nouns
                .into_iter()
                .flat_map(|(noun, locales)| locales.into_iter().map(move |(l, forms)| ((noun, l), forms)))
                .collect();
            let builder = PackBuilder {
                id: doc.id,
                name: doc.name,
                nouns,
                rules: Vec::new(),
                gestures: Vec::new(),
                template: doc.template.map(|draft| draft.builder),
            };
            let rules = doc.rules.into_iter().map(RuleRecord::reading).collect();
            let gestures = doc.gestures.into_iter().map(RuleRecord::reading).collect();
            let mut v = Violations::default();
            let pack = builder.check(&mut v, rules, gestures);
            match pack {
                Some(pack) if v.is_empty() => Ok(pack),
                _ => Err(D::Error::custom(v.into_error(Entity::Pack))),
            }
        }
    }

    /// The schema of the pack document (what deserialising accepts, before
    /// the builder's checks).
    #[cfg(feature = "schemars")]
    impl schemars::JsonSchema for Pack {
        fn schema_name() -> std::borrow::Cow<'static, str> {
            "Pack".into()
        }

        fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
            PackDocument::json_schema(generator)
        }
    }
}
