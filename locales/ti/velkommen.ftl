language-name = ti
