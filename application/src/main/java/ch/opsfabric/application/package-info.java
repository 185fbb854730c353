/**
 * The use cases. One rule keeps the packages free of cycles: the ports own their vocabulary.
 * {@code port.in} holds the use-case interfaces with their commands and results, {@code port.out}
 * the outbound ports with the values they carry, and {@code port} the failures every port may
 * declare and the service's public address. Ports depend only on the domain and on each other in
 * one direction ({@code port.in} may use {@code port.out} values, never the reverse). The feature
 * packages ({@code intake}, {@code sms}, {@code staff}, ...) implement the use cases over the ports
 * and never are seen by them; a feature may use another one only where that one never uses it
 * back. {@code support} holds helpers only the services use. Adapters see {@code port..} alone.
 */
package ch.opsfabric.application;
