package kr.axcampus.attendance;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

import kr.axcampus.attendance.dto.CheckInCodeView;
import kr.axcampus.attendance.dto.CodeRequest;
import kr.axcampus.attendance.dto.CorrectionRequestBody;
import kr.axcampus.attendance.dto.HistoryEntry;
import kr.axcampus.attendance.dto.RecordView;
import kr.axcampus.attendance.dto.RollCallRequest;
import kr.axcampus.common.ClientAddress;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;

@Path("/api/sessions")
@Tag(name = "Attendance")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class AttendanceResource {
    private final AttendanceService attendance;
    private final CheckInService checkIns;
    private final CorrectionService corrections;
    private final CurrentCaller caller;

    public AttendanceResource(
            AttendanceService attendance,
            CheckInService checkIns,
            CorrectionService corrections,
            CurrentCaller caller) {
        this.attendance = attendance;
        this.checkIns = checkIns;
        this.corrections = corrections;
        this.caller = caller;
    }

    @GET
    @Path("/{id}/check-in-code")
    @Operation(summary = "The live six-digit code (changes every 30 s) and the check-in link")
    public CheckInCodeView code(@PathParam("id") String id, @Context UriInfo uri) {
        return checkIns.code(caller.get(), id, base(uri));
    }

    @GET
    @Path("/{id}/check-in-code.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The QR code of the check-in link, as SVG")
    public Response qrSvg(@PathParam("id") String id, @Context UriInfo uri) {
        CheckInCodeView code = checkIns.code(caller.get(), id, base(uri));
        return Response.ok(QrCodes.svg(code.checkInUrl()), "image/svg+xml")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/{id}/check-in-code.png")
    @Produces("image/png")
    @Operation(summary = "The QR code of the check-in link, as PNG")
    public Response qrPng(@PathParam("id") String id, @Context UriInfo uri) {
        CheckInCodeView code = checkIns.code(caller.get(), id, base(uri));
        return Response.ok(QrCodes.png(code.checkInUrl(), 8), "image/png")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/{id}/check-in")
    @Operation(summary = "Self check-in with the live code; repeating it answers the same record")
    public RecordView checkIn(@PathParam("id") String id, CodeRequest request, @Context HttpServerRequest http) {
        CheckInMethod method = request != null && "QR".equals(request.method()) ? CheckInMethod.QR : CheckInMethod.CODE;
        return checkIns.checkIn(
                caller.get(), id, request == null ? null : request.code(), method, ClientAddress.of(http));
    }

    @POST
    @Path("/{id}/check-out")
    @Operation(summary = "Self check-out with the live code; the record with its credited minutes")
    public RecordView checkOut(@PathParam("id") String id, CodeRequest request, @Context HttpServerRequest http) {
        return checkIns.checkOut(caller.get(), id, request == null ? null : request.code(), ClientAddress.of(http));
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close the session: check-ins without check-out are credited up to its end")
    public List<RecordView> close(@PathParam("id") String id) {
        return attendance.close(caller.get(), id);
    }

    @POST
    @Path("/{id}/attendance/all-present")
    @Operation(summary = "Roll call in one go: every enrolled learner without a record is marked present")
    public List<RecordView> allPresent(@PathParam("id") String id) {
        return attendance.allPresent(caller.get(), id);
    }

    @GET
    @Path("/{id}/attendance")
    @Operation(summary = "Every enrolled learner's record (CEO: own employees)")
    public List<RecordView> attendance(@PathParam("id") String id) {
        return attendance.list(caller.get(), id);
    }

    @PUT
    @Path("/{id}/attendance/{userId}")
    @Operation(summary = "Roll call or correction; a reason is required to change an existing record")
    public RecordView rollCall(
            @PathParam("id") String id, @PathParam("userId") String userId, RollCallRequest request) {
        return attendance.rollCall(caller.get(), id, userId, request);
    }

    @GET
    @Path("/{id}/attendance/{userId}/history")
    @Operation(summary = "Every change to the record: {at, actor, change, reason}")
    public List<HistoryEntry> history(@PathParam("id") String id, @PathParam("userId") String userId) {
        return attendance.history(caller.get(), id, userId);
    }

    @POST
    @Path("/{id}/attendance/{userId}/correction-requests")
    @Operation(summary = "The learner asks for a correction of their own record, until the end of the next day")
    public Response requestCorrection(
            @PathParam("id") String id, @PathParam("userId") String userId, CorrectionRequestBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(corrections.request(caller.get(), id, userId, body))
                .build();
    }

    private static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
