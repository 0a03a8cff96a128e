/** Which groups of the Initiative a person belongs to or may see. Spaces, forums and documents build on it. */
package org.fourpermille.hub.groups;
