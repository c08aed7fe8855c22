package kr.axcampus.bestpractice;

import io.quarkus.qute.TemplateData;

import kr.axcampus.bestpractice.dto.CaseView;

/** A case and what the caller may do with it now, for its page's buttons. */
@TemplateData
public record CasePage(
        CaseView view,
        boolean edit,
        boolean submit,
        boolean consent,
        boolean withdraw,
        boolean publish,
        boolean unpublish) {}
