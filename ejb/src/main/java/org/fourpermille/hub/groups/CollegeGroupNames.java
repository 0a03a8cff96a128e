package org.fourpermille.hub.groups;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.membership.College;
import org.fourpermille.hub.membership.CollegeNames;

/** The Colleges named as their groups are, for the directory of organisations (reached through its guarded service). */
@ApplicationScoped
public class CollegeGroupNames implements CollegeNames {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Override
    public Map<College, String> in(Locale locale) {
        Map<College, String> names = new LinkedHashMap<>();
        for (HubGroup group : em.createNamedQuery(HubGroup.ALL, HubGroup.class).getResultList()) {
            College.ofCode(group.getCode()).ifPresent(college -> names.put(college, group.name(locale)));
        }
        return names;
    }
}
