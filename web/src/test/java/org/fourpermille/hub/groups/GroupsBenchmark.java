package org.fourpermille.hub.groups;

import static org.fourpermille.hub.membership.Joining.DEMO_PASSWORD;
import static org.fourpermille.hub.membership.Joining.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.fourpermille.hub.shared.Deployments;
import org.fourpermille.hub.shared.TestEnvironment;
import org.fourpermille.hub.shared.WebSession;
import org.fourpermille.hub.shared.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Speed of the group pages at the Initiative's size, measured end to end over HTTP (page render
 * included) on the machine that runs it: a College and an Interface of 600 organisations, and a forum
 * topic with 1,000 replies. Not part of {@code verify}: run with {@code -Pbenchmark}; the figures go to
 * {@code target/benchmarks/groups.md} and, by hand, to {@code docs/benchmarks.md}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupsBenchmark {

    static final int ORGANISATIONS = 600;
    static final int WARM_UP = 5;
    static final int ROUNDS = 40;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    private final List<String> lines = new ArrayList<>();

    @Test
    void group_pages_stay_fast_with_600_organisations_and_a_topic_of_1000_replies() throws Exception {
        long college = GroupsIT.groupId("COLLEGE_CIVIL_SOCIETY");
        long policy = GroupsIT.groupId("INTERFACE_POLICY");
        seedOrganisations(policy);
        WebSession member = signedIn(base, "member@example.org", DEMO_PASSWORD);
        WebSession staff = signedIn(base, "secretariat@example.org", DEMO_PASSWORD);

        Page members = member.get("groups/members.xhtml?id=" + policy);
        assertTrue(members.document().getElementById("peopleTitle").text().contains("(" + (ORGANISATIONS + 1) + ")"),
                members.document().getElementById("peopleTitle").text());

        measure("College front page (600 organisations, 50 listed)", () -> member.get("groups/group.xhtml?id=" + college));
        measure("Interface members, first page of 50", () -> member.get("groups/members.xhtml?id=" + policy));
        measure("Interface members, last page", () -> member.get("groups/members.xhtml?id=" + policy + "&page=13"));
        measure("Dashboard (my groups with what is new)", () -> member.get("dashboard.xhtml"));
        measure("Groups catalogue with member counts", () -> staff.get("groups/index.xhtml"));
        ForumBenchmark.run(this, member, policy);
        write();
    }

    /** Times {@code ROUNDS} requests after {@code WARM_UP} and records the median, 95th percentile and maximum. */
    void measure(String what, Supplier<Page> request) {
        for (int i = 0; i < WARM_UP; i++) {
            assertEquals(200, request.get().status(), what);
        }
        long[] millis = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            Page page = request.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, page.status(), what);
        }
        Arrays.sort(millis);
        String line = String.format(Locale.ROOT, "| %s | %d | %d | %d |", what, millis[ROUNDS / 2],
                millis[(int) Math.ceil(ROUNDS * 0.95) - 1], millis[ROUNDS - 1]);
        lines.add(line);
        System.out.println("BENCHMARK " + line);
    }

    private void write() throws Exception {
        Path out = Path.of("target", "benchmarks", "groups.md");
        Files.createDirectories(out.getParent());
        List<String> table = new ArrayList<>(List.of("| Request | median ms | p95 ms | max ms |", "|---|---|---|---|"));
        table.addAll(lines);
        Files.write(out, table);
    }

    /** 600 civil-society organisations (so in one College), one active representative each, all in the Policy Interface. */
    private static void seedOrganisations(long policy) throws Exception {
        try (Connection db = TestEnvironment.connection()) {
            db.setAutoCommit(false);
            try (PreparedStatement organisations = db.prepareStatement(
                    "INSERT INTO organisation (name, type, country, level, joined_on, status)"
                            + " SELECT 'Benchmark association ' || n, 'CIVIL_SOCIETY', 'SN', 'PARTNER', DATE '2020-01-01', 'ACTIVE'"
                            + " FROM generate_series(1, ?) n");
                 PreparedStatement accounts = db.prepareStatement(
                    "INSERT INTO account (email, display_name, status, locale, organisation_id, created_at)"
                            + " SELECT 'rep' || o.id || '@bench.example', 'Representative ' || o.id, 'ACTIVE', 'EN', o.id, now()"
                            + " FROM organisation o WHERE o.name LIKE 'Benchmark association %'");
                 PreparedStatement joined = db.prepareStatement(
                    "INSERT INTO group_member (group_id, account_id, status) SELECT ?, a.id, 'ACTIVE'"
                            + " FROM account a WHERE a.email LIKE '%@bench.example'")) {
                organisations.setInt(1, ORGANISATIONS);
                organisations.executeUpdate();
                accounts.executeUpdate();
                joined.setLong(1, policy);
                joined.executeUpdate();
            }
            db.commit();
        }
    }
}
