package kr.axcampus.delivery;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The funder's training roster: the progress room's numbers while open, the frozen results once closed, in three formats. */
@QuarkusTest
class RosterReportTest {
    @Inject
    TestData data;

    @Inject
    FinishedCohorts cohorts;

    @Test
    void theRosterIsLiveProgressWhileOpenAndTheFrozenResultsOnceClosed() throws Exception {
        FinishedCohorts.Cohort c = cohorts.finished();
        UserView trickster = data.named(
                "=HYPERLINK(\"http://evil\")",
                FinishedCohorts.PASSWORD,
                UUID.fromString(c.completer().companyId()),
                Role.LEARNER);
        data.enroll(c.cohort(), trickster);
        String teacher = data.token(c.instructor());
        String path = "/api/reports/cohorts/" + c.cohort().id() + "/roster";

        JsonPath live = get(teacher, path);
        assertFalse(live.getBoolean("frozen"));
        assertEquals("PROFESSIONAL_AX", live.getString("track"));
        JsonPath progress = get(teacher, "/api/cohorts/" + c.cohort().id() + "/progress");
        for (UserView learner : List.of(c.completer(), c.absentee(), trickster)) {
            String at = "rows.find { it.userId == '" + learner.id() + "' }.";
            String p = "find { it.userId == '" + learner.id() + "' }.";
            assertEquals(progress.getInt(p + "creditedMinutes"), live.getInt(at + "creditedMinutes"));
            assertEquals(progress.getInt(p + "scheduledMinutes"), live.getInt(at + "scheduledMinutes"));
            assertEquals(progress.getInt(p + "practicumMinutes"), live.getInt(at + "practicumMinutes"));
            assertEquals(progress.getDouble(p + "attendanceRate"), live.getDouble(at + "attendanceRate"), 1e-4);
            assertEquals(progress.getString(p + "completion.status"), live.getString(at + "result"));
        }
        String companyRow = "rows.find { it.userId == '" + c.completer().id() + "' }.";
        assertEquals(
                10,
                live.getString(companyRow + "businessNumber").replace("-", "").length());
        assertEquals("SEOUL", live.getString(companyRow + "region"));
        assertEquals("SMALL", live.getString(companyRow + "sizeClass"));

        JsonPath results = given().auth()
                .oauth2(teacher)
                .contentType(ContentType.JSON)
                .post("/api/cohorts/" + c.cohort().id() + "/close")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath closed = get(teacher, path);
        assertTrue(closed.getBoolean("frozen"));
        for (UserView learner : List.of(c.completer(), c.absentee(), trickster)) {
            String at = "rows.find { it.userId == '" + learner.id() + "' }.";
            String r = "find { it.userId == '" + learner.id() + "' }.";
            assertEquals(results.getString(r + "result"), closed.getString(at + "result"));
            assertEquals(results.getInt(r + "creditedMinutes"), closed.getInt(at + "creditedMinutes"));
            assertEquals(results.getInt(r + "practicumMinutes"), closed.getInt(at + "practicumMinutes"));
        }
        assertEquals(
                List.of("PRACTICUM_SHORT", "ATTENDANCE_LOW", "DELIVERABLE_MISSING"),
                closed.getList("rows.find { it.userId == '" + c.absentee().id() + "' }.reasons.code"));

        byte[] csv = given().auth()
                .oauth2(teacher)
                .header("Accept-Language", "ko")
                .get(path + ".csv")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertEquals((byte) 0xEF, csv[0], "UTF-8 BOM");
        List<CSVRecord> records;
        try (Reader reader =
                new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)) {
            records = CSVFormat.EXCEL.parse(reader).getRecords();
        }
        assertEquals("성명", records.get(0).get(0));
        assertEquals("사업자등록번호", records.get(0).get(2));
        assertEquals(4, records.size());
        for (CSVRecord record : records) {
            for (String cell : record) {
                assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, "a cell starts a formula: " + cell);
            }
        }
        assertTrue(records.stream().anyMatch(r -> r.get(0).equals("'=HYPERLINK(\"http://evil\")")));
        CSVRecord absent =
                records.stream().filter(r -> r.get(0).equals("오세훈")).findFirst().orElseThrow();
        assertEquals("미수료", absent.get(10));
        assertTrue(absent.get(11).contains("실습") && absent.get(11).contains("출석"), absent.get(11));
        assertEquals("수료 확정 결과", absent.get(12));

        byte[] xlsx = given().auth()
                .oauth2(teacher)
                .header("Accept-Language", "en")
                .get(path + ".xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Name", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(4, sheet.getPhysicalNumberOfRows());
            Row completer = null;
            for (Row row : sheet) {
                if (row.getCell(0).getStringCellValue().equals("한지민")) {
                    completer = row;
                }
            }
            assertEquals(closed.getInt(companyRow + "practicumMinutes"), (int)
                    completer.getCell(8).getNumericCellValue());
            assertEquals("completed", completer.getCell(10).getStringCellValue());
        }

        for (UserView outsider : List.of(c.completer(), c.ceo())) {
            given().auth().oauth2(data.token(outsider)).get(path).then().statusCode(403);
        }
        given().auth()
                .oauth2(data.token(c.otherCeo()))
                .get(path + ".csv")
                .then()
                .statusCode(404);
    }

    private static JsonPath get(String token, String path) {
        return given().auth()
                .oauth2(token)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
