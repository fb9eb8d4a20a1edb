language-name = prs
