# velkommen — Soomaali (Af-Soomaali).
# Isla furayaasha luqadda tixraaca (nb). Qoraal fudud oo diiran,
# jumlado gaagaaban: dad badan ayaa akhriya iyagoo daallan oo dal cusub jooga.

language-name = Soomaali

## Guud

error-generic = Waan ka xunnahay, cillad ayaa dhinaceenna ka dhacday. Fadlan mar kale isku day wax yar kadib – wixii aad kaydisay ma lumin.
stale-button = Badhankaas hadda ma shaqeeyo. Waa kuwan waxaad hadda samayn karto:
use-the-buttons = Fadlan taabo mid ka mid ah badhamada ka hooseeya fariinta, si aan u sii wadno.
free-text-not-understood = Waan ka xumahay, ma akhrin karo su'aalaha la qoro. Isticmaal badhamada hoose, ama qor /help.
unsupported-message = Waxaan akhrin karaa qoraal iyo badhamada la taabto oo keliya – ma akhrin karo sawirro, cod, istiikarro ama goobo.
edited-message = Ma akhriyo fariimaha la beddelay. Fadlan fariin cusub ii soo dir.
group-chat = Waxaan ku hadlaa wada-sheekaysi gaar ah oo keliya, si aan u ilaaliyo xogtaada gaarka ah. Taabo magacayga oo si toos ah ii soo qor.
unknown-command = Amarkaas ma aqaan. /help ayaa ku tusaya wax kasta oo aan qaban karo.
finish-first = Aan marka hore tan dhammaysanno:
needs-profile = Warqadda soo dhaweynta iyo habaynta waxay u baahan yihiin xisaab. Taabo “Samee xisaab” si aad u bilowdo.
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
    🔒 Xogtaada gaarka ah – si kooban

    Waxa aan kaydinno haddii aad oggolaato: degmadaada; sababta aad u timid (qaxooti ahaan, shaqo, qoys ama sabab kale); bisha aad timid; cidda aad la nooshahay (keligaa, lammaane ama carruur); haddii aad rabto hage (fadder); iyo luqaddaada. Waxaan sidoo kale kaydinnaa lambarka wada-sheekaysigaaga, si aan kuugu jawaabno. Weligeen kuma weydiinno magacaaga, caafimaadkaaga, diintaada ama dukumentiyadaada.

    Sababta: si talooyinka iyo warqadda soo dhaweyntu ay kuugu habboonaadaan, iyo si degmadu hage kuugu xiriirin karto, haddii aad rabto.

    Yaa arka: shaqaalaha degmadaada ee soo dhaweeya dadka cusub oo keliya. Fariimuhu waxay maraan Telegram.

    Arag oo tirtir: /mydata ayaa ku tusaya wax kasta oo aan kaydinnay oo kugu saabsan. /delete ayaa tirtiraya dhammaan, waqti kasta.

    Haddii aad diiddo, waxaan kaydinnaa luqaddaada iyo halka aad ka marayso wada-hadalkan oo keliya. Weli waad akhrin kartaa macluumaadka degmooyinka.
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
    Dad badan oo halkan u soo guuray waxay sheegaan in barashada hal qof oo Noorweeji ah ay wax badan u tartay.

    Hage (fadder) waa qof mutadawac ah oo degmadan ku nool – mararka qaarkood waa qof halkan u soo guuray dhowr sano ka hor. Hage wuxuu kula cabbi karaa koob kafee ah. Wuxuu ku tusi karaa meelaha. Wuxuuna ka jawaabi karaa su'aalahaaga yaryar ee nolol maalmeedka.

    Ma rabtaa hage?
mentor-yes = Haa, waan rabaa
mentor-no = Maya mahadsanid, hadda ma aha
mentor-value-yes = waan rabaa
mentor-value-no = hadda ma aha
profile-done = Waad ku mahadsan tahay jawaabahaaga! Waa tan warqaddaada soo dhaweynta.

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
guest-title = Xisaab ma lihid, sidaas darteed xog kugu saabsan ma kaydinno. Waa kuwan waxaad samayn karto:
menu-letter = 📨 Warqadda soo dhaweynta
menu-info = 🏘 Xiriirro iyo meelo kulan
menu-settings = ⚙️ Jawaabahayga
menu-language = 🌐 Luqadda
menu-mydata = 🔎 Xogtayda
menu-privacy = 🔒 Xogta gaarka ah
menu-delete = 🗑 Tirtir wax walba
menu-help = ❓ Caawimaad
menu-signup = ✅ Samee xisaab
info-prompt = Degmadee ayaad rabtaa inaad wax ka akhrido?
help-text =
    Waxaad ii qori kartaa kuwan:
    /menu – liiska weyn
    /letter – warqaddaada soo dhaweynta
    /info – xiriirro iyo meelo kulan
    /settings – arag oo beddel jawaabahaaga
    /language – beddel luqadda
    /privacy – waxa aan kaydinno iyo sababta
    /mydata – wax kasta oo aan kaydinnay oo kugu saabsan
    /delete – tirtir wax kasta oo kugu saabsan
    /start – dib u bilow
    Waxaad sidoo kale taaban kartaa badhamada ka hooseeya fariimaha.

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
mydata-no-profile = Xisaab ma lihid, sidaas darteed jawaabo kaama hayno. Waxaan xusuusannahay luqaddaada iyo halka aad ka marayso wada-hadalkan oo keliya.
mydata-footer = Jawaabahaaga waxaad ku beddeli kartaa /settings, wax walbana waxaad ku tirtiri kartaa /delete.

## Tirtirid

delete-confirm = Ma rabtaa inaad tirtirto wax kasta oo aan kaydinnay oo kugu saabsan? Taas waxaa ku jira xisaabtaada, jawaabahaaga iyo fariimaha sugaya in la diro. Tan lagama noqon karo.
delete-yes = Haa, tirtir wax walba
delete-no = Maya, ha tirtirin
delete-cancelled = Hagaag, waxba lama tirtirin.
delete-nothing = Wax xog ah oo kugu saabsan ma aannu hayn.
delete-done = Waa la dhammeeyay. Kuwan waa la tirtiray:
delete-done-profile = xisaabtaada: degmada, jawaabaha iyo oggolaanshaha
delete-done-conversation = wada-hadalka: luqaddaada iyo halkii aad ka marayday
delete-done-pending =
    { $count ->
        [one] hal fariin oo aan weli la dirin
       *[other] { $count } fariimood oo aan weli la dirin
    }
delete-done-footer = Hadda wax xog ah oo kugu saabsan ma hayno. Qor /start haddii aad rabto inaad dib u bilowdo.

## Warqadda soo dhaweynta

letter-greeting-refugee = Walaal qaali ah – ku soo dhawoow degmada { $municipality }! Ma aha inaad keligaa jidka raadiso. Adeegga qaxootiga ayaa ku garab taagnaan doona. Waa kuwan waxyaabaha ugu muhiimsan toddobaadyada ugu horreeya.
letter-greeting-labour = Ku soo dhawoow degmada { $municipality }! Dad badan oo halkan shaqo u yimaada waa inay jidka keligood raadsadaan. Sidaas darteed waxaan meel keliya isugu keennay waxyaabaha ugu muhiimsan.
letter-greeting-family = Ku soo dhawoow degmada { $municipality }! Waa kuwan waxyaabaha ugu muhiimsan, si adiga iyo qoyskaagu aad bilow wanaagsan u heshaan.
letter-greeting-other = Ku soo dhawoow degmada { $municipality }! Waa kuwan waxyaabaha ugu muhiimsan, si aad bilow wanaagsan u hesho.
letter-population = Maanta waxaynu nahay { $count } qof oo ku nool degmada { $municipality }. Shalay waxaynu ahayn { $yesterday } qof. Muhiim baad noo tahay.
letter-population-source = (Tirada dadka waxaa laga soo qaatay { $source }, { $year }.)
letter-mentor-wish = Waxaad sheegtay inaad rabto hage. Rabitaankaaga waa la kaydiyay, si degmadu mutadawac kuugu xiriirin karto marka mid la helo.
letter-steps-title = Saddexda tallaabo ee ugu horreeya:
letter-step = { $number }. { $text }
step-refugee-service = La xiriir adeegga qaxootiga. Waxaad heli doontaa qof kaa mas'uul ah. Qofkaas ayaa kula samayn doona qorshe ku saabsan barnaamijka hordhaca (introduksjonsprogram): af-Noorweejiga, aqoonta bulshada, guriga iyo jidka shaqada.
step-norwegian-refugee = Bilow barashada af-Noorweejiga. Qaxooti ahaan, waxaad xaq u leedahay, waajibna kugu ah, waxbarasho bilaash ah oo af-Noorweeji iyo aqoonta bulshada ah. Casharradu waxay ka dhacaan waxbarashada dadka waaweyn (voksenopplæring).
step-doctor = Hel dhakhtar qoys (fastlege). Qof kasta oo loo diiwaangeliyay inuu Noorweey deggan yahay wuxuu xaq u leeyahay dhakhtar qoys. Dhakhtarkaaga waxaad ka dooran kartaa helsenorge.no. Haddii aad haysato D-lambar (D-nummer) oo keliya, xaq uma lihid dhakhtar qoys. Dhakhtarka xaaladaha degdegga ah (legevakt): 116 117. Ambalaas: 113. Booliska: 112. Dab-demiska: 110.
step-id-check = Tag baaritaanka aqoonsiga ee Hay'adda Canshuuraha (Skatteetaten). Waxaad u baahan tahay lambar aqoonsi oo Noorweeji ah – D-lambar (D-nummer) ama lambarka aqoonsiga shakhsiga (fødselsnummer) – si aad u shaqayso, canshuur u bixiso oo xisaab bangi u furato. Ballan qabso, oo qaado baasaboorkaaga (ama kaarka aqoonsiga qaranka, haddii aad tahay muwaadin EU/EØS). Haddii aad tahay muwaadin EU/EØS oo aad joogayso in ka badan saddex bilood, waa inaad sidoo kale iska diiwaangelisaa booliska saddex bilood gudahood.
step-tax-card = Hel kaarka canshuurta (skattekort). Waxaad u baahan tahay si aad u shaqayso. Waxaad ka dalbataa Hay'adda Canshuuraha. Inta badan wuxuu diyaar noqdaa shan maalmood oo shaqo gudahood, loo-shaqeeyahaaguna isagaa soo qaata. Shaqaale badan oo dibadda ka yimid ayaa dooran kara canshuurta isha laga jaro (kildeskatt): lacag go'an oo bil kasta la jaro, warbixin canshuur la'aan.
step-bank = Fur xisaab bangi oo hel BankID. Bangigu wuxuu u baahan yahay D-lambarkaaga ama lambarkaaga aqoonsiga shakhsiga, wuxuuna hubiyaa aqoonsigaaga marka aad timaado. Haddii aad haysato D-lambar, waa inaad sidoo kale bixisaa lambarka canshuurta ee dalkaagii hooyo. Hay'adda Canshuuraha waa inay hubisaa aqoonsigaaga ka hor inta aadan helin BankID. Xeerarku wax yar bay ku kala duwan yihiin bangiyada.
step-norwegian-rights = Ogow xaqa aad u leedahay barashada af-Noorweejiga. Haddii da'daadu tahay 18 ilaa 67 sano, oo aad u timid qof qaxooti ah ama muwaadin Noorweeji ah ama ka mid ah waddamada Waqooyiga Yurub, waxaad xaq u leedahay, waajibna kugu ah, waxbarasho bilaash ah oo af-Noorweeji iyo aqoonta bulshada ah. Haddii aad u timid qof shaqo u soo haajiray oo ka yimid dal ka baxsan EU/EØS, waxbarashadu waa waajib kugu ah, laakiin lacagta adigaa iska bixinaya. Muwaadiniinta EU/EØS waxay qaadan karaan koorsooyin, laakiin waa inay lacag bixiyaan. Weydii waxbarashada dadka waaweyn (voksenopplæring).
step-service-centre = La xiriir xarunta adeegga ee degmada (servicetorget). Halkaas waxaa lagaa caawin doonaa inaad hesho xafiiska ku habboon su'aashaada.
letter-children = 👨‍👩‍👧 Haddii aad carruur leedahay: Carruurtu waxay xaq u leeyihiin meel xannaano (barnehage) marka ay hal sano jiraan. Degmada ayaa go'aamisa waqtiga ugu dambeeya ee codsiga, inta badan 1da Maarso. Dugsigu wuxuu bilaabmaa sannadka uu ilmuhu buuxinayo lix sano. Carruurta halkan joogi doona in ka badan saddex bilood waxay xaq u leeyihiin meel dugsi hal bil gudaheed.
letter-footer = Warqaddan mar kale waxaad ka heli kartaa /letter, wax kasta oo kalena /menu. Aad baan ugu faraxsannahay inaad halkan joogto.
source-line = 🔗 Isha: { $url } (la hubiyay { $date })
unconfirmed = Tusaale – degmadu weli ma xaqiijin.
info-title =
    🏘 { $municipality }
    🌐 { $website }
contacts-title = 📇 Xiriirro waxtar leh
meeting-places-title = ☕ Meelo kulan

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
announce-repeat = Soo noqnoqda (crontab)
announce-at-prompt = Qor taariikhda iyo saacadda, waqtiga Noorweey, tusaale ahaan 01.12.2026 18:00
announce-at-invalid = Taas ma akhrin karin. Qor tusaale ahaan 01.12.2026 18:00
announce-at-past = Waqtigaas wuu dhaafay. Qor waqti soo socda.
announce-repeat-prompt =
    Qor tibix crontab ah oo leh shan qaybood, waqtiga Noorweey: daqiiqadda, saacadda, maalinta bisha, bisha, maalinta toddobaadka (1 = Isniin).
    Tusaale: 0 18 * * 2 = Talaado kasta saacadda 18:00.
announce-repeat-invalid = Taasi ma aha tibix crontab oo sax ah. Waa inay lahaataa shan qaybood, tusaale ahaan 0 18 * * 2 (Talaado kasta saacadda 18:00).
announce-repeat-never = Tibixdaasi weligeed kuma beegnaato waqti, sidaas darteed waxba lama diri doono. Isku day tusaale ahaan 0 18 * * 2 (Talaado kasta saacadda 18:00).
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
announce-preview-repeat = Waxaa lagu celcelinayaa sida “{ $expression }”. Marka xigta: { $upcoming }.
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
announce-report-line = { $title } – { $municipality }: la diray { $sent }, la xannibay { $blocked }, fashilmay { $failed }, safka ku jira { $queued }. { $when }
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
