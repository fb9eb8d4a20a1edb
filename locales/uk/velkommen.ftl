language-name = uk
