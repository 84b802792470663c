report-footer = Hecho por { $plan } en tu propio dispositivo, el { $date }. Esta página contiene tus notas: guárdala en un lugar privado.
report-heading = Todo lo que has recorrido
report-dates-one-day = { $first } · primer día
report-dates = Del { $first } al { $last } · { $length }
report-ended = Este plan terminó el { $date }: { $outcome }.
report-why = Tu porqué, { $date }

report-safety-label = Dónde encontrar ayuda
report-safety-found = Tu evaluación del { $date } { $found }.

report-figures-label = En cifras
report-figure-now = { $n ->
    [one] día de contacto cero, racha actual
   *[other] días de contacto cero, racha actual
}
report-figure-longest = { $n ->
    [one] día, tu racha más larga
   *[other] días, tu racha más larga
}
report-figure-total = { $n ->
    [one] día de contacto cero en total
   *[other] días de contacto cero en total
}
report-figure-checkins = { $n ->
    [one] registro
   *[other] registros
}
report-figure-resets = { $n ->
    [one] vez que volviste a empezar
   *[other] veces que volviste a empezar
}

report-no-contact-heading = Contacto cero
report-no-contact-lede = Cada barra es una racha de días sin contacto; cada punto, un día en que se rompió. Un desliz vuelve a empezar la cuenta, pero nunca te quita los días que ya llevabas.
report-runs-before = { $n ->
    [one] { $n } racha anterior
   *[other] { $n } rachas anteriores
}
report-run-dates = { $from } – { $to }
report-run-now = hoy
report-run-then = luego, { $contact }
report-run-then-notes = luego, { $contact }: { $notes }

report-looking-heading = Sin mirar su perfil
report-looking-lede = Mirar su perfil o sus fotos se cuenta aparte. Nunca hace que la cuenta del contacto cero vuelva a empezar.
report-looking-none = No has registrado ninguna mirada: { $days ->
    [one] { $days } día
   *[other] { $days } días
} desde el { $since }.
report-looking-some = { $days ->
    [one] { $days } día
   *[other] { $days } días
} sin mirar, desde el { $since }. Tu racha más larga sin hacerlo: { $longest ->
    [one] { $longest } día
   *[other] { $longest } días
}. Días en que miraste: { $looks }.

report-mood-heading = Ánimo e impulso
report-mood-none = Todavía no has registrado ánimo ni impulso. { $command } añade un día.
report-key-mood = Ánimo, de 1 a 10
report-key-urge = Impulso de escribirle, de 0 a 10
report-key-slip = Un desliz
report-mood-grain-day = Cada punto es un día.
report-mood-grain-week = Cada punto es la media de una semana.
report-mood-grain-month = Cada punto es la media de un mes.
report-mood-way-up = Cuando el ánimo sube y el impulso baja, vas por buen camino.
report-heatmap-heading = Ánimo, día a día
report-scale-low = bajo
report-scale-high = alto
report-scale-slip = un desliz
report-no-checkin = sin registro
report-day-mood = ánimo { $mood }
report-day-urge = impulso { $urge }
report-day-notes = { $n ->
    [one] una nota
   *[other] { $n } notas
}
report-year-average = ánimo { $mood } de media
report-heatmap-month = Ánimo en { $month }
report-heatmap-year = Ánimo en { $year }
report-weekday-letter = { $weekday ->
    [1] L
    [2] M
    [3] X
    [4] J
    [5] V
    [6] S
   *[7] D
}

report-timeline-label = Rachas de contacto cero y deslices, del { $first } al { $last }
report-trend-label = Ánimo e impulso, del { $first } al { $last }
report-timeline-run = { $from } – { $to }: { $days ->
    [one] { $days } día
   *[other] { $days } días
} de contacto cero
report-timeline-run-current = { $from } – { $to }: { $days ->
    [one] { $days } día
   *[other] { $days } días
} de contacto cero, y la cuenta sigue
report-timeline-today = hoy
report-timeline-end = fin
report-dot-mood = { $period }: ánimo { $value }
report-dot-urge = { $period }: impulso { $value }
report-period-week = semana del { $date }
report-period-month = { $from } – { $to }

report-milestones-heading = Hitos
report-milestones-lede = De la racha que empezó el { $since }.
report-milestones-none = El primero, a los 7 días, aún estaba por llegar cuando terminó el plan.
report-milestone-reached = alcanzado el { $date }
report-milestone-ahead = el { $date }
report-milestones-earlier = Alcanzados en rachas anteriores. Un desliz terminó la racha, no lo que conseguiste.
report-milestone-earlier = alcanzado el { $date }, en la racha desde el { $run }
report-milestones-longest = Tu racha más larga hasta ahora: { $days ->
    [one] { $days } día
   *[other] { $days } días
}.

report-steps-heading = Pasos
report-steps-done = { $total ->
    [one] { $done } de { $total } hecho.
   *[other] { $done } de { $total } hechos.
}
report-step-done = hecho el { $date }
report-step-opens = se abre el { $date }
report-step-now = ahora
report-step-later = más adelante
report-earlier = Hasta el { $until }, con «{ $title }»: { $done }.
report-earlier-none = Hasta el { $until }, con «{ $title }»: ningún paso hecho.

report-notes-heading = Tus notas
report-notes-lede = { $count ->
    [one] Tu única nota, en el orden de los días. Los días con un desliz van marcados.
   *[other] Tus { $count } notas, en el orden de los días. Los días con un desliz van marcados.
}
