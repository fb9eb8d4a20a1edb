# ምክትታል: መልእኽትታት ናይ ቀዳሞት ክልተ ዓመታት፣ ሕቶታት ብዛዕባ ህይወት ኣብዚ (pulsen) ከምኡ'ውን /pause።
# ትግርኛ: oppfølging = «ምክትታል»፣ fadder = «መሓዛ (fadder)»፣ venn = «ዓርኪ» (ምስ መሓዛ ከይደናገር)፣
# statistikk = «ስታቲስቲክስ»። Polite plural (ንስኹም) as in velkommen.ftl.

## መልእኽቲ ምክትታል

followup-hello = 👋 ሰላም! ኣብ { $municipality } velkommen ክትጥቀሙ ካብ እትጅምሩ ሕጂ { $since } ኮይኑ። ከመይ ይኸደልኩም ኣሎ? ሕጂ ክጠቕመኩም ዝኽእል እንሆ።
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
pause-done-until = ሕራይ። ቅድሚ { $date } ዝኾነ መልእኽቲ ምክትታል ኣይበጽሓኩምን እዩ። ቅድሚኡ እንደገና ክትረኽብዎም እንተ ደሊኹም /resume ጽሓፉ።
pause-done = ሕራይ። /resume ክሳብ እትጽሕፉ ዝኾነ መልእኽቲ ምክትታል ኣይበጽሓኩምን እዩ።
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
    🔔 ምክትታል: ኣብ ቀዳሞት ክልተ ዓመታት ክጠቕመኩም ዝኽእል ሒዝና ቁሩብ ግዜ ክንጽሕፈልኩም ኢና፣ ድሕሪ ሰለስተ ኣዋርሕ ጀሚርና ድማ ብዛዕባ ህይወት ኣብዚ ብድሌትኩም እትምልስዎም ቁሩብ ሕቶታት ክንሓተኩም ኢና። /pause ዝወሓዱ መልእኽትታት ይህበኩም።
    መልስታት ናይቶም ሕቶታት ብዘይ ስምኩም ንስታቲስቲክስ ይዕቀቡ። ኮሙነ ዝርእዮ ቁጽርታት ናይ እንተ ወሓደ ሓሙሽተ ሰባት ዘለዉዎም ጉጅለታት ጥራይ እዩ። ሓበሬታኹም እንተ ደምሲስኩም፣ ምሳኹም ዘራኽብ ይድምሰስ፣ እቶም ስም ዘይብሎም መልስታት ግን ኣብ ስታቲስቲክስ ይተርፉ።
delete-done-followups = ንዓኹም ተወጢኖም ዝነበሩ መልእኽትታት ምክትታል
delete-done-pulse-kept = ብዛዕባ ህይወት ኣብዚ ንዝቐረቡ ሕቶታት ዝሃብኩምዎም መልስታት፣ ምሳኹም ዘራኽብ ነገር ከይሓዙ ኣብ ስታቲስቲክስ ይተርፉ።

## ሕቶታት ብዛዕባ ህይወት ኣብዚ (pulsen)

pulse-progress = ሕቶ { $n } ካብ { $total }
pulse-scale-satisfied = 0 = ብጣዕሚ ዘይዕጉባት፣ 10 = ብጣዕሚ ዕጉባት
pulse-scale-belong = 0 = ፈጺሙ ኣይኮነን፣ 10 = ብጣዕሚ ብርቱዕ
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
pulse-work-learning = ኣይፋል፣ ኣብ ቤት ትምህርቲ፣ ኮርስ ኖርወይኛ ወይ መደብ መእተዊ እየ ዘለኹ
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
pulse-leave-city = ከተማ
pulse-leave-back = ናብ ሃገረይ ምምላስ
pulse-talk = ብዙሓት ሰባት ክጸንሑ ወይ ክግዕዙ ይሓስቡ። { $municipality } ብዛዕባ ጽቡቕን ሕማቕን ጎድንታት ምሳኹም ክዛረብ ድሉው እዩ። ትደልዩ ዶ? «እወ» እንተ ኢልኩም፣ ሕቶኹም ከም ጉዳይ ናብ ኮሙነ ይኸይድ፣ መልሲ ድማ ኣብዚ ዕላል ክመጽእ እዩ።
pulse-talk-yes = እወ፣ ብሓጎስ
pulse-talk-no = ኣይፋል፣ የቐንየለይ
pulse-talk-case = ብዛዕባ ምጽናሕ ወይ ምግዓዝ ዝርርብ ተሓቲቱ (ካብ ምክትታል)። መልሲ ናይ «ድሕሪ ክልተ ዓመት ኣብዚ ከም እትነብሩ ትሓስቡ ዶ?»: { $answer }።
pulse-thanks = ብጣዕሚ የቐንየለይ! መልስታትኩም { $municipality } ዝሓሸ መንበሪ ቦታ ንኽኸውን ይሕግዙ። ብዘይ ስምኩም ይቑጸሩ።
pulse-stopped = ሕራይ – ስለ ዝመለስኩምዎ የቐንየለይ። ድሒርኩም በቲ ኣብቲ መልእኽቲ ዘሎ መጠወቒ ክትቕጽሉ ትኽእሉ ኢኹም።
pulse-already = ነዞም ሕቶታት ድሮ መሊስኩምዎም ኢኹም። የቐንየለይ!
