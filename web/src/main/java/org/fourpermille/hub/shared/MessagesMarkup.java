package org.fourpermille.hub.shared;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages} with valid list markup. PrimeFaces gives each {@code li} of a message list
 * {@code role="alert"}, which takes away its list-item role and leaves the {@code ul} holding no list items: invalid for
 * assistive technology, and a serious axe finding on every form that shows errors (issue 18). Here the alert role moves
 * up to the box of each severity, around the list, so the errors are still announced and the list stays a list.
 */
public class MessagesMarkup extends MessagesRenderer {

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ListKeepingWriter(original));
        try {
            super.encodeEnd(context, component);
        } finally {
            context.setResponseWriter(original);
        }
    }

    static final class ListKeepingWriter extends ResponseWriterWrapper {

        private final Deque<String> open = new ArrayDeque<>();

        ListKeepingWriter(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            open.push(name);
            super.startElement(name, component);
        }

        @Override
        public void endElement(String name) throws IOException {
            if (!open.isEmpty()) {
                open.pop();
            }
            super.endElement(name);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            String element = open.peek();
            if ("li".equalsIgnoreCase(element) && "role".equalsIgnoreCase(name)) {
                return;
            }
            super.writeAttribute(name, value, property);
            if ("div".equalsIgnoreCase(element) && "class".equalsIgnoreCase(name) && isSeverityBox(value)) {
                super.writeAttribute("role", "alert", null);
            }
        }

        /** The box PrimeFaces draws per severity: "ui-messages-error ui-corner-all", not the outer "ui-messages". */
        static boolean isSeverityBox(Object classes) {
            if (classes == null) {
                return false;
            }
            for (String name : classes.toString().split("\\s+")) {
                if (name.matches("ui-messages-(info|warn|error|fatal)")) {
                    return true;
                }
            }
            return false;
        }
    }
}
