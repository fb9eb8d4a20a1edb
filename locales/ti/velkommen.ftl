# velkommen — ትግርኛ (Tigrinya, as written in Eritrea).
# Same keys as the reference locale (nb). Polite plural address (ንስኹም)
# throughout, so that no reader is addressed as only male or only female.
# One word for kommune: ኮሙነ (glossed ምምሕዳር ከባቢ), as in the guide. Comma: ፣.
# Month names carry their number, e.g. ታሕሳስ (12): Ethiopian-calendar readers
# use the same names for other months.

language-name = ትግርኛ

## ሓፈሻዊ

error-generic = ይቕሬታ፣ ኣብ ወገንና ገለ ጸገም ኣጋጢሙ። በጃኹም ድሕሪ ቁሩብ እንደገና ፈትኑ – ዘቐመጥኩምዎ ሓበሬታ ኣይጠፍአን።
stale-button = እዚ መጠወቒ እዚ ደጊም ኣይሰርሕን እዩ። ሕጂ ክትገብርዎ እትኽእሉ እዚ እዩ:
state-recovered = ይቕሬታ፣ ኣብ ዝርርብና ኣበይ በጺሕና ከም ዝነበርና ጠፊኡኒ። መልስታትኩም ተዓቂቦም ኣለዉ – ካብዚ ንቕጽል።
use-the-buttons = ንቕድሚት ንምቕጻል፣ በጃኹም ሓደ ካብቶም ኣብ ትሕቲ እቲ መልእኽቲ ዘለዉ መጠወቕታት ጠውቑ።
unsupported-message = ጽሑፍን ምጥዋቕ መጠወቕታትን ጥራይ እየ ዘንብብ – ስእሊ፣ ድምጺ፣ ስቲከር ወይ ቦታ (location) ኣይኮነን።
edited-message = ድሕሪ ምልኣኹ ዝተኣረመ መልእኽቲ ኣየንብብን እየ። በጃኹም ኣብ ክንድኡ ሓድሽ መልእኽቲ ስደዱ።
group-chat = ውልቃዊ ሓበሬታኹም ንምሕላው፣ ኣብ ብሕታዊ ዕላል ጥራይ እየ ዝዛረብ። ኣብ ስመይ ጠውቑ እሞ ብቐጥታ ጽሓፉለይ።
unknown-command = ነዚ ትእዛዝ እዚ ኣይፈልጦን እየ። /help ክገብሮ ዝኽእል ኩሉ የርኢ።
finish-first = ቅድም ነዚ ንወድኦ:
needs-profile = ደብዳበ ኣቀባብላን መልስታትኩምን ፕሮፋይል የድልዮም። ንምጅማር «ፕሮፋይል ፍጠሩ» ጠውቑ።
button-back = ← ተመለሱ
button-menu = ☰ ሜኑ

## ምጅማርን ቋንቋን

start-hello = ሰላም፣ እንቋዕ ብደሓን መጻእኩም! ኣነ ናይ ኮሙነ (ምምሕዳር ከባቢ) ዲጂታላዊ ኣገልግሎት ኣቀባብላ እየ። ንሓደስቲ ተቐማጦ እየ ዘገልግል።
start-hello-municipality = ሰላም፣ እንቋዕ ናብ { $municipality } ብደሓን መጻእኩም! ኣነ ናይ ኮሙነ (ምምሕዳር ከባቢ) ዲጂታላዊ ኣገልግሎት ኣቀባብላ እየ። ንሓደስቲ ተቐማጦ እየ ዘገልግል።
start-unknown-link = እቲ ዝተጠቐምኩምሉ ሊንክ ኣይፈልጦን እየ። በጃኹም ኮሙነኹም ካብቲ ዝርዝር ምረጹ።
start-registered-elsewhere = ኣብ { $municipality } ተመዝጊብኩም ኣለኹም። እቲ ዝተጠቐምኩምሉ ሊንክ ናይ { $linked } እዩ። ኮሙነኹም ኣብ /settings ክትቕይሩ ትኽእሉ ኢኹም።
welcome-back = እንቋዕ ብደሓን ተመለስኩም!
link-municipality-prompt = ኣብ ኣየናይ ኮሙነ ኢኹም ትነብሩ፣ ወይስ ናብ ኣየናይ ኮሙነ ክትግዕዙ ኢኹም?
language-prompt = 🌐 ሕጂ ዘሎ ቋንቋ: { $language }። ክትጥቀሙሉ እትደልዩ ቋንቋ ጠውቑ:
language-changed = ጽቡቕ፣ ሕጂ ብትግርኛ ክንዛረብ ኢና።

## ምሕላው ሓበሬታ

privacy-notice =
    🔒 ምሕላው ሓበሬታ – ብሓጺሩ

    «እወ» እንተ ኢልኩም፣ እዚ ንዕቅብ:
    • ኮሙነኹምን ቋንቋኹምን
    • ስለምንታይ ከም ዝመጻእኩም: ከም ስደተኛ፣ ንስራሕ፣ ናብ ስድራ ወይ ካልእ ምኽንያት
    • ዜጋ ሃገራት ኖርዲክ፣ ዜጋ EU/EØS ወይ ካብ ካልእ ሃገር ምዃንኩም (ንስደተኛታት እዚ ኣይንሓትን)
    • ኣብ ኣየናይ ወርሒ ከም ዝመጻእኩምን ምስ መን ከም እትነብሩን
    • መሓዛ (fadder) ትደልዩ እንተ ኾይንኩም
    • ቁጽሪ ዕላልኩም፣ መልሲ ክንህበኩም ምእንቲ
    ስምኩም፣ ጥዕናኹም፣ ሃይማኖትኩም ወይ ሰነዳትኩም ፈጺምና ኣይንሓትን።

    ስለምንታይ: እቲ ምኽርን ደብዳበ ኣቀባብላን ንዓኹም ምእንቲ ክሰማማዕ።
    መን ይርእዮ: ኣብ ኮሙነኹም ንሓደስቲ ተቐማጦ ዝቕበሉ ሰባት ጥራይ። መልእኽትታት ብመንገዲ Telegram ይሓልፉ።

    /mydata ብዛዕባኹም ዘሎና ኩሉ የርኢ። /delete ኣብ ዝኾነ ግዜ ኩሉ ይድምስስ።
    «ኣይፋል» እንተ ኢልኩም፣ ቋንቋኹምን ኣብ ዝርርብ ኣበይ ከም ዘለኹምን ጥራይ ንዕቅብ።
privacy-question = መልስታትኩም ክንዕቅብ ትፈቕዱልና ዶ?
privacy-accept = እወ፣ እሰማማዕ እየ
privacy-decline = ኣይፋል፣ የቐንየለይ
privacy-thanks = የቐንየለይ! ሕጂ ቁሩብ ሓጸርቲ ሕቶታት ክሓተኩም እየ። ብመጠወቕታት ኢኹም ትምልሱ፣ ድሒርኩም ድማ መልስታትኩም ክትቕይርዎ ትኽእሉ ኢኹም።
privacy-declined = ጸገም የብሉን። ብዛዕባኹም ዝዓቀብናዮ ነገር የለን፣ ቋንቋኹምን ኣብ ዝርርብ ኣበይ ከም ዘለኹምን ጥራይ። ብዛዕባ ኮሙነታት ከተንብቡ ትኽእሉ ኢኹም፣ ድሒርኩም ድማ /privacy ብምጽሓፍ «እወ» ክትብሉ ትኽእሉ ኢኹም።
privacy-consented = ዕለት { $date } ነዚ ተሰማሚዕኩም። /delete ተጠቒምኩም ፍቓድኩም ክትስሕቡን ኩሉ ክትድምስሱን ትኽእሉ ኢኹም።

## ሕቶታት

municipality-prompt = ኣብ ኣየናይ ኮሙነ ኢኹም ትነብሩ፣ ወይስ ናብ ኣየናይ ኮሙነ ክትግዕዙ ኢኹም?
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
household-partner = ምስ መጻምድቲ፣ ብዘይ ቆልዑ
household-children = ምስ ቆልዑ
mentor-prompt =
    ናብዚ ዝገዓዙ ብዙሓት ሰባት፣ ሓደ ኖርወያዊ ምፍላጥ ብዙሕ ትርጉም ከም ዝነበሮ ይብሉ።

    መሓዛ (fadder) ኣብዚ ኮሙነ ዝነብር ወለንተኛ እዩ – ሓደ ሓደ ግዜ ቅድሚ ቁሩብ ዓመታት ባዕሉ ናብዚ ዝገዓዘ ሰብ። መሓዛ ምሳኹም ቡን ክሰቲ፣ ከባቢ ከርእየኩምን ንንኣሽቱ ሕቶታት መዓልታዊ ህይወት ክምልሰልኩምን ይኽእል።

    «እወ» እንተ ኢልኩም፣ ኣብ ዝርዝር ክትኣትዉ ኢኹም። ኮሙነ ዝሰማማዓኩም መሓዛ ይደሊ፣ እቲ መሓዛ መን ምዃንኩም ቅድሚ ምፍላጡ ድማ ይሓተኩም።

    መሓዛ ትደልዩ ዶ?
mentor-yes = እወ፣ ብሓጎስ
mentor-no = ሕጂ ኣይፋል፣ የቐንየለይ
mentor-value-yes = መሓዛ ይድለ
mentor-value-no = ሕጂ ኣይኮነን
profile-done = ስለ መልስታትኩም የቐንየለይ! እንሆ ደብዳበ ኣቀባብላኹም።

## ኣዋርሕ

month-1 = ጥሪ (1)
month-2 = ለካቲት (2)
month-3 = መጋቢት (3)
month-4 = ሚያዝያ (4)
month-5 = ግንቦት (5)
month-6 = ሰነ (6)
month-7 = ሓምለ (7)
month-8 = ነሓሰ (8)
month-9 = መስከረም (9)
month-10 = ጥቅምቲ (10)
month-11 = ሕዳር (11)
month-12 = ታሕሳስ (12)
month-short-1 = ጥሪ (1)
month-short-2 = ለካቲት (2)
month-short-3 = መጋቢት (3)
month-short-4 = ሚያዝያ (4)
month-short-5 = ግንቦት (5)
month-short-6 = ሰነ (6)
month-short-7 = ሓምለ (7)
month-short-8 = ነሓሰ (8)
month-short-9 = መስከረም (9)
month-short-10 = ጥቅምቲ (10)
month-short-11 = ሕዳር (11)
month-short-12 = ታሕሳስ (12)

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
guest-title = ምሳና ፕሮፋይል የብልኩምን፣ ስለዚ ብዛዕባኹም ዝኾነ ነገር ኣይንዕቅብን። ክትገብርዎ እትኽእሉ እዚ እዩ:
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
    ነዚኣቶም ክትጽሕፉለይ ትኽእሉ ኢኹም:
    /menu – ቀንዲ ሜኑ
    /letter – ደብዳበ ኣቀባብላኹም
    /info – ኣድራሻታትን መራኸቢ ቦታታትን
    /guide – መምርሒ: መንነት፣ ግብሪ፣ ባንኪ፣ NAV፣ ሓኪም፣ ቤት ትምህርቲ፣ ኖርወይኛ፣ ስራሕ
    /housing – ገዛ ምክራይን ምዕዳግን
    /checklist – ዝርዝር ስጉምትታትኩም
    /events – ኣብ ኮሙነ ዘለዉ ንጥፈታት
    /ask – ንሰራሕተኛ ኮሙነ ሕቶ ሕተቱ
    /skills – ክትገብርዎ እትኽእሉ፣ ክትነግሩና እንተ ደሊኹም
    /settings – መልስታትኩም ርኣዩን ቀይሩን
    /language – ቋንቋ ቀይሩ
    /privacy – እንታይ ከም እንዕቅብን ስለምንታይን
    /mydata – ብዛዕባኹም ዝዓቀብናዮ ኩሉ
    /delete – ብዛዕባኹም ዘሎ ኩሉ ደምስሱ
    /start – ካብ መጀመርታ ጀምሩ
    ሕቶ ብናይ ገዛእ ርእስኹም ቃላት እውን ክትጽሕፉ ትኽእሉ ኢኹም፣ ንኣብነት «ካርድ ግብሪ» ወይ «ሓኪም»፣ ኣነ ድማ ዝሰማምዑ ኣርእስትታት ክረኽብ እየ። ኣብ ትሕቲ መልእኽትታት ዘለዉ መጠወቕታት እውን ክትጥውቑ ትኽእሉ ኢኹም።

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
mydata-no-profile = ፕሮፋይል የብልኩምን፣ ስለዚ ካባኹም ዝተቐበልናዮ መልሲ የለን። ቋንቋኹምን ኣብ ዝርርብ ኣበይ ከም ዘለኹምን ጥራይ ኢና ንዝክር።
mydata-footer = /settings ተጠቒምኩም መልስታትኩም ክትቕይሩ፣ /delete ተጠቒምኩም ድማ ኩሉ ክትድምስሱ ትኽእሉ ኢኹም።

## ምድምሳስ

delete-confirm = ብዛዕባኹም ዝዓቀብናዮ ኩሉ ክትድምስሱ ትደልዩ ዶ? እዚ ፕሮፋይልኩም፣ መልስታትኩምን ክለኣኹ ዝጽበዩ ዘለዉ መልእኽትታትን የጠቓልል። ምስ ተደምሰሰ ክምለስ ኣይክእልን እዩ።
delete-yes = እወ፣ ኩሉ ይደምሰስ
delete-no = ኣይፋል፣ ይጽናሕ
delete-cancelled = ሕራይ፣ ዝተደምሰሰ ነገር የለን።
delete-nothing = ብዛዕባኹም ዝዓቀብናዮ ነገር ኣይነበረን።
delete-done = ተወዲኡ። እዚ ተደምሲሱ ኣሎ:
delete-done-profile = ፕሮፋይልኩም: ኮሙነ፣ መልስታትን ፍቓድን
delete-done-conversation = ዝርርብ: ቋንቋኹምን ኣበይ በጺሕኩም ከም ዝነበርኩምን
delete-done-pending =
    { $count ->
        [one] { $count } ክለኣኽ ዝጽበ ዝነበረ መልእኽቲ
       *[other] { $count } ክለኣኹ ዝጽበዩ ዝነበሩ መልእኽትታት
    }
delete-done-footer = ሕጂ ብዛዕባኹም ዝኾነ ሓበሬታ የብልናን። እንደገና ክትጅምሩ እንተ ደሊኹም /start ጽሓፉ።

## ደብዳበ ኣቀባብላ

letter-greeting-refugee = እንቋዕ ናብ { $municipality } ብደሓን መጻእኩም! በይንኹም ኣይክትተርፉን ኢኹም: ኣገልግሎት ስደተኛታት ኣብ ቀዳሞት ዓመታት ምሳኹም ክኸውን እዩ።
letter-greeting-labour = እንቋዕ ናብ { $municipality } ብደሓን መጻእኩም! ንስራሕ ዝመጹ ብዙሓት መንገዶም ባዕሎም ክረኽቡ ይግደዱ። ስለዚ እቲ ኣገዳሲ ኣብዚ ብሓደ ኣሎ።
letter-greeting-family = እንቋዕ ናብ { $municipality } ብደሓን መጻእኩም! ንዓኹምን ንስድራኹምን ዝያዳ ዘገድስ እንሆ።
letter-greeting-other = እንቋዕ ናብ { $municipality } ብደሓን መጻእኩም! ጽቡቕ ንምጅማር ዝያዳ ዘገድስ እንሆ።
letter-population = ሎሚ ኣብ { $municipality } { $count } ተቐማጦ ኢና። ትማሊ { $yesterday } ኔርና። ንዓና ኣገደስቲ ኢኹም።
letter-mentor-wish = ኣብ ዝርዝር ምጽባይ መሓዛ (fadder) ኣለኹም። ብምንታይ ክትሕገዙ ከም እትደልዩ ክትነግሩና፣ ነቲ ኣብ ታሕቲ ዘሎ መጠወቒ ጠውቑ።
letter-steps-title = ቀዳሞት ሰለስተ ስጉምትታትኩም:
letter-step = { $number }. { $text }
step-refugee-service = ምስ ኣገልግሎት ስደተኛታት ተራኸቡ። ሰብ ርክብን ንመደብ መእተዊ (introduksjonsprogram) ዝኸውን ውጥንን ትረኽቡ።
step-norwegian-refugee = ኖርወይኛ ምምሃር ጀምሩ። ከም ስደተኛ፣ ብናጻ ትምህርቲ ኖርወይኛን ፍልጠት ሕብረተሰብን ናይ ምውሳድ መሰልን ግዴታን ኣለኩም።
step-doctor = ኣብ helsenorge.no fastlege (ናይ ገዛእ ርእስኹም ሓኪም) ርኸቡ። Legevakt (ሓኪም ህጹጽ ግዜ): 116 117። ህጹጽ: 113 ኣምቡላንስ፣ 112 ፖሊስ፣ 110 ሓዊ።
step-id-check = ኣብ Skatteetaten (ቤት ጽሕፈት ግብሪ) ንመርመራ መንነት ቆጸራ ሓዙ። ኣብኡ D-nummer ወይ fødselsnummer (ሃገራዊ መለለዪ ቁጽሪ) ትረኽቡ።
step-tax-card = ስራሕ ቅድሚ ምጅማርኩም skattekort (ካርድ ግብሪ) ሕተቱ። kildeskatt እንተ ኾይኑ፣ ካብ ደሞዝኩም ቀዋሚ ሚእታዊት ከም ግብሪ ይቖረጽ።
step-bank = ሕሳብ ባንኪ ክፈቱ፣ BankID ድማ ኣውጽኡ። ባንኪ D-nummer ወይ fødselsnummer የድልዮ።
step-norwegian-rights = ብናጻ ትምህርቲ ኖርወይኛ ናይ ምርካብ መሰል እንተለኩም ፍለጡ። ኣብቲ ዝመጻእኩምሉ ምኽንያት ይምርኮስ።
step-service-centre = ምስ ማእከል ኣገልግሎት (servicetorget) ናይ ኮሙነ ተራኸቡ። ቅኑዕ ቤት ጽሕፈት ክትረኽቡ ይሕግዙኹም።
letter-children = 👨‍👩‍👧 ቆልዑ ሓደ ዓመት ካብ ዝመልኡ ቦታ barnehage (መውዓሊ ህጻናት)፣ 6 ዓመት ካብ ዝመልእሉ ዓመት ድማ ቦታ ቤት ትምህርቲ ናይ ምርካብ መሰል ኣለዎም። ናይ barnehage ገደብ ግዜ መመልከቲ መብዛሕትኡ 1 መጋቢት (3) እዩ።
letter-footer = ተወሳኺ ንምንባብ ሓደ ስጉምቲ ጠውቑ። ኣድራሻታትን መራኸቢ ቦታታትን ኣብ ትሕቲ እቶም መጠወቕታት ኣለዉ፣ ነዚ ደብዳበ ድማ ብ /letter እንደገና ትረኽብዎ።
source-line = 🔗 { $link } (ዝተረጋገጸ: { $date })
unconfirmed = ኣብነት – ገና ብኮሙነ ኣይተረጋገጸን።
contacts-title = 📇 ኣድራሻታት ኣብ { $municipality }
meeting-places-title = ☕ መራኸቢ ቦታታት ኣብ { $municipality }

## ቤት ጽሕፈታትን መራኸቢ ቦታታትን

office-service-centre = ማእከል ኣገልግሎት
office-refugee-service = ኣገልግሎት ስደተኛታት
office-adult-education = ማእከል ትምህርቲ ዓበይቲ
office-nav = NAV (ቤት ጽሕፈት ስራሕን ማሕበራዊ ድሕነትን)
office-tax-office = Skatteetaten (ቤት ጽሕፈት ግብሪ)፣ መርመራ መንነት
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
staff-code-malformed = እዚ ናይ ዕድመ ኮድ ኣይመስልን። ሓደ ኮድ ብድምሩ 12 ፊደላትን ቁጽርታትን ኣለዎ፣ ንኣብነት /staff K7QF-2M9X-4TPA።
staff-code-unknown = ነዚ ኮድ እዚ ኣይፈልጦን እየ። ብትኽክል ከም ዝጸሓፍኩምዎ ኣረጋግጹ፣ ወይ ሓድሽ ሕተቱ።
staff-code-expired = እዚ ኮድ እዚ ግዜኡ ሓሊፉ እዩ። ነቲ ዝዓደመኩም ሰብ ሓድሽ ሕተትዎ።
staff-code-used = እዚ ኮድ እዚ ድሮ ኣገልጊሉ እዩ። ነፍሲ ወከፍ ኮድ ሓንሳብ ጥራይ እዩ ዝሰርሕ።
staff-welcome = እንቋዕ ብደሓን መጻእኩም! ሕጂ ከም ሰራሕተኛ ናይ { $municipality } ({ $role }) ተመዝጊብኩም ኣለኹም። ናብ መሳርሒታትኩም ንምብጻሕ /staff ጽሓፉ።
staff-group-bound = እዚ ጉጅለ እዚ ካብ ሕጂ ንደሓር ናይ { $municipality } ({ $role }) ሓበሬታታት ክቕበል እዩ።
staff-not-member = ከም ሰራሕተኛ ኣይተመዝገብኩምን። ናይ ዕድመ ኮድ እንተ ተዋሂቡኩም፣ /staff ምስቲ ኮድ ጽሓፉ።
staff-home-title = 👩‍💼 ንዝስዕብ ኢኹም ትሰርሑ:
staff-membership = • { $municipality } – { $role }
staff-new-announcement = 📣 ሓድሽ ምልክታ
staff-reports = 📊 ጸብጻባት ምብጻሕ
delete-done-staff = ናይ ሰራሕተኛ ተራኹም

## ምልክታታት

announce-pick-municipality = እቲ ምልክታ ንኣየናይ ኮሙነ እዩ?
announce-audience-title = 📣 ሓድሽ ምልክታ ናይ { $municipality }። መን ይብጽሖ? ንምቕያር ጠውቑ፣ ምስ ዓገብኩም ድማ «ቀጽሉ» ጠውቑ።
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
announce-categories-prompt = እቲ ምልክታ መን ይብጽሖ? ዋላ ሓደ እንተ ዘይመረጽኩም፣ ንኹሉ ይበጽሕ።
announce-languages-prompt = ኣየኖት ቋንቋታት? ዋላ ሓደ እንተ ዘይመረጽኩም፣ ኩሉ ቋንቋታት ማለት እዩ።
announce-text-prompt = ነቲ ምልክታ ብቋንቋ { $language } ጽሓፍዎ፣ ከም ሓደ መልእኽቲ ድማ ስደድዎ (ቢበዝሒ { $max } ፊደላት)። ኩሉ ሰብ ይበጽሖ፣ ትርጉም እንተ ወሰኽኩም ድማ ብቋንቋኡ።
announce-translation-prompt = ነቲ ጽሑፍ ብቋንቋ { $language } ጽሓፍዎ፣ ከም ሓደ መልእኽቲ ድማ ስደድዎ (ቢበዝሒ { $max } ፊደላት)።
announce-text-empty = እቲ መልእኽቲ ባዶ ነይሩ። ነቲ ጽሑፍ ጽሓፍዎ እሞ ስደድዎ።
announce-text-too-long = እቲ ጽሑፍ { $length } ፊደላት እዩ፤ እቲ ደረት { $max } እዩ። ኣሕጽርዎ እሞ እንደገና ስደድዎ።
announce-translations-prompt = ትርጉማት ክትውስኹ ትደልዩ ዶ? ቋንቋኦም ዘይተረኽበ ሰባት፣ ብእንግሊዝኛ እንተ ጸሓፍኩም እንግሊዝኛ፣ እንተ ዘይኮይኑ ቋንቋ ኖርወይ (bokmål) ይረኽቡ (nynorsk ዘንብቡ bokmål ይረኽቡ)። ዝተገለለ ሰብ የለን።
announce-urgency-prompt = ህጹጽ ድዩ? ልሙድ መልእኽትታት ካብ ሰዓት 21:00 ክሳብ 08:00 ኣይለኣኹን።
announce-normal = ልሙድ – ለይቲ ኣይለኣኽን
announce-urgent = ህጹጽ – ለይቲ'ውን ይለኣኽ
announce-schedule-prompt = መዓስ ይለኣኽ?
announce-now = ሕጂ
announce-at = ኣብ ዝተወሰነ ሰዓት
announce-repeat = 🔁 ተደጋጋሚ
announce-at-prompt = ዕለትን ሰዓትን (ሰዓት ኖርወይ) ብኖርወይኛ ወይ ብእንግሊዝኛ ጽሓፉ፣ ንኣብነት «{ $example }»፣ «i morgen kl. 18» (ጽባሕ ሰዓት 18) ወይ «tirsdag 18:30» (ሰሉስ 18:30)።
announce-repeat-prompt = ንመጀመርታ ግዜ መዓስ ይለኣኽ? ንኣብነት «{ $example }» ወይ «tirsdag kl. 18» (ሰሉስ ሰዓት 18) ጽሓፉ – ድሕሪኡ ብኸመይ ከም ዝድገም ትመርጹ። ምሉእ ስርዓት ምድጋም'ውን ብሓንሳብ ክትጽሕፉ ትኽእሉ ኢኹም: «hver tirsdag kl. 18» (ነፍሲ ወከፍ ሰሉስ ሰዓት 18)።
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
announce-preview-repeat = { $rule } ይድገም። ዝቕጽሉ ግዜያት: { $upcoming }።
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
announce-report-line = { $title } – { $municipality }: ዝተላእከ { $sent }፣ ኣብ መስርዕ { $waiting }፣ ዝተዓገተ { $blocked }፣ ዘይሰለጠ { $failed }። { $when }
announce-report-next = ዝቕጽል ምልኣኽ: { $when }።
announce-report-done = ተወዲኡ።
announce-report-stopped = ደው ኢሉ።
announce-report = 📊 ጸብጻብ ምብጻሕ – { $title }: ዝተላእከ { $sent }፣ ዝተዓገተ { $blocked }፣ ዘይሰለጠ { $failed }፣ ገና ኣብ መስርዕ { $queued }።
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
event-reminder = 🔔 መዘኻኸሪ: { $title }
event-reminder-set = ሕራይ! ብዛዕባ «{ $title }» ({ $event }) ኣብ { $when } መዘኻኸሪ ክበጽሓኩም እዩ።
event-reminder-exists = ብዛዕባ «{ $title }» ({ $event }) ድሮ መዘኻኸሪ ኣለኩም።
event-has-started = እቲ ንጥፈት ጀሚሩ ወይ ተወዲኡ እዩ፣ ስለዚ ከዘኻኽረኩም ኣይክእልን እየ።
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
event-cancel-yes = ✖ እወ፣ ይሰረዝ
event-cancelled =
    { $count ->
        [0] «{ $title }» ተሰሪዙ። መዘኻኸሪ ዝሓተተ ሰብ ኣይነበረን።
        [one] «{ $title }» ተሰሪዙ። መዘኻኸሪ ዝሓተተ ሓደ ሰብ ክሕበር እዩ።
       *[other] «{ $title }» ተሰሪዙ። መዘኻኸሪ ዝሓተቱ { $count } ሰባት ክሕበሩ እዮም።
    }
event-aborted = እቲ ንጥፈት ኣይተዓቀበን።
event-title-prompt = ስም እቲ ንጥፈት ጽሓፉ፣ ንኣብነት «ምልምማድ ቋንቋ» (ቢበዝሒ { $max } ፊደላት)።
event-place-prompt = ኣበይ እዩ ዝካየድ? መራኸቢ ቦታ ምረጹ ወይ ካልእ ቦታ ጽሓፉ።
event-other-place = ✏️ ካልእ ቦታ
event-place-text-prompt = ነቲ ቦታ ጽሓፉ፣ ንኣብነት «Haram folkebibliotek, Brattvåg» (ቢበዝሒ { $max } ፊደላት)።
event-start-prompt = መዓስ እዩ ዝጅምር (ንመጀመርታ ግዜ)? ዕለትን ሰዓትን ብኖርወይኛ ወይ ብእንግሊዝኛ ጽሓፉ፣ ንኣብነት «{ $example }»፣ «i morgen kl. 18» (ጽባሕ ሰዓት 18) ወይ «tirsdag 18:30» (ሰሉስ 18:30)። ብስሩዕ ዝካየድ እንተ ኾይኑ፣ ብኸመይ ከም ዝድገም ብምሉኡ ክትጽሕፉ ትኽእሉ ኢኹም: «hver tirsdag kl. 18» (ነፍሲ ወከፍ ሰሉስ ሰዓት 18)።
event-recurrence-prompt = ካብ ሓደ ግዜ ንላዕሊ ድዩ ዝካየድ?
event-once = ሓንሳብ ጥራይ
event-audience-prompt = ንመን እዩ? ዋላ ሓደ እንተ ዘይመረጽኩም፣ ኣብ ኮሙነ ንዘለዉ ኩሎም ሓደስቲ ተቐማጦ ክርአ እዩ።
event-for = ንመን: { $who }
event-description-prompt = ብቋንቋ { $language } ሓጺር መግለጺ ጽሓፉ (ቢበዝሒ { $max } ፊደላት)።
event-descriptions-prompt = እቲ ብቋንቋ ኖርወይ (bokmål) ዝተጻሕፈ መግለጺ ተዓቂቡ። ካልኦት ቋንቋታት'ውን እንተ ወሰኽኩም ጽቡቕ እዩ። ብቋንቋኦም መግለጺ ዘይረኸቡ ሰባት፣ እንግሊዝኛ መግለጺ እንተሎ ንእኡ፣ እንተ ዘይኮይኑ ናይ bokmål ይረኽቡ።
event-preview-languages = መግለጺ ብቋንቋ:
event-preview-fallback = { $language }: { $fallback } ይረኽቡ
event-summary-title = 📅 { $title }
event-save = ✅ ዓቅቡ
event-change-title = ✏️ ስም
event-change-place = 📍 ቦታ
event-change-time = 🕕 ግዜ
event-change-audience = 👥 ንመን
event-change-descriptions = 📝 መግለጺታት
event-saved = ✅ እቲ ንጥፈት ተዓቂቡ፣ ነቶም ዝምልከቶም ሰባት ኣብ /events ይርአ።
event-updated =
    { $count ->
        [0] ✅ እቲ ለውጢ ተዓቂቡ።
        [one] ✅ እቲ ለውጢ ተዓቂቡ። መዘኻኸሪ ዝሓተተ ሓደ ሰብ ክሕበር እዩ።
       *[other] ✅ እቲ ለውጢ ተዓቂቡ። መዘኻኸሪ ዝሓተቱ { $count } ሰባት ክሕበሩ እዮም።
    }
event-announce = 📣 ምልክታ ንጥፈት
event-announce-started = እቲ ምልክታ ብሓበሬታ እቲ ንጥፈት ተመሊኡ ኣሎ፣ ብዝተገልጸሉ ቋንቋታት። ተቐበልቲ ምረጹ።

## ንሰራሕተኛ ሕተቱ (ጉዳያት)
ask-prompt =
    ሕቶኹም ብሓደ መልእኽቲ፣ ብዝኾነ ቋንቋ ጽሓፉ (ቢበዝሒ { $max } ፊደላት)።
    ናብ ሰራሕተኛታት ኮሙነ { $municipality } እዩ ዝኸይድ። ቁጽሪ ጉዳይ፣ ቋንቋኹምን ኣየናይ ጉጅለ ምዃንኩምን ይርእዩ – ስምኩም ግን ኣይርእዩን። መልሲ ኣብዚ ክመጽእ እዩ።
ask-sent = ✅ ናብ { $municipality } ተላኢኹ። ቁጽሪ ጉዳይኩም { $case } እዩ። መልሲ ኣብዚ ዕላል ክበጽሓኩም እዩ።
case-notification = ❓ ሓድሽ ጉዳይ { $case } · { $who }
case-notification-more = ❓ ተወሳኺ ኣብ ጉዳይ { $case } · { $who }
case-notification-footer = ↩️ ንምምላስ ነዚ መልእኽቲ መልሱሉ (reply)፣ ወይ /reply { $case } ምስቲ መልሲ ጽሓፉ። ነቲ ጉዳይ ንምዕጻው /close { $case } ጽሓፉ።
case-answer = 💬 መልሲ ካብ { $municipality } (ጉዳይ { $case }):
case-answer-footer = ተወሳኺ ክትሓቱ ትደልዩ ዶ? ኣብ /menu «ንሰራሕተኛ ሕተቱ» ጠውቑ።
case-answer-sent = ✅ እቲ መልሲ ኣብ ጉዳይ { $case } ተላኢኹ።
case-unknown = ክትርእይዎ እትኽእሉ ጉዳይ { $case } ኣይረኸብኩን።
case-closed = ጉዳይ { $case } ተዓጽዩ።
case-already-closed = ጉዳይ { $case } ድሮ ተዓጽዩ ነይሩ።
case-reply-usage = ንኣብነት /reply S-7KQ4 መልስኹም፣ ወይ /close S-7KQ4 ጽሓፉ።
case-close-button = ✔ { $case } ዕጸዉ
cases-title = 💬 ክፉታት ጉዳያት:
cases-line = { $case } · { $who } · { $hours } ሰዓት ይጽበ ኣሎ · { $messages ->
        [one] ሓደ መልእኽቲ
       *[other] { $messages } መልእኽትታት
    }
cases-none = ክፉት ጉዳይ የለን።
cases-hint = ንመልእኽቲ እቲ ጉዳይ ብምምላስ መልሱ፣ ወይ /reply ቁጽሪ-ጉዳይ ጽሑፍ ጽሓፉ።
cases-not-allowed = ጉዳያት ክርእዩ ዝኽእሉ ኣወሃሃድትን ጉጅለታት ሰራሕተኛታትን ጥራይ እዮም።
field-cases = ናብ ኮሙነ ዝቐረቡ ሕቶታት
delete-done-cases =
    { $count ->
        [one] { $count } ናብ ኮሙነ ዝቐረበ ሕቶ፣ ምስ መልሱ
       *[other] { $count } ናብ ኮሙነ ዝቐረቡ ሕቶታት፣ ምስ መልስታቶም
    }

## መምርሒ፣ ዝርዝር ስጉምትታትን ብጽሑፍ ዝቐርቡ ሕቶታትን
menu-guide = 📘 መምርሒ
menu-housing = 🏠 መንበሪ ገዛ
menu-checklist = ✅ ዝርዝር ስጉምትታተይ
command-guide = መምርሒ: መንነት፣ ግብሪ፣ ባንኪ፣ NAV፣ ሓኪም፣ ቤት ትምህርቲ፣ ኖርወይኛ
command-housing = ገዛ ምክራይን ምዕዳግን፣ depositum (ናይ ውሕስና ገንዘብ)፣ bostøtte (ሓገዝ ወጻኢታት ገዛ)
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
checklist-hint = ሓደ ስጉምቲ ጠውቑ፣ ብኸመይ ከም እትገብርዎ ከተንብቡን ምልክት ክትገብሩሉን።
checklist-mark-done = ✅ ተገይሩ: { $step }
checklist-mark-skip = ➖ ኣይምልከተንን
checklist-mark-open = ↩️ ገና ኣይተገብረን: { $step }
checklist-marked-done = ጽቡቕ! «{ $step }» ከም ዝተገብረ ተመዝጊቡ።
checklist-marked-skipped = «{ $step }» ከም ዘይምልከተኩም ተመዝጊቡ።
checklist-marked-open = «{ $step }» ናብቲ ዝርዝር ተመሊሱ።
question-matches = ነዞም ኣርእስትታት ረኺበዮም። ሓደ ካብኣቶም እቲ እትደልይዎ ድዩ?
question-none-button = ካብዚኦም ዋላ ሓደ ኣይኮነን
question-none = ይቕሬታ፣ ክረኽቦ ኣይከኣልኩን።
question-none-next = ኣብቲ መምርሒ ክትደልዩ፣ ወይ ንሓደ ሰራሕተኛ ኮሙነ ክትሓቱ ትኽእሉ ኢኹም።
question-no-match = ዝሰማማዕ ኣርእስቲ ኣይረኸብኩን። ካልእ ቃላት ፈትኑ (ንኣብነት «ካርድ ግብሪ» ወይ «ሓኪም»)፣ ወይ መጠወቕታት ተጠቐሙ።
field-checklist = ዝርዝር ስጉምትታት
value-checklist = ዝተገብረ: { $done }፣ ዘይምልከት: { $skipped }
delete-done-checklist = ናይ ዝርዝር ስጉምትታትኩም ምዕባለ

## ክእለትን ተመክሮን (/skills)
menu-skills = 🧰 ክገብሮ ዝኽእል
command-skills = ትምህርትኹም፣ ስራሕኩም፣ ቋንቋታትኩምን ድሌትኩምን
skills-consent =
    🧰 ውሑዳት ሓደስቲ ተቐማጦ ጥራይ ኣብቲ ዝተማህርዎ ይሰርሑ፣ ስድራቤታት እንታይ ክእለት ሒዞም ከም ዝመጹ ድማ ዝሓትት የለን። ኣብዚ ኣብ እንታይ ትምህርትን ተመክሮን ከም ዘለኩም፣ ኣየኖት ቋንቋታት ከም እትዛረቡን እንታይ ከም እትደልዩን ክትነግሩና ትኽእሉ ኢኹም።
    ኩሉ ብድሌትኩም እዩ። «እወ» እንተ ኢልኩም ጥራይ ንዕቅቦ፣ ኣብ /mydata ትርእይዎ፣ ኣብ ዝኾነ ግዜ ድማ ክትቕይርዎ ወይ ክትድምስስዎ ትኽእሉ ኢኹም። ኣወሃሃድቲ ኮሙነ ዝርእይዎ ምስ ካልኦት ሰባት ተደሚሩ ከም ቁጽርታት ጥራይ እዩ (ካብ 5 ሰባት ንዝወሓደ ጉጅለ ፈጺሞም ኣይርእዩን)። ንስኹም ዝመለስኩምዎ ግን ንዕኡ «እወ» እንተ ኢልኩም ጥራይ እዮም ዝርእይዎ።
    ክትመልእዎ ትደልዩ ዶ?
skills-consent-yes = ✅ እወ፣ ክመልኦ እደሊ
skills-consent-no = ኣይፋል፣ የቐንየለይ
skills-declined = ሕራይ፣ ዝኾነ ነገር ኣይንዕቅብን። ኣብ /menu ኣብ ትሕቲ «ክገብሮ ዝኽእል» እንደገና ክትረኽብዎ ትኽእሉ ኢኹም።
skills-overview = ክትመልእዎ ወይ ክትቕይርዎ እትደልዩ ጠውቑ። ኩሉ ብድሌትኩም እዩ።
skills-summary-title = 🧰 ክገብሮ ዝኽእል:
skills-part-education = 🎓 ትምህርቲ
skills-part-field = 🧭 ዓውዲ ስራሕ
skills-part-profession = 👷 ሞያ
skills-part-experience = ⏳ ተመክሮ
skills-part-languages = 🗣 ቋንቋታት
skills-part-licence = 🚗 መንጃ ፍቓድ
skills-part-wishes = 🎯 ድሌታት
skills-shared = 👀 ኣወሃሃድቲ ኮሙነ ኣብዚ ዝመለስኩምዎ ብዘይ ስምኩም ክርእይዎ ፈቒድኩም ኣለኹም፣ ስራሕ፣ ኮርሳትን ምጽዳቕ ትምህርትን ክውጥኑ ከለዉ እንታይ ክእለት ከም ዘሎ ምእንቲ ክፈልጡ።
skills-not-shared = 🔒 ኮሙነ ነዚ ዝርእዮ ምስ ካልኦት ሰባት ተደሚሩ ከም ቁጽርታት ጥራይ እዩ፣ ካብ 5 ሰባት ንዝወሓደ ጉጅለ ድማ ፈጺሙ ኣይርእዮን።
skills-share-start = 👀 ኮሙነ ክርእዮ ይኽእል
skills-share-stop = 🔒 ኮሙነ ክርእዮ ኣይፍቀድን
skills-share-on = ተዓቂቡ: ሕጂ ኣወሃሃድቲ ኮሙነ ኣብዚ ዝመለስኩምዎ ብዘይ ስምኩም ክርእይዎ ይኽእሉ እዮም።
skills-share-off = ተዓቂቡ: ሕጂ ኮሙነ ነዚ ዝርእዮ ምስ ካልኦት ሰባት ተደሚሩ ከም ቁጽርታት ጥራይ እዩ።
skills-clear = 🗑 እዚ ደምስሱ
skills-finish = ✅ ተወዲኡ
skills-cleared = ኣብ ትሕቲ «ክገብሮ ዝኽእል» ዝመላእኩምዎ ተደምሲሱ።
skills-thanks = የቐንየለይ! ኣብ ዝኾነ እዋን ኣብ ትሕቲ «ክገብሮ ዝኽእል» ክትቕይርዎ ትኽእሉ ኢኹም።
skills-education-prompt = ዝወድኣኩምዎ ዝለዓለ ትምህርቲ እንታይ እዩ?
skills-field-prompt = ኣብ ኣየናይ ዓውዲ ትምህርቲ ወይ ተመክሮ ኣለኩም?
skills-profession-prompt = ሞያኹም ብውሑዳት ቃላት ጽሓፉ፣ ንኣብነት «ነርስ» ወይ «ኣናጺ» (ቢበዝሒ { $max } ፊደላት)።
skills-profession-invalid = ሞያኹም ብውሑዳት ቃላት ጽሓፉ፣ ቢበዝሒ { $max } ፊደላት።
skills-experience-prompt = ኣብዚ ክንደይ ዓመት ተመክሮ ኣለኩም?
skills-languages-prompt = ኣየኖት ቋንቋታት ትዛረቡ? ንዝምልከተኩም ኩሉ ጠውቑ።
skills-licence-prompt = መንጃ ፍቓድ (ሊቸንሳ) ኣለኩም ዶ?
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
skills-field-food = መግቢ፣ ሆቴልን ቤት መግብን
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
skills-licence-car = እወ፣ ንማኪና (ደረጃ B)
skills-licence-heavy = እወ፣ ንናይ ጽዕነት ማኪና ወይ ኣውቶቡስ
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
    እዚኣቶም እንተ ተጠቒምኩም፣ እዚ እውን ንዕቅብ:
    • «ንሰራሕተኛ ሕተቱ»: ሕቶታትኩምን መልስታትን። ሰራሕተኛታት ኮሙነ ቁጽሪ ጉዳይ፣ ቋንቋኹምን ጉጅለኹምን ይርእዩ – ስምኩም ፈጺሞም ኣይርእዩን።
    • ዝርዝር ስጉምትታት: ምልክት ዝገበርኩምሉ።
    • «ክገብሮ ዝኽእል»: ኣብኡ'ውን «እወ» እንተ ኢልኩም ጥራይ። ኮሙነ ምስ ካልኦት ሰባት ተደሚሩ ከም ቁጽርታት እዩ ዝርእዮ፣ ንስኹም ዝመለስኩምዎ ድማ ንዕኡ «እወ» እንተ ኢልኩም ጥራይ።
    ኩሉ ኣብ /mydata ኣሎ፣ ብ /delete ድማ ይድምሰስ።
citizenship-prompt = ዜግነትኩም እንታይ እዩ? ኣየኖት ሕግታት ከም ዝምልከቱኹም ዝውስን ንሱ እዩ – ንኣብነት ኣብ ፖሊስ ክትምዝገቡ ከም ዘለኩም፣ ወይ ፍቓድ መንበሪ ከም ዘድልየኩም።
citizenship-nordic = ኖርዲክ (ደንማርክ፣ ፊንላንድ፣ ኣይስላንድ፣ ሽወደን)
citizenship-eea = ካልእ ሃገር EU/EØS ወይ ስዊዘርላንድ
citizenship-other = ኣብ ደገ EU/EØS ዘላ ሃገር
field-citizenship = ዜግነት
household-relatives = ምስ ወለዲ ወይ ካልኦት ኣዝማድ
step-eea-registration = ምስ መጻእኩም ኣብ ውሽጢ ሰለስተ ኣዋርሕ ኣብ ፖሊስ ተመዝገቡ። ብናጻ እዩ፣ ሓንሳብ ጥራይ ድማ ትገብርዎ።
step-nordic-move = ምግዓዝኩም ኣብ Skatteetaten (ቤት ጽሕፈት ግብሪ) ናብ Folkeregisteret (መዝገብ ህዝቢ) ኣፍልጡ። ዜጋታት ሃገራት ኖርዲክ ኣብ ፖሊስ ኣይምዝገቡን።
step-work-permit = ስራሕ ቅድሚ ምጅማርኩም ፍቓድ መንበሪ ንስራሕ ክህልወኩም ኣለዎ። ግዜኡ ቅድሚ ምሕላፉ ኣቐዲምኩም ንምሕዳሱ ኣመልክቱ።
step-family-permit = ፍቓድ መንበሪኹም ንምጥርናፍ ስድራ መዓስ ከም ዝውዳእ ርኣዩ፣ ብግዜኡ ድማ ንምሕዳሱ ኣመልክቱ።
step-residence-permit = ፍቓድ መንበሪኹም መዓስ ከም ዝውዳእ ርኣዩ፣ ብግዜኡ ድማ ንምሕዳሱ ኣመልክቱ።
meeting-places-none = ኮሙነ ገና መራኸቢ ቦታታት ኣየእተወን።
button-contacts = 📇 ኣድራሻታት
button-places = ☕ መራኸቢ ቦታታት
typed-yes = እወ, ሕራይ, ይኹን, ጽቡቕ, ewe, iwe, hray, hiray
typed-no = ኣይፋል, ኣይፋልን, የለን, ኣይደልን, ayfal, aifal, yelen
staff-use-buttons = ኣብ ትሕቲ ዘለዉ መጠወቕታት ወይ ሓደ ትእዛዝ ተጠቐሙ። /help ንሰራሕተኛታት ዝኾኑ ትእዛዛት የርኢ።
needs-profile-ask = ንሰራሕተኛ ንምሕታት ፕሮፋይል የድልየና: ኮሙነኹምን፣ ነቲ ሕቶ ክንዕቅቦን መልሲ ክንሰደልኩምን ፍቓድኩምን። ንምጅማር «ፕሮፋይል ፍጠሩ» ጠውቑ።
needs-profile-checklist = ዝርዝር ስጉምትታት ካብ መልስታትኩም እዩ ዝዳሎ፣ ስለዚ ፕሮፋይል የድልዮ። ኩሎም ኣርእስትታት ናይቲ መምርሒ ግን ብዘይ ፕሮፋይል ከተንብብዎም ትኽእሉ ኢኹም።
needs-profile-skills = ብዛዕባ ትምህርትኹምን ስራሕኩምን እትነግሩና ንምዕቃብ፣ ፕሮፋይል የድልየና። ንምጅማር «ፕሮፋይል ፍጠሩ» ጠውቑ።
events-pick = ናይ ኣየናይ ኮሙነ ንጥፈታት ክትርእዩ ትደልዩ?
events-profile-hint = መዘኻኸሪ ክበጽሓኩም ትደልዩ ዶ? ፕሮፋይል ፍጠሩ፣ ሽዑ 🔔 ክትጠውቑ ትኽእሉ ኢኹም።
question-ask-person = 💬 ብዛዕባ እዚ ንሰራሕተኛ ሕተቱ
ask-prompt-nobody =
    ኣብ { $municipality } ኣብዚ ሕቶታት ዝቕበል ሰብ ገና የለን። ኮይኑ ግን ሕቶኹም ክትጽሕፉ ትኽእሉ ኢኹም (ቢበዝሒ { $max } ፊደላት): ንዕቅቦ፣ ናብቲ ቀዳማይ ዝጽንበር ሰራሕተኛ ድማ ይኸይድ። መልሲ ኣብዚ ክመጽእ እዩ።
    ህጹጽ እንተ ኾይኑ፣ ብቐጥታ ምስ ኮሙነ ተራኸቡ: { $website }
ask-kept = 📥 ሕቶኹም ከም ጉዳይ { $case } ተዓቂቡ ኣሎ። ኣብ { $municipality } ኣብዚ ሕቶታት ዝቕበል ሰብ ገና የለን። ሓደ ሰብ ምስ ተጸንበረ ናብ ሰራሕተኛታት ይኸይድ፣ መልሲ ድማ ኣብዚ ክመጽእ እዩ።
ask-carried = ሕቶኹም: «{ $question }»
ask-send-carried = ✅ ነዚ ሕቶ ስደዱ
case-notification-waited = ❓ ጉዳይ { $case } · { $who } – ኣብዚ ሕቶታት ዝቕበል ሰብ ቅድሚ ምህላዉ ዝቐረበ
case-arrived-notice = 📨 ሕቶኹም (ጉዳይ { $case }) ሕጂ ናብ ሰራሕተኛታት ኮሙነ { $municipality } በጺሑ ኣሎ። መልሲ ኣብዚ ክመጽእ እዩ።
case-closed-notice = ✔ { $municipality } ጉዳይኩም { $case } ዓጽይዎ። ተወሳኺ ሓገዝ እንተ ደሊኹም፣ ኣብ /menu «ንሰራሕተኛ ሕተቱ» ጠውቑ።
cases-thread-question = ❓ { $time }: { $text }
cases-thread-answer = 💬 { $time }: { $text }
cases-thread-earlier = { $count ->
        [one] … ሓደ ዝቐደመ መልእኽቲ
       *[other] … { $count } ዝቐደሙ መልእኽትታት
    }
case-answer-prompt = መልሲ ጉዳይ { $case } ብሓደ መልእኽቲ ጽሓፉ (ቢበዝሒ { $max } ፊደላት)። ከም ዝጸሓፍኩምዎ ናብቲ ዝሓተተ ሰብ ይለኣኽ።
case-close-confirm = ጉዳይ { $case } ክትዓጽውዎ ትደልዩ ዶ? እቲ ዝሓተተ ሰብ እቲ ጉዳይ ከም ዝተዓጽወ ክሕበር እዩ።
case-close-yes = ✔ እወ፣ { $case } ዕጸዉ
case-reply-group-usage = መልሲ ኣብቲ ሓደ መልእኽቲ ጽሓፉ: /reply { $case } ምስቲ መልሲ (ደሊኹም ኣብ ዝቕጽል መስመር)። ወይ ድማ ብቐጥታ ንመልእኽቲ እቲ ጉዳይ መልሱሉ (reply)።
staff-waiting-cases = { $count ->
        [one] ሓደ ሕቶ ዝቕበሎ ሰብ ይጽበ ነይሩ። ሕጂ ይመጽእ ኣሎ።
       *[other] { $count } ሕቶታት ዝቕበሎም ሰብ ይጽበዩ ነይሮም። ሕጂ ይመጹ ኣለዉ።
    }
staff-category-refugee = ስደተኛ
staff-category-labour = ንስራሕ ዝመጸ ሰብ
staff-category-family = ብምጥርናፍ ስድራ ዝመጸ ሰብ
staff-category-other = ካልእ
staff-citizenship-nordic = ኖርዲክ
staff-citizenship-eea = EU/EØS
staff-citizenship-other = ካብ ደገ EU/EØS
staff-home-button = 👩‍💼 ቀንዲ ገጽ ሰራሕተኛታት
staff-help =
    ትእዛዛት ንሰራሕተኛታት:
    /staff – ቀንዲ ገጽ ሰራሕተኛታት: ምልክታታት፣ ንጥፈታት፣ ጉዳያትን ጸብጻባትን
    /announce – ሓድሽ ምልክታ
    /events – ንጥፈታት
    /cases – ክፉታት ጉዳያት፣ ምስ ምሉእ ዝርርብ
    /reply S-7KQ4 መልሲ – ንጉዳይ ምምላስ (ወይ /reply S-7KQ4 ጥራይ፣ መልሲ ድማ ኣብ ዝቕጽል መልእኽቲ)
    /close S-7KQ4 – ጉዳይ ምዕጻው
    ብቐጥታ ንመልእኽቲ ጉዳይ ብምምላስ (reply) እውን ክትምልሱ ትኽእሉ ኢኹም።
staff-group-help =
    ኣብዚ ጉጅለ ዝሰርሑ ትእዛዛት:
    /cases – ክፉታት ጉዳያት፣ ምስ ምሉእ ዝርርብ
    /reply S-7KQ4 መልሲ – ንጉዳይ ምምላስ (መልሲ ኣብቲ ሓደ መልእኽቲ፣ ደሊኹም ኣብ ዝቕጽል መስመር)
    /close S-7KQ4 – ጉዳይ ምዕጻው
    ብቐጥታ ንመልእኽቲ እቲ ጉዳይ ብምምላስ (reply) እውን ክትምልሱ ትኽእሉ ኢኹም።
repeat-advanced = ⚙️ ዝማዕበለ: ቀመር crontab
repeat-prompt = መዓስ ከም ዝድገም ብኖርወይኛ ወይ ብእንግሊዝኛ ጽሓፉ፣ ንኣብነት «hver tirsdag kl. 18» (ነፍሲ ወከፍ ሰሉስ ሰዓት 18)፣ «annenhver torsdag kl. 17:30» (ሰሙን ገዲፉ ሓሙስ ሰዓት 17:30) ወይ «første mandag i måneden kl. 10» (ቀዳማይ ሰኑይ ናይ ወርሒ ሰዓት 10)። ዝማዕበለ: ሓሙሽተ ክፋላት ዘለዎ ቀመር crontab፣ ብሰዓት ኖርወይ፣ ንኣብነት 0 18 * * 2።
repeat-weekly = { $day ->
        [mon] ነፍሲ ወከፍ ሰኑይ
        [tue] ነፍሲ ወከፍ ሰሉስ
        [wed] ነፍሲ ወከፍ ረቡዕ
        [thu] ነፍሲ ወከፍ ሓሙስ
        [fri] ነፍሲ ወከፍ ዓርቢ
        [sat] ነፍሲ ወከፍ ቀዳም
       *[sun] ነፍሲ ወከፍ ሰንበት
    } ሰዓት { $time }
repeat-every-other-week = { $day ->
        [mon] ሰሙን ገዲፉ ሰኑይ
        [tue] ሰሙን ገዲፉ ሰሉስ
        [wed] ሰሙን ገዲፉ ረቡዕ
        [thu] ሰሙን ገዲፉ ሓሙስ
        [fri] ሰሙን ገዲፉ ዓርቢ
        [sat] ሰሙን ገዲፉ ቀዳም
       *[sun] ሰሙን ገዲፉ ሰንበት
    } ሰዓት { $time }
repeat-monthly = { $nth ->
        [1] ቀዳማይ
        [2] ካልኣይ
        [3] ሳልሳይ
        [4] ራብዓይ
       *[last] ናይ መወዳእታ
    } { $day ->
        [mon] ሰኑይ
        [tue] ሰሉስ
        [wed] ረቡዕ
        [thu] ሓሙስ
        [fri] ዓርቢ
        [sat] ቀዳም
       *[sun] ሰንበት
    } ናይ ነፍሲ ወከፍ ወርሒ ሰዓት { $time }
repeat-crontab = ብመሰረት crontab «{ $expression }»
repeat-kind-prompt = ንመጀመርታ ግዜ: { $when }። ብኸመይ ክድገም ትደልዩ?
event-titles-prompt = ስም እቲ ንጥፈት ብቋንቋ ኖርወይ (bokmål) «{ $title }» እዩ። ብኻልኦት ቋንቋታት'ውን ክትጽሕፍዎ ትደልዩ ዶ? ብቋንቋኦም ስም ዘይረኸቡ ሰባት፣ ነቲ ናይ bokmål ስም ይረኽቡ።
event-title-in-prompt = ነቲ ስም ብቋንቋ { $language } ጽሓፍዎ (ብ bokmål: «{ $title }»)፣ ቢበዝሒ { $max } ፊደላት።
event-change-titles = 🌐 ስም ብኻልኦት ቋንቋታት
event-cancel-repeating = #{ $id } «{ $title }» ዝድገም ንጥፈት እዩ። ሓንቲ ዕለት ጥራይ ዲኹም ክትሰርዙ ትደልዩ፣ ወይስ ኩለን ዕለታቱ? ነቲ እትሰርዝዎ መዘኻኸሪ ዝሓተቱ ሰባት ክሕበሩ እዮም።
event-cancel-date = ✖ { $when } ጥራይ
event-cancel-series = ✖ ኩለን ዕለታቱ
event-date-cancelled = «{ $title }» ናይ { $when } ተሰሪዙ። { $count ->
        [0] መዘኻኸሪ ዝሓተተ ሰብ ኣይነበረን።
        [one] መዘኻኸሪ ዝሓተተ ሓደ ሰብ ክሕበር እዩ።
       *[other] መዘኻኸሪ ዝሓተቱ { $count } ሰባት ክሕበሩ እዮም።
    } ካልኦት ዕለታት ኣይተቐየራን።
event-date-cancelled-notice = ❌ ተሰሪዙ: { $title } ናይ { $when } ({ $place })። ካልኦት ዕለታት ከምቲ ዝነበራ እየን።
when-not-a-time = ነዚ ከም ዕለትን ሰዓትን ከንብቦ ኣይከኣልኩን። ብኖርወይኛ ወይ ብእንግሊዝኛ ጽሓፉ፣ ንኣብነት «{ $example }»፣ «i morgen kl. 18» (ጽባሕ ሰዓት 18) ወይ «tirsdag 18:30» (ሰሉስ 18:30)።
when-no-time = እቲ ሰዓት ይጎድል። ንኣብነት «{ $example }» ወይ «tirsdag kl. 18» (ሰሉስ ሰዓት 18) ጽሓፉ።
when-in-the-past = እዚ ግዜ እዚ ሓሊፉ እዩ። ዝመጽእ ግዜ ጽሓፉ፣ ንኣብነት «{ $example }»።
when-too-far = እዚ ካብ ሕጂ ልዕሊ ክልተ ዓመት ዝርሕቕ እዩ። ዝቐረበ ግዜ ጽሓፉ፣ ንኣብነት «{ $example }»።
when-not-a-repeat = ነዚ ከም ምድጋም ከንብቦ ኣይከኣልኩን። ንኣብነት «hver tirsdag kl. 18» (ነፍሲ ወከፍ ሰሉስ ሰዓት 18)፣ «annenhver torsdag kl. 17:30» (ሰሙን ገዲፉ ሓሙስ ሰዓት 17:30) ወይ «første mandag i måneden kl. 10» (ቀዳማይ ሰኑይ ናይ ወርሒ ሰዓት 10) ጽሓፉ።
when-not-a-crontab = እዚ ቅኑዕ ቀመር crontab ኣይኮነን። ሓሙሽተ ክፋላት ክህልዎ ኣለዎ፣ ንኣብነት 0 18 * * 2 (ነፍሲ ወከፍ ሰሉስ ሰዓት 18:00)።
when-never-fires = እዚ ቀመር እዚ ዋላ ሓንቲ ዕለት ኣየውጽእን። ንኣብነት 0 18 * * 2 (ነፍሲ ወከፍ ሰሉስ ሰዓት 18:00) ፈትኑ።
announce-preview-quiet = 🌙 እዚ ግዜ እዚ ኣብ ሰዓታት ህድኣት እዩ: ልሙድ መልእኽትታት ኣብ { $when } ይለኣኹ።
announce-preview-now-quiet = 🌙 ሕጂ ኣብ ሰዓታት ህድኣት ኢና ዘለና። እቶም መልእኽትታት ኣብ { $when } ይለኣኹ።
announce-quiet = 🌙 ሰዓታት ህድኣት: ልሙድ መልእኽትታት ኣብ { $when } ይለኣኹ።
announce-stop-confirm = { $title } ደው ከተብልዎ ትደልዩ ዶ? ደጊም ኣይለኣኽን፣ ገና ዘይተላእኩ መልእኽትታት ድማ ይስሓቡ።
announce-stop-yes = ✖ እወ፣ ደው ኣብሉ
announce-report-waiting = ኣብ መስርዕ ኣትዩ – እቶም ዝተረፉ መልእኽትታት ክለኣኹ ይጽበዩ ኣለዉ (ንኣብነት ሰዓታት ህድኣት ክሳብ ዝሓልፉ)።
staff-group-refugee = ስደተኛታት
staff-group-labour = ንስራሕ ዝመጹ ሰባት
staff-group-family = ብምጥርናፍ ስድራ ዝመጹ ሰባት
staff-group-other = ካልኦት

## ቅጥዕታት ምልክታ

announce-from-template = 📋 ካብ ቅጥዒ (ብኹሉ ቋንቋታት)
announce-template-pick = ሓደ ቅጥዒ ምረጹ። ብኹሉ ዓሰርተ ቋንቋታት ስለ ዝተጻሕፈ፣ ነፍሲ ወከፍ ሓድሽ ተቐማጣይ ብቋንቋኡ ይበጽሖ። ⚠️ ህጹጽ ምዃኑን ለይቲ'ውን ከም ዝለኣኽን የመልክት።
announce-template-when = መዓስ? ዕለትን ሰዓትን ጽሓፉ፣ ንኣብነት «08.12.2026 18:00» ወይ ብኖርወይኛ «tirsdag kl. 18» (ሰሉስ ሰዓት 18)።
announce-template-date = ኣየናይ ዕለት? ንኣብነት «01.03.2027» ወይ «1. mars» (1 መጋቢት፣ ወርሒ 3)።
announce-template-time = ሰዓት ክንደይ? ንኣብነት «18» ወይ «18:30»።
announce-template-place = ኣበይ? ነቲ ቦታ ሰባት ብዝፈልጥዎ ስም ጽሓፉ (ቢበዝሒ { $max } ፊደላት)።
announce-template-contact = ሰባት ምስ መን ክራኸቡ ይኽእሉ? ስም፣ ተሌፎን ወይ ኢመይል ጽሓፉ (ቢበዝሒ { $max } ፊደላት)።
announce-template-done =
    { $count ->
        [one] ✅ እቲ ጽሑፍ ብ{ $count } ቋንቋ ድሉው እዩ:
       *[other] ✅ እቲ ጽሑፍ ብ{ $count } ቋንቋታት ድሉው እዩ። ነፍሲ ወከፍ ኣንባቢ ከምዚ ክርእዮ እዩ:
    }
announce-template-bad-date = ነቲ ዕለት ክርድኦ ኣይከኣልኩን። ንኣብነት ከምዚ ጽሓፉ: «08.12.2026 18:00»፣ ወይ ብኖርወይኛ «i morgen kl. 18» (ጽባሕ ሰዓት 18) ወይ «tirsdag kl. 18» (ሰሉስ ሰዓት 18) – ዝሓለፈ ዕለት ግን ኣይትጽሓፉ።
announce-template-bad-time = ነቲ ሰዓት ክርድኦ ኣይከኣልኩን። ንኣብነት «18» ወይ «18:30» ጽሓፉ።

## ትርጉም ብማሽን

case-machine-translation = 🤖 ብማሽን ናብ ቋንቋ ኖርወይ (bokmål) ዝተተርጎመ ({ $provider }):
case-machine-translated-answer = 🤖 ብማሽን ካብ ኖርወይኛ ዝተተርጎመ ({ $provider })። እዚ እቲ ኮሙነ ዝጸሓፎ እዩ:
privacy-translation = 🤖 ትርጉም ብማሽን: ናብ ኮሙነ እትጽሕፍዎ ሕቶታትን ናይ ኮሙነ መልስታትን ብ { $provider } ይትርጎሙ። ናብኡ ዝለኣኽ እቲ ጽሑፍ ጥራይ እዩ – ስምኩም ወይ ቁጽሪ ዕላልኩም ፈጺሙ ኣይለኣኽን። ነቲ መበቆላዊ ጽሑፍ'ውን ኩሉ ግዜ ትርእይዎ ኢኹም።
machine-translated = 🤖 እዚ ጽሑፍ ብማሽን ({ $provider }) ካብ ኖርወይኛ ዝተተርጎመ እዩ። ጌጋ ክህልዎ ይኽእል።
machine-original-button = 🇳🇴 መበቆላዊ ጽሑፍ ብኖርወይኛ ርኣዩ
machine-original = 🇳🇴 መበቆላዊ ጽሑፍ ብኖርወይኛ፣ ካብ ኮሙነ { $municipality }:
announce-machine-done = 🤖 { $provider } ነቲ ጽሑፍ፣ ነቶም ዝበጽሖም ሰባት፣ ናብ { $count ->
        [one] ሓደ ቋንቋ
       *[other] { $count } ቋንቋታት
    } ተርጒምዎ ኣሎ። ትርጉሙ ንምንባብ ሓደ ቋንቋ ጠውቑ፣ ድሕሪኡ ተቐበልዎ፣ ናይ ባዕልኹም ጽሓፉ ወይ ሰርዝዎ።
announce-machine-failed = እዞም ቋንቋታት ብማሽን ክትርጎሙ ኣይከኣሉን: { $languages }። ባዕልኹም እንተ ዘይጸሓፍኩምዎ፣ ብእኦም ዘንብቡ ሰባት ነቲ ጽሑፍ ብእንግሊዝኛ ወይ ብቋንቋ ኖርወይ (bokmål) ይረኽብዎ።
announce-translations-machine-prompt = ትርጉማት: ✍️ ባዕልኹም ዝጸሓፍኩምዎ · 🤖 ትርጉም ብማሽን፣ ዘይተረጋገጸ · 🤖✅ ዝተረጋገጸ · 🚫 ዝተሰረዘ። ንምንባብ፣ ንምጽሓፍ ወይ ንምስራዝ ሓደ ቋንቋ ጠውቑ። ብቋንቋኦም ትርጉም ዘይረኸቡ ሰባት፣ ብእንግሊዝኛ ዝተጻሕፈ ጽሑፍ እንተሎ እንግሊዝኛ፣ እንተ ዘይኮይኑ ቋንቋ ኖርወይ (bokmål) ይረኽቡ (nynorsk ዘንብቡ bokmål ይረኽቡ)።
announce-machine-review = 🤖 { $language } – ብማሽን ዝተተርጎመ ({ $provider }):
announce-machine-question = ክትቕበልዎ፣ ናይ ባዕልኹም ክትጽሕፉ፣ ወይስ ክትሰርዝዎ ትደልዩ? እንተ ሰሪዝኩምዎ፣ ብቋንቋ { $language } ዘንብቡ ሰባት ነቲ ጽሑፍ ብቋንቋ { $fallback } ይረኽብዎ።
announce-machine-accept = ✅ ነዚ ትርጉም ተቐበሉ
announce-machine-write = ✏️ ባዕለይ ክጽሕፎ እየ
announce-machine-drop = 🗑 ሰርዝዎ
announce-preview-machine = { $language }: { $count } (🤖 ትርጉም ብማሽን፣ ዘይተረጋገጸ)
announce-preview-machine-checked = { $language }: { $count } (🤖 ትርጉም ብማሽን፣ ዝተረጋገጸ)
announce-check-translations = 🌐 ትርጉማት ኣረጋግጹ
insight-translation-usage = 🤖 ትርጉም ብማሽን ({ $provider }) ኣብ ወርሒ { $month }: ዝተላእኩ ጽሑፋት { $requests }፣ ፊደላት { $characters }።
event-descriptions-machine-prompt = መግለጺታትን ኣስማትን ብቋንቋ: ✍️ ባዕልኹም ዝጸሓፍኩምዎ · 🤖 ትርጉም ብማሽን፣ ዘይተረጋገጸ · 🤖✅ ዝተረጋገጸ · 🚫 ዝተሰረዘ። ንምንባብ፣ ንምጽሓፍ ወይ ንምስራዝ ሓደ ቋንቋ ጠውቑ። ብቋንቋኦም መግለጺ ዘይረኸቡ ሰባት፣ እንግሊዝኛ መግለጺ እንተሎ ንእኡ፣ እንተ ዘይኮይኑ ናይ ቋንቋ ኖርወይ (bokmål) ይረኽቡ።
event-template-pick = ኣየናይ ቅጥዒ? እቲ መግለጺ ዕለት፣ ሰዓትን ቦታን እቲ ንጥፈት ሒዙ ብኹሉ ቋንቋታት ይጽሓፍ። ቅጥዒ ክትጥቀሙ እትኽእሉ ንሓንሳብ ንዝካየዱ ንጥፈታት ጥራይ እዩ።
event-template-done = { $count ->
        [one] ✅ እቲ ስምን መግለጺን ካብቲ ቅጥዒ ብሓደ ቋንቋ ተጻሒፎም።
       *[other] ✅ እቲ ስምን መግለጺን ካብቲ ቅጥዒ ብ{ $count } ቋንቋታት ተጻሒፎም።
    } ኣብ ታሕቲ ነፍሲ ወከፍ ቋንቋ ሕጂ'ውን ዳግማይ ክትጽሕፍዎ ትኽእሉ ኢኹም።
announce-text-prompt-machine = ነቲ ምልክታ ብቋንቋ { $language } ጽሓፍዎ፣ ከም ሓደ መልእኽቲ ድማ ስደድዎ (ቢበዝሒ { $max } ፊደላት)። ድሕሪኡ { $provider } ናብ ቋንቋታት እቶም ዝበጽሖም ሰባት ይትርጉሞ፣ ንስኹም ድማ ነፍሲ ወከፍ ትርጉም ቅድሚ ምስዳዱ ተረጋግጽዎ።
staff-audit = 🧾 መዝገብ ተግባራት
audit-pick = መዝገብ ተግባራት ናይ ኣየናይ ኮሙነ ክትርእዩ ትደልዩ?
audit-title = 🧾 መዝገብ ተግባራት – { $municipality }: ናይ ቀረባ ግዜ ተግባራት ሰራሕተኛታት፣ ካብቲ ዝሓደሰ ጀሚሩ (ነፍሲ ወከፍ ሰራሕተኛ ብቁጽሪ ዕላሉ ይፍለጥ)።
audit-empty = ገና ዝተመዝገበ ነገር የለን።
audit-footer = እዚ መዝገብ ክቕየር ኣይክእልን። ምሉእ መዝገብ ንምርኣይ፣ ኣብቲ ሰርቨር velkommen audit --municipality { $slug } ተጠቐሙ።
audit-invite-redeemed = ከም ሰራሕተኛ ተመዝጊቡ:
audit-announcement-created = ዝተዳለወ ምልክታ
audit-announcement-stopped = ዝተቛረጸ ምልክታ
audit-event-created = ዝተዳለወ ንጥፈት
audit-event-changed = ዝተቐየረ ንጥፈት
audit-event-cancelled = ዝተሰረዘ ንጥፈት
audit-case-answered = መልሲ ዝተዋህቦ ጉዳይ
audit-case-closed = ዝተዓጽወ ጉዳይ
audit-insight-read = ርድኢት ዝተራእየሉ ግዜ:
audit-competence-read = ዝተራእየ ክእለት፣ ብዝሒ ሰባት:
audit-mentor-approved = ዝጸደቐ መሓዛ
audit-mentor-paused = ንግዚኡ ደው ዝበለ መሓዛ
audit-mentor-ended = ምዝገባኡ ዝተቛረጸ መሓዛ
audit-story-published = ዝተላእከ ታሪኽ ሓድሽ ተቐማጢ ናይቲ ወርሒ
audit-staff-revoked = ናይ ሰራሕተኛ ፍቓድ ዝተሰረዞ:
staff-erase = 🗑 ሕቶ ምድምሳስ ሓበሬታ
erase-prompt = ሓደ ሰብ – ብተሌፎን፣ ብደብዳበ ወይ ብኣካል ናብ ቤት ጽሕፈት መጺኡ – ኣብዚ ብዛዕባኡ ዝተዓቀበ ኩሉ ክድምሰስ ንኮሙነ ሓቲቱ ኣሎ። ቁጽሪ ጉዳዩን ምኽንያቱን ጽሓፉ፣ ንኣብነት: S-7KQ4 ብ 2 ታሕሳስ ብተሌፎን ሓቲቱ (ምኽንያት ቢበዝሒ { $max } ፊደላት)።
erase-usage = መጀመርታ ቁጽሪ ጉዳይ፣ ድሕሪኡ ምኽንያት ጽሓፉ፣ ንኣብነት: S-7KQ4 ኣብ ማእከል ኣገልግሎት ሓቲቱ።
erase-confirm = ብዛዕባ በዓል ጉዳይ { $case } ዘሎ ኩሉ – መልስታቱ፣ ሕቶታቱ፣ ዝርዝር ስጉምትታቱ፣ ክእለቱ፣ ናይ መሓዛ ምዝገባኡን ክለኣኹ ዝጽበዩ ዘለዉ መልእኽትታትን – ክትድምስሱ ትደልዩ ዶ? ምስ መሓዛ ወይ ምስ ሓድሽ ተቐማጢ ዝተጣመረ እንተ ኾይኑ፣ እቲ ምጥማር ይቛረጽ (እቲ ካልእ ወገን ይሕበር)። ምስ ተደምሰሰ ክምለስ ኣይክእልን እዩ። ኣብ መዝገብ ተግባራት ዝጽሓፍ ምኽንያት: { $reason }
erase-yes = 🗑 እወ፣ ኩሉ ይደምሰስ
erase-cancelled = ዝተደምሰሰ ነገር የለን።
erase-done = ብዛዕባ በዓል ጉዳይ { $case } ዝነበረ ኩሉ ተደምሲሱ፣ እቲ ሰብ ድማ ተሓቢሩ ኣሎ። እቲ ምድምሳስ ኣብ መዝገብ ተግባራት ተመዝጊቡ ኣሎ።
erase-notice = ከም ዝሓተትኩምዎ፣ ኮሙነ ኣብዚ ብዛዕባኹም ዝተዓቀበ ኩሉ ደምሲሱ ኣሎ። ኣብ ዝኾነ ግዜ /start ብምጽሓፍ እንደገና ክትጅምሩ ትኽእሉ ኢኹም።
audit-erasure = ሓበሬታኡ ብሕቶኡ ዝተደምሰሰ ሰብ:
mydata-file-button = 📄 ከም ፋይል
mydata-file-caption = 📄 እዚ ብዛዕባኹም ዝዓቀብናዮ ኩሉ ኣብ ሓደ ፋይል (JSON) እዩ። ምሳኹም ከተቐምጥዎ ወይ ንካልእ ኣገልግሎት ክትህብዎ ትኽእሉ ኢኹም።
retention-warning = ዳርጋ ክልተ ዓመት ኣይጸሓፍኩምልናን። ዕለት { $date } ብዛዕባኹም ዝዓቀብናዮ ኩሉ ክንድምስሶ ኢና፣ ከምቲ «እወ» ምስ በልኩም ቃል ዝኣተናልኩም። ክንዕቅቦ እንተ ደሊኹም፣ ቅድሚ እዚ ዕለት እዚ ኣብዚ ዝኾነ ነገር ምጽሓፍ ጥራይ ይኣክል።

## ወረቐት: ደብዳበ ኣቀባብላ ከም PDF፣ ከምኡ'ውን ፖስተራት

letter-pdf-button = 📄 ከም PDF
letter-pdf-caption = 📄 ደብዳበ ኣቀባብላኹም ከም PDF: ክትሕትምዎ ወይ ኣብ ቤት ጽሕፈት ከተርእይዎ ትኽእሉ ኢኹም።
print-letter-qr = ነዚ ኮድ ብካሜራ ተሌፎንኩም ስካን ግበርዎ: ኣገልግሎት ኣቀባብላ ናይ { $municipality } ኣብ Telegram ብቋንቋኹም ክኽፈት እዩ።
print-failed = ይቕሬታ፣ ሕጂ PDF ክዳሎ ኣይተኻእለን። በጃኹም ድሕሪ ቁሩብ እንደገና ፈትኑ።
poster-welcome = እንቋዕ ናብ { $municipality } ብደሓን መጻእኩም!
poster-what = ነዚ ኮድ ብካሜራ ተሌፎንኩም ስካን ግበርዎ እሞ ኣብ Telegram ብቋንቋኹም ሓገዝ ርኸቡ: ቀዳሞት ስጉምትታት፣ ኣድራሻታት፣ መራኸቢ ቦታታትን ንሕቶታትኩም መልስን።
poster-mentor-title = ኣብ { $municipality } መሓዛ ኩኑ!
poster-mentor-body = ምስ ሓደ ብቐረባ ናብዚ ዝገዓዘ ሰብ ተላለዩ: ብሓባር ቡን ምስታይ፣ ዙረት፣ ቁሩብ ኖርወይኛ ምልምማድ። ኣብ ወርሒ ሒደት ሰዓታት ጥራይ ብዙሕ ይሕግዝ። ንስኹም'ውን ናብ ኖርወይ ዝገዓዝኩም ዲኹም? እምበኣር ቋንቋኹምን ተመክሮኹምን ንሓድሽ ተቐማጢ ዓቢ ህያብ እዩ።
poster-mentor-scan = ነዚ ኮድ ብካሜራ ተሌፎንኩም ስካን ግበርዎ እሞ ብመንገዲ Telegram ከም መሓዛ (fadder) ተመዝገቡ። ኣስታት ሰለስተ ደቒቕ ጥራይ እዩ ዝወስድ፣ ኮሙነ ድማ ክራኸበኩም እዩ።
staff-posters = 🖨 ፖስተራት
posters-pick = ፖስተራት ንኣየናይ ኮሙነ?
posters-newcomers-caption = 🖨 ንሓደስቲ ተቐማጦ ኣብ { $municipality } ዝኸውን ፖስተር: «እንቋዕ ብደሓን መጻእኩም» ብኹሉ ዓሰርተ ቋንቋታትን፣ velkommen ናይ { $municipality } ዝኸፍት QR ኮድን። ንማእከል ኣገልግሎት፣ ንቤተ-መጻሕፍትን ንኣስራሕትን ብመጠን A4 ሕተምዎ።
posters-mentors-caption = 🖨 ኣብ { $municipality } መሓዛታት (fadder) ንምምልማል ዝኸውን ፖስተር: እቲ QR ኮድ ናይ መሓዛ ምዝገባ ይኸፍት።
