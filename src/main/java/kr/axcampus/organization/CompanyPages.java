package kr.axcampus.organization;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.organization.dto.CompanyForm;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.web.FormErrors;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** The operator's pages for partner companies: list, register, edit. */
@Path("/admin/companies")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class CompanyPages {
    private final CompanyService companies;
    private final RegionCatalog regions;
    private final IndustryCatalog industries;
    private final CurrentCaller caller;
    private final PageSupport page;

    public CompanyPages(
            CompanyService companies,
            RegionCatalog regions,
            IndustryCatalog industries,
            CurrentCaller caller,
            PageSupport page) {
        this.companies = companies;
        this.regions = regions;
        this.industries = industries;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                PageContext ctx,
                PageResult<CompanyView> companies,
                CompanyForm form,
                FormErrors errors,
                List<Region> regions,
                List<Industry> industries,
                SizeClass[] sizeClasses);

        static native TemplateInstance edit(
                PageContext ctx,
                String id,
                CompanyForm form,
                FormErrors errors,
                List<Region> regions,
                List<Industry> industries,
                SizeClass[] sizeClasses);
    }

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("page") Integer pageNumber) {
        return listPage(pageNumber, new CompanyForm(), FormErrors.NONE, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam CompanyForm form) {
        try {
            CompanyView created = companies.create(caller.get(), form.toRequest());
            return page.redirect("/admin/companies", page.msg().flash_company_created(created.name()));
        } catch (ProblemException e) {
            return listPage(0, form, FormErrors.of(e), e.status());
        }
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response edit(@PathParam("id") String id) {
        CompanyView company = companies.get(caller.get(), id);
        return page.render(Templates.edit(
                page.context(),
                company.id(),
                CompanyForm.of(company),
                FormErrors.NONE,
                regions.all(),
                industries.all(),
                SizeClass.values()));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") String id, @BeanParam CompanyForm form) {
        try {
            CompanyView updated = companies.update(caller.get(), id, form.toRequest());
            return page.redirect("/admin/companies", page.msg().flash_company_updated(updated.name()));
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return page.render(
                    Templates.edit(
                            page.context(),
                            id,
                            form,
                            FormErrors.of(e),
                            regions.all(),
                            industries.all(),
                            SizeClass.values()),
                    e.status());
        }
    }

    private Response listPage(Integer pageNumber, CompanyForm form, FormErrors errors, int status) {
        PageResult<CompanyView> list = companies.list(caller.get(), PageRequest.of(pageNumber, 50));
        return page.render(
                Templates.list(page.context(), list, form, errors, regions.all(), industries.all(), SizeClass.values()),
                status);
    }
}
