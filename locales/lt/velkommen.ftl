# velkommen — lietuvių kalba (Lithuanian).
# Tie patys raktai kaip nb. Rašykite paprastai ir šiltai, trumpais sakiniais:
# daugeliui skaitytojų šalis ir kalba dar nauja.

language-name = Lietuvių

## Bendra

error-generic = Atsiprašome, mūsų sistemoje kažkas nepavyko. Pabandykite dar kartą šiek tiek vėliau – tai, ką išsaugojote, nedingo.
stale-button = Šis mygtukas nebegalioja. Štai ką galite daryti dabar:
use-the-buttons = Paspauskite vieną iš mygtukų po žinute, ir tęsime.
unsupported-message = Suprantu tik tekstą ir mygtukų paspaudimus – ne nuotraukas, garso įrašus, lipdukus ar buvimo vietas.
edited-message = Pataisytų žinučių neskaitau. Geriau išsiųskite naują žinutę.
group-chat = Kalbu tik privačiuose pokalbiuose – taip saugomas jūsų privatumas. Paspauskite mano vardą ir parašykite man tiesiogiai.
unknown-command = Tokios komandos nežinau. /help parodo viską, ką moku.
finish-first = Pirmiausia užbaikime štai ką:
needs-profile = The welcome letter and your answers need a profile. Tap "Make a profile" to begin.
button-back = ← Atgal
button-menu = ☰ Meniu

## Pradžia ir kalba

start-hello = Sveiki atvykę! Esu savivaldybės skaitmeninis pagalbininkas naujiems gyventojams.
start-hello-municipality = Sveiki atvykę į { $municipality } savivaldybę! Esu savivaldybės skaitmeninis pagalbininkas naujiems gyventojams.
start-unknown-link = Šios nuorodos neatpažįstu. Pasirinkite savo savivaldybę iš sąrašo.
start-registered-elsewhere = Jūsų profilyje nurodyta { $municipality } savivaldybė. Nuoroda, kurią panaudojote, skirta { $linked } savivaldybei. Savivaldybę galite pakeisti per /settings.
welcome-back = Sveiki sugrįžę!
link-municipality-prompt = Kurioje savivaldybėje gyvenate arba į kurią ketinate persikelti?
language-prompt = 🌐 Dabartinė kalba: { $language }. Paspauskite kalbą, kurią norite naudoti:
language-changed = Gerai, dabar kalbėsime lietuviškai.

## Privatumas

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
privacy-question = Ar sutinkate, kad išsaugotume jūsų atsakymus?
privacy-accept = Taip, sutinku
privacy-decline = Ne, ačiū
privacy-thanks = Ačiū! Dabar užduosiu kelis trumpus klausimus. Atsakykite mygtukais – vėliau atsakymus galėsite pakeisti.
privacy-declined = Viskas gerai. Apie jus nieko neišsaugojome – tik jūsų kalbą ir tai, kurioje pokalbio vietoje esate. Galite skaityti apie savivaldybes, o sutikti galėsite ir vėliau, su /privacy.
privacy-consented = Sutikimą davėte { $date }. Galite jį atšaukti ir viską ištrinti su /delete.

## Klausimai

municipality-prompt = Kurioje savivaldybėje gyvenate arba į kurią ketinate persikelti?
category-prompt = Kas jums labiausiai tinka? Nuo atsakymo priklauso, kokius pirmuosius žingsnius jums parodysime.
category-refugee = Esu pabėgėlis / pabėgėlė
category-labour = Atvykau dirbti
category-family = Atvykau pas šeimą
category-other = Kita
arrival-prompt = Kada atvykote į { $municipality } savivaldybę?
arrival-month = { $year } m. { $month }
arrival-not-yet = Dar neatvykau
arrival-earlier = Daugiau nei prieš metus
household-prompt = Su kuo čia gyvenate?
household-alone = Gyvenu vienas / viena
household-partner = Su partneriu, be vaikų
household-children = Su vaikais
mentor-prompt =
    Many people who moved here say that getting to know one Norwegian meant a lot.

    A mentor (fadder) is a volunteer here in the municipality – sometimes someone who moved here a few years ago. A mentor can have a coffee with you, show you around and answer small everyday questions.

    The mentor scheme in velkommen has not started yet. If you say yes, we save your wish.

    Would you like a mentor?
mentor-yes = Taip, norėčiau
mentor-no = Ne, ačiū, ne dabar
mentor-value-yes = pageidaujamas
mentor-value-no = ne dabar
profile-done = Ačiū už atsakymus! Štai jūsų sveikinimo laiškas.

## Mėnesiai

month-1 = sausis
month-2 = vasaris
month-3 = kovas
month-4 = balandis
month-5 = gegužė
month-6 = birželis
month-7 = liepa
month-8 = rugpjūtis
month-9 = rugsėjis
month-10 = spalis
month-11 = lapkritis
month-12 = gruodis
month-short-1 = saus.
month-short-2 = vas.
month-short-3 = kov.
month-short-4 = bal.
month-short-5 = geg.
month-short-6 = birž.
month-short-7 = liep.
month-short-8 = rugp.
month-short-9 = rugs.
month-short-10 = spal.
month-short-11 = lapkr.
month-short-12 = gruod.

## Savaitės dienos

weekday-short-mon = pr
weekday-short-tue = an
weekday-short-wed = tr
weekday-short-thu = kt
weekday-short-fri = pn
weekday-short-sat = št
weekday-short-sun = sk

## Meniu

menu-title = Ką norėtumėte daryti?
guest-title = Profilio pas mus neturite, todėl apie jus nieko nesaugome. Štai ką galite daryti:
menu-letter = 📨 Sveikinimo laiškas
menu-info = 🏘 Kontaktai ir susitikimų vietos
menu-settings = ⚙️ Mano atsakymai
menu-language = 🌐 Kalba
menu-mydata = 🔎 Mano duomenys
menu-privacy = 🔒 Privatumas
menu-delete = 🗑 Ištrinti viską
menu-help = ❓ Pagalba
menu-signup = ✅ Sukurti profilį
info-prompt = Apie kurią savivaldybę norėtumėte paskaityti?
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

## Nustatymai ir mano duomenys

settings-title = Štai jūsų atsakymai. Paspauskite tą, kurį norite pakeisti:
settings-saved = Išsaugota.
profile-row = { $label }: { $value }
field-municipality = Savivaldybė
field-category = Apie jus
field-arrival = Atvykimas
field-household = Su kuo gyvenate
field-mentor = Mentorius
field-language = Kalba
field-chat = Pokalbis
field-consent = Sutikimas duotas
field-pending = Laukiančios žinutės
value-unanswered = neatsakyta
mydata-title = 🔎 Štai ką apie jus išsaugojome:
mydata-no-profile = Profilio neturite, todėl jūsų atsakymų neturime. Prisimename tik jūsų kalbą ir tai, kurioje pokalbio vietoje esate.
mydata-footer = Atsakymus galite pakeisti su /settings, o viską ištrinti – su /delete.

## Ištrynimas

delete-confirm = Ar norite ištrinti viską, ką apie jus išsaugojome? Tai jūsų profilis, atsakymai ir žinutės, kurios laukia išsiuntimo. Šio veiksmo atšaukti nebus galima.
delete-yes = Taip, ištrinti viską
delete-no = Ne, palikti
delete-cancelled = Gerai, niekas neištrinta.
delete-nothing = Apie jus nieko nebuvome išsaugoję.
delete-done = Atlikta. Ištrinta:
delete-done-profile = jūsų profilis: savivaldybė, atsakymai ir sutikimas
delete-done-conversation = pokalbis: jūsų kalba ir vieta pokalbyje
delete-done-pending =
    { $count ->
        [one] { $count } žinutė, laukusi išsiuntimo
        [few] { $count } žinutės, laukusios išsiuntimo
       *[other] { $count } žinučių, laukusių išsiuntimo
    }
delete-done-footer = Apie jus nebeturime jokių duomenų. Jei norite pradėti iš naujo, parašykite /start.

## Sveikinimo laiškas

letter-greeting-refugee = Welcome to { $municipality }! You will not have to find your way alone: the refugee service will stay in touch with you through the first years.
letter-greeting-labour = Welcome to { $municipality }! Many people who come here to work have to find their own way, so here is what matters most, in one place.
letter-greeting-family = Welcome to { $municipality }! Here is what matters most for you and your family.
letter-greeting-other = Welcome to { $municipality }! Here is what matters most to get off to a good start.
letter-population = There are { $count } of us in { $municipality } today. Yesterday there were { $yesterday }. You matter to us.
letter-mentor-wish = Your wish for a mentor is saved. The mentor scheme in velkommen has not started yet, so no mentor is on the way just now.
letter-steps-title = Jūsų pirmieji trys žingsniai:
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
unconfirmed = Pavyzdys – savivaldybė to dar nepatvirtino.
contacts-title = 📇 Contacts in { $municipality }
meeting-places-title = ☕ Meeting places in { $municipality }

## Įstaigos ir susitikimų vietos

office-service-centre = klientų aptarnavimo centras
office-refugee-service = pabėgėlių tarnyba
office-adult-education = suaugusiųjų švietimo centras
office-nav = NAV (darbo ir gerovės tarnyba)
office-tax-office = Mokesčių administracija, tapatybės patikra
office-police = policija
office-volunteer-centre = savanorių centras
office-library = biblioteka
place-library = biblioteka
place-language-cafe = kalbų kavinė
place-sports = sportas
place-choir = choras
place-volunteering = savanorystė
place-gear-loan = nemokamas inventoriaus skolinimas
place-clubs = klubai ir draugijos
place-culture = kultūra

## Komandos (Telegram meniu)

command-start = Pradėti iš naujo
command-menu = Pagrindinis meniu
command-letter = Jūsų sveikinimo laiškas
command-info = Kontaktai ir susitikimų vietos
command-settings = Peržiūrėti ir pakeisti atsakymus
command-language = Pakeisti kalbą
command-privacy = Ką saugome ir kodėl
command-mydata = Viskas, ką apie jus išsaugojome
command-delete = Ištrinti viską apie jus
command-help = Pagalba

## Darbuotojai

role-coordinator = koordinatorius
role-announcer = skelbimai
role-mentor-coordinator = mentorių koordinatorius
staff-code-malformed = Tai nepanašu į kvietimo kodą. Kodą sudaro dvylika simbolių, pavyzdžiui, /staff K7QF-2M9X-4TPA.
staff-code-unknown = Tokio kodo nežinau. Patikrinkite, ar jį įvedėte teisingai, arba paprašykite naujo.
staff-code-expired = Šio kodo galiojimas baigėsi. Paprašykite naujo kodo žmogaus, kuris jus pakvietė.
staff-code-used = Šis kodas jau panaudotas. Kiekvienas kodas galioja tik vieną kartą.
staff-welcome = Sveiki! Jums suteikta darbuotojo prieiga: { $municipality } ({ $role }). Parašykite /staff, kad atvertumėte savo įrankius.
staff-group-bound = Ši grupė dabar gaus pranešimus: { $municipality } ({ $role }).
staff-not-member = Darbuotojo prieigos neturite. Jei turite kvietimo kodą, parašykite /staff ir kodą.
staff-home-title = 👩‍💼 Jūsų savivaldybės ir vaidmenys:
staff-membership = • { $municipality } – { $role }
staff-new-announcement = 📣 Naujas skelbimas
staff-reports = 📊 Pristatymo ataskaitos
delete-done-staff = jūsų darbuotojo prieiga

## Skelbimai

announce-pick-municipality = Kuriai savivaldybei skirtas skelbimas?
announce-audience-title = 📣 Naujas skelbimas: { $municipality }. Kas turi jį gauti? Paspauskite, kad pakeistumėte, o kai viskas tinka – „Toliau“.
announce-everyone = be apribojimų
announce-categories-button = Gavėjai: { $value }
announce-languages-button = Kalbos: { $value }
announce-children-button = Tik šeimos su vaikais
announce-arrival-button = Atvykimas: { $value }
announce-months =
    { $count ->
        [1] per pastarąjį mėnesį
        [one] per pastaruosius { $count } mėnesį
        [few] per pastaruosius { $count } mėnesius
       *[other] per pastaruosius { $count } mėnesių
    }
announce-continue = Toliau →
announce-cancel = ✖ Atšaukti
announce-cancelled = Atšaukta. Nieko neišsiųsta.
announce-categories-prompt = Kas turi gauti skelbimą? Jei nieko nepasirinksite, skelbimą gaus visi.
announce-languages-prompt = Kokių kalbų gavėjams siųsti? Jei nieko nepasirinksite, skelbimą gaus visi.
announce-text-prompt = Parašykite skelbimą (kalba: { $language }) ir išsiųskite jį viena žinute (ne daugiau kaip { $max } simbolių). Skelbimą gaus visi – savo kalba, jei pridėsite vertimą.
announce-translation-prompt = Parašykite tekstą (kalba: { $language }) ir išsiųskite jį viena žinute (ne daugiau kaip { $max } simbolių).
announce-text-empty = Žinutė buvo tuščia. Parašykite tekstą ir išsiųskite jį.
announce-text-too-long =
    Tekste yra { $length ->
        [one] { $length } simbolis
        [few] { $length } simboliai
       *[other] { $length } simbolių
    }, o leidžiama ne daugiau kaip { $max }. Sutrumpinkite tekstą ir išsiųskite jį dar kartą.
announce-translations-prompt = Ar norite pridėti vertimų? Gavėjai, kurių kalbos nėra, gaus tekstą anglų kalba, jei jį parašėte, o jei ne – norvegų kalba (bokmål). Nynorsk skaitytojai gauna bokmål. Niekas neliks be skelbimo.
announce-urgency-prompt = Ar tai skubu? Įprastos žinutės nesiunčiamos nuo 21:00 iki 08:00.
announce-normal = Įprastas – ne naktį
announce-urgent = Skubus – ir naktį
announce-schedule-prompt = Kada išsiųsti skelbimą?
announce-now = Dabar
announce-at = Nustatytu laiku
announce-repeat = Reguliariai (crontab)
announce-at-prompt = Parašykite datą ir laiką Norvegijos laiku (diena.mėnuo.metai valandos:minutės), pavyzdžiui, 01.12.2026 18:00
announce-at-invalid = Nepavyko to perskaityti. Parašykite, pavyzdžiui, 01.12.2026 18:00
announce-at-past = Šis laikas jau praėjo. Nurodykite laiką ateityje.
announce-repeat-prompt =
    Parašykite crontab išraišką iš penkių laukų Norvegijos laiku: minutė, valanda, mėnesio diena, mėnuo, savaitės diena (1 = pirmadienis).
    Pavyzdys: 0 18 * * 2 = kiekvieną antradienį 18:00.
announce-repeat-invalid = Tai netinkama crontab išraiška. Joje turi būti penki laukai, pavyzdžiui, 0 18 * * 2 (kiekvieną antradienį 18:00).
announce-repeat-never = Pagal šią išraišką skelbimas niekada nebus išsiųstas. Pabandykite, pavyzdžiui, 0 18 * * 2 (kiekvieną antradienį 18:00).
announce-preview-title = 👀 Peržiūra – { $municipality }
announce-preview-audience = Gavėjai: { $categories } · Kalbos: { $languages } · Atvykimas: { $arrival }
announce-preview-reach =
    { $count ->
        [one] Skelbimą gaus { $count } asmuo:
        [few] Skelbimą gaus { $count } asmenys:
       *[other] Skelbimą gaus { $count } asmenų:
    }
announce-preview-language = { $language }: { $count }
announce-preview-fallback = { $language }: { $count } (gaus tekstą: { $fallback })
announce-preview-nobody = Pagal šiuos kriterijus kol kas niekas netinka. Pakeiskite gavėjus.
announce-preview-normal = Įprastas (nesiunčiamas nuo 21:00 iki 08:00)
announce-preview-urgent = Skubus (siunčiamas ir naktį)
announce-preview-now = Bus išsiųstas dabar.
announce-preview-at = Bus išsiųstas { $when }.
announce-preview-repeat = Kartojamas pagal „{ $expression }“. Artimiausi siuntimai: { $upcoming }.
announce-send =
    { $count ->
        [one] ✅ Siųsti { $count } asmeniui
        [few] ✅ Siųsti { $count } asmenims
       *[other] ✅ Siųsti { $count } asmenų
    }
announce-edit-text = ✏️ Keisti tekstą
announce-edit-audience = 👥 Keisti gavėjus
announce-queued =
    { $count ->
        [0] Į eilę neįtraukta nė viena žinutė.
        [one] Į eilę įtraukta { $count } žinutė. Kai ji bus išsiųsta, gausite pristatymo ataskaitą.
        [few] Į eilę įtrauktos { $count } žinutės. Kai jos bus išsiųstos, gausite pristatymo ataskaitą.
       *[other] Į eilę įtraukta { $count } žinučių. Kai jos bus išsiųstos, gausite pristatymo ataskaitą.
    }
announce-scheduled = Suplanuota. Pirmasis siuntimas: { $when }. Po kiekvieno siuntimo gausite pristatymo ataskaitą.
announce-reports-title = 📊 Naujausi skelbimai:
announce-reports-none = Skelbimų dar nėra.
announce-report-line = { $title } – { $municipality }: išsiųsta { $sent }, užblokuota { $blocked }, nepavyko { $failed }, eilėje { $queued }. { $when }
announce-report-next = Kitas siuntimas: { $when }.
announce-report-done = Baigta.
announce-report-stopped = Sustabdyta.
announce-report = 📊 Pristatymo ataskaita – { $title }: išsiųsta { $sent }, užblokuota { $blocked }, nepavyko { $failed }, dar eilėje { $queued }.
announce-stop = ✖ Sustabdyti #{ $id }
announce-stopped =
    { $count ->
        [one] Skelbimas { $title } sustabdytas. Iš eilės atšaukta { $count } žinutė.
        [few] Skelbimas { $title } sustabdytas. Iš eilės atšauktos { $count } žinutės.
       *[other] Skelbimas { $title } sustabdytas. Iš eilės atšaukta { $count } žinučių.
    }

## Renginiai susitikimų vietose
menu-events = 📅 Kas vyksta
menu-ask = 💬 Paklausti žmogaus
command-events = Kas vyksta savivaldybėje
command-ask = Užduoti klausimą savivaldybės darbuotojui
events-title = 📅 Kas vyks { $municipality } savivaldybėje per ateinantį mėnesį:
events-none = Renginių { $municipality } savivaldybėje per ateinantį mėnesį dar nepridėta. Taip pat peržiūrėkite susitikimų vietas skiltyje „Kontaktai ir susitikimų vietos“.
events-remind-hint = Paspauskite 🔔 ir gausite priminimą likus trims valandoms iki pradžios.
event-repeats = Kartojasi kas savaitę arba pagal nustatytą tvarkaraštį.
event-reminder = 🔔 Priminimas: { $title }
event-reminder-set = Gerai! Priminimą apie „{ $title }“ ({ $event }) gausite { $when }.
event-reminder-exists = Priminimą apie „{ $title }“ ({ $event }) jau turite.
event-has-started = Šis renginys jau prasidėjo arba baigėsi, todėl negaliu jums apie jį priminti.
event-is-cancelled = Šis renginys atšauktas.
event-cancelled-notice = ❌ Atšaukta: { $title }
event-changed-notice = ✏️ Pakeista: { $title }. Jūsų priminimas pašalintas – paspauskite 🔔 skiltyje /events, kad gautumėte naują.
staff-events = 📅 Renginiai
staff-events-title = 📅 Artimiausi renginiai:
staff-events-none = Artimiausių renginių nėra.
staff-new-event = ➕ Naujas renginys
event-edit = ✏️ Keisti #{ $id }
event-cancel = ✖ Atšaukti #{ $id }
event-cancel-confirm = Atšaukti renginį #{ $id }? Visiems, kurie prašė priminimo, bus pranešta.
event-cancel-yes = ✖ Taip, atšaukti
event-cancelled =
    { $count ->
        [0] Renginys „{ $title }“ atšauktas. Priminimo niekas nebuvo prašęs.
        [one] Renginys „{ $title }“ atšauktas. Pranešimą gaus { $count } asmuo, kuris prašė priminimo.
        [few] Renginys „{ $title }“ atšauktas. Pranešimą gaus { $count } asmenys, kurie prašė priminimo.
        [many] Renginys „{ $title }“ atšauktas. Pranešimą gaus { $count } asmens, kurie prašė priminimo.
       *[other] Renginys „{ $title }“ atšauktas. Pranešimą gaus { $count } asmenų, kurie prašė priminimo.
    }
event-aborted = Renginys neišsaugotas.
event-title-prompt =
    Parašykite renginio pavadinimą, pavyzdžiui, „Kalbų kavinė“ (ne daugiau kaip { $max ->
        [one] { $max } simbolis
        [few] { $max } simboliai
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }).
event-place-prompt = Kur renginys vyks? Pasirinkite susitikimų vietą arba įrašykite kitą vietą.
event-other-place = ✏️ Kita vieta
event-place-text-prompt =
    Parašykite vietą, pavyzdžiui, „Haram folkebibliotek, Brattvåg“ (ne daugiau kaip { $max ->
        [one] { $max } simbolis
        [few] { $max } simboliai
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }).
event-start-prompt = Kada renginys prasideda (pirmą kartą)? Parašykite datą ir laiką Norvegijos laiku, pavyzdžiui, 01.12.2026 18:00
event-recurrence-prompt = Ar renginys vyks daugiau nei vieną kartą?
event-once = Tik vieną kartą
event-weekly = Kas savaitę ({ $when })
event-repeat-crontab = Kartojasi pagal „{ $expression }“ (crontab, Norvegijos laiku).
event-audience-prompt = Kam skirtas renginys? Jei nieko nepasirinksite, jį matys visi nauji savivaldybės gyventojai.
event-for = Kam: { $who }
event-description-prompt =
    Parašykite trumpą aprašymą (kalba: { $language }; ne daugiau kaip { $max ->
        [one] { $max } simbolis
        [few] { $max } simboliai
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }).
event-descriptions-prompt = Aprašymas norvegų kalba (bokmål) išsaugotas. Jei galite, pridėkite daugiau kalbų. Skaitytojai, kurių kalba aprašymo nėra, gaus aprašymą anglų kalba, jei jis yra, o jei ne – norvegų kalba (bokmål).
event-preview-languages = Aprašymas pagal kalbas:
event-preview-fallback = { $language } – gaus tekstą: { $fallback }
event-summary-title = 📅 { $title }
event-save = ✅ Išsaugoti
event-change-title = ✏️ Pavadinimas
event-change-place = 📍 Vieta
event-change-time = 🕕 Laikas
event-change-audience = 👥 Kam skirta
event-change-descriptions = 📝 Aprašymai
event-saved = ✅ Renginys išsaugotas. Tie, kuriems jis skirtas, jį matys skiltyje /events.
event-updated =
    { $count ->
        [0] ✅ Pakeitimas išsaugotas.
        [one] ✅ Pakeitimas išsaugotas. Pranešimą gaus { $count } asmuo, kuris prašė priminimo.
        [few] ✅ Pakeitimas išsaugotas. Pranešimą gaus { $count } asmenys, kurie prašė priminimo.
        [many] ✅ Pakeitimas išsaugotas. Pranešimą gaus { $count } asmens, kurie prašė priminimo.
       *[other] ✅ Pakeitimas išsaugotas. Pranešimą gaus { $count } asmenų, kurie prašė priminimo.
    }
event-announce = 📣 Paskelbti renginį
event-announce-started = Skelbimas užpildytas renginio informacija tomis kalbomis, kuriomis renginys aprašytas. Pasirinkite gavėjus.

## Paklausti žmogaus (užklausos)
ask-prompt =
    Write your question in one message, in any language (at most { $max } characters).
    It goes to the staff in { $municipality }. They see a case number, your language and which group you belong to – not your name. The answer will come here.
ask-sent = ✅ Išsiųsta { $municipality } savivaldybei. Jūsų užklausos numeris – { $case }. Atsakymas ateis čia, į šį pokalbį.
case-notification = ❓ New case { $case } · { $who }
case-notification-more = ❓ More in case { $case } · { $who }
case-notification-footer = ↩️ Norėdami atsakyti, atsakykite į šią žinutę arba parašykite /reply { $case } ir atsakymą. Užklausą uždarysite su /close { $case }.
case-answer = 💬 { $municipality } savivaldybės atsakymas (užklausa { $case }):
case-answer-footer = Norite paklausti dar ko nors? Paspauskite „Paklausti žmogaus“ skiltyje /menu.
case-answer-sent = ✅ Atsakymas į užklausą { $case } išsiųstas.
case-unknown = Neradau užklausos { $case }, prie kurios turėtumėte prieigą.
case-closed = Užklausa { $case } uždaryta.
case-already-closed = Užklausa { $case } jau buvo uždaryta.
case-reply-usage = Parašykite, pavyzdžiui, /reply S-7KQ4 Jūsų atsakymas, arba /close S-7KQ4.
case-close-button = ✔ Uždaryti { $case }
cases-title = 💬 Atviros užklausos:
cases-line = { $case } · { $who } · waiting { $hours } h · { $messages ->
        [one] one message
       *[other] { $messages } messages
    }
cases-none = Atvirų užklausų nėra.
cases-hint = Atsakykite į užklausos žinutę arba parašykite /reply NUMERIS tekstas.
cases-not-allowed = Užklausas gali matyti tik koordinatoriai ir darbuotojų grupės.
field-cases = Klausimai savivaldybei
delete-done-cases =
    { $count ->
        [one] { $count } klausimas savivaldybei su atsakymais
        [few] { $count } klausimai savivaldybei su atsakymais
        [many] { $count } klausimo savivaldybei su atsakymais
       *[other] { $count } klausimų savivaldybei su atsakymais
    }

## Gidas, darbų sąrašas ir savais žodžiais parašyti klausimai
menu-guide = 📘 Gidas
menu-housing = 🏠 Būstas
menu-checklist = ✅ Mano darbų sąrašas
command-guide = Gidas: ID, mokesčiai, bankas, NAV, gydytojas, mokykla, kalba
command-housing = Būsto nuoma ir pirkimas, užstatas, būsto išmoka
command-checklist = Jūsų darbų sąrašas: kas jau padaryta ir kas liko
guide-title = 📘 Gidas: pasirinkite temą.
housing-title = 🏠 Būstas: pasirinkite temą.
guide-steps = Kaip tai padaryti:
guide-bring = 🎒 Pasiimkite:
guide-where = 📍 { $municipality } savivaldybėje:
guide-unconfirmed = Ne viskas, kas čia parašyta, jau patvirtinta oficialaus šaltinio. Prieš pasikliaudami šia informacija, pasiteiraukite savivaldybėje.
guide-previous = ◀ Atgal
guide-next = Toliau ▶
checklist-title = ✅ Jūsų darbų sąrašas: atlikta { $done } iš { $total }
checklist-after = pirmiausia: { $steps }
checklist-hint = Paspauskite punktą, kad perskaitytumėte, kaip tai padaryti, ir pažymėtumėte jį kaip atliktą.
checklist-mark-done = ✅ Atlikta: { $step }
checklist-mark-skip = ➖ Man netaikoma
checklist-mark-open = ↩️ Vis dėlto neatlikta: { $step }
checklist-marked-done = Puiku! Punktas „{ $step }“ pažymėtas kaip atliktas.
checklist-marked-skipped = Punktas „{ $step }“ pažymėtas kaip jums netaikomas.
checklist-marked-open = Punktas „{ $step }“ vėl sąraše.
question-matches = Radau šias temas. Ar tarp jų yra tai, ko ieškote?
question-none-button = Nė viena iš šių
question-none = Atsiprašau, neradau to, ko ieškote.
question-none-next = Galite peržiūrėti gidą arba paklausti savivaldybės darbuotojo.
question-no-match = Neradau tinkamos temos. Pabandykite parašyti kitais žodžiais (pavyzdžiui, „mokesčių kortelė“, „skattekort“ ar „šeimos gydytojas“) arba naudokitės mygtukais.
field-checklist = Darbų sąrašas
value-checklist = atlikta: { $done }, netaikoma: { $skipped }
delete-done-checklist = jūsų darbų sąrašo pažanga

## Kompetencijų aprašas (/skills)
menu-skills = 🧰 Ką moku
command-skills = Jūsų išsilavinimas, darbo patirtis, kalbos ir norai
skills-consent =
    🧰 Few newcomers work with what they trained for, and nobody asks what families bring. Here you can tell us what you have education and experience in, which languages you speak and what you would like.
    Everything is optional. We store it only if you say yes, you see it in /mydata, and you can change or delete it at any time. No staff member can see it in velkommen today.
    Do you want to fill it in?
skills-consent-yes = ✅ Taip, noriu užpildyti
skills-consent-no = Ne, ačiū
skills-declined = Gerai, nieko neišsaugome. Tai vėl rasite /menu skiltyje „Ką moku“.
skills-overview = Paspauskite tai, ką norite užpildyti ar pakeisti. Viskas savanoriška.
skills-summary-title = 🧰 Ką moku:
skills-part-education = 🎓 Išsilavinimas
skills-part-field = 🧭 Sritis
skills-part-profession = 👷 Profesija
skills-part-experience = ⏳ Patirtis
skills-part-languages = 🗣 Kalbos
skills-part-licence = 🚗 Vairuotojo pažymėjimas
skills-part-wishes = 🎯 Norai
skills-shared = 👀 You have said the municipality may see this. No staff member can see it in velkommen yet.
skills-not-shared = 🔒 Tai matote tik jūs.
skills-share-start = 👀 The municipality may see this
skills-share-stop = 🔒 The municipality may not see this
skills-share-on = Saved: you have said the municipality may see this. Today no staff member can see it in velkommen.
skills-share-off = Dabar tai matote tik jūs.
skills-clear = 🗑 Ištrinti tai
skills-finish = ✅ Baigta
skills-cleared = Tai, ką užpildėte skiltyje „Ką moku“, ištrinta.
skills-thanks = Ačiū! Tai bet kada galėsite pakeisti skiltyje „Ką moku“.
skills-education-prompt = Koks aukščiausias jūsų įgytas išsilavinimas?
skills-field-prompt = Kurioje srityje įgijote išsilavinimą ar patirtį?
skills-profession-prompt =
    Keliais žodžiais parašykite savo profesiją, pavyzdžiui, „slaugytoja“ ar „suvirintojas“ (ne daugiau kaip { $max ->
        [one] { $max } simbolis
        [few] { $max } simboliai
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }).
skills-profession-invalid =
    Parašykite profesiją keliais žodžiais, ne daugiau kaip { $max ->
        [one] { $max } simbolis
        [few] { $max } simboliai
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }.
skills-experience-prompt = Kiek metų patirties turite šioje srityje?
skills-languages-prompt = Kokiomis kalbomis kalbate? Paspauskite visas, kurios tinka.
skills-licence-prompt = Ar turite vairuotojo pažymėjimą?
skills-wishes-prompt = Ko norėtumėte? Paspauskite viską, kas tinka.
skills-edu-none = Mokyklos nebaigiau
skills-edu-primary = Pagrindinis išsilavinimas
skills-edu-secondary = Vidurinis išsilavinimas
skills-edu-vocational = Profesinis mokymas ar fagbrev
skills-edu-bachelor = Aukštasis mokslas (bakalauras)
skills-edu-master = Magistro ar aukštesnis laipsnis
skills-field-health = Sveikatos priežiūra
skills-field-teaching = Švietimas ir mokymas
skills-field-technical = Technika ir pramonė
skills-field-building = Statyba
skills-field-transport = Transportas ir sandėliai
skills-field-farming = Žemės ūkis ir žvejyba
skills-field-food = Maitinimas ir viešbučiai
skills-field-office = Biuro darbas ir finansai
skills-field-it = IT
skills-field-service = Valymas ir paslaugos
skills-field-care = Globa ir vaikų darželiai
skills-field-other = Kita
skills-exp-lt1 = Mažiau nei 1 metai
skills-exp-1-3 = 1–3 metai
skills-exp-3-10 = 3–10 metų
skills-exp-gt10 = Daugiau nei 10 metų
skills-licence-none = Ne
skills-licence-car = Taip, B kategorija (automobilis)
skills-licence-heavy = Taip, sunkvežimiui ar autobusui
skills-wish-same = Darbas pagal mano specialybę
skills-wish-any = Bet koks darbas
skills-wish-edu = Mokslai ar kursai
skills-wish-recog = Išsilavinimo pripažinimas
skills-wish-business = Savo verslo kūrimas
delete-done-skills = tai, ką papasakojote skiltyje „Ką moku“
checklist-due = ⏰ terminas: iki mėnesio pabaigos ({ $month })
checklist-overdue = ⚠️ tai reikėjo padaryti iki mėnesio pabaigos ({ $month }) – padarykite tai kuo greičiau
staff-cases = 💬 Atviros užklausos
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
