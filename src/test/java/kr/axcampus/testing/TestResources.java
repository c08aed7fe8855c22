package kr.axcampus.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real PostgreSQL and S3 server once for every {@code @QuarkusTest} of the run. */
@QuarkusTestResource(TestInfrastructure.class)
public final class TestResources {
    private TestResources() {}
}
