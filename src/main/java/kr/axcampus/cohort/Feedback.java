package kr.axcampus.cohort;

import java.util.List;

import io.quarkus.qute.TemplateData;

import kr.axcampus.common.FieldError;
import kr.axcampus.common.ProblemException;
import kr.axcampus.web.FormErrors;

/**
 * What the last action on a cohort's page said, shown next to the form it came from: the panel
 * ({@code details}, {@code session}, {@code generate}, {@code pick}, {@code company}, {@code import},
 * {@code withdraw}, {@code cancel}), the problem's type and field errors, an import's rejected rows,
 * or who was enrolled.
 */
@TemplateData
public record Feedback(
        String panel,
        String type,
        FormErrors errors,
        List<FieldError> rows,
        EnrollmentService.Batch enrolled,
        String subject) {

    public static final Feedback NONE = new Feedback("", null, FormErrors.NONE, List.of(), null, null);

    public static Feedback problem(String panel, ProblemException e) {
        return problem(panel, e, null);
    }

    public static Feedback problem(String panel, ProblemException e, String subject) {
        return new Feedback(panel, e.type(), FormErrors.of(e), e.errors(), null, subject);
    }

    public static Feedback enrolled(String panel, EnrollmentService.Batch batch) {
        return new Feedback(panel, null, FormErrors.NONE, List.of(), batch, null);
    }

    public boolean on(String name) {
        return name.equals(panel);
    }

    public FormErrors errorsFor(String name) {
        return on(name) ? errors : FormErrors.NONE;
    }
}
