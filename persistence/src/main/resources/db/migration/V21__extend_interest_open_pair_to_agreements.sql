-- A pair that reached an agreement is not started again: one interest per pair while it is pending, accepted
-- and talking, or concluded by an agreement. Declined, withdrawn and not-pursued interests are history, so
-- the pair may start again after them. Two clicks at the same moment make one interest: the second insert
-- waits for the first and is refused by this index (the service shows the refusal as a message).
-- Before this rule a pair could open a new interest after an agreement: such an interest is closed as
-- superseded by the agreement (pending ones withdrawn, talking ones not pursued), saying why.
UPDATE interest i SET status = 'WITHDRAWN', decided_at = now(), updated_at = now()
 WHERE i.status = 'PENDING'
   AND EXISTS (SELECT 1 FROM interest a WHERE a.project_id = i.project_id AND a.offer_id = i.offer_id AND a.outcome = 'AGREEMENT');
UPDATE interest i SET outcome = 'NOT_PURSUED', outcome_at = now(), updated_at = now(),
       not_pursued_reason = 'Superseded by the agreement already recorded for this project and offer'
 WHERE i.status = 'ACCEPTED' AND i.outcome = 'NONE'
   AND EXISTS (SELECT 1 FROM interest a WHERE a.project_id = i.project_id AND a.offer_id = i.offer_id AND a.outcome = 'AGREEMENT');
DROP INDEX interest_open_pair;
CREATE UNIQUE INDEX interest_open_pair ON interest (project_id, offer_id)
    WHERE status = 'PENDING' OR (status = 'ACCEPTED' AND outcome IN ('NONE', 'AGREEMENT'));
