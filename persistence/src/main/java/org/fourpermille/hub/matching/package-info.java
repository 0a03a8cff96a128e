/**
 * Project matching on the Projects Interface: projects that partner organisations propose, the support
 * offers that funders and partners publish, and the reference data both use (practices, currency rates).
 * The matching engine, interests and the STC assessment build on these entities.
 */
package org.fourpermille.hub.matching;
