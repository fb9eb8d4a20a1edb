# velkommen — українська (Ukrainian).
# Ті самі ключі, що й у референсній локалі (nb). Пишемо просто й тепло,
# короткими реченнями; звертання — на «Ви».

language-name = Українська

## Загальне

error-generic = Вибачте, у нас щось пішло не так. Спробуйте ще раз трохи згодом — усе, що Ви зберегли, нікуди не зникло.
stale-button = Ця кнопка вже не діє. Ось що Ви можете зробити зараз:
use-the-buttons = Натисніть одну з кнопок під повідомленням, і ми продовжимо.
unsupported-message = Я розумію лише текст і натискання кнопок — не фото, аудіо, стікери чи геолокацію.
edited-message = Я не читаю змінені повідомлення. Краще надішліть нове повідомлення.
group-chat = Я спілкуюся лише в особистих чатах, щоб захистити Ваші дані. Натисніть на моє ім’я і напишіть мені напряму.
unknown-command = Я не знаю такої команди. /help покаже все, що я вмію.
finish-first = Давайте спершу завершимо це:
needs-profile = The welcome letter and your answers need a profile. Tap "Make a profile" to begin.
button-back = ← Назад
button-menu = ☰ Меню

## Початок і мова

start-hello = Вітаємо, ласкаво просимо! Я — цифрова вітальна служба муніципалітету для тих, хто щойно сюди переїхав.
start-hello-municipality = Вітаємо, ласкаво просимо до муніципалітету { $municipality }! Я — цифрова вітальна служба муніципалітету для тих, хто щойно сюди переїхав.
start-unknown-link = Я не впізнаю посилання, яким Ви скористалися. Виберіть свій муніципалітет зі списку.
start-registered-elsewhere = Ви зареєстровані в муніципалітеті { $municipality }. Посилання, яким Ви скористалися, стосується муніципалітету { $linked }. Змінити муніципалітет можна в /settings.
welcome-back = З поверненням!
link-municipality-prompt = У якому муніципалітеті Ви живете або куди збираєтеся переїхати?
language-prompt = 🌐 Мова зараз: { $language }. Натисніть на мову, якою хочете користуватися:
language-changed = Добре, тепер говоримо українською.

## Захист даних

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
privacy-question = Чи згодні Ви, щоб ми зберігали Ваші відповіді?
privacy-accept = Так, погоджуюся
privacy-decline = Ні, дякую
privacy-thanks = Дякуємо! Зараз я поставлю Вам кілька коротких запитань. Відповідайте кнопками. Змінити відповіді можна пізніше.
privacy-declined = Усе гаразд. Ми нічого про Вас не зберегли, лише Вашу мову і те, на чому Ви зупинилися в розмові. Ви можете читати про муніципалітети, а погодитися можна й пізніше — командою /privacy.
privacy-consented = Ви дали згоду { $date }. Ви можете відкликати згоду й видалити все командою /delete.

## Запитання

municipality-prompt = У якому муніципалітеті Ви живете або куди збираєтеся переїхати?
category-prompt = Що Вам найбільше підходить? Від відповіді залежить, які перші кроки ми Вам покажемо.
category-refugee = Я біженець / біженка
category-labour = Я тут, щоб працювати
category-family = Я тут, щоб жити з родиною
category-other = Інше
arrival-prompt = Коли Ви приїхали до муніципалітету { $municipality }?
arrival-month = { $month } { $year }
arrival-not-yet = Переїзд ще попереду
arrival-earlier = Понад рік тому
household-prompt = З ким Ви тут живете?
household-alone = Я живу сам / сама
household-partner = З партнером, без дітей
household-children = З дітьми
mentor-prompt =
    Many people who moved here say that getting to know one Norwegian meant a lot.

    A mentor (fadder) is a volunteer here in the municipality – sometimes someone who moved here a few years ago. A mentor can have a coffee with you, show you around and answer small everyday questions.

    The mentor scheme in velkommen has not started yet. If you say yes, we save your wish.

    Would you like a mentor?
mentor-yes = Так, із радістю
mentor-no = Ні, дякую, не зараз
mentor-value-yes = так, хочу
mentor-value-no = не зараз
profile-done = Дякуємо за відповіді! Ось Ваш вітальний лист.

## Місяці

month-1 = січень
month-2 = лютий
month-3 = березень
month-4 = квітень
month-5 = травень
month-6 = червень
month-7 = липень
month-8 = серпень
month-9 = вересень
month-10 = жовтень
month-11 = листопад
month-12 = грудень
month-short-1 = січ.
month-short-2 = лют.
month-short-3 = бер.
month-short-4 = квіт.
month-short-5 = трав.
month-short-6 = черв.
month-short-7 = лип.
month-short-8 = серп.
month-short-9 = вер.
month-short-10 = жовт.
month-short-11 = лист.
month-short-12 = груд.

## Дні тижня

weekday-short-mon = пн
weekday-short-tue = вт
weekday-short-wed = ср
weekday-short-thu = чт
weekday-short-fri = пт
weekday-short-sat = сб
weekday-short-sun = нд

## Меню

menu-title = Що Ви хочете зробити?
guest-title = У Вас немає профілю, тож ми нічого про Вас не зберігаємо. Ось що Ви можете зробити:
menu-letter = 📨 Вітальний лист
menu-info = 🏘 Контакти й місця зустрічей
menu-settings = ⚙️ Мої відповіді
menu-language = 🌐 Мова
menu-mydata = 🔎 Мої дані
menu-privacy = 🔒 Захист даних
menu-delete = 🗑 Видалити все
menu-help = ❓ Допомога
menu-signup = ✅ Створити профіль
info-prompt = Про який муніципалітет Ви хочете прочитати?
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

## Налаштування і мої дані

settings-title = Ось Ваші відповіді. Натисніть на ту, яку хочете змінити:
settings-saved = Збережено.
profile-row = { $label }: { $value }
field-municipality = Муніципалітет
field-category = Хто Ви
field-arrival = Приїзд
field-household = З ким живете
field-mentor = Наставник
field-language = Мова
field-chat = Чат
field-consent = Згоду надано
field-pending = Повідомлення в черзі
value-unanswered = немає відповіді
mydata-title = 🔎 Ось що ми про Вас зберегли:
mydata-no-profile = У Вас немає профілю, тож Ваших відповідей у нас немає. Ми пам’ятаємо лише Вашу мову і те, на чому Ви зупинилися в розмові.
mydata-footer = Змінити відповіді можна командою /settings, а видалити все — командою /delete.

## Видалення

delete-confirm = Видалити все, що ми про Вас зберегли? Це Ваш профіль, Ваші відповіді та повідомлення, які ще чекають на надсилання. Скасувати це буде неможливо.
delete-yes = Так, видалити все
delete-no = Ні, залишити
delete-cancelled = Добре, нічого не видалено.
delete-nothing = Ми нічого про Вас не зберігали.
delete-done = Готово. Видалено:
delete-done-profile = Ваш профіль: муніципалітет, відповіді й згода
delete-done-conversation = розмова: Ваша мова і те, на чому Ви зупинилися
delete-done-pending =
    { $count ->
        [1] одне повідомлення, яке чекало на надсилання
        [one] { $count } повідомлення, яке чекало на надсилання
        [few] { $count } повідомлення, які чекали на надсилання
        [many] { $count } повідомлень, які чекали на надсилання
       *[other] { $count } повідомлення, які чекали на надсилання
    }
delete-done-footer = Тепер у нас немає жодних даних про Вас. Напишіть /start, якщо захочете почати знову.

## Вітальний лист

letter-greeting-refugee = Welcome to { $municipality }! You will not have to find your way alone: the refugee service will stay in touch with you through the first years.
letter-greeting-labour = Welcome to { $municipality }! Many people who come here to work have to find their own way, so here is what matters most, in one place.
letter-greeting-family = Welcome to { $municipality }! Here is what matters most for you and your family.
letter-greeting-other = Welcome to { $municipality }! Here is what matters most to get off to a good start.
letter-population = There are { $count } of us in { $municipality } today. Yesterday there were { $yesterday }. You matter to us.
letter-mentor-wish = Your wish for a mentor is saved. The mentor scheme in velkommen has not started yet, so no mentor is on the way just now.
letter-steps-title = Ваші перші три кроки:
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
unconfirmed = Приклад — муніципалітет ще не підтвердив ці дані.
contacts-title = 📇 Contacts in { $municipality }
meeting-places-title = ☕ Meeting places in { $municipality }

## Установи й місця зустрічей

office-service-centre = центр обслуговування
office-refugee-service = служба у справах біженців
office-adult-education = центр освіти для дорослих
office-nav = NAV (служба праці та соціального забезпечення)
office-tax-office = Податкова служба, перевірка особи
office-police = поліція
office-volunteer-centre = волонтерський центр
office-library = бібліотека
place-library = бібліотека
place-language-cafe = мовне кафе
place-sports = спорт
place-choir = хор
place-volunteering = волонтерство
place-gear-loan = безкоштовний прокат спорядження
place-clubs = клуби й товариства
place-culture = культура

## Команди (меню Telegram)

command-start = Почати спочатку
command-menu = Головне меню
command-letter = Ваш вітальний лист
command-info = Контакти й місця зустрічей
command-settings = Переглянути й змінити відповіді
command-language = Змінити мову
command-privacy = Що ми зберігаємо і навіщо
command-mydata = Усе, що ми про Вас зберегли
command-delete = Видалити всі дані про Вас
command-help = Допомога

## Працівники

role-coordinator = координатор
role-announcer = оголошення
role-mentor-coordinator = координатор наставників
staff-code-malformed = Це не схоже на код запрошення. Код має дванадцять символів, наприклад /staff K7QF-2M9X-4TPA.
staff-code-unknown = Я не знаю такого коду. Перевірте, чи правильно Ви його написали, або попросіть новий.
staff-code-expired = Строк дії цього коду минув. Попросіть новий код у людини, яка Вас запросила.
staff-code-used = Цей код уже використано. Кожен код діє лише один раз.
staff-welcome = Ласкаво просимо! Тепер Ви маєте доступ для працівників: { $municipality } ({ $role }). Напишіть /staff, щоб відкрити свої інструменти.
staff-group-bound = Тепер ця група отримуватиме сповіщення щодо { $municipality } ({ $role }).
staff-not-member = У Вас немає доступу для працівників. Якщо Ви отримали код запрошення, напишіть /staff і код.
staff-home-title = 👩‍💼 Ваші місця роботи:
staff-membership = • { $municipality } – { $role }
staff-new-announcement = 📣 Нове оголошення
staff-reports = 📊 Звіти про доставку
delete-done-staff = Ваш доступ для працівників

## Оголошення

announce-pick-municipality = Якого муніципалітету стосується оголошення?
announce-audience-title = 📣 Нове оголошення: { $municipality }. Хто має його отримати? Натискайте кнопки, щоб змінити вибір, а коли все готово — «Далі».
announce-everyone = без обмежень
announce-categories-button = Хто: { $value }
announce-languages-button = Мови: { $value }
announce-children-button = Лише родини з дітьми
announce-arrival-button = Приїзд: { $value }
announce-months =
    { $count ->
        [1] за останній місяць
        [one] за останній { $count } місяць
        [few] за останні { $count } місяці
        [many] за останні { $count } місяців
       *[other] за останні { $count } місяця
    }
announce-continue = Далі →
announce-cancel = ✖ Скасувати
announce-cancelled = Скасовано. Нічого не надіслано.
announce-categories-prompt = Хто має отримати оголошення? Якщо нічого не вибрано, його отримають усі.
announce-languages-prompt = Які мови? Якщо нічого не вибрано — усі мови.
announce-text-prompt = Напишіть оголошення цією мовою: { $language }. Надішліть його одним повідомленням (не більше ніж { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }). Його отримають усі, а ті, для кого Ви додасте переклад, — своєю мовою.
announce-translation-prompt = Напишіть текст цією мовою: { $language }. Надішліть його одним повідомленням (не більше ніж { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }).
announce-text-empty = Повідомлення порожнє. Напишіть текст і надішліть його.
announce-text-too-long = Текст має { $length ->
        [one] { $length } символ
        [few] { $length } символи
        [many] { $length } символів
       *[other] { $length } символу
    }, а ліміт — { $max }. Скоротіть його й надішліть ще раз.
announce-translations-prompt = Бажаєте додати переклади? Хто не знайде тексту своєю мовою, отримає англійський текст, якщо Ви його написали, а інакше — текст букмолом (ті, хто вибрав нюношк, теж отримають букмол). Ніхто не залишиться без повідомлення.
announce-urgency-prompt = Це терміново? Звичайні повідомлення не надсилаються з 21:00 до 08:00.
announce-normal = Звичайне – не вночі
announce-urgent = Термінове – також уночі
announce-schedule-prompt = Коли надіслати?
announce-now = Зараз
announce-at = У визначений час
announce-repeat = Регулярно (crontab)
announce-at-prompt = Напишіть дату й час за норвезьким часом, наприклад 01.12.2026 18:00
announce-at-invalid = Не вдалося це прочитати. Напишіть, наприклад, 01.12.2026 18:00
announce-at-past = Цей час уже минув. Напишіть час у майбутньому.
announce-repeat-prompt =
    Напишіть вираз crontab із п’яти полів за норвезьким часом: хвилина, година, день місяця, місяць, день тижня (1 = понеділок).
    Приклад: 0 18 * * 2 = щовівторка о 18:00.
announce-repeat-invalid = Це неправильний вираз crontab. Він має містити п’ять полів, наприклад 0 18 * * 2 (щовівторка о 18:00).
announce-repeat-never = За цим виразом надсилання не відбудеться ніколи. Спробуйте, наприклад, 0 18 * * 2 (щовівторка о 18:00).
announce-preview-title = 👀 Попередній перегляд – { $municipality }
announce-preview-audience = Хто: { $categories } · Мови: { $languages } · Приїзд: { $arrival }
announce-preview-reach =
    { $count ->
        [1] Отримає одна людина:
        [one] Отримає { $count } людина:
        [few] Отримають { $count } людини:
        [many] Отримають { $count } людей:
       *[other] Отримають { $count } людини:
    }
announce-preview-language = { $language }: { $count }
announce-preview-fallback = { $language }: { $count } (отримають версію: { $fallback })
announce-preview-nobody = Поки що ніхто не відповідає цим умовам. Змініть, хто має отримати оголошення.
announce-preview-normal = Звичайне (не надсилається з 21:00 до 08:00)
announce-preview-urgent = Термінове (надсилається також уночі)
announce-preview-now = Буде надіслано зараз.
announce-preview-at = Час надсилання: { $when }.
announce-preview-repeat = Повторюється за виразом «{ $expression }». Найближчі надсилання: { $upcoming }.
announce-send =
    { $count ->
        [1] ✅ Надіслати одній людині
        [one] ✅ Надіслати { $count } людині
        [few] ✅ Надіслати { $count } людям
        [many] ✅ Надіслати { $count } людям
       *[other] ✅ Надіслати { $count } людям
    }
announce-edit-text = ✏️ Змінити текст
announce-edit-audience = 👥 Змінити отримувачів
announce-queued =
    { $count ->
        [0] До черги не додано жодного повідомлення.
        [1] До черги додано одне повідомлення. Ви отримаєте звіт про доставку, коли його буде надіслано.
        [one] До черги додано { $count } повідомлення. Ви отримаєте звіт про доставку, коли їх буде надіслано.
        [few] До черги додано { $count } повідомлення. Ви отримаєте звіт про доставку, коли їх буде надіслано.
        [many] До черги додано { $count } повідомлень. Ви отримаєте звіт про доставку, коли їх буде надіслано.
       *[other] До черги додано { $count } повідомлення. Ви отримаєте звіт про доставку, коли їх буде надіслано.
    }
announce-scheduled = Заплановано. Перше надсилання: { $when }. Після кожного надсилання Ви отримаєте звіт про доставку.
announce-reports-title = 📊 Останні оголошення:
announce-reports-none = Оголошень ще немає.
announce-report-line = { $title } – { $municipality }: надіслано: { $sent }, заблоковано: { $blocked }, з помилкою: { $failed }, у черзі: { $queued }. { $when }
announce-report-next = Наступне надсилання: { $when }.
announce-report-done = Завершено.
announce-report-stopped = Зупинено.
announce-report = 📊 Звіт про доставку оголошення { $title }: надіслано: { $sent }, заблоковано: { $blocked }, з помилкою: { $failed }, досі в черзі: { $queued }.
announce-stop = ✖ Зупинити #{ $id }
announce-stopped =
    { $count ->
        [1] Оголошення { $title } зупинено. Одне повідомлення з черги відкликано.
        [one] Оголошення { $title } зупинено. З черги відкликано { $count } повідомлення.
        [few] Оголошення { $title } зупинено. З черги відкликано { $count } повідомлення.
        [many] Оголошення { $title } зупинено. З черги відкликано { $count } повідомлень.
       *[other] Оголошення { $title } зупинено. З черги відкликано { $count } повідомлення.
    }

## Події в місцях зустрічей
menu-events = 📅 Що відбувається
menu-ask = 💬 Запитати людину
command-events = Що відбувається в муніципалітеті
command-ask = Поставити запитання працівникові муніципалітету
events-title = 📅 Що відбуватиметься в муніципалітеті { $municipality } протягом наступного місяця:
events-none = У муніципалітеті { $municipality } на наступний місяць ще не додано жодних подій. Подивіться також місця зустрічей у розділі «Контакти й місця зустрічей».
events-remind-hint = Натисніть 🔔, щоб отримати нагадування за три години до початку.
event-repeats = Повторюється щотижня або за сталим розкладом.
event-reminder = 🔔 Нагадування: { $title }
event-reminder-set = Добре! Нагадування про «{ $title }» ({ $event }) надійде { $when }.
event-reminder-exists = У Вас уже є нагадування про «{ $title }» ({ $event }).
event-has-started = Ця подія вже почалася або закінчилася, тож я не можу Вам про неї нагадати.
event-is-cancelled = Цю подію скасовано.
event-cancelled-notice = ❌ Скасовано: { $title }
event-changed-notice = ✏️ Змінено: { $title }. Ваше нагадування видалено — натисніть 🔔 у /events, щоб отримати нове.
staff-events = 📅 Події
staff-events-title = 📅 Найближчі події:
staff-events-none = Найближчих подій немає.
staff-new-event = ➕ Нова подія
event-edit = ✏️ Змінити #{ $id }
event-cancel = ✖ Скасувати #{ $id }
event-cancel-confirm = Скасувати подію #{ $id }? Усі, хто просив про нагадування, отримають повідомлення.
event-cancel-yes = ✖ Так, скасувати
event-cancelled =
    { $count ->
        [0] Подію «{ $title }» скасовано. Ніхто не просив про нагадування.
        [1] Подію «{ $title }» скасовано. Одна людина, яка просила про нагадування, отримає повідомлення.
        [one] Подію «{ $title }» скасовано. Повідомлення отримає { $count } людина, яка просила про нагадування.
        [few] Подію «{ $title }» скасовано. Повідомлення отримають { $count } людини, які просили про нагадування.
        [many] Подію «{ $title }» скасовано. Повідомлення отримають { $count } людей, які просили про нагадування.
       *[other] Подію «{ $title }» скасовано. Повідомлення отримають { $count } людини, які просили про нагадування.
    }
event-aborted = Подію не збережено.
event-title-prompt = Напишіть назву події, наприклад «Мовне кафе» (не більше ніж { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }).
event-place-prompt = Де це відбувається? Виберіть одне з місць зустрічей або напишіть інше місце.
event-other-place = ✏️ Інше місце
event-place-text-prompt = Напишіть місце, наприклад «Haram folkebibliotek, Brattvåg» (не більше ніж { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }).
event-start-prompt = Коли подія починається (уперше)? Напишіть дату й час за норвезьким часом, наприклад 01.12.2026 18:00
event-recurrence-prompt = Подія відбуватиметься більше ніж один раз?
event-once = Лише один раз
event-weekly = Щотижня ({ $when })
event-repeat-crontab = Повторюється за виразом «{ $expression }» (crontab, норвезький час).
event-audience-prompt = Для кого ця подія? Якщо нічого не вибрати, її бачитимуть усі нові мешканці муніципалітету.
event-for = Для кого: { $who }
event-description-prompt = Напишіть короткий опис цією мовою: { $language } (не більше ніж { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }).
event-descriptions-prompt = Опис букмолом збережено. За можливості додайте інші мови. Хто не знайде опису своєю мовою, отримає англійський опис, якщо він є, а інакше — опис букмолом.
event-preview-languages = Опис за мовами:
event-preview-fallback = { $language } — отримають версію: { $fallback }
event-summary-title = 📅 { $title }
event-save = ✅ Зберегти
event-change-title = ✏️ Назва
event-change-place = 📍 Місце
event-change-time = 🕕 Час
event-change-audience = 👥 Для кого
event-change-descriptions = 📝 Описи
event-saved = ✅ Подію збережено. Її бачитимуть у /events ті, для кого вона призначена.
event-updated =
    { $count ->
        [0] ✅ Зміни збережено.
        [1] ✅ Зміни збережено. Одна людина, яка просила про нагадування, отримає повідомлення.
        [one] ✅ Зміни збережено. Повідомлення отримає { $count } людина, яка просила про нагадування.
        [few] ✅ Зміни збережено. Повідомлення отримають { $count } людини, які просили про нагадування.
        [many] ✅ Зміни збережено. Повідомлення отримають { $count } людей, які просили про нагадування.
       *[other] ✅ Зміни збережено. Повідомлення отримають { $count } людини, які просили про нагадування.
    }
event-announce = 📣 Оголосити про подію
event-announce-started = Оголошення заповнено даними про подію тими мовами, якими її описано. Виберіть отримувачів.

## Запитати людину (звернення)
ask-prompt =
    Write your question in one message, in any language (at most { $max } characters).
    It goes to the staff in { $municipality }. They see a case number, your language and which group you belong to – not your name. The answer will come here.
ask-sent = ✅ Надіслано до муніципалітету { $municipality }. Номер Вашого звернення: { $case }. Відповідь прийде сюди, у цей чат.
case-notification = ❓ New case { $case } · { $who }
case-notification-more = ❓ More in case { $case } · { $who }
case-notification-footer = ↩️ Щоб відповісти, дайте відповідь на це повідомлення («Відповісти») або напишіть /reply { $case } і текст відповіді. Закрити звернення: /close { $case }.
case-answer = 💬 Відповідь від муніципалітету { $municipality } (звернення { $case }):
case-answer-footer = Хочете запитати ще щось? Натисніть «Запитати людину» в /menu.
case-answer-sent = ✅ Відповідь на звернення { $case } надіслано.
case-unknown = Я не можу знайти звернення { $case }, до якого Ви маєте доступ.
case-closed = Звернення { $case } закрито.
case-already-closed = Звернення { $case } вже було закрито.
case-reply-usage = Напишіть, наприклад, /reply S-7KQ4 Ваша відповідь або /close S-7KQ4.
case-close-button = ✔ Закрити { $case }
cases-title = 💬 Відкриті звернення:
cases-line = { $case } · { $who } · waiting { $hours } h · { $messages ->
        [one] one message
       *[other] { $messages } messages
    }
cases-none = Відкритих звернень немає.
cases-hint = Щоб відповісти, дайте відповідь на повідомлення зі зверненням або напишіть /reply НОМЕР текст.
cases-not-allowed = Звернення можуть переглядати лише координатори й групи працівників.
field-cases = Запитання до муніципалітету
delete-done-cases =
    { $count ->
        [1] одне запитання до муніципалітету разом із відповідями
        [one] { $count } запитання до муніципалітету разом із відповідями
        [few] { $count } запитання до муніципалітету разом із відповідями
        [many] { $count } запитань до муніципалітету разом із відповідями
       *[other] { $count } запитання до муніципалітету разом із відповідями
    }

## Путівник, список справ і запитання, написані своїми словами
menu-guide = 📘 Путівник
menu-housing = 🏠 Житло
menu-checklist = ✅ Мій список справ
command-guide = Путівник: ID, податки, банк, NAV, лікар, школа, норвезька
command-housing = Оренда й купівля житла, застава, житлова допомога
command-checklist = Ваш список справ: що вже зроблено і що залишилося
guide-title = 📘 Путівник: оберіть тему.
housing-title = 🏠 Житло: оберіть тему.
guide-steps = Як це зробити:
guide-bring = 🎒 Візьміть із собою:
guide-where = 📍 У муніципалітеті { $municipality }:
guide-unconfirmed = Не все тут уже підтверджено офіційним джерелом. Перш ніж покладатися на це, запитайте в муніципалітеті.
guide-previous = ◀ Назад
guide-next = Далі ▶
checklist-title = ✅ Ваш список справ: виконано { $done } з { $total }
checklist-after = спершу потрібно: { $steps }
checklist-hint = Натисніть на пункт, щоб прочитати, як це зробити, і позначити його як виконаний.
checklist-mark-done = ✅ Виконано: { $step }
checklist-mark-skip = ➖ Мене не стосується
checklist-mark-open = ↩️ Ще не виконано: { $step }
checklist-marked-done = Чудово! Пункт «{ $step }» позначено як виконаний.
checklist-marked-skipped = Пункт «{ $step }» позначено як такий, що Вас не стосується.
checklist-marked-open = Пункт «{ $step }» знову в списку.
question-matches = Ось теми, які мені вдалося знайти. Чи є серед них те, що Ви шукаєте?
question-none-button = Жодна з цих
question-none = Вибачте, мені не вдалося цього знайти.
question-none-next = Можете переглянути путівник або запитати працівника муніципалітету.
question-no-match = Не вдалося знайти відповідну тему. Спробуйте інші слова (наприклад, «податкова картка», «skattekort» чи «сімейний лікар») або скористайтеся кнопками.
field-checklist = Список справ
value-checklist = виконано: { $done }, не стосується: { $skipped }
delete-done-checklist = Ваші позначки в списку справ

## Опис навичок і досвіду (/skills)
menu-skills = 🧰 Що я вмію
command-skills = Ваша освіта, робота й мови — і чого Ви хочете
skills-consent =
    🧰 Few newcomers work with what they trained for, and nobody asks what families bring. Here you can tell us what you have education and experience in, which languages you speak and what you would like.
    Everything is optional. We store it only if you say yes, you see it in /mydata, and you can change or delete it at any time. No staff member can see it in velkommen today.
    Do you want to fill it in?
skills-consent-yes = ✅ Так, хочу заповнити
skills-consent-no = Ні, дякую
skills-declined = Добре, ми нічого не зберігаємо. Ви знайдете це знову в розділі «Що я вмію» в /menu.
skills-overview = Натисніть на те, що хочете заповнити або змінити. Усе це добровільно.
skills-summary-title = 🧰 Що я вмію:
skills-part-education = 🎓 Освіта
skills-part-field = 🧭 Галузь
skills-part-profession = 👷 Професія
skills-part-experience = ⏳ Досвід
skills-part-languages = 🗣 Мови
skills-part-licence = 🚗 Посвідчення водія
skills-part-wishes = 🎯 Побажання
skills-shared = 👀 You have said the municipality may see this. No staff member can see it in velkommen yet.
skills-not-shared = 🔒 Це бачите лише Ви.
skills-share-start = 👀 The municipality may see this
skills-share-stop = 🔒 The municipality may not see this
skills-share-on = Saved: you have said the municipality may see this. Today no staff member can see it in velkommen.
skills-share-off = Тепер це бачите лише Ви.
skills-clear = 🗑 Видалити це
skills-finish = ✅ Готово
skills-cleared = Те, що Ви заповнили в розділі «Що я вмію», видалено.
skills-thanks = Дякуємо! Ви можете будь-коли змінити це в розділі «Що я вмію».
skills-education-prompt = Яку найвищу освіту Ви здобули?
skills-field-prompt = У якій галузі Ви маєте освіту або досвід?
skills-profession-prompt = Напишіть кількома словами свою професію, наприклад «медсестра» чи «зварювальник» (не більше ніж { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }).
skills-profession-invalid = Напишіть професію кількома словами, не більше ніж { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }.
skills-experience-prompt = Скільки років досвіду у Вас у цій сфері?
skills-languages-prompt = Якими мовами Ви розмовляєте? Натисніть усі, які підходять.
skills-licence-prompt = Чи маєте Ви посвідчення водія?
skills-wishes-prompt = Чого Ви хотіли б? Натисніть усе, що підходить.
skills-edu-none = Школу не закінчено
skills-edu-primary = Базова середня освіта
skills-edu-secondary = Повна загальна середня освіта
skills-edu-vocational = Професійна освіта або fagbrev
skills-edu-bachelor = Вища освіта (бакалавр)
skills-edu-master = Магістр, спеціаліст або вище
skills-field-health = Охорона здоров’я
skills-field-teaching = Викладання
skills-field-technical = Техніка й промисловість
skills-field-building = Будівництво
skills-field-transport = Транспорт і склад
skills-field-farming = Сільське й рибне господарство
skills-field-food = Харчування, готелі й ресторани
skills-field-office = Офісна робота й фінанси
skills-field-it = ІТ
skills-field-service = Прибирання й обслуговування
skills-field-care = Догляд і робота з дітьми
skills-field-other = Інше
skills-exp-lt1 = Менше ніж 1 рік
skills-exp-1-3 = 1–3 роки
skills-exp-3-10 = 3–10 років
skills-exp-gt10 = Понад 10 років
skills-licence-none = Ні
skills-licence-car = Так, легкове авто (категорія B)
skills-licence-heavy = Так, вантажівка чи автобус
skills-wish-same = Робота за моїм фахом
skills-wish-any = Будь-яка робота
skills-wish-edu = Навчання або курси
skills-wish-recog = Визнання моєї освіти
skills-wish-business = Відкрити власну справу
delete-done-skills = те, що Ви розповіли в розділі «Що я вмію»
checklist-due = ⏰ термін: до кінця місяця ({ $month })
checklist-overdue = ⚠️ це потрібно було зробити до кінця місяця ({ $month }) – будь ласка, зробіть це якнайшвидше
staff-cases = 💬 Відкриті звернення
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
