package kr.axcampus.delivery;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import kr.axcampus.common.Caller;
import kr.axcampus.common.Moment;

/**
 * Issues certificates for a close's COMPLETED results: a learner who stays completed across a
 * reopen keeps their serial (pointing at the new result); one who no longer is loses it (revoked,
 * with the reason); one newly completed gets a new serial.
 */
@ApplicationScoped
class Certificates {
    /** Crockford's base 32: no I, L, O or U, so a serial read aloud or typed is not mistaken. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final int RANDOM_CHARS = 8;

    private final SecureRandom random = new SecureRandom();
    private final Event<CertificateIssued> issued;

    Certificates(Event<CertificateIssued> issued) {
        this.issued = issued;
    }

    void afterClose(UUID centerId, UUID cohortId, String cohortCode, List<EnrollmentResult> results, Caller caller) {
        Map<UUID, Certificate> valid = new HashMap<>();
        Certificate.<Certificate>list("cohortId = ?1 and revokedAt is null", cohortId)
                .forEach(c -> valid.put(c.userId, c));
        Instant now = Moment.now();
        for (EnrollmentResult result : results) {
            Certificate held = valid.get(result.userId);
            if (result.result == EnrollmentResult.Outcome.COMPLETED) {
                if (held != null) {
                    held.resultId = result.id;
                } else {
                    issue(centerId, cohortCode, result, now);
                }
            } else if (held != null) {
                held.revokedAt = now;
                held.revokedBy = caller.id();
                held.revokeReason = "result changed: not completed at the close of " + result.decidedOn;
            }
        }
    }

    private void issue(UUID centerId, String cohortCode, EnrollmentResult result, Instant now) {
        Certificate certificate = new Certificate();
        certificate.serial = newSerial();
        certificate.centerId = centerId;
        certificate.cohortId = result.cohortId;
        certificate.userId = result.userId;
        certificate.resultId = result.id;
        certificate.issuedAt = now;
        certificate.persist();
        issued.fire(new CertificateIssued(
                centerId, result.cohortId, cohortCode, result.userId, certificate.id, certificate.serial));
    }

    /** {@code AX26-7K3M9QZD}: the year and eight random characters; drawn again on the rare clash. */
    private String newSerial() {
        while (true) {
            StringBuilder serial =
                    new StringBuilder("AX").append(Year.now().getValue() % 100).append('-');
            for (int i = 0; i < RANDOM_CHARS; i++) {
                serial.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            if (Certificate.count("serial", serial.toString()) == 0) {
                return serial.toString();
            }
        }
    }
}
