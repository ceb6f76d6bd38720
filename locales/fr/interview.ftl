# Entretien : questions pour les champs saisis d’une évaluation, réponses
# proposées, et réponses communes aux questions fermées.

interview-title = Questions sur vos douleurs au dos et à la hanche
interview-intro = Répondez le plus sincèrement possible, dites « Je ne sais pas » en cas de doute, et gardez à l’esprit qu’il ne s’agit pas d’un diagnostic.
interview-done = Il n’y a plus de questions. Merci pour vos réponses.
interview-invalid-answer = Cette réponse n’a pas été comprise. Réponses possibles : { $expected }
# Après une réponse refusée qui ressemble à une faute de frappe : l’option la plus proche.
interview-did-you-mean = Vouliez-vous dire « { $option } » ?
interview-multi-hint = Vous pouvez donner plusieurs réponses, séparées par des virgules.

## Réponses communes aux questions fermées

answer-yes = Oui
answer-no = Non
answer-unknown = Je ne sais pas
# Un « oui » à une question qui demande de préciser, quand la personne ne sait pas préciser (formulaires de dossier médical).
answer-yes-kind-unknown = Oui, mais je ne sais pas préciser

## Champs saisis

question-age = Quel âge avez-vous ?
    .hint = Indiquez votre âge en années, sous forme de nombre entier (par exemple 42).

question-sex = Quel était votre sexe à la naissance ?
option-sex-female = Féminin
option-sex-male = Masculin

question-duration = Depuis combien de temps avez-vous cette douleur ?
    .hint = Indiquez un nombre de jours, de semaines ou de mois (par exemple 10, 3 semaines ou 2 mois).

question-onset = Comment la douleur a-t-elle commencé ?
option-onset-sudden = D’un coup, sans port de charge et sans chute
option-onset-gradual = Petit à petit, sur plusieurs jours ou semaines
option-onset-after-lifting = En soulevant, en portant ou en forçant, ou juste après
option-onset-after-fall-or-accident = Après une chute ou un accident

question-pain-locations = Où avez-vous mal ?
option-pain-locations-upper-back = Haut du dos, entre ou sous les omoplates
option-pain-locations-lower-back = Bas du dos
option-pain-locations-hip = Côté ou arrière de la hanche
option-pain-locations-groin = Pli de l’aine (entre la cuisse et le ventre)
option-pain-locations-buttock = Fesse
option-pain-locations-thigh = Cuisse
option-pain-locations-knee = Genou
option-pain-locations-below-knee = Sous le genou (mollet ou tibia)
option-pain-locations-foot = Pied
option-pain-locations-tailbone = Coccyx, tout en bas de la colonne
option-pain-locations-lower-belly = Bas du ventre
option-pain-locations-loin = Côté du dos, juste sous les côtes

question-pain-sides = La douleur est-elle d’un seul côté du corps ou des deux côtés ?
option-pain-sides-one = Un seul côté
option-pain-sides-both = Les deux côtés

question-severity = Sur une échelle de 0 à 10, quelle est l’intensité de votre douleur en ce moment ?
    .hint = 0 veut dire aucune douleur et 10 la pire douleur que vous puissiez imaginer. Indiquez un nombre entier.

question-trend = Ces derniers jours, la douleur s’améliore-t-elle, reste-t-elle à peu près la même, ou s’aggrave-t-elle ?
option-trend-better = Elle s’améliore
option-trend-same = Elle reste à peu près la même
option-trend-worse = Elle s’aggrave

question-leg-weakness = Sentez-vous une faiblesse dans l’une de vos jambes ? Par exemple, votre pied accroche ou traîne quand vous marchez, ou votre genou se dérobe.
option-leg-weakness-none = Pas de faiblesse
option-leg-weakness-stable = Une certaine faiblesse, mais qui ne s’aggrave pas
option-leg-weakness-progressive = Une faiblesse qui s’aggrave

question-trauma = La douleur a-t-elle commencé après une chute, un choc ou un accident ?
option-trauma-none = Ni chute, ni choc, ni accident
option-trauma-minor = Un choc léger, comme une chute de votre propre hauteur ou un coup
option-trauma-major = Un choc violent, comme une chute d’une hauteur, un accident de la route ou un coup dur pendant le sport

question-morning-stiffness = Le matin au lever, combien de temps faut-il pour que la raideur de votre dos ou de votre hanche disparaisse ?
    .hint = Indiquez le nombre de minutes. Indiquez 0 si vous n’êtes pas raide le matin.

question-pregnancy = Êtes-vous enceinte, ou avez-vous accouché au cours des 12 derniers mois ?
option-pregnancy-not-pregnant = Non
option-pregnancy-pregnant = Je suis enceinte
option-pregnancy-postpartum = J’ai accouché au cours des 12 derniers mois

question-pregnancy-weeks = De combien de semaines êtes-vous enceinte ?
    .hint = Indiquez le nombre de semaines, en nombre entier (par exemple 24).

question-hip-replacement = Avez-vous une prothèse de hanche ?
option-hip-replacement-none = Non
option-hip-replacement-one-side = Oui, d’un côté
option-hip-replacement-both = Oui, des deux côtés

question-hip-replacement-years = Depuis combien d’années avez-vous votre prothèse de hanche (la plus récente si vous en avez deux) ?
    .hint = Indiquez un nombre entier d’années. Indiquez 0 si c’était il y a moins d’un an.

interview-none-of-these = Rien de tout cela
interview-stopped-early = L’entretien s’est arrêté avant la fin. Le résultat ci-dessous ne tient compte que de vos réponses : certaines questions restent ouvertes.
interview-nothing-answered = Vous n’avez répondu à aucune question : il n’y a donc pas de résultat à afficher.
interview-progress = Question { $asked }. { $left ->
        [0] Selon vos réponses, c’est peut-être la dernière.
        [one] Selon vos réponses, il peut rester jusqu’à { $left } question.
       *[other] Selon vos réponses, il peut rester jusqu’à { $left } questions.
    }
interview-moved-on = Cette réponse n’a pas été comprise : la question est notée « je ne sais pas » et l’entretien continue.
