package org.fourpermille.hub.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Writing now what a service changed, so that a colleague's simultaneous change to the same object
 * (caught by its {@code @Version}) surfaces as the clear "changed meanwhile" message rather than as an
 * error at commit.
 */
public final class ConcurrentChange {

    public static final String MESSAGE_KEY = "error.concurrentChange";

    private ConcurrentChange() {
    }

    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException(MESSAGE_KEY);
        }
    }

    /** Refuses a change made from a page that showed an older version of the object. */
    public static void check(int actualVersion, int expectedVersion) {
        if (actualVersion != expectedVersion) {
            throw new BusinessException(MESSAGE_KEY);
        }
    }
}
