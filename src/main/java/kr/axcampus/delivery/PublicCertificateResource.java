package kr.axcampus.delivery;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.delivery.dto.Verification;

/** The first API that needs no sign-in, on purpose and explicitly: a certificate's public check. */
@Path("/api/public/certificates")
@Tag(name = "Reports and certificates")
public class PublicCertificateResource {
    private final CertificateService certificates;

    public PublicCertificateResource(CertificateService certificates) {
        this.certificates = certificates;
    }

    /** No sign-in: a certificate's holder shows it to anyone, who checks it here. */
    @GET
    @Path("/{serial}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Anyone's check of a certificate: {status: VALID|REVOKED, course, learnerName (masked), completedOn, centre}")
    public Verification verify(@PathParam("serial") String serial) {
        return certificates.verify(serial);
    }
}
