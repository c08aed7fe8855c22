package kr.axcampus.cohort.dto;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;

import kr.axcampus.common.FieldError;
import kr.axcampus.common.FormValues;
import kr.axcampus.common.ProblemException;

/** How to lay out a cohort's sessions, as the operator fills it in; blanks take the defaults. */
@TemplateData
public class GenerateForm {
    @RestForm
    public String firstDay = "";

    @RestForm
    public List<String> weekdays = new ArrayList<>(List.of("1", "2", "3", "4", "5"));

    @RestForm
    public String dayStartsAt = "09:00";

    @RestForm
    public String maxMinutesPerDay = "480";

    @RestForm
    public String location = "";

    public boolean on(int weekday) {
        return weekdays != null && weekdays.contains(Integer.toString(weekday));
    }

    public GenerateSessionsRequest toRequest() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = FormValues.date("firstDay", firstDay, errors);
        LocalTime start = FormValues.optional("dayStartsAt", dayStartsAt, errors, LocalTime::parse, "invalid-time");
        Integer perDay =
                FormValues.optional("maxMinutesPerDay", maxMinutesPerDay, errors, Integer::valueOf, "not-a-number");
        List<Integer> days = new ArrayList<>();
        for (String day : weekdays == null ? List.<String>of() : weekdays) {
            try {
                days.add(Integer.valueOf(day.trim()));
            } catch (NumberFormatException e) {
                errors.add(FieldError.coded("weekdays", "unknown-value", "a weekday is a number from 1 to 7"));
            }
        }
        if (days.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.coded("weekdays", "required", "choose at least one weekday"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new GenerateSessionsRequest(first, days, start, perDay, location);
    }
}
