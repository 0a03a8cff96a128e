package org.fourpermille.hub.groups;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Tells an office package (OOXML, OpenDocument) from any other zip by reading the archive's table of
 * contents (the central directory) and nothing else, so a "zip bomb" costs no more than its own size:
 * the entries are counted, their declared sizes and compression ratios bounded, each local header compared
 * with its directory entry, and overlapping entries refused, all before a single byte is inflated. Only the
 * first bytes of the one entry the check needs ({@code mimetype} of an OpenDocument) are ever inflated.
 *
 * <p>Why not {@link java.util.zip.ZipInputStream}: it walks the local headers and inflates every entry it
 * passes, so 4 MB of deflated zeros cost seconds of a core; and a reader of the central directory (an office
 * suite) would see other files than the one that was checked when the two disagree.
 */
final class OfficeArchive {

    /** Far above any office document (a large deck has a few hundred parts). */
    static final int MAX_ENTRIES = 5_000;
    /** What all the parts may declare together once unpacked. */
    static final long MAX_TOTAL_UNCOMPRESSED = 1L << 30;
    /** XML compresses well, but not this well; only checked for parts large enough to matter. */
    static final long MAX_RATIO = 200;
    static final long RATIO_CHECKED_ABOVE = 1L << 20;
    /** At most this many bytes are ever inflated (the {@code mimetype} entry of an OpenDocument). */
    static final int MAX_INFLATED = 128;

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final long FFFFFFFF = 0xffffffffL;

    /** What the check decided. */
    enum Verdict { OOXML, ODF, OTHER_ARCHIVE, REFUSED }

    private record Entry(String name, int method, int flags, long compressed, long uncompressed, long localOffset,
                         long dataStart) {
    }

    private OfficeArchive() {
    }

    /**
     * {@link Verdict#REFUSED} for an archive out of proportion or inconsistent, {@link Verdict#OTHER_ARCHIVE}
     * for a sane zip that is no office package (or no zip at all).
     */
    static Verdict inspect(byte[] content) {
        try {
            List<Entry> entries = directory(ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN));
            if (entries == null) {
                return Verdict.REFUSED;
            }
            for (Entry entry : entries) {
                if (entry.name().equals("[Content_Types].xml")) {
                    return Verdict.OOXML;
                }
            }
            for (Entry entry : entries) {
                if (entry.name().equals("mimetype")) {
                    byte[] head = head(content, entry, DocumentFormat.ODF_PREFIX.length());
                    if (head == null) {
                        return Verdict.REFUSED;
                    }
                    return new String(head, StandardCharsets.US_ASCII).equals(DocumentFormat.ODF_PREFIX)
                            ? Verdict.ODF : Verdict.OTHER_ARCHIVE;
                }
            }
            return Verdict.OTHER_ARCHIVE;
        } catch (IndexOutOfBoundsException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
            return Verdict.REFUSED; // offsets pointing outside the file
        }
    }

    /** The checked entries, or null when the archive is refused. */
    private static List<Entry> directory(ByteBuffer zip) {
        int end = endOfDirectory(zip);
        if (end < 0) {
            return null;
        }
        int count = zip.getShort(end + 10) & 0xffff;
        long size = zip.getInt(end + 12) & FFFFFFFF;
        long start = zip.getInt(end + 16) & FFFFFFFF;
        if (count > MAX_ENTRIES || count == 0xffff || start + size > end) {
            return null; // too many entries, Zip64 (never needed below the upload limit) or a directory outside the file
        }
        List<Entry> entries = new ArrayList<>(count);
        long total = 0;
        int at = (int) start;
        for (int i = 0; i < count; i++) {
            if (zip.getInt(at) != CENTRAL_HEADER) {
                return null;
            }
            int flags = zip.getShort(at + 8) & 0xffff;
            int method = zip.getShort(at + 10) & 0xffff;
            long compressed = zip.getInt(at + 20) & FFFFFFFF;
            long uncompressed = zip.getInt(at + 24) & FFFFFFFF;
            int nameLength = zip.getShort(at + 28) & 0xffff;
            int extraLength = zip.getShort(at + 30) & 0xffff;
            int commentLength = zip.getShort(at + 32) & 0xffff;
            long localOffset = zip.getInt(at + 42) & FFFFFFFF;
            String name = text(zip, at + 46, nameLength);
            long[] zip64 = zip64(zip, at + 46 + nameLength, extraLength, uncompressed, compressed, localOffset);
            uncompressed = zip64[0];
            compressed = zip64[1];
            localOffset = zip64[2];
            total += uncompressed;
            if (method != 0 && method != 8 || method == 0 && compressed != uncompressed || total > MAX_TOTAL_UNCOMPRESSED
                    || uncompressed > RATIO_CHECKED_ABOVE && uncompressed > MAX_RATIO * Math.max(1, compressed)) {
                return null;
            }
            long dataStart = local(zip, localOffset, name, method, flags, compressed);
            if (dataStart < 0 || dataStart + compressed > start) {
                return null;
            }
            entries.add(new Entry(name, method, flags, compressed, uncompressed, localOffset, dataStart));
            at += 46 + nameLength + extraLength + commentLength;
            if (at > start + size) {
                return null;
            }
        }
        return overlapping(entries) ? null : entries;
    }

    /** The offset of the end-of-directory record whose comment reaches exactly the end of the file, or -1. */
    private static int endOfDirectory(ByteBuffer zip) {
        int last = zip.limit() - END_LENGTH;
        for (int at = last; at >= 0 && at >= last - 0xffff; at--) {
            if (zip.getInt(at) == END_OF_DIRECTORY && at + END_LENGTH + (zip.getShort(at + 20) & 0xffff) == zip.limit()) {
                return at;
            }
        }
        return -1;
    }

    /** Where the entry's data starts, after checking that its local header says what the directory says; -1 if not. */
    private static long local(ByteBuffer zip, long offset, String name, int method, int flags, long compressed) {
        if (offset > zip.limit() - 30 || zip.getInt((int) offset) != LOCAL_HEADER) {
            return -1;
        }
        int at = (int) offset;
        int localMethod = zip.getShort(at + 8) & 0xffff;
        long localCompressed = zip.getInt(at + 18) & FFFFFFFF;
        int nameLength = zip.getShort(at + 26) & 0xffff;
        int extraLength = zip.getShort(at + 28) & 0xffff;
        boolean descriptor = (flags & 0x08) != 0;
        if (localMethod != method || !text(zip, at + 30, nameLength).equals(name)
                || !descriptor && localCompressed != FFFFFFFF && localCompressed != compressed) {
            return -1;
        }
        return offset + 30 + nameLength + extraLength;
    }

    /** Entries whose data share bytes: the trick of the "non-recursive" bombs, never found in a real document. */
    private static boolean overlapping(List<Entry> entries) {
        Entry[] sorted = entries.toArray(Entry[]::new);
        Arrays.sort(sorted, Comparator.comparingLong(Entry::localOffset));
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i - 1].dataStart() + sorted[i - 1].compressed() > sorted[i].localOffset()) {
                return true;
            }
        }
        return false;
    }

    /** The Zip64 sizes and offset where the 32-bit fields say so (0xFFFFFFFF), in the order of the extra field. */
    private static long[] zip64(ByteBuffer zip, int at, int length, long uncompressed, long compressed, long offset) {
        long[] values = {uncompressed, compressed, offset};
        int end = at + length;
        while (at + 4 <= end) {
            int id = zip.getShort(at) & 0xffff;
            int size = zip.getShort(at + 2) & 0xffff;
            if (id == 0x0001) {
                int field = at + 4;
                for (int i = 0; i < 3; i++) {
                    if (values[i] == FFFFFFFF && field + 8 <= at + 4 + size) {
                        values[i] = zip.getLong(field);
                        field += 8;
                    }
                }
            }
            at += 4 + size;
        }
        for (long value : values) {
            if (value < 0) {
                throw new IllegalArgumentException("size beyond 2^63");
            }
        }
        return values;
    }

    /** The first {@code wanted} bytes of an entry, inflating no more than {@link #MAX_INFLATED}; null if unreadable. */
    private static byte[] head(byte[] content, Entry entry, int wanted) {
        int from = (int) entry.dataStart();
        int available = (int) Math.min(entry.compressed(), content.length - from);
        if (entry.method() == 0) {
            return Arrays.copyOfRange(content, from, from + Math.min(wanted, available));
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(content, from, Math.min(available, 4 * MAX_INFLATED));
            byte[] head = new byte[Math.min(wanted, MAX_INFLATED)];
            int read = 0;
            while (read < head.length && !inflater.finished() && !inflater.needsInput()) {
                int n = inflater.inflate(head, read, head.length - read);
                if (n == 0 && (inflater.needsDictionary() || inflater.needsInput())) {
                    break;
                }
                read += n;
            }
            return Arrays.copyOf(head, read);
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static String text(ByteBuffer zip, int at, int length) {
        byte[] bytes = new byte[length];
        zip.get(at, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
