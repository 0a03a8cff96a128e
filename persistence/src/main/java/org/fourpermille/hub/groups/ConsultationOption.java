package org.fourpermille.hub.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One of the answers a consultation offers, in the order the secretariat wrote them. */
@Entity
@Table(name = "consultation_option")
public class ConsultationOption {

    public static final int LABEL_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Column(length = LABEL_LENGTH, nullable = false)
    private String label;

    @Column(nullable = false)
    private int position;

    protected ConsultationOption() {
    }

    ConsultationOption(Consultation consultation, String label, int position) {
        this.consultation = consultation;
        this.label = label;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }
}
