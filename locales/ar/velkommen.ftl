# velkommen — العربية (Arabic, Modern Standard Arabic).
# المفاتيح نفسها كما في اللغة المرجعية (nb). جمل قصيرة وواضحة ودافئة:
# كثير من القرّاء وصلوا حديثًا ويقرؤون على هاتف بسيط.

language-name = العربية

## عام

error-generic = عذرًا، حدث خطأ من جهتنا. حاول مرة أخرى بعد قليل، فكل ما حفظته ما زال موجودًا.
stale-button = هذا الزر لم يعد صالحًا. إليك ما يمكنك فعله الآن:
use-the-buttons = اضغط على أحد الأزرار تحت الرسالة لنكمل.
unsupported-message = لا أستطيع أن أقرأ إلا النصوص والضغط على الأزرار، ولا أقرأ الصور أو الصوت أو الملصقات أو المواقع.
edited-message = لا أقرأ الرسائل المعدَّلة. أرسل رسالة جديدة بدلًا منها من فضلك.
group-chat = أتحدث في المحادثات الخاصة فقط، لحماية خصوصيتك. اضغط على اسمي واكتب لي مباشرة.
unknown-command = لا أعرف هذا الأمر. اكتب /help لترى كل ما أستطيع فعله.
finish-first = لننهِ هذا أولًا:
needs-profile = The welcome letter and your answers need a profile. Tap "Make a profile" to begin.
button-back = → رجوع
button-menu = ☰ القائمة

## البداية واللغة

start-hello = مرحبًا، وأهلًا بك! أنا خدمة الترحيب الرقمية التابعة للبلدية، وأنا هنا من أجل القادمين الجدد.
start-hello-municipality = مرحبًا، وأهلًا بك في بلدية { $municipality }! أنا خدمة الترحيب الرقمية التابعة للبلدية، وأنا هنا من أجل القادمين الجدد.
start-unknown-link = لم أتعرّف على الرابط الذي استخدمته. اختر بلديتك من القائمة من فضلك.
start-registered-elsewhere = بلديتك المسجَّلة لدينا هي { $municipality }. أما الرابط الذي استخدمته فهو لبلدية { $linked }. يمكنك تغيير البلدية من خلال /settings.
welcome-back = أهلًا بعودتك!
link-municipality-prompt = في أي بلدية تسكن، أو إلى أي بلدية ستنتقل؟
language-prompt = 🌐 اللغة الآن: { $language }. اضغط على اللغة التي تريد استخدامها:
language-changed = حسنًا، سنتحدث الآن باللغة العربية.

## الخصوصية

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
privacy-question = هل توافق على أن نحفظ إجاباتك؟
privacy-accept = نعم، أوافق
privacy-decline = لا، شكرًا
privacy-thanks = شكرًا! سأطرح عليك الآن بعض الأسئلة القصيرة. أجب باستخدام الأزرار، ويمكنك تغيير إجاباتك لاحقًا.
privacy-declined = لا بأس أبدًا. لم نحفظ عنك شيئًا، إلا لغتك والمكان الذي وصلت إليه في المحادثة. يمكنك أن تقرأ عن البلديات، ويمكنك أن توافق لاحقًا عبر /privacy.
privacy-consented = وافقت على ذلك بتاريخ { $date }. يمكنك سحب موافقتك وحذف كل شيء عبر /delete.

## الأسئلة

municipality-prompt = في أي بلدية تسكن، أو إلى أي بلدية ستنتقل؟
category-prompt = ما الذي ينطبق عليك أكثر؟ على أساس إجابتك نختار الخطوات الأولى التي نعرضها لك.
category-refugee = أنا لاجئ/لاجئة
category-labour = جئت للعمل
category-family = جئت للالتحاق بعائلتي
category-other = غير ذلك
arrival-prompt = متى وصلت إلى بلدية { $municipality }؟
arrival-month = { $month } { $year }
arrival-not-yet = لم أصل بعد
arrival-earlier = قبل أكثر من سنة
household-prompt = مع من تسكن هنا؟
household-alone = أسكن وحدي
household-partner = مع شريك حياتي، بلا أطفال
household-children = مع أطفال
mentor-prompt =
    Many people who moved here say that getting to know one Norwegian meant a lot.

    A mentor (fadder) is a volunteer here in the municipality – sometimes someone who moved here a few years ago. A mentor can have a coffee with you, show you around and answer small everyday questions.

    The mentor scheme in velkommen has not started yet. If you say yes, we save your wish.

    Would you like a mentor?
mentor-yes = نعم، بكل سرور
mentor-no = لا شكرًا، ليس الآن
mentor-value-yes = أرغب في مرافق
mentor-value-no = ليس الآن
profile-done = شكرًا على إجاباتك! إليك رسالة الترحيب الخاصة بك.

## الأشهر

month-1 = كانون الثاني/يناير
month-2 = شباط/فبراير
month-3 = آذار/مارس
month-4 = نيسان/أبريل
month-5 = أيار/مايو
month-6 = حزيران/يونيو
month-7 = تموز/يوليو
month-8 = آب/أغسطس
month-9 = أيلول/سبتمبر
month-10 = تشرين الأول/أكتوبر
month-11 = تشرين الثاني/نوفمبر
month-12 = كانون الأول/ديسمبر
month-short-1 = يناير
month-short-2 = فبراير
month-short-3 = مارس
month-short-4 = أبريل
month-short-5 = مايو
month-short-6 = يونيو
month-short-7 = يوليو
month-short-8 = أغسطس
month-short-9 = سبتمبر
month-short-10 = أكتوبر
month-short-11 = نوفمبر
month-short-12 = ديسمبر

## أيام الأسبوع

weekday-short-mon = الاثنين
weekday-short-tue = الثلاثاء
weekday-short-wed = الأربعاء
weekday-short-thu = الخميس
weekday-short-fri = الجمعة
weekday-short-sat = السبت
weekday-short-sun = الأحد

## القائمة

menu-title = ماذا تريد أن تفعل؟
guest-title = ليس لديك ملف شخصي لدينا، لذلك لا نحفظ عنك أي شيء. إليك ما يمكنك فعله:
menu-letter = 📨 رسالة الترحيب
menu-info = 🏘 جهات الاتصال وأماكن اللقاء
menu-settings = ⚙️ إجاباتي
menu-language = 🌐 اللغة
menu-mydata = 🔎 بياناتي
menu-privacy = 🔒 الخصوصية
menu-delete = 🗑 حذف كل شيء
menu-help = ❓ مساعدة
menu-signup = ✅ إنشاء ملف شخصي
info-prompt = عن أي بلدية تريد أن تقرأ؟
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

## الإعدادات وبياناتي

settings-title = هذه إجاباتك. اضغط على ما تريد تغييره:
settings-saved = تم الحفظ.
profile-row = { $label }: { $value }
field-municipality = البلدية
field-category = وضعك
field-arrival = الوصول
field-household = تسكن مع
field-mentor = مرافق
field-language = اللغة
field-chat = رقم المحادثة
field-consent = تاريخ الموافقة
field-pending = رسائل تنتظر الإرسال
value-unanswered = لا توجد إجابة
mydata-title = 🔎 هذا ما حفظناه عنك:
mydata-no-profile = ليس لديك ملف شخصي، لذلك ليست لدينا أي إجابات منك. نتذكر فقط لغتك والمكان الذي وصلت إليه في المحادثة.
mydata-footer = يمكنك تغيير إجاباتك عبر /settings وحذف كل شيء عبر /delete.

## الحذف

delete-confirm = هل تريد أن تحذف كل ما حفظناه عنك؟ يشمل ذلك ملفك الشخصي وإجاباتك والرسائل التي تنتظر الإرسال. لا يمكن التراجع عن الحذف.
delete-yes = نعم، احذف كل شيء
delete-no = لا، أبقِها
delete-cancelled = حسنًا، لم نحذف أي شيء.
delete-nothing = لم يكن لدينا أي شيء محفوظ عنك.
delete-done = تم. حذفنا ما يلي:
delete-done-profile = ملفك الشخصي: البلدية والإجابات والموافقة
delete-done-conversation = المحادثة: لغتك والمكان الذي وصلت إليه
delete-done-pending =
    { $count ->
        [zero] لم تكن هناك رسائل تنتظر الإرسال
        [one] رسالة واحدة كانت تنتظر الإرسال
        [two] رسالتان كانتا تنتظران الإرسال
        [few] { $count } رسائل كانت تنتظر الإرسال
        [many] { $count } رسالةً كانت تنتظر الإرسال
       *[other] { $count } رسالة كانت تنتظر الإرسال
    }
delete-done-footer = لم يعد لدينا أي شيء عنك. اكتب /start إذا أردت أن تبدأ من جديد.

## رسالة الترحيب

letter-greeting-refugee = Welcome to { $municipality }! You will not have to find your way alone: the refugee service will stay in touch with you through the first years.
letter-greeting-labour = Welcome to { $municipality }! Many people who come here to work have to find their own way, so here is what matters most, in one place.
letter-greeting-family = Welcome to { $municipality }! Here is what matters most for you and your family.
letter-greeting-other = Welcome to { $municipality }! Here is what matters most to get off to a good start.
letter-population = There are { $count } of us in { $municipality } today. Yesterday there were { $yesterday }. You matter to us.
letter-mentor-wish = Your wish for a mentor is saved. The mentor scheme in velkommen has not started yet, so no mentor is on the way just now.
letter-steps-title = خطواتك الثلاث الأولى:
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
unconfirmed = مثال – لم تؤكده البلدية بعد.
contacts-title = 📇 Contacts in { $municipality }
meeting-places-title = ☕ Meeting places in { $municipality }

## المكاتب وأماكن اللقاء

office-service-centre = مركز الخدمات
office-refugee-service = خدمة اللاجئين
office-adult-education = مركز تعليم الكبار
office-nav = NAV (العمل والرعاية الاجتماعية)
office-tax-office = مصلحة الضرائب، فحص الهوية
office-police = الشرطة
office-volunteer-centre = مركز العمل التطوعي
office-library = المكتبة
place-library = مكتبة
place-language-cafe = مقهى اللغة
place-sports = رياضة
place-choir = جوقة غنائية
place-volunteering = عمل تطوعي
place-gear-loan = إعارة معدات مجانًا
place-clubs = نوادٍ وجمعيات
place-culture = ثقافة

## الأوامر (قائمة Telegram)

command-start = البدء من جديد
command-menu = القائمة الرئيسية
command-letter = رسالة الترحيب الخاصة بك
command-info = جهات الاتصال وأماكن اللقاء
command-settings = عرض إجاباتك وتغييرها
command-language = تغيير اللغة
command-privacy = ما الذي نحفظه، ولماذا
command-mydata = كل ما حفظناه عنك
command-delete = حذف كل ما يخصك
command-help = مساعدة

## الموظفون

role-coordinator = التنسيق
role-announcer = الإعلانات
role-mentor-coordinator = تنسيق المرافقين
staff-code-malformed = هذا لا يبدو رمز دعوة. يتكوّن الرمز من اثني عشر حرفًا، مثل /staff K7QF-2M9X-4TPA.
staff-code-unknown = لا أعرف هذا الرمز. تأكّد من أنك كتبته بشكل صحيح، أو اطلب رمزًا جديدًا.
staff-code-expired = انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا من الشخص الذي دعاك.
staff-code-used = هذا الرمز استُخدم من قبل. كل رمز يصلح لمرة واحدة فقط.
staff-welcome = أهلًا بك! تم تسجيلك الآن ضمن موظفي { $municipality } ({ $role }). اكتب /staff للوصول إلى أدواتك.
staff-group-bound = ستتلقى هذه المجموعة من الآن إشعارات { $municipality } ({ $role }).
staff-not-member = حسابك غير مسجَّل ضمن الموظفين. إذا حصلت على رمز دعوة، فاكتب /staff ثم الرمز.
staff-home-title = 👩‍💼 تعمل لدى:
staff-membership = • { $municipality } – { $role }
staff-new-announcement = 📣 إعلان جديد
staff-reports = 📊 تقارير التسليم
delete-done-staff = تسجيلك ضمن موظفي البلدية

## الإعلانات

announce-pick-municipality = لأي بلدية هذا الإعلان؟
announce-audience-title = 📣 إعلان جديد – { $municipality }. من يجب أن يتلقاه؟ اضغط على الأزرار لتغيير الاختيار، ثم اضغط «متابعة» عندما تنتهي.
announce-everyone = الكل
announce-categories-button = لمن: { $value }
announce-languages-button = اللغات: { $value }
announce-children-button = العائلات التي لديها أطفال فقط
announce-arrival-button = الوصول: { $value }
announce-months =
    { $count ->
        [zero] خلال الشهر الحالي
        [one] خلال الشهر الأخير
        [two] خلال الشهرين الأخيرين
        [few] خلال آخر { $count } أشهر
        [many] خلال آخر { $count } شهرًا
       *[other] خلال آخر { $count } شهر
    }
announce-continue = متابعة ←
announce-cancel = ✖ إلغاء
announce-cancelled = تم الإلغاء. لم يُرسَل أي شيء.
announce-categories-prompt = من يجب أن يتلقى الإعلان؟ إذا لم تختر أي فئة، فالإعلان للجميع.
announce-languages-prompt = بأي لغات؟ إذا لم تختر أي لغة، فالإعلان للجميع.
announce-text-prompt = اكتب الإعلان باللغة { $language } وأرسله في رسالة واحدة (الحد الأقصى لعدد الأحرف: { $max }). سيصل إلى الجميع، وبلغة كل شخص إذا أضفت ترجمة.
announce-translation-prompt = اكتب النص باللغة { $language } وأرسله في رسالة واحدة (الحد الأقصى لعدد الأحرف: { $max }).
announce-text-empty = كانت الرسالة فارغة. اكتب النص وأرسله.
announce-text-too-long = عدد أحرف النص { $length }، والحد الأقصى { $max }. اختصره وأرسله مرة أخرى.
announce-translations-prompt = هل تريد إضافة ترجمات؟ من لا توجد ترجمة بلغته يتلقى النص بالإنجليزية إذا كتبته بها، وإلا فبالبوكمول (Bokmål)، ومن لغته النينوشك (Nynorsk) يتلقى البوكمول. لن يُستثنى أحد.
announce-urgency-prompt = هل الأمر عاجل؟ الرسائل العادية لا تُرسَل بين الساعة 21:00 والساعة 08:00.
announce-normal = عادي – ليس ليلًا
announce-urgent = عاجل – يُرسَل ليلًا أيضًا
announce-schedule-prompt = متى يجب إرساله؟
announce-now = الآن
announce-at = في وقت محدد
announce-repeat = متكرر (crontab)
announce-at-prompt = اكتب التاريخ والوقت بتوقيت النرويج، مثل 01.12.2026 18:00
announce-at-invalid = لم أستطع قراءة ذلك. اكتب مثلًا 01.12.2026 18:00
announce-at-past = هذا الوقت قد مضى. اكتب وقتًا في المستقبل.
announce-repeat-prompt =
    اكتب تعبير crontab من خمسة حقول، بتوقيت النرويج: الدقيقة، الساعة، اليوم من الشهر، الشهر، يوم الأسبوع (1 = الاثنين).
    مثال: 0 18 * * 2 = كل يوم ثلاثاء الساعة 18:00.
announce-repeat-invalid = هذا ليس تعبير crontab صالحًا. يجب أن يتكوّن من خمسة حقول، مثل 0 18 * * 2 (كل يوم ثلاثاء الساعة 18:00).
announce-repeat-never = هذا التعبير لا يطابق أي وقت أبدًا. جرّب مثلًا 0 18 * * 2 (كل يوم ثلاثاء الساعة 18:00).
announce-preview-title = 👀 معاينة – { $municipality }
announce-preview-audience = لمن: { $categories } · اللغات: { $languages } · الوصول: { $arrival }
announce-preview-reach =
    { $count ->
        [zero] لا يصل إلى أحد:
        [one] يصل إلى شخص واحد:
        [two] يصل إلى شخصين:
        [few] يصل إلى { $count } أشخاص:
        [many] يصل إلى { $count } شخصًا:
       *[other] يصل إلى { $count } شخص:
    }
announce-preview-language = { $language }: { $count }
announce-preview-fallback = { $language }: { $count } (النص باللغة { $fallback })
announce-preview-nobody = لا أحد يطابق هذا الاختيار حتى الآن. غيّر من يجب أن يتلقى الإعلان.
announce-preview-normal = عادي (لا يُرسَل بين الساعة 21:00 والساعة 08:00)
announce-preview-urgent = عاجل (يُرسَل ليلًا أيضًا)
announce-preview-now = يُرسَل الآن.
announce-preview-at = يُرسَل في { $when }.
announce-preview-repeat = يتكرر حسب «{ $expression }». المواعيد القادمة: { $upcoming }.
announce-send =
    { $count ->
        [zero] ✅ إرسال (لا يوجد مستلمون)
        [one] ✅ أرسِل إلى شخص واحد
        [two] ✅ أرسِل إلى شخصين
        [few] ✅ أرسِل إلى { $count } أشخاص
        [many] ✅ أرسِل إلى { $count } شخصًا
       *[other] ✅ أرسِل إلى { $count } شخص
    }
announce-edit-text = ✏️ تعديل النص
announce-edit-audience = 👥 تغيير المستلمين
announce-queued =
    { $count ->
        [0] لم توضع أي رسالة في قائمة الانتظار.
        [one] وُضعت رسالة واحدة في قائمة الانتظار. سيصلك تقرير تسليم عندما تُرسَل.
        [two] وُضعت رسالتان في قائمة الانتظار. سيصلك تقرير تسليم عندما تُرسَلان.
        [few] وُضعت { $count } رسائل في قائمة الانتظار. سيصلك تقرير تسليم عندما تُرسَل.
        [many] وُضعت { $count } رسالةً في قائمة الانتظار. سيصلك تقرير تسليم عندما تُرسَل.
       *[other] وُضعت { $count } رسالة في قائمة الانتظار. سيصلك تقرير تسليم عندما تُرسَل.
    }
announce-scheduled = تمت الجدولة. أول إرسال: { $when }. سيصلك تقرير تسليم بعد كل إرسال.
announce-reports-title = 📊 أحدث الإعلانات:
announce-reports-none = لا توجد إعلانات حتى الآن.
announce-report-line = { $title } – { $municipality }: أُرسلت: { $sent }، حُظرت: { $blocked }، فشلت: { $failed }، في الانتظار: { $queued }. { $when }
announce-report-next = الإرسال التالي: { $when }.
announce-report-done = اكتمل.
announce-report-stopped = تم الإيقاف.
announce-report = 📊 تقرير التسليم للإعلان { $title }: أُرسلت: { $sent }، حُظرت: { $blocked }، فشلت: { $failed }، ما زالت في الانتظار: { $queued }.
announce-stop = ✖ إيقاف #{ $id }
announce-stopped =
    { $count ->
        [zero] تم إيقاف الإعلان { $title }. لم تكن هناك رسائل في قائمة الانتظار.
        [one] تم إيقاف الإعلان { $title }. سُحبت رسالة واحدة كانت في قائمة الانتظار.
        [two] تم إيقاف الإعلان { $title }. سُحبت رسالتان كانتا في قائمة الانتظار.
        [few] تم إيقاف الإعلان { $title }. سُحبت { $count } رسائل كانت في قائمة الانتظار.
        [many] تم إيقاف الإعلان { $title }. سُحبت { $count } رسالةً كانت في قائمة الانتظار.
       *[other] تم إيقاف الإعلان { $title }. سُحبت { $count } رسالة كانت في قائمة الانتظار.
    }

## الفعاليات في أماكن اللقاء
menu-events = 📅 الفعاليات القادمة
menu-ask = 💬 اسأل موظفًا
command-events = الفعاليات في البلدية
command-ask = اطرح سؤالًا على موظف في البلدية
events-title = 📅 الفعاليات في بلدية { $municipality } خلال الشهر القادم:
events-none = لم تُضَف أي فعاليات في بلدية { $municipality } للشهر القادم. اطّلع أيضًا على أماكن اللقاء في «جهات الاتصال وأماكن اللقاء».
events-remind-hint = اضغط 🔔 لتصلك رسالة تذكير قبل الموعد بثلاث ساعات.
event-repeats = تتكرر كل أسبوع أو حسب جدول ثابت.
event-reminder = 🔔 تذكير: { $title }
event-reminder-set = حسنًا! ستصلك رسالة تذكير بفعالية «{ $title }» ({ $event }) في { $when }.
event-reminder-exists = لديك من قبلُ تذكير بفعالية «{ $title }» ({ $event }).
event-has-started = هذه الفعالية بدأت أو انتهت، لذلك لا أستطيع أن أذكّرك بها.
event-is-cancelled = أُلغيت هذه الفعالية.
event-cancelled-notice = ❌ إلغاء فعالية: { $title }
event-changed-notice = ✏️ تغيير في فعالية: { $title }. حذفنا التذكير الخاص بك – اضغط 🔔 في /events لتحصل على تذكير جديد.
staff-events = 📅 الفعاليات
staff-events-title = 📅 الفعاليات القادمة:
staff-events-none = لا توجد فعاليات قادمة.
staff-new-event = ➕ فعالية جديدة
event-edit = ✏️ تعديل #{ $id }
event-cancel = ✖ إلغاء #{ $id }
event-cancel-confirm = هل تريد إلغاء الفعالية #{ $id }؟ سيُبلَّغ كل من طلب تذكيرًا.
event-cancel-yes = ✖ نعم، ألغِها
event-cancelled =
    { $count ->
        [0] تم إلغاء «{ $title }». لم يطلب أحد تذكيرًا.
        [zero] تم إلغاء «{ $title }». لم يطلب أحد تذكيرًا.
        [one] تم إلغاء «{ $title }». سيُبلَّغ شخص واحد طلب تذكيرًا.
        [two] تم إلغاء «{ $title }». سيُبلَّغ شخصان طلبا تذكيرًا.
        [few] تم إلغاء «{ $title }». سيُبلَّغ { $count } أشخاص طلبوا تذكيرًا.
        [many] تم إلغاء «{ $title }». سيُبلَّغ { $count } شخصًا طلبوا تذكيرًا.
       *[other] تم إلغاء «{ $title }». سيُبلَّغ { $count } شخص طلبوا تذكيرًا.
    }
event-aborted = لم تُحفَظ الفعالية.
event-title-prompt = اكتب اسم الفعالية، مثل «مقهى اللغة» (الحد الأقصى لعدد الأحرف: { $max }).
event-place-prompt = أين تُقام الفعالية؟ اختر مكان لقاء أو اكتب مكانًا آخر.
event-other-place = ✏️ مكان آخر
event-place-text-prompt = اكتب المكان، مثل «Haram folkebibliotek, Brattvåg» (الحد الأقصى لعدد الأحرف: { $max }).
event-start-prompt = متى تبدأ (أول مرة)؟ اكتب التاريخ والوقت بتوقيت النرويج، مثل 01.12.2026 18:00
event-recurrence-prompt = هل تُقام أكثر من مرة؟
event-once = مرة واحدة فقط
event-weekly = كل أسبوع ({ $when })
event-repeat-crontab = تتكرر حسب «{ $expression }» (crontab، بتوقيت النرويج).
event-audience-prompt = لمن هذه الفعالية؟ إذا لم تختر أي فئة، فستظهر لجميع القادمين الجدد في البلدية.
event-for = لمن: { $who }
event-description-prompt = اكتب وصفًا قصيرًا باللغة { $language } (الحد الأقصى لعدد الأحرف: { $max }).
event-descriptions-prompt = حُفظ الوصف بالبوكمول (Bokmål). أضف لغات أخرى إن استطعت؛ ومن لا يوجد وصف بلغته يتلقى الوصف بالإنجليزية إن وُجد، وإلا فبالبوكمول.
event-preview-languages = الوصف حسب اللغة:
event-preview-fallback = { $language }: الوصف باللغة { $fallback }
event-summary-title = 📅 { $title }
event-save = ✅ حفظ
event-change-title = ✏️ الاسم
event-change-place = 📍 المكان
event-change-time = 🕕 الوقت
event-change-audience = 👥 لمن
event-change-descriptions = 📝 الأوصاف
event-saved = ✅ حُفظت الفعالية، وهي تظهر في /events للأشخاص الموجّهة إليهم.
event-updated =
    { $count ->
        [0] ✅ حُفظ التغيير.
        [zero] ✅ حُفظ التغيير.
        [one] ✅ حُفظ التغيير. سيُبلَّغ شخص واحد طلب تذكيرًا.
        [two] ✅ حُفظ التغيير. سيُبلَّغ شخصان طلبا تذكيرًا.
        [few] ✅ حُفظ التغيير. سيُبلَّغ { $count } أشخاص طلبوا تذكيرًا.
        [many] ✅ حُفظ التغيير. سيُبلَّغ { $count } شخصًا طلبوا تذكيرًا.
       *[other] ✅ حُفظ التغيير. سيُبلَّغ { $count } شخص طلبوا تذكيرًا.
    }
event-announce = 📣 الإعلان عن الفعالية
event-announce-started = تم ملء الإعلان ببيانات الفعالية، باللغات التي كُتب بها وصفها. اختر المستلمين.

## اسأل موظفًا (الطلبات)
ask-prompt =
    Write your question in one message, in any language (at most { $max } characters).
    It goes to the staff in { $municipality }. They see a case number, your language and which group you belong to – not your name. The answer will come here.
ask-sent = ✅ أُرسل سؤالك إلى بلدية { $municipality }. رقم طلبك هو { $case }. ستصلك الإجابة هنا في المحادثة.
case-notification = ❓ New case { $case } · { $who }
case-notification-more = ❓ More in case { $case } · { $who }
case-notification-footer = ↩️ ردّ على هذه الرسالة لتجيب، أو اكتب /reply { $case } ثم الإجابة. أغلق الطلب بالأمر /close { $case }.
case-answer = 💬 إجابة من بلدية { $municipality } (الطلب { $case }):
case-answer-footer = هل تريد أن تسأل عن شيء آخر؟ اضغط «اسأل موظفًا» في /menu.
case-answer-sent = ✅ أُرسلت الإجابة في الطلب { $case }.
case-unknown = لم أجد طلبًا برقم { $case } يمكنك الوصول إليه.
case-closed = أُغلق الطلب { $case }.
case-already-closed = الطلب { $case } كان مغلقًا من قبل.
case-reply-usage = اكتب مثلًا /reply S-7KQ4 إجابتك، أو /close S-7KQ4.
case-close-button = ✔ إغلاق { $case }
cases-title = 💬 الطلبات المفتوحة:
cases-line = { $case } · { $who } · waiting { $hours } h · { $messages ->
        [one] one message
       *[other] { $messages } messages
    }
cases-none = لا توجد طلبات مفتوحة.
cases-hint = أجب بالرد على رسالة الطلب، أو اكتب /reply ثم رقم الطلب ثم النص.
cases-not-allowed = لا يستطيع رؤية الطلبات إلا المنسّقون ومجموعات الموظفين.
field-cases = أسئلة إلى البلدية
delete-done-cases =
    { $count ->
        [zero] لم تكن هناك أسئلة إلى البلدية
        [one] سؤال واحد إلى البلدية، مع الإجابات
        [two] سؤالان إلى البلدية، مع الإجابات
        [few] { $count } أسئلة إلى البلدية، مع الإجابات
        [many] { $count } سؤالًا إلى البلدية، مع الإجابات
       *[other] { $count } سؤال إلى البلدية، مع الإجابات
    }

## الدليل وقائمة المهام والأسئلة المكتوبة
menu-guide = 📘 الدليل
menu-housing = 🏠 السكن
menu-checklist = ✅ قائمة مهامي
command-guide = الهوية، الضرائب، البنك، NAV، الطبيب، المدرسة، النرويجية
command-housing = استئجار مسكن وشراؤه، مبلغ التأمين، دعم السكن
command-checklist = قائمة مهامك: ما أنجزته وما بقي
guide-title = 📘 الدليل: اختر موضوعًا.
housing-title = 🏠 السكن: اختر موضوعًا.
guide-steps = كيف تقوم بذلك:
guide-bring = 🎒 أحضر معك:
guide-where = 📍 في بلدية { $municipality }:
guide-unconfirmed = ليست كل المعلومات هنا مؤكدة من مصدر رسمي حتى الآن. اسأل البلدية قبل أن تعتمد عليها.
guide-previous = ◀ السابق
guide-next = التالي ▶
checklist-title = ✅ قائمة مهامك: تم إنجاز { $done } من { $total }
checklist-after = بانتظار: { $steps }
checklist-hint = اضغط على أي خطوة لتقرأ كيف تقوم بها، ولتضع عليها علامة «تم».
checklist-mark-done = ✅ تم: { $step }
checklist-mark-skip = ➖ لا ينطبق عليّ
checklist-mark-open = ↩️ لم أنجزها بعد: { $step }
checklist-marked-done = رائع! سجّلنا أنك أنجزت الخطوة «{ $step }».
checklist-marked-skipped = سجّلنا أن الخطوة «{ $step }» لا تنطبق عليك.
checklist-marked-open = عادت الخطوة «{ $step }» إلى القائمة.
question-matches = وجدت هذه المواضيع. هل أحدها هو ما تبحث عنه؟
question-none-button = لا شيء من هذه
question-none = عذرًا، لم أجد ما تبحث عنه.
question-none-next = يمكنك أن تتصفح الدليل، أو أن تسأل موظفًا في البلدية.
question-no-match = لم أجد موضوعًا مناسبًا. جرّب كلمات أخرى (مثل «البطاقة الضريبية» أو «طبيب»)، أو استخدم الأزرار.
field-checklist = قائمة المهام
value-checklist = أُنجز: { $done }، لا ينطبق عليك: { $skipped }
delete-done-checklist = تقدّمك في قائمة المهام

## الكفاءات والمهارات (/skills)
menu-skills = 🧰 ما أستطيع فعله
command-skills = تعليمك وعملك ولغاتك، وما تتمنّاه
skills-consent =
    🧰 Few newcomers work with what they trained for, and nobody asks what families bring. Here you can tell us what you have education and experience in, which languages you speak and what you would like.
    Everything is optional. We store it only if you say yes, you see it in /mydata, and you can change or delete it at any time. No staff member can see it in velkommen today.
    Do you want to fill it in?
skills-consent-yes = ✅ نعم، أريد أن أملأها
skills-consent-no = لا، شكرًا
skills-declined = حسنًا، لن نحفظ أي شيء. ستجد هذا مرة أخرى تحت «ما أستطيع فعله» في /menu.
skills-overview = اضغط على ما تريد أن تملأه أو تغيّره. كل شيء اختياري.
skills-summary-title = 🧰 ما أستطيع فعله:
skills-part-education = 🎓 التعليم
skills-part-field = 🧭 المجال
skills-part-profession = 👷 المهنة
skills-part-experience = ⏳ الخبرة
skills-part-languages = 🗣 اللغات
skills-part-licence = 🚗 رخصة القيادة
skills-part-wishes = 🎯 الرغبات
skills-shared = 👀 You have said the municipality may see this. No staff member can see it in velkommen yet.
skills-not-shared = 🔒 أنت وحدك ترى هذه المعلومات.
skills-share-start = 👀 The municipality may see this
skills-share-stop = 🔒 The municipality may not see this
skills-share-on = Saved: you have said the municipality may see this. Today no staff member can see it in velkommen.
skills-share-off = الآن أنت وحدك ترى هذه المعلومات.
skills-clear = 🗑 احذف هذا
skills-finish = ✅ انتهيت
skills-cleared = حُذف ما ملأته تحت «ما أستطيع فعله».
skills-thanks = شكرًا لك! يمكنك تغيير هذا في أي وقت تحت «ما أستطيع فعله».
skills-education-prompt = ما أعلى مستوى تعليمي أكملته؟
skills-field-prompt = في أي مجال لديك تعليم أو خبرة؟
skills-profession-prompt = اكتب مهنتك في كلمات قليلة، مثل «ممرّضة» أو «لحّام» (الحد الأقصى لعدد الأحرف: { $max }).
skills-profession-invalid = اكتب مهنتك في كلمات قليلة (الحد الأقصى لعدد الأحرف: { $max }).
skills-experience-prompt = كم سنة من الخبرة لديك في هذا المجال؟
skills-languages-prompt = ما اللغات التي تتحدثها؟ اضغط على كل ما ينطبق عليك.
skills-licence-prompt = هل لديك رخصة قيادة؟
skills-wishes-prompt = ماذا تتمنّى؟ اضغط على كل ما ينطبق عليك.
skills-edu-none = لم أُكمل أي مرحلة دراسية
skills-edu-primary = التعليم الأساسي
skills-edu-secondary = التعليم الثانوي
skills-edu-vocational = تعليم أو شهادة مهنية (fagbrev)
skills-edu-bachelor = جامعة أو كلية (بكالوريوس)
skills-edu-master = ماجستير أو أعلى
skills-field-health = الصحة
skills-field-teaching = التدريس
skills-field-technical = التقنية والصناعة
skills-field-building = البناء والإنشاءات
skills-field-transport = النقل والمستودعات
skills-field-farming = الزراعة وصيد الأسماك
skills-field-food = الأغذية والفنادق والمطاعم
skills-field-office = الأعمال المكتبية والمالية
skills-field-it = تقنية المعلومات (IT)
skills-field-service = التنظيف والخدمات
skills-field-care = الرعاية ورياض الأطفال
skills-field-other = مجال آخر
skills-exp-lt1 = أقل من سنة
skills-exp-1-3 = 1–3 سنوات
skills-exp-3-10 = 3–10 سنوات
skills-exp-gt10 = أكثر من 10 سنوات
skills-licence-none = لا
skills-licence-car = نعم، لسيارة (الفئة B)
skills-licence-heavy = نعم، لشاحنة أو حافلة
skills-wish-same = عمل في مجال خبرتي
skills-wish-any = عمل، أيًّا كان
skills-wish-edu = تعليم أو دورة تدريبية
skills-wish-recog = معادلة شهادتي
skills-wish-business = تأسيس مشروعي الخاص
delete-done-skills = ما أخبرتنا به تحت «ما أستطيع فعله»
checklist-due = ⏰ بحلول نهاية { $month }
checklist-overdue = ⚠️ كان موعدها النهائي نهاية { $month } – يُرجى القيام بها في أقرب وقت ممكن
staff-cases = 💬 الطلبات المفتوحة
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
