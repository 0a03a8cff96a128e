/**
 * The pages under {@code /interests}: expressing interest in a pair of a project and an offer, the private
 * conversation that follows with its files, the outcome, and the pipelines that count them.
 */
package org.fourpermille.hub.matching.interests;
