package org.fourpermille.hub.membership;

/** One line of the reviewer's checklist of an application: its message key and whether it is met. */
public record ChecklistItem(String key, boolean met) {
}
