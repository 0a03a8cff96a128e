package org.fourpermille.hub.matching;

import java.io.Serializable;

import org.fourpermille.hub.membership.Region;

/**
 * What the projects list is narrowed to; null means any.
 *
 * @param country ISO 3166-1 alpha-2
 * @param practice a practice code
 * @param mine only the caller's organisation's projects (drafts included)
 */
public record ProjectFilter(ProjectStage stage, String country, Region region, String practice, boolean mine)
        implements Serializable {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null, false);
}
