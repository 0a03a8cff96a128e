package org.fourpermille.hub.config.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {

    @TempDir
    Path folder;

    private final List<Process> holders = new ArrayList<>();

    @AfterEach
    void killHolders() {
        holders.forEach(Process::destroyForcibly);
    }

    @Test
    void a_second_run_is_refused_at_once_with_the_folder_and_the_process_holding_it() throws Exception {
        Process other = hold("run", Duration.ofMinutes(1));
        long began = System.nanoTime();
        DataFolderInUseException refused = assertThrows(DataFolderInUseException.class,
                () -> DataFolderLock.acquireForRun(folder, line -> { }));
        assertTrue(Duration.ofNanos(System.nanoTime() - began).compareTo(Duration.ofSeconds(2)) < 0);
        assertTrue(refused.getMessage().contains(folder.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("process " + other.pid()), refused.getMessage());
    }

    @Test
    void the_lock_goes_with_its_holder_even_killed_and_the_next_run_learns_what_it_left() throws Exception {
        Process other = hold("run", Duration.ofMinutes(1));
        other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        try (DataFolderLock lock = DataFolderLock.acquireForRun(folder, line -> { })) {
            RunRecord previous = lock.previous().orElseThrow();
            assertEquals(other.pid(), previous.holderProcess().pid());
            assertEquals(Optional.of(other.pid()), previous.payaraMicro().map(ProcessRef::pid));
            assertEquals(Optional.empty(), previous.payaraMicro().flatMap(ProcessRef::alive));
        }
    }

    @Test
    void a_run_waits_for_a_watchdog_still_cleaning_up_and_says_so() throws Exception {
        Process watchdog = hold("clean-up", Duration.ofMillis(1500));
        List<String> said = new ArrayList<>();
        try (DataFolderLock lock = DataFolderLock.acquireForRun(folder, said::add)) {
            assertTrue(lock.previous().isPresent());
        }
        assertEquals(List.of("Waiting for process " + watchdog.pid() + " to stop what an earlier run left running on "
                + folder + " ..."), said);
    }

    private Process hold(String as, Duration howLong) throws IOException {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDataFolder.class.getName(),
                folder.toString(), as, Long.toString(howLong.toMillis()))
                .redirectErrorStream(true).start();
        holders.add(holder);
        BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        assertEquals("held", line, "the holder did not take the folder");
        return holder;
    }
}
