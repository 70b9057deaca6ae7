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
