package org.fourpermille.hub.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void a_mention_offers_every_name_of_one_to_four_words_after_the_at_sign() {
        assertEquals(Set.of("mariama", "mariama member", "mariama member what", "mariama member what do"),
                Mentions.candidates("@Mariama Member what do you think?"));
    }

    @Test
    void the_punctuation_that_ends_a_sentence_is_not_part_of_the_name() {
        assertTrue(Mentions.candidates("Thanks @Paul Partner.").contains("paul partner"));
        assertTrue(Mentions.candidates("Merci, @Élodie N'Diaye-Sarr !").contains("élodie n'diaye-sarr"));
        assertTrue(Mentions.candidates("(@Fatou Farmer, @Elena Experta)").contains("fatou farmer"),
                "a comma ends the name");
        assertTrue(Mentions.candidates("(@Fatou Farmer, @Elena Experta)").contains("elena experta"));
    }

    @Test
    void an_email_address_and_a_lone_at_sign_mention_nobody() {
        assertEquals(Set.of(), Mentions.candidates("Write to paul@example.org or @ 3 pm"));
        assertEquals(Set.of(), Mentions.candidates(null));
    }

    @Test
    void names_compare_without_case_or_extra_spaces_and_in_one_unicode_form() {
        assertEquals("maría josé", Mentions.key("  MARI\u0301A   José "));
        assertTrue(Mentions.candidates("@MARÍA José").contains(Mentions.key("María José")));
    }
}
