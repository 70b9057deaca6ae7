//! Text for people, per locale: the labels of the vocabularies, the
//! statements of standards and policies, targets, the business's nouns and
//! numbers. Made in one way everywhere:
//!
//! - **Labels** of the crate's vocabularies ([`Labelled`]): one `match` per
//!   language over [`Label`], in this module's language files; a room's own
//!   vocabulary (an audit's verdict) implements [`Labelled`] beside it with
//!   one table per language.
//! - **Fixed texts** (headings, captions, sentences): each layer or room
//!   keeps its own in a `words` file, as an enum of its texts ([`Texts`])
//!   and one table per language, a function selected by an exhaustive
//!   `match` on [`Locale`]. Only what this layer renders itself is here
//!   ([`Text`]: the provenance's words, `every department`).
//! - **Nouns**: every word for the business's things comes from the
//!   [`Nouns`] of the model's pack (locale, noun, plural, case), and
//!   nowhere else.
//! - **Numbers**: every number with decimals shown to people (a distance,
//!   a plan's gaps and compliance, a chart's values) goes through
//!   [`Locale::number`] with a [`Number`] format; the language gives the
//!   decimal separator. (Whole counts are written as they are.)
//!
//! # Adding a language
//!
//! A language is a [`Locale`] variant and a table in each words file. Add
//! the variant in `src/model/locale.rs`; the compiler then lists every
//! `match` on [`Locale`] left to fill, which are exactly these tables:
//!
//! 1. `src/standard/wording/<language>.rs`: a [`Language`] (its ISO 639-1
//!    code, decimal separator, the label of every vocabulary value, the
//!    standard's [`Text`]s and targets), named in
//!    [`Locale::language`]; and the new locale's own label in every
//!    language's label table;
//! 2. `src/publish/words.rs`: the handbook's, checklist's and blueprint's
//!    texts;
//! 3. `src/assess/words.rs`: the improvement plan's texts and the audit
//!    verdicts' labels;
//! 4. `src/charts/words.rs`: the charts' texts.
//!
//! The catalogue's statements may then be translated rule by rule
//! (`src/rules/catalogue.rs`); a statement without a translation is shown
//! whole in English, marked `[en]`, never spliced. The tests beside each
//! words file check that every table has every entry, non-empty and
//! distinct within its enum, for every locale.

mod english;
mod equality;
pub(crate) mod nouns;
pub(crate) mod number;
pub(super) mod polish;

pub(crate) use nouns::Nouns;
pub(crate) use number::Number;

use std::sync::Arc;

use crate::{
    model::Capability, model::CapacityControl, model::Channel, model::ChannelFamily, model::Characteristic,
    model::Complexity, model::ContactLevel, model::DeliverySpan, model::Emotion, model::FactorKind,
    model::Industry, model::Initiator, model::Intermediaries, model::MomentKind, model::Noun,
    model::Purchaser, model::QualityAspect, model::QualityDimension, model::Risk, model::ServiceLevel,
    model::StandardKind, model::TaskAllocation, model::UsageFrequency, model::Vocabulary, standard::Locale,
    standard::Placeholder, standard::Policy, standard::PolicyScope, standard::Provenance, standard::Standard,
    standard::Target, standard::standard::Names, standard::statement::Case,
};

/// Any value of the crate's vocabularies, to look up its label in a
/// [`Locale`]: [`Locale::label`] finds it from the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Label {
    Channel(Channel),
    ChannelFamily(ChannelFamily),
    Capability(Capability),
    QualityAspect(QualityAspect),
    QualityDimension(QualityDimension),
    Characteristic(Characteristic),
    ServiceLevel(ServiceLevel),
    StandardKind(StandardKind),
    MomentKind(MomentKind),
    Emotion(Emotion),
    Intermediaries(Intermediaries),
    ContactLevel(ContactLevel),
    Purchaser(Purchaser),
    DeliverySpan(DeliverySpan),
    CapacityControl(CapacityControl),
    UsageFrequency(UsageFrequency),
    Complexity(Complexity),
    Risk(Risk),
    TaskAllocation(TaskAllocation),
    FactorKind(FactorKind),
    Placeholder(Placeholder),
    Locale(Locale),
    Industry(Industry),
    Noun(Noun),
    Initiator(Initiator),
    PolicyScope(PolicyScope),
}

/// A value people read by its label, in every [`Locale`]: the values of
/// the crate's vocabularies that documents show (channels, levels, kinds,
/// the nine factors, …). Each layer words its own vocabularies in the same
/// shape, one table per language: the model's and the standard's are in
/// this module, an audit's [`Verdict`](crate::assess::Verdict) beside the
/// audit.
///
/// # Examples
///
/// ```
/// use service_standards::{Locale, StandardKind, standard::Labelled};
///
/// assert_eq!(StandardKind::Procedure.label_in(Locale::Polish), "procedura");
/// ```
pub trait Labelled: Vocabulary {
    /// The label of this value in `locale`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, Locale, standard::Labelled};
    ///
    /// assert_eq!(Channel::Telephone.label_in(Locale::Polish), "telefon");
    /// ```
    fn label_in(self, locale: Locale) -> &'static str;
}

macro_rules! labels {
    ($($ty:ident),+ $(,)?) => {
        $(
            impl From<$ty> for Label {
                fn from(value: $ty) -> Self {
                    Self::$ty(value)
                }
            }

            impl Labelled for $ty {
                fn label_in(self, locale: Locale) -> &'static str {
                    (locale.language().label)(Label::$ty(self))
                }
            }
        )+
    };
}

labels!(
    Channel,
    ChannelFamily,
    Capability,
    QualityAspect,
    QualityDimension,
    Characteristic,
    ServiceLevel,
    StandardKind,
    MomentKind,
    Emotion,
    Intermediaries,
    ContactLevel,
    Purchaser,
    DeliverySpan,
    CapacityControl,
    UsageFrequency,
    Complexity,
    Risk,
    TaskAllocation,
    FactorKind,
    Placeholder,
    Locale,
    Industry,
    Noun,
    Initiator,
    PolicyScope,
);

/// The fixed texts the standard layer renders itself: the words of a
/// provenance and the `{department}` of a standard no department owns.
/// Every later room keeps its own texts in the same shape, in its own
/// `words` file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub(crate) enum Text {
    /// `every department`, for the `{department}` placeholder.
    EveryDepartment,
    /// `characteristic`, naming a trigger.
    TriggerCharacteristic,
    /// `emotion`, naming a trigger.
    TriggerEmotion,
    /// `channel capability`, naming a trigger.
    TriggerCapability,
    /// `channel`, naming a trigger.
    TriggerChannel,
    /// `moment`, naming a trigger.
    TriggerMoment,
}

/// A layer's or room's fixed texts (headings, captions, sentences): an enum
/// of its texts with one table per language, selected by an exhaustive
/// `match` on [`Locale`] in [`in_locale`](Self::in_locale), so a new
/// [`Locale`] variant makes the compiler list every table to fill. Read
/// with [`Locale::text`].
pub(crate) trait Texts: Copy + Eq + std::fmt::Debug + strum::VariantArray + 'static {
    /// The text in `locale`.
    fn in_locale(self, locale: Locale) -> &'static str;
}

impl Texts for Text {
    fn in_locale(self, locale: Locale) -> &'static str {
        (locale.language().text)(self)
    }
}

/// One language: how it words every label, text, target and noun, and how
/// it writes a number.
pub(crate) struct Language {
    pub(crate) code: &'static str,
    /// The decimal separator: `.` in English, `,` in Polish.
    pub(crate) decimal_separator: char,
    pub(crate) label: fn(Label) -> &'static str,
    pub(crate) text: fn(Text) -> &'static str,
    pub(crate) target: fn(Target) -> String,
}

impl Locale {
    pub(crate) fn language(self) -> &'static Language {
        match self {
            Self::English => &english::ENGLISH,
            Self::Polish => &polish::POLISH,
        }
    }

    /// The language's ISO 639-1 code: `en`, `pl`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Locale;
    ///
    /// assert_eq!(Locale::English.code(), "en");
    /// ```
    #[must_use]
    pub fn code(self) -> &'static str {
        self.language().code
    }

    /// `value` written for people in this language, as `format` says, with
    /// the language's decimal separator (`1.5`, `1,5`). The one number
    /// formatter of the crate: targets, plans and charts all write their
    /// decimals with it.
    pub(crate) fn number(self, value: f64, format: Number) -> String {
        number::write(value, format, self.language().decimal_separator)
    }

    /// One of a layer's or room's fixed texts ([`Texts`]) in this language.
    pub(crate) fn text<T: Texts>(self, text: T) -> &'static str {
        text.in_locale(self)
    }

    /// The label of a vocabulary value, for people ([`Labelled::label_in`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Characteristic, Locale, StandardKind};
    ///
    /// assert_eq!(Locale::English.label(StandardKind::PersonalContact), "personal contact");
    /// assert_eq!(Locale::Polish.label(Characteristic::Friendly), "życzliwość");
    /// ```
    #[must_use]
    pub fn label<V: Labelled>(self, value: V) -> &'static str {
        value.label_in(self)
    }

    /// A target, worded for people.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Locale, Target};
    ///
    /// assert_eq!(Locale::English.target(Target::AtLeast(2)), "at least twice");
    /// assert_eq!(Locale::Polish.target(Target::AtLeast(3)), "co najmniej 3 razy");
    /// assert_eq!(Locale::Polish.target(Target::within_mins(1)), "w ciągu 1 minuty");
    /// ```
    #[must_use]
    pub fn target(self, target: Target) -> String {
        (self.language().target)(target)
    }

    /// A provenance, worded for people (`characteristic: friendly`).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Characteristic, Locale, standard::Provenance};
    ///
    /// let t = Provenance::Characteristic(Characteristic::Friendly);
    /// assert_eq!(Locale::English.provenance(t), "characteristic: friendly");
    /// assert_eq!(Locale::Polish.provenance(t), "cecha: życzliwość");
    /// ```
    #[must_use]
    pub fn provenance(self, provenance: Provenance) -> String {
        let (what, value): (&str, &str) = match provenance {
            Provenance::Characteristic(c) => (self.text(Text::TriggerCharacteristic), self.label(c)),
            Provenance::Factor(f) => (self.label(f.kind()), self.factor_value(f)),
            Provenance::Emotion(e) => (self.text(Text::TriggerEmotion), self.label(e)),
            Provenance::Capability(c) => (self.text(Text::TriggerCapability), self.label(c)),
            Provenance::Channel(c) => (self.text(Text::TriggerChannel), self.label(c)),
            Provenance::Moment(m) => (self.text(Text::TriggerMoment), self.label(m)),
        };
        format!("{what}: {value}")
    }

    fn factor_value(self, factor: crate::model::Factor) -> &'static str {
        use crate::model::Factor as F;
        match factor {
            F::Intermediaries(v) => self.label(v),
            F::ContactLevel(v) => self.label(v),
            F::Purchaser(v) => self.label(v),
            F::DeliverySpan(v) => self.label(v),
            F::CapacityControl(v) => self.label(v),
            F::UsageFrequency(v) => self.label(v),
            F::Complexity(v) => self.label(v),
            F::Risk(v) => self.label(v),
            F::TaskAllocation(v) => self.label(v),
        }
    }

    /// A standard's statement in this language: the catalogue's translation
    /// of its rule's statement where there is one, else the rule's own text,
    /// with placeholders filled in this language.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Locale, RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let greet = set.iter().find(|s| s.rule().as_str() == "greet-on-arrival").unwrap();
    /// assert_eq!(Locale::English.statement(greet), greet.statement());
    /// assert!(Locale::Polish.statement(greet).contains("w ciągu 30 sekund"));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn statement(self, standard: &Standard) -> String {
        let mut out = String::new();
        self.write_statement(standard, &mut out);
        out
    }

    /// Writes [`statement`](Self::statement) at the end of `out`.
    pub(crate) fn write_statement(self, standard: &Standard, out: &mut String) {
        if standard.has_statement_in(self) {
            standard.render_in(self, out);
        } else {
            // No wording in this language: the English sentence, whole and
            // marked, rather than English words with this language's target.
            out.push_str("[en] ");
            standard.render_in(Self::English, out);
        }
    }

    /// The word for `noun` (nominative, singular) of one of the four
    /// built-in packs that were industries; a pack's own words are
    /// [`Pack::noun`](crate::rules::Pack::noun).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Industry, Locale, model::Noun};
    ///
    /// assert_eq!(Locale::English.noun(Industry::Hotel, Noun::Customer), "guest");
    /// assert_eq!(Locale::Polish.noun(Industry::ContactCentre, Noun::Order), "zgłoszenie");
    /// assert_eq!(Locale::English.noun(Industry::Hotel, Noun::Visit), "stay");
    /// ```
    #[must_use]
    pub fn noun(self, industry: Industry, noun: Noun) -> &'static str {
        Nouns::industry(industry).word(self, noun, false, Case::Nom)
    }
}

// Rendering text for a locale lives here, in one place: the statements of
// standards and policies are rendered by the tables above, so their public
// methods (types of the `standard` layer) are defined in this module.

impl Standard {
    /// The statement, with its placeholders filled in (in English; see
    /// [`Locale::statement`] for other languages).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| !s.statement().contains('{')));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn statement(&self) -> String {
        Locale::English.statement(self)
    }

    /// Renders the statement in `locale` (which must have one: see
    /// [`has_statement_in`](Self::has_statement_in)) into `out`, wording
    /// labels, nouns and targets in `locale`.
    fn render_in(&self, locale: Locale, out: &mut String) {
        let template = self.source().template();
        let statement = template.statement_in(locale).unwrap_or(template.statement());
        let names = self.step_info().names();
        let name = |pick: fn(&Names) -> &Arc<str>| names.map_or("", |n| &**pick(n));
        let nouns = self.nouns();
        statement.render(out, |slot, case, out| match slot {
            Placeholder::Step => out.push_str(name(|n| &n.step)),
            Placeholder::Phase => out.push_str(name(|n| &n.phase)),
            Placeholder::Sequence => out.push_str(name(|n| &n.sequence)),
            Placeholder::Company => out.push_str(name(|n| &n.company)),
            Placeholder::Department => match names.and_then(|n| n.department.as_deref()) {
                Some(department) => out.push_str(department),
                None => out.push_str(locale.text(Text::EveryDepartment)),
            },
            Placeholder::Channel => {
                for (i, channel) in self.channels().iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(locale.label(channel));
                }
            }
            Placeholder::Target => out.push_str(&locale.target(self.target())),
            Placeholder::Characteristic => {
                if let Provenance::Characteristic(c) = self.provenance() {
                    out.push_str(locale.label(c));
                }
            }
            Placeholder::Moment => out.push_str(locale.label(self.moment())),
            Placeholder::Customer
            | Placeholder::Customers
            | Placeholder::Order
            | Placeholder::Orders
            | Placeholder::Bill
            | Placeholder::Bills
            | Placeholder::Visit
            | Placeholder::Visits
            | Placeholder::Place
            | Placeholder::Places => {
                if let Some((what, plural)) = slot.noun() {
                    let word = nouns.word(locale, what, plural, case);
                    if locale == Locale::English {
                        english::article_before(out, word);
                    }
                    out.push_str(word);
                }
            }
        });
    }
}

impl Policy {
    /// The statement, in English (see [`Policy::statement_in`]).
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(
    ///     set.policies()[0].statement(),
    ///     "Train every employee who meets guests in these standards before their first shift, \
    ///      and refresh the training at least once every 180 days"
    /// );
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn statement(&self) -> String {
        self.standard().statement()
    }

    /// The statement in `locale`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(set.policies()[0].statement_in(Locale::Polish).starts_with("Przeszkol każdego pracownika mającego kontakt z gośćmi"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn statement_in(&self, locale: Locale) -> String {
        locale.statement(self.standard())
    }
}

/// `text` with its first letter in upper case (`życzliwość` → `Życzliwość`),
/// for labels that start a line.
pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// Checks a table of fixed texts: every text worded in every locale, not
/// blank, and no two texts of the enum worded alike in one locale. (That
/// every text has an entry, the exhaustive `match` of each table checks.)
#[cfg(test)]
pub(crate) fn assert_worded<T: Texts>() {
    assert_distinct(T::VARIANTS, T::in_locale);
}

/// Checks a vocabulary's labels as [`assert_worded`] checks texts.
#[cfg(test)]
pub(crate) fn assert_labelled<V: Labelled>() {
    assert_distinct(V::ALL, V::label_in);
}

#[cfg(test)]
fn assert_distinct<T: Copy + std::fmt::Debug>(values: &[T], word: impl Fn(T, Locale) -> &'static str) {
    for &locale in Locale::ALL {
        let mut seen = std::collections::HashMap::new();
        for &value in values {
            let worded = word(value, locale);
            assert!(!worded.trim().is_empty(), "{locale}: {value:?} is blank");
            if let Some(other) = seen.insert(worded, value) {
                panic!("{locale}: {other:?} and {value:?} are both `{worded}`");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Vocabulary;

    #[test]
    fn every_text_of_the_standard_is_worded_and_distinct() {
        assert_worded::<Text>();
    }

    #[test]
    #[should_panic(expected = "1 and 2 are both `same`")]
    fn the_check_finds_two_texts_worded_alike() {
        assert_distinct(&[1, 2], |_, _| "same");
    }

    #[test]
    #[should_panic(expected = "2 is blank")]
    fn the_check_finds_a_blank_text() {
        assert_distinct(&[1, 2], |n, _| if n == 1 { "one" } else { " " });
    }

    #[test]
    fn numbers_are_written_once_for_every_locale() {
        let fixed = Number::fixed(2);
        assert_eq!(Locale::English.number(-1.0, fixed), "-1.00");
        assert_eq!(Locale::Polish.number(-1.0, fixed), "-1,00");
        assert_eq!(Locale::Polish.number(0.845, Number::fixed(0)), "1");
        assert_eq!(Locale::English.number(-0.001, fixed), "-0.00");
        assert_eq!(Locale::English.number(-0.001, fixed.typeset()), "0.00");
        assert_eq!(Locale::Polish.number(-1.25, fixed.typeset()), "\u{2212}1,25");
        let up_to = Number::up_to(3);
        assert_eq!(Locale::English.number(3.048, up_to), "3.048");
        assert_eq!(Locale::Polish.number(2.5, up_to), "2,5");
        assert_eq!(Locale::Polish.number(3.0, up_to), "3");
        assert_eq!(Locale::English.number(30.0, up_to), "30");
        assert_eq!(Locale::English.number(30.0, Number::up_to(0)), "30");
        for locale in Locale::ALL {
            assert!(matches!(locale.language().decimal_separator, '.' | ','), "{locale}");
        }
    }

    #[test]
    fn capitalising_takes_the_first_letter_of_any_script() {
        assert_eq!(capitalised("życzliwość"), "Życzliwość");
        assert_eq!(capitalised("target"), "Target");
        assert_eq!(capitalised(""), "");
    }

    /// Every label of every vocabulary, so completeness is checked for each locale.
    fn every_label() -> Vec<Label> {
        fn all<T: Vocabulary + Into<Label>>() -> impl Iterator<Item = Label> {
            T::ALL.iter().map(|v| (*v).into())
        }
        all::<Channel>()
            .chain(all::<ChannelFamily>())
            .chain(all::<Capability>())
            .chain(all::<QualityAspect>())
            .chain(all::<QualityDimension>())
            .chain(all::<Characteristic>())
            .chain(all::<ServiceLevel>())
            .chain(all::<StandardKind>())
            .chain(all::<MomentKind>())
            .chain(all::<Emotion>())
            .chain(all::<Intermediaries>())
            .chain(all::<ContactLevel>())
            .chain(all::<Purchaser>())
            .chain(all::<DeliverySpan>())
            .chain(all::<CapacityControl>())
            .chain(all::<UsageFrequency>())
            .chain(all::<Complexity>())
            .chain(all::<Risk>())
            .chain(all::<TaskAllocation>())
            .chain(all::<FactorKind>())
            .chain(all::<Placeholder>())
            .chain(all::<Locale>())
            .chain(all::<Industry>())
            .chain(all::<Noun>())
            .chain(all::<crate::model::Initiator>())
            .chain(all::<PolicyScope>())
            .collect()
    }

    #[test]
    fn a_value_finds_its_own_label() {
        assert_eq!(Label::from(Channel::Telephone), Label::Channel(Channel::Telephone));
        assert_eq!(Label::from(Initiator::Company), Label::Initiator(Initiator::Company));
        assert_eq!(Locale::Polish.label(Channel::Telephone), "telefon");
        assert_eq!(Initiator::Company.label_in(Locale::English), Locale::English.label(Initiator::Company));
    }

    #[test]
    fn every_label_is_worded_and_distinct_within_its_vocabulary() {
        for &locale in Locale::ALL {
            let mut seen = std::collections::HashSet::new();
            for label in every_label() {
                let text = (locale.language().label)(label);
                assert!(!text.trim().is_empty(), "{locale}: {label:?}");
                let vocabulary = std::mem::discriminant(&label);
                assert!(seen.insert((vocabulary, text)), "{locale}: {text} twice");
            }
        }
    }
}
