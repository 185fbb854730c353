package ch.opsfabric.application.port.in;

import java.util.function.Function;

/**
 * One field of a partial update (HTTP PATCH): left as it is when the request does not name it,
 * replaced otherwise, where a null value clears the field. A plain null could not tell the two apart.
 */
public sealed interface Edit<T> {

    record Keep<T>() implements Edit<T> {
    }

    /** @param value null clears the field */
    record Replace<T>(T value) implements Edit<T> {
    }

    static <T> Edit<T> keep() {
        return new Keep<>();
    }

    static <T> Edit<T> replace(T value) {
        return new Replace<>(value);
    }

    default boolean named() {
        return this instanceof Replace<T>;
    }

    default T appliedTo(T current) {
        return this instanceof Replace<T>(var value) ? value : current;
    }

    default <R> Edit<R> map(Function<T, R> mapping) {
        return this instanceof Replace<T>(var value) ? replace(value == null ? null : mapping.apply(value)) : keep();
    }
}
