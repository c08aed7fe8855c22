package kr.axcampus.event;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import kr.axcampus.bestpractice.dto.CaseRef;
import kr.axcampus.common.CurrentCaller;

/** The cases presented at an event, for its page ({@code inject:presentedCases.of(ev.id)}), as its reader may see them. */
@RequestScoped
@Named("presentedCases")
public class PresentedCases {
    private final EventCases cases;
    private final CurrentCaller caller;

    public PresentedCases(EventCases cases, CurrentCaller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    public List<CaseRef> of(String eventId) {
        return cases.list(caller.get(), eventId);
    }
}
