package kr.axcampus.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Role;
import kr.axcampus.common.Roles;
import kr.axcampus.identity.dto.ImportResult;
import kr.axcampus.identity.dto.StatusChange;
import kr.axcampus.identity.dto.UserForm;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.web.FormErrors;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** The operator's pages for people: list, register, edit, import from CSV. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class UserPages {
    private final UserService users;
    private final UserImport importer;
    private final CompanyService companies;
    private final CurrentCaller caller;
    private final PageSupport page;

    public UserPages(
            UserService users, UserImport importer, CompanyService companies, CurrentCaller caller, PageSupport page) {
        this.users = users;
        this.importer = importer;
        this.companies = companies;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                PageContext ctx,
                PageResult<UserView> users,
                List<CompanyView> companies,
                UserForm form,
                FormErrors errors,
                Role[] roles,
                List<FieldError> importErrors,
                String importSummary,
                ImportResult imported);

        static native TemplateInstance edit(
                PageContext ctx,
                String id,
                UserForm form,
                FormErrors errors,
                List<CompanyView> companies,
                Role[] roles,
                boolean active,
                List<StatusChange> history,
                FormErrors statusErrors);
    }

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("page") Integer pageNumber) {
        return listPage(pageNumber, new UserForm(), FormErrors.NONE, null, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam UserForm form) {
        try {
            UserView created = users.create(caller.get(), form.toRequest());
            return page.redirect("/admin/users", page.msg().flash_user_created(created.name()));
        } catch (ProblemException e) {
            form.password = "";
            return listPage(0, form, FormErrors.of(e), null, null, e.status());
        }
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response edit(@PathParam("id") String id) {
        UserView user = users.get(caller.get(), id);
        return page.render(editPage(user, UserForm.of(user), FormErrors.NONE, FormErrors.NONE));
    }

    /** Deactivate or reactivate, with the reason the account's history keeps. */
    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response status(
            @PathParam("id") String id, @FormParam("action") String action, @FormParam("reason") String reason) {
        try {
            UserView user = "deactivate".equals(action)
                    ? users.deactivate(caller.get(), id, reason)
                    : users.reactivate(caller.get(), id, reason);
            return page.redirect(
                    "/admin/users/" + user.id(),
                    user.active()
                            ? page.msg().flash_user_reactivated(user.name())
                            : page.msg().flash_user_deactivated(user.name()));
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            UserView user = users.get(caller.get(), id);
            return page.render(editPage(user, UserForm.of(user), FormErrors.NONE, FormErrors.of(e)), e.status());
        }
    }

    private TemplateInstance editPage(UserView user, UserForm form, FormErrors errors, FormErrors statusErrors) {
        return Templates.edit(
                page.context(),
                user.id(),
                form,
                errors,
                companies.allInCenter(caller.get().centerId()),
                Role.values(),
                user.active(),
                users.history(caller.get(), user.id()),
                statusErrors);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") String id, @BeanParam UserForm form) {
        try {
            UserView updated = users.update(caller.get(), id, form.toRequest());
            return page.redirect("/admin/users", page.msg().flash_user_updated(updated.name()));
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return page.render(
                    editPage(users.get(caller.get(), id), form, FormErrors.of(e), FormErrors.NONE), e.status());
        }
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response importCsv(@RestForm("file") FileUpload file) throws IOException {
        String csv = file == null ? "" : Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        try {
            ImportResult result = importer.importCsv(caller.get(), csv);
            return listPage(0, new UserForm(), FormErrors.NONE, null, result, 200);
        } catch (ProblemException e) {
            return listPage(0, new UserForm(), FormErrors.NONE, e, null, e.status());
        }
    }

    private Response listPage(
            Integer pageNumber,
            UserForm form,
            FormErrors errors,
            ProblemException importProblem,
            ImportResult imported,
            int status) {
        PageResult<UserView> list = users.list(caller.get(), PageRequest.of(pageNumber, 50), null);
        return page.render(
                Templates.list(
                        page.context(),
                        list,
                        companies.allInCenter(caller.get().centerId()),
                        form,
                        errors,
                        Role.values(),
                        importProblem == null ? List.of() : importProblem.errors(),
                        importProblem == null ? null : importProblem.getMessage(),
                        imported),
                status);
    }
}
