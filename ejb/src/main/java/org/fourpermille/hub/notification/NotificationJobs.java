package org.fourpermille.hub.notification;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.groups.ActivityKind;
import org.fourpermille.hub.groups.HubGroup;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * Turns notification rows into mail, on every node, without ever mailing twice:
 * <ul>
 * <li>{@link #mailImmediate()}: rows sent at once (decisions, consultations, replies, mentions) and rows of
 * people who chose every post, claimed in batches with {@code FOR UPDATE SKIP LOCKED};</li>
 * <li>{@link #runDigest}: one digest per person and period, built by the node whose insert of the period's
 * {@code digest_run} row wins; the claim, the outbox mails and {@code mailed_at} commit together.</li>
 * </ul>
 * Both re-read {@code group_member_effective}: someone who left a group since hears nothing more of it.
 * People at the MENTIONS level get no mail for the other rows; they stay in their in-app list.
 */
@Stateless
@PermitAll
public class NotificationJobs {

    static final int BATCH = 20;

    /** Who claims digest runs, for the operators reading digest_run. */
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private static final String STILL_IN_GROUP = " AND EXISTS (SELECT 1 FROM group_member_effective e"
            + " WHERE e.group_id = a.group_id AND e.account_id = n.account_id)";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;
    @Inject
    private Mailer mailer;
    @Inject
    private UnsubscribeLinks unsubscribe;

    /** Mails up to {@link #BATCH} due rows; returns how many it claimed, so the caller goes on while the batch is full. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int mailImmediate() {
        Instant now = clock.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT n.id, n.account_id, a.group_id, a.kind, a.title, a.path, n.reason, n.immediate"
                        + " FROM notification n JOIN group_activity a ON a.id = n.activity_id"
                        + " LEFT JOIN group_member gm ON gm.group_id = a.group_id AND gm.account_id = n.account_id"
                        + " WHERE n.mailed_at IS NULL AND n.created_at > ?1"
                        + " AND (n.immediate OR gm.notification_level = 'EVERY_POST')" + STILL_IN_GROUP
                        + " ORDER BY n.id LIMIT " + BATCH + " FOR UPDATE OF n SKIP LOCKED")
                .setParameter(1, Timestamp.from(now.minus(DigestPeriod.MAIL_WINDOW)))
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        byte[] key = unsubscribe.key();
        List<Long> done = new ArrayList<>();
        for (Object[] row : rows) {
            Account account = em.find(Account.class, ((Number) row[1]).longValue());
            HubGroup group = em.find(HubGroup.class, ((Number) row[2]).longValue());
            SupportedLocale language = account.getLocale();
            ActivityKind kind = ActivityKind.valueOf((String) row[3]);
            String groupName = group.name(language.locale());
            String line = line(language, kind, groupName, (String) row[4]);
            String why = (Boolean) row[7] || !"GROUP".equals(row[6])
                    ? mailer.phrase(language, "notification.why." + ("GROUP".equals(row[6]) ? "IMMEDIATE" : (String) row[6]))
                    : mailer.phrase(language, "notification.why.EVERY_POST", groupName);
            String stop = unsubscribe.link(key, account, group.getId());
            mailer.sendWithUnsubscribe(account.getEmail(), language, unsubscribe.oneClickLink(key, account, group.getId()),
                    MailTemplate.GROUP_NOTIFICATION,
                    account.getDisplayName(), line, absolute((String) row[5]), why, groupName, stop, settingsLink());
            done.add(((Number) row[0]).longValue());
        }
        markMailed(done, now);
        return rows.size();
    }

    /**
     * Builds the digests of {@code period} starting at {@code periodStart}, unless a node already did.
     * Returns whether this call built them.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean runDigest(DigestPeriod period, Instant periodStart) {
        boolean claimed = em.createNativeQuery("SELECT 1 FROM digest_run WHERE period = ?1 AND period_start = ?2")
                .setParameter(1, period.name()).setParameter(2, Timestamp.from(periodStart))
                .getResultList().isEmpty()
                && em.createNativeQuery("INSERT INTO digest_run (period, period_start, claimed_by, claimed_at)"
                                + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                        .setParameter(1, period.name()).setParameter(2, Timestamp.from(periodStart))
                        .setParameter(3, NODE).setParameter(4, Timestamp.from(clock.now()))
                        .executeUpdate() == 1;
        if (!claimed) {
            return false;
        }
        Instant now = clock.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT n.id, n.account_id, a.group_id, a.kind, a.title, a.path, a.occurred_at"
                        + " FROM notification n JOIN group_activity a ON a.id = n.activity_id"
                        + " LEFT JOIN group_member gm ON gm.group_id = a.group_id AND gm.account_id = n.account_id"
                        + " WHERE n.mailed_at IS NULL AND n.read_at IS NULL AND NOT n.immediate"
                        + " AND n.created_at > ?1 AND n.created_at <= ?2"
                        + " AND COALESCE(gm.notification_level, 'DAILY') = ?3" + STILL_IN_GROUP
                        + " ORDER BY n.account_id, n.id FOR UPDATE OF n SKIP LOCKED")
                .setParameter(1, Timestamp.from(now.minus(DigestPeriod.MAIL_WINDOW)))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, period.level().name())
                .getResultList();
        Map<Long, List<Object[]>> byAccount = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byAccount.computeIfAbsent(((Number) row[1]).longValue(), id -> new ArrayList<>()).add(row);
        }
        byte[] key = byAccount.isEmpty() ? null : unsubscribe.key();
        List<Long> done = new ArrayList<>();
        for (Map.Entry<Long, List<Object[]>> person : byAccount.entrySet()) {
            Account account = em.find(Account.class, person.getKey());
            SupportedLocale language = account.getLocale();
            List<DigestText.Entry> entries = new ArrayList<>();
            for (Object[] row : person.getValue()) {
                HubGroup group = em.find(HubGroup.class, ((Number) row[2]).longValue());
                entries.add(new DigestText.Entry(group.getId(), group.name(language.locale()),
                        ActivityKind.valueOf((String) row[3]), (String) row[4], absolute((String) row[5]),
                        ((Timestamp) row[6]).toInstant()));
                done.add(((Number) row[0]).longValue());
            }
            String listing = DigestText.listing(entries, language.locale(), new DigestText.Phrases() {
                @Override
                public String line(ActivityKind kind, String groupName, String title) {
                    return NotificationJobs.this.line(language, kind, groupName, title);
                }

                @Override
                public String unsubscribe(String groupName, String link) {
                    return mailer.phrase(language, "digest.unsubscribe", groupName, link);
                }
            }, groupId -> unsubscribe.link(key, account, groupId));
            long groups = entries.stream().map(DigestText.Entry::groupId).distinct().count();
            String stop = groups == 1 ? unsubscribe.oneClickLink(key, account, entries.get(0).groupId()) : null;
            mailer.sendWithUnsubscribe(account.getEmail(), language, stop,
                    period == DigestPeriod.DAILY ? MailTemplate.DAILY_DIGEST : MailTemplate.WEEKLY_DIGEST,
                    account.getDisplayName(), entries.size(), listing, settingsLink());
        }
        markMailed(done, now);
        em.createNativeQuery("UPDATE digest_run SET finished_at = ?1, mails = ?2 WHERE period = ?3 AND period_start = ?4")
                .setParameter(1, Timestamp.from(clock.now())).setParameter(2, byAccount.size())
                .setParameter(3, period.name()).setParameter(4, Timestamp.from(periodStart))
                .executeUpdate();
        return true;
    }

    private String line(SupportedLocale language, ActivityKind kind, String groupName, String title) {
        return mailer.phrase(language, "activity." + kind.name(), groupName, title);
    }

    private void markMailed(List<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE notification SET mailed_at = ?1 WHERE id = ANY (CAST(?2 AS bigint[]))")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, ids.stream().map(String::valueOf).reduce((x, y) -> x + "," + y)
                            .map(list -> "{" + list + "}").orElseThrow())
                    .executeUpdate();
        }
    }

    private static String absolute(String path) {
        return Setting.BASE_URL.lookup() + path;
    }

    private static String settingsLink() {
        return Setting.BASE_URL.lookup() + "/account/notifications.xhtml";
    }
}
