/** Helpers the services share (running work tenant by tenant, several at a time); no port sees them. */
package ch.opsfabric.application.support;
