# What a language is, beside its words. A new language sets each of these.

# Between the whole and the fraction of a number: 3.5.
locale-decimal-separator = .
# What a person may type to answer yes, or no, comma-separated. English
# `y` and `n` are always understood as well.
locale-yes-answers = y, yes
locale-no-answers = n, no
# What `[y/n]` is written as after a yes-or-no question.
locale-yes-no = [y/n]
