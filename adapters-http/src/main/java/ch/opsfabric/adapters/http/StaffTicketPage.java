package ch.opsfabric.adapters.http;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of the ticket list; {@code next_cursor} is null, not absent, on the last page. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record StaffTicketPage(List<StaffTicket> items,
                      @Nullable
                      @JsonProperty("next_cursor")
                      @Schema(requiredMode = REQUIRED,
                              description = "pass as `cursor` to get the following page; null on the last page")
                      String nextCursor) {
}
