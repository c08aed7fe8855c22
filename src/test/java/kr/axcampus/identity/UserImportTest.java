package kr.axcampus.identity;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kr.axcampus.common.Role;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.Concurrently;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class UserImportTest {
    private static final String HEADER = "email,name,roles,businessNumber,department,jobTitle,password\n";

    @Inject
    TestData data;

    private String admin() {
        return data.tokenFor(Role.ADMIN, null);
    }

    @Test
    void aFileWithTwoBadRowsCreatesNobodyAndNamesBothLines() {
        CompanyView company = data.company("가져오기");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER
                + "ok1-" + tag + "@test.axcampus.kr,한지민,LEARNER," + company.businessNumber() + ",생산팀,대리,pass-word-1\n"
                + "not-an-email,오세훈,LEARNER," + company.businessNumber() + ",품질팀,과장,pass-word-2\n"
                + "ok2-" + tag + "@test.axcampus.kr,윤서연,LEARNER;CEO," + company.businessNumber()
                + ",기획팀,대표,pass-word-3\n"
                + "bad-" + tag + "@test.axcampus.kr,장민호,LEARNER,999-99-99999,지원팀,사원,pass-word-4\n";

        given().auth()
                .oauth2(admin())
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .when()
                .post("/api/users/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/import-rejected"))
                .body("errors.line", hasItems(3, 5))
                .body("errors.line", not(hasItem(2)))
                .body("errors.line", not(hasItem(4)))
                .body("errors.find { it.line == 3 }.field", equalTo("email"))
                .body("errors.find { it.line == 5 }.field", equalTo("businessNumber"));

        given().auth()
                .oauth2(admin())
                .queryParam("companyId", company.id())
                .when()
                .get("/api/users")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void parallelImportsOfOneFileCreateItOnceAndNeverFail() throws Exception {
        CompanyView company = data.company("동시 가져오기");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER
                + "p1-" + tag + "@test.axcampus.kr,한지민,LEARNER," + company.businessNumber() + ",생산팀,대리,pass-word-1\n"
                + "p2-" + tag + "@test.axcampus.kr,오세훈,LEARNER," + company.businessNumber() + ",품질팀,과장,pass-word-2\n";
        String token = admin();
        var responses = Concurrently.send(
                8,
                () -> given().auth()
                        .oauth2(token)
                        .contentType("text/csv; charset=UTF-8")
                        .body(csv)
                        .when()
                        .post("/api/users/import")
                        .then()
                        .extract());

        List<Integer> statuses = Concurrently.statuses(responses);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one import wins: " + statuses);
        for (var response : responses) {
            if (response.statusCode() == 201) {
                continue;
            }
            // Racing the winner's commit: 409; arriving after it: the usual rejection naming the lines.
            assertTrue(response.statusCode() == 409 || response.statusCode() == 400, "status " + statuses);
            assertEquals("application/problem+json", response.contentType());
            assertEquals("email", response.path("errors[0].field"));
        }
        given().auth()
                .oauth2(token)
                .queryParam("companyId", company.id())
                .when()
                .get("/api/users")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void aCleanFileCreatesEveryRow() {
        CompanyView company = data.company("가져오기 성공");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "\uFEFF" + HEADER
                + "a-" + tag + "@test.axcampus.kr,한지민,LEARNER," + company.businessNumber() + ",생산팀,대리,pass-word-1\n"
                + "b-" + tag + "@test.axcampus.kr,\"오, 세훈\",LEARNER|CEO,"
                + company.businessNumber().replace("-", "")
                + ",품질팀,과장,pass-word-2\n"
                + "c-" + tag + "@test.axcampus.kr,이강사,INSTRUCTOR,,교육팀,강사,pass-word-3\n";

        given().auth()
                .oauth2(admin())
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .when()
                .post("/api/users/import")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .body("created", equalTo(3))
                .body("items.line", hasItems(2, 3, 4))
                .body("items.find { it.line == 3 }.user.name", equalTo("오, 세훈"));

        given().auth()
                .oauth2(admin())
                .queryParam("companyId", company.id())
                .when()
                .get("/api/users")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void duplicatesWithinTheFileAndAMissingColumnAreNamed() {
        CompanyView company = data.company("가져오기 중복");
        String email = "dup-" + UUID.randomUUID() + "@test.axcampus.kr";
        String csv = HEADER
                + email + ",하나,LEARNER," + company.businessNumber() + ",,,pass-word-1\n"
                + email + ",둘,LEARNER," + company.businessNumber() + ",,,pass-word-2\n";
        given().auth()
                .oauth2(admin())
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .when()
                .post("/api/users/import")
                .then()
                .statusCode(400)
                .body("errors[0].line", equalTo(3))
                .body("errors[0].field", equalTo("email"));

        given().auth()
                .oauth2(admin())
                .contentType("text/csv; charset=UTF-8")
                .body("email,name\nx@y.kr,x\n")
                .when()
                .post("/api/users/import")
                .then()
                .statusCode(400)
                .body("errors[0].line", equalTo(1))
                .body("errors[0].field", equalTo("header"));
    }

    @Test
    void onlyOperatorsMayImport() {
        CompanyView company = data.company("가져오기 권한");
        for (Role role : new Role[] {Role.LEARNER, Role.INSTRUCTOR, Role.CEO}) {
            given().auth()
                    .oauth2(data.tokenFor(role, UUID.fromString(company.id())))
                    .contentType("text/csv; charset=UTF-8")
                    .body(HEADER)
                    .when()
                    .post("/api/users/import")
                    .then()
                    .statusCode(403);
        }
    }
}
