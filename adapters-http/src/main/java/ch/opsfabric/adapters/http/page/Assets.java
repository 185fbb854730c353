package ch.opsfabric.adapters.http.page;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files pages load, under an address that changes whenever one of them does: the version in
 * {@code /assets/<version>/<name>} is a hash of their content, so browsers may keep them for a year and
 * still never run an old stylesheet against a new page. Only the files named here are served.
 */
@Singleton
public final class Assets {

    private static final String HTMX = "META-INF/resources/webjars/htmx.org/2.0.4/dist/htmx.min.js";
    private static final Map<String, String> FILES = Map.of(
            "pages.css", "assets/pages.css",
            "staff-admin.css", "assets/staff-admin.css",
            "htmx.min.js", HTMX,
            "workspace.js", "assets/workspace.js");

    private final Map<String, byte[]> contents = new LinkedHashMap<>();
    private final String version;

    Assets() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var file : FILES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                var bytes = read(file.getValue());
                contents.put(file.getKey(), bytes);
                digest.update(bytes);
            }
            version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public String version() {
        return version;
    }

    /** The address of a served file, e.g. {@code /assets/3fa2…/pages.css}. */
    public String url(String name) {
        if (!FILES.containsKey(name)) {
            throw new IllegalArgumentException("no such asset: " + name);
        }
        return "/assets/" + version + "/" + name;
    }

    /** The file's bytes, only for the current version: an old page's address finds nothing rather than a wrong file. */
    Optional<byte[]> content(String askedVersion, String name) {
        return version.equals(askedVersion) ? Optional.ofNullable(contents.get(name)) : Optional.empty();
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("asset missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
