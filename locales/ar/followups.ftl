# المتابعة: الرسائل خلال السنتين الأوليين، والنبض (الأسئلة المتعلقة بالحياة هنا)، و/pause.

## رسالة المتابعة

followup-hello = 👋 مرحبًا! مرّ الآن { $since } منذ أن بدأت تستخدم velkommen في { $municipality }. كيف حالك؟ إليك ما قد يفيدك الآن.
followup-days =
    { $count ->
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
followup-weeks =
    { $count ->
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $count } أسابيع
        [many] { $count } أسبوعًا
       *[other] { $count } أسبوع
    }
followup-months =
    { $count ->
        [one] شهر واحد
        [two] شهران
        [few] { $count } أشهر
        [many] { $count } شهرًا
       *[other] { $count } شهر
    }
followup-years =
    { $count ->
        [one] سنة واحدة
        [two] سنتان
        [few] { $count } سنوات
        [many] { $count } سنةً
       *[other] { $count } سنة
    }
followup-checklist =
    { $count ->
        [one] 📋 خطوة واحدة في قائمة مهامك لم تُنجَز بعد.
        [two] 📋 خطوتان في قائمة مهامك لم تُنجَزا بعد.
        [few] 📋 { $count } خطوات في قائمة مهامك لم تُنجَز بعد.
        [many] 📋 { $count } خطوةً في قائمة مهامك لم تُنجَز بعد.
       *[other] 📋 { $count } خطوة في قائمة مهامك لم تُنجَز بعد.
    } اضغط على أي خطوة لتقرأ كيف تقوم بها.
followup-mentor = 🤝 هل تريد أن تتعرّف على شخص يسكن هنا؟ المرافق (fadder) متطوع يلتقي بك من حين إلى آخر – في نزهة، أو على فنجان قهوة، أو لقليل من الحديث بالنرويجية.
followup-mentor-button = 🤝 أريد مرافقًا
followup-events = 📅 فعاليات قريبة:
followup-events-button = 📅 كل الفعاليات
followup-pulse = 💬 نودّ أن نعرف كيف هي الحياة هنا بالنسبة إليك: بضعة أسئلة قصيرة، لكل سؤال ضغطة واحدة، ويمكنك تخطّي أي سؤال. تُحسب الإجابات من دون اسمك.
followup-pulse-start = 💬 أجب الآن (دقيقتان)
followup-footer = هل تريد رسائل أقل؟ اكتب /pause.
followup-not-now = ليس الآن
followup-fewer = 🔕 رسائل أقل
followup-not-now-done = حسنًا! تجد كل شيء في /menu عندما تحتاج إليه.
followup-needs-profile = رسائل المتابعة لمن أكمل ملفه الشخصي. اكتب /start للبدء.

## /pause و/resume

pause-prompt = كم من الوقت ننتظر قبل أن نرسل رسالة المتابعة التالية؟ ستصلك مع ذلك رسائل التذكير بالفعاليات التي طلبتها، والإجابات من البلدية.
pause-months =
    { $count ->
        [one] 🔕 شهر واحد
        [two] 🔕 شهران
        [few] 🔕 { $count } أشهر
        [many] 🔕 { $count } شهرًا
       *[other] 🔕 { $count } شهر
    }
pause-until-resumed = 🔕 حتى أشغّلها من جديد
pause-done-until = حسنًا. لن تصلك أي رسائل متابعة قبل { $date }. اكتب /resume إذا أردتها مرة أخرى قبل ذلك.
pause-done = حسنًا. لن تصلك أي رسائل متابعة حتى تكتب /resume.
resume-not-paused = رسائل المتابعة ليست متوقفة.
resume-done = عادت رسائل المتابعة من جديد. تصلك الرسالة التالية في { $date } تقريبًا.
resume-done-soon = عادت رسائل المتابعة من جديد. تصلك الرسالة التالية قريبًا.
resume-done-none-left = عادت رسائل المتابعة من جديد، لكنك تلقيت كل الرسائل من قبل.
command-pause = رسائل أقل: إيقاف المتابعة مؤقتًا
command-resume = إعادة تشغيل رسائل المتابعة
help-followups =
    /pause – رسائل أقل: إيقاف المتابعة مؤقتًا
    /resume – إعادة تشغيل المتابعة

## بياناتي، والخصوصية، والحذف

mydata-followups-next =
    { $count ->
        [0] المتابعة: لم تُرسَل أي رسالة بعد، وتصل الأولى في { $date } تقريبًا.
        [one] المتابعة: أُرسلت رسالة واحدة، وتصل التالية في { $date } تقريبًا.
        [two] المتابعة: أُرسلت رسالتان، وتصل التالية في { $date } تقريبًا.
        [few] المتابعة: أُرسلت { $count } رسائل، وتصل التالية في { $date } تقريبًا.
        [many] المتابعة: أُرسلت { $count } رسالةً، وتصل التالية في { $date } تقريبًا.
       *[other] المتابعة: أُرسلت { $count } رسالة، وتصل التالية في { $date } تقريبًا.
    }
mydata-followups-done =
    { $count ->
        [0] المتابعة: لن تصل رسائل أخرى.
        [one] المتابعة: أُرسلت رسالة واحدة، ولن تصل رسائل أخرى.
        [two] المتابعة: أُرسلت رسالتان، ولن تصل رسائل أخرى.
        [few] المتابعة: أُرسلت { $count } رسائل، ولن تصل رسائل أخرى.
        [many] المتابعة: أُرسلت { $count } رسالةً، ولن تصل رسائل أخرى.
       *[other] المتابعة: أُرسلت { $count } رسالة، ولن تصل رسائل أخرى.
    }
mydata-followups-paused = المتابعة: متوقفة مؤقتًا حتى تكتب /resume.
mydata-followups-paused-until = المتابعة: متوقفة مؤقتًا حتى { $date }.
mydata-pulse =
    { $count ->
        [one] أجبت مرة واحدة عن الأسئلة المتعلقة بالحياة هنا. تُحسب الإجابات من دون اسمك؛ وإذا حذفت بياناتك، تبقى الإجابات في الإحصاءات من دون أي شيء يربطها بك.
        [two] أجبت مرتين عن الأسئلة المتعلقة بالحياة هنا. تُحسب الإجابات من دون اسمك؛ وإذا حذفت بياناتك، تبقى الإجابات في الإحصاءات من دون أي شيء يربطها بك.
        [few] أجبت { $count } مرات عن الأسئلة المتعلقة بالحياة هنا. تُحسب الإجابات من دون اسمك؛ وإذا حذفت بياناتك، تبقى الإجابات في الإحصاءات من دون أي شيء يربطها بك.
        [many] أجبت { $count } مرةً عن الأسئلة المتعلقة بالحياة هنا. تُحسب الإجابات من دون اسمك؛ وإذا حذفت بياناتك، تبقى الإجابات في الإحصاءات من دون أي شيء يربطها بك.
       *[other] أجبت { $count } مرة عن الأسئلة المتعلقة بالحياة هنا. تُحسب الإجابات من دون اسمك؛ وإذا حذفت بياناتك، تبقى الإجابات في الإحصاءات من دون أي شيء يربطها بك.
    }
privacy-followups =
    🔔 المتابعة: خلال السنتين الأوليين نكتب إليك بضع مرات بما قد يفيدك، وبعد ثلاثة أشهر نطرح عليك أيضًا بعض الأسئلة الاختيارية عن الحياة هنا. الأمر /pause يجعل الرسائل أقل.
    تُحفَظ إجاباتك عن تلك الأسئلة للإحصاءات من دون اسمك. لا ترى البلدية إلا أرقامًا لمجموعات من خمسة أشخاص على الأقل. وإذا حذفت بياناتك، يُحذف ما يربطها بك، لكن الإجابات المجهولة الهوية تبقى في الإحصاءات.
delete-done-followups = رسائل المتابعة التي كانت مخطّطة لك
delete-done-pulse-kept = إجاباتك عن الأسئلة المتعلقة بالحياة هنا باقية في الإحصاءات، من دون أي شيء يربطها بك.

## النبض

pulse-progress = السؤال { $n } من { $total }
pulse-scale-satisfied = 0 = غير راضٍ للغاية، 10 = راضٍ للغاية
pulse-scale-belong = 0 = لا على الإطلاق، 10 = بقوة كبيرة جدًا
pulse-several = اضغط على كل ما ينطبق عليك، ثم على «تم».
pulse-done = تم ⬅️
pulse-skip = تخطّي
pulse-stop = أتوقف هنا
pulse-yes = نعم
pulse-no = لا
pulse-q-life = إذا أخذت كل شيء في الاعتبار، فما مدى رضاك عن حياتك ككل هذه الأيام؟
pulse-q-place = ما مدى رضاك عن المكان الذي تسكن فيه؟
pulse-q-belong = ما مدى قوة شعورك بالانتماء إلى المكان الذي تسكن فيه؟
pulse-q-stay = هل تتوقع أنك ستظل تسكن هنا بعد سنتين؟
pulse-q-stay-reasons = ما الذي يجعلك تبقى هنا؟
pulse-q-leave-reasons = ما الذي قد يجعلك تنتقل من هنا إلى مكان آخر؟
pulse-q-friends = كم مرة تقضي وقتًا مع أصدقاء مقرّبين؟
pulse-q-norwegian-friend = هل يوجد هنا شخص نرويجي تستطيع أن تتصل به كصديق؟
pulse-q-good = ما الجيد في العيش هنا؟
pulse-q-work = هل تعمل؟
pulse-q-housing = ما وضع سكنك؟
pulse-q-buy = هل ترغب في شراء مسكن خاص بك هنا؟
pulse-friends-daily = كل يوم
pulse-friends-weekly = كل أسبوع
pulse-friends-monthly = كل شهر
pulse-friends-yearly = بضع مرات في السنة
pulse-friends-less = أقل من ذلك
pulse-friends-none = ليس لديّ أصدقاء مقرّبون
pulse-quality-safety = الأمان
pulse-quality-nature = الطبيعة
pulse-quality-people = الناس
pulse-quality-meeting = أماكن اللقاء
pulse-quality-distances = المسافات القصيرة
pulse-quality-services = الخدمات: المدرسة، الصحة
pulse-work-in-line = نعم، في مجال دراستي
pulse-work-not-in-line = نعم، لكن خارج مجال دراستي
pulse-work-looking = لا، أبحث عن عمل
pulse-work-learning = لا، أدرس في مدرسة أو دورة
pulse-work-not = لا
pulse-housing-rent = أستأجر من مالك خاص
pulse-housing-own = أملك مسكني
pulse-housing-municipal = أستأجر من البلدية
pulse-housing-temporary = سكن مؤقت، مثلًا عن طريق العمل
pulse-expect-yes = نعم
pulse-expect-unsure = لست متأكدًا
pulse-expect-no = لا
pulse-stay-work = العمل
pulse-stay-home = مسكني
pulse-stay-safety = الأمان
pulse-stay-children = أطفالي مرتاحون هنا
pulse-stay-people = أناس أعرفهم هنا
pulse-stay-nature = الطبيعة والهدوء
pulse-reason-other = شيء آخر
pulse-leave-education = الدراسة
pulse-leave-competence = الاستفادة من مهاراتي وتعليمي
pulse-leave-career = التقدّم المهني
pulse-leave-family = العائلة والأصدقاء
pulse-leave-culture = الدين والثقافة
pulse-leave-own-people = جالية أكبر من أبناء بلدي
pulse-leave-city = العيش في مدينة
pulse-leave-back = العودة إلى بلدي الأصلي
pulse-talk = كثير من الناس يفكرون: هل يبقون أم ينتقلون؟ يسرّ بلدية { $municipality } أن تتحدث معك عن الإيجابيات والسلبيات. هل تريد ذلك؟ إذا قلت نعم، يُرسَل طلبك إلى البلدية، وتصلك الإجابة هنا في المحادثة.
pulse-talk-yes = نعم، بكل سرور
pulse-talk-no = لا، شكرًا
pulse-talk-case = طلب محادثة عن البقاء هنا أو الانتقال (من رسائل المتابعة). توقّع السكن هنا بعد سنتين: { $answer }.
pulse-thanks = شكرًا جزيلًا! إجاباتك تساعد على أن تصبح { $municipality } مكانًا أفضل للعيش. تُحسب الإجابات من دون اسمك.
pulse-stopped = حسنًا – شكرًا على ما أجبت عنه. يمكنك أن تكمل لاحقًا بالزر الموجود في الرسالة.
pulse-already = أجبت عن هذه الأسئلة من قبل. شكرًا لك!

## مؤشرات للبلدية (/insight وvelkommen insight)

insight-title = 📊 مؤشرات بلدية { $municipality } للفترة { $from }–{ $to }
insight-responses = عدد الإجابات عن الأسئلة المتعلقة بالحياة هنا: { $count }
insight-none = لم يُجب أحد بعدُ عن الأسئلة المتعلقة بالحياة هنا في هذه الفترة. تُرسَل هذه الأسئلة مع رسائل المتابعة بدءًا من ثلاثة أشهر بعد التسجيل.
insight-everyone = الجميع
insight-category-unknown = غير محدَّد
insight-here-first-year = هنا منذ أقل من سنة
insight-here-second-year = هنا منذ سنة إلى سنتين
insight-here-longer = هنا منذ أكثر من سنتين
insight-quarter = الربع { $quarter } من { $year }
insight-stay-title = 🏡 هل يتوقعون أن يظلوا يسكنون هنا بعد سنتين؟ (عدد الإجابات: { $count })
insight-by-month = 📈 شهرًا بشهر: هل يتوقعون أن يظلوا يسكنون هنا بعد سنتين؟
insight-stay-reasons = ➡️ ما الذي يجعلهم يبقون هنا (عدد من يتوقعون البقاء: { $count }):
insight-leave-reasons = ⬅️ ما الذي قد يجعلهم ينتقلون (عدد غير المتأكدين ومن يتوقعون الانتقال: { $count }):
insight-good = 👍 ما الجيد في العيش هنا (عدد الإجابات: { $count }):
insight-life = 😊 الرضا عن الحياة (0–10)، المتوسط: { $mean } (عدد الإجابات: { $count })
insight-life-national = للمقارنة: المهاجرون في النرويج { $immigrants }، وعموم السكان { $everyone } (هيئة الإحصاء النرويجية SSB، مسح ظروف المعيشة بين المهاجرين 2016).
insight-place = 📍 الرضا عن المكان (0–10)، المتوسط: { $mean } (عدد الإجابات: { $count })
insight-place-national = للمقارنة: النرويج كلها { $national } (هيئة الإحصاء النرويجية SSB، مسح جودة الحياة 2023).
insight-belong = 🤝 الانتماء إلى المكان (0–10)، المتوسط: { $mean } (عدد الإجابات: { $count })
insight-friends = 👥 كم مرة يقضون وقتًا مع أصدقاء مقرّبين (عدد الإجابات: { $count }):
insight-norwegian-friend = 🇳🇴 لديهم شخص نرويجي يستطيعون الاتصال به كصديق (عدد الإجابات: { $count }):
insight-housing = 🏠 السكن حسب الربع السنوي:
insight-buy = 🔑 يرغبون في شراء مسكن خاص بهم هنا (من بين غير المالكين، عدد الإجابات: { $count }):
insight-work = 💼 العمل حسب الربع السنوي:
insight-matches = 🤝 حالات ربط المرافقين (fadder) خلال الفترة: بدأت: { $started } · جارية: { $running } · انتهت: { $ended }.
insight-matches-started = بدأت
insight-matches-running = جارية
insight-matches-ended = انتهت
insight-footnote = ℹ️ الأرقام المبنية على أقل من 5 أشخاص تظهر على شكل «< 5» (أي أقل من 5). وتُخفى أيضًا الأرقام التي يمكن أن تُستنتج منها. الإجابات محفوظة من دون أسماء.
insight-csv-header = القسم;المجموعة;الإجابة;العدد;من أصل;النسبة (%);المتوسط
insight-csv-mean = المتوسط (0–10)
insight-section-responses = الإجابات
insight-section-stay = يتوقعون السكن هنا بعد سنتين
insight-section-trend = شهرًا بشهر
insight-section-stay-reasons = أسباب البقاء
insight-section-leave-reasons = أسباب الانتقال
insight-section-good = ما الجيد في العيش هنا
insight-section-life = الرضا عن الحياة
insight-section-place = الرضا عن المكان
insight-section-belong = الانتماء
insight-section-friends = قضاء الوقت مع أصدقاء مقرّبين
insight-section-norwegian-friend = شخص نرويجي يمكن الاتصال به كصديق
insight-section-housing = السكن
insight-section-buy = الرغبة في شراء مسكن
insight-section-work = العمل
insight-section-matches = حالات ربط المرافقين (fadder)
insight-chart-title = بلدية { $municipality }، { $from }–{ $to }
insight-chart-stay = هل يتوقعون السكن هنا بعد سنتين؟
insight-chart-trend = نسبة من يتوقعون السكن هنا بعد سنتين، حسب الشهر (%)
insight-chart-leave = ما الذي قد يجعلهم ينتقلون
insight-chart-housing = السكن حسب الربع السنوي (%)
insight-chart-footer = المصدر: الإجابات في velkommen. لا تُعرض المجموعات التي تضم أقل من 5 أشخاص.
insight-not-allowed = المؤشرات مخصّصة لمنسّقي البلدية.
insight-pick = لأي بلدية تريد أن ترى المؤشرات؟
insight-chart-caption = 📊 الرسم البياني. لا تُعرض المجموعات التي تضم أقل من 5 أشخاص.
insight-csv-caption = 📄 الأرقام في جدول بيانات (ملف CSV مفصول بفواصل منقوطة، يُفتح في Excel).
insight-recent = 📅 آخر 12 شهرًا
insight-year = 📅 سنة { $year } كاملة
insight-more = هل تريد أن ترى فترة أخرى؟
staff-insight = 📊 المؤشرات
competence-title = 🧰 الكفاءات في بلدية { $municipality } – عدد من ملؤوا «ما أستطيع فعله»: { $count }.
competence-education = 🎓 التعليم (عدد الإجابات: { $count }):
competence-field = 🛠 المجال (عدد الإجابات: { $count }):
competence-experience = ⏳ الخبرة في المجال (عدد الإجابات: { $count }):
competence-languages = 🗣 اللغات (عدد الإجابات: { $count }):
competence-licence = 🚗 رخصة القيادة (عدد الإجابات: { $count }):
competence-wishes = 🎯 الرغبات (عدد الإجابات: { $count }):
competence-shared =
    { $count ->
        [0] 👀 لم يوافق أحد بعدُ على أن ترى البلدية إجاباته.
        [one] 👀 وافق شخص واحد على أن ترى البلدية إجاباته (من دون اسم):
        [two] 👀 وافق شخصان على أن ترى البلدية إجاباتهما (من دون أسماء):
        [few] 👀 وافق { $count } أشخاص على أن ترى البلدية إجاباتهم (من دون أسماء):
        [many] 👀 وافق { $count } شخصًا على أن ترى البلدية إجاباتهم (من دون أسماء):
       *[other] 👀 وافق { $count } شخص على أن ترى البلدية إجاباتهم (من دون أسماء):
    }
competence-person-wishes = الرغبات: { $wishes }
competence-person-who = { $category }، يستخدم velkommen بلغة { $language }
competence-button = 🧰 الكفاءات
competence-footer = تشمل الأرقام كل من ملأ «ما أستطيع فعله». ويُخفى كل رقم يقوم على أقل من 5 أشخاص، وكذلك كل رقم يكون فيه عدد من لم يوافقوا على إظهار إجاباتهم بين 1 و4.

## القادم الجديد لهذا الشهر

menu-featured = ⭐ القادم الجديد لهذا الشهر
staff-featured = ⭐ القادم الجديد لهذا الشهر
featured-intro = ⭐ القادم الجديد لهذا الشهر: في كل شهر يمكن للبلدية أن تروي قصة شخص واحد انتقل إلى هنا – بإذنه. إذا قلت نعم، يمكن للبلدية أن تسألك. وعندها يمكن أن يتواصل معك المنسّق ليسمع قصتك. لن يُرسَل أي شيء قبل أن تقرأ النص بالضبط كما سيُرسَل وتوافق عليه، ويمكنك أن تسحب موافقتك في أي وقت.
featured-optin-button = ✅ نعم، يمكنكم أن تسألوني
featured-optout-button = لا تسألوني بعد الآن
featured-optin-yes = شكرًا! يمكن للبلدية الآن أن تسألك. وما زلت أنت من يقرّر في كل نص.
featured-optin-no = حسنًا. لن تسألك البلدية.
featured-optin-since = وافقت على أن تسألك البلدية (منذ { $date }).
featured-mine = القصة التي تتحدث عنك: { $status }
featured-withdraw = ↩️ سحب موافقتي
featured-withdraw-confirm = هل تريد أن تسحب موافقتك؟ سيُوقَف كل ما لم يُرسَل بعد، ولن تستخدم البلدية القصة بعد ذلك. أما ما أُرسل من قبل فلا يمكن استرجاعه.
featured-withdraw-yes = نعم، أسحب موافقتي
featured-withdraw-no = لا، أُبقي موافقتي
featured-withdraw-kept = حسنًا، لم يتغيّر شيء.
featured-withdrawn = سُحبت موافقتك. أُوقف كل ما لم يكن قد أُرسل، وأُبلِغ المنسّق بذلك.
featured-ask = ⭐ تودّ بلدية { $municipality } أن تروي قصتك بصفتك القادم الجديد لهذا الشهر. هذا هو النص بالضبط كما سيُرسَل إلى القادمين الجدد والمرافقين في البلدية:
featured-ask-others =
    { $count ->
        [one] وسيُرسَل هذا النص أيضًا مترجمًا إلى لغة أخرى واحدة.
        [two] وسيُرسَل هذا النص أيضًا مترجمًا إلى لغتين أخريين.
        [few] وسيُرسَل هذا النص أيضًا مترجمًا إلى { $count } لغات أخرى.
        [many] وسيُرسَل هذا النص أيضًا مترجمًا إلى { $count } لغةً أخرى.
       *[other] وسيُرسَل هذا النص أيضًا مترجمًا إلى { $count } لغة أخرى.
    }
featured-ask-question = هل توافق على إرسال هذا النص؟ لن يُرسَل أي شيء قبل أن تجيب.
featured-approve = ✅ نعم، يمكن إرساله
featured-decline = لا، لا ترسلوه
featured-approved = شكرًا! يستطيع المنسّق الآن أن يرسل النص. يمكنك أن تسحب موافقتك من «القادم الجديد لهذا الشهر» في /menu.
featured-declined = حسنًا، لن يُرسَل النص. وقد أُبلِغ المنسّق بذلك.
featured-status-draft = مسودة
featured-status-asked = بانتظار الردّ
featured-status-approved = تمت الموافقة، ولم يتم الإرسال بعد
featured-status-declined = تم الرفض
featured-status-published = تم الإرسال
featured-status-withdrawn = سُحبت الموافقة
mydata-featured-optin = القادم الجديد لهذا الشهر: وافقت على أن تسألك البلدية.
mydata-featured-story = القادم الجديد لهذا الشهر، قصة عنك: { $status }
delete-done-featured = موافقتك على «القادم الجديد لهذا الشهر» والقصص التي تتحدث عنك
featured-not-allowed = «القادم الجديد لهذا الشهر» مخصّص لمنسّقي البلدية.
featured-staff-title = ⭐ القادم الجديد لهذا الشهر
featured-staff-candidates =
    { $count ->
        [0] بلدية { $municipality }: لم يوافق أحد بعدُ على أن تسأله البلدية.
        [one] بلدية { $municipality }: وافق شخص واحد على أن تسأله البلدية (من دون أسماء هنا):
        [two] بلدية { $municipality }: وافق شخصان على أن تسألهما البلدية (من دون أسماء هنا):
        [few] بلدية { $municipality }: وافق { $count } أشخاص على أن تسألهم البلدية (من دون أسماء هنا):
        [many] بلدية { $municipality }: وافق { $count } شخصًا على أن تسألهم البلدية (من دون أسماء هنا):
       *[other] بلدية { $municipality }: وافق { $count } شخص على أن تسألهم البلدية (من دون أسماء هنا):
    }
featured-write-about = ✍️ الكتابة عن الرقم { $n }
featured-story-button = القصة { $story }: { $status }
featured-staff-how = تحدّث مع الشخص أولًا (مثلًا من خلال طلب أو في مكان لقاء). ثم اكتب القصة هنا: سيتلقى الشخص النص بالضبط كما سيُرسَل، ويجب أن يوافق عليه قبل أن يمكن إرساله.
featured-write-prompt = اكتب القصة باللغة { $language } (الحد الأقصى لعدد الأحرف: { $max }).
featured-pick-language = بأي لغة تريد أن تضيف ترجمة؟
featured-back-to-story = → العودة إلى القصة
featured-story-title = ⭐ القصة { $story } – { $status }
featured-edit-nb = ✏️ كتابة نص البوكمول أو تعديله
featured-add-translation = 🌐 إضافة ترجمة
featured-send = ✉️ إرسال إلى الشخص للموافقة
featured-announce = 📣 إرسال للقادمين الجدد والمرافقين
featured-story-draft-hint = عندما يصبح النص جاهزًا، أرسله إلى الشخص. لا يمكن تعديله بعد ذلك.
featured-story-asked-hint = تلقّى الشخص النص بالضبط كما سيُرسَل، ولم يردّ بعد.
featured-story-approved-hint = وافق الشخص على هذا النص بالضبط. يمكن إرساله كما هو.
featured-story-closed-hint = لا يمكن إرسال هذه القصة.
featured-back = → القادم الجديد لهذا الشهر
featured-text-saved = تم الحفظ.
featured-sent = أُرسل إلى الشخص. ستُبلَّغ عندما يردّ.
featured-announced = أُرسل كإعلان إلى القادمين الجدد والمرافقين. ستتلقى تقرير تسليم.
featured-open-story = ⭐ فتح القصة
featured-staff-approved = ⭐ القصة { $story }: وافق الشخص على النص. يمكن إرساله الآن.
featured-staff-declined = ⭐ القصة { $story }: رفض الشخص النص. لن يُرسَل.
featured-staff-withdrawn = ⭐ القصة { $story }: سحب الشخص موافقته. أُوقف كل ما لم يكن قد أُرسل.
