package ch.opsfabric.application.port.in;

/** Notes that this instance answered its health check now, for the uptime in FlowSight's overview. */
public interface RecordHeartbeatUseCase {

    void beat();
}
