package kr.axcampus.diagnosis;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import kr.axcampus.common.Caller;
import kr.axcampus.material.MaterialScope;
import kr.axcampus.material.MaterialService;
import kr.axcampus.web.DiagMsg;

/**
 * The diagnosis report as PDF. Until sign-off it is drawn for each reader, in their language, from
 * the diagnosis as it stands; the signed-off report is drawn once, in Korean, and kept as a
 * DIAGNOSIS-scope material, so what the CEO signed stays the record whatever changes later
 * (a catalogue's course title, a cohort's progress).
 */
@ApplicationScoped
public class DiagnosisReports {
    private final DiagnosisService diagnoses;
    private final DiagnosisPageBuilder builder;
    private final DiagnosisReportPdf pdf;
    private final MaterialService materials;

    public DiagnosisReports(
            DiagnosisService diagnoses,
            DiagnosisPageBuilder builder,
            DiagnosisReportPdf pdf,
            MaterialService materials) {
        this.diagnoses = diagnoses;
        this.builder = builder;
        this.pdf = pdf;
        this.materials = materials;
    }

    /** Either the link to the kept report or a report drawn now, with its file name. */
    public record Report(URI kept, byte[] drawn, String fileName) {}

    @Transactional
    public Report of(Caller caller, String id, Locale locale) {
        Diagnosis diagnosis = diagnoses.visible(caller, id);
        if (diagnosis.status != DiagnosisStatus.SIGNED_OFF) {
            DiagMsg msg = MessageBundles.get(DiagMsg.class, Localized.Literal.of(locale.toLanguageTag()));
            DiagnosisPage page = builder.build(caller, id, locale, msg.radar_title());
            return new Report(null, pdf.render(page, locale, msg), fileName(page, msg));
        }
        if (!kept(diagnosis)) {
            // The first reader after sign-off keeps it; a second one waits for the lock and finds it kept.
            diagnosis = diagnoses.changing(caller, id);
        }
        if (!kept(diagnosis)) {
            DiagMsg korean = MessageBundles.get(DiagMsg.class, Localized.Literal.of("ko"));
            DiagnosisPage page = builder.build(caller, id, Locale.KOREAN, korean.radar_title());
            byte[] bytes = pdf.render(page, Locale.KOREAN, korean);
            diagnosis.reportMaterialId = UUID.fromString(materials
                    .keepMade(caller, MaterialScope.DIAGNOSIS, diagnosis.id.toString(), fileName(page, korean), bytes)
                    .id());
        }
        return new Report(materials.content(caller, diagnosis.reportMaterialId.toString()), null, null);
    }

    /** Whether the signed-off report is kept and still listed (an operator may have removed it: it is drawn again). */
    private boolean kept(Diagnosis diagnosis) {
        return diagnosis.reportMaterialId != null
                && !materials.describe(List.of(diagnosis.reportMaterialId)).isEmpty();
    }

    private static String fileName(DiagnosisPage page, DiagMsg msg) {
        return msg.report_file(
                page.diagnosis().companyName(), page.diagnosis().visitedOn().toString());
    }
}
