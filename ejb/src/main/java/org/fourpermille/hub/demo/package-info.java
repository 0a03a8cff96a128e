/**
 * The demo data of the one-command run: organisations of every type, the demo accounts, their groups,
 * projects and offers. It seeds every feature, so it sits above all of them and nothing depends on it.
 */
package org.fourpermille.hub.demo;
