package org.fourpermille.hub.shared;

import java.security.Principal;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * Writes and reads the audit log. Writing joins the caller's transaction, so an event is recorded
 * exactly when the change it describes is committed; failures that roll back are audited by the caller
 * in a separate transaction ({@link #recordSeparately}).
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @PermitAll
    public void record(AuditAction action, String subject, String detail) {
        em.persist(new AuditEvent(clock.now(), callerName(), action, subject, detail, remoteAddress()));
    }

    /** Records with an explicit actor (a sign-in attempt has no authenticated caller yet). */
    @PermitAll
    public void recordAs(String actor, AuditAction action, String subject, String detail) {
        em.persist(new AuditEvent(clock.now(), actor, action, subject, detail, remoteAddress()));
    }

    /** Records in its own transaction, so the event survives a rollback of the caller's work. */
    @PermitAll
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void recordSeparately(String actor, AuditAction action, String subject, String detail) {
        recordAs(actor, action, subject, detail);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditEvent> search(AuditFilter filter, int first, int pageSize) {
        TypedQuery<AuditEvent> query = em.createQuery(
                "SELECT e FROM AuditEvent e" + filter.where() + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        filter.bind(query);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long count(AuditFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + filter.where(), Long.class);
        filter.bind(query);
        return query.getSingleResult();
    }

    private String callerName() {
        Principal caller = session.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || "ANONYMOUS".equalsIgnoreCase(name) ? "anonymous" : name;
    }

    private String remoteAddress() {
        try {
            return origin.remoteAddress();
        } catch (ContextNotActiveException backgroundJob) {
            return null;
        }
    }

}
