package kr.axcampus.identity;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sign-in, tokens and the first administrator. */
@ConfigMapping(prefix = "axcampus.auth")
public interface IdentityConfig {

    /** How long an issued token is valid. */
    @WithDefault("8h")
    Duration tokenLifetime();

    /** Minimum length of a password chosen by an operator or in an import. */
    @WithDefault("8")
    int minPasswordLength();

    Throttle throttle();

    /** Slowing down repeated failed sign-ins, per account and address, and per address. */
    interface Throttle {
        /**
         * Failures allowed for one account from one address before each further attempt there must
         * wait (counted per address too, so nobody elsewhere can lock the account's owner out).
         */
        @WithDefault("5")
        int maxFailuresPerAccount();

        /** Failures allowed from one address (offices share addresses, so this is higher). */
        @WithDefault("30")
        int maxFailuresPerAddress();

        /** Wait after the first failure over the limit; doubles with each further failure. */
        @WithDefault("2s")
        Duration baseDelay();

        /** The longest wait. */
        @WithDefault("15m")
        Duration maxDelay();

        /** Failures older than this are forgotten. */
        @WithDefault("15m")
        Duration window();
    }
}
