# `plan why`: tu propio motivo, con tus palabras.

why-none-yet = Aún no has guardado ningún porqué. `plan why "…"` guarda uno.
why-quoted = «{ $text }»
why-since = Tu porqué, desde el { $date }:
why-history-hint = `plan why --history` muestra { $earlier ->
    [one] el anterior
   *[other] los { $earlier } anteriores
}.
why-not-written = Todavía no has escrito tu porqué: la razón por la que haces esto, con tus propias palabras.
why-how = `plan why "…"` lo guarda, y `plan urge` te lo muestra cuando más importa.
