package org.fourpermille.hub.groups;

import java.net.URL;

import org.fourpermille.hub.shared.WebSession;

/** The forum's part of {@link GroupsBenchmark}: filled in once the forum has landed. */
final class ForumBenchmark {

    private ForumBenchmark() {
    }

    static void run(GroupsBenchmark benchmark, URL base, WebSession member, long groupId) {
    }
}
