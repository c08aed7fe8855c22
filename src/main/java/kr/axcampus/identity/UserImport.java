package kr.axcampus.identity;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import kr.axcampus.identity.dto.ImportResult;
import kr.axcampus.identity.dto.UserRequest;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.CompanyService;

/**
 * Bulk creation of people from CSV, all or nothing: every row is checked first
 * and every bad row is reported with its line number; only a clean file creates
 * anyone. Columns: email, name, roles (separated by ';' or '|'), businessNumber
 * (of the partner company, for learners and CEOs), department, jobTitle, password.
 */
@ApplicationScoped
public class UserImport {
    static final List<String> COLUMNS =
            List.of("email", "name", "roles", "businessNumber", "department", "jobTitle", "password");
    private static final int MAX_ROWS = 5000;

    private final UserService users;
    private final CompanyService companies;

    public UserImport(UserService users, CompanyService companies) {
        this.users = users;
        this.companies = companies;
    }

    @Transactional
    public ImportResult importCsv(Caller caller, String csv) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.invalid("file", "the CSV file is empty");
        }
        List<Row> rows = parse(caller.centerId(), csv);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> emailLines = new HashMap<>();
        for (Row row : rows) {
            errors.addAll(row.errors());
            boolean companyReported =
                    row.errors().stream().anyMatch(e -> e.field().equals("businessNumber"));
            for (FieldError e : users.check(caller.centerId(), row.request(), true, null)) {
                // The file names the company by its business number, so problems are reported there.
                boolean aboutCompany = e.field().equals("companyId");
                if (!(aboutCompany && companyReported)) {
                    errors.add(new FieldError(
                            aboutCompany ? "businessNumber" : e.field(), e.message(), row.line(), e.code()));
                }
            }
            String email = row.request().email() == null
                    ? ""
                    : row.request().email().trim().toLowerCase(Locale.ROOT);
            if (!email.isEmpty()) {
                Integer first = emailLines.putIfAbsent(email, row.line());
                if (first != null) {
                    errors.add(new FieldError("email", "repeats line " + first, row.line()));
                } else if (users.emailTaken(email, null)) {
                    errors.add(new FieldError("email", "a user with this email already exists", row.line()));
                }
            }
        }
        if (!errors.isEmpty()) {
            long badRows = errors.stream().map(FieldError::line).distinct().count();
            throw new ProblemException(
                    400,
                    "import-rejected",
                    "Import rejected",
                    badRows + " of " + rows.size() + " rows are invalid; nothing was imported",
                    errors);
        }
        List<ImportResult.Created> created = new ArrayList<>();
        for (Row row : rows) {
            created.add(new ImportResult.Created(
                    row.line(), UserView.of(users.persistNew(caller.centerId(), row.request()))));
        }
        return new ImportResult(created.size(), created);
    }

    private List<Row> parse(UUID centerId, String csv) {
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
            List<String> missing = COLUMNS.stream()
                    .filter(c -> parser.getHeaderNames().stream().noneMatch(h -> h.equalsIgnoreCase(c)))
                    .toList();
            if (!missing.isEmpty()) {
                throw new ProblemException(
                        400,
                        "import-rejected",
                        "Import rejected",
                        "the header line lacks columns " + missing + "; expected " + COLUMNS,
                        List.of(new FieldError("header", "missing columns " + missing, 1)));
            }
            List<Row> rows = new ArrayList<>();
            long lineBefore = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (rows.size() == MAX_ROWS) {
                    throw ProblemException.invalid("file", "at most " + MAX_ROWS + " rows per import");
                }
                rows.add(toRow(centerId, record, (int) line));
            }
            if (rows.isEmpty()) {
                throw ProblemException.invalid("file", "the CSV file has no rows after its header");
            }
            return rows;
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw ProblemException.invalid("file", "not readable as CSV: " + e.getMessage());
        }
    }

    private Row toRow(UUID centerId, CSVRecord record, int line) {
        List<FieldError> errors = new ArrayList<>();
        if (!record.isConsistent()) {
            errors.add(new FieldError(
                    "line",
                    "expected " + record.getParser().getHeaderNames().size() + " fields, found " + record.size(),
                    line));
        }
        String businessNumber = value(record, "businessNumber");
        String companyId = null;
        if (businessNumber != null) {
            // A CSV names companies the way operators know them: by business number.
            companyId = companies
                    .findByBusinessNumber(centerId, businessNumber)
                    .map(c -> c.id())
                    .orElse(null);
            if (companyId == null) {
                errors.add(new FieldError(
                        "businessNumber", "no partner company with business number " + businessNumber, line));
            }
        }
        List<String> roles = value(record, "roles") == null
                ? List.of()
                : Arrays.stream(value(record, "roles").split("[;|]"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
        UserRequest request = new UserRequest(
                value(record, "email"),
                value(record, "name"),
                roles,
                companyId,
                value(record, "department"),
                value(record, "jobTitle"),
                value(record, "password"));
        return new Row(line, request, errors);
    }

    private static String value(CSVRecord record, String column) {
        String v = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
        return v == null || v.isBlank() ? null : v.trim();
    }

    private record Row(int line, UserRequest request, List<FieldError> errors) {}
}
