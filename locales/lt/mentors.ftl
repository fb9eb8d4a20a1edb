# The mentor scheme (faddere): volunteers, vetting, the pool and matches.

## Savanorių registracija į mentorių programą (/fadder)

fadder-intro =
    🤝 Tapkite mentoriumi (fadder)

    Mentorius susipažįsta su žmogumi ar šeima, kurie ką tik čia atsikėlė gyventi. Paprastai susitinkama maždaug kas antrą savaitę, o mentorystė trunka { $months ->
        [one] { $months } mėnesį
        [few] { $months } mėnesius
        [many] { $months } mėnesio
       *[other] { $months } mėnesių
    }. Galima pasivaikščioti, išgerti kavos, pasikalbėti norvegiškai, aprodyti, kur kas yra. Specialių žinių nereikia: svarbiausia – draugiškumas, kaip tarp gerų kaimynų.

    Ar jūs irgi į Norvegiją atsikėlėte prieš kelerius metus? Tada jūsų ypač laukiame: galbūt kalbate naujai atvykusio žmogaus kalba ir žinote, kokie būna pirmieji metai.

    Užsiregistruoti užtrunka apie tris minutes. Po to savivaldybė pakvies jus į pokalbį, paprašys pasirašyti konfidencialumo pasižadėjimą ir trumpai supažindins su mentoryste.
fadder-join = ✍️ Užregistruokite mane
fadder-not-now-button = Ne dabar
fadder-not-now = Gerai. Užsiregistruoti galite bet kada su /fadder.
fadder-name-prompt = Koks jūsų vardas? Šį vardą matys naujai atvykęs žmogus. (Ne daugiau kaip { $max } simbolių; pavardės nereikia.)
fadder-name-invalid = Tai nepanašu į vardą. Parašykite tik savo vardą, ne daugiau kaip { $max } simbolių.
fadder-municipality-prompt = Kurioje savivaldybėje norite būti mentoriumi?
fadder-languages-prompt = Kokiomis kalbomis kalbate? Paspauskite kalbą ir nurodykite, kaip gerai ją mokate. Norvegų kalba irgi tinka. Kai baigsite, paspauskite „Baigta“.
fadder-languages-needed = Pasirinkite bent vieną kalbą, kuria kalbate.
fadder-level-prompt = Kaip gerai kalbate šia kalba: { $language }?
fadder-level-remove = Šia kalba nekalbu
mentor-level-basic = šiek tiek
mentor-level-good = gerai
mentor-level-native = gimtoji kalba
fadder-background-prompt = Ar jūs irgi atsikėlėte į Norvegiją? Jei taip, parašykite, iš kur atvykote (šalį ar miestą, ne daugiau kaip { $max } simbolių). Arba paspauskite mygtuką.
fadder-grew-up-here = Užaugau Norvegijoje
fadder-moved-from = { $place }
fadder-place-invalid = Parašykite šalį ar miestą, ne daugiau kaip { $max } simbolių, arba paspauskite mygtuką.
fadder-rather-not-say = Geriau nesakysiu
fadder-not-said = nenurodyta
fadder-gender-prompt = Esate moteris ar vyras? Atsakyti nebūtina: daug čia atvykstančių moterų norėtų, kad jų mentorius būtų moteris.
mentor-gender-woman = Moteris
mentor-gender-man = Vyras
fadder-age-prompt = Kiek jums metų? (Atsakyti nebūtina.)
mentor-age-u30 = iki 30
mentor-age-30-44 = 30–44
mentor-age-45-59 = 45–59
mentor-age-60 = 60 ir daugiau
fadder-interests-prompt = Ką mėgstate veikti? Pasirinkite kiek norite ir paspauskite „Baigta“.
mentor-interest-outdoor = 🥾 Gamta ir žygiai
mentor-interest-sport = ⚽ Sportas
mentor-interest-fishing = 🎣 Žvejyba
mentor-interest-cooking = 🍲 Maisto gaminimas
mentor-interest-crafts = 🧶 Rankdarbiai
mentor-interest-music = 🎵 Muzika
mentor-interest-faith = 🕊 Religinė bendruomenė
mentor-interest-children = 🧒 Užsiėmimai vaikams
mentor-interest-culture = 🎭 Kultūra
fadder-children-prompt = Ar turite vaikų? Šeimos su vaikais dažnai mielai susipažįsta su kita šeima.
fadder-yes = Taip
fadder-no = Ne
fadder-capacity-prompt = Kiek naujai atvykusių žmonių ar šeimų galite lydėti vienu metu? (nuo 1 iki { $max })
fadder-capacity-invalid = Vienu metu galite lydėti nuo 1 iki { $max } naujai atvykusių žmonių ar šeimų. Pasirinkite vieną iš skaičių.
fadder-capacity-below-engaged = Naujai atvykusių žmonių ar šeimų, kuriuos jau lydite: { $count }. Pasirinkite bent tiek arba pirmiausia užbaikite vieną mentorystę.
fadder-helps-prompt = Kuo galite padėti? Pasirinkite kiek norite ir paspauskite „Baigta“.
mentor-help-norwegian = 🗣 Pokalbiai norvegiškai
mentor-help-social = ☕ Pažintys su žmonėmis
mentor-help-job = 💼 Darbo paieška
mentor-help-paperwork = 📄 Blankai ir laiškai
mentor-help-children = 🧒 Užsiėmimai vaikams
mentor-help-driving = 🚗 Vairavimas
fadder-done = ✅ Baigta
fadder-part-name = Vardas
fadder-part-municipality = Savivaldybė
fadder-part-languages = Kalbos
fadder-part-background = Iš kur esu
fadder-part-gender = Moteris ar vyras
fadder-part-age = Amžius
fadder-part-interests = Pomėgiai
fadder-part-children = Vaikai
fadder-part-capacity = Kiek žmonių vienu metu
fadder-part-helps = Kuo galiu padėti
fadder-part-missing = Jūsų registracijoje dar kai ko trūksta:
fadder-consent-title = Jūsų registracija:
fadder-consent =
    Kas bus daroma su jūsų registracija:
    • velkommen išsaugos tai, ką atsakėte aukščiau, kad savivaldybė galėtų su jumis susipažinti ir rasti jums tinkantį naujai atvykusį žmogų.
    • Ją matys savivaldybės mentorių koordinatoriai. Jie pakvies jus į pokalbį, paprašys pasirašyti konfidencialumo pasižadėjimą ir trumpai supažindins su mentoryste. Jei susitiksite su šeimomis, kuriose yra vaikų, jie paprašys parodyti pažymą apie teistumą (politiattest) – jie ją tik peržiūri, jos neišsaugo.
    • Tik jums sutikus, naujai atvykęs žmogus pamatys jūsų vardą, kokiomis kalbomis kalbate ir kodėl manome, kad jūs vienas kitam tinkate. Kaip susisiekti vienas su kitu, bus parodyta tik tada, kai sutiks abi pusės.
    • Registraciją galite bet kada peržiūrėti, pakeisti, pristabdyti ar ištrinti su /fadder, o /delete ištrina viską.
    Ar sutinkate?
fadder-consent-yes = ✅ Sutinku, registruokite mane
fadder-consent-no = Atšaukti
fadder-consent-declined = Gerai, nieko neišsaugota. Užsiregistruoti galite bet kada su /fadder.
fadder-signed-up = Ačiū, kad užsiregistravote! 🤝 { $municipality } savivaldybės mentorių koordinatorius jau gavo pranešimą ir su jumis susisieks.
fadder-signed-up-nobody-yet = Ačiū, kad užsiregistravote! 🤝 { $municipality } savivaldybė dar nenusprendė, kas velkommen sistemoje rūpinsis mentoriais. Jūsų registracija išsaugota, o savivaldybė su jumis susisieks.
fadder-already-signed-up = Jau užsiregistravote į mentorių programą. Štai jūsų registracija.
fadder-profile-title = 🤝 Jūsų mentoriaus registracija { $municipality } savivaldybėje
fadder-status-line = Būsena: { $status }
fadder-status-with-reason = { $status } (priežastis: { $reason })
mentor-status-vetting = laukia savivaldybės
mentor-status-approved = patvirtinta
mentor-status-paused = pristabdyta
mentor-status-ended = baigta
fadder-explain-vetting = { $municipality } savivaldybė susisieks su jumis dėl pokalbio. Iki tol galite keisti savo atsakymus.
fadder-explain-approved = Savivaldybė gali jus supažindinti su naujai atvykusiu žmogumi. Prieš perduodant bet kokią informaciją, jūsų paklausime.
fadder-explain-paused = Kol registracija pristabdyta, naujai atvykusių žmonių jums neskirsime. Jau esamos mentorystės tęsiasi.
fadder-explain-ended = { $municipality } savivaldybė nutraukė jūsų mentoriaus registraciją. Jei turite klausimų, kreipkitės į savivaldybę.
fadder-pause = ⏸ Pauzė – be naujų žmonių
fadder-resume = ▶️ Vėl priimti naujus žmones
fadder-paused = Pristabdyta. Naujai atvykusių žmonių jums neskirsime, kol vėl nepradėsite jų priimti.
fadder-resumed = Sveiki sugrįžę! Vėl galime jus supažindinti su naujai atvykusiais žmonėmis.
fadder-delete = 🗑 Ištrinti mano registraciją
fadder-delete-confirm = Ištrinti jūsų mentoriaus registraciją? Bus ištrinta viskas, ką nurodėte, o naujai atvykę žmonės, kuriuos lydite, gaus pranešimą, kad nebegalite būti jų mentoriumi.
fadder-delete-yes = Taip, ištrinti
fadder-delete-no = Ne, palikti
fadder-deleted = Jūsų mentoriaus registracija ištrinta. Ačiū, kad norėjote padėti.
fadder-staff-new =
    🤝 Nauja mentoriaus registracija ({ $municipality } savivaldybė): { $name }
    Kalbos: { $languages }
    Atverkite /mentors ir peržiūrėkite registraciją.
menu-fadder = 🤝 Tapti mentoriumi
command-fadder = Tapti mentoriumi (fadder)
mydata-fadder = Jūsų mentoriaus registracija:

## Savivaldybės atsakymas savanoriui

fadder-notice-approved = 🤝 Gera žinia: { $municipality } savivaldybė patvirtino jūsų mentoriaus registraciją. Kai atsiras jums tinkantis naujai atvykęs žmogus, pirmiausia paklausime jūsų – nieko neperduosime, kol nesutiksite.
fadder-notice-paused = ⏸ { $municipality } savivaldybė kol kas pristabdė jūsų mentoriaus registraciją: { $reason }. Tuo metu naujai atvykusių žmonių jums neskirsime.
fadder-notice-ended = { $municipality } savivaldybė nutraukė jūsų mentoriaus registraciją: { $reason }. Ačiū, kad norėjote padėti.
fadder-open = 🤝 Mano mentoriaus registracija

## Naujai atvykę žmonės, norintys mentoriaus (/mentor)

menu-mentor = 🤝 Mentorius man
command-mentor = Gauti mentorių (savanorį iš jūsų vietovės)
mentor-needs-profile = Kad gautumėte mentorių, pirmiausia užpildykite savo profilį: tada žinosime, kurioje savivaldybėje gyvenate.
mentor-wish-prompt =
    🤝 Mentorius (fadder) – tai vietinis savanoris, kuris nori su jumis susipažinti: puodelis kavos, pasivaikščiojimas, pokalbiai norvegiškai, pagalba susiorientuoti naujoje vietoje.

    Kokios pagalbos norėtumėte? Pasirinkite kiek norite. Jei norėtumėte, kad jūsų mentorius būtų moteris arba vyras, paspauskite ir atitinkamą mygtuką. Tada paspauskite „Įrašyti mane į sąrašą“.
mentor-prefer-woman = 👩 Geriau moteris
mentor-prefer-man = 👨 Geriau vyras
mentor-save = ✅ Įrašyti mane į sąrašą
mentor-joined = Esate mentoriaus laukiančiųjų sąraše { $municipality } savivaldybėje. 🤝 Paklausime jūsų, prieš mentoriui sužinant, kas esate.
mentor-wish-saved = Išsaugota.
mentor-waiting = Laukiate mentoriaus { $municipality } savivaldybėje ({ $weeks ->
        [0] nuo šios savaitės
        [one] jau { $weeks } savaitę
        [few] jau { $weeks } savaites
        [many] jau { $weeks } savaitės
       *[other] jau { $weeks } savaičių
    }). Kai rasime jums tinkantį žmogų, pirmiausia paklausime jūsų.
mentor-waiting-short = 🤝 Jūsų vieta mentoriaus laukiančiųjų sąraše.
mentor-being-asked = 🤝 Galbūt radome jums mentorių. Dabar tikriname, ar viskas tinka.
mentor-has-mentor = 🤝 Jūsų mentorius – { $name }.
mentor-hopes-line = Jūsų pageidavimai: { $hopes }
mentor-change = ✏️ Keisti pageidavimus
mentor-leave = Išeiti iš sąrašo
mentor-left = Jūsų nebėra mentoriaus laukiančiųjų sąraše. Sugrįžti galite bet kada su /mentor.

## Pora

match-yes = ✅ Taip
match-no = Ne, ačiū
match-ask-mentor =
    🤝 Sveiki, { $name }! { $municipality } savivaldybė norėtų, kad taptumėte mentoriumi naujai atvykusiam žmogui (kalba: { $language }).
    Kodėl siūlome jus supažindinti: { $why }.

    Ar sutinkate? Jei taip, paklausime, kaip šis žmogus galės su jumis susisiekti, o tada paklausime jo.
match-ask-newcomer =
    🤝 Gera žinia! { $name } norėtų būti jūsų mentoriumi. { $name } kalba šiomis kalbomis: { $languages }.
    Kodėl siūlome jus supažindinti: { $why }.

    Ar norėtumėte susitikti?
match-contact-prompt = Kaip kitas žmogus galės su jumis susisiekti? Paspauskite mygtuką, kad pasidalytumėte nuoroda į savo Telegram paskyrą, arba parašykite telefono numerį ar el. pašto adresą (ne daugiau kaip { $max } simbolių). Tai bus perduota tik tada, kai sutiks abi pusės.
match-share-link = 📨 Pasidalyti Telegram paskyra
match-contact-short = Parašykite tik tai, kaip su jumis susisiekti: telefono numerį arba el. pašto adresą, vienoje eilutėje.
match-gone = Šis pasiūlymas nebegalioja. Jokia informacija nebuvo perduota.
match-declined-thanks = Ačiū už atsakymą. Jokia informacija nebuvo perduota.
match-yes-mentor = Ačiū! 🤝 Dabar klausiame naujai atvykusio žmogaus. Jei atsakymas bus „taip“, gausite žinutę, kaip susisiekti vienas su kitu.
match-yes-newcomer = Puiku! 🤝 Netrukus gausite žinutę, kaip susisiekti su savo mentoriumi.
match-telegram-link = parašykite žinutę per Telegram
match-no-contact = (nenurodyta)
match-intro-mentor = 🤝 Abi pusės sutiko: jūs ir naujai atvykęs žmogus (kalba: { $language }). { $languages }
match-intro-newcomer = 🤝 Abi pusės sutiko: jūs ir { $name }! { $languages }
match-intro-shared = Galite kalbėtis šia kalba: { $language }.
match-intro-no-shared = Bendros kalbos kol kas neturite: paprasta norvegų kalba, gestai ir vertimo programėlė labai padeda.
match-intro-reach = Kaip susisiekti:
match-intro-place = Gera vieta pirmam susitikimui: { $place }.
match-intro-next = Parašykite trumpą žinutę ir susitarkite dėl laiko. Po dviejų savaičių pasiteirausime jūsų abiejų, kaip sekasi. Jei kas nors negerai, parašykite /mentor, o jei esate mentorius – /fadder.
match-withdrawn-newcomer = { $name } nebegali tapti jūsų mentoriumi. Jūs vis dar esate sąraše, ir ieškosime jums kito mentoriaus.
match-withdrawn-mentor = Naujai atvykęs žmogus, kurį jums pasiūlėme, išėjo iš mentoriaus laukiančiųjų sąrašo. Ačiū už jūsų laiką – galėsime jums pasiūlyti kitą žmogų.

## Kodėl siūloma ši pora

mentor-reason-language = bendra kalba: { $language }
mentor-reason-bridge = { $name } kalba ir norvegiškai
mentor-reason-interests = bendri pomėgiai: { $interests }
mentor-reason-help = { $name } gali padėti: { $helps }
mentor-reason-children = abi pusės turi vaikų
mentor-reason-age = panašaus amžiaus
mentor-reason-waited = laukimo laikas: { $count ->
        [one] { $count } savaitė
        [few] { $count } savaitės
        [many] { $count } savaitės
       *[other] { $count } savaičių
    }

## Darbuotojai: mentorių programa

staff-mentors = 🤝 Mentoriai
mentor-staff-not-allowed = Mentorių programą tvarkyti gali tik koordinatoriai ir mentorių koordinatoriai.
mentor-staff-pick = Kurios savivaldybės mentorių programa?
mentor-staff-menu = 🤝 { $municipality } savivaldybės mentoriai
mentor-staff-pool =
    🤝 { $municipality } savivaldybės mentoriai
    Laukia mentoriaus: { $waiting } (ilgiausiai: { $weeks ->
        [one] { $weeks } savaitę
        [few] { $weeks } savaites
        [many] { $weeks } savaitės
       *[other] { $weeks } savaičių
    })
    Mentoriai – patvirtinti: { $approved }, laisvos vietos: { $free } · pristabdyti: { $paused }
    Laukia patikrinimo: { $vetting }
    Poros – vyksta: { $active } · laukia atsakymo: { $asking } · pasiūlymai jums: { $proposed }
mentor-staff-vetting = 📝 Laukia patikrinimo
mentor-staff-mentors = 👥 Mentoriai
mentor-staff-propose = 🔄 Siūlyti poras
mentor-staff-proposals = 📋 Pasiūlymai
mentor-staff-matches = 🤝 Poros
mentor-staff-vetting-list = Registracijos, laukiančios patikrinimo:
mentor-staff-mentors-list = Savivaldybės mentoriai:
mentor-staff-none = Kol kas čia nieko nėra.
mentor-staff-card =
    { $name } – { $status }
    Užsiregistravo { $since } · dabartinės poros: { $engaged }
mentor-staff-card-reason = Priežastis: { $reason }
mentor-staff-checklist = Patikrinimas (paspauskite, kad pažymėtumėte):
mentor-staff-optional = { $step } (šeimoms su vaikais)
vetting-interview = Pokalbis įvyko
vetting-confidentiality = Konfidencialumo pasižadėjimas pasirašytas
vetting-training = Supažindinimas įvyko
vetting-police = Teistumo pažyma peržiūrėta (neišsaugota)
mentor-staff-approve = ✅ Patvirtinti
mentor-staff-pause = ⏸ Pristabdyti
mentor-staff-end = ⛔ Nutraukti
mentor-staff-missing-steps = Dar trūksta: { $steps }.
mentor-staff-approved = Patvirtinta. Mentoriui pranešta.
mentor-staff-reason-pause = Kodėl šio mentoriaus registracija pristabdoma? Parašykite trumpą priežastį (ne daugiau kaip { $max } simbolių). Mentorius ją matys.
mentor-staff-reason-end = Kodėl nutraukiate šio mentoriaus registraciją? Parašykite trumpą priežastį (ne daugiau kaip { $max } simbolių). Mentorius ją matys.
mentor-staff-status-changed = Atlikta. Mentoriui pranešta.
mentor-staff-proposed = Peržiūrėtas visas sąrašas. Pasiūlymai: { $count } (laukia: { $waiting }, laisvos vietos: { $free }).
mentor-staff-proposals-list = Pasiūlymai – paspauskite vieną, kad pamatytumėte priežastis ir patvirtintumėte:
mentor-staff-no-proposals = Pasiūlymų nėra. Paspauskite „Siūlyti poras“, kai naujai atvykę žmonės laukia, o patvirtinti mentoriai turi laisvų vietų.
mentor-staff-proposal =
    Pasiūlymas: { $mentor } ↔ naujai atvykęs žmogus (kalba: { $language })
    Kodėl: { $why }
    Balai: { $score } · { $status }
mentor-staff-confirm = ✅ Patvirtinti – klausti mentoriaus
mentor-staff-skip = Praleisti
mentor-staff-mentor-card = 👤 Mentorius
mentor-staff-confirmed = Patvirtinta. Pirmiausia klausiame mentoriaus ({ $mentor }), paskui naujai atvykusio žmogaus.
mentor-staff-skipped = Praleista.
mentor-staff-proposal-gone = Šis pasiūlymas nebegalioja (kažkas kitas jį patvirtino ar praleido, arba jis atšauktas).
mentor-staff-mentor-unavailable = { $mentor }: dabar nėra laisvos vietos arba registracija nebepatvirtinta. Siūlykite poras iš naujo.
mentor-staff-newcomer-unavailable = Šis naujai atvykęs žmogus jau laukia atsakymo dėl kitos poros arba išėjo iš sąrašo. Siūlykite poras iš naujo.
mentor-staff-matches-list = Poros:
mentor-staff-no-matches = Porų kol kas nėra.
mentor-staff-match-line = • { $mentor } ↔ { $language }: { $status } nuo { $since }, { $met ->
        [yes] susitiko
       *[no] dar nesusitiko
    }, pasiteiravimai { $checkins }/4
match-status-proposed = pasiūlyta
match-status-asking-mentor = klausiama mentoriaus
match-status-asking-newcomer = klausiama naujai atvykusio žmogaus
match-status-active = vyksta
match-status-skipped = praleista
match-status-declined = atsisakyta
match-status-withdrawn = atšaukta
match-status-ended = baigta
match-staff-declined = 🤝 { $side } atsisakė poros { $mentor } ↔ naujai atvykęs žmogus (kalba: { $language }). Abi pusės lieka sąrašuose; siūlykite poras iš naujo.
match-staff-started = 🤝 Nauja pora: { $mentor } ↔ naujai atvykęs žmogus (kalba: { $language }). Abi pusės sutiko ir gavo viena kitos kontaktus.
match-side-mentor = Mentorius
match-side-newcomer = Naujai atvykęs žmogus
match-side-staff = Savivaldybė
fadder-place-which = Iš kur atvykote? Parašykite šalį ar miestą.

## Mentorystės eiga

match-the-newcomer = naujai atvykęs žmogus (kalba: { $language })
match-checkin = 🤝 Jūs ir { $other }: kaip jums sekasi? Trumpas atsakymas padės mums jums padėti.
match-checkin-last =
    🤝 Jūs ir { $other }: sutartas laikas ({ $months ->
        [one] { $months } mėnuo
        [few] { $months } mėnesiai
        [many] { $months } mėnesio
       *[other] { $months } mėnesių
    }) baigėsi. Ačiū už laiką, kurį skyrėte vienas kitam!

    Kaip sekėsi – ir ar norite tęsti?
match-going-well = 👍 Susitikome, sekasi gerai
match-not-met = ⏳ Dar nesusitikome
match-problem = ⚠️ Kažkas negerai
match-end = Baigti mentorystę
match-go-on = 👍 Buvo gera – tęsiame
match-finish = 🙏 Buvo gera – baigiame
match-thanks-good = Malonu girdėti! 🤝
match-thanks-not-yet = Ačiū, kad pranešėte. Parašykite trumpą žinutę ir pasiūlykite laiką – užtenka pasivaikščioti ar išgerti kavos. Jei nepavyksta susisiekti, paspauskite „Kažkas negerai“.
match-thanks-go-on = Puiku! 🤝 Tęskite kaip iki šiol. Jei prireiks pagalbos, kreipkitės į savivaldybę.
match-problem-prompt = Keliais žodžiais parašykite, kas negerai (ne daugiau kaip { $max } simbolių). Savivaldybės darbuotojas tai perskaitys ir atsakys jums čia. Kitas žmogus to nematys.
match-not-running = Ši mentorystė jau nebevyksta.
match-end-prompt = Kodėl norite baigti mentorystę? Kitas žmogus gaus draugišką pranešimą, bet priežasties nesužinos.
match-end-no-time = Dabar neturiu laiko
match-end-moved = Išsikraustau
match-end-not-a-fit = Netikome vienas kitam
match-end-completed = Sutartas laikas baigėsi
match-end-other = Kita priežastis
match-ended-by-newcomer = Mentorystė baigta. Ačiū, kad bandėte. Vėl esate mentoriaus laukiančiųjų sąraše. Jei mentoriaus nebenorite, iš sąrašo galite išeiti su /mentor.
match-ended-by-mentor = Mentorystė baigta. Ačiū už jūsų skirtą laiką. Kai norėsite, galėsime jums pasiūlyti kitą žmogų.
match-completed-thanks = Ačiū! 🙏 Mentorystė baigta, kaip buvo sutarta.
match-ended-newcomer = { $name } nebegali būti jūsų mentoriumi. Taip kartais nutinka, ir niekas dėl to nekaltas. Vėl esate sąraše, ir ieškosime jums naujo mentoriaus.
match-ended-mentor = Naujai atvykęs žmogus (kalba: { $language }) baigė mentorystę. Taip kartais nutinka, ir niekas dėl to nekaltas. Ačiū už jūsų skirtą laiką – galėsime jums pasiūlyti kitą žmogų.
match-completed-other = 🙏 Jūsų mentorystė baigta, kaip buvo sutarta. Ačiū už laiką, kurį skyrėte vienas kitam!
match-mine-button = 🤝 Mano mentorystės
match-mine = Jūsų dabartinės mentorystės:
match-mine-none = Šiuo metu neturite vykstančios mentorystės.
match-mine-line = • { $other }, nuo { $since }
match-end-with = Baigti mentorystę: { $other }
match-staff-quiet = 🤝 { $mentor } ↔ naujai atvykęs žmogus (kalba: { $language }): nė vienas nepranešė, kad susitiko, nors nuo kontaktų gavimo praėjo { $count ->
        [one] { $count } savaitė
        [few] { $count } savaitės
        [many] { $count } savaitės
       *[other] { $count } savaičių
    }. Gal verta jų pasiteirauti.
match-staff-ended = 🤝 Pora { $mentor } ↔ naujai atvykęs žmogus (kalba: { $language }) baigta. Baigė: { $side }. Priežastis: { $reason }.
match-staff-problem-who = ⚠️ Mentorystės pora { $mentor } ↔ naujai atvykęs žmogus (kalba: { $language }), pranešė: { $side }
delete-done-fadder = jūsų mentoriaus registracija (naujai atvykę žmonės, kuriuos lydėjote, gavo pranešimą)
delete-done-mentor-wish = jūsų vieta mentoriaus laukiančiųjų sąraše

## Laiškas, pageidavimai ir /mydata

letter-mentor-button = 🤝 Ko tikiuosi iš mentoriaus
mentor-wish-privacy = Tai, ką čia pasirinksite, išsaugosime kartu su jūsų profiliu. Savivaldybės mentorių koordinatoriai tai matys, kad rastų jums tinkantį mentorių. Tai parodo /mydata, o ištrinti galite mygtuku „Išeiti iš sąrašo“ arba su /delete.
mydata-mentor-wish = Mentoriaus laukiančiųjų sąraše esate nuo { $since }. Jūsų pageidavimai: { $hopes }

## Darbuotojai: skelbimai ir renginiai mentoriams

announce-reach-button = 👥 Kam: { $value }
reach-newcomers = naujai atvykusieji
reach-both = naujai atvykusieji ir mentoriai
reach-mentors = tik mentoriai
mentor-staff-weekly = 🤝 Šios savaitės porų pasiūlymai { $municipality } savivaldybėje: { $count ->
        [one] { $count } pasiūlymas laukia
        [few] { $count } pasiūlymai laukia
        [many] { $count } pasiūlymo laukia
       *[other] { $count } pasiūlymų laukia
    } jūsų sprendimo: patvirtinti ar praleisti.

## Daugiau apie mentorystės eigą

match-back-on-list = Vėl esate naujo mentoriaus laukiančiųjų sąraše. Jei mentoriaus nenorite, iš sąrašo galite išeiti su /mentor.
match-newcomer-declined = Naujai atvykęs žmogus (kalba: { $language }) šį kartą pasiūlymo atsisakė. Niekas dėl to nekaltas: galėsime jums pasiūlyti kitą žmogų.
match-contact-prompt-newcomer = Kaip jūsų mentorius galės su jumis susisiekti ir kokiu vardu į jus kreiptis? Paspauskite mygtuką, kad pasidalytumėte savo Telegram paskyra, arba parašykite savo vardą ir telefono numerį ar el. pašto adresą (ne daugiau kaip { $max } simbolių). Tai bus perduota tik tada, kai sutiks abi pusės.
