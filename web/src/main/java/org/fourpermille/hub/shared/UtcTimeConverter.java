package org.fourpermille.hub.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Shows an {@link Instant} in the reader's language, in UTC and saying so ("12 mars 2025, 14:03:05 UTC").
 * The server does not know the reader's time zone, and members work from every continent: a time labelled
 * UTC is right for all of them, where the server's zone would silently be wrong for most. Faces 4.0's
 * {@code f:convertDateTime} has no type for Instant (it comes with Faces 4.1).
 *
 * <p>Usage: {@code <h:outputText value="#{row.occurredAt()}" converter="hub.utcTime"/>}.
 */
@FacesConverter("hub.utcTime")
public class UtcTimeConverter implements Converter<Instant> {

    public static final String ZONE_LABEL = "UTC";

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(context.getViewRoot().getLocale())
                .withZone(ZoneOffset.UTC);
        return format.format(value) + " " + ZONE_LABEL;
    }

    /** Reads the ISO form only (2025-03-12T14:03:05Z); the pages use this converter for output. */
    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ConverterException(e);
        }
    }
}
