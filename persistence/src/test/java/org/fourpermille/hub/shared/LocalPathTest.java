package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dashboard.xhtml", "/groups/space.xhtml?group=3", "/statistics.xhtml?lang=en",
            "/projects/", "/groups/documents.xhtml?q=a%20b", "/search.xhtml?q=sols#results", "/a/b.c/d"})
    void pages_of_the_platform_are_local(String address) {
        assertTrue(LocalPath.isLocal(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example.org/statistics.xhtml", "/\\evil.example.org", "\\\\evil.example.org",
            "/%2F%2Fevil.example.org", "/%2f/evil.example.org", "/%5Cevil.example.org", "/%255Cevil.example.org",
            "/%25252F%25252Fevil.example.org", "/..//evil.example.org", "/../evil", "/./x", "/a/../../b",
            "/%2e%2e/x", "https://evil.example.org", "http:/evil", "evil.example.org", "javascript:alert(1)",
            "/\t/evil.example.org", "/ /x", "/x\ny", "/x%0d%0aSet-Cookie:a=b", "/caf\u00e9", "", "/%zz",
            "///evil.example.org", "/a//b"})
    void ways_out_of_the_site_are_not(String address) {
        assertFalse(LocalPath.isLocal(address), address);
    }

    @Test
    void nothing_and_overlong_are_not_local() {
        assertFalse(LocalPath.isLocal(null));
        assertFalse(LocalPath.isLocal("/" + "a".repeat(LocalPath.MAX_LENGTH)));
        assertTrue(LocalPath.of("//x").isEmpty());
        assertTrue(LocalPath.of("/x").isPresent());
    }
}
