package kr.axcampus.diagnosis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "The current questionnaire: dimensions, questions with five anchored levels, and stages")
    public Questionnaire current() {
        return questionnaires.current();
    }
}
