# Wiadomości kontrolne: wiadomości w pierwszych dwóch latach, puls (pytania o życie tutaj) i /pause.

## Wiadomość kontrolna

followup-hello = 👋 Dzień dobry! To już { $since }, odkąd korzystasz z velkommen w gminie { $municipality }. Co u Ciebie słychać? Oto, co może Ci się teraz przydać.
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
followup-mentor = 🤝 Chcesz poznać kogoś, kto tu mieszka? Mentor (fadder) to wolontariusz lub wolontariuszka. Możecie się spotykać od czasu do czasu: na spacerze, przy kawie, żeby trochę porozmawiać po norwesku.
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
    🔔 Wiadomości kontrolne: przez pierwsze dwa lata kilka razy napiszemy do Ciebie o tym, co może się przydać, a po trzech miesiącach zadamy też kilka dobrowolnych pytań o życie tutaj. Wpisz /pause, jeśli chcesz dostawać mniej wiadomości.
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
pulse-q-good = Co jest dobrego w życiu tutaj?
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
pulse-work-learning = Nie – szkoła, kurs lub program wprowadzający
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
pulse-talk = Wiele osób zastanawia się, czy zostać, czy się przeprowadzić. Gmina { $municipality } chętnie porozmawia z Tobą o plusach i minusach. Chcesz porozmawiać? Jeśli tak, Twoja prośba trafi do gminy jako sprawa, a odpowiedź przyjdzie tutaj, na ten czat.
pulse-talk-yes = Tak, chętnie
pulse-talk-no = Nie, dziękuję
pulse-talk-case = Osoba chce porozmawiać o tym, czy zostać, czy się przeprowadzić (z wiadomości kontrolnej). Czy myśli, że za dwa lata będzie tu mieszkać: { $answer }.
pulse-thanks = Bardzo dziękujemy! Twoje odpowiedzi pomagają gminie { $municipality } stać się lepszym miejscem do życia. Są liczone bez Twojego imienia.
pulse-stopped = Dobrze – dziękujemy za odpowiedzi. Możesz kontynuować później przyciskiem w wiadomości.
pulse-already = Twoje odpowiedzi na te pytania już mamy. Dziękujemy!

## Analiza dla gminy (/insight i velkommen insight)

insight-title = 📊 Analiza dla gminy { $municipality }, { $from }–{ $to }
insight-responses = Odpowiedzi na pytania o życie tutaj: { $count }
insight-none = W tym okresie nikt jeszcze nie odpowiedział na pytania o życie tutaj. Pytania są wysyłane razem z wiadomościami kontrolnymi od trzech miesięcy po rejestracji.
insight-everyone = Wszyscy
insight-category-unknown = Nie podano
insight-here-first-year = Mieszkają tu krócej niż rok
insight-here-second-year = Mieszkają tu 1–2 lata
insight-here-longer = Mieszkają tu ponad 2 lata
insight-quarter =
    { $quarter ->
        [1] I
        [2] II
        [3] III
        [4] IV
       *[other] { $quarter }.
    } kw. { $year }
insight-stay-title = 🏡 Czy myślą, że za dwa lata będą tu mieszkać? (odpowiedzi: { $count })
insight-by-month = 📈 Miesiąc po miesiącu: czy myślą, że za dwa lata będą tu mieszkać?
insight-stay-reasons = ➡️ Co sprawia, że zostają (osoby, które myślą, że zostaną: { $count }):
insight-leave-reasons = ⬅️ Co mogłoby skłonić do przeprowadzki (osoby niepewne lub myślące, że się przeprowadzą: { $count }):
insight-good = 👍 Co jest dobrego w życiu tutaj (odpowiedzi: { $count }):
insight-life = 😊 Zadowolenie z życia, 0–10: { $mean } (odpowiedzi: { $count })
insight-life-national = Dla porównania: imigranci w Norwegii { $immigrants }, cała ludność { $everyone } (SSB – norweski urząd statystyczny, badanie warunków życia imigrantów 2016).
insight-place = 📍 Zadowolenie z miejsca zamieszkania, 0–10: { $mean } (odpowiedzi: { $count })
insight-place-national = Dla porównania: cały kraj { $national } (SSB – norweski urząd statystyczny, badanie jakości życia 2023).
insight-belong = 🤝 Poczucie przynależności do miejsca, 0–10: { $mean } (odpowiedzi: { $count })
insight-friends = 👥 Jak często spotykają się z dobrymi przyjaciółmi (odpowiedzi: { $count }):
insight-norwegian-friend = 🇳🇴 Mają tu kogoś z Norwegów, do kogo mogą zadzwonić jak do przyjaciela (odpowiedzi: { $count }):
insight-housing = 🏠 Sytuacja mieszkaniowa, kwartał po kwartale:
insight-buy = 🔑 Chcą kupić tu własne mieszkanie lub dom (osoby niebędące właścicielami, odpowiedzi: { $count }):
insight-work = 💼 Praca, kwartał po kwartale:
insight-matches = 🤝 Pary mentorskie (fadder) w tym okresie: rozpoczęte – { $started }, w toku – { $running }, zakończone – { $ended }.
insight-matches-started = Rozpoczęte
insight-matches-running = W toku
insight-matches-ended = Zakończone
insight-footnote = ℹ️ Liczby oparte na odpowiedziach mniej niż 5 osób są pokazywane jako „< 5”. Ukryte są również liczby, z których można by je obliczyć. Odpowiedzi są przechowywane bez imion i nazwisk.
insight-csv-header = Sekcja;Grupa;Odpowiedź;Liczba;Ogółem;Odsetek (%);Średnia
insight-csv-mean = Średnia (0–10)
insight-section-responses = Odpowiedzi
insight-section-stay = Myślą, że za dwa lata będą tu mieszkać
insight-section-trend = Miesiąc po miesiącu
insight-section-stay-reasons = Powody, by zostać
insight-section-leave-reasons = Powody, by się przeprowadzić
insight-section-good = Co jest dobrego w życiu tutaj
insight-section-life = Zadowolenie z życia
insight-section-place = Zadowolenie z miejsca zamieszkania
insight-section-belong = Poczucie przynależności
insight-section-friends = Spotkania z dobrymi przyjaciółmi
insight-section-norwegian-friend = Ktoś z Norwegów, do kogo można zadzwonić jak do przyjaciela
insight-section-housing = Sytuacja mieszkaniowa
insight-section-buy = Chęć kupna mieszkania lub domu
insight-section-work = Praca
insight-section-matches = Pary mentorskie (fadder)
insight-chart-title = Gmina { $municipality }, { $from }–{ $to }
insight-chart-stay = Czy myślą, że za dwa lata będą tu mieszkać?
insight-chart-trend = Odsetek osób, które myślą, że za dwa lata będą tu mieszkać, według miesięcy (%)
insight-chart-leave = Co mogłoby skłonić do przeprowadzki
insight-chart-housing = Sytuacja mieszkaniowa według kwartałów (%)
insight-chart-footer = Źródło: odpowiedzi w serwisie velkommen. Grupy liczące mniej niż 5 osób nie są pokazywane.
insight-not-allowed = Analiza jest dostępna tylko dla koordynatorów w gminie.
insight-pick = Dla której gminy chcesz zobaczyć analizę?
insight-chart-caption = 📊 Wykres. Grupy liczące mniej niż 5 osób nie są pokazywane.
insight-csv-caption = 📄 Liczby jako arkusz kalkulacyjny (CSV ze średnikami, otwiera się w Excelu).
insight-recent = 📅 Ostatnie 12 miesięcy
insight-year = 📅 Cały rok { $year }
insight-more = Chcesz zobaczyć inny okres?
staff-insight = 📊 Analiza
competence-title = 🧰 Kompetencje w gminie { $municipality }. Liczba osób, które wypełniły „Co potrafię”: { $count }.
competence-education = 🎓 Wykształcenie (odpowiedzi: { $count }):
competence-field = 🛠 Dziedzina (odpowiedzi: { $count }):
competence-experience = ⏳ Doświadczenie w swojej dziedzinie (odpowiedzi: { $count }):
competence-languages = 🗣 Języki (odpowiedzi: { $count }):
competence-licence = 🚗 Prawo jazdy (odpowiedzi: { $count }):
competence-wishes = 🎯 Plany (odpowiedzi: { $count }):
competence-shared =
    { $count ->
        [0] 👀 Nikt jeszcze nie zgodził się pokazać gminie swoich odpowiedzi.
        [one] 👀 Jedna osoba zgodziła się pokazać gminie swoje odpowiedzi (bez imion i nazwisk):
        [few] 👀 { $count } osoby zgodziły się pokazać gminie swoje odpowiedzi (bez imion i nazwisk):
        [many] 👀 { $count } osób zgodziło się pokazać gminie swoje odpowiedzi (bez imion i nazwisk):
       *[other] 👀 { $count } osoby zgodziło się pokazać gminie swoje odpowiedzi (bez imion i nazwisk):
    }
competence-person-wishes = Plany: { $wishes }
competence-person-who = { $category }, język w velkommen: { $language }
competence-button = 🧰 Kompetencje
competence-footer = Liczby ukrywają grupy liczące mniej niż 5 osób – także wśród osób, które nie zgodziły się pokazać swoich odpowiedzi.

## Nowo przybyła osoba miesiąca

menu-featured = ⭐ Nowo przybyła osoba miesiąca
staff-featured = ⭐ Nowo przybyła osoba miesiąca
featured-intro = ⭐ Nowo przybyła osoba miesiąca: co miesiąc gmina może opowiedzieć historię jednej osoby, która się tu przeprowadziła – za jej zgodą. Jeśli powiesz „tak”, gmina będzie mogła Cię zapytać. Wtedy osoba koordynująca z gminy może się z Tobą skontaktować, żeby usłyszeć Twoją historię. Nic nie zostanie wysłane, dopóki nie przeczytasz dokładnego tekstu i się na niego nie zgodzisz. Zgodę możesz wycofać w każdej chwili.
featured-optin-button = ✅ Tak, możecie mnie zapytać
featured-optout-button = Jednak mnie nie pytajcie
featured-optin-yes = Dziękujemy! Teraz gmina może Cię zapytać. Nadal to Ty decydujesz o każdym tekście.
featured-optin-no = Dobrze. Gmina nie będzie Cię pytać.
featured-optin-since = Pozwalasz gminie zapytać Cię o Twoją historię (od { $date }).
featured-mine = Historia o Tobie: { $status }
featured-withdraw = ↩️ Wycofaj zgodę
featured-withdraw-confirm = Czy chcesz wycofać zgodę? To, co nie zostało jeszcze wysłane, zostanie zatrzymane, a gmina nie będzie już używać tej historii. Tego, co zostało już wysłane, nie da się cofnąć.
featured-withdraw-yes = Tak, wycofaj
featured-withdraw-no = Nie, zostaw zgodę
featured-withdraw-kept = Dobrze, nic się nie zmieniło.
featured-withdrawn = Zgoda została wycofana. To, co nie zostało jeszcze wysłane, zatrzymaliśmy, a osoba koordynująca dostała o tym informację.
featured-ask = ⭐ Gmina { $municipality } chciałaby opowiedzieć Twoją historię w cyklu „Nowo przybyła osoba miesiąca”. Oto tekst dokładnie w takiej formie, w jakiej zostanie wysłany do nowo przybyłych osób i mentorów (fadder) w gminie:
featured-ask-others =
    { $count ->
        [one] Tekst zostanie też wysłany w jeszcze jednym języku, przetłumaczony z tej wersji.
        [few] Tekst zostanie też wysłany w { $count } innych językach, przetłumaczony z tej wersji.
        [many] Tekst zostanie też wysłany w { $count } innych językach, przetłumaczony z tej wersji.
       *[other] Tekst zostanie też wysłany w { $count } innych językach, przetłumaczony z tej wersji.
    }
featured-ask-question = Czy zgadzasz się, żeby ten tekst został wysłany? Nic nie zostanie wysłane, dopóki nie odpowiesz.
featured-approve = ✅ Tak, można go wysłać
featured-decline = Nie, nie wysyłajcie go
featured-approved = Dziękujemy! Osoba koordynująca może teraz wysłać tekst. Zgodę możesz wycofać w /menu, w części „Nowo przybyła osoba miesiąca”.
featured-declined = Dobrze, tekst nie zostanie wysłany. Osoba koordynująca dostała o tym informację.
featured-status-draft = Wersja robocza
featured-status-asked = Czeka na odpowiedź
featured-status-approved = Zatwierdzona, jeszcze niewysłana
featured-status-declined = Odrzucona
featured-status-published = Wysłana
featured-status-withdrawn = Zgoda wycofana
mydata-featured-optin = Nowo przybyła osoba miesiąca: pozwalasz gminie zapytać Cię o Twoją historię.
mydata-featured-story = Nowo przybyła osoba miesiąca, historia o Tobie: { $status }
delete-done-featured = Twoja zgoda w części „Nowo przybyła osoba miesiąca” i historie o Tobie
featured-not-allowed = Część „Nowo przybyła osoba miesiąca” jest dostępna tylko dla koordynatorów w gminie.
featured-staff-title = ⭐ Nowo przybyła osoba miesiąca
featured-staff-candidates =
    { $count ->
        [0] Gmina { $municipality }: nikt jeszcze nie zgodził się, żeby gmina mogła go zapytać.
        [one] Gmina { $municipality }: jedna osoba zgodziła się, żeby gmina mogła ją zapytać (bez imion i nazwisk):
        [few] Gmina { $municipality }: { $count } osoby zgodziły się, żeby gmina mogła je zapytać (bez imion i nazwisk):
        [many] Gmina { $municipality }: { $count } osób zgodziło się, żeby gmina mogła je zapytać (bez imion i nazwisk):
       *[other] Gmina { $municipality }: { $count } osoby zgodziło się, żeby gmina mogła je zapytać (bez imion i nazwisk):
    }
featured-write-about = ✍️ Napisz o osobie nr { $n }
featured-story-button = Historia { $story }: { $status }
featured-staff-how = Najpierw porozmawiaj z tą osobą (na przykład w ramach sprawy albo w miejscu spotkań). Potem napisz tu historię: osoba dostanie dokładny tekst i musi się na niego zgodzić, zanim będzie można go wysłać.
featured-write-prompt = Napisz historię w tym języku: { $language } (maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }).
featured-pick-language = W jakim języku chcesz dodać tłumaczenie?
featured-back-to-story = ← Wróć do historii
featured-story-title = ⭐ Historia { $story } – { $status }
featured-edit-nb = ✏️ Napisz lub zmień tekst w bokmål
featured-add-translation = 🌐 Dodaj tłumaczenie
featured-send = ✉️ Wyślij osobie do zatwierdzenia
featured-announce = 📣 Wyślij nowo przybyłym i mentorom
featured-story-draft-hint = Gdy tekst będzie gotowy, wyślij go tej osobie. Potem nie będzie można go już zmienić.
featured-story-asked-hint = Osoba dostała dokładny tekst i jeszcze nie odpowiedziała.
featured-story-approved-hint = Osoba zgodziła się dokładnie na ten tekst. Można go wysłać bez zmian.
featured-story-closed-hint = Tej historii nie można wysłać.
featured-back = ← Nowo przybyła osoba miesiąca
featured-text-saved = Zapisano.
featured-sent = Wysłano do tej osoby. Dostaniesz informację, gdy odpowie.
featured-announced = Wysłano jako ogłoszenie do nowo przybyłych osób i mentorów (fadder). Dostaniesz raport doręczenia.
featured-open-story = ⭐ Otwórz historię
featured-staff-approved = ⭐ Historia { $story }: osoba zgodziła się na tekst. Można go teraz wysłać.
featured-staff-declined = ⭐ Historia { $story }: osoba się nie zgodziła. Tekst nie zostanie wysłany.
featured-staff-withdrawn = ⭐ Historia { $story }: osoba wycofała zgodę. To, co nie zostało jeszcze wysłane, zostało zatrzymane.
