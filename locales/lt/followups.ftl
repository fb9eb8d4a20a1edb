# Periodinės žinutės: žinutės per pirmuosius dvejus metus, „pulsas“ (klausimai apie gyvenimą čia) ir /pause.

## Periodinė žinutė

followup-hello = 👋 Sveiki! Praėjo { $since } nuo tada, kai pradėjote naudotis velkommen { $municipality } savivaldybėje. Kaip sekasi? Štai kas dabar gali būti naudinga.
followup-days =
    { $count ->
        [1] viena diena
        [one] { $count } diena
        [few] { $count } dienos
        [many] { $count } dienos
       *[other] { $count } dienų
    }
followup-weeks =
    { $count ->
        [1] savaitė
        [one] { $count } savaitė
        [few] { $count } savaitės
        [many] { $count } savaitės
       *[other] { $count } savaičių
    }
followup-months =
    { $count ->
        [1] mėnuo
        [one] { $count } mėnuo
        [few] { $count } mėnesiai
        [many] { $count } mėnesio
       *[other] { $count } mėnesių
    }
followup-years =
    { $count ->
        [1] metai
        [one] { $count } metai
        [few] { $count } metai
        [many] { $count } metų
       *[other] { $count } metų
    }
followup-checklist =
    { $count ->
        [1] 📋 Vienas jūsų darbų sąrašo žingsnis dar neatliktas.
        [one] 📋 Jūsų darbų sąraše dar neatliktas { $count } žingsnis.
        [few] 📋 Jūsų darbų sąraše dar neatlikti { $count } žingsniai.
        [many] 📋 Jūsų darbų sąraše dar neatlikta { $count } žingsnio.
       *[other] 📋 Jūsų darbų sąraše dar neatlikta { $count } žingsnių.
    } Paspauskite žingsnį ir sužinosite, kaip jį atlikti.
followup-mentor = 🤝 Ar norėtumėte susipažinti su kuo nors, kas čia gyvena? Mentorius (fadder) – tai savanoris, kuris kartais su jumis susitinka: pasivaikščioti, išgerti kavos, šiek tiek pasikalbėti norvegiškai.
followup-mentor-button = 🤝 Norėčiau mentoriaus
followup-events = 📅 Netrukus vyks:
followup-events-button = 📅 Viskas, kas vyksta
followup-pulse = 💬 Norėtume sužinoti, kaip jums čia gyvenasi: keli trumpi klausimai, į kiekvieną atsakoma vienu paspaudimu, bet kurį galima praleisti. Atsakymai skaičiuojami be jūsų vardo.
followup-pulse-start = 💬 Atsakyti dabar (2 minutės)
followup-footer = Norite mažiau žinučių? Parašykite /pause.
followup-not-now = Ne dabar
followup-fewer = 🔕 Mažiau žinučių
followup-not-now-done = Gerai! Kai prireiks, viską rasite per /menu.
followup-needs-profile = Periodinės žinutės skirtos tiems, kurie užpildė savo profilį. Parašykite /start ir pradėkite.

## /pause ir /resume

pause-prompt = Kiek laiko palaukti iki kitos periodinės žinutės? Priminimai apie renginius, kurių prašėte, ir savivaldybės atsakymai vis tiek ateis.
pause-months =
    { $count ->
        [1] 🔕 Vienas mėnuo
        [one] 🔕 { $count } mėnuo
        [few] 🔕 { $count } mėnesiai
        [many] 🔕 { $count } mėnesio
       *[other] 🔕 { $count } mėnesių
    }
pause-until-resumed = 🔕 Kol vėl įjungsiu
pause-done-until = Gerai. Iki { $date } periodinių žinučių negausite. Jei norite jas vėl gauti anksčiau, parašykite /resume.
pause-done = Gerai. Periodinių žinučių negausite, kol parašysite /resume.
resume-not-paused = Periodinės žinutės nėra pristabdytos.
resume-done = Periodinės žinutės vėl įjungtos. Kita ateis apie { $date }.
resume-done-soon = Periodinės žinutės vėl įjungtos. Kita ateis netrukus.
resume-done-none-left = Periodinės žinutės vėl įjungtos, bet jūs jau gavote jas visas.
command-pause = Mažiau žinučių: pristabdyti periodines žinutes
command-resume = Vėl įjungti periodines žinutes
help-followups =
    /pause – mažiau žinučių: pristabdyti periodines žinutes
    /resume – vėl įjungti periodines žinutes

## Mano duomenys, privatumas ir ištrynimas

mydata-followups-next =
    { $count ->
        [0] Periodinės žinutės: dar negavote nė vienos, pirmoji ateis apie { $date }.
        [1] Periodinės žinutės: išsiųsta viena žinutė, kita ateis apie { $date }.
        [one] Periodinės žinutės: išsiųsta { $count } žinutė, kita ateis apie { $date }.
        [few] Periodinės žinutės: išsiųstos { $count } žinutės, kita ateis apie { $date }.
        [many] Periodinės žinutės: išsiųsta { $count } žinutės, kita ateis apie { $date }.
       *[other] Periodinės žinutės: išsiųsta { $count } žinučių, kita ateis apie { $date }.
    }
mydata-followups-done =
    { $count ->
        [0] Periodinės žinutės: daugiau žinučių nebus.
        [1] Periodinės žinutės: išsiųsta viena žinutė, daugiau nebus.
        [one] Periodinės žinutės: išsiųsta { $count } žinutė, daugiau nebus.
        [few] Periodinės žinutės: išsiųstos { $count } žinutės, daugiau nebus.
        [many] Periodinės žinutės: išsiųsta { $count } žinutės, daugiau nebus.
       *[other] Periodinės žinutės: išsiųsta { $count } žinučių, daugiau nebus.
    }
mydata-followups-paused = Periodinės žinutės: pristabdytos, kol parašysite /resume.
mydata-followups-paused-until = Periodinės žinutės: pristabdytos iki { $date }.
mydata-pulse =
    { $count ->
        [1] Į klausimus apie gyvenimą čia atsakėte vieną kartą. Atsakymai skaičiuojami be jūsų vardo; jei ištrinsite savo duomenis, atsakymai liks statistikoje, bet nebebus susieti su jumis.
        [one] Į klausimus apie gyvenimą čia atsakėte { $count } kartą. Atsakymai skaičiuojami be jūsų vardo; jei ištrinsite savo duomenis, atsakymai liks statistikoje, bet nebebus susieti su jumis.
        [few] Į klausimus apie gyvenimą čia atsakėte { $count } kartus. Atsakymai skaičiuojami be jūsų vardo; jei ištrinsite savo duomenis, atsakymai liks statistikoje, bet nebebus susieti su jumis.
        [many] Į klausimus apie gyvenimą čia atsakėte { $count } karto. Atsakymai skaičiuojami be jūsų vardo; jei ištrinsite savo duomenis, atsakymai liks statistikoje, bet nebebus susieti su jumis.
       *[other] Į klausimus apie gyvenimą čia atsakėte { $count } kartų. Atsakymai skaičiuojami be jūsų vardo; jei ištrinsite savo duomenis, atsakymai liks statistikoje, bet nebebus susieti su jumis.
    }
privacy-followups =
    🔔 Periodinės žinutės: per pirmuosius dvejus metus kelis kartus jums parašysime apie tai, kas gali būti naudinga, o praėjus trims mėnesiams užduosime ir kelis neprivalomus klausimus apie gyvenimą čia. Su /pause gausite mažiau žinučių.
    Atsakymai į šiuos klausimus saugomi statistikai be jūsų vardo. Savivaldybė mato tik skaičius apie grupes, kuriose yra bent penki žmonės. Jei ištrinsite savo duomenis, ryšys su jumis bus ištrintas, bet anoniminiai atsakymai liks statistikoje.
delete-done-followups = jums suplanuotos periodinės žinutės
delete-done-pulse-kept = Jūsų atsakymai į klausimus apie gyvenimą čia lieka statistikoje, bet nebėra susieti su jumis.

## Pulsas

pulse-progress = Klausimas { $n } iš { $total }
pulse-scale-satisfied = 0 = visiškai netenkina, 10 = visiškai tenkina
pulse-scale-belong = 0 = visai ne, 10 = labai stipriai
pulse-several = Paspauskite viską, kas tinka, o tada „Baigta“.
pulse-done = Baigta ➡️
pulse-skip = Praleisti
pulse-stop = Sustoti čia
pulse-yes = Taip
pulse-no = Ne
pulse-q-life = Viską apsvarsčius, kiek šiuo metu jus tenkina jūsų gyvenimas apskritai?
pulse-q-place = Kiek jus tenkina vieta, kurioje gyvenate?
pulse-q-belong = Kiek stipriai jaučiate, kad priklausote vietai, kurioje gyvenate?
pulse-q-stay = Ar manote, kad po dvejų metų gyvensite čia?
pulse-q-stay-reasons = Kas jus čia laiko?
pulse-q-leave-reasons = Kas galėtų paskatinti jus persikelti kitur?
pulse-q-friends = Kaip dažnai susitinkate su gerais draugais?
pulse-q-norwegian-friend = Ar čia turite norvegą, kuriam galėtumėte paskambinti kaip draugui?
pulse-q-good = Kuo gera čia gyventi?
pulse-q-work = Ar dirbate?
pulse-q-housing = Kokiame būste gyvenate?
pulse-q-buy = Ar norėtumėte čia įsigyti nuosavą būstą?
pulse-friends-daily = Kasdien
pulse-friends-weekly = Kas savaitę
pulse-friends-monthly = Kas mėnesį
pulse-friends-yearly = Kelis kartus per metus
pulse-friends-less = Rečiau
pulse-friends-none = Neturiu gerų draugų
pulse-quality-safety = Saugu
pulse-quality-nature = Gamta
pulse-quality-people = Žmonės
pulse-quality-meeting = Susitikimų vietos
pulse-quality-distances = Trumpi atstumai
pulse-quality-services = Paslaugos: mokykla, sveikata
pulse-work-in-line = Taip, pagal išsilavinimą
pulse-work-not-in-line = Taip, bet ne pagal išsilavinimą
pulse-work-looking = Ne, ieškau darbo
pulse-work-learning = Ne, mokausi ar dalyvauju įvadinėje programoje
pulse-work-not = Ne
pulse-housing-rent = Nuomojuosi iš privataus savininko
pulse-housing-own = Turiu nuosavą būstą
pulse-housing-municipal = Nuomojuosi iš savivaldybės
pulse-housing-temporary = Laikinas būstas (pvz., per darbdavį)
pulse-expect-yes = Taip
pulse-expect-unsure = Sunku pasakyti
pulse-expect-no = Ne
pulse-stay-work = Darbas
pulse-stay-home = Mano būstas
pulse-stay-safety = Saugumas
pulse-stay-children = Vaikams čia gera
pulse-stay-people = Žmonės, kuriuos čia pažįstu
pulse-stay-nature = Gamta ir ramybė
pulse-reason-other = Kita
pulse-leave-education = Mokslai
pulse-leave-competence = Galimybė dirbti pagal specialybę
pulse-leave-career = Karjera
pulse-leave-family = Šeima ir draugai
pulse-leave-culture = Religija ir kultūra
pulse-leave-own-people = Didesnė tautiečių bendruomenė
pulse-leave-city = Didmiestis
pulse-leave-back = Grįžimas į gimtąją šalį
pulse-talk = Daugelis žmonių svarsto, ar likti, ar persikelti kitur. { $municipality } savivaldybė mielai aptars su jumis privalumus ir trūkumus. Ar norėtumėte? Jei sutiksite, jūsų klausimas bus perduotas savivaldybei kaip užklausa, o atsakymas ateis čia, į šį pokalbį.
pulse-talk-yes = Taip, norėčiau
pulse-talk-no = Ne, ačiū
pulse-talk-case = Nori pasikalbėti apie tai, ar likti, ar persikelti kitur (iš periodinės žinutės). Ar mano, kad po dvejų metų gyvens čia: { $answer }.
pulse-thanks = Labai ačiū! Jūsų atsakymai padeda gerinti gyvenimą { $municipality } savivaldybėje. Jie skaičiuojami be jūsų vardo.
pulse-stopped = Gerai – ačiū už tai, ką atsakėte. Tęsti galėsite vėliau, paspaudę mygtuką žinutėje.
pulse-already = Į šiuos klausimus jau atsakėte. Ačiū!

## Įžvalgos savivaldybei (/insight ir velkommen insight)

insight-title = 📊 Įžvalgos { $municipality } savivaldybei, { $from }–{ $to }
insight-responses = Atsakymų į klausimus apie gyvenimą čia: { $count }
insight-none = Per šį laikotarpį į klausimus apie gyvenimą čia dar niekas neatsakė. Šie klausimai pateikiami periodinėse žinutėse, praėjus trims mėnesiams nuo registracijos.
insight-everyone = Visi
insight-category-unknown = Nenurodyta
insight-here-first-year = Čia mažiau nei metus
insight-here-second-year = Čia 1–2 metus
insight-here-longer = Čia daugiau nei 2 metus
insight-quarter = { $year } m. { $quarter } ketv.
insight-stay-title = 🏡 Ar mano, kad po dvejų metų gyvens čia? (atsakymų: { $count })
insight-by-month = 📈 Pagal mėnesius: ar mano, kad po dvejų metų gyvens čia?
insight-stay-reasons = ➡️ Kas juos čia laiko (manančių, kad liks: { $count }):
insight-leave-reasons = ⬅️ Kas galėtų paskatinti juos persikelti kitur (abejojančių arba manančių, kad išsikels: { $count }):
insight-good = 👍 Kuo gera čia gyventi (atsakymų: { $count }):
insight-life = 😊 Pasitenkinimas gyvenimu, 0–10: { $mean } (atsakymų: { $count })
insight-life-national = Palyginimui: imigrantai Norvegijoje – { $immigrants }, visi gyventojai – { $everyone } (Norvegijos statistikos tarnyba (SSB), 2016 m. imigrantų gyvenimo sąlygų tyrimas).
insight-place = 📍 Pasitenkinimas gyvenamąja vieta, 0–10: { $mean } (atsakymų: { $count })
insight-place-national = Palyginimui: visa šalis – { $national } (Norvegijos statistikos tarnyba (SSB), 2023 m. gyvenimo kokybės tyrimas).
insight-belong = 🤝 Priklausymo vietai jausmas, 0–10: { $mean } (atsakymų: { $count })
insight-friends = 👥 Kaip dažnai susitinka su gerais draugais (atsakymų: { $count }):
insight-norwegian-friend = 🇳🇴 Turi norvegą, kuriam galėtų paskambinti kaip draugui (atsakymų: { $count }):
insight-housing = 🏠 Būstas pagal ketvirčius:
insight-buy = 🔑 Norėtų čia įsigyti nuosavą būstą (tarp neturinčių nuosavo būsto; atsakymų: { $count }):
insight-work = 💼 Darbas pagal ketvirčius:
insight-matches = 🤝 Mentorių (fadder) poros per laikotarpį: pradėtos – { $started }, tebevyksta – { $running }, baigtos – { $ended }.
insight-matches-started = Pradėtos
insight-matches-running = Tebevyksta
insight-matches-ended = Baigtos
insight-footnote = ℹ️ Skaičiai, pagrįsti mažiau nei 5 asmenų duomenimis, rodomi kaip „< 5“. Skaičiai, iš kurių juos būtų galima apskaičiuoti, taip pat paslėpti. Atsakymai saugomi be vardų.
insight-csv-header = Skyrius;Grupė;Atsakymas;Skaičius;Iš viso;Dalis (%);Vidurkis
insight-csv-mean = Vidurkis (0–10)
insight-section-responses = Atsakymai
insight-section-stay = Mano, kad po dvejų metų gyvens čia
insight-section-trend = Pagal mėnesius
insight-section-stay-reasons = Priežastys likti
insight-section-leave-reasons = Priežastys išsikelti
insight-section-good = Kuo gera čia gyventi
insight-section-life = Pasitenkinimas gyvenimu
insight-section-place = Pasitenkinimas gyvenamąja vieta
insight-section-belong = Priklausymo jausmas
insight-section-friends = Susitikimai su gerais draugais
insight-section-norwegian-friend = Norvegas, kuriam galima paskambinti kaip draugui
insight-section-housing = Būstas
insight-section-buy = Norėtų įsigyti būstą
insight-section-work = Darbas
insight-section-matches = Mentorių (fadder) poros
insight-chart-title = { $municipality } savivaldybė, { $from }–{ $to }
insight-chart-stay = Ar mano, kad po dvejų metų gyvens čia?
insight-chart-trend = Dalis manančių, kad po dvejų metų gyvens čia, pagal mėnesius (%)
insight-chart-leave = Kas galėtų paskatinti juos persikelti kitur
insight-chart-housing = Būstas pagal ketvirčius (%)
insight-chart-footer = Šaltinis: atsakymai velkommen sistemoje. Mažesnės nei 5 asmenų grupės nerodomos.
insight-not-allowed = Įžvalgos skirtos savivaldybės koordinatoriams.
insight-pick = Kurios savivaldybės įžvalgas norite matyti?
insight-chart-caption = 📊 Diagrama. Mažesnės nei 5 asmenų grupės nerodomos.
insight-csv-caption = 📄 Skaičiai skaičiuoklės lentele (CSV su kabliataškiais, atsidaro Excel programoje).
insight-recent = 📅 Paskutiniai 12 mėnesių
insight-year = 📅 Visi { $year } metai
insight-more = Ar norite pamatyti kitą laikotarpį?
staff-insight = 📊 Įžvalgos
competence-title = 🧰 Kompetencijos { $municipality } savivaldybėje. „Ką moku“ užpildžiusių: { $count }.
competence-education = 🎓 Išsilavinimas (atsakymų: { $count }):
competence-field = 🛠 Sritis (atsakymų: { $count }):
competence-experience = ⏳ Darbo patirtis srityje (atsakymų: { $count }):
competence-languages = 🗣 Kalbos (atsakymų: { $count }):
competence-licence = 🚗 Vairuotojo pažymėjimas (atsakymų: { $count }):
competence-wishes = 🎯 Norai (atsakymų: { $count }):
competence-shared =
    { $count ->
        [0] 👀 Dar niekas nesutiko rodyti savivaldybei savo atsakymų.
        [1] 👀 Vienas žmogus sutiko rodyti savivaldybei savo atsakymus (be vardo):
        [one] 👀 { $count } žmogus sutiko rodyti savivaldybei savo atsakymus (be vardų):
        [few] 👀 { $count } žmonės sutiko rodyti savivaldybei savo atsakymus (be vardų):
        [many] 👀 { $count } žmogaus sutiko rodyti savivaldybei savo atsakymus (be vardų):
       *[other] 👀 { $count } žmonių sutiko rodyti savivaldybei savo atsakymus (be vardų):
    }
competence-person-wishes = Norai: { $wishes }
competence-person-who = { $category }, velkommen sistemos kalba: { $language }
competence-button = 🧰 Kompetencijos
competence-footer = Skaičiuose paslėptos mažesnės nei 5 asmenų grupės, taip pat ir tarp tų, kurie nesutiko rodyti savo atsakymų.

## Mėnesio naujakurys

menu-featured = ⭐ Mėnesio naujakurys
staff-featured = ⭐ Mėnesio naujakurys
featured-intro = ⭐ Mėnesio naujakurys: kiekvieną mėnesį savivaldybė gali papasakoti vieno čia atsikėlusio žmogaus istoriją – tik jam sutikus. Jei sutiksite, savivaldybė galės jūsų paklausti, o koordinatorius su jumis susisieks ir išklausys jūsų istoriją. Niekas nebus išsiųsta, kol neperskaitysite tikslaus teksto ir nesutiksite su juo. Sutikimą galite atšaukti bet kada.
featured-optin-button = ✅ Taip, galite manęs paklausti
featured-optout-button = Vis dėlto manęs neklauskite
featured-optin-yes = Ačiū! Dabar savivaldybė gali jūsų paklausti. Dėl kiekvieno teksto vis tiek sprendžiate jūs.
featured-optin-no = Gerai. Savivaldybė jūsų neklaus.
featured-optin-since = Sutikote, kad savivaldybė jūsų paklaustų (nuo { $date }).
featured-mine = Istorija apie jus: { $status }
featured-withdraw = ↩️ Atšaukti sutikimą
featured-withdraw-confirm = Ar norite atšaukti sutikimą? Tai, kas dar neišsiųsta, bus sustabdyta, o savivaldybė šios istorijos nebenaudos.
featured-withdraw-yes = Taip, atšaukti
featured-withdraw-no = Ne, palikti sutikimą
featured-withdraw-kept = Gerai, niekas nepasikeitė.
featured-withdrawn = Sutikimas atšauktas. Tai, kas dar nebuvo išsiųsta, sustabdyta, o koordinatorius apie tai informuotas.
featured-ask = ⭐ { $municipality } savivaldybė norėtų papasakoti jūsų istoriją skiltyje „Mėnesio naujakurys“. Štai tikslus tekstas, kurį gaus savivaldybės naujai atvykę žmonės ir mentoriai:
featured-ask-others =
    { $count ->
        [1] Taip pat bus išsiųstas šio teksto vertimas į dar vieną kalbą.
        [one] Taip pat bus išsiųsti šio teksto vertimai į dar { $count } kalbą.
        [few] Taip pat bus išsiųsti šio teksto vertimai į dar { $count } kalbas.
        [many] Taip pat bus išsiųsti šio teksto vertimai į dar { $count } kalbos.
       *[other] Taip pat bus išsiųsti šio teksto vertimai į dar { $count } kalbų.
    }
featured-ask-question = Ar sutinkate, kad šis tekstas būtų išsiųstas? Niekas nebus išsiųsta, kol neatsakysite.
featured-approve = ✅ Taip, galima siųsti
featured-decline = Ne, nesiųskite
featured-approved = Ačiū! Dabar koordinatorius gali išsiųsti tekstą. Sutikimą galite atšaukti /menu skiltyje „Mėnesio naujakurys“.
featured-declined = Gerai, tekstas nebus išsiųstas. Koordinatorius apie tai informuotas.
featured-status-draft = Juodraštis
featured-status-asked = Laukiama žmogaus atsakymo
featured-status-approved = Patvirtinta, dar neišsiųsta
featured-status-declined = Atmesta
featured-status-published = Išsiųsta
featured-status-withdrawn = Sutikimas atšauktas
mydata-featured-optin = Mėnesio naujakurys: sutikote, kad savivaldybė jūsų paklaustų.
mydata-featured-story = Mėnesio naujakurys, istorija apie jus: { $status }
delete-done-featured = jūsų sutikimas dėl „Mėnesio naujakurio“ ir istorijos apie jus
featured-not-allowed = „Mėnesio naujakurys“ skirtas savivaldybės koordinatoriams.
featured-staff-title = ⭐ Mėnesio naujakurys
featured-staff-candidates =
    { $count ->
        [0] { $municipality }: dar niekas nesutiko, kad savivaldybė jo paklaustų.
        [1] { $municipality }: vienas žmogus sutiko, kad savivaldybė jo paklaustų (vardai čia nerodomi):
        [one] { $municipality }: { $count } žmogus sutiko, kad savivaldybė jų paklaustų (vardai čia nerodomi):
        [few] { $municipality }: { $count } žmonės sutiko, kad savivaldybė jų paklaustų (vardai čia nerodomi):
        [many] { $municipality }: { $count } žmogaus sutiko, kad savivaldybė jų paklaustų (vardai čia nerodomi):
       *[other] { $municipality }: { $count } žmonių sutiko, kad savivaldybė jų paklaustų (vardai čia nerodomi):
    }
featured-write-about = ✍️ Rašyti apie Nr. { $n }
featured-story-button = Istorija { $story }: { $status }
featured-staff-how = Pirmiausia pasikalbėkite su žmogumi (pavyzdžiui, per užklausą arba susitikimų vietoje). Tada parašykite istoriją čia: žmogus gaus tikslų tekstą ir turės su juo sutikti, kad jį būtų galima išsiųsti.
featured-write-prompt = Parašykite istoriją (kalba: { $language }, ne daugiau kaip { $max } simbolių).
featured-pick-language = Kuria kalba norite pridėti vertimą?
featured-back-to-story = ← Atgal į istoriją
featured-story-title = ⭐ Istorija { $story } – { $status }
featured-edit-nb = ✏️ Rašyti ar keisti bokmål tekstą
featured-add-translation = 🌐 Pridėti vertimą
featured-send = ✉️ Siųsti žmogui patvirtinti
featured-announce = 📣 Siųsti naujakuriams ir mentoriams
featured-story-draft-hint = Kai tekstas bus paruoštas, išsiųskite jį žmogui. Vėliau jo pakeisti nebus galima.
featured-story-asked-hint = Žmogus gavo tikslų tekstą ir dar neatsakė.
featured-story-approved-hint = Žmogus sutiko būtent su šiuo tekstu. Jį galima išsiųsti tokį, koks yra.
featured-story-closed-hint = Šios istorijos išsiųsti negalima.
featured-back = ← Mėnesio naujakurys
featured-text-saved = Išsaugota.
featured-sent = Išsiųsta žmogui. Gausite pranešimą, kai žmogus atsakys.
featured-announced = Išsiųsta kaip skelbimas naujai atvykusiems žmonėms ir mentoriams. Gausite pristatymo ataskaitą.
featured-open-story = ⭐ Atidaryti istoriją
featured-staff-approved = ⭐ Istorija { $story }: žmogus sutiko su tekstu. Dabar jį galima išsiųsti.
featured-staff-declined = ⭐ Istorija { $story }: žmogus nesutiko. Tekstas nebus išsiųstas.
featured-staff-withdrawn = ⭐ Istorija { $story }: žmogus atšaukė sutikimą. Tai, kas dar nebuvo išsiųsta, sustabdyta.
