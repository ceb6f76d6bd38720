## Pourquoi une règle de tri s’est déclenchée : une phrase adressée à la personne (25 mots au plus).


## Syndrome de la queue de cheval
rule-ces-saddle-numbness = Vous avez perdu de la sensibilité entre les jambes, signe possible d’une compression des nerfs au bas de la colonne : allez aux urgences maintenant.
rule-ces-bladder-change = Votre vessie fonctionne autrement depuis le début de la douleur, signe possible d’une compression des nerfs au bas de la colonne : allez aux urgences maintenant.
rule-ces-bowel-change = Vous contrôlez ou sentez moins bien vos selles, signe possible d’une compression des nerfs au bas de la colonne : allez aux urgences maintenant.
rule-ces-sexual-dysfunction = Votre fonction sexuelle a changé depuis le début de la douleur, signe possible d’une compression des nerfs de la colonne : allez aux urgences maintenant.
rule-ces-both-legs-new = Les deux jambes sont touchées depuis moins de deux semaines, signe possible d’une compression des nerfs au bas de la colonne : allez aux urgences maintenant.
rule-ces-both-legs-weakness-worsening = Les deux jambes sont touchées et la faiblesse s’aggrave, signe possible d’une compression des nerfs de la colonne : allez aux urgences maintenant.
rule-ces-both-legs-walking-new = Les deux jambes sont touchées et la marche est devenue difficile, signe possible d’une compression des nerfs : allez aux urgences maintenant.
rule-both-legs-longstanding = Vous avez des symptômes dans les deux jambes depuis un moment : un médecin doit examiner vos jambes et votre dos dans les prochains jours.

## Atteinte d’un nerf qui s’aggrave
rule-progressive-leg-weakness = Votre jambe perd de la force, signe qu’un nerf est peut-être de plus en plus comprimé : consultez un médecin aujourd’hui.
rule-foot-drop-new = Vous avez du mal depuis peu à relever le pied, signe possible d’un nerf très comprimé : consultez un médecin aujourd’hui pour un avis spécialisé rapide.
rule-difficulty-walking-new = La marche est devenue difficile car vos jambes sont faibles, engourdies ou instables : consultez un médecin aujourd’hui pour vérifier les nerfs.
rule-leg-weakness-stable = Votre jambe est un peu faible sans s’aggraver : faites vérifier vos nerfs dans les prochains jours, ou le jour même si cela empire.
rule-numbness-or-tingling-leg = Un engourdissement ou des fourmillements dans une jambe viennent souvent d’un nerf irrité : faites-les vérifier dans les prochains jours.

## Infection de la colonne
rule-infection-fever-after-spinal-procedure = De la fièvre après un soin récent sur la colonne ou une infection grave peut signifier une infection de la colonne : allez aux urgences maintenant.
rule-infection-fever-with-leg-weakness = De la fièvre avec une jambe faible peut venir d’une infection qui appuie sur les nerfs : allez aux urgences maintenant.
rule-infection-fever-immunosuppression = Vous avez de la fièvre et votre corps se défend moins bien, donc une infection de la colonne est plus probable : consultez un médecin aujourd’hui.
rule-infection-fever-with-back-pain = Vous avez mal au dos avec de la fièvre ou des frissons : un médecin doit vérifier aujourd’hui que la colonne n’est pas infectée.
rule-spinal-wound-after-procedure = La plaie de votre soin récent sur la colonne est rouge, chaude ou coule et peut être infectée : consultez un médecin aujourd’hui.

## Articulation infectée
rule-septic-hip-fever-cannot-bear-weight = De la fièvre avec mal à la hanche ou à la cuisse, et une boiterie ou une jambe qui ne porte plus : allez aux urgences.
rule-septic-hot-joint-fever = Une articulation chaude et gonflée avec de la fièvre est peut-être infectée et peut vite s’abîmer : allez aux urgences maintenant.
rule-septic-hot-joint-cannot-bear-weight = Une articulation chaude et gonflée qui vous empêche de vous appuyer sur la jambe est peut-être infectée : allez aux urgences maintenant.
rule-septic-hot-joint = Une articulation chaude, rouge ou gonflée ne ressemble pas à de l’usure : consultez un médecin aujourd’hui.
rule-hip-pain-with-fever = Une douleur de la hanche, de l’aine ou de la cuisse avec de la fièvre peut venir d’une infection : consultez un médecin aujourd’hui.
rule-sickle-cell-fever = Avec une drépanocytose, de la fièvre avec mal aux os ou aux articulations doit faire rechercher vite une infection : allez aux urgences maintenant.

## Enfants
rule-child-fever-limp-or-joint-pain = Un enfant qui a de la fièvre et boite, ou a mal à la hanche, la cuisse ou le genou, doit aller aux urgences maintenant.
rule-child-cannot-bear-weight = Un enfant qui ne peut pas s’appuyer sur sa jambe doit être examiné pour une infection ou une fracture : allez aux urgences maintenant.
rule-toddler-limp = Un enfant de moins de 3 ans qui se met à boiter doit voir un médecin aujourd’hui.
rule-child-limp = Un enfant qui se met à boiter doit être examiné par un médecin dans les prochains jours.
rule-sufe-hip-or-knee-pain = À cet âge, une douleur de hanche, de cuisse ou même de genou peut venir de la hanche : faites-la examiner dans les prochains jours.
rule-sufe-limp = À cet âge, boiter avec mal à la hanche, la cuisse ou le genou peut signifier un glissement à la hanche : consultez un médecin aujourd’hui.
rule-sufe-cannot-bear-weight = À cet âge, ne plus pouvoir s’appuyer sur la jambe peut signifier un glissement à la hanche : allez aux urgences maintenant.

## Prothèse de hanche
rule-thr-dislocation = Votre hanche opérée a claqué, la jambe paraît anormale ou ne porte plus, la prothèse est peut-être sortie : appelez { -emergency-number } maintenant.
rule-thr-infection-fever = Une douleur de hanche avec de la fièvre, quand on a une prothèse, peut signifier une infection : allez aux urgences maintenant.
rule-thr-wound = La cicatrice de votre prothèse de hanche est rouge, chaude ou coule et peut être infectée : contactez votre chirurgien ou un médecin aujourd’hui.
rule-thr-pain-worse-or-night = Une douleur de hanche opérée qui s’aggrave ou vous réveille la nuit doit être vérifiée aujourd’hui : infection ou prothèse qui bouge.
rule-thr-sudden-pain = La douleur de votre hanche opérée est apparue d’un coup, la prothèse a peut-être bougé : consultez un médecin aujourd’hui.
rule-thr-fall = Une douleur de hanche après une chute, avec une prothèse, peut venir d’une fracture autour de l’implant : faites une radio aujourd’hui.
rule-thr-new-limp = Vous boitez depuis peu avec votre prothèse de hanche : demandez à votre chirurgien ou à un médecin de la contrôler dans les prochains jours.

## Fracture d’une vertèbre
rule-fracture-major-trauma = Après un accident grave, comme une chute d’une hauteur ou un accident de la route, appelez { -emergency-number } et ne bougez pas.
rule-fracture-fragile-bone-fall-or-sudden = Vos os sont peut-être fragiles et la douleur a commencé après une chute, un choc ou d’un coup : consultez un médecin aujourd’hui pour une radio.
rule-fracture-fragile-bone-with-weakness = Des os fragiles, une douleur venue d’un coup ou après une chute et une jambe faible peuvent signifier une fracture : allez aux urgences maintenant.
rule-fracture-age-70-minor-trauma = À 70 ans ou plus, une douleur après une chute ou un choc peut venir d’un os fêlé : consultez un médecin aujourd’hui.
rule-fracture-age-70-sudden-back-pain = À 70 ans ou plus, un mal de dos venu d’un coup sans choc peut venir d’une vertèbre tassée : consultez un médecin aujourd’hui.
rule-sudden-severe-pain-age-50 = À 50 ans ou plus, une douleur très forte venue d’un coup sans choc doit être vue par un médecin aujourd’hui.
rule-upper-back-sudden-pain-age-50 = À 50 ans ou plus, une douleur brutale du haut du dos doit être vue aujourd’hui pour vérifier les os et l’aorte.
rule-fused-spine-injury = Une colonne soudée se casse facilement, donc une douleur après une chute ou un choc doit être vérifiée : allez aux urgences maintenant.

## Fracture de la hanche
rule-hip-fracture-fall-cannot-bear-weight = Après une chute ou un choc, votre jambe ne porte plus, la hanche ou le bassin est peut-être cassé : appelez { -emergency-number } maintenant.
rule-hip-fracture-major-trauma = Une douleur de hanche, d’aine ou de cuisse après un accident grave peut venir d’une fracture : appelez { -emergency-number } maintenant.
rule-hip-older-cannot-bear-weight = À 70 ans ou plus, une jambe douloureuse qui ne porte plus peut signifier une hanche cassée, même sans chute : appelez { -emergency-number } maintenant.
rule-hip-fracture-older-fall = À 70 ans ou plus, une douleur de hanche après une chute peut cacher une petite fracture, même si vous marchez : faites une radio aujourd’hui.
rule-hip-fracture-fragile-bone-fall = Avec des os fragiles, une douleur de hanche ou d’aine après une chute peut cacher une petite fracture : faites une radio aujourd’hui.
rule-hip-cannot-bear-weight = Votre jambe ne porte plus et vous avez mal à la hanche, à l’aine ou à la cuisse : un médecin doit vous examiner aujourd’hui.
rule-hip-cannot-bear-weight-worsening = Votre jambe ne porte plus et la douleur s’aggrave : allez aux urgences maintenant.
rule-femoral-stress-fracture = Une douleur de l’aine debout ou en courant, après plus d’activité, peut être une fissure du fémur : évitez d’appuyer et consultez aujourd’hui.

## Cancer
rule-cancer-history-leg-symptoms = Après un cancer, une jambe faible, engourdie ou douloureuse, ou du mal à marcher, peut signifier une moelle comprimée : allez aux urgences maintenant.
rule-cancer-history-upper-back = Vous avez eu un cancer et avez mal dans le haut du dos : contactez votre équipe de cancérologie ou un médecin aujourd’hui.
rule-cancer-history-night-pain = Vous avez eu un cancer et la douleur est permanente ou ne se calme pas au repos : consultez un médecin aujourd’hui.
rule-cancer-history-age-50-or-over = Vous avez eu un cancer et avez 50 ans ou plus : une nouvelle douleur du dos ou de la hanche doit être vue aujourd’hui.
rule-cancer-history-weight-loss = Vous avez eu un cancer et avez perdu du poids sans le chercher : consultez un médecin aujourd’hui.
rule-cancer-history-over-6-weeks = Vous avez eu un cancer et cette douleur dure depuis plus de 6 semaines : consultez un médecin aujourd’hui.
rule-weight-loss-night-pain-age-50 = À 50 ans ou plus, une perte de poids inexpliquée et une douleur que le repos ne calme pas demandent un médecin aujourd’hui.
rule-cancer-history-new-pain = Vous avez eu un cancer et cette douleur ne se calme pas ; c’est souvent bénin, mais voyez votre { -gp } dans les prochains jours.
rule-weight-loss-with-other-flag = Vous avez perdu du poids sans le chercher et avez un autre signe d’alerte : faites-le vérifier par votre { -gp } dans les prochains jours.

## Vaisseaux sanguins
rule-aaa-sudden-pain-faintness = Une douleur brutale et très forte du dos ou du ventre avec un malaise peut venir de l’aorte : appelez { -emergency-number } et allongez-vous.
rule-aaa-known-with-pain = Une nouvelle douleur du dos ou du ventre avec un anévrisme de l’aorte connu peut signifier qu’il saigne : appelez { -emergency-number } maintenant.
rule-chest-or-tearing-pain = Une douleur dans la poitrine, ou comme un déchirement entre les omoplates, peut venir du cœur ou de l’aorte : appelez { -emergency-number } maintenant.
rule-limb-ischaemia = Une jambe devenue d’un coup froide, pâle, engourdie ou faible ne reçoit peut-être plus de sang : appelez { -emergency-number } maintenant.
rule-walking-leg-pain = Une douleur des jambes qui vient à la marche peut venir des nerfs ou des artères : un médecin doit la vérifier dans les prochains jours.

## Grossesse
rule-pregnancy-belly-or-groin-pain = Vous êtes enceinte et avez mal au ventre, à l’aine ou sur le côté : contactez aujourd’hui votre sage-femme ou votre maternité.
rule-ectopic-pain-with-bleeding = Vous êtes enceinte et avez mal avec des saignements : allez aux urgences ou à votre maternité maintenant.
rule-ectopic-shoulder-tip-or-faint = Pendant la grossesse, une douleur au bout de l’épaule ou un malaise peut signifier un saignement interne : appelez { -emergency-number } maintenant.
rule-pregnancy-bleeding-labour-or-waters = Enceinte, vous avez des saignements, une perte de liquide ou des contractions régulières : appelez votre maternité, ou { -emergency-number } si personne ne répond.
rule-pregnancy-pelvic-pain = Vous êtes enceinte ou avez accouché récemment et avez mal au bassin : demandez à votre sage-femme, votre { -gp } ou un { -physio } de vous examiner.

## Reins
rule-kidney-loin-urinary-or-colic = Une douleur sur le côté sous les côtes, avec des brûlures urinaires ou des vagues de douleur, peut venir du rein : consultez un médecin aujourd’hui.
rule-kidney-colic = Une douleur par fortes vagues peut venir d’un calcul du rein : consultez un médecin aujourd’hui.
rule-kidney-loin-fever = Une douleur sur le côté sous les côtes avec de la fièvre peut être une infection du rein : consultez un médecin aujourd’hui.
rule-kidney-infection-with-fever = Une douleur du rein avec fièvre et brûlures urinaires ou vagues de douleur peut signifier un rein bouché et infecté : allez aux urgences maintenant.
rule-kidney-colic-fever = Une douleur par vagues avec de la fièvre peut signifier un rein bouché et infecté : allez aux urgences maintenant.

## Santé des femmes
rule-ovarian-torsion = Une douleur brutale du bas du ventre ou de l’aine avec des vomissements peut venir d’un ovaire tordu : allez aux urgences maintenant.
rule-pelvic-infection = Une douleur du bas du ventre avec de la fièvre peut être une infection de l’utérus ou des trompes : consultez un médecin aujourd’hui.

## Boule dans l’aine
rule-strangulated-hernia = Une boule douloureuse dans l’aine avec des vomissements ou une douleur très forte peut être une hernie coincée : allez aux urgences maintenant.
rule-groin-lump = Une boule douloureuse dans l’aine doit être examinée par un médecin dans les prochains jours.

## Inflammation des artères et des muscles
rule-gca-symptoms = Après 50 ans, un mal de tête inhabituel, une douleur de mâchoire en mâchant ou un trouble de la vue demandent un médecin aujourd’hui.
rule-gca-with-pmr-features = Un mal de tête inhabituel ou un trouble de la vue avec des épaules raides le matin peut menacer la vue : allez aux urgences maintenant.
rule-pmr-pattern = Après 50 ans, des épaules raides et douloureuses le matin peuvent venir de muscles enflammés : consultez un médecin dans les prochains jours.
rule-pmr-hip-girdle-pattern = Après 50 ans, une douleur des deux côtés avec une longue raideur le matin peut venir de muscles enflammés : consultez dans les prochains jours.

## Mal de dos inflammatoire
rule-axial-spa-pattern = Votre mal de dos a commencé jeune, dure depuis plus de 3 mois et semble inflammatoire : parlez à votre { -gp } d’un avis chez un rhumatologue.

## Vascularisation de la hanche et drépanocytose
rule-avascular-necrosis-pattern = Une douleur de l’aine à la marche, avec cortisone, alcool ou drépanocytose, peut venir d’un os de la hanche qui reçoit mal le sang : consultez dans les prochains jours.
rule-sickle-cell-pain = Vous avez une drépanocytose et mal aux os ou à la hanche : contactez aujourd’hui votre équipe de suivi ou un médecin.

## Douleur forte, invalidante ou qui ne se calme pas
rule-severe-pain-uncontrolled = Votre douleur est très forte, s’aggrave et vous empêche de dormir ou de tenir debout : consultez un médecin aujourd’hui pour la soulager.
rule-severe-pain-not-settling = Votre douleur est très forte et ne s’améliore pas : prenez rendez-vous avec un médecin ou un { -physio } pour la soulager.
rule-disabling-pain-not-settling = La douleur vous empêche de faire vos activités depuis plus de deux semaines sans s’améliorer : prenez rendez-vous avec votre { -gp } ou un { -physio }.
rule-fall-or-minor-injury = Votre douleur a commencé après une chute ou un choc et ne s’améliore pas : voyez votre { -gp } dans les prochains jours.
rule-pain-over-6-weeks = Votre douleur dure depuis plus de 6 semaines sans s’améliorer : un bilan avec votre { -gp } ou un { -physio } peut aider.
rule-hip-pain-over-12-weeks = Votre douleur à la hanche ou à l’aine dure depuis plus de 3 mois sans s’améliorer : un bilan avec votre { -gp } ou un { -physio } peut vous guider.
rule-pelvic-floor-symptoms = Des fuites anciennes ou une lourdeur dans le bassin s’améliorent souvent avec des exercices guidés : parlez-en à votre { -gp } ou à une sage-femme.
rule-spinal-asymmetry = Une épaule ou une hanche est plus haute alors que la colonne grandit encore : un professionnel de santé peut rechercher une scoliose.

## Sécurité des conseils (change les conseils affichés, pas où aller)
rule-advice-pregnancy = Comme vous êtes enceinte, les anti-inflammatoires et les exercices allongé sur le dos ne vous sont pas proposés.
rule-advice-pelvic-girdle = À cause de votre douleur du bassin, les exercices qui écartent les jambes ou les chargent de façon inégale ne sont pas proposés.
rule-advice-child = Avant 16 ans, les programmes d’exercices pour adultes et les anti-inflammatoires ne sont pas proposés : un médecin ou un { -physio } choisira.
rule-advice-nsaid-health-risk = À cause de votre santé ou de vos médicaments, les anti-inflammatoires comme l’ibuprofène ne vous sont pas proposés.
rule-advice-nsaid-age-65 = À 65 ans ou plus, les anti-inflammatoires demandent plus de prudence : demandez d’abord conseil à un pharmacien.
rule-advice-fragile-spine = Comme vos os sont peut-être fragiles, les flexions profondes du dos et les torsions ne vous sont pas proposées.
rule-advice-hip-replacement = Avec une prothèse de hanche, les flexions profondes, jambes croisées et rotations de hanche ne sont pas proposées : suivez les conseils de votre chirurgien.
rule-advice-heat-numbness = Comme une partie de votre jambe est engourdie, la chaleur n’est pas proposée : une peau engourdie peut brûler sans que vous le sentiez.
rule-advice-stress-fracture = Tant qu’un médecin n’a pas recherché une fissure de fatigue, la marche et les exercices debout ne vous sont pas proposés.

rule-aaa-sudden-belly-and-back-pain-65 = À 65 ans ou plus, une douleur très forte et brutale au ventre ou sur le côté peut venir de la grosse artère. Appelez { -emergency-number } maintenant.
rule-pregnancy-late-severe-belly-pain = Vous êtes enceinte de 20 semaines ou plus et avez mal au ventre, fort ou d’un coup. Allez tout de suite à la maternité, même sans saignement.
rule-long-standing-pain-worse = Votre douleur ancienne s’aggrave, vous empêche d’agir ou est très forte : demandez un bilan à votre { -gp } ou à un { -physio }.
