# Every word of the public journey and of the mail to clients, in Spanish
# (neutral Latin American Spanish, "usted"), translated from fr-CA/public.ftl.
# Spanish typography: no space before « : ; ? ! », opening ¿ and ¡,
# quotation marks “ ”, 24-hour times (16:30); digits grouped with a narrow
# non-breaking space (U+202F).
number-grouping = {"\u202F"}
## The language itself: its name in itself for the language choice, in
## French for the staff, and which way it is written.
language-name = Español
language-french-name = espagnol
language-direction = ltr

## Dates and times (the months and weekdays, then how they are put together).
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
# « 14 de diciembre de 2026 »; no special form for the first of the month.
date = { $day } de { $month } de { $year }
# « 14 de diciembre de 2026, a las 16:30 », but « a la 1:05 » (one o'clock).
date-time = { $date }, a { $hour ->
    [1] la
   *[other] las
} { $minutes ->
    [0] { $hour }:00
   *[other] { $hour }:{ $minute }
}
long-date = { $weekday } { $date }
phone-with-extension = { $number }, ext. { $extension }

## Every public page: the layout.
skip-to-content = Ir al contenido
nav-languages = Idioma
nav-main = Menú principal
nav-home = Inicio
nav-complain = Presentar una queja
nav-follow-up = Seguimiento de mi queja
nav-policy = La política
nav-privacy = Confidencialidad
footer-question = ¿Tiene una pregunta sobre una queja?
footer-policy = Política de gestión de las quejas
contact-email = Correo electrónico:
contact-phone = Teléfono:
error-prefix = Error:

## The home page.
home-title = Quejas sobre la calidad de los servicios
home-heading = ¿No quedó conforme con un servicio? Díganoslo.
home-lead = Su queja nos ayuda a mejorar nuestros servicios. La atendemos con respeto, con rapidez y de forma totalmente confidencial. Puede presentar una queja sin miedo: esto no cambiará en nada los servicios que usted recibe.
home-complain-online = Presentar una queja en línea
home-already-html = ¿Ya presentó una queja? <a href="{ $link }suivi/">Vea cómo va su queja</a> con su número de queja y su código de acceso.
home-who = ¿Quiénes somos?
home-how = ¿Cómo presentar una queja?
home-how-lead = Elija la forma que más le convenga. Puede escribir en español o en francés, con sus propias palabras. Una persona de confianza también puede ayudarle.
home-way-online-html = <strong>En línea:</strong> llene el <a href="{ $link }porter-plainte/">formulario de queja</a>. Toma unos minutos.
home-way-phone-html = <strong>Por teléfono:</strong> llame a { $name } al <a href="tel:{ $tel }">{ $phone }</a>.
home-way-in-person-html = <strong>En persona:</strong> venga a nuestras oficinas y pida hablar con { $name }.
home-way-writing-html = <strong>Por escrito:</strong> envíe un correo electrónico a <a href="mailto:{ $email }">{ $email }</a>, o una carta dirigida a { $name }.
home-next = Lo que pasa después
home-step-acknowledgement-html = <strong>Acuse de recibo.</strong> En un plazo de { $hours } { $hours ->
    [one] hora
   *[other] horas
}, le confirmamos que recibimos su queja. Si usa el formulario en línea, recibe enseguida un número de queja.
home-step-analysis-html = <strong>Análisis.</strong> Una persona responsable estudia su queja para encontrar la causa del problema. Solo las personas autorizadas para atender su queja la leen.
home-step-response-html = <strong>Respuesta por escrito.</strong> Usted recibe una respuesta por escrito en un plazo de { $days } { $days ->
    [one] día hábil
   *[other] días hábiles
} a partir del día en que recibimos su queja. La respuesta explica lo que hacemos para resolver la situación.
home-step-follow-up-html = <strong>Seguimiento.</strong> Aproximadamente { $days } { $days ->
    [one] día hábil
   *[other] días hábiles
} después de nuestra respuesta, verificamos con usted si está conforme con la solución. Si hace falta, hacemos ajustes.
home-business-days = Los días hábiles son de lunes a viernes, excepto los días festivos y los días en que nuestras oficinas están cerradas.
home-rights = Sus derechos
home-right-respect-html = <strong>El respeto:</strong> su queja se atiende con respeto y profesionalismo.
home-right-quality-html = <strong>Servicios de calidad:</strong> usted tiene derecho a servicios de alta calidad, según nuestros compromisos y nuestras normas.
home-right-confidentiality-html = <strong>La confidencialidad:</strong> lo que usted nos dice es confidencial. Solo las personas autorizadas para atender su queja tienen acceso a ello.
home-right-file-html = <strong>El acceso a su expediente:</strong> usted puede consultar su expediente y todo lo relacionado con su queja, en cualquier momento.
home-right-no-fear-html = <strong>El derecho a quejarse sin miedo:</strong> usted puede decir libremente lo que no le parece bien. Lo animamos a hacerlo. Esto no tendrá ninguna consecuencia negativa para usted.
home-learn-more-html = Para saber más, lea nuestra <a href="{ $link }politique/">política de gestión de las quejas</a> y nuestra <a href="{ $link }confidentialite/">página sobre la confidencialidad</a>.

## The complaint form.
form-title = Presentar una queja
form-lead = Díganos qué no le pareció bien. Toma unos minutos. Escriba de forma sencilla, con sus propias palabras, en español o en francés: los errores no son un problema.
form-rather-talk-html = ¿Prefiere hablar con alguien? Llame a { $name } al <a href="tel:{ $tel }">{ $phone }</a>.
form-errors-heading = Su queja todavía no se ha enviado. Corrija { $count ->
    [one] este punto
   *[other] estos puntos
}:
form-contact = Cómo comunicarnos con usted
form-contact-help = Denos al menos una forma de comunicarnos con usted: su correo electrónico o su teléfono. Nuestra respuesta por escrito le llega por correo electrónico si nos da uno; si no, por correo postal, a su dirección. ¿Prefiere mantener el anonimato? Marque la casilla más abajo.
form-anonymous = Prefiero mantener el anonimato
form-anonymous-help = En ese caso, deje vacíos los campos que siguen: su nombre, su correo electrónico, su teléfono y su dirección. Atención: no podremos escribirle ni comunicarnos con usted por teléfono. Después del envío, recibirá un número de queja y un código de acceso. Guárdelos bien: le permitirán seguir su expediente.
form-name = Su nombre
form-name-required = (obligatorio, salvo si mantiene el anonimato)
form-email = Correo electrónico
form-email-example = Por ejemplo: nombre@ejemplo.ca
form-phone = Teléfono
form-phone-example = Por ejemplo: 418 555-1234
form-address = Su dirección postal
form-optional = (opcional)
form-required = (obligatorio)
form-address-help = Útil si tenemos que enviarle una carta por correo postal. Por ejemplo: 12, rue Notre-Dame Est, app. 3, Thetford Mines, QC, G6G 1A1.
form-street = Número, calle y apartamento
form-city = Ciudad
form-province = Provincia
form-postal-code = Código postal
form-category = Su queja es sobre…
form-service = ¿De qué servicio se trata?
form-service-none = No lo sé / ninguno en particular
form-description = Describa lo que pasó
form-description-help = Díganos qué pasó, cuándo, y con quién si lo sabe. Máximo { $max } caracteres.
form-outcome = ¿Qué resolvería la situación para usted?
form-outcome-help = Por ejemplo: una disculpa, una nueva cita, un cambio en nuestra forma de trabajar. Máximo { $max } caracteres.
form-about = ¿Su queja es sobre una persona de nuestro equipo?
form-about-help = Si es así, puede decirlo aquí. Esa persona no leerá su queja y no se encargará de ella.
form-about-staff = El nombre o el cargo de esa persona, como usted lo conozca
form-about-director = Mi queja es sobre la dirección general
form-about-director-help = En ese caso, solo la junta directiva atenderá su queja. La dirección no sabrá nada de ella.
form-consent = Acepto que los datos de este formulario se usen para atender mi queja.
form-consent-help-html = Solo las personas autorizadas para atender su queja podrán leerlos. <a href="{ $link }confidentialite/">Cómo protegemos sus datos</a>
form-honeypot = No llene este campo
form-send = Enviar mi queja
sending = Enviando…
form-after = Después del envío, verá su número de queja y su código de acceso.

## The page for an address that leads nowhere.
not-found-title = Página no encontrada
not-found-lead = Lo sentimos, esta página no existe o cambió de dirección.
not-found-you-can = Usted puede:
not-found-home-html = volver a la <a href="{ $link }">página de inicio</a>;
not-found-form-html = <a href="{ $link }porter-plainte/">presentar una queja en línea</a>;
not-found-policy-html = leer nuestra <a href="{ $link }politique/">política de gestión de las quejas</a>.
not-found-help-html = ¿Necesita ayuda? Escriba a <a href="mailto:{ $email }">{ $email }</a> o llame al <a href="tel:{ $tel }">{ $phone }</a>.

## A page for an error.
error-back = Tal vez pueda recuperar lo que había escrito con el botón “Atrás” de su navegador.
error-to-form = Volver al formulario
need-help = ¿Necesita ayuda?
error-other-ways = También puede presentar una queja por teléfono o por correo electrónico.

## What a form that filled the anti-robot field gets.
honeypot-title = Mensaje recibido
honeypot-lead = Gracias. Si esta página no le da un número de queja que empieza por “P-”, su queja no se registró.
honeypot-reach-us = En ese caso, comuníquese directamente con nosotros: recibiremos su queja por teléfono o por correo electrónico.

## The policy page.
policy-lead-html = Esta es nuestra política completa. Para presentar una queja, use el <a href="{ $link }porter-plainte/">formulario en línea</a> o comuníquese con nosotros.
policy-translation-html = Esta es una traducción fiel de la política. Solo <a href="{ $link }" hreflang="fr-CA">el texto en francés</a> es oficial.

## The confirmation, once a complaint is stored.
confirmation-title = Queja recibida { $reference }
confirmation-heading = Recibimos su queja
confirmation-thanks = Gracias por ayudarnos a mejorar nuestros servicios.
confirmation-already = Ya habíamos recibido esta queja. No se registró una segunda vez: usted no tiene que hacer nada más.
confirmation-reference = Su número de queja
confirmation-reference-help = Dé este número cada vez que se comunique con nosotros sobre su queja.
confirmation-code = Su código de acceso
confirmation-note-code-html = <strong>Anote este código ahora. No se volverá a mostrar nunca.</strong> Escríbalo en un papel o tome una foto de esta pantalla.
confirmation-code-help = Con su número de queja, este código le permite consultar su expediente. Guárdelo en un lugar seguro y no se lo dé a nadie.
confirmation-code-given = Usted recibió su código de acceso cuando envió esta queja por primera vez. Por su seguridad, solo lo mostramos una vez.
confirmation-code-given-email = Usted recibió su código de acceso cuando envió esta queja por primera vez. También está en el acuse de recibo que le enviamos por correo electrónico. Por su seguridad, solo lo mostramos una vez.
confirmation-code-lost-html = ¿No lo encuentra? Si nos dio un correo electrónico, pida un nuevo código en la página <a href="{ $link }suivi/">Seguimiento de mi queja</a>. Si no, comuníquese con nosotros (vea nuestros datos de contacto más abajo).
confirmation-later-html = Para consultar su expediente más tarde, vaya a la página <a href="{ $link }suivi/">Seguimiento de mi queja</a>.
confirmation-next = Lo que sigue
confirmation-received = Recibida el:
confirmation-ack-email-html = <strong>Acuse de recibo:</strong> le enviamos un acuse de recibo por correo electrónico. Si para el <span class="date">{ $due }</span> no lo ha visto, revise su carpeta de correo no deseado (spam) y luego comuníquese con nosotros.
confirmation-ack-page-html = <strong>Acuse de recibo:</strong> esta página es su acuse de recibo. Guarde una copia (foto o impresión).
confirmation-response-html = <strong>Respuesta por escrito:</strong> a más tardar el <span class="date">{ $due }</span>. Explicará lo que hacemos para resolver la situación. Si eligió mantener el anonimato, la encontrará en su expediente.
confirmation-reach-us = Comunicarse con nosotros
confirmation-question = Si tiene cualquier pregunta sobre su queja, comuníquese con nosotros. Dé su número de queja.

## The privacy notice.
privacy-title = Confidencialidad y datos personales
privacy-lead = Cuando presenta una queja, nos confía datos personales. Los protegemos, como lo exigen las leyes de Quebec sobre la protección de los datos personales (entre ellas la Ley 25 de Quebec). Esto es lo que hacemos con ellos.
privacy-collect = Lo que recopilamos
privacy-collect-contact = Su nombre, su correo electrónico y su número de teléfono, si nos los da.
privacy-collect-text = Lo que usted escribe en su queja: lo que pasó y lo que resolvería la situación para usted.
privacy-collect-kind = El tipo de queja y el servicio del que se trata.
privacy-collect-steps = La fecha de recepción y las etapas de la atención de su queja.
privacy-collect-anonymous = Si elige mantener el anonimato, no le pedimos ni su nombre ni sus datos de contacto. No escriba en su queja datos que no necesitamos, por ejemplo su número de seguro social o datos sobre su salud.
privacy-why = Por qué los recopilamos
privacy-why-handle = Para atender su queja: analizarla, responderle y hacer el seguimiento.
privacy-why-reach = Para comunicarnos con usted sobre su queja, si nos dejó sus datos de contacto.
privacy-why-statistics-html = Para hacer estadísticas <strong>sin nombres</strong>, que nos ayudan a mejorar nuestros servicios.
privacy-why-nothing-else = No los usamos para nada más. No los vendemos y no se los damos a nadie más sin su permiso, salvo si la ley nos obliga.
privacy-consent = Su consentimiento
privacy-consent-text = En el formulario, le pedimos su permiso en una casilla aparte. Sin este permiso, no podemos atender su queja en línea. En ese caso, puede presentar su queja por teléfono o en persona.
privacy-who = Quién puede verlos
privacy-who-text = Solo las personas autorizadas para atender su queja pueden ver sus datos: la dirección y la persona responsable de su expediente. Si su queja es sobre un miembro del personal, esa persona no tiene acceso a su expediente.
privacy-how-long = Cuánto tiempo los guardamos
privacy-how-long-text = Guardamos sus datos durante el plazo de conservación que fija nuestra organización, después del cierre de su expediente. Luego, los anonimizamos: quitamos todo lo que permite saber quién es usted. Solo se conservan estadísticas sin nombres.
privacy-where = Dónde se guardan
privacy-where-text = Sus datos se guardan en Canadá, de forma segura.
privacy-right-see-html = <strong>Consultar:</strong> usted puede ver los datos que tenemos sobre usted y obtener una copia.
privacy-right-correct-html = <strong>Corregir:</strong> usted puede pedir que se corrija un dato inexacto o incompleto.
privacy-right-withdraw-html = <strong>Retirar:</strong> usted puede retirar su consentimiento o su queja en cualquier momento.
privacy-rights-how = Para ejercer estos derechos, comuníquese con la persona responsable de la protección de los datos personales. Si no está conforme con nuestra respuesta, puede dirigirse a la Commission d’accès à l’information du Québec (el organismo público de Quebec que protege los datos personales).
privacy-officer = Responsable de la protección de los datos personales

## The form that opens a client's file, and the lost-code form.
access-lead = Consulte su expediente: el estado de su queja, nuestras respuestas, las fechas prometidas.
access-refused = Su expediente no se abrió
access-where = Usted recibió su número de queja y su código de acceso después de enviar su queja, en la pantalla y en el acuse de recibo por correo electrónico.
access-reference = Número de queja
access-reference-example = Por ejemplo: P-2026-0042
access-code = Código de acceso
access-code-help = Las letras y los números de su código, con o sin guiones, en mayúsculas o en minúsculas.
access-open = Abrir mi expediente
access-opening = Abriendo…
access-secret-html = <strong>Mantenga en secreto su código de acceso.</strong> Cualquier persona que tenga su número y su código puede leer su expediente. Nunca le pediremos su código por teléfono ni por correo electrónico.
lost-code-heading = ¿Perdió su código de acceso?
lost-code-help-html = Escriba su número de queja y el correo electrónico que dio con su queja. Si corresponden a una queja, enviamos un <strong>nuevo</strong> código de acceso a ese correo. El código anterior ya no funcionará.
lost-code-email-help = El correo electrónico que escribió en su queja. Por ejemplo: nombre@ejemplo.ca
lost-code-send = Recibir un nuevo código
lost-code-no-email = ¿No nos había dado un correo electrónico, o eligió mantener el anonimato? Comuníquese con nosotros. Le ayudaremos.

## The answer to a lost-code request.
lost-code-title = Código de acceso perdido
lost-code-sent = Si este número de queja y este correo electrónico corresponden a una queja, se envía un nuevo código de acceso a ese correo: llega en unos minutos y reemplaza al código anterior.
lost-code-wait = El correo puede tardar unos minutos en llegar. Revise también su carpeta de correo no deseado (spam).
lost-code-back = Volver a Seguimiento de mi queja
lost-code-nothing = ¿No recibió nada?
lost-code-check = Verifique el número de queja y el correo electrónico, y vuelva a intentarlo. También puede comunicarse con nosotros. Dé su número de queja.

## The printable file.
print-title = Expediente de la queja { $reference }
print-heading-html = Expediente de la queja <span class="date" dir="ltr">{ $reference }</span>
print-how = Para imprimir esta página o guardarla en PDF, elija “Imprimir” en el menú de su navegador. Su código de acceso no aparece en ella.

## The client's file and what they may do now.
file-title = Mi expediente { $reference }
file-heading-html = Mi expediente <span class="date" dir="ltr">{ $reference }</span>
file-refused = Su solicitud no se registró
file-secret-html = <strong>Mantenga en secreto su código de acceso.</strong> Cualquier persona que tenga su número de queja y su código puede leer este expediente.
file-not-kept-html = Para proteger sus datos, su navegador no guarda esta página. Para verla otra vez más tarde, vuelva a <a href="{ $link }suivi/">Seguimiento de mi queja</a> y escriba de nuevo su número y su código. En un dispositivo compartido, cierre la ventana cuando termine.
file-on-this-page = En esta página
file-status = El estado de su queja
file-deadlines = Nuestros plazos
file-complaint = Su queja
file-responses-short = Nuestras respuestas
file-history = Historial
file-actions = Lo que usted puede hacer
file-closed = Ya no puede modificar este expediente. Pero todavía puede obtener una copia. ¿Tiene una pregunta? Comuníquese con nosotros (datos de contacto al final de la página).
file-add = Agregar información
file-add-text = La información que quiere agregar
file-add-help = Por ejemplo: una fecha, un nombre, un hecho olvidado. Avisaremos a la persona responsable de su queja que hay información nueva. Ese correo de aviso no incluirá su texto: esa persona lo leerá aquí, en su expediente.
file-add-send = Agregar a mi expediente
file-satisfaction = Decir si está conforme con la solución
file-satisfaction-question = ¿Está conforme con la solución?
file-satisfied = Sí, estoy conforme con la solución
file-not-satisfied = No, no estoy conforme con la solución
file-comment = Su comentario
file-comment-help = Díganos qué le parece bien o qué falta todavía. La persona responsable de su queja lo leerá.
file-satisfaction-send = Enviar mi respuesta
file-withdraw = Retirar mi queja
file-withdraw-help-html = Si retira su queja, dejamos de atenderla y se cierra. <strong>No podrá anular este retiro.</strong> Aun así, podrá presentar una nueva queja más adelante.
file-withdraw-confirm = Confirmo que retiro mi queja. Se cerrará.
file-copy = Obtener una copia de mi expediente
file-copy-right = La ley de Quebec sobre los datos personales (Ley 25 de Quebec) le da el derecho de obtener una copia de su expediente.
file-download = Descargar mi expediente (JSON)
file-download-help = Un archivo que otros programas pueden leer.
file-printable = Versión para imprimir
file-printable-help = Su expediente en una página sencilla, para imprimir o guardar en PDF con su navegador.

## The file itself (page and printable version).
file-received = Recibida el
file-channel = Recibida por
file-no-deadline = Por ahora no hay ningún plazo.
file-deadline-label = { $label }:
file-kept = Plazo cumplido
file-late = Plazo vencido
file-running = En curso
file-category = Tema
file-service = Servicio
file-not-given = No indicado
file-anonymous = Queja anónima
file-anonymous-help = Usted eligió mantener el anonimato. Nuestras respuestas por escrito están en este expediente.
file-what-happened = Lo que pasó
file-outcome = Lo que resolvería la situación
file-outcome-none = Usted no lo indicó.
file-responses = Nuestras respuestas por escrito
file-no-response = Todavía no le hemos enviado una respuesta por escrito.
file-letter-in-file = Agregada a este expediente el { $date }.
file-letter-sent = Enviada el { $date }, { $means }.
file-additions = Lo que usted agregó
file-addition-at = El { $date }:
file-opinion = Su opinión sobre la solución
file-answer = Su respuesta
file-answered = Enviada el
file-nothing-yet = Nada por ahora.

## The client's file: what the site says after a request.
client-refused = Número de queja o código de acceso incorrecto. Verifíquelos en el correo electrónico de acuse de recibo o en la página de confirmación.
client-too-many-tries = Demasiados intentos con un código incorrecto. Por seguridad, su expediente no se puede abrir antes del { $date }. Vuelva a intentarlo en ese momento, o pida un nuevo código.
client-unavailable-title = Servicio no disponible por el momento
client-unavailable = El servicio no está disponible por el momento. Vuelva a intentarlo en unos minutos; lo que usted ya había enviado está guardado.
client-information-added = Su información se agregó a su expediente. La persona que atiende su queja recibió un aviso.
client-withdrawn = Su queja fue retirada y su expediente está cerrado. Todavía puede consultarlo, y presentar una nueva queja si hace falta.
client-answered = Gracias por su respuesta. Se agregó a su expediente y la persona que atiende su queja recibió un aviso.

## Where the complaint stands, for the client.
status-received = Recibida
status-acknowledged = Recepción confirmada
status-in-analysis = En análisis
status-decided = Decisión tomada
status-answered = Respuesta enviada
status-followed-up = Seguimiento realizado
status-closed = Cerrada
status-withdrawn = Retirada
explain-received = Su queja está registrada. Recibirá una respuesta por escrito a más tardar el { $date }.
explain-in-analysis = Una persona responsable está analizando su queja. Recibirá una respuesta por escrito a más tardar el { $date }.
explain-answered = Le enviamos la respuesta por escrito. Díganos si está conforme con la solución: es el seguimiento que promete la política.
explain-followed-up = El seguimiento está hecho. Su expediente se cerrará cuando las medidas previstas estén en marcha.
explain-closed = Su expediente está cerrado. Todavía puede consultarlo y obtener una copia.
explain-withdrawn = Usted retiró su queja. Todavía puede consultar el expediente y obtener una copia.

## The promises, as the client's file shows them.
promise-acknowledgement = Acuse de recibo
promise-response = Respuesta por escrito
promise-new-response = Nueva respuesta por escrito
promise-follow-up = Seguimiento
promise-due-by = a más tardar el { $date }
promise-moot-withdrawn = Ya no aplica: usted retiró su queja.
promise-moot-closed = Ya no aplica: su expediente está cerrado.
promise-kept = Hecho el { $date }, dentro del plazo prometido.
promise-kept-late = Hecho el { $date }, después del plazo prometido.
promise-overdue = Todavía no está hecho: el plazo prometido ya pasó. Puede comunicarse con la dirección.
promise-due = Pendiente.
# $reason is written by staff, in French.
promise-extended = Plazo extendido (la fecha anterior era el { $date }). Motivo: { $reason }

## How a complaint came in, how it was answered, what the client said.
channel-web = Sitio web
channel-telephone = Teléfono
channel-in-person = En persona
channel-mail = Correo postal
channel-email = Correo electrónico
acknowledged-email = por correo electrónico
acknowledged-page = página de confirmación del sitio
acknowledged-telephone = por teléfono
acknowledged-in-person = en persona
acknowledged-letter = por carta
means-email = por correo electrónico
means-post = por correo postal
means-file = agregada al expediente en línea
satisfaction-satisfied = Estoy conforme con la solución
satisfaction-not-satisfied = No estoy conforme con la solución
satisfaction-no-answer = Sin respuesta

## The file's history, for the client.
# $channel is the way it came in: web, telephone, in_person, mail or email.
event-received = Queja recibida ({ $channel ->
    [telephone] teléfono
    [in_person] en persona
    [mail] correo postal
    [email] correo electrónico
   *[web] sitio web
})
event-acknowledged = Recepción confirmada: { $means }
event-assigned = Se designó a una persona responsable de las quejas para analizarla
event-decided = Se decidió una solución
event-response-in-file = Respuesta por escrito agregada a este expediente
event-response-sent = Respuesta por escrito enviada { $means }
event-response-extended = El plazo de la respuesta por escrito se extendió hasta el { $date }
event-adjustment = Se prevé un ajuste para que usted quede conforme con la solución
# $answer is satisfied, not_satisfied or no_answer.
event-followed-up = Seguimiento: { $answer ->
    [satisfied] usted está conforme con la solución
    [not_satisfied] usted no está conforme con la solución
   *[no_answer] sin respuesta
}
event-information-added = Usted agregó información
event-withdrawn = Usted retiró su queja
event-code-reissued = Se envió un nuevo código de acceso
event-code-given = Usted recibió un nuevo código de acceso, como lo pidió
event-withdrawn-for-client = Nuestro personal retiró su queja, como usted lo pidió
event-settled = Queja resuelta en el momento y cerrada
event-closed = Queja cerrada
event-reopened = Queja reabierta para revisarla de nuevo

## The mail to clients (each goes in the person's language, then in French).
mail-hello = Hola:
mail-hello-name = Hola, { $name }:
mail-reference = Su número de queja: { $reference }
mail-access-code = Su código de acceso: { $code }
mail-reference-label = Su número de queja:
mail-access-code-label = Su código de acceso:
# $title is the contact's title (« directrice générale »).
mail-contact-intro = Si tiene cualquier pregunta, comuníquese con { $name }, { $title }:
mail-contact-email = correo electrónico: { $email }
mail-contact-phone = teléfono: { $phone }
mail-contact-email-html = correo electrónico: <a href="mailto:{ $email }">{ $email }</a>
mail-contact-phone-html = teléfono: <a href="tel:{ $tel }">{ $phone }</a>
ack-subject = Recibimos su queja { $reference }
ack-received = Recibimos su queja el { $date }. Gracias por contarnos lo que pasó: su queja nos ayuda a mejorar nuestros servicios.
ack-keep = Guarde este número y este código: le permiten seguir su expediente en cualquier momento. No se los dé a nadie.
ack-follow = Seguir su expediente
ack-follow-link = Seguir su expediente: { $url }
ack-response-due = Recibirá una respuesta por escrito a más tardar el { $date }.
ack-confidential = Su queja se atiende de forma confidencial. Solo las personas autorizadas para atenderla tienen acceso a ella.
ack-policy = Nuestra política de gestión de las quejas
ack-policy-link = Nuestra política de gestión de las quejas: { $url }
code-subject = Su nuevo código de acceso para la queja { $reference }
code-asked = Usted pidió un nuevo código de acceso para su queja { $reference }.
code-asked-html = Usted pidió un nuevo código de acceso para su queja <strong>{ $reference }</strong>.
code-new = Su nuevo código de acceso: { $code }
code-new-html = Su nuevo código de acceso: <strong>{ $code }</strong>
code-replaces = Reemplaza al código anterior, que ya no funciona. No se lo dé a nadie: con su número de queja, este código permite consultar su expediente.
code-file = Consultar su expediente
code-file-link = Consultar su expediente: { $url }
code-not-you = Si usted no pidió nada, escríbanos: { $email }.
code-not-you-html = Si usted no pidió nada, escríbanos: <a href="mailto:{ $email }">{ $email }</a>.
invite-subject = Su queja { $reference }: ¿está conforme con la solución?
invite-sent = Le enviamos nuestra respuesta a su queja { $reference }. ¿Está conforme con la solución?
invite-sent-html = Le enviamos nuestra respuesta a su queja <strong>{ $reference }</strong>. ¿Está conforme con la solución?
invite-tell-us = Díganoslo en su expediente, con su número de queja y su código de acceso: { $url }
invite-tell-us-html = <a href="{ $url }">Díganoslo en su expediente</a>, con su número de queja y su código de acceso.
invite-other-ways = También puede respondernos simplemente por correo electrónico o por teléfono. Su opinión nos ayuda a mejorar nuestros servicios.
# Between the versions of a message in two languages.
mail-next-language = La versión en francés está más abajo.

## Translations of the organisation's settings (the French is in config/organisation.toml);
## only in the languages other than French.
settings-director-title = Directora general
settings-privacy-officer-title = Responsable de la protección de los datos personales
settings-mission =
    El CJEF ayuda a los jóvenes de 15 a 35 años a encontrar su lugar en el mundo del trabajo, y a las personas inmigrantes a establecerse en la MRC des Appalaches.
    Aquí, cada persona recibe un acompañamiento personalizado para encontrar su lugar, tanto en el trabajo como en la sociedad.
settings-category-prestation-de-services = La prestación de servicios
settings-category-delais = Los plazos
settings-category-attitude-du-personnel = La actitud del personal
settings-category-produits = Los documentos, los talleres o las herramientas
settings-category-autre = Otra cosa
settings-service-recherche-emploi = Ayuda para buscar empleo
settings-service-orientation = Orientación escolar y profesional
settings-service-immigration = Acogida e integración de las personas inmigrantes
settings-service-entrepreneuriat = Emprendimiento juvenil
settings-service-perseverance = Perseverancia escolar
settings-service-autre = Otro servicio
settings-board-title = Presidencia de la junta directiva


## Qué está mal en un campo del formulario de queja.
error-name-missing = Escriba su nombre o marque “Prefiero mantener el anonimato”.
error-name-too-long = Su nombre es demasiado largo (máximo { $max } caracteres).
error-name-letters = Su nombre debe tener letras.
error-email-invalid = Este correo electrónico no parece válido. Por ejemplo: nombre@ejemplo.com
error-email-too-long = Este correo electrónico es demasiado largo (máximo { $max } caracteres).
error-phone-invalid = Este número de teléfono no parece válido. Por ejemplo: 418 555-0123, y ext. 12 si es necesario.
error-contact-missing = Escriba un correo electrónico o un número de teléfono para que podamos responderle, o marque “Prefiero mantener el anonimato”.
# $field is the field to erase: name, email, phone, address_street, address_city or address_postal_code.
error-anonymous-erase = Usted eligió mantener el anonimato: borre { $field ->
    [name] su nombre
    [email] su correo electrónico
    [phone] su número de teléfono
    [address_street] su dirección
    [address_city] su ciudad
   *[address_postal_code] su código postal
} o desmarque “Prefiero mantener el anonimato”.
error-street-missing = Escriba el número, la calle y, si corresponde, el apartamento.
error-city-missing = Escriba la ciudad.
error-address-too-long = Escriba esta parte de la dirección en { $max } caracteres como máximo.
error-province-invalid = Escriba la provincia con dos letras, por ejemplo QC.
error-postal-code-missing = Escriba el código postal, por ejemplo G6G 1A1.
error-postal-code-invalid = Este código postal no parece válido. Por ejemplo: G6G 1A1.
error-category-missing = Elija lo que mejor describe su queja.
error-category-unknown = Esta opción no existe. Elija una de las categorías de la lista.
error-service-unknown = Este servicio no existe. Elija uno de los servicios de la lista.
error-description-missing = Describa lo que pasó: es la parte más importante de su queja.
error-description-too-long = Su descripción de lo que pasó es demasiado larga: tiene { $length } caracteres y el máximo es { $max }.
error-outcome-too-long = Su texto sobre el resultado que desea es demasiado largo: tiene { $length } caracteres y el máximo es { $max }.
error-about-staff-too-long = Su texto sobre la persona a la que se refiere su queja es demasiado largo: tiene { $length } caracteres y el máximo es { $max }.
error-text-characters = Este texto tiene caracteres no válidos.
error-consent-missing = Necesitamos su acuerdo para atender su queja: marque la casilla.

## Qué está mal en lo que la persona envió desde su expediente.
error-addition-missing = Escriba la información que quiere agregar.
error-addition-too-long = Lo que quiere agregar es demasiado largo: tiene { $length } caracteres y el máximo es { $max }.
error-comment-too-long = Su comentario es demasiado largo: tiene { $length } caracteres y el máximo es { $max }.
error-withdraw-confirm = Marque la casilla para confirmar que retira su queja.
error-satisfaction-missing = Elija si está conforme o no con la solución.
error-step-finished = Su queja está cerrada o fue retirada: ya no es posible hacer esta solicitud. Todavía puede consultar su expediente.
error-step-follow-up-not-open = Podrá decirnos si está conforme con la solución cuando le enviemos la respuesta por escrito.
error-step-not-possible = Esta solicitud ya no es posible en el estado actual de su expediente. Ábralo de nuevo para ver cómo va.

## El marco de la respuesta por escrito (el texto de la carta es el que escribió el personal, en francés).
response-subject = Respuesta a su queja { $reference }
response-date = { $date }
response-object = Asunto: respuesta a su queja { $reference }
response-settled = Si para usted la situación no está resuelta, díganoslo con su número de queja: escríbanos a { $email } o llámenos al { $phone }. Podremos reabrir su queja. Puede consultar su expediente en cualquier momento con su número de queja y su código de acceso.
response-anonymous = A más tardar el { $date }, díganos en su expediente en línea si está conforme con esta solución. Puede consultarlo en cualquier momento con su número de queja y su código de acceso.
response-follow-up = Nos comunicaremos con usted a más tardar el { $date } para verificar si está conforme con esta solución. También puede consultar su expediente en cualquier momento con su número de queja y su código de acceso.
response-closing = Atentamente,
response-for = en nombre de { $organisation }
response-question = Si tiene cualquier pregunta:

## El aviso de una respuesta por escrito más tarde (el motivo es el que escribió el personal, en francés).
extension-subject = Su queja { $reference }: nuestra respuesta llegará a más tardar el { $date }
extension-more-time = Necesitamos más tiempo para responderle sobre su queja { $reference }.
extension-more-time-html = Necesitamos más tiempo para responderle sobre su queja <strong>{ $reference }</strong>.
extension-reason = Motivo: { $reason }
extension-new-date = Recibirá nuestra respuesta por escrito a más tardar el { $date }, en lugar del { $first }.
extension-new-date-html = Recibirá nuestra respuesta por escrito <strong>a más tardar el { $date }</strong>, en lugar del { $first }.
extension-file-link = Puede consultar su expediente en cualquier momento con su número de queja y su código de acceso: { $url }
extension-file-html = Puede consultar <a href="{ $url }">su expediente</a> en cualquier momento con su número de queja y su código de acceso.
