# Every word of the public journey and of the mail to clients, in Canadian
# English, translated from the French reference (fr-CA). Typography: no
# space before : ; ! ?, curly quotes “ ” and apostrophe ’, digits
# grouped with a comma.
number-grouping = {","}
## The language itself: its name in itself for the language choice, in
## French for the staff, and which way it is written.
language-name = English
language-french-name = anglais
language-direction = ltr

## Dates and times (the months and weekdays, then how they are put together).
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
# “December 14, 2026”.
date = { $month } { $day }, { $year }
date-time = { $minutes ->
    [0] { $date }, at { $hour }:00
   *[other] { $date }, at { $hour }:{ $minute }
}
long-date = { $weekday }, { $date }
phone-with-extension = { $number }, ext. { $extension }

## Every public page: the layout.
skip-to-content = Skip to content
nav-languages = Language
nav-main = Main menu
nav-home = Home
nav-complain = Make a complaint
nav-follow-up = Track my complaint
nav-policy = The policy
nav-privacy = Privacy
footer-question = A question about a complaint?
footer-policy = Complaint management policy
contact-email = Email:
contact-phone = Phone:
error-prefix = Error:

## The home page.
home-title = Complaints about the quality of services
home-heading = Not happy with a service? Tell us.
home-lead = Your complaint helps us improve our services. We handle it with respect, quickly and in full confidentiality. You can make a complaint without fear: it will not change the services you receive.
home-complain-online = Make a complaint online
home-already-html = Have you already made a complaint? <a href="{ $link }suivi/">Track your complaint</a> with your complaint number and your access code.
home-who = Who are we?
home-how = How can you make a complaint?
home-how-lead = Choose the way that suits you best. You can write in English or in French, in your own words. A person you trust can also help you.
home-way-online-html = <strong>Online:</strong> fill out the <a href="{ $link }porter-plainte/">complaint form</a>. It takes a few minutes.
home-way-phone-html = <strong>By phone:</strong> call { $name } at <a href="tel:{ $tel }">{ $phone }</a>.
home-way-in-person-html = <strong>In person:</strong> come to our offices and ask to speak to { $name }.
home-way-writing-html = <strong>In writing:</strong> send an email to <a href="mailto:{ $email }">{ $email }</a>, or a letter addressed to { $name }.
home-next = What happens next
home-step-acknowledgement-html = <strong>Acknowledgement of receipt.</strong> Within { $hours } { $hours ->
    [one] hour
   *[other] hours
}, we confirm that we have received your complaint. If you use the online form, you get a complaint number right away.
home-step-analysis-html = <strong>Review.</strong> A person in charge studies your complaint to find the cause of the problem. Only the people allowed to handle your complaint read it.
home-step-response-html = <strong>Written answer.</strong> You get a written answer within { $days } { $days ->
    [one] business day
   *[other] business days
} after we receive your complaint. It explains what we are doing to fix the situation.
home-step-follow-up-html = <strong>Follow-up.</strong> About { $days } { $days ->
    [one] business day
   *[other] business days
} after our answer, we check with you that the solution works for you. If needed, we make changes.
home-business-days = Business days are Monday to Friday, except public holidays and days when our offices are closed.
home-rights = Your rights
home-right-respect-html = <strong>Respect:</strong> your complaint is handled with respect and professionalism.
home-right-quality-html = <strong>Quality services:</strong> you have the right to high-quality services, in line with our commitments and our standards.
home-right-confidentiality-html = <strong>Confidentiality:</strong> what you tell us stays confidential. Only the people allowed to handle your complaint have access to it.
home-right-file-html = <strong>Access to your file:</strong> you can see your file and everything about your complaint, at any time.
home-right-no-fear-html = <strong>The right to complain without fear:</strong> you can freely say what you are not happy with. We encourage you to do so. It will have no negative effect on you.
home-learn-more-html = To learn more, read our <a href="{ $link }politique/">complaint management policy</a> and our <a href="{ $link }confidentialite/">privacy page</a>.

## The complaint form.
form-title = Make a complaint
form-lead = Tell us what you were not happy with. It takes a few minutes. Write simply, in your own words, in English or in French: mistakes are not a problem.
form-rather-talk-html = Would you rather talk to someone? Call { $name } at <a href="tel:{ $tel }">{ $phone }</a>.
form-errors-heading = Your complaint has not been sent yet. Please fix { $count ->
    [one] this point
   *[other] these points
}:
form-contact = How to reach you
form-contact-help = Give us at least one way to reach you: your email or your phone number. Our written answer comes to you by email if you give one, otherwise by mail, to your address. Would you rather stay anonymous? Check the box below.
form-anonymous = I would rather stay anonymous
form-anonymous-help = If so, leave the next fields empty: your name, your email, your phone number and your address. Please note: we will not be able to write to you or call you. After you send your complaint, you will get a complaint number and an access code. Keep them safe: they let you follow your file.
form-name = Your name
form-name-required = (required, unless you stay anonymous)
form-email = Email
form-email-example = For example: name@example.ca
form-phone = Phone
form-phone-example = For example: 418 555-1234
form-address = Your mailing address
form-optional = (optional)
form-required = (required)
form-address-help = Useful if we need to send you a letter by mail. For example: 12, rue Notre-Dame Est, app. 3, Thetford Mines, QC, G6G 1A1.
form-street = Number, street and apartment
form-city = City
form-province = Province
form-postal-code = Postal code
form-category = Your complaint is about…
form-service = Which service is it about?
form-service-none = I don’t know / none in particular
form-description = Describe what happened
form-description-help = Tell us what happened, when, and with whom if you know. No more than { $max } characters.
form-outcome = What would fix the situation for you?
form-outcome-help = For example: an apology, a new appointment, a change in the way we do things. No more than { $max } characters.
form-about = Is your complaint about a person on our team?
form-about-help = If so, you can say it here. The person named will not read your complaint and will not handle it.
form-about-staff = Their name or their role, as you know it
form-about-director = My complaint is about the executive director
form-about-director-help = Then only the board of directors will handle it. The executive director will not know about it.
form-consent = I agree that the information in this form may be used to handle my complaint.
form-consent-help-html = Only the people allowed to handle your complaint will be able to read it. <a href="{ $link }confidentialite/">How we protect your information</a>
form-honeypot = Do not fill in this field
form-send = Send my complaint
sending = Sending…
form-after = After you send it, you will see your complaint number and your access code.

## The page for an address that leads nowhere.
not-found-title = Page not found
not-found-lead = Sorry, this page does not exist or has moved.
not-found-you-can = You can:
not-found-home-html = go back to the <a href="{ $link }">home page</a>;
not-found-form-html = <a href="{ $link }porter-plainte/">make a complaint online</a>;
not-found-policy-html = read our <a href="{ $link }politique/">complaint management policy</a>.
not-found-help-html = Need help? Write to <a href="mailto:{ $email }">{ $email }</a> or call <a href="tel:{ $tel }">{ $phone }</a>.

## A page for an error.
error-back = You may be able to get back what you wrote with the “Back” button of your browser.
error-to-form = Back to the form
need-help = Need help?
error-other-ways = You can also make a complaint by phone or by email.

## What a form that filled the anti-robot field gets.
honeypot-title = Message received
honeypot-lead = Thank you. If this page does not give you a complaint number starting with “P-”, your complaint was not saved.
honeypot-reach-us = If so, contact us directly: we will take your complaint by phone or by email.

## The policy page.
policy-lead-html = Here is our full policy. To make a complaint, use the <a href="{ $link }porter-plainte/">online form</a> or contact us.
policy-translation-html = This is a faithful translation of the policy. Only <a href="{ $link }" hreflang="fr-CA">the French text</a> is official.

## The confirmation, once a complaint is stored.
confirmation-title = Complaint received { $reference }
confirmation-heading = We have received your complaint
confirmation-thanks = Thank you for helping us improve our services.
confirmation-already = We had already received this complaint. It was not saved a second time: you do not need to do anything again.
confirmation-reference = Your complaint number
confirmation-reference-help = Give this number every time you contact us about your complaint.
confirmation-code = Your access code
confirmation-note-code-html = <strong>Write down this code now. It will never be shown again.</strong> Write it on paper or take a photo of this screen.
confirmation-code-help = With your complaint number, this code lets you see your file. Keep it in a safe place and do not give it to anyone.
confirmation-code-given = You were given your access code when you first sent this complaint. For your security, we show it only once.
confirmation-code-given-email = You were given your access code when you first sent this complaint. It is also in the acknowledgement of receipt we sent you by email. For your security, we show it only once.
confirmation-code-lost-html = Can’t find it? If you gave an email address, ask for a new code on the <a href="{ $link }suivi/">Track my complaint</a> page. If not, contact us (contact details below).
confirmation-later-html = To see your file later, go to the <a href="{ $link }suivi/">Track my complaint</a> page.
confirmation-next = What happens next
confirmation-received = Received on:
confirmation-ack-email-html = <strong>Acknowledgement of receipt:</strong> we have sent you an acknowledgement of receipt by email. If you do not see it by <span class="date">{ $due }</span>, look in your junk mail, then contact us.
confirmation-ack-page-html = <strong>Acknowledgement of receipt:</strong> this page is your acknowledgement of receipt. Keep a copy of it (photo or printout).
confirmation-response-html = <strong>Written answer:</strong> by <span class="date">{ $due }</span> at the latest. It will explain what we are doing to fix the situation. If you chose to stay anonymous, you will find it in your file.
confirmation-reach-us = Contact us
confirmation-question = If you have any question about your complaint, contact us. Give your complaint number.

## The privacy notice.
privacy-title = Privacy and personal information
privacy-lead = When you make a complaint, you give us personal information. We protect it, as Quebec’s laws on the protection of personal information require (including Law 25). Here is what we do with it.
privacy-collect = What we collect
privacy-collect-contact = Your name, your email and your phone number, if you give them to us.
privacy-collect-text = What you write in your complaint: what happened and what would fix the situation for you.
privacy-collect-kind = The type of complaint and the service it is about.
privacy-collect-steps = The date we received your complaint and the steps in handling it.
privacy-collect-anonymous = If you choose to stay anonymous, we do not ask for your name or your contact details. In your complaint, do not write information we do not need, for example your social insurance number or information about your health.
privacy-why = Why we collect it
privacy-why-handle = To handle your complaint: look into it, answer you and follow up.
privacy-why-reach = To contact you about your complaint, if you gave us your contact details.
privacy-why-statistics-html = To produce statistics <strong>without names</strong>, which help us improve our services.
privacy-why-nothing-else = We do not use it for anything else. We do not sell it and we do not give it to anyone else without your consent, unless the law requires us to.
privacy-consent = Your consent
privacy-consent-text = In the form, we ask for your consent in a separate box. Without this consent, we cannot handle your complaint online. You can then make a complaint by phone or in person.
privacy-who = Who can see it
privacy-who-text = Only the people allowed to handle your complaint can see your information: the management and the person in charge of your file. If your complaint is about a staff member, that person does not have access to your file.
privacy-how-long = How long we keep it
privacy-how-long-text = We keep your information for the retention period set by the organization, after your file is closed. Then it is anonymized: we remove everything that could identify you. Only statistics without names are kept.
privacy-where = Where it is kept
privacy-where-text = Your information is kept in Canada, in a secure way.
privacy-right-see-html = <strong>See:</strong> you can see the information we have about you and get a copy of it.
privacy-right-correct-html = <strong>Correct:</strong> you can have information that is wrong or incomplete corrected.
privacy-right-withdraw-html = <strong>Withdraw:</strong> you can withdraw your consent or your complaint at any time.
privacy-rights-how = To use these rights, contact the person in charge of the protection of personal information. If you are not satisfied with our answer, you can turn to the Commission d’accès à l’information du Québec (the Quebec body that protects personal information).
privacy-officer = Person in charge of the protection of personal information

## The form that opens a client's file, and the lost-code form.
access-lead = See your file: where your complaint stands, our answers, the dates we promised.
access-refused = Your file was not opened
access-where = You received your complaint number and your access code after you sent your complaint, on the screen and in the acknowledgement of receipt sent by email.
access-reference = Complaint number
access-reference-example = For example: P-2026-0042
access-code = Access code
access-code-help = The letters and numbers of your code, with or without the dashes, in capital or small letters.
access-open = Open my file
access-opening = Opening…
access-secret-html = <strong>Keep your access code secret.</strong> Anyone who has your number and your code can read your file. We will never ask for your code by phone or by email.
lost-code-heading = Lost your access code?
lost-code-help-html = Write your complaint number and the email address you gave with your complaint. If they match a complaint, we send a <strong>new</strong> access code to this email address. The old code will no longer work.
lost-code-email-help = The email address written in your complaint. For example: name@example.ca
lost-code-send = Get a new code
lost-code-no-email = Did you not give an email address, or did you choose to stay anonymous? Contact us. We will help you.

## The answer to a lost-code request.
lost-code-title = Lost access code
lost-code-sent = If this complaint number and this email address match a complaint, a new access code is sent to this email address: it arrives within a few minutes and replaces the old one.
lost-code-wait = The email can take a few minutes to arrive. Also look in your junk mail.
lost-code-back = Back to Track my complaint
lost-code-nothing = Nothing received?
lost-code-check = Check the complaint number and the email address, then try again. You can also contact us. Give your complaint number.

## The printable file.
print-title = Complaint file { $reference }
print-heading-html = Complaint file <span class="date" dir="ltr">{ $reference }</span>
print-how = To print this page or save it as a PDF, choose “Print” in your browser’s menu. Your access code is not on it.

## The client's file and what they may do now.
file-title = My file { $reference }
file-heading-html = My file <span class="date" dir="ltr">{ $reference }</span>
file-refused = Your request was not saved
file-secret-html = <strong>Keep your access code secret.</strong> Anyone who has your complaint number and your code can read this file.
file-not-kept-html = To protect your information, your browser does not save this page. To see it again later, go back to <a href="{ $link }suivi/">Track my complaint</a> and enter your number and your code again. On a shared device, close the window when you are done.
file-on-this-page = On this page
file-status = Where your complaint stands
file-deadlines = Our deadlines
file-complaint = Your complaint
file-responses-short = Our answers
file-history = History
file-actions = What you can do
file-closed = You can no longer change this file. You can still get a copy of it. A question? Contact us (contact details at the bottom of the page).
file-add = Add information
file-add-text = The information to add
file-add-help = For example: a date, a name, a fact you forgot. We will tell the person in charge of your complaint that there is new information. This email will not contain your text: they will read it here, in your file.
file-add-send = Add to my file
file-satisfaction = Say if the solution works for you
file-satisfaction-question = Does the solution work for you?
file-satisfied = Yes, the solution works for me
file-not-satisfied = No, the solution does not work for me
file-comment = Your comment
file-comment-help = Tell us what works for you or what is still missing. The person in charge of your complaint will read it.
file-satisfaction-send = Send my answer
file-withdraw = Withdraw my complaint
file-withdraw-help-html = If you withdraw your complaint, we stop handling it and it is closed. <strong>You will not be able to cancel this withdrawal.</strong> You can still make a new complaint later.
file-withdraw-confirm = I confirm that I am withdrawing my complaint. It will be closed.
file-copy = Get a copy of my file
file-copy-right = Quebec’s law on personal information (Law 25) gives you the right to get a copy of your file.
file-download = Download my file (JSON)
file-download-help = A file that other software can read.
file-printable = Printable version
file-printable-help = Your file on a simple page, to print or to save as a PDF with your browser.

## The file itself (page and printable version).
file-received = Received on
file-channel = Received by
file-no-deadline = No deadline for now.
file-deadline-label = { $label }:
file-kept = Deadline met
file-late = Deadline missed
file-running = In progress
file-category = About
file-service = Service
file-not-given = Not given
file-anonymous = Anonymous complaint
file-anonymous-help = You chose to stay anonymous. Our written answers are in this file.
file-what-happened = What happened
file-outcome = What would fix the situation
file-outcome-none = You did not say.
file-responses = Our written answers
file-no-response = We have not sent you a written answer yet.
file-letter-in-file = Added to this file on { $date }.
file-letter-sent = Sent on { $date }, { $means }.
file-additions = What you added
file-addition-at = On { $date }:
file-opinion = Your opinion on the solution
file-answer = Your answer
file-answered = Given on
file-nothing-yet = Nothing for now.

## The client's file: what the site says after a request.
client-refused = Wrong complaint number or access code. Check them in the acknowledgement of receipt email or on the confirmation page.
client-too-many-tries = Too many tries with a wrong code. For your security, your file cannot be opened before { $date }. Try again then, or ask for a new code.
client-unavailable-title = Service temporarily unavailable
client-unavailable = The service is temporarily unavailable. Try again in a few minutes; what you had already sent is kept.
client-information-added = Your information was added to your file. The person handling your complaint has been told.
client-withdrawn = Your complaint is withdrawn and its file is closed. You can still see it, and make a new complaint if needed.
client-answered = Thank you for your answer. It has been added to your file and the person handling your complaint has been told.

## Where the complaint stands, for the client.
status-received = Received
status-acknowledged = Receipt confirmed
status-in-analysis = Under review
status-decided = Decision made
status-answered = Answer sent
status-followed-up = Follow-up done
status-closed = Closed
status-withdrawn = Withdrawn
explain-received = Your complaint is saved. You will get a written answer by { $date } at the latest.
explain-in-analysis = A person in charge is looking into your complaint. You will get a written answer by { $date } at the latest.
explain-answered = The written answer was sent to you. Tell us if the solution works for you: this is the follow-up the policy promises.
explain-followed-up = The follow-up is done. Your file will be closed once the planned measures are in place.
explain-closed = Your file is closed. You can still see it and get a copy of it.
explain-withdrawn = You withdrew your complaint. You can still see the file and get a copy of it.

## The promises, as the client's file shows them.
promise-acknowledgement = Acknowledgement of receipt
promise-response = Written answer
promise-new-response = New written answer
promise-follow-up = Follow-up
promise-due-by = by { $date } at the latest
promise-moot-withdrawn = Does not apply: you withdrew your complaint.
promise-moot-closed = Does not apply: your file is closed.
promise-kept = Done on { $date }, within the promised time.
promise-kept-late = Done on { $date }, after the promised time.
promise-overdue = Not done yet: the promised time has passed. You can contact the management.
promise-due = Still to come.
# $reason is written by staff, in French.
promise-extended = Deadline extended (it was set for { $date }). Reason: { $reason }

## How a complaint came in, how it was answered, what the client said.
channel-web = Website
channel-telephone = Phone
channel-in-person = In person
channel-mail = Mail
channel-email = Email
acknowledged-email = by email
acknowledged-page = confirmation page of the website
acknowledged-telephone = by phone
acknowledged-in-person = in person
acknowledged-letter = by letter
means-email = by email
means-post = by mail
means-file = added to your online file
satisfaction-satisfied = The solution works for me
satisfaction-not-satisfied = The solution does not work for me
satisfaction-no-answer = No answer

## The file's history, for the client.
# $channel is the way it came in: web, telephone, in_person, mail or email.
event-received = Complaint received ({ $channel ->
    [telephone] phone
    [in_person] in person
    [mail] mail
    [email] email
   *[web] website
})
event-acknowledged = Receipt confirmed: { $means }
event-assigned = A person in charge of complaints was named to look into it
event-decided = A solution was decided
event-response-in-file = Written answer added to this file
event-response-sent = Written answer sent { $means }
event-response-extended = The deadline for the written answer is extended to { $date }
event-adjustment = A change is planned so that the solution works for you
# $answer is satisfied, not_satisfied or no_answer.
event-followed-up = Follow-up: { $answer ->
    [satisfied] the solution works for you
    [not_satisfied] the solution does not work for you
   *[no_answer] no answer
}
event-information-added = You added information
event-withdrawn = You withdrew your complaint
event-code-reissued = A new access code was sent
event-code-given = A new access code was given to you at your request
event-withdrawn-for-client = Our staff withdrew your complaint at your request
event-settled = Complaint settled on the spot and closed
event-closed = Complaint closed
event-reopened = Complaint reopened for a new review

## The mail to clients (each goes in the person's language, then in French).
mail-hello = Hello,
mail-hello-name = Hello { $name },
mail-reference = Your complaint number: { $reference }
mail-access-code = Your access code: { $code }
mail-reference-label = Your complaint number:
mail-access-code-label = Your access code:
# $title is the contact's title (“Executive Director”).
mail-contact-intro = If you have any questions, contact { $name }, { $title }:
mail-contact-email = email: { $email }
mail-contact-phone = phone: { $phone }
mail-contact-email-html = email: <a href="mailto:{ $email }">{ $email }</a>
mail-contact-phone-html = phone: <a href="tel:{ $tel }">{ $phone }</a>
ack-subject = We have received your complaint { $reference }
ack-received = We received your complaint on { $date }. Thank you for telling us about it: your complaint helps us improve our services.
ack-keep = Keep this number and this code: they let you follow your file at any time. Do not give them to anyone.
ack-follow = Track your file
ack-follow-link = Track your file: { $url }
ack-response-due = You will get a written answer by { $date } at the latest.
ack-confidential = Your complaint is handled confidentially. Only the people allowed to handle it have access to it.
ack-policy = Our complaint management policy
ack-policy-link = Our complaint management policy: { $url }
code-subject = Your new access code for complaint { $reference }
code-asked = You asked for a new access code for your complaint { $reference }.
code-asked-html = You asked for a new access code for your complaint <strong>{ $reference }</strong>.
code-new = Your new access code: { $code }
code-new-html = Your new access code: <strong>{ $code }</strong>
code-replaces = It replaces the old one, which no longer works. Keep it to yourself: with your complaint number, it lets you see your file.
code-file = See your file
code-file-link = See your file: { $url }
code-not-you = If you did not ask for anything, write to us: { $email }.
code-not-you-html = If you did not ask for anything, write to us: <a href="mailto:{ $email }">{ $email }</a>.
invite-subject = Your complaint { $reference }: does the solution work for you?
invite-sent = We have sent you our answer to your complaint { $reference }. Does the solution work for you?
invite-sent-html = We have sent you our answer to your complaint <strong>{ $reference }</strong>. Does the solution work for you?
invite-tell-us = Tell us in your file, with your complaint number and your access code: { $url }
invite-tell-us-html = <a href="{ $url }">Tell us in your file</a>, with your complaint number and your access code.
invite-other-ways = You can also simply answer us by email or by phone. Your opinion helps us improve our services.
# Between the versions of a message in two languages.
mail-next-language = French version below.

## Translations of the organisation's settings (the French is in config/organisation.toml);
## only in the languages other than French.
settings-director-title = Executive Director
settings-privacy-officer-title = Person in charge of the protection of personal information
settings-mission =
    CJEF helps young people aged 15 to 35 find their place in the world of work, and helps immigrants settle in the MRC des Appalaches.
    Each person gets support made for them, to find their place at work and in society.
settings-category-prestation-de-services = How we deliver our services
settings-category-delais = Delays
settings-category-attitude-du-personnel = The attitude of our staff
settings-category-produits = Documents, workshops or tools
settings-category-autre = Something else
settings-service-recherche-emploi = Help finding a job
settings-service-orientation = School and career guidance
settings-service-immigration = Welcome and integration of immigrants
settings-service-entrepreneuriat = Youth entrepreneurship
settings-service-perseverance = Staying in school
settings-service-autre = Another service
settings-board-title = Chair of the Board of Directors


## What is wrong with a field of the complaint form.
error-name-missing = Please enter your name, or check “I would rather stay anonymous”.
error-name-too-long = Your name is too long (no more than { $max } characters).
error-name-letters = Your name must contain letters.
error-email-invalid = This email address does not seem valid. For example: name@example.com
error-email-too-long = This email address is too long (no more than { $max } characters).
error-phone-invalid = This phone number does not seem valid. For example: 418 555-0123, and ext. 12 if needed.
error-contact-missing = Please give an email or a phone number so that we can answer you, or check “I would rather stay anonymous”.
# $field is the field to erase: name, email, phone, address_street, address_city or address_postal_code.
error-anonymous-erase = You chose to stay anonymous: please erase { $field ->
    [name] your name
    [email] your email
    [phone] your phone number
    [address_street] your street address
    [address_city] your city
   *[address_postal_code] your postal code
}, or uncheck “I would rather stay anonymous”.
error-street-missing = Please enter the number, the street and, if there is one, the apartment.
error-city-missing = Please enter the city.
error-address-too-long = Please write this part of the address in no more than { $max } characters.
error-province-invalid = Please enter the province in two letters, for example QC.
error-postal-code-missing = Please enter the postal code, for example G6G 1A1.
error-postal-code-invalid = This postal code does not seem valid. For example: G6G 1A1.
error-category-missing = Please choose what best describes your complaint.
error-category-unknown = This choice does not exist. Please choose one of the categories in the list.
error-service-unknown = This service does not exist. Please choose one of the services in the list.
error-description-missing = Please describe what happened: it is the most important part of your complaint.
error-description-too-long = Your description of what happened is too long: { $length } characters, and the limit is { $max }.
error-outcome-too-long = Your text about the result you would like is too long: { $length } characters, and the limit is { $max }.
error-about-staff-too-long = Your text about the person your complaint is about is too long: { $length } characters, and the limit is { $max }.
error-text-characters = This text contains characters that are not allowed.
error-consent-missing = We need your consent to handle your complaint: please check the box.


## What is wrong with what the client sent from their file.
error-addition-missing = Please write the information you want to add.
error-addition-too-long = What you are adding is too long: { $length } characters, and the limit is { $max }.
error-comment-too-long = Your comment is too long: { $length } characters, and the limit is { $max }.
error-withdraw-confirm = Please check the box to confirm that you are withdrawing your complaint.
error-satisfaction-missing = Please choose whether the solution works for you or not.
error-step-finished = Your complaint is closed or withdrawn: this request is no longer possible. You can still see your file.
error-step-follow-up-not-open = You will be able to say if the solution works for you once we have sent the written answer.
error-step-not-possible = This request is no longer possible at this stage of your file. Open your file again to see where it stands.

## The written response's frame (the letter's own text is what staff wrote, in French).
response-subject = Answer to your complaint { $reference }
response-date = { $date }
response-object = Subject: answer to your complaint { $reference }
response-settled = If the situation is not settled for you, tell us, with your complaint number, by writing to { $email } or by calling { $phone }: we can reopen your complaint. You can see your file at any time with your complaint number and your access code.
response-anonymous = By { $date }, tell us in your online file if this solution works for you. You can see your file at any time with your complaint number and your access code.
response-follow-up = We will contact you by { $date } to make sure that this solution works for you. You can also see your file at any time with your complaint number and your access code.
response-closing = Sincerely,
response-for = for { $organisation }
response-question = If you have any questions:

## The notice of a later written response (the reason is what staff wrote, in French).
extension-subject = Your complaint { $reference }: our answer will come by { $date } at the latest
extension-more-time = We need more time to answer you about your complaint { $reference }.
extension-more-time-html = We need more time to answer you about your complaint <strong>{ $reference }</strong>.
extension-reason = Reason: { $reason }
extension-new-date = You will get our written answer by { $date } at the latest, instead of { $first }.
extension-new-date-html = You will get our written answer <strong>by { $date } at the latest</strong>, instead of { $first }.
extension-file-link = You can see your file at any time with your complaint number and your access code: { $url }
extension-file-html = You can see <a href="{ $url }">your file</a> at any time with your complaint number and your access code.
