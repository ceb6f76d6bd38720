## Cautions added to the advice by advice-safety rules: one or two short sentences.

caution-pregnancy-pain-relief = In pregnancy, do not take anti-inflammatory painkillers such as ibuprofen unless a doctor prescribes them. The usual choice is { -paracetamol }; ask your { -midwife } or a { -pharmacist }.
caution-pregnancy-positions = Avoid lying flat on your back for long, especially after the first three months. Do exercises lying on your side, sitting or on hands and knees instead.
caution-pelvic-girdle-loading = Keep your knees together when you turn in bed or get out of a car, and take stairs one step at a time. Avoid wide steps and lunges.
caution-child-advice = Advice on exercise, medicine and everyday activities for a child should come from a doctor or { -physio } who has examined them.
caution-nsaids-health-risk = Anti-inflammatory painkillers can harm the kidneys, stomach or heart, or make bleeding or asthma worse. Ask a { -pharmacist } or your { -gp } which painkiller is safe for you.
caution-nsaids-over-65 = From 65, anti-inflammatory painkillers more often upset the stomach, kidneys or heart. Ask a { -pharmacist } before taking one, and use the lowest dose for the shortest time.
caution-spine-sparing = With fragile bones, avoid deep forward bends, sit-ups, toe touches and twisting, above all while lifting. Bend at the hips and knees with a straight back.
caution-hip-replacement-precautions = Follow the movement advice from your surgical team; it depends on how your hip was operated on. Ask them before doing hip stretches.
caution-heat-numb-skin = Do not put heat packs or anything hot on skin that feels numb, because it can burn without you noticing.
caution-keep-weight-off = Stop running and jumping, and keep weight off the leg as much as you can until a doctor has checked it. Crutches help.
