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

## Månadens nykomar

menu-featured = ⭐ Månadens nykomar
staff-featured = ⭐ Månadens nykomar
featured-intro = ⭐ Månadens nykomar: kvar månad kan kommunen fortelje historia til ein som har flytta hit – med løyve frå personen. Seier du ja, kan kommunen spørje deg. Då kan koordinatoren ta kontakt med deg for å høyre historia di. Ingenting blir sendt ut før du har lese den nøyaktige teksten og sagt ja til det som står der, og du kan trekkje samtykket tilbake når som helst.
featured-optin-button = ✅ Ja, de kan spørje meg
featured-optout-button = Ikkje spør meg likevel
featured-optin-yes = Takk! No kan kommunen spørje deg. Du bestemmer framleis over kvar tekst.
featured-optin-no = Greitt. Kommunen spør deg ikkje.
featured-optin-since = Du har sagt at kommunen kan spørje deg (sidan { $date }).
featured-mine = Historia om deg: { $status }
featured-withdraw = ↩️ Trekk tilbake samtykket
featured-withdraw-confirm = Vil du trekkje samtykket tilbake? Det som ikkje er sendt ut enno, blir stoppa, og kommunen brukar ikkje historia vidare. Det som alt er sendt ut, kan ikkje hentast tilbake.
featured-withdraw-yes = Ja, trekk tilbake
featured-withdraw-no = Nei, behald det
featured-withdraw-kept = Greitt, ingenting er endra.
featured-withdrawn = Samtykket er trekt tilbake. Det som ikkje var sendt ut, er stoppa, og koordinatoren har fått beskjed.
featured-ask = ⭐ { $municipality } kommune vil gjerne fortelje historia di som månadens nykomar. Her er teksten, nøyaktig slik han blir sendt til nykomarar og fadrar i kommunen:
featured-ask-others =
    { $count ->
        [one] Teksten blir òg sendt på eitt språk til, omsett frå denne.
       *[other] Teksten blir òg sendt på { $count } språk til, omsett frå denne.
    }
featured-ask-question = Er det greitt at denne teksten blir sendt ut? Ingenting blir sendt før du har svart.
featured-approve = ✅ Ja, teksten kan sendast
featured-decline = Nei, ikkje send teksten
featured-approved = Takk! No kan koordinatoren sende ut teksten. Du kan trekkje samtykket tilbake under «Månadens nykomar» i /menu.
featured-declined = Greitt, teksten blir ikkje sendt. Koordinatoren har fått beskjed.
featured-status-draft = Utkast
featured-status-asked = Ventar på svar
featured-status-approved = Godkjend, ikkje sendt ut
featured-status-declined = Avslått
featured-status-published = Sendt ut
featured-status-withdrawn = Samtykket er trekt tilbake
mydata-featured-optin = Månadens nykomar: du har sagt at kommunen kan spørje deg.
mydata-featured-story = Månadens nykomar, ei historie om deg: { $status }
delete-done-featured = samtykket til månadens nykomar og historiene om deg
featured-not-allowed = Månadens nykomar er for koordinatorar i kommunen.
featured-staff-title = ⭐ Månadens nykomar
featured-staff-candidates =
    { $count ->
        [0] { $municipality }: ingen har enno sagt at kommunen kan spørje dei.
        [one] { $municipality }: éin har sagt at kommunen kan spørje dei (utan namn her):
       *[other] { $municipality }: { $count } har sagt at kommunen kan spørje dei (utan namn her):
    }
featured-write-about = ✍️ Skriv om nr. { $n }
featured-story-button = Historie { $story }: { $status }
featured-staff-how = Snakk med personen først (til dømes i ei sak eller på ein møteplass). Skriv så historia her: personen får den nøyaktige teksten og må seie ja før teksten kan sendast ut.
featured-write-prompt = Skriv historia på { $language } (høgst { $max } teikn).
featured-pick-language = Kva språk vil du leggje til ei omsetjing på?
featured-back-to-story = ← Tilbake til historia
featured-story-title = ⭐ Historie { $story } – { $status }
featured-edit-nb = ✏️ Skriv eller endre bokmålsteksten
featured-add-translation = 🌐 Legg til ei omsetjing
featured-send = ✉️ Send til personen for godkjenning
featured-announce = 📣 Send ut til nykomarar og fadrar
featured-story-draft-hint = Når teksten er klar, send han til personen. Teksten kan ikkje endrast etterpå.
featured-story-asked-hint = Personen har fått den nøyaktige teksten og har ikkje svart enno.
featured-story-approved-hint = Personen har sagt ja til akkurat denne teksten. Teksten kan sendast ut slik han står.
featured-story-closed-hint = Denne historia kan ikkje sendast ut.
featured-back = ← Månadens nykomar
featured-text-saved = Lagra.
featured-sent = Sendt til personen. Du får beskjed når personen svarar.
featured-announced = Sendt ut som ei kunngjering til nykomarar og fadrar. Du får ein leveringsrapport.
featured-open-story = ⭐ Opne historia
featured-staff-approved = ⭐ Historie { $story }: personen har sagt ja til teksten. No kan teksten sendast ut.
featured-staff-declined = ⭐ Historie { $story }: personen har sagt nei. Teksten blir ikkje sendt.
featured-staff-withdrawn = ⭐ Historie { $story }: personen har trekt samtykket tilbake. Det som ikkje var sendt ut, er stoppa.
