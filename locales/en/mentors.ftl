# The mentor scheme (faddere): volunteers, vetting, the pool and matches.

## Volunteers signing up (/fadder)

fadder-intro =
    🤝 Become a fadder (volunteer mentor)

    A fadder gets to know a newcomer or a family who has just moved here — usually about every other week, for { $months } months. A walk, a coffee, practising Norwegian, showing where things are. You do not need to be an expert: being a friendly local is what matters most.

    Did you move to Norway yourself some years ago? Then you are very welcome: you may speak the newcomer's language and know what the first year is like.

    Signing up takes about three minutes. Afterwards the municipality invites you to a conversation, asks you to sign a confidentiality declaration and gives a short introduction.
fadder-join = ✍️ Sign me up
fadder-not-now-button = Not now
fadder-not-now = All right. You can sign up any time with /fadder.
fadder-name-prompt = What is your first name? This is the name a newcomer will see. (At most { $max } characters; no surname needed.)
fadder-name-invalid = That does not look like a first name. Please type just your first name, at most { $max } characters.
fadder-municipality-prompt = Which municipality do you want to be a fadder in?
fadder-languages-prompt = Which languages do you speak? Press a language to say how well. Norwegian counts too. Press "Done" when you have finished.
fadder-languages-needed = Please choose at least one language you speak.
fadder-level-prompt = How well do you speak { $language }?
fadder-level-remove = I don't speak it
mentor-level-basic = a little
mentor-level-good = well
mentor-level-native = first language
fadder-background-prompt = Did you move to Norway yourself? If so, type where you came from (a country or a city, at most { $max } characters). Or press a button.
fadder-grew-up-here = I grew up in Norway
fadder-moved-from = moved here from { $place }
fadder-place-invalid = Please type a country or a city, at most { $max } characters, or press a button.
fadder-rather-not-say = Rather not say
fadder-not-said = not said
fadder-gender-prompt = Are you a woman or a man? This is optional: many women who come here prefer a woman as their fadder.
mentor-gender-woman = Woman
mentor-gender-man = Man
fadder-age-prompt = How old are you? (Optional.)
mentor-age-u30 = under 30
mentor-age-30-44 = 30–44
mentor-age-45-59 = 45–59
mentor-age-60 = 60 or older
fadder-interests-prompt = What do you like to do? Choose as many as you like, then press "Done".
mentor-interest-outdoor = 🥾 Outdoor life
mentor-interest-sport = ⚽ Sport
mentor-interest-fishing = 🎣 Fishing
mentor-interest-cooking = 🍲 Cooking
mentor-interest-crafts = 🧶 Crafts
mentor-interest-music = 🎵 Music
mentor-interest-faith = 🕊 Faith community
mentor-interest-children = 🧒 Children's activities
mentor-interest-culture = 🎭 Culture
fadder-children-prompt = Do you have children yourself? Families with children often like to meet another family.
fadder-yes = Yes
fadder-no = No
fadder-capacity-prompt = How many newcomers or families can you be a fadder for at the same time? (1 to { $max })
fadder-capacity-invalid = You can be a fadder for 1 to { $max } newcomers or families at the same time. Please choose one of the numbers.
fadder-capacity-below-engaged = You already have { $count } newcomers or families with you. Choose at least that many, or end a match first.
fadder-helps-prompt = What can you help with? Choose as many as you like, then press "Done".
mentor-help-norwegian = 🗣 Norwegian practice
mentor-help-social = ☕ Getting to know people
mentor-help-job = 💼 Looking for work
mentor-help-paperwork = 📄 Forms and letters
mentor-help-children = 🧒 Children's activities
mentor-help-driving = 🚗 Driving
fadder-done = ✅ Done
fadder-part-name = First name
fadder-part-municipality = Municipality
fadder-part-languages = Languages
fadder-part-background = Moved to Norway
fadder-part-gender = Woman or man
fadder-part-age = Age
fadder-part-interests = Interests
fadder-part-children = Children
fadder-part-capacity = Newcomers at a time
fadder-part-helps = Can help with
fadder-part-missing = Something is still missing from your sign-up:
fadder-consent-title = Your sign-up:
fadder-consent =
    What happens with your sign-up:
    • velkommen stores what you gave above, so that the municipality can get to know you and find a newcomer who fits you.
    • The municipality's mentor coordinators see it. They contact you for a conversation, ask you to sign a confidentiality declaration and give you a short introduction. If you will meet families with children, they ask to see a police certificate — they only look at it, it is not stored.
    • A newcomer sees your first name, the languages you speak and why we think you two fit together — only after you have said yes to them. How to reach you is shared only when both of you have said yes.
    • You can see, change, pause or delete your sign-up at any time with /fadder, and /delete deletes everything.
    Do you agree?
fadder-consent-yes = ✅ I agree — sign me up
fadder-consent-no = Cancel
fadder-consent-declined = All right, nothing was stored. You can sign up any time with /fadder.
fadder-signed-up = Thank you for signing up! 🤝 The mentor coordinator in { $municipality } has been told and will contact you.
fadder-signed-up-nobody-yet = Thank you for signing up! 🤝 { $municipality } has not yet decided who will look after faddere in velkommen. Your sign-up is saved, and the municipality will contact you.
fadder-already-signed-up = You have already signed up as a fadder. Here is your sign-up.
fadder-profile-title = 🤝 Your fadder sign-up in { $municipality }
fadder-status-line = Status: { $status }
fadder-status-with-reason = { $status } ({ $reason })
mentor-status-vetting = waiting for the municipality
mentor-status-approved = approved
mentor-status-paused = paused
mentor-status-ended = ended
fadder-explain-vetting = { $municipality } will contact you for a conversation. You can change your answers until then.
fadder-explain-approved = You can be matched with a newcomer. You will be asked before anything is shared.
fadder-explain-paused = You are not matched with new newcomers while paused. Matches you already have go on.
fadder-explain-ended = { $municipality } has ended your fadder sign-up. Contact them if you have questions.
fadder-pause = ⏸ Pause (no new newcomers for now)
fadder-resume = ▶️ Take new newcomers again
fadder-paused = Paused. You will not be matched with new newcomers until you take them again.
fadder-resumed = Welcome back! You can be matched with newcomers again.
fadder-delete = 🗑 Delete my sign-up
fadder-delete-confirm = Delete your fadder sign-up? Everything you gave is deleted, and newcomers matched with you are told that you can no longer be their fadder.
fadder-delete-yes = Yes, delete it
fadder-delete-no = No, keep it
fadder-deleted = Your fadder sign-up is deleted. Thank you for wanting to help.
fadder-staff-new =
    🤝 New fadder sign-up in { $municipality }: { $name }
    Languages: { $languages }
    Open /mentors to go through the sign-up.
menu-fadder = 🤝 Become a fadder
command-fadder = Volunteer as a fadder (mentor)
mydata-fadder = Your fadder sign-up:

## The municipality's answer to a volunteer

fadder-notice-approved = 🤝 Good news: { $municipality } has approved you as a fadder. When a newcomer fits you, you will be asked first — nothing is shared before you say yes.
fadder-notice-paused = ⏸ { $municipality } has paused your fadder sign-up for now: { $reason }. You will not be matched with new newcomers meanwhile.
fadder-notice-ended = { $municipality } has ended your fadder sign-up: { $reason }. Thank you for wanting to help.
fadder-open = 🤝 My fadder sign-up

## Newcomers who want a mentor (/mentor)

menu-mentor = 🤝 Fadder for me
command-mentor = Get a fadder (a local mentor)
mentor-needs-profile = To get a fadder, first finish your profile: then we know your municipality.
mentor-wish-prompt =
    🤝 A fadder (mentor) is a volunteer here who gets to know you: a coffee, a walk, practising Norwegian, help with what is new.

    What would you like help with? Choose as many as you like. If you would rather have a woman or a man as your fadder, press that too. Then press "Put me on the list".
mentor-prefer-woman = 👩 A woman, please
mentor-prefer-man = 👨 A man, please
mentor-save = ✅ Put me on the list
mentor-joined = You are on the list for a fadder in { $municipality }. 🤝 We will ask you before a fadder learns who you are.
mentor-wish-saved = Saved.
mentor-waiting = You are waiting for a fadder in { $municipality } ({ $weeks ->
        [0] since this week
        [one] for { $weeks } week
       *[other] for { $weeks } weeks
    }). When we find someone who fits, we ask you first.
mentor-waiting-short = 🤝 Your place on the fadder list.
mentor-being-asked = 🤝 We may have found a fadder for you. We are checking now whether it is a good fit.
mentor-has-mentor = 🤝 { $name } is your fadder.
mentor-hopes-line = You hoped for: { $hopes }
mentor-change = ✏️ Change my wishes
mentor-leave = Leave the list
mentor-left = You are no longer on the fadder list. You can come back any time with /mentor.

## A match

match-yes = ✅ Yes
match-no = No, thank you
match-ask-mentor =
    🤝 Hello { $name }! { $municipality } would like you to be the fadder of a newcomer who speaks { $language }.
    Why you two: { $why }.

    Would you like that? If you say yes, we ask how the newcomer can reach you; then the newcomer is asked.
match-ask-newcomer =
    🤝 Good news! { $name } would like to be your fadder. { $name } speaks { $languages }.
    Why you two: { $why }.

    Would you like to meet { $name }?
match-contact-prompt = How can the other person reach you? Press the button to share a link to your Telegram, or write a phone number or an e-mail address (at most { $max } characters). It is shared only when both of you have said yes.
match-share-link = 📨 A link to my Telegram
match-contact-short = Please write only how to reach you: a phone number or an e-mail address, on one line.
match-gone = This suggestion is no longer open. Nothing was shared.
match-declined-thanks = Thank you for answering. Nothing was shared.
match-yes-mentor = Thank you! 🤝 Now we ask the newcomer. If the answer is yes, you will get a message with how to reach each other.
match-yes-newcomer = Wonderful! 🤝 You will get a message in a moment with how to reach your fadder.
match-telegram-link = send a message on Telegram
match-no-contact = (not given)
match-intro-mentor = 🤝 You and a newcomer who speaks { $language } have both said yes. { $languages }
match-intro-newcomer = 🤝 You and { $name } have both said yes! { $languages }
match-intro-shared = You can talk in { $language }.
match-intro-no-shared = You do not share a language yet: simple Norwegian, gestures and a translation app go a long way.
match-intro-reach = How to reach them:
match-intro-place = A good place for a first meeting: { $place }.
match-intro-next = Send a short message and agree on a time. We will check in with both of you after two weeks. If something is wrong, write /mentor, or /fadder if you are the fadder.
match-withdrawn-newcomer = { $name } can no longer be a fadder for you. You are still on the list, and we will look for someone else.
match-withdrawn-mentor = The newcomer you were matched with has left the fadder list. Thank you for your time — you can be matched with someone else.

## The reasons for a proposal

mentor-reason-language = both speak { $language }
mentor-reason-bridge = { $name } also speaks Norwegian
mentor-reason-interests = both like { $interests }
mentor-reason-help = { $name } can help with { $helps }
mentor-reason-children = both have children
mentor-reason-age = about the same age
mentor-reason-waited = waiting time: { $count ->
        [one] { $count } week
       *[other] { $count } weeks
    }

## Staff: the mentor scheme

staff-mentors = 🤝 Faddere
mentor-staff-not-allowed = Only coordinators and mentor coordinators can run the fadder scheme.
mentor-staff-pick = Which municipality's fadder scheme?
mentor-staff-menu = 🤝 Faddere in { $municipality }
mentor-staff-pool =
    🤝 Faddere in { $municipality }
    Waiting for a fadder: { $waiting } (longest: { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    })
    Faddere: { $approved } approved (free places: { $free }) · { $paused } paused
    To vet: { $vetting }
    Matches: { $active } running · { $asking } waiting for an answer · { $proposed ->
        [one] { $proposed } proposal
       *[other] { $proposed } proposals
    } for you
mentor-staff-vetting = 📝 To vet
mentor-staff-mentors = 👥 Faddere
mentor-staff-propose = 🔄 Propose matches
mentor-staff-proposals = 📋 Proposals
mentor-staff-matches = 🤝 Matches
mentor-staff-vetting-list = Sign-ups waiting to be vetted:
mentor-staff-mentors-list = The municipality's faddere:
mentor-staff-none = Nobody here yet.
mentor-staff-card =
    { $name } — { $status }
    Signed up { $since } · matches now: { $engaged }
mentor-staff-card-reason = Reason: { $reason }
mentor-staff-checklist = Vetting (press to tick):
mentor-staff-optional = { $step } (for families with children)
vetting-interview = Conversation held
vetting-confidentiality = Confidentiality declaration signed
vetting-training = Introduction given
vetting-police = Police certificate seen (not stored)
mentor-staff-approve = ✅ Approve
mentor-staff-pause = ⏸ Pause
mentor-staff-end = ⛔ End
mentor-staff-missing-steps = Not yet: { $steps }.
mentor-staff-approved = Approved. The fadder has been told.
mentor-staff-reason-pause = Why is this fadder paused? Write a short reason (at most { $max } characters). The fadder sees it.
mentor-staff-reason-end = Why are you ending this fadder's sign-up? Write a short reason (at most { $max } characters). The fadder sees it.
mentor-staff-status-changed = Done. The fadder has been told.
mentor-staff-proposed = Matching ran over the whole list: { $count ->
        [one] { $count } proposal
       *[other] { $count } proposals
    } ({ $waiting } waiting, free places: { $free }).
mentor-staff-proposals-list = Proposals — press one to see why and to confirm:
mentor-staff-no-proposals = No proposals. Press "Propose matches" when newcomers are waiting and approved faddere have free places.
mentor-staff-proposal =
    Proposal: { $mentor } ↔ a newcomer who speaks { $language }
    Why: { $why }
    Score: { $score } · { $status }
mentor-staff-confirm = ✅ Confirm — ask the fadder
mentor-staff-skip = Skip
mentor-staff-mentor-card = 👤 The fadder
mentor-staff-confirmed = Confirmed. { $mentor } is asked first, then the newcomer.
mentor-staff-skipped = Skipped.
mentor-staff-proposal-gone = That proposal is no longer open (someone else confirmed or skipped it, or it was withdrawn).
mentor-staff-mentor-unavailable = { $mentor } has no free place now, or is no longer approved. Run matching again.
mentor-staff-newcomer-unavailable = That newcomer already has a match being asked, or has left the list. Run matching again.
mentor-staff-matches-list = Matches:
mentor-staff-no-matches = No matches yet.
mentor-staff-match-line = • { $mentor } ↔ { $language }: { $status } since { $since }, { $met ->
        [yes] have met
       *[no] not met yet
    }, check-ins { $checkins }/4
match-status-proposed = proposed
match-status-asking-mentor = asking the fadder
match-status-asking-newcomer = asking the newcomer
match-status-active = running
match-status-skipped = skipped
match-status-declined = declined
match-status-withdrawn = withdrawn
match-status-ended = ended
match-staff-declined = 🤝 { $side } said no to the match { $mentor } ↔ a newcomer who speaks { $language }. They stay on the lists; run matching again.
match-staff-started = 🤝 New match: { $mentor } ↔ a newcomer who speaks { $language }. Both said yes and were introduced.
match-side-mentor = The fadder
match-side-newcomer = The newcomer
match-side-staff = The municipality
fadder-place-which = Where did you come from? Type a country or a city.

## The life of a match

match-the-newcomer = the newcomer who speaks { $language }
match-checkin = 🤝 How is it going for you and { $other }? A short answer helps us help you.
match-checkin-last =
    🤝 The { $months } months you agreed with { $other } are over. Thank you for the time you have given each other!

    How was it — and do you want to go on?
match-going-well = 👍 We have met, it is going well
match-not-met = ⏳ We have not met yet
match-problem = ⚠️ Something is not right
match-end = End the match
match-go-on = 👍 It was good — we go on
match-finish = 🙏 It was good — we stop here
match-thanks-good = Good to hear! 🤝
match-thanks-not-yet = Thank you for telling us. Send a short message and suggest a time — a walk or a coffee is enough. If you cannot reach each other, press "Something is not right".
match-thanks-go-on = Wonderful! 🤝 You go on as before; the municipality is there if you need it.
match-problem-prompt = Write in a few words what is not right (at most { $max } characters). A person at the municipality reads it and answers you here. The other person does not see it.
match-not-running = This match is no longer running.
match-end-prompt = Why do you want to end the match? The other person is told kindly, without the reason.
match-end-no-time = I do not have time now
match-end-moved = I am moving away
match-end-not-a-fit = We did not fit together
match-end-completed = The agreed time is over
match-end-other = Something else
match-ended-by-newcomer = The match has ended. Thank you for trying. You are back on the list for a new fadder; if you do not want one, leave the list with /mentor.
match-ended-by-mentor = The match has ended. Thank you for the time you gave. You can be matched with someone else when you are ready.
match-completed-thanks = Thank you! 🙏 The match has ended as agreed.
match-ended-newcomer = { $name } can no longer be your fadder. This happens, and it is nobody's fault. You are back on the list, and we will look for a new fadder for you.
match-ended-mentor = The newcomer who speaks { $language } has ended the match. This happens, and it is nobody's fault. Thank you for the time you gave — you can be matched with someone else.
match-completed-other = 🙏 Your match has ended as agreed. Thank you for the time you have given each other!
match-mine-button = 🤝 My matches
match-mine = Your matches now:
match-mine-none = You have no running match now.
match-mine-line = • { $other }, since { $since }
match-end-with = End the match with { $other }
match-staff-quiet = 🤝 { $mentor } ↔ a newcomer who speaks { $language }: neither has said they have met, { $count ->
        [one] { $count } week
       *[other] { $count } weeks
    } after the introduction. Maybe check in with them.
match-staff-ended = 🤝 The match { $mentor } ↔ a newcomer who speaks { $language } has ended. Ended by: { $side }. Reason: { $reason }.
match-staff-problem-who = ⚠️ Fadder match { $mentor } ↔ a newcomer who speaks { $language }, reported by: { $side }
delete-done-fadder = your fadder sign-up (the newcomers matched with you were told)
delete-done-mentor-wish = your place on the fadder list

## The letter, the wish and /mydata

letter-mentor-button = 🤝 What I hope for from a fadder
mentor-wish-privacy = What you choose here is stored with your profile; the municipality's mentor coordinators see it to find a fadder who fits. /mydata shows it, and "Leave the list" or /delete deletes it.
mydata-mentor-wish = On the fadder list since { $since }. You hoped for: { $hopes }

## Staff: announcements and events for faddere

announce-reach-button = 👥 To: { $value }
reach-newcomers = newcomers
reach-both = newcomers and faddere
reach-mentors = the faddere only
mentor-staff-weekly = 🤝 This week's proposed matches in { $municipality }: { $count ->
        [one] { $count } proposal is
       *[other] { $count } proposals are
    } waiting for you to confirm or skip.

## More of a match's life

match-back-on-list = You are on the list for a new fadder again. If you do not want one, leave the list with /mentor.
match-newcomer-declined = The newcomer who speaks { $language } has said no thank you this time. That is nobody's fault: you can be matched with someone else.
match-contact-prompt-newcomer = How can your fadder reach you, and what should they call you? Press the button to share your Telegram profile, or write your first name and a phone number or an e-mail address (at most { $max } characters). We share it only when both of you have said yes.
