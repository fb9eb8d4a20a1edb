# velkommen — دری (Dari, the Persian of Afghanistan).
# Same keys as the reference locale (nb). Plain, warm, short sentences.
# Dari vocabulary and spelling (شاروالی، داکتر، پولیس، مکتب، اطفال، ناروی).

language-name = دری

## عمومی

error-generic = متأسفیم، از طرف ما مشکلی پیش آمد. لطفاً کمی بعد دوباره کوشش کنید – چیزهایی که ذخیره کرده‌اید از بین نرفته است.
stale-button = این تکمه دیگر کار نمی‌کند. حالا این کارها را می‌توانید انجام دهید:
state-recovered = متأسفم، فراموش کردم که در گفتگو تا کجا رسیده بودیم. جواب‌های شما محفوظ است – از همین‌جا ادامه می‌دهیم.
use-the-buttons = لطفاً روی یکی از تکمه‌های زیر پیام بزنید تا ادامه بدهیم.
unsupported-message = من فقط می‌توانم متن و زدن تکمه‌ها را بخوانم – نه عکس، صدا، ستیکر یا موقعیت.
edited-message = من پیام‌هایی را که تغییر داده شده‌اند نمی‌خوانم. لطفاً به جای آن یک پیام تازه بفرستید.
group-chat = من برای حفظ حریم خصوصی شما فقط در چت خصوصی صحبت می‌کنم. روی نام من بزنید و مستقیم به من بنویسید.
unknown-command = این فرمان را نمی‌شناسم. /help همه کارهایی را که می‌توانم انجام دهم نشان می‌دهد.
finish-first = بیایید اول این را تمام کنیم:
needs-profile = برای نامهٔ خوش‌آمد و جواب‌های شما، یک پروفایل لازم است. برای شروع، روی «ساختن پروفایل» بزنید.
button-back = → برگشت
button-menu = ☰ مینو

## شروع و زبان

start-hello = سلام، خوش آمدید! من خدمات دیجیتال خوش‌آمدگویی شاروالی هستم، برای کسانی که تازه به اینجا آمده‌اند.
start-hello-municipality = سلام، به { $municipality } خوش آمدید! من خدمات دیجیتال خوش‌آمدگویی شاروالی هستم، برای کسانی که تازه به اینجا آمده‌اند.
start-unknown-link = لینکی را که استفاده کردید نمی‌شناسم. لطفاً شاروالی خود را از فهرست انتخاب کنید.
start-registered-elsewhere = شما در { $municipality } ثبت شده‌اید. لینکی که استفاده کردید مربوط به { $linked } است. می‌توانید شاروالی خود را در /settings تغییر دهید.
welcome-back = دوباره خوش آمدید!
link-municipality-prompt = در کدام شاروالی زندگی می‌کنید، یا به کدام شاروالی نقل مکان می‌کنید؟
language-prompt = 🌐 زبان فعلی: { $language }. روی زبانی که می‌خواهید بزنید:
language-changed = بسیار خوب، از حالا به زبان دری صحبت می‌کنیم.

## حریم خصوصی

privacy-notice =
    🔒 حریم خصوصی به طور خلاصه

    اگر «بلی» بگویید، این‌ها را ذخیره می‌کنیم:
    • شاروالی و زبان شما
    • دلیل آمدن شما: به حیث پناهنده، برای کار، نزد خانواده یا دلیل دیگر
    • اینکه شهروند یکی از کشورهای نوردیک، شهروند EU/EØS یا از یک کشور دیگر هستید (این را از پناهندگان نمی‌پرسیم)
    • ماهی که آمدید، و اینکه با چه کسی زندگی می‌کنید
    • اینکه آیا رهنما (fadder) می‌خواهید
    • شمارهٔ چت شما، تا بتوانیم به شما جواب بدهیم
    ما هیچ وقت نام، صحت، دین یا اسناد شما را نمی‌پرسیم.

    چرا: تا مشوره‌ها و نامهٔ خوش‌آمد مناسب حال شما باشد.
    چه کسی آن را می‌بیند: فقط کسانی که در شاروالی شما از تازه‌واردان استقبال می‌کنند. پیام‌ها از طریق تلگرام می‌روند.

    /mydata همه چیزهایی را که دربارهٔ شما داریم نشان می‌دهد. /delete هر وقت بخواهید، همه چیز را پاک می‌کند.
    اگر «نه» بگویید، فقط زبان شما و جای شما در این گفتگو را ذخیره می‌کنیم.
privacy-question = آیا اجازه می‌دهید جواب‌های شما را ذخیره کنیم؟
privacy-accept = بلی، موافقم
privacy-decline = نه، تشکر
privacy-thanks = تشکر! حالا چند سوال کوتاه از شما می‌پرسم. با تکمه‌ها جواب بدهید. بعداً هم می‌توانید جواب‌های خود را تغییر دهید.
privacy-declined = هیچ مشکلی نیست. ما چیزی دربارهٔ شما ذخیره نکرده‌ایم، فقط زبان شما و جای شما در این گفتگو را. می‌توانید دربارهٔ شاروالی‌ها بخوانید، و بعداً می‌توانید با /privacy «بلی» بگویید.
privacy-consented = شما به تاریخ { $date } به این کار رضایت دادید. می‌توانید رضایت خود را پس بگیرید و با /delete همه چیز را پاک کنید.

## سوال‌ها

municipality-prompt = در کدام شاروالی زندگی می‌کنید، یا به کدام شاروالی نقل مکان می‌کنید؟
category-prompt = کدام یک بیشتر به وضعیت شما می‌خورد؟ جواب شما تعیین می‌کند که کدام قدم‌های اول را به شما نشان بدهیم.
category-refugee = من پناهنده هستم
category-labour = برای کار آمده‌ام
category-family = نزد خانواده‌ام آمده‌ام
category-other = دلیل دیگر
arrival-prompt = چه وقت به { $municipality } آمدید؟
arrival-month = { $month } { $year }
arrival-not-yet = هنوز نیامده‌ام
arrival-earlier = بیشتر از یک سال پیش
household-prompt = اینجا با چه کسی زندگی می‌کنید؟
household-alone = تنها زندگی می‌کنم
household-partner = با همسر، بدون اطفال
household-children = با اطفال
mentor-prompt =
    بسیاری از کسانی که به اینجا نقل مکان کرده‌اند، می‌گویند که آشنا شدن با حتی یک نفر نارویژی برایشان خیلی ارزش داشت.

    رهنما (fadder) یک رضاکار در همین شاروالی است – گاهی کسی که خودش چند سال پیش به اینجا آمده است. رهنما می‌تواند با شما یک پیاله چای یا قهوه بنوشد، جاها را به شما نشان بدهد و به سوال‌های کوچک روزمره جواب بدهد.

    اگر «بلی» بگویید، نام شما در فهرست نوشته می‌شود. شاروالی به دنبال رهنمایی می‌گردد که با شما مناسب باشد، و پیش از آنکه رهنما بداند شما چه کسی هستید، از شما می‌پرسد.

    آیا رهنما می‌خواهید؟
mentor-yes = بلی، لطفاً
mentor-no = نه، تشکر، فعلاً نه
mentor-value-yes = رهنما می‌خواهد
mentor-value-no = فعلاً نه
profile-done = از جواب‌های شما تشکر! این هم نامهٔ خوش‌آمد شما.

## ماه‌ها

month-1 = جنوری
month-2 = فبروری
month-3 = مارچ
month-4 = اپریل
month-5 = می
month-6 = جون
month-7 = جولای
month-8 = اگست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
month-short-1 = جنوری
month-short-2 = فبروری
month-short-3 = مارچ
month-short-4 = اپریل
month-short-5 = می
month-short-6 = جون
month-short-7 = جولای
month-short-8 = اگست
month-short-9 = سپتمبر
month-short-10 = اکتوبر
month-short-11 = نومبر
month-short-12 = دسمبر

## روزهای هفته

weekday-short-mon = دوشنبه
weekday-short-tue = سه‌شنبه
weekday-short-wed = چهارشنبه
weekday-short-thu = پنجشنبه
weekday-short-fri = جمعه
weekday-short-sat = شنبه
weekday-short-sun = یکشنبه

## مینو

menu-title = چه کاری می‌خواهید انجام دهید؟
guest-title = شما نزد ما پروفایل ندارید، پس ما هیچ چیزی دربارهٔ شما ذخیره نمی‌کنیم. این کارها را می‌توانید انجام دهید:
menu-letter = 📨 نامهٔ خوش‌آمد
menu-info = 🏘 تماس‌ها و جاهای دیدار
menu-settings = ⚙️ جواب‌های من
menu-language = 🌐 زبان
menu-mydata = 🔎 معلومات من
menu-privacy = 🔒 حریم خصوصی
menu-delete = 🗑 پاک کردن همه چیز
menu-help = ❓ کمک
menu-signup = ✅ ساختن پروفایل
info-prompt = دربارهٔ کدام شاروالی می‌خواهید بخوانید؟
help-text =
    این‌ها را می‌توانید برای من بنویسید:
    /menu – مینوی اصلی
    /letter – نامهٔ خوش‌آمد شما
    /info – تماس‌ها و جاهای دیدار
    /guide – رهنمای اداری: هویت، مالیات، بانک، NAV، داکتر، مکتب، زبان نارویژی، کار
    /housing – کرایه و خریدن خانه
    /checklist – فهرست کارهای شما
    /events – برنامه‌ها در شاروالی
    /ask – سوال از یک کارمند شاروالی
    /skills – کارهایی که بلدید، اگر بخواهید بگویید
    /settings – دیدن و تغییر دادن جواب‌های شما
    /language – تغییر زبان
    /privacy – چه چیزی را ذخیره می‌کنیم، و چرا
    /mydata – همه چیزهایی که دربارهٔ شما ذخیره کرده‌ایم
    /delete – پاک کردن همه چیز دربارهٔ شما
    /start – شروع دوباره
    می‌توانید سوال خود را به کلمه‌های خودتان هم بنویسید، مثلاً «کارت مالیاتی» یا «داکتر»، و من موضوع‌های مناسب را پیدا می‌کنم. روی تکمه‌های زیر پیام‌ها هم می‌توانید بزنید.

## تنظیمات و معلومات من

settings-title = این‌ها جواب‌های شما هستند. روی جوابی که می‌خواهید تغییر دهید بزنید:
settings-saved = ذخیره شد.
profile-row = { $label }: { $value }
field-municipality = شاروالی
field-category = وضعیت شما
field-arrival = زمان آمدن
field-household = زندگی با
field-mentor = رهنما
field-language = زبان
field-chat = چت
field-consent = رضایت داده شده
field-pending = پیام‌های در انتظار
value-unanswered = جواب داده نشده
mydata-title = 🔎 این‌ها را دربارهٔ شما ذخیره کرده‌ایم:
mydata-no-profile = شما پروفایل ندارید، پس هیچ جوابی از شما نداریم. ما فقط زبان شما و جای شما در این گفتگو را به یاد داریم.
mydata-footer = می‌توانید جواب‌های خود را با /settings تغییر دهید و همه چیز را با /delete پاک کنید.

## پاک کردن

delete-confirm = آیا می‌خواهید همه چیزهایی را که دربارهٔ شما ذخیره کرده‌ایم پاک کنید؟ این شامل پروفایل شما، جواب‌های شما و پیام‌هایی است که منتظر فرستادن هستند. این کار دوباره برگشت‌پذیر نیست.
delete-yes = بلی، همه چیز پاک شود
delete-no = نه، نگه داشته شود
delete-cancelled = خوب، هیچ چیزی پاک نشد.
delete-nothing = ما هیچ چیزی دربارهٔ شما ذخیره نکرده بودیم.
delete-done = انجام شد. این‌ها پاک شدند:
delete-done-profile = پروفایل شما: شاروالی، جواب‌ها و رضایت
delete-done-conversation = گفتگو: زبان شما و جایی که در گفتگو بودید
delete-done-pending =
    { $count ->
        [1] یک پیام که منتظر فرستادن بود
       *[other] { $count } پیام که منتظر فرستادن بود
    }
delete-done-footer = دیگر هیچ چیزی دربارهٔ شما نزد ما نیست. اگر می‌خواهید دوباره شروع کنید، /start بنویسید.

## نامهٔ خوش‌آمد

letter-greeting-refugee = به { $municipality } خوش آمدید! لازم نیست راه را تنها پیدا کنید: ادارهٔ خدمات پناهندگان در سال‌های اول همراه شما است.
letter-greeting-labour = به { $municipality } خوش آمدید! بسیاری از کسانی که برای کار می‌آیند، باید خودشان راه را پیدا کنند. مهم‌ترین چیزها اینجا یک‌جا آمده است.
letter-greeting-family = به { $municipality } خوش آمدید! اینجا مهم‌ترین چیزها برای شما و خانواده‌تان آمده است.
letter-greeting-other = به { $municipality } خوش آمدید! اینجا مهم‌ترین چیزها برای یک شروع خوب آمده است.
letter-population = امروز { $count } نفر در { $municipality } زندگی می‌کنیم. دیروز { $yesterday } نفر بودیم. شما برای ما مهم هستید.
letter-mentor-wish = نام شما در فهرست انتظار رهنما (fadder) است. روی تکمهٔ زیر بزنید و بگویید در چه چیزهایی کمک می‌خواهید.
letter-steps-title = سه قدم اول شما:
letter-step = { $number }. { $text }
step-refugee-service = با ادارهٔ خدمات پناهندگان ملاقات کنید. یک شخص تماس و یک پلان برای برنامهٔ آشنایی می‌گیرید.
step-norwegian-refugee = آموختن زبان نارویژی را شروع کنید. به حیث پناهنده، حق و مکلفیت دارید که آموزش رایگان زبان نارویژی و شناخت جامعه بگیرید.
step-doctor = در helsenorge.no داکتر خانوادگی (fastlege) بگیرید. داکتر نوبتی (legevakt): 116 117. عاجل: 113 امبولانس، 112 پولیس، 110 اطفائیه.
step-id-check = برای کنترول هویت در ادارهٔ مالیات (Skatteetaten) وقت بگیرید. آنجا شمارهٔ D یا شمارهٔ شخصی (fødselsnummer) می‌گیرید.
step-tax-card = پیش از شروع کار، کارت مالیاتی (skattekort) درخواست کنید. با kildeskatt، یک فیصدی ثابت از معاش شما به حیث مالیات کم می‌شود.
step-bank = حساب بانکی باز کنید و BankID بگیرید. بانک به شمارهٔ D یا شمارهٔ شخصی شما نیاز دارد.
step-norwegian-rights = معلوم کنید که آیا حق آموزش رایگان زبان نارویژی را دارید. این به دلیل آمدن شما بستگی دارد.
step-service-centre = با مرکز خدمات شاروالی به تماس شوید. آنجا به شما کمک می‌کنند که دفتر درست را پیدا کنید.
letter-children = 👨‍👩‍👧 اطفال از یک‌سالگی حق جای در کودکستان (barnehage) دارند، و از سالی که شش ساله می‌شوند حق جای در مکتب. مهلت درخواست کودکستان اغلب 1 مارچ است.
letter-footer = برای خواندن بیشتر، روی یک قدم بزنید. تماس‌ها و جاهای دیدار زیر تکمه‌ها هستند، و با /letter این نامه را دوباره پیدا می‌کنید.
source-line = 🔗 منبع: { $link } (تاریخ بررسی: { $date })
unconfirmed = نمونه – هنوز از طرف شاروالی تأیید نشده است.
contacts-title = 📇 تماس‌ها در { $municipality }
meeting-places-title = ☕ جاهای دیدار در { $municipality }

## دفترها و جاهای دیدار

office-service-centre = مرکز خدمات شاروالی
office-refugee-service = ادارهٔ خدمات پناهندگان
office-adult-education = مرکز آموزش بزرگسالان
office-nav = NAV (ادارهٔ کار و رفاه)
office-tax-office = ادارهٔ مالیات، کنترول هویت
office-police = پولیس
office-volunteer-centre = مرکز رضاکاران
office-library = کتابخانه
place-library = کتابخانه
place-language-cafe = کافهٔ زبان
place-sports = ورزش
place-choir = گروه آواز جمعی
place-volunteering = کار رضاکارانه
place-gear-loan = امانت گرفتن رایگان وسایل
place-clubs = باشگاه‌ها و انجمن‌ها
place-culture = فرهنگ

## فرمان‌ها (مینوی تلگرام)

command-start = شروع دوباره
command-menu = مینوی اصلی
command-letter = نامهٔ خوش‌آمد شما
command-info = تماس‌ها و جاهای دیدار
command-settings = دیدن و تغییر دادن جواب‌های شما
command-language = تغییر زبان
command-privacy = چه چیزی را ذخیره می‌کنیم، و چرا
command-mydata = همه چیزهایی که دربارهٔ شما ذخیره کرده‌ایم
command-delete = پاک کردن همه چیز دربارهٔ شما
command-help = کمک و رهنمایی

## کارمندان

role-coordinator = هماهنگ‌کننده
role-announcer = اعلان‌ها
role-mentor-coordinator = هماهنگ‌کنندهٔ رهنماها
staff-code-malformed = این به کود دعوت شباهت ندارد. کود دوازده حرف دارد، مثلاً /staff K7QF-2M9X-4TPA.
staff-code-unknown = این کود را نمی‌شناسم. بررسی کنید که آن را درست نوشته‌اید، یا یک کود تازه بخواهید.
staff-code-expired = مدت اعتبار این کود تمام شده است. از کسی که شما را دعوت کرده، یک کود تازه بخواهید.
staff-code-used = این کود قبلاً استفاده شده است. هر کود فقط یک بار کار می‌کند.
staff-welcome = خوش آمدید! شما حالا به حیث کارمند { $municipality } ({ $role }) ثبت شده‌اید. برای رسیدن به ابزارهای خود /staff بنویسید.
staff-group-bound = این گروپ از حالا اطلاعیه‌های { $municipality } ({ $role }) را دریافت می‌کند.
staff-not-member = شما به حیث کارمند ثبت نشده‌اید. اگر کود دعوت گرفته‌اید، /staff و کود را بنویسید.
staff-home-title = 👩‍💼 محل کار شما:
staff-membership = • { $municipality } – { $role }
staff-new-announcement = 📣 اعلان تازه
staff-reports = 📊 گزارش‌های تحویل
delete-done-staff = نقش شما به حیث کارمند

## اعلان‌ها

announce-pick-municipality = این اعلان برای کدام شاروالی است؟
announce-audience-title = 📣 اعلان تازه برای { $municipality }. چه کسانی آن را دریافت کنند؟ برای تغییر، روی تکمه‌ها بزنید، و وقتی راضی بودید روی «ادامه» بزنید.
announce-everyone = همه
announce-categories-button = چه کسانی: { $value }
announce-languages-button = زبان‌ها: { $value }
announce-children-button = فقط خانواده‌های دارای اطفال
announce-arrival-button = زمان آمدن: { $value }
announce-months =
    { $count ->
        [0] در همین ماه
        [1] در یک ماه اخیر
       *[other] در { $count } ماه اخیر
    }
announce-continue = ادامه ←
announce-cancel = ✖ لغو
announce-cancelled = لغو شد. هیچ چیزی فرستاده نشد.
announce-categories-prompt = چه کسانی اعلان را دریافت کنند؟ اگر هیچ کدام را انتخاب نکنید، یعنی همه.
announce-languages-prompt = کدام زبان‌ها؟ اگر هیچ کدام را انتخاب نکنید، یعنی همه.
announce-text-prompt = اعلان را به زبان { $language } بنویسید و به شکل یک پیام بفرستید (حداکثر { $max } حرف). همه آن را دریافت می‌کنند – اگر ترجمه اضافه کنید، به زبان خودشان.
announce-translation-prompt = متن را به زبان { $language } بنویسید و به شکل یک پیام بفرستید (حداکثر { $max } حرف).
announce-text-empty = پیام خالی بود. متن را بنویسید و بفرستید.
announce-text-too-long = متن { $length } حرف است؛ حد آن { $max } حرف است. آن را کوتاه‌تر کنید و دوباره بفرستید.
announce-translations-prompt = آیا می‌خواهید ترجمه اضافه کنید؟ کسانی که ترجمه‌ای به زبان‌شان نیست، اگر متن انگلیسی نوشته باشید، انگلیسی را دریافت می‌کنند، و گرنه بوکمول (Bokmål) را (خوانندگان نینوشک (Nynorsk) بوکمول را دریافت می‌کنند). هیچ کسی بی‌بهره نمی‌ماند.
announce-urgency-prompt = آیا عاجل است؟ پیام‌های عادی بین ساعت 21:00 و 08:00 فرستاده نمی‌شوند.
announce-normal = عادی – نه در شب
announce-urgent = عاجل – در شب هم
announce-schedule-prompt = چه وقت فرستاده شود؟
announce-now = همین حالا
announce-at = در یک وقت معین
announce-repeat = 🔁 تکراری
announce-at-prompt = تاریخ و ساعت را به وقت ناروی بنویسید، مثلاً «{ $example }»، «i morgen kl. 18» (فردا ساعت 18) یا «tirsdag 18:30» (سه‌شنبه ساعت 18:30). کلمه‌ها را به نارویژی یا انگلیسی بنویسید.
announce-repeat-prompt = بار اول چه وقت فرستاده شود؟ مثلاً «{ $example }» یا «tirsdag kl. 18» (سه‌شنبه ساعت 18) بنویسید – بعد انتخاب می‌کنید که چطور تکرار شود. می‌توانید تمام قاعده را هم بنویسید: «hver tirsdag kl. 18» (هر سه‌شنبه ساعت 18). کلمه‌ها را به نارویژی یا انگلیسی بنویسید.
announce-preview-title = 👀 پیش‌نمایش – { $municipality }
announce-preview-audience = چه کسانی: { $categories } · زبان‌ها: { $languages } · زمان آمدن: { $arrival }
announce-preview-reach =
    { $count ->
        [1] به یک نفر می‌رسد:
       *[other] به { $count } نفر می‌رسد:
    }
announce-preview-language = { $language }: { $count }
announce-preview-fallback = { $language }: { $count } (متن را به زبان { $fallback } دریافت می‌کنند)
announce-preview-nobody = هنوز هیچ کسی با این انتخاب مطابقت ندارد. گیرندگان را تغییر دهید.
announce-preview-normal = عادی (بین ساعت 21:00 و 08:00 فرستاده نمی‌شود)
announce-preview-urgent = عاجل (در شب هم فرستاده می‌شود)
announce-preview-now = همین حالا فرستاده می‌شود.
announce-preview-at = در { $when } فرستاده می‌شود.
announce-preview-repeat = { $rule } تکرار می‌شود. دفعه‌های بعدی: { $upcoming }.
announce-send =
    { $count ->
        [1] ✅ فرستادن به یک نفر
       *[other] ✅ فرستادن به { $count } نفر
    }
announce-edit-text = ✏️ تغییر متن
announce-edit-audience = 👥 تغییر گیرندگان
announce-queued =
    { $count ->
        [0] هیچ پیامی در صف ارسال گذاشته نشد.
        [1] یک پیام در صف ارسال گذاشته شد. وقتی فرستاده شد، گزارش تحویل دریافت می‌کنید.
       *[other] { $count } پیام در صف ارسال گذاشته شد. وقتی فرستاده شدند، گزارش تحویل دریافت می‌کنید.
    }
announce-scheduled = زمان‌بندی شد. اولین ارسال: { $when }. بعد از هر ارسال، یک گزارش تحویل دریافت می‌کنید.
announce-reports-title = 📊 آخرین اعلان‌ها:
announce-reports-none = هنوز هیچ اعلانی نیست.
announce-report-line = { $title } – { $municipality }: فرستاده‌شده: { $sent }، در انتظار: { $waiting }، مسدود: { $blocked }، ناکام: { $failed }. { $when }
announce-report-next = ارسال بعدی: { $when }.
announce-report-done = تمام شد.
announce-report-stopped = متوقف شد.
announce-report = 📊 گزارش تحویل برای { $title }: فرستاده‌شده: { $sent }، مسدود: { $blocked }، ناکام: { $failed }، هنوز در صف: { $queued }.
announce-stop = ✖ توقف #{ $id }
announce-stopped =
    { $count ->
        [1] اعلان { $title } متوقف شد. یک پیام که در صف بود، پس گرفته شد.
       *[other] اعلان { $title } متوقف شد. { $count } پیام که در صف بود، پس گرفته شد.
    }

## برنامه‌ها در جاهای دیدار
menu-events = 📅 برنامه‌ها
menu-ask = 💬 سوال از کارمند
command-events = برنامه‌ها در شاروالی
command-ask = از یک کارمند شاروالی سوال بپرسید
events-title = 📅 برنامه‌ها در { $municipality } در یک ماه آینده:
events-none = برای یک ماه آینده هیچ برنامه‌ای در { $municipality } ثبت نشده است. جاهای دیدار را هم در «تماس‌ها و جاهای دیدار» ببینید.
events-remind-hint = روی 🔔 بزنید تا سه ساعت پیش از شروع برنامه، یادآوری دریافت کنید.
event-reminder = 🔔 یادآوری: { $title }
event-reminder-set = بسیار خوب! در { $when } برای «{ $title }» ({ $event }) یادآوری دریافت می‌کنید.
event-reminder-exists = شما قبلاً برای «{ $title }» ({ $event }) یادآوری دارید.
event-has-started = این برنامه شروع شده یا تمام شده است، پس نمی‌توانم آن را به شما یادآوری کنم.
event-is-cancelled = این برنامه لغو شده است.
event-cancelled-notice = ❌ لغو شد: { $title }
event-changed-notice = ✏️ تغییر کرد: { $title }. یادآوری شما حذف شد – برای گرفتن یادآوری تازه، در /events روی 🔔 بزنید.
staff-events = 📅 برنامه‌ها
staff-events-title = 📅 برنامه‌های آینده:
staff-events-none = هیچ برنامهٔ آینده‌ای نیست.
staff-new-event = ➕ برنامهٔ تازه
event-edit = ✏️ تغییر #{ $id }
event-cancel = ✖ لغو #{ $id }
event-cancel-confirm = آیا برنامهٔ #{ $id } لغو شود؟ به همهٔ کسانی که یادآوری خواسته‌اند اطلاع داده می‌شود.
event-cancel-yes = ✖ بلی، لغو شود
event-cancelled =
    { $count ->
        [0] «{ $title }» لغو شد. هیچ کسی یادآوری نخواسته بود.
        [one] «{ $title }» لغو شد. به یک نفر که یادآوری خواسته بود اطلاع داده می‌شود.
       *[other] «{ $title }» لغو شد. به { $count } نفر که یادآوری خواسته بودند اطلاع داده می‌شود.
    }
event-aborted = برنامه ذخیره نشد.
event-title-prompt = نام برنامه را بنویسید، مثلاً «کافهٔ زبان» (حداکثر { $max } حرف).
event-place-prompt = برنامه در کجا برگزار می‌شود؟ یکی از جاهای دیدار را انتخاب کنید یا جای دیگری را بنویسید.
event-other-place = ✏️ جای دیگر
event-place-text-prompt = جای برنامه را بنویسید، مثلاً «Haram folkebibliotek, Brattvåg» (حداکثر { $max } حرف).
event-start-prompt = چه وقت شروع می‌شود (بار اول)؟ تاریخ و ساعت را بنویسید، مثلاً «{ $example }»، «i morgen kl. 18» (فردا ساعت 18) یا «tirsdag 18:30» (سه‌شنبه ساعت 18:30). اگر برنامه به طور منظم برگزار می‌شود، می‌توانید تمام قاعده را بنویسید: «hver tirsdag kl. 18» (هر سه‌شنبه ساعت 18). کلمه‌ها را به نارویژی یا انگلیسی بنویسید.
event-recurrence-prompt = آیا بیشتر از یک بار برگزار می‌شود؟
event-once = فقط یک بار
event-audience-prompt = این برنامه برای چه کسانی است؟ اگر هیچ کدام را انتخاب نکنید، به همهٔ تازه‌واردان شاروالی نشان داده می‌شود.
event-for = برای: { $who }
event-description-prompt = یک توضیح کوتاه به زبان { $language } بنویسید (حداکثر { $max } حرف).
event-descriptions-prompt = توضیح به بوکمول (Bokmål) ذخیره شد. اگر می‌توانید، زبان‌های دیگر را هم اضافه کنید. کسانی که توضیحی به زبان خودشان نیست، اگر توضیح انگلیسی باشد آن را دریافت می‌کنند، و گرنه توضیح بوکمول را.
event-preview-languages = توضیح به هر زبان:
event-preview-fallback = { $language }: متن را به زبان { $fallback } دریافت می‌کنند
event-summary-title = 📅 { $title }
event-save = ✅ ذخیره
event-change-title = ✏️ نام
event-change-place = 📍 مکان
event-change-time = 🕕 وقت
event-change-audience = 👥 برای چه کسانی
event-change-descriptions = 📝 توضیحات
event-saved = ✅ برنامه ذخیره شد و در /events برای کسانی که برایشان است نشان داده می‌شود.
event-updated =
    { $count ->
        [0] ✅ تغییر ذخیره شد.
        [one] ✅ تغییر ذخیره شد. به یک نفر که یادآوری خواسته بود اطلاع داده می‌شود.
       *[other] ✅ تغییر ذخیره شد. به { $count } نفر که یادآوری خواسته بودند اطلاع داده می‌شود.
    }
event-announce = 📣 اعلان برنامه
event-announce-started = اعلان با معلومات برنامه، به زبان‌هایی که توضیح دارد، پر شد. گیرندگان را انتخاب کنید.

## سوال از کارمند (دوسیه‌ها)
ask-prompt =
    سوال خود را در یک پیام و به هر زبانی که می‌خواهید بنویسید (حداکثر { $max } حرف).
    سوال به کارمندان { $municipality } می‌رسد. آن‌ها شمارهٔ دوسیه، زبان شما و گروه شما را می‌بینند – نه نام شما را. جواب همین‌جا می‌آید.
ask-sent = ✅ به { $municipality } فرستاده شد. شمارهٔ دوسیهٔ شما { $case } است. جواب همین‌جا در چت می‌آید.
case-notification = ❓ دوسیهٔ تازه { $case } · { $who }
case-notification-more = ❓ پیام بیشتر در دوسیهٔ { $case } · { $who }
case-notification-footer = ↩️ برای جواب دادن، به همین پیام پاسخ (Reply) بدهید، یا /reply { $case } و جواب را بنویسید. دوسیه را با /close { $case } ببندید.
case-answer = 💬 جواب از { $municipality } (دوسیهٔ { $case }):
case-answer-footer = سوال دیگری دارید؟ در /menu روی «سوال از کارمند» بزنید.
case-answer-sent = ✅ جواب در دوسیهٔ { $case } فرستاده شد.
case-unknown = دوسیهٔ { $case } را که شما به آن دسترسی داشته باشید پیدا نکردم.
case-closed = دوسیهٔ { $case } بسته شد.
case-already-closed = دوسیهٔ { $case } قبلاً بسته شده بود.
case-reply-usage = مثلاً بنویسید /reply S-7KQ4 جواب شما، یا /close S-7KQ4.
case-close-button = ✔ بستن { $case }
cases-title = 💬 دوسیه‌های باز:
cases-line =
    دوسیهٔ { $case } · { $who } · { $hours } ساعت در انتظار · { $messages ->
        [1] یک پیام
       *[other] { $messages } پیام
    }
cases-none = هیچ دوسیهٔ بازی نیست.
cases-hint = با پاسخ دادن به پیام دوسیه جواب بدهید، یا بنویسید /reply شمارهٔ-دوسیه متن.
cases-not-allowed = دوسیه‌ها را فقط هماهنگ‌کننده‌ها و گروپ‌های کارمندان می‌توانند ببینند.
field-cases = سوال‌ها به شاروالی
delete-done-cases =
    { $count ->
        [1] یک سوال به شاروالی، همراه با جواب‌ها
        [one] { $count } سوال به شاروالی، همراه با جواب‌ها
       *[other] { $count } سوال به شاروالی، همراه با جواب‌ها
    }

## رهنمای اداری، فهرست کارها و سوال‌های نوشته‌شده
menu-guide = 📘 رهنمای اداری
menu-housing = 🏠 مسکن
menu-checklist = ✅ فهرست کارهای من
command-guide = هویت، مالیات، بانک، NAV، داکتر، مکتب، زبان نارویژی
command-housing = کرایه و خریدن خانه، پول ضمانت، کمک هزینهٔ مسکن
command-checklist = فهرست کارهای شما: چه کرده‌اید و چه مانده است
guide-title = 📘 رهنمای اداری: یک موضوع را انتخاب کنید.
housing-title = 🏠 مسکن: یک موضوع را انتخاب کنید.
guide-steps = این طور انجام دهید:
guide-bring = 🎒 با خود ببرید:
guide-where = 📍 در { $municipality }:
guide-unconfirmed = بخشی از این معلومات هنوز از طرف یک منبع رسمی تأیید نشده است. پیش از آنکه به آن اعتماد کنید، از شاروالی بپرسید.
guide-previous = ▶ قبلی
guide-next = بعدی ◀
checklist-title = ✅ فهرست کارهای شما: { $done } از { $total } انجام شده
checklist-after = در انتظار: { $steps }
checklist-hint = روی یک قدم بزنید تا بخوانید چطور انجامش دهید و آن را علامه بزنید.
checklist-mark-done = ✅ انجام شد: { $step }
checklist-mark-skip = ➖ به من مربوط نیست
checklist-mark-open = ↩️ هنوز انجام نشده: { $step }
checklist-marked-done = عالی! «{ $step }» علامه زده شد.
checklist-marked-skipped = ثبت شد که «{ $step }» به شما مربوط نیست.
checklist-marked-open = «{ $step }» دوباره در فهرست است.
question-matches = این موضوع‌ها را پیدا کردم. آیا یکی از آن‌ها همان چیزی است که دنبالش هستید؟
question-none-button = هیچ‌کدام از این‌ها
question-none = متأسفم که آن را پیدا نکردم.
question-none-next = می‌توانید در رهنمای اداری بگردید، یا از یک کارمند شاروالی بپرسید.
question-no-match = موضوع مناسبی پیدا نکردم. کلمه‌های دیگری را امتحان کنید (مثلاً «کارت مالیاتی» یا «داکتر»)، یا از تکمه‌ها استفاده کنید.
field-checklist = فهرست کارها
value-checklist = انجام‌شده: { $done }، نامربوط: { $skipped }
delete-done-checklist = پیشرفت شما در فهرست کارها

## مهارت‌ها و تجربه‌ها (/skills)
menu-skills = 🧰 کارهایی که بلدم
command-skills = تحصیلات، کار و زبان‌های شما – و آنچه می‌خواهید
skills-consent =
    🧰 تنها تعداد کمی از تازه‌واردان در همان رشته‌ای کار می‌کنند که در آن درس خوانده‌اند، و کسی نمی‌پرسد که خانواده‌ها چه مهارت‌هایی با خود آورده‌اند. اینجا می‌توانید بگویید در چه چیزی تحصیلات و تجربه دارید، به کدام زبان‌ها صحبت می‌کنید و چه می‌خواهید.
    همه چیز اختیاری است. فقط اگر «بلی» بگویید آن را ذخیره می‌کنیم، آن را در /mydata می‌بینید، و هر وقت بخواهید می‌توانید آن را تغییر دهید یا پاک کنید. هماهنگ‌کنندگان شاروالی آن را فقط به شکل عدد و همراه با جواب‌های دیگران می‌بینند (و هیچ وقت عدد گروهی کمتر از 5 نفر را نمی‌بینند). جواب‌های خود شما را فقط وقتی می‌بینند که شما به آن «بلی» بگویید.
    آیا می‌خواهید آن را پر کنید؟
skills-consent-yes = ✅ بلی، می‌خواهم پر کنم
skills-consent-no = نه، تشکر
skills-declined = خوب، هیچ چیزی ذخیره نمی‌کنیم. این را دوباره در /menu زیر «کارهایی که بلدم» پیدا می‌کنید.
skills-overview = روی چیزی بزنید که می‌خواهید پر کنید یا تغییر دهید. همه چیز اختیاری است.
skills-summary-title = 🧰 کارهایی که بلدم:
skills-part-education = 🎓 تحصیلات
skills-part-field = 🧭 رشته
skills-part-profession = 👷 مسلک
skills-part-experience = ⏳ تجربه
skills-part-languages = 🗣 زبان‌ها
skills-part-licence = 🚗 لایسنس رانندگی
skills-part-wishes = 🎯 خواسته‌ها
skills-shared = 👀 شما اجازه داده‌اید که هماهنگ‌کنندگان شاروالی جواب‌هایی را که اینجا داده‌اید، بدون نام شما ببینند، تا وقتی برای کار، کورس‌ها و تأیید اسناد تحصیلی برنامه‌ریزی می‌کنند، بدانند چه مهارت‌هایی وجود دارد.
skills-not-shared = 🔒 شاروالی این را فقط به شکل عدد و همراه با جواب‌های دیگران می‌بیند، و هیچ وقت عدد گروهی کمتر از 5 نفر را نمی‌بیند.
skills-share-start = 👀 شاروالی اجازه دارد این را ببیند
skills-share-stop = 🔒 شاروالی اجازه ندارد این را ببیند
skills-share-on = ذخیره شد: هماهنگ‌کنندگان شاروالی حالا می‌توانند جواب‌هایی را که اینجا داده‌اید، بدون نام شما ببینند.
skills-share-off = ذخیره شد: شاروالی حالا این را فقط به شکل عدد و همراه با جواب‌های دیگران می‌بیند.
skills-clear = 🗑 پاک کردن این
skills-finish = ✅ تمام شد
skills-cleared = چیزهایی که زیر «کارهایی که بلدم» پر کرده بودید، پاک شد.
skills-thanks = تشکر! هر وقت بخواهید، می‌توانید این را زیر «کارهایی که بلدم» تغییر دهید.
skills-education-prompt = بالاترین تحصیلاتی که تمام کرده‌اید چیست؟
skills-field-prompt = در کدام رشته تحصیلات یا تجربه دارید؟
skills-profession-prompt = مسلک خود را در چند کلمه بنویسید، مثلاً «نرس» یا «نجار» (حداکثر { $max } حرف).
skills-profession-invalid = مسلک خود را در چند کلمه بنویسید، حداکثر { $max } حرف.
skills-experience-prompt = در این کار چند سال تجربه دارید؟
skills-languages-prompt = به کدام زبان‌ها صحبت می‌کنید؟ روی همهٔ گزینه‌های مناسب بزنید.
skills-licence-prompt = آیا لایسنس رانندگی دارید؟
skills-wishes-prompt = چه می‌خواهید؟ روی همهٔ گزینه‌های مناسب بزنید.
skills-edu-none = هیچ دورهٔ مکتب را تمام نکرده‌ام
skills-edu-primary = مکتب ابتدائیه و متوسطه
skills-edu-secondary = لیسه
skills-edu-vocational = تعلیمات یا تصدیق مسلکی (fagbrev)
skills-edu-bachelor = پوهنتون یا انستیتوت (لیسانس)
skills-edu-master = ماستری یا بالاتر
skills-field-health = صحت
skills-field-teaching = تدریس
skills-field-technical = تخنیک و صنعت
skills-field-building = ساختمان و اعمار
skills-field-transport = ترانسپورت و گدام
skills-field-farming = زراعت و ماهیگیری
skills-field-food = غذا، هوتل و رستورانت
skills-field-office = دفتر و امور مالی
skills-field-it = تکنالوژی معلوماتی (IT)
skills-field-service = پاک‌کاری و خدمات
skills-field-care = مراقبت و کودکستان
skills-field-other = دیگر
skills-exp-lt1 = کمتر از 1 سال
skills-exp-1-3 = 1–3 سال
skills-exp-3-10 = 3–10 سال
skills-exp-gt10 = بیشتر از 10 سال
skills-licence-none = نه
skills-licence-car = بلی، برای موتر (درجهٔ B)
skills-licence-heavy = بلی، برای لاری یا بس
skills-wish-same = کار در مسلک خودم
skills-wish-any = یک کار، هر کاری باشد
skills-wish-edu = تحصیل یا کورس
skills-wish-recog = تأیید تحصیلاتم
skills-wish-business = باز کردن کسب‌وکار خودم
delete-done-skills = چیزهایی که زیر «کارهایی که بلدم» گفته بودید
checklist-due = ⏰ تا آخر { $month }
checklist-overdue = ⚠️ باید تا آخر { $month } انجام می‌شد – لطفاً هر چه زودتر انجامش دهید
staff-cases = 💬 دوسیه‌های باز
privacy-details =
    اگر از این‌ها استفاده کنید، این‌ها را هم ذخیره می‌کنیم:
    • «سوال از کارمند»: سوال‌های شما و جواب‌ها. کارمندان شمارهٔ دوسیه، زبان شما و گروه شما را می‌بینند – اما نام شما را هرگز نمی‌بینند.
    • فهرست کارها: قدم‌هایی که علامه زده‌اید.
    • «کارهایی که بلدم»: فقط اگر آنجا هم «بلی» بگویید. شاروالی آن را به شکل عدد و همراه با جواب‌های دیگران می‌بیند، و جواب‌های خود شما را فقط وقتی می‌بیند که به آن «بلی» بگویید.
    همه چیز در /mydata است و با /delete پاک می‌شود.
citizenship-prompt = تابعیت شما چیست؟ از روی آن معلوم می‌شود که کدام مقررات بالای شما تطبیق می‌شود – مثلاً اینکه باید نزد پولیس ثبت نام کنید یا به اجازهٔ اقامت نیاز دارید.
citizenship-nordic = نوردیک (دنمارک، فنلند، آیسلند، سویدن)
citizenship-eea = یک کشور دیگر EU/EØS یا سویس
citizenship-other = کشوری بیرون از EU/EØS
field-citizenship = تابعیت
household-relatives = با پدر و مادر یا دیگر اقارب
step-eea-registration = در ظرف سه ماه پس از رسیدن، نزد پولیس ثبت نام کنید. این کار رایگان است و فقط یک بار انجام می‌شود.
step-nordic-move = نقل مکان خود را به ادارهٔ ثبت نفوس (Folkeregisteret) در ادارهٔ مالیات (Skatteetaten) اطلاع بدهید. شهروندان کشورهای نوردیک نزد پولیس ثبت نام نمی‌کنند.
step-work-permit = پیش از شروع کار، باید اجازهٔ اقامت برای کار داشته باشید. برای تمدید آن، به وقتش و پیش از ختم آن درخواست بدهید.
step-family-permit = ببینید که اجازهٔ اقامت شما برای الحاق خانواده چه وقت ختم می‌شود، و به وقتش برای تمدید آن درخواست بدهید.
step-residence-permit = ببینید که اجازهٔ اقامت شما چه وقت ختم می‌شود، و به وقتش برای تمدید آن درخواست بدهید.
meeting-places-none = شاروالی هنوز هیچ جای دیداری اضافه نکرده است.
button-contacts = 📇 تماس‌ها
button-places = ☕ جاهای دیدار
typed-yes = بلی, بله, ها, آره, اوکی, bale, bali, ha
typed-no = نه, نی, نخیر, نه تشکر, na, ne
staff-use-buttons = از تکمه‌های زیر یا از یک فرمان استفاده کنید. /help فرمان‌های کارمندان را نشان می‌دهد.
needs-profile-ask = برای سوال از کارمند، یک پروفایل لازم داریم: شاروالی شما، و اجازهٔ شما که سوال را نگه داریم و جواب را برای شما بفرستیم. برای شروع، روی «ساختن پروفایل» بزنید.
needs-profile-checklist = فهرست کارها از روی جواب‌های شما ساخته می‌شود، پس به پروفایل نیاز دارد. همهٔ موضوع‌های رهنمای اداری را بدون پروفایل هم می‌توانید بخوانید.
needs-profile-skills = برای نگه داشتن چیزهایی که دربارهٔ تحصیلات و کار خود می‌گویید، یک پروفایل لازم داریم. برای شروع، روی «ساختن پروفایل» بزنید.
events-pick = برنامه‌های کدام شاروالی را می‌خواهید ببینید؟
events-profile-hint = یادآوری می‌خواهید؟ یک پروفایل بسازید، بعد می‌توانید روی 🔔 بزنید.
question-ask-person = 💬 در این باره از یک کارمند بپرسید
ask-prompt-nobody =
    در { $municipality } هنوز هیچ کسی اینجا سوال‌ها را دریافت نمی‌کند. با این حال می‌توانید سوال خود را بنویسید (حداکثر { $max } حرف): ما آن را نگه می‌داریم، و به اولین کارمندی که بپیوندد، می‌رسد. جواب همین‌جا می‌آید.
    اگر کار شما عاجل است، مستقیم با شاروالی به تماس شوید: { $website }
ask-kept = 📥 سوال شما به حیث دوسیهٔ { $case } ذخیره شد. در { $municipality } هنوز هیچ کسی اینجا سوال‌ها را دریافت نمی‌کند. به محض اینکه کسی بپیوندد، سوال به کارمندان می‌رسد، و جواب همین‌جا می‌آید.
ask-carried = سوال شما: «{ $question }»
ask-send-carried = ✅ فرستادن این سوال
case-notification-waited = ❓ دوسیهٔ { $case } · { $who } – پیش از آنکه کسی اینجا سوال‌ها را دریافت کند، پرسیده شده بود
case-arrived-notice = 📨 سوال شما (دوسیهٔ { $case }) حالا به کارمندان { $municipality } رسید. جواب همین‌جا می‌آید.
case-closed-notice = ✔ دوسیهٔ شما ({ $case }) از طرف { $municipality } بسته شد. اگر به کمک بیشتر نیاز دارید، در /menu روی «سوال از کارمند» بزنید.
cases-thread-question = ❓ { $time }: { $text }
cases-thread-answer = 💬 { $time }: { $text }
cases-thread-earlier =
    { $count ->
        [1] … یک پیام قبلی
       *[other] … { $count } پیام قبلی
    }
case-answer-prompt = جواب دوسیهٔ { $case } را در یک پیام بنویسید (حداکثر { $max } حرف). جواب همان طور که می‌نویسید، برای کسی که پرسیده است فرستاده می‌شود.
case-close-confirm = آیا دوسیهٔ { $case } بسته شود؟ به کسی که پرسیده است، خبر داده می‌شود که دوسیه بسته شد.
case-close-yes = ✔ بلی، بستن { $case }
case-reply-group-usage = جواب را در همان پیام بنویسید: /reply { $case } و بعد جواب (اگر بخواهید، در سطر بعدی). یا مستقیم به پیام دوسیه پاسخ (Reply) بدهید.
staff-waiting-cases =
    { $count ->
        [1] یک سوال منتظر بود که کسی آن را دریافت کند. حالا می‌رسد.
       *[other] { $count } سوال منتظر بودند که کسی آن‌ها را دریافت کند. حالا می‌رسند.
    }
staff-category-refugee = پناهنده
staff-category-labour = کارگر مهاجر
staff-category-family = مهاجر خانوادگی
staff-category-other = دیگر
staff-citizenship-nordic = نوردیک
staff-citizenship-eea = EU/EØS
staff-citizenship-other = بیرون از EU/EØS
staff-home-button = 👩‍💼 صفحهٔ کارمندان
staff-help =
    فرمان‌ها برای کارمندان:
    /staff – صفحهٔ کارمندان: اعلان‌ها، برنامه‌ها، دوسیه‌ها و گزارش‌ها
    /announce – اعلان تازه
    /events – برنامه‌ها
    /cases – دوسیه‌های باز، با تمام گفتگو
    /reply S-7KQ4 جواب – جواب دادن در یک دوسیه (یا /reply S-7KQ4، و جواب در پیام بعدی)
    /close S-7KQ4 – بستن یک دوسیه
    می‌توانید مستقیم به پیام یک دوسیه هم پاسخ (Reply) بدهید.
staff-group-help =
    فرمان‌ها در این گروپ:
    /cases – دوسیه‌های باز، با تمام گفتگو
    /reply S-7KQ4 جواب – جواب دادن در یک دوسیه (جواب در همان پیام، اگر بخواهید در سطر بعدی)
    /close S-7KQ4 – بستن یک دوسیه
    می‌توانید مستقیم به پیام دوسیه هم پاسخ (Reply) بدهید.
repeat-advanced = ⚙️ پیشرفته: عبارت crontab
repeat-prompt = بنویسید که چه وقت تکرار می‌شود، مثلاً «hver tirsdag kl. 18» (هر سه‌شنبه ساعت 18)، «annenhver torsdag kl. 17:30» (هر دو هفته یک بار، پنجشنبه ساعت 17:30) یا «første mandag i måneden kl. 10» (اولین دوشنبهٔ هر ماه ساعت 10). کلمه‌ها را به نارویژی یا انگلیسی بنویسید. پیشرفته: یک عبارت crontab با پنج بخش، به وقت ناروی، مثلاً 0 18 * * 2.
repeat-weekly =
    { $day ->
        [mon] هر دوشنبه
        [tue] هر سه‌شنبه
        [wed] هر چهارشنبه
        [thu] هر پنجشنبه
        [fri] هر جمعه
        [sat] هر شنبه
       *[sun] هر یکشنبه
    } ساعت { $time }
repeat-every-other-week =
    { $day ->
        [mon] هر دو هفته یک بار، دوشنبه
        [tue] هر دو هفته یک بار، سه‌شنبه
        [wed] هر دو هفته یک بار، چهارشنبه
        [thu] هر دو هفته یک بار، پنجشنبه
        [fri] هر دو هفته یک بار، جمعه
        [sat] هر دو هفته یک بار، شنبه
       *[sun] هر دو هفته یک بار، یکشنبه
    } ساعت { $time }
repeat-monthly =
    { $nth ->
        [1] اولین
        [2] دومین
        [3] سومین
        [4] چهارمین
       *[last] آخرین
    } { $day ->
        [mon] دوشنبهٔ
        [tue] سه‌شنبهٔ
        [wed] چهارشنبهٔ
        [thu] پنجشنبهٔ
        [fri] جمعهٔ
        [sat] شنبهٔ
       *[sun] یکشنبهٔ
    } هر ماه ساعت { $time }
repeat-crontab = طبق crontab «{ $expression }»
repeat-kind-prompt = بار اول: { $when }. چطور تکرار شود؟
event-titles-prompt = نام برنامه به بوکمول (Bokmål) «{ $title }» است. آیا می‌خواهید آن را به زبان‌های دیگر هم بنویسید؟ کسانی که نام را به زبان خودشان ندارند، نام بوکمول را می‌بینند.
event-title-in-prompt = نام را به زبان { $language } بنویسید (به بوکمول: «{ $title }»)، حداکثر { $max } حرف.
event-change-titles = 🌐 نام به زبان‌های دیگر
event-cancel-repeating = برنامهٔ #{ $id } «{ $title }» تکرار می‌شود. فقط یک تاریخ لغو شود یا تمام سلسله؟ به کسانی که برای آنچه لغو می‌کنید یادآوری خواسته‌اند، اطلاع داده می‌شود.
event-cancel-date = ✖ فقط { $when }
event-cancel-series = ✖ تمام سلسله
event-date-cancelled =
    برنامهٔ «{ $title }» به تاریخ { $when } لغو شد. { $count ->
        [0] هیچ کسی یادآوری نخواسته بود.
        [one] به یک نفر که یادآوری خواسته بود اطلاع داده می‌شود.
       *[other] به { $count } نفر که یادآوری خواسته بودند اطلاع داده می‌شود.
    } تاریخ‌های دیگر تغییری نمی‌کنند.
event-date-cancelled-notice = ❌ لغو شد: { $title } به تاریخ { $when } ({ $place }). برنامه در تاریخ‌های دیگر مثل قبل برگزار می‌شود.
when-not-a-time = این را نتوانستم به حیث تاریخ و ساعت بخوانم. مثلاً «{ $example }»، «i morgen kl. 18» (فردا ساعت 18) یا «tirsdag 18:30» (سه‌شنبه ساعت 18:30) بنویسید. کلمه‌ها را به نارویژی یا انگلیسی بنویسید.
when-no-time = ساعت را ننوشته‌اید. مثلاً «{ $example }» یا «tirsdag kl. 18» (سه‌شنبه ساعت 18) بنویسید.
when-in-the-past = این وقت گذشته است. یک وقت در آینده بنویسید، مثلاً «{ $example }».
when-too-far = این وقت بیشتر از دو سال بعد است. یک وقت نزدیک‌تر بنویسید، مثلاً «{ $example }».
when-not-a-repeat = این را نتوانستم به حیث قاعدهٔ تکرار بخوانم. مثلاً «hver tirsdag kl. 18» (هر سه‌شنبه ساعت 18)، «annenhver torsdag kl. 17:30» (هر دو هفته یک بار، پنجشنبه ساعت 17:30) یا «første mandag i måneden kl. 10» (اولین دوشنبهٔ هر ماه ساعت 10) بنویسید. کلمه‌ها را به نارویژی یا انگلیسی بنویسید.
when-not-a-crontab = این یک عبارت درست crontab نیست. باید پنج بخش داشته باشد، مثلاً 0 18 * * 2 (هر سه‌شنبه ساعت 18:00).
when-never-fires = این عبارت هیچ وقت اجرا نمی‌شود. مثلاً این را امتحان کنید: 0 18 * * 2 (هر سه‌شنبه ساعت 18:00).
announce-preview-quiet = 🌙 این وقت در ساعت‌های آرام شب است: پیام‌های عادی در { $when } فرستاده می‌شوند.
announce-preview-now-quiet = 🌙 حالا ساعت‌های آرام شب است. پیام‌ها در { $when } فرستاده می‌شوند.
announce-quiet = 🌙 ساعت‌های آرام شب: پیام‌های عادی در { $when } فرستاده می‌شوند.
announce-stop-confirm = آیا اعلان { $title } متوقف شود؟ دیگر فرستاده نمی‌شود، و پیام‌هایی که هنوز فرستاده نشده‌اند، پس گرفته می‌شوند.
announce-stop-yes = ✖ بلی، متوقف شود
announce-report-waiting = در صف – بقیه منتظر فرستادن هستند (مثلاً تا ختم ساعت‌های آرام شب).
staff-group-refugee = پناهندگان
staff-group-labour = کارگران مهاجر
staff-group-family = مهاجران خانوادگی
staff-group-other = دیگران

## قالب‌های اعلان

announce-from-template = 📋 از روی یک قالب (به همهٔ زبان‌ها)
announce-template-pick = یک قالب را انتخاب کنید. قالب به هر ده زبان نوشته شده است، پس هر تازه‌وارد آن را به زبان خودش دریافت می‌کند. ⚠️ یعنی اعلان عاجل است و در شب هم فرستاده می‌شود.
announce-template-when = چه وقت؟ تاریخ و ساعت را بنویسید، مثلاً «08.12.2026 18:00» یا به نارویژی «tirsdag kl. 18» (سه‌شنبه ساعت 18).
announce-template-date = کدام تاریخ؟ مثلاً «01.03.2027» یا «1. mars» (1 مارچ).
announce-template-time = چه ساعتی؟ مثلاً «18» یا «18:30».
announce-template-place = کجا؟ نام جای را همان طور بنویسید که مردم آن را می‌شناسند (حداکثر { $max } حرف).
announce-template-contact = مردم با چه کسی تماس بگیرند؟ نام، شماره تیلفون یا ایمیل را بنویسید (حداکثر { $max } حرف).
announce-template-done =
    { $count ->
        [1] ✅ متن به یک زبان آماده است:
       *[other] ✅ متن به { $count } زبان آماده است. هر خواننده آن را این طور می‌بیند:
    }
announce-template-bad-date = تاریخ را نفهمیدم. آن را مثلاً این طور بنویسید: «08.12.2026 18:00»، یا به نارویژی «i morgen kl. 18» (فردا ساعت 18) یا «tirsdag kl. 18» (سه‌شنبه ساعت 18) – و نه تاریخی که گذشته است.
announce-template-bad-time = ساعت را نفهمیدم. مثلاً «18» یا «18:30» بنویسید.

## ترجمهٔ ماشینی

case-machine-translation = 🤖 ترجمهٔ ماشینی به بوکمول ({ $provider }):
case-machine-translated-answer = 🤖 متن بالا ترجمهٔ ماشینی از نارویژی است ({ $provider }). متن اصلی شاروالی به نارویژی:
privacy-translation = 🤖 ترجمهٔ ماشینی: { $provider } سوال‌هایی را که به شاروالی می‌نویسید، و جواب‌ها را، ترجمه می‌کند. فقط متن به آنجا فرستاده می‌شود – نام و شمارهٔ چت شما هیچ وقت فرستاده نمی‌شود. شما همیشه متن اصلی را هم می‌بینید.
machine-translated = 🤖 این متن با کمپیوتر ({ $provider }) از نارویژی ترجمه شده است. ممکن است غلطی داشته باشد.
machine-original-button = 🇳🇴 دیدن متن اصلی نارویژی
machine-original = 🇳🇴 متن اصلی به نارویژی، از شاروالی { $municipality }:
announce-machine-done = 🤖 متن را { $provider } برای کسانی که اعلان به آن‌ها می‌رسد، به { $count ->
        [one] یک زبان
       *[other] { $count } زبان
    } ترجمه کرد. روی یک زبان بزنید تا ترجمهٔ آن را بخوانید و نگه دارید، یا ترجمهٔ خود را بنویسید، یا آن را حذف کنید.
announce-machine-failed = ترجمهٔ ماشینی به این زبان‌ها ممکن نشد: { $languages }. خوانندگان این زبان‌ها متن را به انگلیسی یا بوکمول دریافت می‌کنند، مگر این که خودتان آن را بنویسید.
announce-translations-machine-prompt = ترجمه‌ها: ✍️ نوشتهٔ خودتان · 🤖 ترجمهٔ ماشینی، بررسی‌نشده · 🤖✅ بررسی‌شده · 🚫 حذف‌شده. روی یک زبان بزنید تا آن را بخوانید، بنویسید یا حذف کنید. کسانی که ترجمه‌ای به زبان خودشان ندارند، اگر متن انگلیسی باشد، انگلیسی را دریافت می‌کنند، وگرنه بوکمول را (خوانندگان نینوشک بوکمول را دریافت می‌کنند).
announce-machine-review = 🤖 ترجمهٔ ماشینی به زبان { $language }، از { $provider }:
announce-machine-question = آیا آن را نگه می‌دارید، ترجمهٔ خود را می‌نویسید یا آن را حذف می‌کنید؟ اگر حذفش کنید، خوانندگان زبان { $language } متن را به زبان { $fallback } دریافت می‌کنند.
announce-machine-accept = ✅ نگه داشتن این ترجمه
announce-machine-write = ✏️ خودم می‌نویسم
announce-machine-drop = 🗑 حذف ترجمه
announce-preview-machine = { $language }: { $count } (🤖 ترجمهٔ ماشینی، بررسی‌نشده)
announce-preview-machine-checked = { $language }: { $count } (🤖 ترجمهٔ ماشینی، بررسی‌شده)
announce-check-translations = 🌐 بررسی ترجمه‌ها
insight-translation-usage = 🤖 ترجمهٔ ماشینی از طریق { $provider } در ماه { $month }: { $requests } متن و { $characters } حرف فرستاده شد.
event-descriptions-machine-prompt = توضیحات و نام‌ها به هر زبان: ✍️ نوشتهٔ خودتان · 🤖 ترجمهٔ ماشینی، بررسی‌نشده · 🤖✅ بررسی‌شده · 🚫 حذف‌شده. روی یک زبان بزنید تا آن را بخوانید، بنویسید یا حذف کنید. کسانی که توضیحی به زبان خودشان ندارند، اگر توضیح انگلیسی باشد آن را دریافت می‌کنند، وگرنه توضیح بوکمول را.
event-template-pick = کدام قالب؟ توضیح با تاریخ، ساعت و جای برنامه به همهٔ زبان‌ها نوشته می‌شود. فقط برای برنامه‌هایی که یک بار برگزار می‌شوند، می‌توان از قالب استفاده کرد.
event-template-done = { $count ->
        [one] ✅ نام و توضیح از روی قالب به یک زبان نوشته شد.
       *[other] ✅ نام و توضیح از روی قالب به { $count } زبان نوشته شد.
    } هنوز هم می‌توانید متن هر زبان را در زیر دوباره بنویسید.
announce-text-prompt-machine = اعلان را به زبان { $language } بنویسید و به شکل یک پیام بفرستید (حداکثر { $max } حرف). بعد { $provider } آن را به زبان‌های کسانی که اعلان به آن‌ها می‌رسد ترجمه می‌کند، و شما هر ترجمه را پیش از فرستادن بررسی می‌کنید.
staff-audit = 🧾 سوابق اجراآت
audit-pick = سوابق اجراآت کدام شاروالی را می‌خواهید ببینید؟
audit-title = 🧾 سوابق اجراآت – { $municipality }: آخرین اجراآت کارمندان، از تازه‌ترین به کهنه‌ترین (هر کارمند با شمارهٔ چت خود نشان داده می‌شود).
audit-empty = هنوز چیزی ثبت نشده است.
audit-footer = این سوابق قابل تغییر نیست. همهٔ سوابق را می‌توانید با velkommen audit --municipality { $slug } روی سرور ببینید.
audit-invite-redeemed = ثبت به حیث کارمند:
audit-announcement-created = ایجاد اعلان
audit-announcement-stopped = توقف اعلان
audit-event-created = ایجاد برنامه
audit-event-changed = تغییر برنامه
audit-event-cancelled = لغو برنامه
audit-case-answered = جواب به دوسیه
audit-case-closed = بستن دوسیه
audit-insight-read = دیدن گزارش آماری برای دورهٔ
audit-competence-read = دیدن خلاصهٔ مهارت‌ها، تعداد افراد:
audit-mentor-approved = تأیید رهنما
audit-mentor-paused = توقف موقت رهنما
audit-mentor-ended = ختم ثبت نام رهنما
audit-story-published = نشر داستان تازه‌وارد ماه
audit-staff-revoked = لغو دسترسی کارمند:
staff-erase = 🗑 درخواست پاک کردن معلومات
erase-prompt = شخصی از شاروالی خواسته است – از طریق تیلفون، با نامه یا به طور حضوری – که همهٔ معلوماتی را که اینجا دربارهٔ او ذخیره شده است پاک کند. شمارهٔ دوسیهٔ او و دلیل آن را بنویسید، مثلاً: S-7KQ4 به تاریخ 2 دسمبر از طریق تیلفون درخواست کرد (دلیل حداکثر { $max } حرف).
erase-usage = اول شمارهٔ دوسیه و بعد دلیل را بنویسید، مثلاً: S-7KQ4 در مرکز خدمات شاروالی درخواست کرد.
erase-confirm = آیا همه چیزهای مربوط به صاحب دوسیهٔ { $case } پاک شود: جواب‌ها، سوال‌ها، فهرست کارها، مهارت‌ها، ثبت نام رهنما و پیام‌هایی که منتظر فرستادن هستند؟ اگر او با یک رهنما یا تازه‌وارد وصل شده باشد، این ارتباط ختم می‌شود (و به طرف دیگر خبر داده می‌شود). این کار برگشت‌پذیر نیست. دلیل، که در سوابق اجراآت ثبت می‌شود: { $reason }
erase-yes = 🗑 بلی، همه چیز پاک شود
erase-cancelled = هیچ چیزی پاک نشد.
erase-done = همه چیزهای مربوط به صاحب دوسیهٔ { $case } پاک شد و به او خبر داده شد. پاک کردن معلومات در سوابق اجراآت ثبت شده است.
erase-notice = به درخواست شما، شاروالی همه چیزهایی را که اینجا دربارهٔ شما ذخیره شده بود، پاک کرد. هر وقت بخواهید، می‌توانید با /start دوباره شروع کنید.
audit-erasure = پاک کردن معلومات شخص به درخواست خودش:
mydata-file-button = 📄 به شکل فایل
mydata-file-caption = 📄 همه چیزهایی که دربارهٔ شما ذخیره کرده‌ایم، در یک فایل (JSON). این فایل را می‌توانید نزد خود نگه دارید یا به ادارهٔ دیگری بدهید.
retention-warning = نزدیک به دو سال می‌شود که به ما چیزی ننوشته‌اید. به تاریخ { $date } همه چیزهایی را که دربارهٔ شما ذخیره کرده‌ایم پاک می‌کنیم، همان‌طور که وقتی «بلی» گفتید، وعده داده بودیم. اگر می‌خواهید آن‌ها را نگه داریم، کافی است پیش از آن تاریخ هر چیزی اینجا بنویسید.

## نسخهٔ کاغذی: نامهٔ خوش‌آمد به شکل PDF، و پوسترها

letter-pdf-button = 📄 به شکل PDF
letter-pdf-caption = 📄 نامهٔ خوش‌آمد شما به شکل PDF: برای چاپ کردن، یا برای نشان دادن در یک دفتر.
print-letter-qr = این کد را با کمرهٔ تیلفون خود اسکن کنید: خدمات خوش‌آمدگویی شاروالی { $municipality } در تلگرام، به زبان شما باز می‌شود.
print-failed = متأسفیم، همین حالا نتوانستیم PDF را بسازیم. لطفاً کمی بعد دوباره کوشش کنید.
poster-welcome = به { $municipality } خوش آمدید!
poster-what = کد را با کمرهٔ تیلفون خود اسکن کنید و در تلگرام به زبان خودتان کمک بگیرید: قدم‌های اول، تماس‌ها، جاهای دیدار و جواب سوال‌های شما.
poster-mentor-title = در { $municipality } رهنما شوید!
poster-mentor-body = با کسی آشنا شوید که تازه به اینجا آمده است: یک پیاله چای یا قهوه، یک قدم‌زدن کوتاه، کمی تمرین زبان نارویژی. چند ساعت در ماه هم خیلی ارزش دارد. آیا خودتان هم به ناروی آمده‌اید؟ پس زبان و تجربهٔ شما برای یک تازه‌وارد تحفهٔ بزرگی است.
poster-mentor-scan = کد را با کمرهٔ تیلفون خود اسکن کنید و از طریق تلگرام به حیث رهنما (fadder) ثبت نام کنید. حدود سه دقیقه وقت می‌گیرد و شاروالی با شما تماس می‌گیرد.
staff-posters = 🖨 پوسترها
posters-pick = پوسترها برای کدام شاروالی؟
posters-newcomers-caption = 🖨 پوستر برای تازه‌واردان در { $municipality }: «خوش آمدید» به هر ده زبان و یک کد QR که velkommen را برای { $municipality } باز می‌کند. آن را در اندازهٔ A4 برای مرکز خدمات شاروالی، کتابخانه و کارفرمایان چاپ کنید.
posters-mentors-caption = 🖨 پوستر برای جذب رهنماها (fadder) در { $municipality }: کد QR آن ثبت نام رهنما را باز می‌کند.
