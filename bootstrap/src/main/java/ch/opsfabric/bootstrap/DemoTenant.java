package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.ProvisionTenantUseCase;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.IndustryProfile;
import ch.opsfabric.domain.tenant.TenantProfile;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the business {@code demo} into the embedded database, so the walk-through works at once.
 *
 * <p>The database keeps only the hash of a staff token, so with a kept data folder the demo
 * token's plain value is kept beside the data, in a file only its owner may read, and shown again
 * at every start: the token a person copied yesterday still works today. The business is seeded
 * only when it is absent.
 */
@Singleton
@Requires(property = DemoTenant.ENABLED, value = "true")
class DemoTenant {

    static final String ENABLED = "opsfabric.demo-tenant.enabled";
    static final String TOKEN_FILE = "opsfabric.demo-tenant.token-file";
    static final String TOKEN_FILE_NAME = "demo-staff-token";
    static final String SLUG = "demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoTenant.class);

    private final ProvisionTenantUseCase provisioning;
    private final LoadTenantPort tenants;
    private final Optional<Path> tokenFile;

    DemoTenant(ProvisionTenantUseCase provisioning, LoadTenantPort tenants,
               @Value("${" + TOKEN_FILE + ":}") String tokenFile) {
        this.provisioning = provisioning;
        this.tenants = tenants;
        this.tokenFile = tokenFile.isBlank() ? Optional.empty() : Optional.of(Path.of(tokenFile));
    }

    @EventListener
    void seed(StartupEvent started) {
        var existing = tenants.bySlug(SLUG);
        if (existing.isPresent()) {
            var kept = tokenFile.flatMap(DemoTenant::read);
            if (kept.isPresent()) {
                LOG.info("Demo business '{}' (id {}); its staff token: {} (kept in {})", SLUG, existing.get().id(), kept.get(),
                        tokenFile.get());
            } else {
                LOG.info("Demo business '{}' (id {}); its staff token is not kept{}, so it cannot be shown again", SLUG,
                        existing.get().id(), tokenFile.map(file -> " (" + file + " is missing)").orElse(""));
            }
            return;
        }
        var demo = provisioning.provision(profile());
        tokenFile.ifPresent(file -> write(file, demo.staffToken()));
        LOG.info("Seeded demo business '{}' (id {}); its staff token: {} ({})", SLUG, demo.tenant().id(), demo.staffToken(),
                tokenFile.map(file -> "kept in " + file).orElse("shown only now"));
    }

    private static TenantProfile profile() {
        var defaults = TenantProfile.withDefaults("Demo Sanitär AG", SLUG, "demo@example.ch");
        // A plumber: its wizard offers the Handwerk flows (Notfall, Standard, Offerte).
        return defaults.withNumbers(PhoneNumber.parse("044 555 01 00").orElseThrow(),
                PhoneNumber.parse("044 555 01 99").orElseThrow())
                .withConfig(Map.of("intents", IndustryProfile.HANDWERK.intents()));
    }

    private static Optional<String> read(Path file) {
        try {
            var token = Files.readString(file, StandardCharsets.UTF_8).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Written to a private file first and then moved into place, so the token is never readable by others, not even briefly. */
    private static void write(Path file, String token) {
        try {
            var folder = file.toAbsolutePath().getParent();
            var draft = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(folder, TOKEN_FILE_NAME, ".new",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(folder, TOKEN_FILE_NAME, ".new");
            Files.writeString(draft, token + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException("could not keep the demo staff token in " + file, failed);
        }
    }
}
