package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.fourpermille.hub.config.launcher.Launcher;
import org.fourpermille.hub.shared.WebSession.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failover, proven on the local cluster ({@code ./mvnw -Pcluster}'s launcher, in its own JVM): three Payara
 * Micro nodes in one data grid behind HAProxy, an embedded PostgreSQL. A population of signed-in people
 * post replies in a forum through the load balancer; then the node serving the first of them is killed
 * with SIGKILL. Every one of them is still signed in, served by another node, at the cost of at most one
 * failed request each; no reply saved before or after is lost or written twice; a form shown by the dead
 * node and sent afterwards never ends in a server error. Finally SIGTERM stops the whole cluster and
 * leaves no process.
 *
 * <p>Its own profile, as it starts three Payara Micro at once (about 4 to 6 minutes on 2 cores):
 * {@code flock /tmp/hub-it.lock ./mvnw -B -Pfailover -pl web -am verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. Its last result is in {@code docs/operations.md}.
 */
class ClusterFailover {

    private static final String PASSWORD = "Soil-Carbon-2050";
    /** The demo accounts in the Knowledge Interface, whose forum they all may post in. */
    private static final List<String> PEOPLE = List.of("partner@example.org", "member@example.org",
            "expert@example.org", "farmer@example.org");
    /** Sessions per account: each one a person in their own browser. */
    private static final int SESSIONS_PER_PERSON = 3;
    private static final int REPLIES_BEFORE = 3;
    private static final int REPLIES_AFTER = 2;
    private static final Duration READY = Duration.ofMinutes(10);
    private static final Duration STOP = Duration.ofSeconds(30);
    private static final Pattern TOPIC_ID = Pattern.compile("(?:^|&)id=(\\d+)");
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat [a-z]+\\.[\\w.$]+\\(|Exception:|StackTrace",
            Pattern.CASE_INSENSITIVE);

    private static Path root;
    private static Path data;
    private static Process launcher;
    private static Path output;
    private static int port;
    private static URL base;
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @BeforeAll
    static void startTheCluster() throws Exception {
        root = Path.of(System.getProperty("hub.test.dir"), "cluster").toAbsolutePath();
        killEverythingOn(root);
        deleteRecursively(root);
        data = root.resolve("data");
        Files.createDirectories(root);
        port = freeBlock(1, 18180);
        int nodePorts = freeBlock(3, port + 1);
        int gridPorts = freeBlock(3, 15990);
        int statsPort = freeBlock(1, nodePorts + 3);
        output = root.resolve("launcher.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                System.getProperty("hub.test.war"), System.getProperty("payara.microJar"),
                System.getProperty("hub.repository.root"), "--cluster")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("HUB_"));
        environment.put("HUB_DATA_DIR", data.toString());
        environment.put("HUB_HTTP_PORT", Integer.toString(port));
        environment.put("HUB_CLUSTER_NODE_PORT", Integer.toString(nodePorts));
        environment.put("HUB_CLUSTER_GRID_PORT", Integer.toString(gridPorts));
        environment.put("HUB_CLUSTER_STATS_PORT", Integer.toString(statsPort));
        environment.put("HUB_CLUSTER_NAME", "hub-failover-" + RUN);
        long began = System.nanoTime();
        launcher = builder.start();
        long deadline = began + READY.toNanos();
        while (!output().contains("is running on a cluster of 3 nodes")) {
            assertTrue(launcher.isAlive(), "the cluster did not start:\n" + output());
            assertTrue(System.nanoTime() < deadline, "the cluster was not ready after " + READY.toMinutes() + " min:\n" + output());
            Thread.sleep(1000);
        }
        report("cluster of 3 ready in %.1f s", Duration.ofNanos(System.nanoTime() - began));
        // The address HAProxy binds: "localhost" may resolve to ::1 first, where another program may answer.
        base = URI.create("http://127.0.0.1:" + port + "/").toURL();
        boolean gridOfThree = false;
        for (int node = 1; node <= 3; node++) {
            gridOfThree |= Files.readString(data.resolve("cluster").resolve("node" + node + ".log")).contains("DG Size: 3");
        }
        assertTrue(gridOfThree, "no node saw a data grid of 3 (\"DG Size: 3\")");
    }

    @AfterAll
    static void sigtermStopsEverything() throws Exception {
        if (launcher == null) {
            return;
        }
        try {
            // HAProxy's command line names the configuration in the repository, not this folder: follow PIDs too.
            List<ProcessHandle> started = launcher.descendants().toList();
            long began = System.nanoTime();
            launcher.destroy();
            assertTrue(launcher.waitFor(STOP.toSeconds(), TimeUnit.SECONDS), "the cluster was still stopping after "
                    + STOP.toSeconds() + " s:\n" + output());
            report("SIGTERM to stopped: %.1f s", Duration.ofNanos(System.nanoTime() - began));
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while ((!processesOn(root).isEmpty() || started.stream().anyMatch(ProcessHandle::isAlive))
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(List.of(), started.stream().filter(ProcessHandle::isAlive)
                    .map(p -> p.info().commandLine().orElse("?")).toList(), "processes of the run left after the stop");
            assertEquals(List.of(), processesOn(root).stream().map(p -> p.info().commandLine().orElse("?")).toList(),
                    "processes left after the stop");
        } finally {
            killEverythingOn(root);
        }
    }

    @Test
    void killing_the_node_of_a_session_loses_no_person_and_no_reply() throws Exception {
        List<Person> population = new ArrayList<>();
        for (String email : PEOPLE) {
            for (int i = 0; i < SESSIONS_PER_PERSON; i++) {
                population.add(new Person(email, population.size()));
            }
        }
        long topicId = startTopic(population.get(0));
        String topic = "groups/topic.xhtml?id=" + topicId;
        ExecutorService pool = Executors.newFixedThreadPool(population.size());
        try {
            all(pool, population, person -> {
                person.signIn();
                for (int n = 0; n < REPLIES_BEFORE; n++) {
                    person.reply(topic, n);
                }
                return null;
            });
            Map<String, Long> byNode = population.stream().collect(Collectors.groupingBy(p -> p.node, Collectors.counting()));
            report("sessions per node before the kill: " + byNode);
            for (Person person : population) {
                assertEquals(1, person.nodesSeen.size(), "sticky sessions: " + person + " was served by " + person.nodesSeen);
            }
            String victim = population.get(0).node;
            // A form the dead node showed, to send once it is gone (the view it belongs to dies with it, or not).
            Person late = population.stream().filter(p -> p.node.equals(victim)).reduce((a, b) -> b).orElseThrow();
            late.late = true;
            Page shownByTheVictim = late.web.get(topic);
            assertEquals(victim, shownByTheVictim.header("X-Hub-Node").orElse(""));
            assertTrue(shownByTheVictim.header("X-Request-Id").orElse("").matches("[0-9a-f-]{36}"),
                    "the load balancer's request id reaches the node and comes back");

            ProcessHandle node = nodeProcess(victim);
            long killedAt = System.nanoTime();
            node.destroyForcibly();
            assertTrue(node.onExit().get(10, TimeUnit.SECONDS) != null && !node.isAlive(), victim + " survived SIGKILL");

            all(pool, population, person -> {
                person.stillSignedIn(victim);
                for (int n = REPLIES_BEFORE; n < REPLIES_BEFORE + REPLIES_AFTER; n++) {
                    person.reply(topic, n);
                }
                return null;
            });
            report("all " + population.size() + " people served again, by the other nodes, in %.1f s after the kill",
                    Duration.ofNanos(System.nanoTime() - killedAt));

            Page sentLate = late.web.submit(shownByTheVictim, "replyForm", Map.of("body", late.body(99)), "send");
            assertTrue(sentLate.status() < 500, "a form of the dead node, sent afterwards: " + sentLate.status()
                    + " " + sentLate.text());
            assertFalse(STACK_TRACE.matcher(sentLate.text()).find(), "a stack trace: " + sentLate.text());
            long lateCopies = count(late.body(99));
            assertTrue(lateCopies <= 1, "the late reply was written " + lateCopies + " times");
            report("form of the dead node sent afterwards: status " + sentLate.status() + ", reply "
                    + (lateCopies == 1 ? "saved" : "not saved") + ", page: "
                    + sentLate.text().substring(0, Math.min(160, sentLate.text().length())));
        } finally {
            pool.shutdownNow();
        }

        Map<String, Integer> failures = new LinkedHashMap<>();
        for (Person person : population) {
            failures.put(person.toString(), person.failedRequests);
            for (int n = 0; n < REPLIES_BEFORE + REPLIES_AFTER; n++) {
                assertEquals(1, count(person.body(n)), "reply " + n + " of " + person + " is stored once");
            }
            assertTrue(person.failedRequests <= 1, person + " saw " + person.failedRequests + " failed requests");
        }
        assertEquals((long) population.size() * (REPLIES_BEFORE + REPLIES_AFTER),
                count("failover " + RUN + " %") - count(late(population).body(99)), "every reply once, none lost, none doubled");
        report("failed requests per session: " + failures);
        everyReplyNotificationMailedOnce(topicId);
        assertTrue(launcher.isAlive(), "the cluster goes on with two nodes:\n" + output());
    }

    /**
     * The replies' notifications (to the topic's author, at once) are mailed by whichever node claims them:
     * each mailed, none twice, although a node died while the work was being claimed. A mail names its
     * post ({@code &post=}), so two equal mails to one person are the same notification sent twice.
     */
    private static void everyReplyNotificationMailedOnce(long topicId) throws Exception {
        String activity = "%/groups/topic.xhtml?id=" + topicId + "&%";
        String unmailed = "SELECT count(*) FROM notification n JOIN group_activity a ON a.id = n.activity_id"
                + " WHERE a.path LIKE ? AND n.immediate AND n.mailed_at IS NULL";
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (number(unmailed, activity) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        assertEquals(0, number(unmailed, activity), "notifications of the replies still not mailed after 90 s");
        long mails = number("SELECT count(*) FROM outgoing_mail WHERE body_text LIKE ?", activity);
        long twice = number("SELECT count(*) FROM (SELECT recipient, body_text FROM outgoing_mail WHERE body_text LIKE ?"
                + " GROUP BY recipient, body_text HAVING count(*) > 1) d", activity);
        assertTrue(mails > 0, "no mail of the replies: the check would prove nothing");
        assertEquals(0, twice, "mails written twice, of " + mails);
        report("notification mails of the replies: " + mails + ", none twice");
    }

    private static Person late(List<Person> population) {
        return population.stream().filter(p -> p.late).findFirst().orElseThrow();
    }

    /** One person in their own browser: a session through the load balancer, and the nodes that served it. */
    private static final class Person {

        private final String email;
        private final int number;
        private final WebSession web;
        private final Set<String> nodesSeen = new HashSet<>();
        private volatile String node;
        private int failedRequests;
        private volatile boolean late;

        Person(String email, int number) {
            this.email = email;
            this.number = number;
            this.web = new WebSession(base, "en", HttpClient.Version.HTTP_1_1);
        }

        String body(int n) {
            return "failover " + RUN + " session " + number + " reply " + n;
        }

        void signIn() {
            Page login = served(() -> web.get("login.xhtml"));
            Page dashboard = served(() -> web.submit(login, "login", Map.of("email", email, "password", PASSWORD), "submit"));
            assertTrue(dashboard.uri().getPath().endsWith("/dashboard.xhtml"), this + ": " + dashboard.text());
            nodesSeen.clear(); // the sign-in's first pages came before the session and may come from any node
            nodesSeen.add(node);
        }

        void reply(String topic, int n) {
            Page page = served(() -> web.get(topic));
            Page replied = served(() -> web.submit(page, "replyForm", Map.of("body", body(n)), "send"));
            assertTrue(replied.text().contains(body(n)), this + ": the reply is not on the page: " + replied.text());
        }

        /** The dashboard, through the load balancer, after the kill: signed in still, and not by the dead node. */
        void stillSignedIn(String victim) {
            nodesSeen.clear();
            Page dashboard = served(() -> web.get("dashboard.xhtml"));
            assertTrue(dashboard.uri().getPath().endsWith("/dashboard.xhtml"), this + " was signed out: " + dashboard.uri());
            assertNotEquals(victim, node, this + " still served by the dead node");
        }

        /**
         * A request, tried again once when it fails as a person would see it (no answer, or a server error);
         * a form sent twice this way is what the count of replies would catch.
         */
        private Page served(Callable<Page> request) {
            Throwable last = null;
            for (int attempt = 1; attempt <= 2; attempt++) {
                try {
                    Page page = request.call();
                    if (page.status() < 500) {
                        node = page.header("X-Hub-Node").orElseThrow(() -> new IllegalStateException(
                                "not served through HAProxy (no X-Hub-Node): " + page.status() + " " + page.uri() + " "
                                        + page.response().headers().map() + " " + page.text()));
                        nodesSeen.add(node);
                        return page;
                    }
                    last = new AssertionError("status " + page.status() + ": " + page.text());
                } catch (AssertionError | Exception e) {
                    last = e;
                }
                synchronized (this) {
                    failedRequests++;
                }
            }
            throw new AssertionError(this + ": two failed requests in a row", last);
        }

        @Override
        public String toString() {
            return email + "#" + number;
        }
    }

    private static long startTopic(Person author) {
        author.signIn();
        long groupId;
        try {
            groupId = number("SELECT id FROM hub_group WHERE code = 'INTERFACE_KNOWLEDGE'");
        } catch (SQLException | IOException e) {
            throw new AssertionError(e);
        }
        Page forum = author.web.get("groups/forum.xhtml?group=" + groupId);
        Page topic = author.web.submit(forum, "newTopic", Map.of("title", "Failover " + RUN,
                "body", "Replies written while a node dies."), "start");
        Matcher id = TOPIC_ID.matcher(topic.uri().getQuery() == null ? "" : topic.uri().getQuery());
        assertTrue(id.find(), topic.uri() + " " + topic.text());
        return Long.parseLong(id.group(1));
    }

    private interface Step {
        Void on(Person person) throws Exception;
    }

    /** Every person at once, as a population does; the first failure fails the test. */
    private static void all(ExecutorService pool, List<Person> population, Step step) throws Exception {
        List<Future<Void>> running = new ArrayList<>();
        for (Person person : population) {
            running.add(pool.submit(() -> step.on(person)));
        }
        for (Future<Void> each : running) {
            try {
                each.get(5, TimeUnit.MINUTES);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof AssertionError failure ? failure : new AssertionError(e.getCause());
            }
        }
    }

    private static ProcessHandle nodeProcess(String name) {
        return launcher.descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("--name " + name + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no process for " + name));
    }

    private static long count(String bodyLike) throws SQLException, IOException {
        return number("SELECT count(*) FROM forum_post WHERE body LIKE ?", bodyLike);
    }

    private static long number(String sql, Object... parameters) throws SQLException, IOException {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getLong(1);
            }
        }
    }

    /** The embedded server's port is in its postmaster.pid (line 4); it trusts local connections. */
    private static Connection database() throws SQLException, IOException {
        Path pid = data.resolve("postgres").resolve("pgdata").resolve("postmaster.pid");
        String serverPort = Files.readAllLines(pid).get(3).trim();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + serverPort + "/hub", "postgres", "postgres");
    }

    private static String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static List<ProcessHandle> processesOn(Path path) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> process.info().commandLine().orElse("").contains(path.toString()))
                .collect(Collectors.toList());
    }

    private static void killEverythingOn(Path path) throws InterruptedException {
        List<ProcessHandle> left = processesOn(path);
        left.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline && left.stream().anyMatch(ProcessHandle::isAlive)) {
            Thread.sleep(200);
        }
        left.forEach(ProcessHandle::destroyForcibly);
    }

    /** The first of {@code size} consecutive free ports from {@code from} on. */
    private static int freeBlock(int size, int from) {
        return IntStream.iterate(from, p -> p + size).limit(2000)
                .filter(first -> IntStream.range(first, first + size).allMatch(ClusterFailover::isFree))
                .findFirst().orElseThrow();
    }

    private static boolean isFree(int candidate) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(candidate));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void report(String format, Duration duration) {
        report(String.format(Locale.ROOT, format, duration.toMillis() / 1000.0));
    }

    private static void report(String line) {
        System.out.println("ClusterFailover: " + line);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
