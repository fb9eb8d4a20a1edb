# The mentor scheme (faddere): volunteers, vetting, the pool and matches.
# Soomaali: fadder = "hage (fadder)", isku-duwaha hageyaasha = mentor coordinator,
# påmelding = diiwaangelin, taushetserklæring/politiattest hal mar lagu sharxay.

## Mutadawiciinta is-diiwaangelinaysa (/fadder)

fadder-intro =
    🤝 Noqo hage (fadder)

    Hage wuxuu barta qof ama qoys cusub oo dhowaan halkan u soo guuray – inta badan labadii toddobaadba mar, muddo { $months } bilood ah. Socod, koob qaxwe ah, wada-hadal yar oo af-Noorweeji ah, iyo in la tuso meelaha waxyaabuhu yaallaan. Uma baahnid inaad khabiir noqoto: waxa ugu muhiimsan waa inaad noqoto deris naxariis leh.

    Adigu ma u soo guurtay Noorweey dhowr sano ka hor? Markaas si gaar ah ayaan kuu soo dhawaynaynaa: waxaa laga yaabaa inaad ku hadasho luqadda qofka cusub, oo aad taqaanno sida uu yahay sannadka ugu horreeya.

    Is-diiwaangelintu waxay qaadanaysaa qiyaastii saddex daqiiqo. Kadib degmadu waxay kuugu yeeraysaa wada-hadal, waxay kaa codsanaysaa inaad saxiixdo ballanqaad sir-hayn (taushetserklæring), waxayna ku siinaysaa hordhac gaaban.
fadder-join = ✍️ I diiwaangeli
fadder-not-now-button = Hadda ma aha
fadder-not-now = Waa hagaag. Waqti kasta waad is-diiwaangelin kartaa adigoo adeegsanaya /fadder.
fadder-name-prompt = Magacaaga koowaad waa maxay? Waa magaca uu qofka cusubi arki doono. (Ugu badnaan { $max } xaraf; magacyadaada kale looma baahna.)
fadder-name-invalid = Taasi uma eka magac koowaad. Qor magacaaga koowaad oo keliya, ugu badnaan { $max } xaraf.
fadder-municipality-prompt = Degmadee ayaad rabtaa inaad hage ka noqoto?
fadder-languages-prompt = Luqadaha aad ku hadasho waa kuwee? Taabo luqad si aad u sheegto heerka aad ku hadasho. Af-Noorweejigana ku dar. Taabo “Waan dhammeeyay” marka aad dhammayso.
fadder-languages-needed = Dooro ugu yaraan hal luqad oo aad ku hadasho.
fadder-level-prompt = Intee in le'eg ayaad ku hadashaa { $language }?
fadder-level-remove = Kuma hadlo
mentor-level-basic = wax yar
mentor-level-good = si fiican
mentor-level-native = afka hooyo
fadder-background-prompt = Adigu ma u soo guurtay Noorweey? Haddii ay sidaas tahay, qor halka aad ka timid (dal ama magaalo, ugu badnaan { $max } xaraf). Ama taabo badhan.
fadder-grew-up-here = Waxaan ku koray Noorweey
fadder-moved-from = ka soo guuray { $place }
fadder-place-invalid = Qor dal ama magaalo, ugu badnaan { $max } xaraf, ama taabo badhan.
fadder-rather-not-say = Ma rabo inaan sheego
fadder-not-said = lama sheegin
fadder-gender-prompt = Ma tahay haweeney mise nin? Ka jawaabiddu waa ikhtiyaari: haween badan oo halkan yimaada waxay doorbidaan hage haweeney ah.
mentor-gender-woman = Haweeney
mentor-gender-man = Nin
fadder-age-prompt = Immisa jir baad tahay? (Ikhtiyaari.)
mentor-age-u30 = ka yar 30
mentor-age-30-44 = 30–44
mentor-age-45-59 = 45–59
mentor-age-60 = 60 ama ka weyn
fadder-interests-prompt = Maxaad jeceshahay inaad samayso? Dooro inta aad rabto, kadib taabo “Waan dhammeeyay”.
mentor-interest-outdoor = 🥾 Socod iyo dabiicadda
mentor-interest-sport = ⚽ Isboorti
mentor-interest-fishing = 🎣 Kalluumaysi
mentor-interest-cooking = 🍲 Karinta cuntada
mentor-interest-crafts = 🧶 Farsamada gacanta
mentor-interest-music = 🎵 Muusig
mentor-interest-faith = 🕊 Bulshada diinta
mentor-interest-children = 🧒 Hawlaha carruurta
mentor-interest-culture = 🎭 Dhaqan
fadder-children-prompt = Adigu carruur ma leedahay? Qoysaska carruurta leh waxay inta badan jecel yihiin inay la kulmaan qoys kale.
fadder-yes = Haa
fadder-no = Maya
fadder-capacity-prompt = Immisa qof ama qoys oo cusub ayaad isku mar hage u noqon kartaa? (1 ilaa { $max })
fadder-capacity-invalid = Isku mar waxaad hage u noqon kartaa 1 ilaa { $max } qof ama qoys oo cusub. Dooro mid ka mid ah tirooyinka.
fadder-capacity-below-engaged = Hadda waxaad hage u tahay { $count } qof ama qoys oo cusub. Dooro ugu yaraan intaas, ama marka hore jooji mid ka mid ah isku-xiriddaada.
fadder-helps-prompt = Maxaad ka caawin kartaa? Dooro inta aad rabto, kadib taabo “Waan dhammeeyay”.
mentor-help-norwegian = 🗣 Ku hadlidda af-Noorweejiga
mentor-help-social = ☕ Barashada dadka
mentor-help-job = 💼 Shaqo raadis
mentor-help-paperwork = 📄 Foomam iyo waraaqo
mentor-help-children = 🧒 Hawlaha carruurta
mentor-help-driving = 🚗 Baabuur wadis
fadder-done = ✅ Waan dhammeeyay
fadder-part-name = Magaca koowaad
fadder-part-municipality = Degmada
fadder-part-languages = Luqadaha
fadder-part-background = U guuray Noorweey
fadder-part-gender = Haweeney ama nin
fadder-part-age = Da'da
fadder-part-interests = Hiwaayadaha
fadder-part-children = Carruur
fadder-part-capacity = Dad cusub isku mar
fadder-part-helps = Waxa aan ka caawin karo
fadder-part-missing = Wax ayaa weli ka maqan diiwaangelintaada:
fadder-consent-title = Diiwaangelintaada:
fadder-consent =
    Waa tan waxa lagu samaynayo diiwaangelintaada:
    • velkommen waxay kaydinaysaa waxa aad kor ku jawaabtay, si degmadu kuu barato oo ay kuu hesho qof cusub oo kugu habboon.
    • Isku-duwayaasha hageyaasha ee degmada ayaa arka. Waxay kuugu yeerayaan wada-hadal, waxay kaa codsanayaan inaad saxiixdo ballanqaad sir-hayn (taushetserklæring), waxayna ku siinayaan hordhac gaaban. Haddii aad la kulmi doonto qoysas carruur leh, waxay rabaan inay arkaan warqadda dembi-la'aanta ee booliska (politiattest) – way eegayaan oo keliya, lama kaydiyo.
    • Qof cusub wuxuu arkayaa magacaaga koowaad, luqadaha aad ku hadasho iyo sababta aan u malaynayno inaad isku habboon tihiin – marka aad haa tiraahdo kadib oo keliya. Sida aad isu gaari kartaan waxaa la wadaagaa marka aad labadiinnuba haa tiraahdaan oo keliya.
    • Waqti kasta waad arki kartaa, beddeli kartaa, hakin kartaa ama tirtiri kartaa diiwaangelinta adigoo adeegsanaya /fadder. /delete wax walba way tirtirtaa.
    Ma oggoshahay?
fadder-consent-yes = ✅ Waan oggolahay – i diiwaangeli
fadder-consent-no = Ka noqo
fadder-consent-declined = Waa hagaag, waxba lama kaydin. Waqti kasta waad is-diiwaangelin kartaa adigoo adeegsanaya /fadder.
fadder-signed-up = Mahadsanid inaad is-diiwaangelisay! 🤝 Isku-duwaha hageyaasha ee degmada { $municipality } waa la ogeysiiyay, waana lagula soo xiriiri doonaa.
fadder-signed-up-nobody-yet = Mahadsanid inaad is-diiwaangelisay! 🤝 Degmada { $municipality } weli ma magacaabin qofka velkommen ka maamuli doona hageyaasha. Diiwaangelintaadu way kaydsan tahay, degmaduna way kula soo xiriiri doontaa.
fadder-already-signed-up = Horay ayaad hage ahaan isu diiwaangelisay. Waa tan diiwaangelintaada.
fadder-profile-title = 🤝 Diiwaangelintaada hage ahaan ee degmada { $municipality }
fadder-status-line = Xaaladda: { $status }
fadder-status-with-reason = { $status } (sababta: { $reason })
mentor-status-vetting = waxay sugaysaa degmada
mentor-status-approved = la oggolaaday
mentor-status-paused = la hakiyay
mentor-status-ended = la joojiyay
fadder-explain-vetting = Degmada { $municipality } waxay kuugu yeeri doontaa wada-hadal. Ilaa markaas waad beddeli kartaa jawaabahaaga.
fadder-explain-approved = Waxaa laguu heli karaa qof cusub oo aad hage u noqoto. Waa lagu weydiin doonaa ka hor inta aan wax la wadaagin.
fadder-explain-paused = Inta hakaddu socoto, laguuma heli doono dad cusub oo kale. Dadka cusub ee aad hadda hage u tahay waad sii wadi kartaa.
fadder-explain-ended = Degmada { $municipality } waxay joojisay diiwaangelintaada hage ahaan. Haddii aad su'aalo qabto, la xiriir degmada.
fadder-pause = ⏸ Hakad (hadda qof cusub ma rabo)
fadder-resume = ▶️ Diyaar baan u ahay dad cusub
fadder-paused = Waa la hakiyay. Laguuma heli doono dad cusub ilaa aad mar kale diyaar noqoto.
fadder-resumed = Ku soo dhawoow mar kale! Mar kale waxaa laguu heli karaa dad cusub.
fadder-delete = 🗑 Tirtir diiwaangelintayda
fadder-delete-confirm = Ma rabtaa inaad tirtirto diiwaangelintaada hage ahaan? Wax kasta oo aad noo sheegtay waa la tirtirayaa, dadka cusub ee aad hage u tahayna waxaa loo sheegayaa inaadan mar dambe hagahooda noqon karin.
fadder-delete-yes = Haa, tirtir
fadder-delete-no = Maya, ha tirtirin
fadder-deleted = Diiwaangelintaada hage ahaan waa la tirtiray. Mahadsanid inaad rabtay inaad wax caawiso.
fadder-staff-new =
    🤝 Diiwaangelin hage oo cusub – degmada { $municipality }: { $name }
    Luqadaha: { $languages }
    Fur /mentors si aad u eegto diiwaangelinta.
menu-fadder = 🤝 Noqo hage
command-fadder = Iska diiwaangeli hage ahaan (fadder)
mydata-fadder = Diiwaangelintaada hage ahaan:

## Jawaabta degmada ee mutadawaca

fadder-notice-approved = 🤝 War wanaagsan: degmada { $municipality } waxay kuu oggolaatay inaad noqoto hage. Marka la helo qof cusub oo kugu habboon, adiga ayaa marka hore lagu weydiin doonaa – waxba lama wadaago ilaa aad haa tiraahdo.
fadder-notice-paused = ⏸ Degmada { $municipality } waxay hakisay diiwaangelintaada hage ahaan: { $reason }. Inta hakaddu socoto, laguuma heli doono dad cusub oo kale.
fadder-notice-ended = Degmada { $municipality } waxay joojisay diiwaangelintaada hage ahaan: { $reason }. Mahadsanid inaad rabtay inaad wax caawiso.
fadder-open = 🤝 Diiwaangelintayda hage ahaan

## Dadka cusub ee raba hage (/mentor)

menu-mentor = 🤝 Hage ii raadi
command-mentor = Hel hage (mutadawac deegaankaaga ku nool)
mentor-needs-profile = Si aad hage u hesho, marka hore dhammee boggaaga shakhsiga: markaas ayaan ogaanaynaa degmada aad ku nooshahay.
mentor-wish-prompt =
    🤝 Hage waa qof mutadawac ah oo halkan ku nool, oo aad is barataan: koob qaxwe ah, socod, ku hadlidda af-Noorweejiga, iyo caawin waxyaabaha kuu cusub.

    Maxaad jeclaan lahayd in lagaa caawiyo? Dooro inta aad rabto. Haddii aad doorbidayso hage haweeney ah ama nin ah, taasna taabo. Kadib taabo “Liiska i geli”.
mentor-prefer-woman = 👩 Haweeney baan doorbidaa
mentor-prefer-man = 👨 Nin baan doorbidaa
mentor-save = ✅ Liiska i geli
mentor-joined = Waxaad ku jirtaa liiska dadka hage sugaya ee degmada { $municipality }. 🤝 Waan ku weydiin doonnaa ka hor inta aan hage loo sheegin cidda aad tahay.
mentor-wish-saved = Waa la kaydiyay.
mentor-waiting = Waxaad hage ku sugaysaa degmada { $municipality } ({ $weeks ->
        [0] laga bilaabo toddobaadkan
        [one] muddo hal toddobaad ah
       *[other] muddo { $weeks } toddobaad ah
    }). Marka aan helno qof kugu habboon, adiga ayaan marka hore ku weydiin doonnaa.
mentor-waiting-short = 🤝 Booskaaga liiska sugitaanka
mentor-being-asked = 🤝 Waxaa laga yaabaa inaan hage kuu helnay. Hadda waxaan hubinaynaa in ay habboon tahay.
mentor-has-mentor = 🤝 { $name } waa hagahaaga.
mentor-hopes-line = Waxaad rabtay: { $hopes }
mentor-change = ✏️ Beddel rabitaannadayda
mentor-leave = Ka bax liiska sugitaanka
mentor-left = Hadda kuma jirtid liiska dadka hage sugaya. Waqti kasta waad ku soo laaban kartaa adigoo adeegsanaya /mentor.

## Isku-xirid

match-yes = ✅ Haa
match-no = Maya, mahadsanid
match-ask-mentor =
    🤝 Salaan, { $name }! Degmada { $municipality } waxay jeclaan lahayd inaad hage u noqoto qof cusub oo ku hadla { $language }.
    Waxa idin isku xira: { $why }.

    Ma rabtaa? Haddii aad haa tiraahdo, waxaan ku weydiinaynaa sida qofka cusubi kuu gaari karo; kadib qofka cusub ayaa la weydiinayaa.
match-ask-newcomer =
    🤝 War wanaagsan! Hage ayaa kuu diyaar ah: { $name }. Luqadaha { $name }: { $languages }.
    Waxa idin isku xira: { $why }.

    Ma rabtaa inaad la kulanto { $name }?
match-contact-prompt = Sidee buu qofka kale kuu gaari karaa? Taabo badhanka si aad u wadaagto linkiga bogga Telegram-kaaga, ama qor lambar telefoon ama cinwaan e-mail (ugu badnaan { $max } xaraf). Waxaa la wadaagaa oo keliya marka aad labadiinnuba haa tiraahdaan.
match-share-link = 📨 Wadaag bogga Telegram-kayga
match-contact-short = Fadlan qor oo keliya sida laguu gaari karo: lambar telefoon ama cinwaan e-mail, hal sadar.
match-gone = Soo-jeedintan hadda ma furna. Waxba lama wadaagin.
match-declined-thanks = Mahadsanid jawaabtaada. Waxba lama wadaagin.
match-yes-mentor = Mahadsanid! 🤝 Hadda waxaan weydiinaynaa qofka cusub. Haddii jawaabtu tahay haa, waxaad heli doontaa fariin ku saabsan sida aad isu gaari kartaan.
match-yes-newcomer = Aad u fiican! 🤝 Daqiiqad kadib waxaad heli doontaa fariin ku saabsan sida aad u gaari karto hagahaaga.
match-telegram-link = fariin ugu dir Telegram
match-no-contact = (lama sheegin)
match-intro-mentor = 🤝 Adiga iyo qof cusub oo ku hadla { $language } labadiinnuba haa ayaad tiraahdeen. { $languages }
match-intro-newcomer = 🤝 Adiga iyo { $name } labadiinnuba haa ayaad tiraahdeen! { $languages }
match-intro-shared = Waxaad ku wada hadli kartaan { $language }.
match-intro-no-shared = Weli ma lihidin luqad aad wadaagtaan: af-Noorweeji fudud, calaamadaha jidhka iyo app turjumaad ayaa wax badan tara.
match-intro-reach = Sidan ayaad qofka kale ku gaari kartaa:
match-intro-place = Meel fiican oo kulanka koowaad lagu qaban karo: { $place }.
match-intro-next = Dir fariin gaaban, kadibna waqti ku heshiiya. Laba toddobaad kadib labadiinnaba waan idinla soo xiriiri doonnaa. Haddii ay dhib jirto, qor /mentor, ama /fadder haddii aad adigu tahay hagaha.
match-withdrawn-newcomer = { $name } mar dambe hage kuuma noqon karo. Weli liiska ayaad ku jirtaa, waxaanan raadinaynaa hage kale.
match-withdrawn-mentor = Qofkii cusbaa ee laguu soo jeediyay wuxuu ka baxay liiska dadka hage sugaya. Mahadsanid waqtigaaga – waxaa laguu heli karaa qof kale.

## Sababaha soo-jeedinta

mentor-reason-language = labaduba waxay ku hadlaan { $language }
mentor-reason-bridge = luqadaha { $name } waxaa sidoo kale ku jira af-Noorweeji
mentor-reason-interests = labaduba waxay jecel yihiin { $interests }
mentor-reason-help = { $name } waxaa laga heli karaa caawin: { $helps }
mentor-reason-children = labaduba carruur bay leeyihiin
mentor-reason-age = da' ahaan way isu dhow yihiin
mentor-reason-waited = waqtiga sugitaanka: { $count ->
        [one] hal toddobaad
       *[other] { $count } toddobaad
    }

## Shaqaalaha: nidaamka hageyaasha

staff-mentors = 🤝 Hageyaasha
mentor-staff-not-allowed = Nidaamka hageyaasha waxaa maamuli kara isku-duwayaasha iyo isku-duwayaasha hageyaasha oo keliya.
mentor-staff-pick = Nidaamka hageyaasha ee degmadee?
mentor-staff-menu = 🤝 Hageyaasha degmada { $municipality }
mentor-staff-pool =
    🤝 Hageyaasha degmada { $municipality }
    Sugaya hage: { $waiting } (ugu dheer: { $weeks ->
        [one] hal toddobaad
       *[other] { $weeks } toddobaad
    })
    Hageyaal: { $approved } la oggolaaday (boosaska bannaan: { $free }) · { $paused } la hakiyay
    Sugaya oggolaansho: { $vetting }
    Isku-xirid: { $active } socda · { $asking } jawaab sugaya · { $proposed } soo-jeedin oo adiga kuu yaal
mentor-staff-vetting = 📝 Sugaya oggolaansho
mentor-staff-mentors = 👥 Hageyaasha
mentor-staff-propose = 🔄 Soo jeedi isku-xirid
mentor-staff-proposals = 📋 Soo-jeedinnada
mentor-staff-matches = 🤝 Isku-xiridda
mentor-staff-vetting-list = Diiwaangelinnada sugaya oggolaansho:
mentor-staff-mentors-list = Hageyaasha degmada:
mentor-staff-none = Weli qofna halkan kuma jiro.
mentor-staff-card =
    { $name } – { $status }
    La diiwaangeliyay { $since } · isku-xirid hadda: { $engaged }
mentor-staff-card-reason = Sababta: { $reason }
mentor-staff-checklist = Tallaabooyinka oggolaanshaha (taabo si aad u calaamadeyso):
mentor-staff-optional = { $step } (loogu talagalay qoysaska carruurta leh)
vetting-interview = Wada-hadal waa la qabtay
vetting-confidentiality = Ballanqaadka sir-haynta waa la saxiixay
vetting-training = Hordhac waa la siiyay
vetting-police = Politiattest waa la arkay (lama kaydiyo)
mentor-staff-approve = ✅ Oggolow
mentor-staff-pause = ⏸ Hakad
mentor-staff-end = ⛔ Jooji
mentor-staff-missing-steps = Weli lama dhammaystirin: { $steps }.
mentor-staff-approved = Waa la oggolaaday. Hagaha waa la ogeysiiyay.
mentor-staff-reason-pause = Maxaa hagahan loo hakinayaa? Qor sabab gaaban (ugu badnaan { $max } xaraf). Hagahu wuu arkayaa.
mentor-staff-reason-end = Maxaad u joojinaysaa diiwaangelinta hagahan? Qor sabab gaaban (ugu badnaan { $max } xaraf). Hagahu wuu arkayaa.
mentor-staff-status-changed = Waa la sameeyay. Hagaha waa la ogeysiiyay.
mentor-staff-proposed = Liiska oo dhan waa la eegay: { $count } soo-jeedin ({ $waiting } sugaya, boosaska bannaan: { $free }).
mentor-staff-proposals-list = Soo-jeedinnada – taabo mid si aad u aragto sababta oo aad u xaqiijiso:
mentor-staff-no-proposals = Ma jiraan soo-jeedinno. Taabo “Soo jeedi isku-xirid” marka ay jiraan dad cusub oo sugaya iyo hageyaal la oggolaaday oo boos bannaan leh.
mentor-staff-proposal =
    Soo-jeedin: { $mentor } ↔ qof cusub oo ku hadla { $language }
    Sababta: { $why }
    Dhibcaha: { $score } · { $status }
mentor-staff-confirm = ✅ Xaqiiji – weydii hagaha
mentor-staff-skip = Ka gudub
mentor-staff-mentor-card = 👤 Hagaha
mentor-staff-confirmed = Waa la xaqiijiyay. { $mentor } ayaa marka hore la weydiin doonaa, kadib qofka cusub.
mentor-staff-skipped = Waa laga gudbay.
mentor-staff-proposal-gone = Soo-jeedintaas hadda ma furna (qof kale ayaa xaqiijiyay ama ka gudbay, ama waa la celiyay).
mentor-staff-mentor-unavailable = { $mentor } hadda boos bannaan ma leh, ama mar dambe ma aha hage la oggolaaday. Mar kale soo jeedi isku-xirid.
mentor-staff-newcomer-unavailable = Qofkaas cusub horay ayuu u leeyahay isku-xirid jawaab sugaya, ama liiska ayuu ka baxay. Mar kale soo jeedi isku-xirid.
mentor-staff-matches-list = Isku-xiridda:
mentor-staff-no-matches = Weli isku-xirid ma jiro.
mentor-staff-match-line = • { $mentor } ↔ { $language }: { $status } laga bilaabo { $since }, { $met ->
        [yes] way kulmeen
       *[no] weli ma kulmin
    }, la-socod { $checkins }/4
match-status-proposed = la soo jeediyay
match-status-asking-mentor = hagaha ayaa la weydiinayaa
match-status-asking-newcomer = qofka cusub ayaa la weydiinayaa
match-status-active = socda
match-status-skipped = laga gudbay
match-status-declined = la diiday
match-status-withdrawn = la celiyay
match-status-ended = dhammaaday
match-staff-declined = 🤝 { $side }: jawaabtu waa maya – isku-xiridda { $mentor } ↔ qof cusub oo ku hadla { $language } ma dhicin. Labaduba weli liisaska ayay ku jiraan; mar kale soo jeedi isku-xirid.
match-staff-started = 🤝 Isku-xirid cusub: { $mentor } ↔ qof cusub oo ku hadla { $language }. Labaduba haa ayay yiraahdeen, waxayna heleen xiriirka midba midka kale.
match-side-mentor = Hagaha
match-side-newcomer = Qofka cusub
match-side-staff = Degmada
fadder-place-which = Xaggee ka timid? Qor dal ama magaalo.

## Nolosha isku-xiridda

match-the-newcomer = qofka cusub ee ku hadla { $language }
match-checkin = 🤝 Sidee bay wax idiinku socdaan, adiga iyo { $other }? Jawaab gaaban ayaa naga caawinaysa inaan idin caawinno.
match-checkin-last =
    🤝 Muddadii { $months } bilood ahayd ee adiga iyo { $other } aad ku heshiiseen way dhammaatay. Waad ku mahadsan tihiin waqtigii aad is siiseen!

    Sidee bay ahayd – ma rabtaan inaad sii wadataan?
match-going-well = 👍 Waan kulannay, way fiican tahay
match-not-met = ⏳ Weli ma aannu kulmin
match-problem = ⚠️ Wax baa khaldan
match-end = Jooji isku-xiridda
match-go-on = 👍 Way fiicnayd – waan sii wadaynaa
match-finish = 🙏 Way fiicnayd – waan dhammaynaynaa
match-thanks-good = Waa war wanaagsan! 🤝
match-thanks-not-yet = Mahadsanid inaad noo sheegtay. Dir fariin gaaban oo soo jeedi waqti – socod ama koob qaxwe ah ayaa ku filan. Haddii aydaan is gaari karin, taabo “Wax baa khaldan”.
match-thanks-go-on = Aad u fiican! 🤝 Sidii hore ayaad u sii wadaysaan; degmadu way idiin diyaar tahay haddii aad u baahataan.
match-problem-prompt = Erayo kooban ku qor waxa khaldan (ugu badnaan { $max } xaraf). Qof ka tirsan degmada ayaa akhrinaya, halkanna kaaga jawaabi doona. Qofka kale ma arko.
match-not-running = Isku-xiriddan mar dambe ma socoto.
match-end-prompt = Maxaad u rabtaa inaad joojiso isku-xiridda? Qofka kale si naxariis leh ayaa loogu sheegayaa, sababta la'aanteed.
match-end-no-time = Hadda waqti ma hayo
match-end-moved = Waan guurayaa
match-end-not-a-fit = Ma aannu isku habboonayn
match-end-completed = Muddadii lagu heshiiyay way dhammaatay
match-end-other = Wax kale
match-ended-by-newcomer = Isku-xiriddii way dhammaatay. Mahadsanid inaad isku dayday. Mar kale waxaad ku jirtaa liiska dadka hage sugaya; haddii aadan hage rabin, /mentor ku qor si aad liiska uga baxdo.
match-ended-by-mentor = Isku-xiriddii way dhammaatay. Mahadsanid waqtigii aad bixisay. Waxaa laguu heli karaa qof kale markaad diyaar noqoto.
match-completed-thanks = Mahadsanid! 🙏 Isku-xiriddii way dhammaatay sidii lagu heshiiyay.
match-ended-newcomer = { $name } mar dambe hagahaaga ma noqon karo. Mararka qaarkood sidan ayay noqotaa, cidna eed kuma laha. Mar kale waxaad ku jirtaa liiska, waxaanan kuu raadinaynaa hage cusub.
match-ended-mentor = Qofka cusub ee ku hadla { $language } wuxuu joojiyay isku-xiridda. Mararka qaarkood sidan ayay noqotaa, cidna eed kuma laha. Mahadsanid waqtigii aad bixisay – waxaa laguu heli karaa qof kale.
match-completed-other = 🙏 Isku-xiriddiinnii way dhammaatay sidii lagu heshiiyay. Waad ku mahadsan tihiin waqtigii aad is siiseen!
match-mine-button = 🤝 Isku-xiriddayda
match-mine = Isku-xiriddaada hadda:
match-mine-none = Hadda ma lihid isku-xirid socota.
match-mine-line = • { $other }, laga bilaabo { $since }
match-end-with = Jooji isku-xiridda: { $other }
match-staff-quiet = 🤝 { $mentor } ↔ qof cusub oo ku hadla { $language }: midkoodna ma sheegin inay kulmeen, { $count ->
        [one] hal toddobaad
       *[other] { $count } toddobaad
    } kadib markii ay heleen xiriirka midba midka kale. Waxaa fiican in lala xiriiro.
match-staff-ended = 🤝 Isku-xiridda { $mentor } ↔ qof cusub oo ku hadla { $language } way dhammaatay. Waxaa joojiyay: { $side }. Sababta: { $reason }.
match-staff-problem-who = ⚠️ Isku-xirid hage: { $mentor } ↔ qof cusub oo ku hadla { $language }, waxaa soo sheegay: { $side }
delete-done-fadder = diiwaangelintaada hage ahaan (dadka cusub ee aad hage u ahayd waa la ogeysiiyay)
delete-done-mentor-wish = booskaaga liiska dadka hage sugaya

## Warqadda, rabitaanka iyo /mydata

letter-mentor-button = 🤝 Waxa aan hage ka rabo
mentor-wish-privacy = Waxa aad halkan doorato waxaa lagu kaydiyaa boggaaga shakhsiga; isku-duwayaasha hageyaasha ee degmada ayaa arka si ay kuu helaan hage kugu habboon. /mydata ayaa ku tusaya, “Ka bax liiska sugitaanka” ama /delete ayaana tirtiraya.
mydata-mentor-wish = Waxaad ku jirtaa liiska dadka hage sugaya laga bilaabo { $since }. Waxaad rabtay: { $hopes }

## Shaqaalaha: ogeysiisyada iyo munaasabadaha hageyaasha

announce-reach-button = 👥 Loogu talagalay: { $value }
reach-newcomers = dadka cusub
reach-both = dadka cusub iyo hageyaasha
reach-mentors = hageyaasha oo keliya
mentor-staff-weekly = 🤝 Soo-jeedinnada isku-xiridda ee toddobaadkan, degmada { $municipality }: { $count ->
        [one] hal soo-jeedin ayaa sugaysa
       *[other] { $count } soo-jeedin ayaa sugaya
    } inaad xaqiijiso ama ka gudubto.

## Wax dheeraad ah oo ku saabsan nolosha isku-xiridda

match-back-on-list = Mar kale waxaad ku jirtaa liiska dadka hage sugaya, si laguu helo hage cusub. Haddii aadan hage rabin, /mentor ku qor si aad liiska uga baxdo.
match-newcomer-declined = Qofka cusub ee ku hadla { $language } markan wuxuu yiri “maya, mahadsanid”. Cidna eed kuma laha: waxaa laguu heli karaa qof kale.
match-contact-prompt-newcomer = Sidee buu hagahaagu kuu gaari karaa? Magacee buu kugu yeeraa? Taabo badhanka si aad u wadaagto bogga Telegram-kaaga, ama qor magacaaga koowaad iyo lambar telefoon ama cinwaan e-mail (ugu badnaan { $max } xaraf). Waxaa la wadaagaa oo keliya marka aad labadiinnuba haa tiraahdaan.
