package ch.opsfabric.adapters.http;

/** A webhook whose signature or shared secret does not check out. */
final class NotAuthentic extends RuntimeException {

    NotAuthentic(String message) {
        super(message);
    }
}
