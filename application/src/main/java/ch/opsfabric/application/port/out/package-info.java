/**
 * What the use cases need from the outside world, each port an interface with the values it
 * carries. Depends only on the domain and {@code port}, never on {@code port.in} or a service.
 */
package ch.opsfabric.application.port.out;
