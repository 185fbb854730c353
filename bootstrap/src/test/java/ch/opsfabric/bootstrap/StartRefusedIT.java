package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar refuses to start in one line, before it starts anything, when it could not serve. */
class StartRefusedIT {

    @TempDir
    Path work;

    @Test
    void a_taken_port_is_one_line_naming_the_setting_and_nothing_is_started() throws Exception {
        try (var taken = new ServerSocket(0)) {
            var log = work.resolve("service.log");
            var data = work.resolve("data");
            var service = ServiceProcess.jar(Map.of(
                    "OPSFABRIC_DATA_DIR", data.toString(),
                    "MICRONAUT_SERVER_PORT", String.valueOf(taken.getLocalPort())), log).start();

            assertThat(service.waitFor(30, TimeUnit.SECONDS)).as("the service exited").isTrue();
            assertThat(service.exitValue()).isEqualTo(1);
            assertThat(Files.readAllLines(log)).containsExactly("Port " + taken.getLocalPort()
                    + " is already in use: stop what listens there, or choose another port with MICRONAUT_SERVER_PORT=<port>.");
            assertThat(data).as("the data folder, never created").doesNotExist();
        }
    }

    @Test
    void a_data_folder_in_use_is_one_line_naming_the_setting() throws IOException, InterruptedException {
        var data = work.resolve("data");
        var settings = Map.of("OPSFABRIC_DATA_DIR", data.toString());
        try (var running = ServiceProcess.start(settings, work.resolve("running.log"))) {
            var log = work.resolve("second.log");
            var second = ServiceProcess.jar(Map.of("OPSFABRIC_DATA_DIR", data.toString(), "MICRONAUT_SERVER_PORT", "-1"), log)
                    .start();

            assertThat(second.waitFor(30, TimeUnit.SECONDS)).as("the second service exited").isTrue();
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(Files.readAllLines(log)).singleElement().asString()
                    .startsWith("Another OpsFabric is running on the data folder " + data)
                    .contains("OPSFABRIC_DATA_DIR");
        }
    }
}
