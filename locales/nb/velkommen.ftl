# velkommen — norsk bokmål (referansespråket).
# Alle andre språk har nøyaktig de samme nøklene. Skriv klart og varmt,
# med korte setninger: mange leser dette på et nytt språk.

language-name = Norsk bokmål

## Felles

error-generic = Beklager, noe gikk galt hos oss. Prøv igjen om litt – det du har lagret, er ikke borte.
stale-button = Den knappen gjelder ikke lenger. Her er det du kan gjøre nå:
state-recovered = Beklager, jeg har glemt hvor vi var i samtalen. Svarene dine er tatt vare på – vi fortsetter herfra.
use-the-buttons = Trykk på en av knappene under meldingen, så går vi videre.
unsupported-message = Jeg kan bare lese tekst og knappetrykk – ikke bilder, lyd, klistremerker eller posisjoner.
edited-message = Jeg leser ikke meldinger som er endret. Send gjerne en ny melding i stedet.
group-chat = Jeg snakker bare i private samtaler, for å verne om personvernet ditt. Trykk på navnet mitt og skriv til meg direkte.
unknown-command = Den kommandoen kjenner jeg ikke. /help viser alt jeg kan.
finish-first = La oss gjøre ferdig dette først:
needs-profile = Velkomstbrevet og svarene dine krever en profil. Trykk «Lag en profil» for å begynne.
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

    Sier du ja, lagrer vi:
    • kommunen din og språket ditt
    • hvorfor du kom: som flyktning, for å jobbe, til familie eller noe annet
    • om du er nordisk borger, EU/EØS-borger eller fra et annet land (det spør vi ikke flyktninger om)
    • hvilken måned du kom, og hvem du bor med
    • om du vil ha en fadder
    • chat-nummeret ditt, så vi kan svare deg
    Vi spør aldri om navn, helse, religion eller dokumenter.

    Hvorfor: så rådene og velkomstbrevet passer for deg.
    Hvem ser det: bare de som tar imot nye innbyggere i kommunen din. Meldingene går gjennom Telegram.

    /mydata viser alt vi har om deg. /delete sletter alt, når som helst.
    Sier du nei, lagrer vi bare språket ditt og hvor du er i samtalen.
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

    Svarer du ja, blir du satt på listen. Kommunen ser etter en som passer for deg, og spør deg før fadderen får vite hvem du er.

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
    /guide – veiviser: ID, skatt, bank, NAV, lege, skole, norsk, arbeidsliv
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
    Du kan også skrive et spørsmål med egne ord, for eksempel «skattekort» eller «lege», så finner jeg temaer som passer. Og du kan trykke på knappene under meldingene.

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

letter-greeting-refugee = Velkommen til { $municipality }! Du trenger ikke finne veien alene: flyktningtjenesten følger deg de første årene.
letter-greeting-labour = Velkommen til { $municipality }! Mange som kommer for å jobbe, må finne veien selv. Her er det viktigste samlet.
letter-greeting-family = Velkommen til { $municipality }! Her er det viktigste for deg og familien din.
letter-greeting-other = Velkommen til { $municipality }! Her er det viktigste for å komme godt i gang.
letter-population = I dag er vi { $count } innbyggere i { $municipality }. I går var vi { $yesterday }. Du betyr noe for oss.
letter-mentor-wish = Du står på listen for en fadder. Trykk på knappen under for å si hva du gjerne vil ha hjelp med.
letter-steps-title = Dine tre første steg:
letter-step = { $number }. { $text }
step-refugee-service = Møt flyktningtjenesten. Du får en kontaktperson og en plan for introduksjonsprogrammet.
step-norwegian-refugee = Begynn med norsk. Som flyktning har du rett og plikt til gratis opplæring i norsk og samfunnskunnskap.
step-doctor = Få en fastlege på helsenorge.no. Legevakt: 116 117. Nødnummer: 113 ambulanse, 112 politi, 110 brann.
step-id-check = Bestill time til ID-kontroll hos Skatteetaten. Der får du D-nummer eller fødselsnummer.
step-tax-card = Søk om skattekort før du begynner å jobbe. Med kildeskatt trekkes en fast prosent av lønna.
step-bank = Åpne bankkonto og få BankID. Banken trenger D-nummer eller fødselsnummer.
step-norwegian-rights = Finn ut om du har rett til gratis norskopplæring. Det kommer an på hvorfor du kom.
step-service-centre = Ta kontakt med servicetorget i kommunen. Der får du hjelp til å finne riktig kontor.
letter-children = 👨‍👩‍👧 Barn har rett til barnehageplass fra de fyller ett år, og til skoleplass fra året de fyller seks. Søknadsfristen for barnehage er ofte 1. mars.
letter-footer = Trykk på et steg for å lese mer. Knappene under viser kontakter og møteplasser, og brevet finner du igjen med /letter.
source-line = 🔗 { $link } (sjekket { $date })
unconfirmed = Eksempel – ikke bekreftet av kommunen ennå.
contacts-title = 📇 Kontakter i { $municipality }
meeting-places-title = ☕ Møteplasser i { $municipality }

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
announce-repeat = 🔁 Gjentatte ganger
announce-at-prompt = Skriv dato og klokkeslett, norsk tid, for eksempel «{ $example }», «i morgen kl. 18» eller «tirsdag 18:30».
announce-repeat-prompt = Når skal den sendes første gang? Skriv for eksempel «{ $example }» eller «tirsdag kl. 18» – så velger du hvordan den gjentas. Du kan også skrive hele regelen: «hver tirsdag kl. 18».
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
announce-preview-repeat = Gjentas { $rule }. De neste gangene: { $upcoming }.
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
announce-report-line = { $title } – { $municipality }: sendt { $sent }, venter { $waiting }, blokkert { $blocked }, feilet { $failed }. { $when }
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
event-start-prompt = Når starter det (første gang)? Skriv dato og klokkeslett, for eksempel «{ $example }», «i morgen kl. 18» eller «tirsdag 18:30». Skjer det fast, kan du skrive hele regelen: «hver tirsdag kl. 18».
event-recurrence-prompt = Skjer det flere ganger?
event-once = Bare én gang
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
case-notification = ❓ Ny sak { $case } · { $who }
case-notification-more = ❓ Mer i sak { $case } · { $who }
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
cases-line = { $case } · { $who } · venter { $hours } t · { $messages ->
        [one] én melding
       *[other] { $messages } meldinger
    }
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
    🧰 Få nykommere jobber med det de er utdannet til, og ingen spør hva familien kan. Her kan du fortelle hva du har utdanning og erfaring i, hvilke språk du snakker og hva du ønsker deg.
    Alt er frivillig. Vi lagrer det bare hvis du sier ja, du ser det i /mydata, og du kan endre eller slette det når som helst. Kommunens koordinatorer ser det bare som tall sammen med andre (aldri for færre enn 5 personer). Det du selv har svart, ser de bare hvis du sier ja til det.
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
skills-shared = 👀 Du har sagt ja til at kommunens koordinatorer kan se det du har svart her, uten navnet ditt, så de ser hvilken kompetanse som finnes når de planlegger jobber, kurs og godkjenning av utdanning.
skills-not-shared = 🔒 Kommunen ser dette bare som tall sammen med andre, aldri for færre enn 5 personer.
skills-share-start = 👀 Kommunen kan få se dette
skills-share-stop = 🔒 Kommunen skal ikke se dette
skills-share-on = Lagret: kommunens koordinatorer kan nå se det du har svart her, uten navnet ditt.
skills-share-off = Lagret: kommunen ser dette nå bare som tall sammen med andre.
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
privacy-details =
    Bruker du disse, lagrer vi også:
    • «Spør en person»: spørsmålene dine og svarene. De ansatte ser et saksnummer, språket ditt og gruppen din – aldri navnet ditt.
    • Sjekklisten: hva du har krysset av.
    • «Det jeg kan»: bare hvis du sier ja der også. Kommunen ser det som tall sammen med andre, og det du selv har svart bare hvis du sier ja til det.
    Alt står i /mydata og slettes med /delete.
citizenship-prompt = Hvilket statsborgerskap har du? Det avgjør hvilke regler som gjelder for deg – for eksempel om du må registrere deg hos politiet eller trenger oppholdstillatelse.
citizenship-nordic = Nordisk (Danmark, Finland, Island, Sverige)
citizenship-eea = Et annet EU/EØS-land eller Sveits
citizenship-other = Et land utenfor EU/EØS
field-citizenship = Statsborgerskap
household-relatives = Med foreldre eller annen familie
step-eea-registration = Registrer deg hos politiet innen tre måneder etter at du kom. Det er gratis, og du gjør det én gang.
step-nordic-move = Meld flytting til Folkeregisteret hos Skatteetaten. Nordiske borgere trenger ikke registrere seg hos politiet.
step-work-permit = Du må ha oppholdstillatelse for arbeid før du begynner å jobbe. Søk om fornyelse i god tid før den går ut.
step-family-permit = Sjekk når oppholdstillatelsen din for familieinnvandring går ut, og søk om fornyelse i god tid.
step-residence-permit = Sjekk når oppholdstillatelsen din går ut, og søk om fornyelse i god tid.
meeting-places-none = Kommunen har ikke lagt inn møteplasser ennå.
button-contacts = 📇 Kontakter
button-places = ☕ Møteplasser
typed-yes = ja, jo, ok, greit, gjerne, ja takk
typed-no = nei, nei takk, ikke nå
staff-use-buttons = Bruk knappene under, eller en kommando. /help viser kommandoene for ansatte.
needs-profile-ask = Vil du spørre en person, trenger vi en profil: kommunen din, og lov til å ta vare på spørsmålet og sende deg svaret. Trykk «Lag en profil» for å begynne.
needs-profile-checklist = Sjekklisten lages ut fra svarene dine, så den krever en profil. Alle temaene kan du lese i veiviseren uten profil.
needs-profile-skills = For å ta vare på det du forteller om utdanning og arbeid, trenger vi en profil. Trykk «Lag en profil» for å begynne.
events-pick = Hvilken kommune vil du se arrangementer i?
events-profile-hint = Vil du få en påminnelse? Lag en profil, så kan du trykke 🔔.
question-ask-person = 💬 Spør en person om dette
ask-prompt-nobody =
    Ingen i { $municipality } tar imot spørsmål her ennå. Du kan likevel skrive spørsmålet ditt (høyst { $max } tegn): vi tar vare på det, og det går til den første ansatte som kobler seg på. Svaret kommer her.
    Haster det, kontakt kommunen direkte: { $website }
ask-kept = 📥 Spørsmålet ditt er lagret som sak { $case }. Ingen i { $municipality } tar imot spørsmål her ennå. Det går til de ansatte så snart noen kobler seg på, og svaret kommer her.
ask-carried = Spørsmålet ditt: «{ $question }»
ask-send-carried = ✅ Send dette spørsmålet
case-notification-waited = ❓ Sak { $case } · { $who } – stilt før noen tok imot spørsmål her
case-arrived-notice = 📨 Spørsmålet ditt (sak { $case }) har nå kommet fram til de ansatte i { $municipality }. Svaret kommer her.
case-closed-notice = ✔ { $municipality } har lukket saken din { $case }. Trenger du mer hjelp, trykk «Spør en person» i /menu.
cases-thread-question = ❓ { $time }: { $text }
cases-thread-answer = 💬 { $time }: { $text }
cases-thread-earlier = { $count ->
        [one] … én tidligere melding
       *[other] … { $count } tidligere meldinger
    }
case-answer-prompt = Skriv svaret i sak { $case } som én melding (høyst { $max } tegn). Det sendes slik du skriver det, til personen som spurte.
case-close-confirm = Vil du lukke sak { $case }? Personen som spurte, får beskjed om at saken er lukket.
case-close-yes = ✔ Ja, lukk { $case }
case-reply-group-usage = Skriv svaret i samme melding: /svar { $case } og svaret (gjerne på neste linje). Eller svar direkte på saksmeldingen.
staff-waiting-cases = { $count ->
        [one] Ett spørsmål ventet på at noen skulle ta imot det. Det kommer nå.
       *[other] { $count } spørsmål ventet på at noen skulle ta imot dem. De kommer nå.
    }
staff-category-refugee = Flyktning
staff-category-labour = Arbeidsinnvandrer
staff-category-family = Familieinnvandrer
staff-category-other = Annen grunn
staff-citizenship-nordic = nordisk
staff-citizenship-eea = EU/EØS
staff-citizenship-other = utenfor EU/EØS
staff-home-button = 👩‍💼 Til startsiden
staff-help =
    Kommandoer for ansatte:
    /staff – startsiden: kunngjøringer, arrangementer, saker og rapporter
    /announce – ny kunngjøring
    /events – arrangementer
    /cases – åpne saker, med hele samtalen
    /svar S-7KQ4 svaret – svar i en sak (eller /svar S-7KQ4, og svaret i neste melding)
    /lukk S-7KQ4 – lukk en sak
    Du kan også svare direkte på en saksmelding.
staff-group-help =
    Kommandoer i denne gruppen:
    /cases – åpne saker, med hele samtalen
    /svar S-7KQ4 svaret – svar i en sak (svaret i samme melding, gjerne på neste linje)
    /lukk S-7KQ4 – lukk en sak
    Du kan også svare direkte på saksmeldingen.
repeat-advanced = ⚙️ Avansert: crontab-uttrykk
repeat-prompt = Skriv når det gjentas, for eksempel «hver tirsdag kl. 18», «annenhver torsdag kl. 17:30» eller «første mandag i måneden kl. 10». Avansert: et crontab-uttrykk med fem felt, norsk tid, for eksempel 0 18 * * 2.
repeat-weekly = { $day ->
        [mon] hver mandag
        [tue] hver tirsdag
        [wed] hver onsdag
        [thu] hver torsdag
        [fri] hver fredag
        [sat] hver lørdag
       *[sun] hver søndag
    } kl. { $time }
repeat-every-other-week = { $day ->
        [mon] annenhver mandag
        [tue] annenhver tirsdag
        [wed] annenhver onsdag
        [thu] annenhver torsdag
        [fri] annenhver fredag
        [sat] annenhver lørdag
       *[sun] annenhver søndag
    } kl. { $time }
repeat-monthly = { $nth ->
        [1] første
        [2] andre
        [3] tredje
        [4] fjerde
       *[last] siste
    } { $day ->
        [mon] mandag
        [tue] tirsdag
        [wed] onsdag
        [thu] torsdag
        [fri] fredag
        [sat] lørdag
       *[sun] søndag
    } i måneden kl. { $time }
repeat-crontab = etter crontab «{ $expression }»
repeat-kind-prompt = Første gang: { $when }. Hvordan skal den gjentas?
event-titles-prompt = Navnet på bokmål er «{ $title }». Vil du skrive det på andre språk? Den som mangler sitt språk, får navnet på bokmål.
event-title-in-prompt = Skriv navnet på { $language } (på bokmål: «{ $title }»), høyst { $max } tegn.
event-change-titles = 🌐 Navn på andre språk
event-cancel-repeating = #{ $id } «{ $title }» gjentas. Vil du avlyse én dato eller hele serien? De som har bedt om påminnelse for det du avlyser, får beskjed.
event-cancel-date = ✖ Bare { $when }
event-cancel-series = ✖ Hele serien
event-date-cancelled = «{ $title }» { $when } er avlyst. { $count ->
        [0] Ingen hadde bedt om påminnelse.
        [one] Én person som ba om påminnelse, får beskjed.
       *[other] { $count } personer som ba om påminnelse, får beskjed.
    } De andre datoene står.
event-date-cancelled-notice = ❌ Avlyst: { $title } { $when } ({ $place }). De andre datoene gjelder som før.
when-not-a-time = Det klarte jeg ikke å lese som dato og klokkeslett. Skriv for eksempel «{ $example }», «i morgen kl. 18» eller «tirsdag 18:30».
when-no-time = Jeg mangler klokkeslettet. Skriv for eksempel «{ $example }» eller «tirsdag kl. 18».
when-in-the-past = Det tidspunktet er passert. Skriv et tidspunkt fram i tid, for eksempel «{ $example }».
when-too-far = Det er mer enn to år fram i tid. Skriv et nærmere tidspunkt, for eksempel «{ $example }».
when-not-a-repeat = Det klarte jeg ikke å lese som en gjentakelse. Skriv for eksempel «hver tirsdag kl. 18», «annenhver torsdag kl. 17:30» eller «første mandag i måneden kl. 10».
when-not-a-crontab = Det er ikke et gyldig crontab-uttrykk. Det må ha fem felt, for eksempel 0 18 * * 2 (hver tirsdag kl. 18:00).
when-never-fires = Det uttrykket slår aldri til. Prøv for eksempel 0 18 * * 2 (hver tirsdag kl. 18:00).
announce-preview-quiet = 🌙 Det er stille timer da: vanlige meldinger går ut { $when }.
announce-preview-now-quiet = 🌙 Nå er det stille timer. Meldingene går ut { $when }.
announce-quiet = 🌙 Stille timer: vanlige meldinger går ut { $when }.
announce-stop-confirm = Vil du stoppe { $title }? Den sendes ikke flere ganger, og meldinger som ikke er sendt ennå, trekkes tilbake.
announce-stop-yes = ✖ Ja, stopp
announce-report-waiting = Lagt i kø – resten venter på å bli sendt (for eksempel til stille timer er over).
staff-group-refugee = Flyktninger
staff-group-labour = Arbeidsinnvandrere
staff-group-family = Familieinnvandrere
staff-group-other = Andre

## Kunngjøringsmaler

announce-from-template = 📋 Fra en mal (på alle språk)
announce-template-pick = Velg en mal. Den er skrevet på alle ti språk, så hver nykommer får den på sitt eget språk. ⚠️ betyr at den haster og sendes også om natten.
announce-template-when = Når? Skriv dato og klokkeslett, for eksempel 08.12.2026 18:00 eller tirsdag kl. 18.
announce-template-date = Hvilken dato? For eksempel 01.03.2027 eller 1. mars.
announce-template-time = Hvilket klokkeslett? For eksempel 18 eller 18:30.
announce-template-place = Hvor? Skriv stedet slik folk kjenner det (høyst { $max } tegn).
announce-template-contact = Hvem kan folk kontakte? Skriv navn, telefon eller e-post (høyst { $max } tegn).
announce-template-done =
    { $count ->
        [one] ✅ Teksten er klar på ett språk:
       *[other] ✅ Teksten er klar på { $count } språk. Slik leser hver enkelt den:
    }
announce-template-bad-date = Jeg forstod ikke datoen. Skriv den for eksempel som 08.12.2026 18:00, i morgen kl. 18 eller tirsdag kl. 18 – og ikke en dato som er passert.
announce-template-bad-time = Jeg forstod ikke klokkeslettet. Skriv for eksempel 18 eller 18:30.

## Maskinoversettelse

case-machine-translation = 🤖 Maskinoversatt til bokmål ({ $provider }):
case-machine-translated-answer = 🤖 Maskinoversatt fra norsk ({ $provider }). Det kommunen skrev:
privacy-translation = 🤖 Maskinoversettelse: spørsmålene du skriver til kommunen, og svarene, blir oversatt av { $provider }. Bare teksten blir sendt dit – aldri navnet ditt eller chatnummeret ditt. Du ser alltid den opprinnelige teksten også.
machine-translated = 🤖 Maskinoversatt fra norsk av { $provider }. Det kan være feil i oversettelsen.
machine-original-button = 🇳🇴 Vis den norske originalen
machine-original = 🇳🇴 Den norske originalen, fra { $municipality }:
announce-machine-done = 🤖 { $provider } har oversatt teksten til { $count ->
        [one] ett språk
       *[other] { $count } språk
    } for dem den når. Trykk på et språk for å lese oversettelsen og beholde den, skrive din egen eller droppe den.
announce-machine-failed = Disse kunne ikke maskinoversettes: { $languages }. De som leser dem, får teksten på engelsk eller bokmål hvis du ikke skriver den selv.
announce-translations-machine-prompt = Oversettelsene: ✍️ skrevet av deg · 🤖 maskinoversatt, ikke sjekket · 🤖✅ sjekket · 🚫 droppet. Trykk på et språk for å lese, skrive eller droppe det. Den som mangler sitt språk, får engelsk hvis det finnes en engelsk tekst, ellers bokmål (nynorsk får bokmål).
announce-machine-review = 🤖 { $language } – maskinoversatt av { $provider }:
announce-machine-question = Vil du beholde den, skrive din egen eller droppe den? Dropper du den, får de som leser { $language }, teksten på { $fallback }.
announce-machine-accept = ✅ Behold oversettelsen
announce-machine-write = ✏️ Skriv den selv
announce-machine-drop = 🗑 Dropp den
announce-preview-machine = { $language }: { $count } (🤖 maskinoversatt, ikke sjekket)
announce-preview-machine-checked = { $language }: { $count } (🤖 maskinoversatt, sjekket)
announce-check-translations = 🌐 Sjekk oversettelsene
insight-translation-usage = 🤖 Maskinoversettelse hos { $provider } i { $month }: { $requests } tekster, { $characters } tegn sendt.
event-descriptions-machine-prompt = Beskrivelsene og titlene per språk: ✍️ skrevet av deg · 🤖 maskinoversatt, ikke sjekket · 🤖✅ sjekket · 🚫 droppet. Trykk på et språk for å lese, skrive eller droppe det. De som mangler sitt språk, får beskrivelsen på engelsk hvis den finnes, ellers på bokmål.
event-template-pick = Hvilken mal? Beskrivelsen blir skrevet på alle språk med arrangementets dato, tid og sted. Bare arrangementer som skjer én gang, kan bruke maler.
event-template-done = { $count ->
        [one] ✅ Tittelen og beskrivelsen er skrevet fra malen på ett språk.
       *[other] ✅ Tittelen og beskrivelsen er skrevet fra malen på { $count } språk.
    } Du kan fortsatt skrive om hvert språk nedenfor.
announce-text-prompt-machine = Skriv kunngjøringen på { $language } og send den som én melding (høyst { $max } tegn). { $provider } oversetter den så til språkene til dem den når, og du sjekker hver oversettelse før den sendes.
staff-audit = 🧾 Logg over handlinger
audit-pick = Hvilken kommunes logg?
audit-title = 🧾 Logg over handlinger – { $municipality }: de siste handlingene til ansatte, nyeste først (hvem er den ansattes chat).
audit-empty = Ingenting ennå.
audit-footer = Loggen kan ikke endres. Hele loggen: velkommen audit --municipality { $slug } på serveren.
audit-invite-redeemed = ble ansatt:
audit-announcement-created = kunngjøring laget
audit-announcement-stopped = kunngjøring stoppet
audit-event-created = arrangement laget
audit-event-changed = arrangement endret
audit-event-cancelled = arrangement avlyst
audit-case-answered = sak besvart
audit-case-closed = sak lukket
audit-insight-read = innsikt lest for
audit-competence-read = kompetanseoversikt lest, personer:
audit-mentor-approved = fadder godkjent
audit-mentor-paused = fadder satt på pause
audit-mentor-ended = fadder avsluttet
audit-story-published = månedens nykommer publisert
audit-staff-revoked = ansatt-tilgang fjernet:
staff-erase = 🗑 Slettingsønske
erase-prompt = Noen har bedt kommunen – på telefon, i brev eller ved skranken – om å slette alt velkommen har lagret om dem. Skriv saksnummeret deres og hvorfor, for eksempel: S-7KQ4 ba om det på telefon 2. desember (høyst { $max } tegn for begrunnelsen).
erase-usage = Skriv saksnummeret først, så begrunnelsen, for eksempel: S-7KQ4 ba om det på servicetorget.
erase-confirm = Slette alt om personen i sak { $case }: svarene, spørsmålene, sjekklisten, kompetansen, fadderpåmeldingen og meldinger som venter på å bli sendt? Et fadderpar avsluttes (den andre får beskjed). Det kan ikke angres. Begrunnelsen, som skrives i loggen: { $reason }
erase-yes = 🗑 Ja, slett alt
erase-cancelled = Ingenting ble slettet.
erase-done = Alt om personen i sak { $case } er slettet, og personen har fått beskjed. Slettingen står i loggen.
erase-notice = Kommunen har slettet alt velkommen hadde lagret om deg, slik du ba om. Du kan begynne på nytt når som helst med /start.
audit-erasure = person slettet etter ønske:
mydata-file-button = 📄 Som fil
mydata-file-caption = 📄 Alt velkommen har lagret om deg, som én fil (JSON) som du kan ta vare på eller gi til en annen tjeneste.
retention-warning = Du har ikke skrevet til oss på nesten to år. { $date } sletter vi alt vi har lagret om deg, slik vi lovet da du sa ja. Vil du at vi skal ta vare på det, er det nok å skrive hva som helst her før den tid.

## Papir: velkomstbrevet som PDF, og plakater

letter-pdf-button = 📄 Som PDF
letter-pdf-caption = 📄 Velkomstbrevet ditt som PDF: til å skrive ut, eller til å vise fram på et kontor.
print-letter-qr = Skann med kameraet på telefonen: velkomsttjenesten i { $municipality } åpner seg i Telegram, på ditt språk.
print-failed = Beklager, PDF-en kunne ikke lages akkurat nå. Prøv igjen om litt.
poster-welcome = Velkommen til { $municipality }!
poster-what = Skann koden med kameraet på telefonen og få hjelp på ditt eget språk i Telegram: de første stegene, kontakter, møteplasser og svar på spørsmålene dine.
poster-mentor-title = Bli fadder i { $municipality }!
poster-mentor-body = Bli kjent med en som nettopp har flyttet hit: en kopp kaffe, en tur, litt norsktrening. Noen timer i måneden betyr mye. Har du selv flyttet til Norge? Da er språket ditt og det du har opplevd, en gave til en som er ny.
poster-mentor-scan = Skann koden med kameraet på telefonen for å melde deg på i Telegram. Det tar omtrent tre minutter, og kommunen tar kontakt med deg.
staff-posters = 🖨 Plakater
posters-pick = Plakater for hvilken kommune?
posters-newcomers-caption = 🖨 Plakat for nye innbyggere i { $municipality }: «velkommen» på alle ti språk og en QR-kode som åpner velkomsttjenesten i { $municipality }. Skriv den ut på A4 til servicetorget, biblioteket og arbeidsgivere.
posters-mentors-caption = 🖨 Plakat for å rekruttere faddere i { $municipality }: QR-koden åpner fadderpåmeldingen.
