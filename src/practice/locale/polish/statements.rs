//! Polish wording of the catalogue's statements, by rule id.

/// The Polish statement of a catalogue rule, with the same placeholders.
#[allow(clippy::too_many_lines, reason = "one table of every catalogue statement")]
pub(super) fn statement(rule: &str) -> Option<&'static str> {
    Some(match rule {
        "accessible-alternative" => {
            "Zaproponuj dostępną alternatywę (duży druk, wejście bez schodów, oddzwonienie, tłumacza tekstowego) każdemu klientowi, który jej potrzebuje"
        }
        "accompany-in-person" => "Odprowadź klienta osobiście tam, dokąd zmierza, objaśniając drogę",
        "account-manager" => {
            "Zapewnij każdemu klientowi instytucjonalnemu imiennego opiekuna, który odpowiada mu {target}"
        }
        "accurate-records" => "Zapisuj nazwiska, daty i kwoty bez błędów {target}",
        "acknowledge-complaints" => {
            "Potwierdź przyjęcie każdej reklamacji lub prośby {target}, podając numer sprawy i termin pełnej odpowiedzi"
        }
        "acknowledge-promptly" => {
            "Daj klientowi znać, że go widzisz, {target} od rozpoczęcia kontaktu, nawet jeśli pełna odpowiedź potrwa dłużej"
        }
        "acknowledge-waiting-customer" => {
            "Daj znak każdemu czekającemu klientowi {target}, nawet gdy obsługujesz kogoś innego"
        }
        "answer-every-review" => {
            "Odpowiadaj osobiście na każdą negatywną opinię lub uwagę z ankiety {target}"
        }
        "apologise-for-waiting" => {
            "Przeproś i wyjaśnij przyczynę zawsze, gdy klient czekał dłużej niż przewiduje standard"
        }
        "ask-about-needs" => "Zadawaj pytania otwarte o potrzeby klienta, {target}, zanim cokolwiek polecisz",
        "ask-for-feedback" => "Poproś o opinię {target} od zakończenia usługi, zadając najwyżej pięć pytań",
        "attentive-offer-help" => {
            "Zaproponuj pomoc klientowi, który wygląda na zagubionego lub niepewnego, {target}"
        }
        "billing-letter-thanks" => {
            "Kończ każdą fakturę lub pismo rozliczeniowe od działu {department} osobistym podziękowaniem"
        }
        "booking-confirmation" => {
            "Potwierdzaj każdą rezerwację na piśmie {target}, podając daty, cenę i warunki anulowania"
        }
        "call-back-as-agreed" => {
            "Gdy pytania nie da się wyjaśnić w trakcie rozmowy, oddzwoń o umówionej porze i {target}"
        }
        "calm-next-step" => "Spokojnie powiedz klientowi, co i kiedy się wydarzy, zanim sam o to zapyta",
        "certified-staff-only" => {
            "Powierzaj ten kontakt wyłącznie przeszkolonym pracownikom z certyfikatem i odnawiaj certyfikację {target}"
        }
        "chat-first-reply" => "Odpowiadaj na każdy nowy czat {target}",
        "chat-running-replies" => "Odpowiadaj na każdą wiadomość w trwającym czacie {target}",
        "check-back-after-solving" => {
            "Zadzwoń do klienta kilka dni po rozwiązaniu jego problemu, by upewnić się, że wszystko jest w porządku"
        }
        "check-before-sending" => {
            "Przed wysłaniem każdej wiadomości pisemnej sprawdź pisownię, nazwiska, liczby i załączniki"
        }
        "comfortable-waiting-area" => {
            "Zapewnij miejsce do siedzenia, wodę i coś do czytania wszędzie tam, gdzie klienci czekają na miejscu"
        }
        "community-invitation" => {
            "Zapraszaj stałych klientów na wydarzenia lub do społeczności firmy {target} w roku"
        }
        "consolidated-invoice" => {
            "Proponuj klientom instytucjonalnym jedną zbiorczą fakturę za okres, z ich własnymi numerami zamówień"
        }
        "contingency-plans" => "Miej spisany plan awaryjny na każdą prawdopodobną awarię i ćwicz go {target}",
        "courteous-address" => {
            "Zwracaj się do klientów per pan / pani, dopóki sami nie zaproponują inaczej, i w każdym kontakcie mów proszę i dziękuję"
        }
        "courteous-reminders" => {
            "Formułuj przypomnienia o płatności uprzejmie, z kwotą, terminem i osobą do kontaktu; w pierwszym przypomnieniu nigdy nie groź"
        }
        "department-signature" => {
            "Podpisuj każdy list i e-mail od działu {department} imieniem i nazwiskiem, stanowiskiem i bezpośrednim kontaktem"
        }
        "direct-line" => "Przekaż kluczowym klientom bezpośredni numer ich opiekuna",
        "discreet-in-earshot" => {
            "Nigdy nie wymawiaj na głos danych konta, zdrowia ani płatności tam, gdzie słyszą to inne osoby"
        }
        "effortless-paths" => {
            "Pozwól klientowi dokończyć sprawę w kanale, w którym ją zaczął, bez odsyłania gdzie indziej"
        }
        "email-reply" => {
            "Odpowiadaj na każdy e-mail {target}, udzielając pełnej odpowiedzi albo podając osobę, która prowadzi sprawę, i termin"
        }
        "escort-not-point" => {
            "Zaprowadź klienta na miejsce, którego szuka, zamiast wskazywać drogę ręką, jeśli jest ono w budynku"
        }
        "explain-next-steps" => "Wyjaśnij bez żargonu, co się teraz wydarzy, kiedy i co klient musi zrobić",
        "eye-contact-and-posture" => {
            "Stój przodem do klienta w otwartej postawie i odłóż inne zajęcia na czas obsługi"
        }
        "fair-and-firm-queue" => {
            "Obsługuj klientów w kolejności przybycia, uprzejmie, ale stanowczo wobec każdego, kto omija kolejkę"
        }
        "find-the-record" => "Odszukaj rezerwację, zamówienie lub konto klienta {target}",
        "forum-watch" => "Czytaj nowe wpisy o firmie na forach {target}",
        "friendly-written-opening" => {
            "Zaczynaj każdą rozmowę pisemną od życzliwego powitania i nazwiska klienta"
        }
        "full-price-upfront" => {
            "Podaj pełną cenę z opłatami, zanim klient się zdecyduje; nigdy nie doliczaj niezapowiedzianych opłat"
        }
        "greet-on-arrival" => {
            "Witaj każdego klienta {target} od jego przybycia, patrząc mu w oczy i z uśmiechem"
        }
        "handwritten-thanks" => "Dołącz krótkie odręczne lub osobiście napisane podziękowanie",
        "high-contact-training" => {
            "Przeszkol każdego pracownika mającego kontakt z klientami w tych standardach przed pierwszą zmianą i odświeżaj szkolenie {target}"
        }
        "hold-with-permission" => "Zapytaj o zgodę przed zawieszeniem rozmowy i wróć do klienta {target}",
        "hospitality-offer" => {
            "Zaproponuj napój i wygodne miejsce każdemu klientowi, który zostaje u was dłużej niż kilka minut"
        }
        "information-to-keep" => {
            "Przekaż najważniejsze informacje w formie, którą klient może zachować: na karcie, w wiadomości lub w linku"
        }
        "intermediary-bookings-honoured" => {
            "Realizuj każdą rezerwację lub zamówienie złożone przez pośrednika dokładnie tak, jakby złożono je bezpośrednio"
        }
        "intermediary-same-information" => {
            "Przekazuj pośrednikom te same ceny, warunki i nowości co we własnych kanałach firmy, {target} od każdej zmiany"
        }
        "invoice-layout" => {
            "Układaj każdą fakturę tak, by każda pozycja była nazwana, opatrzona datą i zgodna z tym, na co klient się zgodził"
        }
        "invoice-right-first-time" => "Wystawiaj faktury poprawne za pierwszym razem {target}",
        "keep-every-promise" => "Zapisuj każdą obietnicę złożoną klientowi i dotrzymuj jej {target}",
        "keep-promised-times" => "Realizuj usługę w obiecanym terminie {target}",
        "letter-reply" => "Odpowiadaj na każdy list lub faks {target}",
        "listen-without-interrupting" => {
            "Pozwól klientowi skończyć, zanim odpowiesz, i podsumuj jego potrzebę, zanim zaproponujesz rozwiązanie"
        }
        "low-contact-central-desk" => {
            "Kieruj każdą zdalną sprawę do jednego centralnego punktu, który prowadzi ją aż do rozwiązania"
        }
        "milestone-message" => {
            "Uczcij rocznicę lub ważny moment klienta we współpracy z firmą osobistą wiadomością"
        }
        "no-private-phone-in-view" => {
            "Nigdy nie korzystaj z prywatnego telefonu, nie jedz i nie rozmawiaj prywatnie przy czekającym kliencie"
        }
        "no-public-argument" => "Nigdy nie spieraj się publicznie z klientem ani go nie obwiniaj",
        "no-repeated-questions" => {
            "Nigdy nie pytaj klienta ponownie o informacje, które już podał w tym kontakcie"
        }
        "no-selling-during-complaints" => {
            "Nigdy nie próbuj niczego sprzedawać, dopóki reklamacja klienta jest otwarta"
        }
        "offer-an-alternative" => {
            "Zaproponuj {target} rozwiązanie zastępcze, gdy pierwszej prośby klienta nie da się spełnić"
        }
        "one-answer-everywhere" => {
            "Dbaj o aktualność wspólnej bazy wiedzy, by każdy kanał udzielał tej samej odpowiedzi, i aktualizuj ją {target} od zmiany"
        }
        "one-step-reorder" => {
            "Pozwól stałym klientom powtórzyć wcześniejsze zamówienie jednym krokiem, bez ponownej oferty sprzedażowej"
        }
        "online-booking-open" => {
            "Utrzymuj rezerwację online dostępną przez całą dobę, z aktualną dostępnością"
        }
        "order-confirmation" => "Potwierdzaj każde zamówienie z pozycjami, ceną i terminem dostawy {target}",
        "outreach-frequency" => "Kontaktuj się z klientem z inicjatywy firmy {target} w miesiącu",
        "outreach-with-consent" => {
            "Kontaktuj się z klientami z inicjatywy firmy tylko za ich zgodą, w umówionych porach, przedstawiając się najpierw i mówiąc, w jakiej sprawie dzwonisz"
        }
        "own-the-request" => {
            "Prowadź sprawę klienta, dopóki nie zostanie rozwiązana lub przekazana imiennie wskazanej osobie; nigdy nie mów, że to nie twój dział"
        }
        "payment-confirmation" => "Potwierdzaj każdą otrzymaną płatność {target}",
        "personal-remark" => "Dodaj jedną osobistą, niewyuczoną uwagę do każdego powitania i pożegnania",
        "personalised-templates" => {
            "Dopasowuj każdą odpowiedź z szablonu do pytania i historii konkretnego klienta"
        }
        "phone-answer" => "Odbieraj każde połączenie {target}",
        "phone-opening" => "Zaczynaj każdą rozmowę od powitania, nazwy firmy i swojego imienia",
        "plain-written-style" => {
            "Pisz prostym językiem: powitanie, nazwisko klienta, jasna odpowiedź i pełny podpis"
        }
        "preferences-ready" => "Przygotuj znane preferencje klienta przed jego przybyciem, bez proszenia",
        "private-data-off-public" => {
            "Nigdy nie proś o dane osobowe ani dane konta w publicznej odpowiedzi i ich nie powtarzaj; zaproś klienta do kanału prywatnego"
        }
        "progress-updates" => {
            "Informuj klienta o postępie prac, przewidywanym terminie zakończenia i koszcie, {target}"
        }
        "public-close-the-loop" => {
            "Opublikuj krótką informację, gdy publicznie zgłoszona reklamacja zostanie rozwiązana"
        }
        "public-reply-time" => "Odpowiadaj publicznie na każde pytanie lub skargę {target}",
        "queue-position-updates" => {
            "Informuj każdą osobę czekającą w kolejce telefonicznej lub na czacie o przewidywanym czasie oczekiwania i miejscu w kolejce, aktualizując tę informację {target}"
        }
        "queued-calls-service-level" => {
            "Zapewnij obsadę linii tak, by poziom obsługi połączeń w kolejce wynosił {target}"
        }
        "read-back-details" => {
            "Powtórz klientowi najważniejsze ustalenia (co, kiedy, za ile), zanim zakończysz kontakt"
        }
        "realistic-wait-forecast" => {
            "Podawaj każdemu czekającemu w kolejce prognozę czasu oczekiwania trafną z dokładnością do pięciu minut {target}"
        }
        "recognise-regulars" => {
            "Rozpoznawaj powracających klientów na podstawie ich historii i witaj ich jak stałych gości"
        }
        "refreshment-while-waiting" => "Przynieś czekającym klientom poczęstunek, zanim o niego poproszą",
        "remember-what-was-shared" => {
            "Nawiąż do czegoś, co klient wcześniej powiedział (preferencji, okazji), gdy może mu to pomóc"
        }
        "reorder-without-pitch" => {
            "Obsługuj proste ponowne zamówienia bez oferty sprzedażowej; doradzaj, gdy klient prosi lub potrzeba jest oczywista"
        }
        "resolve-complaints" => "Rozpatruj każdą reklamację {target}",
        "right-first-time-answers" => {
            "Udzielaj poprawnej i pełnej odpowiedzi przy pierwszym kontakcie {target}; zamiast zgadywać, zapytaj kolegę"
        }
        "right-first-time-delivery" => {
            "Przed przekazaniem sprawdź produkt lub usługę z zamówieniem, by były bez zarzutu za pierwszym razem {target}"
        }
        "safe-premises" => {
            "Obchodź strefę klienta w poszukiwaniu zagrożeń, takich jak mokra podłoga, luźne kable czy zastawione wyjścia, {target}"
        }
        "safekeeping-receipt" => {
            "Wydawaj potwierdzenie na wszystko, co pozostawiono pod opieką firmy, i zwracaj to {target} od prośby"
        }
        "same-day-resolution" => "Rozwiązuj reklamacje w dniu zgłoszenia, {target}",
        "secure-payment" => {
            "Przyjmuj płatności wyłącznie przez zatwierdzone, bezpieczne terminale lub linki; nigdy nie zapisuj numerów kart"
        }
        "self-service-completes" => "Zadbaj, by transakcje samoobsługowe kończyły się bez błędów {target}",
        "self-service-human-fallback" => {
            "Pokazuj na każdej stronie samoobsługowej, jak i kiedy można skontaktować się z człowiekiem"
        }
        "self-service-next-step" => {
            "Dawaj na każdym ekranie lub stronie samoobsługi jeden jasny następny krok i pomoc prostym językiem"
        }
        "settle-on-the-spot" => {
            "Pozwól pracownikom pierwszej linii załatwiać drobne reklamacje od ręki, do ustalonej kwoty, bez pytania przełożonego"
        }
        "start-contingency-plan" => "Uruchom plan awaryjny {target} od zgłoszenia awarii",
        "surprise-extra" => {
            "Sprawiaj klientowi drobną, niezapowiedzianą niespodziankę (wyższy standard, liścik, próbkę) {target} przy każdym pobycie lub zamówieniu"
        }
        "teach-first-timers" => {
            "Pokaż klientom korzystającym po raz pierwszy, krok po kroku, jak działa usługa, i upewnij się, że zrozumieli"
        }
        "thank-and-apologise" => {
            "Podziękuj klientowi za zgłoszenie problemu i przeproś za kłopot, zanim cokolwiek wyjaśnisz"
        }
        "thank-and-invite-back" => "Na koniec każdego kontaktu podziękuj klientowi i zaproś go ponownie",
        "tidy-service-point" => {
            "Sprawdzaj, czy lada, stanowisko lub pomieszczenie widoczne dla klienta jest czyste i uporządkowane, {target}"
        }
        "tracking-reference" => {
            "Nadawaj każdemu zamówieniu numer do śledzenia i obiecany termin realizacji już przy jego przyjęciu"
        }
        "transaction-at-desk" => "Zakończ transakcję przy stanowisku {target}",
        "transfer-limit" => "Przełączaj rozmówcę {target} i tylko z przekazaniem sprawy kolejnej osobie",
        "uniform-and-badge" => {
            "Noś pełny, czysty uniform i czytelny identyfikator zawsze, gdy widzą cię klienci"
        }
        "use-customer-name" => "Zwracaj się do klienta po nazwisku {target} w trakcie rozmowy",
        "verify-identity" => {
            "Sprawdź tożsamość klienta za pomocą ustalonych pytań, zanim pokażesz lub zmienisz dane konta"
        }
        "verify-recipient" => {
            "Nigdy nie wysyłaj danych osobowych, zanim nie sprawdzisz, że adres należy do klienta"
        }
        "video-on-time" => "Rozpoczynaj każdą zaplanowaną wideorozmowę {target} od umówionej godziny",
        "video-setting" => {
            "Łącz się na wideorozmowy z cichego, dobrze oświetlonego miejsca, z neutralnym tłem i kamerą na wysokości oczu"
        }
        "wait-estimate" => {
            "Mów czekającym klientom, jak długo poczekają, i aktualizuj tę informację {target}"
        }
        "warm-even-voice" => "Mów do każdego klienta spokojnym tempem, ciepłym i równym tonem",
        "warn-before-asked" => {
            "Powiadom klienta o opóźnieniu lub zmianie, zanim sam zapyta, {target} od jej stwierdzenia"
        }
        "web-form-reply" => "Odpowiadaj na każde zgłoszenie z formularza internetowego {target}",
        "well-kept-materials" => {
            "Sprawdzaj, czy broszury, menu, formularze i oznaczenia są czyste, aktualne i nieuszkodzone, {target}"
        }
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
