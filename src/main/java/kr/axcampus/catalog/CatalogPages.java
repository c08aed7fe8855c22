package kr.axcampus.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.catalog.dto.CourseDetail;
import kr.axcampus.catalog.dto.CourseProgress;
import kr.axcampus.catalog.dto.CourseSummary;
import kr.axcampus.catalog.dto.ImportResult;
import kr.axcampus.catalog.dto.LessonView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** The catalogue a CEO browses, course pages, lessons for learners, and the operator's import page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class CatalogPages {
    private final CatalogService catalog;
    private final CatalogImporter importer;
    private final CurrentCaller caller;
    private final PageSupport page;
    private final CentreTime time;

    public CatalogPages(
            CatalogService catalog, CatalogImporter importer, CurrentCaller caller, PageSupport page, CentreTime time) {
        this.catalog = catalog;
        this.importer = importer;
        this.caller = caller;
        this.page = page;
        this.time = time;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(
                PageContext ctx,
                PageResult<CourseSummary> courses,
                List<TagCatalog.Tag> tags,
                String track,
                String tag);

        static native TemplateInstance course(
                PageContext ctx,
                CourseDetail course,
                List<TagCatalog.Tag> tags,
                List<CourseRoster.UpcomingCohort> cohorts,
                boolean canRead,
                CourseProgress progress);

        static native TemplateInstance lesson(
                PageContext ctx, CourseDetail course, LessonView lesson, CourseProgress progress);

        static native TemplateInstance imports(PageContext ctx, ImportResult last);
    }

    @GET
    @Path("/courses")
    @Operation(hidden = true)
    public Response catalog(@QueryParam("track") String track, @QueryParam("tag") String tag) {
        PageResult<CourseSummary> courses = catalog.list(track, tag, PageRequest.of(0, PageRequest.MAX_SIZE));
        return page.render(Templates.catalog(page.context(), courses, catalog.tags(), track, tag));
    }

    @GET
    @Path("/courses/{code}")
    @Operation(hidden = true)
    public Response course(@PathParam("code") String code) {
        Caller me = caller.get();
        CourseDetail course = catalog.get(code);
        boolean canRead = catalog.canReadLessons(me, code);
        CourseProgress progress = canRead ? catalog.progress(me, code) : null;
        List<CourseRoster.UpcomingCohort> cohorts = catalog.upcoming(me, code, time.today());
        return page.render(Templates.course(page.context(), course, catalog.tags(), cohorts, canRead, progress));
    }

    @GET
    @Path("/courses/{code}/lessons/{lessonCode}")
    @Operation(hidden = true)
    public Response lesson(@PathParam("code") String code, @PathParam("lessonCode") String lessonCode) {
        Caller me = caller.get();
        LessonView lesson = catalog.open(me, code, lessonCode);
        return page.render(Templates.lesson(page.context(), catalog.get(code), lesson, catalog.progress(me, code)));
    }

    @POST
    @Path("/courses/{code}/lessons/{lessonCode}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response complete(@PathParam("code") String code, @PathParam("lessonCode") String lessonCode) {
        CourseProgress progress = catalog.complete(caller.get(), code, lessonCode);
        String message = page.msg().flash_lesson_done(progress.percent());
        String next = progress.nextLesson();
        return page.redirect(next == null ? "/courses/" + code : "/courses/" + code + "/lessons/" + next, message);
    }

    /** A practice file or image of a lesson, streamed from the content folder. */
    @GET
    @Path("/courses/{code}/files/{path: .+}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response file(@PathParam("code") String code, @PathParam("path") String path) {
        var file = catalog.attachment(caller.get(), code, path);
        String name = file.getFileName().toString();
        String type = contentType(name);
        StreamingOutput body = out -> Files.copy(file, out);
        boolean inline = type.startsWith("image/") && !type.contains("svg");
        try {
            return Response.ok(body, type)
                    .header("Content-Length", Files.size(file))
                    .header(
                            "Content-Disposition",
                            (inline ? "inline" : "attachment") + "; filename*=UTF-8''" + CatalogReader.encodePath(name))
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("/admin/catalog")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response imports() {
        Optional<ImportResult> last = catalog.lastImport();
        return page.render(Templates.imports(page.context(), last.orElse(null)));
    }

    @POST
    @Path("/admin/catalog/reload")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reload() {
        CatalogImporter.Report report = importer.importContent(
                CatalogImport.Trigger.RELOAD, caller.get().id());
        String message = report.outcome() == CatalogImport.Outcome.APPLIED
                ? page.msg()
                        .flash_catalog_applied(report.added(), report.changed(), report.unchanged(), report.archived())
                : page.msg().flash_catalog_invalid(report.problems().size());
        return page.redirect("/admin/catalog", message);
    }

    private static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return "text/csv; charset=UTF-8";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (lower.endsWith(".txt") || lower.endsWith(".md")) {
            return "text/plain; charset=UTF-8";
        }
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }
}
