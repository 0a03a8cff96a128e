/**
 * What IT watches on the administrator's Operations page: the background work of every feature (each
 * declares its queue as a {@link org.fourpermille.hub.shared.operations.JobQueue}) and the nodes of the
 * cluster, which say in the database that they run ({@link org.fourpermille.hub.shared.operations.NodeHeartbeat}).
 */
package org.fourpermille.hub.shared.operations;
