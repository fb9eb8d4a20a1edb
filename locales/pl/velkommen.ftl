language-name = pl
