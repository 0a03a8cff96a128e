/**
 * The groups of the Initiative (Colleges, Funders, Interfaces, STC, Consortium, Bureau, individuals, Task
 * Forces): what kind each is and its name in the three languages. Spaces, forums and documents build on it.
 */
package org.fourpermille.hub.groups;
