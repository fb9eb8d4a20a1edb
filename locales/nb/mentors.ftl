# Fadderordningen: frivillige, godkjenning, ventelisten og koblinger.

## Frivillige som melder seg (/fadder)

fadder-intro =
    🤝 Bli fadder

    En fadder blir kjent med en nyankommen person eller familie som nettopp har flyttet hit – vanligvis annenhver uke, i { $months } måneder. En tur, en kopp kaffe, litt norskprat, vise hvor ting er. Du trenger ikke være ekspert: det viktigste er å være en vennlig nabo.

    Flyttet du selv til Norge for noen år siden? Da er du ekstra velkommen: kanskje snakker du den nyankomnes språk og vet hvordan det første året er.

    Det tar omtrent tre minutter å melde seg. Etterpå inviterer kommunen deg til en samtale, ber deg skrive under en taushetserklæring og gir deg en kort innføring.
fadder-join = ✍️ Meld meg på
fadder-not-now-button = Ikke nå
fadder-not-now = Greit. Du kan melde deg når som helst med /fadder.
fadder-name-prompt = Hva er fornavnet ditt? Det er navnet en nyankommen får se. (Høyst { $max } tegn; etternavn trengs ikke.)
fadder-name-invalid = Det ser ikke ut som et fornavn. Skriv bare fornavnet ditt, høyst { $max } tegn.
fadder-municipality-prompt = Hvilken kommune vil du være fadder i?
fadder-languages-prompt = Hvilke språk snakker du? Trykk på et språk for å si hvor godt. Norsk teller også. Trykk «Ferdig» når du er ferdig.
fadder-languages-needed = Velg minst ett språk du snakker.
fadder-level-prompt = Hvor godt snakker du { $language }?
fadder-level-remove = Jeg snakker det ikke
mentor-level-basic = litt
mentor-level-good = godt
mentor-level-native = morsmål
fadder-background-prompt = Flyttet du selv til Norge? Skriv i så fall hvor du kom fra (et land eller en by, høyst { $max } tegn). Eller trykk på en knapp.
fadder-grew-up-here = Jeg vokste opp i Norge
fadder-moved-from = flyttet hit fra { $place }
fadder-place-invalid = Skriv et land eller en by, høyst { $max } tegn, eller trykk på en knapp.
fadder-rather-not-say = Vil helst ikke si
fadder-not-said = ikke oppgitt
fadder-gender-prompt = Er du kvinne eller mann? Det er frivillig å svare: mange kvinner som kommer hit, ønsker seg en kvinne som fadder.
mentor-gender-woman = Kvinne
mentor-gender-man = Mann
fadder-age-prompt = Hvor gammel er du? (Frivillig.)
mentor-age-u30 = under 30
mentor-age-30-44 = 30–44
mentor-age-45-59 = 45–59
mentor-age-60 = 60 eller eldre
fadder-interests-prompt = Hva liker du å gjøre? Velg så mange du vil, og trykk «Ferdig».
mentor-interest-outdoor = 🥾 Friluftsliv
mentor-interest-sport = ⚽ Idrett
mentor-interest-fishing = 🎣 Fiske
mentor-interest-cooking = 🍲 Matlaging
mentor-interest-crafts = 🧶 Håndarbeid
mentor-interest-music = 🎵 Musikk
mentor-interest-faith = 🕊 Tros- og livssynssamfunn
mentor-interest-children = 🧒 Barneaktiviteter
mentor-interest-culture = 🎭 Kultur
fadder-children-prompt = Har du barn selv? Familier med barn liker ofte å møte en annen familie.
fadder-yes = Ja
fadder-no = Nei
fadder-capacity-prompt = Hvor mange nyankomne eller familier kan du være fadder for samtidig? (1 til { $max })
fadder-capacity-invalid = Du kan være fadder for 1 til { $max } nyankomne eller familier samtidig. Velg et av tallene.
fadder-capacity-below-engaged = Du har allerede { $count } nyankomne eller familier. Velg minst så mange, eller avslutt en kobling først.
fadder-helps-prompt = Hva kan du hjelpe med? Velg så mange du vil, og trykk «Ferdig».
mentor-help-norwegian = 🗣 Norskprat
mentor-help-social = ☕ Bli kjent med folk
mentor-help-job = 💼 Finne jobb
mentor-help-paperwork = 📄 Skjemaer og brev
mentor-help-children = 🧒 Barneaktiviteter
mentor-help-driving = 🚗 Bilkjøring
fadder-done = ✅ Ferdig
fadder-part-name = Fornavn
fadder-part-municipality = Kommune
fadder-part-languages = Språk
fadder-part-background = Flyttet til Norge
fadder-part-gender = Kvinne eller mann
fadder-part-age = Alder
fadder-part-interests = Interesser
fadder-part-children = Barn
fadder-part-capacity = Nyankomne samtidig
fadder-part-helps = Kan hjelpe med
fadder-part-missing = Noe mangler fortsatt i påmeldingen din:
fadder-consent-title = Påmeldingen din:
fadder-consent =
    Dette skjer med påmeldingen:
    • velkommen lagrer det du har svart over, slik at kommunen kan bli kjent med deg og finne en nyankommen som passer for deg.
    • Kommunens fadderkoordinatorer ser den. De kontakter deg for en samtale, ber deg skrive under en taushetserklæring og gir deg en kort innføring. Skal du møte familier med barn, ber de om å få se en politiattest – de ser bare på den, den lagres ikke.
    • En nyankommen får se fornavnet ditt, hvilke språk du snakker og hvorfor vi tror dere passer sammen – først etter at du har sagt ja. Hvordan dere når hverandre, deles først når begge har sagt ja.
    • Du kan se, endre, sette på pause eller slette påmeldingen når som helst med /fadder, og /delete sletter alt.
    Godtar du dette?
fadder-consent-yes = ✅ Jeg godtar – meld meg på
fadder-consent-no = Avbryt
fadder-consent-declined = Greit, ingenting er lagret. Du kan melde deg når som helst med /fadder.
fadder-signed-up = Takk for at du meldte deg! 🤝 Fadderkoordinatoren i { $municipality } har fått beskjed og tar kontakt med deg.
fadder-signed-up-nobody-yet = Takk for at du meldte deg! 🤝 { $municipality } har ennå ikke bestemt hvem som skal ta seg av faddere i velkommen. Påmeldingen din er lagret, og kommunen tar kontakt med deg.
fadder-already-signed-up = Du har allerede meldt deg som fadder. Her er påmeldingen din.
fadder-profile-title = 🤝 Fadderpåmeldingen din i { $municipality }
fadder-status-line = Status: { $status }
fadder-status-with-reason = { $status } ({ $reason })
mentor-status-vetting = venter på kommunen
mentor-status-approved = godkjent
mentor-status-paused = på pause
mentor-status-ended = avsluttet
fadder-explain-vetting = { $municipality } tar kontakt med deg for en samtale. Du kan endre svarene dine fram til da.
fadder-explain-approved = Du kan bli koblet med en nyankommen. Du blir spurt før noe deles.
fadder-explain-paused = Du blir ikke koblet med nye nyankomne mens du har pause. Koblingene du allerede har, fortsetter.
fadder-explain-ended = { $municipality } har avsluttet fadderpåmeldingen din. Ta kontakt med kommunen hvis du har spørsmål.
fadder-pause = ⏸ Pause (ingen nye nyankomne nå)
fadder-resume = ▶️ Ta imot nye nyankomne igjen
fadder-paused = Satt på pause. Du blir ikke koblet med nye nyankomne før du tar imot igjen.
fadder-resumed = Velkommen tilbake! Du kan bli koblet med nyankomne igjen.
fadder-delete = 🗑 Slett påmeldingen min
fadder-delete-confirm = Vil du slette fadderpåmeldingen din? Alt du har oppgitt, slettes, og nyankomne du er koblet med, får beskjed om at du ikke lenger kan være fadderen deres.
fadder-delete-yes = Ja, slett den
fadder-delete-no = Nei, behold den
fadder-deleted = Fadderpåmeldingen din er slettet. Takk for at du ville hjelpe.
fadder-staff-new =
    🤝 Ny fadderpåmelding i { $municipality }: { $name }
    Språk: { $languages }
    Åpne /mentors for å gå gjennom påmeldingen.
menu-fadder = 🤝 Bli fadder
command-fadder = Meld deg som fadder
mydata-fadder = Fadderpåmeldingen din:

## Kommunens svar til en frivillig

fadder-notice-approved = 🤝 Gode nyheter: { $municipality } har godkjent deg som fadder. Når en nyankommen passer for deg, blir du spurt først – ingenting deles før du sier ja.
fadder-notice-paused = ⏸ { $municipality } har satt fadderpåmeldingen din på pause: { $reason }. Du blir ikke koblet med nye nyankomne så lenge.
fadder-notice-ended = { $municipality } har avsluttet fadderpåmeldingen din: { $reason }. Takk for at du ville hjelpe.
fadder-open = 🤝 Fadderpåmeldingen min

## Nyankomne som ønsker fadder (/mentor)

menu-mentor = 🤝 Fadder til meg
command-mentor = Få en fadder (en frivillig der du bor)
mentor-needs-profile = For å få en fadder må du først gjøre ferdig profilen din: da vet vi hvilken kommune du bor i.
mentor-wish-prompt =
    🤝 En fadder er en frivillig her som blir kjent med deg: en kopp kaffe, en tur, norskprat, hjelp med det som er nytt.

    Hva vil du gjerne ha hjelp med? Velg så mange du vil. Vil du helst ha en kvinne eller en mann som fadder, trykker du på det også. Trykk så «Sett meg på listen».
mentor-prefer-woman = 👩 Helst en kvinne
mentor-prefer-man = 👨 Helst en mann
mentor-save = ✅ Sett meg på listen
mentor-joined = Du står på listen for fadder i { $municipality }. 🤝 Vi spør deg før en fadder får vite hvem du er.
mentor-wish-saved = Lagret.
mentor-waiting = Du venter på en fadder i { $municipality } ({ $weeks ->
        [0] fra denne uken
        [one] i { $weeks } uke
       *[other] i { $weeks } uker
    }). Når vi finner noen som passer, spør vi deg først.
mentor-waiting-short = 🤝 Plassen din på fadderlisten.
mentor-being-asked = 🤝 Vi har kanskje funnet en fadder til deg. Vi sjekker nå om det passer.
mentor-has-mentor = 🤝 { $name } er fadderen din.
mentor-hopes-line = Du ønsket: { $hopes }
mentor-change = ✏️ Endre ønskene mine
mentor-leave = Gå av listen
mentor-left = Du står ikke lenger på fadderlisten. Du kan komme tilbake når som helst med /mentor.

## En kobling

match-yes = ✅ Ja
match-no = Nei takk
match-ask-mentor =
    🤝 Hei, { $name }! { $municipality } vil gjerne at du blir fadder for en nyankommen som snakker { $language }.
    Hvorfor dere to: { $why }.

    Vil du det? Sier du ja, spør vi hvordan den nyankomne kan nå deg; så blir den nyankomne spurt.
match-ask-newcomer =
    🤝 Gode nyheter! { $name } vil gjerne være fadderen din. { $name } snakker { $languages }.
    Hvorfor dere to: { $why }.

    Vil du møte { $name }?
match-contact-prompt = Hvordan kan den andre nå deg? Trykk på knappen for å dele en lenke til Telegram-profilen din, eller skriv et telefonnummer eller en e-postadresse (høyst { $max } tegn). Det deles først når begge har sagt ja.
match-share-link = 📨 Del Telegram-profilen min
match-contact-short = Skriv bare hvordan du kan nås: et telefonnummer eller en e-postadresse, på én linje.
match-gone = Dette forslaget er ikke åpent lenger. Ingenting ble delt.
match-declined-thanks = Takk for svaret. Ingenting ble delt.
match-yes-mentor = Takk! 🤝 Nå spør vi den nyankomne. Hvis svaret er ja, får du en melding om hvordan dere når hverandre.
match-yes-newcomer = Så fint! 🤝 Om et øyeblikk får du en melding om hvordan du når fadderen din.
match-telegram-link = send en melding på Telegram
match-no-contact = (ikke oppgitt)
match-intro-mentor = 🤝 Du og en nyankommen som snakker { $language }, har begge sagt ja. { $languages }
match-intro-newcomer = 🤝 Du og { $name } har begge sagt ja! { $languages }
match-intro-shared = Dere kan snakke { $language } sammen.
match-intro-no-shared = Dere har ikke et felles språk ennå: enkel norsk, kroppsspråk og en oversetter-app kommer langt.
match-intro-reach = Slik når du den andre:
match-intro-place = Et fint sted for et første møte: { $place }.
match-intro-next = Send en kort melding og avtal en tid. Vi hører med dere begge etter to uker. Er noe galt, skriv /mentor, eller /fadder hvis du er fadderen.
match-withdrawn-newcomer = { $name } kan ikke lenger være fadder for deg. Du står fortsatt på listen, og vi ser etter en annen.
match-withdrawn-mentor = Den nyankomne du var koblet med, har gått av fadderlisten. Takk for tiden din – du kan bli koblet med en annen.

## Hvorfor et forslag

mentor-reason-language = begge snakker { $language }
mentor-reason-bridge = { $name } snakker også norsk
mentor-reason-interests = begge liker { $interests }
mentor-reason-help = { $name } kan hjelpe med { $helps }
mentor-reason-children = begge har barn
mentor-reason-age = omtrent like gamle
mentor-reason-waited = ventetid: { $count ->
        [one] { $count } uke
       *[other] { $count } uker
    }

## Ansatte: fadderordningen

staff-mentors = 🤝 Faddere
mentor-staff-not-allowed = Bare koordinatorer og fadderkoordinatorer kan styre fadderordningen.
mentor-staff-pick = Hvilken kommunes fadderordning?
mentor-staff-menu = 🤝 Faddere i { $municipality }
mentor-staff-pool =
    🤝 Faddere i { $municipality }
    Venter på fadder: { $waiting } (lengst: { $weeks ->
        [one] { $weeks } uke
       *[other] { $weeks } uker
    })
    Faddere: { $approved } godkjent (ledige plasser: { $free }) · { $paused } på pause
    Til godkjenning: { $vetting }
    Koblinger: { $active } i gang · { $asking } venter på svar · { $proposed } forslag til deg
mentor-staff-vetting = 📝 Til godkjenning
mentor-staff-mentors = 👥 Faddere
mentor-staff-propose = 🔄 Foreslå koblinger
mentor-staff-proposals = 📋 Forslag
mentor-staff-matches = 🤝 Koblinger
mentor-staff-vetting-list = Påmeldinger som venter på godkjenning:
mentor-staff-mentors-list = Kommunens faddere:
mentor-staff-none = Ingen her ennå.
mentor-staff-card =
    { $name } – { $status }
    Meldt på { $since } · koblinger nå: { $engaged }
mentor-staff-card-reason = Begrunnelse: { $reason }
mentor-staff-checklist = Godkjenning (trykk for å krysse av):
mentor-staff-optional = { $step } (for familier med barn)
vetting-interview = Samtale gjennomført
vetting-confidentiality = Taushetserklæring underskrevet
vetting-training = Innføring gitt
vetting-police = Politiattest sett (lagres ikke)
mentor-staff-approve = ✅ Godkjenn
mentor-staff-pause = ⏸ Pause
mentor-staff-end = ⛔ Avslutt
mentor-staff-missing-steps = Ikke ennå: { $steps }.
mentor-staff-approved = Godkjent. Fadderen har fått beskjed.
mentor-staff-reason-pause = Hvorfor settes fadderen på pause? Skriv en kort begrunnelse (høyst { $max } tegn). Fadderen ser den.
mentor-staff-reason-end = Hvorfor avslutter du påmeldingen til fadderen? Skriv en kort begrunnelse (høyst { $max } tegn). Fadderen ser den.
mentor-staff-status-changed = Gjort. Fadderen har fått beskjed.
mentor-staff-proposed = Hele listen er gått gjennom: { $count } forslag ({ $waiting } venter, ledige plasser: { $free }).
mentor-staff-proposals-list = Forslag – trykk på ett for å se hvorfor og bekrefte:
mentor-staff-no-proposals = Ingen forslag. Trykk «Foreslå koblinger» når nyankomne venter og godkjente faddere har ledige plasser.
mentor-staff-proposal =
    Forslag: { $mentor } ↔ en nyankommen som snakker { $language }
    Hvorfor: { $why }
    Poeng: { $score } · { $status }
mentor-staff-confirm = ✅ Bekreft – spør fadderen
mentor-staff-skip = Hopp over
mentor-staff-mentor-card = 👤 Fadderen
mentor-staff-confirmed = Bekreftet. { $mentor } blir spurt først, så den nyankomne.
mentor-staff-skipped = Hoppet over.
mentor-staff-proposal-gone = Det forslaget er ikke åpent lenger (noen andre bekreftet eller hoppet over det, eller det ble trukket tilbake).
mentor-staff-mentor-unavailable = { $mentor } har ingen ledig plass nå, eller er ikke lenger godkjent. Foreslå koblinger på nytt.
mentor-staff-newcomer-unavailable = Den nyankomne har allerede en kobling som venter på svar, eller har gått av listen. Foreslå koblinger på nytt.
mentor-staff-matches-list = Koblinger:
mentor-staff-no-matches = Ingen koblinger ennå.
mentor-staff-match-line = • { $mentor } ↔ { $language }: { $status } siden { $since }, { $met ->
        [yes] har møttes
       *[no] har ikke møttes ennå
    }, oppfølginger { $checkins }/4
match-status-proposed = foreslått
match-status-asking-mentor = spør fadderen
match-status-asking-newcomer = spør den nyankomne
match-status-active = i gang
match-status-skipped = hoppet over
match-status-declined = takket nei
match-status-withdrawn = trukket tilbake
match-status-ended = avsluttet
match-staff-declined = 🤝 { $side } sa nei til koblingen { $mentor } ↔ en nyankommen som snakker { $language }. Begge står fortsatt på listene; foreslå koblinger på nytt.
match-staff-started = 🤝 Ny kobling: { $mentor } ↔ en nyankommen som snakker { $language }. Begge sa ja og har fått hverandres kontakt.
match-side-mentor = Fadderen
match-side-newcomer = Den nyankomne
match-side-staff = Kommunen
fadder-place-which = Hvor kom du fra? Skriv et land eller en by.

## Livet til en kobling

match-the-newcomer = den nyankomne som snakker { $language }
match-checkin = 🤝 Hvordan går det med deg og { $other }? Et kort svar hjelper oss å hjelpe dere.
match-checkin-last =
    🤝 De { $months } månedene du avtalte med { $other }, er over. Takk for tiden dere har gitt hverandre!

    Hvordan var det – og vil dere fortsette?
match-going-well = 👍 Vi har møttes, det går fint
match-not-met = ⏳ Vi har ikke møttes ennå
match-problem = ⚠️ Noe er ikke som det skal
match-end = Avslutt koblingen
match-go-on = 👍 Det var fint – vi fortsetter
match-finish = 🙏 Det var fint – vi avslutter
match-thanks-good = Godt å høre! 🤝
match-thanks-not-yet = Takk for at du sier fra. Send en kort melding og foreslå en tid – en tur eller en kopp kaffe er nok. Får dere ikke tak i hverandre, trykk «Noe er ikke som det skal».
match-thanks-go-on = Så fint! 🤝 Dere fortsetter som før; kommunen er der hvis dere trenger den.
match-problem-prompt = Skriv med noen ord hva som ikke er som det skal (høyst { $max } tegn). En person i kommunen leser det og svarer deg her. Den andre ser det ikke.
match-not-running = Denne koblingen er ikke i gang lenger.
match-end-prompt = Hvorfor vil du avslutte koblingen? Den andre får beskjed på en vennlig måte, uten begrunnelsen.
match-end-no-time = Jeg har ikke tid nå
match-end-moved = Jeg flytter
match-end-not-a-fit = Vi passet ikke sammen
match-end-completed = Den avtalte tiden er over
match-end-other = Noe annet
match-ended-by-newcomer = Koblingen er avsluttet. Takk for at du prøvde. Du står på listen for en ny fadder igjen; vil du ikke ha en, går du av listen med /mentor.
match-ended-by-mentor = Koblingen er avsluttet. Takk for tiden du ga. Du kan bli koblet med en annen når du er klar.
match-completed-thanks = Takk! 🙏 Koblingen er avsluttet som avtalt.
match-ended-newcomer = { $name } kan ikke lenger være fadderen din. Sånt skjer, og det er ingens feil. Du står på listen igjen, og vi ser etter en ny fadder til deg.
match-ended-mentor = Den nyankomne som snakker { $language }, har avsluttet koblingen. Sånt skjer, og det er ingens feil. Takk for tiden du ga – du kan bli koblet med en annen.
match-completed-other = 🙏 Koblingen deres er avsluttet som avtalt. Takk for tiden dere har gitt hverandre!
match-mine-button = 🤝 Koblingene mine
match-mine = Koblingene dine nå:
match-mine-none = Du har ingen kobling i gang nå.
match-mine-line = • { $other }, siden { $since }
match-end-with = Avslutt koblingen med { $other }
match-staff-quiet = 🤝 { $mentor } ↔ en nyankommen som snakker { $language }: ingen av dem har sagt at de har møttes, { $count ->
        [one] { $count } uke
       *[other] { $count } uker
    } etter at de fikk hverandres kontakt. Kanskje verdt å høre med dem.
match-staff-ended = 🤝 Koblingen { $mentor } ↔ en nyankommen som snakker { $language }, er avsluttet. Avsluttet av: { $side }. Begrunnelse: { $reason }.
match-staff-problem-who = ⚠️ Fadderkobling { $mentor } ↔ en nyankommen som snakker { $language }, meldt av: { $side }
delete-done-fadder = fadderpåmeldingen din (nyankomne du var koblet med, har fått beskjed)
delete-done-mentor-wish = plassen din på fadderlisten

## Brevet, ønsket og /mydata

letter-mentor-button = 🤝 Det jeg ønsker meg av en fadder
mentor-wish-privacy = Det du velger her, lagres sammen med profilen din; kommunens fadderkoordinatorer ser det for å finne en fadder som passer. /mydata viser det, og «Gå av listen» eller /delete sletter det.
mydata-mentor-wish = På fadderlisten siden { $since }. Du ønsket: { $hopes }

## Ansatte: kunngjøringer og arrangementer for faddere

announce-reach-button = 👥 Til: { $value }
reach-newcomers = nyankomne
reach-both = nyankomne og faddere
reach-mentors = bare faddere
mentor-staff-weekly = 🤝 Ukens koblingsforslag i { $municipality }: { $count ->
        [one] { $count } forslag venter
       *[other] { $count } forslag venter
    } på at du bekrefter eller hopper over.

## Mer om en koblings liv

match-back-on-list = Du står på listen for en ny fadder igjen. Vil du ikke ha en, går du av listen med /mentor.
match-newcomer-declined = Den nyankomne som snakker { $language }, har takket nei denne gangen. Det er ingens feil: du kan bli koblet med en annen.
match-contact-prompt-newcomer = Hvordan kan fadderen nå deg, og hva vil du bli kalt? Trykk på knappen for å dele Telegram-profilen din, eller skriv fornavnet ditt og et telefonnummer eller en e-postadresse (høyst { $max } tegn). Vi deler det bare når begge har sagt ja.
