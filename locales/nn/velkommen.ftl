# velkommen — norsk nynorsk.
# Same nøklar som referansespråket (nb). Skriv klart og varmt,
# med korte setningar: mange les dette på eit nytt språk.

language-name = Norsk nynorsk

## Felles

error-generic = Orsak, noko gjekk gale hos oss. Prøv igjen om litt – det du har lagra, er ikkje borte.
stale-button = Den knappen gjeld ikkje lenger. Her er det du kan gjere no:
state-recovered = Orsak, eg har gløymt kvar vi var i samtalen. Svara dine er tekne vare på – vi held fram herifrå.
use-the-buttons = Trykk på ein av knappane under meldinga, så går vi vidare.
unsupported-message = Eg kan berre lese tekst og knappetrykk – ikkje bilete, lyd, klistremerke eller posisjonar.
edited-message = Eg les ikkje meldingar som er endra. Send gjerne ei ny melding i staden.
group-chat = Eg snakkar berre i private samtalar, for å verne om personvernet ditt. Trykk på namnet mitt og skriv til meg direkte.
unknown-command = Den kommandoen kjenner eg ikkje. /help viser alt eg kan.
finish-first = La oss gjere ferdig dette først:
needs-profile = Velkomstbrevet og svara dine krev ein profil. Trykk «Lag ein profil» for å byrje.
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
    🔒 Personvern – kort fortalt

    Seier du ja, lagrar vi:
    • kommunen din og språket ditt
    • kvifor du kom: som flyktning, for å arbeide, til familie eller noko anna
    • om du er nordisk borgar, EU/EØS-borgar eller frå eit anna land (det spør vi ikkje flyktningar om)
    • kva månad du kom, og kven du bur saman med
    • om du vil ha ein fadder
    • chatnummeret ditt, så vi kan svare deg
    Vi spør aldri om namn, helse, religion eller dokument.

    Kvifor: så råda og velkomstbrevet passar for deg.
    Kven ser det: berre dei som tek imot nye innbyggjarar i kommunen din. Meldingane går gjennom Telegram.

    /mydata viser alt vi har om deg. /delete slettar alt, når som helst.
    Seier du nei, lagrar vi berre språket ditt og kvar du er i samtalen.
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
    Mange som har flytta hit, seier at det betydde mykje å bli kjend med éin nordmann.

    Ein fadder er ein frivillig her i kommunen – nokre gonger ein som sjølv flytta hit for nokre år sidan. Ein fadder kan ta ein kaffi med deg, vise deg rundt og svare på små spørsmål i kvardagen.

    Svarar du ja, blir du sett på fadderlista. Kommunen ser etter ein fadder som passar for deg, og spør deg før fadderen får vite kven du er.

    Vil du ha ein fadder?
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
    Dette kan du skrive til meg:
    /menu – hovudmenyen
    /letter – velkomstbrevet ditt
    /info – kontaktar og møteplassar
    /guide – vegvisar: ID, skatt, bank, NAV, lege, skule, norsk, arbeidsliv
    /housing – leige og kjøpe bustad
    /checklist – sjekklista di
    /events – kva skjer i kommunen
    /ask – spør ein person i kommunen
    /skills – det du kan, viss du vil fortelje det
    /settings – sjå og endre svara dine
    /language – byt språk
    /privacy – kva vi lagrar, og kvifor
    /mydata – alt vi har lagra om deg
    /delete – slett alt om deg
    /start – byrj på nytt
    Du kan òg skrive eit spørsmål med dine eigne ord, til dømes «skattekort» eller «lege», så finn eg tema som passar. Og du kan trykkje på knappane under meldingane.

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

letter-greeting-refugee = Velkomen til { $municipality }! Du skal ikkje finne vegen åleine: flyktningtenesta følgjer deg dei første åra.
letter-greeting-labour = Velkomen til { $municipality }! Mange som kjem for å arbeide, må finne vegen sjølve. Her er det viktigaste samla.
letter-greeting-family = Velkomen til { $municipality }! Her er det viktigaste for deg og familien din.
letter-greeting-other = Velkomen til { $municipality }! Her er det viktigaste for å kome godt i gang.
letter-population = I dag er vi { $count } innbyggjarar i { $municipality }. I går var vi { $yesterday }. Du betyr noko for oss.
letter-mentor-wish = Du står på fadderlista. Trykk på knappen under og fortel kva du gjerne vil ha hjelp med.
letter-steps-title = Dei tre første stega dine:
letter-step = { $number }. { $text }
step-refugee-service = Møt flyktningtenesta. Du får ein kontaktperson og ein plan for introduksjonsprogrammet.
step-norwegian-refugee = Byrj med norsk. Som flyktning har du rett og plikt til gratis opplæring i norsk og samfunnskunnskap.
step-doctor = Vel fastlege på helsenorge.no. Legevakt: 116 117. Naudnummer: 113 ambulanse, 112 politi, 110 brann.
step-id-check = Bestill time til ID-kontroll hos Skatteetaten. Der får du D-nummer eller fødselsnummer.
step-tax-card = Søk om skattekort før du byrjar å jobbe. Med kjeldeskatt blir det trekt ein fast prosent av løna.
step-bank = Opne bankkonto og få BankID. Banken treng D-nummer eller fødselsnummer.
step-norwegian-rights = Finn ut om du har rett til gratis norskopplæring. Det kjem an på kvifor du kom.
step-service-centre = Ta kontakt med servicetorget i kommunen. Der får du hjelp til å finne rett kontor.
letter-children = 👨‍👩‍👧 Barn har rett til barnehageplass frå dei fyller eitt år, og til skuleplass frå året dei fyller seks. Søknadsfristen for barnehage er ofte 1. mars.
letter-footer = Trykk på eit steg for å lese meir. Kontaktar og møteplassar ligg under knappane, og brevet finn du att med /letter.
source-line = 🔗 { $link } (sjekka { $date })
unconfirmed = Døme – kommunen har ikkje stadfest dette enno.
contacts-title = 📇 Kontaktar i { $municipality }
meeting-places-title = ☕ Møteplassar i { $municipality }

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
announce-repeat = 🔁 Fleire gonger
announce-at-prompt = Skriv dato og klokkeslett, norsk tid, til dømes «{ $example }», «i morgon kl. 18» eller «tysdag 18:30».
announce-repeat-prompt = Når skal ho sendast første gong? Skriv til dømes «{ $example }» eller «tysdag kl. 18» – så vel du kor ofte ho skal gå ut. Du kan òg skrive heile regelen: «kvar tysdag kl. 18».
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
announce-preview-repeat = Går ut { $rule }. Dei neste gongene: { $upcoming }.
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
announce-report-line = { $title } – { $municipality }: sendt { $sent }, ventar { $waiting }, blokkert { $blocked }, feila { $failed }. { $when }
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
event-start-prompt = Når byrjar det (første gong)? Skriv dato og klokkeslett, til dømes «{ $example }», «i morgon kl. 18» eller «tysdag 18:30». Skjer det fast, kan du skrive heile regelen: «kvar tysdag kl. 18».
event-recurrence-prompt = Skjer det fleire gonger?
event-once = Berre éin gong
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
    Skriv spørsmålet ditt i éi melding, på kva språk du vil (høgst { $max } teikn).
    Det går til dei tilsette i { $municipality }. Dei ser eit saksnummer, språket ditt og kva gruppe du høyrer til – ikkje namnet ditt. Svaret kjem her.
ask-sent = ✅ Sendt til { $municipality }. Saksnummeret ditt er { $case }. Svaret kjem her i chatten.
case-notification = ❓ Ny sak { $case } · { $who }
case-notification-more = ❓ Meir i sak { $case } · { $who }
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
cases-line = { $case } · { $who } · ventar { $hours } t · { $messages ->
        [one] éi melding
       *[other] { $messages } meldingar
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
    🧰 Få nykomarar arbeider med det dei er utdanna til, og ingen spør kva familien kan. Her kan du fortelje kva du har utdanning og erfaring i, kva språk du snakkar og kva du ønskjer deg.
    Alt er frivillig. Vi lagrar det berre viss du seier ja, du ser det i /mydata, og du kan endre eller slette det når som helst. Koordinatorane i kommunen ser det berre som tal saman med andre (aldri for færre enn 5 personar). Det du sjølv har svart, ser dei berre viss du seier ja til det.
    Vil du fylle ut?
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
skills-shared = 👀 Du har sagt ja til at koordinatorane i kommunen kan sjå det du har svart her, utan namnet ditt, så dei ser kva kompetanse som finst når dei planlegg jobbar, kurs og godkjenning.
skills-not-shared = 🔒 Kommunen ser dette berre som tal saman med andre, aldri for færre enn 5 personar.
skills-share-start = 👀 Kommunen kan få sjå dette
skills-share-stop = 🔒 Kommunen skal ikkje sjå dette
skills-share-on = Lagra: koordinatorane i kommunen kan no sjå det du har svart her, utan namnet ditt.
skills-share-off = Lagra: kommunen ser no dette berre som tal saman med andre.
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
    Brukar du desse, lagrar vi òg:
    • «Spør ein person»: spørsmåla dine og svara. Dei tilsette ser eit saksnummer, språket ditt og gruppa di – aldri namnet ditt.
    • Sjekklista: kva du har kryssa av.
    • «Det eg kan»: berre viss du seier ja der òg. Kommunen ser det som tal saman med andre, og det du sjølv har svart berre viss du seier ja til det.
    Alt står i /mydata og blir sletta med /delete.
citizenship-prompt = Kva statsborgarskap har du? Det avgjer kva reglar som gjeld for deg – til dømes om du må registrere deg hos politiet eller treng opphaldsløyve.
citizenship-nordic = Nordisk (Danmark, Finland, Island, Sverige)
citizenship-eea = Eit anna EU/EØS-land eller Sveits
citizenship-other = Eit land utanfor EU/EØS
field-citizenship = Statsborgarskap
household-relatives = Med foreldre eller annan familie
step-eea-registration = Registrer deg hos politiet innan tre månader etter at du kom. Det er gratis, og du gjer det berre éin gong.
step-nordic-move = Meld flytting til Folkeregisteret hos Skatteetaten. Nordiske borgarar treng ikkje registrere seg hos politiet.
step-work-permit = Du må ha opphaldsløyve for arbeid før du byrjar å jobbe. Søk om fornying i god tid før det går ut.
step-family-permit = Sjekk når opphaldsløyvet ditt for familieinnvandring går ut, og søk om fornying i god tid.
step-residence-permit = Sjekk når opphaldsløyvet ditt går ut, og søk om fornying i god tid.
meeting-places-none = Kommunen har ikkje lagt inn møteplassar enno.
button-contacts = 📇 Kontaktar
button-places = ☕ Møteplassar
typed-yes = ja, jo, jau, jepp, ok, greitt, gjerne, ja takk
typed-no = nei, nei takk, ikkje no, ikkje nå, næ, næi
staff-use-buttons = Bruk knappane under, eller ein kommando. /help viser kommandoane for tilsette.
needs-profile-ask = For å spørje ein person treng vi ein profil: kommunen din, og lov til å ta vare på spørsmålet og sende deg svaret. Trykk «Lag ein profil» for å byrje.
needs-profile-checklist = Sjekklista blir laga ut frå svara dine, så ho krev ein profil. Alle temaa kan du lese i vegvisaren utan profil.
needs-profile-skills = For å ta vare på det du fortel om utdanning og arbeid, treng vi ein profil. Trykk «Lag ein profil» for å byrje.
events-pick = Kva kommune vil du sjå arrangement i?
events-profile-hint = Vil du få ei påminning? Lag ein profil, så kan du trykkje 🔔.
question-ask-person = 💬 Spør ein person om dette
ask-prompt-nobody =
    Ingen i { $municipality } tek imot spørsmål her enno. Du kan likevel skrive spørsmålet ditt (høgst { $max } teikn): vi tek vare på det, og det går til den første tilsette som koplar seg på. Svaret kjem her.
    Hastar det, kontakt kommunen direkte: { $website }
ask-kept = 📥 Spørsmålet ditt er lagra som sak { $case }. Ingen i { $municipality } tek imot spørsmål her enno. Det går til dei tilsette så snart nokon koplar seg på, og svaret kjem her.
ask-carried = Spørsmålet ditt: «{ $question }»
ask-send-carried = ✅ Send dette spørsmålet
case-notification-waited = ❓ Sak { $case } · { $who } – stilt før nokon tok imot spørsmål her
case-arrived-notice = 📨 Spørsmålet ditt (sak { $case }) har no kome fram til dei tilsette i { $municipality }. Svaret kjem her.
case-closed-notice = ✔ { $municipality } har lukka saka di { $case }. Treng du meir hjelp, trykk «Spør ein person» i /menu.
cases-thread-question = ❓ { $time }: { $text }
cases-thread-answer = 💬 { $time }: { $text }
cases-thread-earlier = { $count ->
        [one] … éi tidlegare melding
       *[other] … { $count } tidlegare meldingar
    }
case-answer-prompt = Skriv svaret i sak { $case } som éi melding (høgst { $max } teikn). Det blir sendt slik du skriv det, til personen som spurde.
case-close-confirm = Vil du lukke sak { $case }? Personen som spurde, får beskjed om at saka er lukka.
case-close-yes = ✔ Ja, lukk { $case }
case-reply-group-usage = Skriv svaret i same melding: /svar { $case } og svaret (gjerne på neste linje). Eller svar direkte på saksmeldinga.
staff-waiting-cases = { $count ->
        [one] Eitt spørsmål venta på at nokon skulle ta imot det. Det kjem no.
       *[other] { $count } spørsmål venta på at nokon skulle ta imot dei. Dei kjem no.
    }
staff-category-refugee = Flyktning
staff-category-labour = Arbeidsinnvandrar
staff-category-family = Familieinnvandrar
staff-category-other = Anna
staff-citizenship-nordic = nordisk
staff-citizenship-eea = EU/EØS
staff-citizenship-other = utanfor EU/EØS
staff-home-button = 👩‍💼 Til startsida
staff-help =
    Kommandoar for tilsette:
    /staff – startsida: kunngjeringar, arrangement, saker og rapportar
    /announce – ny kunngjering
    /events – arrangement
    /cases – opne saker, med heile samtalen
    /svar S-7KQ4 svaret – svar i ei sak (eller /svar S-7KQ4, og svaret i neste melding)
    /lukk S-7KQ4 – lukk ei sak
    Du kan òg svare direkte på ei saksmelding.
staff-group-help =
    Kommandoar i denne gruppa:
    /cases – opne saker, med heile samtalen
    /svar S-7KQ4 svaret – svar i ei sak (svaret i same melding, gjerne på neste linje)
    /lukk S-7KQ4 – lukk ei sak
    Du kan òg svare direkte på saksmeldinga.
repeat-advanced = ⚙️ Avansert: crontab-uttrykk
repeat-prompt = Skriv kor ofte det skal skje, til dømes «kvar tysdag kl. 18», «annankvar torsdag kl. 17:30» eller «første måndag i månaden kl. 10». Avansert: eit crontab-uttrykk med fem felt, norsk tid, til dømes 0 18 * * 2.
repeat-weekly = { $day ->
        [mon] kvar måndag
        [tue] kvar tysdag
        [wed] kvar onsdag
        [thu] kvar torsdag
        [fri] kvar fredag
        [sat] kvar laurdag
       *[sun] kvar sundag
    } kl. { $time }
repeat-every-other-week = { $day ->
        [mon] annankvar måndag
        [tue] annankvar tysdag
        [wed] annankvar onsdag
        [thu] annankvar torsdag
        [fri] annankvar fredag
        [sat] annankvar laurdag
       *[sun] annankvar sundag
    } kl. { $time }
repeat-monthly = { $nth ->
        [1] første
        [2] andre
        [3] tredje
        [4] fjerde
       *[last] siste
    } { $day ->
        [mon] måndag
        [tue] tysdag
        [wed] onsdag
        [thu] torsdag
        [fri] fredag
        [sat] laurdag
       *[sun] sundag
    } i månaden kl. { $time }
repeat-crontab = etter crontab «{ $expression }»
repeat-kind-prompt = Første gong: { $when }. Kor ofte skal ho gå ut?
event-titles-prompt = Namnet på bokmål er «{ $title }». Vil du skrive det på andre språk? Den som ikkje finn språket sitt, får namnet på bokmål.
event-title-in-prompt = Skriv namnet på { $language } (på bokmål: «{ $title }»), høgst { $max } teikn.
event-change-titles = 🌐 Namn på andre språk
event-cancel-repeating = #{ $id } «{ $title }» skjer fleire gonger. Vil du avlyse éin dato eller heile serien? Dei som har bede om påminning for det du avlyser, får beskjed.
event-cancel-date = ✖ Berre { $when }
event-cancel-series = ✖ Heile serien
event-date-cancelled = «{ $title }» { $when } er avlyst. { $count ->
        [0] Ingen hadde bede om påminning.
        [one] Éin person som bad om påminning, får beskjed.
       *[other] { $count } personar som bad om påminning, får beskjed.
    } Dei andre datoane gjeld framleis.
event-date-cancelled-notice = ❌ Avlyst: { $title } { $when } ({ $place }). Dei andre datoane gjeld som før.
when-not-a-time = Det klarte eg ikkje å lese som dato og klokkeslett. Skriv til dømes «{ $example }», «i morgon kl. 18» eller «tysdag 18:30».
when-no-time = Klokkeslettet manglar. Skriv til dømes «{ $example }» eller «tysdag kl. 18».
when-in-the-past = Det tidspunktet har alt vore. Skriv eit tidspunkt fram i tid, til dømes «{ $example }».
when-too-far = Det er meir enn to år fram i tid. Skriv eit tidspunkt som er nærare, til dømes «{ $example }».
when-not-a-repeat = Det klarte eg ikkje å lese som ei gjentaking. Skriv til dømes «kvar tysdag kl. 18», «annankvar torsdag kl. 17:30» eller «første måndag i månaden kl. 10».
when-not-a-crontab = Det er ikkje eit gyldig crontab-uttrykk. Det må ha fem felt, til dømes 0 18 * * 2 (kvar tysdag kl. 18:00).
when-never-fires = Det uttrykket gjev aldri noko tidspunkt. Prøv til dømes 0 18 * * 2 (kvar tysdag kl. 18:00).
announce-preview-quiet = 🌙 Då er det stille timar: vanlege meldingar går ut { $when }.
announce-preview-now-quiet = 🌙 No er det stille timar. Meldingane går ut { $when }.
announce-quiet = 🌙 Stille timar: vanlege meldingar går ut { $when }.
announce-stop-confirm = Vil du stoppe { $title }? Kunngjeringa blir ikkje sendt fleire gonger, og meldingar som ikkje er sende enno, blir trekte tilbake.
announce-stop-yes = ✖ Ja, stopp
announce-report-waiting = Lagd i kø – resten ventar på å bli sende (til dømes til dei stille timane er over).
staff-group-refugee = Flyktningar
staff-group-labour = Arbeidsinnvandrarar
staff-group-family = Familieinnvandrarar
staff-group-other = Andre

## Kunngjeringsmalar

announce-from-template = 📋 Frå ein mal (på alle språk)
announce-template-pick = Vel ein mal. Han er skriven på alle ti språka, så kvar nykomar får han på sitt eige språk. ⚠️ tyder at han hastar og blir sendt òg om natta.
announce-template-when = Når? Skriv dato og klokkeslett, til dømes 08.12.2026 18:00 eller tysdag kl. 18.
announce-template-date = Kva dato? Til dømes 01.03.2027 eller 1. mars.
announce-template-time = Kva klokkeslett? Til dømes 18 eller 18:30.
announce-template-place = Kvar? Skriv staden slik folk kjenner han (høgst { $max } teikn).
announce-template-contact = Kven kan folk kontakte? Skriv namn, telefon eller e-post (høgst { $max } teikn).
announce-template-done =
    { $count ->
        [one] ✅ Teksten er klar på eitt språk:
       *[other] ✅ Teksten er klar på { $count } språk. Slik les kvar enkelt han:
    }
announce-template-bad-date = Eg forstod ikkje datoen. Skriv han til dømes som 08.12.2026 18:00, i morgon kl. 18 eller tysdag kl. 18 – og ikkje ein dato som alt har vore.
announce-template-bad-time = Eg forstod ikkje klokkeslettet. Skriv til dømes 18 eller 18:30.

## Maskinomsetjing

case-machine-translation = 🤖 Maskinomsett til bokmål ({ $provider }):
case-machine-translated-answer = 🤖 Maskinomsett frå norsk ({ $provider }). Det kommunen skreiv:
privacy-translation = 🤖 Maskinomsetjing: spørsmåla du skriv til kommunen, og svara, blir omsette av { $provider }. Berre teksten blir sendt dit – aldri namnet ditt eller chatnummeret ditt. Du ser alltid den opphavlege teksten òg.
machine-translated = 🤖 Maskinomsett frå norsk av { $provider }. Det kan vere feil i omsetjinga.
machine-original-button = 🇳🇴 Vis den norske originalen
machine-original = 🇳🇴 Den norske originalen, frå { $municipality }:
announce-machine-done = 🤖 { $provider } har omsett teksten til { $count ->
        [one] eitt språk
       *[other] { $count } språk
    } for dei som får han. Trykk på eit språk for å lese omsetjinga og behalde ho, skrive di eiga eller droppe ho.
announce-machine-failed = Desse språka kunne ikkje maskinomsetjast: { $languages }. Dei som les dei, får teksten på engelsk eller bokmål viss du ikkje skriv han sjølv.
announce-translations-machine-prompt = Omsetjingane: ✍️ skriven av deg · 🤖 maskinomsett, ikkje sjekka · 🤖✅ sjekka · 🚫 droppa. Trykk på eit språk for å lese, skrive eller droppe det. Den som ikkje finn språket sitt, får engelsk viss det finst ein engelsk tekst, elles bokmål (nynorsklesarar får bokmål).
announce-machine-review = 🤖 { $language } – maskinomsett av { $provider }:
announce-machine-question = Vil du behalde ho, skrive di eiga eller droppe ho? Droppar du ho, får dei som les { $language }, teksten på { $fallback }.
announce-machine-accept = ✅ Behald omsetjinga
announce-machine-write = ✏️ Skriv omsetjinga sjølv
announce-machine-drop = 🗑 Dropp omsetjinga
announce-preview-machine = { $language }: { $count } (🤖 maskinomsett, ikkje sjekka)
announce-preview-machine-checked = { $language }: { $count } (🤖 maskinomsett, sjekka)
announce-check-translations = 🌐 Sjekk omsetjingane
insight-translation-usage = 🤖 Maskinomsetjing hos { $provider } i { $month }: { $requests } tekstar, { $characters } teikn sende.
event-descriptions-machine-prompt = Skildringane og namna per språk: ✍️ skriven av deg · 🤖 maskinomsett, ikkje sjekka · 🤖✅ sjekka · 🚫 droppa. Trykk på eit språk for å lese, skrive eller droppe det. Dei som ikkje finn språket sitt, får skildringa på engelsk viss ho finst, elles på bokmål.
event-template-pick = Kva for ein mal? Skildringa blir skriven på alle språk med dato, tid og stad for arrangementet. Berre arrangement som skjer éin gong, kan bruke malar.
event-template-done = { $count ->
        [one] ✅ Namnet og skildringa er skrivne frå malen på eitt språk.
       *[other] ✅ Namnet og skildringa er skrivne frå malen på { $count } språk.
    } Du kan framleis skrive om kvart språk nedanfor.
announce-text-prompt-machine = Skriv kunngjeringa på { $language } og send alt som éi melding (høgst { $max } teikn). { $provider } omset ho så til språka til mottakarane, og du sjekkar kvar omsetjing før ho går ut.
staff-audit = 🧾 Logg over handlingar
audit-pick = Loggen for kva kommune?
audit-title = 🧾 Logg over handlingar – { $municipality }: dei siste handlingane til dei tilsette, nyaste først (den tilsette blir vist med chatnummeret sitt).
audit-empty = Ingenting enno.
audit-footer = Loggen kan ikkje endrast. Heile loggen: velkommen audit --municipality { $slug } på serveren.
audit-invite-redeemed = vart registrert som tilsett:
audit-announcement-created = kunngjering laga
audit-announcement-stopped = kunngjering stoppa
audit-event-created = arrangement laga
audit-event-changed = arrangement endra
audit-event-cancelled = arrangement avlyst
audit-case-answered = svar sendt i sak
audit-case-closed = sak lukka
audit-insight-read = innsikt opna for
audit-competence-read = kompetanseoversikt opna, personar:
audit-mentor-approved = fadder godkjend
audit-mentor-paused = fadder sett på pause
audit-mentor-ended = fadder avslutta
audit-story-published = månadens nykomar publisert
audit-staff-revoked = tilgang som tilsett fjerna:
staff-erase = 🗑 Ønske om sletting
erase-prompt = Nokon har bede kommunen – på telefon, i brev eller ved skranken – om å slette alt velkomsttenesta har lagra om dei. Skriv saksnummeret deira og kvifor, til dømes: S-7KQ4 bad om det på telefon 2. desember (høgst { $max } teikn for grunngjevinga).
erase-usage = Skriv saksnummeret først og så grunngjevinga, til dømes: S-7KQ4 bad om det på servicetorget.
erase-confirm = Slette alt om personen i sak { $case }: svara, spørsmåla, sjekklista, kompetansen, fadderpåmeldinga og meldingar som ventar på å bli sende? Ei eventuell fadderkopling blir avslutta (den andre parten får beskjed). Du kan ikkje angre etterpå. Grunngjevinga, som blir skriven i loggen: { $reason }
erase-yes = 🗑 Ja, slett alt
erase-cancelled = Ingenting vart sletta.
erase-done = Alt om personen i sak { $case } er sletta, og personen har fått beskjed. Slettinga står i loggen.
erase-notice = Du bad kommunen om å slette alt vi hadde lagra om deg. No er alt sletta. Du kan byrje på nytt når som helst med /start.
audit-erasure = person sletta etter eige ønske:
mydata-file-button = 📄 Som fil
mydata-file-caption = 📄 Alt vi har lagra om deg, som éi fil (JSON) som du kan ta vare på eller gje til ei anna teneste.
retention-warning = Du har ikkje skrive til oss på nesten to år. { $date } slettar vi alt vi har lagra om deg, slik vi lova då du sa ja. Vil du at vi skal ta vare på det, er det nok å skrive kva som helst her før den tid.

## Papir: velkomstbrevet som PDF, og plakatar

letter-pdf-button = 📄 Som PDF
letter-pdf-caption = 📄 Velkomstbrevet ditt som PDF: til å skrive ut, eller til å vise fram på eit kontor.
print-letter-qr = Skann med kameraet på telefonen: velkomsttenesta i { $municipality } opnar seg i Telegram, på ditt språk.
print-failed = Orsak, PDF-en kunne ikkje lagast akkurat no. Prøv igjen om litt.
poster-welcome = Velkomen til { $municipality }!
poster-what = Skann koden med kameraet på telefonen og få hjelp på ditt eige språk i Telegram: dei første stega, kontaktar, møteplassar og svar på spørsmåla dine.
poster-mentor-title = Bli fadder i { $municipality }!
poster-mentor-body = Bli kjend med ein som nettopp har flytta hit: ein kopp kaffi, ein tur, litt norsktrening. Nokre timar i månaden betyr mykje. Har du sjølv flytta til Noreg? Då er språket ditt og det du har opplevd, ei gåve til ein som er ny.
poster-mentor-scan = Skann koden med kameraet på telefonen for å melde deg på i Telegram. Det tek om lag tre minutt, og kommunen tek kontakt med deg.
staff-posters = 🖨 Plakatar
posters-pick = Plakatar for kva kommune?
posters-newcomers-caption = 🖨 Plakat for nye innbyggjarar i { $municipality }: «velkomen» på alle dei ti språka og ein QR-kode som opnar velkomsttenesta i { $municipality }. Skriv han ut på A4 til servicetorget, biblioteket og arbeidsgjevarar.
posters-mentors-caption = 🖨 Plakat for å rekruttere faddrar i { $municipality }: QR-koden opnar fadderpåmeldinga.
