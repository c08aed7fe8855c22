package kr.axcampus.cohort.dto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;

import kr.axcampus.cohort.DeliveryMode;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.FormValues;
import kr.axcampus.common.ProblemException;

/** The cohort form as typed, kept verbatim so a rejected form comes back with the operator's input. */
@TemplateData
public class CohortForm {
    @RestForm
    public String courseCode = "";

    @RestForm
    public String code = "";

    @RestForm
    public String startDate = "";

    @RestForm
    public String endDate = "";

    @RestForm
    public String capacity = "";

    @RestForm
    public String mode = "";

    @RestForm
    public List<String> instructorIds = new ArrayList<>();

    /** CIDR blocks, one per line or separated by commas. */
    @RestForm
    public String allowedNetworks = "";

    public static CohortForm of(CohortView c) {
        CohortForm form = new CohortForm();
        form.courseCode = c.courseCode();
        form.code = c.code();
        form.startDate = c.startDate().toString();
        form.endDate = c.endDate().toString();
        form.capacity = Integer.toString(c.capacity());
        form.mode = c.mode().name();
        form.instructorIds = new ArrayList<>(c.instructorIds());
        form.allowedNetworks = String.join("\n", c.allowedNetworks());
        return form;
    }

    public boolean teaches(String instructorId) {
        return instructorIds != null && instructorIds.contains(instructorId);
    }

    /** The request the service checks; fields a form cannot even parse are reported here. */
    public CohortRequest toRequest() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate starts = FormValues.date("startDate", startDate, errors);
        LocalDate ends = FormValues.date("endDate", endDate, errors);
        Integer places = FormValues.optional("capacity", capacity, errors, Integer::valueOf, "not-a-number");
        DeliveryMode delivery = null;
        if (mode != null && !mode.isBlank()) {
            try {
                delivery = DeliveryMode.valueOf(mode.trim());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.coded("mode", "unknown-value", "unknown delivery mode"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<String> networks = allowedNetworks == null
                ? List.of()
                : Arrays.stream(allowedNetworks.split("[,\\s]+"))
                        .filter(n -> !n.isBlank())
                        .toList();
        return new CohortRequest(
                courseCode,
                code,
                starts,
                ends,
                places,
                delivery,
                instructorIds == null ? List.of() : List.copyOf(instructorIds),
                networks);
    }
}
