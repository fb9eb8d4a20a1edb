# Wiadomości kontrolne: wiadomości w pierwszych dwóch latach, puls (pytania o życie tutaj) i /pause.

## Wiadomość kontrolna

followup-hello = 👋 Dzień dobry! To już { $since }, odkąd korzystasz z velkommen w gminie { $municipality }. Jak Ci idzie? Oto, co może Ci się teraz przydać.
followup-days =
    { $count ->
        [one] jeden dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dnia
    }
followup-weeks =
    { $count ->
        [one] tydzień
        [few] { $count } tygodnie
        [many] { $count } tygodni
       *[other] { $count } tygodnia
    }
followup-months =
    { $count ->
        [one] miesiąc
        [few] { $count } miesiące
        [many] { $count } miesięcy
       *[other] { $count } miesiąca
    }
followup-years =
    { $count ->
        [one] rok
        [few] { $count } lata
        [many] { $count } lat
       *[other] { $count } roku
    }
followup-checklist =
    { $count ->
        [one] 📋 Na Twojej liście spraw masz jeszcze jeden krok do zrobienia.
        [few] 📋 Na Twojej liście spraw masz jeszcze { $count } kroki do zrobienia.
        [many] 📋 Na Twojej liście spraw masz jeszcze { $count } kroków do zrobienia.
       *[other] 📋 Na Twojej liście spraw masz jeszcze { $count } kroku do zrobienia.
    } Naciśnij krok, aby przeczytać, jak to zrobić.
followup-mentor = 🤝 Chcesz poznać kogoś, kto tu mieszka? Mentor (fadder) to wolontariusz lub wolontariuszka – ktoś, kto spotyka się z Tobą od czasu do czasu: na spacerze, przy kawie, na krótkiej rozmowie po norwesku.
followup-mentor-button = 🤝 Chcę mieć mentora (fadder)
followup-events = 📅 Już niedługo:
followup-events-button = 📅 Wszystkie wydarzenia
followup-pulse = 💬 Chcemy się dowiedzieć, jak Ci się tu żyje: kilka krótkich pytań, jedno naciśnięcie na każde, a każde pytanie możesz pominąć. Odpowiedzi liczymy bez Twojego imienia.
followup-pulse-start = 💬 Odpowiedz teraz (2 minuty)
followup-footer = Chcesz dostawać mniej wiadomości? Wpisz /pause.
followup-not-now = Nie teraz
followup-fewer = 🔕 Mniej wiadomości
followup-not-now-done = Dobrze! Wszystko znajdziesz w /menu, kiedy będzie Ci potrzebne.
followup-needs-profile = Wiadomości kontrolne są dla osób, które wypełniły swój profil. Wpisz /start, aby zacząć.

## /pause i /resume

pause-prompt = Jak długo mamy czekać z kolejną wiadomością kontrolną? Zamówione przypomnienia o wydarzeniach i odpowiedzi z gminy przyjdą mimo to.
pause-months =
    { $count ->
        [one] 🔕 Jeden miesiąc
        [few] 🔕 { $count } miesiące
        [many] 🔕 { $count } miesięcy
       *[other] 🔕 { $count } miesiąca
    }
pause-until-resumed = 🔕 Dopóki nie włączę ich znowu
pause-done-until = Dobrze. Przed { $date } nie dostaniesz żadnych wiadomości kontrolnych. Wpisz /resume, jeśli chcesz je dostawać wcześniej.
pause-done = Dobrze. Nie dostaniesz żadnych wiadomości kontrolnych, dopóki nie wpiszesz /resume.
resume-not-paused = Twoje wiadomości kontrolne nie są wstrzymane.
resume-done = Wiadomości kontrolne są znowu włączone. Następna przyjdzie około { $date }.
resume-done-soon = Wiadomości kontrolne są znowu włączone. Następna przyjdzie wkrótce.
resume-done-none-left = Wiadomości kontrolne są znowu włączone, ale wszystkie już do Ciebie przyszły.
command-pause = Mniej wiadomości: wstrzymaj wiadomości kontrolne
command-resume = Włącz znowu wiadomości kontrolne
help-followups =
    /pause – mniej wiadomości: wstrzymaj wiadomości kontrolne
    /resume – włącz znowu wiadomości kontrolne

## Moje dane, prywatność i usuwanie

mydata-followups-next =
    { $count ->
        [0] Wiadomości kontrolne: jeszcze żadnej, pierwsza przyjdzie około { $date }.
        [one] Wiadomości kontrolne: wysłano jedną, następna przyjdzie około { $date }.
        [few] Wiadomości kontrolne: wysłano { $count }, następna przyjdzie około { $date }.
        [many] Wiadomości kontrolne: wysłano { $count }, następna przyjdzie około { $date }.
       *[other] Wiadomości kontrolne: wysłano { $count }, następna przyjdzie około { $date }.
    }
mydata-followups-done =
    { $count ->
        [0] Wiadomości kontrolne: więcej nie będzie.
        [one] Wiadomości kontrolne: wysłano jedną, więcej nie będzie.
        [few] Wiadomości kontrolne: wysłano { $count }, więcej nie będzie.
        [many] Wiadomości kontrolne: wysłano { $count }, więcej nie będzie.
       *[other] Wiadomości kontrolne: wysłano { $count }, więcej nie będzie.
    }
mydata-followups-paused = Wiadomości kontrolne: wstrzymane, dopóki nie wpiszesz /resume.
mydata-followups-paused-until = Wiadomości kontrolne: wstrzymane do { $date }.
mydata-pulse =
    { $count ->
        [one] Twoje odpowiedzi na pytania o życie tutaj zapisaliśmy jeden raz. Odpowiedzi są liczone bez Twojego imienia; jeśli usuniesz swoje dane, zostaną w statystykach, ale nic nie będzie ich łączyć z Tobą.
        [few] Twoje odpowiedzi na pytania o życie tutaj zapisaliśmy { $count } razy. Odpowiedzi są liczone bez Twojego imienia; jeśli usuniesz swoje dane, zostaną w statystykach, ale nic nie będzie ich łączyć z Tobą.
        [many] Twoje odpowiedzi na pytania o życie tutaj zapisaliśmy { $count } razy. Odpowiedzi są liczone bez Twojego imienia; jeśli usuniesz swoje dane, zostaną w statystykach, ale nic nie będzie ich łączyć z Tobą.
       *[other] Twoje odpowiedzi na pytania o życie tutaj zapisaliśmy { $count } raza. Odpowiedzi są liczone bez Twojego imienia; jeśli usuniesz swoje dane, zostaną w statystykach, ale nic nie będzie ich łączyć z Tobą.
    }
privacy-followups =
    🔔 Wiadomości kontrolne: przez pierwsze dwa lata czasem do Ciebie piszemy z tym, co może się przydać, a od trzeciego miesiąca także z kilkoma dobrowolnymi pytaniami o życie tutaj. Dzięki /pause dostajesz mniej wiadomości.
    Odpowiedzi na te pytania zapisujemy do statystyk bez Twojego imienia. Gmina widzi tylko liczby dla grup liczących co najmniej pięć osób. Jeśli usuniesz swoje dane, usuniemy powiązanie z Tobą, ale anonimowe odpowiedzi zostaną w statystykach.
delete-done-followups = zaplanowane dla Ciebie wiadomości kontrolne
delete-done-pulse-kept = Twoje odpowiedzi na pytania o życie tutaj zostają w statystykach, ale nic nie łączy ich z Tobą.

## Puls

pulse-progress = Pytanie { $n } z { $total }
pulse-scale-satisfied = 0 = skrajnie niezadowolony / niezadowolona, 10 = skrajnie zadowolony / zadowolona
pulse-scale-belong = 0 = wcale, 10 = bardzo mocno
pulse-several = Naciśnij wszystko, co pasuje, a potem „Gotowe”.
pulse-done = Gotowe ➡️
pulse-skip = Pomiń
pulse-stop = Przerwij
pulse-yes = Tak
pulse-no = Nie
pulse-q-life = Biorąc wszystko pod uwagę, jak bardzo jesteś obecnie zadowolony / zadowolona ze swojego życia jako całości?
pulse-q-place = Jak bardzo jesteś zadowolony / zadowolona z miejsca, w którym mieszkasz?
pulse-q-belong = Jak mocno czujesz, że należysz do miejsca, w którym mieszkasz?
pulse-q-stay = Czy myślisz, że za dwa lata nadal będziesz tu mieszkać?
pulse-q-stay-reasons = Co sprawia, że tu zostajesz?
pulse-q-leave-reasons = Co mogłoby skłonić Cię do przeprowadzki?
pulse-q-friends = Jak często spotykasz się z dobrymi przyjaciółmi?
pulse-q-norwegian-friend = Czy jest tu ktoś z Norwegów, do kogo możesz zadzwonić jak do przyjaciela?
pulse-q-good = Co jest dobrego w mieszkaniu tutaj?
pulse-q-work = Czy pracujesz?
pulse-q-housing = Jak mieszkasz?
pulse-q-buy = Czy chcesz kupić tu własne mieszkanie lub dom?
pulse-friends-daily = Codziennie
pulse-friends-weekly = Co tydzień
pulse-friends-monthly = Co miesiąc
pulse-friends-yearly = Kilka razy w roku
pulse-friends-less = Rzadziej
pulse-friends-none = Nie mam dobrych przyjaciół
pulse-quality-safety = Jest bezpiecznie
pulse-quality-nature = Przyroda
pulse-quality-people = Ludzie
pulse-quality-meeting = Miejsca spotkań
pulse-quality-distances = Wszędzie blisko
pulse-quality-services = Usługi: szkoła, opieka zdrowotna
pulse-work-in-line = Tak, zgodnie z moim wykształceniem
pulse-work-not-in-line = Tak, ale niezgodnie z wykształceniem
pulse-work-looking = Nie, szukam pracy
pulse-work-learning = Nie, uczę się: szkoła, kurs norweskiego lub program wprowadzający
pulse-work-not = Nie
pulse-housing-rent = Wynajmuję prywatnie
pulse-housing-own = Mam własne mieszkanie lub dom
pulse-housing-municipal = Wynajmuję od gminy
pulse-housing-temporary = Tymczasowo (np. przez pracodawcę)
pulse-expect-yes = Tak
pulse-expect-unsure = Trudno powiedzieć
pulse-expect-no = Nie
pulse-stay-work = Praca
pulse-stay-home = Mieszkanie
pulse-stay-safety = Bezpieczeństwo
pulse-stay-children = Dzieciom jest tu dobrze
pulse-stay-people = Ludzie, których tu znam
pulse-stay-nature = Przyroda i spokój
pulse-reason-other = Coś innego
pulse-leave-education = Nauka
pulse-leave-competence = Wykorzystanie moich kwalifikacji
pulse-leave-career = Kariera
pulse-leave-family = Rodzina i przyjaciele
pulse-leave-culture = Religia i kultura
pulse-leave-own-people = Większa społeczność moich rodaków
pulse-leave-city = Duże miasto
pulse-leave-back = Powrót do mojego kraju
pulse-talk = Wiele osób zastanawia się, czy zostać, czy się przeprowadzić. Gmina { $municipality } chętnie porozmawia z Tobą o zaletach i wadach. Chcesz? Jeśli tak, Twoje pytanie trafi do gminy jako sprawa, a odpowiedź przyjdzie tutaj, na ten czat.
pulse-talk-yes = Tak, chętnie
pulse-talk-no = Nie, dziękuję
pulse-talk-case = Osoba chce porozmawiać o tym, czy zostać, czy się przeprowadzić (z wiadomości kontrolnej). Czy myśli, że za dwa lata będzie tu mieszkać: { $answer }.
pulse-thanks = Bardzo dziękujemy! Twoje odpowiedzi pomagają gminie { $municipality } stać się lepszym miejscem do życia. Są liczone bez Twojego imienia.
pulse-stopped = Dobrze – dziękujemy za odpowiedzi. Możesz kontynuować później przyciskiem w wiadomości.
pulse-already = Twoje odpowiedzi na te pytania już mamy. Dziękujemy!
