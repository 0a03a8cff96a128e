package org.fourpermille.hub.groups;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a post names with {@code @}: "@Mariama Member, what do you think?" names Mariama Member.
 * There are no user names on the platform, so a mention is an {@code @} followed by a person's name as it
 * is shown (one to {@value #MAX_WORDS} words, any case). This class only reads the text: it gives every
 * name a mention could mean ("mariama", "mariama member", "mariama member what", ...), and the forum keeps
 * those that are the name of someone in the group. An {@code @} inside a word (an email address) is not
 * a mention.
 */
public final class Mentions {

    /** The most words a name may have (e.g. "María José García López"). */
    public static final int MAX_WORDS = 4;
    /** The most people one post may name; more are ignored, so a post cannot be used to page everyone. */
    public static final int MAX_PEOPLE = 20;

    private static final Pattern AT = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])@((?:[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*)(?:[ \\u00A0]+[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*){0," + (MAX_WORDS - 1) + "})");

    private Mentions() {
    }

    /** Every name the mentions of {@code text} could mean, in the form {@link #key} gives. */
    public static Set<String> candidates(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        Matcher at = AT.matcher(text);
        while (at.find()) {
            String[] words = at.group(1).split("[ \\u00A0]+");
            StringBuilder name = new StringBuilder();
            for (String word : words) {
                if (name.length() > 0) {
                    name.append(' ');
                }
                name.append(word);
                names.add(key(name.toString()));
                String trimmed = word.replaceAll("[.'’-]+$", "");
                if (!trimmed.equals(word) && !trimmed.isEmpty()) {
                    // "@Mariama Member." ends a sentence: the dot is not part of the name.
                    names.add(key(name.substring(0, name.length() - word.length()) + trimmed));
                }
            }
        }
        return names;
    }

    /** How a name is compared: composed Unicode, lower case, single spaces. */
    public static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
