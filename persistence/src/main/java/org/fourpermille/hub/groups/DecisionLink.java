package org.fourpermille.hub.groups;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.fourpermille.hub.shared.LocalPath;

/**
 * A document a decision refers to: a title and an address, inside the platform ({@code /groups/...}) or on
 * the web over https. A plain link, so the register does not depend on where the document is stored.
 */
@Embeddable
public class DecisionLink implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 200;
    public static final int URL_LENGTH = 500;

    @Column(length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(length = URL_LENGTH, nullable = false)
    private String url;

    protected DecisionLink() {
    }

    DecisionLink(String title, String url) {
        this.title = title;
        this.url = url;
    }

    /**
     * Whether an address may be linked: a local path of the platform as {@link LocalPath} decides (so
     * {@code /\host} or {@code //host} cannot pass for an internal link), or https, no spaces.
     */
    public static boolean acceptable(String url) {
        if (url == null || url.isEmpty() || url.length() > URL_LENGTH || url.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        if (url.startsWith("/")) {
            return LocalPath.isLocal(url);
        }
        return url.startsWith("https://") && url.length() > "https://".length() && !url.contains("\\");
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    /** Whether the link leaves the platform (shown with rel="noopener" and an outside marker). */
    public boolean isExternal() {
        return url.startsWith("https://");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DecisionLink link && title.equals(link.title) && url.equals(link.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, url);
    }
}
