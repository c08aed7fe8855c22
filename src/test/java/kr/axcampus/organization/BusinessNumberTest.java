package kr.axcampus.organization;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessNumberTest {

    @Test
    void acceptsRealNumbersWithOrWithoutHyphens() {
        assertTrue(BusinessNumber.isValid("124-81-00998"));
        assertTrue(BusinessNumber.isValid("1248100998"));
        assertTrue(BusinessNumber.isValid("220-81-62517"));
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertFalse(BusinessNumber.isValid("124-81-00997"));
        assertFalse(BusinessNumber.isValid("1234567890"));
    }

    @Test
    void rejectsWrongLengthsAndLetters() {
        assertFalse(BusinessNumber.isValid("124-81-0099"));
        assertFalse(BusinessNumber.isValid("12481009981"));
        assertFalse(BusinessNumber.isValid("12A8100998"));
        assertFalse(BusinessNumber.isValid(null));
        assertNull(BusinessNumber.digitsOf(""));
    }

    @Test
    void formatsAsPeopleWriteIt() {
        assertEquals("124-81-00998", BusinessNumber.format("1248100998"));
    }
}
