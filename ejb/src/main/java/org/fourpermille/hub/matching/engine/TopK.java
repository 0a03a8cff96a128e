package org.fourpermille.hub.matching.engine;

/**
 * Keeps the k best of a stream of (key, id, slot) triples in a bounded binary heap of primitive arrays:
 * the worst kept entry sits at the root, so a candidate that cannot enter costs one comparison. Better
 * means a higher key, then a lower id, which makes equal scores come out by ascending id.
 */
final class TopK {

    private final long[] keys;
    private final long[] ids;
    private final int[] slots;
    private int size;

    TopK(int capacity) {
        keys = new long[capacity];
        ids = new long[capacity];
        slots = new int[capacity];
    }

    void offer(long key, long id, int slot) {
        if (size < keys.length) {
            int i = size++;
            set(i, key, id, slot);
            siftUp(i);
        } else if (keys.length > 0 && worse(keys[0], ids[0], key, id)) {
            set(0, key, id, slot);
            siftDown(0);
        }
    }

    /** The slots kept, best first; empties the heap. */
    int[] drainBestFirst() {
        int[] best = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            best[i] = slots[0];
            size--;
            if (size > 0) {
                set(0, keys[size], ids[size], slots[size]);
                siftDown(0);
            }
        }
        return best;
    }

    /** Whether entry (aKey, aId) ranks below (bKey, bId). */
    private static boolean worse(long aKey, long aId, long bKey, long bId) {
        return aKey < bKey || (aKey == bKey && aId > bId);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!worse(keys[i], ids[i], keys[parent], ids[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && worse(keys[right], ids[right], keys[left], ids[left])) {
                worst = right;
            }
            if (!worse(keys[worst], ids[worst], keys[i], ids[i])) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void set(int i, long key, long id, int slot) {
        keys[i] = key;
        ids[i] = id;
        slots[i] = slot;
    }

    private void swap(int a, int b) {
        long key = keys[a];
        long id = ids[a];
        int slot = slots[a];
        set(a, keys[b], ids[b], slots[b]);
        set(b, key, id, slot);
    }
}
