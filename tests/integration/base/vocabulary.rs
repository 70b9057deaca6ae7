//! Every vocabulary is spelled one way by Display, FromStr and serde.

use proptest::prelude::*;
use service_standards::prelude::*;

/// Checks one vocabulary exhaustively; returns how many values it has.
fn agrees<T: Vocabulary>() -> usize {
    assert_eq!(T::ALL.len(), T::NAMES.len());
    for (value, name) in T::ALL.iter().zip(T::NAMES) {
        assert_eq!(value.as_str(), *name);
        assert_eq!(value.to_string(), *name);
        assert_eq!(name.parse::<T>().unwrap(), *value);
        assert_eq!(T::ALL[value.index()], *value);
        assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{name} is not kebab-case");
    }
    let err = "No Such Value".parse::<T>().unwrap_err();
    assert_eq!(err.entity().to_string(), T::WHAT);
    assert_eq!(err.value(), Some("No Such Value"));
    assert_eq!(err.accepted(), T::NAMES);
    assert!(err.violations().is_empty());
    assert_eq!(
        err.to_string(),
        format!("unknown {} `No Such Value`, expected one of: {}", T::WHAT, T::NAMES.join(", "))
    );
    T::ALL.len()
}

#[cfg(feature = "serde")]
fn serde_agrees<T: Vocabulary + serde::Serialize + serde::de::DeserializeOwned>() {
    for value in T::ALL {
        let json = serde_json::to_string(value).unwrap();
        assert_eq!(json, format!("\"{value}\""));
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), *value);
        #[derive(serde::Serialize, serde::Deserialize)]
        struct Wrap<V> {
            v: V,
        }
        let toml = toml::to_string(&Wrap { v: *value }).unwrap();
        assert_eq!(toml, format!("v = \"{value}\"\n"));
        assert_eq!(toml::from_str::<Wrap<T>>(&toml).unwrap().v, *value);
    }
    let err = serde_json::from_str::<T>("\"no-such-value\"").unwrap_err().to_string();
    assert!(err.starts_with(&format!("unknown {} `no-such-value`, expected one of: ", T::WHAT)), "{err}");
}

macro_rules! every_vocabulary {
    ($check:ident) => {{
        let mut total = 0;
        total += $check::<Channel>();
        total += $check::<ChannelFamily>();
        total += $check::<Capability>();
        total += $check::<QualityAspect>();
        total += $check::<QualityDimension>();
        total += $check::<Characteristic>();
        total += $check::<ServiceLevel>();
        total += $check::<StandardKind>();
        total += $check::<MomentKind>();
        total += $check::<Emotion>();
        total += $check::<Intermediaries>();
        total += $check::<ContactLevel>();
        total += $check::<Purchaser>();
        total += $check::<DeliverySpan>();
        total += $check::<CapacityControl>();
        total += $check::<UsageFrequency>();
        total += $check::<Complexity>();
        total += $check::<Risk>();
        total += $check::<TaskAllocation>();
        total += $check::<FactorKind>();
        total += $check::<Placeholder>();
        total += $check::<Locale>();
        total += $check::<Verdict>();
        total += $check::<Industry>();
        total += $check::<Noun>();
        total += $check::<Initiator>();
        total += $check::<PolicyScope>();
        total += $check::<Precedence>();
        total += $check::<service_standards::model::Place>();
        total += $check::<service_standards::model::DataUse>();
        total += $check::<service_standards::model::Valuable>();
        total += $check::<service_standards::model::ContactMode>();
        total
    }};
}

#[test]
fn display_fromstr_and_names_agree_for_every_value() {
    let total = every_vocabulary!(agrees);
    assert_eq!(
        total,
        13 + 4
            + 5
            + 2
            + 7
            + 22
            + 3
            + 3
            + 17
            + 10
            + 2
            + 3
            + 3
            + 4
            + 4
            + 3
            + 3
            + 3
            + 3
            + 9
            + 19
            + 2
            + 4
            + 4
            + 5
            + 2
            + 2
            + 6
            + 6
            + 2
            + 10
            + 3
    );
}

#[cfg(feature = "serde")]
#[test]
fn serde_agrees_for_every_value() {
    fn check<T: Vocabulary + serde::Serialize + serde::de::DeserializeOwned>() -> usize {
        serde_agrees::<T>();
        T::ALL.len()
    }
    every_vocabulary!(check);
}

#[test]
fn facts_of_the_domain() {
    assert_eq!(Channel::Telephone.family(), ChannelFamily::Telephone);
    assert_eq!(Channel::Letter.family(), ChannelFamily::Correspondence);
    assert!(Channel::VideoCall.has(Capability::StaffSeen));
    assert!(!Channel::Telephone.has(Capability::StaffSeen));
    assert!(!Channel::Email.has(Capability::StaffHeard));
    assert!(Channel::SocialMedia.has(Capability::Public));
    assert_eq!(StandardKind::PersonalContact.aspect(), QualityAspect::Functional);
    assert_eq!(StandardKind::Product.aspect(), QualityAspect::Technical);
    assert_eq!(StandardKind::Procedure.aspect(), QualityAspect::Technical);
    assert!(ServiceLevel::Basic < ServiceLevel::Expected && ServiceLevel::Expected < ServiceLevel::Exclusive);
    assert_eq!(
        QualityDimension::SERVQUAL,
        [
            QualityDimension::Tangibles,
            QualityDimension::Reliability,
            QualityDimension::Responsiveness,
            QualityDimension::Assurance,
            QualityDimension::Empathy
        ]
    );
    assert_eq!(
        QualityDimension::LOGISTIC,
        [
            QualityDimension::Responsiveness,
            QualityDimension::Reliability,
            QualityDimension::Communication,
            QualityDimension::Convenience
        ]
    );
    // Every dimension is served by at least one characteristic.
    for d in QualityDimension::ALL {
        assert!(Characteristic::ALL.iter().any(|c| c.dimension() == *d), "{d}");
    }
    let every_family: EnumSet<ChannelFamily> = Channel::ALL.iter().map(|c| c.family()).collect();
    assert_eq!(every_family, EnumSet::all());
}

/// Factors are named after the types they hold, and spelled as before.
#[test]
fn factors_keep_their_spellings() {
    let names = [
        "intermediaries",
        "contact",
        "purchaser",
        "delivery",
        "capacity",
        "usage",
        "complexity",
        "risk",
        "tasks",
    ];
    assert_eq!(FactorKind::NAMES, names);
    let profile = ServiceProfile::default();
    let spelled: Vec<String> = profile.factors().iter().map(|f| f.kind().to_string()).collect();
    assert_eq!(spelled, names);
    assert_eq!(FactorKind::ContactLevel.to_string(), "contact");
    assert_eq!(Factor::TaskAllocation(TaskAllocation::ServiceOnly).kind(), FactorKind::TaskAllocation);
    assert_eq!(Factor::CapacityControl(CapacityControl::Queues).to_string(), "capacity: queues");
    #[cfg(feature = "serde")]
    {
        let json = serde_json::to_string(&Factor::UsageFrequency(UsageFrequency::default())).unwrap();
        assert_eq!(json, r#"{"usage":"occasional"}"#);
        let back: Factor = serde_json::from_str(r#"{"delivery":"days"}"#).unwrap();
        assert_eq!(back, Factor::DeliverySpan(DeliverySpan::Days));
    }
}

#[test]
fn enum_sets_are_sets() {
    let a: EnumSet<Channel> = [Channel::Fax, Channel::Chat, Channel::Fax].into_iter().collect();
    let b = EnumSet::from([Channel::Chat, Channel::Fax]);
    assert_eq!(a, b);
    assert_eq!(a.len(), 2);
    assert_eq!(a.iter().collect::<Vec<_>>(), [Channel::Chat, Channel::Fax]);
    assert_eq!(format!("{a:?}"), "{Chat, Fax}");
    assert_eq!(EnumSet::<Characteristic>::all().len(), Characteristic::ALL.len());
    assert!(EnumSet::<Channel>::new().is_subset(a));
    assert_eq!(a.union(EnumSet::from([Channel::Letter])).len(), 3);
    assert_eq!(a.intersection(EnumSet::from([Channel::Letter])), EnumSet::new());
    // Inserting and removing say whether anything changed.
    let mut c = EnumSet::new();
    assert!(c.insert(Channel::Chat));
    assert!(!c.insert(Channel::Chat));
    assert!(c.insert(Channel::Fax));
    assert_eq!(c, b);
    assert!(c.remove(Channel::Chat));
    assert!(!c.remove(Channel::Chat));
    assert!(!c.remove(Channel::Letter));
    assert_eq!(c, EnumSet::from([Channel::Fax]));
    assert_ne!(c, b);
}

#[test]
fn enum_set_iterators_know_their_length_and_equal_sets_hash_alike() {
    use std::hash::{BuildHasher, RandomState};
    let set = EnumSet::from([Channel::Email, Channel::Chat, Channel::Letter]);
    let mut iter = set.iter();
    assert_eq!(iter.size_hint(), (3, Some(3)));
    assert_eq!(iter.next(), Some(Channel::Email));
    assert_eq!(iter.len(), 2);
    assert_eq!(format!("{iter:?}"), "[Chat, Letter]");
    let hasher = RandomState::new();
    let same = EnumSet::from([Channel::Letter, Channel::Email, Channel::Chat]);
    assert_eq!(hasher.hash_one(set), hasher.hash_one(same));
    assert_ne!(hasher.hash_one(set), hasher.hash_one(EnumSet::from([Channel::Email])));
}

#[test]
fn ids_read_as_their_text() {
    use std::collections::HashSet;
    let id = Id::new("check-in").unwrap();
    assert_eq!(format!("{id:?}"), "\"check-in\"");
    assert_eq!(id.to_string(), "check-in");
    assert_eq!(AsRef::<str>::as_ref(&id), "check-in");
    assert!(id == "check-in");
    assert!(id != "check-out");
    assert!(id == *"check-in");
    assert!(id != *"check-out");
    // Borrowing as `str` lets a set of ids be searched by text.
    let ids: HashSet<Id> = [id.clone(), Id::new("check-out").unwrap()].into_iter().collect();
    assert!(ids.contains("check-in"));
    assert!(!ids.contains("greet"));
    assert_eq!(Id::try_from("check-in").unwrap(), id);
}

#[cfg(feature = "serde")]
#[test]
fn enum_sets_serialise_as_lists_in_declared_order() {
    let set = EnumSet::from([Channel::Letter, Channel::FaceToFace]);
    assert_eq!(serde_json::to_string(&set).unwrap(), r#"["face-to-face","letter"]"#);
    let back: EnumSet<Channel> = serde_json::from_str(r#"["letter","face-to-face","letter"]"#).unwrap();
    assert_eq!(back, set);
    let err = serde_json::from_str::<EnumSet<Channel>>(r#"["pigeon"]"#).unwrap_err().to_string();
    assert!(err.starts_with("unknown channel `pigeon`"), "{err}");
}

proptest! {
    #[test]
    fn parsing_any_string_never_panics_and_succeeds_only_for_a_name(s in ".{0,40}") {
        let parsed = s.parse::<MomentKind>();
        prop_assert_eq!(parsed.is_ok(), MomentKind::NAMES.contains(&s.as_str()));
        let parsed = s.parse::<Characteristic>();
        prop_assert_eq!(parsed.is_ok(), Characteristic::NAMES.contains(&s.as_str()));
        let parsed = s.parse::<Channel>();
        prop_assert_eq!(parsed.is_ok(), Channel::NAMES.contains(&s.as_str()));
    }

    #[test]
    fn names_parse_back(i in 0..Characteristic::ALL.len()) {
        let c = Characteristic::ALL[i];
        prop_assert_eq!(c.to_string().parse::<Characteristic>().unwrap(), c);
    }
}
