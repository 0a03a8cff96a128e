package org.fourpermille.hub.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.fourpermille.hub.shared.LanguageChosen;

/** Saves the language a signed-in person switches to, so that their next session and their mail use it. */
@ApplicationScoped
public class LanguageSaving {

    @Inject
    private ProfileService profile;

    void save(@Observes LanguageChosen chosen) {
        profile.changeLanguage(chosen.language());
    }
}
