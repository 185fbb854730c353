/**
 * What all ports share: the failures a use case or an outbound port may declare, which adapters
 * translate (an HTTP status, a database error), and the service's public address.
 */
package ch.opsfabric.application.port;
