package org.fourpermille.hub.config.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A process as a later process can recognise it: its PID and its start time. The start time is what
 * tells "still the same process" from "a new process that was given the same PID", which matters
 * because a run's record outlives the run (a reboot, a killed launcher) and PIDs are reused.
 */
record ProcessRef(long pid, Instant start) {

    /** Both times come from the same kernel clock; the slack only absorbs rounding. */
    private static final Duration SAME_START = Duration.ofSeconds(1);

    static Optional<ProcessRef> of(ProcessHandle process) {
        return process.info().startInstant().map(start -> new ProcessRef(process.pid(), start));
    }

    static ProcessRef current() {
        return of(ProcessHandle.current()).orElseThrow(
                () -> new IllegalStateException("This platform does not tell when a process started"));
    }

    /** The process, if it is still running (and is not a newcomer with the same PID). */
    Optional<ProcessHandle> alive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> process.info().startInstant()
                .map(actual -> Duration.between(start, actual).abs().compareTo(SAME_START) <= 0)
                .orElse(true));
    }

    /** {@code 12345 1733090000123}: the PID and the start in epoch milliseconds. */
    String format() {
        return pid + " " + start.toEpochMilli();
    }

    static Optional<ProcessRef> parse(String pidAndStart) {
        String[] parts = pidAndStart.trim().split("\\s+");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProcessRef(Long.parseLong(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
