package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.SignInUseCase;
import ch.opsfabric.application.port.in.StaffSession;
import ch.opsfabric.domain.InvalidValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The staff's sign-in pages: plain HTML forms that work without JavaScript. Before sign-in every form repeats the
 * visitor's form cookie in a hidden field; after sign-in the sign-out form carries the session's CSRF token. A
 * post without the matching token is refused (403) and changes nothing.
 */
@Controller("/app")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "pages", description = "The staff's sign-in pages (HTML forms, German)")
class StaffPagesController {

    /** One answer for a wrong password, an unknown address and a locked or deactivated account. */
    static final String SIGN_IN_REFUSED = "E-Mail-Adresse oder Passwort stimmen nicht, oder das Konto ist "
            + "vorübergehend gesperrt. Bitte versuchen Sie es erneut.";
    private static final URI TICKETS = URI.create("/app/tickets");
    /** A path of this site: one slash, then no second slash or backslash that would make it another host. */
    private static final Pattern SAME_SITE_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");
    private static final URI LOGIN = URI.create("/app/login");

    private final SignInUseCase signIn;
    private final SessionCookies cookies;

    StaffPagesController(SignInUseCase signIn, SessionCookies cookies) {
        this.signIn = signIn;
        this.cookies = cookies;
    }

    @Operation(operationId = "staffHome", summary = "303 to the ticket list, or to /app/login when not signed in")
    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> home(HttpRequest<?> request) {
        return HttpResponse.seeOther(session(request).isPresent() ? TICKETS : LOGIN);
    }

    @TooManyRequestsResponse
    @Operation(operationId = "signInPage", summary = "The sign-in form (sets the form cookie)",
            description = "next: a path of this site to open after sign-in (anything else is ignored).")
    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    HttpResponse<?> loginPage(HttpRequest<?> request, @QueryValue @Nullable String next) {
        return form(request, HttpStatus.OK, "staff/login", nextOf(next));
    }

    @TooManyRequestsResponse
    @Operation(operationId = "signIn", summary = "Sign in with email and password",
            description = "303 with the session cookie to the form's next (a path of this site) or the ticket list, "
                    + "or 401 and the form with one answer for every refusal.")
    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body @Nullable Map<String, String> form) {
        var fields = fields(form);
        if (!formTokenMatches(request, fields)) {
            return refused();
        }
        var email = fields.getOrDefault("email", "");
        var next = nextOf(fields.get("next"));
        return signIn.signIn(email, fields.get("password"))
                .<HttpResponse<?>>map(session -> signedIn(session, (String) next.get("next")))
                .orElseGet(() -> form(request, HttpStatus.UNAUTHORIZED, "staff/login",
                        with(with(next, "error", SIGN_IN_REFUSED), "email", email)));
    }

    @Operation(operationId = "signOut", summary = "End this session: 303 to /app/login")
    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signOut(HttpRequest<?> request, @Body @Nullable Map<String, String> form) {
        var session = session(request);
        if (session.isPresent() && !SessionCookies.same(session.get().csrfToken(), fields(form).get("csrf"))) {
            return refused();
        }
        SessionCookies.sessionOf(request).ifPresent(signIn::signOut);
        return HttpResponse.seeOther(LOGIN).cookie(cookies.sessionEnded());
    }

    @Operation(operationId = "invitationPage", summary = "The form to set a password through an invitation",
            description = "404 when the link no longer opens.")
    @Get(value = "/invite/{token}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> invitationPage(HttpRequest<?> request, @PathVariable String token) {
        return passwordPage(request, token, "invite");
    }

    @Operation(operationId = "acceptInvitation", summary = "Set the password (password, password_repeat)",
            description = "303 to /app, signed in.")
    @Post(value = "/invite/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> acceptInvitation(HttpRequest<?> request, @PathVariable String token,
                                     @Body @Nullable Map<String, String> form) {
        return setPassword(request, token, "invite", fields(form));
    }

    @TooManyRequestsResponse
    @Operation(operationId = "resetPage", summary = "The form to set a new password through a reset link",
            description = "404 when the link no longer opens.")
    @Get(value = "/reset/{token}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> resetPage(HttpRequest<?> request, @PathVariable String token) {
        return passwordPage(request, token, "reset");
    }

    @TooManyRequestsResponse
    @Operation(operationId = "resetPassword", summary = "Set the new password",
            description = "303 to /app, signed in; the person's other sessions end.")
    @Post(value = "/reset/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reset(HttpRequest<?> request, @PathVariable String token,
                          @Body @Nullable Map<String, String> form) {
        return setPassword(request, token, "reset", fields(form));
    }

    @TooManyRequestsResponse
    @Operation(operationId = "forgotPage", summary = "The form to ask for a reset link")
    @Get(value = "/forgot", produces = MediaType.TEXT_HTML)
    HttpResponse<?> forgotPage(HttpRequest<?> request) {
        return form(request, HttpStatus.OK, "staff/forgot", Map.of());
    }

    @TooManyRequestsResponse
    @Operation(operationId = "requestReset", summary = "E-mail a reset link (valid 1 hour)",
            description = "To the address, if it is someone's; the same page either way.")
    @Post(value = "/forgot", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> requestReset(HttpRequest<?> request, @Body @Nullable Map<String, String> form) {
        var fields = fields(form);
        if (!formTokenMatches(request, fields)) {
            return refused();
        }
        signIn.requestPasswordReset(fields.get("email"));
        // The same answer whether or not the address is known, so the page tells nobody who works where.
        return form(request, HttpStatus.OK, "staff/forgot", Map.of("sent", true));
    }

    private HttpResponse<?> passwordPage(HttpRequest<?> request, String token, String kind) {
        if (!signIn.linkOpens(token)) {
            return linkClosed();
        }
        return form(request, HttpStatus.OK, "staff/password", passwordForm(kind, token));
    }

    private HttpResponse<?> setPassword(HttpRequest<?> request, String token, String kind, Map<String, String> fields) {
        if (!formTokenMatches(request, fields)) {
            return refused();
        }
        var password = fields.get("password");
        if (password == null || !password.equals(fields.get("password_repeat"))) {
            return passwordRefused(request, kind, token, "Die beiden Passwörter stimmen nicht überein.");
        }
        try {
            return signIn.setPassword(token, password).<HttpResponse<?>>map(session -> signedIn(session, null))
                    .orElseGet(this::linkClosed);
        } catch (InvalidValue invalid) {
            return passwordRefused(request, kind, token,
                    "Das Passwort muss mindestens 10 und höchstens 128 Zeichen lang sein.");
        }
    }

    /** The password form of an invitation or a reset link ({@code kind}), posting back to the same link. */
    private static Map<String, Object> passwordForm(String kind, String token) {
        return Map.of("kind", kind, "action", "/app/" + kind + "/" + token);
    }

    private HttpResponse<?> passwordRefused(HttpRequest<?> request, String kind, String token, String error) {
        return form(request, HttpStatus.UNPROCESSABLE_ENTITY, "staff/password",
                with(passwordForm(kind, token), "error", error));
    }

    private MutableHttpResponse<?> signedIn(StaffSession session, @Nullable String next) {
        return HttpResponse.seeOther(next == null ? TICKETS : URI.create(next)).cookie(cookies.session(session.token()));
    }

    /** The model entry for where to go after sign-in; none for anything but a path of this site. */
    private static Map<String, Object> nextOf(@Nullable String next) {
        var model = new HashMap<String, Object>();
        if (next != null && SAME_SITE_PATH.matcher(next).matches()) {
            try {
                URI.create(next);
                model.put("next", next);
            } catch (IllegalArgumentException unreadable) {
                // Not a valid address: sign-in goes to the ticket list instead.
            }
        }
        return model;
    }

    private HttpResponse<?> linkClosed() {
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("staff/link-closed", new HashMap<>()));
    }

    private HttpResponse<?> refused() {
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ModelAndView<>("staff/refused", new HashMap<>()));
    }

    /** A page with a form: the visitor's form token in its hidden field, set as a cookie when it is new. */
    private HttpResponse<?> form(HttpRequest<?> request, HttpStatus status, String view, Map<String, Object> model) {
        var existing = SessionCookies.formTokenOf(request);
        var token = existing.orElseGet(SessionCookies::newFormToken);
        var response = HttpResponse.status(status).body(new ModelAndView<>(view, with(model, "csrf", token)));
        return existing.isPresent() ? response : response.cookie(cookies.formToken(token));
    }

    private static boolean formTokenMatches(HttpRequest<?> request, Map<String, String> fields) {
        return SessionCookies.formTokenOf(request).filter(token -> SessionCookies.same(token, fields.get("csrf")))
                .isPresent();
    }

    private Optional<StaffSession> session(HttpRequest<?> request) {
        return SessionCookies.sessionOf(request).flatMap(signIn::session);
    }

    private static Map<String, String> fields(Map<String, String> form) {
        return form == null ? Map.of() : form;
    }

    private static Map<String, Object> with(Map<String, Object> model, String key, Object value) {
        var extended = new HashMap<>(model);
        extended.put(key, value);
        return extended;
    }
}
