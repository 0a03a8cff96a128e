package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ResponsesTest {

    @Test
    void the_upload_limit_answered_by_the_filter_is_the_one_the_container_enforces() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher limit = Pattern.compile("<max-request-size>(\\d+)</max-request-size>").matcher(webXml);
        limit.find();
        assertEquals(Responses.MULTIPART_REQUEST_LIMIT, Long.parseLong(limit.group(1)),
                "RequestFilter answers 'too large' above the same limit at which the container refuses to read");
    }

    @Test
    void the_language_switch_keeps_the_rest_of_the_query() {
        assertEquals("/statistics.xhtml", RequestFilter.withoutLang("/statistics.xhtml", "lang=fr"));
        assertEquals("/groups/space.xhtml?group=3", RequestFilter.withoutLang("/groups/space.xhtml", "lang=es&group=3"));
        assertEquals("/groups/space.xhtml?group=3&page=2", RequestFilter.withoutLang("/groups/space.xhtml", "group=3&lang=en&page=2"));
    }
}
