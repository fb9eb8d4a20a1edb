# Follow-ups: the messages over the first two years, the pulse (the questions about life here) and /pause.

## The follow-up message

followup-hello = 👋 Hello! It is now { $since } since you started using velkommen in { $municipality }. How are you getting on? Here is what may be useful now.
followup-days =
    { $count ->
        [one] one day
       *[other] { $count } days
    }
followup-weeks =
    { $count ->
        [one] a week
       *[other] { $count } weeks
    }
followup-months =
    { $count ->
        [one] a month
       *[other] { $count } months
    }
followup-years =
    { $count ->
        [one] a year
       *[other] { $count } years
    }
followup-checklist =
    { $count ->
        [one] 📋 One step on your checklist is not done yet.
       *[other] 📋 { $count } steps on your checklist are not done yet.
    } Tap a step to read how to do it.
followup-mentor = 🤝 Would you like to get to know someone who lives here? A fadder is a volunteer who meets you now and then – you can go for a walk, have a coffee or practise some Norwegian.
followup-mentor-button = 🤝 I would like a fadder
followup-events = 📅 Coming up soon:
followup-events-button = 📅 Everything that is on
followup-pulse = 💬 We would like to hear how life here is for you: a few short questions, one tap each, and you can skip any of them. Your answers are counted without your name.
followup-pulse-start = 💬 Answer now (2 minutes)
followup-footer = Would you like fewer messages? Type /pause.
followup-not-now = Not now
followup-fewer = 🔕 Fewer messages
followup-not-now-done = All right! You will find everything in /menu when you need it.
followup-needs-profile = Follow-ups are for people who have filled in their profile. Type /start to begin.

## /pause and /resume

pause-prompt = How long should we wait with the next follow-up message? Reminders of events you asked for, and answers from the municipality, still come.
pause-months =
    { $count ->
        [one] 🔕 One month
       *[other] 🔕 { $count } months
    }
pause-until-resumed = 🔕 Until I turn them on again
pause-done-until = All right. You will get no follow-up messages before { $date }. Type /resume if you want them again before then.
pause-done = All right. You will get no follow-up messages until you type /resume.
resume-not-paused = Your follow-up messages are not paused.
resume-done = Your follow-up messages are on again. The next one comes around { $date }.
resume-done-soon = Your follow-up messages are on again. The next one comes soon.
resume-done-none-left = Your follow-up messages are on again, but you have already had them all.
command-pause = Fewer messages: pause the follow-ups
command-resume = Turn the follow-up messages on again
help-followups =
    /pause – fewer messages: pause the follow-ups
    /resume – turn the follow-ups on again

## My data, privacy and deleting

mydata-followups-next =
    { $count ->
        [0] Follow-ups: no messages yet, the first comes around { $date }.
        [one] Follow-ups: one message sent, the next comes around { $date }.
       *[other] Follow-ups: { $count } messages sent, the next comes around { $date }.
    }
mydata-followups-done =
    { $count ->
        [0] Follow-ups: no more messages.
        [one] Follow-ups: one message sent, no more will come.
       *[other] Follow-ups: { $count } messages sent, no more will come.
    }
mydata-followups-paused = Follow-ups: paused until you type /resume.
mydata-followups-paused-until = Follow-ups: paused until { $date }.
mydata-pulse =
    { $count ->
        [one] You have answered the questions about life here once. The answers are counted without your name; if you delete your data, they stay in the statistics with nothing that links them to you.
       *[other] You have answered the questions about life here { $count } times. The answers are counted without your name; if you delete your data, they stay in the statistics with nothing that links them to you.
    }
privacy-followups =
    🔔 Follow-ups: over the first two years we write to you a few times with what may be useful, and after three months also with a few optional questions about life here. /pause gives you fewer messages.
    Your answers to those questions are stored for statistics without your name. The municipality only sees figures for groups of at least five people. If you delete your data, the link to you is deleted, but the anonymous answers stay in the statistics.
delete-done-followups = the follow-up messages planned for you
delete-done-pulse-kept = Your answers to the questions about life here stay in the statistics, with nothing that links them to you.

## The pulse

pulse-progress = Question { $n } of { $total }
pulse-scale-satisfied = 0 = extremely dissatisfied, 10 = extremely satisfied
pulse-scale-belong = 0 = not at all, 10 = very strongly
pulse-several = Tap everything that fits, then "Done".
pulse-done = Done ➡️
pulse-skip = Skip
pulse-stop = Stop here
pulse-yes = Yes
pulse-no = No
pulse-q-life = All things considered, how satisfied are you with your life as a whole nowadays?
pulse-q-place = How satisfied are you with the place where you live?
pulse-q-belong = How strongly do you feel you belong to the place where you live?
pulse-q-stay = Do you expect to live here in two years?
pulse-q-stay-reasons = What makes you stay here?
pulse-q-leave-reasons = What might make you move away from here?
pulse-q-friends = How often do you meet good friends?
pulse-q-norwegian-friend = Is there a Norwegian here you could call as a friend?
pulse-q-good = What is good about living here?
pulse-q-work = Do you work?
pulse-q-housing = What is your housing situation?
pulse-q-buy = Would you like to buy a home of your own here?
pulse-friends-daily = Every day
pulse-friends-weekly = Every week
pulse-friends-monthly = Every month
pulse-friends-yearly = A few times a year
pulse-friends-less = Less often
pulse-friends-none = I have no good friends
pulse-quality-safety = It is safe
pulse-quality-nature = The nature
pulse-quality-people = The people
pulse-quality-meeting = Meeting places
pulse-quality-distances = Short distances
pulse-quality-services = Services: school, health
pulse-work-in-line = Yes, matching my education
pulse-work-not-in-line = Yes, but not matching my education
pulse-work-looking = No, I am looking for work
pulse-work-learning = No, I am at school or on a course
pulse-work-not = No
pulse-housing-rent = I rent privately
pulse-housing-own = I own my home
pulse-housing-municipal = I rent from the municipality
pulse-housing-temporary = Temporary, e.g. through work
pulse-expect-yes = Yes
pulse-expect-unsure = Not sure
pulse-expect-no = No
pulse-stay-work = Work
pulse-stay-home = My home
pulse-stay-safety = Safety
pulse-stay-children = The children are doing well here
pulse-stay-people = People I know here
pulse-stay-nature = The nature and the calm
pulse-reason-other = Something else
pulse-leave-education = Education
pulse-leave-competence = Using my skills and education
pulse-leave-career = Career
pulse-leave-family = Family and friends
pulse-leave-culture = Religion and culture
pulse-leave-own-people = A bigger network of my own people
pulse-leave-city = Living in a city
pulse-leave-back = Moving back to my home country
pulse-talk = Many people think about whether to stay or move. { $municipality } municipality would be glad to talk with you about the pros and cons. Would you like that? If you say yes, your request goes to the municipality as a case, and the answer comes here in the chat.
pulse-talk-yes = Yes, please
pulse-talk-no = No, thank you
pulse-talk-case = Would like a talk about staying or moving (from the follow-up). Expects to live here in two years: { $answer }.
pulse-thanks = Thank you very much! Your answers help { $municipality } become a better place to live. They are counted without your name.
pulse-stopped = All right – thank you for what you answered. You can go on later with the button in the message.
pulse-already = You have already answered these questions. Thank you!

## Insight for the municipality (/insight and velkommen insight)

insight-title = 📊 Insight for { $municipality }, { $from }–{ $to }
insight-responses = Answers to the questions about life here: { $count }
insight-none = Nobody has answered the questions about life here in this period yet. The questions come with the follow-ups from three months after registering.
insight-everyone = Everyone
insight-category-unknown = Not given
insight-here-first-year = Here less than a year
insight-here-second-year = Here 1–2 years
insight-here-longer = Here more than 2 years
insight-quarter = Q{ $quarter } { $year }
insight-stay-title = 🏡 Do they expect to live here in two years? ({ $count } answers)
insight-by-month = 📈 Month by month: do they expect to live here in two years?
insight-stay-reasons = ➡️ What makes them stay here ({ $count } who expect to stay):
insight-leave-reasons = ⬅️ What might make them move ({ $count } who are unsure or expect to move):
insight-good = 👍 What is good about living here ({ $count } answers):
insight-life = 😊 Satisfied with life (0–10): mean { $mean } ({ $count } answers)
insight-life-national = For comparison: immigrants in Norway { $immigrants }, the whole population { $everyone } (Statistics Norway, living conditions survey among immigrants 2016).
insight-place = 📍 Satisfied with the place (0–10): mean { $mean } ({ $count } answers)
insight-place-national = For comparison: the whole country { $national } (Statistics Norway, quality of life survey 2023).
insight-belong = 🤝 Belonging to the place (0–10): mean { $mean } ({ $count } answers)
insight-friends = 👥 How often they meet good friends ({ $count } answers):
insight-norwegian-friend = 🇳🇴 Have a Norwegian they could call as a friend ({ $count } answers):
insight-housing = 🏠 Housing, quarter by quarter:
insight-buy = 🔑 Would like to buy a home here (of those who do not own, { $count } answers):
insight-work = 💼 Work, quarter by quarter:
insight-matches = 🤝 Fadder matches: { $started } started, { $running } running, { $ended } ended in the period.
insight-matches-started = Started
insight-matches-running = Running
insight-matches-ended = Ended
insight-footnote = ℹ️ Figures based on fewer than 5 people show as "< 5". Figures they could be worked out from are hidden too. The answers are stored without names.
insight-csv-header = Section;Group;Answer;Count;Of;Share (%);Mean
insight-csv-mean = Mean (0–10)
insight-section-responses = Answers
insight-section-stay = Expect to live here in two years
insight-section-trend = Month by month
insight-section-stay-reasons = Reasons to stay
insight-section-leave-reasons = Reasons to move
insight-section-good = What is good about living here
insight-section-life = Satisfied with life
insight-section-place = Satisfied with the place
insight-section-belong = Belonging
insight-section-friends = Meeting good friends
insight-section-norwegian-friend = A Norwegian to call as a friend
insight-section-housing = Housing
insight-section-buy = Would like to buy a home
insight-section-work = Work
insight-section-matches = Fadder matches
insight-chart-title = { $municipality }, { $from }–{ $to }
insight-chart-stay = Expect to live here in two years?
insight-chart-trend = Share expecting to live here in two years, by month (%)
insight-chart-leave = What might make them move
insight-chart-housing = Housing by quarter (%)
insight-chart-footer = Source: answers in velkommen. Groups under 5 people are not shown.
insight-not-allowed = The insight is for the municipality's coordinators.
insight-pick = Which municipality would you like to see insight for?
insight-chart-caption = 📊 The chart. Groups under 5 people are not shown.
insight-csv-caption = 📄 The figures as a spreadsheet (CSV with semicolons, opens in Excel).
insight-recent = 📅 The last 12 months
insight-year = 📅 All of { $year }
insight-more = Would you like to see another period?
staff-insight = 📊 Insight
competence-title = 🧰 Skills in { $municipality }: { $count } have filled in "What I can do".
competence-education = 🎓 Education ({ $count } answers):
competence-field = 🛠 Field ({ $count } answers):
competence-experience = ⏳ Experience in the field ({ $count } answers):
competence-languages = 🗣 Languages ({ $count } answers):
competence-licence = 🚗 Driving licence ({ $count } answers):
competence-wishes = 🎯 Wishes ({ $count } answers):
competence-shared =
    { $count ->
        [0] 👀 Nobody has yet said yes to the municipality seeing what they answered.
        [one] 👀 One person has said yes to the municipality seeing what they answered (without names):
       *[other] 👀 { $count } have said yes to the municipality seeing what they answered (without names):
    }
competence-person-wishes = Wishes: { $wishes }
competence-person-who = { $category }, uses velkommen in { $language }
competence-button = 🧰 Skills
competence-footer = The figures cover everyone who filled it in. A figure is hidden if it rests on 1–4 people, or on 1–4 of those who have not said yes to showing their answers.

## Newcomer of the month

menu-featured = ⭐ Newcomer of the month
staff-featured = ⭐ Newcomer of the month
featured-intro = ⭐ Newcomer of the month: each month the municipality can tell the story of one person who has moved here – with their permission. If you say yes, the municipality may ask you. Then the coordinator may contact you to hear your story. Nothing is sent out before you have read the exact text and said yes to it, and you can withdraw your consent at any time.
featured-optin-button = ✅ Yes, you may ask me
featured-optout-button = Don't ask me after all
featured-optin-yes = Thank you! The municipality may now ask you. You still decide about every text.
featured-optin-no = All right. The municipality will not ask you.
featured-optin-since = You have said the municipality may ask you (since { $date }).
featured-mine = The story about you: { $status }
featured-withdraw = ↩️ Withdraw my consent
featured-withdraw-confirm = Do you want to withdraw your consent? Whatever has not been sent out yet is stopped, and the municipality will not use the story any further. Whatever has already been sent out cannot be called back.
featured-withdraw-yes = Yes, withdraw
featured-withdraw-no = No, keep it
featured-withdraw-kept = All right, nothing has changed.
featured-withdrawn = Your consent is withdrawn. What had not been sent out is stopped, and the coordinator has been told.
featured-ask = ⭐ { $municipality } municipality would like to tell your story as newcomer of the month. This is the exact text that will be sent to newcomers and faddere in the municipality:
featured-ask-others =
    { $count ->
        [one] It will also be sent in one more language, translated from this.
       *[other] It will also be sent in { $count } more languages, translated from this.
    }
featured-ask-question = Is it all right to send this text out? Nothing is sent before you have answered.
featured-approve = ✅ Yes, it can be sent
featured-decline = No, don't send it
featured-approved = Thank you! The coordinator can now send out the text. You can withdraw your consent under "Newcomer of the month" in /menu.
featured-declined = All right, the text will not be sent. The coordinator has been told.
featured-status-draft = Draft
featured-status-asked = Waiting for an answer
featured-status-approved = Approved, not sent out
featured-status-declined = Declined
featured-status-published = Sent out
featured-status-withdrawn = Consent withdrawn
mydata-featured-optin = Newcomer of the month: you have said the municipality may ask you.
mydata-featured-story = Newcomer of the month, a story about you: { $status }
delete-done-featured = your consent to newcomer of the month and the stories about you
featured-not-allowed = Newcomer of the month is for the municipality's coordinators.
featured-staff-title = ⭐ Newcomer of the month
featured-staff-candidates =
    { $count ->
        [0] { $municipality }: nobody has said yet that the municipality may ask them.
        [one] { $municipality }: one person has said the municipality may ask them (no names here):
       *[other] { $municipality }: { $count } people have said the municipality may ask them (no names here):
    }
featured-write-about = ✍️ Write about no. { $n }
featured-story-button = Story { $story }: { $status }
featured-staff-how = Talk with the person first (for example through a case or at a meeting place). Then write the story here: the person gets the exact text and must say yes before it can be sent out.
featured-write-prompt = Write the story in { $language } (at most { $max } characters).
featured-pick-language = Which language would you like to add a translation in?
featured-back-to-story = ← Back to the story
featured-story-title = ⭐ Story { $story } – { $status }
featured-edit-nb = ✏️ Write or change the Bokmål text
featured-add-translation = 🌐 Add a translation
featured-send = ✉️ Send to the person for approval
featured-announce = 📣 Send out to newcomers and faddere
featured-story-draft-hint = When the text is ready, send it to the person. It cannot be changed afterwards.
featured-story-asked-hint = The person has the exact text and has not answered yet.
featured-story-approved-hint = The person has said yes to exactly this text. It can be sent out as it is.
featured-story-closed-hint = This story cannot be sent out.
featured-back = ← Newcomer of the month
featured-text-saved = Saved.
featured-sent = Sent to the person. You will be told when they answer.
featured-announced = Sent out as an announcement to newcomers and faddere. You will get a delivery report.
featured-open-story = ⭐ Open the story
featured-staff-approved = ⭐ Story { $story }: the person has said yes to the text. It can now be sent out.
featured-staff-declined = ⭐ Story { $story }: the person has said no. The text will not be sent.
featured-staff-withdrawn = ⭐ Story { $story }: the person has withdrawn their consent. What had not been sent out is stopped.
