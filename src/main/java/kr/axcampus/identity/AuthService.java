package kr.axcampus.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;

import kr.axcampus.common.ProblemException;
import kr.axcampus.identity.dto.LoginResponse;
import kr.axcampus.identity.dto.UserView;

/** Sign-in: one answer for unknown email and wrong password, and slowed-down guessing. */
@ApplicationScoped
public class AuthService {
    /** Compared against when the email is unknown, so both failures cost the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-password");

    private final LoginThrottle throttle;
    private final TokenService tokens;

    AuthService(LoginThrottle throttle, TokenService tokens) {
        this.throttle = throttle;
        this.tokens = tokens;
    }

    public LoginResponse login(String email, String password, String clientAddress) {
        if (email == null || email.isBlank() || password == null) {
            throw ProblemException.invalid("email", "email and password are required");
        }
        List<String> keys = List.of(LoginThrottle.accountKey(email), LoginThrottle.addressKey(clientAddress));
        Optional<Duration> wait = throttle.waitFor(keys);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new ProblemException(
                    429,
                    "too-many-attempts",
                    "Too many attempts",
                    "too many failed sign-ins; try again in " + seconds + " s",
                    null,
                    Map.of("Retry-After", Long.toString(seconds)));
        }
        User user = User.findByEmail(email);
        boolean matches = BcryptUtil.matches(password, user == null ? DUMMY_HASH : user.passwordHash);
        if (user == null || !matches) {
            throttle.recordAccountFailure(email);
            throttle.recordAddressFailure(clientAddress);
            throw new ProblemException(401, "invalid-credentials", "Sign-in failed", "wrong email or password", null);
        }
        throttle.forget(LoginThrottle.accountKey(email));
        TokenService.IssuedToken issued = tokens.issue(user);
        return new LoginResponse(issued.token(), issued.expiresAt(), UserView.of(user));
    }
}
