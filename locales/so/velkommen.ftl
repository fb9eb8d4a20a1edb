# velkommen — Soomaali (Af-Soomaali).
# Isla furayaasha luqadda tixraaca (nb). Qoraal fudud oo diiran,
# jumlado gaagaaban: dad badan ayaa akhriya iyagoo daallan oo dal cusub jooga.

language-name = Soomaali

## Guud

error-generic = Waan ka xunnahay, cillad ayaa dhinaceenna ka dhacday. Fadlan mar kale isku day wax yar kadib – wixii aad kaydisay ma lumin.
stale-button = Badhankaas hadda ma shaqeeyo. Waa kuwan waxaad hadda samayn karto:
state-recovered = Waan ka xumahay, waan ilaaway halkii aan ka maraynay wada-hadalkeenna. Jawaabahaagu way kaydsan yihiin – aan halkan ka sii wadno.
use-the-buttons = Fadlan taabo mid ka mid ah badhamada ka hooseeya fariinta, si aan u sii wadno.
unsupported-message = Waxaan akhrin karaa qoraal iyo badhamada la taabto oo keliya – ma akhrin karo sawirro, cod, istiikarro ama goobo.
edited-message = Ma akhriyo fariimaha la beddelay. Fadlan fariin cusub ii soo dir.
group-chat = Waxaan ku hadlaa wada-sheekaysi gaar ah oo keliya, si aan u ilaaliyo xogtaada gaarka ah. Taabo magacayga oo si toos ah ii soo qor.
unknown-command = Amarkaas ma aqaan. /help ayaa ku tusaya wax kasta oo aan qaban karo.
finish-first = Aan marka hore tan dhammaysanno:
needs-profile = Warqadda soo dhaweynta iyo jawaabahaaga waxay u baahan yihiin bog shakhsi. Taabo “Samee bog shakhsi” si aad u bilowdo.
button-back = ← Dib u noqo
button-menu = ☰ Liiska

## Bilow iyo luqad

start-hello = Salaan, oo ku soo dhawoow! Waxaan ahay adeegga soo dhaweynta ee dijitaalka ah ee degmada, oo loogu talagalay dadka halkan ku cusub.
start-hello-municipality = Salaan, oo ku soo dhawoow degmada { $municipality }! Waxaan ahay adeegga soo dhaweynta ee dijitaalka ah ee degmada, oo loogu talagalay dadka halkan ku cusub.
start-unknown-link = Ma garanayo linkiga aad isticmaashay. Fadlan degmadaada ka dooro liiska.
start-registered-elsewhere = Waxaad ku diiwaangashan tahay degmada { $municipality }. Linkiga aad isticmaashay wuxuu u yahay degmada { $linked }. Degmada waxaad ku beddeli kartaa /settings.
welcome-back = Ku soo dhawoow mar kale!
link-municipality-prompt = Degmadee baad ku nooshahay, mise degmadee baad u guuraysaa?
language-prompt = 🌐 Luqadda hadda: { $language }. Taabo luqadda aad rabto inaad isticmaasho:
language-changed = Hagaag, hadda Af-Soomaali ayaynu ku hadlaynaa.

## Xogta gaarka ah

privacy-notice =
    🔒 Xogta gaarka ah – si kooban

    Haddii aad oggolaato, waxaan kaydinnaa:
    • degmadaada iyo luqaddaada
    • sababta aad u timid: qaxooti ahaan, shaqo, qoys ama wax kale
    • inaad tahay muwaadin Waqooyiga Yurub, muwaadin EU/EØS ama dal kale (qaxootiga tan ma weydiinno)
    • bisha aad timid iyo cidda aad la nooshahay
    • inaad rabto hage (fadder) iyo in kale
    • lambarka wada-sheekaysigaaga, si aan kuugu jawaabno
    Weligeen ma weydiinno magacaaga, caafimaadkaaga, diintaada ama dukumentiyadaada.

    Sababta: si talooyinka iyo warqadda soo dhaweyntu kuugu habboonaadaan.
    Cidda aragta: dadka degmadaada ku soo dhaweeya dadka cusub oo keliya. Fariimuhu waxay maraan Telegram.

    /mydata waxay ku tusaysaa wax kasta oo aan kaa hayno. /delete wax walba way tirtirtaa, waqti kasta.
    Haddii aad diido, waxaan kaydinnaa luqaddaada iyo halka aad ka marayso wada-hadalka oo keliya.
privacy-question = Ma oggoshahay inaan kaydinno jawaabahaaga?
privacy-accept = Haa, waan oggolahay
privacy-decline = Maya, mahadsanid
privacy-thanks = Mahadsanid! Hadda waxaan ku weydiin doonaa dhowr su'aalood oo gaagaaban. Waxaad ku jawaabaysaa badhamada, jawaabahaagana mar dambe waad beddeli kartaa.
privacy-declined = Waa hagaag. Wax xog ah oo kugu saabsan ma aannu kaydin, marka laga reebo luqaddaada iyo halka aad ka marayso wada-hadalkan. Waad akhrin kartaa macluumaadka degmooyinka. Mar dambe waad oggolaan kartaa adigoo adeegsanaya /privacy.
privacy-consented = Waxaad tan oggolaatay { $date }. Waad ka noqon kartaa oggolaanshaha, wax walbana waxaad ku tirtiri kartaa /delete.

## Su'aalaha

municipality-prompt = Degmadee baad ku nooshahay, mise degmadee baad u guuraysaa?
category-prompt = Kee ayaa kuugu habboon? Jawaabtaadu waxay go'aamisaa tallaabooyinka ugu horreeya ee aan ku tusayno.
category-refugee = Waxaan ahay qaxooti
category-labour = Waxaan u imid shaqo
category-family = Waxaan u imid qoyskayga
category-other = Wax kale
arrival-prompt = Goorma ayaad timid degmada { $municipality }?
arrival-month = { $month } { $year }
arrival-not-yet = Weli ma iman
arrival-earlier = Hal sano in ka badan ka hor
household-prompt = Yaad halkan la nooshahay?
household-alone = Keligay ayaan noolahay
household-partner = Lammaane, carruur la'aan
household-children = Carruur ayaan la noolahay
mentor-prompt =
    Dad badan oo halkan u soo guuray waxay sheegaan in barashada hal qof oo Noorweeji ah ay wax weyn u tartay.

    Hage (fadder) waa qof mutadawac ah oo degmadan ku nool – mararka qaarkood qof isagu halkan u soo guuray dhowr sano ka hor. Hagahu wuxuu kula cabbi karaa koob qaxwe ah, wuu kuu tusi karaa agagaarka, wuxuuna kaaga jawaabi karaa su'aalaha yaryar ee nolol maalmeedka.

    Haddii aad haa tiraahdo, waxaa lagu darayaa liiska dadka hage sugaya. Degmadu waxay raadinaysaa hage kugu habboon, waxayna ku weydiinaysaa ka hor inta aan hagaha loo sheegin cidda aad tahay.

    Ma rabtaa hage?
mentor-yes = Haa, waan rabaa
mentor-no = Maya mahadsanid, hadda ma aha
mentor-value-yes = waan rabaa
mentor-value-no = hadda ma aha
profile-done = Mahadsanid jawaabahaaga! Waa tan warqaddaada soo dhaweynta.

## Bilaha

month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luulyo
month-8 = Agoosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Desembar
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Abr
month-short-5 = Maj
month-short-6 = Jun
month-short-7 = Lul
month-short-8 = Ago
month-short-9 = Seb
month-short-10 = Okt
month-short-11 = Nof
month-short-12 = Des

## Maalmaha toddobaadka

weekday-short-mon = Isn
weekday-short-tue = Tal
weekday-short-wed = Arb
weekday-short-thu = Kha
weekday-short-fri = Jim
weekday-short-sat = Sab
weekday-short-sun = Axd

## Liiska

menu-title = Maxaad rabtaa inaad samayso?
guest-title = Bog shakhsi kuma lihid halkan, sidaas darteed xog kugu saabsan ma kaydinno. Waa kuwan waxaad samayn karto:
menu-letter = 📨 Warqadda soo dhaweynta
menu-info = 🏘 Xiriirro iyo meelo kulan
menu-settings = ⚙️ Jawaabahayga
menu-language = 🌐 Luqadda
menu-mydata = 🔎 Xogtayda
menu-privacy = 🔒 Xogta gaarka ah
menu-delete = 🗑 Tirtir wax walba
menu-help = ❓ Caawimaad
menu-signup = ✅ Samee bog shakhsi
info-prompt = Degmadee ayaad rabtaa inaad wax ka akhrido?
help-text =
    Waxyaabahan ayaad ii qori kartaa:
    /menu – liiska weyn
    /letter – warqaddaada soo dhaweynta
    /info – xiriirro iyo meelo kulan
    /guide – tilmaamo: aqoonsi, canshuur, bangi, NAV, dhakhtar, dugsi, af-Noorweeji, shaqo
    /housing – kiraysi iyo iibsasho guri
    /checklist – liiska hawlahaaga
    /events – waxa ka socda degmada
    /ask – weydii shaqaale ka tirsan degmada
    /skills – waxa aad qaban karto, haddii aad rabto inaad noo sheegto
    /settings – arag oo beddel jawaabahaaga
    /language – beddel luqadda
    /privacy – waxa aan kaydinno iyo sababta
    /mydata – wax kasta oo aan kaa kaydinnay
    /delete – tirtir wax kasta oo kugu saabsan
    /start – dib u bilow
    Waxaad sidoo kale su'aal ku qori kartaa erayadaada, tusaale ahaan “skattekort” ama “dhakhtar”, markaas waxaan kuu helayaa mawduucyo ku habboon. Waxaad kaloo taaban kartaa badhamada ka hooseeya fariimaha.

## Habaynta iyo xogtayda

settings-title = Kuwani waa jawaabahaaga. Taabo midka aad rabto inaad beddesho:
settings-saved = Waa la kaydiyay.
profile-row = { $label }: { $value }
field-municipality = Degmada
field-category = Cidda aad tahay
field-arrival = Goorta aad timid
field-household = Cidda aad la nooshahay
field-mentor = Hage
field-language = Luqadda
field-chat = Wada-sheekaysi
field-consent = Oggolaansho la bixiyay
field-pending = Fariimo sugaya
value-unanswered = lama jawaabin
mydata-title = 🔎 Waa tan xogta aan kaydinnay ee kugu saabsan:
mydata-no-profile = Bog shakhsi ma lihid, sidaas darteed jawaabo kaama hayno. Waxaan xusuusannahay luqaddaada iyo halka aad ka marayso wada-hadalkan oo keliya.
mydata-footer = Jawaabahaaga waxaad ku beddeli kartaa /settings, wax walbana waxaad ku tirtiri kartaa /delete.

## Tirtirid

delete-confirm = Ma rabtaa inaad tirtirto wax kasta oo aan kaydinnay oo kugu saabsan? Taas waxaa ku jira boggaaga shakhsiga, jawaabahaaga iyo fariimaha sugaya in la diro. Tan lagama noqon karo.
delete-yes = Haa, tirtir wax walba
delete-no = Maya, ha tirtirin
delete-cancelled = Hagaag, waxba lama tirtirin.
delete-nothing = Wax xog ah oo kugu saabsan ma aannu hayn.
delete-done = Waa la dhammeeyay. Kuwan waa la tirtiray:
delete-done-profile = boggaaga shakhsiga: degmada, jawaabaha iyo oggolaanshaha
delete-done-conversation = wada-hadalka: luqaddaada iyo halkii aad ka marayday
delete-done-pending =
    { $count ->
        [one] hal fariin oo aan weli la dirin
       *[other] { $count } fariimood oo aan weli la dirin
    }
delete-done-footer = Hadda wax xog ah oo kugu saabsan ma hayno. Qor /start haddii aad rabto inaad dib u bilowdo.

## Warqadda soo dhaweynta

letter-greeting-refugee = Ku soo dhawoow degmada { $municipality }! Keligaa jidka ma raadin doontid: adeegga qaxootiga ayaa kula socon doona sannadaha ugu horreeya.
letter-greeting-labour = Ku soo dhawoow degmada { $municipality }! Dad badan oo shaqo u yimaada waa inay iyagu jidka raadsadaan. Halkan waxaa isugu yimid waxyaabaha ugu muhiimsan.
letter-greeting-family = Ku soo dhawoow degmada { $municipality }! Waa kuwan waxyaabaha ugu muhiimsan adiga iyo qoyskaaga.
letter-greeting-other = Ku soo dhawoow degmada { $municipality }! Waa kuwan waxyaabaha ugu muhiimsan si aad si wanaagsan u bilowdo.
letter-population = Maanta waxaynu nahay { $count } qof oo degmada { $municipality } deggan. Shalay waxaynu ahayn { $yesterday }. Waad noo muhiim tahay.
letter-mentor-wish = Waxaad ku jirtaa liiska dadka hage (fadder) sugaya. Taabo badhanka hoose si aad noo sheegto waxa aad jeclaan lahayd in lagaa caawiyo.
letter-steps-title = Saddexda tallaabo ee ugu horreeya:
letter-step = { $number }. { $text }
step-refugee-service = La kulan adeegga qaxootiga (flyktningtjenesten). Waxaad heli doontaa qof kula xiriira iyo qorshe barnaamijka hordhaca ah.
step-norwegian-refugee = Bilow af-Noorweejiga. Qaxooti ahaan, waxaad xaq iyo waajib u leedahay inaad bilaash u barato af-Noorweejiga iyo aqoonta bulshada.
step-doctor = Ka hel fastlege (dhakhtar qoys) helsenorge.no. Legevakt (dhakhtarka degdegga): 116 117. Gurmad: 113 ambalaas, 112 booliska, 110 dab-demis.
step-id-check = Ballan u qabso hubinta aqoonsiga ee Skatteetaten (Hay'adda Canshuuraha). Halkaas waxaad ku helaysaa D-nummer ama fødselsnummer (lambarka aqoonsiga).
step-tax-card = Codso skattekort (kaarka canshuurta) ka hor intaadan shaqo bilaabin. Kildeskatt (canshuurta isha laga jaro) waxay mushaharka ka jartaa boqolley go'an.
step-bank = Fur xisaab bangi oo hel BankID. Bangigu wuxuu u baahan yahay D-nummer ama fødselsnummer.
step-norwegian-rights = Ogow inaad xaq u leedahay barashada af-Noorweejiga oo bilaash ah. Waxay ku xiran tahay sababta aad u timid.
step-service-centre = La xiriir xarunta adeegga (servicetorget) ee degmada. Waxay kaa caawinayaan inaad hesho xafiiska saxda ah.
letter-children = 👨‍👩‍👧 Carruurtu waxay xaq u leeyihiin barnehage (xannaanada carruurta) marka ay hal jir gaaraan, iyo dugsi laga bilaabo sannadka ay lix jir noqdaan. Barnehage waxaa inta badan la codsadaa ugu dambayn 1da Maarso.
letter-footer = Taabo tallaabo si aad wax badan uga akhrido. Xiriirrada iyo meelaha kulanka waa badhamada hoose, warqaddanna mar kale waxaad ka heli kartaa /letter.
source-line = 🔗 { $link } (la hubiyay { $date })
unconfirmed = Tusaale – degmadu weli ma xaqiijin.
contacts-title = 📇 Xiriirrada degmada { $municipality }
meeting-places-title = ☕ Meelaha kulanka ee degmada { $municipality }

## Xafiisyada iyo meelaha kulanka

office-service-centre = xarunta adeegga (servicetorget)
office-refugee-service = adeegga qaxootiga (flyktningtjenesten)
office-adult-education = waxbarashada dadka waaweyn (voksenopplæringen)
office-nav = NAV (shaqada iyo daryeelka bulshada)
office-tax-office = Hay'adda Canshuuraha, hubinta aqoonsiga
office-police = booliska
office-volunteer-centre = xarunta mutadawiciinta (frivilligsentralen)
office-library = maktabadda
place-library = maktabad
place-language-cafe = kafeega luqadda
place-sports = isboorti
place-choir = kooxda heesaha (kor)
place-volunteering = shaqo mutadawacnimo
place-gear-loan = amaahda qalabka oo bilaash ah
place-clubs = kooxo iyo ururro
place-culture = dhaqan

## Amarrada (liiska Telegram)

command-start = Dib u bilow
command-menu = Liiska weyn
command-letter = Warqaddaada soo dhaweynta
command-info = Xiriirro iyo meelo kulan
command-settings = Arag oo beddel jawaabahaaga
command-language = Beddel luqadda
command-privacy = Waxa aan kaydinno iyo sababta
command-mydata = Wax kasta oo aan kaydinnay oo kugu saabsan
command-delete = Tirtir wax kasta oo kugu saabsan
command-help = Caawimaad

## Shaqaalaha

role-coordinator = isku-duwaha
role-announcer = ogeysiisyada
role-mentor-coordinator = isku-duwaha hageyaasha
staff-code-malformed = Taasi uma eka koodh martiqaad. Koodhku wuxuu leeyahay laba iyo toban calaamadood (xarfo iyo tirooyin), tusaale ahaan /staff K7QF-2M9X-4TPA.
staff-code-unknown = Koodhkaas ma aqaan. Hubi inaad si sax ah u qortay, ama codso mid cusub.
staff-code-expired = Koodhkaas waqtigiisii wuu dhammaaday. Qofkii ku martiqaaday ka codso mid cusub.
staff-code-used = Koodhkaas horay ayaa loo isticmaalay. Koodh kasta hal mar oo keliya ayuu shaqeeyaa.
staff-welcome = Ku soo dhawoow! Hadda waxaad ku diiwaangashan tahay shaqaale ka tirsan { $municipality } ({ $role }). Qor /staff si aad u gaarto qalabkaaga shaqada.
staff-group-bound = Kooxdan hadda waxay helaysaa wargelinnada { $municipality } ({ $role }).
staff-not-member = Kuma diiwaangashanid shaqaale ahaan. Haddii aad haysato koodh martiqaad, qor /staff iyo koodhka.
staff-home-title = 👩‍💼 Waxaad u shaqaysaa:
staff-membership = • { $municipality } – { $role }
staff-new-announcement = 📣 Ogeysiis cusub
staff-reports = 📊 Warbixinnada gaarsiinta
delete-done-staff = doorkaaga shaqaale ahaan

## Ogeysiisyada

announce-pick-municipality = Degmadee ayuu ogeysiisku u socdaa?
announce-audience-title = 📣 Ogeysiis cusub oo loogu talagalay { $municipality }. Yaa heli doona? Taabo si aad wax u beddesho, kadibna taabo “Sii wad” marka aad ku qanacdo.
announce-everyone = dhammaan
announce-categories-button = Yaa: { $value }
announce-languages-button = Luqadaha: { $value }
announce-children-button = Qoysaska carruurta leh keliya
announce-arrival-button = Imaatinka: { $value }
announce-months =
    { $count ->
        [one] bishii u dambeysay
       *[other] muddada { $count } bilood ee u dambeysay
    }
announce-continue = Sii wad →
announce-cancel = ✖ Ka noqo
announce-cancelled = Waa laga noqday. Waxba lama dirin.
announce-categories-prompt = Yaa heli doona ogeysiiska? Haddii aadan midna dooran, waa qof walba.
announce-languages-prompt = Luqadee? Haddii aadan midna dooran, waa dhammaan luqadaha.
announce-text-prompt = Ogeysiiska ku qor luqadda { $language }, oo u dir hal fariin ahaan (ugu badnaan { $max } xaraf). Qof walba wuu heli doonaa – luqaddiisa, haddii aad ku darto turjumaad.
announce-translation-prompt = Qoraalka ku qor luqadda { $language }, oo u dir hal fariin ahaan (ugu badnaan { $max } xaraf).
announce-text-empty = Fariintu way madhnayd. Qor qoraalka oo soo dir.
announce-text-too-long = Qoraalku waa { $length } xaraf; xadku waa { $max }. Soo gaabi oo mar kale soo dir.
announce-translations-prompt = Ma rabtaa inaad ku darto turjumaado? Qofkii luqaddiisu maqan tahay wuxuu helayaa Ingiriisiga haddii aad qortay, haddii kale Noorweejiga bokmål (akhristayaasha nynorsk waxay helayaan bokmål). Qofna lagama reebo.
announce-urgency-prompt = Ma arrin degdeg ah baa? Fariimaha caadiga ah lama diro inta u dhexeysa 21:00 iyo 08:00.
announce-normal = Caadi – habeenkii lama diro
announce-urgent = Degdeg – xitaa habeenkii
announce-schedule-prompt = Goorma ayaa la dirayaa?
announce-now = Hadda
announce-at = Waqti go'an
announce-repeat = 🔁 Soo noqnoqda
announce-at-prompt = Qor taariikhda iyo saacadda, waqtiga Noorweey, tusaale ahaan “{ $example }”, “i morgen kl. 18” (berri saacadda 18:00) ama “tirsdag 18:30” (Talaado 18:30). Ku qor af-Noorweeji ama Ingiriisi.
announce-repeat-prompt = Goorma ayaa la dirayaa marka ugu horreysa? Qor tusaale ahaan “{ $example }” ama “tirsdag kl. 18” (Talaado saacadda 18:00) – kadibna waxaad dooranaysaa sida loogu celcelinayo. Waxaad sidoo kale mar keliya qori kartaa sida ay u soo noqnoqoto: “hver tirsdag kl. 18” (Talaado kasta saacadda 18:00). Ku qor af-Noorweeji ama Ingiriisi.
announce-preview-title = 👀 Eegid hore – { $municipality }
announce-preview-audience = Yaa: { $categories } · Luqadaha: { $languages } · Imaatinka: { $arrival }
announce-preview-reach =
    { $count ->
        [one] Wuxuu gaarayaa hal qof:
       *[other] Wuxuu gaarayaa { $count } qof:
    }
announce-preview-language = { $language }: { $count }
announce-preview-fallback = { $language }: { $count } (waxay qoraalka ku helayaan { $fallback })
announce-preview-nobody = Weli qofna uma dhigmo xulashadan. Beddel cidda heli doonta.
announce-preview-normal = Caadi (lama diro inta u dhexeysa 21:00 iyo 08:00)
announce-preview-urgent = Degdeg (habeenkiina waa la diraa)
announce-preview-now = Hadda ayaa la dirayaa.
announce-preview-at = Waxaa la dirayaa { $when }.
announce-preview-repeat = Waxaa si joogto ah loo dirayaa { $rule }. Waqtiyada xiga: { $upcoming }.
announce-send =
    { $count ->
        [one] ✅ U dir hal qof
       *[other] ✅ U dir { $count } qof
    }
announce-edit-text = ✏️ Beddel qoraalka
announce-edit-audience = 👥 Beddel qaatayaasha
announce-queued =
    { $count ->
        [0] Wax fariin ah lama gelin safka.
        [one] Hal fariin ayaa safka la geliyay. Waxaad heli doontaa warbixin gaarsiin marka la diro.
       *[other] { $count } fariimood ayaa safka la geliyay. Waxaad heli doontaa warbixin gaarsiin marka la diro.
    }
announce-scheduled = Waa la qorsheeyay. Dirista koowaad: { $when }. Waxaad heli doontaa warbixin gaarsiin dirid kasta kadib.
announce-reports-title = 📊 Ogeysiisyadii ugu dambeeyay:
announce-reports-none = Weli ogeysiis ma jiro.
announce-report-line = { $title } – { $municipality }: la diray { $sent }, sugaya { $waiting }, la xannibay { $blocked }, fashilmay { $failed }. { $when }
announce-report-next = Dirista xigta: { $when }.
announce-report-done = Waa dhammaaday.
announce-report-stopped = Waa la joojiyay.
announce-report = 📊 Warbixinta gaarsiinta ee { $title }: la diray { $sent }, la xannibay { $blocked }, fashilmay { $failed }, weli safka ku jira { $queued }.
announce-stop = ✖ Jooji #{ $id }
announce-stopped =
    { $count ->
        [one] { $title } waa la joojiyay. Hal fariin oo safka ku jirtay waa la celiyay.
       *[other] { $title } waa la joojiyay. { $count } fariimood oo safka ku jiray waa la celiyay.
    }

## Munaasabadaha meelaha kulanka
menu-events = 📅 Waxa socda
menu-ask = 💬 Weydii shaqaale
command-events = Waxa ka socda degmada
command-ask = Su'aal u dir shaqaale ka tirsan degmada
events-title = 📅 Waxa ka dhacaya degmada { $municipality } bisha soo socota:
events-none = Weli lama gelin munaasabado ka dhacaya degmada { $municipality } bisha soo socota. Sidoo kale eeg meelaha kulanka ee ku jira “Xiriirro iyo meelo kulan”.
events-remind-hint = Taabo 🔔 si laguu xasuusiyo saddex saacadood ka hor.
event-reminder = 🔔 Xusuusin: { $title }
event-reminder-set = Hagaag! Waxaad heli doontaa xusuusin ku saabsan “{ $title }” ({ $event }) marka ay tahay { $when }.
event-reminder-exists = Horay ayaad u haysataa xusuusin ku saabsan “{ $title }” ({ $event }).
event-has-started = Munaasabaddaas way bilaabatay ama way dhammaatay, sidaas darteed kuma xusuusin karo.
event-is-cancelled = Munaasabaddaas waa la baajiyay.
event-cancelled-notice = ❌ Waa la baajiyay: { $title }
event-changed-notice = ✏️ Waa la beddelay: { $title }. Xusuusintaadii waa la tirtiray – taabo 🔔 ee ku jira /events si aad u hesho mid cusub.
staff-events = 📅 Munaasabadaha
staff-events-title = 📅 Munaasabadaha soo socda:
staff-events-none = Ma jiraan munaasabado soo socda.
staff-new-event = ➕ Munaasabad cusub
event-edit = ✏️ Beddel #{ $id }
event-cancel = ✖ Baaji #{ $id }
event-cancel-confirm = Ma rabtaa inaad baajiso munaasabadda #{ $id }? Qof kasta oo codsaday xusuusin waa la ogeysiin doonaa.
event-cancel-yes = ✖ Haa, baaji
event-cancelled =
    { $count ->
        [0] “{ $title }” waa la baajiyay. Qofna ma codsan xusuusin.
        [one] “{ $title }” waa la baajiyay. Hal qof oo codsaday xusuusin ayaa la ogeysiin doonaa.
       *[other] “{ $title }” waa la baajiyay. { $count } qof oo codsaday xusuusin ayaa la ogeysiin doonaa.
    }
event-aborted = Munaasabadda lama kaydin.
event-title-prompt = Qor magaca munaasabadda, tusaale ahaan “Kafeega luqadda” (ugu badnaan { $max } xaraf).
event-place-prompt = Xaggee ayay ka dhacaysaa? Dooro meel kulan ama qor meel kale.
event-other-place = ✏️ Meel kale
event-place-text-prompt = Qor meesha, tusaale ahaan “Haram folkebibliotek, Brattvåg” (ugu badnaan { $max } xaraf).
event-start-prompt = Goorma ayay bilaabanaysaa (marka ugu horreysa)? Qor taariikhda iyo saacadda, tusaale ahaan “{ $example }”, “i morgen kl. 18” (berri saacadda 18:00) ama “tirsdag 18:30” (Talaado 18:30). Haddii ay si joogto ah u dhacdo, waxaad mar keliya qori kartaa sida ay u soo noqnoqoto: “hver tirsdag kl. 18” (Talaado kasta saacadda 18:00). Ku qor af-Noorweeji ama Ingiriisi.
event-recurrence-prompt = Ma dhacaysaa in ka badan hal mar?
event-once = Hal mar oo keliya
event-audience-prompt = Yaa loogu talagalay? Haddii aadan midna dooran, waxaa la tusi doonaa dhammaan dadka cusub ee degmada.
event-for = Loogu talagalay: { $who }
event-description-prompt = Qor sharaxaad kooban oo ku qoran luqadda { $language } (ugu badnaan { $max } xaraf).
event-descriptions-prompt = Sharaxaadda Noorweejiga bokmål waa la kaydiyay. Haddii aad awoodo, ku dar luqado kale. Qofkii luqaddiisu maqan tahay wuxuu helayaa sharaxaadda Ingiriisiga haddii ay jirto, haddii kale tan bokmål.
event-preview-languages = Sharaxaadda luqad kasta:
event-preview-fallback = { $language }: waxay helayaan { $fallback }
event-summary-title = 📅 { $title }
event-save = ✅ Kaydi
event-change-title = ✏️ Magaca
event-change-place = 📍 Meesha
event-change-time = 🕕 Waqtiga
event-change-audience = 👥 Yaa loogu talagalay
event-change-descriptions = 📝 Sharaxaadaha
event-saved = ✅ Munaasabadda waa la kaydiyay, waxayna ka muuqataa /events dadka loogu talagalay.
event-updated =
    { $count ->
        [0] ✅ Isbeddelka waa la kaydiyay.
        [one] ✅ Isbeddelka waa la kaydiyay. Hal qof oo codsaday xusuusin ayaa la ogeysiin doonaa.
       *[other] ✅ Isbeddelka waa la kaydiyay. { $count } qof oo codsaday xusuusin ayaa la ogeysiin doonaa.
    }
event-announce = 📣 Ogeysii munaasabadda
event-announce-started = Ogeysiiska waxaa lagu buuxiyay xogta munaasabadda, luqadaha lagu sharxay. Dooro qaatayaasha.

## Weydii shaqaale (kiisaska)
ask-prompt =
    Su'aashaada ku qor hal fariin, luqad kasta oo aad rabto (ugu badnaan { $max } xaraf).
    Waxay u socotaa shaqaalaha degmada { $municipality }. Waxay arkaan lambar kiis, luqaddaada iyo kooxda aad ka tirsan tahay – magacaaga ma arkaan. Jawaabta halkan ayaad ka heli doontaa.
ask-sent = ✅ Waxaa loo diray degmada { $municipality }. Lambarka kiiskaagu waa { $case }. Jawaabta halkan wada-sheekaysiga ayaad ka heli doontaa.
case-notification = ❓ Kiis cusub { $case } · { $who }
case-notification-more = ❓ Fariin kale – kiiska { $case } · { $who }
case-notification-footer = ↩️ Fariintan ka jawaab (reply) si aad u jawaabto, ama qor /reply { $case } iyo jawaabta. Kiiska ku xir /close { $case }.
case-answer = 💬 Jawaab ka timid degmada { $municipality } (kiiska { $case }):
case-answer-footer = Ma rabtaa inaad wax kale weydiiso? Taabo “Weydii shaqaale” ee ku jira /menu.
case-answer-sent = ✅ Jawaabta waa la diray (kiiska { $case }).
case-unknown = Ma helin kiis { $case } oo aad xaq u leedahay inaad aragto.
case-closed = Kiiska { $case } waa la xiray.
case-already-closed = Kiiska { $case } horay ayaa loo xiray.
case-reply-usage = Qor tusaale ahaan /reply S-7KQ4 Jawaabtaada, ama /close S-7KQ4.
case-close-button = ✔ Xir { $case }
cases-title = 💬 Kiisaska furan:
cases-line = { $case } · { $who } · sugaya { $hours } saac · { $messages ->
        [one] hal fariin
       *[other] { $messages } fariimood
    }
cases-none = Ma jiraan kiisas furan.
cases-hint = Ku jawaab adigoo ka jawaabaya fariinta kiiska, ama qor /reply KIIS qoraalka.
cases-not-allowed = Kiisaska waxaa arki kara isku-duweyaasha iyo kooxaha shaqaalaha oo keliya.
field-cases = Su'aalaha loo diray degmada
delete-done-cases =
    { $count ->
        [one] hal su'aal oo loo diray degmada, iyo jawaabaheeda
       *[other] { $count } su'aalood oo loo diray degmada, iyo jawaabahooda
    }

## Tilmaamaha, liiska hawlaha iyo su'aalaha la qoro
menu-guide = 📘 Tilmaamaha
menu-housing = 🏠 Guri
menu-checklist = ✅ Liiska hawlahayga
command-guide = Aqoonsi, canshuur, bangi, NAV, dhakhtar, dugsi, af-Noorweeji
command-housing = Kiraysi iyo iibsasho guri, depositum (lacag ammaano ah), bostøtte (kaalmada kharashka guriga)
command-checklist = Liiska hawlahaaga: waxaad samaysay iyo waxa haray
guide-title = 📘 Tilmaamaha: dooro mawduuc.
housing-title = 🏠 Guri: dooro mawduuc.
guide-steps = Sida loo sameeyo:
guide-bring = 🎒 Qaado:
guide-where = 📍 Degmada { $municipality }:
guide-unconfirmed = Qaar ka mid ah waxa halkan ku qoran weli lagama xaqiijin il rasmi ah. Weydii degmada ka hor intaadan ku kalsoonaan.
guide-previous = ◀ Kii hore
guide-next = Kan xiga ▶
checklist-title = ✅ Liiska hawlahaaga: waxaad dhammaysay { $done } ka mid ah { $total }
checklist-after = sugaya: { $steps }
checklist-hint = Taabo tallaabo si aad u akhrido sida loo sameeyo, oo aad u calaamadeyso.
checklist-mark-done = ✅ Waan sameeyay: { $step }
checklist-mark-skip = ➖ Ima khuseeyo
checklist-mark-open = ↩️ Weli ma samayn: { $step }
checklist-marked-done = Aad u fiican! “{ $step }” waa la calaamadeeyay.
checklist-marked-skipped = “{ $step }” waxaa loo calaamadeeyay inaanay ku khusayn.
checklist-marked-open = “{ $step }” mar kale ayuu liiska ku jiraa.
question-matches = Mawduucyadan ayaan helay. Mid ka mid ah ma yahay waxa aad raadinayso?
question-none-button = Midna ma aha
question-none = Waan ka xumahay, ma helin.
question-none-next = Waxaad eegi kartaa tilmaamaha, ama waxaad weydiin kartaa qof ka tirsan degmada.
question-no-match = Ma helin mawduuc ku habboon. Isku day erayo kale (tusaale ahaan “kaarka canshuurta” ama “dhakhtar”), ama isticmaal badhamada.
field-checklist = Liiska hawlaha
value-checklist = la dhammeeyay: { $done }, aan ku khusayn: { $skipped }
delete-done-checklist = horumarkaaga liiska hawlaha

## Xirfadaha iyo aqoonta (/skills)
menu-skills = 🧰 Waxa aan qaban karo
command-skills = Waxbarashadaada, shaqadaada, luqadahaaga iyo waxaad rabto
skills-consent =
    🧰 Dadka cusub intooda badan kama shaqeeyaan waxa ay u tababaran yihiin, qofna ma weydiiyo waxa qoysasku la yimaadaan. Halkan waxaad noogu sheegi kartaa waxbarashada iyo khibradda aad leedahay, luqadaha aad ku hadasho iyo waxa aad rabto.
    Wax walba waa ikhtiyaari. Waxaan kaydinnaa keliya haddii aad oggolaato, waxaad ku arkaysaa /mydata, waxaadna beddeli kartaa ama tirtiri kartaa waqti kasta. Isku-duweyaasha degmadu xogtan waxay arkaan oo keliya tiro ahaan, adiga iyo dad kale oo la isku daray (weligood koox ka yar 5 qof ma arkaan). Waxa aad adigu ka jawaabtay waxay arkaan oo keliya haddii aad taas oggolaato.
    Ma rabtaa inaad buuxiso?
skills-consent-yes = ✅ Haa, waan buuxinayaa
skills-consent-no = Maya, mahadsanid
skills-declined = Waa hagaag, waxba ma kaydinno. Mar kale waxaad ka heli kartaa “Waxa aan qaban karo” ee ku jira /menu.
skills-overview = Taabo waxa aad rabto inaad buuxiso ama beddesho. Wax walba waa ikhtiyaari.
skills-summary-title = 🧰 Waxa aan qaban karo:
skills-part-education = 🎓 Waxbarasho
skills-part-field = 🧭 Qaybta shaqada
skills-part-profession = 👷 Xirfadda
skills-part-experience = ⏳ Khibradda
skills-part-languages = 🗣 Luqadaha
skills-part-licence = 🚗 Liisanka darawalnimada
skills-part-wishes = 🎯 Waxa aan rabo
skills-shared = 👀 Waxaad oggolaatay in isku-duweyaasha degmadu arkaan waxa aad halkan ka jawaabtay, magacaaga la'aantiis, si ay u ogaadaan xirfadaha jira marka ay qorsheynayaan shaqooyin, koorsooyin iyo ansixinta waxbarashada.
skills-not-shared = 🔒 Degmadu xogtan waxay aragtaa oo keliya tiro ahaan, adiga iyo dad kale oo la isku daray, weligeedna koox ka yar 5 qof ma aragto.
skills-share-start = 👀 Degmadu ha aragto xogtan
skills-share-stop = 🔒 Degmadu yaanay arkin xogtan
skills-share-on = Waa la kaydiyay: isku-duweyaasha degmadu hadda waxay arki karaan waxa aad halkan ka jawaabtay, magacaaga la'aantiis.
skills-share-off = Waa la kaydiyay: hadda degmadu xogtan waxay aragtaa oo keliya tiro ahaan, adiga iyo dad kale oo la isku daray.
skills-clear = 🗑 Tirtir xogtan
skills-finish = ✅ Waan dhammeeyay
skills-cleared = Wixii aad ku buuxisay “Waxa aan qaban karo” waa la tirtiray.
skills-thanks = Mahadsanid! Waqti kasta waad ku beddeli kartaa “Waxa aan qaban karo”.
skills-education-prompt = Waa maxay waxbarashada ugu sarreysa ee aad dhammaysay?
skills-field-prompt = Qaybtee ayaad waxbarasho ama khibrad ku leedahay?
skills-profession-prompt = Xirfaddaada ku qor dhowr eray, tusaale ahaan “kalkaaliso” ama “alxamle” (ugu badnaan { $max } xaraf).
skills-profession-invalid = Xirfaddaada ku qor dhowr eray, ugu badnaan { $max } xaraf.
skills-experience-prompt = Immisa sano oo khibrad ah ayaad arrintan ku leedahay?
skills-languages-prompt = Luqadee ayaad ku hadashaa? Taabo dhammaan kuwa kugu habboon.
skills-licence-prompt = Ma haysataa liisanka darawalnimada?
skills-wishes-prompt = Maxaad rabtaa? Taabo dhammaan kuwa kugu habboon.
skills-edu-none = Dugsi ma dhammaysan
skills-edu-primary = Dugsi hoose iyo dhexe
skills-edu-secondary = Dugsi sare
skills-edu-vocational = Tababar ama shahaado xirfadeed
skills-edu-bachelor = Jaamacad (shahaadada koowaad)
skills-edu-master = Master ama ka sarreeya
skills-field-health = Caafimaad
skills-field-teaching = Waxbarid
skills-field-technical = Farsamo iyo warshado
skills-field-building = Dhismo iyo kaabayaal
skills-field-transport = Gaadiid iyo bakhaar
skills-field-farming = Beeraha iyo kalluumaysiga
skills-field-food = Cunto, hudheel iyo maqaayad
skills-field-office = Xafiis iyo maaliyad
skills-field-it = IT iyo kombiyuutar
skills-field-service = Nadiifin iyo adeeg
skills-field-care = Daryeel iyo xannaanada carruurta
skills-field-other = Wax kale
skills-exp-lt1 = Ka yar 1 sano
skills-exp-1-3 = 1–3 sano
skills-exp-3-10 = 3–10 sano
skills-exp-gt10 = Ka badan 10 sano
skills-licence-none = Maya
skills-licence-car = Haa, baabuur (fasalka B)
skills-licence-heavy = Haa, gaari xamuul ama bas
skills-wish-same = Shaqo ku saabsan xirfaddayda
skills-wish-any = Shaqo, mid kasta ha ahaatee
skills-wish-edu = Waxbarasho ama koorso
skills-wish-recog = Ansixinta waxbarashadayda
skills-wish-business = Inaan furto ganacsi u gaar ah
delete-done-skills = wixii aad noogu sheegtay “Waxa aan qaban karo”
checklist-due = ⏰ ugu dambayn dhammaadka { $month }
checklist-overdue = ⚠️ waxaa la rabay in la sameeyo ugu dambayn dhammaadka { $month } – fadlan samee sida ugu dhakhsaha badan
staff-cases = 💬 Kiisaska furan
privacy-details =
    Haddii aad isticmaasho kuwan, waxaan sidoo kale kaydinnaa:
    • “Weydii shaqaale”: su'aalahaaga iyo jawaabaha. Shaqaaluhu waxay arkaan lambar kiis, luqaddaada iyo kooxdaada – magacaaga weligood ma arkaan.
    • Liiska hawlaha: waxa aad calaamadeysay.
    • “Waxa aan qaban karo”: keliya haddii aad halkaas sidoo kale oggolaato. Degmadu waxay aragtaa tiro ahaan, adiga iyo dad kale oo la isku daray. Waxa aad adigu ka jawaabtay waxay aragtaa oo keliya haddii aad taas oggolaato.
    Wax walba waxay ku jiraan /mydata, waxaana lagu tirtiraa /delete.
citizenship-prompt = Dhalashadaadu waa tee? Waxay go'aamisaa xeerarka kugu khuseeya – tusaale ahaan inaad iska diiwaangeliso booliska iyo inaad u baahan tahay sharci deganaansho.
citizenship-nordic = Waqooyiga Yurub (Denmark, Finland, Iceland, Iswiidhan)
citizenship-eea = Dal kale oo EU/EØS ah ama Swiiserland
citizenship-other = Dal ka baxsan EU/EØS
field-citizenship = Dhalashada
household-relatives = Waalidkay ama qaraabo kale ayaan la noolahay
step-eea-registration = Iska diiwaangeli booliska saddex bilood gudahood kadib markaad timid. Waa bilaash, hal mar oo keliya ayaadna samaynaysaa.
step-nordic-move = U sheeg guuritaankaaga Folkeregisteret (diiwaanka dadweynaha) ee Skatteetaten. Muwaadiniinta Waqooyiga Yurub iskama diiwaangeliyaan booliska.
step-work-permit = Waa inaad haysataa sharci deganaansho oo shaqo ah ka hor intaadan shaqo bilaabin. Codso cusboonaysiin goor hore, ka hor inta uusan dhicin.
step-family-permit = Eeg goorta uu dhacayo sharcigaaga deganaanshaha ee isu keenka qoyska, oo codso cusboonaysiin goor hore.
step-residence-permit = Eeg goorta uu dhacayo sharcigaaga deganaanshaha, oo codso cusboonaysiin goor hore.
meeting-places-none = Degmadu weli ma gelin meelo kulan.
button-contacts = 📇 Xiriirro
button-places = ☕ Meelo kulan
typed-yes = haa, haye, hay, waayahay, waa yahay, hagaag, ok, yes
typed-no = maya, mayo, no, maya mahadsanid, hadda ma aha
staff-use-buttons = Isticmaal badhamada hoose, ama amar. /help ayaa ku tusaysa amarrada shaqaalaha.
needs-profile-ask = Si aad shaqaale wax u weydiiso, waxaan u baahannahay bog shakhsi: degmadaada, iyo oggolaanshahaaga inaan su'aasha kaydinno oo jawaabta kuu soo dirno. Taabo “Samee bog shakhsi” si aad u bilowdo.
needs-profile-checklist = Liiska hawlaha waxaa laga sameeyaa jawaabahaaga, sidaas darteed wuxuu u baahan yahay bog shakhsi. Mawduucyada oo dhan waxaad ka akhrisan kartaa tilmaamaha adigoon bog shakhsi lahayn.
needs-profile-skills = Si aan u kaydinno waxa aad noo sheegto oo ku saabsan waxbarashadaada iyo shaqadaada, waxaan u baahannahay bog shakhsi. Taabo “Samee bog shakhsi” si aad u bilowdo.
events-pick = Degmadee ayaad rabtaa inaad aragto munaasabadaheeda?
events-profile-hint = Ma rabtaa xusuusin? Samee bog shakhsi, markaas waxaad taaban kartaa 🔔.
question-ask-person = 💬 Arrintan weydii shaqaale
ask-prompt-nobody =
    Weli ma jiro qof degmada { $municipality } ka tirsan oo halkan su'aalaha ka qaabila. Hase yeeshee su'aashaada waad qori kartaa (ugu badnaan { $max } xaraf): waan kaydinaynaa, waxayna u gudbaysaa shaqaalaha ugu horreeya ee ku soo biira. Jawaabta halkan ayaad ka heli doontaa.
    Haddii ay degdeg tahay, si toos ah ula xiriir degmada: { $website }
ask-kept = 📥 Su'aashaada waxaa loo kaydiyay kiiska { $case }. Weli ma jiro qof degmada { $municipality } ka tirsan oo halkan su'aalaha ka qaabila. Waxay u gudbi doontaa shaqaalaha marka qof ku soo biiro, jawaabtana halkan ayaad ka heli doontaa.
ask-carried = Su'aashaada: “{ $question }”
ask-send-carried = ✅ Dir su'aashan
case-notification-waited = ❓ Kiiska { $case } · { $who } – la weydiiyay ka hor intaan qof halkan su'aalaha ka qaabilin
case-arrived-notice = 📨 Su'aashaada (kiiska { $case }) hadda waxay gaartay shaqaalaha degmada { $municipality }. Jawaabta halkan ayaad ka heli doontaa.
case-closed-notice = ✔ Degmada { $municipality } waxay xirtay kiiskaaga { $case }. Haddii aad caawimaad kale u baahato, taabo “Weydii shaqaale” ee ku jira /menu.
cases-thread-question = ❓ { $time }: { $text }
cases-thread-answer = 💬 { $time }: { $text }
cases-thread-earlier = { $count ->
        [one] … hal fariin oo hore
       *[other] … { $count } fariimood oo hore
    }
case-answer-prompt = Jawaabta kiiska { $case } ku qor hal fariin (ugu badnaan { $max } xaraf). Sida aad u qorto ayaa loogu dirayaa qofkii su'aalay.
case-close-confirm = Ma rabtaa inaad xirto kiiska { $case }? Qofkii su'aalay waxaa loo sheegi doonaa in kiiska la xiray.
case-close-yes = ✔ Haa, xir { $case }
case-reply-group-usage = Jawaabta ku qor isla fariinta: /reply { $case } iyo jawaabta (haddii aad rabto, xariiqa xiga). Ama si toos ah uga jawaab fariinta kiiska.
staff-waiting-cases = { $count ->
        [one] Hal su'aal ayaa sugaysay in qof qaabilo. Hadda ayay imanaysaa.
       *[other] { $count } su'aalood ayaa sugayay in qof qaabilo. Hadda ayay imanayaan.
    }
staff-category-refugee = Qaxooti
staff-category-labour = Soo-galooti shaqo
staff-category-family = Soo-galooti qoys
staff-category-other = Kale
staff-citizenship-nordic = Waqooyiga Yurub
staff-citizenship-eea = EU/EØS
staff-citizenship-other = ka baxsan EU/EØS
staff-home-button = 👩‍💼 Bogga shaqaalaha
staff-help =
    Amarrada shaqaalaha:
    /staff – bogga shaqaalaha: ogeysiisyo, munaasabado, kiisas iyo warbixinno
    /announce – ogeysiis cusub
    /events – munaasabadaha
    /cases – kiisaska furan, oo wada-hadalka oo dhan la socdo
    /reply S-7KQ4 jawaabta – ka jawaab kiis (ama /reply S-7KQ4, jawaabtana ku qor fariinta xigta)
    /close S-7KQ4 – xir kiis
    Sidoo kale si toos ah ayaad uga jawaabi kartaa fariinta kiiska.
staff-group-help =
    Amarrada kooxdan:
    /cases – kiisaska furan, oo wada-hadalka oo dhan la socdo
    /reply S-7KQ4 jawaabta – ka jawaab kiis (jawaabta isla fariinta ku qor, haddii aad rabto xariiqa xiga)
    /close S-7KQ4 – xir kiis
    Sidoo kale si toos ah ayaad uga jawaabi kartaa fariinta kiiska.
repeat-advanced = ⚙️ Heer sare: tibix crontab
repeat-prompt = Qor sida ay u soo noqnoqoto, tusaale ahaan “hver tirsdag kl. 18” (Talaado kasta saacadda 18:00), “annenhver torsdag kl. 17:30” (labadii toddobaadba mar, Khamiista saacadda 17:30) ama “første mandag i måneden kl. 10” (Isniinta koowaad ee bil kasta saacadda 10:00). Ku qor af-Noorweeji ama Ingiriisi. Heer sare: tibix crontab ah oo leh shan qaybood, waqtiga Noorweey, tusaale ahaan 0 18 * * 2.
repeat-weekly = { $day ->
        [mon] Isniin kasta
        [tue] Talaado kasta
        [wed] Arbaco kasta
        [thu] Khamiis kasta
        [fri] Jimce kasta
        [sat] Sabti kasta
       *[sun] Axad kasta
    } saacadda { $time }
repeat-every-other-week = { $day ->
        [mon] labadii toddobaadba mar, Isniinta
        [tue] labadii toddobaadba mar, Talaadada
        [wed] labadii toddobaadba mar, Arbacada
        [thu] labadii toddobaadba mar, Khamiista
        [fri] labadii toddobaadba mar, Jimcaha
        [sat] labadii toddobaadba mar, Sabtida
       *[sun] labadii toddobaadba mar, Axadda
    } saacadda { $time }
repeat-monthly = { $day ->
        [mon] Isniinta
        [tue] Talaadada
        [wed] Arbacada
        [thu] Khamiista
        [fri] Jimcaha
        [sat] Sabtida
       *[sun] Axadda
    } { $nth ->
        [1] koowaad
        [2] labaad
        [3] saddexaad
        [4] afraad
       *[last] { $day ->
            [mon] ugu dambeysa
            [tue] ugu dambeysa
            [wed] ugu dambeysa
            [thu] ugu dambeysa
            [fri] ugu dambeeya
            [sat] ugu dambeysa
           *[sun] ugu dambeysa
        }
    } ee bil kasta saacadda { $time }
repeat-crontab = sida ku qoran tibixda crontab “{ $expression }”
repeat-kind-prompt = Marka ugu horreysa: { $when }. Sidee ayaad rabtaa inay u soo noqnoqoto?
event-titles-prompt = Magaca Noorweejiga bokmål waa “{ $title }”. Ma rabtaa inaad ku qorto luqado kale? Qofkii luqaddiisu maqan tahay wuxuu helayaa magaca bokmål.
event-title-in-prompt = Magaca ku qor luqadda { $language } (bokmål ahaan: “{ $title }”), ugu badnaan { $max } xaraf.
event-change-titles = 🌐 Magaca luqadaha kale
event-cancel-repeating = #{ $id } “{ $title }” way soo noqnoqotaa. Ma rabtaa inaad baajiso hal taariikh, mise taxanaha oo dhan? Dadka codsaday xusuusin ku saabsan waxa aad baajinayso waa la ogeysiin doonaa.
event-cancel-date = ✖ { $when } oo keliya
event-cancel-series = ✖ Taxanaha oo dhan
event-date-cancelled = “{ $title }” ee { $when } waa la baajiyay. { $count ->
        [0] Qofna ma codsan xusuusin.
        [one] Hal qof oo codsaday xusuusin ayaa la ogeysiin doonaa.
       *[other] { $count } qof oo codsaday xusuusin ayaa la ogeysiin doonaa.
    } Taariikhaha kale sidoodii ayay u dhacayaan.
event-date-cancelled-notice = ❌ Waa la baajiyay: { $title }, { $when } ({ $place }). Taariikhaha kale sidii hore ayay u dhacayaan.
when-not-a-time = Taas kama garan karo taariikh iyo saacad. Ku qor af-Noorweeji ama Ingiriisi, tusaale ahaan “{ $example }”, “i morgen kl. 18” (berri saacadda 18:00) ama “tirsdag 18:30” (Talaado 18:30).
when-no-time = Saacadda ayaa ka maqan. Qor tusaale ahaan “{ $example }” ama “tirsdag kl. 18” (Talaado saacadda 18:00).
when-in-the-past = Waqtigaas wuu dhaafay. Qor waqti soo socda, tusaale ahaan “{ $example }”.
when-too-far = Waqtigaas aad buu u fog yahay – in ka badan laba sano. Qor waqti ka dhow, tusaale ahaan “{ $example }”.
when-not-a-repeat = Taas kama garan karo sida ay u soo noqnoqoto. Ku qor af-Noorweeji ama Ingiriisi, tusaale ahaan “hver tirsdag kl. 18” (Talaado kasta saacadda 18:00), “annenhver torsdag kl. 17:30” (labadii toddobaadba mar, Khamiista saacadda 17:30) ama “første mandag i måneden kl. 10” (Isniinta koowaad ee bil kasta saacadda 10:00).
when-not-a-crontab = Taasi ma aha tibix crontab oo sax ah. Waa inay lahaataa shan qaybood, tusaale ahaan 0 18 * * 2 (Talaado kasta saacadda 18:00).
when-never-fires = Tibixdaasi weligeed kuma beegnaato waqti. Isku day tusaale ahaan 0 18 * * 2 (Talaado kasta saacadda 18:00).
announce-preview-quiet = 🌙 Waqtigaas wuxuu ku beegan yahay saacadaha aamusnaanta ee habeenkii: fariimaha caadiga ah waxaa la dirayaa { $when }.
announce-preview-now-quiet = 🌙 Hadda waa saacadaha aamusnaanta ee habeenkii. Fariimaha waxaa la dirayaa { $when }.
announce-quiet = 🌙 Saacadaha aamusnaanta: fariimaha caadiga ah waxaa la dirayaa { $when }.
announce-stop-confirm = Ma rabtaa inaad joojiso { $title }? Mar dambe lama diri doono, fariimaha aan weli la dirinna waa la celin doonaa.
announce-stop-yes = ✖ Haa, jooji
announce-report-waiting = Safka ku jira – fariimaha hadhay waxay sugayaan in la diro (tusaale ahaan ilaa saacadaha aamusnaantu dhammaadaan).
staff-group-refugee = Qaxootiga
staff-group-labour = Soo-galootiga shaqada
staff-group-family = Soo-galootiga qoyska
staff-group-other = Kuwa kale

## Qaababka ogeysiisyada

announce-from-template = 📋 Ka samee qaab diyaar ah (luqad kasta)
announce-template-pick = Dooro qaab. Wuxuu ku qoran yahay dhammaan tobanka luqadood, sidaas darteed qof kasta oo cusub wuxuu ku helayaa luqaddiisa. ⚠️ waxay ka dhigan tahay inuu degdeg yahay oo habeenkiina la diro.
announce-template-when = Goorma? Qor taariikhda iyo saacadda, tusaale ahaan “08.12.2026 18:00” ama af-Noorweeji “tirsdag kl. 18” (Talaado saacadda 18:00).
announce-template-date = Taariikhdee? Tusaale ahaan “01.03.2027” ama “1. mars” (1 Maarso).
announce-template-time = Saacaddee? Tusaale ahaan “18” ama “18:30”.
announce-template-place = Xaggee? Qor magaca meesha sida dadku u yaqaanaan (ugu badnaan { $max } xaraf).
announce-template-contact = Yaa dadku la xiriiri karaan? Qor magac, telefoon ama iimayl (ugu badnaan { $max } xaraf).
announce-template-done =
    { $count ->
        [one] ✅ Qoraalku wuxuu diyaar ku yahay hal luqad:
       *[other] ✅ Qoraalku wuxuu diyaar ku yahay { $count } luqadood. Sidan ayuu akhriste kasta u arki doonaa:
    }
announce-template-bad-date = Ma fahmin taariikhda. U qor tusaale ahaan sidan: “08.12.2026 18:00”, ama af-Noorweeji “i morgen kl. 18” (berri saacadda 18:00) ama “tirsdag kl. 18” (Talaado saacadda 18:00) – hana qorin taariikh horay u dhaaftay.
announce-template-bad-time = Ma fahmin saacadda. Qor tusaale ahaan “18” ama “18:30”.

## Turjumaadda mashiinka

case-machine-translation = 🤖 Waxaa mashiin ku turjumay af-Noorweejiga (bokmål, { $provider }):
case-machine-translated-answer = 🤖 Waxaa mashiin ka turjumay af-Noorweejiga ({ $provider }). Waa kan qoraalka asalka ah ee degmadu qortay:
privacy-translation = 🤖 Turjumaadda mashiinka: su'aalaha aad u qorto degmada iyo jawaabahooda waxaa turjuma { $provider }. Halkaas waxaa loo diraa qoraalka oo keliya – magacaaga iyo lambarka wada-sheekaysigaaga marnaba lama diro. Mar walba waxaad sidoo kale arkaysaa qoraalka asalka ah.
machine-translated = 🤖 Qoraalkan mashiin ({ $provider }) ayaa ka turjumay af-Noorweejiga. Khaladaad ayaa ku jiri kara.
machine-original-button = 🇳🇴 Eeg qoraalka asalka ah
machine-original = 🇳🇴 Qoraalka asalka ah ee af-Noorweejiga, oo ka yimid degmada { $municipality }:
announce-machine-done = 🤖 { $provider } wuxuu qoraalka u turjumay { $count ->
        [one] hal luqad
       *[other] { $count } luqadood
    }, loogu talagalay dadka uu gaarayo. Taabo luqad si aad u akhrido turjumaaddeeda. Kadib aqbal, adigu qor mid kale, ama ka saar.
announce-machine-failed = Luqadahan mashiin laguma turjumi karin: { $languages }. Akhristayaashooda waxay qoraalka ku helayaan Ingiriisi ama bokmål, haddii aadan adigu qorin.
announce-translations-machine-prompt = Turjumaadaha: ✍️ adiga ayaa qoray · 🤖 turjumaad mashiin, lama hubin · 🤖✅ la hubiyay · 🚫 la saaray. Taabo luqad si aad u akhrido, u qorto ama uga saarto. Qofkii luqaddiisu maqan tahay wuxuu helayaa Ingiriisiga haddii qoraal Ingiriisi ah jiro, haddii kale Noorweejiga bokmål (akhristayaasha nynorsk waxay helayaan bokmål).
announce-machine-review = 🤖 { $language } – turjumaad mashiin ({ $provider }):
announce-machine-question = Ma rabtaa inaad aqbasho, inaad adigu qorto mid kale, mise inaad ka saarto? Haddii aad ka saarto, akhristayaasha luqadda { $language } waxay qoraalka ku helayaan { $fallback }.
announce-machine-accept = ✅ Aqbal turjumaaddan
announce-machine-write = ✏️ Anigaa qoraya
announce-machine-drop = 🗑 Ka saar
announce-preview-machine = { $language }: { $count } (🤖 turjumaad mashiin, lama hubin)
announce-preview-machine-checked = { $language }: { $count } (🤖 turjumaad mashiin, la hubiyay)
announce-check-translations = 🌐 Hubi turjumaadaha
insight-translation-usage = 🤖 Turjumaadda mashiinka ee { $provider } bisha { $month }: { $requests } qoraal iyo { $characters } xaraf ayaa loo diray.
event-descriptions-machine-prompt = Sharaxaadaha iyo magacyada luqad kasta: ✍️ adiga ayaa qoray · 🤖 turjumaad mashiin, lama hubin · 🤖✅ la hubiyay · 🚫 la saaray. Taabo luqad si aad u akhrido, u qorto ama uga saarto. Qofkii luqaddiisu maqan tahay wuxuu helayaa sharaxaadda Ingiriisiga haddii ay jirto, haddii kale tan Noorweejiga bokmål.
event-template-pick = Qaabkee diyaarka ah ayaad dooranaysaa? Sharaxaadda waxaa lagu qorayaa luqad kasta, iyadoo ay ku jiraan taariikhda, waqtiga iyo meesha munaasabadda. Qaababka diyaarka ah waxaa loo isticmaali karaa oo keliya munaasabadaha hal mar dhacaya.
event-template-done = { $count ->
        [one] ✅ Magaca iyo sharaxaadda waxaa laga soo qaatay qaabka, waxaana lagu qoray hal luqad.
       *[other] ✅ Magaca iyo sharaxaadda waxaa laga soo qaatay qaabka, waxaana lagu qoray { $count } luqadood.
    } Weli waad dib u qori kartaa luqad kasta oo hoos ku jirta.
announce-text-prompt-machine = Ogeysiiska ku qor luqadda { $language }, oo u dir hal fariin ahaan (ugu badnaan { $max } xaraf). Kadib { $provider } ayaa u turjumaya luqadaha dadka ogeysiisku gaarayo, adiguna waxaad hubinaysaa turjumaad kasta ka hor inta aan la dirin.
staff-audit = 🧾 Diiwaanka hawlaha
audit-pick = Diiwaanka hawlaha ee degmadee ayaad rabtaa inaad aragto?
audit-title = 🧾 Diiwaanka hawlaha – { $municipality }: hawlihii ugu dambeeyay ee shaqaalaha, kuwa ugu cusub ayaa ugu horreeya (qofka shaqaalaha ah waxaa lagu garanayaa lambarka wada-sheekaysigiisa).
audit-empty = Weli waxba ma jiraan.
audit-footer = Diiwaanka lama beddeli karo. Diiwaanka oo dhan waxaad ku arki kartaa velkommen audit --municipality { $slug } oo aad seerfarka ku qorto.
audit-invite-redeemed = ku biiray shaqaalaha:
audit-announcement-created = ogeysiis la sameeyay
audit-announcement-stopped = ogeysiis la joojiyay
audit-event-created = munaasabad la sameeyay
audit-event-changed = munaasabad la beddelay
audit-event-cancelled = munaasabad la baajiyay
audit-case-answered = kiis laga jawaabay
audit-case-closed = kiis la xiray
audit-insight-read = xog-ogaal la eegay, muddada:
audit-competence-read = xirfadaha la eegay, tirada dadka:
audit-mentor-approved = hage la oggolaaday
audit-mentor-paused = hage la hakiyay
audit-mentor-ended = hage la joojiyay
audit-story-published = sheekada qofka cusub ee bisha la faafiyay
audit-staff-revoked = laga saaray shaqaalaha:
staff-erase = 🗑 Codsiga tirtiridda xogta
erase-prompt = Qof ayaa degmada ka codsaday – taleefan, warqad ama isagoo si toos ah xafiiska u yimid – in la tirtiro wax kasta oo halkan lagu kaydiyay oo isaga ku saabsan. Qor lambarka kiiskiisa iyo sababta, tusaale ahaan: S-7KQ4 wuxuu ku codsaday taleefan 2 Desembar (sababta ugu badnaan { $max } xaraf).
erase-usage = Marka hore qor lambarka kiiska, kadibna sababta, tusaale ahaan: S-7KQ4 wuxuu ku codsaday xarunta adeegga.
erase-confirm = Ma rabtaa inaad tirtirto wax kasta oo ku saabsan qofka kiiska { $case }: jawaabihiisa, su'aalihiisa, liiska hawlihiisa, xirfadihiisa, diiwaangelintiisa hage iyo fariimaha sugaya in la diro? Haddii uu ku jiro xiriir hage, waa la joojinayaa (qofka kale waa loo sheegayaa). Tan lagama noqon karo. Sababta, oo lagu qorayo diiwaanka hawlaha: { $reason }
erase-yes = 🗑 Haa, tirtir wax walba
erase-cancelled = Waxba lama tirtirin.
erase-done = Wax kasta oo ku saabsan qofka kiiska { $case } waa la tirtiray, qofkana waa loo sheegay. Tirtiriddu waxay ku qoran tahay diiwaanka hawlaha.
erase-notice = Sidii aad codsatay, degmadu waxay tirtirtay wax kasta oo halkan lagu kaydiyay oo kugu saabsan. Waqti kasta oo aad rabto, waxaad dib u bilaabi kartaa adigoo qoraya /start.
audit-erasure = qof xogtiisa la tirtiray sidii uu codsaday:
mydata-file-button = 📄 Fayl ahaan
mydata-file-caption = 📄 Wax kasta oo aan kaydinnay oo kugu saabsan, hal fayl (JSON) ah oo aad hayn karto ama u dhiibi karto adeeg kale.
retention-warning = Muddo ku dhow laba sano ma aadan noo soo qorin. Taariikhda { $date } waxaan tirtiri doonnaa wax kasta oo aan kaydinnay oo kugu saabsan, sidii aan kuu ballanqaadnay markii aad oggolaatay. Haddii aad rabto inaan sii hayno, halkan wax uun ku soo qor ka hor taariikhdaas. Taasi waa ku filan.

## Waraaq: warqadda soo dhaweynta oo PDF ah, iyo waraaqaha la dhejiyo

letter-pdf-button = 📄 PDF ahaan
letter-pdf-caption = 📄 Warqaddaada soo dhaweynta oo PDF ah: si aad u daabacato, ama aad xafiis ugu tusto.
print-letter-qr = Koodka ku akhri kamaradda telefoonkaaga: adeegga soo dhaweynta ee degmada { $municipality } ayaa kuugu furmaya Telegram, isagoo ku qoran luqaddaada.
print-failed = Waan ka xunnahay, PDF-ka hadda lama samayn karin. Fadlan mar kale isku day wax yar kadib.
poster-welcome = Ku soo dhawoow degmada { $municipality }!
poster-what = Koodka ku akhri kamaradda telefoonkaaga, oo Telegram ka hel caawimaad ku qoran luqaddaada: tallaabooyinka ugu horreeya, xiriirrada, meelaha kulanka iyo jawaabaha su'aalahaaga.
poster-mentor-title = Ku biir hageyaasha degmada { $municipality }!
poster-mentor-body = Baro qof dhawaan halkan u soo guuray: koob shaah ama qaxwe ah, socod, iyo tababar yar oo af-Noorweeji ah. Dhowr saacadood bishii ayaa wax weyn tara. Adiguna ma u soo guurtay Noorweey? Markaas luqaddaada iyo waayo-aragnimadaadu waa hadiyad u ah qof cusub.
poster-mentor-scan = Koodka ku akhri kamaradda telefoonkaaga, kadibna Telegram ku dhammee diiwaangelinta hage ahaan (fadder). Waxay qaadanaysaa qiyaastii saddex daqiiqo, degmaduna way kula soo xiriiri doontaa.
staff-posters = 🖨 Waraaqo la dhejiyo
posters-pick = Degmadee ayaad u rabtaa waraaqaha la dhejiyo?
posters-newcomers-caption = 🖨 Warqad la dhejiyo oo loogu talagalay dadka cusub ee degmada { $municipality }: “soo dhawoow” oo ku qoran dhammaan tobanka luqadood iyo kood QR ah oo fura velkommen ee degmada { $municipality }. Ku daabac A4, si loogu dhejiyo xarunta adeegga, maktabadda iyo goobaha shaqada.
posters-mentors-caption = 🖨 Warqad la dhejiyo oo hageyaal (fadder) loogu raadinayo degmada { $municipality }: koodkeeda QR wuxuu furaa diiwaangelinta hageyaasha.
