package org.skillgap.core.ingest;

import java.util.List;

/**
 * A clean catalogue entry.
 *
 * @param type professional_certificate, specialization, micromasters, bootcamp, course or exam
 * @param skills listed skills as given by the catalogue (free text; empty when none listed)
 * @param enrollmentCount total enrollments where the catalogue gives only a total, else null
 * @param accredited whether the catalogue says the credential is accredited (academic credit or an
 *     accrediting body); null when it does not say
 * @param rating average learner rating on a 0 to 5 scale; null when not given
 * @param reviewCount number of learner ratings or reviews behind {@code rating}; null when not
 *     given
 */
public record Credential(
    String id,
    String name,
    String provider,
    String type,
    Double cost,
    Double hours,
    String level,
    String description,
    List<String> skills,
    Long enrollmentCount,
    Boolean accredited,
    Double rating,
    Long reviewCount) {}
