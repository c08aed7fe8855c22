package kr.axcampus.material;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.material.dto.MaterialView;

/** Reading and removing materials; uploads stream through {@link UploadRoute}. */
@Path("/api/materials")
@Tag(name = "Materials")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class MaterialResource {
    private final MaterialService materials;
    private final CurrentCaller caller;

    public MaterialResource(MaterialService materials, CurrentCaller caller) {
        this.materials = materials;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Materials of a scope the caller may read")
    public List<MaterialView> list(@QueryParam("scope") String scope, @QueryParam("scopeId") String scopeId) {
        return materials.list(caller.get(), scope, scopeId);
    }

    @GET
    @Path("/{id}/content")
    @Operation(summary = "303 to a short-lived download link (pre-signed on S3)")
    public Response content(@PathParam("id") String id) {
        return Response.seeOther(materials.content(caller.get(), id))
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove from listings (uploader or operator); the object stays until retention ends")
    public Response delete(@PathParam("id") String id) {
        materials.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
