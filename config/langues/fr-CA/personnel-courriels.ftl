# The mail to staff, in French only (see `personnel.ftl`): the notice of an
# assignment, of something new in a client's file, the scheduler's
# reminders and alerts, and the daily digest. They carry references, dates
# and links, never a complaint's content. The typography is the public
# catalogue's (see its head), checked the same way.

## What every notice about one complaint says.
case-mail-open = Consulter la plainte dans l’espace du personnel
case-mail-open-link = Consultez-la dans l’espace du personnel : { $url }
case-mail-confidential = Ce courriel ne contient aucun détail de la plainte, par confidentialité.

## A complaint given to its manager.
assignment-mail-subject = Plainte { $reference } à traiter
assignment-mail-given = { $by } vous a confié la plainte { $reference }.
assignment-mail-given-html = { $by } vous a confié la plainte <strong>{ $reference }</strong>.
assignment-mail-due = La réponse écrite est due au plus tard le { $date }.

## Something new in a client's file ($what is one of the news-… messages).
news-mail-subject = Du nouveau dans la plainte { $reference }
news-mail-what = Du nouveau dans la plainte { $reference } : { $what }
news-mail-what-html = Du nouveau dans la plainte <strong>{ $reference }</strong> : { $what }
news-information-added = La personne plaignante a ajouté une information à son dossier.
news-withdrawn = La personne plaignante a retiré sa plainte.
news-answered = La personne plaignante a répondu au suivi : elle dit si la solution lui convient.

## The scheduler's reminders and alerts ($what is one of the reminder-… messages).
reminder-mail-subject = Plainte { $reference } : échéance
reminder-mail-title = Plainte { $reference }
reminder-mail-what = Plainte { $reference } : { $what }
reminder-mail-what-html = Plainte <strong>{ $reference }</strong> : { $what }
reminder-acknowledgement = l’accusé de réception est à donner au plus tard le { $date }.
reminder-acknowledgement-late = l’accusé de réception devait être donné au plus tard le { $date } : il est en retard.
reminder-response = la réponse écrite est à envoyer au plus tard le { $date }.
# $late is a number of business days (business-days).
reminder-response-late = la réponse écrite devait être envoyée au plus tard le { $date } : elle est en retard de { $late }.
reminder-follow-up = le suivi auprès de la personne est à faire au plus tard le { $date }  ; elle est invitée à répondre depuis son dossier.
reminder-measure-late = la mesure corrective nº { $id } devait être faite au plus tard le { $date }.

## The daily digest, to the director (and to the board for its complaints).
digest-subject = Plaintes : l’état au { $date }
digest-title = État des plaintes au { $date }
digest-lead = Voici l’état des plaintes au { $date }.
digest-open = Plaintes en cours
digest-open-label = Plaintes en cours :
# $status is a status's name.
digest-count = { $status } : { $count }
digest-overdue = En retard ({ $count })
digest-overdue-label = En retard ({ $count }) :
digest-today = À faire aujourd’hui ({ $count })
digest-today-label = À faire aujourd’hui ({ $count }) :
digest-tomorrow = À faire le prochain jour ouvrable ({ $count })
digest-tomorrow-label = À faire le prochain jour ouvrable ({ $count }) :
# $what is what is due (a promise's name).
digest-due = { $reference } : { $what }, au plus tard le { $date }
digest-overdue-none = aucune
digest-nothing = rien
digest-failing = Courriels qui n’arrivent pas à partir
digest-failing-label = Courriels qui n’arrivent pas à partir (plusieurs essais) :
digest-complaint = plainte { $reference }
digest-space = Espace du personnel
digest-space-link = Espace du personnel : { $url }
digest-confidential = Ce courriel ne contient aucun détail des plaintes, par confidentialité.
