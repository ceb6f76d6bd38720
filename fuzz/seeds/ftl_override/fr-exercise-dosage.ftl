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
