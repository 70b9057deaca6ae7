//! English: the crate's own language.

use super::{Label, Language, Text};
use crate::{
    model::Capability as Cap, model::CapacityControl as Cc, model::Channel as Ch,
    model::ChannelFamily as Fam, model::Characteristic as C, model::Complexity as Cx,
    model::ContactLevel as Co, model::DeliverySpan as Ds, model::Emotion as E, model::FactorKind as Fk,
    model::Intermediaries as I, model::MomentKind as M, model::Purchaser as Pu, model::QualityAspect as A,
    model::QualityDimension as D, model::Risk as R, model::ServiceLevel as L, model::StandardKind as K,
    model::TaskAllocation as Ta, model::UsageFrequency as U, standard::Locale as Lo,
    standard::Placeholder as P,
};
use crate::{model::Industry, model::Noun, standard::statement::Case};

pub(super) static ENGLISH: Language =
    Language { code: "en", decimal_separator: '.', label, text, target: |t| t.to_string(), noun };

fn noun(industry: Industry, noun: Noun, plural: bool, _case: Case) -> &'static str {
    let (one, many) = match (industry, noun) {
        (Industry::Hotel, Noun::Customer) => ("guest", "guests"),
        (Industry::Hotel, Noun::Order) => ("booking", "bookings"),
        (Industry::ContactCentre, Noun::Customer) => ("caller", "callers"),
        (Industry::ContactCentre, Noun::Order) => ("case", "cases"),
        (_, Noun::Customer) => ("customer", "customers"),
        (_, Noun::Order) => ("order", "orders"),
    };
    if plural { many } else { one }
}

/// The texts the standard layer renders itself.
fn text(text: Text) -> &'static str {
    match text {
        Text::EveryDepartment => "every department",
        Text::TriggerCharacteristic => "characteristic",
        Text::TriggerEmotion => "emotion",
        Text::TriggerCapability => "channel capability",
        Text::TriggerChannel => "channel",
        Text::TriggerMoment => "moment",
    }
}

#[allow(clippy::too_many_lines, reason = "one table of every label")]
fn label(label: Label) -> &'static str {
    match label {
        Label::Channel(c) => match c {
            Ch::FaceToFace => "face to face",
            Ch::Telephone => "telephone",
            Ch::Email => "e-mail",
            Ch::WebForm => "web form",
            Ch::Chat => "chat",
            Ch::VideoCall => "video call",
            Ch::SocialMedia => "social media",
            Ch::Forum => "forum",
            Ch::SelfService => "self-service",
            Ch::Letter => "letter",
            Ch::Fax => "fax",
            Ch::Sms => "SMS",
            Ch::App => "app",
        },
        Label::ChannelFamily(f) => match f {
            Fam::Direct => "direct contact",
            Fam::Telephone => "telephone",
            Fam::Internet => "internet",
            Fam::Correspondence => "correspondence",
        },
        Label::Capability(c) => match c {
            Cap::StaffSeen => "staff are seen",
            Cap::StaffHeard => "staff are heard",
            Cap::Written => "written",
            Cap::Synchronous => "live",
            Cap::Public => "public",
        },
        Label::QualityAspect(a) => match a {
            A::Technical => "technical quality",
            A::Functional => "functional quality",
        },
        Label::QualityDimension(d) => match d {
            D::Responsiveness => "responsiveness",
            D::Reliability => "reliability",
            D::Communication => "communication",
            D::Convenience => "convenience",
            D::Tangibles => "tangibles",
            D::Assurance => "assurance",
            D::Empathy => "empathy",
        },
        Label::Characteristic(c) => match c {
            C::Friendly => "friendly",
            C::Attentive => "attentive",
            C::Courteous => "courteous",
            C::Knowledgeable => "knowledgeable",
            C::Prompt => "prompt",
            C::Accurate => "accurate",
            C::Clear => "clear",
            C::Proactive => "proactive",
            C::Personal => "personal",
            C::Discreet => "discreet",
            C::Accessible => "accessible",
            C::WellPresented => "well presented",
            C::Safe => "safe",
            C::Patient => "patient",
            C::Helpful => "helpful",
            C::Consistent => "consistent",
            C::Informative => "informative",
            C::Efficient => "efficient",
            C::Comfortable => "comfortable",
            C::Flexible => "flexible",
            C::Punctual => "punctual",
            C::Honest => "honest",
        },
        Label::ServiceLevel(l) => match l {
            L::Basic => "basic",
            L::Expected => "expected",
            L::Exclusive => "exclusive",
        },
        Label::StandardKind(k) => match k {
            K::PersonalContact => "personal contact",
            K::Product => "product",
            K::Procedure => "procedure",
        },
        Label::MomentKind(m) => match m {
            M::Welcome => "welcome",
            M::Identification => "identification",
            M::Information => "information",
            M::Consultation => "consultation",
            M::OrderTaking => "order-taking",
            M::Waiting => "waiting",
            M::Delivery => "delivery",
            M::Hospitality => "hospitality",
            M::Safekeeping => "safekeeping",
            M::Billing => "billing",
            M::Payment => "payment",
            M::Exception => "exception",
            M::Farewell => "farewell",
            M::FollowUp => "follow-up",
            M::Disruption => "disruption",
        },
        Label::Emotion(e) => match e {
            E::Trust => "trust",
            E::Warmth => "warmth",
            E::Delight => "delight",
            E::Calm => "calm",
            E::Confidence => "confidence",
            E::Belonging => "belonging",
            E::Respect => "respect",
            E::Ease => "ease",
            E::Excitement => "excitement",
            E::Care => "care",
        },
        Label::Intermediaries(v) => match v {
            I::Absent => "no intermediaries",
            I::Present => "through intermediaries",
        },
        Label::ContactLevel(v) => match v {
            Co::Low => "low contact",
            Co::Medium => "medium contact",
            Co::High => "high contact",
        },
        Label::Purchaser(v) => match v {
            Pu::Individual => "individuals",
            Pu::Institutional => "institutions",
            Pu::Mixed => "individuals and institutions",
        },
        Label::DeliverySpan(v) => match v {
            Ds::Minutes => "minutes",
            Ds::Hours => "hours",
            Ds::Days => "days",
            Ds::Weeks => "weeks or longer",
        },
        Label::CapacityControl(v) => match v {
            Cc::Unconstrained => "unconstrained",
            Cc::Reservations => "reservations",
            Cc::Queues => "queues",
            Cc::ReservationsAndQueues => "reservations and queues",
        },
        Label::UsageFrequency(v) => match v {
            U::OneOff => "one-off",
            U::Occasional => "occasional",
            U::Frequent => "frequent",
        },
        Label::Complexity(v) => match v {
            Cx::Simple => "simple",
            Cx::Moderate => "moderate",
            Cx::Complex => "complex",
        },
        Label::Risk(v) => match v {
            R::Low => "low",
            R::Moderate => "moderate",
            R::High => "high",
        },
        Label::TaskAllocation(v) => match v {
            Ta::ServiceOnly => "service only",
            Ta::ServiceAndSales => "service and sales",
            Ta::FullRelationship => "service, sales and outreach",
        },
        Label::FactorKind(k) => match k {
            Fk::Intermediaries => "intermediaries",
            Fk::ContactLevel => "contact",
            Fk::Purchaser => "purchaser",
            Fk::DeliverySpan => "delivery span",
            Fk::CapacityControl => "capacity",
            Fk::UsageFrequency => "usage",
            Fk::Complexity => "complexity",
            Fk::Risk => "risk",
            Fk::TaskAllocation => "tasks",
        },
        Label::Placeholder(p) => match p {
            P::Step => "step",
            P::Phase => "phase",
            P::Sequence => "sequence",
            P::Channel => "channel",
            P::Department => "department",
            P::Target => "target",
            P::Characteristic => "characteristic",
            P::Company => "company",
            P::Moment => "moment",
            P::Customer => "customer",
            P::Customers => "customers",
            P::Order => "order",
            P::Orders => "orders",
        },
        Label::Locale(l) => match l {
            Lo::English => "English",
            Lo::Polish => "Polish",
        },
        Label::Industry(i) => match i {
            Industry::General => "general",
            Industry::Hotel => "hotel",
            Industry::Shop => "shop",
            Industry::ContactCentre => "contact centre",
        },
        Label::Noun(n) => match n {
            Noun::Customer => "customer",
            Noun::Order => "order",
        },
        Label::Initiator(i) => match i {
            crate::model::Initiator::Customer => "the customer",
            crate::model::Initiator::Company => "the company",
        },
        Label::PolicyScope(p) => match p {
            crate::standard::PolicyScope::Business => "the whole business",
            crate::standard::PolicyScope::Department => "each department",
        },
    }
}
