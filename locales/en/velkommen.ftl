# velkommen — English.
# Same keys as the reference locale (nb). Plain, warm, short sentences:
# many readers use English as their second or third language.

language-name = English

## Common

error-generic = Sorry, something went wrong on our side. Please try again in a moment – nothing you saved has been lost.
stale-button = That button is no longer valid. Here is what you can do now:
state-recovered = Sorry, I lost track of where we were in our conversation. Your answers are safe – let’s continue from here.
use-the-buttons = Please tap one of the buttons under the message to continue.
unsupported-message = I can only read text and button taps – not pictures, audio, stickers or locations.
edited-message = I do not read edited messages. Please send a new message instead.
group-chat = I only talk in private chats, to protect your privacy. Tap my name and write to me directly.
unknown-command = I do not know that command. /help shows everything I can do.
finish-first = Let us finish this first:
needs-profile = You need a profile for the welcome letter and your answers. Tap "Create a profile" to begin.
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
    Many people who moved here say that getting to know just one Norwegian meant a lot.

    A mentor (fadder) is a volunteer here in the municipality – sometimes someone who moved here themselves a few years ago. A mentor can have a coffee with you, show you around and answer small everyday questions.

    If you say yes, you are put on the list. The municipality looks for someone who fits you and asks you before the mentor learns who you are.

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
    Here is what you can write to me:
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

letter-greeting-refugee = Welcome to { $municipality }! You will not have to find your way alone: the refugee service will support you through the first years.
letter-greeting-labour = Welcome to { $municipality }! Many people who come here to work have to find their own way, so here is what matters most, in one place.
letter-greeting-family = Welcome to { $municipality }! Here is what matters most for you and your family.
letter-greeting-other = Welcome to { $municipality }! Here is what matters most for a good start.
letter-population = There are { $count } of us in { $municipality } today. Yesterday there were { $yesterday }. You matter to us.
letter-mentor-wish = You are on the list for a mentor (fadder). Tap the button below to tell us what you would like help with.
letter-steps-title = Your first three steps:
letter-step = { $number }. { $text }
step-refugee-service = Meet the refugee service. You will get a contact person and a plan for the introduction programme.
step-norwegian-refugee = Start learning Norwegian. As a refugee you have the right and duty to attend free Norwegian and social studies classes.
step-doctor = Get a regular doctor (fastlege) on helsenorge.no. Out-of-hours doctor: 116 117. Emergency: 113 ambulance, 112 police, 110 fire.
step-id-check = Book an ID check at the Tax Administration (Skatteetaten). There you get a D-number or a national identity number.
step-tax-card = Apply for a tax card (skattekort) before you start work. With PAYE (kildeskatt) a fixed percentage is deducted from your pay.
step-bank = Open a bank account and get BankID. The bank needs your D-number or national identity number.
step-norwegian-rights = Find out whether you have a right to free Norwegian classes. It depends on why you came.
step-service-centre = Contact the municipality's service centre. They will help you find the right office.
letter-children = 👨‍👩‍👧 Children have a right to a kindergarten place from the age of one, and to a school place from the year they turn six. The application deadline for kindergarten is often 1 March.
letter-footer = Tap a step to read more. The buttons below show contacts and meeting places, and /letter brings the letter back.
source-line = 🔗 { $link } (checked { $date })
unconfirmed = Example – not yet confirmed by the municipality.
contacts-title = 📇 Contacts in { $municipality }
meeting-places-title = ☕ Meeting places in { $municipality }

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
announce-repeat = 🔁 Repeatedly
announce-at-prompt = Write the date and time, Norwegian time, for example "{ $example }", "tomorrow at 18" or "Tuesday 18:30".
announce-repeat-prompt = When should it first go out? Write for example "{ $example }" or "Tuesday at 18" – then you choose how it repeats. You can also write the whole rule: "every Tuesday at 18".
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
announce-preview-repeat = Repeats { $rule }. Next: { $upcoming }.
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
announce-report-line = { $title } – { $municipality }: sent { $sent }, waiting { $waiting }, blocked { $blocked }, failed { $failed }. { $when }
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
events-remind-hint = Tap 🔔 to get a reminder three hours before.
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
event-start-prompt = When does it start (the first time)? Write a date and time, for example "{ $example }", "tomorrow at 18" or "Tuesday 18:30". If it happens regularly, you can write the whole rule: "every Tuesday at 18".
event-recurrence-prompt = Does it happen more than once?
event-once = Only once
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
    It goes to the staff in { $municipality }. They see a case number, your language and which group you belong to – not your name. The answer will come here.
ask-sent = ✅ Sent to { $municipality }. Your case number is { $case }. The answer will come here in the chat.
case-notification = ❓ New case { $case } · { $who }
case-notification-more = ❓ More in case { $case } · { $who }
case-notification-footer = ↩️ Reply to this message to answer, or write /reply { $case } and the answer. Close the case with /close { $case }.
case-answer = 💬 Answer from { $municipality } (case { $case }):
case-answer-footer = Want to ask more? Tap "Ask a person" in /menu.
case-answer-sent = ✅ The answer was sent in case { $case }.
case-unknown = I cannot find a case { $case } that you have access to.
case-closed = Case { $case } is closed.
case-already-closed = Case { $case } was already closed.
case-reply-usage = Write for example /reply S-7KQ4 Your answer, or /close S-7KQ4.
case-close-button = ✔ Close { $case }
cases-title = 💬 Open cases:
cases-line = { $case } · { $who } · waiting { $hours } h · { $messages ->
        [one] one message
       *[other] { $messages } messages
    }
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
checklist-hint = Tap a step to read how to do it and to tick it off.
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
    🧰 Few newcomers work in the jobs they trained for, and nobody asks what skills families bring. Here you can tell us about your education and experience, which languages you speak and what you would like.
    Everything is optional. We store it only if you say yes, you can see it in /mydata, and you can change or delete it at any time. The municipality's coordinators see it only as figures together with others (never for fewer than 5 people). They see what you answered only if you say yes to that.
    Would you like to fill it in?
skills-consent-yes = ✅ Yes, I want to fill it in
skills-consent-no = No, thanks
skills-declined = All right, we store nothing. You will find it again under "What I can do" in /menu.
skills-overview = Tap what you want to fill in or change. Everything is optional.
skills-summary-title = 🧰 What I can do:
skills-part-education = 🎓 Education
skills-part-field = 🧭 Field
skills-part-profession = 👷 Profession
skills-part-experience = ⏳ Experience
skills-part-languages = 🗣 Languages
skills-part-licence = 🚗 Driving licence
skills-part-wishes = 🎯 Wishes
skills-shared = 👀 You have said yes to the municipality's coordinators seeing what you answered here, without your name, so they know what skills there are when they plan jobs, courses and recognition of qualifications.
skills-not-shared = 🔒 The municipality sees this only as figures together with others, never for fewer than 5 people.
skills-share-start = 👀 Let the municipality see this
skills-share-stop = 🔒 Hide this from the municipality
skills-share-on = Saved: the municipality's coordinators can now see what you answered here, without your name.
skills-share-off = Saved: the municipality now sees this only as figures together with others.
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
privacy-details =
    If you use these, we also store:
    • "Ask a person": your questions and the answers. Staff see a case number, your language and your group – never your name.
    • The checklist: what you have ticked off.
    • "What I can do": only if you say yes there too. The municipality sees it as figures together with others, and what you answered only if you say yes to that.
    Everything is in /mydata and is erased with /delete.
citizenship-prompt = What is your citizenship? It decides which rules apply to you – for example whether you must register with the police or need a residence permit.
citizenship-nordic = Nordic (Denmark, Finland, Iceland, Sweden)
citizenship-eea = Another EU/EEA country or Switzerland
citizenship-other = A country outside the EU/EEA
field-citizenship = Citizenship
household-relatives = With parents or other relatives
step-eea-registration = Register with the police within three months of arriving. It is free, and you only do it once.
step-nordic-move = Report your move to the National Population Register at the Tax Administration (Skatteetaten). Nordic citizens do not need to register with the police.
step-work-permit = You must have a residence permit for work before you start working. Apply to renew it well before it expires.
step-family-permit = Check when your family immigration permit expires, and apply to renew it in good time.
step-residence-permit = Check when your residence permit expires, and apply to renew it in good time.
meeting-places-none = The municipality has not added any meeting places yet.
button-contacts = 📇 Contacts
button-places = ☕ Meeting places
typed-yes = yes, y, yeah, yep, ok, okay, sure, yes please
typed-no = no, n, nope, no thanks, not now
staff-use-buttons = Use the buttons below, or a command. /help lists the commands for staff.
needs-profile-ask = If you want to ask a person, we need a profile: your municipality, and your permission to keep the question and send you the answer. Tap "Create a profile" to begin.
needs-profile-checklist = The checklist is made from your answers, so it needs a profile. You can read every topic in the guide without one.
needs-profile-skills = To keep what you tell us about your education and work, we need a profile. Tap "Create a profile" to begin.
events-pick = Which municipality's events would you like to see?
events-profile-hint = Would you like a reminder? Create a profile, and you can tap 🔔.
question-ask-person = 💬 Ask a person about this
ask-prompt-nobody =
    Nobody in { $municipality } is receiving questions here yet. You can still write your question (at most { $max } characters): we will keep it, and it goes to the first staff member who joins. The answer will come here.
    If it is urgent, contact the municipality directly: { $website }
ask-kept = 📥 Your question is saved as case { $case }. Nobody in { $municipality } is receiving questions here yet. It will go to the staff as soon as someone joins, and the answer will come here.
ask-carried = Your question: "{ $question }"
ask-send-carried = ✅ Send this question
case-notification-waited = ❓ Case { $case } · { $who } – asked before anyone was receiving questions here
case-arrived-notice = 📨 Your question (case { $case }) has now reached the staff in { $municipality }. The answer will come here.
case-closed-notice = ✔ { $municipality } has closed your case { $case }. If you need more help, tap "Ask a person" in /menu.
cases-thread-question = ❓ { $time }: { $text }
cases-thread-answer = 💬 { $time }: { $text }
cases-thread-earlier = { $count ->
        [one] … one earlier message
       *[other] … { $count } earlier messages
    }
case-answer-prompt = Write your answer to case { $case } as one message (at most { $max } characters). It goes to the person who asked, exactly as you write it.
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
staff-category-other = Other reason
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
repeat-advanced = ⚙️ Advanced: a crontab expression
repeat-prompt = Write when it repeats, for example "every Tuesday at 18", "every other Thursday at 17:30" or "first Monday of the month at 10". Advanced: a crontab expression with five fields, Norwegian time, for example 0 18 * * 2.
repeat-weekly = { $day ->
        [mon] every Monday
        [tue] every Tuesday
        [wed] every Wednesday
        [thu] every Thursday
        [fri] every Friday
        [sat] every Saturday
       *[sun] every Sunday
    } at { $time }
repeat-every-other-week = { $day ->
        [mon] every other Monday
        [tue] every other Tuesday
        [wed] every other Wednesday
        [thu] every other Thursday
        [fri] every other Friday
        [sat] every other Saturday
       *[sun] every other Sunday
    } at { $time }
repeat-monthly = { $nth ->
        [1] on the first
        [2] on the second
        [3] on the third
        [4] on the fourth
       *[last] on the last
    } { $day ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    } of the month at { $time }
repeat-crontab = following the crontab "{ $expression }"
repeat-kind-prompt = The first time: { $when }. How should it repeat?
event-titles-prompt = The name in Bokmål is "{ $title }". Would you like to write it in other languages? Readers whose language is missing get the Bokmål name.
event-title-in-prompt = Write the name in { $language } (in Bokmål: "{ $title }"), at most { $max } characters.
event-change-titles = 🌐 Name in other languages
event-cancel-repeating = #{ $id } "{ $title }" repeats. Cancel one date or the whole series? Anyone who asked for a reminder about what you cancel will be told.
event-cancel-date = ✖ Only { $when }
event-cancel-series = ✖ The whole series
event-date-cancelled = "{ $title }" on { $when } is cancelled. { $count ->
        [0] Nobody had asked for a reminder.
        [one] One person who asked for a reminder will be told.
       *[other] { $count } people who asked for a reminder will be told.
    } The other dates stand.
event-date-cancelled-notice = ❌ Cancelled: { $title } on { $when } ({ $place }). The other dates are unchanged.
when-not-a-time = I could not read that as a date and time. Write for example "{ $example }", "tomorrow at 18" or "Tuesday 18:30".
when-no-time = The time of day is missing. Write for example "{ $example }" or "Tuesday at 18".
when-in-the-past = That time has passed. Write a time in the future, for example "{ $example }".
when-too-far = That is more than two years ahead. Write a nearer time, for example "{ $example }".
when-not-a-repeat = I could not read that as a repeating schedule. Write for example "every Tuesday at 18", "every other Thursday at 17:30" or "first Monday of the month at 10".
when-not-a-crontab = That is not a valid crontab expression. It needs five fields, for example 0 18 * * 2 (every Tuesday at 18:00).
when-never-fires = That expression never fires. Try for example 0 18 * * 2 (every Tuesday at 18:00).
announce-preview-quiet = 🌙 That is during quiet hours: ordinary messages go out at { $when }.
announce-preview-now-quiet = 🌙 It is quiet hours now. The messages go out at { $when }.
announce-quiet = 🌙 Quiet hours: ordinary messages go out at { $when }.
announce-stop-confirm = Stop { $title }? It will not be sent again, and messages not sent yet will be withdrawn.
announce-stop-yes = ✖ Yes, stop it
announce-report-waiting = Queued – the rest are waiting to be sent (for example until the quiet hours end).
staff-group-refugee = Refugees
staff-group-labour = Labour migrants
staff-group-family = Family migrants
staff-group-other = Others

## Announcement templates

announce-from-template = 📋 From a template (in every language)
announce-template-pick = Choose a template. It is written in all ten languages, so every newcomer gets it in their own language. ⚠️ means it is urgent and is sent at night too.
announce-template-when = When? Type the date and time, for example 08.12.2026 18:00 or Tuesday at 18.
announce-template-date = Which date? For example 01.03.2027 or 1 March.
announce-template-time = What time? For example 18 or 18:30.
announce-template-place = Where? Type the place as people know it (at most { $max } characters).
announce-template-contact = Whom can people contact? Type a name, phone or e-mail (at most { $max } characters).
announce-template-done =
    { $count ->
        [one] ✅ The text is ready in one language:
       *[other] ✅ The text is ready in { $count } languages. This is how each reader will see it:
    }
announce-template-bad-date = I did not understand the date. Type it for example as 08.12.2026 18:00, tomorrow at 18 or Tuesday at 18 – and not a date that has passed.
announce-template-bad-time = I did not understand the time. Type for example 18 or 18:30.

## Machine translation

case-machine-translation = 🤖 Machine-translated into Bokmål ({ $provider }):
case-machine-translated-answer = 🤖 Machine-translated from Norwegian ({ $provider }). What the municipality wrote:
privacy-translation = 🤖 Machine translation: the questions you write to the municipality, and the answers, are translated by { $provider }. Only the text is sent there – never your name or your chat number. You always see the original text too.
machine-translated = 🤖 Machine-translated from Norwegian by { $provider }. It may contain mistakes.
machine-original-button = 🇳🇴 Show the Norwegian original
machine-original = 🇳🇴 The Norwegian original, from { $municipality }:
announce-machine-done = 🤖 { $provider } has translated the text into { $count ->
        [one] one language
       *[other] { $count } languages
    } for the people it reaches. Tap a language to read its translation and keep it, write your own or drop it.
announce-machine-failed = These could not be machine-translated: { $languages }. Their readers get the text in English or Bokmål unless you write it.
announce-translations-machine-prompt = The translations: ✍️ written by you · 🤖 machine translation, not checked · 🤖✅ checked · 🚫 dropped. Tap a language to read, write or drop it. People whose language is missing get English if there is a text in English, otherwise Bokmål (Nynorsk readers get Bokmål).
announce-machine-review = 🤖 { $language } – machine translation by { $provider }:
announce-machine-question = Keep it, write your own, or drop it? If you drop it, readers of { $language } get the text in { $fallback }.
announce-machine-accept = ✅ Keep this translation
announce-machine-write = ✏️ Write it myself
announce-machine-drop = 🗑 Drop it
announce-preview-machine = { $language }: { $count } (🤖 machine translation, not checked)
announce-preview-machine-checked = { $language }: { $count } (🤖 machine translation, checked)
announce-check-translations = 🌐 Check the translations
insight-translation-usage = 🤖 Machine translation by { $provider } in { $month }: { $requests } texts, { $characters } characters sent.
event-descriptions-machine-prompt = The descriptions and titles per language: ✍️ written by you · 🤖 machine translation, not checked · 🤖✅ checked · 🚫 dropped. Tap a language to read, write or drop it. Readers of a missing language get the English description if there is one, otherwise the Bokmål one.
event-template-pick = Which template? The description is written in every language with the event's date, time and place. Only one-off events can use templates.
event-template-done = { $count ->
        [one] ✅ The title and description are written from the template in one language.
       *[other] ✅ The title and description are written from the template in { $count } languages.
    } You can still rewrite each language below.
announce-text-prompt-machine = Write the announcement in { $language } and send it as one message (at most { $max } characters). { $provider } then translates it into the languages of the people it reaches, and you check each translation before it is sent.
staff-audit = 🧾 Audit log
audit-pick = Which municipality's audit log?
audit-title = 🧾 Audit log – { $municipality }: the latest staff actions, newest first (who is the staff member's chat).
audit-empty = Nothing yet.
audit-footer = The log cannot be changed. The whole log: velkommen audit --municipality { $slug } on the server.
audit-invite-redeemed = became staff:
audit-announcement-created = announcement created
audit-announcement-stopped = announcement stopped
audit-event-created = event created
audit-event-changed = event changed
audit-event-cancelled = event cancelled
audit-case-answered = case answered
audit-case-closed = case closed
audit-insight-read = insight read for
audit-competence-read = skills overview read, people:
audit-mentor-approved = fadder approved
audit-mentor-paused = fadder paused
audit-mentor-ended = fadder ended
audit-story-published = newcomer of the month published
audit-staff-revoked = staff membership removed:
staff-erase = 🗑 Erasure request
erase-prompt = Someone asked the municipality – by phone, letter or at the desk – to erase everything velkommen stores about them. Type their case number and why, for example: S-7KQ4 asked by phone on 2 December (at most { $max } characters for the reason).
erase-usage = Type the case number first, then the reason, for example: S-7KQ4 asked at the service centre.
erase-confirm = Erase everything about the person of case { $case }: their answers, questions, checklist, skills, fadder sign-up and messages waiting to be sent? A fadder match ends (the other side is told). It cannot be undone. The reason, written to the audit log: { $reason }
erase-yes = 🗑 Yes, erase everything
erase-cancelled = Nothing was erased.
erase-done = Everything about the person of case { $case } is erased, and they have been told. The erasure is in the audit log.
erase-notice = At your request, the municipality has erased everything velkommen stored about you. You can start again at any time with /start.
audit-erasure = person erased at their request:
mydata-file-button = 📄 As a file
mydata-file-caption = 📄 Everything velkommen stores about you, as one file (JSON) that you can keep or give to another service.
retention-warning = You have not written to us for almost two years. On { $date } we will erase everything we have stored about you, as we promised when you said yes. If you would like us to keep it, just write anything here before then.

## Paper: the welcome letter as a PDF, and posters

letter-pdf-button = 📄 As PDF
letter-pdf-caption = 📄 Your welcome letter as a PDF: to print, or to show at an office.
print-letter-qr = Scan with your phone's camera: { $municipality }'s welcome service opens in Telegram, in your language.
print-failed = Sorry, the PDF couldn't be created right now. Please try again in a little while.
poster-welcome = Welcome to { $municipality }!
poster-what = Scan the code with your phone's camera and get help in your own language on Telegram: your first steps, contacts, meeting places and answers to your questions.
poster-mentor-title = Become a fadder in { $municipality }!
poster-mentor-body = Get to know someone who has just moved here: a cup of coffee, a walk, some Norwegian practice. A few hours a month make a real difference. Did you move to Norway yourself? Then your language and your experience are a gift to a newcomer.
poster-mentor-scan = Scan the code with your phone's camera to sign up as a fadder (volunteer mentor) on Telegram. It takes about three minutes, and the municipality will get in touch with you.
staff-posters = 🖨 Posters
posters-pick = Posters for which municipality?
posters-newcomers-caption = 🖨 Poster for newcomers in { $municipality }: "welcome" in all ten languages and a QR code that opens the welcome service in { $municipality }. Print it on A4 for the service centre, the library and employers.
posters-mentors-caption = 🖨 Poster to recruit faddere in { $municipality }: its QR code opens the fadder sign-up.
