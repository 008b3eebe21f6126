# The staff's words: why a request failed, as the programs and the staff
# pages read it (`application/problem+json`, RFC 9457: a title, a detail).
# French only (see personnel.ftl). The JSON API of the public form answers
# in French too: its problems are programs' reading, the pages say the
# person's own language.

## Titles and details of each failure.
problem-sign-in-required = Connexion requise
problem-sign-in-required-detail = Votre session est absente ou expirée. Connectez-vous avec votre compte du personnel.
problem-no-role = Aucun rôle
problem-no-role-detail = Votre compte n’a aucun rôle dans l’espace du personnel (accueil, responsable, direction ou conseil). Demandez à la direction de vous en donner un.
problem-keys-unavailable = Connexion impossible pour le moment
problem-keys-unavailable-detail = Votre identité n’a pas pu être vérifiée. Réessayez dans une minute.
problem-sign-in-refused = Connexion refusée
problem-sign-in-refused-detail = Courriel ou mot de passe incorrect.
problem-cross-site-detail = La connexion se fait depuis la page de connexion du personnel de ce site.
problem-stale-form = Demande refusée
problem-stale-form-detail = Cette page ne vient pas de ce site ou date d’une autre session. Rechargez-la, puis recommencez.
problem-too-many-tries = Trop d’essais
problem-unavailable = Service momentanément indisponible
problem-forbidden = Action non permise
problem-complaint-not-found = Plainte introuvable
problem-complaint-not-found-detail = Cette plainte n’existe pas, ou vous n’y avez pas accès.
problem-page-not-found = Page introuvable
problem-page-not-found-detail = Cette adresse n’existe pas dans l’espace du personnel.
problem-file-refused = Accès refusé
problem-file-refused-detail = Numéro de plainte ou code d’accès incorrect. Vérifiez-les dans le courriel d’accusé de réception ou sur la page de confirmation.
problem-unsupported-media-type = Format non accepté
problem-refused = Étape impossible maintenant
problem-conflict = Plainte modifiée entre-temps
problem-conflict-detail = Cette plainte a été modifiée par quelqu’un d’autre pendant que vous travailliez. Rien n’a été enregistré : rechargez la plainte pour voir ses changements, puis refaites le vôtre.
problem-internal = Erreur de notre côté
problem-step-failed = L’action n’a pas pu être faite à cause d’une erreur de notre côté  ; rien n’a été modifié. Réessayez dans quelques minutes.
problem-role-forbids = Votre rôle ne permet pas cette action.
problem-fields-to-correct = Certains champs sont à corriger
problem-fields-to-correct-detail = Corrigez les champs indiqués, puis enregistrez de nouveau.
problem-unreadable-address = Adresse illisible
problem-unreadable-address-detail = L’adresse demandée contient un paramètre illisible. Revenez à la page précédente, puis recommencez.
problem-complaint-invalid = La plainte contient des erreurs
problem-complaint-invalid-detail = Corrigez les champs indiqués, puis envoyez la plainte de nouveau.
problem-too-large = Plainte trop longue
problem-too-large-detail = Votre texte est trop long pour être envoyé. Raccourcissez la description ou le résultat souhaité, puis envoyez de nouveau.
problem-period-invalid = Période invalide
problem-period-invalid-detail = Corrigez les dates de la période.
problem-reports-forbidden = Seuls la direction et le conseil d’administration consultent les rapports.
problem-report-failed = Le rapport n’a pas pu être calculé. Réessayez dans quelques minutes.
problem-client-unavailable = Le service est momentanément indisponible. Réessayez dans quelques minutes ; ce que vous aviez déjà envoyé est conservé.
problem-sign-in-from-page = La connexion se fait depuis la page de connexion du personnel.
problem-sign-in-unavailable = La connexion est impossible pour le moment. Réessayez dans une minute.
problem-sign-in-page-failed = La page de connexion n’a pas pu être affichée. Réessayez dans une minute.
problem-sign-in-unreadable = Envoyez votre courriel et votre mot de passe.
problem-no-such-form = Ce formulaire n’existe pas sur cette page.
problem-unreadable = Requête illisible
problem-unreadable-staff-json = Le contenu envoyé n’est pas du JSON valide ou un champ a le mauvais type.
problem-unreadable-form = Le formulaire envoyé est illisible.
problem-unreadable-json = Le corps de la requête doit être un objet JSON valide.
problem-idempotency-key = Clé d’idempotence invalide
problem-idempotency-key-ascii = La clé d’idempotence doit être écrite en caractères ASCII.
problem-unreadable-public-form = Formulaire illisible
problem-unreadable-public-form-detail = Le formulaire reçu n’a pas pu être lu. Rechargez la page et réessayez.
problem-send-json-or-form = Envoyez la plainte en JSON (application/json) ou par le formulaire du site.
problem-complaint-not-recorded = Votre plainte n’a pas pu être enregistrée à cause d’une erreur de notre côté. Réessayez dans quelques minutes ; rien n’a été perdu de ce qui était déjà enregistré.
problem-page-failed = Cette page n’a pas pu être affichée. Réessayez dans une minute.
problem-session-unavailable = Votre session ne peut pas être lue pour le moment. Réessayez dans une minute.
problem-field-not-text = Ce champ doit être du texte.
