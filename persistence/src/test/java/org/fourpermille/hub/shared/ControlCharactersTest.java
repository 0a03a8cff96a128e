package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void what_people_write_passes() {
        assertFalse(ControlCharacters.in("Agroforesterie au Sénégal\n\tligne 2\r\n"));
        assertFalse(ControlCharacters.in("agroforestería 🌱 土壌"));
        assertFalse(ControlCharacters.in(null));
        assertFalse(ControlCharacters.inUrlEncoded("practice=B&q=sols%20vivants+et+haies"));
    }

    @Test
    void nul_bytes_controls_and_noncharacters_are_refused() {
        assertTrue(ControlCharacters.in("B\u0000"));
        assertTrue(ControlCharacters.in("bell\u0007"));
        assertTrue(ControlCharacters.in("escape\u001b[31m"));
        assertTrue(ControlCharacters.in("c1\u0085"));
        assertTrue(ControlCharacters.in("delete\u007f"));
        assertTrue(ControlCharacters.in("x\uFFFF"));
        assertTrue(ControlCharacters.in("x\uFDD0"));
        assertTrue(ControlCharacters.in("x" + new String(Character.toChars(0x1FFFE))));
    }

    @Test
    void encoded_addresses_are_decoded_first() {
        assertTrue(ControlCharacters.inUrlEncoded("practice=B%00"));
        assertTrue(ControlCharacters.inUrlEncoded("q=%1b"));
        assertTrue(ControlCharacters.inUrlEncoded("q=%EF%BF%BF"));
        assertTrue(ControlCharacters.inUrlEncoded("q=%zz"), "undecodable");
    }
}
