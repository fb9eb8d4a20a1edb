# پیگیری: پیام‌ها در دو سال اول، نبض (سوال‌ها دربارهٔ زندگی در اینجا) و /pause.

## پیام پیگیری

followup-hello = 👋 سلام! حالا { $since } می‌شود که استفاده از velkommen را در { $municipality } شروع کرده‌اید. احوال شما چطور است؟ این‌ها چیزهایی است که شاید حالا به کار شما بیاید.
followup-days =
    { $count ->
        [one] یک روز
       *[other] { $count } روز
    }
followup-weeks =
    { $count ->
        [one] یک هفته
       *[other] { $count } هفته
    }
followup-months =
    { $count ->
        [one] یک ماه
       *[other] { $count } ماه
    }
followup-years =
    { $count ->
        [one] یک سال
       *[other] { $count } سال
    }
followup-checklist =
    { $count ->
        [one] 📋 یک قدم در فهرست کارهای شما هنوز انجام نشده است.
       *[other] 📋 { $count } قدم در فهرست کارهای شما هنوز انجام نشده است.
    } روی یک قدم بزنید تا بخوانید چطور انجامش دهید.
followup-mentor = 🤝 آیا می‌خواهید با کسی که اینجا زندگی می‌کند آشنا شوید؟ رهنما (fadder) یک رضاکار است که گاه‌گاهی با شما دیدار می‌کند – برای قدم زدن، یک پیاله چای یا قهوه، یا کمی گپ زدن به نارویژی.
followup-mentor-button = 🤝 یک رهنما می‌خواهم
followup-events = 📅 برنامه‌های نزدیک:
followup-events-button = 📅 همهٔ برنامه‌ها
followup-pulse = 💬 می‌خواهیم بدانیم زندگی در اینجا برای شما چطور است: چند سوال کوتاه، برای هر سوال فقط یک بار روی تکمه بزنید، و از هر سوال می‌توانید بگذرید. جواب‌ها بدون نام شما شمرده می‌شوند.
followup-pulse-start = 💬 همین حالا جواب بدهید (2 دقیقه)
followup-footer = پیام‌های کمتر می‌خواهید؟ /pause بنویسید.
followup-not-now = فعلاً نه
followup-fewer = 🔕 پیام‌های کمتر
followup-not-now-done = خوب! هر وقت لازم داشتید، همه چیز را در /menu پیدا می‌کنید.
followup-needs-profile = پیام‌های پیگیری برای کسانی است که پروفایل خود را پر کرده‌اند. برای شروع، /start بنویسید.

## /pause و /resume

pause-prompt = چه مدت صبر کنیم تا پیام پیگیری بعدی را بفرستیم؟ یادآوری برنامه‌هایی که خواسته‌اید، و جواب‌های شاروالی، باز هم می‌آیند.
pause-months =
    { $count ->
        [one] 🔕 یک ماه
       *[other] 🔕 { $count } ماه
    }
pause-until-resumed = 🔕 تا وقتی که دوباره روشن کنم
pause-done-until = خوب. پیش از { $date } هیچ پیام پیگیری دریافت نمی‌کنید. اگر پیش از آن دوباره پیام‌ها را می‌خواهید، /resume بنویسید.
pause-done = خوب. تا وقتی که /resume ننویسید، هیچ پیام پیگیری دریافت نمی‌کنید.
resume-not-paused = پیام‌های پیگیری متوقف نشده‌اند.
resume-done = پیام‌های پیگیری دوباره روشن شد. پیام بعدی حدود { $date } می‌آید.
resume-done-soon = پیام‌های پیگیری دوباره روشن شد. پیام بعدی به زودی می‌آید.
resume-done-none-left = پیام‌های پیگیری دوباره روشن شد، ولی شما همهٔ آن‌ها را قبلاً دریافت کرده‌اید.
command-pause = پیام‌های کمتر: توقف موقت پیگیری
command-resume = روشن کردن دوبارهٔ پیام‌های پیگیری
help-followups =
    /pause – پیام‌های کمتر: توقف موقت پیگیری
    /resume – روشن کردن دوبارهٔ پیگیری

## معلومات من، حریم خصوصی و پاک کردن

mydata-followups-next =
    { $count ->
        [0] پیگیری: هنوز هیچ پیامی فرستاده نشده است، اولین پیام حدود { $date } می‌آید.
        [one] پیگیری: یک پیام فرستاده شده است، پیام بعدی حدود { $date } می‌آید.
       *[other] پیگیری: { $count } پیام فرستاده شده است، پیام بعدی حدود { $date } می‌آید.
    }
mydata-followups-done =
    { $count ->
        [0] پیگیری: دیگر پیامی نمی‌آید.
        [one] پیگیری: یک پیام فرستاده شده است، دیگر پیامی نمی‌آید.
       *[other] پیگیری: { $count } پیام فرستاده شده است، دیگر پیامی نمی‌آید.
    }
mydata-followups-paused = پیگیری: تا وقتی که /resume بنویسید، متوقف است.
mydata-followups-paused-until = پیگیری: تا { $date } متوقف است.
mydata-pulse =
    { $count ->
        [one] شما یک بار به سوال‌های مربوط به زندگی در اینجا جواب داده‌اید. جواب‌ها بدون نام شما شمرده می‌شوند؛ اگر معلومات خود را پاک کنید، جواب‌ها در آمار باقی می‌مانند، بدون هیچ چیزی که آن‌ها را به شما وصل کند.
       *[other] شما { $count } بار به سوال‌های مربوط به زندگی در اینجا جواب داده‌اید. جواب‌ها بدون نام شما شمرده می‌شوند؛ اگر معلومات خود را پاک کنید، جواب‌ها در آمار باقی می‌مانند، بدون هیچ چیزی که آن‌ها را به شما وصل کند.
    }
privacy-followups =
    🔔 پیگیری: در دو سال اول، چند بار برای شما پیام می‌نویسیم با چیزهایی که شاید به کار شما بیاید، و پس از سه ماه چند سوال اختیاری هم دربارهٔ زندگی در اینجا می‌پرسیم. با /pause پیام‌های کمتری دریافت می‌کنید.
    جواب‌های شما به این سوال‌ها بدون نام شما برای آمار ذخیره می‌شوند. شاروالی فقط عددهای گروه‌هایی را می‌بیند که دست‌کم پنج نفر دارند. اگر معلومات خود را پاک کنید، پیوند جواب‌ها با شما پاک می‌شود، ولی جواب‌های بی‌نام در آمار باقی می‌مانند.
delete-done-followups = پیام‌های پیگیری که برای شما پلان شده بود
delete-done-pulse-kept = جواب‌های شما به سوال‌های مربوط به زندگی در اینجا در آمار باقی می‌مانند، بدون هیچ چیزی که آن‌ها را به شما وصل کند.

## نبض

pulse-progress = سوال { $n } از { $total }
pulse-scale-satisfied = 0 = کاملاً ناراضی، 10 = کاملاً راضی
pulse-scale-belong = 0 = اصلاً نه، 10 = بسیار زیاد
pulse-several = روی همهٔ گزینه‌های مناسب بزنید، و بعد روی «تمام شد».
pulse-done = تمام شد ⬅️
pulse-skip = بگذریم
pulse-stop = همین‌جا بس است
pulse-yes = بلی
pulse-no = نه
pulse-q-life = با در نظر داشت همه چیز، این روزها از زندگی خود به طور کلی چقدر راضی هستید؟
pulse-q-place = از جایی که زندگی می‌کنید چقدر راضی هستید؟
pulse-q-belong = تا چه اندازه احساس می‌کنید که به جایی که زندگی می‌کنید تعلق دارید؟
pulse-q-stay = فکر می‌کنید دو سال بعد هم اینجا زندگی کنید؟
pulse-q-stay-reasons = چه چیزی باعث می‌شود اینجا بمانید؟
pulse-q-leave-reasons = چه چیزی ممکن است باعث شود از اینجا نقل مکان کنید؟
pulse-q-friends = چند وقت یک بار با دوستان نزدیک خود وقت می‌گذرانید؟
pulse-q-norwegian-friend = آیا اینجا یک نفر نارویژی هست که بتوانید مثل یک دوست به او زنگ بزنید؟
pulse-q-good = زندگی در اینجا چه خوبی‌هایی دارد؟
pulse-q-work = آیا کار می‌کنید؟
pulse-q-housing = وضعیت مسکن شما چطور است؟
pulse-q-buy = آیا دوست دارید اینجا خانهٔ خودتان را بخرید؟
pulse-friends-daily = هر روز
pulse-friends-weekly = هر هفته
pulse-friends-monthly = هر ماه
pulse-friends-yearly = چند بار در سال
pulse-friends-less = کمتر از این
pulse-friends-none = دوست نزدیک ندارم
pulse-quality-safety = امنیت
pulse-quality-nature = طبیعت
pulse-quality-people = مردم
pulse-quality-meeting = جاهای دیدار
pulse-quality-distances = فاصله‌های کوتاه
pulse-quality-services = خدمات: مکتب، صحت
pulse-work-in-line = بلی، مطابق تحصیلاتم
pulse-work-not-in-line = بلی، ولی نه مطابق تحصیلاتم
pulse-work-looking = نه، دنبال کار می‌گردم
pulse-work-learning = نه، به مکتب یا کورس می‌روم
pulse-work-not = نه
pulse-housing-rent = از یک مالک شخصی کرایه می‌کنم
pulse-housing-own = خانهٔ خودم است
pulse-housing-municipal = از شاروالی کرایه می‌کنم
pulse-housing-temporary = موقت (مثلاً از طریق کارفرما)
pulse-expect-yes = بلی
pulse-expect-unsure = مطمئن نیستم
pulse-expect-no = نه
pulse-stay-work = کار
pulse-stay-home = خانه‌ام
pulse-stay-safety = امنیت
pulse-stay-children = اطفالم اینجا خوش هستند
pulse-stay-people = کسانی که اینجا می‌شناسم
pulse-stay-nature = طبیعت و آرامش
pulse-reason-other = چیز دیگر
pulse-leave-education = تحصیل
pulse-leave-competence = استفاده از مهارت و تحصیلاتم
pulse-leave-career = پیشرفت کاری
pulse-leave-family = خانواده و دوستان
pulse-leave-culture = دین و فرهنگ
pulse-leave-own-people = جمع بزرگ‌تری از هم‌وطنانم
pulse-leave-city = زندگی در شهر
pulse-leave-back = برگشتن به وطنم
pulse-talk = بسیاری از مردم فکر می‌کنند که بمانند یا نقل مکان کنند. شاروالی { $municipality } با خوشی حاضر است دربارهٔ خوبی‌ها و بدی‌های ماندن و رفتن با شما صحبت کند. آیا این را می‌خواهید؟ اگر «بلی» بگویید، درخواست شما به حیث یک دوسیه به شاروالی فرستاده می‌شود، و جواب همین‌جا در چت می‌آید.
pulse-talk-yes = بلی، می‌خواهم
pulse-talk-no = نه، تشکر
pulse-talk-case = خواهان گفتگو دربارهٔ ماندن یا نقل مکان است (از پیگیری). فکر می‌کند دو سال بعد هم اینجا زندگی کند: { $answer }.
pulse-thanks = بسیار تشکر! جواب‌های شما به { $municipality } کمک می‌کند تا جای بهتری برای زندگی شود. جواب‌ها بدون نام شما شمرده می‌شوند.
pulse-stopped = خوب – از جواب‌هایی که دادید تشکر. بعداً می‌توانید با تکمهٔ داخل همان پیام ادامه دهید.
pulse-already = شما قبلاً به این سوال‌ها جواب داده‌اید. تشکر!

## گزارش آماری برای شاروالی (/insight و velkommen insight)

insight-title = 📊 گزارش آماری { $municipality }، { $from } تا { $to }
insight-responses = جواب‌ها به سوال‌های مربوط به زندگی در اینجا: { $count }
insight-none = در این دوره هنوز هیچ کسی به سوال‌های مربوط به زندگی در اینجا جواب نداده است. این سوال‌ها از سه ماه پس از ثبت نام، همراه با پیام‌های پیگیری فرستاده می‌شوند.
insight-everyone = همه
insight-category-unknown = ذکر نشده
insight-here-first-year = کمتر از یک سال در اینجا
insight-here-second-year = یک تا دو سال در اینجا
insight-here-longer = بیش از دو سال در اینجا
insight-quarter = ربع { $quarter } سال { $year }
insight-stay-title = 🏡 آیا فکر می‌کنند دو سال بعد هم اینجا زندگی کنند؟ ({ $count } جواب)
insight-by-month = 📈 ماه به ماه: آیا فکر می‌کنند دو سال بعد هم اینجا زندگی کنند؟
insight-stay-reasons = ➡️ چه چیزی باعث می‌شود آن‌ها اینجا بمانند ({ $count } نفر که فکر می‌کنند می‌مانند):
insight-leave-reasons = ⬅️ چه چیزی ممکن است باعث نقل مکان آن‌ها شود ({ $count } نفر که مطمئن نیستند یا فکر می‌کنند نقل مکان می‌کنند):
insight-good = 👍 خوبی‌های زندگی در اینجا ({ $count } جواب):
insight-life = 😊 رضایت از زندگی (0–10)، اوسط: { $mean } ({ $count } جواب)
insight-life-national = برای مقایسه: مهاجران در ناروی { $immigrants }، کل نفوس { $everyone } (ادارهٔ احصائیهٔ ناروی SSB، سروی شرایط زندگی مهاجران 2016).
insight-place = 📍 رضایت از محل زندگی (0–10)، اوسط: { $mean } ({ $count } جواب)
insight-place-national = برای مقایسه: کل کشور { $national } (ادارهٔ احصائیهٔ ناروی SSB، سروی کیفیت زندگی 2023).
insight-belong = 🤝 احساس تعلق به محل زندگی (0–10)، اوسط: { $mean } ({ $count } جواب)
insight-friends = 👥 چند وقت یک بار با دوستان نزدیک وقت می‌گذرانند ({ $count } جواب):
insight-norwegian-friend = 🇳🇴 یک نفر نارویژی دارند که بتوانند مثل یک دوست به او زنگ بزنند ({ $count } جواب):
insight-housing = 🏠 مسکن، ربع به ربع:
insight-buy = 🔑 می‌خواهند اینجا خانهٔ خود را بخرند (از میان کسانی که مالک خانه نیستند، { $count } جواب):
insight-work = 💼 کار، ربع به ربع:
insight-matches = 🤝 پیوندهای رهنما (fadder) در این دوره: { $started } آغاز شده، { $running } جاری، { $ended } پایان یافته.
insight-matches-started = آغاز شده
insight-matches-running = جاری
insight-matches-ended = پایان یافته
insight-footnote = ℹ️ عددهایی که بر اساس کمتر از 5 نفر هستند، به شکل «< 5» (یعنی کمتر از 5) نشان داده می‌شوند. عددهایی که از روی آن‌ها می‌شود این عددها را حساب کرد نیز پنهان می‌شوند. جواب‌ها بدون نام ذخیره شده‌اند.
insight-csv-header = بخش;گروه;جواب;تعداد;از مجموع;فیصدی (%);اوسط
insight-csv-mean = اوسط (0–10)
insight-section-responses = جواب‌ها
insight-section-stay = فکر می‌کنند دو سال بعد هم اینجا زندگی کنند
insight-section-trend = ماه به ماه
insight-section-stay-reasons = دلایل ماندن
insight-section-leave-reasons = دلایل نقل مکان
insight-section-good = خوبی‌های زندگی در اینجا
insight-section-life = رضایت از زندگی
insight-section-place = رضایت از محل زندگی
insight-section-belong = احساس تعلق
insight-section-friends = وقت گذراندن با دوستان نزدیک
insight-section-norwegian-friend = یک نفر نارویژی که بتوان مثل یک دوست به او زنگ زد
insight-section-housing = مسکن
insight-section-buy = خواهان خرید خانه
insight-section-work = کار
insight-section-matches = پیوندهای رهنما (fadder)
insight-chart-title = { $municipality }، { $from } تا { $to }
insight-chart-stay = آیا فکر می‌کنند دو سال بعد هم اینجا زندگی کنند؟
insight-chart-trend = فیصدی کسانی که فکر می‌کنند دو سال بعد هم اینجا زندگی کنند، به تفکیک ماه (%)
insight-chart-leave = چه چیزی ممکن است باعث نقل مکان آن‌ها شود
insight-chart-housing = مسکن به تفکیک ربع (%)
insight-chart-footer = منبع: جواب‌ها در velkommen. گروه‌های کمتر از 5 نفر نشان داده نمی‌شوند.
insight-not-allowed = گزارش آماری برای هماهنگ‌کنندگان شاروالی است.
insight-pick = گزارش آماری کدام شاروالی را می‌خواهید ببینید؟
insight-chart-caption = 📊 نمودار. گروه‌های کمتر از 5 نفر نشان داده نمی‌شوند.
insight-csv-caption = 📄 عددها به شکل جدول (فایل CSV که ستون‌هایش با «;» جدا شده‌اند، در Excel باز می‌شود).
insight-recent = 📅 12 ماه گذشته
insight-year = 📅 تمام سال { $year }
insight-more = آیا می‌خواهید دورهٔ دیگری را ببینید؟
staff-insight = 📊 گزارش آماری
competence-title = 🧰 مهارت‌ها در { $municipality }: { $count } نفر «کارهایی که بلدم» را پر کرده‌اند.
competence-education = 🎓 تحصیلات ({ $count } جواب):
competence-field = 🛠 رشته ({ $count } جواب):
competence-experience = ⏳ تجربه در رشته ({ $count } جواب):
competence-languages = 🗣 زبان‌ها ({ $count } جواب):
competence-licence = 🚗 لایسنس رانندگی ({ $count } جواب):
competence-wishes = 🎯 خواسته‌ها ({ $count } جواب):
competence-shared =
    { $count ->
        [0] 👀 هنوز هیچ کسی اجازه نداده است که شاروالی جواب‌هایش را ببیند.
        [one] 👀 یک نفر اجازه داده است که شاروالی جواب‌هایش را ببیند (بدون نام):
       *[other] 👀 { $count } نفر اجازه داده‌اند که شاروالی جواب‌هایشان را ببیند (بدون نام):
    }
competence-person-wishes = خواسته‌ها: { $wishes }
competence-person-who = { $category }، از velkommen به زبان { $language } استفاده می‌کند
competence-button = 🧰 مهارت‌ها
competence-footer = عددها همهٔ کسانی را در بر می‌گیرند که «کارهایی که بلدم» را پر کرده‌اند. هر عددی که بر اساس کمتر از 5 نفر باشد پنهان می‌شود، و همچنین هر عددی که در آن 1 تا 4 نفر از کسانی باشند که اجازه نداده‌اند جواب‌هایشان نشان داده شود.

## تازه‌وارد ماه

menu-featured = ⭐ تازه‌وارد ماه
staff-featured = ⭐ تازه‌وارد ماه
featured-intro = ⭐ تازه‌وارد ماه: شاروالی می‌تواند هر ماه داستان یک نفر را که به اینجا آمده است، با اجازهٔ خود او، تعریف کند. اگر «بلی» بگویید، شاروالی می‌تواند از شما بپرسد. آن وقت هماهنگ‌کننده ممکن است با شما تماس بگیرد تا داستان شما را بشنود. تا وقتی که دقیقاً همان متنی را که فرستاده می‌شود نخوانده باشید و به آن «بلی» نگفته باشید، هیچ چیزی فرستاده نمی‌شود، و هر وقت بخواهید می‌توانید رضایت خود را پس بگیرید.
featured-optin-button = ✅ بلی، می‌توانید از من بپرسید
featured-optout-button = دیگر از من نپرسید
featured-optin-yes = تشکر! شاروالی حالا می‌تواند از شما بپرسد. دربارهٔ هر متن باز هم خود شما تصمیم می‌گیرید.
featured-optin-no = خوب. شاروالی از شما نمی‌پرسد.
featured-optin-since = شما گفته‌اید که شاروالی می‌تواند از شما بپرسد (از { $date }).
featured-mine = داستان دربارهٔ شما: { $status }
featured-withdraw = ↩️ پس گرفتن رضایت
featured-withdraw-confirm = آیا می‌خواهید رضایت خود را پس بگیرید؟ هر چیزی که هنوز فرستاده نشده است، متوقف می‌شود، و شاروالی دیگر از این داستان استفاده نمی‌کند. چیزی که قبلاً فرستاده شده است، دیگر قابل برگشت نیست.
featured-withdraw-yes = بلی، پس می‌گیرم
featured-withdraw-no = نه، رضایتم بماند
featured-withdraw-kept = خوب، هیچ چیزی تغییر نکرد.
featured-withdrawn = رضایت شما پس گرفته شد. هر چیزی که فرستاده نشده بود، متوقف شد، و به هماهنگ‌کننده خبر داده شد.
featured-ask = ⭐ شاروالی { $municipality } می‌خواهد داستان شما را به حیث تازه‌وارد ماه تعریف کند. این دقیقاً همان متنی است که برای تازه‌واردان و رهنماها در این شاروالی فرستاده می‌شود:
featured-ask-others =
    { $count ->
        [one] ترجمهٔ همین متن به یک زبان دیگر هم فرستاده می‌شود.
       *[other] ترجمهٔ همین متن به { $count } زبان دیگر هم فرستاده می‌شود.
    }
featured-ask-question = آیا موافق هستید که این متن فرستاده شود؟ تا وقتی که جواب نداده‌اید، هیچ چیزی فرستاده نمی‌شود.
featured-approve = ✅ بلی، فرستاده شود
featured-decline = نه، فرستاده نشود
featured-approved = تشکر! هماهنگ‌کننده حالا می‌تواند متن را بفرستد. می‌توانید رضایت خود را در /menu زیر «تازه‌وارد ماه» پس بگیرید.
featured-declined = خوب، متن فرستاده نمی‌شود. به هماهنگ‌کننده خبر داده شد.
featured-status-draft = مسوده
featured-status-asked = منتظر جواب
featured-status-approved = تأیید شده، هنوز فرستاده نشده
featured-status-declined = رد شده
featured-status-published = فرستاده شده
featured-status-withdrawn = رضایت پس گرفته شده
mydata-featured-optin = تازه‌وارد ماه: شما گفته‌اید که شاروالی می‌تواند از شما بپرسد.
mydata-featured-story = تازه‌وارد ماه، داستانی دربارهٔ شما: { $status }
delete-done-featured = رضایت شما برای «تازه‌وارد ماه» و داستان‌های مربوط به شما
featured-not-allowed = «تازه‌وارد ماه» برای هماهنگ‌کنندگان شاروالی است.
featured-staff-title = ⭐ تازه‌وارد ماه
featured-staff-candidates =
    { $count ->
        [0] { $municipality }: هنوز هیچ کسی نگفته است که شاروالی می‌تواند از او بپرسد.
        [one] { $municipality }: یک نفر گفته است که شاروالی می‌تواند از او بپرسد (اینجا بدون نام):
       *[other] { $municipality }: { $count } نفر گفته‌اند که شاروالی می‌تواند از آن‌ها بپرسد (اینجا بدون نام):
    }
featured-write-about = ✍️ نوشتن دربارهٔ شمارهٔ { $n }
featured-story-button = داستان { $story }: { $status }
featured-staff-how = اول با آن شخص صحبت کنید (مثلاً از طریق یک دوسیه یا در یک جای دیدار). بعد داستان را اینجا بنویسید: آن شخص دقیقاً همین متن را دریافت می‌کند و باید پیش از فرستادن به آن «بلی» بگوید.
featured-write-prompt = داستان را به زبان { $language } بنویسید (حداکثر { $max } حرف).
featured-pick-language = ترجمه را به کدام زبان می‌خواهید اضافه کنید؟
featured-back-to-story = → برگشت به داستان
featured-story-title = ⭐ داستان { $story } – { $status }
featured-edit-nb = ✏️ نوشتن یا تغییر متن بوکمول
featured-add-translation = 🌐 اضافه کردن ترجمه
featured-send = ✉️ فرستادن به آن شخص برای تأیید
featured-announce = 📣 فرستادن به تازه‌واردان و رهنماها
featured-story-draft-hint = وقتی متن آماده شد، آن را برای آن شخص بفرستید. پس از آن نمی‌شود آن را تغییر داد.
featured-story-asked-hint = آن شخص دقیقاً همین متن را دریافت کرده و هنوز جواب نداده است.
featured-story-approved-hint = آن شخص دقیقاً به همین متن «بلی» گفته است. می‌شود آن را همان‌طور که هست فرستاد.
featured-story-closed-hint = این داستان را نمی‌شود فرستاد.
featured-back = → تازه‌وارد ماه
featured-text-saved = ذخیره شد.
featured-sent = برای آن شخص فرستاده شد. وقتی جواب بدهد، به شما خبر داده می‌شود.
featured-announced = به شکل اعلان برای تازه‌واردان و رهنماها فرستاده شد. یک گزارش تحویل دریافت می‌کنید.
featured-open-story = ⭐ باز کردن داستان
featured-staff-approved = ⭐ داستان { $story }: آن شخص به متن «بلی» گفته است. حالا می‌شود آن را فرستاد.
featured-staff-declined = ⭐ داستان { $story }: آن شخص «نه» گفته است. متن فرستاده نمی‌شود.
featured-staff-withdrawn = ⭐ داستان { $story }: آن شخص رضایت خود را پس گرفته است. هر چیزی که فرستاده نشده بود، متوقف شد.
