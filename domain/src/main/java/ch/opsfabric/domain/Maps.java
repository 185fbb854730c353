package ch.opsfabric.domain;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Metadata arrives as JSON: it keeps its key order and may hold nulls, which {@code Map.copyOf} refuses. */
public final class Maps {

    private Maps() {
    }

    /**
     * An unmodifiable copy in the same key order; a map this made already is returned as it is, so metadata passed
     * from a request to an inquiry, a ticket and its copies is copied once.
     */
    public static Map<String, Object> frozen(Map<String, Object> map) {
        if (map == null) {
            return Map.of();
        }
        return map instanceof Frozen ? map : new Frozen(map);
    }

    /** Only {@link #frozen} makes these, so one cannot be a view of a map someone else may still change. */
    private static final class Frozen extends AbstractMap<String, Object> {

        private final Map<String, Object> entries;

        Frozen(Map<String, Object> map) {
            this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return entries.entrySet();
        }

        @Override
        public Object get(Object key) {
            return entries.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public int size() {
            return entries.size();
        }
    }
}
