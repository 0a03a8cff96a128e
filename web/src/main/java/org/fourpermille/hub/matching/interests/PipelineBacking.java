package org.fourpermille.hub.matching.interests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.Pipeline;
import org.fourpermille.hub.matching.PipelineFigures;

/** {@code /interests/pipeline.xhtml}: the pipeline of the caller's organisation's offers, or of all offers for the secretariat. */
@Named("pipeline")
@RequestScoped
public class PipelineBacking {

    @Inject
    private Pipeline service;

    private PipelineFigures figures;

    public PipelineFigures getFigures() {
        if (figures == null) {
            figures = service.figures();
        }
        return figures;
    }
}
