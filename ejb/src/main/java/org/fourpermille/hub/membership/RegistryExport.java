package org.fourpermille.hub.membership;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.shared.Role;

/**
 * The registry as a CSV file for the secretariat's spreadsheets: every organisation, whatever its status,
 * ordered by name, in the columns the import reads (plus the world region, which the import ignores).
 * Importing the file unchanged changes nothing.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class RegistryExport {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    public byte[] export() {
        Collator byName = Collator.getInstance(Locale.ENGLISH);
        List<Organisation> organisations = em.createQuery("SELECT o FROM Organisation o", Organisation.class).getResultList()
                .stream()
                .sorted(Comparator.comparing(Organisation::getName, byName).thenComparing(Organisation::getId))
                .toList();
        return RegistryCsv.write(organisations);
    }
}
