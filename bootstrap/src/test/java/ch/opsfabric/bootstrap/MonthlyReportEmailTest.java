package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.SendMonthlyReportsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monthly report e-mail over real PostgreSQL and SMTP (GreenMail), its PDF opened with PDFBox
 * (docs/reports.md, Monthly report e-mail). The job runs here by hand on the clock the test moves.
 */
@MicronautTest(transactional = false)
class MonthlyReportEmailTest extends MailServiceTest {

    /** 1 December 2026, the day November's reports are due, in Zurich. */
    private static final ZonedDateTime FIRST_OF_DECEMBER = ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0,
            MutableClock.ZURICH);

    @Inject
    SendMonthlyReportsUseCase monthlyReports;

    MonthlyReportEmailTest() {
        super("bericht-", "dashboard");
    }

    /** Three November requests of the business, one of them urgent. */
    @BeforeEach
    void threeNovemberRequests() {
        for (var phone : List.of("079 123 45 67", "079 234 56 78", "079 345 67 89")) {
            var post = new LinkedHashMap<>(Api.wizardPost(slug));
            post.put("contact_phone", phone);
            post.put("urgency", phone.startsWith("079 3") ? "HIGH" : "MED");
            api.postTicket(post);
        }
        // October's report, due since 1 November, out of the way.
        monthlyReports.sendDue();
        rows.execute("UPDATE outbound_email SET status = 'sent' WHERE status IN ('pending', 'sending')");
    }

    private long claims() {
        return rows.count("SELECT count(*) FROM monthly_report_claims WHERE month = DATE '2026-11-01' "
                + "AND customer_id = (SELECT id FROM customers WHERE slug = ?)", slug);
    }

    private long reportEmails() {
        return rows.count("SELECT count(*) FROM outbound_email WHERE purpose = 'monthly_report' "
                + "AND subject LIKE 'Monatsbericht November 2026%' "
                + "AND customer_id = (SELECT id FROM customers WHERE slug = ?)", slug);
    }

    private MimeMessage onlyReportMessage() {
        var received = mailServer.getReceivedMessagesForDomain("doerfler.example");
        var mine = new ArrayList<MimeMessage>();
        for (var message : received) {
            try {
                if (message.getAllRecipients()[0].toString().startsWith(slug + "@")) {
                    mine.add(message);
                }
            } catch (Exception unreadable) {
                throw new AssertionError(unreadable);
            }
        }
        assertThat(mine).hasSize(1);
        return mine.getFirst();
    }

    @Test
    void nothing_is_sent_before_08_00_local_time_on_the_first() {
        clock.set(FIRST_OF_DECEMBER.withHour(7).withMinute(59).toInstant());

        monthlyReports.sendDue();

        assertThat(reportEmails()).isZero();
        assertThat(claims()).isZero();
    }

    @Test
    void at_08_00_on_the_first_the_business_gets_last_months_report_with_a_pdf() throws Exception {
        clock.set(FIRST_OF_DECEMBER.withHour(8).toInstant());

        monthlyReports.sendDue();
        emails.dispatchDue();

        var message = onlyReportMessage();
        assertThat(message.getSubject()).isEqualTo("Monatsbericht November 2026 – Dörfler AG");
        var parts = (MimeMultipart) message.getContent();
        String body = null;
        byte[] pdf = null;
        for (var index = 0; index < parts.getCount(); index++) {
            var part = parts.getBodyPart(index);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getFileName()).isEqualTo("Monatsbericht-2026-11.pdf");
                assertThat(part.getContentType()).startsWith("application/pdf");
                pdf = part.getInputStream().readAllBytes();
            } else {
                body = ((String) part.getContent()).replace("\r\n", "\n");
            }
        }
        assertThat(body).contains("Ihr Monatsbericht für November 2026 ist da")
                .contains("Anfragen: 3, davon 1 dringend");
        assertThat(pdf).isNotNull();
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Monatsbericht November 2026", "Dörfler AG", "Anfragen: 3, davon dringend: 1",
                    "Anfragen pro Tag", "Verpasste Anrufe", "Anfragen zurückgewonnen", "Bewertungen",
                    "Bewertungsanfragen");
        }
    }

    @Test
    void two_instances_claiming_at_once_and_a_restart_send_the_report_once() throws Exception {
        clock.set(FIRST_OF_DECEMBER.withHour(8).withMinute(1).toInstant());
        Callable<Integer> instance = monthlyReports::sendDue;

        try (var pool = Executors.newFixedThreadPool(2)) {
            var runs = pool.invokeAll(List.of(instance, instance));
            for (var run : runs) {
                run.get();
            }
        }
        clock.set(FIRST_OF_DECEMBER.withHour(14).toInstant());
        monthlyReports.sendDue();

        assertThat(claims()).isEqualTo(1);
        assertThat(reportEmails()).isEqualTo(1);
    }

    @Test
    void a_business_without_the_reports_module_gets_none() {
        var other = "ohne-bericht-" + SLUGS.incrementAndGet();
        api.provision(other);
        clock.set(FIRST_OF_DECEMBER.withHour(9).toInstant());

        monthlyReports.sendDue();

        assertThat(rows.count("SELECT count(*) FROM outbound_email WHERE purpose = 'monthly_report' "
                + "AND customer_id = (SELECT id FROM customers WHERE slug = ?)", other)).isZero();
    }
}
