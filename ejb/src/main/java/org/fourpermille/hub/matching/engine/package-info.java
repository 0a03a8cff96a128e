/**
 * The matching engine: pure Java, no JPA and no container, so it can be unit-tested and benchmarked on
 * its own. {@link org.fourpermille.hub.matching.engine.MatchingEngine#rank} ranks the other side for a
 * project or an offer, both described by one immutable {@link org.fourpermille.hub.matching.engine.Profile}
 * of either {@link org.fourpermille.hub.matching.engine.Side}: hard eligibility filters first (each exclusion
 * has an {@link org.fourpermille.hub.matching.engine.Exclusion} reason), then a score from
 * {@link org.fourpermille.hub.matching.engine.Weights weighted} {@link org.fourpermille.hub.matching.engine.Criterion criteria},
 * each result carrying the explanation a person reads. Profiles precompute their sets as bit masks so that a
 * ranking over ten thousand candidates allocates nothing but the results it returns.
 */
package org.fourpermille.hub.matching.engine;
