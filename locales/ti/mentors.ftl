# The mentor scheme (faddere): volunteers, vetting, the pool and matches.
# ትግርኛ: fadder = «መሓዛ (fadder)», ኣወሃሃዲ መሓዛታት = mentor coordinator,
# påmelding = ምዝገባ, kobling = ምትእስሳር. Polite plural (ንስኹም) as in velkommen.ftl.

## ዝምዝገቡ ወለንተኛታት (/fadder)

fadder-intro =
    🤝 መሓዛ (fadder) ኩኑ

    መሓዛ ምስ ሓደ ቀረባ ግዜ ናብዚ ዝገዓዘ ሓድሽ ተቐማጢ ወይ ስድራ ይላለ – መብዛሕትኡ ግዜ ኣብ ክልተ ሰሙን ሓንሳብ፣ ን{ $months } ኣዋርሕ። ምንሽርሻር፣ ሓደ ኩባያ ቡን፣ ቁሩብ ብኖርወይኛ ምዝራብ፣ ነገራት ኣበይ ከም ዘለዉ ምርኣይ። ክኢላ ክትኮኑ ኣየድልየኩምን: እቲ ዝዓበየ ነገር ሕያዋይ ጎረቤት ምዃን እዩ።

    ንስኹም ባዕልኹም ቅድሚ ገለ ዓመታት ናብ ኖርወይ ገዒዝኩም ዶ? እሞ ብፍላይ ብሓጎስ ኢና ንቕበለኩም: ምናልባት ቋንቋ እቲ ሓድሽ ተቐማጢ ትዛረቡ፣ ቀዳማይ ዓመት ከመይ ምዃኑ ድማ ትፈልጡ ትኾኑ።

    ንምምዝጋብ ኣስታት ሰለስተ ደቒቕ ይወስድ። ድሕሪኡ ኮሙነ ንዝርርብ ይዕድመኩም፣ ውዕል ምሕላው ምስጢር (taushetserklæring) ክትፍርሙ ይሓተኩም፣ ሓጺር መእተዊ ስልጠና ድማ ይህበኩም።
fadder-join = ✍️ ኣመዝግቡኒ
fadder-not-now-button = ሕጂ ኣይኮነን
fadder-not-now = ሕራይ። ኣብ ዝኾነ ግዜ ብ /fadder ክትምዝገቡ ትኽእሉ ኢኹም።
fadder-name-prompt = ቀዳማይ ስምኩም እንታይ እዩ? ሓድሽ ተቐማጢ ዝርእዮ ስም እዚ እዩ። (ቢበዝሒ { $max } ፊደላት፣ ስም ኣቦን ኣባሓጎን ኣየድልን።)
fadder-name-invalid = እዚ ቀዳማይ ስም ኣይመስልን። ቀዳማይ ስምኩም ጥራይ ጽሓፉ፣ ቢበዝሒ { $max } ፊደላት።
fadder-municipality-prompt = ኣብ ኣየናይ ኮሙነ ኢኹም መሓዛ ክትኮኑ እትደልዩ?
fadder-languages-prompt = ኣየኖት ቋንቋታት ትዛረቡ? ክሳብ ክንደይ ከም እትኽእልዎ ንምሕባር ኣብ ሓደ ቋንቋ ጠውቑ። ኖርወይኛ እንተ ትዛረቡ፣ ንሱ'ውን ምረጹ። ምስ ወዳእኩም «ተወዲኡ» ጠውቑ።
fadder-languages-needed = እንተ ወሓደ ሓደ እትዛረብዎ ቋንቋ ምረጹ።
fadder-level-prompt = { $language } ክሳብ ክንደይ ትዛረቡ?
fadder-level-remove = ኣይዛረቦን እየ
mentor-level-basic = ቁሩብ
mentor-level-good = ጽቡቕ
mentor-level-native = ቋንቋ ኣደ
fadder-background-prompt = ንስኹም ባዕልኹም ናብ ኖርወይ ገዒዝኩም ዶ? እንተ ኾይኑ፣ ካበይ ከም ዝመጻእኩም ጽሓፉ (ሃገር ወይ ከተማ፣ ቢበዝሒ { $max } ፊደላት)። ወይ ሓደ መጠወቒ ጠውቑ።
fadder-grew-up-here = ኣብ ኖርወይ እየ ዓብየ
fadder-moved-from = ካብ { $place } እየ መጺአ
fadder-place-invalid = ሃገር ወይ ከተማ ጽሓፉ፣ ቢበዝሒ { $max } ፊደላት፣ ወይ ሓደ መጠወቒ ጠውቑ።
fadder-rather-not-say = ክነግር ኣይደልን
fadder-not-said = ኣይተሓበረን
fadder-gender-prompt = ጓል ኣንስተይቲ ዲኹም ወይስ ወዲ ተባዕታይ? ምምላስ ብድሌትኩም እዩ: ናብዚ ዝመጻ ብዙሓት ደቂ ኣንስትዮ ጓል ኣንስተይቲ መሓዛ ይመርጻ።
mentor-gender-woman = ኣንስተይቲ
mentor-gender-man = ተባዕታይ
fadder-age-prompt = ዕድሜኹም ክንደይ እዩ? (ብድሌትኩም።)
mentor-age-u30 = ትሕቲ 30
mentor-age-30-44 = 30–44
mentor-age-45-59 = 45–59
mentor-age-60 = 60 ወይ ልዕሊኡ
fadder-interests-prompt = እንታይ ክትገብሩ ትፈትዉ? ዝደለኹምዎ ብዝሒ ምረጹ፣ ድሕሪኡ «ተወዲኡ» ጠውቑ።
mentor-interest-outdoor = 🥾 ኣብ ተፈጥሮ ምንሽርሻር
mentor-interest-sport = ⚽ ስፖርት
mentor-interest-fishing = 🎣 ምግፋፍ ዓሳ
mentor-interest-cooking = 🍲 ምብሳል
mentor-interest-crafts = 🧶 ኢደ ጥበብ
mentor-interest-music = 🎵 ሙዚቃ
mentor-interest-faith = 🕊 ሃይማኖታዊ ማሕበረሰብ
mentor-interest-children = 🧒 ንጥፈታት ቆልዑ
mentor-interest-culture = 🎭 ባህሊ
fadder-children-prompt = ንስኹም ቆልዑ ኣለዉኹም ዶ? ቆልዑ ዘለዉዎም ስድራቤታት መብዛሕትኡ ግዜ ምስ ካልእ ስድራ ክራኸቡ ይፈትዉ።
fadder-yes = እወ
fadder-no = ኣይፋል
fadder-capacity-prompt = ንኽንደይ ሓደስቲ ተቐማጦ ወይ ስድራቤታት ብሓደ ግዜ መሓዛ ክትኮኑ ትኽእሉ? (ካብ 1 ክሳብ { $max })
fadder-capacity-invalid = ብሓደ ግዜ መሓዛ ክትኮንዎም እትኽእሉ ሓደስቲ ተቐማጦ ወይ ስድራቤታት ካብ 1 ክሳብ { $max } እዮም። ሓደ ካብቶም ቁጽርታት ምረጹ።
fadder-capacity-below-engaged = ድሮ { $count } ሓደስቲ ተቐማጦ ወይ ስድራቤታት ኣለዉኹም። እንተ ወሓደ ክንድኡ ምረጹ፣ ወይ ቅድም ሓደ ምትእስሳር ደምድሙ።
fadder-helps-prompt = ብምንታይ ክትሕግዙ ትኽእሉ? ዝደለኹምዎ ብዝሒ ምረጹ፣ ድሕሪኡ «ተወዲኡ» ጠውቑ።
mentor-help-norwegian = 🗣 ብኖርወይኛ ምዝራብ
mentor-help-social = ☕ ምስ ሰባት ምልላይ
mentor-help-job = 💼 ስራሕ ምድላይ
mentor-help-paperwork = 📄 ቅጥዕታትን ደብዳቤታትን
mentor-help-children = 🧒 ንጥፈታት ቆልዑ
mentor-help-driving = 🚗 ምዝዋር ማኪና
fadder-done = ✅ ተወዲኡ
fadder-part-name = ቀዳማይ ስም
fadder-part-municipality = ኮሙነ
fadder-part-languages = ቋንቋታት
fadder-part-background = ናብ ኖርወይ ምግዓዝ
fadder-part-gender = ኣንስተይቲ ወይ ተባዕታይ
fadder-part-age = ዕድሜ
fadder-part-interests = ተገዳስነታት
fadder-part-children = ቆልዑ
fadder-part-capacity = ሓደስቲ ተቐማጦ ብሓደ ግዜ
fadder-part-helps = ክሕግዘሉ ዝኽእል
fadder-part-missing = ኣብ ምዝገባኹም ገና ዝጎደለ ኣሎ:
fadder-consent-title = ምዝገባኹም:
fadder-consent =
    ምዝገባኹም ብኸምዚ ይተሓሓዝ:
    • velkommen ነቲ ኣብ ላዕሊ ዝመለስኩምዎ ይዕቅቦ፣ ኮሙነ ክፈልጠኩምን ዝሰማማዓኩም ሓድሽ ተቐማጢ ክረኽበልኩምን ምእንቲ።
    • ኣወሃሃድቲ መሓዛታት ናይ ኮሙነ ይርእይዎ። ንዝርርብ ይራኸቡኹም፣ ውዕል ምሕላው ምስጢር (taushetserklæring) ክትፍርሙ ይሓቱኹም፣ ሓጺር መእተዊ ስልጠና ድማ ይህቡኹም። ምስ ቆልዑ ዘለዉዎም ስድራቤታት ክትራኸቡ እንተ ኾይንኩም፣ ምስክር ወረቐት ፖሊስ (politiattest) ክርእዩ ይሓቱ – ይርእይዎ ጥራይ፣ ኣይዕቀብን።
    • ሓድሽ ተቐማጢ ቀዳማይ ስምኩም፣ እትዛረብዎም ቋንቋታትን ስለምንታይ ትሰማምዑ ኢልና ከም እንሓስብን ዝርኢ፣ ንስኹም «እወ» ምስ በልኩም ጥራይ እዩ። ብኸመይ ከም እትራኸቡ ዝፍለጥ፣ ክልቴኹም «እወ» ምስ በልኩም ጥራይ እዩ።
    • ኣብ ዝኾነ ግዜ ብ /fadder ምዝገባኹም ክትርእዩ፣ ክትቕይሩ፣ ደው ከተብልዎ ወይ ክትድምስስዎ ትኽእሉ ኢኹም። /delete ድማ ኩሉ ይድምስስ።
    በዚ ትሰማምዑ ዶ?
fadder-consent-yes = ✅ እሰማማዕ – ኣመዝግቡኒ
fadder-consent-no = ሰርዙ
fadder-consent-declined = ሕራይ፣ ዝተዓቀበ ነገር የለን። ኣብ ዝኾነ ግዜ ብ /fadder ክትምዝገቡ ትኽእሉ ኢኹም።
fadder-signed-up = ስለ ዝተመዝገብኩም የቐንየለይ! 🤝 ኣወሃሃድቲ መሓዛታት ናይ { $municipality } ተሓቢሮም ኣለዉ፣ ክራኸቡኹም ድማ እዮም።
fadder-signed-up-nobody-yet = ስለ ዝተመዝገብኩም የቐንየለይ! 🤝 { $municipality } ኣብ velkommen ንመሓዛታት ዝከታተል ሰብ ገና ኣይመደበን። ምዝገባኹም ተዓቂቡ ኣሎ፣ ኮሙነ ድማ ክራኸበኩም እዩ።
fadder-already-signed-up = ድሮ ከም መሓዛ ተመዝጊብኩም ኣለኹም። ምዝገባኹም እንሆ።
fadder-profile-title = 🤝 ምዝገባኹም ከም መሓዛ ኣብ { $municipality }
fadder-status-line = ኩነታት: { $status }
fadder-status-with-reason = { $status } (ምኽንያት: { $reason })
mentor-status-vetting = ካብ ኮሙነ መልሲ ይጽበ ኣሎ
mentor-status-approved = ጸዲቑ
mentor-status-paused = ግዝያዊ ደው ኢሉ
mentor-status-ended = ተዛዚሙ
fadder-explain-vetting = ኮሙነ { $municipality } ንዝርርብ ክራኸበኩም እዩ። ክሳብ ሽዑ መልስታትኩም ክትቕይሩ ትኽእሉ ኢኹም።
fadder-explain-approved = ምስ ሓድሽ ተቐማጢ ክትተኣሳሰሩ ትኽእሉ ኢኹም። ዝኾነ ነገር ቅድሚ ምክፋሉ ክትሕተቱ ኢኹም።
fadder-explain-paused = ደው ኣቢልኩም ከለኹም፣ ምስ ካልኦት ሓደስቲ ተቐማጦ ኣይትተኣሳሰሩን ኢኹም። እቶም ድሮ ዘለዉኹም ምትእስሳራት ይቕጽሉ።
fadder-explain-ended = ኮሙነ { $municipality } ምዝገባኹም ከም መሓዛ ኣቋሪጹዎ ኣሎ። ሕቶ እንተለኩም ምስ ኮሙነ ተራኸቡ።
fadder-pause = ⏸ ደው ኣብሉ (ሓድሽ ኣይቕበልን)
fadder-resume = ▶️ እንደገና ሓደስቲ ክቕበል
fadder-paused = ደው ኢሉ ኣሎ። እንደገና ክሳብ እትቕበሉ፣ ምስ ሓደስቲ ተቐማጦ ኣይትተኣሳሰሩን ኢኹም።
fadder-resumed = እንቋዕ ብደሓን ተመለስኩም! እንደገና ምስ ሓደስቲ ተቐማጦ ክትተኣሳሰሩ ትኽእሉ ኢኹም።
fadder-delete = 🗑 ምዝገባይ ደምስሱ
fadder-delete-confirm = ምዝገባኹም ከም መሓዛ ክትድምስሱ ትደልዩ ዶ? ዝሃብኩምዎ ኩሉ ክድምሰስ እዩ፣ ምሳኹም ዝተኣሳሰሩ ሓደስቲ ተቐማጦ ድማ ደጊም መሓዛኦም ክትኮኑ ከም ዘይትኽእሉ ክሕበሩ እዮም።
fadder-delete-yes = እወ፣ ይደምሰስ
fadder-delete-no = ኣይፋል፣ ይጽናሕ
fadder-deleted = ምዝገባኹም ከም መሓዛ ተደምሲሱ። ክትሕግዙ ስለ ዝደለኹም የቐንየለይ።
fadder-staff-new =
    🤝 ሓድሽ ምዝገባ መሓዛ ኣብ { $municipality }: { $name }
    ቋንቋታት: { $languages }
    ነቲ ምዝገባ ንምርኣይ /mentors ክፈቱ።
menu-fadder = 🤝 መሓዛ ኩኑ
command-fadder = ከም መሓዛ (fadder) ተመዝገቡ
mydata-fadder = ምዝገባኹም ከም መሓዛ:

## ካብ ኮሙነ ንወለንተኛ ዝመጽእ መልሲ

fadder-notice-approved = 🤝 ጽቡቕ ዜና: { $municipality } ከም መሓዛ ኣጽዲቑኩም ኣሎ። ምሳኹም ዝሰማማዕ ሓድሽ ተቐማጢ ምስ ተረኽበ፣ ቅድም ንስኹም ክትሕተቱ ኢኹም – «እወ» ቅድሚ ምባልኩም ዝኾነ ነገር ኣይክፈልን።
fadder-notice-paused = ⏸ { $municipality } ምዝገባኹም ከም መሓዛ ንግዚኡ ደው ኣቢልዎ ኣሎ: { $reason }። ክሳብ ሽዑ ምስ ሓደስቲ ተቐማጦ ኣይትተኣሳሰሩን ኢኹም።
fadder-notice-ended = { $municipality } ምዝገባኹም ከም መሓዛ ኣቋሪጹዎ ኣሎ: { $reason }። ክትሕግዙ ስለ ዝደለኹም የቐንየለይ።
fadder-open = 🤝 ምዝገባይ ከም መሓዛ

## መሓዛ ዝደልዩ ሓደስቲ ተቐማጦ (/mentor)

menu-mentor = 🤝 መሓዛ ንዓይ
command-mentor = መሓዛ ርኸቡ (ኣብ ከባቢኹም ዝነብር ወለንተኛ)
mentor-needs-profile = መሓዛ ንምርካብ ቅድም ፕሮፋይልኩም ወድኡ: ሽዑ ኣብ ኣየናይ ኮሙነ ከም እትነብሩ ንፈልጥ።
mentor-wish-prompt =
    🤝 መሓዛ ኣብዚ ዝነብር ወለንተኛ ኮይኑ ምሳኹም ዝላለ እዩ: ኩባያ ቡን፣ ምንሽርሻር፣ ብኖርወይኛ ምዝራብ፣ ኣብቲ ሓድሽ ዝኾነልኩም ነገራት ሓገዝ።

    ብምንታይ ክትሕገዙ ትደልዩ? ዝደለኹምዎ ብዝሒ ምረጹ። ጓል ኣንስተይቲ ወይ ወዲ ተባዕታይ ከም መሓዛ እንተ ትመርጹ፣ ንሱ'ውን ጠውቑ። ድሕሪኡ «ኣብ ዝርዝር ኣእትዉኒ» ጠውቑ።
mentor-prefer-woman = 👩 ጓል ኣንስተይቲ ይሕሸኒ
mentor-prefer-man = 👨 ወዲ ተባዕታይ ይሕሸኒ
mentor-save = ✅ ኣብ ዝርዝር ኣእትዉኒ
mentor-joined = ኣብ ዝርዝር እቶም ኣብ { $municipality } መሓዛ ዝጽበዩ ኣለኹም። 🤝 መሓዛ መን ምዃንኩም ቅድሚ ምፍላጡ ክንሓተኩም ኢና።
mentor-wish-saved = ተዓቂቡ።
mentor-waiting = ኣብ { $municipality } መሓዛ ትጽበዩ ኣለኹም ({ $weeks ->
        [0] ካብዚ ሰሙን
        [one] { $weeks } ሰሙን ኮይኑ
       *[other] { $weeks } ሰሙናት ኮይኑ
    })። ዝሰማማዓኩም ሰብ ምስ ረኸብና፣ ቅድም ንስኹም ክንሓተኩም ኢና።
mentor-waiting-short = 🤝 ቦታኹም ኣብ ዝርዝር ምጽባይ
mentor-being-asked = 🤝 ምናልባት መሓዛ ረኺብናልኩም ንኸውን። ሕጂ ይሰማማዕ እንተ ኾይኑ ንርኢ ኣለና።
mentor-has-mentor = 🤝 መሓዛኹም: { $name }
mentor-hopes-line = ዝደለኹምዎ: { $hopes }
mentor-change = ✏️ ድሌታተይ ቀይሩ
mentor-leave = ካብ ዝርዝር ኣውጽኡኒ
mentor-left = ደጊም ኣብ ዝርዝር ምጽባይ መሓዛ የለኹምን። ኣብ ዝኾነ ግዜ ብ /mentor ክትምለሱ ትኽእሉ ኢኹም።

## ምትእስሳር

match-yes = ✅ እወ
match-no = ኣይፋል፣ የቐንየለይ
match-ask-mentor =
    🤝 ሰላም { $name }! { $municipality } ንሓደ ቋንቋ { $language } ዝዛረብ ሓድሽ ተቐማጢ መሓዛ ክትኮኑ ይደሊ።
    ንኽልቴኹም ዘቀራርብ: { $why }።

    ትደልዩ ዶ? «እወ» እንተ ኢልኩም፣ እቲ ሓድሽ ተቐማጢ ብኸመይ ክረኽበኩም ከም ዝኽእል ክንሓተኩም ኢና፤ ድሕሪኡ እቲ ሓድሽ ተቐማጢ ይሕተት።
match-ask-newcomer =
    🤝 ጽቡቕ ዜና! { $name } መሓዛኹም ክኾኑ ይደልዩ። { $name } ዝዛረብዎም ቋንቋታት: { $languages }።
    ንኽልቴኹም ዘቀራርብ: { $why }።

    ምስ { $name } ክትራኸቡ ትደልዩ ዶ?
match-contact-prompt = እቲ ካልእ ሰብ ብኸመይ ክረኽበኩም ይኽእል? ናብ ፕሮፋይል Telegram-ኩም ዝወስድ ሊንክ ንምክፋል ነቲ መጠወቒ ጠውቑ፣ ወይ ቁጽሪ ተሌፎን ወይ ኢመይል ጽሓፉ (ቢበዝሒ { $max } ፊደላት)። ክልቴኹም «እወ» ምስ በልኩም ጥራይ እዩ ዝፍለጥ።
match-share-link = 📨 ናይ Telegram ፕሮፋይለይ ኣካፍሉ
match-contact-short = በጃኹም ብኸመይ ክትርከቡ ከም እትኽእሉ ጥራይ ጽሓፉ: ቁጽሪ ተሌፎን ወይ ኢመይል፣ ብሓደ መስመር።
match-gone = እዚ ሕቶ ደጊም ክፉት ኣይኮነን። ዝተኻፈለ ነገር የለን።
match-declined-thanks = ስለ መልስኹም የቐንየለይ። ዝተኻፈለ ነገር የለን።
match-yes-mentor = የቐንየለይ! 🤝 ሕጂ ነቲ ሓድሽ ተቐማጢ ንሓቶ ኣለና። መልሱ «እወ» እንተ ኾይኑ፣ ብኸመይ ከም እትራኸቡ ዝሕብር መልእኽቲ ክበጽሓኩም እዩ።
match-yes-newcomer = ጽቡቕ! 🤝 ሕጂ ምስ መሓዛኹም ብኸመይ ክትራኸቡ ከም እትኽእሉ ዝሕብር መልእኽቲ ክበጽሓኩም እዩ።
match-telegram-link = ብTelegram መልእኽቲ ስደዱ
match-no-contact = (ኣይተሃበን)
match-intro-mentor = 🤝 ንስኹምን ቋንቋ { $language } ዝዛረብ ሓድሽ ተቐማጢን ክልቴኹም «እወ» ኢልኩም። { $languages }
match-intro-newcomer = 🤝 ንስኹም ከምኡ'ውን { $name } ክልቴኹም «እወ» ኢልኩም! { $languages }
match-intro-shared = ብቋንቋ { $language } ክትዘራረቡ ትኽእሉ ኢኹም።
match-intro-no-shared = ገና ሓባራዊ ቋንቋ የብልኩምን: ቀሊል ኖርወይኛ፣ ምልክታት ኢድን ኣካላትን፣ ከምኡ'ውን መተርጎሚ ኣፕ ብዙሕ ይሕግዙ።
match-intro-reach = ምስቲ ካልእ ሰብ ብኸምዚ ክትራኸቡ ትኽእሉ:
match-intro-place = ንቀዳማይ ምርኻብ ጽቡቕ ቦታ: { $place }።
match-intro-next = ሓጺር መልእኽቲ ስደዱ እሞ ግዜ ተሰማምዑ። ድሕሪ ክልተ ሰሙን ንኽልቴኹም ከመይ ከም ዘለኹም ክንሓተኩም ኢና። ዝኾነ ጸገም እንተሎ፣ /mentor ጽሓፉ፤ እቲ መሓዛ እንተ ኾንኩም ግን /fadder ጽሓፉ።
match-withdrawn-newcomer = { $name } ደጊም መሓዛ ክኾኑኹም ኣይክእሉን እዮም። ገና ኣብ ዝርዝር ኣለኹም፣ ካልእ መሓዛ ድማ ክንደልየልኩም ኢና።
match-withdrawn-mentor = እቲ ዝቐረበልኩም ሓድሽ ተቐማጢ ካብ ዝርዝር ምጽባይ መሓዛ ወጺኡ ኣሎ። ስለ ግዜኹም የቐንየለይ – ምስ ካልእ ሰብ ክትተኣሳሰሩ ትኽእሉ ኢኹም።

## ምኽንያታት ናይ ሓደ ሓሳብ

mentor-reason-language = ሓባራዊ ቋንቋ: { $language }
mentor-reason-bridge = { $name } ኖርወይኛ'ውን ይዛረቡ
mentor-reason-interests = ሓባራዊ ተገዳስነት: { $interests }
mentor-reason-help = { $name } ክሕግዙ ዝኽእሉ: { $helps }
mentor-reason-children = ኣብ ክልቲኡ ወገን ቆልዑ ኣለዉ
mentor-reason-age = ተቐራራቢ ዕድሜ
mentor-reason-waited = ምጽባይ: { $count ->
        [one] { $count } ሰሙን
       *[other] { $count } ሰሙናት
    }

## ሰራሕተኛታት: መደብ መሓዛ

staff-mentors = 🤝 መሓዛታት
mentor-staff-not-allowed = መደብ መሓዛ ክመርሑ ዝኽእሉ ኣወሃሃድትን ኣወሃሃድቲ መሓዛታትን ጥራይ እዮም።
mentor-staff-pick = ናይ ኣየናይ ኮሙነ መደብ መሓዛ?
mentor-staff-menu = 🤝 መሓዛታት ኣብ { $municipality }
mentor-staff-pool =
    🤝 መሓዛታት ኣብ { $municipality }
    መሓዛ ዝጽበዩ: { $waiting } (ዝነውሐ ምጽባይ: { $weeks ->
        [one] { $weeks } ሰሙን
       *[other] { $weeks } ሰሙናት
    })
    መሓዛታት: { $approved } ጸዲቖም (ባዶ ቦታታት: { $free }) · { $paused } ግዝያዊ ደው ኢሎም
    ምጽዳቕ ዝጽበዩ: { $vetting }
    ምትእስሳራት: { $active } ይካየዱ ኣለዉ · { $asking } መልሲ ይጽበዩ · { $proposed } ንዓኹም ዝቐረቡ ሓሳባት
mentor-staff-vetting = 📝 ምጽዳቕ ዝጽበዩ
mentor-staff-mentors = 👥 መሓዛታት
mentor-staff-propose = 🔄 ምትእስሳራት ኣቕርቡ
mentor-staff-proposals = 📋 ሓሳባት
mentor-staff-matches = 🤝 ምትእስሳራት
mentor-staff-vetting-list = ምጽዳቕ ዝጽበዩ ምዝገባታት:
mentor-staff-mentors-list = መሓዛታት ናይ ኮሙነ:
mentor-staff-none = ኣብዚ ገና ዋላ ሓደ የለን።
mentor-staff-card =
    { $name } – { $status }
    ምዝገባ: { $since } · ሕጂ ዘለዉ ምትእስሳራት: { $engaged }
mentor-staff-card-reason = ምኽንያት: { $reason }
mentor-staff-checklist = ስጉምትታት ምጽዳቕ (ምልክት ንምግባር ጠውቑ):
mentor-staff-optional = { $step } (ንቆልዑ ዘለዉዎም ስድራቤታት)
vetting-interview = ዝርርብ ተኻይዱ
vetting-confidentiality = ውዕል ምሕላው ምስጢር ተፈሪሙ
vetting-training = መእተዊ ስልጠና ተዋሂቡ
vetting-police = ምስክር ወረቐት ፖሊስ ተራእዩ (ኣይዕቀብን)
mentor-staff-approve = ✅ ኣጽድቑ
mentor-staff-pause = ⏸ ደው ኣብሉ
mentor-staff-end = ⛔ ኣቋርጹ
mentor-staff-missing-steps = ገና ኣይተገብረን: { $steps }።
mentor-staff-approved = ጸዲቑ። እቲ መሓዛ ተሓቢሩ ኣሎ።
mentor-staff-reason-pause = እዚ መሓዛ ስለምንታይ ግዝያዊ ደው ይብል ኣሎ? ሓጺር ምኽንያት ጽሓፉ (ቢበዝሒ { $max } ፊደላት)። እቲ መሓዛ ክርእዮ እዩ።
mentor-staff-reason-end = ምዝገባ እዚ መሓዛ ስለምንታይ ተቋርጽዎ ኣለኹም? ሓጺር ምኽንያት ጽሓፉ (ቢበዝሒ { $max } ፊደላት)። እቲ መሓዛ ክርእዮ እዩ።
mentor-staff-status-changed = ተገይሩ። እቲ መሓዛ ተሓቢሩ ኣሎ።
mentor-staff-proposed = ምሉእ ዝርዝር ተፈቲሹ: { $count } ሓሳባት ({ $waiting } ዝጽበዩ፣ ባዶ ቦታታት: { $free })።
mentor-staff-proposals-list = ሓሳባት – ምኽንያቱ ንምርኣይን ንምርግጋጽን ሓደ ጠውቑ:
mentor-staff-no-proposals = ሓሳብ የለን። ሓደስቲ ተቐማጦ ክጽበዩ ከለዉን ዝጸደቑ መሓዛታት ባዶ ቦታ ክህልዎም ከሎን «ምትእስሳራት ኣቕርቡ» ጠውቑ።
mentor-staff-proposal =
    ሓሳብ: { $mentor } ↔ ቋንቋ { $language } ዝዛረብ ሓድሽ ተቐማጢ
    ምኽንያት: { $why }
    ነጥቢ: { $score } · { $status }
mentor-staff-confirm = ✅ ኣረጋግጹ – ንመሓዛ ሕተቱ
mentor-staff-skip = ሕለፍዎ
mentor-staff-mentor-card = 👤 እቲ መሓዛ
mentor-staff-confirmed = ተረጋጊጹ። ቅድም { $mentor }፣ ድሕሪኡ እቲ ሓድሽ ተቐማጢ ክሕተቱ እዮም።
mentor-staff-skipped = ተሓሊፉ።
mentor-staff-proposal-gone = እዚ ሓሳብ ደጊም ክፉት ኣይኮነን (ካልእ ሰብ ኣረጋጊጹዎ ወይ ሓሊፍዎ፣ ወይ ተሳሒቡ)።
mentor-staff-mentor-unavailable = { $mentor } ሕጂ ባዶ ቦታ የብሎምን፣ ወይ ደጊም ጸዲቖም ኣይኮኑን። እንደገና ምትእስሳራት ኣቕርቡ።
mentor-staff-newcomer-unavailable = እዚ ሓድሽ ተቐማጢ ድሮ መልሲ ዝጽበ ምትእስሳር ኣለዎ፣ ወይ ካብ ዝርዝር ወጺኡ። እንደገና ምትእስሳራት ኣቕርቡ።
mentor-staff-matches-list = ምትእስሳራት:
mentor-staff-no-matches = ገና ምትእስሳር የለን።
mentor-staff-match-line = • { $mentor } ↔ { $language }: { $status } ካብ { $since }፣ { $met ->
        [yes] ተራኺቦም
       *[no] ገና ኣይተራኸቡን
    }፣ ምክትታል { $checkins }/4
match-status-proposed = ቀሪቡ
match-status-asking-mentor = መሓዛ ይሕተት ኣሎ
match-status-asking-newcomer = ሓድሽ ተቐማጢ ይሕተት ኣሎ
match-status-active = ይካየድ ኣሎ
match-status-skipped = ተሓሊፉ
match-status-declined = ተነጺጉ
match-status-withdrawn = ተሳሒቡ
match-status-ended = ተዛዚሙ
match-staff-declined = 🤝 { $side } ነቲ ምትእስሳር { $mentor } ↔ ቋንቋ { $language } ዝዛረብ ሓድሽ ተቐማጢ «ኣይፋል» ኢሉ። ክልቲኦም ገና ኣብ ዝርዝራት ኣለዉ፤ እንደገና ምትእስሳራት ኣቕርቡ።
match-staff-started = 🤝 ሓድሽ ምትእስሳር: { $mentor } ↔ ቋንቋ { $language } ዝዛረብ ሓድሽ ተቐማጢ። ክልቲኦም «እወ» ኢሎም፣ ኣድራሻ ናይ ሓድሕዶም ድማ ተቐቢሎም።
match-side-mentor = እቲ መሓዛ
match-side-newcomer = እቲ ሓድሽ ተቐማጢ
match-side-staff = ኮሙነ
fadder-place-which = ካበይ መጺእኩም? ሃገር ወይ ከተማ ጽሓፉ።

## ህይወት ምትእስሳር

match-the-newcomer = እቲ ቋንቋ { $language } ዝዛረብ ሓድሽ ተቐማጢ
match-checkin = 🤝 ምስ { $other } ዘለኩም ርክብ ከመይ ይኸይድ ኣሎ? ሓጺር መልሲ ንኽንሕግዘኩም ይሕግዘና።
match-checkin-last =
    🤝 ምስ { $other } ዝተሰማማዕኩምሉ ግዜ ({ $months } ኣዋርሕ) ተወዲኡ። ንሓድሕድኩም ስለ ዝሃብኩምዎ ግዜ የቐንየለይ!

    ከመይ ነይሩ – ክትቕጽሉ ትደልዩ ዶ?
match-going-well = 👍 ተራኺብና፣ ጽቡቕ ይኸይድ ኣሎ
match-not-met = ⏳ ገና ኣይተራኸብናን
match-problem = ⚠️ ገለ ጸገም ኣሎ
match-end = ምትእስሳር ደምድሙ
match-go-on = 👍 ጽቡቕ ነይሩ – ክንቕጽል ኢና
match-finish = 🙏 ጽቡቕ ነይሩ – ንዛዝሞ
match-thanks-good = ምስማዑ ደስ ይብል! 🤝
match-thanks-not-yet = ስለ ዝሓበርኩምና የቐንየለይ። ሓጺር መልእኽቲ ስደዱ እሞ ግዜ ኣቕርቡ – ምንሽርሻር ወይ ሓደ ኩባያ ቡን ይኣክል። ሓድሕድኩም ክትረኻኸቡ እንተ ዘይክኢልኩም፣ «ገለ ጸገም ኣሎ» ጠውቑ።
match-thanks-go-on = ኣዝዩ ጽቡቕ! 🤝 ከም ቀደም ትቕጽሉ፤ ሓገዝ እንተ ኣድልዩኩም ኮሙነ ኣሎ።
match-problem-prompt = እንታይ ከም ዘይቅኑዕ ብሒደት ቃላት ጽሓፉ (ቢበዝሒ { $max } ፊደላት)። ኣብ ኮሙነ ዝሰርሕ ሰብ ከንብቦ፣ ኣብዚ ድማ ክምልሰልኩም እዩ። እቲ ካልእ ሰብ ኣይርእዮን።
match-not-running = እዚ ምትእስሳር ደጊም ቀጻሊ ኣይኮነን።
match-end-prompt = ስለምንታይ ነዚ ምትእስሳር ክትድምድምዎ ትደልዩ? እቲ ካልእ ሰብ ብሕያውነት ክሕበር እዩ፣ ምኽንያቱ ግን ኣይንገሮን።
match-end-no-time = ሕጂ ግዜ የብለይን
match-end-moved = ካብዚ እግዕዝ ኣለኹ
match-end-not-a-fit = ኣይተሰማማዕናን
match-end-completed = እቲ ዝተሰማማዕናሉ ግዜ ተወዲኡ
match-end-other = ካልእ ነገር
match-ended-by-newcomer = ምትእስሳር ተዛዚሙ። ስለ ዝፈተንኩም የቐንየለይ። ንሓድሽ መሓዛ እንደገና ኣብ ዝርዝር ኣለኹም፤ መሓዛ እንተ ዘይደሊኹም፣ ብ /mentor ካብ ዝርዝር ክትወጹ ትኽእሉ ኢኹም።
match-ended-by-mentor = ምትእስሳር ተዛዚሙ። ስለ ዝሃብኩምዎ ግዜ የቐንየለይ። ድሉዋት ምስ ኮንኩም ምስ ካልእ ሰብ ክትተኣሳሰሩ ትኽእሉ ኢኹም።
match-completed-thanks = የቐንየለይ! 🙏 ምትእስሳር ከም ዝተሰማማዕኩምዎ ተዛዚሙ።
match-ended-newcomer = { $name } ደጊም መሓዛኹም ክኾኑ ኣይክእሉን እዮም። ሓደ ሓደ ግዜ ከምዚ ይኸውን፣ ናይ ዝኾነ ሰብ ጌጋ ኣይኮነን። እንደገና ኣብ ዝርዝር ኣለኹም፣ ሓድሽ መሓዛ ድማ ክንደልየልኩም ኢና።
match-ended-mentor = እቲ ቋንቋ { $language } ዝዛረብ ሓድሽ ተቐማጢ ነቲ ምትእስሳር ደምዲምዎ። ሓደ ሓደ ግዜ ከምዚ ይኸውን፣ ናይ ዝኾነ ሰብ ጌጋ ኣይኮነን። ስለ ዝሃብኩምዎ ግዜ የቐንየለይ – ምስ ካልእ ሰብ ክትተኣሳሰሩ ትኽእሉ ኢኹም።
match-completed-other = 🙏 ምትእስሳርኩም ከም ዝተሰማማዕኩምዎ ተዛዚሙ። ንሓድሕድኩም ስለ ዝሃብኩምዎ ግዜ የቐንየለይ!
match-mine-button = 🤝 ምትእስሳራተይ
match-mine = ሕጂ ዘለዉኹም ምትእስሳራት:
match-mine-none = ሕጂ ዝካየድ ምትእስሳር የብልኩምን።
match-mine-line = • { $other }፣ ካብ { $since }
match-end-with = ምትእስሳር ደምድሙ: { $other }
match-staff-quiet = 🤝 { $mentor } ↔ ቋንቋ { $language } ዝዛረብ ሓድሽ ተቐማጢ: ኣድራሻ ሓድሕዶም ካብ ዝቕበሉ { $count ->
        [one] { $count } ሰሙን
       *[other] { $count } ሰሙናት
    } ኮይኑ፣ ግን ካብኣቶም ዋላ ሓደ «ተራኺብና» ኣይበለን። ምናልባት ክትዛረብዎም ይሓይሽ።
match-staff-ended = 🤝 ምትእስሳር { $mentor } ↔ ቋንቋ { $language } ዝዛረብ ሓድሽ ተቐማጢ ተዛዚሙ። ዝደምደሞ: { $side }። ምኽንያት: { $reason }።
match-staff-problem-who = ⚠️ ምትእስሳር መሓዛ { $mentor } ↔ ቋንቋ { $language } ዝዛረብ ሓድሽ ተቐማጢ፣ ዝሓበረ: { $side }
delete-done-fadder = ምዝገባኹም ከም መሓዛ (ምሳኹም ዝተኣሳሰሩ ሓደስቲ ተቐማጦ ተሓቢሮም ኣለዉ)
delete-done-mentor-wish = ቦታኹም ኣብ ዝርዝር ምጽባይ መሓዛ

## ደብዳበ፣ ድሌትን /mydataን

letter-mentor-button = 🤝 ካብ መሓዛ ዝደልዮ
mentor-wish-privacy = ኣብዚ እትመርጽዎ ምስ ፕሮፋይልኩም ይዕቀብ፤ ኣወሃሃድቲ መሓዛታት ናይ ኮሙነ ዝሰማማዓኩም መሓዛ ንምርካብ ይርእይዎ። /mydata የርእዮ፣ «ካብ ዝርዝር ኣውጽኡኒ» ወይ /delete ድማ ይድምስሶ።
mydata-mentor-wish = ካብ { $since } ጀሚርኩም ኣብ ዝርዝር ምጽባይ መሓዛ ኣለኹም። ዝደለኹምዎ: { $hopes }

## ሰራሕተኛታት: ምልክታታትን ፍጻመታትን ንመሓዛታት

announce-reach-button = 👥 ንመን: { $value }
reach-newcomers = ሓደስቲ ተቐማጦ
reach-both = ሓደስቲ ተቐማጦን መሓዛታትን
reach-mentors = መሓዛታት ጥራይ
mentor-staff-weekly = 🤝 ናይዚ ሰሙን ሓሳባት ምትእስሳር ኣብ { $municipality }: { $count ->
        [one] { $count } ሓሳብ ውሳነኹም ይጽበ ኣሎ
       *[other] { $count } ሓሳባት ውሳነኹም ይጽበዩ ኣለዉ
    }። ኣረጋግጹ ወይ ሕለፍዎ።

## ተወሳኺ ብዛዕባ ህይወት ምትእስሳር

match-back-on-list = ንሓድሽ መሓዛ እንደገና ኣብ ዝርዝር ኣለኹም። መሓዛ እንተ ዘይደሊኹም፣ ብ /mentor ካብ ዝርዝር ክትወጹ ትኽእሉ ኢኹም።
match-newcomer-declined = እቲ ቋንቋ { $language } ዝዛረብ ሓድሽ ተቐማጢ ኣብዚ ግዜ'ዚ «ኣይፋል፣ የቐንየለይ» ኢሉ። ናይ ዝኾነ ሰብ ጌጋ ኣይኮነን: ምስ ካልእ ሰብ ክትተኣሳሰሩ ትኽእሉ ኢኹም።
match-contact-prompt-newcomer = መሓዛኹም ብኸመይ ክረኽበኩም ይኽእል? ብኣየናይ ስም ክጽውዓኩም ትደልዩ? ፕሮፋይል Telegram-ኩም ንምክፋል ነቲ መጠወቒ ጠውቑ፣ ወይ ቀዳማይ ስምኩም ምስ ቁጽሪ ተሌፎን ወይ ኢመይል ጽሓፉ (ቢበዝሒ { $max } ፊደላት)። ክልቴኹም «እወ» ምስ በልኩም ጥራይ እዩ ዝፍለጥ።
