package ch.opsfabric.application.port.in;

import ch.opsfabric.application.port.NotFound;

/**
 * An incoming call to a business's SMS number, put through to the business's phone
 * (docs/domain-rules.md, Call forwarding and urgent alerts). Nothing is recorded here: the
 * outcome of the forwarded call arrives at the missed-call webhook and is recorded there.
 */
public interface ForwardCallUseCase {

    /** @throws NotFound when no business answers on the called number, or it has no phone to ring */
    CallForwarding forward(CallCommand call);
}
