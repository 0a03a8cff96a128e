package org.fourpermille.hub.matching;

import java.io.Serializable;

import org.fourpermille.hub.matching.engine.Match;

/** A project in an offer's ranking: its place, its card and the explained score. */
public record RankedProject(int rank, ProjectCard project, Match match) implements Serializable {

    private static final long serialVersionUID = 1L;
}
