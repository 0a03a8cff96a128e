/**
 * Services of project matching on the Projects Interface: projects (ProjectService), support offers
 * (OfferService) and the reference data the secretariat keeps (ReferenceData). Every method checks the
 * caller's role and, for a project or an offer, their organisation; what a caller may not see is "not
 * found", so an id reveals nothing.
 */
package org.fourpermille.hub.matching;
