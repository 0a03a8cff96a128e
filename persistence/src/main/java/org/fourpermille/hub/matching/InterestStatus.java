package org.fourpermille.hub.matching;

/** Where an interest stands: waiting for the other side, accepted (a conversation), declined, or withdrawn. */
public enum InterestStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
