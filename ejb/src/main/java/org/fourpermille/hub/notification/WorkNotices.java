package org.fourpermille.hub.notification;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.WorkQueue;
import org.fourpermille.hub.shared.WorkWaits;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * Tells the people a workflow step now waits on: a {@link WorkNotice} in their in-app list, always, and a
 * mail in their language with the link, written to the outbox (delivered by the mail job, never in the
 * request) unless they chose not to hear of that secretariat queue by mail or the step mailed them itself.
 * Runs in the step's transaction: if the step rolls back, nobody is told.
 */
@ApplicationScoped
public class WorkNotices {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;
    @Inject
    private Mailer mailer;

    void tell(@Observes WorkWaits work) {
        WorkQueue queue = work.kind().queue();
        List<Account> people = queue != null ? secretariat()
                : work.recipients().stream().map(id -> em.find(Account.class, id)).filter(a -> a != null).toList();
        for (Account person : people) {
            if (!person.canSignIn()) {
                continue;
            }
            SupportedLocale language = person.getLocale();
            String subject = work.subject().apply(language);
            em.persist(new WorkNotice(person, work.kind(), subject, work.path(), clock.now()));
            if (!work.mailed() && (queue == null || mailsQueue(person, queue))) {
                mailer.send(person.getEmail(), language, MailTemplate.WORK_WAITING, person.getDisplayName(),
                        mailer.phrase(language, "work." + work.kind().name(), subject),
                        Setting.BASE_URL.lookup() + work.path(), Setting.BASE_URL.lookup() + MyWork.SETTINGS_PAGE);
            }
        }
    }

    /** The people of the secretariat (the role as given, not through an organisation). */
    private List<Account> secretariat() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT account_id FROM account_role WHERE role = 'SECRETARIAT' ORDER BY account_id")
                .getResultList();
        return ids.stream().map(id -> em.find(Account.class, id.longValue())).toList();
    }

    private boolean mailsQueue(Account person, WorkQueue queue) {
        List<?> choice = em.createNativeQuery("SELECT mail FROM queue_mail_choice WHERE account_id = ?1 AND queue = ?2")
                .setParameter(1, person.getId()).setParameter(2, queue.name()).getResultList();
        return choice.isEmpty() || Boolean.TRUE.equals(choice.get(0));
    }
}
