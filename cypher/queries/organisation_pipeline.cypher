// organisation_pipeline: which molecules does an organisation develop, for which
// indications, at what stage?
// Parameters: $org (an Organization id, e.g. "org:servier").
// Rows: one per molecule and indication, with the current stage and each document's
// stage and date (the history of the stage), most advanced first.
// Example: :param org => "org:servier"
MATCH (:Organization {id: $org})-[:DEVELOPS]->(m:Molecule)-[i:INDICATED_FOR]->(d:Disease)
RETURN m.id AS molecule_id, m.name AS molecule_name, d.id AS disease_id, d.name AS disease_name,
       i.phase AS stage, i.dates AS dates, i.phases AS stages, i.documents AS documents,
       i.evidence AS evidence, i.trials AS trials
ORDER BY molecule_name, disease_name
