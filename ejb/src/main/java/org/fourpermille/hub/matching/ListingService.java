package org.fourpermille.hub.matching;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.ConcurrentChange;
import org.fourpermille.hub.shared.NotFoundException;

/**
 * What the services of projects and of offers share: the one guard of their forms (only the owning
 * organisation's representatives change a project or an offer; for anyone else it does not exist) and the
 * paged lists, filtered in native SQL over the array columns and loaded by id. Only protected methods here:
 * every business method, with its roles, is declared by the service itself.
 *
 * @param <T> the project or offer
 */
abstract class ListingService<T extends Listing> {

    @PersistenceContext(unitName = "hub")
    protected EntityManager em;

    @Inject
    protected Clock clock;
    @Inject
    protected CallerAccount caller;
    @Inject
    protected AuditLog audit;
    @Inject
    protected ReferenceData reference;

    private final Class<T> type;
    private final String table;
    private final String alias;
    private final String word;

    /**
     * @param alias what the filters' SQL and JPQL call a row of the table
     * @param word  what the audit log calls one ("project 12")
     */
    protected ListingService(Class<T> type, String table, String alias, String word) {
        this.type = type;
        this.table = table;
        this.alias = alias;
        this.word = word;
    }

    /** The title the audit log names it by. */
    protected abstract String title(T item);

    /** A new project or offer of the caller's organisation (refused unless they represent an active one), audited. */
    protected T add(BiFunction<Organisation, Account, T> make, AuditAction action) {
        Account me = caller.get();
        T item = make.apply(Callers.representedOrganisation(me), me);
        em.persist(item);
        em.flush();
        audited(action, item);
        return item;
    }

    /**
     * Changes one of the caller's organisation's, as the form of that version saw it, and audits the change.
     *
     * @param action what the audit log records, or null when the caller records what changed
     */
    protected T change(long id, int expectedVersion, Consumer<T> change, AuditAction action) {
        T item = owned(id);
        ConcurrentChange.check(item.getVersion(), expectedVersion);
        change.accept(item);
        ConcurrentChange.flush(em);
        if (action != null) {
            audited(action, item);
        }
        return item;
    }

    protected void audited(AuditAction action, T item, String detail) {
        audit.record(action, word + " " + item.getId(), detail);
    }

    private void audited(AuditAction action, T item) {
        audited(action, item, title(item));
    }

    /** The project or offer for its form: only its organisation's representatives get it; anyone else, "not found". */
    protected T owned(long id) {
        T item = em.find(type, id);
        if (item == null || !Callers.represents(caller.get(), item.getOrganisation())) {
            throw new NotFoundException();
        }
        return item;
    }

    /** One page of the rows the filter keeps (the table aliased by its first letter), in the order given. */
    protected List<T> page(SqlFilter where, String order, int first, int max) {
        int limit = where.nextParameter();
        @SuppressWarnings("unchecked")
        List<Number> ids = where.bind(em.createNativeQuery("SELECT " + alias + ".id FROM " + table + " " + alias + where.clause()
                        + " ORDER BY " + order + " LIMIT ?" + limit + " OFFSET ?" + (limit + 1)))
                .setParameter(limit, max).setParameter(limit + 1, first).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> keys = ids.stream().map(Number::longValue).toList();
        Map<Long, T> byId = batched(em.createQuery("SELECT " + alias + " FROM " + type.getSimpleName() + " " + alias
                        + " JOIN FETCH " + alias + ".organisation WHERE " + alias + ".id IN :ids", type))
                .setParameter("ids", keys).getResultList().stream()
                .collect(Collectors.toMap(Listing::getId, Function.identity()));
        return keys.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    protected long count(SqlFilter where) {
        return ((Number) where.bind(em.createNativeQuery("SELECT count(*) FROM " + table + " " + alias + where.clause()))
                .getSingleResult()).longValue();
    }

    /** A list query as this side reads it best: projects fetch their texts in one batch. */
    protected TypedQuery<T> batched(TypedQuery<T> query) {
        return query;
    }
}
