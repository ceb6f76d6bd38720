# Termes propres au Canada francophone : ne remplacent que les termes régionaux de fr/terms.ftl.

-physio = physiothérapeute
-physios = physiothérapeutes
-gp = médecin de famille
-emergency-number = le 911
-paracetamol = l’acétaminophène
