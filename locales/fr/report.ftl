## Le compte rendu d’un triage.

report-title = Vos douleurs du bas du dos et de la hanche : ce que suggèrent vos réponses
report-level-emergency = Faites-vous soigner en urgence dès maintenant
    .detail = Appelez { $emergency }, ou { -go-to-emergency } sans attendre. Ne conduisez pas vous-même et n’attendez pas de voir si cela passe.
    .call-detail = Appelez { $emergency } maintenant et attendez les secours là où vous êtes. Ne vous déplacez pas par vos propres moyens et n’attendez pas de voir si cela passe.
report-level-urgent = Consultez un { -health-professional } aujourd’hui
    .detail = Contactez aujourd’hui votre { -gp } ou un autre médecin (au plus tard dans les 24 heures). Sinon, { $urgent }. Si votre état s’aggrave entre-temps, appelez { $emergency }.
report-level-see-clinician = Prenez rendez-vous avec un { -health-professional }
    .detail = Prévoyez de consulter { $see_clinician } ou un { -physio } dans les jours ou les semaines qui viennent. En attendant, les conseils ci-dessous peuvent vous aider, et les signes d’alerte plus bas vous indiquent quand il ne faut pas attendre.
report-level-self-care = Vous pouvez vous soigner à domicile pour le moment
    .detail = Vos réponses ne montrent aucun signe d’alerte. La plupart des douleurs de ce type s’apaisent avec le temps, le mouvement et des mesures simples à la maison. Surveillez l’apparition des signes d’alerte ci-dessous. Pour soulager la douleur, demandez conseil à { $self_care }.
# Le conseil « à domicile » tant que des questions restent ouvertes : pas de « aucun signe d’alerte » avant leur réponse.
report-self-care-open = Aucune de vos réponses jusqu’ici ne montre de signe d’alerte. La plupart des douleurs de ce type s’apaisent avec le temps, le mouvement et des mesures simples à la maison. Répondez aux questions encore ouvertes et surveillez l’apparition des signes d’alerte ci-dessous. Pour soulager la douleur, demandez conseil à { $self_care }.
report-incomplete = Certaines questions de sécurité importantes sont encore sans réponse : ce résultat ne peut donc pas vous rassurer complètement. Si ce résultat demande des soins urgents, n’attendez pas d’avoir répondu. Sinon, répondez aux questions ou parlez-en à un { -health-professional }.
report-heading-why = Pourquoi ce conseil
# Le titre des raisons d’un signe d’alerte : $name est son nom (red-flag-<id>). Dit comme une chose
# à faire vérifier par un soignant, pas comme un diagnostic (« À vérifier » seul laisserait croire
# que la personne doit le vérifier elle-même). Majuscule après le deux-points : le nom est une
# étiquette, comme après « Objet : ».
report-why-red-flag = À faire vérifier : { $name }
report-no-flags = Aucun des signes d’alerte abordés dans les questions n’est présent.
report-heading-unanswered = Questions auxquelles il reste à répondre
report-heading-conditions = De quoi il pourrait s’agir
report-no-conditions = Vos réponses n’orientent pas clairement vers une cause précise. C’est fréquent pour le mal de dos, et cela ne change rien à ce qui aide.
report-for = Ce qui concorde : { $list }
report-against = Ce qui concorde moins bien : { $list }
report-heading-do-now = Ce que vous pouvez faire dès maintenant
report-no-advice = Continuez à bouger doucement, sans forcer, jusqu’à votre consultation.
report-heading-exercises = Exercices à essayer
report-heading-tips = Astuces du quotidien
report-heading-seek-help = Quand demander de l’aide
report-safety-net-intro = Si vous remarquez l’un des signes suivants, appelez { $emergency }, ou { -go-to-emergency } sans attendre :
report-safety-net-worse = Si la douleur augmente nettement, descend dans une jambe ou ne commence pas à diminuer au bout de quelques semaines, consultez votre { -gp } ou un { -physio }.
report-heading-references = Sources
report-disclaimer = Ces informations sont fournies à titre éducatif uniquement. Elles ne constituent pas un diagnostic et ne remplacent pas une consultation avec un { -health-professional } qui peut vous examiner.
report-list-separator = {" ; "}

## Titres de la liste du catalogue.

catalog-title = Tout ce sur quoi ce guide s’appuie
catalog-findings = Les éléments pris en compte et les questions qui s’y rapportent
catalog-finding-question = { $finding } : { $question }
catalog-conditions = Affections
catalog-red-flags = Signes d’alerte d’un problème grave
catalog-rules = Règles de triage
catalog-exercises = Exercices
catalog-care = Ce qui peut aider
catalog-tips = Astuces
catalog-facts = Faits et chiffres
catalog-icd10 = CIM-10 { $codes }
catalog-snomed = SNOMED CT { $codes }

report-flags-without-rule = Vous avez signalé : { $list }. Parlez-en à un soignant, même si vous vous sentez bien par ailleurs.
report-heading-cautions = Prudence

report-no-flags-yet = Aucun des signes d’alerte abordés jusqu’ici n’est présent.
report-act-now-unanswered = N’attendez pas d’avoir répondu à toutes les questions pour le faire.
report-heading-self-check = Vérifiez ces signes maintenant
report-self-check-intro = Certaines questions sur des signes graves restent sans réponse. Si vous avez l’un de ces signes, appelez { $emergency }, ou { -go-to-emergency } tout de suite :
report-heading-conditions-brief = De quoi il pourrait s’agir (un médecin vérifiera)
report-absent = D’après vos réponses : { $list }
report-safety-net-same-day = Si vous remarquez l’un des signes suivants, contactez votre { -gp } le jour même. S’il n’est pas joignable, { $urgent } :

## Lieux de soins (data/care_settings.toml) : les mots de chaque service, avec le { $number } du
## lieu quand il en a un. Ils disent ce que disent les termes régionaux (tests/care_settings.rs).

# Urgence vitale : un numéro à appeler, après « Appelez ».
care-setting-local-emergency-number = le numéro d’urgence local
care-setting-emergency-number = le { $number }
care-setting-samu = le { $number } (SAMU) ou le 112
# Urgent : une consigne complète, en minuscules, après « Sinon, ».
care-setting-local-health-line = appelez votre service local de conseil médical ou adressez-vous à un centre de soins non programmés
care-setting-nhs-111 = appelez le NHS { $number } ou adressez-vous à un centre de soins urgents
care-setting-urgent-care-clinic = adressez-vous à une clinique de soins urgents
care-setting-health-line-811 = appelez le { $number } (ligne santé) ou allez dans une clinique sans rendez-vous
care-setting-permanence-des-soins = appelez le { $number } (permanence des soins), ou adressez-vous à une maison médicale de garde ou à SOS Médecins
care-setting-info-sante = allez dans une clinique sans rendez-vous ou appelez Info-Santé { $number }
# Consulter : qui voir, avec « votre ».
care-setting-family-doctor = votre { -gp }
# Soins à domicile : qui peut conseiller, après « à ».
care-setting-pharmacist = votre { -pharmacist }
report-why-unanswered = Certaines questions sur des signes de problème grave sont restées sans réponse. Tant qu’un { -health-professional } ne vous les a pas posées, ce conseil reste prudent.
