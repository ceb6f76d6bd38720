# Cautions that fired rules add to a report: `caution-<id>`, one or two short sentences.
