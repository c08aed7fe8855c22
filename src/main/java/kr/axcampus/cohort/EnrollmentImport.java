package kr.axcampus.cohort;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.ProblemException;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;

/**
 * Enrolment from a CSV with an {@code email} column (others are ignored), all or nothing:
 * every bad line is reported with its number and nobody is enrolled.
 */
@ApplicationScoped
public class EnrollmentImport {
    static final int MAX_ROWS = 2000;

    private final CohortService cohorts;
    private final EnrollmentService enrollments;
    private final UserService users;

    public EnrollmentImport(CohortService cohorts, EnrollmentService enrollments, UserService users) {
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.users = users;
    }

    @Transactional
    public EnrollmentService.Batch importCsv(Caller caller, String cohortId, String csv) {
        cohorts.manageable(caller, cohortId);
        Map<Integer, String> emails = parse(csv == null ? "" : csv);
        Map<String, UserView> people = users.findByEmails(caller.centerId(), emails.values());
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        emails.forEach((line, email) -> {
            String key = email.toLowerCase(Locale.ROOT);
            UserView person = people.get(key);
            Integer first = firstLine.putIfAbsent(key, line);
            if (email.isBlank()) {
                errors.add(FieldError.coded("email", "required", "an email is required")
                        .atLine(line));
            } else if (first != null) {
                errors.add(FieldError.coded("email", "duplicate", "repeats line " + first)
                        .atLine(line));
            } else if (person == null) {
                errors.add(FieldError.coded("email", "unknown-value", "no person of the centre has this email")
                        .atLine(line));
            } else if (!EnrollmentService.enrollable(person)) {
                errors.add(FieldError.coded("email", "not-a-learner", "only learners and CEOs can be enrolled")
                        .atLine(line));
            } else {
                ids.add(UUID.fromString(person.id()));
            }
        });
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    400,
                    "import-rejected",
                    "Import rejected",
                    errors.size() + " of " + emails.size() + " rows are invalid; nobody was enrolled",
                    errors);
        }
        return enrollments.enrollAll(caller, cohortId, ids);
    }

    /** Email by line number (line 1 is the header). */
    private static Map<Integer, String> parse(String csv) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreHeaderCase(true)
                .get();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (Reader reader = new StringReader(text);
                CSVParser parser = CSVParser.parse(reader, format)) {
            if (parser.getHeaderNames().stream().noneMatch(h -> h.equalsIgnoreCase("email"))) {
                throw new ProblemException(
                        400,
                        "import-rejected",
                        "Import rejected",
                        "the header line needs an email column",
                        List.of(new FieldError("header", "missing column email", 1)));
            }
            Map<Integer, String> emails = new LinkedHashMap<>();
            long lineBefore = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                int line = (int) lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (emails.size() == MAX_ROWS) {
                    throw ProblemException.invalid("file", "at most " + MAX_ROWS + " rows per import");
                }
                emails.put(line, record.isMapped("email") || record.isSet("email") ? record.get("email") : "");
            }
            if (emails.isEmpty()) {
                throw ProblemException.invalid("file", "the CSV file has no rows after its header");
            }
            return emails;
        } catch (IOException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw ProblemException.invalid("file", "not readable as CSV: " + e.getMessage());
        }
    }
}
