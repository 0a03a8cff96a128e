package org.fourpermille.hub.shared.mail;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;

/** The administrator's view of outgoing mail: what left, what waits, what failed, and each text. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class MailOutbox {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    public List<OutgoingMail> latest(int first, int pageSize) {
        return em.createQuery("SELECT m FROM OutgoingMail m ORDER BY m.createdAt DESC, m.id DESC", OutgoingMail.class)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(m) FROM OutgoingMail m", Long.class).getSingleResult();
    }

    public OutgoingMail get(long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail == null) {
            throw new NotFoundException();
        }
        return mail;
    }
}
