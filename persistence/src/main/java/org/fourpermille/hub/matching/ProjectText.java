package org.fourpermille.hub.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fourpermille.hub.shared.SupportedLocale;

/**
 * A project's title and summary in one language. An entity rather than an embeddable so that an edit
 * changes the row of its language in place (an embeddable collection would delete and re-insert rows,
 * in an order that can collide with the one-text-per-language constraint).
 */
@Entity
@Table(name = "project_text")
public class ProjectText {

    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(length = 2, nullable = false)
    private String language;

    @Column(length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(length = SUMMARY_LENGTH, nullable = false)
    private String summary;

    protected ProjectText() {
    }

    ProjectText(Project project, SupportedLocale language, String title, String summary) {
        this.project = project;
        this.language = language.tag();
        this.title = title;
        this.summary = summary;
    }

    void change(String newTitle, String newSummary) {
        title = newTitle;
        summary = newSummary;
    }

    public SupportedLocale getLanguage() {
        return SupportedLocale.fromTag(language).orElse(SupportedLocale.EN);
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }
}
