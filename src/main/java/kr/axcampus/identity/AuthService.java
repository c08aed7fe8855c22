package kr.axcampus.identity;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;

import kr.axcampus.common.FailureThrottle;
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
        if (email.length() > 254 || password.length() > 1000) {
            throw ProblemException.invalid(
                    email.length() > 254 ? "email" : "password", "longer than any account's can be");
        }
        Optional<Duration> wait = throttle.waitFor(email, clientAddress);
        if (wait.isPresent()) {
            throw FailureThrottle.tooMany(wait.get(), "too many failed sign-ins");
        }
        User user = User.findByEmail(email);
        boolean matches = BcryptUtil.matches(password, user == null ? DUMMY_HASH : user.passwordHash);
        if (user == null || !matches) {
            throttle.recordFailure(email, clientAddress);
            throw new ProblemException(401, "invalid-credentials", "Sign-in failed", "wrong email or password", null);
        }
        throttle.forget(email, clientAddress);
        if (!user.active) {
            // Only someone who knows the password learns the account is deactivated.
            throw new ProblemException(
                    403,
                    "account-deactivated",
                    "Account deactivated",
                    "this account was deactivated; ask the centre's operators",
                    null);
        }
        TokenService.IssuedToken issued = tokens.issue(user);
        return new LoginResponse(issued.token(), issued.expiresAt(), UserView.of(user));
    }
}
