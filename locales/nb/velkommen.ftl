# velkommen — norsk bokmål (referansespråket).
# Alle andre språk har nøyaktig de samme nøklene. Skriv klart og varmt,
# med korte setninger: mange leser dette på et nytt språk.

language-name = Norsk bokmål

## Felles

error-generic = Beklager, noe gikk galt hos oss. Prøv igjen om litt – det du har lagret, er ikke borte.
stale-button = Den knappen gjelder ikke lenger. Her er det du kan gjøre nå:
use-the-buttons = Trykk på en av knappene under meldingen, så går vi videre.
free-text-not-understood = Jeg kan dessverre ikke lese skrevne spørsmål. Bruk knappene under, eller skriv /help.
unsupported-message = Jeg kan bare lese tekst og knappetrykk – ikke bilder, lyd, klistremerker eller posisjoner.
edited-message = Jeg leser ikke meldinger som er endret. Send gjerne en ny melding i stedet.
group-chat = Jeg snakker bare i private samtaler, for å verne om personvernet ditt. Trykk på navnet mitt og skriv til meg direkte.
unknown-command = Den kommandoen kjenner jeg ikke. /help viser alt jeg kan.
finish-first = La oss gjøre ferdig dette først:
needs-profile = Velkomstbrevet og innstillingene krever at du har laget en profil. Trykk «Lag en profil» for å begynne.
button-back = ← Tilbake
button-menu = ☰ Meny

## Start og språk

start-hello = Hei, og velkommen! Jeg er kommunens digitale velkomsttjeneste for deg som er ny her.
start-hello-municipality = Hei, og velkommen til { $municipality }! Jeg er kommunens digitale velkomsttjeneste for deg som er ny her.
start-unknown-link = Jeg kjenner ikke igjen lenken du brukte. Velg kommunen din fra listen.
start-registered-elsewhere = Du er registrert i { $municipality }. Lenken du brukte, gjelder { $linked }. Du kan bytte kommune under /settings.
welcome-back = Velkommen tilbake!
link-municipality-prompt = Hvilken kommune bor du i, eller skal du flytte til?
language-prompt = 🌐 Språk nå: { $language }. Trykk på språket du vil bruke:
language-changed = Greit, nå snakker vi norsk bokmål.

## Personvern

privacy-notice =
    🔒 Personvern – kort fortalt

    Hva vi lagrer hvis du sier ja: kommunen din, om du kom som flyktning, for å jobbe, til familie eller av en annen grunn, hvilken måned du kom, om du bor alene, med partner eller med barn, om du vil ha en fadder, og språket ditt. Vi lagrer også chat-nummeret ditt, slik at vi kan svare deg. Vi spør aldri om navn, helse, religion eller dokumenter.

    Hvorfor: slik at rådene og velkomstbrevet passer for deg, og slik at kommunen kan sette deg i kontakt med en fadder hvis du ønsker det.

    Hvis du bruker det, lagrer vi også: spørsmålene du sender med «Spør en person» og svarene (de ansatte ser et saksnummer, språket ditt og gruppen din, aldri navnet ditt), hva du krysser av på sjekklisten, og det du forteller under «Det jeg kan» – det siste bare hvis du sier ja der også, og de ansatte ser det bare hvis du slår på deling.

    Hvem ser det: bare de som jobber med å ta imot nye innbyggere i kommunen din. Meldingene går gjennom Telegram.

    Se og slett: /mydata viser alt vi har lagret om deg. /delete sletter alt, når som helst.

    Sier du nei, lagrer vi bare språket ditt og hvor du er i samtalen. Du kan fortsatt lese om kommunene.
privacy-question = Er det greit at vi lagrer svarene dine?
privacy-accept = Ja, det er greit
privacy-decline = Nei takk
privacy-thanks = Takk! Nå stiller jeg deg noen korte spørsmål. Du svarer med knappene, og du kan endre svarene senere.
privacy-declined = Helt i orden. Vi har ikke lagret noe om deg, bare språket ditt og hvor du er i samtalen. Du kan lese om kommunene, og du kan si ja senere med /privacy.
privacy-consented = Du sa ja til dette { $date }. Du kan trekke samtykket tilbake og slette alt med /delete.

## Spørsmålene

municipality-prompt = Hvilken kommune bor du i, eller skal du flytte til?
category-prompt = Hva passer best for deg? Svaret avgjør hvilke første steg vi viser deg.
category-refugee = Jeg er flyktning
category-labour = Jeg kom for å jobbe
category-family = Jeg kom til familie
category-other = Noe annet
arrival-prompt = Når kom du til { $municipality }?
arrival-month = { $month } { $year }
arrival-not-yet = Jeg har ikke kommet ennå
arrival-earlier = For mer enn ett år siden
household-prompt = Hvem bor du sammen med her?
household-alone = Jeg bor alene
household-partner = Med partner, uten barn
household-children = Med barn
mentor-prompt =
    Mange som har flyttet hit, sier at det betydde mye å bli kjent med én nordmann.

    En fadder er en frivillig her i kommunen – noen ganger en som selv flyttet hit for noen år siden. En fadder kan ta en kaffe med deg, vise deg rundt og svare på små spørsmål i hverdagen.

    Vil du ha en fadder?
mentor-yes = Ja, gjerne
mentor-no = Nei takk, ikke nå
mentor-value-yes = ønsker en fadder
mentor-value-no = ikke nå
profile-done = Takk for svarene! Her er velkomstbrevet ditt.

## Måneder

month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember
month-short-1 = jan.
month-short-2 = feb.
month-short-3 = mars
month-short-4 = apr.
month-short-5 = mai
month-short-6 = juni
month-short-7 = juli
month-short-8 = aug.
month-short-9 = sep.
month-short-10 = okt.
month-short-11 = nov.
month-short-12 = des.

## Ukedager

weekday-short-mon = man.
weekday-short-tue = tir.
weekday-short-wed = ons.
weekday-short-thu = tor.
weekday-short-fri = fre.
weekday-short-sat = lør.
weekday-short-sun = søn.

## Menyen

menu-title = Hva vil du gjøre?
guest-title = Du har ingen profil hos oss, så vi lagrer ingenting om deg. Dette kan du gjøre:
menu-letter = 📨 Velkomstbrevet
menu-info = 🏘 Kontakter og møteplasser
menu-settings = ⚙️ Svarene mine
menu-language = 🌐 Språk
menu-mydata = 🔎 Mine data
menu-privacy = 🔒 Personvern
menu-delete = 🗑 Slett alt
menu-help = ❓ Hjelp
menu-signup = ✅ Lag en profil
info-prompt = Hvilken kommune vil du lese om?
help-text =
    Dette kan du skrive til meg:
    /menu – hovedmenyen
    /letter – velkomstbrevet ditt
    /info – kontakter og møteplasser
    /guide – veiviser: ID, skatt, bank, NAV, lege, skole, norsk
    /housing – leie og kjøpe bolig
    /checklist – sjekklisten din
    /events – hva skjer i kommunen
    /ask – spør en person i kommunen
    /skills – det du kan, hvis du vil fortelle det
    /settings – se og endre svarene dine
    /language – bytt språk
    /privacy – hva vi lagrer, og hvorfor
    /mydata – alt vi har lagret om deg
    /delete – slett alt om deg
    /start – begynn på nytt
    Du kan også trykke på knappene under meldingene.

## Innstillinger og mine data

settings-title = Dette har du svart. Trykk på det du vil endre:
settings-saved = Lagret.
profile-row = { $label }: { $value }
field-municipality = Kommune
field-category = Hvem du er
field-arrival = Kom hit
field-household = Bor med
field-mentor = Fadder
field-language = Språk
field-chat = Chat
field-consent = Samtykke gitt
field-pending = Meldinger som venter
value-unanswered = ikke svart
mydata-title = 🔎 Dette har vi lagret om deg:
mydata-no-profile = Du har ingen profil, så vi har ingen svar fra deg. Vi husker bare språket ditt og hvor du er i samtalen.
mydata-footer = Du kan endre svarene med /settings og slette alt med /delete.

## Slette

delete-confirm = Vil du slette alt vi har lagret om deg? Det gjelder profilen, svarene dine og meldinger som venter på å bli sendt. Det kan ikke angres.
delete-yes = Ja, slett alt
delete-no = Nei, behold
delete-cancelled = Greit, ingenting er slettet.
delete-nothing = Vi hadde ikke noe lagret om deg.
delete-done = Ferdig. Dette er slettet:
delete-done-profile = profilen din: kommune, svar og samtykke
delete-done-conversation = samtalen: språket ditt og hvor du var
delete-done-pending =
    { $count ->
        [one] én melding som ventet på å bli sendt
       *[other] { $count } meldinger som ventet på å bli sendt
    }
delete-done-footer = Vi har ikke lenger noe om deg. Skriv /start hvis du vil begynne på nytt.

## Velkomstbrevet

letter-greeting-refugee = Kjære deg – velkommen til { $municipality }! Du skal ikke finne veien alene. Flyktningtjenesten følger deg opp, og her er det viktigste for de første ukene.
letter-greeting-labour = Velkommen til { $municipality }! Mange som kommer hit for å jobbe, må finne veien selv. Derfor har vi samlet det viktigste på ett sted.
letter-greeting-family = Velkommen til { $municipality }! Her er det viktigste for at du og familien din skal komme godt i gang.
letter-greeting-other = Velkommen til { $municipality }! Her er det viktigste for å komme godt i gang.
letter-population = I dag er vi { $count } innbyggere i { $municipality }. I går var vi { $yesterday }. Du betyr noe for oss.
letter-population-source = (Folketallet er fra { $source }, { $year }.)
letter-mentor-wish = Du har sagt at du vil ha en fadder. Ønsket ditt er lagret, slik at kommunen kan sette deg i kontakt med en frivillig når det finnes en.
letter-steps-title = Dine tre første steg:
letter-step = { $number }. { $text }
step-refugee-service = Ta kontakt med flyktningtjenesten. Du får en kontaktperson som lager en plan for introduksjonsprogrammet sammen med deg: norsk, samfunnskunnskap, bolig og veien til jobb.
step-norwegian-refugee = Begynn med norsk. Som flyktning har du rett og plikt til gratis opplæring i norsk og samfunnskunnskap. Undervisningen er i voksenopplæringen.
step-doctor = Få en fastlege. Alle som er registrert som bosatt i Norge, har rett til en fast lege. Du velger lege på helsenorge.no. Med bare D-nummer har du ikke rett til fastlege. Legevakt: 116 117. Ambulanse: 113. Politi: 112. Brann: 110.
step-id-check = Gå til ID-kontroll hos Skatteetaten. Du trenger et norsk ID-nummer – D-nummer eller fødselsnummer – for å jobbe, betale skatt og åpne bankkonto. Bestill time og ta med pass (eller nasjonalt ID-kort hvis du er EU/EØS-borger). Er du EU/EØS-borger og skal bli mer enn tre måneder, må du også registrere deg hos politiet innen tre måneder.
step-tax-card = Skaff skattekort. Du må ha skattekort for å jobbe. Du bestiller det hos Skatteetaten. Det er vanligvis klart innen fem virkedager, og arbeidsgiveren henter det selv. Mange nye utenlandske arbeidstakere kan velge kildeskatt: et fast trekk hver måned, uten skattemelding.
step-bank = Åpne bankkonto og få BankID. Banken trenger D-nummer eller fødselsnummer og sjekker ID-en din når du møter opp. Med D-nummer må du også oppgi skattenummeret fra hjemlandet ditt, og ID-en din må være kontrollert hos Skatteetaten før du kan få BankID. Reglene er litt forskjellige fra bank til bank.
step-norwegian-rights = Finn ut hva du har rett til i norskopplæring. Er du mellom 18 og 67 år og har kommet til en flyktning eller til en norsk eller nordisk borger, har du rett og plikt til gratis opplæring i norsk og samfunnskunnskap. Har du kommet til en arbeidsinnvandrer fra et land utenfor EU/EØS, har du plikt til opplæring, men må betale selv. EU/EØS-borgere kan ta kurs, men må betale. Spør voksenopplæringen.
step-service-centre = Ta kontakt med servicetorget i kommunen. Der får du hjelp til å finne riktig kontor for det du lurer på.
letter-children = 👨‍👩‍👧 Med barn: Barn har rett til barnehageplass fra de fyller ett år. Kommunen bestemmer søknadsfristen, ofte 1. mars. Skolen begynner det året barnet fyller seks år. Barn som skal bo her mer enn tre måneder, har rett til skoleplass innen en måned.
letter-footer = Du finner brevet igjen med /letter, og alt annet under /menu. Vi er glade for at du er her.
source-line = 🔗 Kilde: { $url } (sjekket { $date })
unconfirmed = Eksempel – ikke bekreftet av kommunen ennå.
info-title =
    🏘 { $municipality }
    🌐 { $website }
contacts-title = 📇 Nyttige kontakter
meeting-places-title = ☕ Møteplasser

## Kontorer og møteplasser

office-service-centre = servicetorget
office-refugee-service = flyktningtjenesten
office-adult-education = voksenopplæringen
office-nav = NAV
office-tax-office = Skatteetaten, ID-kontroll
office-police = politiet
office-volunteer-centre = frivilligsentralen
office-library = biblioteket
place-library = bibliotek
place-language-cafe = språkkafé
place-sports = idrett
place-choir = kor
place-volunteering = frivillig arbeid
place-gear-loan = gratis utlån av utstyr
place-clubs = lag og foreninger
place-culture = kultur

## Kommandoer (Telegram-menyen)

command-start = Begynn på nytt
command-menu = Hovedmenyen
command-letter = Velkomstbrevet ditt
command-info = Kontakter og møteplasser
command-settings = Se og endre svarene dine
command-language = Bytt språk
command-privacy = Hva vi lagrer, og hvorfor
command-mydata = Alt vi har lagret om deg
command-delete = Slett alt om deg
command-help = Hjelp

## Ansatte

role-coordinator = koordinator
role-announcer = kunngjøringer
role-mentor-coordinator = fadderkoordinator
staff-code-malformed = Det ser ikke ut som en invitasjonskode. Koden har tolv tegn, for eksempel /staff K7QF-2M9X-4TPA.
staff-code-unknown = Den koden kjenner jeg ikke. Sjekk at du har skrevet den riktig, eller be om en ny.
staff-code-expired = Den koden har gått ut. Be den som inviterte deg om en ny.
staff-code-used = Den koden er allerede brukt. Hver kode virker bare én gang.
staff-welcome = Velkommen! Du er nå registrert som ansatt i { $municipality } ({ $role }). Skriv /staff for å komme til verktøyene dine.
staff-group-bound = Denne gruppen får nå varsler for { $municipality } ({ $role }).
staff-not-member = Du er ikke registrert som ansatt. Har du fått en invitasjonskode, skriv /staff og koden.
staff-home-title = 👩‍💼 Du jobber for:
staff-membership = • { $municipality } – { $role }
staff-new-announcement = 📣 Ny kunngjøring
staff-reports = 📊 Leveringsrapporter
delete-done-staff = rollen din som ansatt

## Kunngjøringer

announce-pick-municipality = Hvilken kommune gjelder kunngjøringen?
announce-audience-title = 📣 Ny kunngjøring for { $municipality }. Hvem skal få den? Trykk for å endre, og «Videre» når du er fornøyd.
announce-everyone = alle
announce-categories-button = Hvem: { $value }
announce-languages-button = Språk: { $value }
announce-children-button = Bare familier med barn
announce-arrival-button = Kom hit: { $value }
announce-months =
    { $count ->
        [one] siste måned
       *[other] siste { $count } måneder
    }
announce-continue = Videre →
announce-cancel = ✖ Avbryt
announce-cancelled = Avbrutt. Ingenting er sendt.
announce-categories-prompt = Hvem skal få kunngjøringen? Ingen valgt betyr alle.
announce-languages-prompt = Hvilke språk? Ingen valgt betyr alle.
announce-text-prompt = Skriv kunngjøringen på { $language } og send den som én melding (høyst { $max } tegn). Alle får den, på eget språk hvis du legger inn en oversettelse.
announce-translation-prompt = Skriv teksten på { $language } og send den som én melding (høyst { $max } tegn).
announce-text-empty = Meldingen var tom. Skriv teksten og send den.
announce-text-too-long = Teksten er { $length } tegn lang; grensen er { $max }. Gjør den kortere og send den igjen.
announce-translations-prompt = Vil du legge inn oversettelser? Den som mangler sitt språk, får engelsk hvis du har skrevet det, ellers bokmål (nynorsk får bokmål). Ingen blir utelatt.
announce-urgency-prompt = Er det hastverk? Vanlige meldinger sendes ikke mellom kl. 21 og 08.
announce-normal = Vanlig – ikke om natta
announce-urgent = Haster – sendes også om natta
announce-schedule-prompt = Når skal den sendes?
announce-now = Nå
announce-at = På et bestemt tidspunkt
announce-repeat = Gjentas (crontab)
announce-at-prompt = Skriv dato og klokkeslett, norsk tid, for eksempel 01.12.2026 18:00
announce-at-invalid = Det klarte jeg ikke å lese. Skriv for eksempel 01.12.2026 18:00
announce-at-past = Det tidspunktet har vært. Skriv et tidspunkt fram i tid.
announce-repeat-prompt =
    Skriv et crontab-uttrykk med fem felt, norsk tid: minutt, time, dag i måneden, måned, ukedag (1 = mandag).
    Eksempel: 0 18 * * 2 = hver tirsdag kl. 18:00.
announce-repeat-invalid = Det er ikke et gyldig crontab-uttrykk. Det må ha fem felt, for eksempel 0 18 * * 2 (hver tirsdag kl. 18:00).
announce-repeat-never = Det uttrykket slår aldri til. Prøv for eksempel 0 18 * * 2 (hver tirsdag kl. 18:00).
announce-preview-title = 👀 Forhåndsvisning – { $municipality }
announce-preview-audience = Hvem: { $categories } · Språk: { $languages } · Kom hit: { $arrival }
announce-preview-reach =
    { $count ->
        [one] Når én person:
       *[other] Når { $count } personer:
    }
announce-preview-language = { $language }: { $count }
announce-preview-fallback = { $language }: { $count } (får teksten på { $fallback })
announce-preview-nobody = Ingen passer til dette utvalget ennå. Endre hvem som skal få den.
announce-preview-normal = Vanlig (ikke mellom kl. 21 og 08)
announce-preview-urgent = Haster (sendes også om natta)
announce-preview-now = Sendes nå.
announce-preview-at = Sendes { $when }.
announce-preview-repeat = Gjentas etter «{ $expression }». Neste gang: { $upcoming }.
announce-send =
    { $count ->
        [one] ✅ Send til én person
       *[other] ✅ Send til { $count } personer
    }
announce-edit-text = ✏️ Endre teksten
announce-edit-audience = 👥 Endre mottakere
announce-queued =
    { $count ->
        [0] Ingen meldinger ble lagt i kø.
        [one] Én melding er lagt i kø. Du får en leveringsrapport når den er sendt.
       *[other] { $count } meldinger er lagt i kø. Du får en leveringsrapport når de er sendt.
    }
announce-scheduled = Planlagt. Første sending: { $when }. Du får en leveringsrapport etter hver sending.
announce-reports-title = 📊 De siste kunngjøringene:
announce-reports-none = Ingen kunngjøringer ennå.
announce-report-line = { $title } – { $municipality }: sendt { $sent }, blokkert { $blocked }, feilet { $failed }, i kø { $queued }. { $when }
announce-report-next = Neste sending: { $when }.
announce-report-done = Ferdig.
announce-report-stopped = Stoppet.
announce-report = 📊 Leveringsrapport for { $title }: sendt { $sent }, blokkert { $blocked }, feilet { $failed }, fortsatt i kø { $queued }.
announce-stop = ✖ Stopp #{ $id }
announce-stopped =
    { $count ->
        [one] { $title } er stoppet. Én melding i kø ble trukket tilbake.
       *[other] { $title } er stoppet. { $count } meldinger i kø ble trukket tilbake.
    }

## Events at meeting places
menu-events = 📅 Hva skjer
menu-ask = 💬 Spør en person
command-events = Hva skjer i kommunen
command-ask = Still et spørsmål til en person i kommunen
events-title = 📅 Hva skjer i { $municipality } den neste måneden:
events-none = Det er ikke lagt inn noen arrangementer i { $municipality } den neste måneden. Se også møteplassene under «Kontakter og møteplasser».
events-remind-hint = Trykk 🔔 for å få en påminnelse tre timer før.
event-repeats = Gjentas hver uke eller etter fast plan.
event-reminder = 🔔 Påminnelse: { $title }
event-reminder-set = Greit! Du får en påminnelse om «{ $title }» ({ $event }) { $when }.
event-reminder-exists = Du har allerede en påminnelse om «{ $title }» ({ $event }).
event-has-started = Det arrangementet har startet eller er over, så jeg kan ikke minne deg på det.
event-is-cancelled = Det arrangementet er avlyst.
event-cancelled-notice = ❌ Avlyst: { $title }
event-changed-notice = ✏️ Endret: { $title }. Påminnelsen din er fjernet – trykk 🔔 under /events for å få en ny.
staff-events = 📅 Arrangementer
staff-events-title = 📅 Kommende arrangementer:
staff-events-none = Ingen kommende arrangementer.
staff-new-event = ➕ Nytt arrangement
event-edit = ✏️ Endre #{ $id }
event-cancel = ✖ Avlys #{ $id }
event-cancel-confirm = Vil du avlyse arrangement #{ $id }? Alle som har bedt om påminnelse, får beskjed.
event-cancel-yes = ✖ Ja, avlys
event-cancelled =
    { $count ->
        [0] «{ $title }» er avlyst. Ingen hadde bedt om påminnelse.
        [one] «{ $title }» er avlyst. Én person som ba om påminnelse, får beskjed.
       *[other] «{ $title }» er avlyst. { $count } personer som ba om påminnelse, får beskjed.
    }
event-aborted = Arrangementet ble ikke lagret.
event-title-prompt = Skriv navnet på arrangementet, for eksempel «Språkkafé» (høyst { $max } tegn).
event-place-prompt = Hvor skjer det? Velg en møteplass eller skriv inn et annet sted.
event-other-place = ✏️ Et annet sted
event-place-text-prompt = Skriv stedet, for eksempel «Haram folkebibliotek, Brattvåg» (høyst { $max } tegn).
event-start-prompt = Når starter det (første gang)? Skriv dato og klokkeslett, norsk tid, for eksempel 01.12.2026 18:00
event-recurrence-prompt = Skjer det flere ganger?
event-once = Bare én gang
event-weekly = Hver uke ({ $when })
event-repeat-crontab = Gjentas etter «{ $expression }» (crontab, norsk tid).
event-audience-prompt = Hvem er det for? Velg ingen for å vise det til alle nykommere i kommunen.
event-for = For: { $who }
event-description-prompt = Skriv en kort beskrivelse på { $language } (høyst { $max } tegn).
event-descriptions-prompt = Beskrivelsen på bokmål er lagret. Legg gjerne til flere språk; de som mangler, får beskrivelsen på engelsk hvis den finnes, ellers på bokmål.
event-preview-languages = Beskrivelsen per språk:
event-preview-fallback = { $language }: får { $fallback }
event-summary-title = 📅 { $title }
event-save = ✅ Lagre
event-change-title = ✏️ Navn
event-change-place = 📍 Sted
event-change-time = 🕕 Tid
event-change-audience = 👥 For hvem
event-change-descriptions = 📝 Beskrivelser
event-saved = ✅ Arrangementet er lagret og vises under /events for dem det er for.
event-updated =
    { $count ->
        [0] ✅ Endringen er lagret.
        [one] ✅ Endringen er lagret. Én person som ba om påminnelse, får beskjed.
       *[other] ✅ Endringen er lagret. { $count } personer som ba om påminnelse, får beskjed.
    }
event-announce = 📣 Kunngjør arrangementet
event-announce-started = Kunngjøringen er fylt ut med arrangementet på de språkene det er beskrevet på. Velg mottakere.

## Ask a person (cases)
ask-prompt =
    Skriv spørsmålet ditt i én melding, på hvilket som helst språk (høyst { $max } tegn).
    Det går til de ansatte i { $municipality }. De ser et saksnummer, språket ditt og hvilken gruppe du tilhører – ikke navnet ditt. Svaret kommer her.
ask-sent = ✅ Sendt til { $municipality }. Saksnummeret ditt er { $case }. Svaret kommer her i chatten.
ask-nobody = Ingen i { $municipality } tar imot spørsmål her ennå. Kontakt kommunen direkte: { $website }
case-notification = ❓ Ny sak { $case } · { $language } · { $category }
case-notification-more = ❓ Mer i sak { $case } · { $language } · { $category }
case-notification-footer = ↩️ Svar på denne meldingen for å svare, eller skriv /svar { $case } og svaret. Lukk saken med /lukk { $case }.
case-answer = 💬 Svar fra { $municipality } (sak { $case }):
case-answer-footer = Vil du spørre om mer? Trykk «Spør en person» i /menu.
case-answer-sent = ✅ Svaret er sendt i sak { $case }.
case-unknown = Jeg finner ingen sak { $case } som du har tilgang til.
case-closed = Sak { $case } er lukket.
case-already-closed = Sak { $case } var allerede lukket.
case-reply-usage = Skriv for eksempel /svar S-7KQ4 Svaret ditt, eller /lukk S-7KQ4.
case-close-button = ✔ Lukk { $case }
cases-title = 💬 Åpne saker:
cases-line = { $case } · { $language } · { $category } · venter { $hours } t · { $messages } meldinger
cases-none = Ingen åpne saker.
cases-hint = Svar ved å svare på saksmeldingen, eller med /svar SAK tekst.
cases-not-allowed = Sakene kan bare ses av koordinatorer og staff-grupper.
field-cases = Spørsmål til kommunen
delete-done-cases =
    { $count ->
        [one] ett spørsmål til kommunen, med svar
       *[other] { $count } spørsmål til kommunen, med svar
    }

## The guide, the checklist and typed questions
menu-guide = 📘 Veiviser
menu-housing = 🏠 Bolig
menu-checklist = ✅ Sjekklisten min
command-guide = Veiviser: ID, skatt, bank, NAV, lege, skole, norsk
command-housing = Leie og kjøpe bolig, depositum, bostøtte
command-checklist = Sjekklisten din: hva du har gjort, og hva som gjenstår
guide-title = 📘 Veiviser: velg et tema.
housing-title = 🏠 Bolig: velg et tema.
guide-steps = Slik gjør du det:
guide-bring = 🎒 Ta med:
guide-where = 📍 I { $municipality }:
guide-unconfirmed = Ikke alt her er bekreftet av en offentlig kilde ennå. Spør kommunen før du stoler på det.
guide-previous = ◀ Forrige
guide-next = Neste ▶
checklist-title = ✅ Sjekklisten din: { $done } av { $total } gjort
checklist-after = venter på: { $steps }
checklist-hint = Trykk på et punkt for å lese hvordan du gjør det og krysse det av.
checklist-mark-done = ✅ Gjort: { $step }
checklist-mark-skip = ➖ Gjelder ikke meg
checklist-mark-open = ↩️ Ikke gjort likevel: { $step }
checklist-marked-done = Flott! «{ $step }» er krysset av.
checklist-marked-skipped = «{ $step }» er merket som ikke relevant for deg.
checklist-marked-open = «{ $step }» står på lista igjen.
question-matches = Jeg fant disse temaene. Er ett av dem det du lurer på?
question-none-button = Ingen av disse
question-none = Beklager at jeg ikke fant det.
question-none-next = Du kan bla i veiviseren, eller spørre en person i kommunen.
question-no-match = Jeg fant ikke noe tema som passer. Prøv med andre ord (for eksempel «skattekort» eller «fastlege»), eller bruk knappene.
field-checklist = Sjekkliste
value-checklist = { $done } gjort, { $skipped } ikke relevant
delete-done-checklist = fremdriften på sjekklisten din

## Competence mapping (/skills)
menu-skills = 🧰 Det jeg kan
command-skills = Utdanning, arbeid og språk du har – og hva du ønsker
skills-consent =
    🧰 Få nykommere jobber med det de er utdannet til, og ingen spør hva familien tar med seg. Her kan du fortelle hva du har utdanning og erfaring i, hvilke språk du snakker og hva du ønsker deg.
    Alt er frivillig. Vi lagrer det bare hvis du sier ja, du ser det i /mydata, og du kan endre eller slette det når som helst. De ansatte i kommunen ser det bare hvis du slår på deling.
    Vil du fylle ut?
skills-consent-yes = ✅ Ja, jeg vil fylle ut
skills-consent-no = Nei takk
skills-declined = Greit, vi lagrer ingenting. Du finner det igjen under «Det jeg kan» i /menu.
skills-overview = Trykk på det du vil fylle ut eller endre. Alt er frivillig.
skills-summary-title = 🧰 Det jeg kan:
skills-part-education = 🎓 Utdanning
skills-part-field = 🧭 Fagfelt
skills-part-profession = 👷 Yrke
skills-part-experience = ⏳ Erfaring
skills-part-languages = 🗣 Språk
skills-part-licence = 🚗 Førerkort
skills-part-wishes = 🎯 Ønsker
skills-shared = 👀 De ansatte i kommunen kan se dette.
skills-not-shared = 🔒 Bare du ser dette.
skills-share-start = 👀 La kommunen se dette
skills-share-stop = 🔒 Slutt å dele med kommunen
skills-share-on = Nå kan de ansatte i kommunen se dette, så de kan koble deg med jobb, kurs og godkjenning.
skills-share-off = Nå ser bare du dette.
skills-clear = 🗑 Slett dette
skills-finish = ✅ Ferdig
skills-cleared = Det du hadde fylt ut under «Det jeg kan», er slettet.
skills-thanks = Takk! Du kan endre dette når som helst under «Det jeg kan».
skills-education-prompt = Hva er den høyeste utdanningen du har fullført?
skills-field-prompt = Hvilket fagfelt har du utdanning eller erfaring i?
skills-profession-prompt = Skriv yrket ditt med noen få ord, for eksempel «sykepleier» eller «sveiser» (høyst { $max } tegn).
skills-profession-invalid = Skriv yrket med noen få ord, høyst { $max } tegn.
skills-experience-prompt = Hvor mange års erfaring har du i dette?
skills-languages-prompt = Hvilke språk snakker du? Trykk på alle som passer.
skills-licence-prompt = Har du førerkort?
skills-wishes-prompt = Hva ønsker du deg? Trykk på alt som passer.
skills-edu-none = Ingen skole fullført
skills-edu-primary = Grunnskole
skills-edu-secondary = Videregående skole
skills-edu-vocational = Fagbrev eller yrkesutdanning
skills-edu-bachelor = Høyskole eller universitet (bachelor)
skills-edu-master = Master eller høyere
skills-field-health = Helse
skills-field-teaching = Undervisning
skills-field-technical = Teknikk og industri
skills-field-building = Bygg og anlegg
skills-field-transport = Transport og lager
skills-field-farming = Landbruk og fiske
skills-field-food = Mat, hotell og restaurant
skills-field-office = Kontor og økonomi
skills-field-it = IT
skills-field-service = Renhold og service
skills-field-care = Omsorg og barnehage
skills-field-other = Annet
skills-exp-lt1 = Under 1 år
skills-exp-1-3 = 1–3 år
skills-exp-3-10 = 3–10 år
skills-exp-gt10 = Over 10 år
skills-licence-none = Nei
skills-licence-car = Ja, for bil (klasse B)
skills-licence-heavy = Ja, for lastebil eller buss
skills-wish-same = Jobb i det jeg kan fra før
skills-wish-any = En jobb, hva som helst
skills-wish-edu = Utdanning eller kurs
skills-wish-recog = Få utdanningen min godkjent
skills-wish-business = Starte egen bedrift
delete-done-skills = det du fortalte under «Det jeg kan»
checklist-due = ⏰ innen utgangen av { $month }
checklist-overdue = ⚠️ skulle vært gjort innen utgangen av { $month } – gjør det så snart du kan
staff-cases = 💬 Åpne saker
