package ch.opsfabric.application.port.in;

/** @param secret the token in the clear, shown this once */
public record NewApiToken(ApiToken token, String secret) {
}
