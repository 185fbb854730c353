package ch.opsfabric.bootstrap.architecture.violation.application.port.in;

/** Broken on purpose: a command that is a mutable bean rather than a value. */
public class MutableCommand {

    private String summary;

    public String summary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
