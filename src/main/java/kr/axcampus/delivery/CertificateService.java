package kr.axcampus.delivery;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kr.axcampus.access.Access;
import kr.axcampus.catalog.CatalogService;
import kr.axcampus.catalog.dto.CourseRef;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;
import kr.axcampus.delivery.dto.ReasonRequest;
import kr.axcampus.delivery.dto.Verification;
import kr.axcampus.identity.UserService;
import kr.axcampus.organization.CenterService;

/** Certificates of completion: the PDF for those entitled, verification for anyone, revocation for operators. */
@ApplicationScoped
public class CertificateService {
    private final CohortService cohorts;
    private final CatalogService catalog;
    private final CenterService centers;
    private final UserService users;
    private final CertificatePdf pdf;
    private final Access access;

    public CertificateService(
            CohortService cohorts,
            CatalogService catalog,
            CenterService centers,
            UserService users,
            CertificatePdf pdf,
            Access access) {
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.centers = centers;
        this.users = users;
        this.pdf = pdf;
        this.access = access;
    }

    /** What a certificate says, for its PDF and its verification page. */
    public record Facts(
            Certificate certificate,
            EnrollmentResult result,
            CohortScope cohort,
            CourseRef course,
            String learnerName,
            String centre) {}

    /** The certificate as PDF for its learner, their CEO or an operator; 409 once revoked. */
    public byte[] pdf(Caller caller, String serial, String verifyUrl, Locale locale) {
        Facts facts = facts(serial);
        if (!access.seesCertificate(
                caller, facts.certificate().centerId, facts.certificate().userId, facts.result().companyId)) {
            throw ProblemException.notFound("certificate " + serial);
        }
        if (!facts.certificate().valid()) {
            throw new ProblemException(
                    409, "certificate-revoked", "Certificate revoked", "certificate " + serial + " was revoked", null);
        }
        return pdf.render(facts, verifyUrl, locale);
    }

    /** Anyone's check of a serial: valid or revoked, with the least personal data. 404 for an unknown one. */
    public Verification verify(String serial) {
        Facts facts = facts(serial);
        return new Verification(
                facts.certificate().serial,
                facts.certificate().valid() ? Verification.Status.VALID : Verification.Status.REVOKED,
                facts.course().title(),
                facts.course().titleEn(),
                masked(facts.learnerName()),
                facts.result().decidedOn,
                facts.centre());
    }

    @Transactional
    public Verification revoke(Caller caller, String serial, ReasonRequest request) {
        Certificate certificate = certificate(serial);
        if (!access.operates(caller) || !access.inCentre(caller, certificate.centerId)) {
            throw ProblemException.notFound("certificate " + serial);
        }
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.invalid("reason", "a reason is required");
        }
        if (!certificate.valid()) {
            throw ProblemException.illegalTransition("the certificate is already revoked", List.of());
        }
        certificate.revokedAt = Moment.now();
        certificate.revokedBy = caller.id();
        certificate.revokeReason = request.reason().strip();
        return verify(serial);
    }

    /** A name with all but its first and last characters hidden: 한지민 → 한*민, 이강 → 이*. */
    static String masked(String name) {
        if (name == null || name.isBlank()) {
            return "*";
        }
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length <= 2) {
            return new String(chars, 0, 1) + "*";
        }
        return new String(chars, 0, 1) + "*".repeat(chars.length - 2) + new String(chars, chars.length - 1, 1);
    }

    private Facts facts(String serial) {
        Certificate certificate = certificate(serial);
        EnrollmentResult result = EnrollmentResult.findById(certificate.resultId);
        CohortScope cohort = cohorts.scopeInCenter(certificate.centerId, certificate.cohortId)
                .orElseThrow();
        CourseRef course = catalog.findCourse(cohort.courseId()).orElseThrow();
        String name = users.findById(certificate.userId).map(u -> u.name()).orElse("");
        return new Facts(certificate, result, cohort, course, name, centers.centerName(certificate.centerId));
    }

    private static Certificate certificate(String serial) {
        Certificate certificate = serial == null
                ? null
                : Certificate.<Certificate>find("serial", serial.strip().toUpperCase(Locale.ROOT))
                        .firstResult();
        if (certificate == null) {
            throw ProblemException.notFound("certificate " + serial);
        }
        return certificate;
    }
}
