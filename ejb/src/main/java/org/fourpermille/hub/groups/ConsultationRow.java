package org.fourpermille.hub.groups;

/** A consultation in a list, with its status now. */
public record ConsultationRow(Consultation consultation, ConsultationStatus status) {
}
