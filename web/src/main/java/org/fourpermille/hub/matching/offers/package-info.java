/**
 * The pages under {@code /offers}: the list of support offers, an offer and its form. What an offer shares with a
 * project is in the parent package.
 */
package org.fourpermille.hub.matching.offers;
