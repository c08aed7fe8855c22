package kr.axcampus.diagnosis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.Roles;

@Path("/api/diagnosis/questionnaire")
@Tag(name = "Diagnosis")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class QuestionnaireResource {
    private final Questionnaires questionnaires;

    public QuestionnaireResource(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GET
    @Operation(
            summary = "The current questionnaire (or an earlier version a diagnosis was taken on): dimensions, "
                    + "questions with five anchored levels, and stages")
    public Questionnaire get(
            @Parameter(description = "an imported version; the current one when absent") @QueryParam("version")
                    Integer version) {
        return version == null ? questionnaires.current() : questionnaires.imported(version);
    }
}
