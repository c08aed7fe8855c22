package kr.axcampus.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.delivery.dto.ReasonRequest;
import kr.axcampus.delivery.dto.Verification;
import kr.axcampus.web.PageSupport;

/** Certificates: the PDF for those entitled and revocation by operators (anyone checks one: {@link PublicCertificateResource}). */
@Path("/api/certificates")
@Tag(name = "Reports and certificates")
public class CertificateResource {
    private final CertificateService certificates;
    private final PageSupport page;
    private final CurrentCaller caller;

    public CertificateResource(CertificateService certificates, PageSupport page, CurrentCaller caller) {
        this.certificates = certificates;
        this.page = page;
        this.caller = caller;
    }

    @GET
    @Path("/{serial}.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
    @Operation(summary = "The certificate as PDF: its learner, the learner's CEO, operators; 409 once revoked")
    public Response pdf(@PathParam("serial") String serial, @Context UriInfo uri) {
        byte[] bytes = certificates.pdf(caller.get(), serial, verifyUrl(uri, serial), page.locale());
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"certificate-" + serial.strip() + ".pdf\"")
                .build();
    }

    @POST
    @Path("/{serial}/revoke")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revoke a certificate (operators, with a reason); its verification then says REVOKED")
    public Verification revoke(@PathParam("serial") String serial, @Valid ReasonRequest request) {
        return certificates.revoke(caller.get(), serial, request);
    }

    static String verifyUrl(UriInfo uri, String serial) {
        return uri.getBaseUriBuilder()
                .path("verify")
                .path(serial.strip())
                .build()
                .toString();
    }
}
