# The staff's words: the director's and the board's reports
# (`/admin/rapports/`) and the printable annual report. French only (see
# personnel.ftl).

## The reports page.
reports-title = Rapports
reports-lead = Les plaintes reçues pendant une période, comparées à la même période l’an dernier.
reports-refused = Votre rôle ne vous permet pas de faire cela.
reports-reserved = Les rapports sont réservés à la direction et au conseil d’administration.
reports-period = Période du rapport
reports-month = Mois
reports-quarter = Trimestre
reports-year = Année
reports-chosen = Période choisie
reports-the-month = Le mois
reports-the-quarter = Le trimestre
reports-quarter-1 = 1er trimestre (janvier à mars)
reports-quarter-2 = 2e trimestre (avril à juin)
reports-quarter-3 = 3e trimestre (juillet à septembre)
reports-quarter-4 = 4e trimestre (octobre à décembre)
reports-the-year = L’année
reports-first-day = Premier jour de la période
reports-last-day = Dernier jour de la période
reports-show = Afficher le rapport
reports-shown = Rapport affiché : { $period }.
reports-csv = Télécharger le fichier CSV
reports-annual-link = Rapport annuel imprimable
reports-csv-help = Le fichier CSV compte une ligne par plainte reçue pendant la période  ; il s’ouvre dans un tableur.

## The printable annual report.
annual-title = Rapport annuel sur les plaintes { $year }
annual-back = Retour aux rapports
annual-prepared-by = Préparé par { $name }, { $title }, le
annual-shown = Rapport annuel { $year } affiché.
annual-print = Imprimer le rapport
annual-note-html = Ce rapport compte les plaintes reçues du 1<sup>er</sup> janvier au 31 décembre. Chaque chiffre est placé à côté de celui de l’année précédente.

## The figures of a report.
report-periods-html = <strong>Période :</strong> { $period }. <strong>Même période l’an dernier :</strong> { $previous }.
report-volume = Volume
report-received-caption = Plaintes reçues
report-complaints = Plaintes
report-this-period = Cette période
report-last-year = Même période l’an dernier
report-received = Reçues
report-by-category = Par catégorie
report-category = Catégorie
report-none = Aucune plainte pendant ces deux périodes.
report-by-service = Par service
report-service = Service
report-no-service = Aucune plainte ne précise de service pendant ces deux périodes.
report-by-channel = Par moyen de réception
report-channel = Reçues par
report-by-language = Par langue de la personne
report-language = Langue
report-by-month = Plaintes reçues par mois
report-by-month-caption = Plaintes reçues par mois (les chiffres du graphique)
report-month = Mois
report-same-month = Même mois l’an dernier
report-promises = Respect des engagements
report-promises-caption = Engagements de la politique
report-indicator = Indicateur
report-ack-within = Accusé de réception dans les { $hours } { $hours ->
    [one] heure
   *[other] heures
}
report-response-within = Réponse écrite dans les { $days } { $days ->
    [one] jour ouvrable
   *[other] jours ouvrables
}
report-median = Délai médian jusqu’à la réponse écrite
report-p90-html = Délai dans lequel 9 réponses sur 10 sont envoyées (90<sup>e</sup> centile)
report-extended = Réponses dont le délai a été prolongé (avec la raison dite à la personne)
report-settled = Plaintes réglées sur-le-champ
report-open-now = Plaintes de la période encore ouvertes aujourd’hui
report-overdue-now = Plaintes de la période en retard aujourd’hui
report-promises-note = Une plainte compte dans ces proportions dès que l’engagement est tenu ou que son échéance est passée. Les délais sont comptés en jours ouvrables, de la réception à la première réponse écrite.
report-kept-by-month = Engagements tenus par mois
report-kept-by-month-caption = Engagements tenus par mois (les chiffres du graphique)
report-ack-on-time = Accusés de réception à temps
report-response-on-time = Réponses écrites à temps
report-ack-last-year = Accusés de réception, même mois l’an dernier
report-response-last-year = Réponses écrites, même mois l’an dernier
report-decisions = Décisions et satisfaction
report-decisions-caption = Ce que l’organisme a proposé
report-decision = Décision
report-no-decision = Aucune décision pendant ces deux périodes.
report-decisions-note = Une décision peut proposer plusieurs choses à la fois : chacune est comptée.
report-satisfaction-caption = Satisfaction au suivi
report-answer = Réponse de la personne
report-no-follow-up = Aucun suivi pendant ces deux périodes.
report-causes = Causes les plus fréquentes
report-causes-caption = Causes relevées à l’analyse, de la plus fréquente à la moins fréquente
report-cause = Cause
report-no-cause = Aucune cause relevée pendant ces deux périodes.
report-measures = Mesures correctives
report-measures-caption = Mesures décidées pour les plaintes de cette période
report-complaint = Plainte
report-owner = Qui s’en occupe
report-due = Échéance
report-done-on = Faite le
report-state = État
report-not-yet = Pas encore
report-no-measures = Aucune mesure corrective pour les plaintes de cette période.

## Figures in words, and the period's errors.
reports-year-invalid = Indiquez l’année en quatre chiffres, par exemple 2026.
reports-first-day-missing = Indiquez le premier jour de la période.
reports-last-day-missing = Indiquez le dernier jour de la période.
reports-last-day-before-first = Le dernier jour doit être le premier jour de la période ou un jour après.
reports-year-not-valid = L’année demandée n’est pas valide.
report-percent = { $value } %
report-nothing-to-measure = Rien à mesurer
report-share = { $kept } sur { $measured } ({ $percent })
report-no-response-sent = Aucune réponse envoyée
report-last-year-measures = Même période l’an dernier : { $measures ->
    [0] aucune mesure corrective.
    [one] { $measures-count } mesure corrective, dont { $done-count } { $done ->
        [one] faite
       *[other] faites
    }.
   *[other] { $measures-count } mesures correctives, dont { $done-count } { $done ->
        [one] faite
       *[other] faites
    }.
}

## The API's period, the measures' states, the charts.
report-date-invalid = Indiquez une date valide (aaaa-mm-jj).
report-end-before-start = La fin de la période doit suivre son début.
report-period-too-old = Cette période est trop ancienne.
report-measure-done = Faite
report-measure-overdue = En retard
report-measure-moot = Sans objet
report-measure-to-do = À faire
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juill.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
chart-month = { $month } { $year }
chart-separator =  ;{ " " }
chart-volume-month = { $month } : { $count }
chart-volume-tooltip = { $month } : { $count } { $count ->
    [one] plainte
   *[other] plaintes
}
chart-acknowledgement-within = accusé de réception dans les { $hours } heures
chart-response-within = réponse dans les { $days } jours ouvrables
chart-compliance-title = Engagements respectés par mois, en pourcentage
chart-compliance-month = { $month } : { $acknowledgement } { $acknowledged } %, { $response } { $answered } %
chart-compliance-tooltip = { $month } : { $what } { $percent } %
chart-legend-acknowledgement = Accusé de réception
chart-legend-response = Réponse écrite
report-cause-not-specified = Non précisée
