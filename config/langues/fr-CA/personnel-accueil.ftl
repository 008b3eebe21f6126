# The staff's words: a complaint received by phone, in person, by letter or
# by e-mail (`/admin/nouvelle/`), and a person who calls about theirs.
# French only (see personnel.ftl).

intake-title = Nouvelle plainte
intake-recorded = La plainte est enregistrée
intake-already-recorded = Cette plainte avait déjà été enregistrée : elle ne l’a pas été une deuxième fois.
intake-reference = Numéro de plainte
intake-access-code = Code d’accès
intake-code-pass-on-html = <strong>Transmettez ce code à la personne maintenant : il ne sera plus jamais affiché.</strong> Avec le numéro de plainte, il lui permet de consulter son dossier. Ne le notez nulle part ailleurs.
intake-code-shown-before = Le code d’accès a été affiché lors du premier enregistrement de cette plainte  ; il ne peut plus l’être.
intake-settled = La plainte est réglée : la réception est confirmée, la confirmation écrite est partie et la plainte est fermée.
intake-dates = Les dates
intake-received-html = <strong>Reçue le :</strong>
intake-ack-due-html = <strong>Accusé de réception à donner au plus tard le :</strong>
intake-response-due-html = <strong>Réponse écrite au plus tard le :</strong>
intake-ack-sent = Un accusé de réception a été envoyé par courriel à la personne.
intake-ack-to-give = Aucun accusé de réception n’a été envoyé par courriel : donnez à la personne son numéro de plainte, son code d’accès et ces dates.
intake-another = Enregistrer une autre plainte
intake-lead = Consignez ici une plainte reçue par téléphone, en personne, par courrier ou par courriel. Écrivez ce que la personne a dit, dans ses mots autant que possible.
intake-required = (obligatoire)
intake-channel = Comment la plainte a été reçue
intake-received = Reçue le
intake-received-help = Date et heure où la personne vous a joint. Par défaut : maintenant.
intake-contact = Comment joindre la personne
intake-contact-help = Au moins un moyen de la joindre : courriel ou téléphone. Si elle préfère rester anonyme, cochez la case plus bas et laissez ces champs vides.
intake-name = Nom de la personne
intake-email-example = Par exemple : nom@exemple.ca
intake-phone-example = Par exemple : 418 555-1234
intake-address = Adresse postale
intake-address-help = Pour lui envoyer la réponse par la poste : numéro, rue et appartement, ville, province et code postal.
intake-anonymous = La personne préfère rester anonyme
intake-anonymous-help = Laissez alors le nom, le courriel, le téléphone et l’adresse vides. Elle suivra son dossier avec son numéro de plainte et son code d’accès.
intake-category = La plainte concerne…
intake-service = Quel service est concerné ?
intake-service-none = Je ne sais pas / aucun en particulier
intake-language-help = Le courriel qu’elle recevra sera écrit dans cette langue, puis en français. Pour une autre langue, choisissez le français et notez-la au dossier.
intake-description-help = Ce qui s’est passé, quand, et avec qui si la personne le sait. Au plus 5 000 caractères.
intake-outcome = Ce qui réglerait la situation pour la personne
intake-outcome-help = Par exemple : des excuses, un nouveau rendez-vous, un changement dans notre façon de faire. Au plus 2 000 caractères.
intake-named-staff = Membres du personnel visés par la plainte
intake-named-staff-help = Leurs adresses courriel, séparées par des virgules, telles qu’elles figurent au répertoire du personnel. Ces personnes ne pourront ni consulter la plainte ni la recevoir.
intake-about-director = La plainte vise la direction générale
intake-about-director-help = Elle est alors confiée au conseil d’administration seul : la direction n’en saura rien.
intake-settled-legend = Plainte réglée sur-le-champ
intake-if-any = (s’il y a lieu)
intake-settled-only-help = Comme responsable des plaintes, vous consignez ici une plainte que vous avez réglée sur-le-champ : notez ce que la personne a dit et ce que vous avez fait. La plainte reçoit un numéro, un accusé de réception et une confirmation écrite, puis elle est fermée. Ces deux textes sont repris tels quels dans la confirmation écrite : écrivez-les comme si vous parliez à la personne.
intake-settled-help = Si la situation a été réglée pendant l’appel ou la visite, notez ce que la personne a dit et ce qui a été fait. La plainte reçoit quand même un numéro, un accusé de réception et une confirmation écrite, puis elle est fermée. Ces deux textes sont repris tels quels dans la confirmation écrite : écrivez-les comme si vous parliez à la personne.
intake-settled-box = La plainte a été réglée sur-le-champ
intake-settled-said = Ce que la personne a dit
intake-settled-done = Ce qui a été fait sur-le-champ
intake-confirmation = Confirmation écrite
intake-confirmation-email = Par courriel
intake-confirmation-post = Par la poste, à l’adresse indiquée plus haut
intake-confirmation-file = Dans son dossier en ligne
intake-consent = La personne accepte que ces renseignements servent à traiter sa plainte.
intake-consent-help = Demandez-le-lui. Seules les personnes autorisées à traiter la plainte pourront lire ces renseignements. Son accord est consigné au dossier avec votre nom, le moment et la façon dont il a été donné.
intake-consent-refused = La personne refuse : la plainte sera enregistrée sans ses renseignements personnels
intake-consent-refused-help = La plainte peut quand même être traitée, sans renseignements personnels. Laissez alors le nom, le courriel, le téléphone et l’adresse vides, et donnez-lui son numéro et son code d’accès : la réponse sera déposée dans son dossier en ligne.
intake-sending = Enregistrement en cours…
intake-save = Enregistrer la plainte
intake-not-allowed = Seuls l’accueil et la direction enregistrent les plaintes reçues autrement que par le site.
intake-ack-title = Consigner un accusé de réception
intake-ack-lead = Quand la réception d’une plainte a été confirmée à la personne autrement que par courriel (au téléphone, en personne ou par lettre), notez-le ici. La plainte elle-même ne s’affiche pas.
intake-help-title = Une personne appelle au sujet de sa plainte
intake-help-lead = À sa demande, donnez-lui un nouveau code d’accès ou retirez sa plainte pour elle. Vérifiez d’abord l’identité de la personne. La plainte elle-même ne s’affiche pas, et ce que vous faites est consigné à son dossier.
intake-code-to-read-html = Nouveau code d’accès de la plainte { $reference }, à lui lire maintenant : <strong class="code">{ $code }</strong>. Il ne sera plus affiché.
intake-help-reference = Numéro de la plainte
intake-withdrawal = Retrait de la plainte
intake-withdraw = Retirer sa plainte
intake-new-code = Nouveau code d’accès

## What the page says once a form is sent.
intake-done-acknowledge = L’accusé de réception de la plainte { $reference } est consigné.
intake-done-code = Un nouveau code d’accès a été envoyé à l’adresse courriel inscrite au dossier { $reference }.
intake-done-withdraw = La plainte { $reference } est retirée, à la demande de la personne.
intake-no-such-complaint = Aucune plainte ne porte le numéro { $reference }, ou elle ne vous est pas accessible. Vérifiez le numéro avec la personne.
intake-reference-missing = Indiquez le numéro de la plainte, par exemple P-2026-0042.
