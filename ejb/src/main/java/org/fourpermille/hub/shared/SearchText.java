package org.fourpermille.hub.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns what a person typed into a search box into a case-insensitive LIKE pattern matching it anywhere,
 * and, for names written in French, Spanish and other Latin scripts, an accent-insensitive one.
 *
 * <p>Accents are folded on both sides the same way: in Java for the typed text ({@link #fold}), and in
 * the database by PostgreSQL's {@code translate()} over the same table of letters ({@link #folded}), so
 * "fundacion" finds "Fundación" without the {@code unaccent} extension, which an operator's database may
 * not allow. The query stays a plain, paginated SQL query.
 *
 * <p>Usage: {@code "WHERE " + SearchText.folded("o.name") + " LIKE :text"} with
 * {@code query.setParameter("text", SearchText.foldedContaining(typed))}.
 */
public final class SearchText {

    /** Accented Latin letters (either case), and at the same position in {@link #BASE} their plain lower-case letter. */
    static final String ACCENTED;
    static final String BASE;

    static {
        StringBuilder accented = new StringBuilder();
        StringBuilder base = new StringBuilder();
        // Latin-1 Supplement and Latin Extended-A: what French, Spanish, Portuguese and most European names use.
        for (char c = '\u00C0'; c <= '\u017F'; c++) {
            char plain = plainLetter(c);
            if (plain != 0) {
                accented.append(c);
                base.append(plain);
            }
        }
        ACCENTED = accented.toString();
        BASE = base.toString();
    }

    private SearchText() {
    }

    /** {@code %text%} in lower case, with LIKE's wildcards escaped so "50%" finds "50%" only. */
    public static String containing(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Like {@link #containing}, for comparison with a {@link #folded} column: accents removed as well. */
    public static String foldedContaining(String text) {
        return containing(fold(text));
    }

    /** The text in lower case without the accents of Latin letters: "Fundación" gives "fundacion". */
    public static String fold(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder folded = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            int at = ACCENTED.indexOf(c);
            folded.append(at >= 0 ? BASE.charAt(at) : c);
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The JPQL expression of a string path folded as {@link #fold} does, for {@code LIKE} and
     * {@code ORDER BY}. Accents are removed before {@code LOWER}, so that the result does not depend on
     * the database's locale (with the C locale PostgreSQL lower-cases only ASCII letters).
     */
    public static String folded(String path) {
        return "LOWER(FUNCTION('translate', " + path + ", '" + ACCENTED + "', '" + BASE + "'))";
    }

    /** The plain lower-case ASCII letter of an accented Latin letter, or 0 when there is none (æ, ß, ...). */
    private static char plainLetter(char c) {
        switch (c) {
            case '\u00D8', '\u00F8' -> { return 'o'; } // Ø ø
            case '\u0110', '\u0111' -> { return 'd'; } // Đ đ
            case '\u0126', '\u0127' -> { return 'h'; } // Ħ ħ
            case '\u0131' -> { return 'i'; }           // dotless ı
            case '\u0141', '\u0142' -> { return 'l'; } // Ł ł
            default -> { }
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = decomposed.charAt(0);
        if (decomposed.length() > 1 && first < 128 && Character.isLetter(first)) {
            return Character.toLowerCase(first);
        }
        return 0;
    }
}
