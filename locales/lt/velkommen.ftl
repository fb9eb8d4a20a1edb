language-name = lt
