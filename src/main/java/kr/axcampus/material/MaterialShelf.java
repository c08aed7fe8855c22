package kr.axcampus.material;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateData;

import kr.axcampus.catalog.dto.CourseDetail;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.ProblemException;
import kr.axcampus.material.dto.MaterialView;

/**
 * What the pages show of materials, for {@code {inject:shelf...}} in templates: the course,
 * module and cohort pages include the shelf without their features depending on this one.
 */
@Named("shelf")
@RequestScoped
public class MaterialShelf {
    private final MaterialService materials;
    private final CurrentCaller caller;

    public MaterialShelf(MaterialService materials, CurrentCaller caller) {
        this.materials = materials;
        this.caller = caller;
    }

    /** A material as a page lists it, with whether this caller may remove it. */
    @TemplateData
    public record Item(MaterialView material, boolean deletable) {}

    /** One scope's list and whether this caller may add to it. */
    @TemplateData
    public record Shelf(String scope, String scopeId, List<Item> items, boolean canUpload) {}

    /** The course's shelf and one per module, read in one query. */
    @TemplateData
    public record CourseShelves(Shelf course, Map<String, Shelf> modules) {
        public Shelf module(String moduleCode) {
            return modules.get(moduleCode);
        }
    }

    public Shelf cohort(String cohortId) {
        return scoped(MaterialScope.COHORT, cohortId);
    }

    /** A diagnosis's files: the expert's site photos and documents, and the signed-off report once kept. */
    public Shelf diagnosis(String diagnosisId) {
        return scoped(MaterialScope.DIAGNOSIS, diagnosisId);
    }

    /** A best-practice case's evidence files (never public: they may name people the consent does not cover). */
    public Shelf bestPractice(String practiceId) {
        return scoped(MaterialScope.BEST_PRACTICE, practiceId);
    }

    /** A coaching request's files: what the requester shows of the problem, what the coach leaves behind. */
    public Shelf coaching(String requestId) {
        return scoped(MaterialScope.COACHING, requestId);
    }

    private Shelf scoped(MaterialScope scope, String scopeId) {
        Caller me = caller.get();
        List<MaterialView> found;
        try {
            found = materials.list(me, scope.name(), scopeId);
        } catch (ProblemException e) {
            found = List.of();
        }
        return shelf(me, scope, scopeId, found, materials.mayUpload(me, scope.name(), scopeId));
    }

    /** The upload of a learner's next deliverable version (the versions themselves are listed by submissions). */
    public Shelf submission(String cohortId) {
        Caller me = caller.get();
        return new Shelf(
                MaterialScope.SUBMISSION.name(),
                cohortId,
                List.of(),
                materials.mayUpload(me, MaterialScope.SUBMISSION.name(), cohortId));
    }

    public CourseShelves course(CourseDetail detail) {
        Caller me = caller.get();
        String courseCode = detail.code();
        List<String> moduleCodes =
                detail.modules().stream().map(CourseDetail.Module::code).toList();
        Map<String, List<MaterialView>> found = materials.forCourse(me, courseCode);
        // Module uploads follow the course's rule (instructors and operators): decided once.
        boolean upload = materials.mayUpload(me, MaterialScope.COURSE.name(), courseCode);
        Map<String, Shelf> modules = new LinkedHashMap<>();
        for (String module : moduleCodes) {
            String scopeId = courseCode + "/" + module;
            modules.put(
                    module, shelf(me, MaterialScope.MODULE, scopeId, found.getOrDefault(scopeId, List.of()), upload));
        }
        return new CourseShelves(
                shelf(me, MaterialScope.COURSE, courseCode, found.getOrDefault(courseCode, List.of()), upload),
                modules);
    }

    private Shelf shelf(Caller me, MaterialScope scope, String scopeId, List<MaterialView> found, boolean upload) {
        return new Shelf(
                scope.name(),
                scopeId,
                found.stream().map(m -> new Item(m, materials.mayDelete(me, m))).toList(),
                upload);
    }
}
