package ch.opsfabric.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Metadata arrives as JSON: it keeps its key order and may hold nulls, which {@code Map.copyOf} refuses. */
public final class Maps {

    private Maps() {
    }

    public static Map<String, Object> frozen(Map<String, Object> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
