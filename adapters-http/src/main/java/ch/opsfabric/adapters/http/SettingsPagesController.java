package ch.opsfabric.adapters.http;

import ch.opsfabric.adapters.http.page.Assets;
import ch.opsfabric.application.port.Conflict;
import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.ChangeBusinessSettingsUseCase;
import ch.opsfabric.application.port.in.ManageApiTokensUseCase;
import ch.opsfabric.application.port.in.ManageStaffUseCase;
import ch.opsfabric.application.port.in.SignInUseCase;
import ch.opsfabric.application.port.in.StaffMemberChange;
import ch.opsfabric.application.port.in.StaffSession;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.people.StaffRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The owner's settings pages (docs/http-api.md, Staff workspace pages): the business's people, its API tokens and
 * its settings, as plain forms. Every form carries the session's CSRF token in a hidden field; a post without it is
 * refused (403) and changes nothing. A change answers 303 back to the page; a refused value answers the page again
 * with the German reason next to the field, and nothing is saved. A new invitation link or token is shown once on
 * the answer to its post, never in an address, which a browser would keep in its history.
 */
@Controller("/app/settings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "pages")
@ApiResponse(responseCode = "303", description = "not signed in: to /app/login")
@ApiResponse(responseCode = "403", description = "the person is not an owner, or the form lacks the session's token")
class SettingsPagesController {

    private static final URI LOGIN = URI.create("/app/login");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final String EMAIL_TAKEN = "Diese E-Mail-Adresse gehört schon jemandem in Ihrem Betrieb.";
    private static final Map<String, String> SAVED = Map.of(
            "einstellungen", "Die Einstellungen sind gespeichert.",
            "person", "Die Änderung ist gespeichert.",
            "token-widerrufen", "Das API-Token ist widerrufen. Es wird ab sofort abgelehnt.");

    private final SignInUseCase signIn;
    private final ManageStaffUseCase staff;
    private final ManageApiTokensUseCase tokens;
    private final ChangeBusinessSettingsUseCase settings;
    private final Assets assets;

    SettingsPagesController(SignInUseCase signIn, ManageStaffUseCase staff, ManageApiTokensUseCase tokens,
                            ChangeBusinessSettingsUseCase settings, Assets assets) {
        this.signIn = signIn;
        this.staff = staff;
        this.tokens = tokens;
        this.settings = settings;
        this.assets = assets;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Operation(operationId = "settingsPage", summary = "People, API tokens and business settings (owners)")
    @ApiResponse(responseCode = "200", description = "the settings page")
    HttpResponse<?> page(HttpRequest<?> request, @QueryValue @Nullable String gespeichert) {
        return asOwner(request, null, session -> settingsPage(session, HttpStatus.OK,
                Map.of("notice", SAVED.getOrDefault(gespeichert == null ? "" : gespeichert, ""))));
    }

    @Post(value = "/business", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Operation(operationId = "changeBusinessSettings", summary = "Save quiet hours, SLA, assignment, reviews and "
            + "missed-call settings", description = "303 to /app/settings; 422 with the page naming each wrong field.")
    @ApiResponse(responseCode = "422", description = "a value breaks a rule; nothing is saved")
    HttpResponse<?> changeBusiness(HttpRequest<?> request, @Body @Nullable Map<String, String> form) {
        return asOwner(request, form, session -> {
            var values = BusinessSettingsForm.valuesOf(fields(form));
            var reading = BusinessSettingsForm.read(values);
            if (!reading.errors().isEmpty()) {
                return refusedSettings(session, values, reading.errors());
            }
            try {
                settings.change(session.caller(), reading.settings());
            } catch (InvalidValue refused) {
                return refusedSettings(session, values, Map.of(refused.field(),
                        BusinessSettingsForm.german(refused).orElse(refused.reason())));
            }
            return saved("einstellungen");
        });
    }

    @Post(value = "/members", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Operation(operationId = "inviteOnPage", summary = "Invite a person (name, email, role)",
            description = "200 with the invitation link, shown this once (it is also e-mailed).")
    @ApiResponse(responseCode = "200", description = "the invitation link")
    @ApiResponse(responseCode = "409", description = "the address belongs to someone here; the page says so")
    @ApiResponse(responseCode = "422", description = "a value breaks a rule; the page names the field")
    HttpResponse<?> invite(HttpRequest<?> request, @Body @Nullable Map<String, String> form) {
        return asOwner(request, form, session -> {
            var fields = fields(form);
            var invitation = Map.<String, Object>of("name", fields.getOrDefault("name", ""),
                    "email", fields.getOrDefault("email", ""), "role", fields.getOrDefault("role", "staff"));
            try {
                var invited = staff.invite(session.caller(), fields.get("name"), fields.get("email"),
                        fields.get("role"));
                var shown = WorkspaceController.workspace(session, "settings");
                shown.putAll(Map.of("name", invited.member().name(), "link", invited.invitationUrl()));
                return HttpResponse.ok(new ModelAndView<>("staff/settings-invited", withAssets(shown)));
            } catch (InvalidValue refused) {
                return settingsPage(session, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("invitation", invitation,
                        "inviteErrors", Map.of(refused.field(), StaffForms.german(refused.field()))));
            } catch (Conflict taken) {
                return settingsPage(session, HttpStatus.CONFLICT, Map.of("invitation", invitation,
                        "inviteErrors", Map.of("email", EMAIL_TAKEN)));
            }
        });
    }

    @Post(value = "/members/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Operation(operationId = "changeMemberOnPage", summary = "Change a person's role or deactivate or reactivate them",
            description = "Fields role (owner, staff) and/or active (true, false); 303 to /app/settings.")
    @ApiResponse(responseCode = "404", description = "no such person at this business")
    @ApiResponse(responseCode = "409", description = "the business would be left without an active owner")
    HttpResponse<?> changeMember(HttpRequest<?> request, @PathVariable String id,
                                 @Body @Nullable Map<String, String> form) {
        return asOwner(request, form, session -> {
            var fields = fields(form);
            var active = fields.get("active");
            try {
                staff.change(session.caller(), Ids.parse(id, "staff member"), new StaffMemberChange(null,
                        fields.get("role"), active == null ? null : Boolean.valueOf(active)));
                return saved("person");
            } catch (NotFound unknown) {
                return notFound();
            } catch (InvalidValue refused) {
                return settingsPage(session, HttpStatus.UNPROCESSABLE_ENTITY,
                        Map.of("memberProblem", StaffForms.german(refused.field())));
            } catch (Conflict lastOwner) {
                return settingsPage(session, HttpStatus.CONFLICT, Map.of("memberProblem",
                        "Das geht nicht: Ihr Betrieb braucht mindestens eine aktive Inhaberin oder einen aktiven "
                                + "Inhaber. Ernennen Sie zuerst eine andere Person zur Inhaberin oder zum Inhaber."));
            }
        });
    }

    @Post(value = "/tokens", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Operation(operationId = "createTokenOnPage", summary = "Create a named API token (name)",
            description = "200 with the token, shown this once.")
    @ApiResponse(responseCode = "200", description = "the token")
    @ApiResponse(responseCode = "409", description = "a token of this name exists; the page says so")
    @ApiResponse(responseCode = "422", description = "the name breaks a rule; the page says so")
    HttpResponse<?> createToken(HttpRequest<?> request, @Body @Nullable Map<String, String> form) {
        return asOwner(request, form, session -> {
            var name = fields(form).getOrDefault("name", "");
            try {
                var created = tokens.create(session.caller(), name);
                var shown = WorkspaceController.workspace(session, "settings");
                shown.putAll(Map.of("name", created.token().name(), "secret", created.secret()));
                return HttpResponse.ok(new ModelAndView<>("staff/settings-token", withAssets(shown)));
            } catch (InvalidValue refused) {
                return settingsPage(session, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("tokenName", name,
                        "tokenError", "Bitte einen Namen mit höchstens 60 Zeichen auf einer Zeile angeben."));
            } catch (Conflict taken) {
                return settingsPage(session, HttpStatus.CONFLICT, Map.of("tokenName", name,
                        "tokenError", "Es gibt schon ein Token mit diesem Namen."));
            }
        });
    }

    @Post(value = "/tokens/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @Operation(operationId = "revokeTokenOnPage", summary = "Revoke an API token: 303 to /app/settings")
    @ApiResponse(responseCode = "404", description = "no such token at this business, or revoked already")
    HttpResponse<?> revokeToken(HttpRequest<?> request, @PathVariable String id,
                                @Body @Nullable Map<String, String> form) {
        return asOwner(request, form, session -> {
            try {
                tokens.revoke(session.caller(), Ids.parse(id, "API token"));
                return saved("token-widerrufen");
            } catch (NotFound unknown) {
                return notFound();
            }
        });
    }

    /**
     * Runs {@code action} for a signed-in owner: others see the login (not signed in) or the 403 page; a post
     * ({@code form} not null) must carry the session's CSRF token.
     */
    private HttpResponse<?> asOwner(HttpRequest<?> request, @Nullable Map<String, String> form,
                                    Function<StaffSession, HttpResponse<?>> action) {
        var session = SessionCookies.sessionOf(request).flatMap(signIn::session);
        if (session.isEmpty()) {
            return HttpResponse.seeOther(LOGIN);
        }
        if (request.getMethod() != HttpMethod.GET
                && !SessionCookies.same(session.get().csrfToken(), fields(form).get("csrf"))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body(new ModelAndView<>("staff/refused", withAssets(Map.of())));
        }
        if (session.get().caller().role() != StaffRole.OWNER) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ModelAndView<>("staff/settings-forbidden",
                    withAssets(WorkspaceController.workspace(session.get(), "settings"))));
        }
        return action.apply(session.get());
    }

    private HttpResponse<?> refusedSettings(StaffSession session, Map<String, String> values,
                                            Map<String, String> errors) {
        return settingsPage(session, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("values", values, "errors", errors));
    }

    private HttpResponse<?> settingsPage(StaffSession session, HttpStatus status, Map<String, Object> extras) {
        var caller = session.caller();
        var profile = caller.tenant().profile();
        var zone = profile.timezone();
        var model = WorkspaceController.workspace(session, "settings");
        model.put("members", staff.members(caller));
        model.put("tokens", tokens.tokens(caller).stream().map(token -> Map.of("id", token.id(), "name", token.name(),
                "created", DAY.format(token.createdAt().atZone(zone)))).toList());
        model.put("values", BusinessSettingsForm.valuesOf(profile));
        model.put("errors", Map.of());
        model.put("inviteErrors", Map.of());
        model.put("invitation", Map.of("name", "", "email", "", "role", "staff"));
        model.put("notice", "");
        model.put("timezone", zone.getId());
        model.putAll(extras);
        return HttpResponse.status(status).body(new ModelAndView<>("staff/settings", withAssets(model)));
    }

    private Map<String, Object> withAssets(Map<String, Object> model) {
        var extended = new HashMap<>(model);
        extended.put("staffCss", assets.url("staff-admin.css"));
        return extended;
    }

    private static HttpResponse<?> saved(String what) {
        return HttpResponse.seeOther(URI.create("/app/settings?gespeichert=" + what));
    }

    private HttpResponse<?> notFound() {
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("staff/settings-not-found",
                withAssets(Map.of())));
    }

    private static Map<String, String> fields(@Nullable Map<String, String> form) {
        return form == null ? Map.of() : form;
    }
}
