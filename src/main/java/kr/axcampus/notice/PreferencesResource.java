package kr.axcampus.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.notice.dto.MailPreferences;

/** API.md "Calendars and notices": which kinds also reach the caller by mail. */
@Path("/api/me/notice-preferences")
@Tag(name = "Notices")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class PreferencesResource {
    private final NoticeSettingsService settings;
    private final CurrentCaller caller;

    public PreferencesResource(NoticeSettingsService settings, CurrentCaller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Which notice kinds also reach the caller by mail (every kind named)")
    public MailPreferences get() {
        return settings.mine(caller.get());
    }

    @PUT
    @Operation(
            summary = "Choose which kinds also go by mail: {mail: {kind: true|false}}; kinds not named follow the"
                    + " centre's default")
    public MailPreferences choose(MailPreferences body) {
        return settings.choose(caller.get(), body);
    }
}
