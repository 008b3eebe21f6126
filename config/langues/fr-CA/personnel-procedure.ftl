# The procedure as the core says it to staff, in French only (see
# `personnel.ftl`): the names of roles, means, answers and promises, the
# journal of a complaint, why a step or a field is refused, the letters
# prefilled for the manager and the columns of the export. The names of
# channels, statuses and means of acknowledgement are the client's
# (`public.ftl`), the same words. The typography is the public catalogue's
# (see its head), checked the same way.

## Staff roles.
role-reception = Accueil
role-handler = Responsable des plaintes
role-direction = Direction
role-board = Conseil d’administration

## The names of things staff read.
mail-purpose-acknowledgement = Accusé de réception (au client)
mail-purpose-response = Réponse écrite (au client)
mail-purpose-assignment = Avis d’attribution (au responsable)
mail-purpose-client-notice = Avis de nouveauté au dossier (au personnel)
mail-purpose-new-code = Nouveau code d’accès (au client)
mail-purpose-reminder = Rappel ou alerte (au personnel)
mail-purpose-follow-up-invitation = Invitation au suivi (au client)
mail-purpose-extension = Délai prolongé, avec la raison (à la personne)
mail-purpose-new-code-request = Demande de nouveau code reçue sur le site
decision-kind-apology = Excuses
decision-kind-repair = Réparation
decision-kind-compensation = Compensation
decision-kind-practice-change = Changement de pratique
response-means-email = Par courriel
response-means-post = Par la poste
response-means-file = Déposée au dossier en ligne
follow-up-satisfied = Satisfait
follow-up-not-satisfied = Insatisfait
follow-up-no-answer = Pas de réponse
promised-acknowledgement = Accusé de réception
promised-response = Réponse écrite
promised-new-response = Nouvelle réponse écrite (plainte rouverte)
promised-follow-up = Suivi auprès du client
promised-measure = Mesure corrective nº { $id }
promised-adjustment = Ajustement nº { $id }
promised-anonymisation = Effacement des renseignements personnels
# Why a promise is no longer owed ($reason is the director's, in French).
moot-withdrawn = la plainte a été retirée
moot-closed = la plainte a été fermée
moot-waived = la direction y a renoncé ({ $reason })
actor-client = La personne plaignante
actor-system = Le système
business-days = { $days } { $days ->
    [one] jour ouvrable
   *[other] jours ouvrables
}

## The journal of a complaint.
# $channel is the way it came in: web, telephone, in_person, mail or email.
journal-received = Plainte reçue ({ $channel ->
    [telephone] téléphone
    [in_person] en personne
    [mail] courrier
    [email] courriel
   *[web] site web
})
journal-acknowledged = Réception confirmée au client : { $means }
journal-file-read = Dossier consulté
journal-assigned = Confiée à { $name }
journal-analysis = Analyse consignée
# $kinds is a list of journal-decision-kind.
journal-decision = Décision consignée : { $kinds }
journal-decision-kind = { $kind ->
    [excuses] excuses
    [reparation] réparation
    [compensation] compensation
   *[changement_de_pratique] changement de pratique
}
journal-response-in-file = Réponse écrite déposée au dossier en ligne
journal-response-sent = Réponse écrite envoyée { $means ->
    [email] par courriel
    [file] déposée au dossier en ligne
   *[post] par la poste
}
journal-followed-up = Suivi auprès du client : { $satisfaction ->
    [satisfied] satisfait
    [not_satisfied] insatisfait
   *[no_answer] pas de réponse
}
journal-measure-added = Mesure corrective nº { $id } ajoutée
journal-measure-done = Mesure corrective nº { $id } réalisée
journal-adjustment-added = Ajustement nº { $id } prévu après le suivi
journal-adjustment-waived = La direction renonce à l’ajustement nº { $id }, raison consignée
journal-response-extended = Délai de la réponse écrite prolongé jusqu’au { $date }, raison donnée à la personne
journal-closed = Plainte fermée
journal-reopened = Plainte rouverte : { $reason }
journal-client-read = Dossier consulté par la personne plaignante
journal-information-added = Information ajoutée par la personne plaignante
journal-withdrawn = Plainte retirée par la personne plaignante
journal-code-reissued = Nouveau code d’accès envoyé à la demande de la personne
journal-code-read-aloud = Nouveau code d’accès donné de vive voix à la demande de la personne, une seule fois
journal-code-mailed = Nouveau code d’accès envoyé par courriel à la demande de la personne
journal-withdrawn-for-client = Plainte retirée par le personnel à la demande de la personne
journal-settled = Plainte réglée sur-le-champ, confirmée par écrit et fermée
# $who is the names, comma-separated, or journal-named-nobody.
journal-named = Personnes visées consignées : { $who }
journal-named-director = Personnes visées consignées : { $who } ; la plainte vise la direction et relève du conseil d’administration
journal-named-nobody = aucun membre du personnel
journal-unassigned = Retirée à son responsable, qui ne peut plus la traiter
journal-anonymised = Renseignements personnels effacés au terme de la durée de conservation
notice-acknowledgement-reminder = Rappel : accusé de réception à donner
notice-acknowledgement-escalation = Alerte à la direction : accusé de réception en retard
notice-response-reminder = Rappel : réponse écrite à envoyer bientôt
notice-response-escalation = Alerte à la direction : réponse écrite en retard
notice-new-response-reminder = Rappel : nouvelle réponse écrite à envoyer bientôt (plainte rouverte)
notice-follow-up-invitation = Suivi : la personne est invitée à dire si la solution lui convient
notice-measure-reminder = Rappel : mesure corrective nº { $id } en retard

## How the person's consent was recorded ($where is consent-where).
# $channel is where it was asked: web, telephone, in_person, mail or email.
consent-where = { $channel ->
    [telephone] au téléphone
    [in_person] en personne
    [mail] par lettre
    [email] par courriel
   *[web] dans le formulaire du site
}
consent-given = Accord donné { $where }, le { $date }.
consent-given-noted = Accord donné { $where }, noté par { $name }, le { $date }.
consent-refused = Refus exprimé { $where }, le { $date } : la plainte est enregistrée sans renseignements personnels.
consent-refused-noted = Refus exprimé { $where }, noté par { $name }, le { $date } : la plainte est enregistrée sans renseignements personnels.

## Why someone cannot be made a complaint's manager.
assignment-not-a-handler = cette personne n’a pas le rôle de responsable des plaintes
assignment-named = cette personne est visée par la plainte : elle ne peut pas la traiter

## Why a step of the procedure cannot be taken now.
step-over = Cette plainte est fermée ou retirée : elle ne peut plus changer.
step-closed = Cette plainte est fermée : la direction peut la rouvrir en donnant la raison.
step-already-acknowledged = La réception de cette plainte a déjà été confirmée au client.
step-analysis-fixed = La réponse écrite est déjà envoyée : l’analyse ne peut plus changer.
step-analysis-first = Consignez d’abord l’analyse : la décision en découle.
step-decision-fixed = La réponse écrite est déjà envoyée : la décision ne peut plus changer.
step-decision-first = Consignez d’abord une décision : la réponse écrite l’explique au client.
step-already-answered = La réponse écrite a déjà été envoyée  ; elle reste au dossier telle quelle.
step-follow-up-early = Le suivi se fait après l’envoi de la réponse écrite.
step-close-early = Une plainte se ferme après la réponse écrite et le suivi auprès du client.
step-reopen-closed-only = Seule une plainte fermée peut être rouverte.
step-settle-new-only = Seule une plainte qui vient d’être reçue peut être réglée sur-le-champ.
step-withdraw-not-now = Cette plainte ne peut pas être retirée maintenant.
step-finished = Cette plainte est fermée ou retirée : cette étape n’est plus possible.
step-unknown-measure = Cette mesure corrective n’existe pas dans la plainte.
step-measure-done = Cette mesure corrective est déjà marquée comme réalisée.
step-anonymous = La plainte est anonyme : déposez la réponse dans son dossier en ligne, où la personne la lira avec son numéro de plainte et son code d’accès.
step-no-email = La personne n’a pas donné de courriel : imprimez la lettre pour l’envoyer par la poste, ou déposez-la dans son dossier en ligne.
step-no-address = Indiquez l’adresse postale où la lettre est envoyée : elle apparaît dans la fenêtre de l’enveloppe.
step-anonymous-follow-up = La personne est anonyme : seul « Pas de réponse » peut être consigné, une fois la date du suivi arrivée, et seulement si elle n’a pas répondu depuis son dossier.
step-already-extended = Le délai de la réponse écrite a déjà été prolongé une fois.
step-extension-too-late = Le délai ne peut être prolongé qu’avant son échéance et avant l’envoi de la réponse.
step-extension-not-later = Choisissez une date après l’échéance actuelle ({ $date }).
step-adjustment-missing = La personne n’est pas satisfaite : prévoyez d’abord un ajustement (quoi, qui, pour quand). Sinon, indiquez pourquoi il n’y en aura pas.
step-adjustment-not-asked = Un ajustement n’est prévu que lorsque la personne n’est pas satisfaite de la solution.
step-adjustment-open = Un ajustement reste à faire : marquez-le comme fait. Sinon, indiquez pourquoi il ne sera pas fait.
step-not-an-open-adjustment = Seul un ajustement encore à faire peut être abandonné.
step-naming-first = La personne dit que sa plainte vise un membre du personnel : indiquez d’abord qui, dans « Personnes visées par la plainte », avant de la confier à quelqu’un.

## What is wrong with what staff typed.
invalid-text-too-long = Ce texte est trop long : { $length } caractères pour { $max } au plus. Raccourcissez-le un peu.
invalid-reference = Cette référence ne semble pas valide. Exemple : P-2026-0042
invalid-access-code = Ce code d’accès ne semble pas valide.
invalid-idempotency-key = La clé d’idempotence doit compter de 8 à 200 caractères parmi A–Z, a–z, 0–9, - _ . :
invalid-day = Indiquez une date valide (aaaa-mm-jj).
invalid-time = Indiquez une date et une heure valides.
invalid-time-skipped = Cette heure n’existe pas (changement d’heure).
invalid-date-future = Cette date est dans le futur.
invalid-intake-channel = Choisissez comment la plainte a été reçue : téléphone, en personne, courrier ou courriel.
invalid-consent-both = Cochez soit l’accord de la personne, soit son refus, pas les deux.
invalid-consent-refused-field = La personne refuse que ses renseignements soient utilisés : laissez ce champ vide, la plainte est enregistrée sans eux.
# $who is what was typed.
invalid-not-in-directory = « { $who } » n’est pas dans le répertoire du personnel : vérifiez son adresse courriel.
invalid-settled-said = Résumez ce que la personne a dit.
invalid-settled-done = Dites ce qui a été fait sur-le-champ.
invalid-acknowledgement-means = Choisissez comment la réception a été confirmée : téléphone, en personne, lettre ou courriel.
invalid-acknowledgement-before-receipt = La confirmation ne peut pas précéder la réception de la plainte.
invalid-handler = Choisissez un responsable des plaintes dans la liste.
invalid-cause = Ce type de cause n’existe pas : choisissez-en un dans la liste.
invalid-facts = Décrivez les faits constatés.
invalid-root-cause = Indiquez la cause du problème, même provisoire.
invalid-decision-kind = Ce type de décision n’existe pas.
invalid-decision-kinds-missing = Cochez au moins un type de solution : excuses, réparation, compensation ou changement de pratique.
invalid-decision-text = Décrivez la solution proposée au client.
invalid-response-means = Choisissez l’envoi par courriel, par la poste ou le dépôt au dossier en ligne.
invalid-letter = Écrivez la réponse : elle explique au client les mesures prises.
invalid-extension-reason = Indiquez la raison : la personne la lira.
invalid-satisfaction = Indiquez si le client est satisfait, insatisfait, ou s’il n’a pas répondu.
invalid-measure = Décrivez la mesure corrective.
invalid-measure-owner = Indiquez qui est responsable de la mesure (100 caractères au plus).
invalid-code-delivery = Choisissez comment la personne reçoit son code : lu maintenant, ou par courriel.
invalid-code-no-email = La personne n’a pas donné de courriel : lisez-lui le code.
invalid-withdraw-confirm = Cochez la case pour confirmer que la personne vous a demandé de retirer sa plainte.
invalid-reopening-reason = Indiquez pourquoi la plainte est rouverte.

## The written confirmation of a complaint settled on the spot, prefilled
## for the person ($said and $done are what staff typed).
settlement-letter =
    Vous nous avez fait part de votre insatisfaction le { $date }. Voici ce que nous en avons compris :
    { $said }

    Voici ce que nous avons fait sur-le-champ :
    { $done }

    Nous considérons donc votre plainte comme réglée.

## The written response as its form is prefilled, for the manager to change.
draft-opening = Nous avons examiné votre plainte avec attention.
draft-apology = nous vous présentons nos excuses
draft-repair = nous réparons ce qui doit l’être
draft-compensation = nous vous offrons une compensation
draft-practice-change = nous changeons notre façon de faire
# $list is the draft-… solutions decided, as draft-list-end joins them.
draft-decided = Voici ce que nous avons décidé : { $list }.
# The end of a list: « a, b et c » is « a, b » and « c ».
draft-list-end = { $first } et { $last }
draft-measure-done = fait le { $date }
draft-measure-due = d’ici le { $date }
# $measures is one line a measure.
draft-measures =
    Pour éviter que cela se reproduise, nous prenons les mesures suivantes :
    { $measures }
# For a complaint about the director: $title is the board's, in lower case.
draft-board = Si cette réponse ne vous satisfait pas, dites-le-nous : écrivez à la { $title } ({ $email }), qui a traité votre plainte. Pour une question sur vos renseignements personnels, vous pouvez aussi vous adresser à la Commission d’accès à l’information du Québec (cai.gouv.qc.ca).

## The export of the complaints for a spreadsheet: its columns and answers.
csv-reference = Référence
csv-received = Reçue le
csv-month = Mois
csv-category = Catégorie
csv-service = Service
csv-channel = Moyen
csv-status = Statut
csv-acknowledged-on-time = Accusé de réception dans les délais
csv-answered-on-time = Réponse écrite dans les délais
csv-days-to-response = Jours ouvrables jusqu’à la réponse
csv-decision = Décision
csv-satisfaction = Satisfaction
csv-cause = Type de cause
csv-measures = Mesures correctives
csv-yes = oui
csv-no = non
csv-running = en cours
