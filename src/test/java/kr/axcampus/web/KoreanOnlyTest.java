package kr.axcampus.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Korean-mode check finds the code's enum constants and English templates, and nothing in course codes. */
class KoreanOnlyTest {
    @Test
    void enumCodesAndEnglishTemplatesAreFoundButCourseCodesAreNot() {
        assertEquals(
                List.of("IN_PROGRESS", "PRESENT", "\"practicum\""),
                KoreanOnly.leaks("홍길동 PRESENT 240 · IN_PROGRESS · practicum 16 h of 18 h"));
        assertEquals(List.of(), KoreanOnly.leaks("PX-MFG-QUALITY-DEMAND-1 · 출석 4시간 · 실습 16시간 / 18시간"));
    }
}
