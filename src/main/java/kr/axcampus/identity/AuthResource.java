package kr.axcampus.identity;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

import kr.axcampus.common.ClientAddress;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.identity.dto.LoginRequest;
import kr.axcampus.identity.dto.LoginResponse;
import kr.axcampus.identity.dto.UserView;

@Path("/")
@Tag(name = "Auth")
public class AuthResource {
    private final AuthService auth;
    private final UserService users;
    private final CurrentCaller caller;
    private final SigningKeys keys;

    public AuthResource(AuthService auth, UserService users, CurrentCaller caller, SigningKeys keys) {
        this.auth = auth;
        this.users = users;
        this.caller = caller;
        this.keys = keys;
    }

    @POST
    @Path("api/auth/login")
    @PermitAll // signing in is how one gets a token
    public LoginResponse login(@Valid LoginRequest request, HttpServerRequest http) {
        if (request == null) {
            throw ProblemException.invalid("body", "email and password are required");
        }
        return auth.login(request.email(), request.password(), clientAddress(http));
    }

    @GET
    @Path("api/me")
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
    public UserView me() {
        return users.findById(caller.get().id()).orElseThrow(() -> ProblemException.notFound("user"));
    }

    @GET
    @Path(".well-known/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll // public keys are public: other systems verify our tokens with them
    public Map<String, Object> jwks() {
        return keys.jwks();
    }

    static String clientAddress(HttpServerRequest http) {
        return ClientAddress.of(http);
    }
}
