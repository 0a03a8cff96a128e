package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.ConcurrentChange;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;

/**
 * The reference data of projects and offers: the list of practices (labels in three languages, active or
 * not, in an order) and the currency rates against the euro. Everyone signed in reads them; only the
 * secretariat changes them, and every change is audited.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class ReferenceData {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;
    @Inject
    private CallerAccount caller;
    @Inject
    private AuditLog audit;

    /** Every practice, inactive ones included, in the secretariat's order. */
    public List<Practice> practices() {
        return em.createNamedQuery(Practice.ALL, Practice.class).getResultList();
    }

    /** The practices one may pick in a form now. */
    public List<Practice> activePractices() {
        return em.createNamedQuery(Practice.ACTIVE, Practice.class).getResultList();
    }

    public Set<String> activePracticeCodes() {
        return activePractices().stream().map(Practice::getCode).collect(Collectors.toSet());
    }

    /** Code to label in the reader's language, for every practice (a retired one still has a name on old projects). */
    public Map<String, String> practiceLabels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        practices().forEach(p -> labels.put(p.getCode(), p.label(locale)));
        return labels;
    }

    public List<CurrencyRate> rates() {
        return em.createNamedQuery(CurrencyRate.ALL, CurrencyRate.class).getResultList();
    }

    public Set<String> currencies() {
        return rates().stream().map(CurrencyRate::getCurrency).collect(Collectors.toSet());
    }

    /**
     * Adds a practice (when {@code code} is blank or unknown) or changes one: labels, place in the list,
     * whether forms still offer it. A code, once given, never changes: projects and offers store it.
     *
     * @param expectedVersion the version the form showed, for a change; ignored for a new practice
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public Practice savePractice(String code, Integer expectedVersion, String labelEn, String labelFr, String labelEs,
                                 int sortOrder, boolean active) {
        Practice existing = code == null || code.isBlank() ? null : em.find(Practice.class, code.strip().toUpperCase(Locale.ROOT));
        if (existing == null) {
            Practice practice = Practice.create(code, labelEn, labelFr, labelEs, sortOrder);
            if (em.find(Practice.class, practice.getCode()) != null) {
                throw new org.fourpermille.hub.shared.InvalidInputException(List.of(
                        org.fourpermille.hub.shared.FieldProblem.of("code", "practice.error.codeTaken", practice.getCode())));
            }
            if (!active) {
                practice.deactivate();
            }
            em.persist(practice);
            ConcurrentChange.flush(em);
            audit.record(AuditAction.PRACTICE_ADDED, practice.getCode(), practice.getLabelEn());
            return practice;
        }
        if (expectedVersion != null) {
            ConcurrentChange.check(existing.getVersion(), expectedVersion);
        }
        existing.rename(labelEn, labelFr, labelEs);
        existing.moveTo(sortOrder);
        if (active) {
            existing.activate();
        } else {
            existing.deactivate();
        }
        ConcurrentChange.flush(em);
        audit.record(AuditAction.PRACTICE_CHANGED, existing.getCode(),
                existing.getLabelEn() + (existing.isActive() ? "" : " (inactive)"));
        return existing;
    }

    /** Sets the rate of a currency, adding the currency when the table does not have it yet. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CurrencyRate saveRate(String currency, BigDecimal unitsPerEur) {
        String actor = caller.get().getEmail();
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        CurrencyRate rate = code.isEmpty() ? null : em.find(CurrencyRate.class, code);
        String before;
        if (rate == null) {
            rate = CurrencyRate.create(code, unitsPerEur, actor, clock.now());
            em.persist(rate);
            before = "new";
        } else {
            before = rate.getUnitsPerEur().toPlainString();
            rate.change(unitsPerEur, actor, clock.now());
        }
        ConcurrentChange.flush(em);
        audit.record(AuditAction.CURRENCY_RATE_CHANGED, rate.getCurrency(), before + " -> " + rate.getUnitsPerEur().toPlainString());
        return rate;
    }

    /** One practice, for the secretariat's form. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public Practice practice(String code) {
        Practice practice = code == null ? null : em.find(Practice.class, code);
        if (practice == null) {
            throw new NotFoundException();
        }
        return practice;
    }
}
