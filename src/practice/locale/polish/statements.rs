//! Polish wording of the catalogue's statements, by rule id.

/// The Polish statement of a catalogue rule, with the same placeholders.
pub(super) fn statement(rule: &str) -> Option<&'static str> {
    Some(match rule {
        "phone-answer" => "Odbieraj każde połączenie {target}",
        "greet-on-arrival" => {
            "Witaj każdego przybywającego klienta {target}, z kontaktem wzrokowym i uśmiechem"
        }
        "email-reply" => {
            "Odpowiadaj na każdy e-mail {target}, udzielając pełnej odpowiedzi albo podając osobę, która sprawę prowadzi, i termin"
        }
        "uniform-and-badge" => {
            "Noś pełny, czysty uniform i czytelny identyfikator zawsze, gdy widzą cię klienci"
        }
        "booking-confirmation" => {
            "Potwierdzaj każdą rezerwację na piśmie {target}, podając daty, cenę i warunki anulowania"
        }
        "billing-letter-thanks" => {
            "Kończ każdą fakturę lub pismo rozliczeniowe od działu {department} osobistym podziękowaniem"
        }
        "use-customer-name" => "Zwracaj się do klienta po nazwisku {target} w trakcie rozmowy",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::{RuleSet, Statement};

    #[test]
    fn every_catalogue_rule_has_a_polish_statement_with_the_same_placeholders() {
        for rule in RuleSet::catalogue().rules() {
            let id = rule.id().as_str();
            let polish = super::statement(id).unwrap_or_else(|| panic!("no Polish statement for {id}"));
            let polish = Statement::parse(polish).unwrap_or_else(|e| panic!("{id}: {e}"));
            let mut ours: Vec<_> = rule.template().statement().placeholders().collect();
            let mut theirs: Vec<_> = polish.placeholders().collect();
            ours.sort();
            theirs.sort();
            assert_eq!(ours, theirs, "{id}");
        }
    }
}
