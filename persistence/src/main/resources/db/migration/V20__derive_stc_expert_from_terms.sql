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

DELETE FROM account_role WHERE role = 'STC_EXPERT';
ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
ALTER TABLE account_role ADD CONSTRAINT account_role_role_check
    CHECK (role IN ('PARTNER', 'MEMBER', 'SECRETARIAT', 'ADMIN'));

-- The roles an appointment gives, one row per person and role, for today. Same "current" as
-- group_member_effective: started, not past its planned end, not ended early (ended_on is the first day off).
-- Not updatable (a join): nothing may write an appointment through an account.
CREATE VIEW account_appointed_role AS
SELECT DISTINCT t.account_id, CAST('STC_EXPERT' AS varchar(20)) AS role
  FROM group_term t
  JOIN hub_group g ON g.id = t.group_id AND g.code = 'STC'
 WHERE t.starts_on <= CURRENT_DATE AND CURRENT_DATE <= t.ends_on
   AND (t.ended_on IS NULL OR CURRENT_DATE < t.ended_on);
