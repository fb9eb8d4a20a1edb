# Oppfølging: meldingene de første to årene, pulsen (spørsmålene om livet her) og /pause.

## Oppfølgingsmeldingen

followup-hello = 👋 Hei! Nå er det { $since } siden du begynte å bruke velkommen i { $municipality }. Hvordan går det? Her er det som kan være nyttig nå.
followup-days =
    { $count ->
        [one] én dag
       *[other] { $count } dager
    }
followup-weeks =
    { $count ->
        [one] en uke
       *[other] { $count } uker
    }
followup-months =
    { $count ->
        [one] en måned
       *[other] { $count } måneder
    }
followup-years =
    { $count ->
        [one] ett år
       *[other] { $count } år
    }
followup-checklist =
    { $count ->
        [one] 📋 Ett steg på sjekklisten din er ikke gjort ennå.
       *[other] 📋 { $count } steg på sjekklisten din er ikke gjort ennå.
    } Trykk på et steg for å lese hvordan du gjør det.
followup-mentor = 🤝 Vil du bli kjent med noen som bor her? En fadder er en frivillig som møter deg innimellom – dere kan gå en tur, ta en kaffe eller prate litt norsk.
followup-mentor-button = 🤝 Jeg vil gjerne ha en fadder
followup-events = 📅 Dette skjer snart:
followup-events-button = 📅 Alt som skjer
followup-pulse = 💬 Vi vil gjerne høre hvordan livet her er for deg: noen korte spørsmål, ett trykk på hvert, alle kan hoppes over. Svarene telles uten navnet ditt.
followup-pulse-start = 💬 Svar nå (2 minutter)
followup-footer = Vil du ha færre meldinger? Skriv /pause.
followup-not-now = Ikke nå
followup-fewer = 🔕 Færre meldinger
followup-not-now-done = Greit! Du finner alt i /menu når du trenger det.
followup-needs-profile = Oppfølging er for dem som har fylt ut profilen sin. Skriv /start for å begynne.

## /pause og /resume

pause-prompt = Hvor lenge skal vi vente med neste oppfølgingsmelding? Påminnelser om arrangementer du har bedt om, og svar fra kommunen, kommer likevel.
pause-months =
    { $count ->
        [one] 🔕 En måned
       *[other] 🔕 { $count } måneder
    }
pause-until-resumed = 🔕 Til jeg slår dem på igjen
pause-done-until = Greit. Du får ingen oppfølgingsmeldinger før { $date }. Skriv /resume hvis du vil ha dem igjen før det.
pause-done = Greit. Du får ingen oppfølgingsmeldinger før du skriver /resume.
resume-not-paused = Oppfølgingsmeldingene er ikke satt på pause.
resume-done = Oppfølgingsmeldingene er på igjen. Den neste kommer rundt { $date }.
resume-done-soon = Oppfølgingsmeldingene er på igjen. Den neste kommer snart.
resume-done-none-left = Oppfølgingsmeldingene er på igjen, men du har allerede fått alle.
command-pause = Færre meldinger: sett oppfølgingen på pause
command-resume = Slå oppfølgingsmeldingene på igjen
help-followups =
    /pause – færre meldinger: sett oppfølgingen på pause
    /resume – slå oppfølgingen på igjen

## Mine data, personvern og sletting

mydata-followups-next =
    { $count ->
        [0] Oppfølging: ingen meldinger ennå, den første kommer rundt { $date }.
        [one] Oppfølging: én melding sendt, den neste kommer rundt { $date }.
       *[other] Oppfølging: { $count } meldinger sendt, den neste kommer rundt { $date }.
    }
mydata-followups-done =
    { $count ->
        [0] Oppfølging: ingen flere meldinger.
        [one] Oppfølging: én melding sendt, ingen flere kommer.
       *[other] Oppfølging: { $count } meldinger sendt, ingen flere kommer.
    }
mydata-followups-paused = Oppfølging: på pause til du skriver /resume.
mydata-followups-paused-until = Oppfølging: på pause til { $date }.
mydata-pulse =
    { $count ->
        [one] Du har svart på spørsmålene om livet her én gang. Svarene telles uten navnet ditt; sletter du dataene dine, blir svarene igjen i statistikken uten noe som knytter dem til deg.
       *[other] Du har svart på spørsmålene om livet her { $count } ganger. Svarene telles uten navnet ditt; sletter du dataene dine, blir svarene igjen i statistikken uten noe som knytter dem til deg.
    }
privacy-followups =
    🔔 Oppfølging: de første to årene skriver vi til deg noen ganger med det som kan være nyttig, og etter tre måneder også med noen frivillige spørsmål om livet her. /pause gir deg færre meldinger.
    Svarene på de spørsmålene lagres til statistikk uten navnet ditt. Kommunen ser bare tall for grupper på minst fem personer. Sletter du dataene dine, slettes koblingen til deg, men de anonyme svarene blir igjen i statistikken.
delete-done-followups = oppfølgingsmeldingene som var planlagt for deg
delete-done-pulse-kept = Svarene dine på spørsmålene om livet her er igjen i statistikken, uten noe som knytter dem til deg.

## Pulsen

pulse-progress = Spørsmål { $n } av { $total }
pulse-scale-satisfied = 0 = svært misfornøyd, 10 = svært fornøyd
pulse-scale-belong = 0 = ikke i det hele tatt, 10 = svært sterkt
pulse-several = Trykk på alt som passer, og så på «Ferdig».
pulse-done = Ferdig ➡️
pulse-skip = Hopp over
pulse-stop = Stopp her
pulse-yes = Ja
pulse-no = Nei
pulse-q-life = Alt i alt, hvor fornøyd er du med livet ditt for tiden?
pulse-q-place = Hvor fornøyd er du med stedet der du bor?
pulse-q-belong = Hvor sterkt føler du at du hører til på stedet der du bor?
pulse-q-stay = Tror du at du bor her om to år?
pulse-q-stay-reasons = Hva får deg til å bli her?
pulse-q-leave-reasons = Hva kan få deg til å flytte herfra?
pulse-q-friends = Hvor ofte er du sammen med gode venner?
pulse-q-norwegian-friend = Har du en nordmann her som du kan ringe som en venn?
pulse-q-good = Hva er bra med å bo her?
pulse-q-work = Har du arbeid?
pulse-q-housing = Hvordan bor du?
pulse-q-buy = Vil du gjerne kjøpe egen bolig her?
pulse-friends-daily = Hver dag
pulse-friends-weekly = Hver uke
pulse-friends-monthly = Hver måned
pulse-friends-yearly = Noen ganger i året
pulse-friends-less = Sjeldnere
pulse-friends-none = Jeg har ingen gode venner
pulse-quality-safety = Det er trygt
pulse-quality-nature = Naturen
pulse-quality-people = Folk
pulse-quality-meeting = Møteplasser
pulse-quality-distances = Korte avstander
pulse-quality-services = Tjenester: skole, helse
pulse-work-in-line = Ja, innenfor utdanningen min
pulse-work-not-in-line = Ja, men utenfor utdanningen min
pulse-work-looking = Nei, jeg søker arbeid
pulse-work-learning = Nei, jeg går på skole eller kurs
pulse-work-not = Nei
pulse-housing-rent = Jeg leier privat
pulse-housing-own = Jeg eier boligen
pulse-housing-municipal = Jeg leier av kommunen
pulse-housing-temporary = Midlertidig, f.eks. via jobben
pulse-expect-yes = Ja
pulse-expect-unsure = Usikker
pulse-expect-no = Nei
pulse-stay-work = Arbeid
pulse-stay-home = Boligen min
pulse-stay-safety = Tryggheten
pulse-stay-children = Barna har det bra her
pulse-stay-people = Folk jeg kjenner her
pulse-stay-nature = Naturen og roen
pulse-reason-other = Noe annet
pulse-leave-education = Utdanning
pulse-leave-competence = Å få brukt kompetansen min
pulse-leave-career = Karriere
pulse-leave-family = Familie og venner
pulse-leave-culture = Religion og kultur
pulse-leave-own-people = Et større nettverk av mine egne
pulse-leave-city = Å bo i en by
pulse-leave-back = Å flytte tilbake til hjemlandet
pulse-talk = Mange tenker på om de skal bli eller flytte. { $municipality } kommune kan gjerne snakke med deg om fordeler og ulemper. Vil du det? Sier du ja, går ønsket ditt til kommunen som en sak, og svaret kommer her i chatten.
pulse-talk-yes = Ja, gjerne
pulse-talk-no = Nei takk
pulse-talk-case = Ønsker en samtale om å bli boende eller flytte (fra oppfølgingen). Tror de bor her om to år: { $answer }.
pulse-thanks = Tusen takk! Svarene dine hjelper { $municipality } å bli et bedre sted å bo. De telles uten navnet ditt.
pulse-stopped = Greit – takk for det du svarte. Du kan fortsette senere med knappen i meldingen.
pulse-already = Du har allerede svart på disse spørsmålene. Takk!

## Innsikt for kommunen (/insight og velkommen insight)

insight-title = 📊 Innsikt for { $municipality }, { $from }–{ $to }
insight-responses = Svar på spørsmålene om livet her: { $count }
insight-none = Ingen har svart på spørsmålene om livet her i denne perioden ennå. Spørsmålene følger med oppfølgingen fra tre måneder etter registreringen.
insight-everyone = Alle
insight-category-unknown = Ikke oppgitt
insight-here-first-year = Under ett år her
insight-here-second-year = 1–2 år her
insight-here-longer = Over 2 år her
insight-quarter = { $quarter }. kvartal { $year }
insight-stay-title = 🏡 Tror de bor her om to år? ({ $count } svar)
insight-by-month = 📈 Måned for måned: tror de bor her om to år?
insight-stay-reasons = ➡️ Hva får dem til å bli her ({ $count } som tror de blir boende):
insight-leave-reasons = ⬅️ Hva kan få dem til å flytte ({ $count } som er usikre eller tror de flytter):
insight-good = 👍 Hva er bra med å bo her ({ $count } svar):
insight-life = 😊 Fornøyd med livet (0–10): snitt { $mean } ({ $count } svar)
insight-life-national = Til sammenligning: innvandrere i Norge { $immigrants }, hele befolkningen { $everyone } (SSB, levekårsundersøkelsen blant innvandrere 2016).
insight-place = 📍 Fornøyd med stedet (0–10): snitt { $mean } ({ $count } svar)
insight-place-national = Til sammenligning: hele landet { $national } (SSB, livskvalitetsundersøkelsen 2023).
insight-belong = 🤝 Tilhørighet til stedet (0–10): snitt { $mean } ({ $count } svar)
insight-friends = 👥 Hvor ofte de er sammen med gode venner ({ $count } svar):
insight-norwegian-friend = 🇳🇴 Har en nordmann de kan ringe som en venn ({ $count } svar):
insight-housing = 🏠 Bolig, kvartal for kvartal:
insight-buy = 🔑 Vil kjøpe egen bolig her (blant dem som ikke eier, { $count } svar):
insight-work = 💼 Arbeid, kvartal for kvartal:
insight-matches = 🤝 Fadderkoblinger: { $started } startet, { $running } i gang, { $ended } avsluttet i perioden.
insight-matches-started = Startet
insight-matches-running = I gang
insight-matches-ended = Avsluttet
insight-footnote = ℹ️ Tall som bygger på færre enn 5 personer, vises som «< 5». Tall som de kunne regnes ut fra, er også skjult. Svarene er lagret uten navn.
insight-csv-header = Del;Gruppe;Svar;Antall;Av;Andel (%);Snitt
insight-csv-mean = Snitt (0–10)
insight-section-responses = Svar
insight-section-stay = Tror de bor her om to år
insight-section-trend = Måned for måned
insight-section-stay-reasons = Grunner til å bli
insight-section-leave-reasons = Grunner til å flytte
insight-section-good = Hva er bra med å bo her
insight-section-life = Fornøyd med livet
insight-section-place = Fornøyd med stedet
insight-section-belong = Tilhørighet
insight-section-friends = Sammen med gode venner
insight-section-norwegian-friend = En nordmann å ringe som venn
insight-section-housing = Bolig
insight-section-buy = Vil kjøpe bolig
insight-section-work = Arbeid
insight-section-matches = Fadderkoblinger
insight-chart-title = { $municipality }, { $from }–{ $to }
insight-chart-stay = Tror de bor her om to år?
insight-chart-trend = Andel som tror de bor her om to år, per måned (%)
insight-chart-leave = Hva kan få dem til å flytte
insight-chart-housing = Bolig per kvartal (%)
insight-chart-footer = Kilde: svar i velkommen. Grupper under 5 personer vises ikke.
insight-not-allowed = Innsikten er for koordinatorer i kommunen.
insight-pick = Hvilken kommune vil du se innsikt for?
insight-chart-caption = 📊 Diagrammet. Grupper under 5 personer vises ikke.
insight-csv-caption = 📄 Tallene som regneark (CSV med semikolon, åpnes i Excel).
insight-recent = 📅 Siste 12 måneder
insight-year = 📅 Hele { $year }
insight-more = Vil du se en annen periode?
staff-insight = 📊 Innsikt
competence-title = 🧰 Kompetanse i { $municipality }: { $count } har fylt ut «Det jeg kan».
competence-education = 🎓 Utdanning ({ $count } svar):
competence-field = 🛠 Fagfelt ({ $count } svar):
competence-experience = ⏳ Erfaring i faget ({ $count } svar):
competence-languages = 🗣 Språk ({ $count } svar):
competence-licence = 🚗 Førerkort ({ $count } svar):
competence-wishes = 🎯 Ønsker ({ $count } svar):
competence-shared =
    { $count ->
        [0] 👀 Ingen har ennå sagt ja til at kommunen kan se det de har svart.
        [one] 👀 Én har sagt ja til at kommunen kan se det de har svart (uten navn):
       *[other] 👀 { $count } har sagt ja til at kommunen kan se det de har svart (uten navn):
    }
competence-person-wishes = Ønsker: { $wishes }
competence-person-who = { $category }, bruker velkommen på { $language }
competence-button = 🧰 Kompetanse
competence-footer = Tallene gjelder alle som har fylt ut. Et tall skjules hvis det bygger på 1–4 personer, eller på 1–4 av dem som ikke har sagt ja til å vise svarene sine.

## Månedens nykommer

menu-featured = ⭐ Månedens nykommer
staff-featured = ⭐ Månedens nykommer
featured-intro = ⭐ Månedens nykommer: hver måned kan kommunen fortelle historien til én som har flyttet hit – med personens tillatelse. Sier du ja, kan kommunen spørre deg. Da kan koordinatoren ta kontakt med deg for å høre historien din. Ingenting blir sendt ut før du har lest den nøyaktige teksten og sagt ja til den, og du kan trekke tilbake samtykket når som helst.
featured-optin-button = ✅ Ja, dere kan spørre meg
featured-optout-button = Ikke spør meg likevel
featured-optin-yes = Takk! Kommunen kan nå spørre deg. Du bestemmer fortsatt over hver tekst.
featured-optin-no = Greit. Kommunen spør deg ikke.
featured-optin-since = Du har sagt at kommunen kan spørre deg (siden { $date }).
featured-mine = Historien om deg: { $status }
featured-withdraw = ↩️ Trekk tilbake samtykket
featured-withdraw-confirm = Vil du trekke tilbake samtykket? Det som ikke er sendt ut ennå, blir stoppet, og kommunen bruker ikke historien videre. Det som allerede er sendt ut, kan ikke hentes tilbake.
featured-withdraw-yes = Ja, trekk tilbake
featured-withdraw-no = Nei, behold det
featured-withdraw-kept = Greit, ingenting er endret.
featured-withdrawn = Samtykket er trukket tilbake. Det som ikke var sendt ut, er stoppet, og koordinatoren har fått beskjed.
featured-ask = ⭐ { $municipality } kommune vil gjerne fortelle historien din som månedens nykommer. Her er teksten, nøyaktig slik den blir sendt til nykommere og faddere i kommunen:
featured-ask-others =
    { $count ->
        [one] Den blir også sendt på ett språk til, oversatt fra denne.
       *[other] Den blir også sendt på { $count } språk til, oversatt fra denne.
    }
featured-ask-question = Er det greit at denne teksten blir sendt ut? Ingenting blir sendt før du har svart.
featured-approve = ✅ Ja, den kan sendes
featured-decline = Nei, ikke send den
featured-approved = Takk! Koordinatoren kan nå sende ut teksten. Du kan trekke tilbake samtykket under «Månedens nykommer» i /menu.
featured-declined = Greit, teksten blir ikke sendt. Koordinatoren har fått beskjed.
featured-status-draft = Utkast
featured-status-asked = Venter på svar
featured-status-approved = Godkjent, ikke sendt ut
featured-status-declined = Avslått
featured-status-published = Sendt ut
featured-status-withdrawn = Samtykket er trukket tilbake
mydata-featured-optin = Månedens nykommer: du har sagt at kommunen kan spørre deg.
mydata-featured-story = Månedens nykommer, en historie om deg: { $status }
delete-done-featured = samtykket til månedens nykommer og historiene om deg
featured-not-allowed = Månedens nykommer er for koordinatorer i kommunen.
featured-staff-title = ⭐ Månedens nykommer
featured-staff-candidates =
    { $count ->
        [0] { $municipality }: ingen har ennå sagt ja til å bli spurt.
        [one] { $municipality }: én har sagt ja til å bli spurt (uten navn her):
       *[other] { $municipality }: { $count } har sagt ja til å bli spurt (uten navn her):
    }
featured-write-about = ✍️ Skriv om nr. { $n }
featured-story-button = Historie { $story }: { $status }
featured-staff-how = Snakk med personen først (for eksempel i en sak eller på en møteplass). Skriv så historien her: personen får den nøyaktige teksten og må si ja før den kan sendes ut.
featured-write-prompt = Skriv historien på { $language } (høyst { $max } tegn).
featured-pick-language = Hvilket språk vil du legge til en oversettelse på?
featured-back-to-story = ← Tilbake til historien
featured-story-title = ⭐ Historie { $story } – { $status }
featured-edit-nb = ✏️ Skriv eller endre bokmålsteksten
featured-add-translation = 🌐 Legg til en oversettelse
featured-send = ✉️ Send til personen for godkjenning
featured-announce = 📣 Send ut til nykommere og faddere
featured-story-draft-hint = Når teksten er klar, send den til personen. Den kan ikke endres etterpå.
featured-story-asked-hint = Personen har fått den nøyaktige teksten og har ikke svart ennå.
featured-story-approved-hint = Personen har sagt ja til akkurat denne teksten. Den kan sendes ut som den er.
featured-story-closed-hint = Denne historien kan ikke sendes ut.
featured-back = ← Månedens nykommer
featured-text-saved = Lagret.
featured-sent = Sendt til personen. Du får beskjed når hen svarer.
featured-announced = Sendt ut som en kunngjøring til nykommere og faddere. Du får en leveringsrapport.
featured-open-story = ⭐ Åpne historien
featured-staff-approved = ⭐ Historie { $story }: personen har sagt ja til teksten. Den kan nå sendes ut.
featured-staff-declined = ⭐ Historie { $story }: personen har sagt nei. Teksten blir ikke sendt.
featured-staff-withdrawn = ⭐ Historie { $story }: personen har trukket tilbake samtykket. Det som ikke var sendt ut, er stoppet.
