locale-decimal-separator = ,
locale-yes-answers = j, ja
locale-no-answers = n, nein
locale-yes-no = [j/n]
