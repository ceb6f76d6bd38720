## Exercices : nom, objectif, étapes et quand lever le pied.
## Le nombre d’attributs .step-N correspond à `steps` dans data/exercises.toml.

## Messages communs

# Variables : $sets, $reps, $hold (secondes, 0 sans maintien), $days (jours par semaine).
# En français, 0 et 1 relèvent de la catégorie « one » ; les clés numériques passent avant.
exercise-dosage =
    { $sets ->
        [one]
            { $reps ->
                [one] Une fois
               *[other] { $reps } répétitions
            }
       *[other]
            { $sets } séries de { $reps ->
                [one] 1 répétition
               *[other] { $reps } répétitions
            }
    }, { $hold ->
        [0]
            { $days ->
                [7] tous les jours
                [1] une fois par semaine
               *[other] { $days } jours par semaine
            }
       *[other]
            en tenant la position { $hold ->
                [one] { $hold } seconde
               *[other] { $hold } secondes
            }, { $days ->
                [7] tous les jours
                [1] une fois par semaine
               *[other] { $days } jours par semaine
            }
    }

exercise-target-core = Tronc (muscles profonds du ventre et du dos)
exercise-target-lower-back = Bas du dos
exercise-target-glutes = Fessiers
exercise-target-hips = Hanches
exercise-target-hamstrings = Arrière des cuisses
exercise-target-hip-flexors = Avant des hanches
exercise-target-pelvic-floor = Plancher pelvien
exercise-target-nerves = Nerfs de la jambe
exercise-target-general = Corps entier

## Les quatre exercices de l’article source

exercise-bent-knee-fallout = Ouverture du genou fléchi
    .summary = Apprend aux muscles profonds du ventre à garder le bas du dos et le bassin stables pendant qu’une hanche bouge.
    .step-1 = Allongez-vous sur le dos, genoux pliés, pieds à plat au sol, écartés à peu près de la largeur des hanches.
    .step-2 = Rentrez doucement le nombril vers la colonne et continuez à respirer normalement.
    .step-3 = Laissez descendre lentement un genou sur le côté, seulement tant que le bassin ne roule pas, puis ramenez-le au centre.
    .step-4 = Faites de même avec l’autre genou, en alternant jusqu’à atteindre le nombre prévu de chaque côté.
    .caution = Arrêtez en cas de douleur vive, de douleur qui descend dans la jambe, ou d’engourdissement ou de fourmillements nouveaux. Commencez par quelques mouvements lents une ou deux fois par semaine, et n’en ajoutez que lorsque l’exercice commence à vous sembler facile.

exercise-glute-stretch = Étirement des fessiers
    .summary = Étire les muscles de la fesse et de l’arrière de la hanche, qui se raidissent souvent quand le dos ou la hanche font mal.
    .step-1 = Allongez-vous sur le dos, genoux pliés, pieds au sol.
    .step-2 = Posez une cheville en travers du genou opposé, de sorte que vos jambes dessinent un chiffre 4.
    .step-3 = Attrapez à deux mains l’arrière de la cuisse de la jambe non croisée. Ramenez-la doucement vers la poitrine, jusqu’à sentir un étirement au fond de la fesse de la jambe croisée.
    .step-4 = Respirez lentement pendant le maintien, puis reposez les jambes et changez de côté.
    .caution = Un étirement doit tirer doucement, jamais faire mal. Relâchez si vous sentez un pincement à l’avant de la hanche ou dans l’aine. Arrêtez en cas de douleur vive, de douleur qui descend dans la jambe ou d’engourdissement nouveau.

exercise-childs-pose = Posture de l’enfant
    .summary = Un étirement reposant qui allonge le bas du dos et détend le pourtour des hanches.
    .step-1 = Mettez-vous à genoux sur une surface souple, gros orteils joints et genoux écartés d’environ la largeur des hanches, ou un peu plus.
    .step-2 = Ramenez les fesses vers les talons, aussi loin que c’est confortable.
    .step-3 = Faites glisser les mains vers l’avant sur le sol et laissez la poitrine et le front descendre ; posez la tête sur un coussin si elle n’atteint pas le sol.
    .step-4 = Respirez lentement vers le bas du dos pendant le maintien, puis ramenez les mains et redressez-vous sans vous presser.
    .caution = Passez cet exercice, ou écourtez-le, si la douleur augmente quand vous vous penchez en avant. Arrêtez en cas de douleur vive, de douleur qui descend dans la jambe ou d’engourdissement nouveau. Une serviette pliée derrière les genoux peut aider si la position à genoux est inconfortable.

exercise-knee-rocking = Balancier des genoux
    .summary = Un mouvement lent et facile qui assouplit le bas du dos et les hanches raides.
    .step-1 = Allongez-vous sur le dos, genoux pliés et serrés, pieds à plat au sol.
    .step-2 = Gardez les épaules détendues au sol et laissez les deux genoux basculer lentement d’un côté, seulement tant que c’est confortable.
    .step-3 = Ramenez-les par le centre et laissez-les basculer de l’autre côté.
    .step-4 = Gardez un rythme lent et régulier, en soufflant chaque fois que les genoux s’éloignent du centre.
    .caution = Réduisez l’amplitude si cela tire trop. Arrêtez en cas de douleur vive, de douleur qui descend dans la jambe ou d’engourdissement nouveau.

## Autres exercices

exercise-pelvic-tilt = Bascule du bassin
    .summary = Réveille les muscles profonds du ventre et mobilise en douceur un bas du dos raide.
    .step-1 = Allongez-vous sur le dos, genoux pliés, pieds à plat au sol.
    .step-2 = Contractez le ventre et basculez le bassin pour que le creux des reins appuie légèrement contre le sol.
    .step-3 = Gardez cette position en continuant à respirer.
    .step-4 = Relâchez et laissez le dos retrouver sa courbe naturelle avant de recommencer.
    .caution = Faites un petit mouvement, bien fluide. Arrêtez en cas de douleur vive, de douleur qui descend dans la jambe ou d’engourdissement nouveau.

exercise-glute-bridge = Pont fessier
    .summary = Renforce les muscles des fesses et des cuisses qui soutiennent le bas du dos et les hanches.
    .step-1 = Allongez-vous sur le dos, genoux pliés, pieds à plat écartés de la largeur des hanches, bras le long du corps.
    .step-2 = Contractez le ventre et serrez les fesses.
    .step-3 = Poussez dans les talons pour soulever le bassin jusqu’à ce que les épaules, les hanches et les genoux soient alignés, sans cambrer le dos.
    .step-4 = Redescendez lentement le bassin jusqu’au sol.
    .caution = Commencez par soulever un peu le bassin, puis montez plus haut à mesure que vous gagnez en force. Arrêtez en cas de douleur vive, de douleur qui descend dans la jambe ou d’engourdissement nouveau.

exercise-cat-cow = Chat et vache
    .summary = Mobilise doucement toute la colonne, en l’arrondissant puis en la creusant, pour chasser la raideur.
    .step-1 = Mettez-vous à quatre pattes, mains sous les épaules et genoux sous les hanches.
    .step-2 = En soufflant, arrondissez le dos vers le plafond et laissez pendre la tête.
    .step-3 = En inspirant, laissez le ventre descendre lentement vers le sol et portez le regard devant vous, seulement tant que c’est facile.
    .step-4 = Passez lentement d’une position à l’autre sans forcer en fin de mouvement.
    .caution = Réduisez l’amplitude si arrondir ou creuser le dos aggrave la douleur. Arrêtez en cas de douleur vive, de douleur qui descend dans la jambe ou d’engourdissement nouveau. Glissez un coussin sous les genoux si la position à genoux fait mal.

exercise-bird-dog = Chien d’arrêt
    .summary = Développe le contrôle du tronc et des fessiers pendant que les bras et les jambes bougent.
    .step-1 = Mettez-vous à quatre pattes, le dos plat comme un dessus de table.
    .step-2 = Contractez doucement le ventre pour que le dos reste immobile.
    .step-3 = Tendez lentement un bras vers l’avant et la jambe opposée vers l’arrière, jusqu’à ce qu’ils soient dans l’alignement du corps.
    .step-4 = Restez stable sans laisser le bassin pencher ni le dos se creuser, puis revenez à la position de départ.
    .step-5 = Recommencez avec l’autre bras et l’autre jambe, en alternant.
    .caution = Si l’équilibre est difficile au début, bougez seulement une jambe ou seulement un bras. Arrêtez en cas de douleur vive, de douleur qui descend dans la jambe ou d’engourdissement nouveau.

exercise-knee-to-chest = Genou contre la poitrine
    .summary = Un étirement doux pour le bas du dos et la fesse.
    .step-1 = Allongez-vous sur le dos, genoux pliés, pieds au sol.
    .step-2 = Attrapez l’arrière d’un genou et ramenez-le lentement vers la poitrine.
    .step-3 = Maintenez en respirant calmement, l’autre pied au sol et la tête posée.
    .step-4 = Reposez lentement la jambe et changez de côté.
    .caution = Passez cet exercice si la douleur augmente quand vous vous penchez en avant, ou s’il provoque un pincement dans l’aine. Arrêtez en cas de douleur vive, de douleur qui descend dans la jambe ou d’engourdissement nouveau.

exercise-piriformis-stretch = Étirement du piriforme
    .summary = Étire le piriforme, un petit muscle situé au fond de la fesse, tout près du nerf sciatique.
    .step-1 = Allongez-vous sur le dos, genoux pliés, pieds au sol.
    .step-2 = Ramenez un genou vers vous et tenez-le avec la main opposée.
    .step-3 = Tirez doucement le genou en travers du corps, vers l’épaule opposée, jusqu’à sentir un étirement au fond de la fesse.
    .step-4 = Maintenez, puis laissez revenir la jambe lentement et changez de côté.
    .caution = Relâchez si vous sentez un pincement à l’avant de la hanche ou dans l’aine. Arrêtez en cas de douleur vive, de douleur qui irradie dans la jambe ou d’engourdissement nouveau.

exercise-hip-flexor-stretch = Étirement des fléchisseurs de hanche
    .summary = Étire les muscles de l’avant de la hanche, qui se raidissent après de longues heures en position assise.
    .step-1 = Mettez un genou au sol sur un coussin, l’autre pied à plat devant vous, en vous tenant à une chaise ou à un mur pour garder l’équilibre.
    .step-2 = Grandissez-vous et rentrez un peu le coccyx, pour que le bas du dos ne se cambre pas.
    .step-3 = Portez doucement le poids du corps vers l’avant jusqu’à sentir un étirement à l’avant de la hanche, du côté du genou posé au sol.
    .step-4 = Maintenez en continuant à respirer, puis revenez en arrière.
    .step-5 = Changez de jambe et recommencez.
    .caution = Si la position à genoux fait mal, faites l’étirement debout, en grande fente avant. Arrêtez en cas de douleur vive, de douleur qui descend dans la jambe ou d’engourdissement nouveau.

exercise-clamshell = Coquillage
    .summary = Renforce les muscles du côté de la hanche, qui maintiennent le bassin horizontal pendant la marche.
    .step-1 = Allongez-vous sur le côté, hanches et genoux pliés, pieds joints, la tête posée sur le bras ou sur un coussin.
    .step-2 = Gardez les pieds collés et levez le genou du dessus aussi haut que possible sans faire rouler le bassin vers l’arrière.
    .step-3 = Marquez un court temps d’arrêt en haut, puis redescendez lentement le genou.
    .step-4 = Une fois le nombre atteint, tournez-vous et travaillez l’autre côté.
    .caution = Placez un oreiller sous la hanche si l’appui sur cette hanche est douloureux. Arrêtez en cas de douleur vive, de douleur qui descend dans la jambe ou d’engourdissement nouveau.

exercise-sciatic-nerve-glide = Glissement du nerf sciatique
    .summary = Aide le nerf sciatique à coulisser librement le long de l’arrière de la jambe, ce qui peut soulager la douleur et les fourmillements.
    .step-1 = Asseyez-vous le dos bien droit sur une chaise ferme, pieds au sol.
    .step-2 = Tendez lentement un genou tout en basculant la tête en arrière pour regarder vers le haut.
    .step-3 = Repliez le genou tout en rentrant le menton vers la poitrine.
    .step-4 = Gardez un mouvement fluide et facile, et faites de même avec l’autre jambe si elle est aussi touchée.
    .caution = Vous devez ressentir un mouvement doux, pas un étirement intense. Arrêtez si les fourmillements ou l’engourdissement augmentent ou persistent après l’exercice, en cas de douleur vive, ou si la douleur descend plus bas dans la jambe.

exercise-prone-press-up = Extension sur le ventre
    .summary = Creuse doucement le bas du dos, ce qui peut soulager certaines personnes dont la douleur augmente quand elles se penchent en avant.
    .step-1 = Allongez-vous sur le ventre, les mains à plat sous les épaules.
    .step-2 = Laissez le bassin et les jambes détendus au sol.
    .step-3 = Tendez lentement les bras pour soulever le buste, seulement tant que c’est confortable.
    .step-4 = Marquez un court temps d’arrêt en haut, puis redescendez lentement.
    .caution = À éviter pendant la grossesse. Passez cet exercice si la douleur augmente quand vous vous penchez en arrière. Arrêtez en cas de douleur vive, de douleur qui descend plus bas dans la jambe ou d’engourdissement nouveau.

exercise-pelvic-floor-contraction = Contraction du plancher pelvien
    .summary = Renforce les muscles du fond du bassin (le périnée), qui soutiennent la vessie, l’intestin et le bas du dos.
    .step-1 = Asseyez-vous, tenez-vous debout ou allongez-vous confortablement, cuisses, fesses et ventre relâchés.
    .step-2 = Serrez et remontez les muscles que vous utiliseriez pour retenir un gaz et une envie d’uriner.
    .step-3 = Tenez la contraction en respirant normalement, puis relâchez complètement et reposez-vous quelques secondes.
    .step-4 = Quand les contractions lentes deviennent plus faciles, ajoutez quelques contractions rapides et fortes, en relâchant bien après chacune.
    .caution = Commencez par des maintiens plus courts et allongez-les sur plusieurs semaines ; il faut en général au moins trois mois de pratique régulière pour voir un effet. Répartissez les séries dans la journée, et ne vous entraînez pas en coupant le jet d’urine. Si la contraction fait mal, ou si les rapports sexuels sont douloureux, voyez d’abord { -pelvic-floor-professional }. Vos muscles ont peut-être besoin d’apprendre à se relâcher plutôt qu’à se contracter.

exercise-diaphragmatic-breathing = Respiration abdominale
    .summary = Apaise un corps tendu et aide le plancher pelvien et les muscles profonds du ventre à se relâcher.
    .step-1 = Asseyez-vous confortablement, ou allongez-vous sur le côté ou sur le dos, genoux pliés, une main sur la poitrine et l’autre sur le ventre.
    .step-2 = Inspirez lentement par le nez en laissant le ventre se soulever sous la main, la poitrine restant presque immobile.
    .step-3 = Sentez la région entre les jambes se détendre et descendre légèrement pendant l’inspiration.
    .step-4 = Expirez lentement par la bouche et laissez le ventre redescendre.
    .caution = Si la tête vous tourne, respirez plus doucement et faites une pause. Arrêtez en cas de douleur vive ou d’engourdissement nouveau.

exercise-walking-program = Programme de marche
    .summary = Améliore votre forme pas à pas ; la marche fait circuler le sang vers les muscles et les nerfs douloureux et les aide à se calmer.
    .step-1 = Commencez par une marche assez courte pour la terminer sans peine, même s’il ne s’agit que de cinq ou dix minutes.
    .step-2 = Marchez à allure tranquille sur un terrain plat, avec des chaussures confortables qui tiennent bien le pied.
    .step-3 = Tous les deux ou trois jours, ajoutez quelques minutes si la douleur ne s’est pas réveillée.
    .step-4 = Augmentez peu à peu jusqu’à une trentaine de minutes la plupart des jours, en plusieurs marches plus courtes si cela vous convient mieux.
    .caution = Si vos jambes deviennent lourdes, engourdies ou douloureuses en marchant, arrêtez-vous et asseyez-vous ou penchez-vous en avant jusqu’à ce que cela passe, puis repartez. Allez-y plus doucement si la douleur est plus forte le lendemain. Arrêtez et demandez conseil si la marche provoque une douleur vive dans la hanche ou l’aine, ou un engourdissement nouveau.

exercise-side-plank-from-knees = Planche latérale sur les genoux
    .summary = Renforce les muscles sur le côté du tronc et de la hanche.
    .step-1 = Allongez-vous sur le côté, en appui sur l’avant-bras, le coude sous l’épaule et les genoux pliés vers l’arrière.
    .step-2 = Contractez doucement le ventre.
    .step-3 = Décollez le bassin du sol pour que le corps forme une ligne droite de la tête aux genoux.
    .step-4 = Maintenez, redescendez lentement, puis tournez-vous et travaillez l’autre côté.
    .caution = Gardez des maintiens courts au début et allongez-les à mesure que vous gagnez en force. Arrêtez si l’épaule ou la hanche fait mal, ou en cas de douleur vive, de douleur qui descend dans la jambe ou d’engourdissement nouveau.

exercise-sit-to-stand = Assis-debout
    .summary = Renforce les jambes et les fesses pour les gestes de tous les jours, comme se lever d’une chaise.
    .step-1 = Asseyez-vous vers l’avant d’une chaise ferme, pieds à plat au sol et un peu écartés.
    .step-2 = Penchez-vous légèrement en avant à partir des hanches et levez-vous en poussant sur les pieds, en vous aidant des mains seulement si besoin.
    .step-3 = Restez un instant debout, le dos bien droit.
    .step-4 = Rasseyez-vous lentement, en contrôlant la descente.
    .caution = Si c’est trop difficile, prenez une chaise plus haute ou appuyez-vous sur les accoudoirs. Arrêtez en cas de douleur vive, de douleur qui descend dans la jambe ou d’engourdissement nouveau.
