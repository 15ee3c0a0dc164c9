package org.skillgap.core.ingest;

import java.time.LocalDate;

/**
 * A clean enrollment. The learner appears only as a keyed hash.
 *
 * @param learnerKey HMAC-SHA256 of the learner id under the configured secret, hex
 * @param status enrolled, in_progress, completed, withdrawn or failed
 */
public record Enrollment(
    String learnerKey,
    String credentialId,
    LocalDate enrolledDate,
    LocalDate completedDate,
    String status,
    Double amountPaid) {}
