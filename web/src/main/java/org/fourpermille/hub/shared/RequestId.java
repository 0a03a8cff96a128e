package org.fourpermille.hub.shared;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of one request, for following it through the load balancer's log, the nodes' logs and a person's
 * report ("it failed at 10:42, id 3f2a…"). A well-formed id sent by the load balancer ({@code X-Request-Id})
 * is kept, so both logs name the request alike; otherwise, and for anything else a client sends there, a new
 * one is made. It is answered in the same header and, while the request runs, named in its thread's name,
 * which Payara writes on every log line ({@code _ThreadName=... req=...}), whoever logs: our code, Faces,
 * EclipseLink. It says nothing about the person.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    static final String MARK = " req=";

    private RequestId() {
    }

    /** The id to use for a request that came with {@code sent} in its header (or none). */
    public static String of(String sent) {
        return sent != null && WELL_FORMED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }

    /** Names the current thread after the request until {@link #close()}; a thread reused by a nested dispatch keeps its first id. */
    static Scope enter(String id) {
        Thread thread = Thread.currentThread();
        String original = thread.getName();
        if (original.contains(MARK)) {
            return () -> { };
        }
        thread.setName(original + MARK + id);
        return () -> thread.setName(original);
    }

    /** The request's naming of its thread, undone when the request ends. */
    @FunctionalInterface
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
