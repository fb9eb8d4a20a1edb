language-name = ar
