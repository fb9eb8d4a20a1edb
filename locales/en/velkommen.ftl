# velkommen — English.
# Same keys as the reference locale (nb). Plain, warm, short sentences:
# many readers use English as their second or third language.

language-name = English

## Common

error-generic = Sorry, something went wrong on our side. Please try again in a moment – nothing you saved has been lost.
stale-button = That button is no longer valid. Here is what you can do now:
use-the-buttons = Please tap one of the buttons under the message to continue.
free-text-not-understood = Sorry, I cannot read written questions. Use the buttons below, or type /help.
unsupported-message = I can only read text and button taps – not pictures, audio, stickers or locations.
edited-message = I do not read edited messages. Please send a new message instead.
group-chat = I only talk in private chats, to protect your privacy. Tap my name and write to me directly.
unknown-command = I do not know that command. /help shows everything I can do.
finish-first = Let us finish this first:
needs-profile = The welcome letter and the settings need a profile. Tap “Create a profile” to begin.
button-back = ← Back
button-menu = ☰ Menu

## Start and language

start-hello = Hello, and welcome! I am the municipality’s digital welcome service for people who are new here.
start-hello-municipality = Hello, and welcome to { $municipality }! I am the municipality’s digital welcome service for people who are new here.
start-unknown-link = I do not recognise the link you used. Please choose your municipality from the list.
start-registered-elsewhere = You are registered in { $municipality }. The link you used is for { $linked }. You can change your municipality under /settings.
welcome-back = Welcome back!
link-municipality-prompt = Which municipality do you live in, or are you moving to?
language-prompt = 🌐 Language now: { $language }. Tap the language you want to use:
language-changed = Fine, we will speak English now.

## Privacy

privacy-notice =
    🔒 Privacy in brief

    What we store if you say yes: your municipality; whether you came as a refugee, to work, to join family or for another reason; the month you arrived; whether you live alone, with a partner or with children; whether you would like a mentor; and your language. We also store your chat number, so that we can reply to you. We never ask for your name, health, religion or documents.

    Why: so that the advice and the welcome letter fit you, and so that the municipality can put you in touch with a mentor if you want one.

    If you use them, we also store: the questions you send with "Ask a person" and the answers (staff see a case number, your language and your group, never your name), what you tick off on your checklist, and what you tell us under "What I can do" – the last only if you say yes there too, and staff see it only if you turn on sharing.

    Who sees it: only the people who welcome new residents in your municipality. The messages go through Telegram.

    See and delete: /mydata shows everything we have stored about you. /delete erases all of it, at any time.

    If you say no, we store only your language and where you are in this conversation. You can still read about the municipalities.
privacy-question = Is it all right for us to store your answers?
privacy-accept = Yes, that is fine
privacy-decline = No, thank you
privacy-thanks = Thank you! I will now ask you a few short questions. You answer with the buttons, and you can change your answers later.
privacy-declined = That is completely fine. We have stored nothing about you, only your language and where you are in this conversation. You can read about the municipalities, and you can say yes later with /privacy.
privacy-consented = You agreed to this on { $date }. You can withdraw your consent and erase everything with /delete.

## The questions

municipality-prompt = Which municipality do you live in, or are you moving to?
category-prompt = What fits you best? Your answer decides which first steps we show you.
category-refugee = I am a refugee
category-labour = I came to work
category-family = I came to join family
category-other = Something else
arrival-prompt = When did you come to { $municipality }?
arrival-month = { $month } { $year }
arrival-not-yet = I have not arrived yet
arrival-earlier = More than a year ago
household-prompt = Who do you live with here?
household-alone = I live alone
household-partner = With a partner, no children
household-children = With children
mentor-prompt =
    Many people who moved here say that getting to know one Norwegian meant a lot.

    A mentor (“fadder”) is a volunteer here in the municipality – sometimes someone who moved here a few years ago. A mentor can have a coffee with you, show you around and answer small everyday questions.

    Would you like a mentor?
mentor-yes = Yes, please
mentor-no = No thanks, not now
mentor-value-yes = would like a mentor
mentor-value-no = not now
profile-done = Thank you for your answers! Here is your welcome letter.

## Months

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## Weekdays

weekday-short-mon = Mon
weekday-short-tue = Tue
weekday-short-wed = Wed
weekday-short-thu = Thu
weekday-short-fri = Fri
weekday-short-sat = Sat
weekday-short-sun = Sun

## The menu

menu-title = What would you like to do?
guest-title = You have no profile with us, so we store nothing about you. Here is what you can do:
menu-letter = 📨 Welcome letter
menu-info = 🏘 Contacts and meeting places
menu-settings = ⚙️ My answers
menu-language = 🌐 Language
menu-mydata = 🔎 My data
menu-privacy = 🔒 Privacy
menu-delete = 🗑 Delete everything
menu-help = ❓ Help
menu-signup = ✅ Create a profile
info-prompt = Which municipality would you like to read about?
help-text =
    You can write these to me:
    /menu – the main menu
    /letter – your welcome letter
    /info – contacts and meeting places
    /guide – guide: ID, tax, bank, NAV, doctor, school, Norwegian
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
    You can also tap the buttons under the messages.

## Settings and my data

settings-title = These are your answers. Tap the one you want to change:
settings-saved = Saved.
profile-row = { $label }: { $value }
field-municipality = Municipality
field-category = Who you are
field-arrival = Arrived
field-household = Lives with
field-mentor = Mentor
field-language = Language
field-chat = Chat
field-consent = Consent given
field-pending = Messages waiting
value-unanswered = not answered
mydata-title = 🔎 This is what we have stored about you:
mydata-no-profile = You have no profile, so we have no answers from you. We only remember your language and where you are in this conversation.
mydata-footer = You can change your answers with /settings and erase everything with /delete.

## Deleting

delete-confirm = Do you want to erase everything we have stored about you? That means your profile, your answers and any messages waiting to be sent. This cannot be undone.
delete-yes = Yes, erase everything
delete-no = No, keep it
delete-cancelled = All right, nothing has been deleted.
delete-nothing = We had nothing stored about you.
delete-done = Done. This has been erased:
delete-done-profile = your profile: municipality, answers and consent
delete-done-conversation = the conversation: your language and where you were
delete-done-pending =
    { $count ->
        [one] one message that was waiting to be sent
       *[other] { $count } messages that were waiting to be sent
    }
delete-done-footer = We no longer have anything about you. Type /start if you want to begin again.

## The welcome letter

letter-greeting-refugee = Dear friend – welcome to { $municipality }! You will not have to find your way alone. The refugee service will follow you up, and here is what matters most in the first weeks.
letter-greeting-labour = Welcome to { $municipality }! Many people who come here to work have to find their own way. So we have gathered the most important things in one place.
letter-greeting-family = Welcome to { $municipality }! Here is what matters most for you and your family to get off to a good start.
letter-greeting-other = Welcome to { $municipality }! Here is what matters most to get off to a good start.
letter-population = Today we are { $count } inhabitants in { $municipality }. Yesterday we were { $yesterday }. You matter to us.
letter-population-source = (The population figure is from { $source }, { $year }.)
letter-mentor-wish = You said you would like a mentor. Your wish is saved, so that the municipality can put you in touch with a volunteer when one is available.
letter-steps-title = Your first three steps:
letter-step = { $number }. { $text }
step-refugee-service = Contact the refugee service. You will get a contact person who makes a plan for the introduction programme with you: Norwegian, social studies, housing and the way to a job.
step-norwegian-refugee = Start with Norwegian. As a refugee you have the right and the duty to free training in Norwegian and social studies. The classes are at the adult education centre.
step-doctor = Get a regular doctor (fastlege). Everyone registered as resident in Norway has the right to a regular doctor. You choose your doctor on helsenorge.no. With only a D-number you have no right to a regular doctor. Out-of-hours doctor (legevakt): 116 117. Ambulance: 113. Police: 112. Fire: 110.
step-id-check = Go to an ID check at the Tax Administration (Skatteetaten). You need a Norwegian ID number – a D-number or a national identity number – to work, pay tax and open a bank account. Book an appointment and bring your passport (or your national ID card if you are an EU/EEA citizen). If you are an EU/EEA citizen staying more than three months, you must also register with the police within three months.
step-tax-card = Get a tax deduction card (skattekort). You need one to work. You order it from the Tax Administration. It is usually ready within five working days, and your employer fetches it. Many new foreign workers can choose PAYE: a flat deduction every month, with no tax return.
step-bank = Open a bank account and get BankID. The bank needs your D-number or national identity number and checks your ID in person. With a D-number you must also give the tax number from your home country, and your ID must be checked by the Tax Administration before you can get BankID. The rules differ a little from bank to bank.
step-norwegian-rights = Find out what Norwegian training you are entitled to. If you are 18 to 67 years old and came to join a refugee or a Norwegian or Nordic citizen, you have the right and the duty to free training in Norwegian and social studies. If you came to join a labour migrant from outside the EU/EEA, you have the duty to take training but must pay for it. EU/EEA citizens can take courses but must pay. Ask the adult education centre.
step-service-centre = Contact the municipality’s service centre. They will help you find the right office for your question.
letter-children = 👨‍👩‍👧 With children: Children have the right to a kindergarten place from the age of one. The municipality sets the application deadline, often 1 March. School starts in the year the child turns six. Children who will live here for more than three months have the right to a school place within a month.
letter-footer = You can find this letter again with /letter, and everything else under /menu. We are glad you are here.
source-line = 🔗 Source: { $url } (checked { $date })
unconfirmed = Example – not yet confirmed by the municipality.
info-title =
    🏘 { $municipality }
    🌐 { $website }
contacts-title = 📇 Useful contacts
meeting-places-title = ☕ Meeting places

## Offices and meeting places

office-service-centre = service centre
office-refugee-service = refugee service
office-adult-education = adult education centre
office-nav = NAV (labour and welfare)
office-tax-office = Tax Administration, ID checks
office-police = police
office-volunteer-centre = volunteer centre
office-library = library
place-library = library
place-language-cafe = language café
place-sports = sports
place-choir = choir
place-volunteering = volunteering
place-gear-loan = free loan of equipment
place-clubs = clubs and associations
place-culture = culture

## Commands (the Telegram menu)

command-start = Start again
command-menu = Main menu
command-letter = Your welcome letter
command-info = Contacts and meeting places
command-settings = See and change your answers
command-language = Change language
command-privacy = What we store, and why
command-mydata = Everything we have stored about you
command-delete = Erase everything about you
command-help = Help

## Staff

role-coordinator = coordinator
role-announcer = announcements
role-mentor-coordinator = mentor coordinator
staff-code-malformed = That does not look like an invite code. A code has twelve characters, for example /staff K7QF-2M9X-4TPA.
staff-code-unknown = I do not know that code. Check that you typed it correctly, or ask for a new one.
staff-code-expired = That code has expired. Ask the person who invited you for a new one.
staff-code-used = That code has already been used. Each code works only once.
staff-welcome = Welcome! You are now registered as staff of { $municipality } ({ $role }). Type /staff to get to your tools.
staff-group-bound = This group now receives notifications for { $municipality } ({ $role }).
staff-not-member = You are not registered as staff. If you have an invite code, type /staff and the code.
staff-home-title = 👩‍💼 You work for:
staff-membership = • { $municipality } – { $role }
staff-new-announcement = 📣 New announcement
staff-reports = 📊 Delivery reports
delete-done-staff = your role as staff

## Announcements

announce-pick-municipality = Which municipality is the announcement for?
announce-audience-title = 📣 New announcement for { $municipality }. Who should get it? Tap to change, then “Continue” when you are happy.
announce-everyone = everyone
announce-categories-button = Who: { $value }
announce-languages-button = Languages: { $value }
announce-children-button = Only families with children
announce-arrival-button = Arrived: { $value }
announce-months =
    { $count ->
        [one] in the last month
       *[other] in the last { $count } months
    }
announce-continue = Continue →
announce-cancel = ✖ Cancel
announce-cancelled = Cancelled. Nothing was sent.
announce-categories-prompt = Who should get the announcement? None selected means everyone.
announce-languages-prompt = Which languages? None selected means everyone.
announce-text-prompt = Write the announcement in { $language } and send it as one message (at most { $max } characters). Everyone gets it, in their own language if you add a translation.
announce-translation-prompt = Write the text in { $language } and send it as one message (at most { $max } characters).
announce-text-empty = The message was empty. Write the text and send it.
announce-text-too-long = The text is { $length } characters long; the limit is { $max }. Make it shorter and send it again.
announce-translations-prompt = Would you like to add translations? People whose language is missing get English if you wrote it, otherwise Bokmål (Nynorsk readers get Bokmål). Nobody is left out.
announce-urgency-prompt = Is it urgent? Ordinary messages are not sent between 21:00 and 08:00.
announce-normal = Ordinary – not at night
announce-urgent = Urgent – also at night
announce-schedule-prompt = When should it be sent?
announce-now = Now
announce-at = At a set time
announce-repeat = Repeating (crontab)
announce-at-prompt = Write the date and time, Norwegian time, for example 01.12.2026 18:00
announce-at-invalid = I could not read that. Write for example 01.12.2026 18:00
announce-at-past = That time has passed. Write a time in the future.
announce-repeat-prompt =
    Write a crontab expression with five fields, Norwegian time: minute, hour, day of month, month, weekday (1 = Monday).
    Example: 0 18 * * 2 = every Tuesday at 18:00.
announce-repeat-invalid = That is not a valid crontab expression. It needs five fields, for example 0 18 * * 2 (every Tuesday at 18:00).
announce-repeat-never = That expression never fires. Try for example 0 18 * * 2 (every Tuesday at 18:00).
announce-preview-title = 👀 Preview – { $municipality }
announce-preview-audience = Who: { $categories } · Languages: { $languages } · Arrived: { $arrival }
announce-preview-reach =
    { $count ->
        [one] Reaches one person:
       *[other] Reaches { $count } people:
    }
announce-preview-language = { $language }: { $count }
announce-preview-fallback = { $language }: { $count } (get the text in { $fallback })
announce-preview-nobody = Nobody matches this selection yet. Change who should get it.
announce-preview-normal = Ordinary (not between 21:00 and 08:00)
announce-preview-urgent = Urgent (also sent at night)
announce-preview-now = Sent now.
announce-preview-at = Sent { $when }.
announce-preview-repeat = Repeats by “{ $expression }”. Next: { $upcoming }.
announce-send =
    { $count ->
        [one] ✅ Send to one person
       *[other] ✅ Send to { $count } people
    }
announce-edit-text = ✏️ Change the text
announce-edit-audience = 👥 Change recipients
announce-queued =
    { $count ->
        [0] No messages were queued.
        [one] One message is queued. You will get a delivery report when it has been sent.
       *[other] { $count } messages are queued. You will get a delivery report when they have been sent.
    }
announce-scheduled = Scheduled. First sending: { $when }. You will get a delivery report after each sending.
announce-reports-title = 📊 The latest announcements:
announce-reports-none = No announcements yet.
announce-report-line = { $title } – { $municipality }: sent { $sent }, blocked { $blocked }, failed { $failed }, queued { $queued }. { $when }
announce-report-next = Next sending: { $when }.
announce-report-done = Finished.
announce-report-stopped = Stopped.
announce-report = 📊 Delivery report for { $title }: sent { $sent }, blocked { $blocked }, failed { $failed }, still queued { $queued }.
announce-stop = ✖ Stop #{ $id }
announce-stopped =
    { $count ->
        [one] { $title } is stopped. One queued message was withdrawn.
       *[other] { $title } is stopped. { $count } queued messages were withdrawn.
    }

## Events at meeting places
menu-events = 📅 What's on
menu-ask = 💬 Ask a person
command-events = What's on in the municipality
command-ask = Ask a person at the municipality
events-title = 📅 What's on in { $municipality } in the next month:
events-none = No events have been added in { $municipality } for the next month. See also the meeting places under "Contacts and meeting places".
events-remind-hint = Press 🔔 to get a reminder three hours before.
event-repeats = Repeats every week or on a fixed plan.
event-reminder = 🔔 Reminder: { $title }
event-reminder-set = All right! You will get a reminder about "{ $title }" ({ $event }) on { $when }.
event-reminder-exists = You already have a reminder about "{ $title }" ({ $event }).
event-has-started = That event has started or is over, so I cannot remind you of it.
event-is-cancelled = That event has been cancelled.
event-cancelled-notice = ❌ Cancelled: { $title }
event-changed-notice = ✏️ Changed: { $title }. Your reminder has been removed – press 🔔 under /events to get a new one.
staff-events = 📅 Events
staff-events-title = 📅 Upcoming events:
staff-events-none = No upcoming events.
staff-new-event = ➕ New event
event-edit = ✏️ Edit #{ $id }
event-cancel = ✖ Cancel #{ $id }
event-cancel-confirm = Cancel event #{ $id }? Everyone who asked for a reminder will be told.
event-cancel-yes = ✖ Yes, cancel it
event-cancelled =
    { $count ->
        [0] "{ $title }" is cancelled. Nobody had asked for a reminder.
        [one] "{ $title }" is cancelled. One person who asked for a reminder will be told.
       *[other] "{ $title }" is cancelled. { $count } people who asked for a reminder will be told.
    }
event-aborted = The event was not saved.
event-title-prompt = Write the name of the event, for example "Language café" (at most { $max } characters).
event-place-prompt = Where is it? Pick a meeting place or type another place.
event-other-place = ✏️ Another place
event-place-text-prompt = Write the place, for example "Haram folkebibliotek, Brattvåg" (at most { $max } characters).
event-start-prompt = When does it start (the first time)? Write the date and time, Norwegian time, for example 01.12.2026 18:00
event-recurrence-prompt = Does it happen more than once?
event-once = Only once
event-weekly = Every week ({ $when })
event-repeat-crontab = Repeats by "{ $expression }" (crontab, Norwegian time).
event-audience-prompt = Who is it for? Pick none to show it to all newcomers in the municipality.
event-for = For: { $who }
event-description-prompt = Write a short description in { $language } (at most { $max } characters).
event-descriptions-prompt = The Bokmål description is saved. Add more languages if you can; readers of a missing language get the English description if there is one, otherwise the Bokmål one.
event-preview-languages = The description per language:
event-preview-fallback = { $language }: gets { $fallback }
event-summary-title = 📅 { $title }
event-save = ✅ Save
event-change-title = ✏️ Name
event-change-place = 📍 Place
event-change-time = 🕕 Time
event-change-audience = 👥 Who for
event-change-descriptions = 📝 Descriptions
event-saved = ✅ The event is saved and shows under /events for the people it is for.
event-updated =
    { $count ->
        [0] ✅ The change is saved.
        [one] ✅ The change is saved. One person who asked for a reminder will be told.
       *[other] ✅ The change is saved. { $count } people who asked for a reminder will be told.
    }
event-announce = 📣 Announce the event
event-announce-started = The announcement is filled in with the event, in the languages it is described in. Choose the recipients.

## Ask a person (cases)
ask-prompt =
    Write your question in one message, in any language (at most { $max } characters).
    It goes to the staff of { $municipality }. They see a case number, your language and your group – not your name. The answer comes here.
ask-sent = ✅ Sent to { $municipality }. Your case number is { $case }. The answer will come here in the chat.
ask-nobody = Nobody in { $municipality } receives questions here yet. Please contact the municipality directly: { $website }
case-notification = ❓ New case { $case } · { $language } · { $category }
case-notification-more = ❓ More in case { $case } · { $language } · { $category }
case-notification-footer = ↩️ Reply to this message to answer, or write /reply { $case } and the answer. Close the case with /close { $case }.
case-answer = 💬 Answer from { $municipality } (case { $case }):
case-answer-footer = Want to ask more? Press "Ask a person" in /menu.
case-answer-sent = ✅ The answer was sent in case { $case }.
case-unknown = I cannot find a case { $case } that you have access to.
case-closed = Case { $case } is closed.
case-already-closed = Case { $case } was already closed.
case-reply-usage = Write for example /reply S-7KQ4 Your answer, or /close S-7KQ4.
case-close-button = ✔ Close { $case }
cases-title = 💬 Open cases:
cases-line = { $case } · { $language } · { $category } · waiting { $hours } h · { $messages } messages
cases-none = No open cases.
cases-hint = Answer by replying to the case message, or with /reply CASE text.
cases-not-allowed = Only coordinators and staff groups can see the cases.
field-cases = Questions to the municipality
delete-done-cases =
    { $count ->
        [one] one question to the municipality, with answers
       *[other] { $count } questions to the municipality, with answers
    }

## The guide, the checklist and typed questions
menu-guide = 📘 Guide
menu-housing = 🏠 Housing
menu-checklist = ✅ My checklist
command-guide = Guide: ID, tax, bank, NAV, doctor, school, Norwegian
command-housing = Renting and buying a home, deposit, housing benefit
command-checklist = Your checklist: what you have done and what is left
guide-title = 📘 Guide: choose a topic.
housing-title = 🏠 Housing: choose a topic.
guide-steps = How to do it:
guide-bring = 🎒 Bring:
guide-where = 📍 In { $municipality }:
guide-unconfirmed = Not everything here is confirmed by an official source yet. Ask the municipality before you rely on it.
guide-previous = ◀ Previous
guide-next = Next ▶
checklist-title = ✅ Your checklist: { $done } of { $total } done
checklist-after = waiting for: { $steps }
checklist-hint = Press a step to read how to do it and to tick it off.
checklist-mark-done = ✅ Done: { $step }
checklist-mark-skip = ➖ Not for me
checklist-mark-open = ↩️ Not done after all: { $step }
checklist-marked-done = Great! "{ $step }" is ticked off.
checklist-marked-skipped = "{ $step }" is marked as not relevant for you.
checklist-marked-open = "{ $step }" is back on the list.
question-matches = I found these topics. Is one of them what you are looking for?
question-none-button = None of these
question-none = Sorry I did not find it.
question-none-next = You can browse the guide, or ask a person at the municipality.
question-no-match = I found no topic that fits. Try other words (for example "tax card" or "doctor"), or use the buttons.
field-checklist = Checklist
value-checklist = { $done } done, { $skipped } not relevant
delete-done-checklist = your checklist progress

## Competence mapping (/skills)
menu-skills = 🧰 What I can do
command-skills = Your education, work and languages – and what you want
skills-consent =
    🧰 Few newcomers work with what they trained for, and nobody asks what families bring. Here you can tell us what you have education and experience in, which languages you speak and what you would like.
    Everything is optional. We store it only if you say yes, you see it in /mydata, and you can change or delete it at any time. The municipality's staff see it only if you turn on sharing.
    Do you want to fill it in?
skills-consent-yes = ✅ Yes, I want to fill it in
skills-consent-no = No, thanks
skills-declined = All right, we store nothing. You will find it again under "What I can do" in /menu.
skills-overview = Press what you want to fill in or change. Everything is optional.
skills-summary-title = 🧰 What I can do:
skills-part-education = 🎓 Education
skills-part-field = 🧭 Field
skills-part-profession = 👷 Profession
skills-part-experience = ⏳ Experience
skills-part-languages = 🗣 Languages
skills-part-licence = 🚗 Driving licence
skills-part-wishes = 🎯 Wishes
skills-shared = 👀 The municipality's staff can see this.
skills-not-shared = 🔒 Only you see this.
skills-share-start = 👀 Let the municipality see this
skills-share-stop = 🔒 Stop sharing with the municipality
skills-share-on = The municipality's staff can now see this, so they can connect you with jobs, courses and recognition.
skills-share-off = Now only you see this.
skills-clear = 🗑 Delete this
skills-finish = ✅ Done
skills-cleared = What you filled in under "What I can do" is deleted.
skills-thanks = Thank you! You can change this at any time under "What I can do".
skills-education-prompt = What is the highest education you have completed?
skills-field-prompt = Which field do you have education or experience in?
skills-profession-prompt = Write your profession in a few words, for example "nurse" or "welder" (at most { $max } characters).
skills-profession-invalid = Write your profession in a few words, at most { $max } characters.
skills-experience-prompt = How many years of experience do you have in this?
skills-languages-prompt = Which languages do you speak? Press all that apply.
skills-licence-prompt = Do you have a driving licence?
skills-wishes-prompt = What would you like? Press all that apply.
skills-edu-none = No school completed
skills-edu-primary = Primary school
skills-edu-secondary = Secondary school
skills-edu-vocational = Trade certificate or vocational training
skills-edu-bachelor = College or university (bachelor)
skills-edu-master = Master or higher
skills-field-health = Health
skills-field-teaching = Teaching
skills-field-technical = Technical and industry
skills-field-building = Building and construction
skills-field-transport = Transport and warehouse
skills-field-farming = Farming and fishing
skills-field-food = Food, hotels and restaurants
skills-field-office = Office and finance
skills-field-it = IT
skills-field-service = Cleaning and service
skills-field-care = Care and childcare
skills-field-other = Other
skills-exp-lt1 = Less than 1 year
skills-exp-1-3 = 1–3 years
skills-exp-3-10 = 3–10 years
skills-exp-gt10 = More than 10 years
skills-licence-none = No
skills-licence-car = Yes, for a car (class B)
skills-licence-heavy = Yes, for a truck or bus
skills-wish-same = A job in what I already do
skills-wish-any = A job, any job
skills-wish-edu = Education or a course
skills-wish-recog = Get my education recognised
skills-wish-business = Start my own business
delete-done-skills = what you told us under "What I can do"
checklist-due = ⏰ by the end of { $month }
checklist-overdue = ⚠️ was due by the end of { $month } – do it as soon as you can
staff-cases = 💬 Open cases
