package kr.axcampus.event.dto;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;

import kr.axcampus.common.FieldError;
import kr.axcampus.common.FormValues;
import kr.axcampus.common.ProblemException;

/** A sharing event as the operator types it: a day and two times on the centre's clock. */
@TemplateData
public class EventForm {
    @RestForm
    public String title = "";

    @RestForm
    public String day = "";

    @RestForm
    public String startsAt = "";

    @RestForm
    public String endsAt = "";

    @RestForm
    public String location = "";

    @RestForm
    public String capacity = "";

    /** The request the service checks; fields a form cannot parse are reported here. */
    public EventRequest toRequest(ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = FormValues.required("day", day, errors, LocalDate::parse, "invalid-date");
        LocalTime from = FormValues.required("startsAt", startsAt, errors, LocalTime::parse, "invalid-time");
        LocalTime to = FormValues.required("endsAt", endsAt, errors, LocalTime::parse, "invalid-time");
        Integer seats = FormValues.optional("capacity", capacity, errors, Integer::valueOf, "not-a-number");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new EventRequest(
                title,
                date.atTime(from).atZone(zone).toOffsetDateTime(),
                date.atTime(to).atZone(zone).toOffsetDateTime(),
                location,
                seats);
    }
}
