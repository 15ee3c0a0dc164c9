package org.skillgap.core.ingest;

import java.time.LocalDate;
import org.skillgap.core.requirements.Requirements;

/**
 * A clean job posting as stored in the warehouse.
 *
 * @param industry tech, healthcare, finance, education or other
 * @param industryRaw the feed's own industry or sector text, kept for review
 * @param requirements degree, years of experience and certifications its text asks for
 * @param industrySource 'mapped' when the feed's text mapped to an industry, 'unmapped' when it did
 *     not (left for the classifier)
 */
public record Posting(
    String id,
    String title,
    String company,
    String location,
    LocalDate postedDate,
    String description,
    String industry,
    String industryRaw,
    String industrySource,
    Salary salary,
    String source,
    String url,
    Requirements requirements) {}
