# Every word of the public journey and of the mail to clients, in French:
# the reference every other language is translated from. The typography is
# Quebec's (OQLF): a non-breaking space (U+00A0) before « : ; ! ? », inside
# « », in « 16 h 30 » and between a number and its unit; digits grouped
# with a narrow non-breaking space (U+202F). A test checks every message.
number-grouping = {"\u202F"}
## The language itself: its name in itself for the language choice, in
## French for the staff, and which way it is written.
language-name = Français
language-french-name = français
language-direction = ltr

## Dates and times (the months and weekdays, then how they are put together).
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
# $day is written « 1er » on the first of the month.
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-time = { $minutes ->
    [0] { $date } à { $hour } h
   *[other] { $date } à { $hour } h { $minute }
}
long-date = { $weekday } { $date }
phone-with-extension = { $number }, poste { $extension }

## Every public page: the layout.
skip-to-content = Aller au contenu
nav-languages = Langue
nav-main = Menu principal
nav-home = Accueil
nav-complain = Porter plainte
nav-follow-up = Suivre ma plainte
nav-policy = La politique
nav-privacy = Confidentialité
footer-question = Une question sur une plainte ?
footer-policy = Politique de gestion des plaintes
contact-email = Courriel :
contact-phone = Téléphone :
error-prefix = Erreur :

## The home page.
home-title = Plaintes sur la qualité des services
home-heading = Un service ne vous a pas convenu ? Dites-le-nous.
home-lead = Votre plainte nous aide à améliorer nos services. Nous la traitons avec respect, rapidement et en toute confidentialité. Vous pouvez porter plainte sans crainte : cela ne changera rien aux services que vous recevez.
home-complain-online = Porter plainte en ligne
home-already-html = Vous avez déjà porté plainte ? <a href="{ $link }suivi/">Suivez votre plainte</a> avec votre numéro de plainte et votre code d’accès.
home-who = Qui sommes-nous ?
home-how = Comment porter plainte ?
home-how-lead = Choisissez la façon qui vous convient le mieux. Vous pouvez écrire dans vos mots, même si votre français n’est pas parfait. Une personne de confiance peut aussi vous aider.
home-way-online-html = <strong>En ligne :</strong> remplissez le <a href="{ $link }porter-plainte/">formulaire de plainte</a>. Cela prend quelques minutes.
home-way-phone-html = <strong>Par téléphone :</strong> appelez { $name } au <a href="tel:{ $tel }">{ $phone }</a>.
home-way-in-person-html = <strong>En personne :</strong> venez à nos bureaux et demandez à parler à { $name }.
home-way-writing-html = <strong>Par écrit :</strong> envoyez un courriel à <a href="mailto:{ $email }">{ $email }</a>, ou une lettre adressée à { $name }.
home-next = Ce qui se passe ensuite
home-step-acknowledgement-html = <strong>Accusé de réception.</strong> Nous vous confirmons que nous avons bien reçu votre plainte dans les { $hours } { $hours ->
    [one] heure
   *[other] heures
}. Si vous utilisez le formulaire en ligne, vous recevez tout de suite un numéro de plainte.
home-step-analysis-html = <strong>Analyse.</strong> Une personne responsable étudie votre plainte pour trouver la cause du problème. Seules les personnes autorisées à traiter votre plainte la lisent.
home-step-response-html = <strong>Réponse écrite.</strong> Vous recevez une réponse écrite dans les { $days } { $days ->
    [one] jour ouvrable
   *[other] jours ouvrables
} qui suivent la réception de votre plainte. Elle explique ce que nous faisons pour régler la situation.
home-step-follow-up-html = <strong>Suivi.</strong> Environ { $days } { $days ->
    [one] jour ouvrable
   *[other] jours ouvrables
} après notre réponse, nous vérifions avec vous que la solution vous convient. Au besoin, nous faisons des ajustements.
home-business-days = Les jours ouvrables vont du lundi au vendredi, sauf les jours fériés et les jours où nos bureaux sont fermés.
home-rights = Vos droits
home-right-respect-html = <strong>Le respect :</strong> votre plainte est traitée avec respect et professionnalisme.
home-right-quality-html = <strong>Des services de qualité :</strong> vous avez droit à des services de haute qualité, selon nos engagements et nos normes.
home-right-confidentiality-html = <strong>La confidentialité :</strong> ce que vous nous dites reste confidentiel. Seules les personnes autorisées à traiter votre plainte y ont accès.
home-right-file-html = <strong>L’accès à votre dossier :</strong> vous pouvez consulter votre dossier et tout ce qui concerne votre plainte, à tout moment.
home-right-no-fear-html = <strong>Le droit de vous plaindre sans crainte :</strong> vous pouvez dire librement ce qui ne vous convient pas. Nous vous encourageons à le faire. Cela n’aura aucune conséquence négative pour vous.
home-learn-more-html = Pour en savoir plus, lisez notre <a href="{ $link }politique/">politique de gestion des plaintes</a> et notre <a href="{ $link }confidentialite/">page sur la confidentialité</a>.

## The complaint form.
form-title = Porter plainte
form-lead = Dites-nous ce qui ne vous a pas convenu. Cela prend quelques minutes. Écrivez simplement, dans vos mots : les fautes de français ne sont pas un problème.
form-rather-talk-html = Vous préférez parler à quelqu’un ? Appelez { $name } au <a href="tel:{ $tel }">{ $phone }</a>.
form-errors-heading = Votre plainte n’a pas encore été envoyée. Corrigez { $count ->
    [one] ce point
   *[other] ces points
} :
form-contact = Comment vous joindre
form-contact-help = Donnez-nous au moins un moyen de vous joindre : votre courriel ou votre téléphone. Notre réponse écrite vous arrive par courriel si vous en donnez un, sinon par la poste, à votre adresse. Vous préférez rester anonyme ? Cochez la case plus bas.
form-anonymous = Je préfère rester anonyme
form-anonymous-help = Laissez alors vides les champs qui suivent : votre nom, votre courriel, votre téléphone et votre adresse. Attention : nous ne pourrons pas vous écrire ni vous appeler. Après l’envoi, vous recevrez un numéro de plainte et un code d’accès. Gardez-les bien : ils vous permettront de suivre votre dossier.
form-name = Votre nom
form-name-required = (obligatoire, sauf si vous restez anonyme)
form-email = Courriel
form-email-example = Par exemple : nom@exemple.ca
form-phone = Téléphone
form-phone-example = Par exemple : 418 555-1234
form-address = Votre adresse postale
form-optional = (facultatif)
form-required = (obligatoire)
form-address-help = Utile si nous devons vous envoyer une lettre par la poste. Par exemple : 12, rue Notre-Dame Est, app. 3, Thetford Mines, QC, G6G 1A1.
form-street = Numéro, rue et appartement
form-city = Ville
form-province = Province
form-postal-code = Code postal
form-category = Votre plainte concerne…
form-service = Quel service est concerné ?
form-service-none = Je ne sais pas / aucun en particulier
form-description = Décrivez ce qui s’est passé
form-description-help = Dites-nous ce qui s’est passé, quand, et avec qui si vous le savez. Au plus { $max } caractères.
form-outcome = Qu’est-ce qui réglerait la situation pour vous ?
form-outcome-help = Par exemple : des excuses, un nouveau rendez-vous, un changement dans notre façon de faire. Au plus { $max } caractères.
form-about = Votre plainte vise-t-elle une personne de notre équipe ?
form-about-help = Si oui, vous pouvez le dire ici. La personne visée ne lira pas votre plainte et ne s’en occupera pas.
form-about-staff = Son nom ou son rôle, comme vous le connaissez
form-about-director = Ma plainte vise la direction générale
form-about-director-help = Elle sera alors traitée par le conseil d’administration seulement. La direction n’en saura rien.
form-consent = J’accepte que les renseignements de ce formulaire servent à traiter ma plainte.
form-consent-help-html = Seules les personnes autorisées à traiter votre plainte pourront les lire. <a href="{ $link }confidentialite/">Comment nous protégeons vos renseignements</a>
form-honeypot = Ne remplissez pas ce champ
form-send = Envoyer ma plainte
sending = Envoi en cours…
form-after = Après l’envoi, vous verrez votre numéro de plainte et votre code d’accès.

## The page for an address that leads nowhere.
not-found-title = Page introuvable
not-found-lead = Désolés, cette page n’existe pas ou a changé d’adresse.
not-found-you-can = Vous pouvez :
not-found-home-html = retourner à l’<a href="{ $link }">accueil</a> ;
not-found-form-html = <a href="{ $link }porter-plainte/">porter plainte en ligne</a> ;
not-found-policy-html = lire notre <a href="{ $link }politique/">politique de gestion des plaintes</a>.
not-found-help-html = Besoin d’aide ? Écrivez à <a href="mailto:{ $email }">{ $email }</a> ou appelez au <a href="tel:{ $tel }">{ $phone }</a>.

## A page for an error.
error-back = Vous pourrez peut-être retrouver ce que vous aviez écrit avec le bouton « Retour » de votre navigateur.
error-to-form = Retourner au formulaire
need-help = Besoin d’aide ?
error-other-ways = Vous pouvez aussi porter plainte par téléphone ou par courriel.

## What a form that filled the anti-robot field gets.
honeypot-title = Message reçu
honeypot-lead = Merci. Si cette page ne vous donne pas de numéro de plainte commençant par « P- », votre plainte n’a pas été enregistrée.
honeypot-reach-us = Dans ce cas, joignez-nous directement : nous prendrons votre plainte par téléphone ou par courriel.

## The policy page.
policy-lead-html = Voici notre politique au complet. Pour porter plainte, utilisez le <a href="{ $link }porter-plainte/">formulaire en ligne</a> ou communiquez avec nous.
policy-translation-html = Ceci est une traduction fidèle de la politique. Seul <a href="{ $link }" hreflang="fr-CA">le texte français</a> fait foi.

## The confirmation, once a complaint is stored.
confirmation-title = Plainte reçue { $reference }
confirmation-heading = Nous avons bien reçu votre plainte
confirmation-thanks = Merci de nous aider à améliorer nos services.
confirmation-already = Nous avions déjà reçu cette plainte. Elle n’a pas été enregistrée une deuxième fois : vous n’avez rien à refaire.
confirmation-reference = Votre numéro de plainte
confirmation-reference-help = Donnez ce numéro chaque fois que vous communiquez avec nous au sujet de votre plainte.
confirmation-code = Votre code d’accès
confirmation-note-code-html = <strong>Notez ce code maintenant. Il ne sera plus jamais affiché.</strong> Écrivez-le sur papier ou prenez une photo de cet écran.
confirmation-code-help = Avec votre numéro de plainte, ce code vous permet de consulter votre dossier. Gardez-le en lieu sûr et ne le donnez à personne.
confirmation-code-given = Votre code d’accès vous a été donné quand vous avez envoyé cette plainte la première fois. Pour votre sécurité, nous ne l’affichons qu’une seule fois.
confirmation-code-given-email = Votre code d’accès vous a été donné quand vous avez envoyé cette plainte la première fois. Il se trouve aussi dans l’accusé de réception envoyé par courriel. Pour votre sécurité, nous ne l’affichons qu’une seule fois.
confirmation-code-lost-html = Vous ne le retrouvez pas ? Si vous avez donné un courriel, demandez un nouveau code à la page <a href="{ $link }suivi/">Suivre ma plainte</a>. Sinon, communiquez avec nous (coordonnées plus bas).
confirmation-later-html = Pour consulter votre dossier plus tard, allez à la page <a href="{ $link }suivi/">Suivre ma plainte</a>.
confirmation-next = La suite
confirmation-received = Reçue le :
confirmation-ack-email-html = <strong>Accusé de réception :</strong> un accusé de réception vous a été envoyé par courriel. Vous ne le voyez pas d’ici le <span class="date">{ $due }</span> ? Regardez dans vos courriels indésirables, puis communiquez avec nous.
confirmation-ack-page-html = <strong>Accusé de réception :</strong> cette page est votre accusé de réception. Gardez-en une copie (photo ou impression).
confirmation-response-html = <strong>Réponse écrite :</strong> au plus tard le <span class="date">{ $due }</span>. Elle expliquera ce que nous faisons pour régler la situation. Si vous avez choisi de rester anonyme, vous la trouverez dans votre dossier.
confirmation-reach-us = Nous joindre
confirmation-question = Pour toute question sur votre plainte, communiquez avec nous. Donnez votre numéro de plainte.

## The privacy notice.
privacy-title = Confidentialité et renseignements personnels
privacy-lead = Quand vous portez plainte, vous nous confiez des renseignements personnels. Nous les protégeons, comme le demandent les lois du Québec sur la protection des renseignements personnels (dont la Loi 25). Voici ce que nous en faisons.
privacy-collect = Ce que nous recueillons
privacy-collect-contact = Votre nom, votre courriel et votre numéro de téléphone, si vous nous les donnez.
privacy-collect-text = Ce que vous écrivez dans votre plainte : ce qui s’est passé et ce qui réglerait la situation pour vous.
privacy-collect-kind = Le type de plainte et le service concerné.
privacy-collect-steps = La date de réception et les étapes du traitement de votre plainte.
privacy-collect-anonymous = Si vous choisissez de rester anonyme, nous ne vous demandons ni votre nom ni vos coordonnées. N’écrivez pas dans votre plainte de renseignements dont nous n’avons pas besoin, par exemple votre numéro d’assurance sociale ou des renseignements sur votre santé.
privacy-why = Pourquoi nous les recueillons
privacy-why-handle = Pour traiter votre plainte : l’analyser, vous répondre et faire le suivi.
privacy-why-reach = Pour vous joindre au sujet de votre plainte, si vous nous avez laissé vos coordonnées.
privacy-why-statistics-html = Pour produire des statistiques <strong>sans nom</strong>, qui nous aident à améliorer nos services.
privacy-why-nothing-else = Nous ne les utilisons pour rien d’autre. Nous ne les vendons pas et ne les donnons à personne d’autre sans votre accord, sauf si la loi nous y oblige.
privacy-consent = Votre consentement
privacy-consent-text = Dans le formulaire, nous vous demandons votre accord dans une case à part. Sans cet accord, nous ne pouvons pas traiter votre plainte en ligne. Vous pouvez alors porter plainte par téléphone ou en personne.
privacy-who = Qui peut les voir
privacy-who-text = Seules les personnes autorisées à traiter votre plainte peuvent voir vos renseignements : la direction et la personne responsable de votre dossier. Si votre plainte concerne un membre du personnel, cette personne n’a pas accès à votre dossier.
privacy-how-long = Combien de temps nous les gardons
privacy-how-long-text = Nous gardons vos renseignements pendant la durée de conservation fixée par l’organisme, après la fermeture de votre dossier. Ensuite, ils sont anonymisés : nous retirons tout ce qui permet de vous reconnaître. Seules des statistiques sans nom sont conservées.
privacy-where = Où ils sont conservés
privacy-where-text = Vos renseignements sont conservés au Canada, de façon sécurisée.
privacy-right-see-html = <strong>Consulter :</strong> vous pouvez voir les renseignements que nous avons sur vous et en obtenir une copie.
privacy-right-correct-html = <strong>Corriger :</strong> vous pouvez faire corriger un renseignement inexact ou incomplet.
privacy-right-withdraw-html = <strong>Retirer :</strong> vous pouvez retirer votre consentement ou votre plainte à tout moment.
privacy-rights-how = Pour exercer ces droits, communiquez avec la personne responsable de la protection des renseignements personnels. Si notre réponse ne vous convient pas, vous pouvez vous adresser à la Commission d’accès à l’information du Québec.
privacy-officer = Responsable de la protection des renseignements personnels

## The form that opens a client's file, and the lost-code form.
access-lead = Consultez votre dossier : où en est votre plainte, nos réponses, les dates promises.
access-refused = Votre dossier n’a pas été ouvert
access-where = Vous avez reçu votre numéro de plainte et votre code d’accès après l’envoi de votre plainte, à l’écran et dans l’accusé de réception par courriel.
access-reference = Numéro de plainte
access-reference-example = Par exemple : P-2026-0042
access-code = Code d’accès
access-code-help = Les lettres et les chiffres de votre code, avec ou sans les tirets, en majuscules ou en minuscules.
access-open = Ouvrir mon dossier
access-opening = Ouverture…
access-secret-html = <strong>Gardez votre code d’accès secret.</strong> Toute personne qui a votre numéro et votre code peut lire votre dossier. Nous ne vous demanderons jamais votre code par téléphone ou par courriel.
lost-code-heading = Code d’accès perdu ?
lost-code-help-html = Écrivez votre numéro de plainte et le courriel que vous avez donné avec votre plainte. S’ils correspondent à une plainte, nous envoyons un <strong>nouveau</strong> code d’accès à ce courriel. L’ancien code ne fonctionnera plus.
lost-code-email-help = Le courriel écrit dans votre plainte. Par exemple : nom@exemple.ca
lost-code-send = Recevoir un nouveau code
lost-code-no-email = Vous n’aviez pas donné de courriel, ou vous avez choisi de rester anonyme ? Communiquez avec nous. Nous vous aiderons.

## The answer to a lost-code request.
lost-code-title = Code d’accès perdu
lost-code-sent = Si ce numéro de plainte et ce courriel correspondent à une plainte, un nouveau code d’accès est envoyé à ce courriel : il arrive d’ici quelques minutes et remplace l’ancien.
lost-code-wait = Le courriel peut prendre quelques minutes à arriver. Regardez aussi dans vos courriels indésirables.
lost-code-back = Retour à Suivre ma plainte
lost-code-nothing = Rien reçu ?
lost-code-check = Vérifiez le numéro de plainte et le courriel, puis essayez de nouveau. Vous pouvez aussi communiquer avec nous. Donnez votre numéro de plainte.

## The printable file.
print-title = Dossier de la plainte { $reference }
print-heading-html = Dossier de la plainte <span class="date" dir="ltr">{ $reference }</span>
print-how = Pour imprimer cette page ou l’enregistrer en PDF, choisissez « Imprimer » dans le menu de votre navigateur. Votre code d’accès n’y figure pas.

## The client's file and what they may do now.
file-title = Mon dossier { $reference }
file-heading-html = Mon dossier <span class="date" dir="ltr">{ $reference }</span>
file-refused = Votre demande n’a pas été enregistrée
file-secret-html = <strong>Gardez votre code d’accès secret.</strong> Toute personne qui a votre numéro de plainte et votre code peut lire ce dossier.
file-not-kept-html = Pour protéger vos renseignements, votre navigateur n’enregistre pas cette page. Pour la revoir plus tard, retournez à <a href="{ $link }suivi/">Suivre ma plainte</a> et entrez de nouveau votre numéro et votre code. Sur un appareil partagé, fermez la fenêtre quand vous avez terminé.
file-on-this-page = Sur cette page
file-status = Où en est votre plainte
file-deadlines = Nos délais
file-complaint = Votre plainte
file-responses-short = Nos réponses
file-history = Historique
file-actions = Ce que vous pouvez faire
file-closed = Vous ne pouvez plus modifier ce dossier. Vous pouvez toujours en obtenir une copie. Une question ? Communiquez avec nous (coordonnées en bas de la page).
file-add = Ajouter une information
file-add-text = L’information à ajouter
file-add-help = Par exemple : une date, un nom, un fait oublié. Nous avertirons la personne responsable de votre plainte qu’il y a une nouvelle information. Ce courriel ne contiendra pas votre texte : elle le lira ici, dans votre dossier.
file-add-send = Ajouter à mon dossier
file-satisfaction = Dire si la solution vous convient
file-satisfaction-question = La solution vous convient-elle ?
file-satisfied = Oui, la solution me convient
file-not-satisfied = Non, la solution ne me convient pas
file-comment = Votre commentaire
file-comment-help = Dites-nous ce qui vous convient ou ce qui manque encore. La personne responsable de votre plainte le lira.
file-satisfaction-send = Envoyer ma réponse
file-withdraw = Retirer ma plainte
file-withdraw-help-html = Si vous retirez votre plainte, nous arrêtons de la traiter et elle est fermée. <strong>Vous ne pourrez pas annuler ce retrait.</strong> Vous pourrez quand même porter une nouvelle plainte plus tard.
file-withdraw-confirm = Je confirme que je retire ma plainte. Elle sera fermée.
file-copy = Obtenir une copie de mon dossier
file-copy-right = La loi du Québec sur les renseignements personnels (Loi 25) vous donne le droit d’obtenir une copie de votre dossier.
file-download = Télécharger mon dossier (JSON)
file-download-help = Un fichier que d’autres logiciels peuvent lire.
file-printable = Version imprimable
file-printable-help = Votre dossier sur une page simple, à imprimer ou à enregistrer en PDF avec votre navigateur.

## The file itself (page and printable version).
file-received = Reçue le
file-channel = Reçue par
file-no-deadline = Aucun délai pour le moment.
file-deadline-label = { $label } :
file-kept = Délai respecté
file-late = Délai dépassé
file-running = En cours
file-category = Concerne
file-service = Service
file-not-given = Non précisé
file-anonymous = Plainte anonyme
file-anonymous-help = Vous avez choisi de rester anonyme. Nos réponses écrites se trouvent dans ce dossier.
file-what-happened = Ce qui s’est passé
file-outcome = Ce qui réglerait la situation
file-outcome-none = Vous ne l’avez pas précisé.
file-responses = Nos réponses écrites
file-no-response = Nous ne vous avons pas encore envoyé de réponse écrite.
file-letter-in-file = Déposée dans ce dossier le { $date }.
file-letter-sent = Envoyée le { $date }, { $means }.
file-additions = Ce que vous avez ajouté
file-addition-at = Le { $date } :
file-opinion = Votre avis sur la solution
file-answer = Votre réponse
file-answered = Donnée le
file-nothing-yet = Rien pour le moment.

## The client's file: what the site says after a request.
client-refused = Numéro de plainte ou code d’accès incorrect. Vérifiez-les dans le courriel d’accusé de réception ou sur la page de confirmation.
client-too-many-tries = Trop d’essais avec un code incorrect. Par sécurité, votre dossier ne peut pas être ouvert avant le { $date }. Réessayez à ce moment-là, ou demandez un nouveau code.
client-unavailable-title = Service momentanément indisponible
client-unavailable = Le service est momentanément indisponible. Réessayez dans quelques minutes ; ce que vous aviez déjà envoyé est conservé.
client-information-added = Votre information a été ajoutée à votre dossier. La personne qui traite votre plainte en est avisée.
client-withdrawn = Votre plainte est retirée et son dossier est fermé. Vous pouvez toujours le consulter, et porter plainte de nouveau au besoin.
client-answered = Merci pour votre réponse. Elle est versée à votre dossier et la personne qui traite votre plainte en est avisée.

## Where the complaint stands, for the client.
status-received = Reçue
status-acknowledged = Réception confirmée
status-in-analysis = En analyse
status-decided = Décision prise
status-answered = Réponse envoyée
status-followed-up = Suivi fait
status-closed = Fermée
status-withdrawn = Retirée
explain-received = Votre plainte est enregistrée. Vous recevrez une réponse écrite au plus tard le { $date }.
explain-in-analysis = Une personne responsable analyse votre plainte. Vous recevrez une réponse écrite au plus tard le { $date }.
explain-answered = La réponse écrite vous a été envoyée. Dites-nous si la solution vous convient : c’est le suivi promis par la politique.
explain-followed-up = Le suivi est fait. Votre dossier sera fermé une fois les mesures prévues en place.
explain-closed = Votre dossier est fermé. Vous pouvez toujours le consulter et en obtenir une copie.
explain-withdrawn = Vous avez retiré votre plainte. Vous pouvez toujours consulter le dossier et en obtenir une copie.

## The promises, as the client's file shows them.
promise-acknowledgement = Accusé de réception
promise-response = Réponse écrite
promise-new-response = Nouvelle réponse écrite
promise-follow-up = Suivi
promise-due-by = au plus tard le { $date }
promise-moot-withdrawn = Sans objet : vous avez retiré votre plainte.
promise-moot-closed = Sans objet : votre dossier est fermé.
promise-kept = Fait le { $date }, dans le délai promis.
promise-kept-late = Fait le { $date }, après le délai promis.
promise-overdue = Pas encore fait : le délai promis est dépassé. Vous pouvez joindre la direction.
promise-due = À venir.
# $reason is written by staff, in French.
promise-extended = Délai prolongé (il était fixé au { $date }). Raison : { $reason }

## How a complaint came in, how it was answered, what the client said.
channel-web = Site web
channel-telephone = Téléphone
channel-in-person = En personne
channel-mail = Courrier
channel-email = Courriel
acknowledged-email = par courriel
acknowledged-page = page de confirmation du site
acknowledged-telephone = par téléphone
acknowledged-in-person = en personne
acknowledged-letter = par lettre
means-email = par courriel
means-post = par la poste
means-file = déposée au dossier en ligne
satisfaction-satisfied = La solution me convient
satisfaction-not-satisfied = La solution ne me convient pas
satisfaction-no-answer = Pas de réponse

## The file's history, for the client.
# $channel is the way it came in: web, telephone, in_person, mail or email.
event-received = Plainte reçue ({ $channel ->
    [telephone] téléphone
    [in_person] en personne
    [mail] courrier
    [email] courriel
   *[web] site web
})
event-acknowledged = Réception confirmée : { $means }
event-assigned = Une personne responsable des plaintes a été désignée pour l’analyser
event-decided = Une solution a été décidée
event-response-in-file = Réponse écrite déposée dans ce dossier
event-response-sent = Réponse écrite envoyée { $means }
event-response-extended = Le délai de la réponse écrite est prolongé jusqu’au { $date }
event-adjustment = Un ajustement est prévu pour que la solution vous convienne
# $answer is satisfied, not_satisfied or no_answer.
event-followed-up = Suivi : { $answer ->
    [satisfied] la solution vous convient
    [not_satisfied] la solution ne vous convient pas
   *[no_answer] pas de réponse
}
event-information-added = Vous avez ajouté une information
event-withdrawn = Vous avez retiré votre plainte
event-code-reissued = Un nouveau code d’accès a été envoyé
event-code-given = Un nouveau code d’accès vous a été donné à votre demande
event-withdrawn-for-client = Notre personnel a retiré votre plainte à votre demande
event-settled = Plainte réglée sur-le-champ et fermée
event-closed = Plainte fermée
event-reopened = Plainte rouverte pour un nouvel examen

## The mail to clients (each goes in the person's language, then in French).
mail-hello = Bonjour,
mail-hello-name = Bonjour { $name },
mail-reference = Votre numéro de plainte : { $reference }
mail-access-code = Votre code d’accès : { $code }
mail-reference-label = Votre numéro de plainte :
mail-access-code-label = Votre code d’accès :
# $title is the contact's title (« directrice générale »).
mail-contact-intro = Pour toute question, joignez { $name }, { $title } :
mail-contact-email = courriel : { $email }
mail-contact-phone = téléphone : { $phone }
mail-contact-email-html = courriel : <a href="mailto:{ $email }">{ $email }</a>
mail-contact-phone-html = téléphone : <a href="tel:{ $tel }">{ $phone }</a>
ack-subject = Nous avons bien reçu votre plainte { $reference }
ack-received = Nous avons bien reçu votre plainte le { $date }. Merci de nous en avoir fait part : votre plainte nous aide à améliorer nos services.
ack-keep = Gardez ce numéro et ce code : ils vous permettent de suivre votre dossier à tout moment. Ne les donnez à personne.
ack-follow = Suivre votre dossier
ack-follow-link = Suivre votre dossier : { $url }
ack-response-due = Vous recevrez une réponse écrite au plus tard le { $date }.
ack-confidential = Votre plainte est traitée de façon confidentielle. Seules les personnes autorisées à la traiter y ont accès.
ack-policy = Notre politique de gestion des plaintes
ack-policy-link = Notre politique de gestion des plaintes : { $url }
code-subject = Votre nouveau code d’accès pour la plainte { $reference }
code-asked = Vous avez demandé un nouveau code d’accès pour votre plainte { $reference }.
code-asked-html = Vous avez demandé un nouveau code d’accès pour votre plainte <strong>{ $reference }</strong>.
code-new = Votre nouveau code d’accès : { $code }
code-new-html = Votre nouveau code d’accès : <strong>{ $code }</strong>
code-replaces = Il remplace l’ancien, qui ne fonctionne plus. Gardez-le pour vous : avec votre numéro de plainte, il permet de consulter votre dossier.
code-file = Consulter votre dossier
code-file-link = Consulter votre dossier : { $url }
code-not-you = Si vous n’avez rien demandé, écrivez-nous : { $email }.
code-not-you-html = Si vous n’avez rien demandé, écrivez-nous : <a href="mailto:{ $email }">{ $email }</a>.
invite-subject = Votre plainte { $reference } : la solution vous convient-elle ?
invite-sent = Nous vous avons envoyé notre réponse à votre plainte { $reference }. La solution vous convient-elle ?
invite-sent-html = Nous vous avons envoyé notre réponse à votre plainte <strong>{ $reference }</strong>. La solution vous convient-elle ?
invite-tell-us = Dites-le-nous dans votre dossier, avec votre numéro de plainte et votre code d’accès : { $url }
invite-tell-us-html = <a href="{ $url }">Dites-le-nous dans votre dossier</a>, avec votre numéro de plainte et votre code d’accès.
invite-other-ways = Vous pouvez aussi nous répondre simplement par courriel ou par téléphone. Votre avis nous aide à améliorer nos services.
# Between the versions of a message in two languages.
mail-next-language = Version française ci-dessous.

## What is wrong with a field of the complaint form.
error-name-missing = Indiquez votre nom, ou cochez « Je préfère rester anonyme ».
error-name-too-long = Votre nom est trop long ({ $max } caractères au plus).
error-name-letters = Votre nom doit contenir des lettres.
error-email-invalid = Cette adresse courriel ne semble pas valide. Exemple : prenom@exemple.com
error-email-too-long = Cette adresse courriel est trop longue ({ $max } caractères au plus).
error-phone-invalid = Ce numéro de téléphone ne semble pas valide. Exemple : 418 555-0123, poste 12 au besoin.
error-contact-missing = Indiquez un courriel ou un numéro de téléphone pour que nous puissions vous répondre, ou cochez « Je préfère rester anonyme ».
# $field is the field to erase: name, email, phone, address_street, address_city or address_postal_code.
error-anonymous-erase = Vous avez choisi de rester anonyme : effacez { $field ->
    [name] votre nom
    [email] votre courriel
    [phone] votre numéro de téléphone
    [address_street] votre adresse
    [address_city] votre ville
   *[address_postal_code] votre code postal
}, ou décochez « Je préfère rester anonyme ».
error-street-missing = Indiquez le numéro, la rue et, s’il y a lieu, l’appartement.
error-city-missing = Indiquez la ville.
error-address-too-long = Écrivez cette partie de l’adresse en { $max } caractères au plus.
error-province-invalid = Indiquez la province en deux lettres, par exemple QC.
error-postal-code-missing = Indiquez le code postal, par exemple G6G 1A1.
error-postal-code-invalid = Ce code postal ne semble pas valide. Exemple : G6G 1A1.
error-category-missing = Choisissez ce qui décrit le mieux votre plainte.
error-category-unknown = Ce choix n’existe pas. Choisissez une des catégories proposées.
error-service-unknown = Ce service n’existe pas. Choisissez un des services proposés.
error-description-missing = Décrivez ce qui s’est passé : c’est la partie essentielle de votre plainte.
error-description-too-long = Votre description de ce qui s’est passé est trop longue : { $length } caractères pour { $max } au plus.
error-outcome-too-long = Votre texte sur le résultat souhaité est trop long : { $length } caractères pour { $max } au plus.
error-about-staff-too-long = Votre texte sur la personne visée est trop long : { $length } caractères pour { $max } au plus.
error-text-characters = Ce texte contient des caractères invalides.
error-consent-missing = Nous avons besoin de votre accord pour traiter votre plainte : cochez la case.

## What is wrong with what the client sent from their file.
error-addition-missing = Écrivez l’information à ajouter.
error-addition-too-long = Votre ajout est trop long : { $length } caractères pour { $max } au plus.
error-comment-too-long = Votre commentaire est trop long : { $length } caractères pour { $max } au plus.
error-withdraw-confirm = Cochez la case pour confirmer que vous retirez votre plainte.
error-satisfaction-missing = Choisissez si la solution vous convient ou non.
error-step-finished = Votre plainte est fermée ou retirée : cette demande n’est plus possible. Vous pouvez toujours consulter votre dossier.
error-step-follow-up-not-open = Vous pourrez dire si la solution vous convient une fois la réponse écrite envoyée.
error-step-not-possible = Cette demande n’est plus possible dans l’état actuel de votre dossier. Ouvrez-le de nouveau pour voir où il en est.

## The written response's frame (the letter's own text is what staff wrote, in French).
response-subject = Réponse à votre plainte { $reference }
response-date = Le { $date }
response-object = Objet : réponse à votre plainte { $reference }
response-settled = Si la situation n’est pas réglée pour vous, dites-le-nous avec votre numéro de plainte, en écrivant à { $email } ou en téléphonant au { $phone } : nous pourrons rouvrir votre plainte. Vous pouvez consulter votre dossier à tout moment avec votre numéro de plainte et votre code d’accès.
response-anonymous = D’ici le { $date }, dites-nous dans votre dossier en ligne si cette solution vous convient. Vous pouvez le consulter à tout moment avec votre numéro de plainte et votre code d’accès.
response-follow-up = Nous communiquerons avec vous d’ici le { $date } pour nous assurer que cette solution vous convient. Vous pouvez aussi consulter votre dossier à tout moment avec votre numéro de plainte et votre code d’accès.
response-closing = Veuillez agréer nos salutations distinguées.
response-for = pour { $organisation }
response-question = Pour toute question :

## The notice of a later written response (the reason is what staff wrote, in French).
extension-subject = Votre plainte { $reference } : notre réponse arrivera au plus tard le { $date }
extension-more-time = Nous avons besoin de plus de temps pour vous répondre au sujet de votre plainte { $reference }.
extension-more-time-html = Nous avons besoin de plus de temps pour vous répondre au sujet de votre plainte <strong>{ $reference }</strong>.
extension-reason = Raison : { $reason }
extension-new-date = Vous recevrez notre réponse écrite au plus tard le { $date }, au lieu du { $first }.
extension-new-date-html = Vous recevrez notre réponse écrite <strong>au plus tard le { $date }</strong>, au lieu du { $first }.
extension-file-link = Vous pouvez consulter votre dossier à tout moment avec votre numéro de plainte et votre code d’accès : { $url }
extension-file-html = Vous pouvez consulter <a href="{ $url }">votre dossier</a> à tout moment avec votre numéro de plainte et votre code d’accès.
