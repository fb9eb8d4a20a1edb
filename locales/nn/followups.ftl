# Oppfølging: meldingane dei første to åra, pulsen (spørsmåla om livet her) og /pause.

## Oppfølgingsmeldinga

followup-hello = 👋 Hei! No er det { $since } sidan du byrja å bruke velkommen i { $municipality }. Korleis går det? Her er det som kan vere nyttig no.
followup-days =
    { $count ->
        [one] éin dag
       *[other] { $count } dagar
    }
followup-weeks =
    { $count ->
        [one] ei veke
       *[other] { $count } veker
    }
followup-months =
    { $count ->
        [one] ein månad
       *[other] { $count } månader
    }
followup-years =
    { $count ->
        [one] eitt år
       *[other] { $count } år
    }
followup-checklist =
    { $count ->
        [one] 📋 Du har eitt steg att på sjekklista di.
       *[other] 📋 Du har { $count } steg att på sjekklista di.
    } Trykk på eit steg for å lese korleis du gjer det.
followup-mentor = 🤝 Vil du bli kjend med nokon som bur her? Ein fadder er ein frivillig som møter deg no og då – på tur, over ein kopp kaffi, med litt norskprat.
followup-mentor-button = 🤝 Eg vil gjerne ha ein fadder
followup-events = 📅 Snart skjer det:
followup-events-button = 📅 Alt som skjer
followup-pulse = 💬 Vi vil gjerne høyre korleis livet her er for deg: nokre korte spørsmål, eitt trykk på kvart, og du kan hoppe over dei du vil. Svara blir talde utan namnet ditt.
followup-pulse-start = 💬 Svar no (2 minutt)
followup-footer = Vil du ha færre meldingar? Skriv /pause.
followup-not-now = Ikkje no
followup-fewer = 🔕 Færre meldingar
followup-not-now-done = Greitt! Du finn alt i /menu når du treng det.
followup-needs-profile = Oppfølging er for dei som har fylt ut profilen sin. Skriv /start for å byrje.

## /pause og /resume

pause-prompt = Kor lenge skal vi vente med den neste oppfølgingsmeldinga? Påminningar om arrangement du har bede om, og svar frå kommunen, kjem likevel.
pause-months =
    { $count ->
        [one] 🔕 Ein månad
       *[other] 🔕 { $count } månader
    }
pause-until-resumed = 🔕 Til eg slår det på att
pause-done-until = Greitt. Du får ingen oppfølgingsmeldingar før { $date }. Skriv /resume viss du vil ha dei att før det.
pause-done = Greitt. Du får ingen oppfølgingsmeldingar før du skriv /resume.
resume-not-paused = Oppfølgingsmeldingane er ikkje sette på pause.
resume-done = Oppfølgingsmeldingane er på att. Den neste kjem rundt { $date }.
resume-done-soon = Oppfølgingsmeldingane er på att. Den neste kjem snart.
resume-done-none-left = Oppfølgingsmeldingane er på att, men du har allereie fått alle.
command-pause = Færre meldingar: set oppfølginga på pause
command-resume = Slå oppfølgingsmeldingane på att
help-followups =
    /pause – færre meldingar: set oppfølginga på pause
    /resume – slå oppfølginga på att

## Mine data, personvern og sletting

mydata-followups-next =
    { $count ->
        [0] Oppfølging: ingen meldingar enno, den første kjem rundt { $date }.
        [one] Oppfølging: vi har sendt éi melding, den neste kjem rundt { $date }.
       *[other] Oppfølging: vi har sendt { $count } meldingar, den neste kjem rundt { $date }.
    }
mydata-followups-done =
    { $count ->
        [0] Oppfølging: ingen fleire meldingar.
        [one] Oppfølging: vi har sendt éi melding, og det kjem ingen fleire.
       *[other] Oppfølging: vi har sendt { $count } meldingar, og det kjem ingen fleire.
    }
mydata-followups-paused = Oppfølging: på pause til du skriv /resume.
mydata-followups-paused-until = Oppfølging: på pause til { $date }.
mydata-pulse =
    { $count ->
        [one] Du har svart på spørsmåla om livet her éin gong. Svara blir talde utan namnet ditt; slettar du dataa dine, blir svara verande i statistikken utan noko som knyter dei til deg.
       *[other] Du har svart på spørsmåla om livet her { $count } gonger. Svara blir talde utan namnet ditt; slettar du dataa dine, blir svara verande i statistikken utan noko som knyter dei til deg.
    }
privacy-followups =
    🔔 Oppfølging: dei første to åra skriv vi til deg nokre gonger med det som kan vere nyttig, og etter tre månader òg med nokre frivillige spørsmål om livet her. /pause gjev deg færre meldingar.
    Svara på dei spørsmåla blir lagra til statistikk utan namnet ditt. Kommunen ser berre tal for grupper på minst fem personar. Slettar du dataa dine, blir koplinga til deg sletta, men dei anonyme svara blir verande i statistikken.
delete-done-followups = oppfølgingsmeldingane som var planlagde for deg
delete-done-pulse-kept = Svara dine på spørsmåla om livet her blir verande i statistikken, utan noko som knyter dei til deg.

## Pulsen

pulse-progress = Spørsmål { $n } av { $total }
pulse-scale-satisfied = 0 = svært misnøgd, 10 = svært nøgd
pulse-scale-belong = 0 = ikkje i det heile, 10 = svært sterkt
pulse-several = Trykk på alt som passar, og så «Ferdig».
pulse-done = Ferdig ➡️
pulse-skip = Hopp over
pulse-stop = Stopp her
pulse-yes = Ja
pulse-no = Nei
pulse-q-life = Alt i alt, kor nøgd er du med livet ditt for tida?
pulse-q-place = Kor nøgd er du med staden der du bur?
pulse-q-belong = Kor sterkt kjenner du at du høyrer til på staden der du bur?
pulse-q-stay = Trur du at du bur her om to år?
pulse-q-stay-reasons = Kva får deg til å bli?
pulse-q-leave-reasons = Kva kan få deg til å flytte?
pulse-q-friends = Kor ofte er du saman med gode vener?
pulse-q-norwegian-friend = Har du ein nordmann her som du kan ringje som ein ven?
pulse-q-good = Kva er bra med å bu her?
pulse-q-work = Har du arbeid?
pulse-q-housing = Korleis bur du?
pulse-q-buy = Vil du gjerne kjøpe eigen bustad her?
pulse-friends-daily = Kvar dag
pulse-friends-weekly = Kvar veke
pulse-friends-monthly = Kvar månad
pulse-friends-yearly = Nokre gonger i året
pulse-friends-less = Sjeldnare
pulse-friends-none = Eg har ingen gode vener
pulse-quality-safety = Trygt
pulse-quality-nature = Naturen
pulse-quality-people = Folk
pulse-quality-meeting = Møteplassar
pulse-quality-distances = Korte avstandar
pulse-quality-services = Tenester: skule, helse
pulse-work-in-line = Ja, i tråd med utdanninga mi
pulse-work-not-in-line = Ja, men ikkje i tråd med utdanninga
pulse-work-looking = Nei, eg søkjer arbeid
pulse-work-learning = Nei, eg går på skule, kurs eller introprogram
pulse-work-not = Nei
pulse-housing-rent = Eg leiger privat
pulse-housing-own = Eg eig bustaden
pulse-housing-municipal = Eg leiger av kommunen
pulse-housing-temporary = Mellombels, til dømes via jobben
pulse-expect-yes = Ja
pulse-expect-unsure = Usikker
pulse-expect-no = Nei
pulse-stay-work = Arbeid
pulse-stay-home = Bustaden
pulse-stay-safety = Tryggleiken
pulse-stay-children = Borna har det bra her
pulse-stay-people = Folk eg kjenner her
pulse-stay-nature = Naturen og roa
pulse-reason-other = Noko anna
pulse-leave-education = Utdanning
pulse-leave-competence = Å få bruke kompetansen min
pulse-leave-career = Karriere
pulse-leave-family = Familie og vener
pulse-leave-culture = Religion og kultur
pulse-leave-own-people = Eit større nettverk av mine eigne
pulse-leave-city = Byen
pulse-leave-back = Å flytte tilbake til heimlandet
pulse-talk = Mange tenkjer på om dei skal bli eller flytte. { $municipality } snakkar gjerne med deg om fordelar og ulemper. Vil du det? Seier du ja, går spørsmålet ditt til kommunen som ei sak, og svaret kjem her i chatten.
pulse-talk-yes = Ja, gjerne
pulse-talk-no = Nei takk
pulse-talk-case = Ønskjer ein samtale om å bli buande eller flytte (frå oppfølginga). Trur dei bur her om to år: { $answer }.
pulse-thanks = Tusen takk! Svara dine hjelper { $municipality } å bli ein betre stad å bu. Dei blir talde utan namnet ditt.
pulse-stopped = Greitt – takk for det du svarte. Du kan halde fram seinare med knappen i meldinga.
pulse-already = Du har alt svart på desse spørsmåla. Takk!

## Innsikt for kommunen (/insight og velkommen insight)

insight-title = 📊 Innsikt for { $municipality }, { $from }–{ $to }
insight-responses = Svar på spørsmåla om livet her: { $count }
insight-none = Ingen har svart på spørsmåla om livet her i denne perioden enno. Spørsmåla følgjer med oppfølginga frå tre månader etter registreringa.
insight-everyone = Alle
insight-category-unknown = Ikkje oppgjeve
insight-here-first-year = Under eitt år her
insight-here-second-year = 1–2 år her
insight-here-longer = Over 2 år her
insight-quarter = { $quarter }. kvartal { $year }
insight-stay-title = 🏡 Trur dei bur her om to år? ({ $count } svar)
insight-by-month = 📈 Månad for månad: trur dei bur her om to år?
insight-stay-reasons = ➡️ Kva får dei til å bli ({ $count } som trur dei blir):
insight-leave-reasons = ⬅️ Kva kan få dei til å flytte ({ $count } som er usikre eller trur dei flyttar):
insight-good = 👍 Kva er bra med å bu her ({ $count } svar):
insight-life = 😊 Nøgd med livet, 0–10: { $mean } ({ $count } svar)
insight-life-national = Til samanlikning: innvandrarar i Noreg { $immigrants }, heile befolkninga { $everyone } (SSB, levekårsundersøkinga blant innvandrarar 2016).
insight-place = 📍 Nøgd med staden, 0–10: { $mean } ({ $count } svar)
insight-place-national = Til samanlikning: heile landet { $national } (SSB, livskvalitetsundersøkinga 2023).
insight-belong = 🤝 Tilhøyrsle til staden, 0–10: { $mean } ({ $count } svar)
insight-friends = 👥 Kor ofte dei er saman med gode vener ({ $count } svar):
insight-norwegian-friend = 🇳🇴 Har ein nordmann dei kan ringje som ein ven ({ $count } svar):
insight-housing = 🏠 Bustad, kvartal for kvartal:
insight-buy = 🔑 Vil kjøpe eigen bustad her (blant dei som ikkje eig, { $count } svar):
insight-work = 💼 Arbeid, kvartal for kvartal:
insight-matches = 🤝 Fadderkoplingar: { $started } starta, { $running } i gang, { $ended } avslutta i perioden.
insight-matches-started = Starta
insight-matches-running = I gang
insight-matches-ended = Avslutta
insight-footnote = ℹ️ Tal som byggjer på færre enn 5 personar, blir viste som «< 5». Tal som dei kunne reknast ut frå, blir òg skjulte. Svara er lagra utan namn.
insight-csv-header = Tema;Gruppe;Svar;Antal;Av;Del (%);Snitt
insight-csv-mean = Snitt (0–10)
insight-section-responses = Svar
insight-section-stay = Trur dei bur her om to år
insight-section-trend = Månad for månad
insight-section-stay-reasons = Grunnar til å bli
insight-section-leave-reasons = Grunnar til å flytte
insight-section-good = Kva er bra med å bu her
insight-section-life = Nøgd med livet
insight-section-place = Nøgd med staden
insight-section-belong = Tilhøyrsle
insight-section-friends = Saman med gode vener
insight-section-norwegian-friend = Ein nordmann å ringje som ven
insight-section-housing = Bustad
insight-section-buy = Vil kjøpe bustad
insight-section-work = Arbeid
insight-section-matches = Fadderkoplingar
insight-chart-title = { $municipality }: { $from }–{ $to }
insight-chart-stay = Trur dei bur her om to år?
insight-chart-trend = Del som trur dei bur her om to år, per månad (%)
insight-chart-leave = Kva kan få dei til å flytte
insight-chart-housing = Bustad per kvartal (%)
insight-chart-footer = Kjelde: svar i velkommen. Grupper under 5 personar blir ikkje viste.
insight-not-allowed = Innsikt er berre for koordinatorar i kommunen.
insight-pick = Kva kommune vil du sjå innsikt for?
insight-chart-caption = 📊 Diagrammet. Grupper under 5 personar blir ikkje viste.
insight-csv-caption = 📄 Tala som rekneark (CSV med semikolon, kan opnast i Excel).
insight-recent = 📅 Dei siste 12 månadene
insight-year = 📅 Heile { $year }
insight-more = Vil du sjå ein annan periode?
staff-insight = 📊 Innsikt
competence-title = 🧰 Kompetanse i { $municipality }: { $count } har fylt ut «Det eg kan».
competence-education = 🎓 Utdanning ({ $count } svar):
competence-field = 🛠 Fagfelt ({ $count } svar):
competence-experience = ⏳ Erfaring i faget ({ $count } svar):
competence-languages = 🗣 Språk ({ $count } svar):
competence-licence = 🚗 Førarkort ({ $count } svar):
competence-wishes = 🎯 Ønske ({ $count } svar):
competence-shared =
    { $count ->
        [0] 👀 Ingen har enno sagt ja til å vise kommunen svara sine.
        [one] 👀 Éin person har sagt ja til å vise kommunen svara sine (utan namn):
       *[other] 👀 { $count } har sagt ja til å vise kommunen svara sine (utan namn):
    }
competence-person-wishes = Ønske: { $wishes }
competence-person-who = { $category }, brukar velkommen på { $language }
competence-button = 🧰 Kompetanse
competence-footer = Tala skjuler grupper under 5 personar, òg blant dei som ikkje har sagt ja til å vise svara sine.
