package kr.axcampus.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.attendance.dto.CorrectionView;
import kr.axcampus.attendance.dto.DecisionRequest;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;

@Path("/api/correction-requests")
@Tag(name = "Attendance")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR})
public class CorrectionResource {
    private final CorrectionService corrections;
    private final CurrentCaller caller;

    public CorrectionResource(CorrectionService corrections, CurrentCaller caller) {
        this.corrections = corrections;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Accept: applied as a correction event")
    public CorrectionView accept(
            @PathParam("id") String id,
            @RequestBody(required = false, description = "an optional reason; the request's own otherwise")
                    DecisionRequest decision) {
        return corrections.accept(caller.get(), id, decision);
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject with a reason")
    public CorrectionView reject(@PathParam("id") String id, DecisionRequest decision) {
        return corrections.reject(caller.get(), id, decision);
    }
}
