package org.fourpermille.hub.matching;

/**
 * The six goals of the Initiative's strategic plan, each with its Task Force: A Inception, B Implementation,
 * C Promotion, D Collaboration, E Follow-up and MRV, F Cross-cutting.
 */
public enum StrategicObjective {
    A,
    B,
    C,
    D,
    E,
    F
}
