// stage_history: how far has a molecule got in each indication, and when did each
// document say so?
// Parameters: $molecule (a Molecule id, e.g. "molecule:ivosidenib").
// Rows: one per indication, with the current stage (the latest dated document that states
// one) and, parallel to documents, the stage, date and trial each document states.
// Example: :param molecule => "molecule:ivosidenib"
MATCH (m:Molecule {id: $molecule})-[i:INDICATED_FOR]->(d:Disease)
RETURN d.id AS disease_id, d.name AS disease_name, i.phase AS stage, i.dates AS dates,
       i.phases AS stages, i.trials AS trials, i.documents AS documents,
       i.evidence AS evidence
ORDER BY disease_name, disease_id
