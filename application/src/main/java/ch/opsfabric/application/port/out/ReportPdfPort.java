package ch.opsfabric.application.port.out;

/** Renders the monthly report as a PDF. */
public interface ReportPdfPort {

    byte[] render(ReportDocument document);
}
