package kr.axcampus.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;
import kr.axcampus.organization.dto.CompanyRequest;
import kr.axcampus.organization.dto.CompanyView;

@Path("/api/companies")
@Tag(name = "Companies")
public class CompanyResource {
    private final CompanyService companies;
    private final CurrentCaller caller;

    public CompanyResource(CompanyService companies, CurrentCaller caller) {
        this.companies = companies;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CEO})
    public PageResult<CompanyView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return companies.list(caller.get(), PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CEO})
    public CompanyView get(@PathParam("id") String id) {
        return companies.get(caller.get(), id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(CompanyRequest request) {
        CompanyView created = companies.create(caller.get(), request);
        return Response.status(Response.Status.CREATED)
                .entity(created)
                .header("Location", "/api/companies/" + created.id())
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public CompanyView update(@PathParam("id") String id, CompanyRequest request) {
        return companies.update(caller.get(), id, request);
    }
}
