package kr.axcampus.delivery;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.common.ProblemException;
import kr.axcampus.delivery.dto.Verification;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** The public page a certificate's QR code opens: valid or revoked, with the least personal data. */
@Path("/verify/{serial}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class VerifyPages {
    private final CertificateService certificates;
    private final PageSupport page;

    public VerifyPages(CertificateService certificates, PageSupport page) {
        this.certificates = certificates;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(PageContext ctx, Verification certificate, String serial);
    }

    @GET
    @Operation(hidden = true)
    public Response verify(@PathParam("serial") String serial) {
        try {
            return page.render(Templates.verify(page.context(), certificates.verify(serial), serial));
        } catch (ProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            return page.render(Templates.verify(page.context(), null, serial), 404);
        }
    }
}
