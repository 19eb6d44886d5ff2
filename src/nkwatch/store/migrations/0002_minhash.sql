-- MinHash signatures of the kept text, so a new run rebuilds the near-duplicate index without re-reading texts.
-- ``scheme`` names the parameters (permutations, shingle size, seed): a signature of another scheme is recomputed.
CREATE TABLE minhashes (
    doc_id     TEXT PRIMARY KEY REFERENCES articles(doc_id) DEFERRABLE INITIALLY DEFERRED,
    scheme     TEXT NOT NULL,
    signature  BLOB NOT NULL
);
