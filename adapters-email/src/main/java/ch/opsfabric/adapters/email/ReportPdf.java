package ch.opsfabric.adapters.email;

import ch.opsfabric.application.port.out.ReportDocument;
import ch.opsfabric.application.port.out.ReportPdfPort;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The monthly report as a one-page A4 PDF drawn with PDFBox: the key figures, and three vector
 * charts — tickets per day, the missed-call funnel (calls, missed, SMS sent, replies, requests won
 * back) and the review funnel (requests, clicks). Helvetica with WinAnsi encoding covers German;
 * a character it cannot show is printed as {@code ?} rather than failing the report.
 */
@Singleton
class ReportPdf implements ReportPdfPort {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final Color BAR = new Color(0x1F, 0x6F, 0xB2);
    private static final Color AXIS = new Color(0x88, 0x88, 0x88);
    private static final float LEFT = 50;
    private static final float WIDTH = 495;

    @Override
    public byte[] render(ReportDocument report) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var info = new PDDocumentInformation();
            info.setTitle("Monatsbericht " + monthName(report) + " - " + report.businessName());
            document.setDocumentInformation(info);
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (var canvas = new PDPageContentStream(document, page)) {
                draw(canvas, report);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static void draw(PDPageContentStream canvas, ReportDocument report) throws IOException {
        var c = report.counts();
        text(canvas, BOLD, 20, LEFT, 790, "Monatsbericht " + monthName(report));
        text(canvas, REGULAR, 12, LEFT, 770, report.businessName());
        var figures = List.of(
                "Anfragen: " + c.ticketsTotal() + ", davon dringend: " + c.ticketsByUrgency().getOrDefault("HIGH", 0L),
                "Anrufe: " + c.inboundCalls() + ", verpasst: " + c.missedCalls() + ", daraus Anfragen: "
                        + report.ticketsFromMissedCalls(),
                "Bewertungsanfragen: " + c.reviewRequests() + ", Klicks auf den Google-Link: " + c.reviewClicks(),
                "Nächster Schritt innert 24 Stunden: " + c.ticketsWithStaffStepWithin24h() + " Anfragen");
        var y = 740f;
        for (var line : figures) {
            text(canvas, REGULAR, 11, LEFT, y, line);
            y -= 16;
        }
        ticketsPerDay(canvas, report, 650);
        funnel(canvas, "Verpasste Anrufe", 420, List.of(
                new Step("Anrufe", c.inboundCalls()), new Step("verpasst", c.missedCalls()),
                new Step("SMS gesendet", c.missedCallSmsSent()), new Step("Antworten", c.replies()),
                new Step("Anfragen zurückgewonnen", report.ticketsFromMissedCalls())));
        funnel(canvas, "Bewertungen", 220, List.of(
                new Step("Bewertungsanfragen", c.reviewRequests()), new Step("Klicks", c.reviewClicks())));
    }

    /** A bar per day of the month, the tallest the chart's height; every fifth day labelled. */
    private static void ticketsPerDay(PDPageContentStream canvas, ReportDocument report, float top) throws IOException {
        var height = 120f;
        var bottom = top - 20 - height;
        text(canvas, BOLD, 12, LEFT, top, "Anfragen pro Tag");
        var days = List.copyOf(report.ticketsPerDay().entrySet());
        var max = Math.max(1, days.stream().mapToLong(day -> day.getValue()).max().orElse(0));
        var slot = WIDTH / days.size();
        canvas.setNonStrokingColor(BAR);
        for (var index = 0; index < days.size(); index++) {
            var barHeight = height * days.get(index).getValue() / max;
            canvas.addRect(LEFT + index * slot + 1, bottom, slot - 2, barHeight);
        }
        canvas.fill();
        canvas.setStrokingColor(AXIS);
        canvas.moveTo(LEFT, bottom);
        canvas.lineTo(LEFT + WIDTH, bottom);
        canvas.stroke();
        canvas.setNonStrokingColor(Color.BLACK);
        text(canvas, REGULAR, 8, LEFT + WIDTH + 4, bottom + height - 3, String.valueOf(max));
        for (var index = 0; index < days.size(); index += 5) {
            text(canvas, REGULAR, 8, LEFT + index * slot, bottom - 11,
                    String.valueOf(days.get(index).getKey().getDayOfMonth()));
        }
    }

    /** Horizontal bars, each as long as its share of the first step. */
    private static void funnel(PDPageContentStream canvas, String title, float top, List<Step> steps)
            throws IOException {
        text(canvas, BOLD, 12, LEFT, top, title);
        var labelWidth = 140f;
        var barSpace = WIDTH - labelWidth - 40;
        var max = Math.max(1, steps.stream().mapToLong(Step::count).max().orElse(0));
        var y = top - 26;
        for (var step : steps) {
            canvas.setNonStrokingColor(Color.BLACK);
            text(canvas, REGULAR, 10, LEFT, y + 3, step.label());
            var length = barSpace * step.count() / max;
            canvas.setNonStrokingColor(BAR);
            canvas.addRect(LEFT + labelWidth, y, Math.max(length, 1), 14);
            canvas.fill();
            canvas.setNonStrokingColor(Color.BLACK);
            text(canvas, REGULAR, 10, LEFT + labelWidth + Math.max(length, 1) + 6, y + 3, String.valueOf(step.count()));
            y -= 22;
        }
    }

    private static void text(PDPageContentStream canvas, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        canvas.beginText();
        canvas.setFont(font, size);
        canvas.newLineAtOffset(x, y);
        canvas.showText(showable(font, text));
        canvas.endText();
    }

    /** Characters outside the font's encoding become {@code ?}: a business name must not break its report. */
    private static String showable(PDType1Font font, String text) {
        var shown = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            var character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                shown.append(character);
            } catch (IOException | IllegalArgumentException notInTheFont) {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    private static String monthName(ReportDocument report) {
        return report.month().getMonth().getDisplayName(TextStyle.FULL, Locale.GERMAN) + " " + report.month().getYear();
    }

    private record Step(String label, long count) {
    }
}
