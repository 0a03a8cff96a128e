-- One source of truth for "STC expert": a current term on the STC, appointed by the secretariat on the
-- group's members page, makes the person an expert; the end of the term ends it. The role is no longer
-- given by hand: Account reads it from this view (eagerly, with the account), so every role check - the
-- groups the identity store hands to the container, @RolesAllowed, isCallerInRole, the access filter and
-- the pages - follows the terms at the next sign-in, and each request's comparison of roles notices an end.

-- Hand-given experts keep their standing: those without a current STC term get one from today, for the
-- STC's usual three years, so that the retirement of the role takes nothing from anybody.
INSERT INTO group_term (group_id, account_id, seat, starts_on, ends_on, appointed_by, appointed_at, note)
SELECT g.id, r.account_id, NULL, CURRENT_DATE, CURRENT_DATE + INTERVAL '3 years' - INTERVAL '1 day',
       'migration V20', now(), 'Formerly given the STC expert role by an administrator'
  FROM account_role r
  JOIN hub_group g ON g.code = 'STC'
 WHERE r.role = 'STC_EXPERT'
   AND NOT EXISTS (SELECT 1 FROM group_term t
                    WHERE t.group_id = g.id AND t.account_id = r.account_id
                      AND t.starts_on <= CURRENT_DATE AND CURRENT_DATE <= t.ends_on
                      AND (t.ended_on IS NULL OR CURRENT_DATE < t.ended_on));

-- The rows of the hand-given role stay for now and give nothing (Account ignores them): a node still on the
-- previous build reads them during a rolling upgrade. Removing them, and the value from account_role's
-- CHECK, is a contract step for the next release (docs/operations.md, "Rolling upgrade").

-- The roles an appointment gives, one row per person and role, for today. Same "current" as
-- group_member_effective: started, not past its planned end, not ended early (ended_on is the first day off).
-- Not updatable (a join): nothing may write an appointment through an account.
CREATE VIEW account_appointed_role AS
SELECT DISTINCT t.account_id, CAST('STC_EXPERT' AS varchar(20)) AS role
  FROM group_term t
  JOIN hub_group g ON g.id = t.group_id AND g.code = 'STC'
 WHERE t.starts_on <= CURRENT_DATE AND CURRENT_DATE <= t.ends_on
   AND (t.ended_on IS NULL OR CURRENT_DATE < t.ended_on);

-- "Is in the STC" follows the terms alone, as the role does: the view's last branch (the hand-given role)
-- goes. Compatible with the previous build: those who had the role hold a term from the insert above.
CREATE OR REPLACE VIEW group_member_effective AS
SELECT g.id AS group_id, a.id AS account_id
  FROM account a
  JOIN organisation o ON o.id = a.organisation_id AND o.status = 'ACTIVE'
  JOIN hub_group g ON g.code = CASE o.type
        WHEN 'STATE_OR_LOCAL_GOVERNMENT' THEN 'COLLEGE_PUBLIC'
        WHEN 'INTERNATIONAL_ORGANISATION' THEN 'COLLEGE_PUBLIC'
        WHEN 'FUNDER' THEN 'COLLEGE_PUBLIC'
        WHEN 'FARMERS_ORGANISATION' THEN 'COLLEGE_FARMERS'
        WHEN 'RESEARCH_EDUCATION' THEN 'COLLEGE_RESEARCH'
        WHEN 'CIVIL_SOCIETY' THEN 'COLLEGE_CIVIL_SOCIETY'
        WHEN 'PRIVATE_COMPANY' THEN 'COLLEGE_PRIVATE' END
 WHERE a.status = 'ACTIVE'
UNION
SELECT g.id, a.id
  FROM account a
  JOIN organisation o ON o.id = a.organisation_id AND o.status = 'ACTIVE' AND o.type = 'FUNDER'
  JOIN hub_group g ON g.code = 'FUNDERS'
 WHERE a.status = 'ACTIVE'
UNION
SELECT g.id, a.id
  FROM account a
  JOIN organisation o ON o.id = a.organisation_id AND o.status = 'ACTIVE' AND o.level = 'MEMBER'
  JOIN hub_group g ON g.code = 'CONSORTIUM'
 WHERE a.status = 'ACTIVE'
UNION
SELECT m.group_id, m.account_id
  FROM group_member m
  JOIN hub_group g ON g.id = m.group_id AND g.kind IN ('INTERFACE', 'TASK_FORCE', 'INDIVIDUALS')
  JOIN account a ON a.id = m.account_id AND a.status = 'ACTIVE'
  LEFT JOIN organisation o ON o.id = a.organisation_id
 WHERE m.status = 'ACTIVE' AND (g.kind <> 'INTERFACE' OR o.status = 'ACTIVE')
UNION
SELECT t.group_id, t.account_id
  FROM group_term t
  JOIN hub_group g ON g.id = t.group_id
  JOIN account a ON a.id = t.account_id AND a.status = 'ACTIVE'
  LEFT JOIN organisation o ON o.id = a.organisation_id
 WHERE t.starts_on <= CURRENT_DATE AND CURRENT_DATE <= t.ends_on AND (t.ended_on IS NULL OR CURRENT_DATE < t.ended_on)
   AND (g.kind <> 'BUREAU' OR (o.status = 'ACTIVE' AND o.level = 'MEMBER'));
