# Fadderordninga: frivillige, godkjenning, ventelista og koplingar.

## Frivillige som melder seg (/fadder)

fadder-intro =
    🤝 Bli fadder

    Ein fadder blir kjend med ein nykomar eller ein familie som nett har flytta hit. Dei møtest vanlegvis annankvar veke i { $months ->
        [one] { $months } månad
       *[other] { $months } månader
    }, til dømes på ein tur eller over ein kopp kaffi. Fadderen kan òg prate norsk med nykomaren og vise kvar ting er. Du treng ikkje vere ekspert: det viktigaste er å vere ein venleg nabo.

    Flytta du sjølv til Noreg for nokre år sidan? Då er du ekstra velkomen: kanskje snakkar du språket til nykomaren og veit korleis det første året er.

    Det tek om lag tre minutt å melde seg på. Etterpå inviterer kommunen deg til ein samtale, ber deg skrive under ei teiepliktserklæring og gjev deg ei kort innføring.
fadder-join = ✍️ Meld meg på
fadder-not-now-button = Ikkje no
fadder-not-now = Greitt. Du kan melde deg når som helst med /fadder.
fadder-name-prompt = Kva er førenamnet ditt? Det er namnet ein nykomar får sjå. (Høgst { $max } teikn; etternamn treng du ikkje.)
fadder-name-invalid = Det ser ikkje ut som eit førenamn. Skriv berre førenamnet ditt, høgst { $max } teikn.
fadder-municipality-prompt = Kva kommune vil du vere fadder i?
fadder-languages-prompt = Kva språk snakkar du? Trykk på eit språk for å seie kor godt. Norsk tel òg. Trykk «Ferdig» når du er ferdig.
fadder-languages-needed = Vel minst eitt språk du snakkar.
fadder-level-prompt = Kor godt snakkar du { $language }?
fadder-level-remove = Eg snakkar det ikkje
mentor-level-basic = litt
mentor-level-good = godt
mentor-level-native = morsmål
fadder-background-prompt = Flytta du sjølv til Noreg? Skriv i så fall kvar du kom frå (eit land eller ein by, høgst { $max } teikn). Eller trykk på ein knapp.
fadder-grew-up-here = Eg voks opp i Noreg
fadder-moved-from = flytta hit frå { $place }
fadder-place-invalid = Skriv eit land eller ein by, høgst { $max } teikn, eller trykk på ein knapp.
fadder-rather-not-say = Vil helst ikkje seie
fadder-not-said = ikkje oppgjeve
fadder-gender-prompt = Er du kvinne eller mann? Det er frivillig å svare: mange kvinner som kjem hit, ønskjer seg ei kvinne som fadder.
mentor-gender-woman = Kvinne
mentor-gender-man = Mann
fadder-age-prompt = Kor gammal er du? (Frivillig.)
mentor-age-u30 = under 30
mentor-age-30-44 = 30–44
mentor-age-45-59 = 45–59
mentor-age-60 = 60 eller eldre
fadder-interests-prompt = Kva likar du å gjere? Vel så mange du vil, og trykk «Ferdig».
mentor-interest-outdoor = 🥾 Friluftsliv
mentor-interest-sport = ⚽ Idrett
mentor-interest-fishing = 🎣 Fiske
mentor-interest-cooking = 🍲 Matlaging
mentor-interest-crafts = 🧶 Handarbeid
mentor-interest-music = 🎵 Musikk
mentor-interest-faith = 🕊 Trus- og livssynssamfunn
mentor-interest-children = 🧒 Barneaktivitetar
mentor-interest-culture = 🎭 Kultur
fadder-children-prompt = Har du barn sjølv? Familiar med barn likar ofte å møte ein annan familie.
fadder-yes = Ja
fadder-no = Nei
fadder-capacity-prompt = Kor mange nykomarar eller familiar kan du vere fadder for samtidig? (1 til { $max })
fadder-capacity-invalid = Du kan vere fadder for 1 til { $max } nykomarar eller familiar samtidig. Vel eitt av tala.
fadder-capacity-below-engaged = Du er alt fadder for { $count } nykomarar eller familiar. Vel minst så mange, eller avslutt ei kopling først.
fadder-helps-prompt = Kva kan du hjelpe med? Vel så mange du vil, og trykk «Ferdig».
mentor-help-norwegian = 🗣 Norskprat
mentor-help-social = ☕ Bli kjend med folk
mentor-help-job = 💼 Finne jobb
mentor-help-paperwork = 📄 Skjema og brev
mentor-help-children = 🧒 Barneaktivitetar
mentor-help-driving = 🚗 Bilkøyring
fadder-done = ✅ Ferdig
fadder-part-name = Førenamn
fadder-part-municipality = Kommune
fadder-part-languages = Språk
fadder-part-background = Flytta til Noreg
fadder-part-gender = Kvinne eller mann
fadder-part-age = Alder
fadder-part-interests = Interesser
fadder-part-children = Barn
fadder-part-capacity = Nykomarar samtidig
fadder-part-helps = Kan hjelpe med
fadder-part-missing = Noko manglar framleis i påmeldinga di:
fadder-consent-title = Påmeldinga di:
fadder-consent =
    Dette skjer med påmeldinga:
    • Velkomsttenesta lagrar det du har svart ovanfor, slik at kommunen kan bli kjend med deg og finne ein nykomar som passar for deg.
    • Fadderkoordinatorane i kommunen ser ho. Dei kontaktar deg for ein samtale, ber deg skrive under ei teiepliktserklæring og gjev deg ei kort innføring. Skal du møte familiar med barn, ber dei om å få sjå ein politiattest – dei ser berre på han, han blir ikkje lagra.
    • Ein nykomar får ikkje sjå førenamnet ditt, kva språk du snakkar og kvifor vi trur de passar saman, før du har sagt ja. Korleis de når kvarandre, blir berre delt når begge har sagt ja.
    • Du kan sjå, endre, setje på pause eller slette påmeldinga når som helst med /fadder, og /delete slettar alt.
    Godtek du dette?
fadder-consent-yes = ✅ Eg godtek – meld meg på
fadder-consent-no = Avbryt
fadder-consent-declined = Greitt, ingenting er lagra. Du kan melde deg når som helst med /fadder.
fadder-signed-up = Takk for påmeldinga! 🤝 Fadderkoordinatoren i { $municipality } har fått beskjed og tek kontakt med deg.
fadder-signed-up-nobody-yet = Takk for påmeldinga! 🤝 { $municipality } har enno ikkje bestemt kven som skal ta seg av fadrar i velkomsttenesta. Påmeldinga di er lagra, og kommunen tek kontakt med deg.
fadder-already-signed-up = Du har alt meldt deg som fadder. Her er påmeldinga di.
fadder-profile-title = 🤝 Fadderpåmeldinga di i { $municipality }
fadder-status-line = Status no: { $status }
fadder-status-with-reason = { $status } (grunn: { $reason })
mentor-status-vetting = ventar på kommunen
mentor-status-approved = godkjend
mentor-status-paused = på pause
mentor-status-ended = avslutta
fadder-explain-vetting = { $municipality } tek kontakt med deg for ein samtale. Du kan endre svara dine fram til då.
fadder-explain-approved = Du kan bli kopla med ein nykomar. Du blir spurd før noko blir delt.
fadder-explain-paused = Du blir ikkje kopla med nye nykomarar medan du har pause. Koplingane du alt har, held fram.
fadder-explain-ended = { $municipality } har avslutta fadderpåmeldinga di. Ta kontakt med kommunen viss du har spørsmål.
fadder-pause = ⏸ Ta pause frå nye nykomarar
fadder-resume = ▶️ Ta imot nye nykomarar igjen
fadder-paused = Påmeldinga di er sett på pause. Du blir ikkje kopla med nye nykomarar før du vel å ta imot nye igjen.
fadder-resumed = Velkomen tilbake! Du kan bli kopla med nykomarar igjen.
fadder-delete = 🗑 Slett påmeldinga mi
fadder-delete-confirm = Vil du slette fadderpåmeldinga di? Alt du har oppgjeve, blir sletta, og nykomarar du er kopla med, får beskjed om at du ikkje lenger kan vere fadderen deira.
fadder-delete-yes = Ja, slett påmeldinga
fadder-delete-no = Nei, behald påmeldinga
fadder-deleted = Fadderpåmeldinga di er sletta. Takk for at du ville hjelpe.
fadder-staff-new =
    🤝 Ny fadderpåmelding i { $municipality }: { $name }
    Språk: { $languages }
    Opne /mentors for å gå gjennom påmeldinga.
menu-fadder = 🤝 Bli fadder
command-fadder = Meld deg som fadder
mydata-fadder = Fadderpåmeldinga di:

## Svar frå kommunen til ein frivillig

fadder-notice-approved = 🤝 Gode nyheiter: { $municipality } har godkjent deg som fadder. Når ein nykomar passar for deg, blir du spurd først – ingenting blir delt før du seier ja.
fadder-notice-paused = ⏸ { $municipality } har sett fadderpåmeldinga di på pause: { $reason }. Du blir ikkje kopla med nye nykomarar medan pausen varer.
fadder-notice-ended = { $municipality } har avslutta fadderpåmeldinga di: { $reason }. Takk for at du ville hjelpe.
fadder-open = 🤝 Fadderpåmeldinga mi

## Nykomarar som ønskjer ein fadder (/mentor)

menu-mentor = 🤝 Fadder til meg
command-mentor = Få ein fadder (ein frivillig der du bur)
mentor-needs-profile = For å få ein fadder må du først gjere ferdig profilen din: då veit vi kva kommune du bur i.
mentor-wish-prompt =
    🤝 Ein fadder er ein frivillig her som blir kjend med deg: ein kopp kaffi, ein tur, norskprat, hjelp med det som er nytt.

    Kva vil du gjerne ha hjelp med? Vel så mange du vil. Vil du helst ha ei kvinne eller ein mann som fadder, trykkjer du på det òg. Trykk så «Set meg på lista».
mentor-prefer-woman = 👩 Helst ei kvinne
mentor-prefer-man = 👨 Helst ein mann
mentor-save = ✅ Set meg på lista
mentor-joined = Du står no på fadderlista i { $municipality }. 🤝 Vi spør deg før ein fadder får vite kven du er.
mentor-wish-saved = Lagra.
mentor-waiting = Du ventar på ein fadder i { $municipality } ({ $weeks ->
        [0] frå denne veka
        [one] i { $weeks } veke
       *[other] i { $weeks } veker
    }). Når vi finn nokon som passar, spør vi deg først.
mentor-waiting-short = 🤝 Plassen din på fadderlista.
mentor-being-asked = 🤝 Vi har kanskje funne ein fadder til deg. No sjekkar vi om det passar.
mentor-has-mentor = 🤝 { $name } er fadderen din.
mentor-hopes-line = Du ønskte: { $hopes }
mentor-change = ✏️ Endre ønska mine
mentor-leave = Gå av lista
mentor-left = Du står ikkje lenger på fadderlista. Du kan kome tilbake når som helst med /mentor.

## Ei kopling

match-yes = ✅ Ja
match-no = Nei takk
match-ask-mentor =
    🤝 Hei, { $name }! { $municipality } vil gjerne at du blir fadder for ein nykomar som snakkar { $language }.
    Kvifor akkurat de to: { $why }.

    Vil du det? Seier du ja, spør vi korleis nykomaren kan nå deg. Etterpå spør vi nykomaren.
match-ask-newcomer =
    🤝 Gode nyheiter! { $name } vil gjerne vere fadderen din. { $name } snakkar { $languages }.
    Kvifor akkurat de to: { $why }.

    Vil du møte { $name }?
match-contact-prompt = Korleis kan den andre nå deg? Trykk på knappen for å dele ei lenkje til Telegram-profilen din, eller skriv eit telefonnummer eller ei e-postadresse (høgst { $max } teikn). Vi deler det berre når begge har sagt ja.
match-share-link = 📨 Del Telegram-profilen min
match-contact-short = Skriv berre korleis ein kan nå deg: eit telefonnummer eller ei e-postadresse, på éi linje.
match-gone = Dette forslaget er ikkje ope lenger. Ingenting vart delt.
match-declined-thanks = Takk for svaret. Ingenting vart delt.
match-yes-mentor = Takk! 🤝 No spør vi nykomaren. Viss svaret er ja, får du ei melding om korleis de når kvarandre.
match-yes-newcomer = Så fint! 🤝 Om litt får du ei melding om korleis du når fadderen din.
match-telegram-link = skriv på Telegram
match-no-contact = (ikkje oppgjeve)
match-intro-mentor = 🤝 Du og ein nykomar som snakkar { $language }, har begge sagt ja. { $languages }
match-intro-newcomer = 🤝 Du og { $name } har begge sagt ja! { $languages }
match-intro-shared = De kan snakke { $language } saman.
match-intro-no-shared = De har ikkje eit felles språk enno, men de kjem langt med enkel norsk, kroppsspråk og ein omsetjingsapp.
match-intro-reach = Slik når du den andre:
match-intro-place = Ein fin stad for eit første møte: { $place }.
match-intro-next = Send ei kort melding og avtal ei tid. Vi høyrer med dykk begge etter to veker. Er noko gale, skriv /mentor, eller /fadder viss du er fadderen.
match-withdrawn-newcomer = { $name } kan ikkje lenger vere fadder for deg. Du står framleis på lista, og vi ser etter ein annan.
match-withdrawn-mentor = Nykomaren du var kopla med, har gått av fadderlista. Takk for tida di – du kan bli kopla med ein annan.

## Kvifor eit forslag

mentor-reason-language = begge snakkar { $language }
mentor-reason-bridge = { $name } snakkar òg norsk
mentor-reason-interests = begge likar { $interests }
mentor-reason-help = { $name } kan hjelpe med { $helps }
mentor-reason-children = begge har barn
mentor-reason-age = om lag like gamle
mentor-reason-waited = ventetid: { $count ->
        [one] { $count } veke
       *[other] { $count } veker
    }

## Tilsette: fadderordninga

staff-mentors = 🤝 Fadrar
mentor-staff-not-allowed = Berre koordinatorar og fadderkoordinatorar kan styre fadderordninga.
mentor-staff-pick = Fadderordninga i kva kommune?
mentor-staff-menu = 🤝 Fadrar i { $municipality }
mentor-staff-pool =
    🤝 Fadrar i { $municipality }
    Ventar på fadder: { $waiting } (lengst: { $weeks ->
        [one] { $weeks } veke
       *[other] { $weeks } veker
    })
    Fadrar: { $approved } godkjende (ledige plassar: { $free }) · { $paused } på pause
    Til godkjenning: { $vetting }
    Koplingar: { $active } i gang · { $asking } ventar på svar · { $proposed } forslag til deg
mentor-staff-vetting = 📝 Til godkjenning
mentor-staff-mentors = 👥 Fadrar
mentor-staff-propose = 🔄 Føreslå koplingar
mentor-staff-proposals = 📋 Forslag
mentor-staff-matches = 🤝 Koplingar
mentor-staff-vetting-list = Påmeldingar som ventar på godkjenning:
mentor-staff-mentors-list = Fadrane i kommunen:
mentor-staff-none = Ingen her enno.
mentor-staff-card =
    { $name } – { $status }
    Meldt på { $since } · koplingar no: { $engaged }
mentor-staff-card-reason = Grunngjeving: { $reason }
mentor-staff-checklist = Godkjenning (trykk for å krysse av):
mentor-staff-optional = { $step } (for familiar med barn)
vetting-interview = Samtale halden
vetting-confidentiality = Teiepliktserklæring underskriven
vetting-training = Innføring gjeven
vetting-police = Politiattest sett (blir ikkje lagra)
mentor-staff-approve = ✅ Godkjenn
mentor-staff-pause = ⏸ Pause
mentor-staff-end = ⛔ Avslutt
mentor-staff-missing-steps = Ikkje enno: { $steps }.
mentor-staff-approved = Godkjend. Fadderen har fått beskjed.
mentor-staff-reason-pause = Kvifor blir fadderen sett på pause? Skriv ei kort grunngjeving (høgst { $max } teikn). Fadderen ser ho.
mentor-staff-reason-end = Kvifor avsluttar du påmeldinga til fadderen? Skriv ei kort grunngjeving (høgst { $max } teikn). Fadderen ser ho.
mentor-staff-status-changed = Gjort. Fadderen har fått beskjed.
mentor-staff-proposed = Heile lista er gjennomgått: { $count } forslag ({ $waiting } ventar, ledige plassar: { $free }).
mentor-staff-proposals-list = Forslag – trykk på eitt for å sjå kvifor og stadfeste:
mentor-staff-no-proposals = Ingen forslag. Trykk «Føreslå koplingar» når nykomarar ventar og godkjende fadrar har ledige plassar.
mentor-staff-proposal =
    Forslag: { $mentor } ↔ ein nykomar som snakkar { $language }
    Kvifor: { $why }
    Poeng: { $score } · { $status }
mentor-staff-confirm = ✅ Stadfest – spør fadderen
mentor-staff-skip = Hopp over
mentor-staff-mentor-card = 👤 Fadderen
mentor-staff-confirmed = Forslaget er stadfest. { $mentor } blir spurd først, så nykomaren.
mentor-staff-skipped = Hoppa over.
mentor-staff-proposal-gone = Det forslaget er ikkje ope lenger (nokon andre stadfeste eller hoppa over det, eller det vart trekt tilbake).
mentor-staff-mentor-unavailable = { $mentor } har ingen ledig plass no, eller er ikkje lenger godkjend. Trykk «Føreslå koplingar» på nytt.
mentor-staff-newcomer-unavailable = Nykomaren har alt ei kopling som ventar på svar, eller har gått av lista. Trykk «Føreslå koplingar» på nytt.
mentor-staff-matches-list = Koplingar:
mentor-staff-no-matches = Ingen koplingar enno.
mentor-staff-match-line = • { $mentor } ↔ { $language }: { $status } sidan { $since }, { $met ->
        [yes] har møst
       *[no] har ikkje møst enno
    }, oppfølgingar { $checkins }/4
match-status-proposed = føreslått
match-status-asking-mentor = spør fadderen
match-status-asking-newcomer = spør nykomaren
match-status-active = i gang
match-status-skipped = hoppa over
match-status-declined = takka nei
match-status-withdrawn = trekt tilbake
match-status-ended = avslutta
match-staff-declined = 🤝 { $side } sa nei til koplinga { $mentor } ↔ ein nykomar som snakkar { $language }. Begge står framleis på listene; trykk «Føreslå koplingar» for nye forslag.
match-staff-started = 🤝 Ny kopling: { $mentor } ↔ ein nykomar som snakkar { $language }. Begge sa ja og har fått kontaktinformasjonen til kvarandre.
match-side-mentor = Fadderen
match-side-newcomer = Nykomaren
match-side-staff = Kommunen
fadder-place-which = Kvar kom du frå? Skriv eit land eller ein by.

## Livet til ei kopling

match-the-newcomer = nykomaren som snakkar { $language }
match-checkin = 🤝 Korleis går det med deg og { $other }? Eit kort svar hjelper oss å hjelpe dykk.
match-checkin-last =
    🤝 { $months ->
        [one] Den månaden
       *[other] Dei { $months } månadene
    } du avtalte med { $other }, er over. Takk for tida de har gjeve kvarandre!

    Korleis var det – og vil de halde fram?
match-going-well = 👍 Vi har møst, det går fint
match-not-met = ⏳ Vi har ikkje møst enno
match-problem = ⚠️ Noko er ikkje som det skal
match-end = Avslutt koplinga
match-go-on = 👍 Det var fint – vi held fram
match-finish = 🙏 Det var fint – vi avsluttar
match-thanks-good = Godt å høyre! 🤝
match-thanks-not-yet = Takk for at du seier frå. Send ei kort melding og føreslå ei tid – ein tur eller ein kopp kaffi er nok. Får de ikkje tak i kvarandre, trykk «Noko er ikkje som det skal».
match-thanks-go-on = Så fint! 🤝 De held fram som før; kommunen er der viss de treng hjelp.
match-problem-prompt = Skriv med nokre få ord kva som ikkje er som det skal (høgst { $max } teikn). Ein person i kommunen les det og svarar deg her. Den andre ser det ikkje.
match-not-running = Denne koplinga er ikkje i gang lenger.
match-end-prompt = Kvifor vil du avslutte koplinga? Den andre får ei venleg melding, utan å få vite grunnen.
match-end-no-time = Eg har ikkje tid no
match-end-moved = Eg flyttar herifrå
match-end-not-a-fit = Vi passa ikkje så godt saman
match-end-completed = Den avtalte tida er over
match-end-other = Noko anna
match-ended-by-newcomer = Koplinga er avslutta. Takk for at du prøvde. Du står på fadderlista igjen. Vil du ikkje ha ein ny fadder, kan du gå av lista med /mentor.
match-ended-by-mentor = Koplinga er avslutta. Takk for tida du gav. Du kan bli kopla med ein annan når du er klar.
match-completed-thanks = Takk! 🙏 Koplinga er avslutta som avtalt.
match-ended-newcomer = { $name } kan ikkje lenger vere fadderen din. Slikt skjer, og det er ingen si skuld. Du står på lista igjen, og vi ser etter ein ny fadder til deg.
match-ended-mentor = Nykomaren som snakkar { $language }, har avslutta koplinga. Slikt skjer, og det er ingen si skuld. Takk for tida du gav – du kan bli kopla med ein annan.
match-completed-other = 🙏 Koplinga dykkar er avslutta som avtalt. Takk for tida de har gjeve kvarandre!
match-mine-button = 🤝 Koplingane mine
match-mine = Koplingane dine no:
match-mine-none = Du har inga kopling i gang no.
match-mine-line = • { $other }, sidan { $since }
match-end-with = Avslutt koplinga med { $other }
match-staff-quiet = 🤝 { $mentor } ↔ ein nykomar som snakkar { $language }: ingen av dei har sagt at dei har møst, { $count ->
        [one] { $count } veke
       *[other] { $count } veker
    } etter at dei fekk kontaktinformasjonen til kvarandre. Kanskje verdt å høyre med dei.
match-staff-ended = 🤝 Koplinga { $mentor } ↔ ein nykomar som snakkar { $language }, er avslutta. Avslutta av: { $side }. Grunngjeving: { $reason }.
match-staff-problem-who = ⚠️ Fadderkopling { $mentor } ↔ ein nykomar som snakkar { $language }, meldt av: { $side }
delete-done-fadder = fadderpåmeldinga di (nykomarane du var kopla med, har fått beskjed)
delete-done-mentor-wish = plassen din på fadderlista

## Brevet, ønsket og /mydata

letter-mentor-button = 🤝 Det eg ønskjer av ein fadder
mentor-wish-privacy = Det du vel her, blir lagra saman med profilen din; fadderkoordinatorane i kommunen ser det for å finne ein fadder som passar. /mydata viser det, og «Gå av lista» eller /delete slettar det.
mydata-mentor-wish = På fadderlista sidan { $since }. Du ønskte: { $hopes }

## Tilsette: kunngjeringar og arrangement for fadrar

announce-reach-button = 👥 Til: { $value }
reach-newcomers = nykomarar
reach-both = nykomarar og fadrar
reach-mentors = berre fadrar
mentor-staff-weekly = 🤝 Koplingsforslag denne veka i { $municipality }: { $count ->
        [one] { $count } forslag ventar
       *[other] { $count } forslag ventar
    } på at du stadfester eller hoppar over.

## Meir om livet til ei kopling

match-back-on-list = Du står på fadderlista igjen. Vil du ikkje ha ein ny fadder, kan du gå av lista med /mentor.
match-newcomer-declined = Nykomaren som snakkar { $language }, har takka nei denne gongen. Det er ingen si skuld: du kan bli kopla med ein annan.
match-contact-prompt-newcomer = Korleis kan fadderen nå deg, og kva vil du bli kalla? Trykk på knappen for å dele Telegram-profilen din, eller skriv førenamnet ditt og eit telefonnummer eller ei e-postadresse (høgst { $max } teikn). Vi deler det berre når begge har sagt ja.
