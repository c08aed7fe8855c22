package kr.axcampus.bestpractice;

import java.time.DateTimeException;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import kr.axcampus.bestpractice.dto.CaseRequest;
import kr.axcampus.bestpractice.dto.FigureRequest;
import kr.axcampus.catalog.CatalogService;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.ProblemException;

/** What a case's text, tags and figures must be, checked all at once so the answer names every field. */
@ApplicationScoped
public class CaseInput {
    private final CatalogService catalog;
    private final Validator validator;

    public CaseInput(CatalogService catalog, Validator validator) {
        this.catalog = catalog;
        this.validator = validator;
    }

    /** Every field's problem at once: the declared constraints, then the tags and periods. */
    void check(CaseRequest request) {
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        List<String> tags = request.tags() == null ? List.of() : request.tags();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag == null || !catalog.isTag(tag)) {
                errors.add(FieldError.coded(
                        "tags[" + i + "]",
                        "unknown-tag",
                        "unknown tag " + tag + ": not an AI opportunity tag of the catalogue (GET /api/catalog/tags)"));
            }
        }
        List<FigureRequest> figures = request.figures() == null ? List.of() : request.figures();
        for (int i = 0; i < figures.size(); i++) {
            FigureRequest figure = figures.get(i);
            if (figure == null) {
                errors.add(FieldError.coded("figures[" + i + "]", "required", "must not be null"));
            } else if (figure.period() != null && !figure.period().isBlank() && !positivePeriod(figure.period())) {
                errors.add(FieldError.coded(
                        "figures[" + i + "].period",
                        FieldError.INVALID,
                        "a positive ISO-8601 period such as P3M (three months) or P1Y"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    static boolean positivePeriod(String text) {
        try {
            Period period = Period.parse(text.strip());
            return !period.isNegative() && !period.isZero();
        } catch (DateTimeException e) {
            return false;
        }
    }
}
