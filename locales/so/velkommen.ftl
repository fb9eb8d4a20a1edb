# velkommen — Soomaali (Af-Soomaali).
# Isla furayaasha luqadda tixraaca (nb). Qoraal fudud oo diiran,
# jumlado gaagaaban: dad badan ayaa akhriya iyagoo daallan oo dal cusub jooga.

language-name = Soomaali

## Guud

error-generic = Waan ka xunnahay, cillad ayaa dhinaceenna ka dhacday. Fadlan mar kale isku day wax yar kadib – wixii aad kaydisay ma lumin.
stale-button = Badhankaas hadda ma shaqeeyo. Waa kuwan waxaad hadda samayn karto:
use-the-buttons = Fadlan taabo mid ka mid ah badhamada ka hooseeya fariinta, si aan u sii wadno.
unsupported-message = Waxaan akhrin karaa qoraal iyo badhamada la taabto oo keliya – ma akhrin karo sawirro, cod, istiikarro ama goobo.
edited-message = Ma akhriyo fariimaha la beddelay. Fadlan fariin cusub ii soo dir.
group-chat = Waxaan ku hadlaa wada-sheekaysi gaar ah oo keliya, si aan u ilaaliyo xogtaada gaarka ah. Taabo magacayga oo si toos ah ii soo qor.
unknown-command = Amarkaas ma aqaan. /help ayaa ku tusaya wax kasta oo aan qaban karo.
finish-first = Aan marka hore tan dhammaysanno:
needs-profile = The welcome letter and your answers need a profile. Tap "Make a profile" to begin.
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
    🔒 Privacy in brief

    If you say yes, we store:
    • your municipality and your language
    • why you came: as a refugee, to work, to join family or something else
    • whether you are a Nordic citizen, an EU/EEA citizen or from another country (we do not ask refugees this)
    • which month you came, and who you live with
    • whether you would like a mentor
    • your chat number, so that we can reply to you
    We never ask for your name, health, religion or documents.

    Why: so that the advice and the welcome letter fit you.
    Who sees it: only the people who welcome new residents in your municipality. Messages go through Telegram.

    /mydata shows everything we have about you. /delete erases it all, at any time.
    If you say no, we store only your language and where you are in the conversation.
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
    Many people who moved here say that getting to know one Norwegian meant a lot.

    A mentor (fadder) is a volunteer here in the municipality – sometimes someone who moved here a few years ago. A mentor can have a coffee with you, show you around and answer small everyday questions.

    The mentor scheme in velkommen has not started yet. If you say yes, we save your wish.

    Would you like a mentor?
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
    You can write these to me:
    /menu – the main menu
    /letter – your welcome letter
    /info – contacts and meeting places
    /guide – guide: ID, tax, bank, NAV, doctor, school, Norwegian, work
    /housing – renting and buying a home
    /checklist – your checklist
    /events – what's on in the municipality
    /ask – ask a person at the municipality
    /skills – what you can do, if you want to tell us
    /settings – see and change your answers
    /language – change language
    /privacy – what we store, and why
    /mydata – everything we have stored about you
    /delete – erase everything about you
    /start – start again
    You can also write a question in your own words, for example "tax card" or "doctor", and I will find topics that fit. And you can tap the buttons under the messages.

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

letter-greeting-refugee = Welcome to { $municipality }! You will not have to find your way alone: the refugee service will stay in touch with you through the first years.
letter-greeting-labour = Welcome to { $municipality }! Many people who come here to work have to find their own way, so here is what matters most, in one place.
letter-greeting-family = Welcome to { $municipality }! Here is what matters most for you and your family.
letter-greeting-other = Welcome to { $municipality }! Here is what matters most to get off to a good start.
letter-population = There are { $count } of us in { $municipality } today. Yesterday there were { $yesterday }. You matter to us.
letter-mentor-wish = Your wish for a mentor is saved. The mentor scheme in velkommen has not started yet, so no mentor is on the way just now.
letter-steps-title = Saddexda tallaabo ee ugu horreeya:
letter-step = { $number }. { $text }
step-refugee-service = Meet the refugee service. You will get a contact person and a plan for the introduction programme.
step-norwegian-refugee = Start learning Norwegian. As a refugee you have the right and the duty to free classes in Norwegian and social studies.
step-doctor = Get a regular doctor (fastlege) on helsenorge.no. Out-of-hours doctor: 116 117. Emergency: 113 ambulance, 112 police, 110 fire.
step-id-check = Book an ID check at the Tax Administration (Skatteetaten). There you get a D-number or a national identity number.
step-tax-card = Apply for a tax card (skattekort) before you start work. With PAYE (kildeskatt) a fixed percentage is deducted from your pay.
step-bank = Open a bank account and get BankID. The bank needs your D-number or national identity number.
step-norwegian-rights = Find out whether you have a right to free Norwegian classes. It depends on why you came.
step-service-centre = Contact the municipality's service centre. They will help you find the right office.
letter-children = 👨‍👩‍👧 Children have a right to a kindergarten place from the age of one, and to a school place from the year they turn six. The kindergarten deadline is often 1 March.
letter-footer = Tap a step to read more. Contacts and meeting places are under the buttons, and /letter brings this letter back.
source-line = 🔗 { $link } (checked { $date })
unconfirmed = Tusaale – degmadu weli ma xaqiijin.
contacts-title = 📇 Contacts in { $municipality }
meeting-places-title = ☕ Meeting places in { $municipality }

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

## Munaasabadaha meelaha kulanka
menu-events = 📅 Waxa socda
menu-ask = 💬 Weydii shaqaale
command-events = Waxa ka socda degmada
command-ask = Su'aal u dir shaqaale ka tirsan degmada
events-title = 📅 Waxa ka dhacaya degmada { $municipality } bisha soo socota:
events-none = Weli lama gelin munaasabado ka dhacaya degmada { $municipality } bisha soo socota. Sidoo kale eeg meelaha kulanka ee ku jira “Xiriirro iyo meelo kulan”.
events-remind-hint = Taabo 🔔 si laguu xasuusiyo saddex saacadood ka hor.
event-repeats = Toddobaad kasta ama jadwal go'an ayay dhacdaa.
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
event-start-prompt = Goorma ayay bilaabanaysaa (markii ugu horreysay)? Qor taariikhda iyo saacadda, waqtiga Noorweey, tusaale ahaan 01.12.2026 18:00
event-recurrence-prompt = Ma dhacaysaa in ka badan hal mar?
event-once = Hal mar oo keliya
event-weekly = Toddobaad kasta ({ $when })
event-repeat-crontab = Waxay ku soo noqnoqotaa sida “{ $expression }” (crontab, waqtiga Noorweey).
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
    Write your question in one message, in any language (at most { $max } characters).
    It goes to the staff in { $municipality }. They see a case number, your language and which group you belong to – not your name. The answer will come here.
ask-sent = ✅ Waxaa loo diray degmada { $municipality }. Lambarka kiiskaagu waa { $case }. Jawaabta halkan wada-sheekaysiga ayaad ka heli doontaa.
case-notification = ❓ New case { $case } · { $who }
case-notification-more = ❓ More in case { $case } · { $who }
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
cases-line = { $case } · { $who } · waiting { $hours } h · { $messages ->
        [one] one message
       *[other] { $messages } messages
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
command-housing = Kiraysi iyo iibsasho guri, depositum, bostøtte
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
    🧰 Few newcomers work with what they trained for, and nobody asks what families bring. Here you can tell us what you have education and experience in, which languages you speak and what you would like.
    Everything is optional. We store it only if you say yes, you see it in /mydata, and you can change or delete it at any time. No staff member can see it in velkommen today.
    Do you want to fill it in?
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
skills-shared = 👀 You have said the municipality may see this. No staff member can see it in velkommen yet.
skills-not-shared = 🔒 Adiga oo keliya ayaa arka xogtan.
skills-share-start = 👀 The municipality may see this
skills-share-stop = 🔒 The municipality may not see this
skills-share-on = Saved: you have said the municipality may see this. Today no staff member can see it in velkommen.
skills-share-off = Hadda adiga oo keliya ayaa arka xogtan.
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
    If you use these, we also store:
    • "Ask a person": your questions and the answers. Staff see a case number, your language and your group – never your name.
    • The checklist: what you have ticked off.
    • "What I can do": only if you say yes there too. No staff member can see it in velkommen today.
    Everything is in /mydata and is erased with /delete.
citizenship-prompt = What is your citizenship? It decides which rules apply to you – for example whether you must register with the police or need a residence permit.
citizenship-nordic = Nordic (Denmark, Finland, Iceland, Sweden)
citizenship-eea = Another EU/EEA country or Switzerland
citizenship-other = A country outside the EU/EEA
field-citizenship = Citizenship
household-relatives = With parents or other relatives
step-eea-registration = Register with the police within three months of arriving. It is free, and you do it once.
step-nordic-move = Report your move to the National Population Register at the Tax Administration (Skatteetaten). Nordic citizens do not register with the police.
step-work-permit = You must have a residence permit for work before you start working. Apply to renew it well before it expires.
step-family-permit = Check when your family immigration permit expires, and apply to renew it in good time.
step-residence-permit = Check when your residence permit expires, and apply to renew it in good time.
meeting-places-none = The municipality has not added any meeting places yet.
button-contacts = 📇 Contacts
button-places = ☕ Meeting places
typed-yes = yes, y, yeah, yep, ok, okay, sure, yes please
typed-no = no, n, nope, no thanks, not now
staff-use-buttons = Use the buttons below, or a command. /help lists the commands for staff.
needs-profile-ask = To ask a person we need a profile: your municipality, and your permission to keep the question and send you the answer. Tap "Make a profile" to begin.
needs-profile-checklist = The checklist is made from your answers, so it needs a profile. You can read every topic in the guide without one.
needs-profile-skills = To keep what you tell us about your education and work, we need a profile. Tap "Make a profile" to begin.
events-pick = Which municipality's events would you like to see?
events-profile-hint = Would you like a reminder? Make a profile, and you can tap 🔔.
question-ask-person = 💬 Ask a person about this
ask-prompt-nobody =
    Nobody in { $municipality } receives questions here yet. You can still write your question (at most { $max } characters): we keep it, and it goes to the first staff member who joins. The answer will come here.
    If it is urgent, contact the municipality directly: { $website }
ask-kept = 📥 Your question is saved as case { $case }. Nobody in { $municipality } receives questions here yet. It goes to the staff as soon as someone joins, and the answer will come here.
ask-carried = Your question: "{ $question }"
ask-send-carried = ✅ Send this question
case-notification-waited = ❓ Case { $case } · { $who } – asked before anyone received questions here
case-arrived-notice = 📨 Your question (case { $case }) has now reached the staff in { $municipality }. The answer will come here.
case-closed-notice = ✔ { $municipality } has closed your case { $case }. If you need more help, tap "Ask a person" in /menu.
cases-thread-question = ❓ { $time }: { $text }
cases-thread-answer = 💬 { $time }: { $text }
cases-thread-earlier = { $count ->
        [one] … one earlier message
       *[other] … { $count } earlier messages
    }
case-answer-prompt = Write the answer in case { $case } as one message (at most { $max } characters). It is sent as you write it, to the person who asked.
case-close-confirm = Close case { $case }? The person who asked will be told that the case is closed.
case-close-yes = ✔ Yes, close { $case }
case-reply-group-usage = Write the answer in the same message: /reply { $case } and the answer (on the next line if you like). Or reply directly to the case message.
staff-waiting-cases = { $count ->
        [one] One question was waiting for someone to receive it. It is coming now.
       *[other] { $count } questions were waiting for someone to receive them. They are coming now.
    }
staff-category-refugee = Refugee
staff-category-labour = Labour migrant
staff-category-family = Family migrant
staff-category-other = Other
staff-citizenship-nordic = Nordic
staff-citizenship-eea = EU/EEA
staff-citizenship-other = outside the EU/EEA
staff-home-button = 👩‍💼 Staff home
staff-help =
    Commands for staff:
    /staff – the staff home: announcements, events, cases and reports
    /announce – a new announcement
    /events – events
    /cases – open cases, with the whole conversation
    /reply S-7KQ4 the answer – answer a case (or /reply S-7KQ4, and the answer in the next message)
    /close S-7KQ4 – close a case
    You can also reply directly to a case message.
staff-group-help =
    Commands in this group:
    /cases – open cases, with the whole conversation
    /reply S-7KQ4 the answer – answer a case (the answer in the same message, on the next line if you like)
    /close S-7KQ4 – close a case
    You can also reply directly to the case message.
