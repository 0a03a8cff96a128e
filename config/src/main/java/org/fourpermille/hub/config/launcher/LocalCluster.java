package org.fourpermille.hub.config.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fourpermille.hub.config.Setting;

/**
 * A local cluster of the platform on one machine ({@code ./mvnw -Pcluster}): the one-command run's
 * embedded PostgreSQL, three Payara Micro nodes of the WAR in one data grid (tcpip discovery on the
 * cluster interface), and HAProxy in front, configured by {@code config/cluster/haproxy.cfg}.
 *
 * <p>It is the one-command run with more processes, and shares all of it: the data folder's lock, the
 * watchdog, the clean-up of what a killed run left, and the stop in order on Ctrl-C or SIGTERM
 * ({@link PlatformRun}: HAProxy, then the nodes together, then PostgreSQL).
 *
 * <p>The first node starts alone (it migrates the schema and loads the demo data into an empty database);
 * the other two start once it is ready. A node that dies (a failover test's kill -9) leaves the others
 * serving; the run stops by itself only when HAProxy or every node has gone.
 */
final class LocalCluster {

    static final int NODES = 3;
    private static final String NODE_HEAP = "-Xmx1g";

    private LocalCluster() {
    }

    static void run(Path war, Path microJar, Path root, DataFolder folder, int httpPort) throws Exception {
        String address = Setting.CLUSTER_INTERFACE.lookupOutsideContainer();
        int firstNodePort = Integer.parseInt(Setting.CLUSTER_NODE_PORT.lookupOutsideContainer());
        int firstGridPort = Integer.parseInt(Setting.CLUSTER_GRID_PORT.lookupOutsideContainer());
        int statsPort = Integer.parseInt(Setting.CLUSTER_STATS_PORT.lookupOutsideContainer());
        Path haproxyConfig = root.resolve("config").resolve("cluster").resolve("haproxy.cfg");
        Path haproxy = Path.of(Setting.CLUSTER_HAPROXY.lookupOutsideContainer());

        PlatformRun run = Launcher.takeFolder(folder, httpPort);
        if (!Files.isExecutable(haproxy)) {
            Launcher.fail(run, "HAProxy is not installed at " + haproxy + " (Debian, Ubuntu: apt-get install haproxy),"
                    + " or set HUB_CLUSTER_HAPROXY to where it is.");
        }
        List<Integer> ports = new ArrayList<>(List.of(statsPort));
        IntStream.range(0, NODES).forEach(i -> {
            ports.add(firstNodePort + i);
            ports.add(firstGridPort + i);
        });
        for (int port : ports) {
            if (!Launcher.isFree(port)) {
                Launcher.fail(run, "Port " + port + " is already in use by another program. Stop it, or choose other ports"
                        + " with HUB_CLUSTER_NODE_PORT, HUB_CLUSTER_GRID_PORT and HUB_CLUSTER_STATS_PORT.");
            }
        }
        List<String> settings = Launcher.databaseSettings(run, folder);
        String baseUrl = Setting.BASE_URL.isSetOutsideContainer()
                ? Setting.BASE_URL.lookupOutsideContainer() : "http://localhost:" + httpPort;
        settings.add(Launcher.property(Setting.BASE_URL, baseUrl));
        Files.createDirectories(folder.cluster());

        Path haproxyLog = folder.cluster().resolve("haproxy.log");
        ProcessBuilder balancer = new ProcessBuilder(haproxy.toString(), "-db", "-f", haproxyConfig.toString())
                .redirectErrorStream(true).redirectOutput(haproxyLog.toFile());
        Map<String, String> environment = balancer.environment();
        environment.put("HUB_LB_BIND", address + ":" + httpPort);
        environment.put("HUB_LB_STATS", address + ":" + statsPort);
        for (int i = 0; i < NODES; i++) {
            environment.put("HUB_NODE" + (i + 1), address + ":" + (firstNodePort + i));
        }
        System.out.println("Starting HAProxy on " + address + ":" + httpPort + " (log: " + haproxyLog + ") ...");
        Process lb = Launcher.unlessStopping(run, run.startHaproxy(balancer));

        String members = IntStream.range(0, NODES).mapToObj(i -> address + ":" + (firstGridPort + i))
                .collect(Collectors.joining(","));
        List<Process> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            Node node = new Node(i + 1, address, firstNodePort + i, firstGridPort + i, folder.cluster());
            System.out.println("Starting " + node.name() + " on " + address + ":" + node.httpPort + " (log: " + node.log() + ") ...");
            nodes.add(Launcher.unlessStopping(run, run.startPayaraMicro(node.command(microJar, war, settings, members))));
            // The first node migrates the schema and loads the demo data alone; the others join once it is ready.
            if (i == 0 && !Launcher.waitUntilReady(nodes.get(0), address, node.httpPort, run) && !run.isStopping()) {
                Launcher.fail(run, node.name() + " did not become ready; see " + node.log());
            }
        }
        for (int i = 1; i < NODES; i++) {
            if (!Launcher.waitUntilReady(nodes.get(i), address, firstNodePort + i, run) && !run.isStopping()) {
                Launcher.fail(run, "node" + (i + 1) + " did not become ready; see "
                        + folder.cluster().resolve("node" + (i + 1) + ".log"));
            }
        }
        if (!run.isStopping()) {
            System.out.println();
            System.out.println("The 4 per 1000 platform is running on a cluster of " + NODES + " nodes at " + baseUrl + "/");
            System.out.println("Load balancer statistics: http://" + address + ":" + statsPort + "/");
            System.out.println("Demo accounts are listed in the README. Press Ctrl-C to stop.");
            System.out.println();
        }
        watch(run, lb, nodes);
        System.exit(run.awaitStopped());
    }

    /** Says when a node dies and keeps the others going; stops the run when HAProxy or the last node is gone. */
    private static void watch(PlatformRun run, Process lb, List<Process> nodes) throws InterruptedException {
        boolean[] reported = new boolean[nodes.size()];
        while (!run.isStopping()) {
            for (int i = 0; i < nodes.size(); i++) {
                if (!reported[i] && !nodes.get(i).isAlive()) {
                    reported[i] = true;
                    System.err.println("node" + (i + 1) + " stopped (exit code " + nodes.get(i).exitValue()
                            + "); the other nodes go on serving.");
                }
            }
            if (!lb.isAlive()) {
                System.err.println("HAProxy stopped by itself (exit code " + lb.exitValue() + "); stopping the cluster.");
                run.stop(1);
            } else if (nodes.stream().noneMatch(Process::isAlive)) {
                System.err.println("Every node has stopped; stopping the cluster.");
                run.stop(1);
            }
            Thread.sleep(500);
        }
    }

    /** One Payara Micro of the cluster: its ports, its folder and its log. */
    private record Node(int number, String address, int httpPort, int gridPort, Path clusterFolder) {

        String name() {
            return "node" + number;
        }

        Path log() {
            return clusterFolder.resolve(name() + ".log");
        }

        ProcessBuilder command(Path microJar, Path war, List<String> settings, String members) throws IOException {
            Path rootDir = clusterFolder.resolve(name());
            Files.createDirectories(rootDir);
            // Payara Micro listens on every interface unless told otherwise, before it starts.
            Path preBoot = clusterFolder.resolve(name() + "-pre-boot.asadmin");
            Files.writeString(preBoot, "set configs.config.server-config.network-config.network-listeners"
                    + ".network-listener.http-listener.address=" + address + "\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add(NODE_HEAP);
            command.addAll(settings);
            command.addAll(List.of("-jar", microJar.toString(),
                    "--deploy", war.toString(), "--contextroot", "/",
                    "--port", String.valueOf(httpPort),
                    "--name", name(),
                    "--clustername", Setting.CLUSTER_NAME.lookupOutsideContainer(),
                    "--clustermode", "tcpip:" + members,
                    "--startport", String.valueOf(gridPort),
                    "--interfaces", address,
                    "--prebootcommandfile", preBoot.toString(),
                    "--rootdir", rootDir.toString()));
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
        }
    }
}
