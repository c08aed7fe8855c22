package kr.axcampus.cohort.dto;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.FormValues;
import kr.axcampus.common.ProblemException;

/** A session as the operator types it: a day and two times on the centre's clock. */
@TemplateData
public class SessionForm {
    @RestForm
    public String day = "";

    @RestForm
    public String startsAt = "";

    @RestForm
    public String endsAt = "";

    @RestForm
    public String kind = "";

    @RestForm
    public String location = "";

    /** Why it moved; the session's history keeps it. */
    @RestForm
    public String reason = "";

    public static SessionForm of(SessionView s, ZoneId zone) {
        SessionForm form = new SessionForm();
        form.day = s.startsAt().atZone(zone).toLocalDate().toString();
        form.startsAt = s.startsAt().atZone(zone).toLocalTime().toString();
        form.endsAt = s.endsAt().atZone(zone).toLocalTime().toString();
        form.kind = s.kind().name();
        form.location = s.location() == null ? "" : s.location();
        return form;
    }

    /** The request the service checks, on the centre's clock; fields a form cannot parse are reported here. */
    public SessionRequest toRequest(ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = FormValues.required("day", day, errors, LocalDate::parse, "invalid-date");
        LocalTime from = FormValues.required("startsAt", startsAt, errors, LocalTime::parse, "invalid-time");
        LocalTime to = FormValues.required("endsAt", endsAt, errors, LocalTime::parse, "invalid-time");
        SessionKind sessionKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                sessionKind = SessionKind.valueOf(kind.trim());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.coded("kind", "unknown-value", "unknown session kind"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new SessionRequest(
                date == null || from == null
                        ? null
                        : date.atTime(from).atZone(zone).toOffsetDateTime(),
                date == null || to == null ? null : date.atTime(to).atZone(zone).toOffsetDateTime(),
                sessionKind,
                location,
                reason);
    }
}
