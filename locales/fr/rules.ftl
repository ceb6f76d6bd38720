## Pourquoi une règle de tri s’est déclenchée, en s’adressant à la personne : ce qu’elle a dit, puis
## ce que cela peut signifier et que faire. Phrases courtes (20 mots si possible, jamais plus de 30).


## Syndrome de la queue de cheval
rule-ces-saddle-numbness = Vous avez perdu de la sensibilité entre les jambes. Les nerfs au bas de la colonne sont peut-être comprimés : { -go-to-emergency } maintenant.
rule-ces-bladder-change = Votre vessie fonctionne autrement depuis le début de la douleur. Les nerfs au bas de la colonne sont peut-être comprimés : { -go-to-emergency } maintenant.
rule-ces-bowel-change = Vous retenez ou sentez moins bien vos selles. Les nerfs au bas de la colonne sont peut-être comprimés : { -go-to-emergency } maintenant.
rule-ces-sexual-dysfunction = Votre fonction sexuelle a changé depuis le début de la douleur. Les nerfs au bas de la colonne sont peut-être comprimés : { -go-to-emergency } maintenant.
rule-ces-both-legs-new = Les deux jambes sont touchées depuis moins de deux semaines. Les nerfs au bas de la colonne sont peut-être comprimés : { -go-to-emergency } maintenant.
rule-ces-both-legs-weakness-worsening = Les deux jambes sont touchées et la faiblesse s’aggrave. Les nerfs de la colonne sont peut-être comprimés : { -go-to-emergency } maintenant.
rule-ces-both-legs-walking-new = Les deux jambes sont touchées et la marche est devenue difficile depuis peu. Les nerfs de la colonne sont peut-être comprimés : { -go-to-emergency } maintenant.
rule-both-legs-longstanding = Vous avez des symptômes dans les deux jambes. Un médecin doit examiner vos jambes et votre dos dans les prochains jours.

## Atteinte d’un nerf qui s’aggrave
rule-progressive-leg-weakness = Votre jambe perd de la force. C’est peut-être le signe qu’un nerf est de plus en plus comprimé : consultez un médecin aujourd’hui.
rule-foot-drop-new = Vous avez du mal, depuis peu, à relever le pied, signe possible d’un nerf très comprimé. Consultez un médecin aujourd’hui pour un avis rapide d’un spécialiste.
rule-difficulty-walking-new = La marche est devenue difficile, car vos jambes sont faibles, engourdies ou instables. Consultez un médecin aujourd’hui pour faire vérifier les nerfs de la colonne.
rule-leg-weakness-stable = Votre jambe est un peu faible, sans s’aggraver. Faites vérifier vos nerfs dans les prochains jours, ou le jour même si cela empire.
rule-numbness-or-tingling-leg = Un engourdissement ou des fourmillements dans une jambe viennent souvent d’un nerf irrité. Faites-les vérifier dans les prochains jours.

## Infection de la colonne
rule-infection-fever-after-spinal-procedure = Vous avez de la fièvre après un soin récent sur la colonne ou une infection grave. La colonne est peut-être infectée : { -go-to-emergency } maintenant.
rule-infection-fever-with-leg-weakness = Vous avez de la fièvre et une jambe faible. Une infection appuie peut-être sur les nerfs de la colonne : { -go-to-emergency } maintenant.
rule-infection-fever-immunosuppression = Vous avez de la fièvre et votre corps se défend moins bien contre les microbes. La colonne est peut-être infectée, ce qui doit être traité vite : { -go-to-emergency } maintenant.
rule-infection-fever-with-back-pain = Vous avez mal au dos avec de la fièvre ou des frissons. Un médecin doit vérifier aujourd’hui que la colonne n’est pas infectée.
rule-spinal-wound-after-procedure = La plaie de votre soin récent sur la colonne est rouge, chaude ou coule. Elle est peut-être infectée : consultez un médecin aujourd’hui.
rule-infection-risk-night-or-worsening-pain = Votre mal de dos est permanent, vous réveille la nuit ou s’aggrave, et vos antécédents de santé rendent une infection plus probable. Une infection de la colonne peut commencer sans fièvre. Consultez un médecin aujourd’hui et parlez-lui de vos antécédents.
rule-infection-risk-with-new-nerve-signs = Vos jambes faiblissent ou vous avez plus de mal à marcher, et vos antécédents de santé rendent une infection plus probable. Une infection appuie peut-être sur les nerfs de la colonne, même sans fièvre : { -go-to-emergency } maintenant.

## Articulation infectée
rule-septic-hip-fever-cannot-bear-weight = Une fièvre avec mal à la hanche ou à la cuisse, et une boiterie ou une jambe qui ne porte plus, peut venir d’une hanche infectée : { -go-to-emergency } maintenant.
rule-septic-hot-joint-fever = Vous avez une articulation chaude et gonflée, et de la fièvre. Elle est peut-être infectée et peut s’abîmer vite : { -go-to-emergency } maintenant.
rule-septic-hot-joint-cannot-bear-weight = Vous avez une articulation chaude et gonflée, et vous ne pouvez pas vous appuyer sur la jambe. Elle est peut-être infectée : { -go-to-emergency } maintenant.
rule-septic-hot-joint = Une articulation chaude, rouge ou gonflée n’est pas un signe d’usure. Consultez un médecin aujourd’hui.
rule-hip-pain-with-fever = Vous avez mal à la hanche, à l’aine ou à la cuisse, avec de la fièvre. Cela peut venir d’une infection : consultez un médecin aujourd’hui.
rule-sickle-cell-fever = Vous avez une drépanocytose, de la fièvre et mal aux os ou aux articulations. Il faut vite rechercher une infection : { -go-to-emergency } maintenant.

## Enfants
rule-child-fever-limp-or-joint-pain = L’enfant a de la fièvre et boite, ou a mal à la hanche, à la cuisse ou au genou. Une articulation est peut-être infectée : { -go-to-emergency } maintenant.
rule-child-cannot-bear-weight = L’enfant ne peut pas s’appuyer sur sa jambe. Il faut rechercher une infection ou une fracture : { -go-to-emergency } maintenant.
rule-toddler-limp = Un enfant de moins de 3 ans qui se met à boiter doit voir un médecin aujourd’hui.
rule-child-back-pain-over-3-weeks = Un enfant qui a mal au dos depuis plus de 3 semaines doit être vu par un médecin dans les jours ou les semaines qui viennent.
rule-child-limp = Un enfant qui se met à boiter doit être examiné par un médecin dans les prochains jours.
rule-sufe-hip-or-knee-pain = À cet âge, une douleur de la hanche, de la cuisse ou même du genou peut venir de la hanche, qui grandit encore. Un médecin doit examiner la hanche dans les prochains jours.
rule-sufe-limp = À cet âge, boiter avec mal à la hanche, à la cuisse ou au genou peut signifier que la tête du fémur a glissé. Consultez un médecin aujourd’hui.
rule-sufe-cannot-bear-weight = À cet âge, ne plus pouvoir s’appuyer sur la jambe est un signe d’alerte. La tête du fémur a peut-être glissé : { -go-to-emergency } maintenant.
rule-sufe-leg-shortened-or-turned = Une jambe qui paraît plus courte ou tournée vers l’extérieur, avec mal à la hanche, à la cuisse ou au genou, est un signe d’alerte à cet âge. La tête du fémur a peut-être glissé : évitez tout appui sur la jambe et { -go-to-emergency } maintenant.
rule-child-night-pain = Chez un enfant, une douleur la nuit que le repos ne soulage pas doit être vue par un médecin. Il pourra prévoir une radiographie ou une prise de sang dans les deux jours. Contactez un médecin aujourd’hui.
rule-child-looks-seriously-unwell = L’enfant semble gravement malade. Cela peut être le signe d’une infection grave : appelez { -emergency-number }, ou { -go-to-emergency } maintenant.
rule-child-limp-after-injury = L’enfant boite depuis une chute, un choc ou un accident. Une petite fracture peut passer inaperçue chez l’enfant : faites-le examiner par un médecin aujourd’hui.
rule-child-leg-deformity = La jambe de l’enfant paraît plus courte, tordue ou tournée. Un os est peut-être cassé ou déboîté : évitez tout appui sur la jambe et { -go-to-emergency } maintenant.
rule-child-limp-not-settling = La boiterie de l’enfant ne s’améliore pas au bout de 2 jours, ou elle s’aggrave. Un médecin doit examiner l’enfant aujourd’hui.
rule-child-refuses-to-walk = L’enfant ne peut pas se tenir debout ni s’appuyer sur la jambe. Un médecin doit rechercher aujourd’hui une fracture cachée, ou une infection d’un os ou de la colonne vertébrale.
rule-child-hip-pain-persisting = Chez un enfant, une douleur de la hanche ou de l’aine qui dure depuis 2 jours ou plus doit être vue par un médecin dans les prochains jours. Une radiographie sera peut-être nécessaire.
rule-child-weight-loss-with-pain = L’enfant a perdu du poids sans raison apparente, et il a mal ou il boite. Un médecin doit voir l’enfant aujourd’hui.
rule-young-child-back-pain = Le mal de dos est rare chez un enfant de moins de 5 ans. Un médecin doit examiner l’enfant dans les prochains jours.
rule-child-inflammatory-pattern = La douleur ou la boiterie de l’enfant s’accompagne d’une raideur le matin qui dure longtemps. Cela peut venir d’une inflammation des articulations : un médecin doit examiner l’enfant dans les prochains jours.

## Prothèse de hanche
rule-thr-dislocation = Votre hanche opérée a fait un claquement, ou la jambe paraît anormale ou ne porte plus. La prothèse est peut-être sortie : appelez { -emergency-number } maintenant.
rule-thr-infection-fever = Vous avez une prothèse de hanche, mal à la hanche et de la fièvre. La prothèse est peut-être infectée : { -go-to-emergency } maintenant.
rule-thr-wound = La cicatrice de votre prothèse de hanche est rouge, chaude ou coule. Elle est peut-être infectée : contactez votre chirurgien ou un médecin aujourd’hui.
rule-thr-night-pain = La douleur de votre hanche opérée vous réveille la nuit ou ne se calme pas au repos. Faites vérifier aujourd’hui qu’il n’y a pas d’infection.
rule-thr-pain-worse-first-3-years = La douleur de votre hanche opérée s’aggrave, et l’opération date de moins de 3 ans, ou vous ne savez plus quand. Une infection lente peut commencer ainsi : faites vérifier votre hanche aujourd’hui.
rule-thr-new-pain-worse = La douleur de votre hanche opérée a commencé il y a moins de 3 semaines, ou vous ne savez plus quand, et elle s’aggrave. Une infection peut atteindre l’articulation par le sang : faites vérifier votre hanche aujourd’hui.
rule-thr-pain-worse = La douleur de votre hanche opérée s’aggrave. Demandez à votre médecin de vous envoyer vers l’équipe qui suit votre prothèse, pour un rendez-vous dans les prochains jours. Une radio montrera si la prothèse s’use ou tient moins bien. Si la douleur se met à vous réveiller la nuit, faites-vous examiner aujourd’hui. Si vous avez de la fièvre ou si la jambe ne vous porte plus : { -go-to-emergency } maintenant.
rule-thr-sudden-pain = La douleur de votre hanche opérée est apparue d’un coup. La prothèse a peut-être bougé : consultez un médecin aujourd’hui.
rule-thr-fall = Vous avez une prothèse de hanche et mal à la hanche après une chute. L’os autour de la prothèse est peut-être cassé : consultez aujourd’hui pour passer une radio.
rule-thr-new-limp = Vous boitez depuis peu avec votre prothèse de hanche. Demandez à votre chirurgien ou à un médecin de la contrôler dans les prochains jours.

## Fracture d’une vertèbre
rule-fracture-major-trauma = Vous avez eu un accident grave, comme une chute d’une hauteur ou un accident de la route. Appelez { -emergency-number } et ne bougez pas.
rule-fracture-fragile-bone-fall-or-sudden = Vos os sont peut-être fragiles, et la douleur a commencé après une chute ou un choc, ou d’un coup. Consultez un médecin aujourd’hui pour une radio.
rule-fracture-fragile-bone-with-weakness = Vos os sont peut-être fragiles, la douleur est venue d’un coup ou après une chute, et une jambe est faible. Un os est peut-être cassé : { -go-to-emergency } maintenant.
rule-fracture-age-70-minor-trauma = À 70 ans ou plus, une douleur après une chute ou un choc peut venir d’un os fêlé. Consultez un médecin aujourd’hui.
rule-fracture-age-70-sudden-back-pain = À 70 ans ou plus, un mal de dos apparu d’un coup, sans choc, peut être dû au tassement d’une vertèbre. Consultez un médecin aujourd’hui.
rule-sudden-severe-pain-age-50 = À 50 ans ou plus, une douleur très forte venue d’un coup, sans choc, peut avoir une cause grave. Consultez un médecin aujourd’hui.
rule-upper-back-sudden-pain-age-50 = À 50 ans ou plus, une douleur brutale du haut du dos peut venir d’un os fêlé ou d’un vaisseau sanguin. Consultez un médecin aujourd’hui.
rule-fused-spine-injury = Une colonne soudée se casse facilement, et votre douleur a commencé après une chute ou un choc. Il faut la vérifier : { -go-to-emergency } maintenant.

## Fracture de la hanche
rule-hip-fracture-fall-cannot-bear-weight = Après une chute ou un choc, votre jambe ne porte plus. La hanche ou le bassin est peut-être cassé : appelez { -emergency-number } maintenant.
rule-hip-fracture-major-trauma = Vous avez mal à la hanche, à l’aine ou à la cuisse après un accident grave. La hanche ou le fémur est peut-être cassé : appelez { -emergency-number } maintenant.
rule-hip-older-cannot-bear-weight = Vous avez 70 ans ou plus et ne tenez plus sur une jambe douloureuse. La hanche est peut-être cassée, même sans chute : appelez { -emergency-number } maintenant.
rule-hip-fracture-older-fall = À 70 ans ou plus, une douleur de la hanche ou de l’aine après une chute peut cacher une petite fracture. Même si vous marchez, consultez aujourd’hui pour passer une radio.
rule-hip-fracture-fragile-bone-fall = Avec des os fragiles, une douleur de la hanche ou de l’aine après une chute peut cacher une petite fracture. Consultez aujourd’hui pour passer une radio.
rule-hip-cannot-bear-weight = Votre jambe ne porte plus et vous avez mal à la hanche, à l’aine ou à la cuisse. Un médecin doit vous examiner aujourd’hui.
rule-hip-cannot-bear-weight-worsening = Votre jambe ne porte plus et la douleur s’aggrave : { -go-to-emergency } maintenant.
rule-femoral-stress-fracture = Vous avez mal à l’aine debout ou en courant, après plus d’activité que d’habitude. Le fémur est peut-être fissuré : évitez d’appuyer sur la jambe et consultez un médecin aujourd’hui.

## Cancer
rule-cancer-history-leg-symptoms = Vous avez eu un cancer, et une jambe est faible, engourdie ou douloureuse, ou la marche est difficile. La moelle est peut-être comprimée : { -go-to-emergency } maintenant.
rule-cancer-history-upper-back = Vous avez eu un cancer et avez mal dans le haut du dos. Contactez votre équipe de cancérologie ou un médecin aujourd’hui.
rule-cancer-history-night-pain = Vous avez eu un cancer, et la douleur est permanente ou ne se calme pas au repos. Consultez un médecin aujourd’hui.
rule-cancer-history-age-50-or-over = Vous avez eu un cancer et avez 50 ans ou plus. Un médecin doit voir aujourd’hui cette nouvelle douleur du dos ou de la hanche.
rule-cancer-history-weight-loss = Vous avez eu un cancer et avez perdu du poids sans le chercher. Consultez un médecin aujourd’hui.
rule-cancer-history-over-6-weeks = Vous avez eu un cancer et cette douleur dure depuis plus de 6 semaines. Consultez un médecin aujourd’hui.
rule-weight-loss-night-pain-age-50 = Vous avez 50 ans ou plus, vous avez perdu du poids sans le chercher, et le repos ne calme pas la douleur. Consultez un médecin aujourd’hui.
rule-cancer-history-new-pain = Vous avez eu un cancer et cette douleur ne se calme pas. C’est souvent sans gravité, mais voyez votre { -gp } dans les prochains jours.
rule-weight-loss-with-other-flag = Vous avez perdu du poids sans le chercher et avez un autre signe d’alerte. Faites-le vérifier par votre { -gp } dans les prochains jours.

## Vaisseaux sanguins
rule-aaa-sudden-pain-faintness = Une douleur brutale et très forte du dos ou du ventre, avec un malaise, peut venir de l’aorte. Appelez { -emergency-number } maintenant et allongez-vous.
rule-aaa-known-with-pain = Vous avez un anévrisme de l’aorte connu et une nouvelle douleur du dos ou du ventre. Il saigne peut-être : appelez { -emergency-number } maintenant.
rule-chest-or-tearing-pain = Une douleur dans la poitrine, ou comme un déchirement entre les omoplates, peut venir du cœur ou de l’aorte. Appelez { -emergency-number } maintenant.
rule-limb-ischaemia = Une jambe devenue d’un coup froide, pâle, engourdie ou faible ne reçoit peut-être plus de sang. Appelez { -emergency-number } maintenant.
rule-walking-leg-pain = Une douleur des jambes qui vient à la marche peut venir des nerfs ou des artères. Un médecin doit la vérifier dans les prochains jours.

## Grossesse
rule-pregnancy-belly-or-groin-pain = Vous êtes enceinte et avez mal au ventre, à l’aine ou sur le côté. Contactez aujourd’hui votre { -midwife }, votre { -maternity-unit } ou { -early-pregnancy-unit }.
rule-pregnancy-belly-pain = Vous êtes enceinte et avez mal au ventre ou sur le côté. Contactez aujourd’hui votre { -midwife }, votre { -gp } ou votre { -maternity-unit }.
rule-pregnancy-groin-pain-warning-signs = Vous êtes enceinte et avez mal à l’aine. La douleur a commencé d’un coup ou elle est très forte, ou bien elle s’accompagne de vomissements, de brûlures ou de sang en urinant. Contactez aujourd’hui votre { -midwife }, votre { -gp } ou votre { -maternity-unit }.
rule-pregnancy-leg-clot = Vous êtes enceinte ou avez accouché récemment, et une jambe est devenue enflée ou douloureuse. Il peut s’agir d’un caillot de sang : faites-vous examiner aujourd’hui.
rule-ectopic-pain-with-bleeding = Vous êtes enceinte, avec une douleur et des saignements : { -go-to-emergency } ou à votre { -maternity-unit } maintenant.
rule-ectopic-shoulder-tip-or-faint = Pendant la grossesse, une douleur au bout de l’épaule ou un malaise peut signifier un saignement dans le ventre. Appelez { -emergency-number } maintenant.
rule-pregnancy-bleeding-labour-or-waters = Vous êtes enceinte et avez des saignements, une perte de liquide ou des contractions régulières. Appelez votre { -maternity-unit } maintenant. Si personne ne répond, appelez { -emergency-number }.
rule-pregnancy-pelvic-pain = Vous êtes enceinte ou avez accouché récemment, et vous avez mal au bassin. Demandez à votre { -midwife }, votre { -gp } ou un { -physio } de vous examiner.

## Reins
rule-kidney-loin-urinary-or-colic = Vous avez mal sur le côté, sous les côtes, avec des brûlures en urinant ou des vagues de douleur. Cela peut venir du rein : consultez un médecin aujourd’hui.
rule-kidney-colic = Une douleur par fortes vagues peut venir d’un calcul du rein. Consultez un médecin aujourd’hui.
rule-kidney-loin-fever = Vous avez mal sur le côté, sous les côtes, et de la fièvre. C’est peut-être une infection du rein : consultez un médecin aujourd’hui.
rule-kidney-infection-with-fever = Vous avez mal sur le côté, sous les côtes, et de la fièvre, avec des brûlures en urinant ou des vagues de douleur. Le rein est peut-être bouché et infecté : { -go-to-emergency } maintenant.
rule-kidney-colic-fever = Vous avez une douleur par vagues et de la fièvre. Le rein est peut-être bouché et infecté : { -go-to-emergency } maintenant.
rule-urinary-symptoms-with-back-pain = Vous avez mal au dos, avec des brûlures en urinant, des envies d’uriner plus fréquentes ou du sang dans les urines. Cela peut être une infection de la vessie ou du rein : consultez un médecin ou une infirmière aujourd’hui.

## Santé des femmes
rule-ovarian-torsion = Vous avez une douleur brutale du bas du ventre ou de l’aine, avec des vomissements. Un ovaire est peut-être tordu : { -go-to-emergency } maintenant.
rule-testicular-torsion = Vous avez une douleur brutale du bas du ventre ou de l’aine, avec des vomissements. Un testicule est peut-être tordu, même s’il ne fait pas mal : { -go-to-emergency } maintenant.
rule-testicle-pain-sudden = Une douleur d’un testicule apparue brutalement, ou avec des vomissements, peut signifier que le testicule s’est tordu. Il faut opérer en quelques heures : { -go-to-emergency } maintenant.
rule-testicle-pain-new = Une douleur ou un gonflement récent d’un testicule doit être examiné par un médecin aujourd’hui, pour écarter une torsion ou une infection.
rule-pelvic-infection = Vous avez mal au bas du ventre et de la fièvre. C’est peut-être une infection de l’utérus ou des trompes : consultez un médecin aujourd’hui.

## Boule dans l’aine
rule-strangulated-hernia = Vous avez une boule douloureuse dans l’aine, avec des vomissements ou une douleur très forte. C’est peut-être une hernie coincée : { -go-to-emergency } maintenant.
rule-groin-lump = Une boule douloureuse dans l’aine doit être examinée par un médecin dans les prochains jours.

## Inflammation des artères et des muscles
rule-gca-symptoms = Vous avez 50 ans ou plus et un mal de tête inhabituel, mal à la mâchoire en mâchant ou un trouble de la vue. Consultez un médecin aujourd’hui pour protéger votre vue.
rule-gca-with-pmr-features = Vous avez un mal de tête inhabituel, mal à la mâchoire ou un trouble de la vue. S’y ajoutent des épaules raides ou une longue raideur le matin. Votre vue est peut-être menacée : { -go-to-emergency } maintenant.
rule-pmr-pattern = À 50 ans ou plus, des épaules raides et douloureuses, avec une longue raideur le matin, peuvent venir de muscles enflammés. Consultez un médecin dans les prochains jours.
rule-pmr-hip-girdle-pattern = À 50 ans ou plus, une douleur des deux côtés avec une longue raideur le matin peut venir de muscles enflammés. Consultez un médecin dans les prochains jours.

## Mal de dos inflammatoire
rule-axial-spa-pattern = Votre mal de dos a commencé avant 45 ans, dure depuis plus de 3 mois et a des signes d’inflammation. Demandez à votre { -gp } de vous adresser à un rhumatologue (spécialiste des articulations).

## Vascularisation de la hanche et drépanocytose
rule-avascular-necrosis-pattern = Vous avez mal à l’aine debout ou en marchant, et vous prenez de la cortisone, buvez beaucoup d’alcool ou avez une drépanocytose. L’os de la hanche reçoit peut-être mal le sang : consultez un médecin dans les prochains jours.
rule-sickle-cell-pain = Vous avez une drépanocytose et mal aux os ou à la hanche. Contactez aujourd’hui votre équipe de suivi ou un médecin.

## Douleur forte, invalidante ou qui ne se calme pas
rule-severe-pain-uncontrolled = Votre douleur est très forte, s’aggrave et vous empêche de dormir ou de tenir debout. Consultez un médecin aujourd’hui pour la soulager.
rule-severe-pain-not-settling = Votre douleur est très forte et ne s’améliore pas. Prenez rendez-vous avec un médecin ou un { -physio } pour la soulager.
rule-disabling-pain-not-settling = Depuis plus de deux semaines, la douleur vous empêche de faire vos activités, sans s’améliorer. Prenez rendez-vous avec votre { -gp } ou un { -physio }.
rule-fall-or-minor-injury = Votre douleur a commencé après une chute ou un choc et ne s’améliore pas. Voyez votre { -gp } dans les prochains jours.
rule-pain-over-6-weeks = Votre douleur dure depuis plus de 6 semaines sans s’améliorer. Un bilan avec votre { -gp } ou un { -physio } peut aider.
rule-hip-pain-over-12-weeks = Votre douleur de la hanche ou de l’aine dure depuis plus de 3 mois sans s’améliorer. Un bilan avec votre { -gp } ou un { -physio } peut vous guider.
rule-pelvic-floor-symptoms = Des fuites anciennes ou une lourdeur dans le bassin s’améliorent souvent avec des exercices guidés. Parlez-en à votre { -gp } ou à { -pelvic-floor-professional }.
rule-spinal-asymmetry = Une épaule ou une hanche est plus haute alors que la colonne grandit encore. Un médecin ou un { -physio } doit rechercher une courbure de la colonne (scoliose).

## Sécurité des conseils (change les conseils affichés, pas où aller)
rule-advice-pregnancy = Comme vous êtes enceinte, les anti-inflammatoires et les exercices allongée sur le dos ne vous sont pas proposés.
rule-advice-pelvic-girdle = À cause de votre douleur du bassin, les exercices qui écartent les jambes ou les chargent de façon inégale ne sont pas proposés.
rule-advice-child = Avant 16 ans, les programmes d’exercices pour adultes et les anti-inflammatoires ne sont pas proposés. Un médecin ou un { -physio } choisira ce qui convient.
rule-advice-nsaid-health-risk = À cause de votre santé ou de vos médicaments, les anti-inflammatoires comme l’ibuprofène ne vous sont pas proposés.
rule-advice-nsaid-age-65 = À 65 ans ou plus, les anti-inflammatoires demandent plus de prudence. Demandez d’abord conseil à un { -pharmacist }.
rule-advice-fragile-spine = Comme vos os sont peut-être fragiles, les flexions profondes du dos et les torsions ne vous sont pas proposées.
rule-advice-hip-replacement = Avec une prothèse de hanche, les flexions profondes de la hanche, les jambes croisées et les rotations de hanche ne sont pas proposées. Suivez les conseils de votre chirurgien.
rule-advice-heat-numbness = Comme une partie de votre jambe est engourdie, la chaleur n’est pas proposée : une peau engourdie peut brûler sans que vous le sentiez.
rule-advice-stress-fracture = Tant qu’un médecin n’a pas recherché une fissure de fatigue, la marche et les exercices debout ne vous sont pas proposés.

rule-aaa-sudden-belly-and-back-pain-65 = À 65 ans ou plus, une douleur brutale et très forte au ventre ou sur le côté peut venir de l’aorte. Appelez { -emergency-number } maintenant.
rule-pregnancy-late-severe-belly-pain = Vous êtes enceinte de 20 semaines ou plus et avez une douleur au ventre forte ou soudaine. Allez tout de suite à votre { -maternity-unit }, même sans saignement.
rule-long-standing-pain-worse = Votre douleur ancienne s’aggrave, vous empêche de faire vos activités ou est très forte. Demandez un bilan à votre { -gp } ou à un { -physio }.
