//! The words of publishing, one table per language: the fixed texts of the
//! handbook, the checklist and the blueprint, in the shape of the
//! standard's wording (see `src/standard/wording/mod.rs`).

use crate::{standard::Locale, standard::wording::Texts};

/// A fixed text of a published document (headings, captions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub(crate) enum PublishText {
    /// `customer service standards`, after the company's name.
    Standards,
    /// `Level`.
    Level,
    /// `Standards`, a chapter's section heading.
    StandardsHeading,
    /// `number of standards`.
    StandardsCount,
    /// `Our brand`.
    Brand,
    /// `Emotions we evoke`.
    Emotions,
    /// `Values`.
    Values,
    /// `Contact situations`.
    ContactSituations,
    /// `On-brand`.
    OnBrand,
    /// `Off-brand`.
    OffBrand,
    /// `Behaviours`.
    Behaviours,
    /// `target`, beside a standard (capitalised as a checklist column).
    Target,
    /// `id`: the label of a standard's id beside each standard.
    StandardId,
    /// `situation`: the step a standard belongs to.
    Situation,
    /// `Standard`, a checklist column.
    StandardColumn,
    /// `Verdict`, a checklist column.
    Verdict,
    /// `Steps without a department`.
    NoDepartment,
    /// `none`.
    None,
    /// `Policies`, a chapter's section of its department's policies.
    Policies,
    /// `Policies of the whole business`, a section of the whole book.
    BusinessPolicies,
    /// `from the basic level`, beside a standard.
    FromBasic,
    /// `from the expected level`.
    FromExpected,
    /// `from the exclusive level`.
    FromExclusive,
    /// `Customer`, in a blueprint.
    Customer,
    /// `Backstage`, in a blueprint.
    Backstage,
}

impl Texts for PublishText {
    fn in_locale(self, locale: Locale) -> &'static str {
        match locale {
            Locale::English => english(self),
            Locale::Polish => polish(self),
        }
    }
}

fn english(text: PublishText) -> &'static str {
    match text {
        PublishText::Standards => "customer service standards",
        PublishText::Level => "Level",
        PublishText::StandardsHeading => "Standards",
        PublishText::StandardsCount => "number of standards",
        PublishText::Brand => "Our brand",
        PublishText::Emotions => "Emotions we evoke",
        PublishText::Values => "Values",
        PublishText::ContactSituations => "Contact situations",
        PublishText::OnBrand => "On-brand",
        PublishText::OffBrand => "Off-brand",
        PublishText::Behaviours => "Behaviours",
        PublishText::Target => "target",
        PublishText::StandardId => "id",
        PublishText::Situation => "situation",
        PublishText::StandardColumn => "Standard",
        PublishText::Verdict => "Verdict",
        PublishText::NoDepartment => "Steps without a department",
        PublishText::None => "none",
        PublishText::Policies => "Policies",
        PublishText::BusinessPolicies => "Policies of the whole business",
        PublishText::FromBasic => "from the basic level",
        PublishText::FromExpected => "from the expected level",
        PublishText::FromExclusive => "from the exclusive level",
        PublishText::Customer => "Customer",
        PublishText::Backstage => "Backstage",
    }
}

fn polish(text: PublishText) -> &'static str {
    match text {
        PublishText::Standards => "standardy obsługi klienta",
        PublishText::Level => "Poziom",
        PublishText::StandardsHeading => "Standardy",
        PublishText::StandardsCount => "liczba standardów",
        PublishText::Brand => "Nasza marka",
        PublishText::Emotions => "Emocje, które wzbudzamy",
        PublishText::Values => "Wartości",
        PublishText::ContactSituations => "Sytuacje kontaktu z klientem",
        PublishText::OnBrand => "Zgodne z marką",
        PublishText::OffBrand => "Niezgodne z marką",
        PublishText::Behaviours => "Zachowania",
        PublishText::Target => "cel",
        PublishText::StandardId => "identyfikator",
        PublishText::Situation => "sytuacja",
        PublishText::StandardColumn => "Standard",
        PublishText::Verdict => "Ocena",
        PublishText::NoDepartment => "Kroki bez przypisanego działu",
        PublishText::None => "brak",
        PublishText::Policies => "Zasady działu",
        PublishText::BusinessPolicies => "Zasady całej firmy",
        PublishText::FromBasic => "od poziomu podstawowego",
        PublishText::FromExpected => "od poziomu oczekiwanego",
        PublishText::FromExclusive => "od poziomu wyjątkowego",
        PublishText::Customer => "Klient",
        PublishText::Backstage => "Zaplecze",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_worded_and_distinct_in_every_locale() {
        crate::standard::wording::assert_worded::<PublishText>();
    }
}
