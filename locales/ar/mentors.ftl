# نظام المرافقين (fadder): المتطوعون، والموافقة عليهم، وقائمة الانتظار، والربط بين المرافق والقادم الجديد.

## المتطوعون الذين يسجّلون أنفسهم (/fadder)

fadder-intro =
    🤝 كن مرافقًا (fadder)

    يتعرّف المرافق على شخص أو عائلة انتقلوا إلى هنا حديثًا. يلتقي بهم عادةً مرة كل أسبوعين، لمدة { $months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }. تكفي نزهة، أو فنجان قهوة، أو قليل من الحديث بالنرويجية، أو أن تُريهم أين يجدون ما يحتاجون إليه. لا تحتاج إلى أن تكون خبيرًا: الأهم أن تكون جارًا ودودًا.

    هل جئت أنت نفسك إلى النرويج قبل بضع سنوات؟ إذن نرحّب بك بشكل خاص: ربما تتحدث لغة القادم الجديد، وتعرف كيف تكون السنة الأولى.

    يستغرق التسجيل نحو ثلاث دقائق. بعد ذلك تدعوك البلدية إلى محادثة، وتطلب منك أن توقّع تعهّدًا بالحفاظ على السرية، وتقدّم لك تعريفًا قصيرًا بالمهمة.
fadder-join = ✍️ سجّلني
fadder-not-now-button = ليس الآن
fadder-not-now = حسنًا. يمكنك أن تسجّل في أي وقت عبر /fadder.
fadder-name-prompt = ما اسمك الأول؟ هذا هو الاسم الذي سيراه القادم الجديد. (الحد الأقصى لعدد الأحرف: { $max }، ولا حاجة إلى اسم العائلة.)
fadder-name-invalid = هذا لا يبدو اسمًا أول. اكتب اسمك الأول فقط (الحد الأقصى لعدد الأحرف: { $max }).
fadder-municipality-prompt = في أي بلدية تريد أن تكون مرافقًا؟
fadder-languages-prompt = ما اللغات التي تتحدثها؟ اضغط على اللغة لتختار مستواك فيها. النرويجية تُحسب أيضًا. اضغط «تم» عندما تنتهي.
fadder-languages-needed = اختر لغة واحدة على الأقل تتحدثها.
fadder-level-prompt = ما مستواك في { $language }؟
fadder-level-remove = لا أتحدثها
mentor-level-basic = قليلًا
mentor-level-good = جيدًا
mentor-level-native = لغة أم
fadder-background-prompt = هل جئت أنت نفسك إلى النرويج من بلد آخر؟ إذا كان الأمر كذلك، فاكتب من أين جئت (بلد أو مدينة، الحد الأقصى لعدد الأحرف: { $max }). أو اضغط على أحد الأزرار.
fadder-grew-up-here = نشأت في النرويج
fadder-moved-from = انتقلت إلى هنا من { $place }
fadder-place-invalid = اكتب اسم بلد أو مدينة (الحد الأقصى لعدد الأحرف: { $max })، أو اضغط على أحد الأزرار.
fadder-rather-not-say = أفضّل ألّا أقول
fadder-not-said = لم يُذكر
fadder-gender-prompt = هل أنت امرأة أم رجل؟ الإجابة اختيارية: كثير من النساء اللواتي يأتين إلى هنا يفضّلن أن ترافقهنّ امرأة.
mentor-gender-woman = امرأة
mentor-gender-man = رجل
fadder-age-prompt = كم عمرك؟ (الإجابة اختيارية.)
mentor-age-u30 = أقل من 30
mentor-age-30-44 = 30–44
mentor-age-45-59 = 45–59
mentor-age-60 = 60 أو أكثر
fadder-interests-prompt = ماذا تحب أن تفعل؟ اختر ما تشاء، ثم اضغط «تم».
mentor-interest-outdoor = 🥾 الطبيعة والرحلات
mentor-interest-sport = ⚽ الرياضة
mentor-interest-fishing = 🎣 صيد السمك
mentor-interest-cooking = 🍲 الطبخ
mentor-interest-crafts = 🧶 الأشغال اليدوية
mentor-interest-music = 🎵 الموسيقى
mentor-interest-faith = 🕊 الجماعات الدينية
mentor-interest-children = 🧒 أنشطة الأطفال
mentor-interest-culture = 🎭 الثقافة
fadder-children-prompt = هل لديك أطفال؟ العائلات التي لديها أطفال تحب غالبًا أن تلتقي بعائلة أخرى.
fadder-yes = نعم
fadder-no = لا
fadder-capacity-prompt = كم قادمًا جديدًا أو عائلةً تستطيع أن ترافق في الوقت نفسه؟ (من 1 إلى { $max })
fadder-capacity-invalid = تستطيع أن ترافق من 1 إلى { $max } من القادمين الجدد أو العائلات في الوقت نفسه. اختر أحد الأرقام.
fadder-capacity-below-engaged = عدد القادمين الجدد أو العائلات الذين ترافقهم الآن: { $count }. اختر هذا العدد أو أكثر، أو أنهِ مرافقتك لأحدهم أولًا.
fadder-helps-prompt = في ماذا تستطيع أن تساعد؟ اختر ما تشاء، ثم اضغط «تم».
mentor-help-norwegian = 🗣 الحديث بالنرويجية
mentor-help-social = ☕ التعرّف على الناس
mentor-help-job = 💼 البحث عن عمل
mentor-help-paperwork = 📄 الاستمارات والرسائل الرسمية
mentor-help-children = 🧒 أنشطة الأطفال
mentor-help-driving = 🚗 قيادة السيارة
fadder-done = ✅ تم
fadder-part-name = الاسم الأول
fadder-part-municipality = البلدية
fadder-part-languages = اللغات
fadder-part-background = الانتقال إلى النرويج
fadder-part-gender = امرأة أو رجل
fadder-part-age = العمر
fadder-part-interests = الاهتمامات
fadder-part-children = الأطفال
fadder-part-capacity = عدد من ترافقهم في وقت واحد
fadder-part-helps = مجالات المساعدة
fadder-part-missing = ما زالت بعض الأشياء ناقصة في تسجيلك:
fadder-consent-title = تسجيلك:
fadder-consent =
    هذا ما يحدث لتسجيلك:
    • تحفظ هذه الخدمة ما أجبت عنه أعلاه، حتى تتعرّف البلدية عليك، وتجد قادمًا جديدًا يناسبك.
    • يراه منسّقو المرافقين في البلدية. يتواصلون معك لإجراء محادثة، ويطلبون منك أن توقّع تعهّدًا بالحفاظ على السرية، ويقدّمون لك تعريفًا قصيرًا بالمهمة. إذا كنت ستلتقي بعائلات لديها أطفال، فسيطلبون أن يروا شهادة حسن السيرة والسلوك من الشرطة (politiattest) – ينظرون إليها فقط، ولا تُحفَظ.
    • لا يرى القادم الجديد اسمك الأول، واللغات التي تتحدثها، ولماذا نظن أنكما تناسبان بعضكما، إلا بعد أن توافق أنت. ولا نشارك طريقة التواصل بينكما إلا بعد أن يوافق كلاكما.
    • يمكنك أن ترى تسجيلك أو تغيّره أو توقفه مؤقتًا أو تحذفه في أي وقت عبر /fadder، والأمر /delete يحذف كل شيء.
    هل توافق على ذلك؟
fadder-consent-yes = ✅ أوافق – سجّلني
fadder-consent-no = إلغاء
fadder-consent-declined = حسنًا، لم نحفظ أي شيء. يمكنك أن تسجّل في أي وقت عبر /fadder.
fadder-signed-up = شكرًا على تسجيلك! 🤝 أبلغنا منسّق المرافقين في بلدية { $municipality }، وسيتواصل معك.
fadder-signed-up-nobody-yet = شكرًا على تسجيلك! 🤝 لم تحدّد بلدية { $municipality } بعدُ من سيتولّى أمر المرافقين في هذه الخدمة. تسجيلك محفوظ، وستتواصل البلدية معك.
fadder-already-signed-up = سجّلت نفسك مرافقًا من قبل. إليك تسجيلك.
fadder-profile-title = 🤝 تسجيلك مرافقًا في بلدية { $municipality }
fadder-status-line = الحالة: { $status }
fadder-status-with-reason = { $status }، والسبب: { $reason }
mentor-status-vetting = بانتظار البلدية
mentor-status-approved = تمت الموافقة
mentor-status-paused = متوقف مؤقتًا
mentor-status-ended = انتهى
fadder-explain-vetting = ستتواصل معك بلدية { $municipality } لإجراء محادثة. يمكنك أن تغيّر إجاباتك حتى ذلك الحين.
fadder-explain-approved = يمكن أن نربطك بقادم جديد. سنسألك قبل أن نشارك أي شيء.
fadder-explain-paused = لن نربطك بقادمين جدد آخرين ما دام تسجيلك متوقفًا مؤقتًا. أما من ترافقهم الآن، فتستمر مرافقتك لهم.
fadder-explain-ended = أنهت بلدية { $municipality } تسجيلك مرافقًا. تواصل مع البلدية إذا كانت لديك أسئلة.
fadder-pause = ⏸ إيقاف مؤقت (لا قادمين جدد)
fadder-resume = ▶️ استقبال قادمين جدد مرة أخرى
fadder-paused = تم الإيقاف المؤقت. لن نربطك بقادمين جدد حتى تختار استقبالهم مرة أخرى.
fadder-resumed = أهلًا بعودتك! يمكن أن نربطك بقادمين جدد مرة أخرى.
fadder-delete = 🗑 احذف تسجيلي
fadder-delete-confirm = هل تريد أن تحذف تسجيلك مرافقًا؟ سيُحذف كل ما أخبرتنا به، وسيُبلَّغ القادمون الجدد الذين ربطناك بهم بأنك لم تعد تستطيع أن تكون مرافقهم.
fadder-delete-yes = نعم، احذفه
fadder-delete-no = لا، أبقِه
fadder-deleted = حُذف تسجيلك مرافقًا. شكرًا لأنك أردت أن تساعد.
fadder-staff-new =
    🤝 تسجيل مرافق جديد في بلدية { $municipality }: { $name }
    اللغات: { $languages }
    افتح /mentors لمراجعة التسجيل.
menu-fadder = 🤝 كن مرافقًا
command-fadder = سجّل نفسك مرافقًا (fadder)
mydata-fadder = تسجيلك مرافقًا:

## ردّ البلدية على المتطوع

fadder-notice-approved = 🤝 خبر سار: وافقت بلدية { $municipality } على أن تكون مرافقًا. عندما نجد قادمًا جديدًا يناسبك، نسألك أولًا – ولا نشارك أي شيء قبل أن توافق.
fadder-notice-paused = ⏸ أوقفت بلدية { $municipality } تسجيلك مرافقًا بشكل مؤقت: { $reason }. لن نربطك بقادمين جدد خلال هذه الفترة.
fadder-notice-ended = أنهت بلدية { $municipality } تسجيلك مرافقًا: { $reason }. شكرًا لأنك أردت أن تساعد.
fadder-open = 🤝 تسجيلي مرافقًا

## القادمون الجدد الذين يريدون مرافقًا (/mentor)

menu-mentor = 🤝 أريد مرافقًا
command-mentor = اطلب مرافقًا (fadder) – متطوعًا حيث تسكن
mentor-needs-profile = لكي تحصل على مرافق، أكمل ملفك الشخصي أولًا: عندها نعرف في أي بلدية تسكن.
mentor-wish-prompt =
    🤝 المرافق (fadder) متطوع من هنا يتعرّف عليك: فنجان قهوة، أو نزهة، أو حديث بالنرويجية، أو مساعدة في ما هو جديد عليك.

    في ماذا تريد المساعدة؟ اختر ما تشاء. وإذا كنت تفضّل أن يكون مرافقك امرأة أو رجلًا، فاضغط على ذلك أيضًا. ثم اضغط «ضعني في القائمة».
mentor-prefer-woman = 👩 أفضّل امرأة
mentor-prefer-man = 👨 أفضّل رجلًا
mentor-save = ✅ ضعني في القائمة
mentor-joined = أنت الآن في قائمة الانتظار للحصول على مرافق في بلدية { $municipality }. 🤝 سنسألك قبل أن يعرف أي مرافق من أنت.
mentor-wish-saved = تم الحفظ.
mentor-waiting = أنت تنتظر مرافقًا في بلدية { $municipality } ({ $weeks ->
        [0] منذ هذا الأسبوع
        [one] منذ أسبوع واحد
        [two] منذ أسبوعين
        [few] منذ { $weeks } أسابيع
        [many] منذ { $weeks } أسبوعًا
       *[other] منذ { $weeks } أسبوع
    }). عندما نجد شخصًا يناسبك، نسألك أولًا.
mentor-waiting-short = 🤝 مكانك في قائمة الانتظار
mentor-being-asked = 🤝 ربما وجدنا لك مرافقًا. نتأكد الآن من أن الأمر مناسب.
mentor-has-mentor = 🤝 مرافقك: { $name }
mentor-hopes-line = رغباتك: { $hopes }
mentor-change = ✏️ تغيير رغباتي
mentor-leave = الخروج من القائمة
mentor-left = لم تعد في قائمة الانتظار للحصول على مرافق. يمكنك أن تعود في أي وقت عبر /mentor.

## الربط بين مرافق وقادم جديد

match-yes = ✅ نعم
match-no = لا، شكرًا
match-ask-mentor =
    🤝 مرحبًا { $name }! تودّ بلدية { $municipality } أن تكون مرافقًا لقادم جديد يتحدث { $language }.
    سبب اختياركما: { $why }.

    هل توافق؟ إذا قلت نعم، نسألك كيف يمكن للقادم الجديد أن يتواصل معك، ثم نسأل القادم الجديد.
match-ask-newcomer =
    🤝 خبر سار! وجدنا لك مرافقًا يرغب في التعرّف عليك: { $name }. لغات { $name }: { $languages }.
    سبب اختياركما: { $why }.

    هل تريد أن تقابل { $name }؟
match-contact-prompt = كيف يمكن للطرف الآخر أن يتواصل معك؟ اضغط على الزر لمشاركة رابط إلى ملفك الشخصي في Telegram، أو اكتب رقم هاتف أو عنوان بريد إلكتروني (الحد الأقصى لعدد الأحرف: { $max }). لا نشاركه إلا بعد أن يوافق كلاكما.
match-share-link = 📨 شارك ملفي الشخصي في Telegram
match-contact-short = اكتب فقط كيف يمكن التواصل معك: رقم هاتف أو عنوان بريد إلكتروني، في سطر واحد.
match-gone = هذا الاقتراح لم يعد متاحًا. لم نشارك أي شيء.
match-declined-thanks = شكرًا على ردّك. لم نشارك أي شيء.
match-yes-mentor = شكرًا! 🤝 سنسأل القادم الجديد الآن. إذا وافق، فستصلك رسالة فيها طريقة التواصل بينكما.
match-yes-newcomer = رائع! 🤝 بعد قليل ستصلك رسالة فيها طريقة التواصل مع مرافقك.
match-telegram-link = أرسل رسالة في Telegram
match-no-contact = (لم تُذكر)
match-intro-mentor = 🤝 أنت وقادم جديد يتحدث { $language } وافقتما كلاكما. { $languages }
match-intro-newcomer = 🤝 أنت و{ $name } وافقتما كلاكما! { $languages }
match-intro-shared = لغتكما المشتركة: { $language }.
match-intro-no-shared = ليست بينكما لغة مشتركة بعد: النرويجية البسيطة ولغة الجسد وتطبيق للترجمة تساعدكما كثيرًا.
match-intro-reach = هكذا تتواصل مع الطرف الآخر:
match-intro-place = مكان مناسب للقاء الأول: { $place }.
match-intro-next = أرسل رسالة قصيرة، واتفقا على موعد. سنسأل عن أحوالكما بعد أسبوعين. إذا كانت هناك مشكلة، فاكتب /mentor، أو /fadder إذا كنت أنت المرافق.
match-withdrawn-newcomer = لم يعد بوسع { $name } مرافقتك. ما زلت في القائمة، وسنبحث لك عن شخص آخر.
match-withdrawn-mentor = القادم الجديد الذي ربطناك به خرج من قائمة الانتظار. شكرًا على وقتك – يمكن أن نربطك بشخص آخر.

## أسباب الاقتراح

mentor-reason-language = كلاهما يتحدث { $language }
mentor-reason-bridge = النرويجية من لغات { $name } أيضًا
mentor-reason-interests = اهتمامات مشتركة: { $interests }
mentor-reason-help = بوسع { $name } المساعدة في: { $helps }
mentor-reason-children = لدى كليهما أطفال
mentor-reason-age = العمر متقارب
mentor-reason-waited = مدة الانتظار: { $count ->
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $count } أسابيع
        [many] { $count } أسبوعًا
       *[other] { $count } أسبوع
    }

## الموظفون: نظام المرافقين

staff-mentors = 🤝 المرافقون
mentor-staff-not-allowed = لا يستطيع إدارة نظام المرافقين إلا المنسّقون ومنسّقو المرافقين.
mentor-staff-pick = نظام المرافقين في أي بلدية؟
mentor-staff-menu = 🤝 المرافقون في بلدية { $municipality }
mentor-staff-pool =
    🤝 المرافقون في بلدية { $municipality }
    ينتظرون مرافقًا: { $waiting } (أطول انتظار بالأسابيع: { $weeks })
    المرافقون الموافَق عليهم: { $approved }، والأماكن الشاغرة لديهم: { $free } · المتوقفون مؤقتًا: { $paused }
    بانتظار التحقق: { $vetting }
    حالات الربط: جارية: { $active } · بانتظار الرد: { $asking } · اقتراحات لك: { $proposed }
mentor-staff-vetting = 📝 بانتظار التحقق
mentor-staff-mentors = 👥 المرافقون
mentor-staff-propose = 🔄 اقتراح حالات ربط
mentor-staff-proposals = 📋 الاقتراحات
mentor-staff-matches = 🤝 حالات الربط
mentor-staff-vetting-list = تسجيلات بانتظار التحقق:
mentor-staff-mentors-list = مرافقو البلدية:
mentor-staff-none = لا أحد هنا حتى الآن.
mentor-staff-card =
    { $name } – { $status }
    تاريخ التسجيل: { $since } · حالات الربط الآن: { $engaged }
mentor-staff-card-reason = السبب: { $reason }
mentor-staff-checklist = خطوات التحقق (اضغط لوضع علامة):
mentor-staff-optional = { $step } (للعائلات التي لديها أطفال)
vetting-interview = أُجريت المحادثة
vetting-confidentiality = وُقّع تعهّد السرية
vetting-training = قُدّم التعريف بالمهمة
vetting-police = شوهدت شهادة حسن السيرة (لا تُحفَظ)
mentor-staff-approve = ✅ موافقة
mentor-staff-pause = ⏸ إيقاف مؤقت
mentor-staff-end = ⛔ إنهاء
mentor-staff-missing-steps = لم يتم بعد: { $steps }.
mentor-staff-approved = تمت الموافقة. أبلغنا المرافق.
mentor-staff-reason-pause = لماذا يُوقَف هذا المرافق مؤقتًا؟ اكتب سببًا قصيرًا (الحد الأقصى لعدد الأحرف: { $max }). سيرى المرافق ما تكتبه.
mentor-staff-reason-end = لماذا تُنهي تسجيل هذا المرافق؟ اكتب سببًا قصيرًا (الحد الأقصى لعدد الأحرف: { $max }). سيرى المرافق ما تكتبه.
mentor-staff-status-changed = تم. أبلغنا المرافق.
mentor-staff-proposed = تمت مراجعة القائمة كلها. عدد الاقتراحات: { $count } (ينتظرون: { $waiting }، الأماكن الشاغرة: { $free }).
mentor-staff-proposals-list = الاقتراحات – اضغط على اقتراح لترى السبب وتؤكده:
mentor-staff-no-proposals = لا توجد اقتراحات. اضغط «اقتراح حالات ربط» عندما يكون هناك قادمون جدد ينتظرون، ومرافقون موافَق عليهم لديهم أماكن شاغرة.
mentor-staff-proposal =
    اقتراح: { $mentor } ↔ قادم جديد يتحدث { $language }
    السبب: { $why }
    النقاط: { $score } · { $status }
mentor-staff-confirm = ✅ تأكيد – اسأل المرافق
mentor-staff-skip = تخطّي
mentor-staff-mentor-card = 👤 المرافق
mentor-staff-confirmed = تم التأكيد. سنسأل { $mentor } أولًا، ثم القادم الجديد.
mentor-staff-skipped = تم التخطّي.
mentor-staff-proposal-gone = هذا الاقتراح لم يعد متاحًا (أكّده شخص آخر أو تخطّاه، أو سُحب).
mentor-staff-mentor-unavailable = ليس لدى { $mentor } مكان شاغر الآن، أو لم تعد الموافقة سارية. اقترح حالات ربط من جديد.
mentor-staff-newcomer-unavailable = لدى هذا القادم الجديد ربط آخر بانتظار الرد، أو خرج من القائمة. اقترح حالات ربط من جديد.
mentor-staff-matches-list = حالات الربط:
mentor-staff-no-matches = لا توجد حالات ربط حتى الآن.
mentor-staff-match-line = • { $mentor } ↔ { $language }: { $status } منذ { $since }، { $met ->
        [yes] التقيا
       *[no] لم يلتقيا بعد
    }، المتابعات: { $checkins }/4
match-status-proposed = مقترح
match-status-asking-mentor = نسأل المرافق
match-status-asking-newcomer = نسأل القادم الجديد
match-status-active = جارٍ
match-status-skipped = تم تخطّيه
match-status-declined = رُفض
match-status-withdrawn = سُحب
match-status-ended = انتهى
match-staff-declined = 🤝 رُفض الربط: { $mentor } ↔ قادم جديد يتحدث { $language }. رفضه: { $side }. ما زال الاثنان في القوائم؛ اقترح حالات ربط من جديد.
match-staff-started = 🤝 ربط جديد: { $mentor } ↔ قادم جديد يتحدث { $language }. وافق الاثنان، وحصل كل منهما على طريقة التواصل مع الآخر.
match-side-mentor = المرافق
match-side-newcomer = القادم الجديد
match-side-staff = البلدية
fadder-place-which = من أين جئت؟ اكتب اسم بلد أو مدينة.

## مسار الربط بين المرافق والقادم الجديد

match-the-newcomer = القادم الجديد الذي يتحدث { $language }
match-checkin = 🤝 كيف تسير الأمور بينك وبين { $other }؟ ردّ قصير منك يساعدنا على أن نساعدكما.
match-checkin-last =
    🤝 انتهت المدة التي اتفقت عليها مع { $other }، وهي { $months ->
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }. شكرًا على الوقت الذي منحه كلٌّ منكما للآخر!

    كيف كانت التجربة؟ وهل تريدان أن تستمرا؟
match-going-well = 👍 التقينا، والأمور جيدة
match-not-met = ⏳ لم نلتقِ بعد
match-problem = ⚠️ هناك شيء ليس على ما يرام
match-end = إنهاء المرافقة
match-go-on = 👍 كانت تجربة جميلة – سنستمر
match-finish = 🙏 كانت تجربة جميلة – سننهيها
match-thanks-good = يسعدنا أن نسمع ذلك! 🤝
match-thanks-not-yet = شكرًا لأنك أخبرتنا. أرسل رسالة قصيرة واقترح موعدًا – تكفي نزهة أو فنجان قهوة. إذا لم تستطيعا أن تتواصلا، فاضغط «هناك شيء ليس على ما يرام».
match-thanks-go-on = رائع! 🤝 ستستمران كما كنتما، والبلدية موجودة إذا احتجتما إليها.
match-problem-prompt = اكتب في كلمات قليلة ما الذي ليس على ما يرام (الحد الأقصى لعدد الأحرف: { $max }). سيقرؤه شخص في البلدية، ويردّ عليك هنا. الطرف الآخر لا يراه.
match-not-running = هذه المرافقة لم تعد قائمة.
match-end-prompt = لماذا تريد أن تنهي المرافقة؟ سنُبلغ الطرف الآخر بلطف، من دون أن نذكر السبب.
match-end-no-time = ليس لديّ وقت الآن
match-end-moved = سأنتقل إلى مكان آخر
match-end-not-a-fit = لم يكن بيننا توافق
match-end-completed = انتهت المدة المتفق عليها
match-end-other = سبب آخر
match-ended-by-newcomer = انتهت المرافقة. شكرًا لأنك حاولت. أنت الآن في قائمة الانتظار مرة أخرى للحصول على مرافق جديد؛ وإذا كنت لا تريد مرافقًا، فاخرج من القائمة عبر /mentor.
match-ended-by-mentor = انتهت المرافقة. شكرًا على الوقت الذي منحته. يمكن أن نربطك بشخص آخر عندما تكون مستعدًا.
match-completed-thanks = شكرًا! 🙏 انتهت المرافقة كما اتفقتما.
match-ended-newcomer = لم يعد بوسع { $name } مرافقتك. هذا يحدث أحيانًا، وليس ذنب أحد. أنت في قائمة الانتظار مرة أخرى، وسنبحث لك عن مرافق جديد.
match-ended-mentor = القادم الجديد الذي يتحدث { $language } أنهى المرافقة. هذا يحدث أحيانًا، وليس ذنب أحد. شكرًا على الوقت الذي منحته – يمكن أن نربطك بشخص آخر.
match-completed-other = 🙏 انتهت المرافقة بينكما كما اتفقتما. شكرًا على الوقت الذي منحه كلٌّ منكما للآخر!
match-mine-button = 🤝 المرافقة الجارية
match-mine = المرافقة الجارية الآن مع:
match-mine-none = ليس لديك أي مرافقة جارية الآن.
match-mine-line = • { $other }، منذ { $since }
match-end-with = إنهاء المرافقة مع { $other }
match-staff-quiet = 🤝 { $mentor } ↔ قادم جديد يتحدث { $language }: لم يذكر أيٌّ منهما أنهما التقيا، مع أنه مرّ { $count ->
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $count } أسابيع
        [many] { $count } أسبوعًا
       *[other] { $count } أسبوع
    } على حصولهما على طريقة التواصل. ربما من المفيد أن تسألهما عن أحوالهما.
match-staff-ended = 🤝 انتهى الربط: { $mentor } ↔ قادم جديد يتحدث { $language }. أنهاه: { $side }. السبب: { $reason }.
match-staff-problem-who = ⚠️ ربط مرافق: { $mentor } ↔ قادم جديد يتحدث { $language }، والمُبلِّغ: { $side }
delete-done-fadder = تسجيلك مرافقًا (وأبلغنا القادمين الجدد الذين ربطناك بهم)
delete-done-mentor-wish = مكانك في قائمة الانتظار للحصول على مرافق

## الرسالة، والرغبة، و/mydata

letter-mentor-button = 🤝 ما أتمناه من المرافق
mentor-wish-privacy = ما تختاره هنا يُحفظ مع ملفك الشخصي، ويراه منسّقو المرافقين في البلدية ليجدوا لك مرافقًا يناسبك. الأمر /mydata يعرضه، و«الخروج من القائمة» أو /delete يحذفه.
mydata-mentor-wish = في قائمة الانتظار للحصول على مرافق منذ { $since }. رغباتك: { $hopes }

## الموظفون: الإعلانات والفعاليات للمرافقين

announce-reach-button = 👥 إلى: { $value }
reach-newcomers = القادمون الجدد
reach-both = القادمون الجدد والمرافقون
reach-mentors = المرافقون فقط
mentor-staff-weekly = 🤝 اقتراحات الربط لهذا الأسبوع في بلدية { $municipality }: { $count ->
        [one] اقتراح واحد ينتظر
        [two] اقتراحان ينتظران
        [few] { $count } اقتراحات تنتظر
        [many] { $count } اقتراحًا تنتظر
       *[other] { $count } اقتراح تنتظر
    } قرارك: التأكيد أو التخطّي.

## المزيد عن مسار الربط

match-back-on-list = أنت الآن في قائمة الانتظار مرة أخرى للحصول على مرافق جديد. وإذا كنت لا تريد مرافقًا، فاخرج من القائمة عبر /mentor.
match-newcomer-declined = اعتذر القادم الجديد الذي يتحدث { $language } هذه المرة. هذا ليس ذنب أحد: يمكن أن نربطك بشخص آخر.
match-contact-prompt-newcomer = كيف يمكن لمرافقك أن يتواصل معك، وبأي اسم يناديك؟ اضغط على الزر لمشاركة ملفك الشخصي في Telegram، أو اكتب اسمك الأول ورقم هاتف أو عنوان بريد إلكتروني (الحد الأقصى لعدد الأحرف: { $max }). لا نشاركه إلا بعد أن يوافق كلاكما.
