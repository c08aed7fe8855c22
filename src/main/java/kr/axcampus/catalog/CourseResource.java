package kr.axcampus.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.catalog.dto.CourseDetail;
import kr.axcampus.catalog.dto.CourseProgress;
import kr.axcampus.catalog.dto.CourseSummary;
import kr.axcampus.catalog.dto.LessonView;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;

@Path("/api/courses")
@Tag(name = "Catalogue")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class CourseResource {
    private final CatalogService catalog;
    private final CurrentCaller caller;

    public CourseResource(CatalogService catalog, CurrentCaller caller) {
        this.catalog = catalog;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Course summaries, optionally by track and tag (archived courses are left out)")
    public PageResult<CourseSummary> list(
            @QueryParam("track") String track,
            @QueryParam("tag") String tag,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return catalog.list(track, tag, PageRequest.of(page, size));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A course with its modules and lessons")
    public CourseDetail get(@PathParam("code") String code) {
        return catalog.get(code);
    }

    @GET
    @Path("/{code}/lessons/{lessonCode}")
    @Operation(summary = "A lesson's rendered HTML: enrolled learners, instructors, operators")
    public LessonView lesson(@PathParam("code") String code, @PathParam("lessonCode") String lessonCode) {
        return catalog.open(caller.get(), code, lessonCode);
    }

    @POST
    @Path("/{code}/lessons/{lessonCode}/complete")
    @Operation(summary = "Mark a lesson as done (idempotent); answers the caller's course progress")
    public CourseProgress complete(@PathParam("code") String code, @PathParam("lessonCode") String lessonCode) {
        return catalog.complete(caller.get(), code, lessonCode);
    }

    @GET
    @Path("/{code}/progress")
    @Operation(summary = "The caller's online progress in the course (separate from attendance)")
    public CourseProgress progress(@PathParam("code") String code) {
        return catalog.progress(caller.get(), code);
    }
}
