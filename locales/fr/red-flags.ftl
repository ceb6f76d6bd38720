## Signaux d’alerte : problèmes graves derrière les règles de tri.
## red-flag-<id> = nom ; .summary = de quoi il s’agit ; .action = que faire maintenant.

red-flag-cauda-equina = Syndrome de la queue de cheval
    .summary = Le faisceau de nerfs situé au bas de la colonne, qui commande la vessie, l’intestin, les organes sexuels et les jambes, est peut-être comprimé. Si cette pression n’est pas levée rapidement, les séquelles peuvent être définitives.
    .action = Appelez { -emergency-number }, ou { -go-to-emergency } maintenant. Dites que vous pourriez avoir un syndrome de la queue de cheval et qu’une IRM urgente est nécessaire. N’attendez pas de voir si cela passe.

red-flag-progressive-neurological-deficit = Atteinte d’un nerf qui s’aggrave
    .summary = Un nerf qui sort de la colonne est si comprimé que la jambe ou le pied perd de la force. Par exemple, le pied traîne ou claque au sol à la marche.
    .action = Consultez un médecin aujourd’hui pour obtenir vite l’avis d’un spécialiste de la colonne. Si les deux jambes sont touchées, appelez { -emergency-number }. Faites de même si la peau entre les jambes devient engourdie, ou si vous remarquez un changement pour uriner ou aller à la selle.

red-flag-spinal-infection = Infection de la colonne vertébrale
    .summary = Des microbes peuvent infecter les vertèbres, les disques ou l’espace qui entoure les nerfs de la colonne. C’est rare, mais les nerfs peuvent en souffrir si le traitement tarde.
    .action = Certains signes ne peuvent pas attendre. C’est le cas d’une fièvre si vous avez eu récemment un soin sur la colonne, si vous vous injectez des drogues ou si vos défenses immunitaires sont faibles. C’est aussi le cas si vous vous sentez très mal ou si vos jambes faiblissent. Dans ce cas, appelez { -emergency-number }, ou { -go-to-emergency } maintenant. Sinon, faites-vous examiner par un médecin aujourd’hui.

red-flag-spinal-malignancy = Cancer touchant la colonne vertébrale
    .summary = Certains cancers peuvent gagner les os de la colonne et appuyer sur la moelle ou les nerfs. Un cancer passé rend cette cause plus probable, même si la plupart des douleurs de dos sont sans gravité.
    .action = Certains signes ne peuvent pas attendre : des jambes qui faiblissent ou s’engourdissent, une marche difficile, des urines ou des selles que vous ne sentez ou ne retenez plus. Dans ce cas, appelez { -emergency-number } maintenant. Sinon, consultez un médecin aujourd’hui et parlez-lui de votre cancer.

red-flag-vertebral-fracture = Fracture d’une vertèbre
    .summary = Une vertèbre peut se fissurer après une chute violente ou un accident. Quand les os sont fragiles ou la colonne soudée, un simple choc suffit, ou même aucun choc.
    .action = Après un accident grave, appelez { -emergency-number } et restez immobile jusqu’à l’arrivée des secours. Sinon, consultez un médecin aujourd’hui pour passer une radiographie ou un { -ct-scan }.
    .action-urgent = Consultez un médecin aujourd’hui : il pourra vous prescrire une radiographie ou un { -ct-scan }. Si vos jambes faiblissent ou s’engourdissent, appelez { -emergency-number } tout de suite. Faites de même si quelque chose change quand vous urinez ou allez à la selle.

red-flag-hip-fracture = Fracture de la hanche ou du bassin
    .summary = Le haut du fémur ou un os du bassin peut se casser, souvent en tombant de sa propre hauteur. Cela arrive surtout aux personnes âgées ou dont les os sont fragiles.
    .action = Si vous ne pouvez pas vous mettre debout, ou si vous ne pouvez pas vous appuyer sur la jambe, appelez { -emergency-number }. N’essayez pas de marcher. Si vous pouvez encore marcher, consultez un médecin aujourd’hui pour une radiographie.

red-flag-septic-arthritis = Infection d’une articulation (arthrite septique)
    .summary = Des microbes installés dans une articulation, comme la hanche, peuvent l’abîmer en quelques jours. Une articulation profonde comme la hanche peut ne paraître ni rouge ni gonflée, et un enfant peut seulement boiter.
    .action = En cas de fièvre, ou si la jambe ne peut pas porter le poids du corps, { -go-to-emergency } maintenant ou appelez { -emergency-number }. Sinon, consultez un médecin aujourd’hui.

red-flag-prosthetic-hip-complication = Problème de prothèse de hanche
    .summary = Une prothèse de hanche peut sortir de sa place (luxation), se desceller ou s’infecter, parfois des années après l’opération.
    .action = Appelez { -emergency-number } si votre hanche a fait un claquement, si la jambe paraît plus courte ou tournée, ou si vous ne tenez pas debout. N’essayez pas de remettre la hanche en place. En cas de fièvre, { -go-to-emergency }. Sinon, contactez votre chirurgien aujourd’hui.

red-flag-aortic-aneurysm = Anévrisme ou déchirure de l’aorte
    .summary = La plus grosse artère du corps (l’aorte) peut se dilater comme un ballon, puis se fissurer et saigner, ou se rompre ; sa paroi peut aussi se déchirer. Cela donne une douleur brutale et intense du dos, du ventre ou de la poitrine et met la vie en danger.
    .action = Appelez { -emergency-number } maintenant. Allongez-vous, restez sur place en attendant les secours et ne prenez pas le volant.

red-flag-limb-ischaemia = Artère de la jambe bouchée
    .summary = Un caillot peut boucher d’un coup l’artère principale d’une jambe, qui devient froide, pâle, engourdie et faible. Sans traitement en quelques heures, la jambe peut être perdue.
    .action = Appelez { -emergency-number } maintenant. N’attendez pas de voir si les sensations reviennent.

red-flag-slipped-capital-femoral-epiphysis = Glissement de la tête du fémur (épiphysiolyse fémorale supérieure)
    .summary = Chez l’enfant et l’adolescent, la tête du fémur peut glisser au niveau de son cartilage de croissance. Cela se manifeste souvent par une boiterie et une douleur de la hanche, de l’aine, de la cuisse, voire du genou.
    .action = Si l’enfant ou l’adolescent ne peut plus du tout poser le pied par terre, { -go-to-emergency } maintenant ou appelez { -emergency-number }. Sinon, faites-le examiner par un médecin aujourd’hui et évitez qu’il s’appuie sur la jambe d’ici là.

red-flag-child-limp = Boiterie de l’enfant à faire examiner
    .summary = La plupart des boiteries de l’enfant viennent d’une inflammation passagère de la hanche après un virus. D’autres viennent d’une infection, d’une fracture cachée ou d’un problème de hanche à traiter.
    .action = En cas de fièvre, si l’enfant refuse de poser le pied, ou si la jambe paraît tordue ou déformée, { -go-to-emergency } maintenant. Sinon, faites examiner l’enfant par un médecin.
    .action-urgent = Faites examiner l’enfant par un médecin aujourd’hui, dans un lieu où l’on peut faire une radiographie si besoin. Si l’enfant semble très malade, a de la fièvre, ou si la jambe paraît tordue ou déformée, { -go-to-emergency } maintenant.

red-flag-child-serious-illness = Enfant qui semble gravement malade
    .summary = Une peau pâle ou grisâtre, un enfant tout mou ou difficile à réveiller, ou des taches sur la peau qui ne s’effacent pas peuvent être les signes d’une infection grave du sang ou des enveloppes du cerveau (septicémie ou méningite).
    .action = Appelez { -emergency-number }, ou { -go-to-emergency } maintenant. N’attendez pas de voir si cela passe.

red-flag-femoral-stress-fracture = Fissure de fatigue du fémur
    .summary = Des efforts répétés, par exemple beaucoup de course à pied, peuvent fissurer le col du fémur, près de la hanche. Si elle passe inaperçue, la fissure peut aller jusqu’à la fracture complète.
    .action = Arrêtez de courir et évitez d’appuyer sur la jambe, avec des béquilles si vous en avez. Consultez un médecin aujourd’hui.

red-flag-ectopic-pregnancy = Grossesse extra-utérine
    .summary = Une grossesse peut se développer en dehors de l’utérus, le plus souvent dans une trompe. Elle peut se rompre et saigner dans le ventre, ce qui met la vie en danger.
    .action = En cas de saignement avec douleur, de douleur au bout de l’épaule ou de malaise, appelez { -emergency-number } maintenant. En cas de douleur seule, contactez aujourd’hui votre { -maternity-unit }, { -early-pregnancy-unit } ou un médecin.

red-flag-blood-clot = Caillot possible dans une veine de la jambe
    .summary = Pendant la grossesse et dans les semaines qui suivent l’accouchement, le sang forme plus facilement des caillots. Un caillot dans une veine profonde de la jambe peut faire enfler la jambe et la rendre douloureuse, et il peut remonter jusqu’aux poumons.
    .action = Contactez aujourd’hui votre { -maternity-unit }, votre { -midwife } ou votre { -gp } pour être examinée. Si vous êtes essoufflée ou avez mal à la poitrine, appelez { -emergency-number } tout de suite.

red-flag-pregnancy-complication = Problème de grossesse à signaler tout de suite à l’équipe qui vous suit
    .summary = Des saignements, une perte de liquide ou des contractions régulières peuvent signifier un accouchement qui commence trop tôt, la poche des eaux rompue ou un décollement du placenta.
    .action = Appelez votre { -maternity-unit } ou votre { -midwife } maintenant. Si vous ne les joignez pas, si vous saignez beaucoup ou si vous vous sentez mal, appelez { -emergency-number }.

red-flag-kidney-problem = Calcul ou infection du rein
    .summary = Un calcul peut boucher le conduit qui part du rein et donner des vagues de douleur très forte ; le rein peut aussi s’infecter. Un rein bouché avec de la fièvre est dangereux.
    .action = En cas de fièvre, de frissons ou si vous vous sentez très mal, { -go-to-emergency } maintenant. Sinon, consultez un médecin aujourd’hui.

red-flag-gynaecological-emergency = Torsion de l’ovaire ou infection du bassin
    .summary = Un ovaire peut se tordre et ne plus recevoir de sang, ou l’utérus et les trompes peuvent s’infecter. Sans traitement rapide, la fertilité peut en souffrir.
    .action = Pour une douleur brutale avec des vomissements, { -go-to-emergency } maintenant. Pour une douleur avec de la fièvre, consultez un médecin aujourd’hui.

red-flag-testicular-torsion = Torsion du testicule
    .summary = Un testicule peut se tordre et ne plus recevoir de sang. La douleur se sent souvent dans le bas du ventre ou dans l’aine, pas seulement dans le testicule. Une opération dans les heures qui suivent peut le sauver.
    .action = Appelez { -emergency-number }, ou { -go-to-emergency } maintenant. N’attendez pas de voir si la douleur passe. Ne mangez pas et ne buvez pas avant d’avoir été vu.

red-flag-strangulated-hernia = Hernie étranglée
    .summary = Une partie de l’intestin peut rester coincée dans une hernie de l’aine et ne plus recevoir de sang.
    .action = Il faut des soins sans attendre : { -go-to-emergency } maintenant. Ne mangez pas et ne buvez pas avant d’avoir été vu, et ne forcez pas pour rentrer la boule.

red-flag-giant-cell-arteritis = Inflammation des artères (maladie de Horton)
    .summary = Après 50 ans, des artères de la tête peuvent s’enflammer. Cette maladie peut faire perdre la vue brutalement. Elle s’accompagne souvent d’épaules et de hanches raides et douloureuses.
    .action = Si votre vue change, { -go-to-emergency } maintenant. Sinon, consultez un médecin aujourd’hui et dites que vous craignez une maladie de Horton.
