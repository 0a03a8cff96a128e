package org.fourpermille.hub.shared;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every text field of every form: a control character or a Unicode noncharacter ({@link ControlCharacters})
 * is refused next to the field, in the reader's language, with the rest of the form kept as typed. Without
 * it a NUL byte reached PostgreSQL, which refuses it, and the person saw an error page and lost the form.
 * <p>
 * A text longer than the field's {@code maxlength} is refused too. PrimeFaces' text renderers silently cut
 * the submitted value to {@code maxlength} before any converter sees it, so a 3,000-character title was
 * saved as its first 200 characters with a success message. The converter reads the request parameter as
 * sent, refuses it with both lengths, and puts the whole text back as the submitted value so the person
 * finds what they typed and can shorten it. The limits themselves are the entities' length constants,
 * imported into the pages with {@code o:importConstants}.
 */
@FacesConverter(forClass = String.class)
public class TextInputConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (ControlCharacters.in(value)) {
            throw refusal(context, "validation.controlCharacter");
        }
        int limit = maxLength(context, component);
        if (limit > 0 && value != null) {
            String sent = sent(context, component);
            int length = sent == null ? value.length() : sent.length();
            if (length > limit) {
                if (sent != null && component instanceof EditableValueHolder input) {
                    input.setSubmittedValue(sent);
                }
                throw refusal(context, "validation.tooLong", limit, length);
            }
        }
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value;
    }

    private static ConverterException refusal(FacesContext context, String key, Object... arguments) {
        String text = Texts.text(context.getViewRoot().getLocale(), key, arguments);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static int maxLength(FacesContext context, UIComponent component) {
        Object limit = component.getAttributes().get("maxlength");
        if (limit == null || limit instanceof Number number && number.intValue() <= 0) {
            // A plain h:inputTextarea has no maxlength attribute: the pages pass it through to the browser.
            java.util.Map<String, Object> passed = component.getPassThroughAttributes(false);
            limit = passed == null ? null : passed.get("maxlength");
            if (limit instanceof ValueExpression expression) {
                limit = expression.getValue(context.getELContext());
            }
        }
        if (limit instanceof Number number) {
            return number.intValue();
        }
        if (limit instanceof String text && !text.isBlank()) {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** The text as the browser sent it, line breaks counted once as the browser's own maxlength counts them. */
    private static String sent(FacesContext context, UIComponent component) {
        String sent = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
        return sent == null ? null : sent.replaceAll("\r\n?", "\n");
    }
}
