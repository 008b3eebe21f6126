# Every word of the public journey and of the mail to clients, in Arabic
# (Modern Standard Arabic), translated from the French (fr-CA) reference.
# Western digits 0-9 everywhere; Arabic punctuation (، ؛ ؟), « » quotation
# marks, no space before « : ; ! ? »; the polite plural form of address.
number-grouping = {","}
## The language itself: its name in itself for the language choice, in
## French for the staff, and which way it is written.
language-name = العربية
language-french-name = arabe
language-direction = rtl

## Dates and times (the months and weekdays, then how they are put together).
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
# « 14 ديسمبر 2026 »: the day, the month, the year.
date = { $day } { $month } { $year }
date-time = { $minutes ->
    [0] { $date }، الساعة { $hour }:00
   *[other] { $date }، الساعة { $hour }:{ $minute }
}
long-date = { $weekday } { $date }
phone-with-extension = { $number }، الرقم الداخلي { $extension }

## Every public page: the layout.
skip-to-content = الانتقال إلى المحتوى
nav-languages = اللغة
nav-main = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-complain = تقديم شكوى
nav-follow-up = متابعة شكواي
nav-policy = السياسة
nav-privacy = السرية
footer-question = هل لديكم سؤال عن شكوى؟
footer-policy = سياسة إدارة الشكاوى
contact-email = البريد الإلكتروني:
contact-phone = الهاتف:
error-prefix = خطأ:

## The home page.
home-title = الشكاوى المتعلقة بجودة الخدمات
home-heading = لم تكونوا راضين عن إحدى خدماتنا؟ أخبرونا بذلك.
home-lead = شكواكم تساعدنا على تحسين خدماتنا. نحن نعالجها باحترام وبسرعة وبسرية تامة. يمكنكم تقديم شكوى دون خوف: لن يغيّر ذلك شيئًا في الخدمات التي تحصلون عليها.
home-complain-online = تقديم شكوى عبر الإنترنت
home-already-html = هل قدّمتم شكوى من قبل؟ <a href="{ $link }suivi/">تابعوا شكواكم</a> برقم الشكوى ورمز الدخول الخاصّين بكم.
home-who = من نحن؟
home-how = كيف تقدّمون شكوى؟
home-how-lead = اختاروا الطريقة التي تناسبكم أكثر. يمكنكم الكتابة بالعربية أو بالفرنسية، بكلماتكم الخاصة. ويمكن أيضًا لشخص تثقون به أن يساعدكم.
home-way-online-html = <strong>عبر الإنترنت:</strong> املؤوا <a href="{ $link }porter-plainte/">استمارة الشكوى</a>. يستغرق ذلك بضع دقائق.
home-way-phone-html = <strong>بالهاتف:</strong> اتصلوا على الرقم <a href="tel:{ $tel }">{ $phone }</a> واطلبوا التحدث إلى { $name }.
home-way-in-person-html = <strong>حضوريًا:</strong> تعالوا إلى مكاتبنا واطلبوا التحدث إلى { $name }.
home-way-writing-html = <strong>كتابيًا:</strong> أرسلوا بريدًا إلكترونيًا إلى <a href="mailto:{ $email }">{ $email }</a>، أو رسالة بالبريد موجّهة إلى { $name }.
home-next = ماذا يحدث بعد ذلك
home-step-acknowledgement-html = <strong>إشعار الاستلام.</strong> { $hours ->
    [zero] خلال { $hours } ساعة
    [one] خلال ساعة واحدة
    [two] خلال ساعتين
    [few] خلال { $hours } ساعات
    [many] خلال { $hours } ساعة
   *[other] خلال { $hours } ساعة
}، نؤكد لكم أننا استلمنا شكواكم. إذا استخدمتم الاستمارة عبر الإنترنت، تحصلون فورًا على رقم شكوى.
home-step-analysis-html = <strong>التحليل.</strong> يدرس شخص مسؤول شكواكم لمعرفة سبب المشكلة. لا يقرأ شكواكم إلا الأشخاص المخوَّلون بمعالجتها.
home-step-response-html = <strong>الرد المكتوب.</strong> تصلكم إجابة مكتوبة { $days ->
    [zero] خلال { $days } يوم عمل
    [one] خلال يوم عمل واحد
    [two] خلال يومَي عمل
    [few] خلال { $days } أيام عمل
    [many] خلال { $days } يوم عمل
   *[other] خلال { $days } يوم عمل
} من استلام شكواكم. تشرح هذه الإجابة ما نفعله لحل المشكلة.
home-step-follow-up-html = <strong>المتابعة.</strong> بعد حوالي { $days ->
    [zero] { $days } يوم عمل
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $days } أيام عمل
    [many] { $days } يوم عمل
   *[other] { $days } يوم عمل
} من ردّنا، نتأكد معكم من أن الحل يناسبكم. وعند الحاجة، نُجري تعديلات.
home-business-days = أيام العمل هي من الاثنين إلى الجمعة، ما عدا أيام العطل الرسمية والأيام التي تكون فيها مكاتبنا مغلقة.
home-rights = حقوقكم
home-right-respect-html = <strong>الاحترام:</strong> تُعالَج شكواكم باحترام وبمهنية.
home-right-quality-html = <strong>خدمات ذات جودة:</strong> من حقكم الحصول على خدمات عالية الجودة، حسب التزاماتنا ومعاييرنا.
home-right-confidentiality-html = <strong>السرية:</strong> ما تقولونه لنا يبقى سريًا. لا يطّلع عليه إلا الأشخاص المخوَّلون بمعالجة شكواكم.
home-right-file-html = <strong>الاطلاع على ملفكم:</strong> يمكنكم الاطلاع على ملفكم وعلى كل ما يتعلق بشكواكم، في أي وقت.
home-right-no-fear-html = <strong>الحق في الشكوى دون خوف:</strong> يمكنكم أن تقولوا بحرية ما لا يناسبكم. ونحن نشجعكم على ذلك. لن تكون لذلك أي عواقب سلبية عليكم.
home-learn-more-html = لمعرفة المزيد، اقرؤوا <a href="{ $link }politique/">سياستنا لإدارة الشكاوى</a> و<a href="{ $link }confidentialite/">صفحتنا عن السرية</a>.

## The complaint form.
form-title = تقديم شكوى
form-lead = أخبرونا بما لم يناسبكم. يستغرق ذلك بضع دقائق. اكتبوا ببساطة، بكلماتكم الخاصة، بالعربية أو بالفرنسية: الأخطاء اللغوية ليست مشكلة.
form-rather-talk-html = تفضّلون التحدث إلى شخص؟ اتصلوا على الرقم <a href="tel:{ $tel }">{ $phone }</a> واطلبوا { $name }.
form-errors-heading = لم تُرسَل شكواكم بعد. صحّحوا { $count ->
    [zero] هذه النقاط
    [one] هذه النقطة
    [two] هاتين النقطتين
    [few] هذه النقاط
    [many] هذه النقاط
   *[other] هذه النقاط
}:
form-contact = كيف نتواصل معكم
form-contact-help = أعطونا طريقة واحدة على الأقل للتواصل معكم: بريدكم الإلكتروني أو هاتفكم. يصلكم ردّنا المكتوب بالبريد الإلكتروني إذا أعطيتمونا عنوانًا إلكترونيًا، وإلا فبالبريد العادي على عنوانكم. تفضّلون عدم الكشف عن هويتكم؟ ضعوا علامة في الخانة أدناه.
form-anonymous = أفضّل عدم الكشف عن هويتي
form-anonymous-help = في هذه الحالة، اتركوا الخانات التالية فارغة: اسمكم وبريدكم الإلكتروني وهاتفكم وعنوانكم. انتبهوا: لن نتمكن من الكتابة إليكم ولا من الاتصال بكم. بعد الإرسال، ستحصلون على رقم شكوى ورمز دخول. احتفظوا بهما جيدًا: فهما يسمحان لكم بمتابعة ملفكم.
form-name = اسمكم
form-name-required = (إلزامي، إلا إذا اخترتم عدم الكشف عن هويتكم)
form-email = البريد الإلكتروني
form-email-example = على سبيل المثال: name@example.ca
form-phone = الهاتف
form-phone-example = على سبيل المثال: 418 555-1234
form-address = عنوانكم البريدي
form-optional = (اختياري)
form-required = (إلزامي)
form-address-help = مفيد إذا احتجنا إلى إرسال رسالة إليكم بالبريد. على سبيل المثال: 12, rue Notre-Dame Est, app. 3, Thetford Mines, QC, G6G 1A1.
form-street = الرقم والشارع والشقة
form-city = المدينة
form-province = المقاطعة
form-postal-code = الرمز البريدي
form-category = تتعلق شكواكم بـ…
form-service = ما الخدمة المعنية؟
form-service-none = لا أعرف / لا خدمة بعينها
form-description = صِفوا ما حدث
form-description-help = أخبرونا بما حدث، ومتى، ومع مَن إن كنتم تعرفون. { $max } حرف على الأكثر.
form-outcome = ما الذي يحل المشكلة بالنسبة لكم؟
form-outcome-help = على سبيل المثال: اعتذار، أو موعد جديد، أو تغيير في طريقة عملنا. { $max } حرف على الأكثر.
form-about = هل تخص شكواكم شخصًا من فريقنا؟
form-about-help = إذا كان الأمر كذلك، يمكنكم ذكر ذلك هنا. لن يقرأ هذا الشخص شكواكم ولن يتولى معالجتها.
form-about-staff = اسم الشخص أو دوره، كما تعرفونه
form-about-director = شكواي تخص الإدارة العامة
form-about-director-help = في هذه الحالة، لن يعالجها إلا مجلس الإدارة. ولن تعلم الإدارة بها شيئًا.
form-consent = أوافق على استخدام المعلومات الواردة في هذه الاستمارة لمعالجة شكواي.
form-consent-help-html = لن يتمكن من قراءتها إلا الأشخاص المخوَّلون بمعالجة شكواكم. <a href="{ $link }confidentialite/">كيف نحمي معلوماتكم</a>
form-honeypot = لا تملؤوا هذه الخانة
form-send = إرسال شكواي
sending = جارٍ الإرسال…
form-after = بعد الإرسال، سترون رقم شكواكم ورمز الدخول الخاص بكم.

## The page for an address that leads nowhere.
not-found-title = الصفحة غير موجودة
not-found-lead = عذرًا، هذه الصفحة غير موجودة أو تغيّر عنوانها.
not-found-you-can = يمكنكم:
not-found-home-html = العودة إلى <a href="{ $link }">الصفحة الرئيسية</a>؛
not-found-form-html = <a href="{ $link }porter-plainte/">تقديم شكوى عبر الإنترنت</a>؛
not-found-policy-html = قراءة <a href="{ $link }politique/">سياستنا لإدارة الشكاوى</a>.
not-found-help-html = تحتاجون إلى مساعدة؟ اكتبوا إلى <a href="mailto:{ $email }">{ $email }</a> أو اتصلوا على الرقم <a href="tel:{ $tel }">{ $phone }</a>.

## A page for an error.
error-back = قد تتمكنون من استعادة ما كتبتموه بالضغط على زر «رجوع» في متصفحكم.
error-to-form = العودة إلى الاستمارة
need-help = تحتاجون إلى مساعدة؟
error-other-ways = يمكنكم أيضًا تقديم شكوى بالهاتف أو بالبريد الإلكتروني.

## What a form that filled the anti-robot field gets.
honeypot-title = تم استلام الرسالة
honeypot-lead = شكرًا. إذا لم تعطكم هذه الصفحة رقم شكوى يبدأ بـ«P-»، فهذا يعني أن شكواكم لم تُسجَّل.
honeypot-reach-us = في هذه الحالة، تواصلوا معنا مباشرة: سنستقبل شكواكم بالهاتف أو بالبريد الإلكتروني.

## The policy page.
policy-lead-html = هذه سياستنا كاملة. لتقديم شكوى، استخدموا <a href="{ $link }porter-plainte/">الاستمارة عبر الإنترنت</a> أو تواصلوا معنا.
policy-translation-html = هذه ترجمة أمينة للسياسة. <a href="{ $link }" hreflang="fr-CA">النص الفرنسي</a> وحده هو النص الرسمي.

## The confirmation, once a complaint is stored.
confirmation-title = تم استلام الشكوى { $reference }
confirmation-heading = لقد استلمنا شكواكم
confirmation-thanks = شكرًا لمساعدتنا على تحسين خدماتنا.
confirmation-already = كنّا قد استلمنا هذه الشكوى من قبل. لم تُسجَّل مرة ثانية: لا تحتاجون إلى فعل أي شيء من جديد.
confirmation-reference = رقم شكواكم
confirmation-reference-help = اذكروا هذا الرقم في كل مرة تتواصلون فيها معنا بخصوص شكواكم.
confirmation-code = رمز الدخول الخاص بكم
confirmation-note-code-html = <strong>دوّنوا هذا الرمز الآن. لن يظهر مرة أخرى أبدًا.</strong> اكتبوه على ورقة أو التقطوا صورة لهذه الشاشة.
confirmation-code-help = مع رقم الشكوى، يسمح لكم هذا الرمز بالاطلاع على ملفكم. احفظوه في مكان آمن ولا تعطوه لأي أحد.
confirmation-code-given = أُعطي لكم رمز الدخول عندما أرسلتم هذه الشكوى أول مرة. من أجل أمانكم، لا نعرضه إلا مرة واحدة.
confirmation-code-given-email = أُعطي لكم رمز الدخول عندما أرسلتم هذه الشكوى أول مرة. وهو موجود أيضًا في إشعار الاستلام الذي أُرسل إليكم بالبريد الإلكتروني. من أجل أمانكم، لا نعرضه إلا مرة واحدة.
confirmation-code-lost-html = لا تجدونه؟ إذا كنتم قد أعطيتمونا بريدًا إلكترونيًا، فاطلبوا رمزًا جديدًا في صفحة <a href="{ $link }suivi/">متابعة شكواي</a>. وإلا، فتواصلوا معنا (معلومات الاتصال أدناه).
confirmation-later-html = للاطلاع على ملفكم لاحقًا، اذهبوا إلى صفحة <a href="{ $link }suivi/">متابعة شكواي</a>.
confirmation-next = الخطوات التالية
confirmation-received = تاريخ الاستلام:
confirmation-ack-email-html = <strong>إشعار الاستلام:</strong> أرسلنا إليكم إشعار استلام بالبريد الإلكتروني. لم يصلكم حتى <span class="date">{ $due }</span>؟ ابحثوا في مجلد الرسائل غير المرغوب فيها، ثم تواصلوا معنا.
confirmation-ack-page-html = <strong>إشعار الاستلام:</strong> هذه الصفحة هي إشعار الاستلام الخاص بكم. احتفظوا بنسخة منها (صورة أو نسخة مطبوعة).
confirmation-response-html = <strong>الرد المكتوب:</strong> في موعد أقصاه <span class="date">{ $due }</span>. سيشرح الرد ما نفعله لحل المشكلة. إذا اخترتم عدم الكشف عن هويتكم، فستجدونه في ملفكم.
confirmation-reach-us = للتواصل معنا
confirmation-question = لأي سؤال عن شكواكم، تواصلوا معنا. واذكروا رقم شكواكم.

## The privacy notice.
privacy-title = السرية والمعلومات الشخصية
privacy-lead = عندما تقدّمون شكوى، فإنكم تأتمنوننا على معلومات شخصية. نحن نحميها، كما تطلب قوانين كيبيك الخاصة بحماية المعلومات الشخصية (ومنها القانون 25). إليكم ما نفعله بها.
privacy-collect = ما نجمعه
privacy-collect-contact = اسمكم وبريدكم الإلكتروني ورقم هاتفكم، إذا أعطيتمونا إياها.
privacy-collect-text = ما تكتبونه في شكواكم: ما حدث وما يحل المشكلة بالنسبة لكم.
privacy-collect-kind = نوع الشكوى والخدمة المعنية.
privacy-collect-steps = تاريخ الاستلام ومراحل معالجة شكواكم.
privacy-collect-anonymous = إذا اخترتم عدم الكشف عن هويتكم، فلن نطلب منكم اسمكم ولا معلومات الاتصال بكم. لا تكتبوا في شكواكم معلومات لا نحتاج إليها، مثل رقم التأمين الاجتماعي أو معلومات عن صحتكم.
privacy-why = لماذا نجمعها
privacy-why-handle = لمعالجة شكواكم: دراستها والرد عليكم والمتابعة.
privacy-why-reach = للتواصل معكم بخصوص شكواكم، إذا تركتم لنا معلومات الاتصال بكم.
privacy-why-statistics-html = لإعداد إحصاءات <strong>بدون أسماء</strong>، تساعدنا على تحسين خدماتنا.
privacy-why-nothing-else = لا نستخدمها لأي شيء آخر. لا نبيعها ولا نعطيها لأي أحد آخر دون موافقتكم، إلا إذا ألزمنا القانون بذلك.
privacy-consent = موافقتكم
privacy-consent-text = في الاستمارة، نطلب موافقتكم في خانة مستقلة. بدون هذه الموافقة، لا يمكننا معالجة شكواكم عبر الإنترنت. يمكنكم عندها تقديم شكوى بالهاتف أو حضوريًا.
privacy-who = مَن يمكنه رؤيتها
privacy-who-text = لا يمكن أن يرى معلوماتكم إلا الأشخاص المخوَّلون بمعالجة شكواكم: الإدارة والشخص المسؤول عن ملفكم. إذا كانت شكواكم تخص أحد الموظفين، فلا يمكن لهذا الشخص الاطلاع على ملفكم.
privacy-how-long = كم من الوقت نحتفظ بها
privacy-how-long-text = نحتفظ بمعلوماتكم طوال مدة الحفظ التي تحددها المنظمة، بعد إغلاق ملفكم. بعد ذلك، تصبح مجهولة الهوية: نحذف منها كل ما يسمح بالتعرف عليكم. ولا نحتفظ إلا بإحصاءات بدون أسماء.
privacy-where = أين نحفظها
privacy-where-text = تُحفَظ معلوماتكم في كندا، بطريقة آمنة.
privacy-right-see-html = <strong>الاطلاع:</strong> يمكنكم رؤية المعلومات التي لدينا عنكم والحصول على نسخة منها.
privacy-right-correct-html = <strong>التصحيح:</strong> يمكنكم طلب تصحيح أي معلومة غير صحيحة أو ناقصة.
privacy-right-withdraw-html = <strong>السحب:</strong> يمكنكم سحب موافقتكم أو شكواكم في أي وقت.
privacy-rights-how = لممارسة هذه الحقوق، تواصلوا مع الشخص المسؤول عن حماية المعلومات الشخصية. إذا لم يناسبكم ردّنا، يمكنكم التوجه إلى Commission d’accès à l’information du Québec (وهي هيئة عامة في كيبيك تهتم بحماية المعلومات الشخصية).
privacy-officer = الشخص المسؤول عن حماية المعلومات الشخصية

## The form that opens a client's file, and the lost-code form.
access-lead = اطّلعوا على ملفكم: أين وصلت شكواكم، وردودنا، والمواعيد التي وعدنا بها.
access-refused = لم يُفتَح ملفكم
access-where = حصلتم على رقم شكواكم ورمز الدخول بعد إرسال شكواكم، على الشاشة وفي إشعار الاستلام المرسَل بالبريد الإلكتروني.
access-reference = رقم الشكوى
access-reference-example = على سبيل المثال: P-2026-0042
access-code = رمز الدخول
access-code-help = حروف وأرقام رمزكم، مع الشَّرطات (-) أو بدونها، بالحروف اللاتينية الكبيرة أو الصغيرة.
access-open = فتح ملفي
access-opening = جارٍ الفتح…
access-secret-html = <strong>احتفظوا برمز الدخول سرًّا.</strong> أي شخص لديه رقمكم ورمزكم يمكنه قراءة ملفكم. لن نطلب منكم رمزكم أبدًا بالهاتف أو بالبريد الإلكتروني.
lost-code-heading = فقدتم رمز الدخول؟
lost-code-help-html = اكتبوا رقم شكواكم والبريد الإلكتروني الذي أعطيتمونا إياه مع شكواكم. إذا كانا يطابقان شكوى، نرسل رمز دخول <strong>جديدًا</strong> إلى هذا البريد الإلكتروني. ولن يعمل الرمز القديم بعد ذلك.
lost-code-email-help = البريد الإلكتروني المكتوب في شكواكم. على سبيل المثال: name@example.ca
lost-code-send = الحصول على رمز جديد
lost-code-no-email = لم تعطونا بريدًا إلكترونيًا، أو اخترتم عدم الكشف عن هويتكم؟ تواصلوا معنا. سنساعدكم.

## The answer to a lost-code request.
lost-code-title = فقدان رمز الدخول
lost-code-sent = إذا كان رقم الشكوى هذا والبريد الإلكتروني هذا يطابقان شكوى، فسيُرسَل رمز دخول جديد إلى هذا البريد الإلكتروني: يصل خلال بضع دقائق ويحل محل الرمز القديم.
lost-code-wait = قد تستغرق الرسالة بضع دقائق حتى تصل. انظروا أيضًا في مجلد الرسائل غير المرغوب فيها.
lost-code-back = العودة إلى «متابعة شكواي»
lost-code-nothing = لم يصلكم شيء؟
lost-code-check = تحققوا من رقم الشكوى والبريد الإلكتروني، ثم حاولوا مرة أخرى. يمكنكم أيضًا التواصل معنا. واذكروا رقم شكواكم.

## The printable file.
print-title = ملف الشكوى { $reference }
print-heading-html = ملف الشكوى <span class="date" dir="ltr">{ $reference }</span>
print-how = لطباعة هذه الصفحة أو حفظها بصيغة PDF، اختاروا «طباعة» في قائمة متصفحكم. رمز الدخول الخاص بكم غير موجود فيها.

## The client's file and what they may do now.
file-title = ملفي { $reference }
file-heading-html = ملفي <span class="date" dir="ltr">{ $reference }</span>
file-refused = لم يُسجَّل طلبكم
file-secret-html = <strong>احتفظوا برمز الدخول سرًّا.</strong> أي شخص لديه رقم شكواكم ورمزكم يمكنه قراءة هذا الملف.
file-not-kept-html = لحماية معلوماتكم، لا يحفظ متصفحكم هذه الصفحة. لرؤيتها لاحقًا، عودوا إلى <a href="{ $link }suivi/">متابعة شكواي</a> وأدخلوا رقمكم ورمزكم من جديد. إذا كان الجهاز مشتركًا، أغلقوا النافذة عند الانتهاء.
file-on-this-page = في هذه الصفحة
file-status = أين وصلت شكواكم
file-deadlines = مواعيدنا
file-complaint = شكواكم
file-responses-short = ردودنا
file-history = السجل
file-actions = ما يمكنكم فعله
file-closed = لم يعد بإمكانكم تعديل هذا الملف. لكن يمكنكم دائمًا الحصول على نسخة منه. لديكم سؤال؟ تواصلوا معنا (معلومات الاتصال أسفل الصفحة).
file-add = إضافة معلومة
file-add-text = المعلومة التي تريدون إضافتها
file-add-help = على سبيل المثال: تاريخ، أو اسم، أو أمر نسيتموه. سنُعلِم الشخص المسؤول عن شكواكم بوجود معلومة جديدة. لن تتضمن هذه الرسالة الإلكترونية نصكم: سيقرؤه هذا الشخص هنا، في ملفكم.
file-add-send = إضافة إلى ملفي
file-satisfaction = أخبرونا إن كان الحل يناسبكم
file-satisfaction-question = هل يناسبكم الحل؟
file-satisfied = نعم، الحل يناسبني
file-not-satisfied = لا، الحل لا يناسبني
file-comment = تعليقكم
file-comment-help = أخبرونا بما يناسبكم أو بما لا يزال ناقصًا. سيقرؤه الشخص المسؤول عن شكواكم.
file-satisfaction-send = إرسال ردّي
file-withdraw = سحب شكواي
file-withdraw-help-html = إذا سحبتم شكواكم، نتوقف عن معالجتها وتُغلَق. <strong>لن تتمكنوا من إلغاء هذا السحب.</strong> ومع ذلك، يمكنكم تقديم شكوى جديدة لاحقًا.
file-withdraw-confirm = أؤكد أنني أسحب شكواي. ستُغلَق الشكوى.
file-copy = الحصول على نسخة من ملفي
file-copy-right = يمنحكم قانون كيبيك الخاص بالمعلومات الشخصية (القانون 25) الحق في الحصول على نسخة من ملفكم.
file-download = تنزيل ملفي (JSON)
file-download-help = ملف يمكن لبرامج أخرى قراءته.
file-printable = نسخة للطباعة
file-printable-help = ملفكم في صفحة بسيطة، للطباعة أو للحفظ بصيغة PDF من متصفحكم.

## The file itself (page and printable version).
file-received = تاريخ الاستلام
file-channel = طريقة الاستلام
file-no-deadline = لا توجد مواعيد حاليًا.
file-deadline-label = { $label }:
file-kept = تم احترام الموعد
file-late = تم تجاوز الموعد
file-running = قيد التنفيذ
file-category = الموضوع
file-service = الخدمة
file-not-given = غير محدد
file-anonymous = شكوى مجهولة الهوية
file-anonymous-help = اخترتم عدم الكشف عن هويتكم. ردودنا المكتوبة موجودة في هذا الملف.
file-what-happened = ما حدث
file-outcome = ما يحل المشكلة
file-outcome-none = لم تحددوا ذلك.
file-responses = ردودنا المكتوبة
file-no-response = لم نرسل إليكم ردًا مكتوبًا بعد.
file-letter-in-file = أُضيف إلى هذا الملف في { $date }.
file-letter-sent = أُرسل في { $date }، { $means }.
file-additions = ما أضفتموه
file-addition-at = في { $date }:
file-opinion = رأيكم في الحل
file-answer = ردّكم
file-answered = تاريخ الرد
file-nothing-yet = لا شيء حاليًا.

## The client's file: what the site says after a request.
client-refused = رقم الشكوى أو رمز الدخول غير صحيح. تحققوا منهما في رسالة إشعار الاستلام الإلكترونية أو في صفحة التأكيد.
client-too-many-tries = محاولات كثيرة جدًا برمز غير صحيح. من أجل الأمان، لا يمكن فتح ملفكم قبل { $date }. حاولوا مرة أخرى في ذلك الوقت، أو اطلبوا رمزًا جديدًا.
client-unavailable-title = الخدمة غير متاحة مؤقتًا
client-unavailable = الخدمة غير متاحة مؤقتًا. حاولوا مرة أخرى بعد بضع دقائق؛ ما أرسلتموه من قبل محفوظ.
client-information-added = أُضيفت معلومتكم إلى ملفكم. وقد أُبلغ الشخص الذي يعالج شكواكم بذلك.
client-withdrawn = تم سحب شكواكم وإغلاق ملفها. لا يزال بإمكانكم الاطلاع عليه، وتقديم شكوى من جديد عند الحاجة.
client-answered = شكرًا على ردّكم. لقد أُضيف إلى ملفكم، وأُبلغ الشخص الذي يعالج شكواكم بذلك.

## Where the complaint stands, for the client.
status-received = تم الاستلام
status-acknowledged = تم تأكيد الاستلام
status-in-analysis = قيد الدراسة
status-decided = تم اتخاذ القرار
status-answered = تم إرسال الرد
status-followed-up = تمت المتابعة
status-closed = تم الإغلاق
status-withdrawn = تم السحب
explain-received = تم تسجيل شكواكم. ستصلكم إجابة مكتوبة في موعد أقصاه { $date }.
explain-in-analysis = يدرس شخص مسؤول شكواكم. ستصلكم إجابة مكتوبة في موعد أقصاه { $date }.
explain-answered = أُرسلت إليكم الإجابة المكتوبة. أخبرونا إن كان الحل يناسبكم: هذه هي المتابعة التي تعد بها السياسة.
explain-followed-up = تمت المتابعة. سيُغلَق ملفكم بعد تطبيق الإجراءات المقرَّرة.
explain-closed = ملفكم مغلق. لا يزال بإمكانكم الاطلاع عليه والحصول على نسخة منه.
explain-withdrawn = لقد سحبتم شكواكم. لا يزال بإمكانكم الاطلاع على الملف والحصول على نسخة منه.

## The promises, as the client's file shows them.
promise-acknowledgement = إشعار الاستلام
promise-response = الرد المكتوب
promise-new-response = رد مكتوب جديد
promise-follow-up = المتابعة
promise-due-by = في موعد أقصاه { $date }
promise-moot-withdrawn = لا ينطبق: لقد سحبتم شكواكم.
promise-moot-closed = لا ينطبق: ملفكم مغلق.
promise-kept = تم في { $date }، ضمن المدة الموعودة.
promise-kept-late = تم في { $date }، بعد انتهاء المدة الموعودة.
promise-overdue = لم يتم بعد: انتهت المدة الموعودة. يمكنكم التواصل مع الإدارة.
promise-due = لم يحن موعده بعد.
# $reason is written by staff, in French.
promise-extended = تم تمديد المدة (كان الموعد المحدد { $date }). السبب: { $reason }

## How a complaint came in, how it was answered, what the client said.
channel-web = الموقع الإلكتروني
channel-telephone = الهاتف
channel-in-person = حضوريًا
channel-mail = البريد العادي
channel-email = البريد الإلكتروني
acknowledged-email = بالبريد الإلكتروني
acknowledged-page = صفحة التأكيد على الموقع
acknowledged-telephone = بالهاتف
acknowledged-in-person = حضوريًا
acknowledged-letter = برسالة بريدية
means-email = بالبريد الإلكتروني
means-post = بالبريد العادي
means-file = عبر الملف على الإنترنت
satisfaction-satisfied = الحل يناسبني
satisfaction-not-satisfied = الحل لا يناسبني
satisfaction-no-answer = لا يوجد رد

## The file's history, for the client.
# $channel is the way it came in: web, telephone, in_person, mail or email.
event-received = تم استلام الشكوى ({ $channel ->
    [telephone] الهاتف
    [in_person] حضوريًا
    [mail] البريد العادي
    [email] البريد الإلكتروني
   *[web] الموقع الإلكتروني
})
event-acknowledged = تم تأكيد الاستلام: { $means }
event-assigned = تم تعيين شخص مسؤول عن الشكاوى لدراستها
event-decided = تم اتخاذ قرار بشأن الحل
event-response-in-file = وُضع الرد المكتوب في هذا الملف
event-response-sent = أُرسل الرد المكتوب { $means }
event-response-extended = تم تمديد موعد الرد المكتوب حتى { $date }
event-adjustment = تعديل مقرَّر حتى يناسبكم الحل
# $answer is satisfied, not_satisfied or no_answer.
event-followed-up = المتابعة: { $answer ->
    [satisfied] الحل يناسبكم
    [not_satisfied] الحل لا يناسبكم
   *[no_answer] لا يوجد رد
}
event-information-added = أضفتم معلومة
event-withdrawn = سحبتم شكواكم
event-code-reissued = أُرسل رمز دخول جديد
event-code-given = أُعطي لكم رمز دخول جديد بناءً على طلبكم
event-withdrawn-for-client = سحب موظفونا شكواكم بناءً على طلبكم
event-settled = تمت تسوية الشكوى فورًا وأُغلقت
event-closed = أُغلقت الشكوى
event-reopened = أُعيد فتح الشكوى لدراستها من جديد

## The mail to clients (each goes in the person's language, then in French).
mail-hello = مرحبًا،
mail-hello-name = مرحبًا { $name }،
mail-reference = رقم شكواكم: { $reference }
mail-access-code = رمز الدخول الخاص بكم: { $code }
mail-reference-label = رقم شكواكم:
mail-access-code-label = رمز الدخول الخاص بكم:
# $title is the contact's title (« المديرة العامة »).
mail-contact-intro = لأي سؤال، تواصلوا مع { $name }، { $title }:
mail-contact-email = البريد الإلكتروني: { $email }
mail-contact-phone = الهاتف: { $phone }
mail-contact-email-html = البريد الإلكتروني: <a href="mailto:{ $email }">{ $email }</a>
mail-contact-phone-html = الهاتف: <a href="tel:{ $tel }">{ $phone }</a>
ack-subject = لقد استلمنا شكواكم { $reference }
ack-received = لقد استلمنا شكواكم في { $date }. شكرًا لأنكم أخبرتمونا بها: شكواكم تساعدنا على تحسين خدماتنا.
ack-keep = احتفظوا بهذا الرقم وهذا الرمز: فهما يسمحان لكم بمتابعة ملفكم في أي وقت. لا تعطوهما لأي أحد.
ack-follow = متابعة ملفكم
ack-follow-link = متابعة ملفكم: { $url }
ack-response-due = ستصلكم إجابة مكتوبة في موعد أقصاه { $date }.
ack-confidential = تُعالَج شكواكم بسرية. لا يطّلع عليها إلا الأشخاص المخوَّلون بمعالجتها.
ack-policy = سياستنا لإدارة الشكاوى
ack-policy-link = سياستنا لإدارة الشكاوى: { $url }
code-subject = رمز الدخول الجديد الخاص بكم للشكوى { $reference }
code-asked = طلبتم رمز دخول جديدًا لشكواكم { $reference }.
code-asked-html = طلبتم رمز دخول جديدًا لشكواكم <strong>{ $reference }</strong>.
code-new = رمز الدخول الجديد الخاص بكم: { $code }
code-new-html = رمز الدخول الجديد الخاص بكم: <strong>{ $code }</strong>
code-replaces = يحل هذا الرمز محل الرمز القديم، الذي لم يعد يعمل. احتفظوا به لأنفسكم: مع رقم شكواكم، يسمح هذا الرمز بالاطلاع على ملفكم.
code-file = الاطلاع على ملفكم
code-file-link = الاطلاع على ملفكم: { $url }
code-not-you = إذا لم تطلبوا شيئًا، فاكتبوا إلينا: { $email }.
code-not-you-html = إذا لم تطلبوا شيئًا، فاكتبوا إلينا: <a href="mailto:{ $email }">{ $email }</a>.
invite-subject = شكواكم { $reference }: هل يناسبكم الحل؟
invite-sent = أرسلنا إليكم ردّنا على شكواكم { $reference }. هل يناسبكم الحل؟
invite-sent-html = أرسلنا إليكم ردّنا على شكواكم <strong>{ $reference }</strong>. هل يناسبكم الحل؟
invite-tell-us = أخبرونا بذلك في ملفكم، باستخدام رقم شكواكم ورمز الدخول الخاص بكم: { $url }
invite-tell-us-html = <a href="{ $url }">أخبرونا بذلك في ملفكم</a>، باستخدام رقم شكواكم ورمز الدخول الخاص بكم.
invite-other-ways = يمكنكم أيضًا الرد علينا ببساطة بالبريد الإلكتروني أو بالهاتف. رأيكم يساعدنا على تحسين خدماتنا.
# Between the versions of a message in two languages.
mail-next-language = النسخة الفرنسية أدناه.

## Translations of the organisation's settings (the French is in config/organisation.toml);
## only in the languages other than French.
settings-director-title = المديرة العامة
settings-privacy-officer-title = الشخص المسؤول عن حماية المعلومات الشخصية
settings-mission =
    يساعد CJEF الشباب من 15 إلى 35 سنة على إيجاد مكانهم في عالم العمل، ويساعد الأشخاص المهاجرين على الاستقرار في منطقة MRC des Appalaches.
    يحصل فيه كل شخص على مرافقة فردية، ليجد مكانه في العمل وفي المجتمع.
settings-category-prestation-de-services = تقديم الخدمات
settings-category-delais = المواعيد ومدة الانتظار
settings-category-attitude-du-personnel = سلوك الموظفين
settings-category-produits = الوثائق أو ورش العمل أو الأدوات
settings-category-autre = أمر آخر
settings-service-recherche-emploi = المساعدة في البحث عن عمل
settings-service-orientation = التوجيه الدراسي والمهني
settings-service-immigration = استقبال الأشخاص المهاجرين وإدماجهم
settings-service-entrepreneuriat = ريادة الأعمال للشباب
settings-service-perseverance = المثابرة في الدراسة
settings-service-autre = خدمة أخرى
settings-board-title = رئاسة مجلس الإدارة


## What is wrong with a field of the complaint form.
error-name-missing = اكتبوا اسمكم، أو ضعوا علامة في خانة «أفضّل عدم الكشف عن هويتي».
error-name-too-long = اسمكم طويل جدًا ({ $max } حرف على الأكثر).
error-name-letters = يجب أن يحتوي اسمكم على حروف.
error-email-invalid = يبدو أن عنوان البريد الإلكتروني هذا غير صحيح. على سبيل المثال: name@example.com
error-email-too-long = عنوان البريد الإلكتروني هذا طويل جدًا ({ $max } حرف على الأكثر).
error-phone-invalid = يبدو أن رقم الهاتف هذا غير صحيح. على سبيل المثال: 418 555-0123، الرقم الداخلي 12 عند الحاجة.
error-contact-missing = اكتبوا بريدًا إلكترونيًا أو رقم هاتف لكي نتمكن من الرد عليكم، أو ضعوا علامة في خانة «أفضّل عدم الكشف عن هويتي».
# $field is the field to erase: name, email, phone, address_street, address_city or address_postal_code.
error-anonymous-erase = اخترتم عدم الكشف عن هويتكم: امسحوا { $field ->
    [name] اسمكم
    [email] بريدكم الإلكتروني
    [phone] رقم هاتفكم
    [address_street] عنوانكم
    [address_city] مدينتكم
   *[address_postal_code] رمزكم البريدي
}، أو أزيلوا العلامة من خانة «أفضّل عدم الكشف عن هويتي».
error-street-missing = اكتبوا الرقم والشارع، ورقم الشقة إن وُجد.
error-city-missing = اكتبوا المدينة.
error-address-too-long = اكتبوا هذا الجزء من العنوان في { $max } حرف على الأكثر.
error-province-invalid = اكتبوا المقاطعة بحرفين، على سبيل المثال QC.
error-postal-code-missing = اكتبوا الرمز البريدي، على سبيل المثال G6G 1A1.
error-postal-code-invalid = يبدو أن هذا الرمز البريدي غير صحيح. على سبيل المثال: G6G 1A1.
error-category-missing = اختاروا ما يصف شكواكم بشكل أفضل.
error-category-unknown = هذا الاختيار غير موجود. اختاروا إحدى الفئات المقترحة.
error-service-unknown = هذه الخدمة غير موجودة. اختاروا إحدى الخدمات المقترحة.
error-description-missing = صِفوا ما حدث: هذا هو الجزء الأهم في شكواكم.
error-description-too-long = وصفكم لما حدث طويل جدًا: عدد الأحرف { $length }، والحد الأقصى { $max }.
error-outcome-too-long = نصّكم عن النتيجة التي ترغبون فيها طويل جدًا: عدد الأحرف { $length }، والحد الأقصى { $max }.
error-about-staff-too-long = نصّكم عن الشخص المعني طويل جدًا: عدد الأحرف { $length }، والحد الأقصى { $max }.
error-text-characters = يحتوي هذا النص على رموز غير صالحة.
error-consent-missing = نحتاج إلى موافقتكم لمعالجة شكواكم: ضعوا علامة في الخانة.

## What is wrong with what the client sent from their file.
error-addition-missing = اكتبوا المعلومة التي تريدون إضافتها.
error-addition-too-long = ما أضفتموه طويل جدًا: عدد الأحرف { $length }، والحد الأقصى { $max }.
error-comment-too-long = تعليقكم طويل جدًا: عدد الأحرف { $length }، والحد الأقصى { $max }.
error-withdraw-confirm = ضعوا علامة في الخانة لتأكيد أنكم تسحبون شكواكم.
error-satisfaction-missing = اختاروا إن كان الحل يناسبكم أم لا.
error-step-finished = شكواكم مغلقة أو مسحوبة: لم يعد هذا الطلب ممكنًا. لا يزال بإمكانكم الاطلاع على ملفكم.
error-step-follow-up-not-open = ستتمكنون من إخبارنا إن كان الحل يناسبكم بعد أن نرسل إليكم الرد المكتوب.
error-step-not-possible = لم يعد هذا الطلب ممكنًا في الوضع الحالي لملفكم. افتحوه من جديد لتعرفوا أين وصل.

## The written response's frame (the letter's own text is what staff wrote, in French).
response-subject = الرد على شكواكم { $reference }
response-date = التاريخ: { $date }
response-object = الموضوع: الرد على شكواكم { $reference }
response-settled = إذا لم تُحَلّ المشكلة بالنسبة لكم، فأخبرونا بذلك مع ذكر رقم شكواكم، بالكتابة إلى { $email } أو بالاتصال على الرقم { $phone }: ويمكننا عندها إعادة فتح شكواكم. يمكنكم الاطلاع على ملفكم في أي وقت برقم شكواكم ورمز الدخول الخاص بكم.
response-anonymous = في موعد أقصاه { $date }، أخبرونا في ملفكم عبر الإنترنت إن كان هذا الحل يناسبكم. يمكنكم الاطلاع عليه في أي وقت برقم شكواكم ورمز الدخول الخاص بكم.
response-follow-up = سنتواصل معكم في موعد أقصاه { $date } لنتأكد من أن هذا الحل يناسبكم. يمكنكم أيضًا الاطلاع على ملفكم في أي وقت برقم شكواكم ورمز الدخول الخاص بكم.
response-closing = وتفضّلوا بقبول فائق الاحترام.
response-for = باسم { $organisation }
response-question = لأي سؤال:

## The notice of a later written response (the reason is what staff wrote, in French).
extension-subject = شكواكم { $reference }: سيصلكم ردّنا في موعد أقصاه { $date }
extension-more-time = نحتاج إلى مزيد من الوقت للرد عليكم بخصوص شكواكم { $reference }.
extension-more-time-html = نحتاج إلى مزيد من الوقت للرد عليكم بخصوص شكواكم <strong>{ $reference }</strong>.
extension-reason = السبب: { $reason }
extension-new-date = سيصلكم ردّنا المكتوب في موعد أقصاه { $date }، بدلًا من { $first }.
extension-new-date-html = سيصلكم ردّنا المكتوب <strong>في موعد أقصاه { $date }</strong>، بدلًا من { $first }.
extension-file-link = يمكنكم الاطلاع على ملفكم في أي وقت برقم شكواكم ورمز الدخول الخاص بكم: { $url }
extension-file-html = يمكنكم الاطلاع على <a href="{ $url }">ملفكم</a> في أي وقت برقم شكواكم ورمز الدخول الخاص بكم.
