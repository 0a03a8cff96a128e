package org.fourpermille.hub.config.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PostmasterPidTest {

    private static final String DATA = "/home/dev/hub/data/postgres/pgdata";

    /** As PostgreSQL 17 writes it for the embedded server (no Unix socket). */
    private static final List<String> RUNNING = List.of("29996", DATA, "1796164286", "35503", "", "localhost",
            "        0         0", "ready   ");

    private final PostmasterPid file = PostmasterPid.parse(RUNNING).orElseThrow();

    @Test
    void reads_the_pid_the_folder_and_the_port() {
        assertEquals(29996, file.pid());
        assertEquals(DATA, file.dataDirectory());
        assertEquals(35503, file.port());
    }

    @Test
    void a_file_being_written_or_garbled_is_no_file() {
        assertEquals(Optional.empty(), PostmasterPid.parse(List.of("29996", DATA)));
        assertEquals(Optional.empty(), PostmasterPid.parse(List.of("", "", "", "")));
        assertEquals(Optional.empty(), PostmasterPid.parse(List.of("pid?", DATA, "1796164286", "35503")));
    }

    @Test
    void its_writer_is_a_postgres_started_on_that_folder() {
        String[] ours = {"-D", DATA, "-p", "35503", "-F"};
        assertTrue(file.isWrittenBy(Optional.of("/tmp/embedded-pg/PG-86/bin/postgres"), Optional.of(ours)));
        // Arguments hidden (another user's process on some systems): the executable alone decides.
        assertTrue(file.isWrittenBy(Optional.of("/tmp/embedded-pg/PG-86/bin/postgres"), Optional.empty()));
    }

    @Test
    void a_pid_reused_by_another_server_or_program_is_not_its_writer() {
        String[] otherCluster = {"-D", "/var/lib/postgresql/17/main"};
        assertFalse(file.isWrittenBy(Optional.of("/usr/lib/postgresql/17/bin/postgres"), Optional.of(otherCluster)));
        assertFalse(file.isWrittenBy(Optional.of("/usr/bin/bash"), Optional.of(new String[] {"-D", DATA})));
        assertFalse(file.isWrittenBy(Optional.empty(), Optional.empty()));
    }

    @Test
    void only_a_pid_known_to_belong_to_another_program_makes_the_file_stale() {
        assertTrue(file.isTakenByAnotherProgram(Optional.of("/usr/lib/firefox/firefox")));
        assertFalse(file.isTakenByAnotherProgram(Optional.of("/usr/lib/postgresql/17/bin/postgres")));
        // Unknown (not ours to inspect): leave the file to PostgreSQL rather than risk two servers on one folder.
        assertFalse(file.isTakenByAnotherProgram(Optional.empty()));
    }
}
