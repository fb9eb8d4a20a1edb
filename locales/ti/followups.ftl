# ምክትታል: መልእኽትታት ናይ ቀዳሞት ክልተ ዓመታት፣ ሕቶታት ብዛዕባ ህይወት ኣብዚ (pulsen) ከምኡ'ውን /pause።
# ትግርኛ: oppfølging = «ምክትታል»፣ fadder = «መሓዛ (fadder)»፣ venn = «ዓርኪ» (ምስ መሓዛ ከይደናገር)፣
# statistikk = «ስታቲስቲክስ»። Polite plural (ንስኹም) as in velkommen.ftl.

## መልእኽቲ ምክትታል

followup-hello = 👋 ሰላም! ኣብ { $municipality } velkommen ክትጥቀሙ ካብ ዝጀመርኩም ሕጂ { $since } ኮይኑ። ከመይ ይኸደልኩም ኣሎ? ሕጂ ክጠቕመኩም ዝኽእል እንሆ።
followup-days =
    { $count ->
        [one] { $count } መዓልቲ
       *[other] { $count } መዓልትታት
    }
followup-weeks =
    { $count ->
        [one] { $count } ሰሙን
       *[other] { $count } ሰሙናት
    }
followup-months =
    { $count ->
        [one] { $count } ወርሒ
       *[other] { $count } ኣዋርሕ
    }
followup-years =
    { $count ->
        [one] { $count } ዓመት
       *[other] { $count } ዓመታት
    }
followup-checklist =
    { $count ->
        [one] 📋 ኣብ ዝርዝር ስጉምትታትኩም { $count } ስጉምቲ ገና ኣይተገብረን።
       *[other] 📋 ኣብ ዝርዝር ስጉምትታትኩም { $count } ስጉምትታት ገና ኣይተገብሩን።
    } ብኸመይ ከም እትገብርዎ ንምንባብ ሓደ ስጉምቲ ጠውቑ።
followup-mentor = 🤝 ኣብዚ ዝነብር ሰብ ክትፈልጡ ትደልዩ ዶ? መሓዛ (fadder) ሓደ ሓደ ግዜ ምሳኹም ዝራኸብ ወለንተኛ እዩ – ንምንሽርሻር፣ ንቡን፣ ቁሩብ ብኖርወይኛ ንምዝራብ።
followup-mentor-button = 🤝 መሓዛ ክረክብ እደሊ
followup-events = 📅 ኣብ ቀረባ ግዜ ዝካየዱ:
followup-events-button = 📅 ኩሎም ንጥፈታት
followup-pulse = 💬 ኣብዚ ህይወትኩም ከመይ ከም ዘሎ ክንሰምዕ ንደሊ: ቁሩብ ሓጸርቲ ሕቶታት፣ ንነፍሲ ወከፍ ሓደ ምጥዋቕ፣ ንዝኾነ ሕቶ ድማ ክትሓልፍዎ ትኽእሉ ኢኹም። መልስታትኩም ብዘይ ስምኩም ይቑጸሩ።
followup-pulse-start = 💬 ሕጂ መልሱ (2 ደቒቕ)
followup-footer = ዝወሓዱ መልእኽትታት ክበጽሑኹም ትደልዩ ዶ? /pause ጽሓፉ።
followup-not-now = ሕጂ ኣይኮነን
followup-fewer = 🔕 ዝወሓዱ መልእኽትታት
followup-not-now-done = ሕራይ! ምስ ዘድለየኩም ኩሉ ኣብ /menu ክትረኽብዎ ኢኹም።
followup-needs-profile = ምክትታል ፕሮፋይሎም ንዝመልኡ ሰባት እዩ። ንምጅማር /start ጽሓፉ።

## /pause ከምኡ'ውን /resume

pause-prompt = ቅድሚ ዝቕጽል መልእኽቲ ምክትታል ንኽንደይ ግዜ ንጽበ? ዝሓተትኩምዎም መዘኻኸሪታት ንጥፈታትን ካብ ኮሙነ ዝመጹ መልስታትን ግን ከም ቀደሞም ክመጹ እዮም።
pause-months =
    { $count ->
        [one] 🔕 { $count } ወርሒ
       *[other] 🔕 { $count } ኣዋርሕ
    }
pause-until-resumed = 🔕 ክሳብ እንደገና ዝኸፍቶ
pause-done-until = ሕራይ። ቅድሚ { $date } ዝኾነ መልእኽቲ ምክትታል ኣይክበጽሓኩምን እዩ። ቅድሚኡ እንደገና ክትረኽብዎም እንተ ደሊኹም /resume ጽሓፉ።
pause-done = ሕራይ። /resume ክሳብ እትጽሕፉ ዝኾነ መልእኽቲ ምክትታል ኣይክበጽሓኩምን እዩ።
resume-not-paused = መልእኽትታት ምክትታል ደው ኣይበሉን።
resume-done = መልእኽትታት ምክትታል እንደገና ተኸፊቶም። ዝቕጽል ኣብ ከባቢ { $date } ክመጽእ እዩ።
resume-done-soon = መልእኽትታት ምክትታል እንደገና ተኸፊቶም። ዝቕጽል ቀልጢፉ ክመጽእ እዩ።
resume-done-none-left = መልእኽትታት ምክትታል እንደገና ተኸፊቶም፣ ግን ኩሎም ድሮ ተቐቢልኩምዎም ኢኹም።
command-pause = ዝወሓዱ መልእኽትታት: ምክትታል ደው ኣብሉ
command-resume = መልእኽትታት ምክትታል እንደገና ክፈቱ
help-followups =
    /pause – ዝወሓዱ መልእኽትታት: ምክትታል ደው ኣብሉ
    /resume – ምክትታል እንደገና ክፈቱ

## ዝተዓቀበ ሓበሬታይ፣ ምሕላው ሓበሬታን ምድምሳስን

mydata-followups-next =
    { $count ->
        [0] ምክትታል: ገና ዝተላእከ መልእኽቲ የለን፣ እቲ ቀዳማይ ኣብ ከባቢ { $date } ክመጽእ እዩ።
        [one] ምክትታል: ሓደ መልእኽቲ ተላኢኹ፣ ዝቕጽል ኣብ ከባቢ { $date } ክመጽእ እዩ።
       *[other] ምክትታል: { $count } መልእኽትታት ተላኢኾም፣ ዝቕጽል ኣብ ከባቢ { $date } ክመጽእ እዩ።
    }
mydata-followups-done =
    { $count ->
        [0] ምክትታል: ደጊም መልእኽቲ የለን።
        [one] ምክትታል: ሓደ መልእኽቲ ተላኢኹ፣ ደጊም ዝመጽእ የለን።
       *[other] ምክትታል: { $count } መልእኽትታት ተላኢኾም፣ ደጊም ዝመጽእ የለን።
    }
mydata-followups-paused = ምክትታል: /resume ክሳብ እትጽሕፉ ደው ኢሉ ኣሎ።
mydata-followups-paused-until = ምክትታል: ክሳብ { $date } ደው ኢሉ ኣሎ።
mydata-pulse =
    { $count ->
        [one] ነቶም ብዛዕባ ህይወት ኣብዚ ዝቐረቡ ሕቶታት { $count } ግዜ መሊስኩም ኢኹም። መልስታት ብዘይ ስምኩም ይቑጸሩ፤ ሓበሬታኹም እንተ ደምሲስኩም፣ እቶም መልስታት ምሳኹም ዘራኽብ ነገር ከይሓዙ ኣብ ስታቲስቲክስ ይተርፉ።
       *[other] ነቶም ብዛዕባ ህይወት ኣብዚ ዝቐረቡ ሕቶታት { $count } ግዜ መሊስኩም ኢኹም። መልስታት ብዘይ ስምኩም ይቑጸሩ፤ ሓበሬታኹም እንተ ደምሲስኩም፣ እቶም መልስታት ምሳኹም ዘራኽብ ነገር ከይሓዙ ኣብ ስታቲስቲክስ ይተርፉ።
    }
privacy-followups =
    🔔 ምክትታል: ኣብ ቀዳሞት ክልተ ዓመታት ክጠቕመኩም ዝኽእል ሒዝና ሒደት ግዜ ክንጽሕፈልኩም ኢና፣ ድሕሪ ሰለስተ ኣዋርሕ ጀሚርና ድማ ብዛዕባ ህይወት ኣብዚ ብድሌትኩም እትምልስዎም ቁሩብ ሕቶታት ክንሓተኩም ኢና። /pause ዝወሓዱ መልእኽትታት ይህበኩም።
    መልስታት ናይቶም ሕቶታት ብዘይ ስምኩም ንስታቲስቲክስ ይዕቀቡ። ኮሙነ ዝርእዮ ቁጽርታት ናይ እንተ ወሓደ ሓሙሽተ ሰባት ዘለዉዎም ጉጅለታት ጥራይ እዩ። ሓበሬታኹም እንተ ደምሲስኩም፣ ምሳኹም ዘራኽብ ይድምሰስ፣ እቶም ስም ዘይብሎም መልስታት ግን ኣብ ስታቲስቲክስ ይተርፉ።
delete-done-followups = ንዓኹም ተወጢኖም ዝነበሩ መልእኽትታት ምክትታል
delete-done-pulse-kept = ብዛዕባ ህይወት ኣብዚ ንዝቐረቡ ሕቶታት ዝሃብኩምዎም መልስታት፣ ምሳኹም ዘራኽብ ነገር ከይሓዙ ኣብ ስታቲስቲክስ ይተርፉ።

## ሕቶታት ብዛዕባ ህይወት ኣብዚ (pulsen)

pulse-progress = ሕቶ { $n } ካብ { $total }
pulse-scale-satisfied = 0 = ብጣዕሚ ዘይዕጉባት፣ 10 = ብጣዕሚ ዕጉባት
pulse-scale-belong = 0 = ፈጺሙ ኣይስምዓንን፣ 10 = ብጣዕሚ ብርቱዕ
pulse-several = ንዝሰማምዓኩም ኩሉ ጠውቑ፣ ድሕሪኡ «ተወዲኡ» ጠውቑ።
pulse-done = ተወዲኡ ➡️
pulse-skip = ሕለፍዎ
pulse-stop = ኣብዚ ደው ኣብሉ
pulse-yes = እወ
pulse-no = ኣይፋል
pulse-q-life = ኩሉ ነገር ኣብ ግምት ኣእቲኹም፣ ኣብዚ እዋን'ዚ ብሓፈሻ ብህይወትኩም ክሳብ ክንደይ ዕጉባት ኢኹም?
pulse-q-place = በቲ እትነብሩሉ ቦታ ክሳብ ክንደይ ዕጉባት ኢኹም?
pulse-q-belong = ናይቲ እትነብሩሉ ቦታ ኣካል ከም ዝኾንኩም ክሳብ ክንደይ ብርቱዕ ይስምዓኩም?
pulse-q-stay = ድሕሪ ክልተ ዓመት ኣብዚ ከም እትነብሩ ትሓስቡ ዶ?
pulse-q-stay-reasons = ኣብዚ ክትጸንሑ ዝገብረኩም እንታይ እዩ?
pulse-q-leave-reasons = ክትግዕዙ ክገብረኩም ዝኽእል እንታይ እዩ?
pulse-q-friends = ምስ ጽቡቓት ኣዕሩኽ ክንደይ ግዜ ትራኸቡ?
pulse-q-norwegian-friend = ኣብዚ ከም ዓርኪ ክትድውሉሉ እትኽእሉ ኖርወያዊ ሰብ ኣለኩም ዶ?
pulse-q-good = ኣብዚ ምንባር እንታይ ጽቡቕ ኣለዎ?
pulse-q-work = ስራሕ ኣለኩም ዶ?
pulse-q-housing = ኣብ ከመይ ዝበለ መንበሪ ገዛ ኢኹም ትነብሩ?
pulse-q-buy = ኣብዚ ናይ ገዛእ ርእስኹም ገዛ ክትዕድጉ ትደልዩ ዶ?
pulse-friends-daily = ነፍሲ ወከፍ መዓልቲ
pulse-friends-weekly = ነፍሲ ወከፍ ሰሙን
pulse-friends-monthly = ነፍሲ ወከፍ ወርሒ
pulse-friends-yearly = ኣብ ዓመት ሒደት ግዜ
pulse-friends-less = ካብኡ ዝወሓደ
pulse-friends-none = ጽቡቓት ኣዕሩኽ የብለይን
pulse-quality-safety = ውሑስ እዩ
pulse-quality-nature = ተፈጥሮ
pulse-quality-people = ሰባት
pulse-quality-meeting = መራኸቢ ቦታታት
pulse-quality-distances = ሓጸርቲ ርሕቀታት
pulse-quality-services = ኣገልግሎታት: ቤት ትምህርቲ፣ ጥዕና
pulse-work-in-line = እወ፣ ምስ ትምህርተይ ዝሰማማዕ
pulse-work-not-in-line = እወ፣ ግን ምስ ትምህርተይ ዘይሰማማዕ
pulse-work-looking = ኣይፋል፣ ስራሕ እደሊ ኣለኹ
pulse-work-learning = ኣይፋል፣ ኣብ ትምህርቲ ወይ መደብ መእተዊ እየ ዘለኹ
pulse-work-not = ኣይፋል
pulse-housing-rent = ካብ ውልቀ ሰብ ብኪራይ
pulse-housing-own = ናይ ገዛእ ርእሰይ እዩ
pulse-housing-municipal = ካብ ኮሙነ ብኪራይ
pulse-housing-temporary = ግዝያዊ (ንኣብነት ብመንገዲ ኣስራሒ)
pulse-expect-yes = እወ
pulse-expect-unsure = ርግጸኛ ኣይኮንኩን
pulse-expect-no = ኣይፋል
pulse-stay-work = ስራሕ
pulse-stay-home = መንበሪ ገዛ
pulse-stay-safety = ድሕንነት
pulse-stay-children = ቆልዑ ኣብዚ ጽቡቕ ኣለዉ
pulse-stay-people = ኣብዚ ዝፈልጦም ሰባት
pulse-stay-nature = ተፈጥሮን ህድኣትን
pulse-reason-other = ካልእ ነገር
pulse-leave-education = ትምህርቲ
pulse-leave-competence = ክእለተይ ንምጥቃም
pulse-leave-career = ምዕባለ ሞያ
pulse-leave-family = ስድራን ኣዕሩኽን
pulse-leave-culture = ሃይማኖትን ባህልን
pulse-leave-own-people = ዝዓበየ ማሕበረሰብ ደቂ ዓደይ
pulse-leave-city = ዓባይ ከተማ
pulse-leave-back = ናብ ሃገረይ ምምላስ
pulse-talk = ብዙሓት ሰባት ክጸንሑ ወይ ክግዕዙ ይሓስቡ። { $municipality } ብዛዕባ ምጽናሕን ምግዓዝን ጽቡቕን ሕማቕን ጎድንታት ምሳኹም ክዛረብ ድሉው እዩ። ትደልዩ ዶ? «እወ» እንተ ኢልኩም፣ ሕቶኹም ከም ጉዳይ ናብ ኮሙነ ይኸይድ፣ መልሲ ድማ ኣብዚ ዕላል ክመጽእ እዩ።
pulse-talk-yes = እወ፣ ብሓጎስ
pulse-talk-no = ኣይፋል፣ የቐንየለይ
pulse-talk-case = ብዛዕባ ምጽናሕ ወይ ምግዓዝ ዝርርብ ተሓቲቱ (ካብ ምክትታል)። መልሲ ናይ «ድሕሪ ክልተ ዓመት ኣብዚ ከም እትነብሩ ትሓስቡ ዶ?»: { $answer }።
pulse-thanks = ብጣዕሚ የቐንየለይ! መልስታትኩም { $municipality } ዝሓሸ መንበሪ ቦታ ንኽኸውን ይሕግዙ። ብዘይ ስምኩም ይቑጸሩ።
pulse-stopped = ሕራይ – ስለ ዝመለስኩምዎ የቐንየለይ። ድሒርኩም በቲ ኣብቲ መልእኽቲ ዘሎ መጠወቒ ክትቕጽሉ ትኽእሉ ኢኹም።
pulse-already = ነዞም ሕቶታት ድሮ መሊስኩምዎም ኢኹም። የቐንየለይ!

## ርድኢት ንኮሙነ (/insight ከምኡ'ውን velkommen insight)

insight-title = 📊 ርድኢት ብዛዕባ { $municipality }፣ { $from }–{ $to }
insight-responses = መልስታት ናይቶም ብዛዕባ ህይወት ኣብዚ ዝቐረቡ ሕቶታት: { $count }
insight-none = ኣብዚ ናይ ጸብጻብ ግዜ'ዚ ክሳብ ሕጂ ነቶም ብዛዕባ ህይወት ኣብዚ ዝቐረቡ ሕቶታት ዝመለሰ ሰብ የለን። እቶም ሕቶታት ድሕሪ ምዝገባ ካብ ሰለስተ ኣዋርሕ ጀሚሮም ምስ መልእኽትታት ምክትታል ይለኣኹ።
insight-everyone = ኩሎም
insight-category-unknown = ኣይተገልጸን
insight-here-first-year = ኣብዚ ካብ ሓደ ዓመት ዝወሓደ
insight-here-second-year = ኣብዚ 1–2 ዓመት
insight-here-longer = ኣብዚ ልዕሊ 2 ዓመት
insight-quarter = { $quarter }ይ ርብዒ { $year }
insight-stay-title = 🏡 ድሕሪ ክልተ ዓመት ኣብዚ ከም ዝነብሩ ይሓስቡ ዶ? ({ $count } መልስታት)
insight-by-month = 📈 ወርሒ ብወርሒ: ድሕሪ ክልተ ዓመት ኣብዚ ከም ዝነብሩ ይሓስቡ ዶ?
insight-stay-reasons = ➡️ ኣብዚ ክጸንሑ ዝገብሮም እንታይ እዩ ({ $count } ክጸንሑ ዝሓስቡ):
insight-leave-reasons = ⬅️ ክግዕዙ ክገብሮም ዝኽእል እንታይ እዩ ({ $count } ርግጸኛታት ዘይኮኑ ወይ ክግዕዙ ዝሓስቡ):
insight-good = 👍 ኣብዚ ምንባር እንታይ ጽቡቕ ኣለዎ ({ $count } መልስታት):
insight-life = 😊 ዕግበት ብህይወት፣ 0–10: { $mean } ({ $count } መልስታት)
insight-life-national = ንምንጽጻር: ኣብ ኖርወይ ዝነብሩ ኢሚግራንት { $immigrants }፣ ብጠቕላላ ህዝቢ { $everyone } (SSB – ስታቲስቲክስ ኖርወይ፣ መጽናዕቲ ኩነታት ናብራ ኢሚግራንት 2016)።
insight-place = 📍 ዕግበት ብቦታ፣ 0–10: { $mean } ({ $count } መልስታት)
insight-place-national = ንምንጽጻር: ብሃገራዊ ደረጃ { $national } (SSB – ስታቲስቲክስ ኖርወይ፣ መጽናዕቲ ጽሬት ህይወት 2023)።
insight-belong = 🤝 ስምዒት ኣባልነት ኣብቲ ቦታ፣ 0–10: { $mean } ({ $count } መልስታት)
insight-friends = 👥 ምስ ጽቡቓት ኣዕሩኽ ክንደይ ግዜ ይራኸቡ ({ $count } መልስታት):
insight-norwegian-friend = 🇳🇴 ከም ዓርኪ ክድውሉሉ ዝኽእሉ ኖርወያዊ ሰብ ኣለዎም ({ $count } መልስታት):
insight-housing = 🏠 መንበሪ ገዛ፣ ርብዒ ብርብዒ:
insight-buy = 🔑 ኣብዚ ናይ ገዛእ ርእሶም ገዛ ክዕድጉ ይደልዩ (ካብቶም ገዛ ዘይብሎም፣ { $count } መልስታት):
insight-work = 💼 ስራሕ፣ ርብዒ ብርብዒ:
insight-matches = 🤝 ምትእስሳራት መሓዛ (fadder): ኣብዚ ግዜ'ዚ { $started } ተጀሚሮም፣ { $running } ይካየዱ ኣለዉ፣ { $ended } ተዛዚሞም።
insight-matches-started = ዝተጀመሩ
insight-matches-running = ዝካየዱ ዘለዉ
insight-matches-ended = ዝተዛዘሙ
insight-footnote = ℹ️ ኣብ ካብ 5 ዝወሓዱ ሰባት ዝተመርኮሱ ቁጽርታት ከም «< 5» ይርኣዩ። እዞም ቁጽርታት ካብኦም ክሕሰቡ ዝኽእሉ ካልኦት ቁጽርታት'ውን ይሕበኡ። መልስታት ብዘይ ስም ይዕቀቡ።
insight-csv-header = ክፍሊ;ጉጅለ;መልሲ;ብዝሒ;ካብ ጠቕላላ;ሚእታዊ (%);ማእከላይ ዋጋ
insight-csv-mean = ማእከላይ ዋጋ (0–10)
insight-section-responses = መልስታት
insight-section-stay = ድሕሪ ክልተ ዓመት ኣብዚ ከም ዝነብሩ ዝሓስቡ
insight-section-trend = ወርሒ ብወርሒ
insight-section-stay-reasons = ምኽንያታት ምጽናሕ
insight-section-leave-reasons = ምኽንያታት ምግዓዝ
insight-section-good = ኣብዚ ምንባር ዘለዎ ጽቡቕ
insight-section-life = ዕግበት ብህይወት
insight-section-place = ዕግበት ብቦታ
insight-section-belong = ስምዒት ኣባልነት
insight-section-friends = ምስ ጽቡቓት ኣዕሩኽ ምርኻብ
insight-section-norwegian-friend = ከም ዓርኪ ዝድወለሉ ኖርወያዊ ሰብ
insight-section-housing = መንበሪ ገዛ
insight-section-buy = ገዛ ናይ ምዕዳግ ድሌት
insight-section-work = ስራሕ
insight-section-matches = ምትእስሳራት መሓዛ (fadder)
insight-chart-title = { $municipality }፣ { $from }–{ $to }
insight-chart-stay = ድሕሪ ክልተ ዓመት ኣብዚ ከም ዝነብሩ ይሓስቡ ዶ?
insight-chart-trend = ድሕሪ ክልተ ዓመት ኣብዚ ከም ዝነብሩ ዝሓስቡ ሚእታዊ፣ ብወርሒ (%)
insight-chart-leave = ክግዕዙ ክገብሮም ዝኽእል እንታይ እዩ
insight-chart-housing = መንበሪ ገዛ ብርብዒ (%)
insight-chart-footer = ምንጪ: መልስታት ኣብ velkommen። ካብ 5 ሰባት ዝወሓዱ ጉጅለታት ኣይርኣዩን።
insight-not-allowed = ርድኢት ንኣወሃሃድቲ ኮሙነ እዩ።
insight-pick = ርድኢት ናይ ኣየናይ ኮሙነ ክትርእዩ ትደልዩ?
insight-chart-caption = 📊 እቲ ግራፍ። ካብ 5 ሰባት ዝወሓዱ ጉጅለታት ኣይርኣዩን።
insight-csv-caption = 📄 እቶም ቁጽርታት ከም ሰንጠረዥ (CSV ብ «;» ዝተፈላለየ፣ ብ Excel ይኽፈት)።
insight-recent = 📅 ዝሓለፉ 12 ኣዋርሕ
insight-year = 📅 ምሉእ ዓመት { $year }
insight-more = ካልእ ናይ ጸብጻብ ግዜ ክትርእዩ ትደልዩ ዶ?
staff-insight = 📊 ርድኢት
competence-title = 🧰 ክእለት ኣብ { $municipality }: «ክገብሮ ዝኽእል» ዝመልኡ ሰባት { $count }።
competence-education = 🎓 ትምህርቲ ({ $count } መልስታት):
competence-field = 🛠 ዓውዲ ስራሕ ({ $count } መልስታት):
competence-experience = ⏳ ተመክሮ ኣብቲ ዓውዲ ({ $count } መልስታት):
competence-languages = 🗣 ቋንቋታት ({ $count } መልስታት):
competence-licence = 🚗 መንጃ ፍቓድ ({ $count } መልስታት):
competence-wishes = 🎯 ድሌታት ({ $count } መልስታት):
competence-shared =
    { $count ->
        [0] 👀 ገና ዝመለሶ ኮሙነ ክርእዮ ዝፈቐደ ሰብ የለን።
        [one] 👀 ሓደ ሰብ ዝመለሶ ኮሙነ ክርእዮ ፈቒዱ ኣሎ (ብዘይ ስም):
       *[other] 👀 { $count } ሰባት ዝመለስዎ ኮሙነ ክርእዮ ፈቒዶም ኣለዉ (ብዘይ ስም):
    }
competence-person-wishes = ድሌታት: { $wishes }
competence-person-who = { $category }፣ velkommen ብቋንቋ { $language } ይጥቀም
competence-button = 🧰 ክእለት
competence-footer = እቶም ቁጽርታት ካብ 5 ሰባት ዝወሓዱ ጉጅለታት ይሕብኡ፣ ኣብ መንጎ እቶም ንመልስታቶም ምርኣይ ዘይፈቐዱ'ውን።

## ሓድሽ ተቐማጢ ናይቲ ወርሒ

menu-featured = ⭐ ሓድሽ ተቐማጢ ናይቲ ወርሒ
staff-featured = ⭐ ሓድሽ ተቐማጢ ናይቲ ወርሒ
featured-intro = ⭐ ሓድሽ ተቐማጢ ናይቲ ወርሒ: ኮሙነ ኣብ ነፍሲ ወከፍ ወርሒ ታሪኽ ሓደ ናብዚ ዝገዓዘ ሰብ ክነግር ይኽእል – ብፍቓድ እቲ ሰብ። «እወ» እንተ ኢልኩም፣ ኮሙነ ክሓተኩም ይኽእል፣ ኣወሃሃዲ ድማ ታሪኽኩም ንምስማዕ ክራኸበኩም እዩ። ነቲ ልክዕ ጽሑፍ ኣንቢብኩም ክሳብ እትሰማምዑሉ ዝኾነ ነገር ኣይለኣኽን፣ ፍቓድኩም ድማ ኣብ ዝኾነ ግዜ ክትስሕቡ ትኽእሉ ኢኹም።
featured-optin-button = ✅ እወ፣ ክትሓቱኒ ትኽእሉ
featured-optout-button = ኣይፋል፣ ደጊም ኣይትሕተቱኒ
featured-optin-yes = የቐንየለይ! ሕጂ ኮሙነ ክሓተኩም ይኽእል እዩ። ብዛዕባ ነፍሲ ወከፍ ጽሑፍ ሕጂ'ውን ዝውስኑ ንስኹም ኢኹም።
featured-optin-no = ሕራይ። ኮሙነ ኣይክሓተኩምን እዩ።
featured-optin-since = ኮሙነ ክሓተኩም ከም ዝኽእል ኢልኩም ኣለኹም (ካብ { $date } ጀሚሩ)።
featured-mine = ብዛዕባኹም ዝተጻሕፈ ታሪኽ: { $status }
featured-withdraw = ↩️ ፍቓድኩም ስሓቡ
featured-withdraw-confirm = ፍቓድኩም ክትስሕቡ ትደልዩ ዶ? ገና ዘይተላእከ ደው ክብል እዩ፣ ኮሙነ ድማ ነቲ ታሪኽ ደጊም ኣይክጥቀመሉን እዩ።
featured-withdraw-yes = እወ፣ ይሰሓብ
featured-withdraw-no = ኣይፋል፣ ፍቓደይ ይጽናሕ
featured-withdraw-kept = ሕራይ፣ ዝተቐየረ ነገር የለን።
featured-withdrawn = ፍቓድኩም ተሰሒቡ ኣሎ። ዘይተላእከ ደው ኢሉ ኣሎ፣ ኣወሃሃዲ ድማ ተሓቢሩ ኣሎ።
featured-ask = ⭐ { $municipality } ታሪኽኩም ከም «ሓድሽ ተቐማጢ ናይቲ ወርሒ» ክነግር ይደሊ። እዚ ናብ ሓደስቲ ተቐማጦን መሓዛታትን (fadder) ናይቲ ኮሙነ ዝለኣኽ ልክዕ ጽሑፍ እዩ:
featured-ask-others =
    { $count ->
        [one] ካብዚ ተተርጒሙ ብሓደ ተወሳኺ ቋንቋ'ውን ክለኣኽ እዩ።
       *[other] ካብዚ ተተርጒሙ ብተወሳኺ { $count } ቋንቋታት'ውን ክለኣኽ እዩ።
    }
featured-ask-question = እዚ ጽሑፍ ክለኣኽ ትሰማምዑ ዶ? ቅድሚ ምምላስኩም ዝኾነ ነገር ኣይለኣኽን።
featured-approve = ✅ እወ፣ ክለኣኽ ይኽእል
featured-decline = ኣይፋል፣ ኣይትስደድዎ
featured-approved = የቐንየለይ! ሕጂ ኣወሃሃዲ ነቲ ጽሑፍ ክሰዶ ይኽእል እዩ። ኣብ /menu ኣብ ትሕቲ «ሓድሽ ተቐማጢ ናይቲ ወርሒ» ፍቓድኩም ክትስሕቡ ትኽእሉ ኢኹም።
featured-declined = ሕራይ፣ እቲ ጽሑፍ ኣይክለኣኽን እዩ። ኣወሃሃዲ ተሓቢሩ ኣሎ።
featured-status-draft = ንድፊ
featured-status-asked = መልሲ ናይቲ ሰብ ይጽበ ኣሎ
featured-status-approved = ጸዲቑ፣ ገና ኣይተላእከን
featured-status-declined = ተነጺጉ
featured-status-published = ተላኢኹ
featured-status-withdrawn = ፍቓድ ተሰሒቡ
mydata-featured-optin = ሓድሽ ተቐማጢ ናይቲ ወርሒ: ኮሙነ ክሓተኩም ከም ዝኽእል ኢልኩም ኣለኹም።
mydata-featured-story = ሓድሽ ተቐማጢ ናይቲ ወርሒ፣ ብዛዕባኹም ዝተጻሕፈ ታሪኽ: { $status }
delete-done-featured = ንሓድሽ ተቐማጢ ናይቲ ወርሒ ዝሃብኩምዎ ፍቓድን ብዛዕባኹም ዝተጻሕፉ ታሪኻትን
featured-not-allowed = «ሓድሽ ተቐማጢ ናይቲ ወርሒ» ንኣወሃሃድቲ ኮሙነ እዩ።
featured-staff-title = ⭐ ሓድሽ ተቐማጢ ናይቲ ወርሒ
featured-staff-candidates =
    { $count ->
        [0] { $municipality }: ገና ኮሙነ ክሓቶም ከም ዝኽእል ዝበለ ሰብ የለን።
        [one] { $municipality }: ሓደ ሰብ ኮሙነ ክሓቶ ከም ዝኽእል ኢሉ ኣሎ (ኣብዚ ብዘይ ስም):
       *[other] { $municipality }: { $count } ሰባት ኮሙነ ክሓቶም ከም ዝኽእል ኢሎም ኣለዉ (ኣብዚ ብዘይ ስም):
    }
featured-write-about = ✍️ ብዛዕባ ቁ. { $n } ጽሓፉ
featured-story-button = ታሪኽ { $story }: { $status }
featured-staff-how = መጀመርታ ምስቲ ሰብ ተዛረቡ (ንኣብነት ብመንገዲ ጉዳይ ወይ ኣብ መራኸቢ ቦታ)። ድሕሪኡ ነቲ ታሪኽ ኣብዚ ጽሓፍዎ: እቲ ሰብ ነቲ ልክዕ ጽሑፍ ይረክብ፣ ቅድሚ ምልኣኹ ድማ ክሰማማዕ ኣለዎ።
featured-write-prompt = ነቲ ታሪኽ ብቋንቋ { $language } ጽሓፍዎ (ቢበዝሒ { $max } ፊደላት)።
featured-pick-language = ብኣየናይ ቋንቋ ትርጉም ክትውስኹ ትደልዩ?
featured-back-to-story = ← ናብቲ ታሪኽ ተመለሱ
featured-story-title = ⭐ ታሪኽ { $story } – { $status }
featured-edit-nb = ✏️ ናይ bokmål ጽሑፍ ጽሓፉ ወይ ቀይሩ
featured-add-translation = 🌐 ትርጉም ወስኹ
featured-send = ✉️ ንምጽዳቕ ናብቲ ሰብ ስደድዎ
featured-announce = 📣 ናብ ሓደስቲ ተቐማጦን መሓዛታትን ስደድዎ
featured-story-draft-hint = እቲ ጽሑፍ ምስ ተዳለወ፣ ናብቲ ሰብ ስደድዎ። ድሕሪኡ ክቕየር ኣይክእልን እዩ።
featured-story-asked-hint = እቲ ሰብ ነቲ ልክዕ ጽሑፍ ተቐቢሉ ኣሎ፣ ገና ግን ኣይመለሰን።
featured-story-approved-hint = እቲ ሰብ ነዚ ልክዕ ጽሑፍ'ዚ ተሰማሚዑ ኣሎ። ከም ዘለዎ ክለኣኽ ይኽእል።
featured-story-closed-hint = እዚ ታሪኽ ክለኣኽ ኣይክእልን እዩ።
featured-back = ← ሓድሽ ተቐማጢ ናይቲ ወርሒ
featured-text-saved = ተዓቂቡ።
featured-sent = ናብቲ ሰብ ተላኢኹ። እቲ ሰብ ምስ መለሰ ክሕበረኩም እዩ።
featured-announced = ከም ምልክታ ናብ ሓደስቲ ተቐማጦን መሓዛታትን (fadder) ተላኢኹ። ጸብጻብ ምብጻሕ ክበጽሐኩም እዩ።
featured-open-story = ⭐ ነቲ ታሪኽ ክፈቱ
featured-staff-approved = ⭐ ታሪኽ { $story }: እቲ ሰብ ነቲ ጽሑፍ ተሰማሚዑ ኣሎ። ሕጂ ክለኣኽ ይኽእል።
featured-staff-declined = ⭐ ታሪኽ { $story }: እቲ ሰብ ኣይተሰማምዐን። እቲ ጽሑፍ ኣይክለኣኽን እዩ።
featured-staff-withdrawn = ⭐ ታሪኽ { $story }: እቲ ሰብ ፍቓዱ ስሒቡ ኣሎ። ዘይተላእከ ደው ኢሉ ኣሎ።
