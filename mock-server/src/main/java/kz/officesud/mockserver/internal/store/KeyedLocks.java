package kz.officesud.mockserver.internal.store;

/**
 * Monitors by key (a record's id, a filing's fingerprint), a fixed number of them shared by hash: what keeps two
 * writes of the same record in order and lets writes of different records reach the disk at the same time, so that
 * their forces are committed together by the file system instead of one after another under one lock. Two keys may
 * share a monitor; code that takes two must always take them from two different {@code KeyedLocks} in the same
 * order.
 */
public final class KeyedLocks {
    private final Object[] locks;

    public KeyedLocks(int count) {
        locks = new Object[Integer.highestOneBit(Math.max(1, count - 1)) << 1];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /** The monitor of {@code key}. */
    public Object of(String key) {
        int h = key.hashCode();
        return locks[(h ^ (h >>> 16)) & (locks.length - 1)];
    }
}
