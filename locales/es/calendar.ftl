# `plan calendar`: un mes en cuadrícula.

## La leyenda.
calendar-legend-no-contact = contacto cero
calendar-legend-mood = un registro, con tu ánimo
calendar-legend-slip = contacto que lo rompió
calendar-legend-contact = otro contacto; la cuenta sigue
calendar-legend-milestone = un hito
calendar-legend-gate = se abre el plazo de un paso
calendar-legend-both = las dos cosas el mismo día
calendar-legend-today = hoy
calendar-legend-last-contact = tu último contacto antes del plan
calendar-legend-looked = miraste su perfil; el contacto cero sigue

## Los hitos y los plazos del mes.
calendar-milestone-reached = { $day }: { $days } de contacto cero, logrado
calendar-milestone-to-come = { $day }: { $days } de contacto cero, por llegar
calendar-gate-opened = { $day }: se abrió el plazo del paso { $number } ({ $title })
calendar-gate-opens = { $day }: se abre el plazo del paso { $number } ({ $title })

## Dónde está el plan.
calendar-ended = Este plan terminó el { $date }.
calendar-began-after = El contacto cero empezó el { $date }, después de este mes.
calendar-no-contact = Contacto cero: { $days } (desde el { $since }).
calendar-not-looking = Sin mirar su perfil: { $days } (desde el { $since }).

calendar-not-a-month = `{ $text }` no es un mes; escríbelo como AAAA-MM, por ejemplo 2026-11
