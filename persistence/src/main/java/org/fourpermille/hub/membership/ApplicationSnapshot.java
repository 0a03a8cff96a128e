package org.fourpermille.hub.membership;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * What an application said when it was submitted, as JSON kept with the submission event, so the
 * history shows every version even after the applicant changed the form or replaced a document.
 */
final class ApplicationSnapshot {

    private ApplicationSnapshot() {
    }

    static String of(ApplicationForm form, List<ApplicationDocument> documents) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "organisationName", form.organisationName());
        put(json, "acronym", form.acronym());
        put(json, "type", form.type().name());
        put(json, "country", form.country());
        put(json, "website", form.website());
        put(json, "legalStatus", form.legalStatus().name());
        put(json, "level", form.level().name());
        put(json, "applicantName", form.applicantName());
        put(json, "applicantFunction", form.applicantFunction());
        put(json, "applicantEmail", form.applicantEmail());
        put(json, "signatoryName", form.signatoryName());
        put(json, "signatoryFunction", form.signatoryFunction());
        put(json, "signatoryEmail", form.signatoryEmail());
        JsonArrayBuilder docs = Json.createArrayBuilder();
        documents.forEach(d -> docs.add(Json.createObjectBuilder()
                .add("id", d.getId() == null ? -1 : d.getId())
                .add("kind", d.getKind().name())
                .add("fileName", d.getFileName())));
        json.add("documents", docs);
        return json.build().toString();
    }

    private static void put(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }
}
