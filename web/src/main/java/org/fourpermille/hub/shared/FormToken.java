package org.fourpermille.hub.shared;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The token a creating form carries in a hidden field, so that sending the same page twice makes one record
 * (see {@link FormSubmissions}). It lives in the page only, never in the session: a new one each time the
 * form is shown afresh, the one that was sent when the form is shown again after a refusal.
 *
 * <p>Usage, in the form {@code newTopic}: {@code <input type="hidden" name="formToken" value="#{formToken.of('newTopic')}"/>};
 * in its action: {@code submissions.once(formToken.posted("newTopic"), "forum.topic", () -> ...)}.
 */
@Named("formToken")
@RequestScoped
public class FormToken {

    public static final String FIELD = "formToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> shown = new HashMap<>();

    /** The token to render in form {@code formId}: the one it sent, or a new one, the same for the whole request. */
    public String of(String formId) {
        String posted = posted(formId);
        return posted != null ? posted : shown.computeIfAbsent(formId, id -> fresh());
    }

    /** The well-formed token sent with form {@code formId} in this request, or null when that form was not sent. */
    public String posted(String formId) {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String token = parameters.get(FIELD);
        return parameters.containsKey(formId) && token != null && FormSubmissions.TOKEN.matcher(token).matches()
                ? token : null;
    }

    private static String fresh() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
