/**
 * Services of project matching on the Projects Interface: projects (ProjectService) and support offers
 * (OfferService), the two sides of matching, with their one guard and paged lists in ListingService; the rankings
 * of either side in one result type (MatchingService, Matches); interests, the STC assessment and the
 * reference data the secretariat keeps (ReferenceData, MatchingWeights). Every method checks the caller's role
 * and, for a project or an offer, their organisation; what a caller may not see is "not found", so an id reveals
 * nothing.
 */
package org.fourpermille.hub.matching;
