//! The built-in packs: built once, on first use, through the same checks as
//! a user's pack.

use std::sync::OnceLock;

use super::{NounForms, Pack, PackBuilder, ids::BUILTIN, templates};
use crate::{model::Industry, model::Vocabulary, standard::Locale, standard::wording::nouns::Nouns};

/// The built-in pack with this id, built on first use.
pub(super) fn get(id: &str) -> Option<&'static Pack> {
    static PACKS: [OnceLock<Option<Pack>>; BUILTIN.len()] = [const { OnceLock::new() }; BUILTIN.len()];
    let at = BUILTIN.iter().position(|&b| b == id)?;
    // The packs are checked by a test; a broken one would be missing, never a panic.
    PACKS.get(at)?.get_or_init(|| draft(id).and_then(|d| d.build().ok())).as_ref()
}

/// The builder of the built-in pack `id`.
fn draft(id: &str) -> Option<PackBuilder> {
    Some(match id {
        "general" => industry(Industry::General, "General").template(templates::general()),
        "hotel" => super::hotel::pack(),
        "shop" => super::shop::pack(),
        "contact-centre" => super::contact_centre::pack(),
        "restaurant" => super::restaurant::pack(),
        "bank" => super::bank::pack(),
        "workshop" => super::workshop::pack(),
        "e-shop" => super::e_shop::pack(),
        "clinic" => super::clinic::pack(),
        "fitness" => super::fitness::pack(),
        "telecom" => super::telecom::pack(),
        "airline" => super::airline::pack(),
        "public-office" => super::public_office::pack(),
        _ => return None,
    })
}

/// The pack of one of the four kinds of business that were industries: its
/// words only (a pack that has rules of its own adds them to these).
pub(super) fn industry(industry: Industry, name: &str) -> PackBuilder {
    let nouns = Nouns::industry(industry);
    let mut pack = Pack::builder(industry.as_str(), name);
    for noun in nouns.given().iter() {
        for &locale in Locale::ALL {
            if let Some(words) = nouns.inflected(noun, locale) {
                pack = pack.noun(noun, locale, NounForms::of(words, locale));
            }
        }
    }
    pack
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Noun;

    #[test]
    fn every_builtin_pack_builds() {
        for &id in BUILTIN {
            let built = draft(id).unwrap().build();
            assert!(built.is_ok(), "{id}: {:?}", built.err());
            assert_eq!(get(id).unwrap().id().as_str(), id);
        }
        assert!(get("bakery").is_none());
    }

    #[test]
    fn the_old_industries_keep_their_words() {
        for &industry in Industry::ALL {
            let pack = get(industry.as_str()).unwrap();
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
    }
}
