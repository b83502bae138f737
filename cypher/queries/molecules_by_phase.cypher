// molecules_by_phase: which molecules are at a given phase, optionally for one disease?
// Parameters: $phase (one of "preclinical", "phase 1", "phase 1/2", "phase 2", "phase 2/3",
// "phase 3", "filed", "approved"; "" for any stated phase), $disease (a Disease id, or ""
// for every disease).
// Rows: one per INDICATED_FOR fact with a matching phase, by disease then molecule.
// Example: :param phase => "phase 3"
//          :param disease => ""
MATCH (m:Molecule)-[i:INDICATED_FOR]->(d:Disease)
WHERE i.phase IS NOT NULL AND ($phase = '' OR i.phase = $phase)
  AND ($disease = '' OR d.id = $disease)
RETURN d.id AS disease_id, d.name AS disease, m.id AS molecule_id, m.name AS molecule,
       i.phase AS phase, i.last_date AS last_date, i.doc_count AS doc_count
ORDER BY disease, molecule
