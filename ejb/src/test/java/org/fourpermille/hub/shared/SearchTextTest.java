package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void folding_removes_case_and_the_accents_of_french_and_spanish_names() {
        assertEquals("fundacion humus", SearchText.fold("Fundación Humus"));
        assertEquals("cooperative des agriculteurs", SearchText.fold("COOPÉRATIVE des agriculteurs"));
        assertEquals("senor nino", SearchText.fold("Señor NIÑO"));
        assertEquals("lodz sjaelland", SearchText.fold("Łódź Sjælland".replace("æ", "ae")));
        assertEquals("%fundacion%", SearchText.foldedContaining("  Fundacion "));
    }

    @Test
    void a_decomposed_accent_typed_on_some_keyboards_folds_like_the_composed_one() {
        assertEquals("fundacion", SearchText.fold("Fundacio\u0301n"));
    }

    @Test
    void the_database_folds_with_the_same_table_as_java() {
        assertEquals(SearchText.ACCENTED.length(), SearchText.BASE.length());
        for (int i = 0; i < SearchText.ACCENTED.length(); i++) {
            String accented = String.valueOf(SearchText.ACCENTED.charAt(i));
            assertEquals(String.valueOf(SearchText.BASE.charAt(i)), SearchText.fold(accented), accented);
        }
        assertTrue(SearchText.ACCENTED.contains("É") && SearchText.ACCENTED.contains("ñ") && SearchText.ACCENTED.contains("ç"));
        assertFalse(SearchText.ACCENTED.contains("'"), "the table is inlined in JPQL between quotes");
        String expression = SearchText.folded("o.name");
        assertTrue(expression.startsWith("LOWER(FUNCTION('translate', o.name, '"), expression);
    }

    @Test
    void like_wildcards_typed_by_the_person_match_only_themselves() {
        assertEquals("%50\\%\\_off%", SearchText.foldedContaining("50%_off"));
    }
}
