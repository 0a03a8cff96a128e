package org.fourpermille.hub.config.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code postmaster.pid} that PostgreSQL keeps in its data folder while it runs: line 1 its PID,
 * line 2 the data folder as it was given, line 4 its port. PostgreSQL removes it when it stops; a file
 * left by a crash is stale, and its PID may since belong to another program.
 */
record PostmasterPid(long pid, String dataDirectory, int port) {

    static final String FILE_NAME = "postmaster.pid";

    static Optional<PostmasterPid> read(Path pgdata) {
        try {
            return parse(Files.readAllLines(pgdata.resolve(FILE_NAME), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // being written or removed right now: as good as absent
        }
    }

    static Optional<PostmasterPid> parse(List<String> lines) {
        if (lines.size() < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).trim()), lines.get(1).trim(),
                    Integer.parseInt(lines.get(3).trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a process described by its executable and arguments is the postmaster that wrote this
     * file: a {@code postgres} executable started on this data folder. When the arguments cannot be
     * read, the executable alone decides.
     */
    boolean isWrittenBy(Optional<String> command, Optional<String[]> arguments) {
        return isPostgres(command) && arguments.map(args -> Arrays.asList(args).contains(dataDirectory)).orElse(true);
    }

    /**
     * Whether the PID now belongs to a program that is certainly not a PostgreSQL (after a reboot, say):
     * PostgreSQL would refuse to start while such a file names a live process.
     */
    boolean isTakenByAnotherProgram(Optional<String> command) {
        return command.isPresent() && !isPostgres(command);
    }

    private static boolean isPostgres(Optional<String> command) {
        return command.map(path -> Path.of(path).getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
    }
}
