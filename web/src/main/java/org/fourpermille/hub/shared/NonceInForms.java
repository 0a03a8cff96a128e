package org.fourpermille.hub.shared;

import java.io.IOException;
import java.io.Writer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;

import org.primefaces.context.PrimeFacesContext;

/**
 * Writes the page's script nonce into every form. PrimeFaces checks on each postback that the request
 * carries the nonce of the view, and its script adds it on submit; a form sent without script (script
 * blocked, a text browser, a screen reader's own forms mode) lacked it and got an error page. With the
 * nonce as a hidden field the form works alike with and without script; the nonce is no secret from the
 * page itself, which carries it on every script element.
 */
public class NonceInForms extends RenderKitFactory {

    static final String NONCE_PARAMETER = "primefaces.nonce";

    public NonceInForms(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : new NonceKit(kit);
    }

    @Override
    public java.util.Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class NonceKit extends RenderKitWrapper {

        NonceKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding);
            return created == null ? null : new NonceWriter(created);
        }
    }

    private static final class NonceWriter extends ResponseWriterWrapper {

        NonceWriter(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void endElement(String name) throws IOException {
            if ("form".equalsIgnoreCase(name)) {
                FacesContext context = FacesContext.getCurrentInstance();
                String nonce = context == null ? null : PrimeFacesContext.getCspState(context).getNonce();
                if (nonce != null && !nonce.isEmpty()) {
                    getWrapped().startElement("input", null);
                    getWrapped().writeAttribute("type", "hidden", null);
                    getWrapped().writeAttribute("name", NONCE_PARAMETER, null);
                    getWrapped().writeAttribute("value", nonce, null);
                    getWrapped().endElement("input");
                }
            }
            super.endElement(name);
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new NonceWriter(getWrapped().cloneWithWriter(writer));
        }
    }
}
