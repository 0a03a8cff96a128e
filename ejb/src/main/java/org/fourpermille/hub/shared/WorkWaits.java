package org.fourpermille.hub.shared;

import java.util.List;
import java.util.function.Function;

/**
 * A workflow step now waits on someone: fired (synchronously, in the step's transaction) by the service
 * that made it wait, observed by the notices feature, which tells the people concerned on the platform and
 * by mail. Services announce the work; they do not know who hears of it, how, or in which words.
 *
 * <p>Usage: {@code work.fire(WorkWaits.forSecretariat(WorkKind.CHANGE_PROPOSED, l -> name, "/secretariat/changes.xhtml"))}.
 *
 * @param kind       what waits; its {@link WorkKind#queue() queue} (if any) says the secretariat is told
 * @param subject    what it is about, in the reader's language (an organisation's name, a project's title)
 * @param path       the page where the work is done, within the platform
 * @param recipients account ids told, when the work waits on named people rather than on a queue
 * @param mailed     whether the step already mailed the recipients itself (then only the platform notice is added)
 */
public record WorkWaits(WorkKind kind, Function<SupportedLocale, String> subject, String path, List<Long> recipients,
                        boolean mailed) {

    public static WorkWaits forSecretariat(WorkKind kind, Function<SupportedLocale, String> subject, String path) {
        if (kind.queue() == null) {
            throw new IllegalArgumentException(kind + " is no secretariat queue");
        }
        return new WorkWaits(kind, subject, path, List.of(), false);
    }

    public static WorkWaits forPeople(WorkKind kind, Function<SupportedLocale, String> subject, String path,
                                      List<Long> recipients, boolean mailed) {
        return new WorkWaits(kind, subject, path, List.copyOf(recipients), mailed);
    }
}
