package org.fourpermille.hub.groups;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip files byte by byte, so tests can build what no honest tool writes: bombs, and archives whose
 * local headers say something else than their table of contents.
 */
final class Zips {

    /** 4 GiB less 1 MiB, the most a zip without Zip64 declares. */
    static final long BOMB_SIZE = (4L << 30) - (1L << 20);
    private static byte[] bombData;
    private static long bombCrc;

    private final List<byte[]> locals = new ArrayList<>();
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private long offset;
    private int count;

    /** An entry stored as given. */
    Zips stored(String name, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return raw(name, name, 0, data, crc.getValue(), data.length, data.length);
    }

    /** An entry deflated. */
    Zips deflated(String name, byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(data);
        return raw(name, name, 8, out.toByteArray(), crc.getValue(), data.length, data.length);
    }

    /** {@link #BOMB_SIZE} zeros deflated to about 4 MB, with their true size and checksum. */
    Zips bomb(String name) {
        bombData();
        return raw(name, name, 8, bombData, bombCrc, BOMB_SIZE, BOMB_SIZE);
    }

    /** The bomb again, but the directory claims it unpacks to {@code declared} bytes. */
    Zips lyingBomb(String name, long declared) {
        bombData();
        return raw(name, name, 8, bombData, bombCrc, declared, declared);
    }

    /**
     * An entry written as given: {@code localName} in its local header, {@code centralName} in the directory,
     * {@code localSize} and {@code centralSize} the uncompressed sizes each declares.
     */
    Zips raw(String localName, String centralName, int method, byte[] data, long crc, long localSize, long centralSize) {
        byte[] local = localName.getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = le(30 + local.length);
        header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) method)
                .putShort((short) 0).putShort((short) 0x21).putInt((int) crc).putInt(data.length).putInt((int) localSize)
                .putShort((short) local.length).putShort((short) 0).put(local);
        locals.add(header.array());
        locals.add(data);
        byte[] name = centralName.getBytes(StandardCharsets.UTF_8);
        ByteBuffer entry = le(46 + name.length);
        entry.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) method)
                .putShort((short) 0).putShort((short) 0x21).putInt((int) crc).putInt(data.length).putInt((int) centralSize)
                .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt((int) offset).put(name);
        central.writeBytes(entry.array());
        offset += header.capacity() + data.length;
        count++;
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        locals.forEach(out::writeBytes);
        byte[] directory = central.toByteArray();
        out.writeBytes(directory);
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count).putShort((short) count)
                .putInt(directory.length).putInt((int) offset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static byte[] flushed(Deflater deflater, byte[] input, byte[] buffer) {
        deflater.setInput(input);
        return java.util.Arrays.copyOf(buffer, deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH));
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Deflates {@link #BOMB_SIZE} zeros in a few milliseconds: a full flush resets the compressor, so the
     * block that encodes 1 MiB of zeros after a flush is the same every time and is simply repeated.
     */
    private static synchronized void bombData() {
        if (bombData != null) {
            return;
        }
        int mib = 1 << 20;
        byte[] zeros = new byte[mib];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] buffer = new byte[64 * 1024];
        byte[] first = flushed(deflater, zeros, buffer);
        byte[] block = flushed(deflater, zeros, buffer);
        if (!java.util.Arrays.equals(block, flushed(deflater, zeros, buffer))) {
            throw new IllegalStateException("The compressor's flushed blocks differ: cannot repeat one");
        }
        deflater.finish();
        byte[] last = java.util.Arrays.copyOf(buffer, deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH));
        deflater.end();
        int blocks = (int) (BOMB_SIZE / mib);
        ByteArrayOutputStream out = new ByteArrayOutputStream(blocks * block.length + last.length);
        out.writeBytes(first);
        for (int i = 1; i < blocks; i++) {
            out.writeBytes(block);
        }
        out.writeBytes(last);
        bombData = out.toByteArray();
        CRC32 crc = new CRC32();
        for (int i = 0; i < blocks; i++) {
            crc.update(zeros);
        }
        bombCrc = crc.getValue();
    }
}
