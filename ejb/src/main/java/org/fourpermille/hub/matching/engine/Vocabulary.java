package org.fourpermille.hub.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives each code of an open list (practice codes, countries, languages) a bit position that stays the
 * same for the life of the JVM, so that every profile of a node writes a code at the same bit and
 * comparing two lists is an AND of a few longs. Positions are never removed or reused: these lists are
 * reference data of a few hundred codes at most, so the table stays small even as codes come and go.
 */
final class Vocabulary {

    static final Vocabulary PRACTICES = new Vocabulary();
    static final Vocabulary COUNTRIES = new Vocabulary();
    static final Vocabulary LANGUAGES = new Vocabulary();

    private static final long[] NONE = new long[0];

    private final ConcurrentHashMap<String, Integer> positions = new ConcurrentHashMap<>();
    private volatile String[] codes = new String[128];
    private int size;

    /** The bit position of a code, given to it the first time it is seen. */
    int position(String code) {
        Integer known = positions.get(code);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            known = positions.get(code);
            if (known != null) {
                return known;
            }
            int position = size++;
            String[] current = codes;
            if (position == current.length) {
                current = Arrays.copyOf(current, position * 2);
            }
            current[position] = code;
            codes = current;
            // Published after the array holds the code: whoever reads the position sees the code.
            positions.put(code, position);
            return position;
        }
    }

    String code(int position) {
        return codes[position];
    }

    /** The bit set of these codes; an empty array when there are none. */
    long[] bits(Collection<String> values) {
        if (values.isEmpty()) {
            return NONE;
        }
        int highest = 0;
        int[] each = new int[values.size()];
        int i = 0;
        for (String value : values) {
            each[i] = position(value);
            highest = Math.max(highest, each[i]);
            i++;
        }
        long[] bits = new long[(highest >> 6) + 1];
        for (int position : each) {
            bits[position >> 6] |= 1L << position;
        }
        return bits;
    }

    /** The codes of the bits set in both sets, in the order of their positions. */
    List<String> common(long[] a, long[] b) {
        List<String> common = new ArrayList<>();
        int words = Math.min(a.length, b.length);
        for (int w = 0; w < words; w++) {
            long both = a[w] & b[w];
            while (both != 0) {
                int bit = Long.numberOfTrailingZeros(both);
                common.add(code((w << 6) + bit));
                both &= both - 1;
            }
        }
        return common;
    }

    static boolean intersect(long[] a, long[] b) {
        int words = Math.min(a.length, b.length);
        for (int w = 0; w < words; w++) {
            if ((a[w] & b[w]) != 0) {
                return true;
            }
        }
        return false;
    }

    static int countCommon(long[] a, long[] b) {
        int count = 0;
        int words = Math.min(a.length, b.length);
        for (int w = 0; w < words; w++) {
            count += Long.bitCount(a[w] & b[w]);
        }
        return count;
    }
}
