# The staff's words: a complaint's file (`/admin/plainte/`) and the forms of
# its steps. French only (see personnel.ftl).

## The head of the file.
case-title = Plainte { $reference }
case-back-to-list = Retour à la liste des plaintes
case-status = Statut : { $status }.
case-orphan-kept = Ce formulaire n’est plus proposé à cette étape du dossier. Voici ce que vous y aviez écrit, pour le copier au besoin :
case-on-this-page = Sur cette page
case-none-given = Aucune plainte n’est indiquée.

## The summary.
case-summary = Résumé
case-complaint = La plainte
case-deadlines = Échéances
case-steps = Les étapes
case-history = Historique
case-mail = Courriels
case-field-status = Statut
case-field-received = Reçue le
case-field-channel = Reçue par
case-field-language = Langue de la personne
case-language-mail = (le courriel lui est écrit dans cette langue, puis en français)
case-field-category = Catégorie
case-field-service = Service
case-not-specified = Non précisé
case-field-handler = Responsable
case-to-assign = À attribuer
case-field-named-staff = Personnel visé
case-named-none = Aucun
case-field-about-staff = Visé selon la personne
case-nothing-said = Rien d’indiqué
case-about-director-html = <strong>Plainte visant la direction :</strong> seul le conseil d’administration la traite ; la direction n’en sait rien.
case-the-person = La personne
case-field-name = Nom
case-anonymous = Anonyme
case-not-given = Non donné
case-field-email = Courriel
case-field-phone = Téléphone
case-field-address = Adresse postale
case-not-given-feminine = Non donnée
case-field-consent = Consentement
case-not-recorded = Non consigné
case-chose-anonymity = La personne a choisi de rester anonyme.

## What the complaint says.
case-what-happened = Ce qui s’est passé
case-desired-outcome = Ce qui réglerait la situation
case-added-later = Ajouté ensuite par la personne
case-nothing-added = Rien d’ajouté.
case-added-on = Le { $date }

## The deadlines.
case-promises = Engagements de la politique
case-promise-kept = { $promise } :
case-no-action = Aucune action n’est possible pour vous à cette étape.

## Acknowledgement.
case-ack = Accusé de réception
case-ack-done = Réception confirmée le { $date }.
case-ack-done-means = Réception confirmée le { $date } ({ $means }).
case-ack-not-yet = La réception n’a pas encore été confirmée à la personne.
case-ack-how = Comment la réception a été confirmée
case-ack-by-phone = Par téléphone
case-ack-in-person = En personne
case-ack-by-letter = Par lettre
case-ack-by-email = Par courriel
case-ack-at = Date et heure de l’accusé de réception
case-ack-save = Enregistrer l’accusé de réception

## Assignment and the people a complaint is about.
case-assign = Responsable de la plainte
case-assigned-to = Confiée à { $name }.
case-assigned-none = Personne n’est encore responsable de cette plainte.
case-assign-to = Confier la plainte à
case-assign-help = La personne choisie reçoit un courriel avec la référence et un lien, sans le contenu de la plainte.
case-assign-choose = Choisissez une personne
case-assign-save = Confier la plainte
case-naming = Personnes visées par la plainte
case-naming-emails = Courriels des membres du personnel visés
case-naming-help = Séparez les adresses par des virgules. Cette liste remplace la précédente ; laissez vide si la plainte ne vise personne du personnel. Une personne visée ne peut ni lire la plainte ni la recevoir, dès maintenant.
case-naming-director = La plainte vise la direction générale (elle passe alors au conseil d’administration seul)
case-naming-save = Enregistrer les personnes visées

## Analysis.
case-analysis = Analyse
case-analysis-facts = Les faits
case-analysis-cause = La cause
case-analysis-cause-type = Type : { $cause }.
case-analysis-cause-unknown = non précisé
case-analysis-notes = Notes internes
case-analysis-none = Pas encore d’analyse.
case-analysis-facts-field = Les faits établis
case-analysis-cause-type-field = Type de cause
case-analysis-cause-type-help = Il sert aux rapports  ; il reste quand les textes sont effacés au terme de la conservation.
case-analysis-notes-help = Les notes internes ne sont jamais montrées à la personne qui a porté plainte.
case-analysis-save = Enregistrer l’analyse

## Decision.
case-decision = Décision
case-decision-proposed-html = <strong>Ce que l’organisme propose :</strong>
case-decision-none = Pas encore de décision.
case-decision-proposed = Ce que l’organisme propose
case-decision-apology = Des excuses
case-decision-repair = Une réparation
case-decision-compensation = Une compensation
case-decision-practice = Un changement de pratique
case-decision-text = La décision expliquée
case-decision-save = Enregistrer la décision

## The written response.
case-response = Réponse écrite
case-response-none = Pas encore de réponse écrite.
case-response-sent-html = <strong>Envoyée le { $date }</strong> ({ $means }).
case-response-sent-by-html = <strong>Envoyée le { $date }</strong> ({ $means }), par { $by }.
case-subject-html = <strong>Objet :</strong>
case-response-body = Texte de la réponse
case-response-body-help = La lettre reprend ce texte avec l’en-tête de l’organisme, la référence et la signature. Vérifiez-la avec l’aperçu avant de l’envoyer.
case-response-envelope = Adresse sur l’enveloppe (envoi par la poste)
case-response-address-on-file = Adresse au dossier : { $address }. Laissez ces champs vides pour l’utiliser.
case-response-address-none = La personne n’a pas donné d’adresse : indiquez celle où la lettre est envoyée.
case-address-street = Numéro, rue et appartement
case-address-city = Ville
case-address-province = Province
case-address-postal-code = Code postal
case-preview = Aperçu de la lettre
case-preview-post = Aperçu de la lettre pour la poste
case-print = Imprimer la lettre
case-response-means-help = Une personne anonyme, ou que l’on ne peut pas joindre par écrit, lit sa réponse dans son dossier en ligne avec son numéro et son code d’accès.
case-send-email = Envoyer par courriel
case-send-post = Marquer comme envoyée par la poste
case-send-file = Déposer au dossier en ligne
case-extended = Délai prolongé jusqu’au { $date } par { $by }. Raison donnée à la personne : { $reason }
case-extend = Prolonger le délai de la réponse (une seule fois)
case-extend-help = La politique prévoit une réponse « généralement sous 10 jours ouvrables ». Si l’analyse demande plus de temps, fixez une nouvelle date avant l’échéance : la personne en est informée avec la raison, par courriel si elle en a donné un et dans son dossier en ligne.
case-extend-date = Nouvelle date limite de la réponse
case-extend-reason = Raison, telle que la personne la lira
case-extend-save = Prolonger le délai

## The follow-up.
case-follow-up = Suivi auprès de la personne
case-satisfaction-html = <strong>Satisfaction :</strong>
case-follow-up-by-client = Réponse donnée par la personne elle-même, depuis son dossier.
case-follow-up-by-staff = Suivi consigné par le personnel.
case-follow-up-comment = Son commentaire : { $comment }
case-no-adjustment = Aucun ajustement.
case-follow-up-none = Pas encore de suivi.
case-satisfied-question = La personne est-elle satisfaite de la solution ?
case-satisfied-yes = Oui, satisfaite
case-satisfied-no = Non, pas satisfaite
case-satisfied-no-answer = Pas de réponse
case-adjustment-agreed = Ajustement convenu
case-optional = (facultatif)
case-adjustment-help = Si la personne n’est pas satisfaite, indiquez aussi qui s’occupe de l’ajustement et pour quand : il est suivi comme une mesure corrective, et la plainte ne se ferme qu’une fois l’ajustement fait.
case-adjustment-owner = Qui s’occupe de l’ajustement
case-adjustment-due = Date limite de l’ajustement
case-follow-up-save = Enregistrer le suivi
case-adjust = Prévoir un ajustement (la personne n’est pas satisfaite)
case-adjust-description = Ajustement prévu
case-adjust-save = Prévoir l’ajustement

## Corrective measures.
case-measures = Mesures correctives
case-measures-none = Aucune mesure corrective.
case-measure-adjustment = Ajustement après le suivi :
case-measure-owner = Qui s’en occupe : { $owner }.
case-measure-due = Échéance :
case-measure-done-on = Faite le
case-measure-mark-done = Marquer comme faite
case-measure-add = Ajouter une mesure corrective
case-measure = Mesure
case-measure-who = Qui s’en occupe
case-measure-due-on = À faire au plus tard le
case-measure-save = Ajouter la mesure

## At the person's request.
case-help = À la demande de la personne
case-help-check = Vérifiez d’abord l’identité de la personne qui vous le demande.
case-new-code = Nouveau code d’accès (il remplace l’ancien)
case-new-code-read = Le lui lire maintenant (il ne sera affiché qu’une fois)
case-new-code-email = L’envoyer à l’adresse courriel inscrite au dossier
case-new-code-save = Donner un nouveau code
case-withdraw-confirm = La personne m’a demandé de retirer sa plainte
case-withdraw-save = Retirer sa plainte pour elle

## Closing and reopening.
case-closing = Fermeture
case-close-help = Fermez la plainte une fois la réponse envoyée et le suivi fait. Elle pourra être rouverte au besoin.
case-close-reason = Pourquoi l’ajustement demandé ne sera pas fait
case-close-reason-help = La personne n’était pas satisfaite, et l’ajustement prévu n’est pas fait ou aucun n’a été prévu. Indiquez pourquoi vous fermez quand même : la raison est consignée au dossier.
case-close-save = Fermer la plainte
case-reopen-reason = Raison de la réouverture
case-reopen-save = Rouvrir la plainte
case-nothing-to-do = Rien à faire pour le moment.

## History and mail.
case-event-who-html = <strong>{ $who }</strong> :
case-mail-none = Aucun courriel pour cette plainte.
case-mail-queued = Préparé le
case-mail-sent = Envoyé le
case-mail-attempts = Tentatives
case-mail-not-sent = Pas encore envoyé

## What the page says of a step.
case-step-failed = Cette étape n’a pas pu être faite.
case-promise-ack-on-time = Accusé de réception dans les délais
case-promise-response-on-time = Réponse écrite dans les délais
case-promise-followed-up = Suivi fait
case-promise-yes = oui.
case-promise-no = non.
case-promise-no-late = non, le délai est passé.
case-promise-running = en cours.
case-unavailable = Ce dossier ne peut pas être lu pour le moment. Réessayez dans une minute.
case-not-found = Cette plainte est introuvable, ou vous n’avez pas accès à son dossier.
case-code-to-read = Nouveau code d’accès à lire à la personne maintenant : { $code }. Il ne sera plus affiché.
case-done-acknowledge = L’accusé de réception est enregistré.
case-done-assign = La plainte est confiée à la personne choisie. Elle en est avisée par courriel.
case-done-record-naming = Les personnes visées sont enregistrées. Elles ne peuvent ni lire la plainte ni la recevoir.
case-done-analyse = L’analyse est enregistrée.
case-done-decide = La décision est enregistrée.
case-done-respond-email = La réponse écrite est envoyée par courriel.
case-done-respond-post = La réponse écrite est notée comme envoyée par la poste.
case-done-respond-file = La réponse écrite est déposée au dossier en ligne de la personne.
case-done-extend = Le délai de la réponse est prolongé. La personne en est informée.
case-done-follow-up = Le suivi est enregistré.
case-done-adjust = L’ajustement est prévu. Il est suivi comme une mesure corrective.
case-done-add-measure = La mesure corrective est ajoutée.
case-done-measure-done = La mesure corrective est notée comme faite.
case-done-issue-code = Un nouveau code d’accès a été envoyé à l’adresse courriel inscrite au dossier.
case-done-withdraw-for-client = La plainte est retirée, à la demande de la personne.
case-done-close = La plainte est fermée.
case-done-reopen = La plainte est rouverte.

## Deadlines and measures, in words.
deadline-overdue = en retard
deadline-today = aujourd’hui
deadline-in-days = { $days ->
    [1] demain
   *[other] dans { $days } jours
}
deadline-kept = Respecté : fait le { $date }
deadline-kept-late = Fait en retard, le { $date }
deadline-due = À faire d’ici le { $date }
deadline-overdue-since = En retard depuis le { $date }
deadline-moot = Sans objet : { $why }
deadline-extended = Prolongé jusqu’au { $date } (au lieu du { $before }) : { $reason }
deadline-badge-kept = Respectée
deadline-badge-kept-late = Faite en retard
deadline-badge-due = À faire
deadline-badge-overdue = En retard
deadline-badge-moot = Sans objet
deadline-badge-extended = Prolongée
measure-given-up = Abandonnée : { $reason }
measure-done-on = Faite le { $date }
