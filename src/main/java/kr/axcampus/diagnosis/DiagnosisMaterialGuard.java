package kr.axcampus.diagnosis;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.access.Access;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Ids;
import kr.axcampus.material.MaterialScope;
import kr.axcampus.material.ScopeGuard;

/**
 * A diagnosis's files (site photos, the signed-off report) are read as the diagnosis is: by the
 * operators, its expert and the company's CEO; only the expert adds files, until sign-off.
 */
@ApplicationScoped
public class DiagnosisMaterialGuard implements ScopeGuard {
    private final DiagnosisService diagnoses;
    private final Access access;

    public DiagnosisMaterialGuard(DiagnosisService diagnoses, Access access) {
        this.diagnoses = diagnoses;
        this.access = access;
    }

    @Override
    public MaterialScope scope() {
        return MaterialScope.DIAGNOSIS;
    }

    @Override
    public void requireWrite(Caller caller, String scopeId) {
        Diagnosis diagnosis = diagnoses.visible(caller, scopeId);
        diagnoses.requireExpert(caller, diagnosis);
        DiagnosisService.requireStatus(
                diagnosis, List.of(DiagnosisStatus.DRAFT, DiagnosisStatus.SUBMITTED), "its files");
    }

    @Override
    public boolean mayRead(Caller caller, String scopeId) {
        return Ids.parse(scopeId)
                .flatMap(id -> Diagnosis.<Diagnosis>findByIdOptional(id))
                .map(d -> access.seesDiagnosis(caller, d))
                .orElse(false);
    }
}
