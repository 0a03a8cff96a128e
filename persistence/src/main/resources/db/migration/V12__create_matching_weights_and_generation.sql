-- Matching: the weights of the score's criteria, which the secretariat edits, and the generation counter
-- that tells every node when its in-memory matching snapshot is stale.

-- One row per criterion of the engine (org.fourpermille.hub.matching.engine.Criterion), seeded with its
-- defaults (Weights.DEFAULTS). Only proportions matter: the score is the weighted share of criteria met.
CREATE TABLE matching_weight (
    criterion   varchar(30)   PRIMARY KEY
        CHECK (criterion IN ('PRACTICES', 'CLIMATE_ZONE', 'LAND_USE', 'SDGS_OBJECTIVES', 'LANGUAGE', 'ASSESSMENT')),
    weight      integer       NOT NULL CHECK (weight BETWEEN 0 AND 100),
    updated_by  varchar(254)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    version     integer       NOT NULL DEFAULT 0
);

INSERT INTO matching_weight (criterion, weight, updated_by, updated_at) VALUES
    ('PRACTICES', 30, 'seed: default weight', now()),
    ('CLIMATE_ZONE', 15, 'seed: default weight', now()),
    ('LAND_USE', 15, 'seed: default weight', now()),
    ('SDGS_OBJECTIVES', 15, 'seed: default weight', now()),
    ('LANGUAGE', 15, 'seed: default weight', now()),
    ('ASSESSMENT', 10, 'seed: default weight', now());

-- A single row. Any committed change to what matching reads moves it on; each node compares it with the
-- generation of its snapshot on every matching request (one primary-key read) and reloads when it moved.
-- No timer and no message between nodes: the database is the only shared truth of a cluster.
CREATE TABLE matching_generation (
    id          smallint  PRIMARY KEY CHECK (id = 1),
    generation  bigint    NOT NULL
);
INSERT INTO matching_generation (id, generation) VALUES (1, 1);

-- Moves the generation once per transaction, when the transaction commits: the triggers below are
-- deferred constraint triggers, so the counter row is locked only for the instant of the commit (writers
-- of projects and offers do not queue behind each other for their whole transaction, and no lock is taken
-- after it, so it cannot close a deadlock). The transaction-local setting keeps a bulk insert of ten
-- thousand rows to one update of the counter.
CREATE FUNCTION matching_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('hub.matching_changed', true), '') = 'yes' THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('hub.matching_changed', 'yes', true);
    UPDATE matching_generation SET generation = generation + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER project_matching_changed AFTER INSERT OR UPDATE OR DELETE ON project
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION matching_changed();
CREATE CONSTRAINT TRIGGER project_text_matching_changed AFTER INSERT OR UPDATE OR DELETE ON project_text
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION matching_changed();
CREATE CONSTRAINT TRIGGER support_offer_matching_changed AFTER INSERT OR UPDATE OR DELETE ON support_offer
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION matching_changed();
CREATE CONSTRAINT TRIGGER currency_rate_matching_changed AFTER INSERT OR UPDATE OR DELETE ON currency_rate
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION matching_changed();
CREATE CONSTRAINT TRIGGER practice_matching_changed AFTER INSERT OR UPDATE OR DELETE ON practice
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION matching_changed();
CREATE CONSTRAINT TRIGGER matching_weight_changed AFTER INSERT OR UPDATE OR DELETE ON matching_weight
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION matching_changed();
-- An organisation's type is part of its projects' profiles, and only active organisations' projects and
-- offers are matched: only those two columns matter.
CREATE CONSTRAINT TRIGGER organisation_matching_changed AFTER UPDATE OF status, type ON organisation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.type IS DISTINCT FROM NEW.type)
    EXECUTE FUNCTION matching_changed();
