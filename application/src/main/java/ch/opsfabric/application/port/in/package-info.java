/**
 * The use cases the adapters drive, each an interface with the commands it takes and the results
 * it answers. May use the values of {@code port.out}; never the services that implement them.
 */
package ch.opsfabric.application.port.in;
