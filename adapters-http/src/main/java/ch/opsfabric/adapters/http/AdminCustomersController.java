package ch.opsfabric.adapters.http;

import ch.opsfabric.application.NotFound;
import ch.opsfabric.application.port.in.ProvisionTenantUseCase;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import java.util.UUID;

/**
 * The FlowSight operator's provisioning API, behind {@code ADMIN_TOKEN} ({@link SecretBearerFilter}).
 * With no token configured the API is off: an unset secret must never mean "open to everyone".
 */
@Controller("/api/admin/customers")
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminCustomersController {

    private final ProvisionTenantUseCase provisioning;
    private final JsonMapper json;

    AdminCustomersController(ProvisionTenantUseCase provisioning, JsonMapper json) {
        this.provisioning = provisioning;
        this.json = json;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> create(@Body byte[] body) {
        var provisioned = provisioning.provision(TenantJson.create(JsonBody.parse(json, body)));
        var answer = TenantJson.render(provisioned.tenant());
        answer.put("staff_token", provisioned.staffToken());
        return HttpResponse.created(answer);
    }

    @Patch(value = "/{id}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    Map<String, Object> update(@PathVariable String id, @Body byte[] body) {
        var tenantId = tenantId(id);
        var fields = JsonBody.parse(json, body);
        return TenantJson.render(provisioning.update(tenantId, current -> TenantJson.patch(current, fields)));
    }

    @Delete("/{id}/blocklist/{phone}")
    HttpResponse<Void> liftBlock(@PathVariable String id, @PathVariable String phone) {
        var number = PhoneNumber.parse(phone).orElseThrow(() -> new InvalidValue("phone", "is not a telephone number"));
        provisioning.liftBlock(tenantId(id), number);
        return HttpResponse.noContent();
    }

    private static UUID tenantId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            throw new NotFound("no business with id " + id);
        }
    }
}
