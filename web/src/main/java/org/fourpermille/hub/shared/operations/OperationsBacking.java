package org.fourpermille.hub.shared.operations;

import java.time.Duration;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.Texts;

/**
 * {@code /admin/operations.xhtml}: for IT, the background work of every feature (waiting, being done now,
 * failed with its error, done) and the nodes of the cluster with their build and uptime, on one page.
 */
@Named("operations")
@RequestScoped
public class OperationsBacking {

    @Inject
    private Operations operations;

    private List<QueueState> queues;
    private List<JobFailure> failures;
    private List<NodeState> nodes;

    @PostConstruct
    void load() {
        queues = operations.queues();
        failures = operations.failures();
        nodes = operations.nodes();
    }

    public List<QueueState> getQueues() {
        return queues;
    }

    public List<JobFailure> getFailures() {
        return failures;
    }

    public List<NodeState> getNodes() {
        return nodes;
    }

    /** A count, or a dash where the kind of work has no such state. */
    public String count(long value) {
        return value == QueueState.NONE ? "–" : Long.toString(value);
    }

    /** "3 d 4 h", "2 h 5 min", "4 min 10 s" in the reader's language. */
    public String uptime(NodeState node) {
        Duration up = node.uptime();
        if (up.toDays() > 0) {
            return Texts.text("operations.uptime.days", up.toDays(), up.toHoursPart());
        }
        if (up.toHours() > 0) {
            return Texts.text("operations.uptime.hours", up.toHours(), up.toMinutesPart());
        }
        return Texts.text("operations.uptime.minutes", up.toMinutes(), up.toSecondsPart());
    }
}
