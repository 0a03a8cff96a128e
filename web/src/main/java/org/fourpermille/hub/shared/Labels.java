package org.fourpermille.hub.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.IllformedLocaleException;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * What the pages show in place of a stored code: a country's name and a day, both in the reader's language
 * ("Sénégal", "1 décembre 2026"), never "SN" or "2026-12-01".
 *
 * <p>Usage: {@code #{labels.country(a.country)}}, {@code #{labels.date(a.decidedOn)}}.
 */
@Named("labels")
@RequestScoped
public class Labels implements Serializable {

    private static final long serialVersionUID = 1L;

    public String country(String code) {
        return country(code, locale());
    }

    public String date(LocalDate day) {
        return date(day, locale());
    }

    /**
     * A file's size as the reader counts it: "< 1 KB" for a small logo (rounding said "0 kB"), "12 KB",
     * "3.4 MB", with the language's unit (Ko in French) and decimal sign.
     */
    public String size(long bytes) {
        if (bytes < 1024) {
            return Texts.text(locale(), "document.size.underKb");
        }
        if (bytes < 1024 * 1024) {
            return Texts.text(locale(), "document.size.kb", Math.round(bytes / 1024.0));
        }
        return Texts.text(locale(), "document.size.mb", Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0);
    }

    /** The country's name in that language; the code itself when Java knows no such country. */
    public static String country(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            String name = new Locale.Builder().setRegion(code.strip()).build().getDisplayCountry(locale);
            return name.isBlank() ? code : name;
        } catch (IllformedLocaleException notACountry) {
            return code;
        }
    }

    public static String date(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
