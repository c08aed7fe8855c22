package kr.axcampus.delivery.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.TemplateData;

import kr.axcampus.delivery.EnrollmentResult;
import kr.axcampus.progress.dto.Progress;

/** A frozen result as API.md "Reports and certificates" shows it. */
@TemplateData
public record ResultView(
        String userId,
        String name,
        String companyId,
        EnrollmentResult.Outcome result,
        List<Progress.Reason> reasons,
        int scheduledMinutes,
        int creditedMinutes,
        int practicumMinutes,
        BigDecimal attendanceRate,
        LocalDate decidedOn,
        String certificateSerial) {}
