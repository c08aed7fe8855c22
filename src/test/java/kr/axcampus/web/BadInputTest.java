package kr.axcampus.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.MultipartUpload;
import kr.axcampus.testing.PageToken;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The inputs that made 500s before issue 12, one by one: each is now a 4xx that names the problem
 * (problem+json for the API, a page for people), or handled as a person would expect.
 */
@QuarkusTest
class BadInputTest {
    @Inject
    TestData data;

    @Test
    void aNulInAJsonTextIsA400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"a\\u0000@b.kr\",\"password\":\"x\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"))
                .body("errors[0].message", containsString("NUL"));
    }

    @Test
    void aDateNoCalendarHereHoldsIsA400NamingTheField() {
        given().auth()
                .oauth2(data.token(data.user("bad-pass-1", null, Role.ADMIN)))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "courseCode", "PX-OFFICE-GENAI",
                        "code", "BAD-" + TestData.unique(),
                        "startDate", "+99999-01-01",
                        "endDate", "2026-12-31",
                        "capacity", 5,
                        "mode", "ON_SITE"))
                .post("/api/cohorts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("startDate"));
    }

    @Test
    void anOverlongEmailOrAnUnusableContentTypeOnSignInIsRefusedPlainly() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "a".repeat(400) + "@b.kr", "password", "x"))
                .post("/api/auth/login")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));
        given().contentType("text/plain")
                .body("{\"email\":\"a@b.kr\",\"password\":\"x\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aNulInAPathAndAnUnknownPageAreNotFound() {
        UserView admin = data.user("bad-pass-1", null, Role.ADMIN);
        given().auth()
                .oauth2(data.token(admin))
                .urlEncodingEnabled(false)
                .get("/api/cohorts/%00")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().accept(ContentType.HTML)
                .get("/no-such-page")
                .then()
                .statusCode(404)
                .contentType(startsWith("text/html"));
    }

    @Test
    void controlCharactersInWhereToGoNextSendHome() {
        given().redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .get("/lang/en?next=/courses%0d%0aSet-Cookie:%20x=1")
                .then()
                .statusCode(303)
                .header("Location", not(containsString("Set-Cookie")));
        given().accept(ContentType.HTML)
                .urlEncodingEnabled(false)
                .get("/login?next=/a%20b%09c")
                .then()
                .statusCode(200);
    }

    @Test
    void anUnknownStatusInAPageFormIsAnsweredOnThePage() {
        UserView learner =
                data.user("bad-pass-1", UUID.fromString(data.company("입력 회사").id()), Role.LEARNER);
        UserView instructor = data.user("bad-pass-1", null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 5, instructor);
        data.enroll(cohort, learner);
        String session = data.session(cohort, Instant.now().minusSeconds(600), 60, SessionKind.LECTURE)
                .id();
        String jwt = data.token(learner);
        PageToken page = PageToken.of(jwt);
        given().redirects()
                .follow(false)
                .accept(ContentType.HTML)
                .cookie("axc_token", jwt)
                .cookie("axc_csrf", page.nonce())
                .multiPart("csrf-token", page.token())
                .multiPart("status", "BOGUS")
                .multiPart("reason", "x")
                .post("/sessions/" + session + "/correction")
                .then()
                .statusCode(400)
                .contentType(startsWith("text/html"));
    }

    @Test
    void aBinaryCsvImportIsRefusedWithoutNamingAClass() {
        given().auth()
                .oauth2(data.token(data.user("bad-pass-1", null, Role.ADMIN)))
                .contentType("text/csv")
                .body(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, 'e', 0, '"', 0x1b, (byte) 0x9c, '\n', '"'})
                .post("/api/users/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")))
                .body(not(containsString("org.apache")));
    }

    @Test
    void aLongFileNameIsShortenedAndBidiControlsAreDropped() {
        UserView instructor = data.user("bad-pass-1", null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 5, instructor);
        MultipartUpload.Answer longName = MultipartUpload.bearer(data.token(instructor))
                .field("scope", "COHORT")
                .field("scopeId", cohort.id())
                .file("가".repeat(400) + ".pdf", "%PDF-1.7\n%long\n".getBytes())
                .post();
        assertEquals(201, longName.status(), longName.response().body());
        String name = longName.json().getString("name");
        assertEquals(200, name.codePointCount(0, name.length()), "kept to 200 characters: " + name);
        MultipartUpload.Answer disguised = MultipartUpload.bearer(data.token(instructor))
                .field("scope", "COHORT")
                .field("scopeId", cohort.id())
                .file("report\u202Efdp.exe", "%PDF-1.7\n%bidi\n".getBytes())
                .post();
        assertEquals(201, disguised.status(), disguised.response().body());
        assertEquals("reportfdp.exe", disguised.json().getString("name"));
    }
}
