package org.fourpermille.hub.config.launcher;

import java.util.Optional;

/**
 * What the lock file of a data folder says about the run that holds (or last held) it: who holds the
 * lock, and the Payara Micro it started. Written as plain lines so that a developer can read it:
 *
 * <pre>
 * launcher 12345 1733090000123
 * payara-micro 12400 1733090004567
 * </pre>
 *
 * The Payara Micro line is what lets the next holder stop a Payara Micro that its launcher, killed,
 * could not stop: it is no longer anyone's child, nothing else leads to it.
 */
record RunRecord(Holder holder, ProcessRef holderProcess, Optional<ProcessRef> payaraMicro) {

    /** Who holds the lock: a run of the platform, or the watchdog cleaning up after a run that died. */
    enum Holder {
        LAUNCHER("launcher"), WATCHDOG("watchdog");

        private final String word;

        Holder(String word) {
            this.word = word;
        }
    }

    private static final String PAYARA_MICRO = "payara-micro";

    static RunRecord of(Holder holder, ProcessRef process) {
        return new RunRecord(holder, process, Optional.empty());
    }

    RunRecord withPayaraMicro(ProcessRef micro) {
        return new RunRecord(holder, holderProcess, Optional.of(micro));
    }

    String format() {
        return holder.word + " " + holderProcess.format() + "\n"
                + payaraMicro.map(micro -> PAYARA_MICRO + " " + micro.format() + "\n").orElse("");
    }

    /** Empty for an empty or unreadable file (a holder that has not written yet, another version). */
    static Optional<RunRecord> parse(String text) {
        RunRecord record = null;
        ProcessRef micro = null;
        for (String line : text.split("\n")) {
            String[] wordAndRest = line.trim().split("\\s+", 2);
            if (wordAndRest.length != 2) {
                continue;
            }
            Optional<ProcessRef> process = ProcessRef.parse(wordAndRest[1]);
            if (process.isEmpty()) {
                continue;
            }
            if (wordAndRest[0].equals(PAYARA_MICRO)) {
                micro = process.get();
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
        return Optional.of(micro == null ? record : record.withPayaraMicro(micro));
    }
}
