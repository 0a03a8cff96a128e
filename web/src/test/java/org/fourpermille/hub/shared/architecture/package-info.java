/**
 * Sample classes for the architecture test's rule against calls across modules to members another module
 * cannot see: the {@code Stored*} classes play the persistence jar, the others the EJB jar. They share a
 * package, as the real modules do, which is why javac accepts what the EAR's class loaders refuse.
 */
package org.fourpermille.hub.shared.architecture;
