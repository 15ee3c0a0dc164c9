package org.skillgap.core.ingest;

import java.util.List;

/**
 * A clean catalogue entry.
 *
 * @param type professional_certificate, specialization, micromasters, bootcamp, course or exam
 * @param skills listed skills as given by the catalogue (free text; empty when none listed)
 * @param enrollmentCount total enrollments where the catalogue gives only a total, else null
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
    Long enrollmentCount) {}
