package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.DataSubject;
import ch.opsfabric.application.port.in.DataSubjectErasure;
import ch.opsfabric.application.port.in.DataSubjectRows;
import ch.opsfabric.application.port.in.DataSubjectUseCase;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person's right to see and to erase what a business holds on them (docs/privacy.md, Data-subject requests),
 * exercised through FlowSight's operator: behind {@code ADMIN_TOKEN} ({@link SecretBearerFilter}).
 */
@Controller("/api/admin/customers/{id}/data-subject")
@Tag(name = "admin")
@ApiResponse(responseCode = "401", description = "missing or wrong admin token",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "404", description = "no such business",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "422", description = "not exactly one of phone and email, or an invalid one; named in `field`",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "503", description = "the admin API is off: ADMIN_TOKEN is not set",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminDataSubjectController {

    private final DataSubjectUseCase dataSubjects;

    AdminDataSubjectController(DataSubjectUseCase dataSubjects) {
        this.dataSubjects = dataSubjects;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "findDataSubject", summary = "Every row of the business about one person",
            description = "The person is named by exactly one of `phone` (any spelling) and `email`.")
    @ApiResponse(responseCode = "200", description = "the person's rows, per table",
            content = @Content(schema = @Schema(implementation = DataSubjectAnswer.class)))
    DataSubjectAnswer find(@PathVariable String id, @QueryValue @Nullable String phone,
                           @QueryValue @Nullable String email) {
        return DataSubjectAnswer.of(dataSubjects.find(DataSubject.of(tenantId(id), phone, email)));
    }

    @Delete(produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "eraseDataSubject", summary = "Erase one person's data as anonymisation does",
            description = "Rows, times and statuses stay, so reports keep their counts; the erasure is recorded "
                    + "without whom it was about.")
    @ApiResponse(responseCode = "200", description = "how many rows of each table were erased or deleted",
            content = @Content(schema = @Schema(implementation = ErasureAnswer.class)))
    ErasureAnswer erase(@PathVariable String id, @QueryValue @Nullable String phone,
                        @QueryValue @Nullable String email) {
        return ErasureAnswer.of(dataSubjects.erase(DataSubject.of(tenantId(id), phone, email)));
    }

    private static UUID tenantId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            throw new NotFound("no business with id " + id);
        }
    }

    /** One list per table, named as the table, empty ones too; each row its columns, null ones too. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DataSubjectAnswer(List<Map<String, Object>> tickets,
                             @JsonProperty("ticket_events") List<Map<String, Object>> ticketEvents,
                             @JsonProperty("sms_log") List<Map<String, Object>> smsLog,
                             List<Map<String, Object>> calls,
                             @JsonProperty("outbound_sms") List<Map<String, Object>> outboundSms,
                             @JsonProperty("outbound_email") List<Map<String, Object>> outboundEmail,
                             @JsonProperty("sms_opt_outs") List<Map<String, Object>> smsOptOuts,
                             List<Map<String, Object>> blocklist,
                             @JsonProperty("undeliverable_numbers") List<Map<String, Object>> undeliverableNumbers) {

        static DataSubjectAnswer of(DataSubjectRows rows) {
            return new DataSubjectAnswer(rows.tickets(), rows.ticketEvents(), rows.smsLog(), rows.calls(),
                    rows.outboundSms(), rows.outboundEmail(), rows.smsOptOuts(), rows.blocklist(),
                    rows.undeliverableNumbers());
        }
    }

    /** Rows erased in place or deleted, per table. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ErasureAnswer(int tickets, @JsonProperty("ticket_events") int ticketEvents,
                         @JsonProperty("sms_log") int smsLog, int calls,
                         @JsonProperty("outbound_sms") int outboundSms,
                         @JsonProperty("outbound_email") int outboundEmail,
                         @JsonProperty("sms_opt_outs") int smsOptOuts, int blocklist,
                         @JsonProperty("undeliverable_numbers") int undeliverableNumbers) {

        static ErasureAnswer of(DataSubjectErasure erased) {
            return new ErasureAnswer(erased.tickets(), erased.ticketEvents(), erased.smsLog(), erased.calls(),
                    erased.outboundSms(), erased.outboundEmail(), erased.smsOptOuts(), erased.blocklist(),
                    erased.undeliverableNumbers());
        }
    }
}
