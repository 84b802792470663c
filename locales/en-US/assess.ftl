# The readiness check (`plan assess`): its questions, the reason each
# answer that raises a concern gives, what the answers come to, and its
# prompts. The answers are typed as yes, no or unsure; `--answer ID=CHOICE`
# keeps the English ids and choices in every language.

## The questions, in the order they are asked: the red flags first.
assess-question-abuse = Was there abuse or control: hurting you, threatening, belittling you, cutting you off from people, or watching your phone or money?
assess-question-afraid = Are you afraid of them, or of what they might do if you got in touch?
assess-question-they-asked = Have they asked you not to contact them, blocked you, or told you clearly that it is over?
assess-question-own-behaviour = Was your own behaviour abusive or controlling: hurting them, threatening, belittling them, cutting them off from people, or watching their phone or money?
assess-question-warned = Are people who care about you worried about how you were treated, and warning you not to go back?
assess-question-new-partner = Are they with someone new?
assess-question-miss-them = Do you miss them as a person, and what the two of you shared, rather than just having someone?
assess-question-lonely = Is the pull mostly loneliness, fear of never finding anyone else, or wanting the hurt to stop?
assess-question-why-it-ended = Do you understand why it ended: a fight, drifting apart, broken trust, or something deeper?
assess-question-changed = Has something real changed since then, in what either of you does and not only in what was said?
assess-question-breakup = Can you both put behind you what was said and done while breaking up?
assess-question-future = Picturing your life ten years from now, do your plans and theirs fit together?
assess-question-pros-cons = Weighing the good and the bad honestly, did they bring more to your life than they took from it?
assess-question-let-go = Could you let the past go, without bringing up old hurts or whom they saw while you were apart?
assess-question-commit = Are you ready to commit more deeply than you did before?
assess-question-add-value = Did you each make the other's life better, and could you handle the differences that split you?

## The reason an answer gives, under "Why:": the question's id, then the answer.
assess-reason-abuse-yes = You named abuse or control. Your safety comes first, and what happened was not your fault.
assess-reason-abuse-unsure = You are not sure whether what happened was abuse or control. That is worth talking through with someone you trust, or a domestic-abuse helpline, before any contact.
assess-reason-afraid-yes = You are afraid of them. Your safety comes first, and fear is reason enough to stay apart.
assess-reason-afraid-unsure = Part of you may be afraid of them. Take that seriously, and talk it through with someone you trust before any contact.
assess-reason-they-asked-yes = They have asked for no contact, blocked you, or said it is over. That is their answer to give, and yours to respect, hard as it is.
assess-reason-they-asked-unsure = You are not sure what they want. Until they show they want contact, leaving them be is the kind choice, for you both.
assess-reason-own-behaviour-yes = You named your own behaviour as abusive or controlling. The way forward is no contact, and help to change: that is how you take responsibility for it.
assess-reason-own-behaviour-unsure = You are not sure whether your behaviour was abusive or controlling. Talk it through with a counsellor, or a service for people worried about their own behaviour, before any contact.
assess-reason-warned-yes = People who care about you are worried about how you were treated. Their view is worth hearing.
assess-reason-warned-unsure = Ask someone you trust how they saw the relationship.
assess-reason-new-partner-yes = They are with someone new. That is their choice to make, and yours to respect.
assess-reason-miss-them-no = What pulls you back may be something other than them.
assess-reason-miss-them-unsure = You are not yet sure it is them you miss.
assess-reason-lonely-yes = Loneliness, fear or pain is doing the asking; give it time to quiet down.
assess-reason-lonely-unsure = Part of the pull may be loneliness or fear; give it time.
assess-reason-why-it-ended-no = Until you know why it ended, the same thing could end it again.
assess-reason-why-it-ended-unsure = The reason it ended is not clear to you yet.
assess-reason-changed-no = Nothing has changed yet, so the old problems would still be there.
assess-reason-changed-unsure = It is not yet clear that anything has changed.
assess-reason-breakup-no = The hurt of the breakup itself still stands between you.
assess-reason-breakup-unsure = The hurt of the breakup may still stand between you.
assess-reason-future-no = You do not see a future that fits both your lives.
assess-reason-future-unsure = You cannot yet see a shared future.
assess-reason-pros-cons-no = By your own count, the relationship took more than it gave.
assess-reason-pros-cons-unsure = You are not sure it gave more than it took; a written list of the good and the bad may help.
assess-reason-let-go-no = Old hurts would come back with you.
assess-reason-let-go-unsure = You may not be ready to let the past rest.
assess-reason-commit-no = You are not ready to commit more than before.
assess-reason-commit-unsure = You are not sure you are ready to commit.
assess-reason-add-value-no = You did not make each other's lives better, or the differences cannot be bridged.
assess-reason-add-value-unsure = It is not clear you were good for each other.

## What the answers came to.
assess-result-move-on = Result: move on.
assess-result-wait = Result: wait.
assess-result-proceed = Result: proceed.
assess-said-not-safe = Your answers say that going back is not safe for you. That is a real answer, and it takes courage to face it.
assess-said-they-asked = They have given their answer. Honouring it is hard, and it is also the way through.
assess-said-own-behaviour = The way forward is no contact, and help to change. That is what taking responsibility looks like here.
assess-said-move-on = Your answers point away from going back. That is a real answer, and a brave one to face.
assess-said-wait-safety = Hold off on any contact. Something you answered touches on your safety or theirs: talk it through with someone you trust before you decide anything.
assess-said-wait = Give it time. Keep looking after yourself, and take the check again when things have settled: the answer then may point either way.
assess-said-proceed = Your answers raise no concern. Go gently, at their pace as much as yours, and be ready for their answer to be no.
assess-why = Why:
assess-switch-move-on = `plan switch move-on` follows a playbook for letting go, and keeps everything you have recorded.
assess-answers-kept = Your answers are kept with the result, in the plan folder: anyone with access to this device, its sync or an export could read them. `--only-result` keeps the result alone.
assess-answers-not-kept = Only the result is kept; your answers are not.

## At a terminal.
assess-intro = Answer honestly: y = yes, n = no, u = unsure. The first questions are about safety, and they decide. The result is kept in the plan folder, and so are your answers if you choose: anyone with access to this device, its sync or an export could read them.
assess-choices = [y/n/u]
assess-please = Please answer y, n or u.
# What a person may type for "unsure", comma-separated, beside the
# language's yes and no (locale.ftl). English `u`, `unsure` and `?` are
# always understood as well.
assess-unsure-answers = u, unsure, ?
assess-keep-question = Keep your answers with the result? Enter keeps only the result. [y/N]

## `plan assess --list`.
assess-list-how = `plan assess` asks them at a terminal; in a script, `--answer ID=CHOICE`.

## A malformed `--answer`, as clap shows it after "error: invalid value".
assess-answer-not-id-choice = `{ $text }` is not ID=CHOICE, such as `future=yes`; the ids are { $ids }
assess-answer-no-such-question = `{ $id }` is not a question of the check; the ids are { $ids }
assess-answer-no-such-choice = `{ $choice }` is not an answer to `{ $id }`; answer { $choices }
