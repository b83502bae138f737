// Documents of kind press_release also carry the :PressRelease label (Neo4j only).
// $ids: ids of the documents of that kind in the batch just written.
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d:PressRelease
