# velkommen — العربية (Arabic, Modern Standard Arabic).
# المفاتيح نفسها كما في اللغة المرجعية (nb). جمل قصيرة وواضحة ودافئة:
# كثير من القرّاء وصلوا حديثًا ويقرؤون على هاتف بسيط.

language-name = العربية

## عام

error-generic = عذرًا، حدث خطأ من جهتنا. حاول مرة أخرى بعد قليل، فكل ما حفظته ما زال موجودًا.
stale-button = هذا الزر لم يعد صالحًا. إليك ما يمكنك فعله الآن:
state-recovered = عذرًا، لم أعد أعرف أين توقفنا في المحادثة. إجاباتك محفوظة، فلنكمل من هنا.
use-the-buttons = اضغط على أحد الأزرار تحت الرسالة لنكمل.
unsupported-message = لا أستطيع أن أقرأ إلا النصوص والضغط على الأزرار، ولا أقرأ الصور أو الصوت أو الملصقات أو المواقع.
edited-message = لا أقرأ الرسائل المعدَّلة. أرسل رسالة جديدة بدلًا منها من فضلك.
group-chat = أتحدث في المحادثات الخاصة فقط، لحماية خصوصيتك. اضغط على اسمي واكتب لي مباشرة.
unknown-command = لا أعرف هذا الأمر. اكتب /help لترى كل ما أستطيع فعله.
finish-first = لننهِ هذا أولًا:
needs-profile = رسالة الترحيب وإجاباتك تحتاج إلى ملف شخصي. اضغط «إنشاء ملف شخصي» للبدء.
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
    🔒 الخصوصية باختصار

    إذا وافقت، نحفظ:
    • بلديتك ولغتك
    • سبب مجيئك: لاجئًا، أو للعمل، أو للالتحاق بعائلتك، أو لسبب آخر
    • هل أنت من مواطني دول الشمال الأوروبي، أو من مواطني الاتحاد الأوروبي والمنطقة الاقتصادية الأوروبية (EU/EØS)، أو من بلد آخر (لا نسأل اللاجئين عن هذا)
    • الشهر الذي وصلت فيه، ومع من تسكن
    • هل ترغب في مرافق (fadder)
    • رقم محادثتك، حتى نستطيع الرد عليك
    لا نسألك أبدًا عن اسمك أو صحتك أو دينك أو وثائقك.

    لماذا: حتى تناسبك النصائح ورسالة الترحيب.
    من يرى ذلك: فقط الأشخاص الذين يستقبلون السكان الجدد في بلديتك. وتمرّ الرسائل عبر Telegram.

    الأمر /mydata يعرض كل ما لدينا عنك. والأمر /delete يحذف كل شيء، في أي وقت.
    إذا لم توافق، فلن نحفظ إلا لغتك والمكان الذي وصلت إليه في المحادثة.
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
    كثير ممن انتقلوا إلى هنا يقولون إن التعرّف على شخص نرويجي واحد كان له أثر كبير.

    المرافق (fadder) متطوع هنا في البلدية، وأحيانًا يكون هو نفسه قد انتقل إلى هنا قبل بضع سنوات. يستطيع المرافق أن يشرب معك فنجان قهوة، ويعرّفك على المكان، ويجيب عن أسئلتك الصغيرة في الحياة اليومية.

    إذا أجبت بنعم، نضعك في قائمة الانتظار. تبحث البلدية عن مرافق يناسبك، وتسألك قبل أن يعرف المرافق من أنت.

    هل تريد مرافقًا؟
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
    يمكنك أن تكتب لي هذه الأوامر:
    /menu – القائمة الرئيسية
    /letter – رسالة الترحيب الخاصة بك
    /info – جهات الاتصال وأماكن اللقاء
    /guide – الدليل: الهوية، الضرائب، البنك، NAV، الطبيب، المدرسة، النرويجية، العمل
    /housing – استئجار مسكن وشراؤه
    /checklist – قائمة مهامك
    /events – الفعاليات في البلدية
    /ask – اسأل موظفًا في البلدية
    /skills – ما تستطيع فعله، إذا أردت أن تخبرنا به
    /settings – عرض إجاباتك وتغييرها
    /language – تغيير اللغة
    /privacy – ما الذي نحفظه، ولماذا
    /mydata – كل ما حفظناه عنك
    /delete – حذف كل ما يخصك
    /start – البدء من جديد
    ويمكنك أيضًا أن تكتب سؤالًا بكلماتك، مثل «البطاقة الضريبية» أو «طبيب»، وسأجد لك المواضيع المناسبة. ويمكنك كذلك الضغط على الأزرار تحت الرسائل.

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

letter-greeting-refugee = أهلًا بك في بلدية { $municipality }! لن تشقّ طريقك وحدك: خدمة اللاجئين ستكون معك في السنوات الأولى.
letter-greeting-labour = أهلًا بك في بلدية { $municipality }! كثير ممن يأتون للعمل يدبّرون أمورهم بأنفسهم، لذلك جمعنا لك هنا أهم ما تحتاج إليه.
letter-greeting-family = أهلًا بك في بلدية { $municipality }! إليك أهم ما تحتاج إليه أنت وعائلتك.
letter-greeting-other = أهلًا بك في بلدية { $municipality }! إليك أهم ما تحتاج إليه لتبدأ بداية جيدة.
letter-population = في بلدية { $municipality } نحن اليوم { $count }، وبالأمس كنّا { $yesterday }. وجودك يهمّنا.
letter-mentor-wish = أنت في قائمة الانتظار للحصول على مرافق (fadder). اضغط على الزر أدناه لتخبرنا بما تريد المساعدة فيه.
letter-steps-title = خطواتك الثلاث الأولى:
letter-step = { $number }. { $text }
step-refugee-service = قابِل خدمة اللاجئين. ستحصل على شخص مسؤول عن متابعتك، وعلى خطة للبرنامج التعريفي.
step-norwegian-refugee = ابدأ بتعلّم اللغة النرويجية. بصفتك لاجئًا، لك الحق في دروس مجانية في النرويجية والمعرفة بالمجتمع، وعليك أن تحضرها.
step-doctor = احصل على طبيب عائلة (fastlege) عبر helsenorge.no. عيادة الطوارئ (legevakt): 116 117. الطوارئ: الإسعاف 113، الشرطة 112، الإطفاء 110.
step-id-check = احجز موعدًا لفحص الهوية لدى مصلحة الضرائب (Skatteetaten). هناك تحصل على رقم D (D-nummer) أو الرقم الشخصي (fødselsnummer).
step-tax-card = اطلب البطاقة الضريبية (skattekort) قبل أن تبدأ العمل. في نظام ضريبة المصدر (kildeskatt) تُخصم نسبة مئوية ثابتة من راتبك.
step-bank = افتح حسابًا في البنك واحصل على BankID. يحتاج البنك إلى رقم D (D-nummer) أو الرقم الشخصي (fødselsnummer).
step-norwegian-rights = اعرف هل لك الحق في دروس مجانية في اللغة النرويجية. هذا يتوقف على سبب مجيئك.
step-service-centre = تواصل مع مركز الخدمات في البلدية. هناك يساعدونك في إيجاد المكتب المناسب.
letter-children = 👨‍👩‍👧 للأطفال الحق في مكان في الروضة (barnehage) من عمر سنة واحدة، وفي مكان في المدرسة من السنة التي يبلغون فيها ست سنوات. آخر موعد لطلب الروضة غالبًا 1 آذار/مارس.
letter-footer = اضغط على أي خطوة لتقرأ المزيد. جهات الاتصال وأماكن اللقاء تحت الأزرار، وتجد هذه الرسالة مرة أخرى عبر /letter.
source-line = 🔗 { $link } (تم التحقق في { $date })
unconfirmed = مثال – لم تؤكده البلدية بعد.
contacts-title = 📇 جهات الاتصال في بلدية { $municipality }
meeting-places-title = ☕ أماكن اللقاء في بلدية { $municipality }

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
announce-repeat = 🔁 بشكل متكرر
announce-at-prompt = اكتب التاريخ والوقت بالتوقيت النرويجي، مثل «{ $example }». ويمكنك أيضًا أن تكتبهما بالنرويجية أو الإنجليزية، مثل «i morgen kl. 18» (غدًا الساعة 18) أو «tirsdag 18:30» (الثلاثاء 18:30).
announce-repeat-prompt = متى يُرسَل الإعلان أول مرة؟ اكتب مثلًا «{ $example }» أو «tirsdag kl. 18» (الثلاثاء الساعة 18)، ثم تختار طريقة التكرار. ويمكنك أيضًا أن تكتب القاعدة كاملة: «hver tirsdag kl. 18» (كل يوم ثلاثاء الساعة 18).
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
announce-preview-repeat = يتكرر { $rule }. المرات القادمة: { $upcoming }.
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
announce-report-line = { $title } – { $municipality }: أُرسلت: { $sent }، في الانتظار: { $waiting }، حُظرت: { $blocked }، فشلت: { $failed }. { $when }
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
event-cancel-confirm = هل تريد إلغاء الفعالية #{ $id }؟ سيُبلَّغ كل من طلب تذكيرًا بها.
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
event-start-prompt = متى تبدأ الفعالية (أول مرة)؟ اكتب التاريخ والوقت، مثل «{ $example }». ويمكنك أيضًا أن تكتبهما بالنرويجية أو الإنجليزية، مثل «i morgen kl. 18» (غدًا الساعة 18) أو «tirsdag 18:30» (الثلاثاء 18:30). وإذا كانت تتكرر بانتظام، فيمكنك أن تكتب القاعدة كاملة: «hver tirsdag kl. 18» (كل يوم ثلاثاء الساعة 18).
event-recurrence-prompt = هل تُقام أكثر من مرة؟
event-once = مرة واحدة فقط
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
    اكتب سؤالك في رسالة واحدة، بأي لغة تريد (الحد الأقصى لعدد الأحرف: { $max }).
    يصل السؤال إلى موظفي بلدية { $municipality }. يرون رقم الطلب ولغتك والفئة التي تنتمي إليها، ولا يرون اسمك. وستصلك الإجابة هنا.
ask-sent = ✅ أُرسل سؤالك إلى بلدية { $municipality }. رقم طلبك هو { $case }. ستصلك الإجابة هنا في المحادثة.
case-notification = ❓ طلب جديد { $case } · { $who }
case-notification-more = ❓ رسالة أخرى في الطلب { $case } · { $who }
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
cases-line =
    { $case } · { $who } · ينتظر منذ { $hours } س · { $messages ->
        [zero] لا رسائل
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $messages } رسائل
        [many] { $messages } رسالةً
       *[other] { $messages } رسالة
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
command-housing = استئجار مسكن وشراؤه، وديعة الإيجار، دعم السكن
command-checklist = قائمة مهامك: ما أنجزته وما بقي
guide-title = 📘 الدليل: اختر موضوعًا.
housing-title = 🏠 السكن: اختر موضوعًا.
guide-steps = كيف تقوم بذلك:
guide-bring = 🎒 أحضر معك:
guide-where = 📍 في بلدية { $municipality }:
guide-unconfirmed = ليست كل المعلومات هنا مؤكدة من مصدر رسمي حتى الآن. اسأل البلدية قبل أن تعتمد عليها.
guide-previous = ▶ السابق
guide-next = التالي ◀
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
    🧰 قليل من القادمين الجدد يعملون في المجال الذي تعلّموه، ولا يسأل أحد عمّا تحمله العائلات معها من معارف وخبرات. هنا يمكنك أن تخبرنا بما لديك من تعليم وخبرة، وباللغات التي تتحدثها، وبما تتمنّاه.
    كل شيء اختياري. لا نحفظ هذه المعلومات إلا إذا وافقت، وتراها في /mydata، ويمكنك تغييرها أو حذفها في أي وقت. لا يرى منسّقو البلدية هذه المعلومات إلا على شكل أرقام مع إجابات أشخاص آخرين (ولا تظهر الأرقام أبدًا إذا كان عدد الأشخاص أقل من 5). ولا يرون ما أجبت به أنت إلا إذا وافقت على ذلك.
    هل تريد أن تملأها؟
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
skills-shared = 👀 وافقت على أن يرى منسّقو البلدية ما أجبت به هنا، من دون اسمك، ليعرفوا ما يوجد من معارف وخبرات عندما يخطّطون للوظائف والدورات والاعتراف بالشهادات.
skills-not-shared = 🔒 لا ترى البلدية هذه المعلومات إلا على شكل أرقام مع إجابات أشخاص آخرين، ولا تظهر الأرقام أبدًا إذا كان عدد الأشخاص أقل من 5.
skills-share-start = 👀 أسمح للبلدية برؤية هذا
skills-share-stop = 🔒 لا أسمح للبلدية برؤية هذا
skills-share-on = تم الحفظ: يستطيع منسّقو البلدية الآن أن يروا ما أجبت به هنا، من دون اسمك.
skills-share-off = تم الحفظ: لا ترى البلدية هذه المعلومات الآن إلا على شكل أرقام مع إجابات أشخاص آخرين.
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
    إذا استخدمت هذه الخدمات، نحفظ أيضًا:
    • «اسأل موظفًا»: أسئلتك والإجابات عنها. يرى الموظفون رقم الطلب ولغتك وفئتك، ولا يرون اسمك أبدًا.
    • قائمة المهام: الخطوات التي وضعت عليها علامة.
    • «ما أستطيع فعله»: فقط إذا وافقت هناك أيضًا. وتراه البلدية على شكل أرقام مع إجابات أشخاص آخرين، ولا ترى ما أجبت به أنت إلا إذا وافقت على ذلك.
    كل شيء موجود في /mydata، ويُحذف بالأمر /delete.
citizenship-prompt = ما جنسيتك؟ على أساسها نعرف القواعد التي تنطبق عليك، مثلًا هل عليك أن تسجّل نفسك لدى الشرطة، أو تحتاج إلى تصريح إقامة.
citizenship-nordic = دول الشمال (الدنمارك، فنلندا، آيسلندا، السويد)
citizenship-eea = بلد آخر في الاتحاد الأوروبي (EU/EØS) أو سويسرا
citizenship-other = بلد خارج الاتحاد الأوروبي (EU/EØS)
field-citizenship = الجنسية
household-relatives = مع والديّ أو أقارب آخرين
step-eea-registration = سجّل نفسك لدى الشرطة خلال ثلاثة أشهر من وصولك. التسجيل مجاني، وتقوم به مرة واحدة فقط.
step-nordic-move = بلّغ سجل السكان (Folkeregisteret) لدى مصلحة الضرائب (Skatteetaten) بانتقالك. مواطنو دول الشمال الأوروبي لا يسجّلون لدى الشرطة.
step-work-permit = يجب أن يكون لديك تصريح إقامة للعمل قبل أن تبدأ العمل. اطلب تجديده قبل انتهائه بوقت كافٍ.
step-family-permit = انظر متى ينتهي تصريح إقامتك للمّ الشمل العائلي، واطلب تجديده في وقت مبكر.
step-residence-permit = انظر متى ينتهي تصريح إقامتك، واطلب تجديده في وقت مبكر.
meeting-places-none = لم تُضِف البلدية أي أماكن لقاء حتى الآن.
button-contacts = 📇 جهات الاتصال
button-places = ☕ أماكن اللقاء
typed-yes = نعم, أيوه, ايوا, اي, أكيد, تمام, na3am, aywa
typed-no = لا, كلا, لا شكرا, ليس الآن, مش هلق, la, laa
staff-use-buttons = استخدم الأزرار أدناه، أو أحد الأوامر. الأمر /help يعرض أوامر الموظفين.
needs-profile-ask = لكي تسأل موظفًا نحتاج إلى ملف شخصي: بلديتك، وإذنك بأن نحفظ سؤالك ونرسل إليك الإجابة. اضغط «إنشاء ملف شخصي» للبدء.
needs-profile-checklist = قائمة المهام تُبنى على إجاباتك، لذلك تحتاج إلى ملف شخصي. أما مواضيع الدليل فيمكنك أن تقرأها كلها دون ملف شخصي.
needs-profile-skills = لكي نحفظ ما تخبرنا به عن تعليمك وعملك، نحتاج إلى ملف شخصي. اضغط «إنشاء ملف شخصي» للبدء.
events-pick = فعاليات أي بلدية تريد أن ترى؟
events-profile-hint = هل تريد رسالة تذكير؟ أنشئ ملفًا شخصيًا، وعندها يمكنك الضغط على 🔔.
question-ask-person = 💬 اسأل موظفًا عن هذا
ask-prompt-nobody =
    لا أحد في بلدية { $municipality } يستقبل الأسئلة هنا حتى الآن. ومع ذلك يمكنك أن تكتب سؤالك (الحد الأقصى لعدد الأحرف: { $max }): سنحفظه، ويصل إلى أول موظف ينضم إلى الخدمة. وستصلك الإجابة هنا.
    إذا كان الأمر عاجلًا، فتواصل مع البلدية مباشرة: { $website }
ask-kept = 📥 حفظنا سؤالك في الطلب { $case }. لا أحد في بلدية { $municipality } يستقبل الأسئلة هنا حتى الآن. سيصل السؤال إلى الموظفين حالما ينضم أحدهم، وستصلك الإجابة هنا.
ask-carried = سؤالك: «{ $question }»
ask-send-carried = ✅ أرسِل هذا السؤال
case-notification-waited = ❓ الطلب { $case } · { $who } – أُرسل قبل أن يستقبل أحد الأسئلة هنا
case-arrived-notice = 📨 وصل سؤالك (الطلب { $case }) الآن إلى موظفي بلدية { $municipality }. وستصلك الإجابة هنا.
case-closed-notice = ✔ أغلقت بلدية { $municipality } طلبك { $case }. إذا احتجت إلى مساعدة أخرى، فاضغط «اسأل موظفًا» في /menu.
cases-thread-question = ❓ { $time }: { $text }
cases-thread-answer = 💬 { $time }: { $text }
cases-thread-earlier =
    { $count ->
        [zero] … لا رسائل سابقة
        [one] … رسالة سابقة واحدة
        [two] … رسالتان سابقتان
        [few] … { $count } رسائل سابقة
        [many] … { $count } رسالةً سابقة
       *[other] … { $count } رسالة سابقة
    }
case-answer-prompt = اكتب الإجابة في الطلب { $case } في رسالة واحدة (الحد الأقصى لعدد الأحرف: { $max }). ستُرسَل كما تكتبها إلى الشخص الذي سأل.
case-close-confirm = هل تريد إغلاق الطلب { $case }؟ سيُبلَّغ الشخص الذي سأل بأن الطلب أُغلق.
case-close-yes = ✔ نعم، أغلِق { $case }
case-reply-group-usage = اكتب الإجابة في الرسالة نفسها: /reply { $case } ثم الإجابة (ويمكنك أن تكتبها في السطر التالي). أو ردّ مباشرة على رسالة الطلب.
staff-waiting-cases =
    { $count ->
        [zero] لم تكن هناك أسئلة تنتظر.
        [one] سؤال واحد كان ينتظر من يستقبله، وهو يصل الآن.
        [two] سؤالان كانا ينتظران من يستقبلهما، وهما يصلان الآن.
        [few] { $count } أسئلة كانت تنتظر من يستقبلها، وهي تصل الآن.
        [many] { $count } سؤالًا كانت تنتظر من يستقبلها، وهي تصل الآن.
       *[other] { $count } سؤال كانت تنتظر من يستقبلها، وهي تصل الآن.
    }
staff-category-refugee = لاجئ
staff-category-labour = عامل مهاجر
staff-category-family = قادم بلمّ الشمل
staff-category-other = سبب آخر
staff-citizenship-nordic = من دول الشمال
staff-citizenship-eea = من EU/EØS
staff-citizenship-other = من خارج EU/EØS
staff-home-button = 👩‍💼 صفحة الموظفين
staff-help =
    أوامر الموظفين:
    /staff – صفحة الموظفين: الإعلانات والفعاليات والطلبات والتقارير
    /announce – إعلان جديد
    /events – الفعاليات
    /cases – الطلبات المفتوحة، مع المحادثة كاملة
    /reply S-7KQ4 الإجابة – الرد في طلب (أو /reply S-7KQ4، ثم الإجابة في الرسالة التالية)
    /close S-7KQ4 – إغلاق طلب
    يمكنك أيضًا أن تردّ مباشرة على رسالة الطلب.
staff-group-help =
    أوامر هذه المجموعة:
    /cases – الطلبات المفتوحة، مع المحادثة كاملة
    /reply S-7KQ4 الإجابة – الرد في طلب (الإجابة في الرسالة نفسها، ويمكن أن تكون في السطر التالي)
    /close S-7KQ4 – إغلاق طلب
    يمكنك أيضًا أن تردّ مباشرة على رسالة الطلب.
repeat-advanced = ⚙️ متقدّم: تعبير crontab
repeat-prompt = اكتب قاعدة التكرار بالنرويجية أو الإنجليزية، مثل «hver tirsdag kl. 18» (كل يوم ثلاثاء الساعة 18) أو «annenhver torsdag kl. 17:30» (كل أسبوعين يوم الخميس الساعة 17:30) أو «første mandag i måneden kl. 10» (أول يوم اثنين من كل شهر الساعة 10). وللمتقدّمين: تعبير crontab من خمسة حقول بالتوقيت النرويجي، مثل 0 18 * * 2.
repeat-weekly = { $day ->
        [mon] كل يوم اثنين
        [tue] كل يوم ثلاثاء
        [wed] كل يوم أربعاء
        [thu] كل يوم خميس
        [fri] كل يوم جمعة
        [sat] كل يوم سبت
       *[sun] كل يوم أحد
    } الساعة { $time }
repeat-every-other-week = { $day ->
        [mon] كل أسبوعين يوم الاثنين
        [tue] كل أسبوعين يوم الثلاثاء
        [wed] كل أسبوعين يوم الأربعاء
        [thu] كل أسبوعين يوم الخميس
        [fri] كل أسبوعين يوم الجمعة
        [sat] كل أسبوعين يوم السبت
       *[sun] كل أسبوعين يوم الأحد
    } الساعة { $time }
repeat-monthly = { $nth ->
        [1] في أول
        [2] في ثاني
        [3] في ثالث
        [4] في رابع
       *[last] في آخر
    } يوم { $day ->
        [mon] اثنين
        [tue] ثلاثاء
        [wed] أربعاء
        [thu] خميس
        [fri] جمعة
        [sat] سبت
       *[sun] أحد
    } من كل شهر الساعة { $time }
repeat-crontab = وفق تعبير crontab «{ $expression }»
repeat-kind-prompt = المرة الأولى: { $when }. كيف تريد أن يكون التكرار؟
event-titles-prompt = الاسم بالبوكمول (Bokmål) هو «{ $title }». هل تريد أن تكتبه بلغات أخرى أيضًا؟ من لا يوجد الاسم بلغته يرى الاسم بالبوكمول.
event-title-in-prompt = اكتب الاسم باللغة { $language } (الحد الأقصى لعدد الأحرف: { $max }). الاسم بالبوكمول: «{ $title }».
event-change-titles = 🌐 الاسم بلغات أخرى
event-cancel-repeating = الفعالية #{ $id } «{ $title }» تتكرر. هل تريد إلغاء موعد واحد أم السلسلة كلها؟ سيُبلَّغ كل من طلب تذكيرًا بما تلغيه.
event-cancel-date = ✖ { $when } فقط
event-cancel-series = ✖ السلسلة كلها
event-date-cancelled = أُلغي موعد «{ $title }» يوم { $when }. { $count ->
        [0] لم يطلب أحد تذكيرًا.
        [zero] لم يطلب أحد تذكيرًا.
        [one] سيُبلَّغ شخص واحد طلب تذكيرًا.
        [two] سيُبلَّغ شخصان طلبا تذكيرًا.
        [few] سيُبلَّغ { $count } أشخاص طلبوا تذكيرًا.
        [many] سيُبلَّغ { $count } شخصًا طلبوا تذكيرًا.
       *[other] سيُبلَّغ { $count } شخص طلبوا تذكيرًا.
    } المواعيد الأخرى باقية كما هي.
event-date-cancelled-notice = ❌ إلغاء موعد: { $title } يوم { $when } ({ $place }). المواعيد الأخرى باقية كما كانت.
when-not-a-time = لم أستطع أن أفهم هذا على أنه تاريخ ووقت. اكتب مثلًا «{ $example }»، أو بالنرويجية أو الإنجليزية: «i morgen kl. 18» (غدًا الساعة 18) أو «tirsdag 18:30» (الثلاثاء 18:30).
when-no-time = لم تذكر الساعة. اكتب مثلًا «{ $example }» أو «tirsdag kl. 18» (الثلاثاء الساعة 18).
when-in-the-past = هذا الوقت قد مضى. اكتب وقتًا في المستقبل، مثل «{ $example }».
when-too-far = هذا الوقت يقع بعد أكثر من سنتين من الآن. اكتب وقتًا أقرب، مثل «{ $example }».
when-not-a-repeat = لم أستطع أن أفهم هذا على أنه قاعدة تكرار. اكتبها بالنرويجية أو الإنجليزية، مثل «hver tirsdag kl. 18» (كل يوم ثلاثاء الساعة 18) أو «annenhver torsdag kl. 17:30» (كل أسبوعين يوم الخميس الساعة 17:30) أو «første mandag i måneden kl. 10» (أول يوم اثنين من كل شهر الساعة 10).
when-not-a-crontab = هذا ليس تعبير crontab صالحًا. يجب أن يتكوّن من خمسة حقول، مثل 0 18 * * 2 (كل يوم ثلاثاء الساعة 18:00).
when-never-fires = هذا التعبير لا يطابق أي موعد أبدًا. جرّب مثلًا 0 18 * * 2 (كل يوم ثلاثاء الساعة 18:00).
announce-preview-quiet = 🌙 هذا الوقت ضمن ساعات الهدوء: تُرسَل الرسائل العادية في { $when }.
announce-preview-now-quiet = 🌙 نحن الآن في ساعات الهدوء. ستُرسَل الرسائل في { $when }.
announce-quiet = 🌙 ساعات الهدوء: تُرسَل الرسائل العادية في { $when }.
announce-stop-confirm = هل تريد إيقاف الإعلان { $title }؟ لن يُرسَل مرة أخرى، وستُسحب الرسائل التي لم تُرسَل حتى الآن.
announce-stop-yes = ✖ نعم، أوقِفه
announce-report-waiting = في قائمة الانتظار – الرسائل الباقية تنتظر الإرسال (مثلًا حتى تنتهي ساعات الهدوء).
staff-group-refugee = لاجئون
staff-group-labour = عمّال مهاجرون
staff-group-family = قادمون بلمّ الشمل
staff-group-other = قادمون لأسباب أخرى

## قوالب الإعلانات

announce-from-template = 📋 من قالب (بكل اللغات)
announce-template-pick = اختر قالبًا. القالب مكتوب باللغات العشر كلها، فيتلقاه كل قادم جديد بلغته. ⚠️ تعني أنه عاجل ويُرسَل ليلًا أيضًا.
announce-template-when = متى؟ اكتب التاريخ والوقت، مثل «08.12.2026 18:00»، أو بالنرويجية مثل «tirsdag kl. 18» (الثلاثاء الساعة 18).
announce-template-date = ما التاريخ؟ مثل «01.03.2027» أو «1. mars» (1 آذار/مارس).
announce-template-time = في أي ساعة؟ مثل «18» أو «18:30».
announce-template-place = أين؟ اكتب اسم المكان كما يعرفه الناس (الحد الأقصى لعدد الأحرف: { $max }).
announce-template-contact = بمن يمكن للناس أن يتصلوا؟ اكتب اسمًا أو رقم هاتف أو بريدًا إلكترونيًا (الحد الأقصى لعدد الأحرف: { $max }).
announce-template-done =
    { $count ->
        [zero] ✅ لم يُجهَّز النص بأي لغة:
        [one] ✅ النص جاهز بلغة واحدة:
        [two] ✅ النص جاهز بلغتين. هكذا سيراه كل قارئ:
        [few] ✅ النص جاهز بـ{ $count } لغات. هكذا سيراه كل قارئ:
        [many] ✅ النص جاهز بـ{ $count } لغةً. هكذا سيراه كل قارئ:
       *[other] ✅ النص جاهز بـ{ $count } لغة. هكذا سيراه كل قارئ:
    }
announce-template-bad-date = لم أفهم التاريخ. اكتبه مثلًا هكذا: «08.12.2026 18:00»، أو بالنرويجية: «i morgen kl. 18» (غدًا الساعة 18) أو «tirsdag kl. 18» (الثلاثاء الساعة 18) – ولا تكتب تاريخًا قد مضى.
announce-template-bad-time = لم أفهم الوقت. اكتب مثلًا «18» أو «18:30».

## الترجمة الآلية

case-machine-translation = 🤖 ترجمة آلية إلى البوكمول ({ $provider }):
case-machine-translated-answer = 🤖 النص أعلاه ترجمة آلية من النرويجية ({ $provider }). وهذا ما كتبته البلدية بالنرويجية:
privacy-translation = 🤖 الترجمة الآلية: يترجم { $provider } الأسئلة التي تكتبها إلى البلدية والإجابات عنها. لا يُرسَل إلى هناك إلا النص، ولا يُرسَل اسمك أو رقم محادثتك أبدًا. وسترى دائمًا النص الأصلي أيضًا.
machine-translated = 🤖 ترجمة آلية من النرويجية بواسطة { $provider }. قد تكون فيها أخطاء.
machine-original-button = 🇳🇴 عرض النص النرويجي الأصلي
machine-original = 🇳🇴 النص الأصلي بالنرويجية، من بلدية { $municipality }:
announce-machine-done = 🤖 ترجم { $provider } النص إلى { $count ->
        [zero] { $count } لغة
        [one] لغة واحدة
        [two] لغتين
        [few] { $count } لغات
        [many] { $count } لغةً
       *[other] { $count } لغة
    } لمن سيصلهم الإعلان. اضغط على لغة لتقرأ ترجمتها، ثم احتفظ بها أو اكتب ترجمتك بنفسك أو احذفها.
announce-machine-failed = تعذّرت الترجمة الآلية إلى هذه اللغات: { $languages }. سيتلقى قرّاؤها النص بالإنجليزية أو بالبوكمول، إلا إذا كتبت الترجمة بنفسك.
announce-translations-machine-prompt = الترجمات: ✍️ كتبتها أنت · 🤖 ترجمة آلية، غير مُراجَعة · 🤖✅ مُراجَعة · 🚫 محذوفة. اضغط على لغة لتقرأها أو تكتبها أو تحذفها. من لا توجد ترجمة بلغته يتلقى النص بالإنجليزية إذا كان هناك نص بالإنجليزية، وإلا فبالبوكمول، ومن لغته النينوشك يتلقى البوكمول.
announce-machine-review = 🤖 ترجمة آلية إلى اللغة { $language } بواسطة { $provider }:
announce-machine-question = هل تريد الاحتفاظ بها، أو كتابة ترجمتك بنفسك، أو حذفها؟ إذا حذفتها، فسيتلقى قرّاء اللغة { $language } النص باللغة { $fallback }.
announce-machine-accept = ✅ الاحتفاظ بهذه الترجمة
announce-machine-write = ✏️ سأكتبها بنفسي
announce-machine-drop = 🗑 حذف الترجمة
announce-preview-machine = { $language }: { $count } (🤖 ترجمة آلية، غير مُراجَعة)
announce-preview-machine-checked = { $language }: { $count } (🤖 ترجمة آلية، مُراجَعة)
announce-check-translations = 🌐 مراجعة الترجمات
insight-translation-usage = 🤖 الترجمة الآلية بواسطة { $provider } في شهر { $month } – عدد النصوص المرسلة: { $requests }، وعدد الأحرف المرسلة: { $characters }.
event-descriptions-machine-prompt = الأوصاف والأسماء حسب اللغة: ✍️ كتبتها أنت · 🤖 ترجمة آلية، غير مُراجَعة · 🤖✅ مُراجَعة · 🚫 محذوفة. اضغط على لغة لتقرأها أو تكتبها أو تحذفها. من لا يوجد وصف بلغته يتلقى الوصف بالإنجليزية إن وُجد، وإلا فبالبوكمول.
event-template-pick = أيّ قالب تريد؟ يُكتب الوصف بكل اللغات مع تاريخ الفعالية ووقتها ومكانها. لا يمكن استخدام القوالب إلا للفعاليات التي تُقام مرة واحدة.
event-template-done = { $count ->
        [zero] ✅ لم يُكتب الاسم والوصف من القالب بأي لغة.
        [one] ✅ كُتب الاسم والوصف من القالب بلغة واحدة.
        [two] ✅ كُتب الاسم والوصف من القالب بلغتين.
        [few] ✅ كُتب الاسم والوصف من القالب بـ{ $count } لغات.
        [many] ✅ كُتب الاسم والوصف من القالب بـ{ $count } لغةً.
       *[other] ✅ كُتب الاسم والوصف من القالب بـ{ $count } لغة.
    } ولا يزال بإمكانك أن تعيد كتابة النص بكل لغة أدناه.
announce-text-prompt-machine = اكتب الإعلان باللغة { $language } وأرسله في رسالة واحدة (الحد الأقصى لعدد الأحرف: { $max }). ثم يترجمه { $provider } إلى لغات من سيصلهم الإعلان، وتراجع أنت كل ترجمة قبل إرسالها.
staff-audit = 🧾 سجل الإجراءات
audit-pick = لأي بلدية تريد أن ترى سجل الإجراءات؟
audit-title = 🧾 سجل الإجراءات – { $municipality }: آخر إجراءات الموظفين، الأحدث أولًا (يظهر كل موظف برقم محادثته).
audit-empty = لا يوجد شيء حتى الآن.
audit-footer = لا يمكن تغيير هذا السجل. للاطلاع على السجل كاملًا، شغّل velkommen audit --municipality { $slug } على الخادم.
audit-invite-redeemed = انضمام إلى الموظفين:
audit-announcement-created = إنشاء الإعلان
audit-announcement-stopped = إيقاف الإعلان
audit-event-created = إنشاء الفعالية
audit-event-changed = تعديل الفعالية
audit-event-cancelled = إلغاء الفعالية
audit-case-answered = الرد على الطلب
audit-case-closed = إغلاق الطلب
audit-insight-read = الاطلاع على المؤشرات للفترة
audit-competence-read = الاطلاع على الكفاءات، عدد الأشخاص:
audit-mentor-approved = الموافقة على المرافق
audit-mentor-paused = إيقاف مؤقت للمرافق
audit-mentor-ended = إنهاء تسجيل المرافق
audit-story-published = نشر قصة القادم الجديد لهذا الشهر
audit-staff-revoked = سحب صلاحية الموظف:
staff-erase = 🗑 طلب حذف البيانات
erase-prompt = طلب شخصٌ من البلدية – بالهاتف أو بالبريد أو عند مكتب الاستقبال – أن تحذف كل ما تحفظه هذه الخدمة عنه. اكتب رقم طلبه ثم سبب الحذف، مثلًا: S-7KQ4 طلب ذلك بالهاتف يوم 2 ديسمبر (الحد الأقصى لعدد أحرف السبب: { $max }).
erase-usage = اكتب رقم الطلب أولًا، ثم السبب، مثلًا: S-7KQ4 طلب ذلك في مركز الخدمات.
erase-confirm = هل تريد حذف كل ما يخص صاحب الطلب { $case }: إجاباته وأسئلته وقائمة مهامه وكفاءاته وتسجيله في برنامج المرافقين والرسائل التي تنتظر الإرسال؟ إن كانت له مرافقة قائمة، فستنتهي (ويُبلَّغ الطرف الآخر). لا يمكن التراجع عن الحذف. السبب الذي سيُكتب في سجل الإجراءات: { $reason }
erase-yes = 🗑 نعم، احذف كل شيء
erase-cancelled = لم يُحذف أي شيء.
erase-done = حُذف كل ما يخص صاحب الطلب { $case }، وأُبلغ بذلك. وقد دُوّن الحذف في سجل الإجراءات.
erase-notice = حذفت البلدية كل ما كان محفوظًا عنك هنا، كما طلبت. يمكنك أن تبدأ من جديد في أي وقت بكتابة /start.
audit-erasure = حذف بيانات شخص بناءً على طلبه:
mydata-file-button = 📄 على شكل ملف
mydata-file-caption = 📄 كل ما حفظناه عنك، في ملف واحد (JSON) يمكنك الاحتفاظ به أو إعطاؤه لخدمة أخرى.
retention-warning = لم تكتب إلينا منذ ما يقارب سنتين. بتاريخ { $date } سنحذف كل ما حفظناه عنك، كما وعدناك عندما وافقت. إذا أردت أن نحتفظ به، فيكفي أن تكتب هنا أي شيء قبل هذا التاريخ.

## النسخ الورقية: رسالة الترحيب بصيغة PDF، والملصقات

letter-pdf-button = 📄 بصيغة PDF
letter-pdf-caption = 📄 رسالة الترحيب الخاصة بك بصيغة PDF: لتطبعها، أو لتعرضها في أحد المكاتب.
print-letter-qr = امسح هذا الرمز بكاميرا هاتفك: ستُفتح لك خدمة الترحيب التابعة لبلدية { $municipality } في Telegram بلغتك.
print-failed = عذرًا، لم نتمكن من إنشاء ملف PDF الآن. حاول مرة أخرى بعد قليل.
poster-welcome = أهلًا وسهلًا بكم في بلدية { $municipality }!
poster-what = امسح الرمز بكاميرا هاتفك، واحصل على المساعدة بلغتك في Telegram: خطواتك الأولى، وجهات الاتصال، وأماكن اللقاء، وإجابات عن أسئلتك.
poster-mentor-title = كن مرافقًا في بلدية { $municipality }!
poster-mentor-body = تعرّف على شخص وصل إلى هنا حديثًا: فنجان قهوة، ونزهة قصيرة، وشيء من التدرّب على النرويجية. ساعات قليلة في الشهر تصنع فرقًا حقيقيًا. هل انتقلت أنت أيضًا إلى النرويج؟ إذن فلغتك وتجربتك هدية ثمينة لقادم جديد.
poster-mentor-scan = امسح الرمز بكاميرا هاتفك لتسجّل نفسك مرافقًا (fadder) عبر Telegram. يستغرق ذلك نحو ثلاث دقائق، ثم تتواصل البلدية معك.
staff-posters = 🖨 الملصقات
posters-pick = لأي بلدية تريد الملصقات؟
posters-newcomers-caption = 🖨 ملصق للقادمين الجدد في بلدية { $municipality }: عبارة «أهلًا وسهلًا» باللغات العشر كلها، ورمز QR يفتح velkommen لبلدية { $municipality }. اطبعه بحجم A4 لمركز الخدمات والمكتبة وأصحاب العمل.
posters-mentors-caption = 🖨 ملصق لاستقطاب مرافقين (fadder) في بلدية { $municipality }: رمز QR الموجود عليه يفتح التسجيل للمرافقين.
