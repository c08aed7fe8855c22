package kr.axcampus.bestpractice;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.qute.TemplateData;

import kr.axcampus.bestpractice.dto.CaseRequest;
import kr.axcampus.bestpractice.dto.CaseView;
import kr.axcampus.bestpractice.dto.FigureRequest;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.FormValues;
import kr.axcampus.common.ProblemException;

/**
 * The case editor's values as typed: the text, the ticked tags and a few figure rows (a period in
 * months). Blank figure rows are left out of the request; the API's errors about the figures it got
 * are renamed back to the rows they came from.
 */
@TemplateData
public record CaseForm(
        String companyId,
        String title,
        String problem,
        String approach,
        String tools,
        List<String> tags,
        List<Row> rows) {
    static final int ROWS = 4;

    /** One figure row of the form. */
    @TemplateData
    public record Row(int index, String name, String unit, String before, String after, String months) {
        boolean blank() {
            return isBlank(name) && isBlank(unit) && isBlank(before) && isBlank(after) && isBlank(months);
        }

        public int number() {
            return index + 1;
        }

        /** The row's typed inputs besides the kind, in the form's order. */
        public List<String> parts() {
            return List.of("unit", "before", "after", "months");
        }

        public String value(String part) {
            return switch (part) {
                case "unit" -> unit;
                case "before" -> before;
                case "after" -> after;
                default -> months;
            };
        }

        /** The field the API names for a part: the months are the figure's {@code period}. */
        public String errorField(String part) {
            return field(part.equals("months") ? "period" : part);
        }

        /** The form (and error) name of one of the row's fields: {@code figures[0].unit}. */
        public String field(String part) {
            return "figures[" + index + "]." + part;
        }
    }

    /** The case's long texts, in the form's order. */
    public List<String> areas() {
        return List.of("problem", "approach", "tools");
    }

    public String text(String area) {
        return switch (area) {
            case "problem" -> problem;
            case "approach" -> approach;
            default -> tools;
        };
    }

    public boolean tagged(String code) {
        return tags.contains(code);
    }

    static CaseForm empty(String companyId) {
        return new CaseForm(companyId, "", "", "", "", List.of(), pad(new ArrayList<>()));
    }

    static CaseForm of(CaseView view) {
        List<Row> rows = new ArrayList<>();
        view.figures()
                .forEach(f -> rows.add(new Row(
                        rows.size(),
                        f.name(),
                        f.unit(),
                        f.before().stripTrailingZeros().toPlainString(),
                        f.after().stripTrailingZeros().toPlainString(),
                        String.valueOf(Period.parse(f.period()).toTotalMonths()))));
        return new CaseForm(
                view.companyId(), view.title(), view.problem(), view.approach(), view.tools(), view.tags(), pad(rows));
    }

    static CaseForm of(MultivaluedMap<String, String> form) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; form.containsKey("figures[" + i + "].name") || i < ROWS; i++) {
            String at = "figures[" + i + "].";
            rows.add(new Row(
                    i,
                    value(form, at + "name"),
                    value(form, at + "unit"),
                    value(form, at + "before"),
                    value(form, at + "after"),
                    value(form, at + "months")));
            if (i > 50) {
                break;
            }
        }
        List<String> tags = form.get("tags") == null ? List.of() : List.copyOf(form.get("tags"));
        return new CaseForm(
                value(form, "companyId"),
                value(form, "title"),
                value(form, "problem"),
                value(form, "approach"),
                value(form, "tools"),
                tags,
                rows);
    }

    /** The request the form says; unreadable numbers are the rows' errors (400). */
    CaseRequest request() {
        List<FieldError> errors = new ArrayList<>();
        List<FigureRequest> figures = new ArrayList<>();
        for (Row row : rows) {
            if (row.blank()) {
                continue;
            }
            String at = "figures[" + row.index() + "].";
            BigDecimal before =
                    FormValues.optional(at + "before", row.before(), errors, BigDecimal::new, "not-a-number");
            BigDecimal after = FormValues.optional(at + "after", row.after(), errors, BigDecimal::new, "not-a-number");
            Integer months = FormValues.optional(at + "period", row.months(), errors, Integer::valueOf, "not-a-number");
            figures.add(
                    new FigureRequest(row.name(), row.unit(), before, after, months == null ? "" : "P" + months + "M"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new CaseRequest(companyId, title, problem, approach, tools, tags, figures);
    }

    /** The API's figure errors (by position in the request) renamed to the form's rows. */
    List<FieldError> rowErrors(List<FieldError> errors) {
        Map<Integer, Integer> rowOf = new TreeMap<>();
        int sent = 0;
        for (Row row : rows) {
            if (!row.blank()) {
                rowOf.put(sent++, row.index());
            }
        }
        return errors.stream()
                .map(e -> {
                    for (var entry : rowOf.entrySet()) {
                        String from = "figures[" + entry.getKey() + "].";
                        if (e.field() != null && e.field().startsWith(from)) {
                            String field = "figures[" + entry.getValue() + "]."
                                    + e.field().substring(from.length());
                            return FieldError.coded(field, e.code(), e.message());
                        }
                    }
                    return e;
                })
                .toList();
    }

    private static List<Row> pad(List<Row> rows) {
        while (rows.size() < ROWS) {
            rows.add(new Row(rows.size(), "", "", "", "", ""));
        }
        return rows;
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
