# `plan export`: las palabras del diario en Markdown y del archivo de
# calendario, y por qué no se puede importar un archivo.

## El diario en Markdown.
export-journal-title = { $title }: un diario
export-journal-safety = Tu evaluación del { $date } { $found }. { $help }
export-journal-started = Empezó el { $date }.
export-journal-no-contact = Contacto cero desde el { $since }: { $days }. Racha más larga: { $longest }.
export-journal-no-contact-again = Contacto cero desde el { $since }: { $days }. Racha más larga: { $longest }; has vuelto a empezar { $resets }.
export-journal-ended = Terminó el { $date }: { $outcome }.
export-journal-checkins = { $checkins }, por escrito a fecha de { $date }.
export-journal-mood = ánimo { $mood }/10
export-journal-urge = impulso { $urge }/10

## El archivo de calendario.
export-ics-checkin-summary = Registro del día
export-ics-checkin-description = Un momento para el registro de hoy, cuando te sientas con ganas.
export-ics-milestone-summary = { $days } de contacto cero
export-ics-milestone-reached = { $days } sin contacto, contando desde el { $since }. Has llegado hasta aquí.
export-ics-milestone-earlier-run = { $days } sin contacto, contando desde el { $since }. Después hubo contacto; estos días siguen contando.
export-ics-milestone-ahead = { $days } sin contacto, contando desde el { $since }. Te sientas como te sientas hoy, has llegado hasta aquí.
export-ics-looking-summary = { $days } sin mirar su perfil
export-ics-looking-description = { $days } sin mirar su perfil ni sus fotos, contando desde el { $since }. Se cuenta aparte, sin afectar al contacto cero.
export-ics-gate-summary = Se abre el paso { $number }: { $title }
export-ics-gate-description = El paso { $number } de «{ $playbook }», «{ $title }», se puede marcar como hecho desde hoy: { $days } de contacto cero, contando desde el { $since }.

## Por qué no se puede importar un archivo, tras «no se pudo importar ARCHIVO: ».
export-import-empty = está vacío
export-import-truncated = está cortado: termina en la línea { $line }, columna { $column }, antes del final
export-import-malformed = no es JSON válido: { $what }
export-import-foreign = es JSON, pero no es una exportación de plan (no tiene "format": "{ $format }")
export-import-newer = lo escribió una versión más nueva de plan (versión de exportación { $version }; esta lee hasta la { $supported })
export-import-damaged = es una exportación de plan, pero { $what }
export-damaged-no-version = no tiene número de versión
export-damaged-no-events = no tiene lista de eventos
export-damaged-event = el evento { $event } no se puede leer: { $error }
export-invalid-no-events = su lista de eventos está vacía
export-invalid-no-start = su primer evento no empieza un plan
export-invalid-second-start = el evento { $event } empieza un segundo plan
export-invalid-playbook = la guía `{ $id }` del evento { $event } no es válida: { $problem }
export-invalid-playbook-changed = no se vuelve a leer tal como se escribió
export-invalid-checkin-before-plan = tiene un registro del { $date }, antes del primer día del plan ({ $first })
export-invalid-date-out-of-range = el evento { $event } tiene fecha { $date }, fuera de los años 0000 a 9999
export-invalid-mood = el registro del { $date } tiene ánimo { $value }, y el ánimo va de 1 a 10
export-invalid-urge = el registro del { $date } tiene impulso { $value }, y el impulso va de 0 a 10
