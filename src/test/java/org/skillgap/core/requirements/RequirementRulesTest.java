package org.skillgap.core.requirements;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgap.core.requirements.Requirements.Certification;
import org.skillgap.core.requirements.Requirements.DegreeLevel;

class RequirementRulesTest {
  private static Requirements read(String text) {
    return RequirementRules.read(text);
  }

  @Test
  void aRequiredDegreeAndItsLevel() {
    assertEquals(DegreeLevel.BACHELOR, read("Bachelor's degree in Computer Science required.").degree());
    assertEquals(DegreeLevel.BACHELOR, read("A baccalaureate degree from an accredited college.").degree());
    assertEquals(DegreeLevel.MASTER, read("Master's degree in Public Health (MPH).").degree());
    assertEquals(DegreeLevel.DOCTORATE, read("A Ph.D. in statistics.").degree());
    assertEquals(DegreeLevel.ASSOCIATE, read("An associate degree in nursing.").degree());
    assertEquals(DegreeLevel.NONE, read("High school diploma or GED. Five years of experience.").degree());
  }

  @Test
  void alternativePathsKeepTheLowestDegreeAndTheStandardPathsYears() {
    Requirements r = read("1. A master's degree in computer science and three years of experience; or "
        + "2. A baccalaureate degree and five years of experience; or 3. A four-year high school diploma and seven years of experience.");
    assertEquals(DegreeLevel.BACHELOR, r.degree());
    assertEquals(3, r.minYears());
  }

  @Test
  void aPreferredDegreeIsNotARequirement() {
    Requirements r = read("Requires 3+ years of experience with Python. A Master's degree is preferred.");
    assertEquals(DegreeLevel.NONE, r.degree());
    assertEquals(DegreeLevel.MASTER, r.degreePreferred());
    assertEquals(3, r.minYears());
    Requirements both = read("Bachelor's degree required. Master's degree a plus.");
    assertEquals(DegreeLevel.BACHELOR, both.degree());
    assertEquals(DegreeLevel.MASTER, both.degreePreferred());
  }

  @Test
  void experienceOrACertificateInsteadOfADegree() {
    assertTrue(read("Bachelor's degree or equivalent experience.").experienceInstead());
    assertTrue(read("Bachelor's degree or an equivalent combination of education and experience.").experienceInstead());
    assertFalse(read("Bachelor's degree in accounting.").experienceInstead());
    assertTrue(read("Associate degree or relevant certification such as CompTIA A+.").certificateInstead());
    assertFalse(read("Associate degree in IT.").certificateInstead());
  }

  @Test
  void yearsThatAreNoRequirementAreSkipped() {
    assertNull(read("A high school diploma. One year of full time work experience is equivalent to one year of high school.").minYears());
    assertNull(read("Have a high school diploma or GED OR at least one year of full-time work experience in security.").minYears());
    assertEquals(6, read("Six (6) years of full-time experience in engineering, at least two (2) years of which must have been managerial.").minYears());
    assertEquals(3, read("Must have 36 months experience at the journeyman level.").minYears());
    assertEquals(1, read("Applicants must have 52 weeks of specialized experience at the GS-11 level.").minYears());
  }

  @Test
  void aPreferredSkillsHeadingMakesWhatFollowsAPreferenceUnlessRequired() {
    Requirements r = read("No formal education requirements. Preferred skills: • Valid Driver License • BA or BS degree "
        + "• A Food Protection Certificate is required.");
    assertEquals(List.of(new Certification("Driver's licence", false), new Certification("Food Protection Certificate", true)),
        r.certifications());
    assertEquals(DegreeLevel.NONE, r.degree());
  }

  @Test
  void minimumYearsInTheirCommonForms() {
    assertEquals(5, read("Minimum of 5 years of professional experience.").minYears());
    assertEquals(2, read("At least two (2) years of full-time satisfactory experience in accounting.").minYears());
    assertEquals(3, read("3-5 years experience in data engineering.").minYears());
    assertEquals(7, read("7+ years' experience building APIs.").minYears());
    assertNull(read("Experience acquired within the last ten years counts. We are 30 years old.").minYears());
    assertNull(read("Ten years of experience is a plus.").minYears(), "a preferred figure is not the minimum");
  }

  @Test
  void licencesAndCertificationsRequiredOrPreferred() {
    Requirements r = read("Current, unrestricted RN license in any state. BLS certification required. "
        + "CISSP or Security+ preferred.");
    assertEquals(List.of(new Certification("Registered Nurse licence", true), new Certification("Basic Life Support", true),
        new Certification("CISSP", false), new Certification("CompTIA Security+", false)), r.certifications());
    assertEquals(List.of(new Certification("Bar admission", true)),
        read("Admission to the New York State Bar; and four years of legal experience.").certifications());
    assertEquals(List.of(), read("Strong Excel skills and clear writing.").certifications());
  }
}
