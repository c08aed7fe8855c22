package kr.axcampus.identity;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;
import kr.axcampus.identity.dto.ImportResult;
import kr.axcampus.identity.dto.StatusChange;
import kr.axcampus.identity.dto.StatusRequest;
import kr.axcampus.identity.dto.UserRequest;
import kr.axcampus.identity.dto.UserView;

@Path("/api/users")
@Tag(name = "Users")
@RolesAllowed(Roles.ADMIN)
public class UserResource {
    private final UserService users;
    private final UserImport importer;
    private final CurrentCaller caller;

    public UserResource(UserService users, UserImport importer, CurrentCaller caller) {
        this.users = users;
        this.importer = importer;
        this.caller = caller;
    }

    @GET
    public PageResult<UserView> list(
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("companyId") String companyId) {
        return users.list(caller.get(), PageRequest.of(page, size), companyId);
    }

    @GET
    @Path("/{id}")
    public UserView get(@PathParam("id") String id) {
        return users.get(caller.get(), id);
    }

    @POST
    public Response create(UserRequest request) {
        UserView created = users.create(caller.get(), request);
        return Response.status(Response.Status.CREATED)
                .entity(created)
                .header("Location", "/api/users/" + created.id())
                .build();
    }

    @PUT
    @Path("/{id}")
    public UserView update(@PathParam("id") String id, UserRequest request) {
        return users.update(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(summary = "Deactivate a person with a reason: they cannot sign in, and their tokens are refused")
    public UserView deactivate(@PathParam("id") String id, StatusRequest request) {
        return users.deactivate(caller.get(), id, request == null ? null : request.reason());
    }

    @POST
    @Path("/{id}/reactivate")
    @Operation(summary = "Reactivate a person with a reason; they sign in again (old tokens stay refused)")
    public UserView reactivate(@PathParam("id") String id, StatusRequest request) {
        return users.reactivate(caller.get(), id, request == null ? null : request.reason());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who deactivated or reactivated the person, when and why")
    public List<StatusChange> history(@PathParam("id") String id) {
        return users.history(caller.get(), id);
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", "text/plain"})
    public Response importCsv(String csv) {
        ImportResult result = importer.importCsv(caller.get(), csv);
        return Response.status(Response.Status.CREATED).entity(result).build();
    }
}
