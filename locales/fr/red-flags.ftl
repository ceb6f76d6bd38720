## Signaux d’alerte : problèmes graves derrière les règles de tri.
## red-flag-<id> = nom ; .summary = de quoi il s’agit ; .action = que faire maintenant.

red-flag-cauda-equina = Syndrome de la queue de cheval
    .summary = Le faisceau de nerfs situé au bas de la colonne, qui commande la vessie, l’intestin, les organes sexuels et les jambes, est peut-être comprimé. Si cette pression n’est pas levée rapidement, les séquelles peuvent être définitives.
    .action = Rendez-vous aux urgences dès maintenant ou appelez { -emergency-number }. Expliquez que vous pourriez avoir un syndrome de la queue de cheval et qu’une IRM urgente est nécessaire. N’attendez pas de voir si cela passe.

red-flag-spinal-infection = Infection de la colonne vertébrale
    .summary = Des microbes peuvent infecter les vertèbres, les disques ou l’espace qui entoure les nerfs de la colonne. C’est rare, mais les nerfs peuvent en souffrir si le traitement tarde.
    .action = Faites-vous examiner par un médecin aujourd’hui même. Si vous avez eu récemment une opération ou une infiltration dans le dos, si vous vous sentez très mal ou si vos jambes faiblissent, appelez { -emergency-number }, ou allez aux urgences sans attendre ; sinon, demandez à votre { -gp } de vous recevoir dans la journée ou allez dans un centre de soins sans rendez-vous.

red-flag-spinal-malignancy = Cancer touchant la colonne vertébrale
    .summary = Certains cancers peuvent gagner les os de la colonne et provoquer des douleurs de dos. Un antécédent de cancer rend cette cause plus probable, même si la plupart des douleurs de dos sont sans gravité.
    .action = Consultez un médecin aujourd’hui ou dans les 24 heures : demandez à votre { -gp } de vous recevoir dans la journée et signalez vos antécédents de cancer. Si vos jambes faiblissent ou s’engourdissent, si la marche devient difficile ou si votre vessie ou vos intestins ne fonctionnent plus comme d’habitude, appelez { -emergency-number } immédiatement.

red-flag-vertebral-fracture = Fracture d’une vertèbre
    .summary = Une vertèbre peut se fissurer après une chute violente ou un accident, ou, quand les os sont fragiles, après un simple choc, voire un mouvement brusque.
    .action = Après un accident grave, appelez { -emergency-number } et restez immobile jusqu’à l’arrivée des secours. Après une petite chute, ou une douleur brutale alors que vos os sont fragiles, consultez un médecin aujourd’hui pour qu’une radiographie soit faite.

red-flag-hip-fracture = Fracture de la hanche ou du bassin
    .summary = Le haut du fémur ou un os du bassin peut se casser, souvent lors d’une chute de sa hauteur, surtout chez les personnes âgées ou dont les os sont fragiles.
    .action = Si vous ne pouvez pas vous tenir debout ni vous appuyer sur la jambe, appelez { -emergency-number } et n’essayez pas de marcher. Si vous pouvez encore marcher, consultez un médecin aujourd’hui pour une radiographie.

red-flag-septic-arthritis = Infection d’une articulation (arthrite septique)
    .summary = Des microbes installés dans une articulation, comme la hanche, la rendent chaude, gonflée et très douloureuse. Sans traitement, l’articulation peut s’abîmer en quelques jours.
    .action = Faites-vous examiner aujourd’hui. Si vous avez de la fièvre, si vous vous sentez très mal ou si vous ne pouvez pas vous appuyer sur la jambe, allez aux urgences immédiatement ou appelez { -emergency-number } ; sinon, voyez votre { -gp } ou un centre de soins sans rendez-vous dans la journée.

red-flag-aortic-aneurysm = Fuite d’un anévrisme de l’aorte
    .summary = La grosse artère du ventre (l’aorte) peut se dilater comme un ballon, puis fuir ou se rompre. Cela provoque une douleur brutale et intense du dos ou du ventre avec un malaise, et met la vie en danger.
    .action = Appelez { -emergency-number } immédiatement. Allongez-vous, restez sur place en attendant les secours et ne prenez pas le volant.

red-flag-progressive-neurological-deficit = Atteinte d’un nerf qui s’aggrave
    .summary = Un nerf qui sort de la colonne est si comprimé que la jambe ou le pied perd de la force, par exemple un pied qui traîne ou qui claque au sol à la marche.
    .action = Consultez un médecin aujourd’hui pour obtenir rapidement l’avis d’un spécialiste de la colonne vertébrale. Si les deux jambes sont touchées, ou en cas d’engourdissement entre les jambes ou de changement dans le fonctionnement de la vessie ou des intestins, appelez { -emergency-number }.

red-flag-slipped-capital-femoral-epiphysis = Glissement de la tête du fémur (épiphysiolyse fémorale supérieure)
    .summary = Chez l’enfant et l’adolescent, la tête du fémur peut glisser au niveau de son cartilage de croissance. Ce glissement se manifeste souvent par une boiterie et une douleur de la hanche, de l’aine, de la cuisse, voire du genou.
    .action = Faites examiner l’enfant ou l’adolescent par un médecin aujourd’hui et évitez qu’il s’appuie sur la jambe d’ici là. S’il ne peut plus du tout poser le pied par terre, allez aux urgences immédiatement ou appelez { -emergency-number }.
