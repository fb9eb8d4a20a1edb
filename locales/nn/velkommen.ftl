# velkommen — norsk nynorsk.
# Same nøklar som referansespråket (nb). Skriv klart og varmt,
# med korte setningar: mange les dette på eit nytt språk.

language-name = Norsk nynorsk

## Felles

error-generic = Orsak, noko gjekk gale hos oss. Prøv igjen om litt – det du har lagra, er ikkje borte.
stale-button = Den knappen gjeld ikkje lenger. Her er det du kan gjere no:
use-the-buttons = Trykk på ein av knappane under meldinga, så går vi vidare.
unsupported-message = Eg kan berre lese tekst og knappetrykk – ikkje bilete, lyd, klistremerke eller posisjonar.
edited-message = Eg les ikkje meldingar som er endra. Send gjerne ei ny melding i staden.
group-chat = Eg snakkar berre i private samtalar, for å verne om personvernet ditt. Trykk på namnet mitt og skriv til meg direkte.
unknown-command = Den kommandoen kjenner eg ikkje. /help viser alt eg kan.
finish-first = La oss gjere ferdig dette først:
needs-profile = The welcome letter and your answers need a profile. Tap "Make a profile" to begin.
button-back = ← Tilbake
button-menu = ☰ Meny

## Start og språk

start-hello = Hei, og velkomen! Eg er den digitale velkomsttenesta til kommunen, for deg som er ny her.
start-hello-municipality = Hei, og velkomen til { $municipality }! Eg er den digitale velkomsttenesta til kommunen, for deg som er ny her.
start-unknown-link = Eg kjenner ikkje att lenka du brukte. Vel kommunen din frå lista.
start-registered-elsewhere = Du er registrert i { $municipality }. Lenka du brukte, gjeld { $linked }. Du kan byte kommune under /settings.
welcome-back = Velkomen tilbake!
link-municipality-prompt = Kva kommune bur du i, eller skal du flytte til?
language-prompt = 🌐 Språk no: { $language }. Trykk på språket du vil bruke:
language-changed = Greitt, no snakkar vi norsk nynorsk.

## Personvern

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
privacy-question = Er det greitt at vi lagrar svara dine?
privacy-accept = Ja, det er greitt
privacy-decline = Nei takk
privacy-thanks = Takk! No stiller eg deg nokre korte spørsmål. Du svarar med knappane, og du kan endre svara seinare.
privacy-declined = Heilt i orden. Vi har ikkje lagra noko om deg, berre språket ditt og kvar du er i samtalen. Du kan lese om kommunane, og du kan seie ja seinare med /privacy.
privacy-consented = Du sa ja til dette { $date }. Du kan trekkje samtykket tilbake og slette alt med /delete.

## Spørsmåla

municipality-prompt = Kva kommune bur du i, eller skal du flytte til?
category-prompt = Kva passar best for deg? Svaret avgjer kva første steg vi viser deg.
category-refugee = Eg er flyktning
category-labour = Eg kom for å arbeide
category-family = Eg kom til familie
category-other = Noko anna
arrival-prompt = Når kom du til { $municipality }?
arrival-month = { $month } { $year }
arrival-not-yet = Eg har ikkje kome enno
arrival-earlier = For meir enn eitt år sidan
household-prompt = Kven bur du saman med her?
household-alone = Eg bur åleine
household-partner = Med partnar, utan barn
household-children = Med barn
mentor-prompt =
    Many people who moved here say that getting to know one Norwegian meant a lot.

    A mentor (fadder) is a volunteer here in the municipality – sometimes someone who moved here a few years ago. A mentor can have a coffee with you, show you around and answer small everyday questions.

    The mentor scheme in velkommen has not started yet. If you say yes, we save your wish.

    Would you like a mentor?
mentor-yes = Ja, gjerne
mentor-no = Nei takk, ikkje no
mentor-value-yes = ønskjer ein fadder
mentor-value-no = ikkje no
profile-done = Takk for svara! Her er velkomstbrevet ditt.

## Månader

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

## Vekedagar

weekday-short-mon = mån.
weekday-short-tue = tys.
weekday-short-wed = ons.
weekday-short-thu = tor.
weekday-short-fri = fre.
weekday-short-sat = lau.
weekday-short-sun = sun.

## Menyen

menu-title = Kva vil du gjere?
guest-title = Du har ingen profil hos oss, så vi lagrar ingenting om deg. Dette kan du gjere:
menu-letter = 📨 Velkomstbrevet
menu-info = 🏘 Kontaktar og møteplassar
menu-settings = ⚙️ Svara mine
menu-language = 🌐 Språk
menu-mydata = 🔎 Mine data
menu-privacy = 🔒 Personvern
menu-delete = 🗑 Slett alt
menu-help = ❓ Hjelp
menu-signup = ✅ Lag ein profil
info-prompt = Kva kommune vil du lese om?
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

## Innstillingar og mine data

settings-title = Dette har du svart. Trykk på det du vil endre:
settings-saved = Lagra.
profile-row = { $label }: { $value }
field-municipality = Kommune
field-category = Kven du er
field-arrival = Kom hit
field-household = Bur med
field-mentor = Fadder
field-language = Språk
field-chat = Chat
field-consent = Samtykke gjeve
field-pending = Meldingar som ventar
value-unanswered = ikkje svart
mydata-title = 🔎 Dette har vi lagra om deg:
mydata-no-profile = Du har ingen profil, så vi har ingen svar frå deg. Vi hugsar berre språket ditt og kvar du er i samtalen.
mydata-footer = Du kan endre svara med /settings og slette alt med /delete.

## Sletting

delete-confirm = Vil du slette alt vi har lagra om deg? Det gjeld profilen, svara dine og meldingar som ventar på å bli sende. Du kan ikkje angre etterpå.
delete-yes = Ja, slett alt
delete-no = Nei, behald
delete-cancelled = Greitt, ingenting er sletta.
delete-nothing = Vi hadde ikkje noko lagra om deg.
delete-done = Ferdig. Dette er sletta:
delete-done-profile = profilen din: kommune, svar og samtykke
delete-done-conversation = samtalen: språket ditt og kvar du var
delete-done-pending =
    { $count ->
        [one] éi melding som venta på å bli sendt
       *[other] { $count } meldingar som venta på å bli sende
    }
delete-done-footer = Vi har ikkje lenger noko om deg. Skriv /start viss du vil byrje på nytt.

## Velkomstbrevet

letter-greeting-refugee = Welcome to { $municipality }! You will not have to find your way alone: the refugee service will stay in touch with you through the first years.
letter-greeting-labour = Welcome to { $municipality }! Many people who come here to work have to find their own way, so here is what matters most, in one place.
letter-greeting-family = Welcome to { $municipality }! Here is what matters most for you and your family.
letter-greeting-other = Welcome to { $municipality }! Here is what matters most to get off to a good start.
letter-population = There are { $count } of us in { $municipality } today. Yesterday there were { $yesterday }. You matter to us.
letter-mentor-wish = Your wish for a mentor is saved. The mentor scheme in velkommen has not started yet, so no mentor is on the way just now.
letter-steps-title = Dei tre første stega dine:
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
unconfirmed = Døme – kommunen har ikkje stadfest dette enno.
contacts-title = 📇 Contacts in { $municipality }
meeting-places-title = ☕ Meeting places in { $municipality }

## Kontor og møteplassar

office-service-centre = servicetorget
office-refugee-service = flyktningtenesta
office-adult-education = vaksenopplæringa
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
place-clubs = lag og foreiningar
place-culture = kultur

## Kommandoar (Telegram-menyen)

command-start = Byrj på nytt
command-menu = Hovudmenyen
command-letter = Velkomstbrevet ditt
command-info = Kontaktar og møteplassar
command-settings = Sjå og endre svara dine
command-language = Byt språk
command-privacy = Kva vi lagrar, og kvifor
command-mydata = Alt vi har lagra om deg
command-delete = Slett alt om deg
command-help = Hjelp

## Tilsette

role-coordinator = koordinator
role-announcer = kunngjeringar
role-mentor-coordinator = fadderkoordinator
staff-code-malformed = Det ser ikkje ut som ein invitasjonskode. Koden har tolv teikn, til dømes /staff K7QF-2M9X-4TPA.
staff-code-unknown = Den koden kjenner eg ikkje. Sjekk at du har skrive han rett, eller be om ein ny.
staff-code-expired = Den koden har gått ut. Be den som inviterte deg, om ein ny.
staff-code-used = Den koden er alt brukt. Kvar kode verkar berre éin gong.
staff-welcome = Velkomen! No er du registrert som tilsett i { $municipality } ({ $role }). Skriv /staff for å kome til verktøya dine.
staff-group-bound = Denne gruppa får no varsel for { $municipality } ({ $role }).
staff-not-member = Du er ikkje registrert som tilsett. Har du fått ein invitasjonskode, skriv /staff og koden.
staff-home-title = 👩‍💼 Du arbeider for:
staff-membership = • { $municipality } – { $role }
staff-new-announcement = 📣 Ny kunngjering
staff-reports = 📊 Leveringsrapportar
delete-done-staff = rolla di som tilsett

## Kunngjeringar

announce-pick-municipality = Kva kommune gjeld kunngjeringa?
announce-audience-title = 📣 Ny kunngjering for { $municipality }. Kven skal få kunngjeringa? Trykk for å endre, og «Vidare» når du er nøgd.
announce-everyone = alle
announce-categories-button = Kven: { $value }
announce-languages-button = Språk: { $value }
announce-children-button = Berre familiar med barn
announce-arrival-button = Kom hit: { $value }
announce-months =
    { $count ->
        [one] siste månad
       *[other] siste { $count } månader
    }
announce-continue = Vidare →
announce-cancel = ✖ Avbryt
announce-cancelled = Avbrote. Ingenting er sendt.
announce-categories-prompt = Kven skal få kunngjeringa? Vel du ingen, går ho til alle.
announce-languages-prompt = Kva språk? Vel du ingen, går kunngjeringa til alle.
announce-text-prompt = Skriv kunngjeringa på { $language } og send alt som éi melding (høgst { $max } teikn). Alle får kunngjeringa, på sitt eige språk viss du legg inn ei omsetjing.
announce-translation-prompt = Skriv teksten på { $language } og send alt som éi melding (høgst { $max } teikn).
announce-text-empty = Meldinga var tom. Skriv teksten og send han.
announce-text-too-long = Teksten er { $length } teikn lang, og grensa er { $max }. Gjer han kortare og send han igjen.
announce-translations-prompt = Vil du leggje inn omsetjingar? Den som ikkje finn språket sitt, får engelsk viss du har skrive det, elles bokmål (nynorsklesarar får bokmål). Ingen fell utanfor.
announce-urgency-prompt = Hastar det? Vanlege meldingar blir ikkje sende mellom kl. 21 og 08.
announce-normal = Vanleg – ikkje om natta
announce-urgent = Hastar – òg om natta
announce-schedule-prompt = Når skal kunngjeringa sendast?
announce-now = No
announce-at = På eit bestemt tidspunkt
announce-repeat = Gjentakande (crontab)
announce-at-prompt = Skriv dato og klokkeslett, norsk tid, til dømes 01.12.2026 18:00
announce-at-invalid = Det klarte eg ikkje å lese. Skriv til dømes 01.12.2026 18:00
announce-at-past = Det tidspunktet har vore. Skriv eit tidspunkt fram i tid.
announce-repeat-prompt =
    Skriv eit crontab-uttrykk med fem felt, norsk tid: minutt, time, dag i månaden, månad, vekedag (1 = måndag).
    Døme: 0 18 * * 2 = kvar tysdag kl. 18:00.
announce-repeat-invalid = Det er ikkje eit gyldig crontab-uttrykk. Det må ha fem felt, til dømes 0 18 * * 2 (kvar tysdag kl. 18:00).
announce-repeat-never = Det uttrykket slår aldri til. Prøv til dømes 0 18 * * 2 (kvar tysdag kl. 18:00).
announce-preview-title = 👀 Førehandsvising – { $municipality }
announce-preview-audience = Kven: { $categories } · Språk: { $languages } · Kom hit: { $arrival }
announce-preview-reach =
    { $count ->
        [one] Når fram til éin person:
       *[other] Når fram til { $count } personar:
    }
announce-preview-language = { $language }: { $count }
announce-preview-fallback = { $language }: { $count } (får teksten på { $fallback })
announce-preview-nobody = Ingen passar til dette utvalet enno. Endre kven som skal få kunngjeringa.
announce-preview-normal = Vanleg (ikkje mellom kl. 21 og 08)
announce-preview-urgent = Hastar (blir sendt òg om natta)
announce-preview-now = Blir sendt no.
announce-preview-at = Blir sendt { $when }.
announce-preview-repeat = Blir gjenteken etter «{ $expression }». Neste gong: { $upcoming }.
announce-send =
    { $count ->
        [one] ✅ Send til éin person
       *[other] ✅ Send til { $count } personar
    }
announce-edit-text = ✏️ Endre teksten
announce-edit-audience = 👥 Endre mottakarar
announce-queued =
    { $count ->
        [0] Ingen meldingar vart lagde i kø.
        [one] Éi melding er lagd i kø. Du får ein leveringsrapport når ho er sendt.
       *[other] { $count } meldingar er lagde i kø. Du får ein leveringsrapport når dei er sende.
    }
announce-scheduled = Planlagt. Første sending: { $when }. Du får ein leveringsrapport etter kvar sending.
announce-reports-title = 📊 Dei siste kunngjeringane:
announce-reports-none = Ingen kunngjeringar enno.
announce-report-line = { $title } – { $municipality }: sendt { $sent }, blokkert { $blocked }, feila { $failed }, i kø { $queued }. { $when }
announce-report-next = Neste sending: { $when }.
announce-report-done = Ferdig.
announce-report-stopped = Stoppa.
announce-report = 📊 Leveringsrapport for { $title }: sendt { $sent }, blokkert { $blocked }, feila { $failed }, framleis i kø { $queued }.
announce-stop = ✖ Stopp #{ $id }
announce-stopped =
    { $count ->
        [one] { $title } er stoppa. Éi melding i kø vart trekt tilbake.
       *[other] { $title } er stoppa. { $count } meldingar i kø vart trekte tilbake.
    }

## Arrangement på møteplassar
menu-events = 📅 Kva skjer
menu-ask = 💬 Spør ein person
command-events = Kva skjer i kommunen
command-ask = Still eit spørsmål til ein person i kommunen
events-title = 📅 Kva skjer i { $municipality } den neste månaden:
events-none = Det er ikkje lagt inn nokon arrangement i { $municipality } den neste månaden. Sjå òg møteplassane under «Kontaktar og møteplassar».
events-remind-hint = Trykk 🔔 for å få ei påminning tre timar før.
event-repeats = Blir gjenteke kvar veke eller etter fast plan.
event-reminder = 🔔 Påminning: { $title }
event-reminder-set = Greitt! Du får ei påminning om «{ $title }» ({ $event }) { $when }.
event-reminder-exists = Du har alt ei påminning om «{ $title }» ({ $event }).
event-has-started = Det arrangementet har byrja eller er over, så eg kan ikkje minne deg på det.
event-is-cancelled = Det arrangementet er avlyst.
event-cancelled-notice = ❌ Avlyst: { $title }
event-changed-notice = ✏️ Endra: { $title }. Påminninga di er fjerna – trykk 🔔 under /events for å få ei ny.
staff-events = 📅 Arrangement
staff-events-title = 📅 Komande arrangement:
staff-events-none = Ingen komande arrangement.
staff-new-event = ➕ Nytt arrangement
event-edit = ✏️ Endre #{ $id }
event-cancel = ✖ Avlys #{ $id }
event-cancel-confirm = Vil du avlyse arrangement #{ $id }? Alle som har bede om påminning, får beskjed.
event-cancel-yes = ✖ Ja, avlys
event-cancelled =
    { $count ->
        [0] «{ $title }» er avlyst. Ingen hadde bede om påminning.
        [one] «{ $title }» er avlyst. Éin person som bad om påminning, får beskjed.
       *[other] «{ $title }» er avlyst. { $count } personar som bad om påminning, får beskjed.
    }
event-aborted = Arrangementet vart ikkje lagra.
event-title-prompt = Skriv namnet på arrangementet, til dømes «Språkkafé» (høgst { $max } teikn).
event-place-prompt = Kvar skjer det? Vel ein møteplass eller skriv inn ein annan stad.
event-other-place = ✏️ Ein annan stad
event-place-text-prompt = Skriv staden, til dømes «Haram folkebibliotek, Brattvåg» (høgst { $max } teikn).
event-start-prompt = Når byrjar det (første gongen)? Skriv dato og klokkeslett, norsk tid, til dømes 01.12.2026 18:00
event-recurrence-prompt = Skjer det fleire gonger?
event-once = Berre éin gong
event-weekly = Kvar veke ({ $when })
event-repeat-crontab = Blir gjenteke etter «{ $expression }» (crontab, norsk tid).
event-audience-prompt = Kven er det for? Vel du ingen, blir det vist til alle nykomarar i kommunen.
event-for = For: { $who }
event-description-prompt = Skriv ei kort skildring på { $language } (høgst { $max } teikn).
event-descriptions-prompt = Skildringa på bokmål er lagra. Legg gjerne til fleire språk. Dei som les eit språk som manglar, får skildringa på engelsk viss ho finst, elles på bokmål.
event-preview-languages = Skildringa per språk:
event-preview-fallback = { $language }: får { $fallback }
event-summary-title = 📅 { $title }
event-save = ✅ Lagre
event-change-title = ✏️ Namn
event-change-place = 📍 Stad
event-change-time = 🕕 Tid
event-change-audience = 👥 For kven
event-change-descriptions = 📝 Skildringar
event-saved = ✅ Arrangementet er lagra og blir vist under /events for dei det er meint for.
event-updated =
    { $count ->
        [0] ✅ Endringa er lagra.
        [one] ✅ Endringa er lagra. Éin person som bad om påminning, får beskjed.
       *[other] ✅ Endringa er lagra. { $count } personar som bad om påminning, får beskjed.
    }
event-announce = 📣 Kunngjer arrangementet
event-announce-started = Kunngjeringa er fylt ut med arrangementet på dei språka det er skildra på. Vel mottakarar.

## Spør ein person (saker)
ask-prompt =
    Write your question in one message, in any language (at most { $max } characters).
    It goes to the staff in { $municipality }. They see a case number, your language and which group you belong to – not your name. The answer will come here.
ask-sent = ✅ Sendt til { $municipality }. Saksnummeret ditt er { $case }. Svaret kjem her i chatten.
case-notification = ❓ New case { $case } · { $who }
case-notification-more = ❓ More in case { $case } · { $who }
case-notification-footer = ↩️ Svar på denne meldinga for å svare, eller skriv /svar { $case } og svaret. Lukk saka med /lukk { $case }.
case-answer = 💬 Svar frå { $municipality } (sak { $case }):
case-answer-footer = Vil du spørje om meir? Trykk «Spør ein person» i /menu.
case-answer-sent = ✅ Svaret er sendt i sak { $case }.
case-unknown = Eg finn inga sak { $case } som du har tilgang til.
case-closed = Sak { $case } er lukka.
case-already-closed = Sak { $case } var alt lukka.
case-reply-usage = Skriv til dømes /svar S-7KQ4 Svaret ditt, eller /lukk S-7KQ4.
case-close-button = ✔ Lukk { $case }
cases-title = 💬 Opne saker:
cases-line = { $case } · { $who } · waiting { $hours } h · { $messages ->
        [one] one message
       *[other] { $messages } messages
    }
cases-none = Ingen opne saker.
cases-hint = Svar ved å svare på saksmeldinga, eller med /svar SAK tekst.
cases-not-allowed = Sakene kan berre sjåast av koordinatorar og staff-grupper.
field-cases = Spørsmål til kommunen
delete-done-cases =
    { $count ->
        [one] eitt spørsmål til kommunen, med svar
       *[other] { $count } spørsmål til kommunen, med svar
    }

## Vegvisaren, sjekklista og spørsmål du skriv sjølv
menu-guide = 📘 Vegvisar
menu-housing = 🏠 Bustad
menu-checklist = ✅ Sjekklista mi
command-guide = Vegvisar: ID, skatt, bank, NAV, lege, skule, norsk
command-housing = Leige og kjøpe bustad, depositum, bustøtte
command-checklist = Sjekklista di: kva du har gjort, og kva som står att
guide-title = 📘 Vegvisar: vel eit tema.
housing-title = 🏠 Bustad: vel eit tema.
guide-steps = Slik gjer du det:
guide-bring = 🎒 Ta med:
guide-where = 📍 I { $municipality }:
guide-unconfirmed = Ikkje alt her er stadfesta av ei offentleg kjelde enno. Spør kommunen før du stolar på det.
guide-previous = ◀ Førre
guide-next = Neste ▶
checklist-title = ✅ Sjekklista di: { $done } av { $total } gjort
checklist-after = ventar på: { $steps }
checklist-hint = Trykk på eit punkt for å lese korleis du gjer det, og for å krysse det av.
checklist-mark-done = ✅ Gjort: { $step }
checklist-mark-skip = ➖ Gjeld ikkje meg
checklist-mark-open = ↩️ Ikkje gjort likevel: { $step }
checklist-marked-done = Flott! «{ $step }» er kryssa av.
checklist-marked-skipped = «{ $step }» er merkt som ikkje relevant for deg.
checklist-marked-open = «{ $step }» står på lista igjen.
question-matches = Eg fann desse temaa. Er eitt av dei det du lurer på?
question-none-button = Ingen av desse
question-none = Orsak at eg ikkje fann det.
question-none-next = Du kan bla i vegvisaren, eller spørje ein person i kommunen.
question-no-match = Eg fann ikkje noko tema som passar. Prøv med andre ord (til dømes «skattekort» eller «fastlege»), eller bruk knappane.
field-checklist = Sjekkliste
value-checklist = { $done } gjort, { $skipped } ikkje relevant
delete-done-checklist = framdrifta på sjekklista di

## Kompetansekartlegging (/skills)
menu-skills = 🧰 Det eg kan
command-skills = Utdanning, arbeid og språk du har – og kva du ønskjer
skills-consent =
    🧰 Few newcomers work with what they trained for, and nobody asks what families bring. Here you can tell us what you have education and experience in, which languages you speak and what you would like.
    Everything is optional. We store it only if you say yes, you see it in /mydata, and you can change or delete it at any time. No staff member can see it in velkommen today.
    Do you want to fill it in?
skills-consent-yes = ✅ Ja, eg vil fylle ut
skills-consent-no = Nei takk
skills-declined = Greitt, vi lagrar ingenting. Du finn det att under «Det eg kan» i /menu.
skills-overview = Trykk på det du vil fylle ut eller endre. Alt er frivillig.
skills-summary-title = 🧰 Det eg kan:
skills-part-education = 🎓 Utdanning
skills-part-field = 🧭 Fagfelt
skills-part-profession = 👷 Yrke
skills-part-experience = ⏳ Erfaring
skills-part-languages = 🗣 Språk
skills-part-licence = 🚗 Førarkort
skills-part-wishes = 🎯 Ønske
skills-shared = 👀 You have said the municipality may see this. No staff member can see it in velkommen yet.
skills-not-shared = 🔒 Berre du ser dette.
skills-share-start = 👀 The municipality may see this
skills-share-stop = 🔒 The municipality may not see this
skills-share-on = Saved: you have said the municipality may see this. Today no staff member can see it in velkommen.
skills-share-off = No ser berre du dette.
skills-clear = 🗑 Slett dette
skills-finish = ✅ Ferdig
skills-cleared = Det du hadde fylt ut under «Det eg kan», er sletta.
skills-thanks = Takk! Du kan endre dette når som helst under «Det eg kan».
skills-education-prompt = Kva er den høgaste utdanninga du har fullført?
skills-field-prompt = Kva fagfelt har du utdanning eller erfaring i?
skills-profession-prompt = Skriv yrket ditt med nokre få ord, til dømes «sjukepleiar» eller «sveisar» (høgst { $max } teikn).
skills-profession-invalid = Skriv yrket med nokre få ord, høgst { $max } teikn.
skills-experience-prompt = Kor mange års erfaring har du i dette?
skills-languages-prompt = Kva språk snakkar du? Trykk på alle som passar.
skills-licence-prompt = Har du førarkort?
skills-wishes-prompt = Kva ønskjer du deg? Trykk på alt som passar.
skills-edu-none = Ingen skule fullført
skills-edu-primary = Grunnskule
skills-edu-secondary = Vidaregåande skule
skills-edu-vocational = Fagbrev eller yrkesutdanning
skills-edu-bachelor = Høgskule/universitet (bachelor)
skills-edu-master = Master eller høgare
skills-field-health = Helse
skills-field-teaching = Undervisning
skills-field-technical = Teknikk og industri
skills-field-building = Bygg og anlegg
skills-field-transport = Transport og lager
skills-field-farming = Landbruk og fiske
skills-field-food = Mat, hotell og restaurant
skills-field-office = Kontor og økonomi
skills-field-it = IT
skills-field-service = Reinhald og service
skills-field-care = Omsorg og barnehage
skills-field-other = Anna
skills-exp-lt1 = Under 1 år
skills-exp-1-3 = 1–3 år
skills-exp-3-10 = 3–10 år
skills-exp-gt10 = Over 10 år
skills-licence-none = Nei
skills-licence-car = Ja, for bil (klasse B)
skills-licence-heavy = Ja, for lastebil eller buss
skills-wish-same = Jobb i det eg kan frå før
skills-wish-any = Ein jobb, kva som helst
skills-wish-edu = Utdanning eller kurs
skills-wish-recog = Få utdanninga mi godkjend
skills-wish-business = Starte eiga bedrift
delete-done-skills = det du fortalde under «Det eg kan»
checklist-due = ⏰ innan utgangen av { $month }
checklist-overdue = ⚠️ skulle vore gjort innan utgangen av { $month } – gjer det så snart du kan
staff-cases = 💬 Opne saker
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
