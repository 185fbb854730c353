package ch.opsfabric.application.port.in;


/** Records an inbound call and, when nobody answered, decides on the missed-call SMS. */
public interface RecordCallUseCase {

    void record(CallCommand command);
}
