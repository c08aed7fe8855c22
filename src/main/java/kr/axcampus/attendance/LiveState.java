package kr.axcampus.attendance;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

/** What the live screen shows: the rotating code while the window is open, else why not and when it opens. */
@TemplateData
public record LiveState(boolean open, boolean notYet, boolean cancelled, Instant opens) {}
