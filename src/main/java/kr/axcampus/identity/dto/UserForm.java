package kr.axcampus.identity.dto;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;

/** The person form as typed, kept verbatim so a rejected form comes back with the user's input. */
@TemplateData
public class UserForm {
    @RestForm
    public String email = "";

    @RestForm
    public String name = "";

    @RestForm
    public List<String> roles = new ArrayList<>();

    @RestForm
    public String companyId = "";

    @RestForm
    public String department = "";

    @RestForm
    public String jobTitle = "";

    @RestForm
    public String password = "";

    public static UserForm of(UserView u) {
        UserForm form = new UserForm();
        form.email = u.email();
        form.name = u.name();
        form.roles = new ArrayList<>(u.roles());
        form.companyId = u.companyId() == null ? "" : u.companyId();
        form.department = u.department() == null ? "" : u.department();
        form.jobTitle = u.jobTitle() == null ? "" : u.jobTitle();
        return form;
    }

    public boolean hasRole(String role) {
        return roles != null && roles.contains(role);
    }

    public UserRequest toRequest() {
        return new UserRequest(
                email, name, roles == null ? List.of() : roles, companyId, department, jobTitle, password);
    }
}
