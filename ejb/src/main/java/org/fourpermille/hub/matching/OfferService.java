package org.fourpermille.hub.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.AccessRefusedException;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;

/**
 * Support offers. Representatives of an active partner organisation (funders are partners too) publish
 * their organisation's offers, change and withdraw them. Everyone signed in sees published offers; a
 * withdrawn one only its organisation and the secretariat. "Open" is computed: published and the
 * deadline, if any, not passed (UTC day).
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class OfferService extends ListingService<SupportOffer> {

    public static final String OFFER_PAGE = "/offers/offer.xhtml?id=";

    public OfferService() {
        super(SupportOffer.class, "support_offer", "o", "offer");
    }

    public LocalDate today() {
        return Callers.today(clock.now());
    }

    /** An offer the caller may see. */
    public SupportOffer read(long offerId) {
        Account me = reader();
        SupportOffer offer = em.find(SupportOffer.class, offerId);
        if (offer == null || !offer.isListed() && !(Callers.isStaff(me) || Callers.represents(me, offer.getOrganisation()))) {
            throw new NotFoundException();
        }
        return offer;
    }

    /** Whether the caller may change or withdraw this offer. */
    public boolean mayEdit(long offerId) {
        SupportOffer offer = read(offerId);
        return offer.getStatus() == OfferStatus.PUBLISHED && Callers.represents(caller.get(), offer.getOrganisation());
    }

    /** An offer for its edit form: only its organisation's representatives get it. */
    @RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME})
    public SupportOffer editable(long offerId) {
        return owned(offerId);
    }

    @RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME})
    public SupportOffer publish(OfferDetails details) {
        return add((organisation, me) -> SupportOffer.publish(organisation, me, details, reference.activePracticeCodes(),
                reference.currencies(), today(), clock.now()), AuditAction.OFFER_PUBLISHED);
    }

    @RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME})
    public SupportOffer edit(long offerId, int expectedVersion, OfferDetails details) {
        return change(offerId, expectedVersion,
                o -> o.edit(details, reference.activePracticeCodes(), reference.currencies(), today(), clock.now()),
                AuditAction.OFFER_EDITED);
    }

    @RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME})
    public SupportOffer withdraw(long offerId, int expectedVersion) {
        return change(offerId, expectedVersion, o -> o.withdraw(clock.now()), AuditAction.OFFER_WITHDRAWN);
    }

    /** One page of offers: the open ones (soonest deadline first), or all of the caller's organisation's. */
    public List<SupportOffer> search(OfferFilter filter, int first, int max) {
        reader();
        return page(where(filter), "o.deadline ASC NULLS LAST, o.updated_at DESC, o.id DESC", first, max);
    }

    public long count(OfferFilter filter) {
        reader();
        return count(where(filter));
    }

    /** The newest open offers, for the Projects Interface's front page. */
    public List<SupportOffer> latestOpen(int max) {
        if (!isReader(caller.get())) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM SupportOffer o JOIN FETCH o.organisation WHERE o.status = :published"
                        + " AND (o.deadline IS NULL OR o.deadline >= :today) ORDER BY o.createdAt DESC, o.id DESC",
                        SupportOffer.class)
                .setParameter("published", OfferStatus.PUBLISHED).setParameter("today", today())
                .setMaxResults(max).getResultList();
    }

    /**
     * Offers are for the representatives of organisations (who answer them) and for the secretariat; an STC
     * expert or anyone else without an organisation is refused.
     */
    private Account reader() {
        Account me = caller.get();
        if (!isReader(me)) {
            throw new AccessRefusedException();
        }
        return me;
    }

    private static boolean isReader(Account account) {
        return Organisation.of(account) != null || Callers.isStaff(account);
    }

    @Override
    protected String title(SupportOffer offer) {
        return offer.getTitle();
    }

    private SqlFilter where(OfferFilter filter) {
        SqlFilter where = new SqlFilter();
        if (filter.mine()) {
            Organisation own = Organisation.of(caller.get());
            where.where("o.organisation_id = ?", own == null ? -1L : own.getId());
        } else {
            where.where("o.status = 'PUBLISHED' AND (o.deadline IS NULL OR o.deadline >= ?)", today());
        }
        if (filter.instrument() != null) {
            where.where("? = ANY (o.instruments)", filter.instrument().name());
        }
        if (filter.practice() != null) {
            where.where("(cardinality(o.practices) = 0 OR ? = ANY (o.practices))", filter.practice());
        }
        String anywhere = "(cardinality(o.countries) = 0 AND cardinality(o.regions) = 0)";
        if (filter.country() != null) {
            String country = filter.country().toUpperCase(Locale.ROOT);
            String region = Region.of(country).map(Region::name).orElse("");
            where.where("(" + anywhere + " OR ? = ANY (o.countries) OR ? = ANY (o.regions))", country, region);
        }
        if (filter.region() != null) {
            where.where("(" + anywhere + " OR ? = ANY (o.regions) OR o.countries && "
                    + SqlFilter.countriesOf(filter.region()) + ")", filter.region().name());
        }
        if (filter.stage() != null) {
            where.where("(cardinality(o.stages) = 0 OR ? = ANY (o.stages))", filter.stage().name());
        }
        return where;
    }
}
