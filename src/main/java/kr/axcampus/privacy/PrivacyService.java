package kr.axcampus.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.access.Access;
import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;

/**
 * A person's rights over their data (Korea's PIPA), for the centre's operators: who read whose
 * data (the access log that {@link PersonalDataReads} keeps).
 */
@ApplicationScoped
public class PrivacyService {
    private final PersonalDataReads reads;
    private final CentreTime time;
    private final Access access;

    public PrivacyService(PersonalDataReads reads, CentreTime time, Access access) {
        this.reads = reads;
        this.time = time;
        this.access = access;
    }

    /** What an operator asks the log for: ids of a subject and an actor, and centre days (all optional). */
    public record ReadQuery(String subjectId, String actorId, String from, String to) {
        public static final ReadQuery ALL = new ReadQuery(null, null, null, null);
    }

    /** The centre's access log, newest first; {@code from} and {@code to} are days in the centre's zone, both included. */
    public PageResult<PersonalDataReads.Entry> reads(Caller caller, ReadQuery query, PageRequest page) {
        if (!access.operates(caller)) {
            throw Access.forbidden("the access log is for the centre's operators");
        }
        List<FieldError> errors = new ArrayList<>();
        UUID subject = id("subjectId", query.subjectId(), errors);
        UUID actor = id("actorId", query.actorId(), errors);
        LocalDate from = day("from", query.from(), errors);
        LocalDate to = day("to", query.to(), errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(FieldError.coded("to", "date-order", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return reads.search(
                caller,
                new PersonalDataReads.Filter(
                        subject,
                        actor,
                        from == null ? null : time.startOf(from),
                        to == null ? null : time.startOf(to.plusDays(1))),
                page);
    }

    private static UUID id(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<UUID> id = Ids.parse(value.strip());
        if (id.isEmpty()) {
            errors.add(new FieldError(field, "must be a person's id (a UUID)"));
        }
        return id.orElse(null);
    }

    private static LocalDate day(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 2000 || day.getYear() > 9999) {
                errors.add(FieldError.coded(field, "invalid-date", "must be a day between 2000 and 9999"));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(FieldError.coded(field, "invalid-date", "must be a day, e.g. 2026-12-01"));
            return null;
        }
    }
}
