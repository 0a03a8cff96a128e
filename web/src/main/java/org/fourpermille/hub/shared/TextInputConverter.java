package org.fourpermille.hub.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every text field of every form: a control character or a Unicode noncharacter ({@link ControlCharacters})
 * is refused next to the field, in the reader's language, with the rest of the form kept as typed. Without
 * it a NUL byte reached PostgreSQL, which refuses it, and the person saw an error page and lost the form.
 */
@FacesConverter(forClass = String.class)
public class TextInputConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (ControlCharacters.in(value)) {
            String text = Texts.text(context.getViewRoot().getLocale(), "validation.controlCharacter");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value;
    }
}
