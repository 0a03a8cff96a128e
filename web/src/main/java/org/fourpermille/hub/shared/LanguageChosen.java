package org.fourpermille.hub.shared;

/**
 * Fired when a signed-in person switches the language of the pages ({@code ?lang=}); identity observes it
 * to save the choice to their account, so this package needs no feature.
 */
public record LanguageChosen(SupportedLocale language) {
}
