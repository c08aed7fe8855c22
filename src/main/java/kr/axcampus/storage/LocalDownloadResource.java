package kr.axcampus.storage;

import java.io.InputStream;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;

import kr.axcampus.common.ProblemException;

/**
 * Serves the local store's signed download links. The signature is the permission, as a
 * pre-signed S3 URL's is: anyone holding a valid, unexpired link gets that one object.
 */
@Path("/files")
@PermitAll
public class LocalDownloadResource {
    private final ObjectStorage storage;
    private final SignedLinks links;

    public LocalDownloadResource(ObjectStorage storage, SignedLinks links) {
        this.storage = storage;
        this.links = links;
    }

    @GET
    @Path("/{token}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response download(@PathParam("token") String token) {
        SignedLinks.Target target = links.verify(token, Instant.now())
                .orElseThrow(() -> new ProblemException(
                        403,
                        "link-expired",
                        "Link expired or invalid",
                        "this download link is invalid or has expired; open the file again from the page",
                        null));
        InputStream content = storage.get(target.objectKey());
        StreamingOutput body = out -> {
            try (InputStream in = content) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, target.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(target.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
