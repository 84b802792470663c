if-sentence = Si { $when }, entonces { $then }{ $end }
if-word-if = si
if-word-then = entonces
if-none = Todavía no tienes planes si-entonces. En un momento tranquilo, decide qué harás cuando llegue el impulso, con tus propias palabras: `plan if "quiero escribirle de noche" "llamo a Sam"`.
if-yours = Tus planes para el impulso, con tus palabras:
if-shown-first = `plan urge` los muestra primero. `plan if --remove N` quita uno.
if-for-this-moment = { $n ->
    [one] Tu plan para este momento, pensado en un rato más tranquilo:
   *[other] Tus planes para este momento, pensados en un rato más tranquilo:
}
if-again = Ese plan ya es tuyo; guardado de nuevo.
if-kept = Guardado:
if-kept-first = `plan urge` te lo muestra primero cuando llegue el impulso. Un segundo plan, para otro momento, también ayuda.
if-kept-more = `plan urge` te lo muestra primero cuando llegue el impulso.
if-removed = Quitado:
