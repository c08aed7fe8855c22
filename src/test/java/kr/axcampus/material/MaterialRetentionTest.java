package kr.axcampus.material;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.storage.ObjectStorage;
import kr.axcampus.storage.StorageUnavailableException;
import kr.axcampus.testing.MultipartUpload;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A removed material keeps its object through the retention (30 days), then the sweep deletes it. */
@QuarkusTest
class MaterialRetentionTest {
    @Inject
    TestData data;

    @Inject
    MaterialRetention retention;

    @Inject
    ObjectStorage storage;

    private String upload(UserView instructor, CohortView cohort, String name) {
        MultipartUpload.Answer answer = MultipartUpload.bearer(data.token(instructor))
                .field("scope", "COHORT")
                .field("scopeId", cohort.id())
                .file(name, "%PDF-1.7\n%retention\n".getBytes())
                .post();
        assertEquals(201, answer.status(), answer.response().body());
        return answer.json().getString("id");
    }

    private static Material row(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Material.findById(UUID.fromString(id)));
    }

    @Test
    void removedMaterialsAreKeptThroughTheRetentionAndPurgedAfter() throws Exception {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 10, instructor);
        String removed = upload(instructor, cohort, "old.pdf");
        String kept = upload(instructor, cohort, "current.pdf");
        given().auth()
                .oauth2(data.token(instructor))
                .when()
                .delete("/api/materials/" + removed)
                .then()
                .statusCode(204);

        retention.sweep(Instant.now().plus(Duration.ofDays(29)));
        assertNull(row(removed).purgedAt, "still within the retention");
        try (InputStream in = storage.get(row(removed).objectKey)) {
            assertEquals('%', in.read(), "the object is still there during the retention");
        }

        retention.sweep(Instant.now().plus(Duration.ofDays(31)));
        assertNotNull(row(removed).purgedAt);
        assertThrows(
                StorageUnavailableException.class,
                () -> storage.get(row(removed).objectKey).read());
        assertNull(row(kept).purgedAt);
        try (InputStream in = storage.get(row(kept).objectKey)) {
            assertEquals('%', in.read(), "materials still listed are never touched");
        }
    }
}
