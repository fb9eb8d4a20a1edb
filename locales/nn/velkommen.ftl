language-name = nn
