package kr.axcampus.progress;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.catalog.CompletionDefaults;
import kr.axcampus.catalog.CompletionPolicy;
import kr.axcampus.catalog.Track;

/** The catalogue's defaults come from the centre's completion settings. */
@ApplicationScoped
public class CentreCompletionDefaults implements CompletionDefaults {
    private final CompletionSettings settings;

    public CentreCompletionDefaults(CompletionSettings settings) {
        this.settings = settings;
    }

    @Override
    public CompletionPolicy forTrack(Track track) {
        return new CompletionPolicy(
                settings.attendanceRate(),
                track == Track.PROFESSIONAL_AX ? settings.requiredPracticumMinutes() : 0,
                settings.practiceLogCapMinutes(),
                false,
                false,
                settings.threeLatesOneAbsence(),
                settings.dailyHalfRule());
    }
}
