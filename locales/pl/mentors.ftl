# The mentor scheme (faddere): volunteers, vetting, the pool and matches.

## Wolontariusze zgłaszający się do programu mentorskiego (/fadder)

fadder-intro =
    🤝 Zostań mentorem lub mentorką (fadder)

    Jako mentor poznajesz osobę lub rodzinę, która dopiero co się tu przeprowadziła. Zwykle spotykacie się mniej więcej co dwa tygodnie, przez { $months ->
        [one] { $months } miesiąc
        [few] { $months } miesiące
        [many] { $months } miesięcy
       *[other] { $months } miesiąca
    }. Spacer, kawa, rozmowa po norwesku, pokazanie, gdzie co jest. Nie trzeba być ekspertem: najważniejsza jest życzliwość, jak między sąsiadami.

    Mieszkasz w Norwegii od kilku lat, a pochodzisz z innego kraju? Tym bardziej Cię zapraszamy: być może mówisz w języku nowo przybyłej osoby i wiesz, jak wygląda pierwszy rok.

    Zgłoszenie zajmuje około trzech minut. Potem gmina zaprosi Cię na rozmowę, poprosi o podpisanie zobowiązania do zachowania tajemnicy i krótko wprowadzi Cię w program.
fadder-join = ✍️ Zapisz mnie
fadder-not-now-button = Nie teraz
fadder-not-now = Dobrze. Możesz się zgłosić w każdej chwili poleceniem /fadder.
fadder-name-prompt = Jak masz na imię? To imię zobaczy nowo przybyła osoba. (Maksymalnie { $max } znaków; nazwisko nie jest potrzebne.)
fadder-name-invalid = To nie wygląda na imię. Wpisz tylko swoje imię, maksymalnie { $max } znaków.
fadder-municipality-prompt = W której gminie chcesz pomagać jako mentor?
fadder-languages-prompt = Jakimi językami mówisz? Naciśnij język, żeby powiedzieć, jak dobrze go znasz. Norweski też się liczy. Gdy skończysz, naciśnij „Gotowe”.
fadder-languages-needed = Wybierz co najmniej jeden język, którym mówisz.
fadder-level-prompt = Jak dobrze mówisz w tym języku: { $language }?
fadder-level-remove = Nie mówię w tym języku
mentor-level-basic = trochę
mentor-level-good = dobrze
mentor-level-native = język ojczysty
fadder-background-prompt = Czy pochodzisz z innego kraju? Jeśli tak, wpisz, skąd (kraj lub miasto, maksymalnie { $max } znaków). Możesz też nacisnąć przycisk.
fadder-grew-up-here = Od dziecka mieszkam w Norwegii
fadder-moved-from = { $place }
fadder-place-invalid = Wpisz kraj lub miasto, maksymalnie { $max } znaków, albo naciśnij przycisk.
fadder-rather-not-say = Wolę nie mówić
fadder-not-said = nie podano
fadder-gender-prompt = Jesteś kobietą czy mężczyzną? Odpowiedź jest dobrowolna: wiele kobiet, które tu przyjeżdżają, woli, żeby ich mentorem była kobieta.
mentor-gender-woman = Kobieta
mentor-gender-man = Mężczyzna
fadder-age-prompt = Ile masz lat? (Odpowiedź dobrowolna.)
mentor-age-u30 = poniżej 30
mentor-age-30-44 = 30–44
mentor-age-45-59 = 45–59
mentor-age-60 = 60 lub więcej
fadder-interests-prompt = Co lubisz robić? Wybierz tyle, ile chcesz, i naciśnij „Gotowe”.
mentor-interest-outdoor = 🥾 Wędrówki i przyroda
mentor-interest-sport = ⚽ Sport
mentor-interest-fishing = 🎣 Wędkarstwo
mentor-interest-cooking = 🍲 Gotowanie
mentor-interest-crafts = 🧶 Robótki ręczne
mentor-interest-music = 🎵 Muzyka
mentor-interest-faith = 🕊 Wspólnota religijna
mentor-interest-children = 🧒 Zajęcia dla dzieci
mentor-interest-culture = 🎭 Kultura
fadder-children-prompt = Czy masz dzieci? Rodziny z dziećmi często chętnie poznają inną rodzinę.
fadder-yes = Tak
fadder-no = Nie
fadder-capacity-prompt = Ile nowo przybyłych osób lub rodzin możesz wspierać jednocześnie? (od 1 do { $max })
fadder-capacity-invalid = Możesz wspierać jednocześnie od 1 do { $max } nowo przybyłych osób lub rodzin. Wybierz jedną z liczb.
fadder-capacity-below-engaged = Liczba osób lub rodzin, które już wspierasz: { $count }. Wybierz co najmniej tyle albo najpierw zakończ mentoring z jedną z nich.
fadder-helps-prompt = W czym możesz pomóc? Wybierz tyle, ile chcesz, i naciśnij „Gotowe”.
mentor-help-norwegian = 🗣 Rozmowy po norwesku
mentor-help-social = ☕ Poznawanie ludzi
mentor-help-job = 💼 Szukanie pracy
mentor-help-paperwork = 📄 Formularze i pisma
mentor-help-children = 🧒 Zajęcia dla dzieci
mentor-help-driving = 🚗 Jazda samochodem
fadder-done = ✅ Gotowe
fadder-part-name = Imię
fadder-part-municipality = Gmina
fadder-part-languages = Języki
fadder-part-background = Skąd pochodzę
fadder-part-gender = Kobieta czy mężczyzna
fadder-part-age = Wiek
fadder-part-interests = Zainteresowania
fadder-part-children = Dzieci
fadder-part-capacity = Ile osób naraz
fadder-part-helps = W czym mogę pomóc
fadder-part-missing = W Twoim zgłoszeniu wciąż czegoś brakuje:
fadder-consent-title = Twoje zgłoszenie:
fadder-consent =
    Co się stanie z Twoim zgłoszeniem:
    • velkommen zapisze Twoje odpowiedzi powyżej, żeby gmina mogła Cię poznać i znaleźć nowo przybyłą osobę, która do Ciebie pasuje.
    • Zgłoszenie zobaczą osoby, które w gminie koordynują program mentorski. Zaproszą Cię na rozmowę, poproszą o podpisanie zobowiązania do zachowania tajemnicy i krótko wprowadzą Cię w program. Jeśli masz spotykać się z rodzinami z dziećmi, poproszą o pokazanie zaświadczenia o niekaralności (politiattest) – tylko na nie spojrzą, nie zostanie ono zapisane.
    • Nowo przybyła osoba zobaczy Twoje imię, języki, którymi mówisz, i to, dlaczego naszym zdaniem do siebie pasujecie – ale dopiero wtedy, gdy się zgodzisz. Dane kontaktowe pokażemy dopiero wtedy, gdy zgodzą się obie strony.
    • W każdej chwili możesz zobaczyć, zmienić, wstrzymać albo usunąć zgłoszenie poleceniem /fadder, a /delete usuwa wszystko.
    Czy się zgadzasz?
fadder-consent-yes = ✅ Zgadzam się – zapisz mnie
fadder-consent-no = Anuluj
fadder-consent-declined = Dobrze, nic nie zostało zapisane. Możesz się zgłosić w każdej chwili poleceniem /fadder.
fadder-signed-up = Dziękujemy za zgłoszenie! 🤝 Osoba koordynująca program mentorski w gminie { $municipality } już o nim wie i skontaktuje się z Tobą.
fadder-signed-up-nobody-yet = Dziękujemy za zgłoszenie! 🤝 Gmina { $municipality } nie zdecydowała jeszcze, kto w velkommen będzie zajmować się mentorami. Twoje zgłoszenie jest zapisane, a gmina skontaktuje się z Tobą.
fadder-already-signed-up = Twoje zgłoszenie do programu mentorskiego jest już zapisane. Oto ono.
fadder-profile-title = 🤝 Twoje zgłoszenie do programu mentorskiego w gminie { $municipality }
fadder-status-line = Stan zgłoszenia: { $status }
fadder-status-with-reason = { $status } (powód: { $reason })
mentor-status-vetting = czeka na gminę
mentor-status-approved = zatwierdzone
mentor-status-paused = wstrzymane
mentor-status-ended = zakończone
fadder-explain-vetting = Gmina { $municipality } skontaktuje się z Tobą i zaprosi Cię na rozmowę. Do tego czasu możesz zmieniać swoje odpowiedzi.
fadder-explain-approved = Gmina może teraz dobrać Ci nowo przybyłą osobę. Zanim cokolwiek udostępnimy, zapytamy Cię o zgodę.
fadder-explain-paused = W czasie przerwy nie dobierzemy Ci nowych osób. Mentoring, który już trwa, toczy się dalej.
fadder-explain-ended = Gmina { $municipality } zakończyła Twoje zgłoszenie do programu mentorskiego. Jeśli masz pytania, skontaktuj się z gminą.
fadder-pause = ⏸ Przerwa – bez nowych osób
fadder-resume = ▶️ Znów przyjmuję nowe osoby
fadder-paused = Przerwa włączona. Nie dobierzemy Ci nowych osób, dopóki znów nie zaczniesz ich przyjmować.
fadder-resumed = Witaj ponownie! Znów możemy dobrać Ci nowo przybyłą osobę.
fadder-delete = 🗑 Usuń moje zgłoszenie
fadder-delete-confirm = Czy chcesz usunąć swoje zgłoszenie do programu mentorskiego? Wszystkie Twoje odpowiedzi zostaną usunięte, a osoby, które już wspierasz, dostaną wiadomość, że nie możesz już być ich mentorem.
fadder-delete-yes = Tak, usuń je
fadder-delete-no = Nie, zachowaj je
fadder-deleted = Twoje zgłoszenie do programu mentorskiego zostało usunięte. Dziękujemy za chęć pomocy.
fadder-staff-new =
    🤝 Nowe zgłoszenie do programu mentorskiego w gminie { $municipality }: { $name }
    Języki: { $languages }
    Otwórz /mentors, aby przejrzeć zgłoszenie.
menu-fadder = 🤝 Zostań mentorem
command-fadder = Zgłoś się na mentora (fadder)
mydata-fadder = Twoje zgłoszenie do programu mentorskiego:

## Odpowiedź gminy dla wolontariusza

fadder-notice-approved = 🤝 Dobra wiadomość: gmina { $municipality } zatwierdziła Twoje zgłoszenie do programu mentorskiego. Gdy znajdzie się nowo przybyła osoba, która do Ciebie pasuje, najpierw zapytamy Ciebie – niczego nie udostępnimy, zanim się nie zgodzisz.
fadder-notice-paused = ⏸ Gmina { $municipality } na razie wstrzymała Twoje zgłoszenie do programu mentorskiego: { $reason }. W tym czasie nie dobierzemy Ci nowych osób.
fadder-notice-ended = Gmina { $municipality } zakończyła Twoje zgłoszenie do programu mentorskiego: { $reason }. Dziękujemy za chęć pomocy.
fadder-open = 🤝 Moje zgłoszenie na mentora

## Nowo przybyli, którzy chcą mieć mentora (/mentor)

menu-mentor = 🤝 Mentor dla mnie
command-mentor = Poproś o mentora (wolontariusza z Twojej okolicy)
mentor-needs-profile = Aby dostać mentora, najpierw dokończ swój profil: wtedy będziemy wiedzieć, w której gminie mieszkasz.
mentor-wish-prompt =
    🤝 Mentor (fadder) to ktoś stąd, kto jako wolontariusz chce Cię poznać: kawa, spacer, rozmowa po norwesku, pomoc w tym, co nowe.

    W czym potrzebujesz pomocy? Wybierz tyle, ile chcesz. Jeśli wolisz, żeby Twoim mentorem była kobieta albo mężczyzna, naciśnij też odpowiedni przycisk. Na koniec naciśnij „Zapisz mnie na listę”.
mentor-prefer-woman = 👩 Wolę kobietę
mentor-prefer-man = 👨 Wolę mężczyznę
mentor-save = ✅ Zapisz mnie na listę
mentor-joined = Jesteś na liście osób czekających na mentora w gminie { $municipality }. 🤝 Zapytamy Cię o zgodę, zanim mentor dowie się, kim jesteś.
mentor-wish-saved = Zapisano.
mentor-waiting = Czekasz na mentora w gminie { $municipality } ({ $weeks ->
        [0] od tego tygodnia
        [one] od tygodnia
        [few] od { $weeks } tygodni
        [many] od { $weeks } tygodni
       *[other] od { $weeks } tygodnia
    }). Gdy znajdziemy kogoś, kto pasuje, najpierw zapytamy Ciebie.
mentor-waiting-short = 🤝 Twoje miejsce na liście osób czekających na mentora.
mentor-being-asked = 🤝 Być może mamy dla Ciebie mentora. Teraz sprawdzamy, czy to pasuje.
mentor-has-mentor = 🤝 Twoim mentorem jest { $name }.
mentor-hopes-line = Twoje życzenia: { $hopes }
mentor-change = ✏️ Zmień moje życzenia
mentor-leave = Wypisz mnie z listy
mentor-left = Nie jesteś już na liście osób czekających na mentora. Możesz wrócić w każdej chwili poleceniem /mentor.

## Para mentor – nowo przybyła osoba

match-yes = ✅ Tak
match-no = Nie, dziękuję
match-ask-mentor =
    🤝 Cześć, { $name }! Gmina { $municipality } proponuje Ci rolę mentora dla nowo przybyłej osoby (język: { $language }).
    Dlaczego właśnie Wy: { $why }.

    Czy się zgadzasz? Jeśli tak, zapytamy Cię, jak ta osoba może się z Tobą skontaktować, a potem zapytamy ją o zgodę.
match-ask-newcomer =
    🤝 Dobra wiadomość! { $name } chce zostać Twoim mentorem. { $name } mówi w tych językach: { $languages }.
    Dlaczego właśnie Wy: { $why }.

    Czy chcesz poznać tę osobę?
match-contact-prompt = Jak druga osoba może się z Tobą skontaktować? Naciśnij przycisk, żeby udostępnić link do swojego profilu w Telegramie, albo wpisz numer telefonu lub adres e-mail (maksymalnie { $max } znaków). Te dane pokażemy dopiero wtedy, gdy obie strony się zgodzą.
match-share-link = 📨 Udostępnij mój profil w Telegramie
match-contact-short = Wpisz tylko, jak można się z Tobą skontaktować: numer telefonu lub adres e-mail, w jednej linijce.
match-gone = Ta propozycja jest już nieaktualna. Nic nie zostało udostępnione.
match-declined-thanks = Dziękujemy za odpowiedź. Nic nie zostało udostępnione.
match-yes-mentor = Dziękujemy! 🤝 Teraz zapytamy nowo przybyłą osobę. Jeśli się zgodzi, dostaniesz wiadomość z informacją, jak możecie się ze sobą skontaktować.
match-yes-newcomer = Wspaniale! 🤝 Za chwilę dostaniesz wiadomość z informacją, jak skontaktować się z mentorem.
match-telegram-link = wyślij wiadomość na Telegramie
match-no-contact = (nie podano)
match-intro-mentor = 🤝 Obie strony się zgodziły: Ty i nowo przybyła osoba (język: { $language }). { $languages }
match-intro-newcomer = 🤝 Obie strony się zgodziły: Ty i { $name }! { $languages }
match-intro-shared = Możecie rozmawiać w tym języku: { $language }.
match-intro-no-shared = Nie macie jeszcze wspólnego języka: prosty norweski, gesty i aplikacja do tłumaczenia bardzo pomagają.
match-intro-reach = Jak się skontaktować:
match-intro-place = Dobre miejsce na pierwsze spotkanie: { $place }.
match-intro-next = Wyślij krótką wiadomość i umówcie się na spotkanie. Po dwóch tygodniach odezwiemy się do Was, żeby zapytać, jak idzie. Jeśli coś jest nie tak, wpisz /mentor, a jeśli to Ty jesteś mentorem – /fadder.
match-withdrawn-newcomer = { $name } nie może już zostać Twoim mentorem. Nadal jesteś na liście i poszukamy kogoś innego.
match-withdrawn-mentor = Nowo przybyła osoba, którą Ci zaproponowaliśmy, wypisała się z listy osób czekających na mentora. Dziękujemy za Twój czas – możemy dobrać Ci kogoś innego.

## Dlaczego ta propozycja

mentor-reason-language = wspólny język: { $language }
mentor-reason-bridge = { $name } mówi też po norwesku
mentor-reason-interests = wspólne zainteresowania: { $interests }
mentor-reason-help = { $name } może pomóc: { $helps }
mentor-reason-children = obie strony mają dzieci
mentor-reason-age = podobny wiek
mentor-reason-waited = czas oczekiwania: { $count ->
        [one] { $count } tydzień
        [few] { $count } tygodnie
        [many] { $count } tygodni
       *[other] { $count } tygodnia
    }

## Pracownicy: program mentorski

staff-mentors = 🤝 Mentorzy
mentor-staff-not-allowed = Program mentorski mogą prowadzić tylko osoby z rolą koordynacji lub koordynacji mentorów.
mentor-staff-pick = Program mentorski w której gminie?
mentor-staff-menu = 🤝 Mentorzy w gminie { $municipality }
mentor-staff-pool =
    🤝 Mentorzy w gminie { $municipality }
    Czekają na mentora: { $waiting } (najdłużej: { $weeks ->
        [one] { $weeks } tydzień
        [few] { $weeks } tygodnie
        [many] { $weeks } tygodni
       *[other] { $weeks } tygodnia
    })
    Mentorzy – zatwierdzeni: { $approved }, wolne miejsca: { $free } · wstrzymani: { $paused }
    Do weryfikacji: { $vetting }
    Pary – w toku: { $active } · czekają na odpowiedź: { $asking } · propozycje dla Ciebie: { $proposed }
mentor-staff-vetting = 📝 Do weryfikacji
mentor-staff-mentors = 👥 Mentorzy
mentor-staff-propose = 🔄 Zaproponuj pary
mentor-staff-proposals = 📋 Propozycje
mentor-staff-matches = 🤝 Pary
mentor-staff-vetting-list = Zgłoszenia czekające na weryfikację:
mentor-staff-mentors-list = Mentorzy gminy:
mentor-staff-none = Na razie nikogo tu nie ma.
mentor-staff-card =
    { $name } – { $status }
    Data zgłoszenia: { $since } · obecne pary: { $engaged }
mentor-staff-card-reason = Powód: { $reason }
mentor-staff-checklist = Weryfikacja (naciśnij, aby zaznaczyć):
mentor-staff-optional = { $step } (dla rodzin z dziećmi)
vetting-interview = Rozmowa przeprowadzona
vetting-confidentiality = Zobowiązanie do tajemnicy podpisane
vetting-training = Wprowadzenie przeprowadzone
vetting-police = Politiattest sprawdzony (bez zapisu)
mentor-staff-approve = ✅ Zatwierdź
mentor-staff-pause = ⏸ Wstrzymaj
mentor-staff-end = ⛔ Zakończ
mentor-staff-missing-steps = Jeszcze brakuje: { $steps }.
mentor-staff-approved = Zatwierdzono. Powiadomiliśmy mentora.
mentor-staff-reason-pause = Dlaczego to zgłoszenie jest wstrzymywane? Wpisz krótki powód (maksymalnie { $max } znaków). Mentor go zobaczy.
mentor-staff-reason-end = Dlaczego kończysz zgłoszenie tego mentora? Wpisz krótki powód (maksymalnie { $max } znaków). Mentor go zobaczy.
mentor-staff-status-changed = Gotowe. Powiadomiliśmy mentora.
mentor-staff-proposed = Sprawdzono całą listę. Propozycje: { $count } (czekający: { $waiting }, wolne miejsca: { $free }).
mentor-staff-proposals-list = Propozycje – naciśnij jedną, aby zobaczyć uzasadnienie i potwierdzić:
mentor-staff-no-proposals = Brak propozycji. Naciśnij „Zaproponuj pary”, gdy nowo przybyłe osoby czekają, a zatwierdzeni mentorzy mają wolne miejsca.
mentor-staff-proposal =
    Propozycja: { $mentor } ↔ nowo przybyła osoba (język: { $language })
    Dlaczego: { $why }
    Punkty: { $score } · { $status }
mentor-staff-confirm = ✅ Potwierdź – zapytaj mentora
mentor-staff-skip = Pomiń
mentor-staff-mentor-card = 👤 Mentor
mentor-staff-confirmed = Potwierdzono. Najpierw pytamy mentora ({ $mentor }), potem nowo przybyłą osobę.
mentor-staff-skipped = Pominięto.
mentor-staff-proposal-gone = Ta propozycja jest już nieaktualna (ktoś inny ją potwierdził lub pominął albo została wycofana).
mentor-staff-mentor-unavailable = { $mentor }: brak wolnego miejsca albo zgłoszenie nie jest już zatwierdzone. Zaproponuj pary ponownie.
mentor-staff-newcomer-unavailable = Ta nowo przybyła osoba jest już w innej parze, która czeka na odpowiedź, albo wypisała się z listy. Zaproponuj pary ponownie.
mentor-staff-matches-list = Pary:
mentor-staff-no-matches = Na razie brak par.
mentor-staff-match-line = • { $mentor } ↔ { $language }: { $status } od { $since }, { $met ->
        [yes] spotkanie się odbyło
       *[no] spotkania jeszcze nie było
    }, kontakty kontrolne { $checkins }/4
match-status-proposed = zaproponowane
match-status-asking-mentor = pytamy mentora
match-status-asking-newcomer = pytamy nowo przybyłą osobę
match-status-active = w toku
match-status-skipped = pominięte
match-status-declined = odrzucone
match-status-withdrawn = wycofane
match-status-ended = zakończone
match-staff-declined = 🤝 { $side }: odmowa dla pary { $mentor } ↔ nowo przybyła osoba (język: { $language }). Obie osoby pozostają na listach; zaproponuj pary ponownie.
match-staff-started = 🤝 Nowa para: { $mentor } ↔ nowo przybyła osoba (język: { $language }). Obie strony się zgodziły i dostały nawzajem swoje dane kontaktowe.
match-side-mentor = Mentor
match-side-newcomer = Nowo przybyła osoba
match-side-staff = Gmina
fadder-place-which = Skąd pochodzisz? Wpisz kraj lub miasto.

## Przebieg mentoringu

match-the-newcomer = nowo przybyła osoba (język: { $language })
match-checkin = 🤝 Ty i { $other } – jak Wam idzie? Krótka odpowiedź pomoże nam Was wspierać.
match-checkin-last =
    🤝 Ty i { $other } – umówiony czas ({ $months ->
        [one] { $months } miesiąc
        [few] { $months } miesiące
        [many] { $months } miesięcy
       *[other] { $months } miesiąca
    }) właśnie minął. Dziękujemy za wspólnie spędzony czas!

    Jak było – i czy chcecie spotykać się dalej?
match-going-well = 👍 Spotykamy się, jest dobrze
match-not-met = ⏳ Jeszcze nie było spotkania
match-problem = ⚠️ Coś jest nie tak
match-end = Zakończ mentoring
match-go-on = 👍 Było dobrze – kontynuujemy
match-finish = 🙏 Było dobrze – kończymy
match-thanks-good = Miło to słyszeć! 🤝
match-thanks-not-yet = Dziękujemy za informację. Wyślij krótką wiadomość i zaproponuj termin – wystarczy spacer albo kawa. Jeśli nie możecie się ze sobą skontaktować, naciśnij „Coś jest nie tak”.
match-thanks-go-on = Wspaniale! 🤝 Spotykajcie się dalej tak jak do tej pory. Jeśli będziecie czegoś potrzebować, gmina jest do Waszej dyspozycji.
match-problem-prompt = Napisz w kilku słowach, co jest nie tak (maksymalnie { $max } znaków). Przeczyta to osoba z gminy i odpowie Ci tutaj. Druga osoba tego nie zobaczy.
match-not-running = Ten mentoring już się zakończył.
match-end-prompt = Dlaczego chcesz zakończyć mentoring? Druga osoba dostanie życzliwą wiadomość, bez podawania powodu.
match-end-no-time = Nie mam teraz czasu
match-end-moved = Przeprowadzam się
match-end-not-a-fit = Nie pasujemy do siebie
match-end-completed = Umówiony czas minął
match-end-other = Inny powód
match-ended-by-newcomer = Mentoring został zakończony. Dziękujemy za chęć spróbowania. Znowu jesteś na liście osób czekających na mentora. Jeśli nie chcesz mentora, możesz wypisać się z listy poleceniem /mentor.
match-ended-by-mentor = Mentoring został zakończony. Dziękujemy za poświęcony czas. Kiedy zechcesz, możemy dobrać Ci kogoś innego.
match-completed-thanks = Dziękujemy! 🙏 Mentoring zakończył się zgodnie z umową.
match-ended-newcomer = { $name } nie może już być Twoim mentorem. Tak czasem bywa i nikt tu nie zawinił. Znowu jesteś na liście, a my poszukamy dla Ciebie nowego mentora.
match-ended-mentor = Nowo przybyła osoba (język: { $language }) zakończyła mentoring. Tak czasem bywa i nikt tu nie zawinił. Dziękujemy za poświęcony czas – możemy dobrać Ci kogoś innego.
match-completed-other = 🙏 Wasz mentoring zakończył się zgodnie z umową. Dziękujemy za wspólnie spędzony czas!
match-mine-button = 🤝 Mój mentoring
match-mine = Twój trwający mentoring:
match-mine-none = Nie masz teraz żadnego trwającego mentoringu.
match-mine-line = • { $other }, od { $since }
match-end-with = Zakończ mentoring: { $other }
match-staff-quiet = 🤝 { $mentor } ↔ nowo przybyła osoba (język: { $language }): żadna ze stron nie zgłosiła spotkania przez { $count ->
        [one] { $count } tydzień
        [few] { $count } tygodnie
        [many] { $count } tygodni
       *[other] { $count } tygodnia
    } od wymiany kontaktów. Może warto się do nich odezwać.
match-staff-ended = 🤝 Para { $mentor } ↔ nowo przybyła osoba (język: { $language }) zakończyła mentoring. Kto zakończył: { $side }. Powód: { $reason }.
match-staff-problem-who = ⚠️ Para mentorska { $mentor } ↔ nowo przybyła osoba (język: { $language }), zgłasza: { $side }
delete-done-fadder = Twoje zgłoszenie do programu mentorskiego (osoby w Twoim mentoringu dostały wiadomość)
delete-done-mentor-wish = Twoje miejsce na liście osób czekających na mentora

## List, życzenia i /mydata

letter-mentor-button = 🤝 Moje życzenia co do mentora
mentor-wish-privacy = To, co tu wybierzesz, zapisujemy razem z Twoim profilem. Widzą to osoby, które w gminie koordynują program mentorski – dzięki temu mogą znaleźć mentora, który do Ciebie pasuje. Polecenie /mydata pokazuje te dane, a przycisk „Wypisz mnie z listy” lub polecenie /delete je usuwa.
mydata-mentor-wish = Jesteś na liście osób czekających na mentora od { $since }. Twoje życzenia: { $hopes }

## Pracownicy: ogłoszenia i wydarzenia dla mentorów

announce-reach-button = 👥 Odbiorcy: { $value }
reach-newcomers = nowo przybyli
reach-both = nowo przybyli i mentorzy
reach-mentors = tylko mentorzy
mentor-staff-weekly = 🤝 Propozycje par na ten tydzień w gminie { $municipality }: { $count ->
        [one] { $count } propozycja czeka
        [few] { $count } propozycje czekają
        [many] { $count } propozycji czeka
       *[other] { $count } propozycji czeka
    } na Twoją decyzję: potwierdzić czy pominąć.

## Więcej o przebiegu mentoringu

match-back-on-list = Znowu jesteś na liście osób czekających na nowego mentora. Jeśli nie chcesz mentora, możesz wypisać się z listy poleceniem /mentor.
match-newcomer-declined = Nowo przybyła osoba (język: { $language }) tym razem nie przyjęła propozycji. Nikt tu nie zawinił: możemy dobrać Ci kogoś innego.
match-contact-prompt-newcomer = Jak Twój mentor może się z Tobą skontaktować i jak ma się do Ciebie zwracać? Naciśnij przycisk, żeby udostępnić swój profil w Telegramie, albo wpisz swoje imię oraz numer telefonu lub adres e-mail (maksymalnie { $max } znaków). Te dane pokażemy dopiero wtedy, gdy obie strony się zgodzą.
