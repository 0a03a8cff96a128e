package org.fourpermille.hub.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fourpermille.hub.shared.FieldProblem;
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

    /** A text as the form says it, checked. */
    record Typed(SupportedLocale language, String title, String summary) {
    }

    /** The texts of the form, blank languages left out; at least one is required. */
    static List<Typed> check(ProjectDetails details, List<FieldProblem> problems) {
        List<Typed> clean = new ArrayList<>();
        for (SupportedLocale language : SupportedLocale.values()) {
            LocalText text = details.text(language);
            if (text.isBlank()) {
                continue;
            }
            String suffix = language.name().charAt(0) + language.name().substring(1).toLowerCase(Locale.ROOT);
            String title = Checks.text(text.title(), "title" + suffix, TITLE_LENGTH, true, problems);
            String summary = Checks.text(text.summary(), "summary" + suffix, SUMMARY_LENGTH, true, problems);
            clean.add(new Typed(language, title, summary));
        }
        if (clean.isEmpty()) {
            problems.add(FieldProblem.of("titleEn", "project.error.textRequired"));
        }
        return clean;
    }

    /** Changes the texts of a project to the wanted ones, in place for a language kept (see the class comment). */
    static void replace(Project project, List<ProjectText> texts, List<Typed> wanted) {
        Set<SupportedLocale> languages = wanted.stream().map(Typed::language).collect(Collectors.toSet());
        texts.removeIf(text -> !languages.contains(text.getLanguage()));
        for (Typed input : wanted) {
            Optional<ProjectText> existing = texts.stream().filter(t -> t.getLanguage() == input.language()).findFirst();
            if (existing.isPresent()) {
                if (!existing.get().getTitle().equals(input.title()) || !existing.get().getSummary().equals(input.summary())) {
                    existing.get().change(input.title(), input.summary());
                }
            } else {
                texts.add(new ProjectText(project, input.language(), input.title(), input.summary()));
            }
        }
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
