language-name = so
