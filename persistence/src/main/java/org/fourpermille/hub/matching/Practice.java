package org.fourpermille.hub.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * A soil practice of the reference list the secretariat keeps (agroforestry, cover crops, ...). Projects
 * and offers store its code, which never changes; labels do. A practice nobody should pick any more is
 * made inactive: projects that name it keep it.
 */
@Entity
@Table(name = "practice")
@NamedQuery(name = Practice.ALL, query = "SELECT p FROM Practice p ORDER BY p.sortOrder, p.code")
@NamedQuery(name = Practice.ACTIVE, query = "SELECT p FROM Practice p WHERE p.active = true ORDER BY p.sortOrder, p.code")
public class Practice {

    public static final String ALL = "Practice.all";
    public static final String ACTIVE = "Practice.active";
    public static final int CODE_LENGTH = 40;
    public static final int LABEL_LENGTH = 120;

    @Id
    @Column(length = CODE_LENGTH)
    private String code;

    @Column(name = "label_en", length = LABEL_LENGTH, nullable = false)
    private String labelEn;

    @Column(name = "label_fr", length = LABEL_LENGTH, nullable = false)
    private String labelFr;

    @Column(name = "label_es", length = LABEL_LENGTH, nullable = false)
    private String labelEs;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private int version;

    protected Practice() {
    }

    /**
     * A new practice; its code is made from the English label when none is given ("No-till farming" gives
     * NO_TILL_FARMING).
     */
    public static Practice create(String code, String labelEn, String labelFr, String labelEs, int sortOrder) {
        List<FieldProblem> problems = new ArrayList<>();
        Practice practice = new Practice();
        practice.labels(labelEn, labelFr, labelEs, problems);
        String cleanCode = code == null || code.isBlank() ? codeOf(practice.labelEn) : code.strip().toUpperCase(Locale.ROOT);
        if (cleanCode == null || !cleanCode.matches("[A-Z][A-Z0-9_]*") || cleanCode.length() > CODE_LENGTH) {
            if (practice.labelEn != null || code != null && !code.isBlank()) {
                problems.add(FieldProblem.of("code", "practice.error.code", CODE_LENGTH));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        practice.code = cleanCode;
        practice.sortOrder = sortOrder;
        return practice;
    }

    /** The code made of a label: upper case ASCII letters and digits joined by underscores, or null if nothing is left. */
    static String codeOf(String label) {
        if (label == null) {
            return null;
        }
        String ascii = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (code.isEmpty()) {
            return null;
        }
        if (!Character.isLetter(code.charAt(0))) {
            code = "P_" + code;
        }
        return code.length() > CODE_LENGTH ? code.substring(0, CODE_LENGTH).replaceAll("_+$", "") : code;
    }

    public void rename(String newLabelEn, String newLabelFr, String newLabelEs) {
        List<FieldProblem> problems = new ArrayList<>();
        String[] previous = {labelEn, labelFr, labelEs};
        labels(newLabelEn, newLabelFr, newLabelEs, problems);
        if (!problems.isEmpty()) {
            labelEn = previous[0];
            labelFr = previous[1];
            labelEs = previous[2];
            throw new InvalidInputException(problems);
        }
    }

    private void labels(String en, String fr, String es, List<FieldProblem> problems) {
        labelEn = label(en, "labelEn", problems);
        labelFr = label(fr, "labelFr", problems);
        labelEs = label(es, "labelEs", problems);
    }

    private static String label(String value, String field, List<FieldProblem> problems) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            problems.add(FieldProblem.of(field, "error.required"));
            return null;
        }
        if (clean.length() > LABEL_LENGTH) {
            problems.add(FieldProblem.of(field, "error.tooLong", LABEL_LENGTH));
        }
        return clean;
    }

    public void activate() {
        active = true;
    }

    public void deactivate() {
        active = false;
    }

    public void moveTo(int newSortOrder) {
        sortOrder = newSortOrder;
    }

    public String label(Locale locale) {
        return switch (SupportedLocale.of(locale)) {
            case FR -> labelFr;
            case ES -> labelEs;
            case EN -> labelEn;
        };
    }

    public String getCode() {
        return code;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String getLabelEs() {
        return labelEs;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public int getVersion() {
        return version;
    }
}
