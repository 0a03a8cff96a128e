package org.fourpermille.hub.identity;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.Texts;

/**
 * A language in a form is its tag ({@code en}, {@code fr}, {@code es}), as in {@code ?lang=fr} and the
 * {@code lang} attribute of the pages, rather than the enum's name. Applies to every field of that type.
 */
@FacesConverter(forClass = SupportedLocale.class)
public class SupportedLocaleConverter implements Converter<SupportedLocale> {

    @Override
    public SupportedLocale getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return SupportedLocale.fromTag(value).orElseThrow(() -> new ConverterException(
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text("validation.choice"), null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, SupportedLocale value) {
        return value == null ? "" : value.tag();
    }
}
