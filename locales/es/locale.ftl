locale-decimal-separator = ,
locale-yes-answers = s, sí, si
locale-no-answers = n, no
locale-yes-no = [s/n]
