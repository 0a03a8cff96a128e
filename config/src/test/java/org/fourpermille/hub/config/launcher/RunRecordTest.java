package org.fourpermille.hub.config.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fourpermille.hub.config.launcher.RunRecord.Holder;
import org.fourpermille.hub.config.launcher.RunRecord.Kind;
import org.fourpermille.hub.config.launcher.RunRecord.Started;
import org.junit.jupiter.api.Test;

class RunRecordTest {

    private final ProcessRef launcher = new ProcessRef(29905, Instant.ofEpochMilli(1796164285130L));
    private final ProcessRef micro = new ProcessRef(30013, Instant.ofEpochMilli(1796164288000L));

    @Test
    void a_developer_can_read_it_and_the_next_run_reads_it_back() {
        RunRecord record = RunRecord.of(Holder.LAUNCHER, launcher).withPayaraMicro(micro);
        assertEquals("launcher 29905 1796164285130\npayara-micro 30013 1796164288000\n", record.format());
        assertEquals(Optional.of(record), RunRecord.parse(record.format()));
    }

    @Test
    void a_watchdog_keeps_the_payara_micro_line() {
        RunRecord record = RunRecord.of(Holder.WATCHDOG, launcher).withPayaraMicro(micro);
        assertEquals(Optional.of(micro), RunRecord.parse(record.format()).flatMap(RunRecord::payaraMicro));
        assertEquals(Holder.WATCHDOG, RunRecord.parse(record.format()).orElseThrow().holder());
    }

    @Test
    void a_cluster_run_names_each_node_and_its_load_balancer_so_that_all_are_stopped_after_a_kill() {
        ProcessRef second = new ProcessRef(30014, Instant.ofEpochMilli(1796164289000L));
        ProcessRef haproxy = new ProcessRef(30020, Instant.ofEpochMilli(1796164287000L));
        RunRecord record = RunRecord.of(Holder.LAUNCHER, launcher).with(Kind.HAPROXY, haproxy)
                .withPayaraMicro(micro).withPayaraMicro(second);
        assertEquals("launcher 29905 1796164285130\nhaproxy 30020 1796164287000\npayara-micro 30013 1796164288000\n"
                + "payara-micro 30014 1796164289000\n", record.format());
        RunRecord read = RunRecord.parse(record.format()).orElseThrow();
        assertEquals(List.of(new Started(Kind.HAPROXY, haproxy), new Started(Kind.PAYARA_MICRO, micro),
                new Started(Kind.PAYARA_MICRO, second)), read.started());
        assertEquals(Optional.of(micro), read.payaraMicro());
    }

    @Test
    void an_empty_or_foreign_file_names_nobody() {
        assertEquals(Optional.empty(), RunRecord.parse(""));
        assertEquals(Optional.empty(), RunRecord.parse("12345\n"));
        assertEquals(Optional.empty(), RunRecord.parse("payara-micro 30013 1796164288000\n"));
        assertEquals(Optional.empty(), RunRecord.parse("launcher twelve 1796164285130\n"));
    }

    @Test
    void a_process_is_the_same_only_while_its_start_time_matches() {
        ProcessRef self = ProcessRef.current();
        assertEquals(Optional.of(self.pid()), self.alive().map(ProcessHandle::pid));
        ProcessRef reused = new ProcessRef(self.pid(), self.start().minusSeconds(3600));
        assertEquals(Optional.empty(), reused.alive());
    }
}
