package kr.axcampus.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;

@Path("/api/personal-data")
@Tag(name = "Personal data")
@RolesAllowed(Roles.ADMIN)
public class PrivacyResource {
    private final PrivacyService privacy;
    private final PersonalDataExport export;
    private final PersonalDataErasure erasure;
    private final CurrentCaller caller;

    public PrivacyResource(
            PrivacyService privacy, PersonalDataExport export, PersonalDataErasure erasure, CurrentCaller caller) {
        this.privacy = privacy;
        this.export = export;
        this.erasure = erasure;
        this.caller = caller;
    }

    @GET
    @Path("/{userId}/export")
    @Produces("application/zip")
    @Operation(
            summary = "Everything held about a person, as one ZIP: person.json and the files they uploaded",
            description = "Recorded in the access log as an EXPORT.")
    public Response export(@PathParam("userId") String userId) {
        PersonalDataExport.Prepared prepared = export.prepare(caller.get(), userId);
        StreamingOutput zip = out -> export.write(prepared, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + prepared.fileName() + "\"")
                .build();
    }

    @POST
    @Path("/{userId}/erase")
    @Operation(
            summary = "Erase a person who left: pseudonymise the account and remove what is not kept as evidence",
            description = "A reason is required; the answer says what the centre keeps.")
    public PersonalDataErasure.Erased erase(@PathParam("userId") String userId, ErasureRequest request) {
        return erasure.erase(caller.get(), userId, request == null ? null : request.reason());
    }

    @GET
    @Path("/reads")
    @Operation(
            summary =
                    "The access log: reads of people's personal data by operators, instructors and CEOs, newest first",
            description = "subjectId: reads that included this person; actorId: reads by this person; from, to: "
                    + "days in the centre's zone (YYYY-MM-DD), both included.")
    public PageResult<PersonalDataReads.Entry> reads(
            @QueryParam("subjectId") String subjectId,
            @QueryParam("actorId") String actorId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return privacy.reads(
                caller.get(), new PrivacyService.ReadQuery(subjectId, actorId, from, to), PageRequest.of(page, size));
    }
}
