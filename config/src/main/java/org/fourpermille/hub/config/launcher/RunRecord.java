package org.fourpermille.hub.config.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the lock file of a data folder says about the run that holds (or last held) it: who holds the
 * lock, and the processes it started besides PostgreSQL (one Payara Micro, or for a local cluster several
 * and an HAProxy). Written as plain lines so that a developer can read it:
 *
 * <pre>
 * launcher 12345 1733090000123
 * payara-micro 12400 1733090004567
 * payara-micro 12401 1733090004570
 * haproxy 12410 1733090004601
 * </pre>
 *
 * These lines are what let the next holder stop what a killed launcher could not: those processes are no
 * longer anyone's child, nothing else leads to them.
 */
record RunRecord(Holder holder, ProcessRef holderProcess, List<Started> started) {

    /** Who holds the lock: a run of the platform, or the watchdog cleaning up after a run that died. */
    enum Holder {
        LAUNCHER("launcher"), WATCHDOG("watchdog");

        private final String word;

        Holder(String word) {
            this.word = word;
        }
    }

    /** What a run starts besides PostgreSQL (which its own {@code postmaster.pid} names). */
    enum Kind {
        PAYARA_MICRO("payara-micro", "Payara Micro"), HAPROXY("haproxy", "HAProxy");

        private final String word;
        private final String title;

        Kind(String word, String title) {
            this.word = word;
            this.title = title;
        }

        /** How a person calls it: "Payara Micro". */
        String title() {
            return title;
        }
    }

    record Started(Kind kind, ProcessRef process) {
    }

    RunRecord {
        started = List.copyOf(started);
    }

    static RunRecord of(Holder holder, ProcessRef process) {
        return new RunRecord(holder, process, List.of());
    }

    RunRecord withPayaraMicro(ProcessRef micro) {
        return with(Kind.PAYARA_MICRO, micro);
    }

    RunRecord with(Kind kind, ProcessRef process) {
        List<Started> more = new ArrayList<>(started);
        more.add(new Started(kind, process));
        return new RunRecord(holder, holderProcess, more);
    }

    /** The first Payara Micro, the only one of a one-command run. */
    Optional<ProcessRef> payaraMicro() {
        return started.stream().filter(s -> s.kind() == Kind.PAYARA_MICRO).map(Started::process).findFirst();
    }

    String format() {
        StringBuilder text = new StringBuilder(holder.word + " " + holderProcess.format() + "\n");
        started.forEach(s -> text.append(s.kind().word).append(' ').append(s.process().format()).append('\n'));
        return text.toString();
    }

    /** Empty for an empty or unreadable file (a holder that has not written yet, another version). */
    static Optional<RunRecord> parse(String text) {
        RunRecord record = null;
        List<Started> started = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] wordAndRest = line.trim().split("\\s+", 2);
            if (wordAndRest.length != 2) {
                continue;
            }
            Optional<ProcessRef> process = ProcessRef.parse(wordAndRest[1]);
            if (process.isEmpty()) {
                continue;
            }
            for (Kind kind : Kind.values()) {
                if (wordAndRest[0].equals(kind.word)) {
                    started.add(new Started(kind, process.get()));
                }
            }
            for (Holder holder : Holder.values()) {
                if (wordAndRest[0].equals(holder.word)) {
                    record = of(holder, process.get());
                }
            }
        }
        if (record == null) {
            return Optional.empty();
        }
        return Optional.of(new RunRecord(record.holder, record.holderProcess, started));
    }
}
