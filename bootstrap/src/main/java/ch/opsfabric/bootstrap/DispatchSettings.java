package ch.opsfabric.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** @param parallelSends {@code OPSFABRIC_SMS_DISPATCH_PARALLEL_SENDS}: claimed SMS handed to the provider at once */
@ConfigurationProperties("opsfabric.sms.dispatch")
record DispatchSettings(@Bindable(defaultValue = "100") int parallelSends) {
}
