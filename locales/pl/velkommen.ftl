# velkommen — polski.
# Te same klucze co w języku referencyjnym (nb). Piszemy prosto i ciepło,
# krótkimi zdaniami, zwracając się do czytelnika na „Ty” (Ty, Twój, Ciebie – wielką literą).
# Unikamy form czasu przeszłego w 2. osobie (przyjechałeś/przyjechałaś), żeby tekst był neutralny płciowo.

language-name = Polski

## Wspólne

error-generic = Przepraszamy, coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę – to, co zostało zapisane, nie przepadło.
stale-button = Ten przycisk jest już nieaktualny. Oto, co możesz teraz zrobić:
state-recovered = Przepraszam, nie pamiętam, na czym stanęła nasza rozmowa. Twoje odpowiedzi są zapisane – możemy iść dalej.
use-the-buttons = Naciśnij jeden z przycisków pod wiadomością, a pójdziemy dalej.
unsupported-message = Rozumiem tylko tekst i naciśnięcia przycisków – nie zdjęcia, nagrania, naklejki ani lokalizacje.
edited-message = Nie czytam edytowanych wiadomości. Wyślij po prostu nową wiadomość.
group-chat = Rozmawiam tylko na czatach prywatnych, żeby chronić Twoją prywatność. Naciśnij moją nazwę i napisz do mnie bezpośrednio.
unknown-command = Nie znam tego polecenia. /help pokazuje wszystko, co potrafię.
finish-first = Najpierw dokończmy to:
needs-profile = List powitalny i Twoje odpowiedzi wymagają profilu. Naciśnij „Utwórz profil”, aby zacząć.
button-back = ← Wstecz
button-menu = ☰ Menu

## Start i język

start-hello = Dzień dobry i serdecznie witamy! Jestem cyfrową usługą powitalną gminy dla osób, które są tu od niedawna.
start-hello-municipality = Dzień dobry i serdecznie witamy w gminie { $municipality }! Jestem cyfrową usługą powitalną gminy dla osób, które są tu od niedawna.
start-unknown-link = Nie rozpoznaję tego linku. Wybierz swoją gminę z listy.
start-registered-elsewhere = Twój profil jest zapisany w gminie { $municipality }. Link, którego używasz, dotyczy gminy { $linked }. Gminę możesz zmienić poleceniem /settings.
welcome-back = Witaj ponownie!
link-municipality-prompt = W jakiej gminie mieszkasz albo do jakiej się przeprowadzasz?
language-prompt = 🌐 Obecny język: { $language }. Naciśnij język, którego chcesz używać:
language-changed = Dobrze, od teraz rozmawiamy po polsku.

## Prywatność

privacy-notice =
    🔒 Prywatność – w skrócie

    Jeśli się zgodzisz, zapiszemy:
    • Twoją gminę i Twój język
    • powód przyjazdu: uchodźstwo, praca, rodzina albo coś innego
    • czy masz obywatelstwo kraju nordyckiego, kraju UE/EOG czy innego kraju (uchodźców o to nie pytamy)
    • miesiąc przyjazdu i to, z kim mieszkasz
    • czy chcesz mieć mentora (fadder)
    • numer Twojego czatu, żebyśmy mogli Ci odpowiedzieć
    Nigdy nie pytamy o imię i nazwisko, zdrowie, religię ani dokumenty.

    Po co: żeby porady i list powitalny pasowały do Ciebie.
    Kto to widzi: tylko osoby, które w Twojej gminie przyjmują nowych mieszkańców. Wiadomości przechodzą przez Telegram.

    /mydata pokazuje wszystko, co o Tobie mamy. /delete usuwa wszystko, w każdej chwili.
    Jeśli się nie zgodzisz, zapiszemy tylko Twój język i etap rozmowy.
privacy-question = Czy możemy zapisać Twoje odpowiedzi?
privacy-accept = Tak, zgadzam się
privacy-decline = Nie, dziękuję
privacy-thanks = Dziękujemy! Teraz zadam Ci kilka krótkich pytań. Odpowiadasz przyciskami, a odpowiedzi możesz później zmienić.
privacy-declined = Nie ma problemu. Nie zapisaliśmy o Tobie nic poza Twoim językiem i etapem rozmowy. Możesz czytać o gminach, a zgodę możesz wyrazić później poleceniem /privacy.
privacy-consented = Zgoda została udzielona { $date }. Możesz ją wycofać i usunąć wszystko poleceniem /delete.

## Pytania

municipality-prompt = W jakiej gminie mieszkasz albo do jakiej się przeprowadzasz?
category-prompt = Co najlepiej do Ciebie pasuje? Od odpowiedzi zależy, jakie pierwsze kroki Ci pokażemy.
category-refugee = Jestem uchodźcą / uchodźczynią
category-labour = Jestem tu, żeby pracować
category-family = Dołączam do rodziny
category-other = Coś innego
arrival-prompt = Od kiedy mieszkasz w gminie { $municipality }?
arrival-month = { $month } { $year }
arrival-not-yet = Jeszcze tu nie mieszkam
arrival-earlier = Od ponad roku
household-prompt = Z kim tu mieszkasz?
household-alone = Mieszkam w pojedynkę
household-partner = W parze, bez dzieci
household-children = Z dziećmi
mentor-prompt =
    Wiele osób, które się tu przeprowadziły, mówi, że bardzo pomogło im poznanie choćby jednej osoby stąd.

    Mentor (fadder) to wolontariusz lub wolontariuszka z Twojej gminy – czasem ktoś, kto sam przeprowadził się tu kilka lat temu. Mentor może wypić z Tobą kawę, pokazać Ci okolicę i odpowiedzieć na drobne pytania o codzienne sprawy.

    Jeśli odpowiesz „tak”, zapiszemy Cię na listę. Gmina poszuka kogoś, kto do Ciebie pasuje, i zapyta Cię o zgodę, zanim mentor dowie się, kim jesteś.

    Czy chcesz mieć mentora?
mentor-yes = Tak, chętnie
mentor-no = Nie, dziękuję, nie teraz
mentor-value-yes = chcę mieć mentora
mentor-value-no = nie teraz
profile-done = Dziękujemy za odpowiedzi! Oto Twój list powitalny.

## Miesiące

month-1 = styczeń
month-2 = luty
month-3 = marzec
month-4 = kwiecień
month-5 = maj
month-6 = czerwiec
month-7 = lipiec
month-8 = sierpień
month-9 = wrzesień
month-10 = październik
month-11 = listopad
month-12 = grudzień
month-short-1 = sty
month-short-2 = lut
month-short-3 = mar
month-short-4 = kwi
month-short-5 = maj
month-short-6 = cze
month-short-7 = lip
month-short-8 = sie
month-short-9 = wrz
month-short-10 = paź
month-short-11 = lis
month-short-12 = gru

## Dni tygodnia

weekday-short-mon = pon.
weekday-short-tue = wt.
weekday-short-wed = śr.
weekday-short-thu = czw.
weekday-short-fri = pt.
weekday-short-sat = sob.
weekday-short-sun = niedz.

## Menu

menu-title = Co chcesz zrobić?
guest-title = Nie masz u nas profilu, więc nic o Tobie nie zapisujemy. Oto, co możesz zrobić:
menu-letter = 📨 List powitalny
menu-info = 🏘 Kontakty i miejsca spotkań
menu-settings = ⚙️ Moje odpowiedzi
menu-language = 🌐 Język
menu-mydata = 🔎 Moje dane
menu-privacy = 🔒 Prywatność
menu-delete = 🗑 Usuń wszystko
menu-help = ❓ Pomoc
menu-signup = ✅ Utwórz profil
info-prompt = O której gminie chcesz poczytać?
help-text =
    Oto, co możesz do mnie napisać:
    /menu – menu główne
    /letter – Twój list powitalny
    /info – kontakty i miejsca spotkań
    /guide – przewodnik: ID, podatki, bank, NAV, lekarz, szkoła, norweski, praca
    /housing – wynajem i kupno mieszkania
    /checklist – Twoja lista spraw
    /events – co się dzieje w gminie
    /ask – zapytaj człowieka w gminie
    /skills – co potrafisz, jeśli chcesz nam o tym powiedzieć
    /settings – zobacz i zmień swoje odpowiedzi
    /language – zmień język
    /privacy – co zapisujemy i dlaczego
    /mydata – wszystko, co o Tobie zapisaliśmy
    /delete – usuń wszystkie dane o Tobie
    /start – zacznij od nowa
    Możesz też napisać pytanie własnymi słowami, na przykład „skattekort” albo „lekarz”, a znajdę pasujące tematy. Możesz też naciskać przyciski pod wiadomościami.

## Ustawienia i moje dane

settings-title = Oto Twoje odpowiedzi. Naciśnij tę, którą chcesz zmienić:
settings-saved = Zapisano.
profile-row = { $label }: { $value }
field-municipality = Gmina
field-category = Kim jesteś
field-arrival = Przyjazd
field-household = Z kim mieszkasz
field-mentor = Mentor (fadder)
field-language = Język
field-chat = Czat
field-consent = Zgoda udzielona
field-pending = Wiadomości do wysłania
value-unanswered = brak odpowiedzi
mydata-title = 🔎 Oto, co o Tobie zapisaliśmy:
mydata-no-profile = Nie masz profilu, więc nie mamy od Ciebie żadnych odpowiedzi. Pamiętamy tylko Twój język i etap rozmowy.
mydata-footer = Odpowiedzi możesz zmienić poleceniem /settings, a wszystko usunąć poleceniem /delete.

## Usuwanie

delete-confirm = Czy chcesz usunąć wszystko, co o Tobie zapisaliśmy? Chodzi o profil, Twoje odpowiedzi i wiadomości, które czekają na wysłanie. Tego nie da się cofnąć.
delete-yes = Tak, usuń wszystko
delete-no = Nie, zachowaj
delete-cancelled = Dobrze, nic nie zostało usunięte.
delete-nothing = Nie mieliśmy o Tobie żadnych zapisanych danych.
delete-done = Gotowe. Oto, co usunęliśmy:
delete-done-profile = Twój profil: gmina, odpowiedzi i zgoda
delete-done-conversation = rozmowa: Twój język i etap rozmowy
delete-done-pending =
    { $count ->
        [one] jedna wiadomość, która czekała na wysłanie
        [few] { $count } wiadomości, które czekały na wysłanie
        [many] { $count } wiadomości, które czekały na wysłanie
       *[other] { $count } wiadomości, które czekały na wysłanie
    }
delete-done-footer = Nie mamy już o Tobie żadnych danych. Wpisz /start, jeśli chcesz zacząć od nowa.

## List powitalny

letter-greeting-refugee = Witamy w gminie { $municipality }! Nie musisz szukać drogi w pojedynkę: biuro do spraw uchodźców będzie Cię wspierać przez pierwsze lata.
letter-greeting-labour = Witamy w gminie { $municipality }! Wiele osób, które przyjeżdżają tu do pracy, musi radzić sobie samodzielnie. Oto najważniejsze informacje w jednym miejscu.
letter-greeting-family = Witamy w gminie { $municipality }! Oto najważniejsze informacje dla Ciebie i Twojej rodziny.
letter-greeting-other = Witamy w gminie { $municipality }! Oto najważniejsze informacje na dobry początek.
letter-population = Dziś w gminie { $municipality } jest nas { $count }. Wczoraj było nas { $yesterday }. Liczysz się dla nas.
letter-mentor-wish = Jesteś na liście osób czekających na mentora (fadder). Naciśnij przycisk poniżej i powiedz nam, w czym potrzebujesz pomocy.
letter-steps-title = Twoje trzy pierwsze kroki:
letter-step = { $number }. { $text }
step-refugee-service = Spotkaj się z biurem do spraw uchodźców. Dostaniesz osobę kontaktową i plan programu wprowadzającego.
step-norwegian-refugee = Zacznij naukę norweskiego. Uchodźcy mają prawo i obowiązek bezpłatnie uczyć się norweskiego i wiedzy o społeczeństwie.
step-doctor = Wybierz fastlege (lekarza rodzinnego) na helsenorge.no. Legevakt (całodobowa pomoc lekarska): 116 117. Numery alarmowe: 113 karetka, 112 policja, 110 straż pożarna.
step-id-check = Umów wizytę na kontrolę ID w Skatteetaten (urzędzie skarbowym). Tam dostaniesz D-nummer (numer D) lub fødselsnummer (numer personalny).
step-tax-card = Złóż wniosek o skattekort (kartę podatkową), zanim zaczniesz pracę. Przy kildeskatt (podatku u źródła, PAYE) z pensji potrącany jest stały procent.
step-bank = Otwórz konto w banku i załóż BankID. Bank potrzebuje Twojego D-nummer lub fødselsnummer.
step-norwegian-rights = Sprawdź, czy masz prawo do bezpłatnej nauki norweskiego. To zależy od powodu przyjazdu.
step-service-centre = Skontaktuj się z punktem obsługi mieszkańców w gminie. Tam pomogą Ci trafić do właściwego urzędu.
letter-children = 👨‍👩‍👧 Dzieci mają prawo do miejsca w przedszkolu (barnehage) od pierwszych urodzin, a do szkoły – od roku, w którym kończą sześć lat. Termin składania wniosków do przedszkola to często 1 marca.
letter-footer = Naciśnij krok, aby przeczytać więcej. Kontakty i miejsca spotkań są pod przyciskami, a do listu wrócisz poleceniem /letter.
source-line = 🔗 { $link } (sprawdzono { $date })
unconfirmed = Przykład – jeszcze niepotwierdzony przez gminę.
contacts-title = 📇 Kontakty w gminie { $municipality }
meeting-places-title = ☕ Miejsca spotkań w gminie { $municipality }

## Biura i miejsca spotkań

office-service-centre = punkt obsługi mieszkańców
office-refugee-service = biuro do spraw uchodźców
office-adult-education = ośrodek kształcenia dorosłych
office-nav = NAV (urząd pracy i świadczeń)
office-tax-office = urząd skarbowy (Skatteetaten), kontrola ID
office-police = policja
office-volunteer-centre = centrum wolontariatu
office-library = biblioteka
place-library = biblioteka
place-language-cafe = kawiarenka językowa
place-sports = sport
place-choir = chór
place-volunteering = wolontariat
place-gear-loan = bezpłatne wypożyczanie sprzętu
place-clubs = kluby i stowarzyszenia
place-culture = kultura

## Polecenia (menu Telegrama)

command-start = Zacznij od nowa
command-menu = Menu główne
command-letter = Twój list powitalny
command-info = Kontakty i miejsca spotkań
command-settings = Zobacz i zmień swoje odpowiedzi
command-language = Zmień język
command-privacy = Co zapisujemy i dlaczego
command-mydata = Wszystko, co o Tobie zapisaliśmy
command-delete = Usuń wszystkie dane o Tobie
command-help = Pomoc

## Pracownicy

role-coordinator = koordynacja
role-announcer = ogłoszenia
role-mentor-coordinator = koordynacja mentorów
staff-code-malformed = To nie wygląda na kod zaproszenia. Kod ma dwanaście znaków, na przykład /staff K7QF-2M9X-4TPA.
staff-code-unknown = Nie znam tego kodu. Sprawdź, czy jest wpisany poprawnie, albo poproś o nowy.
staff-code-expired = Ten kod wygasł. Poproś osobę, która Cię zaprosiła, o nowy.
staff-code-used = Ten kod został już użyty. Każdy kod działa tylko raz.
staff-welcome = Witamy! Masz teraz dostęp do narzędzi dla pracowników: { $municipality } ({ $role }). Wpisz /staff, aby do nich przejść.
staff-group-bound = Ta grupa będzie teraz otrzymywać powiadomienia dla { $municipality } ({ $role }).
staff-not-member = Nie masz dostępu do narzędzi dla pracowników. Jeśli masz kod zaproszenia, wpisz /staff i ten kod.
staff-home-title = 👩‍💼 Pracujesz dla:
staff-membership = • { $municipality } – { $role }
staff-new-announcement = 📣 Nowe ogłoszenie
staff-reports = 📊 Raporty doręczeń
delete-done-staff = Twój dostęp do narzędzi dla pracowników

## Ogłoszenia

announce-pick-municipality = Której gminy dotyczy ogłoszenie?
announce-audience-title = 📣 Nowe ogłoszenie: { $municipality }. Kto ma je otrzymać? Naciskaj przyciski, aby zmienić wybór, a gdy wszystko się zgadza – „Dalej”.
announce-everyone = bez ograniczeń
announce-categories-button = Kto: { $value }
announce-languages-button = Języki: { $value }
announce-children-button = Tylko rodziny z dziećmi
announce-arrival-button = Przyjazd: { $value }
announce-months =
    { $count ->
        [one] w ostatnim miesiącu
        [few] w ostatnich { $count } miesiącach
        [many] w ostatnich { $count } miesiącach
       *[other] w ostatnich { $count } miesiącach
    }
announce-continue = Dalej →
announce-cancel = ✖ Anuluj
announce-cancelled = Anulowano. Nic nie zostało wysłane.
announce-categories-prompt = Kto ma otrzymać ogłoszenie? Brak zaznaczenia oznacza wszystkich.
announce-languages-prompt = Które języki? Brak zaznaczenia oznacza wszystkie.
announce-text-prompt = Napisz ogłoszenie w tym języku: { $language }. Wyślij je jako jedną wiadomość (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }). Otrzymają je wszyscy, a osoby, dla których dodasz tłumaczenie – w swoim języku.
announce-translation-prompt = Napisz tekst w tym języku: { $language }. Wyślij go jako jedną wiadomość (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }).
announce-text-empty = Wiadomość była pusta. Napisz tekst i wyślij go.
announce-text-too-long = Tekst ma { $length ->
        [one] { $length } znak
        [few] { $length } znaki
        [many] { $length } znaków
       *[other] { $length } znaku
    }, a limit to { $max }. Skróć go i wyślij ponownie.
announce-translations-prompt = Chcesz dodać tłumaczenia? Osoby, dla których nie ma wersji w ich języku, dostaną wersję angielską, jeśli ją dodasz, a jeśli nie – wersję w bokmål (osoby czytające nynorsk też dostaną bokmål). Nikt nie zostanie pominięty.
announce-urgency-prompt = Czy to pilne? Zwykłe wiadomości nie są wysyłane od 21:00 do 08:00.
announce-normal = Zwykłe – nie w nocy
announce-urgent = Pilne – także w nocy
announce-schedule-prompt = Kiedy wysłać?
announce-now = Teraz
announce-at = W wybranym terminie
announce-repeat = 🔁 Cyklicznie
announce-at-prompt = Wpisz datę i godzinę według czasu norweskiego, na przykład „{ $example }”, „i morgen kl. 18” (jutro o 18) albo „tirsdag 18:30” (wtorek 18:30).
announce-repeat-prompt = Kiedy wysłać je pierwszy raz? Wpisz na przykład „{ $example }” albo „tirsdag kl. 18” (wtorek o 18) – potem wybierzesz, jak ma się powtarzać. Możesz też od razu wpisać całą regułę: „hver tirsdag kl. 18” (co wtorek o 18).
announce-preview-title = 👀 Podgląd – { $municipality }
announce-preview-audience = Kto: { $categories } · Języki: { $languages } · Przyjazd: { $arrival }
announce-preview-reach =
    { $count ->
        [one] Trafi do jednej osoby:
        [few] Trafi do { $count } osób:
        [many] Trafi do { $count } osób:
       *[other] Trafi do { $count } osoby:
    }
announce-preview-language = { $language }: { $count }
announce-preview-fallback = { $language }: { $count } (dostaną wersję: { $fallback })
announce-preview-nobody = Nikt jeszcze nie pasuje do tego wyboru. Zmień, kto ma otrzymać ogłoszenie.
announce-preview-normal = Zwykłe (bez wysyłki od 21:00 do 08:00)
announce-preview-urgent = Pilne (wysyłane także w nocy)
announce-preview-now = Zostanie wysłane teraz.
announce-preview-at = Termin wysyłki: { $when }.
announce-preview-repeat = Wysyłka cykliczna: { $rule }. Najbliższe terminy: { $upcoming }.
announce-send =
    { $count ->
        [one] ✅ Wyślij do jednej osoby
        [few] ✅ Wyślij do { $count } osób
        [many] ✅ Wyślij do { $count } osób
       *[other] ✅ Wyślij do { $count } osoby
    }
announce-edit-text = ✏️ Zmień tekst
announce-edit-audience = 👥 Zmień odbiorców
announce-queued =
    { $count ->
        [0] Nie dodano do kolejki żadnej wiadomości.
        [one] Dodano do kolejki jedną wiadomość. Dostaniesz raport doręczenia, gdy zostanie wysłana.
        [few] Dodano do kolejki { $count } wiadomości. Dostaniesz raport doręczenia, gdy zostaną wysłane.
        [many] Dodano do kolejki { $count } wiadomości. Dostaniesz raport doręczenia, gdy zostaną wysłane.
       *[other] Dodano do kolejki { $count } wiadomości. Dostaniesz raport doręczenia, gdy zostaną wysłane.
    }
announce-scheduled = Zaplanowano. Pierwsza wysyłka: { $when }. Po każdej wysyłce dostaniesz raport doręczenia.
announce-reports-title = 📊 Ostatnie ogłoszenia:
announce-reports-none = Nie ma jeszcze ogłoszeń.
announce-report-line = { $title } – { $municipality }: wysłane: { $sent }, oczekujące: { $waiting }, zablokowane: { $blocked }, nieudane: { $failed }. { $when }
announce-report-next = Następna wysyłka: { $when }.
announce-report-done = Zakończone.
announce-report-stopped = Zatrzymane.
announce-report = 📊 Raport doręczenia ogłoszenia { $title }: wysłane: { $sent }, zablokowane: { $blocked }, nieudane: { $failed }, nadal w kolejce: { $queued }.
announce-stop = ✖ Zatrzymaj #{ $id }
announce-stopped =
    { $count ->
        [one] Ogłoszenie { $title } zostało zatrzymane. Wycofano z kolejki jedną wiadomość.
        [few] Ogłoszenie { $title } zostało zatrzymane. Wycofano z kolejki { $count } wiadomości.
        [many] Ogłoszenie { $title } zostało zatrzymane. Wycofano z kolejki { $count } wiadomości.
       *[other] Ogłoszenie { $title } zostało zatrzymane. Wycofano z kolejki { $count } wiadomości.
    }

## Wydarzenia w miejscach spotkań
menu-events = 📅 Co się dzieje
menu-ask = 💬 Zapytaj człowieka
command-events = Co się dzieje w gminie
command-ask = Zadaj pytanie pracownikowi gminy
events-title = 📅 Co się dzieje w gminie { $municipality } w najbliższym miesiącu:
events-none = W gminie { $municipality } nie dodano jeszcze żadnych wydarzeń na najbliższy miesiąc. Zajrzyj też do miejsc spotkań w części „Kontakty i miejsca spotkań”.
events-remind-hint = Naciśnij 🔔, żeby dostać przypomnienie trzy godziny przed wydarzeniem.
event-reminder = 🔔 Przypomnienie: { $title }
event-reminder-set = Dobrze! Przypomnienie o wydarzeniu „{ $title }” ({ $event }) dostaniesz { $when }.
event-reminder-exists = Masz już przypomnienie o wydarzeniu „{ $title }” ({ $event }).
event-has-started = To wydarzenie już się zaczęło albo skończyło, więc nie mogę Ci o nim przypomnieć.
event-is-cancelled = To wydarzenie zostało odwołane.
event-cancelled-notice = ❌ Odwołane: { $title }
event-changed-notice = ✏️ Zmiana: { $title }. Twoje przypomnienie zostało usunięte – naciśnij 🔔 w /events, żeby ustawić nowe.
staff-events = 📅 Wydarzenia
staff-events-title = 📅 Nadchodzące wydarzenia:
staff-events-none = Brak nadchodzących wydarzeń.
staff-new-event = ➕ Nowe wydarzenie
event-edit = ✏️ Edytuj #{ $id }
event-cancel = ✖ Odwołaj #{ $id }
event-cancel-confirm = Odwołać wydarzenie #{ $id }? Powiadomimy wszystkie osoby, które prosiły o przypomnienie.
event-cancel-yes = ✖ Tak, odwołaj
event-cancelled =
    { $count ->
        [0] Wydarzenie „{ $title }” zostało odwołane. Nikt nie prosił o przypomnienie.
        [one] Wydarzenie „{ $title }” zostało odwołane. Powiadomimy jedną osobę, która prosiła o przypomnienie.
        [few] Wydarzenie „{ $title }” zostało odwołane. Powiadomimy { $count } osoby, które prosiły o przypomnienie.
        [many] Wydarzenie „{ $title }” zostało odwołane. Powiadomimy { $count } osób, które prosiły o przypomnienie.
       *[other] Wydarzenie „{ $title }” zostało odwołane. Powiadomimy { $count } osoby, które prosiły o przypomnienie.
    }
event-aborted = Wydarzenie nie zostało zapisane.
event-title-prompt = Wpisz nazwę wydarzenia, na przykład „Kawiarenka językowa” (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }).
event-place-prompt = Gdzie się odbywa? Wybierz miejsce spotkań albo wpisz inne miejsce.
event-other-place = ✏️ Inne miejsce
event-place-text-prompt = Wpisz miejsce, na przykład „Haram folkebibliotek, Brattvåg” (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }).
event-start-prompt = Kiedy się zaczyna (za pierwszym razem)? Wpisz datę i godzinę, na przykład „{ $example }”, „i morgen kl. 18” (jutro o 18) albo „tirsdag 18:30” (wtorek 18:30). Jeśli wydarzenie odbywa się regularnie, możesz wpisać od razu całą regułę: „hver tirsdag kl. 18” (co wtorek o 18).
event-recurrence-prompt = Czy odbywa się więcej niż raz?
event-once = Tylko raz
event-audience-prompt = Dla kogo jest to wydarzenie? Jeśli nic nie zaznaczysz, zobaczą je wszyscy nowi mieszkańcy gminy.
event-for = Dla kogo: { $who }
event-description-prompt = Wpisz krótki opis w tym języku: { $language } (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }).
event-descriptions-prompt = Opis w bokmål został zapisany. Jeśli możesz, dodaj inne języki. Osoby, dla których nie ma opisu w ich języku, dostaną opis angielski, jeśli jest, a jeśli nie – opis w bokmål.
event-preview-languages = Opis w poszczególnych językach:
event-preview-fallback = { $language } – dostaną wersję: { $fallback }
event-summary-title = 📅 { $title }
event-save = ✅ Zapisz
event-change-title = ✏️ Nazwa
event-change-place = 📍 Miejsce
event-change-time = 🕕 Termin
event-change-audience = 👥 Dla kogo
event-change-descriptions = 📝 Opisy
event-saved = ✅ Wydarzenie zostało zapisane. Osoby, dla których jest przeznaczone, zobaczą je w /events.
event-updated =
    { $count ->
        [0] ✅ Zmiana została zapisana.
        [one] ✅ Zmiana została zapisana. Powiadomimy jedną osobę, która prosiła o przypomnienie.
        [few] ✅ Zmiana została zapisana. Powiadomimy { $count } osoby, które prosiły o przypomnienie.
        [many] ✅ Zmiana została zapisana. Powiadomimy { $count } osób, które prosiły o przypomnienie.
       *[other] ✅ Zmiana została zapisana. Powiadomimy { $count } osoby, które prosiły o przypomnienie.
    }
event-announce = 📣 Ogłoś wydarzenie
event-announce-started = Ogłoszenie zostało wypełnione informacjami o wydarzeniu w językach, w których je opisano. Wybierz odbiorców.

## Zapytaj człowieka (sprawy)
ask-prompt =
    Napisz swoje pytanie w jednej wiadomości, w dowolnym języku (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }).
    Trafi ono do pracowników gminy { $municipality }. Zobaczą numer sprawy, Twój język i grupę, do której należysz – ale nie Twoje imię. Odpowiedź przyjdzie tutaj.
ask-sent = ✅ Wysłano do gminy { $municipality }. Numer Twojej sprawy to { $case }. Odpowiedź przyjdzie tutaj, na ten czat.
case-notification = ❓ Nowa sprawa { $case } · { $who }
case-notification-more = ❓ Kolejna wiadomość w sprawie { $case } · { $who }
case-notification-footer = ↩️ Aby odpowiedzieć, użyj opcji „Odpowiedz” na tej wiadomości albo wpisz /reply { $case } i odpowiedź. Sprawę zamkniesz poleceniem /close { $case }.
case-answer = 💬 Odpowiedź z gminy { $municipality } (sprawa { $case }):
case-answer-footer = Chcesz zapytać o coś jeszcze? Naciśnij „Zapytaj człowieka” w /menu.
case-answer-sent = ✅ Odpowiedź w sprawie { $case } została wysłana.
case-unknown = Nie mogę znaleźć sprawy { $case }, do której masz dostęp.
case-closed = Sprawa { $case } została zamknięta.
case-already-closed = Sprawa { $case } była już zamknięta.
case-reply-usage = Wpisz na przykład /reply S-7KQ4 Twoja odpowiedź albo /close S-7KQ4.
case-close-button = ✔ Zamknij { $case }
cases-title = 💬 Otwarte sprawy:
cases-line = { $case } · { $who } · czeka { $hours } h · { $messages ->
        [one] jedna wiadomość
        [few] { $messages } wiadomości
        [many] { $messages } wiadomości
       *[other] { $messages } wiadomości
    }
cases-none = Brak otwartych spraw.
cases-hint = Odpowiadaj, używając opcji „Odpowiedz” na wiadomości ze sprawą, albo poleceniem /reply NUMER tekst.
cases-not-allowed = Sprawy widzą tylko koordynatorzy i grupy pracowników.
field-cases = Pytania do gminy
delete-done-cases =
    { $count ->
        [one] jedno pytanie do gminy wraz z odpowiedziami
        [few] { $count } pytania do gminy wraz z odpowiedziami
        [many] { $count } pytań do gminy wraz z odpowiedziami
       *[other] { $count } pytania do gminy wraz z odpowiedziami
    }

## Przewodnik, lista spraw i pytania wpisane własnymi słowami
menu-guide = 📘 Przewodnik
menu-housing = 🏠 Mieszkanie
menu-checklist = ✅ Moja lista spraw
command-guide = Przewodnik: ID, podatki, bank, NAV, lekarz, szkoła, norweski
command-housing = Wynajem i kupno mieszkania, kaucja, dodatek mieszkaniowy
command-checklist = Twoja lista spraw: co już zrobione, a co zostało
guide-title = 📘 Przewodnik: wybierz temat.
housing-title = 🏠 Mieszkanie: wybierz temat.
guide-steps = Jak to zrobić:
guide-bring = 🎒 Zabierz ze sobą:
guide-where = 📍 W gminie { $municipality }:
guide-unconfirmed = Nie wszystko, co tu jest, zostało już potwierdzone przez oficjalne źródło. Zanim zaczniesz na tym polegać, zapytaj w gminie.
guide-previous = ◀ Wstecz
guide-next = Dalej ▶
checklist-title = ✅ Twoja lista spraw: zrobione { $done } z { $total }
checklist-after = najpierw: { $steps }
checklist-hint = Naciśnij punkt, aby przeczytać, jak to zrobić, i zaznaczyć go jako zrobiony.
checklist-mark-done = ✅ Zrobione: { $step }
checklist-mark-skip = ➖ Nie dotyczy mnie
checklist-mark-open = ↩️ Jednak do zrobienia: { $step }
checklist-marked-done = Świetnie! Punkt „{ $step }” jest zaznaczony jako zrobiony.
checklist-marked-skipped = Zaznaczono, że punkt „{ $step }” Cię nie dotyczy.
checklist-marked-open = Punkt „{ $step }” wrócił na listę.
question-matches = Oto tematy, które udało mi się znaleźć. Czy któryś z nich dotyczy Twojej sprawy?
question-none-button = Żaden z nich
question-none = Przepraszam, nie udało mi się tego znaleźć.
question-none-next = Możesz przejrzeć przewodnik albo zapytać pracownika gminy.
question-no-match = Nie udało mi się znaleźć pasującego tematu. Spróbuj innych słów (na przykład „karta podatkowa”, „skattekort” lub „lekarz rodzinny”) albo użyj przycisków.
field-checklist = Lista spraw
value-checklist = zrobione: { $done }, nie dotyczy: { $skipped }
delete-done-checklist = Twoje postępy na liście spraw

## Mapowanie kompetencji (/skills)
menu-skills = 🧰 Co potrafię
command-skills = Twoje wykształcenie, praca i języki – oraz plany
skills-consent =
    🧰 Niewielu nowych mieszkańców pracuje w zawodzie, w którym się kształcili, i nikt nie pyta, co wnoszą ze sobą rodziny. Tutaj możesz napisać, w czym masz wykształcenie i doświadczenie, jakimi językami mówisz i na czym Ci zależy.
    Wszystko jest dobrowolne. Zapiszemy to tylko wtedy, gdy się zgodzisz. Zobaczysz to w /mydata i w każdej chwili możesz to zmienić lub usunąć. Koordynatorzy w gminie widzą to tylko jako liczby, razem z odpowiedziami innych osób (nigdy, gdy jest mniej niż 5 osób). Twoje własne odpowiedzi zobaczą tylko wtedy, gdy się na to zgodzisz.
    Chcesz to wypełnić?
skills-consent-yes = ✅ Tak, chcę wypełnić
skills-consent-no = Nie, dziękuję
skills-declined = Dobrze, niczego nie zapisujemy. Wrócisz do tego w części „Co potrafię” w /menu.
skills-overview = Naciśnij to, co chcesz wypełnić lub zmienić. Wszystko jest dobrowolne.
skills-summary-title = 🧰 Co potrafię:
skills-part-education = 🎓 Wykształcenie
skills-part-field = 🧭 Dziedzina
skills-part-profession = 👷 Zawód
skills-part-experience = ⏳ Doświadczenie
skills-part-languages = 🗣 Języki
skills-part-licence = 🚗 Prawo jazdy
skills-part-wishes = 🎯 Plany
skills-shared = 👀 Pozwalasz koordynatorom w gminie zobaczyć Twoje odpowiedzi z tej części, bez Twojego imienia. Dzięki temu wiedzą, jakie umiejętności mają mieszkańcy, kiedy planują oferty pracy, kursy i uznawanie wykształcenia.
skills-not-shared = 🔒 Gmina widzi to tylko jako liczby, razem z odpowiedziami innych osób – nigdy, gdy jest mniej niż 5 osób.
skills-share-start = 👀 Pozwól gminie to zobaczyć
skills-share-stop = 🔒 Nie pokazuj tego gminie
skills-share-on = Zapisano: koordynatorzy w gminie mogą teraz zobaczyć Twoje odpowiedzi z tej części, bez Twojego imienia.
skills-share-off = Zapisano: gmina widzi to teraz tylko jako liczby, razem z odpowiedziami innych osób.
skills-clear = 🗑 Usuń to
skills-finish = ✅ Gotowe
skills-cleared = Dane z części „Co potrafię” zostały usunięte.
skills-thanks = Dziękujemy! W każdej chwili możesz to zmienić w części „Co potrafię”.
skills-education-prompt = Jakie masz najwyższe ukończone wykształcenie?
skills-field-prompt = W jakiej dziedzinie masz wykształcenie lub doświadczenie?
skills-profession-prompt = Wpisz swój zawód w kilku słowach, na przykład „pielęgniarka” albo „spawacz” (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }).
skills-profession-invalid = Wpisz zawód w kilku słowach, maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
skills-experience-prompt = Ile lat doświadczenia masz w tej dziedzinie?
skills-languages-prompt = Jakimi językami mówisz? Naciśnij wszystkie, które pasują.
skills-licence-prompt = Czy masz prawo jazdy?
skills-wishes-prompt = Na czym Ci zależy? Naciśnij wszystko, co pasuje.
skills-edu-none = Brak ukończonej szkoły
skills-edu-primary = Szkoła podstawowa
skills-edu-secondary = Szkoła średnia
skills-edu-vocational = Wykształcenie zawodowe (fagbrev)
skills-edu-bachelor = Studia I stopnia (licencjat)
skills-edu-master = Studia magisterskie lub wyżej
skills-field-health = Ochrona zdrowia
skills-field-teaching = Nauczanie
skills-field-technical = Technika i przemysł
skills-field-building = Budownictwo
skills-field-transport = Transport i magazynowanie
skills-field-farming = Rolnictwo i rybołówstwo
skills-field-food = Gastronomia i hotelarstwo
skills-field-office = Praca biurowa i finanse
skills-field-it = IT
skills-field-service = Sprzątanie i usługi
skills-field-care = Opieka i przedszkola
skills-field-other = Inne
skills-exp-lt1 = Poniżej 1 roku
skills-exp-1-3 = 1–3 lata
skills-exp-3-10 = 3–10 lat
skills-exp-gt10 = Ponad 10 lat
skills-licence-none = Nie
skills-licence-car = Tak, na samochód (kategoria B)
skills-licence-heavy = Tak, na ciężarówkę lub autobus
skills-wish-same = Praca w moim zawodzie
skills-wish-any = Jakakolwiek praca
skills-wish-edu = Nauka lub kurs
skills-wish-recog = Uznanie mojego wykształcenia
skills-wish-business = Założenie własnej firmy
delete-done-skills = Twoje informacje z części „Co potrafię”
checklist-due = ⏰ termin: do końca miesiąca ({ $month })
checklist-overdue = ⚠️ trzeba było to zrobić do końca miesiąca ({ $month }) – zrób to jak najszybciej
staff-cases = 💬 Otwarte sprawy
privacy-details =
    Jeśli korzystasz z tych funkcji, zapisujemy też:
    • „Zapytaj człowieka”: Twoje pytania i odpowiedzi. Pracownicy gminy widzą numer sprawy, Twój język i Twoją grupę – nigdy Twojego imienia.
    • Lista spraw: co masz zaznaczone jako zrobione.
    • „Co potrafię”: tylko jeśli tam też się zgodzisz. Gmina widzi to jako liczby, razem z odpowiedziami innych osób, a Twoje własne odpowiedzi – tylko jeśli się na to zgodzisz.
    Wszystko widać w /mydata i wszystko usuniesz poleceniem /delete.
citizenship-prompt = Jakie masz obywatelstwo? Od tego zależy, jakie przepisy Cię dotyczą – na przykład czy musisz zarejestrować się na policji albo czy potrzebujesz zezwolenia na pobyt.
citizenship-nordic = Kraj nordycki (Dania, Finlandia, Islandia, Szwecja)
citizenship-eea = Inny kraj UE/EOG lub Szwajcaria
citizenship-other = Kraj spoza UE/EOG
field-citizenship = Obywatelstwo
household-relatives = Z rodzicami lub inną rodziną
step-eea-registration = Zarejestruj się na policji w ciągu trzech miesięcy od przyjazdu. To bezpłatne i robisz to tylko raz.
step-nordic-move = Zgłoś przeprowadzkę do Folkeregisteret (rejestru ludności) w Skatteetaten. Obywatele krajów nordyckich nie rejestrują się na policji.
step-work-permit = Zanim zaczniesz pracę, musisz mieć zezwolenie na pobyt w celu pracy. Wniosek o przedłużenie złóż na długo przed jego wygaśnięciem.
step-family-permit = Sprawdź, kiedy wygasa Twoje zezwolenie na pobyt w ramach łączenia rodzin, i odpowiednio wcześnie złóż wniosek o przedłużenie.
step-residence-permit = Sprawdź, kiedy wygasa Twoje zezwolenie na pobyt, i odpowiednio wcześnie złóż wniosek o przedłużenie.
meeting-places-none = Gmina nie dodała jeszcze żadnych miejsc spotkań.
button-contacts = 📇 Kontakty
button-places = ☕ Miejsca spotkań
typed-yes = tak, ok, okej, jasne, dobrze, pewnie, chętnie, tak chętnie
typed-no = nie, nie dziękuję, nie dzięki, nie teraz, nie chcę
staff-use-buttons = Użyj przycisków poniżej albo polecenia. /help pokazuje polecenia dla pracowników.
needs-profile-ask = Żeby zapytać człowieka, potrzebujemy profilu: Twojej gminy i zgody na zachowanie pytania oraz wysłanie Ci odpowiedzi. Naciśnij „Utwórz profil”, aby zacząć.
needs-profile-checklist = Lista spraw powstaje na podstawie Twoich odpowiedzi, więc wymaga profilu. Wszystkie tematy możesz przeczytać w przewodniku bez profilu.
needs-profile-skills = Żeby zachować to, co piszesz o swoim wykształceniu i pracy, potrzebujemy profilu. Naciśnij „Utwórz profil”, aby zacząć.
events-pick = W której gminie chcesz zobaczyć wydarzenia?
events-profile-hint = Chcesz dostać przypomnienie? Utwórz profil, a wtedy możesz nacisnąć 🔔.
question-ask-person = 💬 Zapytaj o to człowieka
ask-prompt-nobody =
    W gminie { $municipality } nikt jeszcze nie odbiera tu pytań. Możesz jednak napisać swoje pytanie (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }): zachowamy je i trafi ono do pierwszego pracownika, który dołączy. Odpowiedź przyjdzie tutaj.
    Jeśli sprawa jest pilna, skontaktuj się bezpośrednio z gminą: { $website }
ask-kept = 📥 Twoje pytanie zostało zapisane jako sprawa { $case }. W gminie { $municipality } nikt jeszcze nie odbiera tu pytań. Pytanie trafi do pracowników, gdy tylko ktoś dołączy, a odpowiedź przyjdzie tutaj.
ask-carried = Twoje pytanie: „{ $question }”
ask-send-carried = ✅ Wyślij to pytanie
case-notification-waited = ❓ Sprawa { $case } · { $who } – pytanie zadane, zanim ktokolwiek zaczął tu odbierać pytania
case-arrived-notice = 📨 Twoje pytanie (sprawa { $case }) dotarło już do pracowników gminy { $municipality }. Odpowiedź przyjdzie tutaj.
case-closed-notice = ✔ Gmina { $municipality } zamknęła Twoją sprawę { $case }. Jeśli potrzebujesz dalszej pomocy, naciśnij „Zapytaj człowieka” w /menu.
cases-thread-question = ❓ { $time }: { $text }
cases-thread-answer = 💬 { $time }: { $text }
cases-thread-earlier = { $count ->
        [one] … jedna wcześniejsza wiadomość
        [few] … { $count } wcześniejsze wiadomości
        [many] … { $count } wcześniejszych wiadomości
       *[other] … { $count } wcześniejszej wiadomości
    }
case-answer-prompt = Napisz odpowiedź w sprawie { $case } jako jedną wiadomość (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }). Zostanie wysłana do osoby, która zadała pytanie, dokładnie tak, jak ją napiszesz.
case-close-confirm = Zamknąć sprawę { $case }? Osoba, która zadała pytanie, dostanie informację, że sprawa została zamknięta.
case-close-yes = ✔ Tak, zamknij { $case }
case-reply-group-usage = Napisz odpowiedź w tej samej wiadomości: /reply { $case } i odpowiedź (może być w następnej linii). Możesz też użyć opcji „Odpowiedz” bezpośrednio na wiadomości ze sprawą.
staff-waiting-cases = { $count ->
        [one] Jedno pytanie czekało, aż ktoś je odbierze. Zaraz tu przyjdzie.
        [few] { $count } pytania czekały, aż ktoś je odbierze. Zaraz tu przyjdą.
        [many] { $count } pytań czekało, aż ktoś je odbierze. Zaraz tu przyjdą.
       *[other] { $count } pytania czekało, aż ktoś je odbierze. Zaraz tu przyjdą.
    }
staff-category-refugee = Uchodźca
staff-category-labour = Migrant zarobkowy
staff-category-family = Łączenie rodzin
staff-category-other = Inne
staff-citizenship-nordic = kraj nordycki
staff-citizenship-eea = UE/EOG
staff-citizenship-other = spoza UE/EOG
staff-home-button = 👩‍💼 Panel pracownika
staff-help =
    Polecenia dla pracowników:
    /staff – panel pracownika: ogłoszenia, wydarzenia, sprawy i raporty
    /announce – nowe ogłoszenie
    /events – wydarzenia
    /cases – otwarte sprawy z całą rozmową
    /reply S-7KQ4 odpowiedź – odpowiedz w sprawie (albo /reply S-7KQ4, a odpowiedź w następnej wiadomości)
    /close S-7KQ4 – zamknij sprawę
    Możesz też odpowiedzieć bezpośrednio na wiadomość ze sprawą.
staff-group-help =
    Polecenia w tej grupie:
    /cases – otwarte sprawy z całą rozmową
    /reply S-7KQ4 odpowiedź – odpowiedz w sprawie (odpowiedź w tej samej wiadomości, może być w następnej linii)
    /close S-7KQ4 – zamknij sprawę
    Możesz też odpowiedzieć bezpośrednio na wiadomość ze sprawą.
repeat-advanced = ⚙️ Zaawansowane: wyrażenie crontab
repeat-prompt = Wpisz, kiedy ma się powtarzać, na przykład „hver tirsdag kl. 18” (co wtorek o 18), „annenhver torsdag kl. 17:30” (co drugi czwartek o 17:30) albo „første mandag i måneden kl. 10” (pierwszy poniedziałek miesiąca o 10). Zaawansowane: wyrażenie crontab z pięcioma polami, według czasu norweskiego, na przykład 0 18 * * 2.
repeat-weekly = { $day ->
        [mon] co poniedziałek
        [tue] co wtorek
        [wed] co środę
        [thu] co czwartek
        [fri] co piątek
        [sat] co sobotę
       *[sun] co niedzielę
    } o { $time }
repeat-every-other-week = { $day ->
        [mon] co drugi poniedziałek
        [tue] co drugi wtorek
        [wed] co drugą środę
        [thu] co drugi czwartek
        [fri] co drugi piątek
        [sat] co drugą sobotę
       *[sun] co drugą niedzielę
    } o { $time }
repeat-monthly = { $nth ->
        [1] { $day ->
            [mon] w pierwszy poniedziałek
            [tue] w pierwszy wtorek
            [wed] w pierwszą środę
            [thu] w pierwszy czwartek
            [fri] w pierwszy piątek
            [sat] w pierwszą sobotę
           *[sun] w pierwszą niedzielę
        }
        [2] { $day ->
            [mon] w drugi poniedziałek
            [tue] w drugi wtorek
            [wed] w drugą środę
            [thu] w drugi czwartek
            [fri] w drugi piątek
            [sat] w drugą sobotę
           *[sun] w drugą niedzielę
        }
        [3] { $day ->
            [mon] w trzeci poniedziałek
            [tue] w trzeci wtorek
            [wed] w trzecią środę
            [thu] w trzeci czwartek
            [fri] w trzeci piątek
            [sat] w trzecią sobotę
           *[sun] w trzecią niedzielę
        }
        [4] { $day ->
            [mon] w czwarty poniedziałek
            [tue] w czwarty wtorek
            [wed] w czwartą środę
            [thu] w czwarty czwartek
            [fri] w czwarty piątek
            [sat] w czwartą sobotę
           *[sun] w czwartą niedzielę
        }
       *[last] { $day ->
            [mon] w ostatni poniedziałek
            [tue] w ostatni wtorek
            [wed] w ostatnią środę
            [thu] w ostatni czwartek
            [fri] w ostatni piątek
            [sat] w ostatnią sobotę
           *[sun] w ostatnią niedzielę
        }
    } miesiąca o { $time }
repeat-crontab = według reguły crontab „{ $expression }”
repeat-kind-prompt = Pierwszy termin: { $when }. Jak ma się powtarzać?
event-titles-prompt = Nazwa w bokmål to „{ $title }”. Chcesz wpisać ją w innych językach? Osoby, dla których nie ma nazwy w ich języku, zobaczą nazwę w bokmål.
event-title-in-prompt = Wpisz nazwę w tym języku: { $language } (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }). W bokmål brzmi ona „{ $title }”.
event-change-titles = 🌐 Nazwa w innych językach
event-cancel-repeating = Wydarzenie #{ $id } „{ $title }” się powtarza. Chcesz odwołać jeden termin czy całą serię? Powiadomimy osoby, które prosiły o przypomnienie o tym, co odwołasz.
event-cancel-date = ✖ Tylko { $when }
event-cancel-series = ✖ Odwołaj całą serię
event-date-cancelled = Odwołano wydarzenie „{ $title }” w terminie { $when }. { $count ->
        [0] Nikt nie prosił o przypomnienie.
        [one] Powiadomimy jedną osobę, która prosiła o przypomnienie.
        [few] Powiadomimy { $count } osoby, które prosiły o przypomnienie.
        [many] Powiadomimy { $count } osób, które prosiły o przypomnienie.
       *[other] Powiadomimy { $count } osoby, które prosiły o przypomnienie.
    } Pozostałe terminy bez zmian.
event-date-cancelled-notice = ❌ Odwołane: { $title }, { $when } ({ $place }). Pozostałe terminy są aktualne.
when-not-a-time = Nie potrafię odczytać z tego daty i godziny. Wpisz na przykład „{ $example }”, „i morgen kl. 18” (jutro o 18) albo „tirsdag 18:30” (wtorek 18:30). Słowa, takie jak dni tygodnia, wpisuj po norwesku albo po angielsku.
when-no-time = Brakuje godziny. Wpisz na przykład „{ $example }” albo „tirsdag kl. 18” (wtorek o 18).
when-in-the-past = Ten termin już minął. Wpisz datę w przyszłości, na przykład „{ $example }”.
when-too-far = To ponad dwa lata od dziś. Wpisz bliższą datę, na przykład „{ $example }”.
when-not-a-repeat = Nie potrafię odczytać z tego reguły powtarzania. Wpisz na przykład „hver tirsdag kl. 18” (co wtorek o 18), „annenhver torsdag kl. 17:30” (co drugi czwartek o 17:30) albo „første mandag i måneden kl. 10” (pierwszy poniedziałek miesiąca o 10). Słowa, takie jak dni tygodnia, wpisuj po norwesku albo po angielsku.
when-not-a-crontab = To nie jest poprawne wyrażenie crontab. Musi mieć pięć pól, na przykład 0 18 * * 2 (co wtorek o 18:00).
when-never-fires = To wyrażenie nie wyznacza żadnego terminu. Spróbuj na przykład 0 18 * * 2 (co wtorek o 18:00).
announce-preview-quiet = 🌙 Ten termin wypada w czasie ciszy nocnej: zwykłe wiadomości zostaną wysłane dopiero { $when }.
announce-preview-now-quiet = 🌙 Trwa cisza nocna. Wiadomości zostaną wysłane { $when }.
announce-quiet = 🌙 Cisza nocna: zwykłe wiadomości zostaną wysłane { $when }.
announce-stop-confirm = Zatrzymać ogłoszenie { $title }? Nie będzie już wysyłane, a jeszcze niewysłane wiadomości zostaną wycofane z kolejki.
announce-stop-yes = ✖ Tak, zatrzymaj
announce-report-waiting = W kolejce – pozostałe wiadomości czekają na wysłanie (na przykład na koniec ciszy nocnej).
staff-group-refugee = Uchodźcy
staff-group-labour = Migranci zarobkowi
staff-group-family = Osoby dołączające do rodziny
staff-group-other = Pozostali

## Szablony ogłoszeń

announce-from-template = 📋 Z szablonu (we wszystkich językach)
announce-template-pick = Wybierz szablon. Jest napisany we wszystkich dziesięciu językach, więc każdy nowy mieszkaniec dostanie go w swoim języku. ⚠️ oznacza, że ogłoszenie jest pilne i jest wysyłane także w nocy.
announce-template-when = Kiedy? Wpisz datę i godzinę, na przykład „08.12.2026 18:00” albo po norwesku „tirsdag kl. 18” (wtorek o 18).
announce-template-date = Jaka data? Na przykład „01.03.2027” albo „1. mars” (1 marca).
announce-template-time = O której godzinie? Na przykład „18” albo „18:30”.
announce-template-place = Gdzie? Wpisz miejsce tak, jak ludzie je znają (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }).
announce-template-contact = Z kim można się kontaktować? Wpisz imię i nazwisko, telefon lub e-mail (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }).
announce-template-done =
    { $count ->
        [one] ✅ Tekst jest gotowy w jednym języku:
        [few] ✅ Tekst jest gotowy w { $count } językach. Tak zobaczy go każdy odbiorca:
        [many] ✅ Tekst jest gotowy w { $count } językach. Tak zobaczy go każdy odbiorca:
       *[other] ✅ Tekst jest gotowy w { $count } językach. Tak zobaczy go każdy odbiorca:
    }
announce-template-bad-date = Nie potrafię odczytać daty. Wpisz ją na przykład jako „08.12.2026 18:00” albo po norwesku „i morgen kl. 18” (jutro o 18) lub „tirsdag kl. 18” (wtorek o 18) – i nie podawaj daty, która już minęła.
announce-template-bad-time = Nie potrafię odczytać godziny. Wpisz na przykład „18” albo „18:30”.

## Tłumaczenie maszynowe

case-machine-translation = 🤖 Tłumaczenie maszynowe na bokmål ({ $provider }):
case-machine-translated-answer = 🤖 Tłumaczenie maszynowe z norweskiego ({ $provider }). Oto, co napisała gmina:
privacy-translation = 🤖 Tłumaczenie maszynowe: { $provider } tłumaczy pytania, które piszesz do gminy, oraz odpowiedzi na nie. Wysyłamy tam tylko tekst – nigdy Twojego imienia i nazwiska ani numeru Twojego czatu. Zawsze widzisz też tekst oryginalny.
machine-translated = 🤖 Tłumaczenie maszynowe z norweskiego ({ $provider }). Mogą w nim być błędy.
machine-original-button = 🇳🇴 Pokaż oryginał po norwesku
machine-original = 🇳🇴 Oryginał po norwesku, od gminy { $municipality }:
announce-machine-done = 🤖 Tekst został przetłumaczony przez { $provider } na { $count ->
        [one] jeden język
        [few] { $count } języki
        [many] { $count } języków
       *[other] { $count } języka
    } odbiorców. Naciśnij język, aby przeczytać tłumaczenie, a potem je zachować, napisać własne albo je odrzucić.
announce-machine-failed = Na te języki nie udało się przetłumaczyć tekstu maszynowo: { $languages }. Osoby czytające w tych językach dostaną wersję angielską albo wersję w bokmål, chyba że napiszesz tłumaczenie.
announce-translations-machine-prompt = Tłumaczenia: ✍️ napisane przez Ciebie · 🤖 tłumaczenie maszynowe, niesprawdzone · 🤖✅ sprawdzone · 🚫 odrzucone. Naciśnij język, aby przeczytać tłumaczenie, napisać je albo odrzucić. Osoby, dla których nie ma wersji w ich języku, dostaną wersję angielską, jeśli jest, a jeśli nie – wersję w bokmål (osoby czytające nynorsk też dostaną bokmål).
announce-machine-review = 🤖 { $language } – tłumaczenie maszynowe ({ $provider }):
announce-machine-question = Zachować to tłumaczenie, napisać własne czy je odrzucić? Jeśli je odrzucisz, osoby czytające w tym języku ({ $language }) dostaną wersję: { $fallback }.
announce-machine-accept = ✅ Zachowaj to tłumaczenie
announce-machine-write = ✏️ Napisz własne
announce-machine-drop = 🗑 Odrzuć
announce-preview-machine = { $language }: { $count } (🤖 tłumaczenie maszynowe, niesprawdzone)
announce-preview-machine-checked = { $language }: { $count } (🤖 tłumaczenie maszynowe, sprawdzone)
announce-check-translations = 🌐 Sprawdź tłumaczenia
insight-translation-usage = 🤖 Tłumaczenie maszynowe ({ $provider }) w miesiącu { $month } – wysłane teksty: { $requests }, znaki: { $characters }.
event-descriptions-machine-prompt = Opisy i nazwy w poszczególnych językach: ✍️ napisane przez Ciebie · 🤖 tłumaczenie maszynowe, niesprawdzone · 🤖✅ sprawdzone · 🚫 odrzucone. Naciśnij język, aby przeczytać tekst, napisać go albo odrzucić. Osoby, dla których nie ma opisu w ich języku, dostaną opis angielski, jeśli jest, a jeśli nie – opis w bokmål.
event-template-pick = Który szablon wybierasz? Opis zostanie napisany we wszystkich językach, z datą, godziną i miejscem wydarzenia. Szablonów można używać tylko do wydarzeń jednorazowych.
event-template-done = { $count ->
        [one] ✅ Nazwa i opis zostały napisane na podstawie szablonu w jednym języku.
        [few] ✅ Nazwa i opis zostały napisane na podstawie szablonu w { $count } językach.
        [many] ✅ Nazwa i opis zostały napisane na podstawie szablonu w { $count } językach.
       *[other] ✅ Nazwa i opis zostały napisane na podstawie szablonu w { $count } językach.
    } Tekst w każdym języku możesz jeszcze poniżej napisać od nowa.
announce-text-prompt-machine = Napisz ogłoszenie w tym języku: { $language }. Wyślij je jako jedną wiadomość (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }). Następnie { $provider } przetłumaczy je na języki odbiorców, a Ty sprawdzisz każde tłumaczenie przed wysłaniem.
staff-audit = 🧾 Dziennik działań
audit-pick = Dziennik której gminy?
audit-title = 🧾 Dziennik działań – { $municipality }: ostatnie działania pracowników, od najnowszych (pracownika oznacza numer jego czatu).
audit-empty = Na razie brak wpisów.
audit-footer = Dziennika nie można zmienić. Cały dziennik: velkommen audit --municipality { $slug } na serwerze.
audit-invite-redeemed = przyznano dostęp dla pracowników, rola:
audit-announcement-created = utworzono ogłoszenie
audit-announcement-stopped = zatrzymano ogłoszenie
audit-event-created = utworzono wydarzenie
audit-event-changed = zmieniono wydarzenie
audit-event-cancelled = odwołano wydarzenie
audit-case-answered = odpowiedziano w sprawie
audit-case-closed = zamknięto sprawę
audit-insight-read = wyświetlono analizę za
audit-competence-read = wyświetlono kompetencje, liczba osób:
audit-mentor-approved = zatwierdzono zgłoszenie mentora
audit-mentor-paused = wstrzymano zgłoszenie mentora
audit-mentor-ended = zakończono zgłoszenie mentora
audit-story-published = wysłano historię z cyklu „Nowo przybyła osoba miesiąca”
audit-staff-revoked = odebrano dostęp dla pracowników:
staff-erase = 🗑 Prośba o usunięcie danych
erase-prompt = Ktoś poprosił gminę – telefonicznie, listownie lub osobiście w urzędzie – o usunięcie wszystkiego, co velkommen o nim przechowuje. Wpisz numer sprawy tej osoby i powód, na przykład: S-7KQ4 prośba telefoniczna z 2 grudnia (powód: maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }).
erase-usage = Najpierw wpisz numer sprawy, a potem powód, na przykład: S-7KQ4 prośba złożona osobiście w punkcie obsługi mieszkańców.
erase-confirm = Usunąć wszystko o osobie, której dotyczy sprawa { $case }: jej odpowiedzi, pytania, listę spraw, umiejętności, zgłoszenie do programu mentorskiego i wiadomości, które czekają na wysłanie? Jeśli ta osoba jest w parze mentorskiej, mentoring się zakończy (druga strona dostanie wiadomość). Tego nie da się cofnąć. Powód, który zostanie zapisany w dzienniku działań: { $reason }
erase-yes = 🗑 Tak, usuń wszystko
erase-cancelled = Nic nie zostało usunięte.
erase-done = Wszystko o osobie, której dotyczy sprawa { $case }, zostało usunięte, a ta osoba dostała o tym wiadomość. Usunięcie jest zapisane w dzienniku działań.
erase-notice = Na Twoją prośbę gmina usunęła wszystko, co o Tobie zapisaliśmy. Jeśli zechcesz zacząć od nowa, wpisz /start – w każdej chwili.
audit-erasure = usunięto dane osoby na jej prośbę:
mydata-file-button = 📄 Jako plik
mydata-file-caption = 📄 Wszystko, co o Tobie zapisaliśmy, w jednym pliku (JSON), który możesz zachować dla siebie albo przekazać innej usłudze.
retention-warning = Nie piszesz do nas od prawie dwóch lat. { $date } usuniemy wszystko, co o Tobie zapisaliśmy – tak jak obiecaliśmy, gdy prosiliśmy Cię o zgodę. Jeśli chcesz, żebyśmy to zachowali, wystarczy, że przed tym dniem napiszesz tu cokolwiek.

## Na papierze: list powitalny w formacie PDF i plakaty

letter-pdf-button = 📄 Jako PDF
letter-pdf-caption = 📄 Twój list powitalny w formacie PDF: do wydrukowania albo do pokazania w urzędzie.
print-letter-qr = Zeskanuj ten kod aparatem w telefonie: usługa powitalna gminy { $municipality } otworzy się w Telegramie, w Twoim języku.
print-failed = Przepraszamy, nie udało się teraz utworzyć pliku PDF. Spróbuj ponownie za chwilę.
poster-welcome = Witamy w gminie { $municipality }!
poster-what = Zeskanuj kod aparatem w telefonie i uzyskaj w Telegramie pomoc w swoim języku: pierwsze kroki, kontakty, miejsca spotkań i odpowiedzi na Twoje pytania.
poster-mentor-title = Dołącz do mentorów w gminie { $municipality }!
poster-mentor-body = Poznaj kogoś, kto dopiero co się tu przeprowadził: wspólna kawa, spacer, trochę rozmowy po norwesku. Kilka godzin w miesiącu naprawdę wiele zmienia. Też masz za sobą przeprowadzkę do Norwegii? W takim razie Twój język i Twoje doświadczenie to prawdziwy dar dla kogoś, kto jest tu nowy.
poster-mentor-scan = Zeskanuj kod aparatem w telefonie i zgłoś się na mentora (fadder) przez Telegram. Zajmuje to około trzech minut, a potem gmina się z Tobą skontaktuje.
staff-posters = 🖨 Plakaty
posters-pick = Plakaty dla której gminy?
posters-newcomers-caption = 🖨 Plakat dla nowych mieszkańców gminy { $municipality }: „witamy” we wszystkich dziesięciu językach i kod QR, który otwiera velkommen gminy { $municipality }. Wydrukuj go w formacie A4 dla punktu obsługi mieszkańców, biblioteki i pracodawców.
posters-mentors-caption = 🖨 Plakat do rekrutacji mentorów (fadder) w gminie { $municipality }: kod QR otwiera zapisy do programu mentorskiego.
