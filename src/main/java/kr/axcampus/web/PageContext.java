package kr.axcampus.web;

import java.util.Locale;
import java.util.Set;

import kr.axcampus.common.Role;

/** What the shared layout needs on every page: language, who is signed in, the flash message. */
@io.quarkus.qute.TemplateData
public record PageContext(Locale locale, String path, String userName, Set<Role> roles, String flash) {

    public String lang() {
        return locale.getLanguage();
    }

    public String otherLang() {
        return "ko".equals(lang()) ? "en" : "ko";
    }

    public boolean signedIn() {
        return userName != null;
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean isInstructor() {
        return roles.contains(Role.INSTRUCTOR);
    }

    public boolean isCeo() {
        return roles.contains(Role.CEO);
    }

    public boolean isLearner() {
        return roles.contains(Role.LEARNER);
    }
}
