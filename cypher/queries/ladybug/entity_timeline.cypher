// LadybugDB variant: label(r) instead of type(r).
// entity_timeline: what happened to this molecule or organisation, and when? Returns every
// fact around it with its parallel provenance lists (documents, evidence, dates); each
// (document, date, sentence) triple is one event on the timeline.
// Parameters: $id (a Molecule or Organization id, e.g. "molecule:venetoclax").
// Example: :param id => "molecule:venetoclax"
MATCH (n:Molecule|Organization {id: $id})-[r:TARGETS|INDICATED_FOR|DEVELOPS|COLLABORATES_WITH]-(m)
RETURN label(r) AS type, n.id AS id, n.name AS name, n.aliases AS aliases,
       m.id AS other_id, m.name AS other_name, m.aliases AS other_aliases,
       r.phase AS phase, r.documents AS documents, r.evidence AS evidence, r.dates AS dates
