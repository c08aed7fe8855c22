package kr.axcampus.web;

import java.util.Locale;

import io.quarkus.qute.TemplateData;

import kr.axcampus.access.Menu;

/**
 * What the shared layout needs on every page: language, who is signed in, what the menu offers, the
 * flash message, and how many notices wait unread (the bell).
 */
@TemplateData
public record PageContext(Locale locale, String path, String userName, Menu menu, String flash, int unread) {

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
        return menu.operator();
    }

    public boolean isInstructor() {
        return menu.instructor();
    }

    public boolean isCeo() {
        return menu.ceo();
    }

    public boolean isLearner() {
        return menu.learner();
    }
}
