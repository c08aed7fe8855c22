package kr.axcampus.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.MultipartUpload;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 18-hour and 80 % rules, practice logs, at-risk and who may read progress — through the API. */
@QuarkusTest
class ProgressTest {
    private static final String COURSE = "PX-OFFICE-GENAI";

    @Inject
    TestData data;

    private UserView instructor;
    private UserView learner;
    private CompanyView company;
    private CohortView cohort;

    private void setUp() {
        instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        company = data.company("진도 규칙 회사");
        learner = data.user("learner-pass-1", UUID.fromString(company.id()), Role.LEARNER);
        cohort = data.cohort(COURSE, 30, instructor);
        data.enroll(cohort, learner);
    }

    /** Sessions of {@code minutes} on consecutive days, ending {@code daysAgo} days before now (negative: ahead). */
    private List<SessionView> sessions(int count, int minutes, SessionKind kind, int firstDaysAgo) {
        List<SessionView> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = Instant.now()
                    .minus(Duration.ofDays(firstDaysAgo - i))
                    .minus(Duration.ofMinutes(minutes))
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            made.add(data.session(cohort, start, minutes, kind));
        }
        return made;
    }

    private ValidatableResponse rollCall(SessionView session, Map<String, Object> body) {
        return given().auth()
                .oauth2(data.token(instructor))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/sessions/" + session.id() + "/attendance/" + learner.id())
                .then();
    }

    private ValidatableResponse progress(UserView who) {
        return given().auth()
                .oauth2(data.token(who))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/progress/" + learner.id())
                .then();
    }

    @Test
    void eighteenCreditedHoursAndAnAcceptedDeliverableComplete() {
        setUp();
        sessions(6, 180, SessionKind.PRACTICUM, 10)
                .forEach(s -> rollCall(s, Map.of("status", "PRESENT"))
                        .statusCode(200)
                        .body("creditedMinutes", equalTo(180))
                        .body("method", equalTo("ROLL_CALL")));
        progress(learner)
                .statusCode(200)
                .body("practicumMinutes", equalTo(1080))
                .body("requiredPracticumMinutes", equalTo(1080))
                .body("attendanceRate", equalTo(1.0f))
                .body("creditedMinutes", equalTo(1080))
                .body("scheduledMinutes", equalTo(1080))
                .body("heldMinutes", equalTo(1080))
                .body("completion.status", equalTo("NOT_COMPLETED"))
                .body("completion.reasons.code", equalTo(List.of("DELIVERABLE_MISSING")))
                .body("atRisk", equalTo(false));

        String first = submitDeliverable();
        review(first, Map.of("decision", "CHANGES_REQUESTED", "comment", "결과 수치를 보완해 주세요"))
                .statusCode(200)
                .body("status", equalTo("CHANGES_REQUESTED"));
        progress(learner).body("completion.reasons.code", equalTo(List.of("DELIVERABLE_MISSING")));
        String second = submitDeliverable();
        review(second, Map.of("decision", "ACCEPTED"))
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("version", equalTo(2));
        progress(learner)
                .statusCode(200)
                .body("completion.status", equalTo("COMPLETED"))
                .body("completion.reasons", hasSize(0));
    }

    private String submitDeliverable() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << >> endobj\n".getBytes();
        MultipartUpload.Answer answer = MultipartUpload.bearer(data.token(learner))
                .field("scope", "SUBMISSION")
                .field("scopeId", cohort.id())
                .file("현장 문제 해결 보고서.pdf", pdf)
                .post();
        assertEquals(201, answer.status(), answer.response().body());
        return given().auth()
                .oauth2(data.token(instructor))
                .when()
                .get("/api/submissions/queue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.file.id == '" + answer.json().getString("id") + "' }.id");
    }

    private ValidatableResponse review(String submissionId, Map<String, Object> decision) {
        return given().auth()
                .oauth2(data.token(instructor))
                .contentType(ContentType.JSON)
                .body(decision)
                .when()
                .post("/api/submissions/" + submissionId + "/review")
                .then();
    }

    @Test
    void oneMinuteShortIsNotCompletedOnceTheCohortHasEnded() {
        setUp();
        List<SessionView> all = sessions(6, 180, SessionKind.PRACTICUM, 10);
        all.subList(1, 6).forEach(s -> rollCall(s, Map.of("status", "PRESENT")).statusCode(200));
        SessionView first = all.get(0);
        rollCall(
                        first,
                        Map.of(
                                "status",
                                "LEFT_EARLY",
                                "checkInAt",
                                first.startsAt().toString(),
                                "checkOutAt",
                                first.endsAt().minusSeconds(60).toString()))
                .statusCode(200)
                .body("creditedMinutes", equalTo(179));
        progress(instructor)
                .statusCode(200)
                .body("practicumMinutes", equalTo(1079))
                .body("completion.status", equalTo("NOT_COMPLETED"))
                .body("completion.reasons.code", equalTo(List.of("PRACTICUM_SHORT", "DELIVERABLE_MISSING")))
                .body("completion.reasons[0].message", equalTo("practicum 17 h 59 min of 18 h"));
    }

    @Test
    void eighteenHoursWithLowAttendanceIsNotEnough() {
        setUp();
        sessions(6, 180, SessionKind.PRACTICUM, 10).forEach(s -> rollCall(s, Map.of("status", "PRESENT")));
        sessions(2, 160, SessionKind.LECTURE, 20)
                .forEach(s -> rollCall(s, Map.of("status", "ABSENT")).body("creditedMinutes", equalTo(0)));
        progress(learner)
                .body("practicumMinutes", equalTo(1080))
                .body("scheduledMinutes", equalTo(1400))
                .body("attendanceRate", equalTo(0.7714f))
                .body("completion.status", equalTo("NOT_COMPLETED"))
                .body("completion.reasons.code", equalTo(List.of("ATTENDANCE_LOW", "DELIVERABLE_MISSING")))
                .body("completion.reasons[0].message", equalTo("attendance 77.1 % of 80 %"));
    }

    @Test
    void practiceLogsCountWhenApprovedAndOnlyUpToTheCap() {
        setUp();
        sessions(1, 60, SessionKind.PRACTICUM, -5);
        List<String> logs = new ArrayList<>();
        for (int minutes : new int[] {200, 200, 90}) {
            logs.add(given().auth()
                    .oauth2(data.token(learner))
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "minutes",
                            minutes,
                            "performedOn",
                            java.time.LocalDate.now().minusDays(1).toString(),
                            "description",
                            "사내 보고서 자동화 연습"))
                    .when()
                    .post("/api/cohorts/" + cohort.id() + "/practice-logs")
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("PENDING"))
                    .extract()
                    .path("id"));
        }
        progress(learner).body("practicumMinutes", equalTo(0)).body("practicum.pendingLogs", equalTo(3));
        approve(logs.get(0)).statusCode(200).body("status", equalTo("APPROVED"));
        approve(logs.get(1)).statusCode(200);
        given().auth()
                .oauth2(data.token(instructor))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", ""))
                .when()
                .post("/api/practice-logs/" + logs.get(2) + "/reject")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(data.token(instructor))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "증빙 없음"))
                .when()
                .post("/api/practice-logs/" + logs.get(2) + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        approve(logs.get(2)).statusCode(409);
        progress(learner)
                .body("practicumMinutes", equalTo(360))
                .body("practicum.approvedLogMinutes", equalTo(400))
                .body("practicum.countedLogMinutes", equalTo(360));
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "스스로"))
                .when()
                .post("/api/practice-logs/" + logs.get(0) + "/approve")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("minutes", 0, "performedOn", "2999-01-01"))
                .when()
                .post("/api/cohorts/" + cohort.id() + "/practice-logs")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("minutes"))
                .body("errors.field", hasItem("performedOn"))
                .body("errors.field", hasItem("description"));
    }

    private ValidatableResponse approve(String logId) {
        return given().auth()
                .oauth2(data.token(instructor))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/practice-logs/" + logId + "/approve")
                .then();
    }

    @Test
    void atRiskFlipsExactlyWhenEighteenHoursBecomeUnreachable() {
        setUp();
        List<SessionView> past = sessions(2, 180, SessionKind.PRACTICUM, 3);
        sessions(5, 180, SessionKind.PRACTICUM, -2);
        rollCall(past.get(0), Map.of("status", "ABSENT")).statusCode(200);
        rollCall(past.get(1), Map.of("status", "PRESENT")).statusCode(200);
        progress(learner)
                .body("atRisk", equalTo(false))
                .body("missableMinutes", equalTo(0))
                .body("completion.status", equalTo("IN_PROGRESS"))
                .body("attendanceRateSoFar", equalTo(0.5f));

        SessionView second = past.get(1);
        rollCall(
                        second,
                        Map.of(
                                "status",
                                "LEFT_EARLY",
                                "checkInAt",
                                second.startsAt().toString(),
                                "checkOutAt",
                                second.endsAt().minusSeconds(60).toString(),
                                "reason",
                                "16:59 조퇴"))
                .statusCode(200)
                .body("creditedMinutes", equalTo(179));
        progress(learner)
                .body("atRisk", equalTo(true))
                .body("missableMinutes", equalTo(0))
                .body("completion.status", equalTo("IN_PROGRESS"))
                .body("completion.reasons.code", hasItem("PRACTICUM_SHORT"));

        given().auth()
                .oauth2(data.token(instructor))
                .contentType(ContentType.JSON)
                .body(Map.of("userId", learner.id(), "minutes", 1, "reason", "보충 실습 인정"))
                .when()
                .post("/api/cohorts/" + cohort.id() + "/practicum-adjustments")
                .then()
                .statusCode(201)
                .body("atRisk", equalTo(false))
                .body("practicum.adjustmentMinutes", equalTo(1));
    }

    @Test
    void aCorrectionNeedsAReasonAndTheHistoryKeepsEveryEvent() {
        setUp();
        SessionView session = sessions(1, 120, SessionKind.PRACTICUM, 1).get(0);
        rollCall(session, Map.of("status", "ABSENT")).statusCode(200).body("creditedMinutes", equalTo(0));
        rollCall(session, Map.of("status", "PRESENT"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        rollCall(session, Map.of("status", "PRESENT", "reason", "출석부 누락 정정"))
                .statusCode(200)
                .body("creditedMinutes", equalTo(120))
                .body("status", equalTo("PRESENT"));
        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get("/api/sessions/" + session.id() + "/attendance/" + learner.id() + "/history")
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].change.kind", equalTo("ROLL_CALL"))
                .body("[0].change.after.status", equalTo("ABSENT"))
                .body("[1].change.kind", equalTo("CORRECTION"))
                .body("[1].change.before.status", equalTo("ABSENT"))
                .body("[1].change.after.status", equalTo("PRESENT"))
                .body("[1].reason", equalTo("출석부 누락 정정"))
                .body("[1].actor.id", equalTo(instructor.id()));
    }

    /** A photo the learner uploads as evidence in the cohort (a PDF scan will do). */
    private String evidencePhoto() {
        MultipartUpload.Answer answer = MultipartUpload.bearer(data.token(learner))
                .field("scope", "EVIDENCE")
                .field("scopeId", cohort.id())
                .file("출석부 사진.pdf", "%PDF-1.7\n%sign-in sheet\n".getBytes())
                .post();
        assertEquals(201, answer.status(), answer.response().body());
        return answer.json().getString("id");
    }

    @Test
    void aLearnersCorrectionRequestIsAcceptedAsACorrectionEvent() {
        setUp();
        SessionView session = sessions(1, 120, SessionKind.PRACTICUM, 0).get(0);
        rollCall(session, Map.of("status", "ABSENT")).statusCode(200);
        String path = "/api/sessions/" + session.id() + "/attendance/" + learner.id() + "/correction-requests";
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("requestedStatus", "PRESENT"))
                .when()
                .post(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        String request = given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "requestedStatus",
                        "PRESENT",
                        "reason",
                        "QR 인식 오류로 입실 처리 안 됨",
                        "evidenceMaterialId",
                        evidencePhoto()))
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract()
                .path("id");
        UserView other = data.user("learner-pass-1", UUID.fromString(company.id()), Role.LEARNER);
        data.enroll(cohort, other);
        given().auth()
                .oauth2(data.token(other))
                .contentType(ContentType.JSON)
                .body(Map.of("requestedStatus", "PRESENT", "reason", "남의 기록"))
                .when()
                .post(path)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/correction-requests/" + request + "/accept")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(data.token(instructor))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/correction-requests/" + request + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given().auth()
                .oauth2(data.token(instructor))
                .when()
                .get("/api/sessions/" + session.id() + "/attendance/" + learner.id() + "/history")
                .then()
                .body("[1].change.kind", equalTo("REQUEST_ACCEPTED"))
                .body("[1].change.after.creditedMinutes", equalTo(120));
    }

    @Test
    void progressIsReadOnlyByThoseInScope() {
        setUp();
        sessions(1, 60, SessionKind.PRACTICUM, 2);
        UserView colleague = data.user("learner-pass-1", UUID.fromString(company.id()), Role.LEARNER);
        data.enroll(cohort, colleague);
        UserView ceo = data.user("ceo-pass-1", UUID.fromString(company.id()), Role.CEO);
        UserView otherCeo =
                data.user("ceo-pass-1", UUID.fromString(data.company("남의 회사").id()), Role.CEO);
        UserView otherInstructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        data.cohort(COURSE, 5, otherInstructor);

        for (UserView allowed : List.of(learner, instructor, ceo)) {
            progress(allowed).statusCode(200).body("userId", equalTo(learner.id()));
        }
        for (UserView refused : List.of(colleague, otherCeo, otherInstructor)) {
            progress(refused).statusCode(404).contentType("application/problem+json");
        }
        given().auth()
                .oauth2(data.token(instructor))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/progress")
                .then()
                .statusCode(200)
                .body("userId", hasItem(learner.id()))
                .body("userId", hasItem(colleague.id()));
        given().auth()
                .oauth2(data.token(ceo))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/progress")
                .then()
                .statusCode(200)
                .body("$", hasSize(2));
        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/progress")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(data.token(otherCeo))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/progress")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(data.token(otherInstructor))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/progress")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(data.token(ceo))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/progress")
                .then()
                .body("userId", not(hasItem(otherInstructor.id())));
    }

    @Test
    void theAttendanceSheetOpensInCsvAndXlsxReadersWithTheApisTotals() throws Exception {
        setUp();
        List<SessionView> all = sessions(3, 180, SessionKind.PRACTICUM, 5);
        rollCall(all.get(0), Map.of("status", "PRESENT"));
        rollCall(
                all.get(1),
                Map.of(
                        "status",
                        "LATE",
                        "checkInAt",
                        all.get(1).startsAt().plusSeconds(1200).toString(),
                        "checkOutAt",
                        all.get(1).endsAt().toString()));
        int practicum = progress(instructor).extract().path("practicumMinutes");
        assertEquals(340, practicum);

        byte[] csv = given().auth()
                .oauth2(data.token(instructor))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/attendance-sheet.csv")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/csv"))
                .extract()
                .asByteArray();
        assertEquals((byte) 0xEF, csv[0], "UTF-8 BOM for Excel");
        var records = org.apache.commons.csv.CSVParser.parse(
                        new java.io.StringReader(new String(csv, java.nio.charset.StandardCharsets.UTF_8).substring(1)),
                        org.apache.commons.csv.CSVFormat.EXCEL
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())
                .getRecords();
        assertEquals(1, records.size());
        assertEquals("340", records.get(0).get("실습 시간(분)"));
        assertEquals("지각 2시간 40분", records.get(0).get(4));
        assertEquals(company.name(), records.get(0).get("소속 기업"), "each learner's company");
        String english = given().auth()
                .oauth2(data.token(instructor))
                .header("Accept-Language", "en")
                .get("/api/cohorts/" + cohort.id() + "/attendance-sheet.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(english.contains("Practicum (min)") && english.contains("late 2 h 40 min"), english);

        byte[] xlsx = given().auth()
                .oauth2(data.token(instructor))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/attendance-sheet.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            int column = -1;
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().startsWith("실습 시간")) {
                    column = cell.getColumnIndex();
                }
            }
            assertEquals(340.0, sheet.getRow(1).getCell(column).getNumericCellValue());
            assertEquals("출석 3시간", sheet.getRow(1).getCell(3).getStringCellValue());
            assertTrue(
                    sheet.getColumnWidth(1) > company.name().length() * 256,
                    "the company column is wide enough for its name: " + sheet.getColumnWidth(1));
            assertTrue(sheet.getSheetName().startsWith("출석부 "), sheet.getSheetName());
        }
        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/attendance-sheet.csv")
                .then()
                .statusCode(403);
    }
}
