package kr.axcampus.attendance;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.attendance.dto.CheckInCodeView;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;

/**
 * The rotating check-in code of sessions, offered to other features (sharing events) that check
 * people in the same way: a secret per occasion, the code and QR of the moment, and the same
 * answer to a wrong code, with the same slowing down of guesses.
 */
@ApplicationScoped
public class RotatingCodes {
    private static final int SECRET_BYTES = 20;

    private final CodeGuesses guesses;
    private final SecureRandom random = new SecureRandom();

    RotatingCodes(CodeGuesses guesses) {
        this.guesses = guesses;
    }

    /** A new secret for an occasion's codes. */
    public byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    /** The code to show now, and the link (the page at {@code checkInPage}) the QR code carries. */
    public CheckInCodeView now(byte[] secret, String checkInPage) {
        Instant now = Moment.now();
        String code = CheckInCodes.current(secret, now);
        return new CheckInCodeView(code, CheckInCodes.validUntil(now), checkInPage + "?code=" + code);
    }

    /**
     * Refuses a wrong or expired code (422 {@code invalid-code}) and, after too many, any code for a
     * while (429), counting per person and per occasion as session check-ins do.
     */
    public void require(UUID occasionId, UUID personId, byte[] secret, String code) {
        guesses.requireNotWaiting(occasionId, personId);
        if (!CheckInCodes.accepts(secret, code == null ? null : code.trim(), Moment.now())) {
            guesses.recordWrongCode(occasionId, personId);
            throw new ProblemException(
                    422,
                    "invalid-code",
                    "Invalid code",
                    "the code is wrong or has expired; enter the code shown now",
                    List.of(FieldError.coded("code", "invalid-code", "wrong or expired code")));
        }
    }

    public String qrSvg(String link) {
        return QrCodes.svg(link);
    }
}
