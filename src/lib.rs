//! # service-standards
//!
//! Design customer service standards the way the service-quality literature
//! teaches, and derive them by rules you can read and change.
//!
//! The method (from the literature this crate encodes):
//!
//! 1. **Map the service.** Split the business into service sequences (a hotel
//!    stay: reservation → check-in → use of the room → check-out), each into
//!    phases in chronological order, each phase into steps: the moments of
//!    contact where standards are needed. Say which [`Channel`]s each phase
//!    or step uses: face to face, telephone, e-mail, chat, social media, …
//! 2. **Name what matters at each moment.** For every step, ask which general
//!    service [`Characteristic`](crate::model::Characteristic)s strengthen the customer's experience there
//!    (greeting a hotel guest: being friendly and attentive).
//! 3. **Describe the service function and the brand.** The nine factors of a
//!    [`ServiceProfile`](crate::model::ServiceProfile) (intermediaries, contact, purchaser, delivery span,
//!    capacity, usage, complexity, risk, tasks) decide which tasks customer
//!    service must take on; the [`Brand`](crate::model::Brand) names the [`Emotion`](crate::model::Emotion)s to evoke and
//!    the on-brand and off-brand behaviours of each [`Department`](crate::model::Department).
//! 4. **Derive standards.** A [`RuleSet`] (start with
//!    [`RuleSet::catalogue`]) turns the model into [`Standard`]s of three
//!    [`StandardKind`]s (personal contact, product, procedure) at a
//!    [`ServiceLevel`] (basic, expected, exclusive), each with a measurable
//!    [`Target`] and the provenance of why it exists.
//!
//! ## Step 1–3: the model
//!
//! A [`ServiceModel`] is built by builders whose setters never fail; one
//! [`build`](crate::model::ServiceModelBuilder::build) checks everything and reports every
//! mistake at once, each with its path:
//!
//! ```
//! use service_standards::prelude::*;
//!
//! let model = ServiceModel::builder("Hotel Aurora")
//!     .profile(ServiceProfile::builder()
//!         .contact(ContactLevel::High)
//!         .capacity(CapacityControl::Reservations)
//!         .build())
//!     .brand(Brand::builder().emotions([Emotion::Warmth, Emotion::Trust]))
//!     .departments([
//!         Department::new("front-office", "Front office")?,
//!         Department::new("billing", "Billing")?,
//!     ])
//!     .sequence(Sequence::builder("stay", "Hotel stay")
//!         .phase(Phase::builder("reservation", "Reservation")
//!             .channels([Channel::Telephone, Channel::Email])
//!             .step(Step::builder("request", "Guest asks for a room")
//!                 .moment(MomentKind::OrderTaking)
//!                 .department("front-office")
//!                 .characteristics([Characteristic::Prompt, Characteristic::Accurate])))
//!         .phase(Phase::builder("check-in", "Check-in")
//!             .channels([Channel::FaceToFace])
//!             .step(Step::builder("greet", "Guest approaches the desk")
//!                 .moment(MomentKind::Welcome)
//!                 .department("front-office")
//!                 .characteristics([Characteristic::Friendly, Characteristic::Attentive]))))
//!     .build()?;
//! assert_eq!(model.steps().count(), 2);
//!
//! // Mistakes come back together, each naming where it is:
//! let err = ServiceModel::builder("Hotel")
//!     .sequence(Sequence::builder("stay", "Stay")
//!         .phase(Phase::builder("check-in", "Check-in")
//!             .step(Step::builder("Greet!", "Greet").department("spa"))))
//!     .build()
//!     .unwrap_err();
//! assert_eq!(err.violations().len(), 4);
//! assert_eq!(err.violations()[0].path(), "stay/check-in/Greet!");
//! # Ok::<(), Error>(())
//! ```
//!
//! With the default `serde` feature the model reads from and writes to any
//! serde format (JSON, TOML, …); reading runs the same checks, so an invalid
//! document never becomes a half-valid model. [The model
//! document](crate::model#the-model-document) lists its keys, which are
//! the builders' names.
//!
//! ## Step 4: standards
//!
//! ```
//! use service_standards::prelude::*;
//! # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
//! let rules = RuleSet::catalogue();
//! let standards = rules.derive(&model, ServiceLevel::Expected);
//! for s in standards.at_step(&"stay/check-in/greet".parse()?) {
//!     // e.g. "greet-on-arrival@stay/check-in/greet: Greet every customer within 30 seconds …"
//!     println!("{}: {} ({}, because of {})", s.id(), s.statement(), s.kind(), s.provenance());
//! }
//! // No appearance standard can reach a channel where staff are not seen:
//! assert!(standards.iter().all(|s| s.channels().contains(Channel::FaceToFace)));
//! // Which phase × channel pairs lack a technical or a functional standard:
//! assert!(standards.coverage(&model).holes().is_empty());
//! # Ok::<(), Error>(())
//! ```
//!
//! Rules are data. Write your own with [`Rule::builder`] or in a JSON or TOML
//! file, and [`merge`](RuleSet::merge) them into the catalogue; replacing a
//! catalogue rule must be asked for explicitly
//! ([`RuleBuilder::overriding`](crate::rules::RuleBuilder::overriding)), never done silently.
//!
//! ```
//! use service_standards::prelude::*;
//! # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
//! let mine = RuleSet::builder()
//!     .rule(Rule::builder("offer-welcome-drink")
//!         .when(Condition::builder()
//!             .moments([MomentKind::Welcome])
//!             .capabilities([Capability::StaffSeen])
//!             .from_level(ServiceLevel::Exclusive))
//!         .kind(StandardKind::Product)
//!         .dimension(QualityDimension::Empathy)
//!         .statement("Offer every arriving guest a welcome drink while the room is prepared")
//!         .target(ServiceLevel::Exclusive, Target::Always))
//!     .build()?;
//! let rules = RuleSet::catalogue().merge(&mine)?;
//! let exclusive = rules.derive(&model, ServiceLevel::Exclusive);
//! assert!(exclusive.iter().any(|s| s.rule().as_str() == "offer-welcome-drink"));
//! assert!(!rules.derive(&model, ServiceLevel::Expected).iter().any(|s| s.rule().as_str() == "offer-welcome-drink"));
//! # Ok::<(), Error>(())
//! ```
//!
//! ## Precision: one standard per concern, in the business's words
//!
//! A standard is worth posting when it is about that moment, on that step,
//! and says one thing once. Five parts of the model see to it:
//!
//! - **The contact.** Each [`Step`](crate::model::Step) says who starts it ([`Initiator`](crate::model::Initiator): the
//!   customer for an inbound call or a guest at the desk, the company for a
//!   confirmation it sends) and whether it opens a contact or continues the
//!   one before. Rules that answer contacts test both
//!   ([`started_by`](crate::rules::ConditionBuilder::started_by), [`opening`](crate::rules::ConditionBuilder::opening)), so "answer within
//!   three rings" lands on the step that opens the call, never on a
//!   confirmation the hotel sends.
//! - **Concerns.** Every [`Rule`] names its concern (`speed-of-answer`,
//!   `order-confirmation`); a step keeps at most one standard per concern.
//!   Where rules of one concern meet, one wins by [`Precedence`](crate::standard::Precedence) (scoped
//!   over unscoped, the business's rule over the catalogue's, the more
//!   specific condition, the stricter target), and
//!   [`StandardSet::superseded`] says what lost and why.
//! - **What came before.** A rule can ask for a step of some kind before
//!   the step in its phase or sequence
//!   ([`after_in_phase`](crate::rules::ConditionBuilder::after_in_phase),
//!   [`after_in_sequence`](crate::rules::ConditionBuilder::after_in_sequence)),
//!   or for none
//!   ([`except_after_in_phase`](crate::rules::ConditionBuilder::except_after_in_phase)):
//!   the written confirmation of an order follows the order taken, a
//!   request for feedback follows the service, never the reminder before
//!   it, and a call is answered in rings unless it waited in a queue. A customer's complaint ([`MomentKind::Exception`]) and a request
//!   that is no complaint ([`MomentKind::Request`]: a change, a
//!   cancellation) are kinds of their own, so an apology and a case number
//!   land on the complaint only; so is a loss or an emergency that is not
//!   the company's fault ([`MomentKind::Incident`]: a card lost, a
//!   breakdown, a gas smell), where what cannot wait is done in the contact.
//! - **What the step is not.** A rule can leave out steps of some channels,
//!   moments, places or characteristics
//!   ([`except_characteristics`](crate::rules::ConditionBuilder::except_characteristics)
//!   and its siblings): what is handed over or read back is not stated
//!   where staff are there to listen and ask (an `attentive` step), but at
//!   the answer that follows. A share target ("dishes as ordered in 98 %
//!   of cases") lands only where a loss is not serious
//!   ([`except_serious`](crate::rules::ConditionBuilder::except_serious)):
//!   where cash, a bag or a child is handed over, a rule of the same
//!   concern holds the step to every time.
//! - **Scopes.** A business's own rule can be limited to its own sequences,
//!   phases, steps or departments ([`Scope`](crate::rules::Scope)): "every step of check-out".
//!   [`RuleSet::unknown_scopes`] lists scoped ids the model does not have,
//!   and scopes whose ids never meet at a step.
//! - **Policies.** Decisions about the organisation (training cycles,
//!   empowerment limits, account managers) are [`Policy`](crate::standard::Policy)s, stated once for
//!   the business or once per department ([`RuleBuilder::policy`](crate::rules::RuleBuilder::policy)).
//!
//! Statements name the business's things in its own words: `{customer}`,
//! `{order}`, `{bill}`, `{visit}` and `{place}` are a hotel's guest,
//! booking, bill, stay and room, a restaurant's guest, order, bill, visit
//! and table, a contact centre's caller and case (the model's
//! [`Pack`](crate::rules::Pack), below), inflected in Polish
//! (`{customer:acc}`). Targets say what real checklists say: a time, a count,
//! a share, a [`Distance`](crate::standard::Distance) (eye contact from three metres, or ten
//! feet: shown in the unit given), hours of [`Cover`](crate::standard::Cover) (a desk staffed
//! around the clock), a range where too short is as wrong as too long (a check-in taking
//! between 2 and 5 minutes), an [`Amount`](crate::standard::Amount) (settle up to 100 EUR).
//!
//! ```
//! use std::time::Duration;
//! use service_standards::prelude::*;
//! # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
//! let mine = RuleSet::builder()
//!     // Greet faster than the catalogue asks, but only at the hotel's own check-in.
//!     .rule(Rule::builder("greet-at-check-in")
//!         .concern("greeting-on-arrival")
//!         .when(Condition::builder().moments([MomentKind::Welcome]).scope(Scope::new().phases(["check-in"])))
//!         .kind(StandardKind::PersonalContact)
//!         .dimension(QualityDimension::Responsiveness)
//!         .statement("Greet every arriving {customer} {target}")
//!         .statement_in(Locale::Polish, "Witaj każdego przybywającego {customer:acc} {target}")
//!         .targets(LevelTargets::same(Target::within_secs(20))))
//!     // A decision about the organisation: stated once, for the department.
//!     .rule(Rule::builder("desk-cover")
//!         .policy(PolicyScope::Department)
//!         .when(Condition::builder().scope(Scope::new().departments(["front-office"])))
//!         .kind(StandardKind::Procedure)
//!         .dimension(QualityDimension::Convenience)
//!         .statement("Keep the reception desk staffed {target}")
//!         .targets(LevelTargets::same(Target::Cover(Cover::AROUND_THE_CLOCK))))
//!     .build()?;
//! assert!(mine.unknown_scopes(&model).is_empty());
//! let set = RuleSet::catalogue().merge(&mine)?.derive(&model, ServiceLevel::Expected);
//!
//! let greet: StepPath = "stay/check-in/greet".parse()?;
//! let greeting: Vec<&Standard> = set.at_step(&greet).filter(|s| s.concern().as_str() == "greeting-on-arrival").collect();
//! assert_eq!(greeting.len(), 1);
//! assert_eq!(greeting[0].statement(), "Greet every arriving guest within 20 seconds");
//! assert_eq!(Locale::Polish.statement(greeting[0]), "Witaj każdego przybywającego gościa w ciągu 20 sekund");
//! let lost = set.superseded().iter().find(|s| s.rule().as_str() == "greet-on-arrival").unwrap();
//! assert_eq!(lost.reason(), Precedence::Scope);
//!
//! let cover = set.policies().iter().find(|p| p.standard().rule().as_str() == "desk-cover").unwrap();
//! assert_eq!(cover.statement(), "Keep the reception desk staffed around the clock");
//! assert_eq!(cover.department().map(Id::as_str), Some("front-office"));
//! # Ok::<(), Error>(())
//! ```
//!
//! ## Trades: packs, templates and a pack of one's own
//!
//! A business belongs to a trade, and a trade is a [`Pack`](crate::rules::Pack):
//! its words in every locale (with every case Polish declines them in), its
//! own rules (the trade's essentials, legal and safety duties marked
//! [`critical`](crate::rules::Rule::is_critical), each with its
//! [`source`](crate::rules::Rule::source)), its exclusive gestures, and a
//! template: a model of a typical business of the trade. A model names its
//! pack (`pack = "restaurant"` in its document,
//! [`pack`](crate::model::ServiceModelBuilder::pack) on the builder;
//! `general` unless it says). The built-in packs are `general`, `hotel`,
//! `shop`, `contact-centre` (the four former industries), `restaurant`,
//! `bank`, `workshop`, `e-shop`, `clinic`, `fitness`, `telecom`, `airline`
//! and `public-office`; a rule set finds them by id. Start from a template,
//! edit it, and ask the pack what a manager of the trade would expect and
//! the model lacks:
//!
//! ```
//! use service_standards::prelude::*;
//!
//! let restaurant = Pack::builtin("restaurant").unwrap();
//! let template = restaurant.template().unwrap();
//! // Our restaurant: the template, with a warm brand.
//! let model = template.to_builder().brand(Brand::builder().emotions([Emotion::Warmth])).build()?;
//! assert!(restaurant.check(&model).is_empty());
//!
//! let set = RuleSet::catalogue().try_derive(&model, ServiceLevel::Expected)?;
//! let bill = set.iter().find(|s| s.rule().as_str() == "bill-presented").unwrap();
//! assert_eq!(bill.statement(), "Bring the bill in a clean folder within 3 minutes of the guest asking for it, never before");
//! assert_eq!(Locale::Polish.statement(bill), "Przynieś rachunek w czystej okładce w ciągu 3 minut od prośby gościa, nigdy wcześniej");
//! // The trade's essentials are critical, and say where they come from.
//! let allergies = restaurant.rules().rule("allergy-passed-to-kitchen").unwrap();
//! assert!(allergies.is_critical() && allergies.source().unwrap().contains("1169/2011"));
//! // A pack's rules land only on models of that pack.
//! let hotel = model.to_builder().pack("hotel").build()?;
//! assert!(RuleSet::catalogue().derive(&hotel, ServiceLevel::Expected).iter().all(|s| s.rule().as_str() != "bill-presented"));
//! # Ok::<(), Error>(())
//! ```
//!
//! The templates are model documents too, one per pack under
//! `examples/models/` (`examples/restaurant.rs` models a restaurant from
//! its template). A trade without a pack writes its own, as a builder or as
//! a document (JSON or TOML) checked like every document: a missing noun
//! form, a case a locale does not have, a rule naming another pack, a
//! template that does not build, each named at once with its path. It is
//! added to a rule set with [`RuleSet::with_pack`]:
//!
//! ```
//! use service_standards::prelude::*;
//!
//! let dental = Pack::builder("dental", "Dental practice")
//!     .noun(Noun::Customer, Locale::English, NounForms::new("patient", "patients"))
//!     .noun(Noun::Customer, Locale::Polish, NounForms::cased(
//!         ["pacjent", "pacjenta", "pacjentowi", "pacjenta", "pacjentem", "pacjencie"],
//!         ["pacjenci", "pacjentów", "pacjentom", "pacjentów", "pacjentami", "pacjentach"]))
//!     .rule(Rule::builder("two-identifiers")
//!         .critical()
//!         .source("WHO patient safety solutions, solution 2 (patient identification)")
//!         .when(Condition::builder().moments([MomentKind::Identification]))
//!         .kind(StandardKind::Procedure)
//!         .dimension(QualityDimension::Assurance)
//!         .statement("Identify every {customer} by two identifiers before any care")
//!         .statement_in(Locale::Polish, "Identyfikuj każdego {customer:acc} po dwóch danych przed każdym świadczeniem")
//!         .targets(LevelTargets::same(Target::Always)))
//!     .build()?;
//! let model = ServiceModel::builder("City Dental")
//!     .pack("dental")
//!     .sequence(Sequence::builder("visit", "Visit").phase(
//!         Phase::builder("reception", "Reception")
//!             .channels([Channel::FaceToFace])
//!             .step(Step::builder("identify", "Patient gives name and date of birth").moment(MomentKind::Identification))))
//!     .build()?;
//! // Unknown to the catalogue alone, known once added:
//! assert!(RuleSet::catalogue().try_derive(&model, ServiceLevel::Expected).is_err());
//! let rules = RuleSet::catalogue().with_pack(&dental)?;
//! let set = rules.try_derive(&model, ServiceLevel::Expected)?;
//! let id = set.iter().find(|s| s.rule().as_str() == "two-identifiers").unwrap();
//! assert_eq!(id.statement(), "Identify every patient by two identifiers before any care");
//! assert_eq!(Locale::Polish.statement(id), "Identyfikuj każdego pacjenta po dwóch danych przed każdym świadczeniem");
//!
//! // As a document (with the `serde` feature), read back equal:
//! # #[cfg(feature = "serde")] {
//! let text = toml::to_string(&dental).unwrap();
//! assert!(text.contains("[nouns.customer.english]"));
//! assert_eq!(toml::from_str::<Pack>(&text).unwrap(), dental);
//! # }
//! # Ok::<(), Error>(())
//! ```
//!
//! ## Step 5: put them to work
//!
//! Standards are worth something when people follow them. A [`Handbook`]
//! gives every department a chapter to post: its contact situations (the
//! steps it owns), its standards by phase and kind with their targets, its
//! policies, and its on-brand and off-brand behaviours; in English or Polish
//! ([`Locale`]), as Markdown or plain text. A [`Blueprint`](crate::publish::Blueprint) draws a sequence
//! as a service blueprint in Mermaid.
//!
//! ```
//! use service_standards::prelude::*;
//! # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
//! let standards = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
//! let chapter = Handbook::new(&model, &standards).locale(Locale::Polish).department_markdown("front-office");
//! assert!(chapter.unwrap().contains("Przywitaj każdego gościa w ciągu 30 sekund od jego przybycia"));
//! let chart = Blueprint::new(&model).mermaid("stay").unwrap();
//! assert!(chart.starts_with("flowchart LR"));
//! # Ok::<(), Error>(())
//! ```
//!
//! ## Step 6: close the loop
//!
//! Customers' answers pick the phase to improve. Individual survey answers
//! ([`Response`](survey::Response), or a survey tool's CSV export through
#![cfg_attr(feature = "csv", doc = "[`CsvImport`](import::CsvImport) with the `csv` feature, which can")]
#![cfg_attr(not(feature = "csv"), doc = "`CsvImport` with the `csv` feature, which can")]
//! also aggregate an export too large to keep while reading it) aggregate
//! into SERVQUAL gaps and into the net promoter score, satisfaction (CSAT)
//! and customer effort (CES), each with its 95 % interval, by phase,
//! channel, site and month, quarter or year. An
//! [`ImprovementPlan`](assess::ImprovementPlan) ranks what to improve,
//! beside each subject's audit compliance and key-driver importance, says
//! whether the cause is standards not met (enforce them) or standards too
//! low (raise them), and shows what deriving the phase to raise one level
//! up ([`Levels`](model::Levels), [`RuleSet::derive_with`]) would add and
//! tighten. With the `charts`
#![cfg_attr(feature = "charts", doc = "feature, [`charts`] draws it all as SVG.")]
#![cfg_attr(not(feature = "charts"), doc = "feature, `charts` draws it all as SVG.")]
//!
//! ```
//! use service_standards::prelude::*;
//! use service_standards::jiff::civil::date;
//! # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
//! let check_in = Subject::Phase("stay/check-in".parse()?);
//! let answer = |who: &str, e, p| Response::new(who, date(2026, 3, 2), check_in.clone(), Answer::Servqual { expectation: e, perception: p });
//! let responses = Responses::builder().responses([answer("r1", 7.0, 4.0), answer("r2", 6.0, 4.0)]).build_for(&model)?;
//! let gaps = responses.feedback()?.gaps();
//! assert_eq!(gaps.by_phase()[0].difference(), -2.5);
//!
//! let plan = ImprovementPlan::builder(&model, &RuleSet::catalogue(), &Levels::new(ServiceLevel::Expected), &gaps).build()?;
//! let raise = plan.raise().unwrap();
//! assert_eq!((raise.phase(), raise.raised_to()), (&"stay/check-in".parse()?, Some(ServiceLevel::Exclusive)));
//! assert!(!raise.diff().target_changed().is_empty());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## How the crate is organised
//!
//! The crate root re-exports the names nearly every program touches
//! ([`ServiceModel`], [`RuleSet`], [`StandardSet`], [`Error`], …); every
//! public item lives in the module of what it is about, and the
//! [`prelude`] re-exports them all for `use service_standards::prelude::*;`
//! (as the examples do).
//!
//! The modules are layers, lowest first. Each names only its own layer and
//! those below it that it needs, never one above (`tests/integration/layers.rs` checks
//! every source file):
//!
//! 1. **Base**: [`error`], and the groundwork the layers share (ids, enum
//!    sets, vocabularies, validation, versioned documents). It names no
//!    layer, and each of its modules names only those below it.
//! 2. [`model`]: the service model and its vocabulary.
//! 3. [`standard`]: what standards are made of and what derivation
//!    produces: [`Target`]s, [`Template`](standard::Template)s (a kind, a
//!    dimension, a [`Statement`](standard::Statement) and targets per
//!    level), [`Standard`]s, [`Policy`](standard::Policy)s, the
//!    [`StandardSet`] and the [`SetDiff`](standard::SetDiff) between two
//!    sets; and their wording: the [`Locale`]s the crate speaks and how
//!    each words labels, targets and statements, one table per language.
//! 4. [`rules`]: a [`Rule`] is a [`Condition`] plus the template of a
//!    standard, so rules are written in the standards' vocabulary, and
//!    derivation builds standards. Standards need nothing of rules: a
//!    standard set reads back from a document without building a rule.
//!    The trades' [`Pack`](rules::Pack)s are rules too, with the words
//!    their statements use and a template of a model.
//! 5. The rooms that use standards, side by side:
//!    - [`survey`]: what customers say (responses, their aggregation,
//!      series and key drivers, [`Feedback`] and its gaps); it needs only
//!      the model and [`statistics`], the arithmetic of estimates and tests,
//!      a layer of its own that names nothing of the model;
//!    - `import` (feature `csv`): survey exports read from CSV, through a
//!      mapping of a survey tool's columns, into the survey's responses;
//!    - [`publish`]: the [`Handbook`], checklists, blueprints and the
//!      yearly review of an issued set;
//!    - [`assess`]: [`Audit`]s and their compliance, and the improvement
//!      plan that weighs gaps and compliance;
//!    - `charts` (feature `charts`): SVG charts of gaps, compliance and
//!      measures over time.
//!
//! The [`prelude`] re-exports every layer for a glob import.
//!
//! ## Guarantees
//!
//! - Invalid states cannot be built: ids are slugs, references resolve,
//!   nothing required is empty; every [`Error`] names what failed and where.
//! - Derivation never fails and never panics; the same inputs give the same
//!   standards in the same order, with the same ids.
//! - No `unsafe`; the library never panics on any input.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

pub mod assess;
mod chars;
#[cfg(feature = "charts")]
pub mod charts;
#[cfg(feature = "serde")]
mod document;
pub mod error;
mod id;
#[cfg(feature = "csv")]
pub mod import;
pub mod model;
/// The trades' packs (found as [`rules::Pack`]): each trade's words, rules,
/// gestures and template, and the built-in ones.
mod packs;
pub mod prelude;
pub mod publish;
pub mod rules;
mod set;
mod setters;
pub mod standard;
pub mod statistics;
pub mod survey;
mod text_serde;
mod validate;
mod vocabulary;

// Lets unit tests `include!` the docs' model (`tests/fixtures/doc_model.rs`),
// which names this crate by its path.
#[cfg(test)]
extern crate self as service_standards;

pub use assess::Audit;
pub use error::Error;
/// The [`jiff`] date crate, re-exported: [`IssuedSet::new`](publish::IssuedSet::new)
/// takes a [`jiff::civil::Date`], and this is the version of jiff it takes,
/// so no dependency of your own (of a matching version) is needed.
///
/// # Examples
///
/// ```
/// use service_standards::jiff::civil::date;
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let issued = IssuedSet::new(RuleSet::catalogue().derive(&model, ServiceLevel::Basic), date(2026, 1, 15));
/// assert_eq!(issued.due_on(), date(2027, 1, 15));
/// # Ok::<(), Error>(())
/// ```
pub use jiff;
pub use model::{Channel, Id, MomentKind, ServiceLevel, ServiceModel, StandardKind};
pub use publish::Handbook;
pub use rules::{Condition, Rule, RuleSet};
pub use standard::{Locale, Standard, StandardSet, Target};
pub use survey::Feedback;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
