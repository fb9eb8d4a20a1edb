# La-socodka: fariimaha labada sano ee ugu horreeya, su'aalaha ku saabsan nolosha halkan (pulsen) iyo /pause.
# Soomaali: oppfølging = "la-socod" (fariimaha la-socodka), fadder = "hage (fadder)",
# statistikk = "tirakoob". Qofka waxaa lagula hadlaa "adiga", sida velkommen.ftl.

## Fariinta la-socodka

followup-hello = 👋 Salaan! Hadda waxaa laga joogaa { $since } markii aad velkommen ka bilowday degmada { $municipality }. Sidee bay wax kuu socdaan? Waa kuwan waxyaabo hadda kuu anfici kara.
followup-days =
    { $count ->
        [one] hal maalin
       *[other] { $count } maalmood
    }
followup-weeks =
    { $count ->
        [one] hal toddobaad
       *[other] { $count } toddobaad
    }
followup-months =
    { $count ->
        [one] hal bil
       *[other] { $count } bilood
    }
followup-years =
    { $count ->
        [one] hal sano
       *[other] { $count } sano
    }
followup-checklist =
    { $count ->
        [one] 📋 Hal tallaabo oo liiska hawlahaaga ku jirta weli lama samayn.
       *[other] 📋 { $count } tallaabo oo liiska hawlahaaga ku jira weli lama samayn.
    } Taabo tallaabo si aad u akhrido sida loo sameeyo.
followup-mentor = 🤝 Ma rabtaa inaad barato qof halkan ku nool? Hage (fadder) waa qof mutadawac ah oo marmar kula kulma – socod, koob qaxwe ah, iyo wada-hadal yar oo af-Noorweeji ah.
followup-mentor-button = 🤝 Waxaan jeclaan lahaa hage
followup-events = 📅 Dhowaan waxaa dhacaya:
followup-events-button = 📅 Waxa socda oo dhan
followup-pulse = 💬 Waxaan jeclaan lahayn inaan ogaanno sida noloshu halkan kuugu tahay: dhowr su'aalood oo gaagaaban, mid kasta hal taabasho, mid kastana waad ka gudbi kartaa. Jawaabaha waxaa la tiriyaa magacaaga la'aantiis.
followup-pulse-start = 💬 Hadda ka jawaab (2 daqiiqo)
followup-footer = Ma rabtaa fariimo ka yar? Qor /pause.
followup-not-now = Hadda ma aha
followup-fewer = 🔕 Fariimo ka yar
followup-not-now-done = Waa hagaag! Wax walba waxaad ka heli doontaa /menu markaad u baahato.
followup-needs-profile = La-socodka waxaa loogu talagalay dadka buuxiyay boggooda shakhsiga. Qor /start si aad u bilowdo.

## /pause iyo /resume

pause-prompt = Muddo intee le'eg ayaan sugnaa ka hor fariinta la-socodka ee xigta? Xusuusinta munaasabadaha aad codsatay iyo jawaabaha degmada weli way imanayaan.
pause-months =
    { $count ->
        [one] 🔕 Hal bil
       *[other] 🔕 { $count } bilood
    }
pause-until-resumed = 🔕 Ilaa aan mar kale daaro
pause-done-until = Waa hagaag. Fariimo la-socod ah ma heli doontid ka hor { $date }. Qor /resume haddii aad rabto inaad mar kale hesho ka hor intaas.
pause-done = Waa hagaag. Fariimo la-socod ah ma heli doontid ilaa aad qorto /resume.
resume-not-paused = Fariimaha la-socodka lama hakin.
resume-done = Fariimaha la-socodka mar kale waa la daaray. Midda xigta waxay imanaysaa qiyaastii { $date }.
resume-done-soon = Fariimaha la-socodka mar kale waa la daaray. Midda xigta dhowaan ayay imanaysaa.
resume-done-none-left = Fariimaha la-socodka mar kale waa la daaray, laakiin dhammaantood horay ayaad u heshay.
command-pause = Fariimo ka yar: haki la-socodka
command-resume = Mar kale daar fariimaha la-socodka
help-followups =
    /pause – fariimo ka yar: haki la-socodka
    /resume – mar kale daar la-socodka

## Xogtayda, xogta gaarka ah iyo tirtirid

mydata-followups-next =
    { $count ->
        [0] La-socod: weli fariin lama dirin, midda koowaad waxay imanaysaa qiyaastii { $date }.
        [one] La-socod: hal fariin ayaa la diray, midda xigta waxay imanaysaa qiyaastii { $date }.
       *[other] La-socod: { $count } fariimood ayaa la diray, midda xigta waxay imanaysaa qiyaastii { $date }.
    }
mydata-followups-done =
    { $count ->
        [0] La-socod: fariimo kale ma iman doonaan.
        [one] La-socod: hal fariin ayaa la diray, fariimo kale ma iman doonaan.
       *[other] La-socod: { $count } fariimood ayaa la diray, fariimo kale ma iman doonaan.
    }
mydata-followups-paused = La-socod: waa la hakiyay ilaa aad qorto /resume.
mydata-followups-paused-until = La-socod: waa la hakiyay ilaa { $date }.
mydata-pulse =
    { $count ->
        [one] Su'aalaha ku saabsan nolosha halkan hal mar ayaad ka jawaabtay. Jawaabaha waxaa la tiriyaa magacaaga la'aantiis; haddii aad tirtirto xogtaada, jawaabuhu waxay ku hadhayaan tirakoobka, iyadoo aysan jirin wax iyaga kugu xira.
       *[other] Su'aalaha ku saabsan nolosha halkan { $count } jeer ayaad ka jawaabtay. Jawaabaha waxaa la tiriyaa magacaaga la'aantiis; haddii aad tirtirto xogtaada, jawaabuhu waxay ku hadhayaan tirakoobka, iyadoo aysan jirin wax iyaga kugu xira.
    }
privacy-followups =
    🔔 La-socod: labada sano ee ugu horreeya dhowr jeer ayaan kuu soo qoraynaa waxyaabo kuu anfici kara, saddex bilood kadibna waxaan sidoo kale ku weydiinaynaa dhowr su'aalood oo ikhtiyaari ah oo ku saabsan nolosha halkan. /pause waxay ku siinaysaa fariimo ka yar.
    Jawaabaha su'aalahaas waxaa loo kaydiyaa tirakoob, magacaaga la'aantiis. Degmadu waxay aragtaa oo keliya tirooyinka kooxaha ay ku jiraan ugu yaraan shan qof. Haddii aad tirtirto xogtaada, waxa jawaabaha kugu xira waa la tirtirayaa, laakiin jawaabaha aan magaca lahayn waxay ku hadhayaan tirakoobka.
delete-done-followups = fariimaha la-socodka ee laguu qorsheeyay
delete-done-pulse-kept = Jawaabahaaga su'aalaha ku saabsan nolosha halkan waxay ku hadhayaan tirakoobka, iyadoo aysan jirin wax iyaga kugu xira.

## Su'aalaha ku saabsan nolosha halkan (pulsen)

pulse-progress = Su'aal { $n } ka mid ah { $total }
pulse-scale-satisfied = 0 = qanac-darro aad iyo aad u weyn, 10 = qanacsanaan aad iyo aad u weyn
pulse-scale-belong = 0 = haba yaraatee, 10 = si aad iyo aad u xooggan
pulse-several = Taabo wax kasta oo kugu habboon, kadib “Waan dhammeeyay”.
pulse-done = Waan dhammeeyay ➡️
pulse-skip = Ka gudub
pulse-stop = Halkan ku jooji
pulse-yes = Haa
pulse-no = Maya
pulse-q-life = Marka wax walba la tixgeliyo, intee in le'eg ayaad ku qanacsan tahay noloshaada guud ahaan xilligan?
pulse-q-place = Intee in le'eg ayaad ku qanacsan tahay meesha aad ku nooshahay?
pulse-q-belong = Intee in le'eg ayaad dareentaa inaad ka tirsan tahay meesha aad ku nooshahay?
pulse-q-stay = Ma filaysaa inaad halkan ku noolaan doonto laba sano kadib?
pulse-q-stay-reasons = Maxaa halkan kugu haya?
pulse-q-leave-reasons = Maxaa keeni kara inaad guurto?
pulse-q-friends = Intee jeer ayaad la joogtaa saaxiibo wanaagsan?
pulse-q-norwegian-friend = Halkan ma ku leedahay qof Noorweeji ah oo aad saaxiib ahaan u wici karto?
pulse-q-good = Maxaa wanaagsan in halkan lagu noolaado?
pulse-q-work = Shaqo ma leedahay?
pulse-q-housing = Guriga aad ku nooshahay sidee ayaad u haysataa?
pulse-q-buy = Ma jeclaan lahayd inaad halkan iibsato guri adiga kuu gaar ah?
pulse-friends-daily = Maalin kasta
pulse-friends-weekly = Toddobaad kasta
pulse-friends-monthly = Bil kasta
pulse-friends-yearly = Dhowr jeer sannadkii
pulse-friends-less = Ka yar intaas
pulse-friends-none = Ma lihi saaxiibo wanaagsan
pulse-quality-safety = Waa ammaan
pulse-quality-nature = Dabiicadda
pulse-quality-people = Dadka
pulse-quality-meeting = Meelaha kulanka
pulse-quality-distances = Masaafooyin gaagaaban
pulse-quality-services = Adeegyada: dugsi, caafimaad
pulse-work-in-line = Haa, ku habboon waxbarashadayda
pulse-work-not-in-line = Haa, laakiin kuma habboona waxbarashadayda
pulse-work-looking = Maya, shaqo ayaan raadinayaa
pulse-work-learning = Maya, waxbarasho ama barnaamijka hordhaca
pulse-work-not = Maya
pulse-housing-rent = Waxaan ka kireystaa qof gaar ah
pulse-housing-own = Guriga waan leeyahay
pulse-housing-municipal = Waxaan ka kireystaa degmada
pulse-housing-temporary = Ku meel gaar (tusaale, xagga shaqada)
pulse-expect-yes = Haa
pulse-expect-unsure = Ma hubo
pulse-expect-no = Maya
pulse-stay-work = Shaqada
pulse-stay-home = Guriga
pulse-stay-safety = Ammaanka
pulse-stay-children = Carruurtu halkan way ku faraxsan yihiin
pulse-stay-people = Dadka aan halkan ku aqaan
pulse-stay-nature = Dabiicadda iyo xasilloonida
pulse-reason-other = Wax kale
pulse-leave-education = Waxbarasho
pulse-leave-competence = Inaan adeegsado aqoontayda
pulse-leave-career = Horumar shaqo
pulse-leave-family = Qoys iyo saaxiibo
pulse-leave-culture = Diin iyo dhaqan
pulse-leave-own-people = Bulsho weyn oo dadkayga ah
pulse-leave-city = Magaalo weyn
pulse-leave-back = Inaan dalkayga ku laabto
pulse-talk = Dad badan ayaa ka fikira inay sii joogaan ama guuraan. Degmada { $municipality } waxay diyaar u tahay inay kaala hadasho faa'iidooyinka iyo khasaaraha. Ma rabtaa? Haddii aad haa tiraahdo, codsigaagu wuxuu degmada u gudbayaa kiis ahaan, jawaabtana halkan wada-sheekaysiga ayaad ka heli doontaa.
pulse-talk-yes = Haa, waan jeclaan lahaa
pulse-talk-no = Maya, mahadsanid
pulse-talk-case = Waxaa la codsaday wada-hadal ku saabsan sii joogitaanka ama guuritaanka (laga soo gudbiyay la-socodka). Jawaabta su'aasha “Ma filaysaa inaad halkan ku noolaan doonto laba sano kadib?”: { $answer }.
pulse-thanks = Aad baad u mahadsan tahay! Jawaabahaagu waxay ka caawinayaan degmada { $municipality } inay noqoto meel ka fiican oo lagu noolaado. Waxaa la tiriyaa magacaaga la'aantiis.
pulse-stopped = Waa hagaag – mahadsanid wixii aad ka jawaabtay. Mar dambe waad sii wadan kartaa adigoo taabanaya badhanka ku jira fariinta.
pulse-already = Horay ayaad uga jawaabtay su'aalahan. Mahadsanid!

## Xog-ogaal loogu talagalay degmada (/insight iyo velkommen insight)

insight-title = 📊 Xog-ogaal ku saabsan { $municipality }, { $from }–{ $to }
insight-responses = Jawaabaha su'aalaha ku saabsan nolosha halkan: { $count }
insight-none = Muddadan weli qofna kama jawaabin su'aalaha ku saabsan nolosha halkan. Su'aaluhu waxay la socdaan fariimaha la-socodka, laga bilaabo saddex bilood kadib diiwaangelinta.
insight-everyone = Dhammaan
insight-category-unknown = Lama sheegin
insight-here-first-year = Halkan wax ka yar hal sano
insight-here-second-year = Halkan 1–2 sano
insight-here-longer = Halkan in ka badan 2 sano
insight-quarter = Rubuca { $quarter }aad { $year }
insight-stay-title = 🏡 Ma filayaan inay halkan ku noolaan doonaan laba sano kadib? ({ $count } jawaab)
insight-by-month = 📈 Bil kasta: ma filayaan inay halkan ku noolaan doonaan laba sano kadib?
insight-stay-reasons = ➡️ Maxaa halkan ku haya ({ $count } qof oo filaya inay sii joogaan):
insight-leave-reasons = ⬅️ Maxaa keeni kara inay guuraan ({ $count } qof oo aan hubin ama filaya inay guuraan):
insight-good = 👍 Maxaa wanaagsan in halkan lagu noolaado ({ $count } jawaab):
insight-life = 😊 Ku qanacsanaanta nolosha, 0–10: { $mean } ({ $count } jawaab)
insight-life-national = Isbarbardhig: soo-galootiga ku nool Noorweey { $immigrants }, dadweynaha oo dhan { $everyone } (SSB – Xafiiska Tirakoobka Noorweey, sahanka xaaladaha nolosha ee soo-galootiga 2016).
insight-place = 📍 Ku qanacsanaanta meesha, 0–10: { $mean } ({ $count } jawaab)
insight-place-national = Isbarbardhig: dalka oo dhan { $national } (SSB – Xafiiska Tirakoobka Noorweey, sahanka tayada nolosha 2023).
insight-belong = 🤝 Ka-tirsanaanta meesha, 0–10: { $mean } ({ $count } jawaab)
insight-friends = 👥 Inta jeer ee ay la joogaan saaxiibo wanaagsan ({ $count } jawaab):
insight-norwegian-friend = 🇳🇴 Waxay leeyihiin qof Noorweeji ah oo ay saaxiib ahaan u wici karaan ({ $count } jawaab):
insight-housing = 🏠 Hoyga, rubuc kasta:
insight-buy = 🔑 Waxay jeclaan lahaayeen inay halkan guri ku iibsadaan (kuwa aan guri lahayn, { $count } jawaab):
insight-work = 💼 Shaqada, rubuc kasta:
insight-matches = 🤝 Isku-xiridda hageyaasha (fadder): muddadan { $started } ayaa la bilaabay, { $running } ayaa socda, { $ended } ayaa la dhammeeyay.
insight-matches-started = La bilaabay
insight-matches-running = Socda
insight-matches-ended = La dhammeeyay
insight-footnote = ℹ️ Tirooyinka ku salaysan wax ka yar 5 qof waxaa loo muujiyaa “< 5”. Tirooyinka kale ee looga xisaabin karo tirooyinkaas sidoo kale waa la qariyaa. Jawaabaha waxaa loo kaydiyaa magac la'aan.
insight-csv-header = Qaybta;Kooxda;Jawaabta;Tirada;Wadarta;Saamiga (%);Celceliska
insight-csv-mean = Celceliska (0–10)
insight-section-responses = Jawaabaha
insight-section-stay = Filaya inay halkan ku noolaan doonaan laba sano kadib
insight-section-trend = Bil kasta
insight-section-stay-reasons = Sababaha sii joogitaanka
insight-section-leave-reasons = Sababaha guuritaanka
insight-section-good = Waxa wanaagsan ee ku noolaanshaha halkan
insight-section-life = Ku qanacsanaanta nolosha
insight-section-place = Ku qanacsanaanta meesha
insight-section-belong = Ka-tirsanaanta
insight-section-friends = La joogidda saaxiibo wanaagsan
insight-section-norwegian-friend = Qof Noorweeji ah oo saaxiib ahaan loo wici karo
insight-section-housing = Hoyga
insight-section-buy = Rabitaanka iibsashada guri
insight-section-work = Shaqada
insight-section-matches = Isku-xiridda hageyaasha (fadder)
insight-chart-title = Degmada { $municipality }, { $from }–{ $to }
insight-chart-stay = Ma filayaan inay halkan ku noolaan doonaan laba sano kadib?
insight-chart-trend = Saamiga filaya inay halkan ku noolaan doonaan laba sano kadib, bil kasta (%)
insight-chart-leave = Maxaa keeni kara inay guuraan
insight-chart-housing = Hoyga rubuc kasta (%)
insight-chart-footer = Isha: jawaabaha velkommen. Kooxaha ka yar 5 qof lama muujiyo.
insight-not-allowed = Xog-ogaalka waxaa loogu talagalay isku-duweyaasha degmada.
insight-pick = Degmadee xog-ogaalkeeda ayaad rabtaa inaad aragto?
insight-chart-caption = 📊 Jaantuska. Kooxaha ka yar 5 qof lama muujiyo.
insight-csv-caption = 📄 Tirooyinka oo ah xaashi-xisaabeed (CSV oo lagu kala saaray “;”, waxaa lagu furaa Excel).
insight-recent = 📅 12-ka bilood ee ugu dambeeyay
insight-year = 📅 Sannadka { $year } oo dhan
insight-more = Ma rabtaa inaad aragto muddo kale?
staff-insight = 📊 Xog-ogaal
competence-title = 🧰 Xirfadaha ku jira degmada { $municipality }: { $count } qof ayaa buuxiyay “Waxa aan qaban karo”.
competence-education = 🎓 Waxbarasho ({ $count } jawaab):
competence-field = 🛠 Qaybta shaqada ({ $count } jawaab):
competence-experience = ⏳ Khibradda qaybta shaqada ({ $count } jawaab):
competence-languages = 🗣 Luqadaha ({ $count } jawaab):
competence-licence = 🚗 Liisanka darawalnimada ({ $count } jawaab):
competence-wishes = 🎯 Rabitaannada ({ $count } jawaab):
competence-shared =
    { $count ->
        [0] 👀 Weli cidna ma oggolaan in degmadu aragto waxa ay ka jawaabtay.
        [one] 👀 Hal qof ayaa oggolaaday in degmadu aragto waxa uu ka jawaabay (magac la'aan):
       *[other] 👀 { $count } qof ayaa oggolaaday in degmadu aragto waxa ay ka jawaabeen (magac la'aan):
    }
competence-person-wishes = Rabitaannada: { $wishes }
competence-person-who = { $category }, oo velkommen ku isticmaala { $language }
competence-button = 🧰 Xirfadaha
competence-footer = Tirooyinku waxay qariyaan kooxaha ka yar 5 qof, sidoo kale dadka aan oggolaan in jawaabahooda la muujiyo dhexdooda.

## Qofka cusub ee bisha

menu-featured = ⭐ Qofka cusub ee bisha
staff-featured = ⭐ Qofka cusub ee bisha
featured-intro = ⭐ Qofka cusub ee bisha: bil kasta degmadu waxay sheegi kartaa sheekada hal qof oo halkan u soo guuray – iyadoo qofkaasi oggol yahay. Haddii aad haa tiraahdo, degmadu way ku weydiin kartaa, isku-duwahana wuu kula soo xiriiri doonaa si uu u maqlo sheekadaada. Waxba lama diri doono ilaa aad akhrido qoraalka sida uu yahay oo aad oggolaato, oggolaanshahaagana waqti kasta waad ka noqon kartaa.
featured-optin-button = ✅ Haa, waad i weydiin kartaan
featured-optout-button = Maya, ha i weydiinina
featured-optin-yes = Mahadsanid! Hadda degmadu way ku weydiin kartaa. Qoraal kasta weli adiga ayaa go'aankiisa leh.
featured-optin-no = Waa hagaag. Degmadu kuma weydiin doonto.
featured-optin-since = Waxaad sheegtay in degmadu ku weydiin karto (laga bilaabo { $date }).
featured-mine = Sheekada adiga kugu saabsan: { $status }
featured-withdraw = ↩️ Ka noqo oggolaanshaha
featured-withdraw-confirm = Ma rabtaa inaad ka noqoto oggolaanshahaaga? Wixii aan weli la dirin waa la joojinayaa, degmaduna sheekada mar dambe ma isticmaali doonto.
featured-withdraw-yes = Haa, ka noqo
featured-withdraw-no = Maya, sidiisa ha ahaado
featured-withdraw-kept = Waa hagaag, waxba lama beddelin.
featured-withdrawn = Waad ka noqotay oggolaanshahaaga. Wixii aan la dirin waa la joojiyay, isku-duwahana waa la ogeysiiyay.
featured-ask = ⭐ Degmada { $municipality } waxay jeclaan lahayd inay sheekadaada ku sheegto “Qofka cusub ee bisha”. Waa kan qoraalka, sida uu yahay, ee loo diri doono dadka cusub iyo hageyaasha (fadder) ee degmada:
featured-ask-others =
    { $count ->
        [one] Sidoo kale waxaa lagu diri doonaa hal luqad oo kale, iyadoo laga turjumay qoraalkan.
       *[other] Sidoo kale waxaa lagu diri doonaa { $count } luqadood oo kale, iyadoo laga turjumay qoraalkan.
    }
featured-ask-question = Ma oggoshahay in qoraalkan la diro? Waxba lama diri doono ilaa aad jawaabto.
featured-approve = ✅ Haa, waa la diri karaa
featured-decline = Maya, ha la dirin
featured-approved = Mahadsanid! Hadda isku-duwaha ayaa diri kara qoraalka. Oggolaanshahaaga waxaad kaga noqon kartaa “Qofka cusub ee bisha” ee ku jira /menu.
featured-declined = Waa hagaag, qoraalka lama diri doono. Isku-duwaha waa la ogeysiiyay.
featured-status-draft = Qabyo-qoraal
featured-status-asked = Waxaa la sugayaa jawaabta qofka
featured-status-approved = La oggolaaday, weli lama dirin
featured-status-declined = La diiday
featured-status-published = Waa la diray
featured-status-withdrawn = Oggolaanshaha waa laga noqday
mydata-featured-optin = Qofka cusub ee bisha: waxaad sheegtay in degmadu ku weydiin karto.
mydata-featured-story = Qofka cusub ee bisha, sheeko adiga kugu saabsan: { $status }
delete-done-featured = oggolaanshahaaga “Qofka cusub ee bisha” iyo sheekooyinka adiga kugu saabsan
featured-not-allowed = “Qofka cusub ee bisha” waxaa loogu talagalay isku-duweyaasha degmada.
featured-staff-title = ⭐ Qofka cusub ee bisha
featured-staff-candidates =
    { $count ->
        [0] { $municipality }: weli cidna ma sheegin in degmadu weydiin karto.
        [one] { $municipality }: hal qof ayaa sheegay in degmadu weydiin karto (halkan magac la'aan):
       *[other] { $municipality }: { $count } qof ayaa sheegay in degmadu weydiin karto (halkan magac la'aan):
    }
featured-write-about = ✍️ Wax ka qor lambar { $n }
featured-story-button = Sheeko { $story }: { $status }
featured-staff-how = Marka hore la hadal qofka (tusaale ahaan iyadoo loo marayo kiis, ama meel kulan). Kadib halkan ku qor sheekada: qofka waxaa loo dirayaa qoraalka sida uu yahay, waana inuu oggolaadaa ka hor inta aan la dirin.
featured-write-prompt = Sheekada ku qor luqadda { $language } (ugu badnaan { $max } xaraf).
featured-pick-language = Luqaddee ayaad rabtaa inaad turjumaad ku darto?
featured-back-to-story = ← Ku noqo sheekada
featured-story-title = ⭐ Sheeko { $story } – { $status }
featured-edit-nb = ✏️ Qor ama beddel qoraalka bokmål
featured-add-translation = 🌐 Ku dar turjumaad
featured-send = ✉️ U dir qofka si uu u oggolaado
featured-announce = 📣 U dir dadka cusub iyo hageyaasha
featured-story-draft-hint = Marka qoraalku diyaar yahay, u dir qofka. Intaas kadib lama beddeli karo.
featured-story-asked-hint = Qofku wuxuu helay qoraalka sida uu yahay, weli ma uu jawaabin.
featured-story-approved-hint = Qofku wuxuu oggolaaday isla qoraalkan. Sida uu yahay ayaa loo diri karaa.
featured-story-closed-hint = Sheekadan lama diri karo.
featured-back = ← Qofka cusub ee bisha
featured-text-saved = Waa la kaydiyay.
featured-sent = Waxaa loo diray qofka. Waa lagu ogeysiin doonaa marka qofku jawaabo.
featured-announced = Waxaa loo diray ogeysiis ahaan dadka cusub iyo hageyaasha (fadder). Waxaad heli doontaa warbixin gaarsiin.
featured-open-story = ⭐ Fur sheekada
featured-staff-approved = ⭐ Sheeko { $story }: qofku wuxuu oggolaaday qoraalka. Hadda waa la diri karaa.
featured-staff-declined = ⭐ Sheeko { $story }: qofku wuu diiday. Qoraalka lama diri doono.
featured-staff-withdrawn = ⭐ Sheeko { $story }: qofku wuu ka noqday oggolaanshaha. Wixii aan la dirin waa la joojiyay.
