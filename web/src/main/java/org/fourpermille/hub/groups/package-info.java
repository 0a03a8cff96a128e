/** The web side of groups: the personal dashboard with the person's groups. */
package org.fourpermille.hub.groups;
