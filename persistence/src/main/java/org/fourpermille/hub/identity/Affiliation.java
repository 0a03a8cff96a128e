package org.fourpermille.hub.identity;

/**
 * The organisation an account represents, as far as identity needs to know it: whether it gives its
 * people the access of a Partner, and of a Member. Membership's {@code Organisation} is the one
 * implementation; the account's link to it is mapped in {@code META-INF/orm.xml}, so that identity, which
 * every feature builds on, does not depend on membership, which builds on identity.
 */
public interface Affiliation {

    Long getId();

    String getName();

    /** Whether its representatives have the access of a Partner now (not while it is suspended or has withdrawn). */
    boolean grantsAccess();

    /** Whether its representatives are also Members (it signed the declaration on governance). */
    boolean grantsMembership();

    /** Whether it withdrew from the Initiative, rather than being suspended, when it gives no access. */
    boolean hasWithdrawn();
}
