/**
 * Pages of project matching: the projects list, a project and its form, the support offers and theirs,
 * the secretariat's reference data, and the marketplace on the Projects Interface's front page.
 */
package org.fourpermille.hub.matching;
