## Pourquoi une règle de tri s’est déclenchée : une phrase adressée à la personne.

rule-ces-saddle-numbness = Vous signalez un engourdissement ou une sensation inhabituelle entre les jambes, autour de l’anus ou des organes génitaux ; cela peut traduire une compression des nerfs situés au bas de la colonne, à faire vérifier à l’hôpital sans délai.

rule-ces-bladder-change = Vous signalez un changement récent dans le fonctionnement de votre vessie, par exemple du mal à commencer à uriner ou le fait de ne plus sentir passer l’urine ; cela peut révéler une compression des nerfs au bas de la colonne et demande une prise en charge à l’hôpital sans attendre.

rule-ces-bowel-change = Vous signalez une perte récente du contrôle des selles ou de la sensation d’avoir besoin d’aller à la selle ; cela peut signifier que les nerfs au bas de la colonne sont comprimés, ce qui doit être vérifié à l’hôpital dès maintenant.

rule-ces-sexual-dysfunction = Vous signalez un trouble récent de l’érection, de l’éjaculation ou de la sensibilité génitale ; associé à des symptômes du dos ou des jambes, il peut évoquer une compression des nerfs au bas de la colonne, à vérifier à l’hôpital immédiatement.

rule-ces-both-legs-new = Vous avez des symptômes récents ou qui s’étendent dans les deux jambes. Les nerfs au bas de la colonne peuvent être comprimés : il faut des examens à l’hôpital tout de suite.

rule-progressive-leg-weakness = Vous signalez une faiblesse de la jambe qui s’aggrave ; une jambe qui perd de plus en plus de force demande l’avis d’un médecin dès aujourd’hui, afin que le nerf en cause puisse être libéré avant que les dégâts ne deviennent durables.

rule-infection-fever-after-spinal-procedure = Vous signalez de la fièvre ou des frissons après une opération ou une infiltration récente dans le dos, ou après une infection grave ; cela peut révéler une infection de la colonne, qui relève des urgences dès maintenant.

rule-infection-fever-with-leg-weakness = Vous signalez de la fièvre ou des frissons avec une faiblesse dans une jambe ; une infection qui comprime les nerfs de la colonne peut donner ce tableau et demande une prise en charge en urgence immédiatement.

rule-infection-fever-immunosuppression = Vous signalez de la fièvre ou des frissons ainsi qu’une baisse des défenses immunitaires ou l’usage de drogues par injection ; cela augmente le risque d’infection de la colonne, et un médecin doit vous voir aujourd’hui.

rule-infection-fever-with-back-pain = Vous signalez une douleur du dos accompagnée de fièvre, de frissons ou de sueurs nocturnes ; le plus souvent, il s’agit d’une maladie passagère, mais une infection de la colonne doit être écartée, et un médecin doit donc vous voir aujourd’hui.

rule-septic-hot-joint-fever = Vous signalez une articulation chaude, rouge ou gonflée avec de la fièvre ou des frissons ; il peut s’agir d’une articulation infectée, qui risque de s’abîmer en quelques jours : rendez-vous aux urgences dès maintenant.

rule-septic-hot-joint-cannot-bear-weight = Vous signalez une articulation chaude, rouge ou gonflée et vous ne pouvez pas vous appuyer sur la jambe ; une infection de l’articulation doit être écartée, ce qui relève des urgences immédiatement.

rule-septic-hot-joint = Vous signalez une articulation chaude, rouge ou gonflée ; l’usure ordinaire ne se présente pas ainsi, et une infection ou une inflammation doit être vérifiée par un médecin aujourd’hui.

rule-hip-pain-with-fever = Vous signalez une douleur de la hanche ou de l’aine avec de la fièvre, des frissons ou des sueurs nocturnes ; une infection de l’articulation de la hanche ou de ses environs doit être écartée, et un médecin doit donc vous voir aujourd’hui.

rule-cancer-history-night-pain = Vous signalez un cancer actuel ou ancien et une douleur constante ou que le repos ne calme pas la nuit ; ensemble, ces éléments peuvent évoquer une atteinte des os par le cancer, et un médecin doit vous voir aujourd’hui ou dans les 24 heures.

rule-cancer-history-age-50-or-over = Vous signalez un cancer actuel ou ancien et vous avez 50 ans ou plus ; avec une douleur récente du dos ou de la hanche, cette combinaison justifie un examen médical aujourd’hui ou dans les 24 heures pour écarter une atteinte des os.

rule-cancer-history-weight-loss = Vous signalez un cancer actuel ou ancien et une perte de poids involontaire ; réunis, ces éléments justifient un examen médical aujourd’hui ou dans les 24 heures pour écarter une atteinte de la colonne par le cancer.

rule-cancer-history-over-6-weeks = Vous signalez un cancer actuel ou ancien et une douleur qui dure depuis plus de 6 semaines ; une douleur qui persiste après un cancer doit être examinée par un médecin aujourd’hui ou dans les 24 heures.

rule-cancer-history-leg-symptoms = Vous signalez un cancer actuel ou ancien associé à une faiblesse des jambes ou à des symptômes dans les deux jambes ; cela peut traduire une compression de la moelle épinière ou des nerfs, qui relève des urgences immédiatement.

rule-weight-loss-night-pain-age-50 = Vous signalez une perte de poids involontaire et une douleur que le repos ne calme pas la nuit, et vous avez 50 ans ou plus ; chaque signe isolé compte peu, mais leur réunion justifie un examen médical aujourd’hui ou dans les 24 heures.

rule-cancer-history-new-pain = Vous signalez un cancer actuel ou ancien ; la plupart des douleurs de dos et de hanche restent sans gravité, mais avec cet antécédent, votre { -gp } doit examiner toute nouvelle douleur dans les prochains jours.

rule-fracture-major-trauma = Vous signalez un accident grave, comme une chute de hauteur ou un accident de la route ; une fracture de la colonne doit être écartée, ce qui demande une prise en charge en urgence dès maintenant.

rule-fracture-fragile-bone-fall-or-sudden = Vous signalez un traitement prolongé par corticoïdes en comprimés ou une ostéoporose, et une douleur apparue après une chute, un choc, ou brutalement sans raison apparente ; des os fragiles peuvent se fissurer ainsi, et un médecin doit vous voir aujourd’hui pour une radiographie.

rule-fracture-fragile-bone-with-weakness = Vous signalez des os fragiles, une douleur apparue après une chute, un choc, ou brutalement sans raison apparente, et une faiblesse dans une jambe ; une vertèbre fissurée qui comprime des nerfs peut donner ce tableau et relève des urgences immédiatement.

rule-fracture-age-70-minor-trauma = Vous avez 70 ans ou plus et votre douleur a suivi une chute ou un choc ; à cet âge, même une petite chute peut fissurer une vertèbre, et un médecin doit donc vous voir aujourd’hui.

rule-aaa-sudden-pain-faintness = Vous signalez une douleur brutale et intense du dos ou du ventre avec un malaise, des sueurs ou une perte de connaissance ; cela peut venir d’une fuite de la grosse artère du ventre, qui met la vie en danger : appelez les secours immédiatement.

rule-hip-fracture-fall-cannot-bear-weight = Vous signalez une chute ou un traumatisme et vous ne pouvez pas vous appuyer sur la jambe ; cela peut traduire une fracture de la hanche ou du bassin, qui relève des urgences immédiatement.

rule-hip-fracture-major-trauma = Vous signalez un accident grave et une douleur de la hanche, de l’aine ou de la cuisse ; une fracture de la hanche ou du fémur doit être écartée, ce qui relève des urgences immédiatement.

rule-hip-fracture-older-fall = Vous avez 70 ans ou plus et une douleur de la hanche ou de l’aine après une chute ; même si vous pouvez marcher, une petite fracture de la hanche ou du bassin peut passer inaperçue, et un médecin doit vous voir aujourd’hui pour une radiographie.

rule-hip-fracture-fragile-bone-fall = Vous signalez des os fragilisés par les corticoïdes ou l’ostéoporose, et une douleur de la hanche ou de l’aine après une chute ; une petite fracture peut passer inaperçue même si vous pouvez marcher, et un médecin doit vous voir aujourd’hui pour une radiographie.

rule-hip-cannot-bear-weight = Vous signalez que vous ne pouvez pas vous appuyer sur la jambe, avec une douleur de la hanche, de l’aine ou de la cuisse ; une fracture cachée, une infection ou une lésion de l’articulation doit être écartée par un médecin aujourd’hui.

rule-hip-cannot-bear-weight-worsening = Vous signalez que vous ne pouvez pas vous appuyer sur la jambe et que la douleur de la hanche, de l’aine ou de la cuisse s’aggrave ; une dégradation de ce type relève des urgences immédiatement.

rule-sufe-limp = Vous avez entre 8 et 16 ans et vous signalez une boiterie avec une douleur de la hanche, de l’aine ou de la cuisse ; à cet âge, la tête du fémur peut glisser au niveau du cartilage de croissance, et un médecin doit vous examiner aujourd’hui.

rule-sufe-cannot-bear-weight = Vous avez entre 8 et 16 ans, une douleur de la hanche, de l’aine ou de la cuisse, et vous ne pouvez pas vous appuyer sur la jambe ; la tête du fémur a peut-être glissé de façon instable, ce qui relève des urgences immédiatement.

rule-leg-weakness-stable = Vous signalez une faiblesse de la jambe qui ne s’aggrave pas ; un médecin ou un { -physio } doit vérifier les nerfs dans les prochains jours, et toute aggravation impose une consultation le jour même.

rule-numbness-or-tingling-leg = Vous signalez un engourdissement ou des fourmillements dans une jambe ou un pied ; cela vient souvent d’un nerf irrité et s’améliore en général, mais mérite un examen par votre { -gp } ou un { -physio } dans les prochains jours.

rule-severe-or-limiting-pain = Vous signalez une douleur intense ou qui vous empêche de mener vos activités habituelles ; un médecin ou un { -physio } peut vous aider à la maîtriser : prenez rendez-vous dans les prochains jours.

rule-severe-pain-getting-worse = Vous signalez une douleur intense qui s’aggrave ; une douleur qui continue d’augmenter malgré les soins doit être examinée par un médecin aujourd’hui.

rule-fall-or-minor-injury = Vous signalez que votre douleur a commencé après une chute ou un choc ; même un traumatisme léger mérite un examen par votre { -gp } dans les prochains jours pour vérifier qu’il n’y a pas de fracture.

rule-pain-over-6-weeks = Vous signalez une douleur du dos ou de la jambe depuis plus de 6 semaines ; l’essentiel de l’amélioration se fait d’ordinaire pendant les 6 premières semaines, si bien qu’une douleur plus longue mérite d’être réévaluée par votre { -gp } ou un { -physio }.

rule-inflammatory-back-pain-pattern = Vous avez moins de 45 ans, une douleur du dos depuis plus de 3 mois et au moins deux signes comme une raideur matinale prolongée, une douleur soulagée par l’exercice, des réveils en seconde partie de nuit ou des antécédents personnels ou familiaux évocateurs ; ce tableau peut correspondre à une maladie inflammatoire du dos : parlez à votre { -gp } d’une consultation chez un rhumatologue (spécialiste des articulations).

rule-avascular-necrosis-pattern = Vous signalez une douleur de l’aine et une boiterie alors que vous prenez des corticoïdes au long cours ou que vos os sont fragiles ; ce tableau peut correspondre à une mauvaise irrigation de la tête du fémur : consultez votre { -gp } dans les jours qui viennent pour une radiographie ou un autre examen d’imagerie.

rule-pelvic-floor-symptoms = Vous signalez des fuites urinaires qui durent depuis des mois ou une sensation de pesanteur dans le bassin ; cela peut correspondre à un périnée affaibli ou trop tendu, qui s’améliore souvent grâce à des exercices guidés : parlez-en à votre { -gp } ou à un { -physio } formé à la rééducation périnéale.

rule-hip-pain-over-12-weeks = Vous signalez une douleur de la hanche ou de l’aine depuis plus de 3 mois ; à ce stade, seul un quart environ des douleurs de hanche ont disparu, et un bilan avec votre { -gp } ou un { -physio } peut orienter la suite.
rule-unexplained-weight-loss-alone = Vous avez perdu du poids sans le vouloir. À lui seul, ce signe évoque rarement un problème de colonne vertébrale, mais il mérite d’être vérifié par votre { -gp }.
rule-spinal-asymmetry = Une épaule ou une hanche est plus haute que l’autre alors que la colonne est encore en croissance. Cela peut venir d’une courbure latérale de la colonne, qu’un professionnel de santé peut examiner et mesurer.
rule-pregnancy-pelvic-pain = Vous êtes enceinte ou avez accouché au cours de l’année écoulée et vous avez mal autour du bassin. C’est fréquent et cela se soigne : votre sage-femme, votre { -gp } ou un { -physio } peut l’examiner et vous montrer ce qui aide.

rule-both-legs-long-standing = Vous avez des symptômes dans les deux jambes depuis un moment. C’est rarement une urgence, mais un soignant doit vous examiner.
