# velkommen — ትግርኛ (Tigrinya, as written in Eritrea).
# Same keys as the reference locale (nb). Polite plural address (ንስኹም)
# throughout, so that no reader is addressed as only male or only female.

language-name = ትግርኛ

## ሓፈሻዊ

error-generic = ይቕሬታ፡ ኣብ ወገንና ገለ ጸገም ኣጋጢሙ። በጃኹም ድሕሪ ቁሩብ እንደገና ፈትኑ – ዘቐመጥኩምዎ ሓበሬታ ኣይጠፍአን።
stale-button = እዚ መጠወቒ እዚ ደጊም ኣይሰርሕን እዩ። ሕጂ ክትገብርዎ እትኽእሉ እዚ እዩ:
use-the-buttons = ንቕድሚት ንምቕጻል፡ በጃኹም ሓደ ካብቶም ኣብ ትሕቲ እቲ መልእኽቲ ዘለዉ መጠወቕታት ጠውቑ።
unsupported-message = ጽሑፍን ምጥዋቕ መጠወቕታትን ጥራይ እየ ዘንብብ – ስእሊ፡ ድምጺ፡ ስቲከር ወይ ቦታ (location) ኣይኮነን።
edited-message = ድሕሪ ምልኣኹ ዝተኣረመ መልእኽቲ ኣየንብብን እየ። በጃኹም ኣብ ክንድኡ ሓድሽ መልእኽቲ ስደዱ።
group-chat = ውልቃዊ ሓበሬታኹም ንምሕላው፡ ኣብ ብሕታዊ ዕላል ጥራይ እየ ዝዛረብ። ኣብ ስመይ ጠውቑ እሞ ብቐጥታ ጽሓፉለይ።
unknown-command = ነዚ ትእዛዝ እዚ ኣይፈልጦን እየ። /help ክገብሮ ዝኽእል ኩሉ የርኢ።
finish-first = ቅድም ነዚ ንወድኦ:
needs-profile = The welcome letter and your answers need a profile. Tap "Make a profile" to begin.
button-back = ← ተመለሱ
button-menu = ☰ ሜኑ

## ምጅማርን ቋንቋን

start-hello = ሰላም፡ እንቋዕ ብደሓን መጻእኩም! ኣነ ናይ ኮሙነ ዲጂታላዊ ኣገልግሎት ኣቀባብላ እየ። ንሓደስቲ ተቐማጦ እየ ዘገልግል።
start-hello-municipality = ሰላም፡ እንቋዕ ናብ { $municipality } ብደሓን መጻእኩም! ኣነ ናይ ኮሙነ ዲጂታላዊ ኣገልግሎት ኣቀባብላ እየ። ንሓደስቲ ተቐማጦ እየ ዘገልግል።
start-unknown-link = እቲ ዝተጠቐምኩምሉ ሊንክ ኣይፈልጦን እየ። በጃኹም ኮሙነኹም ካብቲ ዝርዝር ምረጹ።
start-registered-elsewhere = ኣብ { $municipality } ተመዝጊብኩም ኣለኹም። እቲ ዝተጠቐምኩምሉ ሊንክ ናይ { $linked } እዩ። ኮሙነኹም ኣብ /settings ክትቕይሩ ትኽእሉ ኢኹም።
welcome-back = እንቋዕ ብደሓን ተመለስኩም!
link-municipality-prompt = ኣብ ኣየናይ ኮሙነ ኢኹም ትነብሩ፡ ወይስ ናብ ኣየናይ ኮሙነ ክትግዕዙ ኢኹም?
language-prompt = 🌐 ሕጂ ዘሎ ቋንቋ: { $language }። ክትጥቀሙሉ እትደልዩ ቋንቋ ጠውቑ:
language-changed = ጽቡቕ፡ ሕጂ ብትግርኛ ክንዛረብ ኢና።

## ምሕላው ሓበሬታ

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
privacy-question = መልስታትኩም ክንዕቅብ ትፈቕዱልና ዶ?
privacy-accept = እወ፡ እሰማማዕ እየ
privacy-decline = ኣይፋል፡ የቐንየለይ
privacy-thanks = የቐንየለይ! ሕጂ ቁሩብ ሓጸርቲ ሕቶታት ክሓተኩም እየ። ብመጠወቕታት ኢኹም ትምልሱ፡ ድሒርኩም ድማ መልስታትኩም ክትቕይርዎ ትኽእሉ ኢኹም።
privacy-declined = ጸገም የብሉን። ብዛዕባኹም ዝዓቀብናዮ ነገር የለን፡ ቋንቋኹምን ኣብ ዝርርብ ኣበይ ከም ዘለኹምን ጥራይ። ብዛዕባ ኮሙነታት ከተንብቡ ትኽእሉ ኢኹም፡ ድሒርኩም ድማ /privacy ብምጽሓፍ «እወ» ክትብሉ ትኽእሉ ኢኹም።
privacy-consented = ዕለት { $date } ነዚ ተሰማሚዕኩም። /delete ተጠቒምኩም ፍቓድኩም ክትስሕቡን ኩሉ ክትድምስሱን ትኽእሉ ኢኹም።

## ሕቶታት

municipality-prompt = ኣብ ኣየናይ ኮሙነ ኢኹም ትነብሩ፡ ወይስ ናብ ኣየናይ ኮሙነ ክትግዕዙ ኢኹም?
category-prompt = ንዓኹም ብዝበለጸ ዝገልጽ ኣየናይ እዩ? ብመሰረት መልስኹም ኢና ቀዳሞት ስጉምትታት ነርእየኩም።
category-refugee = ስደተኛ እየ
category-labour = ንስራሕ እየ መጺአ
category-family = ናብ ስድራይ እየ መጺአ
category-other = ካልእ
arrival-prompt = ናብ { $municipality } መዓስ መጻእኩም?
arrival-month = { $month } { $year }
arrival-not-yet = ገና ኣይመጻእኩን
arrival-earlier = ቅድሚ ልዕሊ ሓደ ዓመት
household-prompt = ኣብዚ ምስ መን ኢኹም ትነብሩ?
household-alone = በይነይ እየ ዝነብር
household-partner = ምስ መጻምድቲ፡ ብዘይ ቆልዑ
household-children = ምስ ቆልዑ
mentor-prompt =
    Many people who moved here say that getting to know one Norwegian meant a lot.

    A mentor (fadder) is a volunteer here in the municipality – sometimes someone who moved here a few years ago. A mentor can have a coffee with you, show you around and answer small everyday questions.

    The mentor scheme in velkommen has not started yet. If you say yes, we save your wish.

    Would you like a mentor?
mentor-yes = እወ፡ ብሓጎስ
mentor-no = ሕጂ ኣይፋል፡ የቐንየለይ
mentor-value-yes = መሓዛ ይድለ
mentor-value-no = ሕጂ ኣይኮነን
profile-done = ስለ መልስታትኩም የቐንየለይ! እንሆ ደብዳበ ኣቀባብላኹም።

## ኣዋርሕ

month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ
month-short-1 = ጥሪ
month-short-2 = ለካቲት
month-short-3 = መጋቢት
month-short-4 = ሚያዝያ
month-short-5 = ግንቦት
month-short-6 = ሰነ
month-short-7 = ሓምለ
month-short-8 = ነሓሰ
month-short-9 = መስከረም
month-short-10 = ጥቅምቲ
month-short-11 = ሕዳር
month-short-12 = ታሕሳስ

## መዓልታት ሰሙን

weekday-short-mon = ሰኑይ
weekday-short-tue = ሰሉስ
weekday-short-wed = ረቡዕ
weekday-short-thu = ሓሙስ
weekday-short-fri = ዓርቢ
weekday-short-sat = ቀዳም
weekday-short-sun = ሰንበት

## ሜኑ

menu-title = እንታይ ክትገብሩ ትደልዩ?
guest-title = ምሳና ፕሮፋይል የብልኩምን፡ ስለዚ ብዛዕባኹም ዝኾነ ነገር ኣይንዕቅብን። ክትገብርዎ እትኽእሉ እዚ እዩ:
menu-letter = 📨 ደብዳበ ኣቀባብላ
menu-info = 🏘 ኣድራሻታትን መራኸቢ ቦታታትን
menu-settings = ⚙️ መልስታተይ
menu-language = 🌐 ቋንቋ
menu-mydata = 🔎 ዝተዓቀበ ሓበሬታይ
menu-privacy = 🔒 ምሕላው ሓበሬታ
menu-delete = 🗑 ኩሉ ደምስሱ
menu-help = ❓ ሓገዝ
menu-signup = ✅ ፕሮፋይል ፍጠሩ
info-prompt = ብዛዕባ ኣየናይ ኮሙነ ከተንብቡ ትደልዩ?
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

## መልስታትን ዝተዓቀበ ሓበሬታን

settings-title = እዚኣቶም ዝሃብኩምዎም መልስታት እዮም። ክትቕይርዎ እትደልዩ ጠውቑ:
settings-saved = ተዓቂቡ።
profile-row = { $label }: { $value }
field-municipality = ኮሙነ
field-category = መን ምዃንኩም
field-arrival = ዝመጻእኩምሉ ግዜ
field-household = ምስ መን ትነብሩ
field-mentor = መሓዛ
field-language = ቋንቋ
field-chat = ዕላል
field-consent = ፍቓድ ዝሃብኩምሉ ዕለት
field-pending = ዝጽበዩ ዘለዉ መልእኽትታት
value-unanswered = ኣይተመለሰን
mydata-title = 🔎 ብዛዕባኹም ዝዓቀብናዮ እዚ እዩ:
mydata-no-profile = ፕሮፋይል የብልኩምን፡ ስለዚ ካባኹም ዝተቐበልናዮ መልሲ የለን። ቋንቋኹምን ኣብ ዝርርብ ኣበይ ከም ዘለኹምን ጥራይ ኢና ንዝክር።
mydata-footer = /settings ተጠቒምኩም መልስታትኩም ክትቕይሩ፡ /delete ተጠቒምኩም ድማ ኩሉ ክትድምስሱ ትኽእሉ ኢኹም።

## ምድምሳስ

delete-confirm = ብዛዕባኹም ዝዓቀብናዮ ኩሉ ክትድምስሱ ትደልዩ ዶ? እዚ ፕሮፋይልኩም፡ መልስታትኩምን ክለኣኹ ዝጽበዩ ዘለዉ መልእኽትታትን የጠቓልል። ምስ ተደምሰሰ ክምለስ ኣይክእልን እዩ።
delete-yes = እወ፡ ኩሉ ይደምሰስ
delete-no = ኣይፋል፡ ይጽናሕ
delete-cancelled = ሕራይ፡ ዝተደምሰሰ ነገር የለን።
delete-nothing = ብዛዕባኹም ዝዓቀብናዮ ነገር ኣይነበረን።
delete-done = ተወዲኡ። እዚ ተደምሲሱ ኣሎ:
delete-done-profile = ፕሮፋይልኩም: ኮሙነ፡ መልስታትን ፍቓድን
delete-done-conversation = ዝርርብ: ቋንቋኹምን ኣበይ በጺሕኩም ከም ዝነበርኩምን
delete-done-pending =
    { $count ->
        [one] { $count } ክለኣኽ ዝጽበ ዝነበረ መልእኽቲ
       *[other] { $count } ክለኣኹ ዝጽበዩ ዝነበሩ መልእኽትታት
    }
delete-done-footer = ሕጂ ብዛዕባኹም ዝኾነ ሓበሬታ የብልናን። እንደገና ክትጅምሩ እንተ ደሊኹም /start ጽሓፉ።

## ደብዳበ ኣቀባብላ

letter-greeting-refugee = Welcome to { $municipality }! You will not have to find your way alone: the refugee service will stay in touch with you through the first years.
letter-greeting-labour = Welcome to { $municipality }! Many people who come here to work have to find their own way, so here is what matters most, in one place.
letter-greeting-family = Welcome to { $municipality }! Here is what matters most for you and your family.
letter-greeting-other = Welcome to { $municipality }! Here is what matters most to get off to a good start.
letter-population = There are { $count } of us in { $municipality } today. Yesterday there were { $yesterday }. You matter to us.
letter-mentor-wish = Your wish for a mentor is saved. The mentor scheme in velkommen has not started yet, so no mentor is on the way just now.
letter-steps-title = ቀዳሞት ሰለስተ ስጉምትታትኩም:
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
unconfirmed = ኣብነት – ገና ብኮሙነ ኣይተረጋገጸን።
contacts-title = 📇 Contacts in { $municipality }
meeting-places-title = ☕ Meeting places in { $municipality }

## ቤት ጽሕፈታትን መራኸቢ ቦታታትን

office-service-centre = ማእከል ኣገልግሎት
office-refugee-service = ኣገልግሎት ስደተኛታት
office-adult-education = ማእከል ትምህርቲ ዓበይቲ
office-nav = NAV (ስራሕን ማሕበራዊ ሓገዝን)
office-tax-office = ቤት ጽሕፈት ግብሪ፡ ምርግጋጽ መንነት
office-police = ፖሊስ
office-volunteer-centre = ማእከል ወለንተኛታት
office-library = ቤተ-መጻሕፍቲ
place-library = ቤተ-መጻሕፍቲ
place-language-cafe = ምልምማድ ቋንቋ (språkkafé)
place-sports = ስፖርት
place-choir = ጉጅለ ደርፊ
place-volunteering = ወለንታዊ ስራሕ
place-gear-loan = ናውቲ ብነጻ ምልቃሕ
place-clubs = ማሕበራትን ክለባትን
place-culture = ባህሊ

## ትእዛዛት (ሜኑ ናይ Telegram)

command-start = ካብ መጀመርታ ጀምሩ
command-menu = ቀንዲ ሜኑ
command-letter = ደብዳበ ኣቀባብላኹም
command-info = ኣድራሻታትን መራኸቢ ቦታታትን
command-settings = መልስታትኩም ርኣዩን ቀይሩን
command-language = ቋንቋ ቀይሩ
command-privacy = እንታይ ከም እንዕቅብን ስለምንታይን
command-mydata = ብዛዕባኹም ዝዓቀብናዮ ኩሉ
command-delete = ብዛዕባኹም ዘሎ ኩሉ ደምስሱ
command-help = ሓገዝ

## ሰራሕተኛታት

role-coordinator = ኣወሃሃዲ
role-announcer = ምልክታታት
role-mentor-coordinator = ኣወሃሃዲ መሓዛታት
staff-code-malformed = እዚ ናይ ዕድመ ኮድ ኣይመስልን። ሓደ ኮድ ብድምሩ 12 ፊደላትን ቁጽርታትን ኣለዎ፡ ንኣብነት /staff K7QF-2M9X-4TPA።
staff-code-unknown = ነዚ ኮድ እዚ ኣይፈልጦን እየ። ብትኽክል ከም ዝጸሓፍኩምዎ ኣረጋግጹ፡ ወይ ሓድሽ ሕተቱ።
staff-code-expired = እዚ ኮድ እዚ ግዜኡ ሓሊፉ እዩ። ነቲ ዝዓደመኩም ሰብ ሓድሽ ሕተትዎ።
staff-code-used = እዚ ኮድ እዚ ድሮ ኣገልጊሉ እዩ። ነፍሲ ወከፍ ኮድ ሓንሳብ ጥራይ እዩ ዝሰርሕ።
staff-welcome = እንቋዕ ብደሓን መጻእኩም! ሕጂ ከም ሰራሕተኛ ናይ { $municipality } ({ $role }) ተመዝጊብኩም ኣለኹም። ናብ መሳርሒታትኩም ንምብጻሕ /staff ጽሓፉ።
staff-group-bound = እዚ ጉጅለ እዚ ካብ ሕጂ ንደሓር ናይ { $municipality } ({ $role }) ሓበሬታታት ክቕበል እዩ።
staff-not-member = ከም ሰራሕተኛ ኣይተመዝገብኩምን። ናይ ዕድመ ኮድ እንተ ተዋሂቡኩም፡ /staff ምስቲ ኮድ ጽሓፉ።
staff-home-title = 👩‍💼 ንዝስዕብ ኢኹም ትሰርሑ:
staff-membership = • { $municipality } – { $role }
staff-new-announcement = 📣 ሓድሽ ምልክታ
staff-reports = 📊 ጸብጻባት ምብጻሕ
delete-done-staff = ናይ ሰራሕተኛ ተራኹም

## ምልክታታት

announce-pick-municipality = እቲ ምልክታ ንኣየናይ ኮሙነ እዩ?
announce-audience-title = 📣 ሓድሽ ምልክታ ናይ { $municipality }። መን ይብጽሖ? ንምቕያር ጠውቑ፡ ምስ ዓገብኩም ድማ «ቀጽሉ» ጠውቑ።
announce-everyone = ኩሉ
announce-categories-button = መን: { $value }
announce-languages-button = ቋንቋታት: { $value }
announce-children-button = ቆልዑ ዘለዉዎም ስድራታት ጥራይ
announce-arrival-button = ዝመጹ: { $value }
announce-months =
    { $count ->
        [one] ኣብ ዝሓለፈ { $count } ወርሒ
       *[other] ኣብ ዝሓለፉ { $count } ኣዋርሕ
    }
announce-continue = ቀጽሉ →
announce-cancel = ✖ ሰርዙ
announce-cancelled = ተሰሪዙ። ዝተላእከ ነገር የለን።
announce-categories-prompt = እቲ ምልክታ መን ይብጽሖ? ዋላ ሓደ እንተ ዘይመረጽኩም፡ ንኹሉ ይበጽሕ።
announce-languages-prompt = ኣየኖት ቋንቋታት? ዋላ ሓደ እንተ ዘይመረጽኩም፡ ኩሉ ቋንቋታት ማለት እዩ።
announce-text-prompt = ነቲ ምልክታ ብቋንቋ { $language } ጽሓፍዎ፡ ከም ሓደ መልእኽቲ ድማ ስደድዎ (ቢበዝሒ { $max } ፊደላት)። ኩሉ ሰብ ይበጽሖ፡ ትርጉም እንተ ወሰኽኩም ድማ ብቋንቋኡ።
announce-translation-prompt = ነቲ ጽሑፍ ብቋንቋ { $language } ጽሓፍዎ፡ ከም ሓደ መልእኽቲ ድማ ስደድዎ (ቢበዝሒ { $max } ፊደላት)።
announce-text-empty = እቲ መልእኽቲ ባዶ ነይሩ። ነቲ ጽሑፍ ጽሓፍዎ እሞ ስደድዎ።
announce-text-too-long = እቲ ጽሑፍ { $length } ፊደላት እዩ፤ እቲ ደረት { $max } እዩ። ኣሕጽርዎ እሞ እንደገና ስደድዎ።
announce-translations-prompt = ትርጉማት ክትውስኹ ትደልዩ ዶ? ቋንቋኦም ዘይተረኽበ ሰባት፡ ብእንግሊዝኛ እንተ ጸሓፍኩም እንግሊዝኛ፡ እንተ ዘይኮይኑ ቋንቋ ኖርወይ (bokmål) ይረኽቡ (nynorsk ዘንብቡ bokmål ይረኽቡ)። ዝተገለለ ሰብ የለን።
announce-urgency-prompt = ህጹጽ ድዩ? ልሙድ መልእኽትታት ካብ ሰዓት 21:00 ክሳብ 08:00 ኣይለኣኹን።
announce-normal = ልሙድ – ለይቲ ኣይለኣኽን
announce-urgent = ህጹጽ – ለይቲ'ውን ይለኣኽ
announce-schedule-prompt = መዓስ ይለኣኽ?
announce-now = ሕጂ
announce-at = ኣብ ዝተወሰነ ሰዓት
announce-repeat = ዝድገም (crontab)
announce-at-prompt = ዕለትን ሰዓትን ብሰዓት ኖርወይ ጽሓፉ፡ ንኣብነት 01.12.2026 18:00
announce-at-invalid = ክንብቦ ኣይከኣልኩን። ንኣብነት ከምዚ ጽሓፉ: 01.12.2026 18:00
announce-at-past = እቲ ግዜ ሓሊፉ እዩ። ዝመጽእ ግዜ ጽሓፉ።
announce-repeat-prompt =
    ሓሙሽተ ክፋላት ዘለዎ መግለጺ crontab ብሰዓት ኖርወይ ጽሓፉ: ደቒቕ፡ ሰዓት፡ መዓልቲ ወርሒ፡ ወርሒ፡ መዓልቲ ሰሙን (1 = ሰኑይ)።
    ኣብነት: 0 18 * * 2 = ነፍሲ ወከፍ ሰሉስ ሰዓት 18:00።
announce-repeat-invalid = እዚ ቅኑዕ መግለጺ crontab ኣይኮነን። ሓሙሽተ ክፋላት ክህልዎ ኣለዎ፡ ንኣብነት 0 18 * * 2 (ነፍሲ ወከፍ ሰሉስ ሰዓት 18:00)።
announce-repeat-never = እዚ መግለጺ እዚ ምስ ዝኾነ ግዜ ኣይገጥምን፡ ስለዚ ፈጺሙ ኣይለኣኽን። ንኣብነት 0 18 * * 2 (ነፍሲ ወከፍ ሰሉስ ሰዓት 18:00) ፈትኑ።
announce-preview-title = 👀 ቅድመ-ምርኣይ – { $municipality }
announce-preview-audience = መን: { $categories } · ቋንቋታት: { $languages } · ዝመጹ: { $arrival }
announce-preview-reach =
    { $count ->
        [one] ናብ { $count } ሰብ ይበጽሕ:
       *[other] ናብ { $count } ሰባት ይበጽሕ:
    }
announce-preview-language = { $language }: { $count }
announce-preview-fallback = { $language }: { $count } (ነቲ ጽሑፍ ብቋንቋ { $fallback } ይረኽብዎ)
announce-preview-nobody = ምስዚ ምርጫ ዝሰማማዕ ሰብ ገና የለን። መን ከም ዝበጽሖ ቀይሩ።
announce-preview-normal = ልሙድ (ካብ ሰዓት 21:00 ክሳብ 08:00 ኣይለኣኽን)
announce-preview-urgent = ህጹጽ (ለይቲ'ውን ይለኣኽ)
announce-preview-now = ሕጂ ይለኣኽ።
announce-preview-at = ኣብ { $when } ይለኣኽ።
announce-preview-repeat = ብመሰረት «{ $expression }» ይድገም። ዝቕጽል: { $upcoming }።
announce-send =
    { $count ->
        [one] ✅ ናብ { $count } ሰብ ስደዱ
       *[other] ✅ ናብ { $count } ሰባት ስደዱ
    }
announce-edit-text = ✏️ ጽሑፍ ቀይሩ
announce-edit-audience = 👥 ተቐበልቲ ቀይሩ
announce-queued =
    { $count ->
        [0] ዝኾነ መልእኽቲ ኣብ መስርዕ ኣይኣተወን።
        [one] ሓደ መልእኽቲ ኣብ መስርዕ ኣሎ። ምስ ተላእከ ጸብጻብ ምብጻሕ ክበጽሐኩም እዩ።
       *[other] { $count } መልእኽትታት ኣብ መስርዕ ኣለዉ። ምስ ተላእኩ ጸብጻብ ምብጻሕ ክበጽሐኩም እዩ።
    }
announce-scheduled = ተወጢኑ ኣሎ። ቀዳማይ ምልኣኽ: { $when }። ድሕሪ ነፍሲ ወከፍ ምልኣኽ ጸብጻብ ምብጻሕ ክበጽሐኩም እዩ።
announce-reports-title = 📊 ናይ ቀረባ ግዜ ምልክታታት:
announce-reports-none = ገና ምልክታ የለን።
announce-report-line = { $title } – { $municipality }: ዝተላእከ { $sent }፡ ዝተዓገተ { $blocked }፡ ዘይሰለጠ { $failed }፡ ኣብ መስርዕ { $queued }። { $when }
announce-report-next = ዝቕጽል ምልኣኽ: { $when }።
announce-report-done = ተወዲኡ።
announce-report-stopped = ደው ኢሉ።
announce-report = 📊 ጸብጻብ ምብጻሕ – { $title }: ዝተላእከ { $sent }፡ ዝተዓገተ { $blocked }፡ ዘይሰለጠ { $failed }፡ ገና ኣብ መስርዕ { $queued }።
announce-stop = ✖ #{ $id } ደው ኣብሉ
announce-stopped =
    { $count ->
        [one] { $title } ደው ኢሉ ኣሎ። ኣብ መስርዕ ዝነበረ { $count } መልእኽቲ ተሳሒቡ።
       *[other] { $title } ደው ኢሉ ኣሎ። ኣብ መስርዕ ዝነበሩ { $count } መልእኽትታት ተሳሒቦም።
    }

## ንጥፈታት ኣብ መራኸቢ ቦታታት
menu-events = 📅 ንጥፈታት
menu-ask = 💬 ንሰራሕተኛ ሕተቱ
command-events = ኣብ ኮሙነ ዘለዉ ንጥፈታት
command-ask = ንሰራሕተኛ ኮሙነ ሕቶ ሕተቱ
events-title = 📅 ኣብ ዝመጽእ ወርሒ ኣብ { $municipality } ዝካየዱ ንጥፈታት:
events-none = ኣብ ዝመጽእ ወርሒ ኣብ { $municipality } ዝተመዝገበ ንጥፈት የለን። ኣብ «ኣድራሻታትን መራኸቢ ቦታታትን» ዘለዉ መራኸቢ ቦታታት'ውን ርኣዩ።
events-remind-hint = ቅድሚ ሰለስተ ሰዓት መዘኻኸሪ ክበጽሓኩም እንተ ደሊኹም 🔔 ጠውቑ።
event-repeats = ነፍሲ ወከፍ ሰሙን ወይ ብዝተወሰነ መደብ ይድገም።
event-reminder = 🔔 መዘኻኸሪ: { $title }
event-reminder-set = ሕራይ! ብዛዕባ «{ $title }» ({ $event }) ኣብ { $when } መዘኻኸሪ ክበጽሓኩም እዩ።
event-reminder-exists = ብዛዕባ «{ $title }» ({ $event }) ድሮ መዘኻኸሪ ኣለኩም።
event-has-started = እቲ ንጥፈት ጀሚሩ ወይ ተወዲኡ እዩ፡ ስለዚ ከዘኻኽረኩም ኣይክእልን እየ።
event-is-cancelled = እቲ ንጥፈት ተሰሪዙ እዩ።
event-cancelled-notice = ❌ ተሰሪዙ: { $title }
event-changed-notice = ✏️ ተቐይሩ: { $title }። መዘኻኸሪኹም ተሰሪዙ እዩ – ሓድሽ መዘኻኸሪ ንምርካብ ኣብ /events 🔔 ጠውቑ።
staff-events = 📅 ንጥፈታት
staff-events-title = 📅 ዝመጽኡ ንጥፈታት:
staff-events-none = ዝመጽእ ንጥፈት የለን።
staff-new-event = ➕ ሓድሽ ንጥፈት
event-edit = ✏️ #{ $id } ቀይሩ
event-cancel = ✖ #{ $id } ሰርዙ
event-cancel-confirm = ንጥፈት #{ $id } ክትሰርዝዎ ትደልዩ ዶ? መዘኻኸሪ ዝሓተቱ ኩሎም ክሕበሩ እዮም።
event-cancel-yes = ✖ እወ፡ ይሰረዝ
event-cancelled =
    { $count ->
        [0] «{ $title }» ተሰሪዙ። መዘኻኸሪ ዝሓተተ ሰብ ኣይነበረን።
        [one] «{ $title }» ተሰሪዙ። መዘኻኸሪ ዝሓተተ ሓደ ሰብ ክሕበር እዩ።
       *[other] «{ $title }» ተሰሪዙ። መዘኻኸሪ ዝሓተቱ { $count } ሰባት ክሕበሩ እዮም።
    }
event-aborted = እቲ ንጥፈት ኣይተዓቀበን።
event-title-prompt = ስም እቲ ንጥፈት ጽሓፉ፡ ንኣብነት «ምልምማድ ቋንቋ» (ቢበዝሒ { $max } ፊደላት)።
event-place-prompt = ኣበይ እዩ ዝካየድ? መራኸቢ ቦታ ምረጹ ወይ ካልእ ቦታ ጽሓፉ።
event-other-place = ✏️ ካልእ ቦታ
event-place-text-prompt = ነቲ ቦታ ጽሓፉ፡ ንኣብነት «Haram folkebibliotek, Brattvåg» (ቢበዝሒ { $max } ፊደላት)።
event-start-prompt = መዓስ ይጅምር (ንመጀመርታ ግዜ)? ዕለትን ሰዓትን ብሰዓት ኖርወይ ጽሓፉ፡ ንኣብነት 01.12.2026 18:00
event-recurrence-prompt = ካብ ሓደ ግዜ ንላዕሊ ድዩ ዝካየድ?
event-once = ሓንሳብ ጥራይ
event-weekly = ነፍሲ ወከፍ ሰሙን ({ $when })
event-repeat-crontab = ብመሰረት «{ $expression }» ይድገም (crontab፡ ሰዓት ኖርወይ)።
event-audience-prompt = ንመን እዩ? ዋላ ሓደ እንተ ዘይመረጽኩም፡ ኣብ ኮሙነ ንዘለዉ ኩሎም ሓደስቲ ተቐማጦ ክርአ እዩ።
event-for = ንመን: { $who }
event-description-prompt = ብቋንቋ { $language } ሓጺር መግለጺ ጽሓፉ (ቢበዝሒ { $max } ፊደላት)።
event-descriptions-prompt = እቲ ብቋንቋ ኖርወይ (bokmål) ዝተጻሕፈ መግለጺ ተዓቂቡ። ካልኦት ቋንቋታት'ውን እንተ ወሰኽኩም ጽቡቕ እዩ። ብቋንቋኦም መግለጺ ዘይረኸቡ ሰባት፡ እንግሊዝኛ መግለጺ እንተሎ ንእኡ፡ እንተ ዘይኮይኑ ናይ bokmål ይረኽቡ።
event-preview-languages = መግለጺ ብቋንቋ:
event-preview-fallback = { $language }: { $fallback } ይረኽቡ
event-summary-title = 📅 { $title }
event-save = ✅ ዓቅቡ
event-change-title = ✏️ ስም
event-change-place = 📍 ቦታ
event-change-time = 🕕 ግዜ
event-change-audience = 👥 ንመን
event-change-descriptions = 📝 መግለጺታት
event-saved = ✅ እቲ ንጥፈት ተዓቂቡ፡ ነቶም ዝምልከቶም ሰባት ኣብ /events ይርአ።
event-updated =
    { $count ->
        [0] ✅ እቲ ለውጢ ተዓቂቡ።
        [one] ✅ እቲ ለውጢ ተዓቂቡ። መዘኻኸሪ ዝሓተተ ሓደ ሰብ ክሕበር እዩ።
       *[other] ✅ እቲ ለውጢ ተዓቂቡ። መዘኻኸሪ ዝሓተቱ { $count } ሰባት ክሕበሩ እዮም።
    }
event-announce = 📣 ምልክታ ንጥፈት
event-announce-started = እቲ ምልክታ ብሓበሬታ እቲ ንጥፈት ተመሊኡ ኣሎ፡ ብዝተገልጸሉ ቋንቋታት። ተቐበልቲ ምረጹ።

## ንሰራሕተኛ ሕተቱ (ጉዳያት)
ask-prompt =
    Write your question in one message, in any language (at most { $max } characters).
    It goes to the staff in { $municipality }. They see a case number, your language and which group you belong to – not your name. The answer will come here.
ask-sent = ✅ ናብ { $municipality } ተላኢኹ። ቁጽሪ ጉዳይኩም { $case } እዩ። መልሲ ኣብዚ ዕላል ክበጽሓኩም እዩ።
case-notification = ❓ New case { $case } · { $who }
case-notification-more = ❓ More in case { $case } · { $who }
case-notification-footer = ↩️ ንምምላስ ነዚ መልእኽቲ መልሱሉ (reply)፡ ወይ /reply { $case } ምስቲ መልሲ ጽሓፉ። ነቲ ጉዳይ ንምዕጻው /close { $case } ጽሓፉ።
case-answer = 💬 መልሲ ካብ { $municipality } (ጉዳይ { $case }):
case-answer-footer = ተወሳኺ ክትሓቱ ትደልዩ ዶ? ኣብ /menu «ንሰራሕተኛ ሕተቱ» ጠውቑ።
case-answer-sent = ✅ እቲ መልሲ ኣብ ጉዳይ { $case } ተላኢኹ።
case-unknown = ክትርእይዎ እትኽእሉ ጉዳይ { $case } ኣይረኸብኩን።
case-closed = ጉዳይ { $case } ተዓጽዩ።
case-already-closed = ጉዳይ { $case } ድሮ ተዓጽዩ ነይሩ።
case-reply-usage = ንኣብነት /reply S-7KQ4 መልስኹም፡ ወይ /close S-7KQ4 ጽሓፉ።
case-close-button = ✔ { $case } ዕጸዉ
cases-title = 💬 ክፉታት ጉዳያት:
cases-line = { $case } · { $who } · waiting { $hours } h · { $messages ->
        [one] one message
       *[other] { $messages } messages
    }
cases-none = ክፉት ጉዳይ የለን።
cases-hint = ንመልእኽቲ እቲ ጉዳይ ብምምላስ መልሱ፡ ወይ /reply ቁጽሪ-ጉዳይ ጽሑፍ ጽሓፉ።
cases-not-allowed = ጉዳያት ክርእዩ ዝኽእሉ ኣወሃሃድትን ጉጅለታት ሰራሕተኛታትን ጥራይ እዮም።
field-cases = ናብ ኮሙነ ዝቐረቡ ሕቶታት
delete-done-cases =
    { $count ->
        [one] { $count } ናብ ኮሙነ ዝቐረበ ሕቶ፡ ምስ መልሱ
       *[other] { $count } ናብ ኮሙነ ዝቐረቡ ሕቶታት፡ ምስ መልስታቶም
    }

## መምርሒ፡ ዝርዝር ስጉምትታትን ብጽሑፍ ዝቐርቡ ሕቶታትን
menu-guide = 📘 መምርሒ
menu-housing = 🏠 መንበሪ ገዛ
menu-checklist = ✅ ዝርዝር ስጉምትታተይ
command-guide = መምርሒ: መንነት፡ ግብሪ፡ ባንኪ፡ NAV፡ ሓኪም፡ ቤት ትምህርቲ፡ ኖርወይኛ
command-housing = ገዛ ምክራይን ምዕዳግን፡ depositum፡ ሓገዝ ገዛ (bostøtte)
command-checklist = ዝርዝር ስጉምትታትኩም: ዝገበርኩምዎን ዝተረፈን
guide-title = 📘 መምርሒ: ኣርእስቲ ምረጹ።
housing-title = 🏠 መንበሪ ገዛ: ኣርእስቲ ምረጹ።
guide-steps = ብኸመይ ከም እትገብርዎ:
guide-bring = 🎒 ሒዝኩም ኪዱ:
guide-where = 📍 ኣብ { $municipality }:
guide-unconfirmed = ኣብዚ ዘሎ ሓበሬታ ብምልኡ ገና ብወግዓዊ ምንጪ ኣይተረጋገጸን። ቅድሚ ምእማንኩም ንኮሙነ ሕተቱ።
guide-previous = ◀ ዝሓለፈ
guide-next = ዝቕጽል ▶
checklist-title = ✅ ዝርዝር ስጉምትታትኩም: ካብ { $total } { $done } ተገይሩ
checklist-after = ቅድም ክውዳእ ዘለዎ: { $steps }
checklist-hint = ሓደ ስጉምቲ ጠውቑ፡ ብኸመይ ከም እትገብርዎ ከተንብቡን ምልክት ክትገብሩሉን።
checklist-mark-done = ✅ ተገይሩ: { $step }
checklist-mark-skip = ➖ ኣይምልከተንን
checklist-mark-open = ↩️ ገና ኣይተገብረን: { $step }
checklist-marked-done = ጽቡቕ! «{ $step }» ከም ዝተገብረ ተመዝጊቡ።
checklist-marked-skipped = «{ $step }» ከም ዘይምልከተኩም ተመዝጊቡ።
checklist-marked-open = «{ $step }» ናብቲ ዝርዝር ተመሊሱ።
question-matches = ነዞም ኣርእስትታት ረኺበዮም። ሓደ ካብኣቶም እቲ እትደልይዎ ድዩ?
question-none-button = ካብዚኦም ዋላ ሓደ ኣይኮነን
question-none = ይቕሬታ፡ ክረኽቦ ኣይከኣልኩን።
question-none-next = ኣብቲ መምርሒ ክትደልዩ፡ ወይ ንሓደ ሰራሕተኛ ኮሙነ ክትሓቱ ትኽእሉ ኢኹም።
question-no-match = ዝሰማማዕ ኣርእስቲ ኣይረኸብኩን። ካልእ ቃላት ፈትኑ (ንኣብነት «ካርድ ግብሪ» ወይ «ሓኪም»)፡ ወይ መጠወቕታት ተጠቐሙ።
field-checklist = ዝርዝር ስጉምትታት
value-checklist = ዝተገብረ: { $done }፡ ዘይምልከት: { $skipped }
delete-done-checklist = ናይ ዝርዝር ስጉምትታትኩም ምዕባለ

## ክእለትን ተመክሮን (/skills)
menu-skills = 🧰 ክገብሮ ዝኽእል
command-skills = ትምህርትኹም፡ ስራሕኩም፡ ቋንቋታትኩምን ድሌትኩምን
skills-consent =
    🧰 Few newcomers work with what they trained for, and nobody asks what families bring. Here you can tell us what you have education and experience in, which languages you speak and what you would like.
    Everything is optional. We store it only if you say yes, you see it in /mydata, and you can change or delete it at any time. No staff member can see it in velkommen today.
    Do you want to fill it in?
skills-consent-yes = ✅ እወ፡ ክመልኦ እደሊ
skills-consent-no = ኣይፋል፡ የቐንየለይ
skills-declined = ሕራይ፡ ዝኾነ ነገር ኣይንዕቅብን። ኣብ /menu ኣብ ትሕቲ «ክገብሮ ዝኽእል» እንደገና ክትረኽብዎ ትኽእሉ ኢኹም።
skills-overview = ክትመልእዎ ወይ ክትቕይርዎ እትደልዩ ጠውቑ። ኩሉ ብድሌትኩም እዩ።
skills-summary-title = 🧰 ክገብሮ ዝኽእል:
skills-part-education = 🎓 ትምህርቲ
skills-part-field = 🧭 ዓውዲ ስራሕ
skills-part-profession = 👷 ሞያ
skills-part-experience = ⏳ ተመክሮ
skills-part-languages = 🗣 ቋንቋታት
skills-part-licence = 🚗 ፍቓድ ምዝዋር
skills-part-wishes = 🎯 ድሌታት
skills-shared = 👀 You have said the municipality may see this. No staff member can see it in velkommen yet.
skills-not-shared = 🔒 ነዚ ንስኹም ጥራይ ኢኹም እትርእይዎ።
skills-share-start = 👀 The municipality may see this
skills-share-stop = 🔒 The municipality may not see this
skills-share-on = Saved: you have said the municipality may see this. Today no staff member can see it in velkommen.
skills-share-off = ሕጂ ነዚ ንስኹም ጥራይ ኢኹም እትርእይዎ።
skills-clear = 🗑 እዚ ደምስሱ
skills-finish = ✅ ተወዲኡ
skills-cleared = ኣብ ትሕቲ «ክገብሮ ዝኽእል» ዝመላእኩምዎ ተደምሲሱ።
skills-thanks = የቐንየለይ! ኣብ ዝኾነ እዋን ኣብ ትሕቲ «ክገብሮ ዝኽእል» ክትቕይርዎ ትኽእሉ ኢኹም።
skills-education-prompt = ዝወድኣኩምዎ ዝለዓለ ትምህርቲ እንታይ እዩ?
skills-field-prompt = ኣብ ኣየናይ ዓውዲ ትምህርቲ ወይ ተመክሮ ኣለኩም?
skills-profession-prompt = ሞያኹም ብውሑዳት ቃላት ጽሓፉ፡ ንኣብነት «ነርስ» ወይ «ኣናጺ» (ቢበዝሒ { $max } ፊደላት)።
skills-profession-invalid = ሞያኹም ብውሑዳት ቃላት ጽሓፉ፡ ቢበዝሒ { $max } ፊደላት።
skills-experience-prompt = ኣብዚ ክንደይ ዓመት ተመክሮ ኣለኩም?
skills-languages-prompt = ኣየኖት ቋንቋታት ትዛረቡ? ንዝምልከተኩም ኩሉ ጠውቑ።
skills-licence-prompt = ፍቓድ ምዝዋር (ሊቸንሳ) ኣለኩም ዶ?
skills-wishes-prompt = እንታይ ትደልዩ? ንዝምልከተኩም ኩሉ ጠውቑ።
skills-edu-none = ዝተወደአ ትምህርቲ የለን
skills-edu-primary = መባእታን ማእከላይን ደረጃ
skills-edu-secondary = ካልኣይ ደረጃ
skills-edu-vocational = ሞያዊ ትምህርቲ ወይ ሰርቲፊኬት (fagbrev)
skills-edu-bachelor = ኮለጅ ወይ ዩኒቨርስቲ (ቀዳማይ ዲግሪ)
skills-edu-master = ማስተርስ ወይ ልዕሊኡ
skills-field-health = ጥዕና
skills-field-teaching = ምምሃር
skills-field-technical = ቴክኒክን ኢንዱስትሪን
skills-field-building = ህንጻን ኮንስትራክሽንን
skills-field-transport = መጓዓዝያን መኽዘንን
skills-field-farming = ሕርሻን ምግፋፍ ዓሳን
skills-field-food = መግቢ፡ ሆቴልን ቤት መግብን
skills-field-office = ቤት ጽሕፈትን ፋይናንስን
skills-field-it = IT (ኮምፒዩተር)
skills-field-service = ጽሬትን ኣገልግሎትን
skills-field-care = ክንክንን መውዓሊ ህጻናትን
skills-field-other = ካልእ
skills-exp-lt1 = ትሕቲ 1 ዓመት
skills-exp-1-3 = 1–3 ዓመት
skills-exp-3-10 = 3–10 ዓመት
skills-exp-gt10 = ልዕሊ 10 ዓመት
skills-licence-none = የብለይን
skills-licence-car = እወ፡ ንማኪና (ደረጃ B)
skills-licence-heavy = እወ፡ ንናይ ጽዕነት ማኪና ወይ ኣውቶቡስ
skills-wish-same = ኣብ ሞያይ ስራሕ
skills-wish-any = ዝኾነ ይኹን ስራሕ
skills-wish-edu = ትምህርቲ ወይ ኮርስ
skills-wish-recog = ትምህርተይ ክጸድቕ
skills-wish-business = ናይ ገዛእ ርእሰይ ንግዲ ክጅምር
delete-done-skills = ኣብ ትሕቲ «ክገብሮ ዝኽእል» ዝነገርኩምና
checklist-due = ⏰ ክሳብ መወዳእታ { $month }
checklist-overdue = ⚠️ ክሳብ መወዳእታ { $month } ክግበር ነይርዎ – ብዝተኻእለ መጠን ቀልጢፍኩም ግበርዎ
staff-cases = 💬 ክፉታት ጉዳያት
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
