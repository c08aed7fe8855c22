package kr.axcampus.identity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.common.FailureThrottle;

/**
 * Slows down password guessing without handing anyone a way to lock a user out: failures count
 * per account <em>and address</em> (an attacker elsewhere does not slow the real user down) and per
 * address (one address cannot try many accounts). The counts are {@link FailureThrottle}'s, in
 * PostgreSQL, so every replica sees the same ones.
 */
@ApplicationScoped
class LoginThrottle {
    private final FailureThrottle throttle;
    private final FailureThrottle.Limit perAccount;
    private final FailureThrottle.Limit perAddress;

    LoginThrottle(FailureThrottle throttle, IdentityConfig config) {
        this.throttle = throttle;
        IdentityConfig.Throttle limits = config.throttle();
        this.perAccount = new FailureThrottle.Limit(
                limits.maxFailuresPerAccount(), limits.window(), limits.baseDelay(), limits.maxDelay());
        this.perAddress = new FailureThrottle.Limit(
                limits.maxFailuresPerAddress(), limits.window(), limits.baseDelay(), limits.maxDelay());
    }

    static String accountKey(String email, String address) {
        return "account:" + email.trim().toLowerCase(Locale.ROOT) + "|" + address;
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    Optional<Duration> waitFor(String email, String address) {
        return throttle.waitFor(List.of(accountKey(email, address), addressKey(address)));
    }

    void recordFailure(String email, String address) {
        throttle.recordFailure(accountKey(email, address), perAccount);
        throttle.recordFailure(addressKey(address), perAddress);
    }

    void forget(String email, String address) {
        throttle.forget(accountKey(email, address));
    }
}
