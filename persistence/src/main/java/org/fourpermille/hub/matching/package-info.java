/**
 * Project matching on the Projects Interface: projects that partner organisations propose, the support
 * offers that funders and partners publish, and the reference data both use (practices, currency rates).
 * Project and support offer are the two sides of one idea: both are a {@link org.fourpermille.hub.matching.Listing}
 * (owner organisation, listed or not, version) carrying the same embedded
 * {@link org.fourpermille.hub.matching.Criteria} with their checks; each entity keeps only what is its own.
 * The matching engine, interests and the STC assessment build on these entities.
 */
package org.fourpermille.hub.matching;
