# The staff's words: every page of the staff space (`/admin/…`), in French
# only, as the Charter and the staff want them. The files `personnel*.ftl`
# are never translated: a translation has `public.ftl` alone. The
# typography is the public catalogue's (see its head), checked the same way.

## Every staff page: the layout and the menu.
staff-space = Espace du personnel
staff-skip-to-content = Aller au contenu
staff-signed-in-as = Personne connectée :
staff-sign-out = Se déconnecter
staff-menu = Menu de l’espace du personnel
staff-menu-complaints = Plaintes
staff-menu-intake = Nouvelle plainte
staff-menu-measures = Mesures correctives
staff-menu-reports = Rapports
staff-no-script = Sans JavaScript, la page ne vous avertit pas avant la fin de votre session. Si elle a pris fin quand vous envoyez un formulaire, ce que vous avez écrit est gardé et vous est remis après la reconnexion.
staff-session-ends-html = <strong>Votre session se termine à <span id="fin-session-heure"></span>.</strong>
staff-session-keep = Ce que vous avez écrit reste dans la page. Pour continuer sans vous reconnecter, choisissez « Continuer ».
staff-continue = Continuer
staff-footer = { $organisation } – espace réservé au personnel. Les renseignements affichés ici sont confidentiels.
staff-footer-policy = Politique de gestion des plaintes
staff-footer-public-site = Site public
staff-error-prefix = Erreur :
staff-page-error = Erreur : { $title }

## The sign-in page.
sign-in-title = Connexion
sign-in-lead = Cet espace sert au personnel qui reçoit et traite les plaintes.
sign-in-summary = La connexion n’a pas abouti. Corrigez { $count ->
    [one] ce point
   *[other] ces points
} :
sign-in-email = Courriel
sign-in-password = Mot de passe
sign-in-sending = Connexion en cours…
sign-in-button = Se connecter
sign-in-hosted-lead = Ce bouton vous mène à la page de connexion de l’organisme, qui vous ramène ensuite ici.

## The list of complaints.
list-title = Plaintes
list-settled-html = Vous avez réglé une plainte sur-le-champ, au téléphone ou en personne ? <a href="/admin/nouvelle/">Consignez-la</a> : elle reçoit un numéro, un accusé de réception et une confirmation écrite.
list-filters = Filtrer la liste
list-status = Statut
list-all-statuses = Tous les statuts
list-handler = Responsable
list-all-handlers = Toutes les personnes
list-no-handler = Aucune personne responsable
list-category = Catégorie
list-all-categories = Toutes les catégories
list-channel = Reçue par
list-all-channels = Tous les moyens
list-overdue-only = En retard seulement
list-filter = Filtrer
list-clear-filters = Effacer les filtres
list-results = Résultats
list-reference = Référence
list-received = Reçue le
list-next-deadline = Prochaine échéance
list-to-board = Au conseil d’administration
list-in-language = En { $language }
list-to-assign = À attribuer
list-no-deadline = Aucune
list-deadline = { $label } :
list-order = Les plaintes sont classées de la plus urgente à la moins urgente : celles en retard d’abord, puis par échéance.
list-summary = { $count ->
    [0] Aucune plainte
    [one] 1 plainte
   *[other] { $count } plaintes
}{ $filtered ->
    [yes] { " " }pour ces filtres
   *[no] {""}
}{ $count ->
    [0] .
    [one] .
   *[other] , de la plus urgente à la moins urgente.
}

## The corrective measures.
measures-title = Mesures correctives
measures-lead = Les mesures décidées pour que ce qui a causé une plainte ne se reproduise pas, dans les plaintes que vous pouvez consulter.
measures-caption = Mesures correctives, par plainte
measures-measure = Mesure
measures-complaint = Plainte
measures-owner = Qui s’en occupe
measures-due = Échéance
measures-state = État
measures-summary = { $count ->
    [0] Aucune mesure corrective pour l’instant.
    [one] 1 mesure corrective.
   *[other] { $count } mesures correctives.
}

## What every staff form says when it is refused.
form-nothing-saved = Rien n’a été enregistré.
form-no-preview = L’aperçu n’est pas possible.
form-complaint-not-saved = La plainte n’a pas été enregistrée.
form-report-not-shown = Le rapport ne peut pas être affiché.
form-fix-summary = { $refusal } Corrigez { $count ->
    [one] ce point
   *[other] ces points
} :

## Signing in and out.
sign-in-signed-out = Vous avez quitté l’espace du personnel. À bientôt.
sign-in-session-ended = Votre session a pris fin. Connectez-vous de nouveau pour continuer.
sign-in-email-missing = Entrez votre courriel.
sign-in-password-missing = Entrez votre mot de passe.
sign-in-paused = Trop de mots de passe incorrects pour ce compte. Réessayez dans { $minutes } { $minutes ->
    [one] minute
   *[other] minutes
}.
sign-in-cancelled = La connexion a été annulée ou refusée. Recommencez.
sign-in-not-verified = Cette connexion n’a pas pu être vérifiée. Recommencez.
sign-in-signed-in = Vous êtes connecté.

## Lists that cannot be read.
list-unavailable = La liste ne peut pas être lue pour le moment. Réessayez dans une minute.
measures-forbidden = Votre rôle ne vous permet pas de consulter les mesures correctives.
measures-unavailable = Les mesures ne peuvent pas être lues pour le moment. Réessayez dans une minute.
form-from-older-page = Ce formulaire venait d’une page ouverte avant votre dernière connexion : rien n’a été enregistré. Ce que vous aviez écrit y est remis : vérifiez-le, puis envoyez-le de nouveau.
form-session-had-ended = Votre session avait pris fin. Ce que vous aviez écrit est remis dans ce formulaire : vérifiez-le, puis envoyez-le de nouveau.
