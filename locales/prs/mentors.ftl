# برنامهٔ رهنما (fadder): رضاکاران، بررسی و تأیید، فهرست انتظار و پیوند رهنما با تازه‌وارد.

## رضاکارانی که ثبت نام می‌کنند (/fadder)

fadder-intro =
    🤝 رهنما (fadder) شوید

    رهنما با یک شخص یا خانواده‌ای آشنا می‌شود که تازه به اینجا آمده است – معمولاً هر دو هفته یک بار، برای { $months } ماه. یک قدم زدن، یک پیاله چای یا قهوه، کمی گپ زدن به نارویژی، نشان دادن جاها. لازم نیست متخصص باشید: مهم‌ترین چیز این است که یک همسایهٔ مهربان باشید.

    آیا خودتان چند سال پیش به ناروی آمده‌اید؟ پس به‌ویژه خوش آمدید: شاید به زبان تازه‌وارد صحبت می‌کنید و می‌دانید که سال اول چطور است.

    ثبت نام تقریباً سه دقیقه وقت می‌گیرد. بعد از آن، شاروالی شما را برای یک گفتگو دعوت می‌کند، از شما می‌خواهد که یک تعهدنامهٔ رازداری را امضا کنید، و یک معرفی کوتاه به شما می‌دهد.
fadder-join = ✍️ نامم را ثبت کنید
fadder-not-now-button = فعلاً نه
fadder-not-now = خوب. هر وقت بخواهید، می‌توانید با /fadder ثبت نام کنید.
fadder-name-prompt = نام اول شما چیست؟ این نامی است که تازه‌وارد می‌بیند. (حداکثر { $max } حرف؛ تخلص لازم نیست.)
fadder-name-invalid = این مثل نام اول به نظر نمی‌رسد. فقط نام اول خود را بنویسید، حداکثر { $max } حرف.
fadder-municipality-prompt = در کدام شاروالی می‌خواهید رهنما باشید؟
fadder-languages-prompt = به کدام زبان‌ها صحبت می‌کنید؟ روی یک زبان بزنید تا بگویید چقدر خوب آن را بلد هستید. زبان نارویژی هم حساب می‌شود. وقتی تمام کردید، روی «تمام شد» بزنید.
fadder-languages-needed = دست‌کم یک زبان را که به آن صحبت می‌کنید، انتخاب کنید.
fadder-level-prompt = به زبان { $language } چقدر خوب صحبت می‌کنید؟
fadder-level-remove = به این زبان صحبت نمی‌کنم
mentor-level-basic = کمی
mentor-level-good = خوب
mentor-level-native = زبان مادری
fadder-background-prompt = آیا خودتان از کشور دیگری به ناروی آمده‌اید؟ اگر بلی، بنویسید که از کجا آمده‌اید (یک کشور یا یک شهر، حداکثر { $max } حرف). یا روی یک تکمه بزنید.
fadder-grew-up-here = در ناروی بزرگ شده‌ام
fadder-moved-from = از { $place } به اینجا آمده‌ام
fadder-place-invalid = یک کشور یا یک شهر بنویسید، حداکثر { $max } حرف، یا روی یک تکمه بزنید.
fadder-rather-not-say = ترجیح می‌دهم نگویم
fadder-not-said = گفته نشده
fadder-gender-prompt = آیا شما زن هستید یا مرد؟ جواب دادن اختیاری است: بسیاری از زنانی که به اینجا می‌آیند، دوست دارند رهنمای شان یک زن باشد.
mentor-gender-woman = زن
mentor-gender-man = مرد
fadder-age-prompt = چند سال دارید؟ (اختیاری)
mentor-age-u30 = کمتر از 30
mentor-age-30-44 = 30–44
mentor-age-45-59 = 45–59
mentor-age-60 = 60 یا بیشتر
fadder-interests-prompt = به چه کارهایی علاقه دارید؟ هر چند تا که می‌خواهید انتخاب کنید، و بعد روی «تمام شد» بزنید.
mentor-interest-outdoor = 🥾 طبیعت‌گردی
mentor-interest-sport = ⚽ ورزش
mentor-interest-fishing = 🎣 ماهیگیری
mentor-interest-cooking = 🍲 آشپزی
mentor-interest-crafts = 🧶 کارهای دستی
mentor-interest-music = 🎵 موسیقی
mentor-interest-faith = 🕊 جامعه‌های دینی
mentor-interest-children = 🧒 فعالیت‌های اطفال
mentor-interest-culture = 🎭 فرهنگ
fadder-children-prompt = آیا خودتان اطفال دارید؟ خانواده‌های دارای اطفال اغلب دوست دارند با یک خانوادهٔ دیگر آشنا شوند.
fadder-yes = بلی
fadder-no = نه
fadder-capacity-prompt = برای چند تازه‌وارد یا خانواده می‌توانید هم‌زمان رهنما باشید؟ (1 تا { $max })
fadder-capacity-invalid = شما می‌توانید هم‌زمان برای 1 تا { $max } تازه‌وارد یا خانواده رهنما باشید. یکی از عددها را انتخاب کنید.
fadder-capacity-below-engaged = شما همین حالا رهنمای { $count } تازه‌وارد یا خانواده هستید. دست‌کم همین تعداد را انتخاب کنید، یا اول رهنمایی یکی از آن‌ها را ختم کنید.
fadder-helps-prompt = در چه کارهایی می‌توانید کمک کنید؟ هر چند تا که می‌خواهید انتخاب کنید، و بعد روی «تمام شد» بزنید.
mentor-help-norwegian = 🗣 گپ زدن به نارویژی
mentor-help-social = ☕ آشنا شدن با مردم
mentor-help-job = 💼 پیدا کردن کار
mentor-help-paperwork = 📄 فورم‌ها و نامه‌ها
mentor-help-children = 🧒 فعالیت‌های اطفال
mentor-help-driving = 🚗 موتر رانی
fadder-done = ✅ تمام شد
fadder-part-name = نام اول
fadder-part-municipality = شاروالی
fadder-part-languages = زبان‌ها
fadder-part-background = آمدن به ناروی
fadder-part-gender = زن یا مرد
fadder-part-age = سن
fadder-part-interests = علاقه‌ها
fadder-part-children = اطفال
fadder-part-capacity = تعداد تازه‌واردان در یک وقت
fadder-part-helps = زمینه‌های کمک
fadder-part-missing = هنوز چیزی در ثبت نام شما کم است:
fadder-consent-title = ثبت نام شما:
fadder-consent =
    با این معلومات چه می‌شود:
    • velkommen آنچه را که در بالا جواب داده‌اید ذخیره می‌کند، تا شاروالی بتواند شما را بشناسد و تازه‌واردی را پیدا کند که با شما مناسب باشد.
    • هماهنگ‌کنندگان رهنماها در شاروالی آن را می‌بینند. آن‌ها برای یک گفتگو با شما تماس می‌گیرند، از شما می‌خواهند که یک تعهدنامهٔ رازداری را امضا کنید، و یک معرفی کوتاه به شما می‌دهند. اگر قرار است با خانواده‌های دارای اطفال دیدار کنید، از شما می‌خواهند تصدیق عدم سوءسابقه از پولیس (politiattest) را نشان دهید – آن‌ها فقط آن را می‌بینند، و ذخیره نمی‌شود.
    • تازه‌وارد نام اول شما و زبان‌های مشترک شما را فقط بعد از آن می‌بیند که شما «بلی» گفته باشید. راه تماس با همدیگر فقط وقتی شریک ساخته می‌شود که هر دو «بلی» گفته باشید.
    • هر وقت بخواهید، با /fadder می‌توانید ثبت نام خود را ببینید، تغییر دهید، موقتاً متوقف کنید یا پاک کنید، و /delete همه چیز را پاک می‌کند.
    آیا با این موافق هستید؟
fadder-consent-yes = ✅ موافقم – نامم را ثبت کنید
fadder-consent-no = لغو
fadder-consent-declined = خوب، هیچ چیزی ذخیره نشد. هر وقت بخواهید، می‌توانید با /fadder ثبت نام کنید.
fadder-signed-up = از ثبت نام شما تشکر! 🤝 به هماهنگ‌کنندهٔ رهنماها در { $municipality } خبر داده شد، و او با شما تماس می‌گیرد.
fadder-signed-up-nobody-yet = از ثبت نام شما تشکر! 🤝 { $municipality } هنوز تعیین نکرده است که چه کسی در velkommen به کار رهنماها رسیدگی می‌کند؛ ثبت نام شما منتظر آن‌ها می‌ماند، و آن‌ها با شما تماس می‌گیرند.
fadder-already-signed-up = شما قبلاً به حیث رهنما ثبت نام کرده‌اید. این هم ثبت نام شما.
fadder-profile-title = 🤝 ثبت نام شما به حیث رهنما در { $municipality }
fadder-status-line = وضعیت: { $status }
fadder-status-with-reason = { $status }، دلیل: { $reason }
mentor-status-vetting = منتظر شاروالی
mentor-status-approved = تأیید شده
mentor-status-paused = موقتاً متوقف
mentor-status-ended = ختم شده
fadder-explain-vetting = { $municipality } برای یک گفتگو با شما تماس می‌گیرد. تا آن وقت می‌توانید جواب‌های خود را تغییر دهید.
fadder-explain-approved = ممکن است شما را با یک تازه‌وارد آشنا بسازیم. پیش از آنکه چیزی شریک ساخته شود، از شما پرسیده می‌شود.
fadder-explain-paused = تا وقتی که ثبت نام شما موقتاً متوقف است، شما را با تازه‌واردان دیگر آشنا نمی‌سازیم. رهنمایی‌های فعلی شما ادامه دارد.
fadder-explain-ended = { $municipality } ثبت نام شما را به حیث رهنما ختم کرده است. اگر سوالی دارید، با شاروالی به تماس شوید.
fadder-pause = ⏸ فعلاً تازه‌وارد نمی‌پذیرم
fadder-resume = ▶️ دوباره تازه‌وارد می‌پذیرم
fadder-paused = موقتاً متوقف شد. تا وقتی که دوباره تازه‌وارد نپذیرید، شما را با تازه‌واردان دیگر آشنا نمی‌سازیم.
fadder-resumed = دوباره خوش آمدید! حالا باز هم ممکن است شما را با تازه‌واردان آشنا بسازیم.
fadder-delete = 🗑 ثبت نامم را پاک کنید
fadder-delete-confirm = آیا ثبت نام شما به حیث رهنما پاک شود؟ هر چیزی که گفته‌اید پاک می‌شود، و به تازه‌واردانی که با شما آشنا شده‌اند، خبر داده می‌شود که شما دیگر نمی‌توانید رهنمای شان باشید.
fadder-delete-yes = بلی، پاک شود
fadder-delete-no = نه، نگه داشته شود
fadder-deleted = ثبت نام شما به حیث رهنما پاک شد. تشکر که می‌خواستید کمک کنید.
fadder-staff-new =
    🤝 ثبت نام تازهٔ رهنما در { $municipality }: { $name }
    زبان‌ها: { $languages }
    برای بررسی ثبت نام، /mentors را باز کنید.
menu-fadder = 🤝 رهنما شوید
command-fadder = به حیث رهنما (fadder) ثبت نام کنید
mydata-fadder = ثبت نام شما به حیث رهنما:

## جواب شاروالی به رضاکار

fadder-notice-approved = 🤝 خبر خوش: { $municipality } شما را به حیث رهنما تأیید کرده است. وقتی یک تازه‌وارد با شما مناسب باشد، اول از شما پرسیده می‌شود – تا «بلی» نگویید، هیچ چیزی شریک ساخته نمی‌شود.
fadder-notice-paused = ⏸ { $municipality } ثبت نام شما به حیث رهنما را موقتاً متوقف کرده است: { $reason }. در این مدت شما را با تازه‌واردان دیگر آشنا نمی‌سازیم.
fadder-notice-ended = { $municipality } ثبت نام شما به حیث رهنما را ختم کرده است: { $reason }. تشکر که می‌خواستید کمک کنید.
fadder-open = 🤝 ثبت نام من به حیث رهنما

## تازه‌واردانی که رهنما می‌خواهند (/mentor)

menu-mentor = 🤝 رهنما برای من
command-mentor = یک رهنما (fadder) بگیرید – یک آشنای محلی
mentor-needs-profile = برای گرفتن رهنما، اول پروفایل خود را تکمیل کنید: آن وقت می‌دانیم که در کدام شاروالی زندگی می‌کنید.
mentor-wish-prompt =
    🤝 رهنما (fadder) یک رضاکار در همین‌جا است که با شما آشنا می‌شود: یک پیاله چای یا قهوه، یک قدم زدن، گپ زدن به نارویژی، کمک در چیزهایی که برای شما تازه است.

    در چه چیزهایی کمک می‌خواهید؟ هر چند تا که می‌خواهید انتخاب کنید. اگر ترجیح می‌دهید رهنمای شما یک زن یا یک مرد باشد، روی آن هم بزنید. بعد روی «نامم را در فهرست بنویسید» بزنید.
mentor-prefer-woman = 👩 ترجیحاً یک زن
mentor-prefer-man = 👨 ترجیحاً یک مرد
mentor-save = ✅ نامم را در فهرست بنویسید
mentor-joined = نام شما در فهرست انتظار رهنما در { $municipality } است. 🤝 پیش از آنکه چیزی شریک ساخته شود، از شما می‌پرسیم.
mentor-wish-saved = ذخیره شد.
mentor-waiting = شما در { $municipality } منتظر یک رهنما هستید ({ $weeks ->
        [0] از همین هفته
       *[other] از { $weeks } هفته به این طرف
    }). وقتی کسی را پیدا کنیم که با شما مناسب باشد، اول از شما می‌پرسیم.
mentor-waiting-short = 🤝 جای شما در فهرست انتظار
mentor-being-asked = 🤝 کسی را پیدا کرده‌ایم که شاید با شما مناسب باشد. به زودی یک پیام می‌گیرید.
mentor-has-mentor = 🤝 رهنمای شما { $name } است.
mentor-hopes-line = خواسته‌های شما: { $hopes }
mentor-change = ✏️ تغییر خواسته‌هایم
mentor-leave = بیرون شدن از فهرست
mentor-left = نام شما دیگر در فهرست انتظار رهنما نیست. هر وقت بخواهید، می‌توانید با /mentor دوباره بیایید.

## پیوند رهنما با تازه‌وارد

match-yes = ✅ بلی
match-no = نه، تشکر
match-ask-mentor =
    🤝 سلام { $name }! { $municipality } می‌خواهد که شما رهنمای یک تازه‌وارد شوید که به زبان { $language } صحبت می‌کند.
    دلیل انتخاب شما دو نفر: { $why }.

    آیا این را می‌خواهید؟ اگر «بلی» بگویید، از شما می‌پرسیم که تازه‌وارد چطور می‌تواند با شما تماس بگیرد؛ بعد از تازه‌وارد پرسیده می‌شود.
match-ask-newcomer =
    🤝 خبر خوش! { $name } می‌خواهد رهنمای شما باشد. { $name } به این زبان‌ها صحبت می‌کند: { $languages }.
    دلیل انتخاب شما دو نفر: { $why }.

    آیا می‌خواهید با { $name } دیدار کنید؟
match-contact-prompt = طرف مقابل چطور می‌تواند با شما تماس بگیرد؟ روی تکمه بزنید تا لینک تلگرام خود را شریک بسازید، یا یک شمارهٔ تلفون یا یک آدرس ایمیل بنویسید (حداکثر { $max } حرف). این فقط وقتی شریک ساخته می‌شود که هر دو «بلی» گفته باشید.
match-share-link = 📨 لینک تلگرام من
match-contact-short = فقط بنویسید که چطور می‌شود با شما تماس گرفت: یک شمارهٔ تلفون یا یک آدرس ایمیل، در یک سطر.
match-gone = این پیشنهاد دیگر باز نیست. هیچ چیزی شریک ساخته نشد.
match-declined-thanks = از جواب شما تشکر. هیچ چیزی شریک ساخته نشد.
match-yes-mentor = تشکر! 🤝 حالا از تازه‌وارد می‌پرسیم. وقتی جواب داد، به شما خبر می‌دهیم.
match-yes-newcomer = چه خوب! 🤝 چند لحظه بعد پیامی می‌گیرید که چطور با رهنمای خود تماس بگیرید.
match-telegram-link = تلگرام او را باز کنید
match-no-contact = (گفته نشده)
match-intro-mentor = 🤝 شما و یک تازه‌وارد که به زبان { $language } صحبت می‌کند، هر دو «بلی» گفته‌اید. { $languages }
match-intro-newcomer = 🤝 شما و { $name } هر دو «بلی» گفته‌اید! { $languages }
match-intro-shared = می‌توانید با هم به زبان { $language } صحبت کنید.
match-intro-no-shared = هنوز زبان مشترکی ندارید: نارویژی ساده، اشاره‌های دست و یک اپلیکیشن ترجمه خیلی کمک می‌کنند.
match-intro-reach = این طور با طرف مقابل تماس بگیرید:
match-intro-place = یک جای خوب برای دیدار اول: { $place }.
match-intro-next = یک پیام کوتاه بفرستید و یک وقت را تعیین کنید. بعد از دو هفته احوال هر دوی شما را می‌پرسیم. اگر مشکلی بود، /mentor بنویسید.
match-withdrawn-newcomer = رهنمایی که پیشنهاد کرده بودیم ({ $name })، دیگر نمی‌تواند همراه باشد. نام شما هنوز در فهرست است، و دنبال کس دیگری می‌گردیم.
match-withdrawn-mentor = تازه‌واردی که با او آشنا شده بودید، از فهرست انتظار بیرون شده است. از وقتی که گذاشتید تشکر – ممکن است شما را با کس دیگری آشنا بسازیم.

## دلیل‌های یک پیشنهاد

mentor-reason-language = هر دو به زبان { $language } صحبت می‌کنند
mentor-reason-bridge = { $name } به نارویژی هم صحبت می‌کند
mentor-reason-interests = هر دو به { $interests } علاقه دارند
mentor-reason-help = { $name } می‌تواند در { $helps } کمک کند
mentor-reason-children = هر دو اطفال دارند
mentor-reason-age = تقریباً هم‌سن هستند
mentor-reason-waited = مدت انتظار: { $count } هفته

## کارمندان: برنامهٔ رهنما

staff-mentors = 🤝 رهنماها
mentor-staff-not-allowed = فقط هماهنگ‌کنندگان و هماهنگ‌کنندگان رهنماها می‌توانند برنامهٔ رهنما را اداره کنند.
mentor-staff-pick = برنامهٔ رهنمای کدام شاروالی؟
mentor-staff-menu = 🤝 رهنماها در { $municipality }
mentor-staff-pool =
    🤝 رهنماها در { $municipality }
    منتظر رهنما: { $waiting } (طولانی‌ترین انتظار: { $weeks } هفته)
    رهنماها: { $approved } تأییدشده با { $free } جای خالی · { $paused } موقتاً متوقف
    برای بررسی: { $vetting }
    پیوندها: { $active } جاری · { $asking } منتظر جواب · { $proposed } پیشنهاد برای شما
mentor-staff-vetting = 📝 برای بررسی
mentor-staff-mentors = 👥 رهنماها
mentor-staff-propose = 🔄 پیشنهاد پیوندها
mentor-staff-proposals = 📋 پیشنهادها
mentor-staff-matches = 🤝 پیوندها
mentor-staff-vetting-list = ثبت نام‌هایی که منتظر بررسی هستند:
mentor-staff-mentors-list = رهنماهای شاروالی:
mentor-staff-none = هنوز کسی اینجا نیست.
mentor-staff-card =
    { $name } – { $status }
    ثبت نام: { $since } · پیوندهای فعلی: { $engaged }
mentor-staff-card-reason = دلیل: { $reason }
mentor-staff-checklist = بررسی (برای علامه زدن، روی آن بزنید):
mentor-staff-optional = { $step } (برای خانواده‌های دارای اطفال)
vetting-interview = گفتگو انجام شد
vetting-confidentiality = تعهدنامهٔ رازداری امضا شد
vetting-training = معرفی کوتاه داده شد
vetting-police = تصدیق عدم سوءسابقه دیده شد (ذخیره نشد)
mentor-staff-approve = ✅ تأیید
mentor-staff-pause = ⏸ توقف موقت
mentor-staff-end = ⛔ ختم
mentor-staff-missing-steps = هنوز انجام نشده: { $steps }.
mentor-staff-approved = تأیید شد. به رهنما خبر داده شد.
mentor-staff-reason-pause = چرا این رهنما موقتاً متوقف می‌شود؟ یک دلیل کوتاه بنویسید (حداکثر { $max } حرف). رهنما آن را می‌بیند.
mentor-staff-reason-end = چرا ثبت نام این رهنما ختم می‌شود؟ یک دلیل کوتاه بنویسید (حداکثر { $max } حرف). رهنما آن را می‌بیند.
mentor-staff-status-changed = انجام شد. به رهنما خبر داده شد.
mentor-staff-proposed = پیوند دادن روی تمام فهرست اجرا شد: { $count } پیشنهاد ({ $waiting } منتظر، { $free } جای خالی).
mentor-staff-proposals-list = پیشنهادها – روی یکی بزنید تا دلیل را ببینید و تأیید کنید:
mentor-staff-no-proposals = هیچ پیشنهادی نیست. وقتی تازه‌واردان منتظر هستند و رهنماهای تأییدشده جای خالی دارند، روی «پیشنهاد پیوندها» بزنید.
mentor-staff-proposal =
    پیشنهاد: { $mentor } ↔ یک تازه‌وارد که به زبان { $language } صحبت می‌کند
    چرا: { $why }
    امتیاز: { $score } · { $status }
mentor-staff-confirm = ✅ تأیید – از رهنما بپرسید
mentor-staff-skip = صرف نظر
mentor-staff-mentor-card = 👤 رهنما
mentor-staff-confirmed = تأیید شد. اول از { $mentor } پرسیده می‌شود، بعد از تازه‌وارد.
mentor-staff-skipped = صرف نظر شد.
mentor-staff-proposal-gone = این پیشنهاد دیگر باز نیست (کس دیگری آن را تأیید کرده یا از آن صرف نظر کرده، یا پس گرفته شده است).
mentor-staff-mentor-unavailable = { $mentor } حالا جای خالی ندارد، یا دیگر تأییدشده نیست. پیوند دادن را دوباره اجرا کنید.
mentor-staff-newcomer-unavailable = این تازه‌وارد همین حالا پیوندی دارد که منتظر جواب است، یا از فهرست بیرون شده است. پیوند دادن را دوباره اجرا کنید.
mentor-staff-matches-list = پیوندها:
mentor-staff-no-matches = هنوز هیچ پیوندی نیست.
mentor-staff-match-line = • { $mentor } ↔ { $language }: { $status } از { $since }، { $met ->
        [yes] دیدار کرده‌اند
       *[no] هنوز دیدار نکرده‌اند
    }، احوال‌پرسی‌ها: { $checkins }/4
match-status-proposed = پیشنهادشده
match-status-asking-mentor = پرسیدن از رهنما
match-status-asking-newcomer = پرسیدن از تازه‌وارد
match-status-active = جاری
match-status-skipped = صرف نظر شده
match-status-declined = رد شده
match-status-withdrawn = پس گرفته شده
match-status-ended = ختم شده
match-staff-declined = 🤝 { $side } پیوند { $mentor } ↔ یک تازه‌وارد که به زبان { $language } صحبت می‌کند را رد کرد. هر دو هنوز در فهرست‌ها هستند؛ پیوند دادن را دوباره اجرا کنید.
match-staff-started = 🤝 پیوند تازه: { $mentor } ↔ یک تازه‌وارد که به زبان { $language } صحبت می‌کند. هر دو «بلی» گفتند و راه تماس با همدیگر را گرفتند.
match-side-mentor = رهنما
match-side-newcomer = تازه‌وارد
match-side-staff = شاروالی
fadder-place-which = از کجا آمده‌اید؟ یک کشور یا یک شهر بنویسید.

## زندگی یک پیوند

match-the-newcomer = تازه‌واردی که به زبان { $language } صحبت می‌کند
match-checkin = 🤝 آشنایی شما با { $other } چطور پیش می‌رود؟ یک جواب کوتاه به ما کمک می‌کند تا به شما کمک کنیم.
match-checkin-last =
    🤝 { $months } ماهی که با { $other } قرار گذاشته بودید، تمام شد. تشکر از وقتی که به همدیگر دادید!

    چطور بود – و آیا می‌خواهید ادامه بدهید؟
match-going-well = 👍 دیدار کرده‌ایم، همه چیز خوب است
match-not-met = ⏳ هنوز دیدار نکرده‌ایم
match-problem = ⚠️ چیزی درست نیست
match-end = ختم کردن پیوند
match-go-on = 👍 خوب بود – ادامه می‌دهیم
match-finish = 🙏 خوب بود – همین‌جا ختم می‌کنیم
match-thanks-good = خوشحالیم که این را می‌شنویم! 🤝
match-thanks-not-yet = تشکر که به ما گفتید. یک پیام کوتاه بفرستید و یک وقت را پیشنهاد کنید – یک قدم زدن یا یک پیاله چای یا قهوه کافی است. اگر نمی‌توانید با همدیگر تماس بگیرید، روی «چیزی درست نیست» بزنید.
match-thanks-go-on = چه خوب! 🤝 مثل قبل ادامه می‌دهید؛ اگر به شاروالی نیاز داشتید، شاروالی در کنار شما است.
match-problem-prompt = با چند کلمه بنویسید که چه چیزی درست نیست (حداکثر { $max } حرف). یک نفر در شاروالی آن را می‌خواند و همین‌جا به شما جواب می‌دهد. طرف مقابل آن را نمی‌بیند.
match-not-running = این پیوند دیگر جاری نیست.
match-end-prompt = چرا می‌خواهید پیوند را ختم کنید؟ به طرف مقابل با مهربانی خبر داده می‌شود، بدون گفتن دلیل.
match-end-no-time = فعلاً وقت ندارم
match-end-moved = از اینجا کوچ می‌کنم
match-end-not-a-fit = با هم جور نیامدیم
match-end-completed = مدتی که قرار گذاشته بودیم، تمام شد
match-end-other = دلیل دیگر
match-ended-by-newcomer = پیوند ختم شد. تشکر که کوشش کردید. نام شما دوباره در فهرست انتظار رهنما است؛ اگر رهنما نمی‌خواهید، با /mentor از فهرست بیرون شوید.
match-ended-by-mentor = پیوند ختم شد. از وقتی که گذاشتید تشکر. هر وقت آماده بودید، ممکن است شما را با کس دیگری آشنا بسازیم.
match-completed-thanks = تشکر! 🙏 پیوند طبق قرار ختم شد.
match-ended-newcomer = { $name } دیگر نمی‌تواند رهنمای شما باشد. چنین چیزی پیش می‌آید، و تقصیر هیچ کس نیست. نام شما دوباره در فهرست است، و برای شما دنبال یک رهنمای تازه می‌گردیم.
match-ended-mentor = تازه‌واردی که به زبان { $language } صحبت می‌کند، پیوند را ختم کرده است. چنین چیزی پیش می‌آید، و تقصیر هیچ کس نیست. از وقتی که گذاشتید تشکر – ممکن است شما را با کس دیگری آشنا بسازیم.
match-completed-other = 🙏 پیوند شما طبق قرار ختم شد. تشکر از وقتی که به همدیگر دادید!
match-mine-button = 🤝 پیوندهای من
match-mine = پیوندهای فعلی شما:
match-mine-none = فعلاً هیچ پیوند جاری ندارید.
match-mine-line = • { $other }، از { $since }
match-end-with = ختم پیوند با: { $other }
match-staff-quiet = 🤝 { $mentor } ↔ یک تازه‌وارد که به زبان { $language } صحبت می‌کند: { $count ->
        [one] { $count } هفته
       *[other] { $count } هفته
    } بعد از گرفتن راه تماس با همدیگر، هیچ کدام نگفته‌اند که دیدار کرده‌اند. شاید خوب باشد احوال شان را بپرسید.
match-staff-ended = 🤝 پیوند { $mentor } ↔ یک تازه‌وارد که به زبان { $language } صحبت می‌کند، ختم شد. ختم‌کننده: { $side }. دلیل: { $reason }.
match-staff-problem-who = ⚠️ پیوند رهنما { $mentor } ↔ یک تازه‌وارد که به زبان { $language } صحبت می‌کند، گزارش‌دهنده: { $side }
delete-done-fadder = ثبت نام شما به حیث رهنما (به تازه‌واردانی که با شما آشنا شده بودند، خبر داده شد)
delete-done-mentor-wish = جای شما در فهرست انتظار رهنما

## نامه، خواسته‌ها و /mydata

letter-mentor-button = 🤝 آنچه از یک رهنما می‌خواهم
mentor-wish-privacy = چیزی که اینجا انتخاب می‌کنید، همراه با پروفایل شما ذخیره می‌شود؛ هماهنگ‌کنندگان رهنماها در شاروالی آن را می‌بینند تا رهنمایی پیدا کنند که با شما مناسب باشد. /mydata آن را نشان می‌دهد، و «بیرون شدن از فهرست» یا /delete آن را پاک می‌کند.
mydata-mentor-wish = نام شما از { $since } در فهرست انتظار رهنما است. خواسته‌های شما: { $hopes }

## کارمندان: اعلان‌ها و برنامه‌ها برای رهنماها

announce-reach-button = 👥 برای: { $value }
reach-newcomers = تازه‌واردان
reach-both = تازه‌واردان و رهنماها
reach-mentors = فقط رهنماها
mentor-staff-weekly = 🤝 پیوند دادن این هفته در { $municipality }: { $count ->
        [one] { $count } پیشنهاد
       *[other] { $count } پیشنهاد
    } منتظر تصمیم شما است: تأیید یا صرف نظر.
