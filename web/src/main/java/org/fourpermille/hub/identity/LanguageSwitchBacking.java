package org.fourpermille.hub.identity;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.LocalPath;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.UserPreferences;

/**
 * The language buttons of a signed-in person (a form in the header): the choice is saved to their account,
 * so their next session and their mail use it, and the same page comes back in that language. It is a POST
 * of a Faces form, so a link from another site cannot change anyone's account; the {@code ?lang=} links
 * that anonymous visitors follow change only the language of what they read.
 */
@Named("languageSwitch")
@RequestScoped
public class LanguageSwitchBacking {

    static final String BACK_PARAMETER = "hub-back";

    @Inject
    private UserPreferences preferences;
    @Inject
    private ProfileService profile;
    @Inject
    private ExternalContext external;

    public void choose(String tag) throws IOException {
        SupportedLocale chosen = SupportedLocale.fromTag(tag).orElse(preferences.getLanguage());
        profile.changeLanguage(chosen);
        preferences.choose(chosen);
        String back = LocalPath.of(external.getRequestParameterMap().get(BACK_PARAMETER)).orElse("/dashboard.xhtml");
        external.redirect(external.getRequestContextPath() + back);
    }
}
