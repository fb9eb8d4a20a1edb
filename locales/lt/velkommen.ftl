# velkommen — lietuvių kalba (Lithuanian).
# Tie patys raktai kaip nb. Rašykite paprastai ir šiltai, trumpais sakiniais:
# daugeliui skaitytojų šalis ir kalba dar nauja.

language-name = Lietuvių

## Bendra

error-generic = Atsiprašome, mūsų sistemoje kažkas nepavyko. Pabandykite dar kartą šiek tiek vėliau – tai, ką išsaugojote, nedingo.
stale-button = Šis mygtukas nebegalioja. Štai ką galite daryti dabar:
state-recovered = Atsiprašau, nebeprisimenu, kurioje pokalbio vietoje buvome. Jūsų atsakymai išsaugoti – tęskime toliau.
use-the-buttons = Paspauskite vieną iš mygtukų po žinute, ir tęsime.
unsupported-message = Suprantu tik tekstą ir mygtukų paspaudimus – ne nuotraukas, garso įrašus, lipdukus ar buvimo vietas.
edited-message = Pataisytų žinučių neskaitau. Geriau išsiųskite naują žinutę.
group-chat = Kalbu tik privačiuose pokalbiuose – taip saugomas jūsų privatumas. Paspauskite mano vardą ir parašykite man tiesiogiai.
unknown-command = Tokios komandos nežinau. /help parodo viską, ką moku.
finish-first = Pirmiausia užbaikime štai ką:
needs-profile = Sveikinimo laiškui ir jūsų atsakymams reikia profilio. Paspauskite „Sukurti profilį“ ir pradėkite.
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
    🔒 Privatumas trumpai

    Jei sutiksite, išsaugosime:
    • jūsų savivaldybę ir kalbą
    • kodėl atvykote: kaip pabėgėlis / pabėgėlė, dirbti, pas šeimą ar dėl kitos priežasties
    • kokios šalies pilietybę turite: Šiaurės šalies, ES/EEE ar kitos (pabėgėlių to neklausiame)
    • kurį mėnesį atvykote ir su kuo gyvenate
    • ar norite mentoriaus (fadder)
    • jūsų pokalbio numerį, kad galėtume jums atsakyti
    Niekada neklausiame jūsų vardo, taip pat nieko apie sveikatą, religiją ar dokumentus.

    Kodėl: kad patarimai ir sveikinimo laiškas tiktų būtent jums.
    Kas tai mato: tik tie, kurie jūsų savivaldybėje priima naujus gyventojus. Žinutės siunčiamos per Telegram.

    /mydata parodo viską, ką apie jus turime. /delete viską ištrina – bet kada.
    Jei nesutiksite, išsaugosime tik jūsų kalbą ir tai, kurioje pokalbio vietoje esate.
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
    Daugelis čia persikėlusių žmonių sako, kad labai daug reiškė susipažinti bent su vienu norvegu.

    Mentorius (fadder) – tai savanoris iš jūsų savivaldybės, kartais žmogus, kuris pats čia atsikėlė prieš kelerius metus. Mentorius gali su jumis išgerti kavos, aprodyti apylinkes ir atsakyti į smulkius kasdienius klausimus.

    Jei sutiksite, įrašysime jus į sąrašą. Savivaldybė ieškos jums tinkančio žmogaus ir paklaus jūsų, prieš mentoriui sužinant, kas esate.

    Ar norėtumėte turėti mentorių?
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
    Galite man parašyti:
    /menu – pagrindinis meniu
    /letter – jūsų sveikinimo laiškas
    /info – kontaktai ir susitikimų vietos
    /guide – gidas: ID, mokesčiai, bankas, NAV, gydytojas, mokykla, norvegų kalba, darbas
    /housing – būsto nuoma ir pirkimas
    /checklist – jūsų darbų sąrašas
    /events – kas vyksta savivaldybėje
    /ask – paklausti savivaldybės darbuotojo
    /skills – ką mokate, jei norite papasakoti
    /settings – peržiūrėti ir pakeisti atsakymus
    /language – pakeisti kalbą
    /privacy – ką saugome ir kodėl
    /mydata – viskas, ką apie jus išsaugojome
    /delete – ištrinti viską apie jus
    /start – pradėti iš naujo
    Klausimą galite parašyti ir savais žodžiais, pavyzdžiui, „mokesčių kortelė“ ar „gydytojas“, o aš rasiu tinkamas temas. Taip pat galite spausti mygtukus po žinutėmis.

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

letter-greeting-refugee = Sveiki atvykę į { $municipality } savivaldybę! Be pagalbos neliksite: pirmuosius metus jus lydės pabėgėlių tarnyba.
letter-greeting-labour = Sveiki atvykę į { $municipality } savivaldybę! Daug atvykusių dirbti turi viską išsiaiškinti patys. Čia – svarbiausia vienoje vietoje.
letter-greeting-family = Sveiki atvykę į { $municipality } savivaldybę! Štai kas svarbiausia jums ir jūsų šeimai.
letter-greeting-other = Sveiki atvykę į { $municipality } savivaldybę! Štai kas svarbiausia, kad gerai pradėtumėte.
letter-population = Šiandien { $municipality } savivaldybėje mūsų yra { $count }. Vakar buvome { $yesterday }. Jūs mums svarbūs.
letter-mentor-wish = Esate mentoriaus (fadder) laukiančiųjų sąraše. Paspauskite mygtuką apačioje ir nurodykite, kokios pagalbos norėtumėte.
letter-steps-title = Jūsų pirmieji trys žingsniai:
letter-step = { $number }. { $text }
step-refugee-service = Susitikite su pabėgėlių tarnyba. Gausite kontaktinį asmenį ir įvadinės programos planą.
step-norwegian-refugee = Pradėkite mokytis norvegų kalbos. Pabėgėliai turi teisę ir pareigą nemokamai mokytis norvegų kalbos ir visuomenės pažinimo.
step-doctor = Pasirinkite fastlege (šeimos gydytoją) helsenorge.no. Legevakt (budintis gydytojas): 116 117. Pagalbos numeriai: 113 greitoji, 112 policija, 110 gaisrinė.
step-id-check = Užsiregistruokite ID patikrai Skatteetaten (mokesčių administracijoje). Ten gausite D-nummer arba fødselsnummer (asmens kodą).
step-tax-card = Prieš pradėdami dirbti, prašykite skattekort (mokesčių kortelės). Jei mokate kildeskatt (PAYE), iš atlyginimo išskaičiuojamas fiksuotas procentas.
step-bank = Atsidarykite banko sąskaitą ir gaukite BankID. Bankui reikės jūsų D-nummer arba fødselsnummer.
step-norwegian-rights = Sužinokite, ar turite teisę nemokamai mokytis norvegų kalbos. Tai priklauso nuo to, kodėl atvykote.
step-service-centre = Kreipkitės į savivaldybės klientų aptarnavimo centrą (servicetorget). Ten padės rasti reikiamą įstaigą.
letter-children = 👨‍👩‍👧 Vaikai turi teisę į vietą barnehage (vaikų darželyje) nuo vienerių metų, o į mokyklą – nuo tų metų, kai jiems sukanka šešeri. Prašymų priimti į darželį terminas dažnai – kovo 1 d.
letter-footer = Paspauskite žingsnį ir sužinosite daugiau. Kontaktai ir susitikimų vietos – mygtukuose apačioje, o šį laišką vėl atversite su /letter.
source-line = 🔗 { $link } (patikrinta { $date })
unconfirmed = Pavyzdys – savivaldybė to dar nepatvirtino.
contacts-title = 📇 { $municipality } savivaldybės kontaktai
meeting-places-title = ☕ Susitikimų vietos { $municipality } savivaldybėje

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
announce-repeat = 🔁 Reguliariai
announce-at-prompt = Parašykite datą ir laiką (Norvegijos laiku), pavyzdžiui, „{ $example }“, „i morgen kl. 18“ (rytoj 18 val.) arba „tirsdag 18:30“ (antradienį 18:30). Rašykite norvegiškai arba angliškai.
announce-repeat-prompt = Kada skelbimą išsiųsti pirmą kartą? Parašykite, pavyzdžiui, „{ $example }“ arba „tirsdag kl. 18“ (antradienį 18 val.) – tada pasirinksite, kaip jį kartoti. Taip pat galite parašyti visą taisyklę: „hver tirsdag kl. 18“ (kiekvieną antradienį 18 val.). Rašykite norvegiškai arba angliškai.
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
announce-preview-repeat = Bus kartojamas { $rule }. Artimiausi siuntimai: { $upcoming }.
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
announce-report-line = { $title } – { $municipality }: išsiųsta { $sent }, laukia { $waiting }, užblokuota { $blocked }, nepavyko { $failed }. { $when }
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
event-cancel-confirm = Atšaukti renginį #{ $id }? Visi, kurie prašė priminimo, gaus pranešimą.
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
event-start-prompt = Kada renginys prasidės (pirmą kartą)? Parašykite datą ir laiką, pavyzdžiui, „{ $example }“, „i morgen kl. 18“ (rytoj 18 val.) arba „tirsdag 18:30“ (antradienį 18:30). Jei renginys vyks reguliariai, galite parašyti visą taisyklę: „hver tirsdag kl. 18“ (kiekvieną antradienį 18 val.). Rašykite norvegiškai arba angliškai.
event-recurrence-prompt = Ar renginys vyks daugiau nei vieną kartą?
event-once = Tik vieną kartą
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
    Parašykite savo klausimą viena žinute, bet kuria kalba (ne daugiau kaip { $max } simbolių).
    Jis nukeliaus { $municipality } savivaldybės darbuotojams. Jie matys užklausos numerį, jūsų kalbą ir grupę, kuriai priklausote, – bet ne jūsų vardą. Atsakymas ateis čia.
ask-sent = ✅ Išsiųsta { $municipality } savivaldybei. Jūsų užklausos numeris – { $case }. Atsakymas ateis čia, į šį pokalbį.
case-notification = ❓ Nauja užklausa { $case } · { $who }
case-notification-more = ❓ Nauja žinutė užklausoje { $case } · { $who }
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
cases-line = { $case } · { $who } · laukia { $hours } val. · { $messages ->
        [one] { $messages } žinutė
        [few] { $messages } žinutės
       *[other] { $messages } žinučių
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
    🧰 Nedaug naujų gyventojų dirba pagal savo specialybę, ir niekas neklausia, kokias žinias ir įgūdžius atsiveža šeimos. Čia galite papasakoti, kokį išsilavinimą ir patirtį turite, kokiomis kalbomis kalbate ir ko norėtumėte.
    Viskas savanoriška. Išsaugosime tai tik jums sutikus, matysite tai per /mydata ir bet kada galėsite pakeisti ar ištrinti. Savivaldybės koordinatoriai tai mato tik kaip bendrus skaičius kartu su kitų žmonių atsakymais (ir niekada, jei žmonių mažiau nei 5). Jūsų atsakymus jie mato tik tada, kai su tuo sutinkate.
    Ar norite užpildyti?
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
skills-shared = 👀 Sutikote, kad savivaldybės koordinatoriai matytų, ką čia atsakėte (be jūsų vardo). Taip, planuodami darbo vietas, kursus ir išsilavinimo pripažinimą, jie žino, kokių žinių ir įgūdžių žmonės turi.
skills-not-shared = 🔒 Savivaldybė tai mato tik kaip bendrus skaičius kartu su kitų žmonių atsakymais ir niekada, jei žmonių mažiau nei 5.
skills-share-start = 👀 Leisti savivaldybei tai matyti
skills-share-stop = 🔒 Neleisti savivaldybei to matyti
skills-share-on = Išsaugota: dabar savivaldybės koordinatoriai gali matyti, ką čia atsakėte (be jūsų vardo).
skills-share-off = Išsaugota: dabar savivaldybė tai mato tik kaip bendrus skaičius kartu su kitų žmonių atsakymais.
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
    Jei naudositės šiomis funkcijomis, dar išsaugosime:
    • „Paklausti žmogaus“: jūsų klausimus ir atsakymus. Darbuotojai mato užklausos numerį, jūsų kalbą ir grupę – niekada ne jūsų vardą.
    • Darbų sąrašą: kuriuos punktus pažymėjote.
    • „Ką moku“: tik jei ir ten sutiksite. Savivaldybė tai mato kaip bendrus skaičius kartu su kitų žmonių atsakymais, o jūsų atsakymus – tik jei su tuo sutiksite.
    Visa tai matysite per /mydata, o ištrinti galite su /delete.
citizenship-prompt = Kokios šalies pilietybę turite? Nuo to priklauso, kokios taisyklės jums taikomos, pavyzdžiui, ar turite užsiregistruoti policijoje, ar jums reikia leidimo gyventi.
citizenship-nordic = Šiaurės šalies (Danijos, Suomijos, Islandijos, Švedijos)
citizenship-eea = Kitos ES/EEE šalies arba Šveicarijos
citizenship-other = Šalies už ES/EEE ribų
field-citizenship = Pilietybė
household-relatives = Su tėvais ar kitais giminaičiais
step-eea-registration = Per tris mėnesius nuo atvykimo užsiregistruokite policijoje. Tai nemokama ir daroma tik vieną kartą.
step-nordic-move = Praneškite apie persikėlimą Folkeregisteret (gyventojų registrui) per Skatteetaten. Šiaurės šalių piliečiams registruotis policijoje nereikia.
step-work-permit = Dirbti galite tik turėdami leidimą gyventi dėl darbo. Prašymą jį pratęsti pateikite gerokai prieš jam baigiantis.
step-family-permit = Patikrinkite, kada baigiasi jūsų leidimas gyventi dėl šeimos susijungimo, ir laiku pateikite prašymą jį pratęsti.
step-residence-permit = Patikrinkite, kada baigiasi jūsų leidimas gyventi, ir laiku pateikite prašymą jį pratęsti.
meeting-places-none = Savivaldybė dar nepridėjo susitikimų vietų.
button-contacts = 📇 Kontaktai
button-places = ☕ Susitikimų vietos
typed-yes = taip, tp, jo, aha, gerai, žinoma, ok, taip ačiū
typed-no = ne, nea, ne ačiū, nereikia, nenoriu, ne dabar
staff-use-buttons = Naudokitės mygtukais žemiau arba komanda. /help parodo darbuotojų komandas.
needs-profile-ask = Kad galėtumėte paklausti žmogaus, reikia profilio: jūsų savivaldybės ir sutikimo, kad išsaugotume klausimą ir atsiųstume jums atsakymą. Paspauskite „Sukurti profilį“ ir pradėkite.
needs-profile-checklist = Darbų sąrašas sudaromas pagal jūsų atsakymus, todėl jam reikia profilio. Visas gido temas galite skaityti ir be profilio.
needs-profile-skills = Kad išsaugotume tai, ką papasakosite apie savo išsilavinimą ir darbą, reikia profilio. Paspauskite „Sukurti profilį“ ir pradėkite.
events-pick = Kurios savivaldybės renginius norite pamatyti?
events-profile-hint = Norite gauti priminimą? Susikurkite profilį ir galėsite paspausti 🔔.
question-ask-person = 💬 Paklausti žmogaus apie tai
ask-prompt-nobody =
    { $municipality } savivaldybėje čia dar niekas nepriima klausimų. Vis tiek galite parašyti savo klausimą (ne daugiau kaip { $max } simbolių): jį išsaugosime, ir jis nukeliaus pirmajam prisijungusiam darbuotojui. Atsakymas ateis čia.
    Jei skubu, kreipkitės tiesiai į savivaldybę: { $website }
ask-kept = 📥 Jūsų klausimas išsaugotas kaip užklausa { $case }. { $municipality } savivaldybėje čia dar niekas nepriima klausimų. Klausimas bus perduotas darbuotojams, kai tik kas nors prisijungs, o atsakymas ateis čia.
ask-carried = Jūsų klausimas: „{ $question }“
ask-send-carried = ✅ Siųsti šį klausimą
case-notification-waited = ❓ Užklausa { $case } · { $who } – pateikta, kai čia dar niekas nepriėmė klausimų
case-arrived-notice = 📨 Jūsų klausimas (užklausa { $case }) dabar pasiekė { $municipality } savivaldybės darbuotojus. Atsakymas ateis čia.
case-closed-notice = ✔ { $municipality } savivaldybė uždarė jūsų užklausą { $case }. Jei reikia daugiau pagalbos, paspauskite „Paklausti žmogaus“ skiltyje /menu.
cases-thread-question = ❓ { $time }: { $text }
cases-thread-answer = 💬 { $time }: { $text }
cases-thread-earlier =
    { $count ->
        [one] … dar { $count } ankstesnė žinutė
        [few] … dar { $count } ankstesnės žinutės
       *[other] … dar { $count } ankstesnių žinučių
    }
case-answer-prompt = Parašykite atsakymą į užklausą { $case } viena žinute (ne daugiau kaip { $max } simbolių). Jis bus išsiųstas klaususiam asmeniui toks, kokį parašysite.
case-close-confirm = Uždaryti užklausą { $case }? Klausęs asmuo gaus pranešimą, kad užklausa uždaryta.
case-close-yes = ✔ Taip, uždaryti { $case }
case-reply-group-usage = Atsakymą parašykite toje pačioje žinutėje: /reply { $case } ir atsakymas (galima kitoje eilutėje). Arba atsakykite tiesiai į užklausos žinutę.
staff-waiting-cases =
    { $count ->
        [1] Vienas klausimas laukė, kol kas nors jį priims. Jis siunčiamas dabar.
        [one] { $count } klausimas laukė, kol kas nors juos priims. Jie siunčiami dabar.
        [few] { $count } klausimai laukė, kol kas nors juos priims. Jie siunčiami dabar.
       *[other] { $count } klausimų laukė, kol kas nors juos priims. Jie siunčiami dabar.
    }
staff-category-refugee = Pabėgėlis
staff-category-labour = Darbo imigrantas
staff-category-family = Šeimos imigrantas
staff-category-other = Kita
staff-citizenship-nordic = Šiaurės šalių pilietis
staff-citizenship-eea = ES/EEE pilietis
staff-citizenship-other = ne ES/EEE pilietis
staff-home-button = 👩‍💼 Darbuotojo meniu
staff-help =
    Darbuotojų komandos:
    /staff – darbuotojo meniu: skelbimai, renginiai, užklausos ir ataskaitos
    /announce – naujas skelbimas
    /events – renginiai
    /cases – atviros užklausos su visu pokalbiu
    /reply S-7KQ4 atsakymas – atsakyti į užklausą (arba /reply S-7KQ4, o atsakymą – kita žinute)
    /close S-7KQ4 – uždaryti užklausą
    Taip pat galite atsakyti tiesiai į užklausos žinutę.
staff-group-help =
    Komandos šioje grupėje:
    /cases – atviros užklausos su visu pokalbiu
    /reply S-7KQ4 atsakymas – atsakyti į užklausą (atsakymas toje pačioje žinutėje, galima kitoje eilutėje)
    /close S-7KQ4 – uždaryti užklausą
    Taip pat galite atsakyti tiesiai į užklausos žinutę.
repeat-advanced = ⚙️ Išplėstinis: crontab išraiška
repeat-prompt = Parašykite, kada kartoti, pavyzdžiui, „hver tirsdag kl. 18“ (kiekvieną antradienį 18 val.), „annenhver torsdag kl. 17:30“ (kas antrą ketvirtadienį 17:30) arba „første mandag i måneden kl. 10“ (kiekvieno mėnesio pirmąjį pirmadienį 10 val.). Rašykite norvegiškai arba angliškai. Išplėstinis būdas: crontab išraiška iš penkių laukų, Norvegijos laiku, pavyzdžiui, 0 18 * * 2.
repeat-weekly = { $day ->
        [mon] kiekvieną pirmadienį
        [tue] kiekvieną antradienį
        [wed] kiekvieną trečiadienį
        [thu] kiekvieną ketvirtadienį
        [fri] kiekvieną penktadienį
        [sat] kiekvieną šeštadienį
       *[sun] kiekvieną sekmadienį
    } { $time }
repeat-every-other-week = { $day ->
        [mon] kas antrą pirmadienį
        [tue] kas antrą antradienį
        [wed] kas antrą trečiadienį
        [thu] kas antrą ketvirtadienį
        [fri] kas antrą penktadienį
        [sat] kas antrą šeštadienį
       *[sun] kas antrą sekmadienį
    } { $time }
repeat-monthly = kiekvieno mėnesio { $nth ->
        [1] pirmąjį
        [2] antrąjį
        [3] trečiąjį
        [4] ketvirtąjį
       *[last] paskutinį
    } { $day ->
        [mon] pirmadienį
        [tue] antradienį
        [wed] trečiadienį
        [thu] ketvirtadienį
        [fri] penktadienį
        [sat] šeštadienį
       *[sun] sekmadienį
    } { $time }
repeat-crontab = pagal crontab išraišką „{ $expression }“
repeat-kind-prompt = Pirmą kartą: { $when }. Kaip kartoti?
event-titles-prompt = Pavadinimas norvegų kalba (bokmål) – „{ $title }“. Ar norite jį parašyti ir kitomis kalbomis? Skaitytojai, kurių kalbos nėra, matys pavadinimą norvegų kalba (bokmål).
event-title-in-prompt = Parašykite pavadinimą (kalba: { $language }), ne daugiau kaip { $max ->
        [one] { $max } simbolis
        [few] { $max } simboliai
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }. Norvegų kalba (bokmål) jis vadinasi „{ $title }“.
event-change-titles = 🌐 Pavadinimas kitomis kalbomis
event-cancel-repeating = Renginys #{ $id } „{ $title }“ vyksta reguliariai. Atšaukti vieną datą ar visą seriją? Pranešimą gaus tie, kurie prašė priminimo apie tai, ką atšauksite.
event-cancel-date = ✖ Tik { $when }
event-cancel-series = ✖ Visą seriją
event-date-cancelled = Renginys „{ $title }“ { $when } atšauktas. { $count ->
        [0] Priminimo niekas nebuvo prašęs.
        [one] Pranešimą gaus { $count } asmuo, kuris prašė priminimo.
        [few] Pranešimą gaus { $count } asmenys, kurie prašė priminimo.
        [many] Pranešimą gaus { $count } asmens, kurie prašė priminimo.
       *[other] Pranešimą gaus { $count } asmenų, kurie prašė priminimo.
    } Kitos datos nesikeičia.
event-date-cancelled-notice = ❌ Atšaukta: { $title }, { $when } ({ $place }). Kitos datos nesikeičia.
when-not-a-time = Neatpažinau čia datos ir laiko. Parašykite, pavyzdžiui, „{ $example }“, „i morgen kl. 18“ (rytoj 18 val.) arba „tirsdag 18:30“ (antradienį 18:30). Rašykite norvegiškai arba angliškai.
when-no-time = Nenurodėte laiko. Parašykite, pavyzdžiui, „{ $example }“ arba „tirsdag kl. 18“ (antradienį 18 val.).
when-in-the-past = Šis laikas jau praėjo. Parašykite būsimą laiką, pavyzdžiui, „{ $example }“.
when-too-far = Tai vėliau nei po dvejų metų. Parašykite artimesnį laiką, pavyzdžiui, „{ $example }“.
when-not-a-repeat = Neatpažinau čia kartojimo taisyklės. Parašykite, pavyzdžiui, „hver tirsdag kl. 18“ (kiekvieną antradienį 18 val.), „annenhver torsdag kl. 17:30“ (kas antrą ketvirtadienį 17:30) arba „første mandag i måneden kl. 10“ (kiekvieno mėnesio pirmąjį pirmadienį 10 val.). Rašykite norvegiškai arba angliškai.
when-not-a-crontab = Tai netinkama crontab išraiška. Joje turi būti penki laukai, pavyzdžiui, 0 18 * * 2 (kiekvieną antradienį 18:00).
when-never-fires = Ši išraiška niekada nesuveiks. Pabandykite, pavyzdžiui, 0 18 * * 2 (kiekvieną antradienį 18:00).
announce-preview-quiet = 🌙 Tuo metu galioja tylos valandos: įprastos žinutės bus išsiųstos { $when }.
announce-preview-now-quiet = 🌙 Dabar galioja tylos valandos. Žinutės bus išsiųstos { $when }.
announce-quiet = 🌙 Tylos valandos: įprastos žinutės bus išsiųstos { $when }.
announce-stop-confirm = Sustabdyti skelbimą { $title }? Jis daugiau nebus siunčiamas, o dar neišsiųstos žinutės bus atšauktos.
announce-stop-yes = ✖ Taip, sustabdyti
announce-report-waiting = Įtraukta į eilę – likusios žinutės laukia išsiuntimo (pavyzdžiui, kol baigsis tylos valandos).
staff-group-refugee = Pabėgėliai
staff-group-labour = Darbo imigrantai
staff-group-family = Šeimos imigrantai
staff-group-other = Kiti

## Skelbimų šablonai

announce-from-template = 📋 Iš šablono (visomis kalbomis)
announce-template-pick = Pasirinkite šabloną. Jis parašytas visomis dešimčia kalbų, todėl kiekvienas naujas gyventojas gaus jį savo kalba. ⚠️ reiškia, kad skelbimas skubus – jis siunčiamas ir naktį.
announce-template-when = Kada? Parašykite datą ir laiką, pavyzdžiui, „08.12.2026 18:00“ arba norvegiškai „tirsdag kl. 18“ (antradienį 18 val.).
announce-template-date = Kokia data? Pavyzdžiui, „01.03.2027“ arba „1. mars“ (kovo 1 d.).
announce-template-time = Kelintą valandą? Pavyzdžiui, „18“ arba „18:30“.
announce-template-place =
    Kur? Parašykite vietą taip, kaip ją žino žmonės (ne daugiau kaip { $max ->
        [one] { $max } simbolis
        [few] { $max } simboliai
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }).
announce-template-contact =
    Į ką galima kreiptis? Parašykite vardą, telefoną arba el. paštą (ne daugiau kaip { $max ->
        [one] { $max } simbolis
        [few] { $max } simboliai
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }).
announce-template-done =
    { $count ->
        [1] ✅ Tekstas paruoštas viena kalba:
        [one] ✅ Tekstas paruoštas { $count } kalba. Taip jį matys kiekvienas skaitytojas:
        [few] ✅ Tekstas paruoštas { $count } kalbomis. Taip jį matys kiekvienas skaitytojas:
       *[other] ✅ Tekstas paruoštas { $count } kalbų. Taip jį matys kiekvienas skaitytojas:
    }
announce-template-bad-date = Neatpažinau datos. Parašykite ją, pavyzdžiui, taip: „08.12.2026 18:00“ arba norvegiškai „i morgen kl. 18“ (rytoj 18 val.) ar „tirsdag kl. 18“ (antradienį 18 val.) – ir ne datą, kuri jau praėjo.
announce-template-bad-time = Neatpažinau laiko. Parašykite, pavyzdžiui, „18“ arba „18:30“.

## Mašininis vertimas

case-machine-translation = 🤖 Mašininis vertimas į norvegų kalbą (bokmål, { $provider }):
case-machine-translated-answer = 🤖 Mašininis vertimas iš norvegų kalbos ({ $provider }). Štai ką parašė savivaldybė:
privacy-translation = 🤖 Mašininis vertimas: jūsų klausimus savivaldybei ir atsakymus į juos išverčia { $provider }. Ten siunčiamas tik tekstas, o jūsų vardas ar pokalbio numeris – niekada. Originalų tekstą taip pat visada matote.
machine-translated = 🤖 Mašininis vertimas iš norvegų kalbos ({ $provider }). Jame gali būti klaidų.
machine-original-button = 🇳🇴 Rodyti norvegiškai
machine-original = 🇳🇴 Originalas norvegų kalba iš { $municipality } savivaldybės:
announce-machine-done = 🤖 { $provider } išvertė tekstą gavėjams į { $count ->
        [1] vieną kalbą
        [one] { $count } kalbą
        [few] { $count } kalbas
        [many] { $count } kalbos
       *[other] { $count } kalbų
    }. Paspauskite kalbą, kad perskaitytumėte vertimą ir jį paliktumėte, parašytumėte savo arba atmestumėte.
announce-machine-failed = Į šias kalbas nepavyko išversti mašininiu būdu: { $languages }. Jų skaitytojai gaus tekstą anglų kalba arba norvegų kalba (bokmål), nebent vertimą parašysite patys.
announce-translations-machine-prompt = Vertimai: ✍️ parašytas jūsų · 🤖 mašininis vertimas, nepatikrintas · 🤖✅ patikrintas · 🚫 atmestas. Paspauskite kalbą, kad perskaitytumėte, parašytumėte arba atmestumėte vertimą. Gavėjai, kurių kalbos nėra, gaus tekstą anglų kalba, jei toks tekstas yra, o jei ne – norvegų kalba (bokmål). Nynorsk skaitytojai gauna bokmål.
announce-machine-review = 🤖 { $language } – mašininis vertimas ({ $provider }):
announce-machine-question = Palikti vertimą, parašyti savo ar atmesti? Jei jį atmesite, skaitytojai, kurių kalba yra { $language }, gaus tekstą šia kalba: { $fallback }.
announce-machine-accept = ✅ Palikti šį vertimą
announce-machine-write = ✏️ Parašyti savo
announce-machine-drop = 🗑 Atmesti
announce-preview-machine = { $language }: { $count } (🤖 mašininis vertimas, nepatikrintas)
announce-preview-machine-checked = { $language }: { $count } (🤖 mašininis vertimas, patikrintas)
announce-check-translations = 🌐 Tikrinti vertimus
insight-translation-usage = 🤖 Mašininis vertimas ({ $provider }), { $month }: išsiųsta tekstų – { $requests }, simbolių – { $characters }.
event-descriptions-machine-prompt = Aprašymai ir pavadinimai pagal kalbas: ✍️ parašytas jūsų · 🤖 mašininis vertimas, nepatikrintas · 🤖✅ patikrintas · 🚫 atmestas. Paspauskite kalbą, kad perskaitytumėte, parašytumėte arba atmestumėte tekstą ta kalba. Skaitytojai, kurių kalba aprašymo nėra, gaus aprašymą anglų kalba, jei jis yra, o jei ne – norvegų kalba (bokmål).
event-template-pick = Kurį šabloną pasirinksite? Aprašymas bus parašytas visomis kalbomis kartu su renginio data, laiku ir vieta. Šablonus galima naudoti tik vienkartiniams renginiams.
event-template-done = { $count ->
        [1] ✅ Pavadinimas ir aprašymas pagal šabloną parašyti viena kalba.
        [one] ✅ Pavadinimas ir aprašymas pagal šabloną parašyti { $count } kalba.
        [few] ✅ Pavadinimas ir aprašymas pagal šabloną parašyti { $count } kalbomis.
        [many] ✅ Pavadinimas ir aprašymas pagal šabloną parašyti { $count } kalbos.
       *[other] ✅ Pavadinimas ir aprašymas pagal šabloną parašyti { $count } kalbų.
    } Žemiau dar galite perrašyti kiekvienos kalbos tekstą.
announce-text-prompt-machine = Parašykite skelbimą (kalba: { $language }) ir išsiųskite jį viena žinute (ne daugiau kaip { $max } simbolių). Tada { $provider } išvers jį į gavėjų kalbas, o jūs kiekvieną vertimą patikrinsite prieš jį išsiunčiant.
staff-audit = 🧾 Veiksmų žurnalas
audit-pick = Kurios savivaldybės žurnalas?
audit-title = 🧾 Veiksmų žurnalas – { $municipality }: paskutiniai darbuotojų veiksmai, naujausi viršuje (darbuotoją žymi jo pokalbio numeris).
audit-empty = Kol kas įrašų nėra.
audit-footer = Žurnalo pakeisti negalima. Visas žurnalas: velkommen audit --municipality { $slug } serveryje.
audit-invite-redeemed = suteikta darbuotojo prieiga, vaidmuo:
audit-announcement-created = sukurtas skelbimas
audit-announcement-stopped = sustabdytas skelbimas
audit-event-created = sukurtas renginys
audit-event-changed = pakeistas renginys
audit-event-cancelled = atšauktas renginys
audit-case-answered = atsakyta į užklausą
audit-case-closed = uždaryta užklausa
audit-insight-read = peržiūrėtos įžvalgos, laikotarpis:
audit-competence-read = peržiūrėtos kompetencijos, žmonių:
audit-mentor-approved = patvirtinta mentoriaus registracija
audit-mentor-paused = pristabdyta mentoriaus registracija
audit-mentor-ended = nutraukta mentoriaus registracija
audit-story-published = išsiųsta mėnesio naujakurio istorija
audit-staff-revoked = panaikinta darbuotojo prieiga:
staff-erase = 🗑 Prašymas ištrinti duomenis
erase-prompt = Kažkas paprašė savivaldybės – telefonu, laišku ar asmeniškai – ištrinti viską, ką velkommen sistema apie jį saugo. Parašykite šio asmens užklausos numerį ir priežastį, pavyzdžiui: S-7KQ4 paprašė telefonu gruodžio 2 d. (priežastis – ne daugiau kaip { $max } simbolių).
erase-usage = Pirmiausia parašykite užklausos numerį, tada priežastį, pavyzdžiui: S-7KQ4 paprašė klientų aptarnavimo centre.
erase-confirm = Ištrinti viską apie asmenį, pateikusį užklausą { $case }: jo atsakymus, klausimus, darbų sąrašą, kompetencijas, registraciją mentorių programoje ir žinutes, kurios laukia išsiuntimo? Jei šis asmuo dalyvauja mentorystės poroje, mentorystė bus baigta (kita pusė gaus pranešimą). Šio veiksmo atšaukti nebus galima. Priežastis, kuri bus įrašyta į veiksmų žurnalą: { $reason }
erase-yes = 🗑 Taip, ištrinti viską
erase-cancelled = Niekas neištrinta.
erase-done = Viskas apie asmenį, pateikusį užklausą { $case }, ištrinta, ir jam apie tai pranešta. Ištrynimas įrašytas į veiksmų žurnalą.
erase-notice = Jūsų prašymu savivaldybė ištrynė viską, ką apie jus buvome išsaugoję. Jei norite pradėti iš naujo, bet kada parašykite /start.
audit-erasure = ištrinti asmens duomenys jo prašymu:
mydata-file-button = 📄 Kaip failą
mydata-file-caption = 📄 Viskas, ką apie jus išsaugojome, viename faile (JSON), kurį galite pasilikti sau arba perduoti kitai tarnybai.
retention-warning = Beveik dvejus metus mums nerašėte. { $date } ištrinsime viską, ką apie jus išsaugojome, kaip ir žadėjome, kai sutikote. Jei norite, kad tai liktų išsaugota, tiesiog iki tos dienos parašykite čia bet ką.

## Popierius: sveikinimo laiškas PDF formatu ir plakatai

letter-pdf-button = 📄 PDF formatu
letter-pdf-caption = 📄 Jūsų sveikinimo laiškas PDF formatu: galite jį atsispausdinti arba parodyti įstaigoje.
print-letter-qr = Nuskaitykite kodą telefono kamera: { $municipality } savivaldybės pagalbininkas atsidarys Telegram programėlėje jūsų kalba.
print-failed = Atsiprašome, šiuo metu nepavyko sukurti PDF failo. Pabandykite dar kartą šiek tiek vėliau.
poster-welcome = Sveiki atvykę į { $municipality } savivaldybę!
poster-what = Nuskaitykite kodą telefono kamera ir gaukite pagalbą savo kalba Telegram programėlėje: pirmieji žingsniai, kontaktai, susitikimų vietos ir atsakymai į jūsų klausimus.
poster-mentor-title = Tapkite mentoriumi { $municipality } savivaldybėje!
poster-mentor-body = Susipažinkite su žmogumi, kuris ką tik čia atsikėlė: puodelis kavos, pasivaikščiojimas, šiek tiek norvegų kalbos praktikos. Kelios valandos per mėnesį labai daug reiškia. Ar ir jūs kadaise persikėlėte į Norvegiją? Tada jūsų kalba ir patirtis – tikra dovana naujai atvykusiam žmogui.
poster-mentor-scan = Nuskaitykite kodą telefono kamera ir užsiregistruokite mentoriumi (fadder) per Telegram. Tai užtruks apie tris minutes, o savivaldybė su jumis susisieks.
staff-posters = 🖨 Plakatai
posters-pick = Kurios savivaldybės plakatai?
posters-newcomers-caption = 🖨 Plakatas naujiems { $municipality } savivaldybės gyventojams: „sveiki atvykę“ visomis dešimčia kalbų ir QR kodas, kuris atveria { $municipality } savivaldybės velkommen. Atspausdinkite jį A4 formatu klientų aptarnavimo centrui, bibliotekai ir darbdaviams.
posters-mentors-caption = 🖨 Plakatas, kviečiantis tapti mentoriumi (fadder) { $municipality } savivaldybėje: QR kodas atveria registraciją į mentorių programą.
