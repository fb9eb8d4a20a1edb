# velkommen — polski.
# Te same klucze co w języku referencyjnym (nb). Piszemy prosto i ciepło,
# krótkimi zdaniami, zwracając się do czytelnika na „Ty” (Ty, Twój, Ciebie – wielką literą).
# Unikamy form czasu przeszłego w 2. osobie (przyjechałeś/przyjechałaś), żeby tekst był neutralny płciowo.

language-name = Polski

## Wspólne

error-generic = Przepraszamy, coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę – to, co zostało zapisane, nie przepadło.
stale-button = Ten przycisk jest już nieaktualny. Oto, co możesz teraz zrobić:
use-the-buttons = Naciśnij jeden z przycisków pod wiadomością, a pójdziemy dalej.
unsupported-message = Rozumiem tylko tekst i naciśnięcia przycisków – nie zdjęcia, nagrania, naklejki ani lokalizacje.
edited-message = Nie czytam edytowanych wiadomości. Wyślij po prostu nową wiadomość.
group-chat = Rozmawiam tylko na czatach prywatnych, żeby chronić Twoją prywatność. Naciśnij moją nazwę i napisz do mnie bezpośrednio.
unknown-command = Nie znam tego polecenia. /help pokazuje wszystko, co potrafię.
finish-first = Najpierw dokończmy to:
needs-profile = The welcome letter and your answers need a profile. Tap "Make a profile" to begin.
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
    🔒 Privacy in brief

    If you say yes, we store:
    • your municipality and your language
    • why you came: as a refugee, to work, to join family or something else
    • whether you are a Nordic citizen, an EU/EEA citizen or from another country (we do not ask refugees this)
    • which month you came, and who you live with
    • whether you would like a mentor
    • your chat number, so that we can reply to you
    We never ask for your name, health, religion or documents.

    Why: so that the advice and the welcome letter fit you.
    Who sees it: only the people who welcome new residents in your municipality. Messages go through Telegram.

    /mydata shows everything we have about you. /delete erases it all, at any time.
    If you say no, we store only your language and where you are in the conversation.
privacy-question = Czy możemy zapisać Twoje odpowiedzi?
privacy-accept = Tak, zgadzam się
privacy-decline = Nie, dziękuję
privacy-thanks = Dziękujemy! Teraz zadam Ci kilka krótkich pytań. Odpowiadasz przyciskami, a odpowiedzi możesz później zmienić.
privacy-declined = Nie ma problemu. Nie zapisaliśmy o Tobie nic poza Twoim językiem i etapem rozmowy. Możesz czytać o gminach, a zgodę możesz wyrazić później poleceniem /privacy.
privacy-consented = Zgoda została udzielona { $date }. Możesz ją wycofać i usunąć wszystko poleceniem /delete.

## Pytania

municipality-prompt = W jakiej gminie mieszkasz albo do jakiej się przeprowadzasz?
category-prompt = Co najlepiej do Ciebie pasuje? Od odpowiedzi zależy, jakie pierwsze kroki Ci pokażemy.
category-refugee = Jestem uchodźcą
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
    Many people who moved here say that getting to know one Norwegian meant a lot.

    A mentor (fadder) is a volunteer here in the municipality – sometimes someone who moved here a few years ago. A mentor can have a coffee with you, show you around and answer small everyday questions.

    The mentor scheme in velkommen has not started yet. If you say yes, we save your wish.

    Would you like a mentor?
mentor-yes = Tak, chętnie
mentor-no = Nie, dziękuję, nie teraz
mentor-value-yes = tak, chętnie
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
    You can write these to me:
    /menu – the main menu
    /letter – your welcome letter
    /info – contacts and meeting places
    /guide – guide: ID, tax, bank, NAV, doctor, school, Norwegian, work
    /housing – renting and buying a home
    /checklist – your checklist
    /events – what's on in the municipality
    /ask – ask a person at the municipality
    /skills – what you can do, if you want to tell us
    /settings – see and change your answers
    /language – change language
    /privacy – what we store, and why
    /mydata – everything we have stored about you
    /delete – erase everything about you
    /start – start again
    You can also write a question in your own words, for example "tax card" or "doctor", and I will find topics that fit. And you can tap the buttons under the messages.

## Ustawienia i moje dane

settings-title = Oto Twoje odpowiedzi. Naciśnij tę, którą chcesz zmienić:
settings-saved = Zapisano.
profile-row = { $label }: { $value }
field-municipality = Gmina
field-category = Kim jesteś
field-arrival = Przyjazd
field-household = Z kim mieszkasz
field-mentor = Opiekun
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

letter-greeting-refugee = Welcome to { $municipality }! You will not have to find your way alone: the refugee service will stay in touch with you through the first years.
letter-greeting-labour = Welcome to { $municipality }! Many people who come here to work have to find their own way, so here is what matters most, in one place.
letter-greeting-family = Welcome to { $municipality }! Here is what matters most for you and your family.
letter-greeting-other = Welcome to { $municipality }! Here is what matters most to get off to a good start.
letter-population = There are { $count } of us in { $municipality } today. Yesterday there were { $yesterday }. You matter to us.
letter-mentor-wish = Your wish for a mentor is saved. The mentor scheme in velkommen has not started yet, so no mentor is on the way just now.
letter-steps-title = Twoje trzy pierwsze kroki:
letter-step = { $number }. { $text }
step-refugee-service = Meet the refugee service. You will get a contact person and a plan for the introduction programme.
step-norwegian-refugee = Start learning Norwegian. As a refugee you have the right and the duty to free classes in Norwegian and social studies.
step-doctor = Get a regular doctor (fastlege) on helsenorge.no. Out-of-hours doctor: 116 117. Emergency: 113 ambulance, 112 police, 110 fire.
step-id-check = Book an ID check at the Tax Administration (Skatteetaten). There you get a D-number or a national identity number.
step-tax-card = Apply for a tax card (skattekort) before you start work. With PAYE (kildeskatt) a fixed percentage is deducted from your pay.
step-bank = Open a bank account and get BankID. The bank needs your D-number or national identity number.
step-norwegian-rights = Find out whether you have a right to free Norwegian classes. It depends on why you came.
step-service-centre = Contact the municipality's service centre. They will help you find the right office.
letter-children = 👨‍👩‍👧 Children have a right to a kindergarten place from the age of one, and to a school place from the year they turn six. The kindergarten deadline is often 1 March.
letter-footer = Tap a step to read more. Contacts and meeting places are under the buttons, and /letter brings this letter back.
source-line = 🔗 { $link } (checked { $date })
unconfirmed = Przykład – jeszcze niepotwierdzony przez gminę.
contacts-title = 📇 Contacts in { $municipality }
meeting-places-title = ☕ Meeting places in { $municipality }

## Biura i miejsca spotkań

office-service-centre = punkt obsługi mieszkańców
office-refugee-service = biuro do spraw uchodźców
office-adult-education = ośrodek kształcenia dorosłych
office-nav = NAV (urząd pracy i świadczeń)
office-tax-office = urząd skarbowy (Skatteetaten), kontrola tożsamości
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
role-mentor-coordinator = koordynacja opiekunów
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
announce-repeat = Cyklicznie (crontab)
announce-at-prompt = Wpisz datę i godzinę (czas norweski), na przykład 01.12.2026 18:00
announce-at-invalid = Nie udało mi się tego odczytać. Wpisz na przykład 01.12.2026 18:00
announce-at-past = Ten termin już minął. Wpisz termin w przyszłości.
announce-repeat-prompt =
    Wpisz wyrażenie crontab z pięcioma polami (czas norweski): minuta, godzina, dzień miesiąca, miesiąc, dzień tygodnia (1 = poniedziałek).
    Przykład: 0 18 * * 2 = w każdy wtorek o 18:00.
announce-repeat-invalid = To nie jest poprawne wyrażenie crontab. Musi mieć pięć pól, na przykład 0 18 * * 2 (w każdy wtorek o 18:00).
announce-repeat-never = Według tego wyrażenia wysyłka nigdy nie nastąpi. Spróbuj na przykład 0 18 * * 2 (w każdy wtorek o 18:00).
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
announce-preview-repeat = Powtarzane według wyrażenia „{ $expression }”. Najbliższe wysyłki: { $upcoming }.
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
announce-report-line = { $title } – { $municipality }: wysłane: { $sent }, zablokowane: { $blocked }, nieudane: { $failed }, w kolejce: { $queued }. { $when }
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
event-repeats = Powtarza się co tydzień lub według stałego planu.
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
event-cancel-confirm = Odwołać wydarzenie #{ $id }? Wszystkie osoby, które prosiły o przypomnienie, zostaną powiadomione.
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
event-start-prompt = Kiedy się zaczyna (za pierwszym razem)? Wpisz datę i godzinę (czas norweski), na przykład 01.12.2026 18:00
event-recurrence-prompt = Czy odbywa się więcej niż raz?
event-once = Tylko raz
event-weekly = Co tydzień ({ $when })
event-repeat-crontab = Powtarza się według wyrażenia „{ $expression }” (crontab, czas norweski).
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
    Write your question in one message, in any language (at most { $max } characters).
    It goes to the staff in { $municipality }. They see a case number, your language and which group you belong to – not your name. The answer will come here.
ask-sent = ✅ Wysłano do gminy { $municipality }. Numer Twojej sprawy to { $case }. Odpowiedź przyjdzie tutaj, na ten czat.
case-notification = ❓ New case { $case } · { $who }
case-notification-more = ❓ More in case { $case } · { $who }
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
cases-line = { $case } · { $who } · waiting { $hours } h · { $messages ->
        [one] one message
       *[other] { $messages } messages
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
    🧰 Few newcomers work with what they trained for, and nobody asks what families bring. Here you can tell us what you have education and experience in, which languages you speak and what you would like.
    Everything is optional. We store it only if you say yes, you see it in /mydata, and you can change or delete it at any time. No staff member can see it in velkommen today.
    Do you want to fill it in?
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
skills-shared = 👀 You have said the municipality may see this. No staff member can see it in velkommen yet.
skills-not-shared = 🔒 Widzisz to tylko Ty.
skills-share-start = 👀 The municipality may see this
skills-share-stop = 🔒 The municipality may not see this
skills-share-on = Saved: you have said the municipality may see this. Today no staff member can see it in velkommen.
skills-share-off = Teraz widzisz to tylko Ty.
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
    If you use these, we also store:
    • "Ask a person": your questions and the answers. Staff see a case number, your language and your group – never your name.
    • The checklist: what you have ticked off.
    • "What I can do": only if you say yes there too. No staff member can see it in velkommen today.
    Everything is in /mydata and is erased with /delete.
citizenship-prompt = What is your citizenship? It decides which rules apply to you – for example whether you must register with the police or need a residence permit.
citizenship-nordic = Nordic (Denmark, Finland, Iceland, Sweden)
citizenship-eea = Another EU/EEA country or Switzerland
citizenship-other = A country outside the EU/EEA
field-citizenship = Citizenship
household-relatives = With parents or other relatives
step-eea-registration = Register with the police within three months of arriving. It is free, and you do it once.
step-nordic-move = Report your move to the National Population Register at the Tax Administration (Skatteetaten). Nordic citizens do not register with the police.
step-work-permit = You must have a residence permit for work before you start working. Apply to renew it well before it expires.
step-family-permit = Check when your family immigration permit expires, and apply to renew it in good time.
step-residence-permit = Check when your residence permit expires, and apply to renew it in good time.
meeting-places-none = The municipality has not added any meeting places yet.
button-contacts = 📇 Contacts
button-places = ☕ Meeting places
typed-yes = yes, y, yeah, yep, ok, okay, sure, yes please
typed-no = no, n, nope, no thanks, not now
staff-use-buttons = Use the buttons below, or a command. /help lists the commands for staff.
needs-profile-ask = To ask a person we need a profile: your municipality, and your permission to keep the question and send you the answer. Tap "Make a profile" to begin.
needs-profile-checklist = The checklist is made from your answers, so it needs a profile. You can read every topic in the guide without one.
needs-profile-skills = To keep what you tell us about your education and work, we need a profile. Tap "Make a profile" to begin.
events-pick = Which municipality's events would you like to see?
events-profile-hint = Would you like a reminder? Make a profile, and you can tap 🔔.
question-ask-person = 💬 Ask a person about this
ask-prompt-nobody =
    Nobody in { $municipality } receives questions here yet. You can still write your question (at most { $max } characters): we keep it, and it goes to the first staff member who joins. The answer will come here.
    If it is urgent, contact the municipality directly: { $website }
ask-kept = 📥 Your question is saved as case { $case }. Nobody in { $municipality } receives questions here yet. It goes to the staff as soon as someone joins, and the answer will come here.
ask-carried = Your question: "{ $question }"
ask-send-carried = ✅ Send this question
case-notification-waited = ❓ Case { $case } · { $who } – asked before anyone received questions here
case-arrived-notice = 📨 Your question (case { $case }) has now reached the staff in { $municipality }. The answer will come here.
case-closed-notice = ✔ { $municipality } has closed your case { $case }. If you need more help, tap "Ask a person" in /menu.
cases-thread-question = ❓ { $time }: { $text }
cases-thread-answer = 💬 { $time }: { $text }
cases-thread-earlier = { $count ->
        [one] … one earlier message
       *[other] … { $count } earlier messages
    }
case-answer-prompt = Write the answer in case { $case } as one message (at most { $max } characters). It is sent as you write it, to the person who asked.
case-close-confirm = Close case { $case }? The person who asked will be told that the case is closed.
case-close-yes = ✔ Yes, close { $case }
case-reply-group-usage = Write the answer in the same message: /reply { $case } and the answer (on the next line if you like). Or reply directly to the case message.
staff-waiting-cases = { $count ->
        [one] One question was waiting for someone to receive it. It is coming now.
       *[other] { $count } questions were waiting for someone to receive them. They are coming now.
    }
staff-category-refugee = Refugee
staff-category-labour = Labour migrant
staff-category-family = Family migrant
staff-category-other = Other
staff-citizenship-nordic = Nordic
staff-citizenship-eea = EU/EEA
staff-citizenship-other = outside the EU/EEA
staff-home-button = 👩‍💼 Staff home
staff-help =
    Commands for staff:
    /staff – the staff home: announcements, events, cases and reports
    /announce – a new announcement
    /events – events
    /cases – open cases, with the whole conversation
    /reply S-7KQ4 the answer – answer a case (or /reply S-7KQ4, and the answer in the next message)
    /close S-7KQ4 – close a case
    You can also reply directly to a case message.
staff-group-help =
    Commands in this group:
    /cases – open cases, with the whole conversation
    /reply S-7KQ4 the answer – answer a case (the answer in the same message, on the next line if you like)
    /close S-7KQ4 – close a case
    You can also reply directly to the case message.
