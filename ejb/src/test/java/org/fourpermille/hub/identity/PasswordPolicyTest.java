package org.fourpermille.hub.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fourpermille.hub.shared.BusinessException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void eleven_characters_are_too_few_and_twelve_are_enough() {
        BusinessException refused = assertThrows(BusinessException.class, () -> PasswordPolicy.check("Soil-Carbon"));
        assertEquals("password.error.length", refused.messageKey());
        assertDoesNotThrow(() -> PasswordPolicy.check("Soil-Carbon!"));
    }

    @Test
    void more_than_128_characters_are_refused() {
        assertDoesNotThrow(() -> PasswordPolicy.check("a".repeat(128)));
        assertThrows(BusinessException.class, () -> PasswordPolicy.check("a".repeat(129)));
    }

    @Test
    void characters_are_counted_as_people_count_them() {
        // Twelve emoji are 24 UTF-16 units but twelve characters: accepted. Eleven are refused.
        assertDoesNotThrow(() -> PasswordPolicy.check("🌱".repeat(12)));
        assertThrows(BusinessException.class, () -> PasswordPolicy.check("🌱".repeat(11)));
    }

    @Test
    void blank_passwords_are_refused() {
        assertEquals("password.error.blank",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check(" ".repeat(14))).messageKey());
        assertThrows(BusinessException.class, () -> PasswordPolicy.check(null));
    }
}
