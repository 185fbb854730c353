package ch.opsfabric.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL that an OpsFabric killed without a chance to shut down ({@code kill -9}, a
 * crash) left running on the data folder. PostgreSQL runs as a process of its own, so it outlives
 * the service, keeps the folder's {@code postmaster.pid} and would make the next start fail.
 *
 * <p>Only called while holding the data folder's lock, so no living OpsFabric owns that server.
 * The process named in {@code postmaster.pid} is stopped only when it is a {@code postgres} on this
 * very folder: a process id reused by an unrelated program is left alone, and the stale file is
 * removed instead.
 */
final class StalePostgres {

    private static final Logger LOG = LoggerFactory.getLogger(StalePostgres.class);

    private StalePostgres() {
    }

    static void stopIfRunning(Path postgresData, Duration patience) {
        var pidFile = postgresData.resolve("postmaster.pid");
        var pid = pidIn(pidFile);
        if (pid < 0) {
            return;
        }
        var process = ProcessHandle.of(pid).orElse(null);
        if (process == null) {
            // Not running: PostgreSQL itself removes a postmaster.pid whose process is gone.
            return;
        }
        switch (identify(process, postgresData)) {
            case POSTGRES_ON_THIS_FOLDER -> stop(process, postgresData, patience);
            case OTHER_PROGRAM -> {
                LOG.info("Removing the stale {}: its process {} is another program now", pidFile, pid);
                delete(pidFile);
            }
            case UNKNOWN -> LOG.warn("{} names process {}, which could not be inspected; leaving it to PostgreSQL", pidFile, pid);
        }
    }

    private enum Identity { POSTGRES_ON_THIS_FOLDER, OTHER_PROGRAM, UNKNOWN }

    private static Identity identify(ProcessHandle process, Path postgresData) {
        var info = process.info();
        var command = info.command().orElse(null);
        if (command == null) {
            return Identity.UNKNOWN;
        }
        var name = Path.of(command).getFileName().toString();
        if (!name.equals("postgres") && !name.equals("postgres.exe")) {
            return Identity.OTHER_PROGRAM;
        }
        var arguments = info.arguments().map(List::of).orElse(null);
        if (arguments == null) {
            // The process is a PostgreSQL and the folder's own postmaster.pid names it.
            return Identity.POSTGRES_ON_THIS_FOLDER;
        }
        var folder = arguments.indexOf("-D");
        return folder >= 0 && folder + 1 < arguments.size() && sameFolder(Path.of(arguments.get(folder + 1)), postgresData)
                ? Identity.POSTGRES_ON_THIS_FOLDER
                : Identity.OTHER_PROGRAM;
    }

    private static void stop(ProcessHandle postmaster, Path postgresData, Duration patience) {
        LOG.warn("Stopping the PostgreSQL (process {}) that a killed OpsFabric left running on {}", postmaster.pid(), postgresData);
        // SIGTERM: PostgreSQL's smart shutdown, which finishes at once since its clients died with the service.
        postmaster.destroy();
        try {
            postmaster.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            throw new StartRefused("The PostgreSQL (process " + postmaster.pid() + ") left running on " + postgresData
                    + " did not stop within " + patience.toSeconds() + " s: stop it (kill -INT " + postmaster.pid()
                    + ") and start again.");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping a stale PostgreSQL", interrupted);
        } catch (ExecutionException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    /** The process id on the first line of {@code postmaster.pid}, or -1 when there is none to read. */
    private static long pidIn(Path pidFile) {
        try {
            var lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? -1 : Long.parseLong(lines.getFirst().trim());
        } catch (NoSuchFileException none) {
            return -1;
        } catch (NumberFormatException halfWritten) {
            return -1;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException notComparable) {
            return false;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
