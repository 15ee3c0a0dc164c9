package org.skillgap.core.requirements;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillgap.core.requirements.Requirements.Certification;
import org.skillgap.core.requirements.Requirements.DegreeLevel;

class RequirementRulesTest {
  private static Requirements read(String text) {
    return RequirementRules.read(text);
  }

  @Test
  void aRequiredDegreeAndItsLevel() {
    assertEquals(
        DegreeLevel.BACHELOR, read("Bachelor's degree in Computer Science required.").degree());
    assertEquals(
        DegreeLevel.BACHELOR, read("A baccalaureate degree from an accredited college.").degree());
    assertEquals(DegreeLevel.MASTER, read("Master's degree in Public Health (MPH).").degree());
    assertEquals(DegreeLevel.DOCTORATE, read("A Ph.D. in statistics.").degree());
    assertEquals(DegreeLevel.ASSOCIATE, read("An associate degree in nursing.").degree());
    assertEquals(
        DegreeLevel.NONE, read("High school diploma or GED. Five years of experience.").degree());
  }

  @Test
  void alternativePathsKeepTheStandardPathsDegreeAndYears() {
    Requirements r =
        read(
            "1. A master's degree in computer science and three years of experience; or "
                + "2. A baccalaureate degree and five years of experience; or 3. A four-year high school diploma and seven years of experience.");
    assertEquals(DegreeLevel.MASTER, r.degree());
    assertEquals(3, r.minYears());
    assertTrue(r.experienceInstead(), "the third path asks no degree");
    Requirements diplomaFirst =
        read(
            "1. High School graduation or equivalent and three years of stenographic experience; or "
                + "2. Graduation from an accredited community college with an associate degree and one year of experience.");
    assertEquals(DegreeLevel.NONE, diplomaFirst.degree(), "the standard path asks no degree");
    assertEquals(3, diplomaFirst.minYears());
    Requirements degreeOnly =
        read(
            "1. A baccalaureate degree from an accredited college; or 2. A high school graduation "
                + "and 4 years of full-time experience performing technical work.");
    assertEquals(DegreeLevel.BACHELOR, degreeOnly.degree());
    assertNull(degreeOnly.minYears(), "the four years belong to the second path");
    Requirements both =
        read(
            "(1) Four (4) years of full-time experience in civil engineering work; and (2) A valid "
                + "New York State Professional Engineer's License.");
    assertEquals(4, both.minYears(), "numbered parts joined by 'and' are one path");
    assertEquals(
        List.of(new Certification("Professional Engineer licence", true)), both.certifications());
  }

  @Test
  void aDegreeThatStandsInForExperienceIsNotAsked() {
    assertEquals(
        DegreeLevel.NONE,
        read("Four years of experience in civil engineering. A masters degree in civil "
                + "engineering may be substituted for one year of the experience.")
            .degree());
    assertEquals(
        DegreeLevel.NONE,
        read("The completion of coursework equivalent to a nursing degree in a MSN Bridge "
                + "Program constitutes the completion of an approved course of study. Submit a copy of the MSN transcript.")
            .degree());
    assertEquals(
        DegreeLevel.NONE,
        read("Four years of experience. A masters degree accredited by the U.S. Secretary of "
                + "Education may be substituted for one year of the experience.")
            .degree(),
        "'U.S.' ends no sentence");
    assertEquals(
        DegreeLevel.BACHELOR,
        read("A bachelor's degree; experience may be substituted for the degree.").degree());
  }

  @Test
  void aLicenceThatIsOneWayToQualifyIsNotRequired() {
    Requirements laterPath =
        read(
            "1. A baccalaureate degree including 24 semester credits in accounting; or "
                + "2. A valid New York State Certified Public Accountant license.");
    assertEquals(
        List.of(new Certification("Certified Public Accountant", false)),
        laterPath.certifications());
    Requirements orInClause =
        read(
            "Graduation from an accredited United States law school or admission to the New York State Bar.");
    assertEquals(DegreeLevel.DOCTORATE, orInClause.degree(), "law school: a J.D.");
    assertEquals(List.of(new Certification("Bar admission", false)), orInClause.certifications());
    Requirements conditional =
        read(
            "A Motor Vehicle Driver's License valid in the State of New York may be required for "
                + "certain assignments.");
    assertEquals(
        List.of(new Certification("Driver's licence", false)), conditional.certifications());
    Requirements section =
        read(
            "1. A high school diploma; or 2. Education and/or experience equivalent to \"1\" above. "
                + "License Requirement A Motor Vehicle Driver's License valid in the State of New York.");
    assertEquals(
        List.of(new Certification("Driver's licence", true)),
        section.certifications(),
        "a licence section after the paths applies to all of them");
  }

  @Test
  void phrasingsOfFederalAndCityPostings() {
    Requirements paren =
        read(
            "Applicants must (a) hold a bachelor's degree (Master's degree or higher preferred) in education.");
    assertEquals(
        DegreeLevel.BACHELOR,
        paren.degree(),
        "a preference in parentheses leaves the requirement standing");
    assertEquals(DegreeLevel.MASTER, paren.degreePreferred());
    assertEquals(
        DegreeLevel.BACHELOR,
        read("Must have a college degree Preferred skills: Urban planning.").degree(),
        "a heading glued to the requirement before it");
    assertEquals(
        DegreeLevel.NONE,
        read("Must be enrolled as a degree-seeking student (undergraduate degree program).")
            .degree());
    assertEquals(
        6,
        read("Candidates must have six ( 6 ) years of full-time paid experience in architectural work.")
            .minYears());
    assertEquals(
        1,
        read("GENERALIZED EXPERIENCE: At least one year equivalent to the next lower grade level.")
            .minYears());
    Requirements lettered =
        read(
            "a. Four (4) years of experience in architecture; or b. A Masters degree in civil "
                + "engineering and three (3) years of experience.");
    assertEquals(DegreeLevel.NONE, lettered.degree(), "path b. is an alternative");
    assertEquals(4, lettered.minYears());
    assertEquals(
        List.of(new Certification("High Pressure Boiler Operating Engineer licence", true)),
        read("A valid license for High Pressure Boiler Operating Engineer issued by the Department of Buildings.")
            .certifications(),
        "a licence the list does not know keeps its own name");
  }

  @Test
  void degreesAskedTogetherAndTheFloorOfAllPaths() {
    assertEquals(
        DegreeLevel.MASTER,
        read("A baccalaureate degree from an accredited college or university and a master's "
                + "degree from an accredited school of social work.")
            .degree(),
        "both asked: the higher");
    assertEquals(
        DegreeLevel.BACHELOR,
        read("A Bachelor's or Master's degree in landscape architecture.").degree(),
        "either: the lower");
    Requirements floor =
        read(
            "1. A master's degree and three years of experience; or 2. A baccalaureate degree and four "
                + "years of experience. However, all candidates must have a baccalaureate degree.");
    assertEquals(
        DegreeLevel.MASTER,
        floor.degree(),
        "the floor under every path does not lower the standard path");
    assertEquals(3, floor.minYears());
    Requirements after =
        read(
            "1. A high school diploma and five years of experience; or 2. A baccalaureate degree and "
                + "three years of experience. Must possess a motor vehicle operator license valid in the State of New York.");
    assertEquals(
        List.of(new Certification("Driver's licence", true)),
        after.certifications(),
        "a 'Must' sentence after the paths applies to all of them");
    assertEquals(
        3,
        read("Must have at least Thirty-six (36) months experience in program management.")
            .minYears());
  }

  @Test
  void rankingCriteriaArePreferencesEvenWhenTheySayMust() {
    Requirements r =
        read(
            "Work experience in cooking. Best Qualified Criteria: Qualified applicants who meet the Best "
                + "Qualified Criteria must possess a Serv Safe Food Handlers Certification. (Please Note: you MUST upload your "
                + "valid Food Handlers Certificate before the announcement closes.)");
    assertEquals(
        List.of(new Certification("Food Protection Certificate", false)), r.certifications());
  }

  @Test
  void multiGradeAndMultiLevelPostingsKeepTheEntryLevel() {
    Requirements grades =
        read(
            "GS-11: Have a professional law degree (LL.B. or J.D.) and membership in a State bar "
                + "association.GS-12: Have a professional law degree and one year of professional legal experience.");
    assertEquals(DegreeLevel.DOCTORATE, grades.degree());
    assertNull(grades.minYears(), "the year belongs to GS-12");
    assertEquals(List.of(new Certification("Bar admission", true)), grades.certifications());
    Requirements levels =
        read(
            "A valid certificate as a Certified Commercial Pesticide Applicator. SPECIAL NOTE: To be "
                + "eligible for placement in Assignment Level II, individuals must have two years of full-time experience.");
    assertNull(levels.minYears(), "a higher assignment level's bar is not the entry requirement");
  }

  @Test
  void headingsAndListsOfLicences() {
    Requirements heading =
        read(
            "Two years of experience with hand tools. Driver License Requirement: eligibles must "
                + "possess a valid Class B Commercial Driver's License.");
    assertEquals(
        List.of(new Certification("Commercial driver's licence", true)),
        heading.certifications(),
        "the heading names no licence of its own");
    Requirements list =
        read(
            "Possesses and maintains the following certifications: Life guarding and First Aid (American "
                + "Red Cross or equivalent i.e. Star Guard, YMCA); CPR for the Professional Rescuer/AED or equivalent.");
    assertEquals(
        List.of("Lifeguard certification", "First Aid certification", "Basic Life Support"),
        list.certifications().stream().map(Certification::name).toList());
    Requirements ranking =
        read(
            "Must possess a valid driver's license. HIGHLY QUALIFIED CRITERIA FOR THIS POSITION ARE: "
                + "1. Must have two (2) years experience as a Lifeguard 2. Must currently possess a Water Safety Instructor certificate");
    assertNull(ranking.minYears(), "ranking criteria are preferences");
    assertEquals(
        List.of(new Certification("Landscape Architect registration", true)),
        read("A valid New York State Registration as a Landscape Architect.").certifications());
  }

  @Test
  void scrapedTextQuirks() {
    assertEquals(
        DegreeLevel.BACHELOR,
        read("A Bachelor\u2019s of Science degree in Nursing.").degree(),
        "curly apostrophe");
    Requirements glued =
        read(
            "Degree of doctor of medicine.Current, full and unrestricted license to practice medicine "
                + "in a State.Physical requirements outlined below.Preferred Experience: Board certification in urology");
    assertEquals(DegreeLevel.DOCTORATE, glued.degree());
    assertEquals(
        List.of(new Certification("Physician licence", true)),
        glued.certifications(),
        "sentences glued at a period split; the preferred heading covers only what follows it");
  }

  @Test
  void aPreferredDegreeIsNotARequirement() {
    Requirements r =
        read("Requires 3+ years of experience with Python. A Master's degree is preferred.");
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
    assertTrue(
        read("Bachelor's degree or an equivalent combination of education and experience.")
            .experienceInstead());
    assertFalse(read("Bachelor's degree in accounting.").experienceInstead());
    assertTrue(
        read("Associate degree or relevant certification such as CompTIA A+.")
            .certificateInstead());
    assertFalse(read("Associate degree in IT.").certificateInstead());
  }

  @Test
  void yearsThatAreNoRequirementAreSkipped() {
    assertNull(
        read("A high school diploma. One year of full time work experience is equivalent to one year of high school.")
            .minYears());
    assertNull(
        read("Have a high school diploma or GED OR at least one year of full-time work experience in security.")
            .minYears());
    assertEquals(
        6,
        read("Six (6) years of full-time experience in engineering, at least two (2) years of which must have been managerial.")
            .minYears());
    assertEquals(3, read("Must have 36 months experience at the journeyman level.").minYears());
    assertEquals(
        1,
        read("Applicants must have 52 weeks of specialized experience at the GS-11 level.")
            .minYears());
  }

  @Test
  void aPreferredSkillsHeadingMakesWhatFollowsAPreferenceUnlessRequired() {
    Requirements r =
        read(
            "No formal education requirements. Preferred skills: • Valid Driver License • BA or BS degree "
                + "• A Food Protection Certificate is required.");
    assertEquals(
        List.of(
            new Certification("Driver's licence", false),
            new Certification("Food Protection Certificate", true)),
        r.certifications());
    assertEquals(DegreeLevel.NONE, r.degree());
  }

  @Test
  void minimumYearsInTheirCommonForms() {
    assertEquals(5, read("Minimum of 5 years of professional experience.").minYears());
    assertEquals(
        2,
        read("At least two (2) years of full-time satisfactory experience in accounting.")
            .minYears());
    assertEquals(3, read("3-5 years experience in data engineering.").minYears());
    assertEquals(7, read("7+ years' experience building APIs.").minYears());
    assertNull(
        read("Experience acquired within the last ten years counts. We are 30 years old.")
            .minYears());
    assertNull(
        read("Ten years of experience is a plus.").minYears(),
        "a preferred figure is not the minimum");
  }

  @Test
  void licencesAndCertificationsRequiredOrPreferred() {
    Requirements r =
        read(
            "Current, unrestricted RN license in any state. BLS certification required. "
                + "CISSP or Security+ preferred.");
    assertEquals(
        List.of(
            new Certification("Registered Nurse licence", true),
            new Certification("Basic Life Support", true),
            new Certification("CISSP", false),
            new Certification("CompTIA Security+", false)),
        r.certifications());
    assertEquals(
        List.of(new Certification("Bar admission", true)),
        read("Admission to the New York State Bar; and four years of legal experience.")
            .certifications());
    assertEquals(List.of(), read("Strong Excel skills and clear writing.").certifications());
  }

  // Wordings of private-sector (job-board) postings, issue 35; each failed on the rules of 0cf2a26.

  @Test
  void abbreviatedDegreesAndDegreePairs() {
    assertDegree(
        DegreeLevel.BACHELOR,
        "BS in Computer Science or a related field.",
        "BA in Economics.",
        "B.Sc. in Physics.",
        "BS/BA degree or equivalent experience.");
    assertDegree(
        DegreeLevel.MASTER,
        "MS in Statistics.",
        "M.Sc. in Data Science.",
        "M.S degree in Computer Science.",
        "MBA from a leading school.",
        "You hold a relevant master degree within Finance.");
    assertDegree(DegreeLevel.DOCTORATE, "PhD in Machine Learning.");
    // a pair: the lower
    assertDegree(
        DegreeLevel.BACHELOR,
        "BS/MS in Computer Science.",
        "B.S or M.S degree in Computer Science.",
        "Bachelor's or Master's degree in Statistics.");
    // Microsoft, a business analyst, a state: no degree
    assertDegree(
        DegreeLevel.NONE,
        "Experience with MS Office and MS SQL Server. Work as a BA with the product team.",
        "Our office is in Boston, MA in the heart of the city.");
  }

  private static void assertDegree(DegreeLevel want, String... texts) {
    for (String text : texts) {
      assertEquals(want, read(text).degree(), text);
    }
  }

  @Test
  void aDegreeWithNoLevelNamedIsABachelors() {
    assertEquals(
        DegreeLevel.BACHELOR,
        read("Candidates should have obtained a university degree in bioinformatics.").degree());
    assertEquals(
        DegreeLevel.BACHELOR, read("A degree in Computer Science or related fields.").degree());
    assertEquals(
        DegreeLevel.BACHELOR,
        read("Have degree in Interaction Design or a similar field.").degree());
    assertEquals(DegreeLevel.BACHELOR, read("Final degree in computer science.").degree());
    assertEquals(
        DegreeLevel.MASTER,
        read("A master's degree in computer science.").degree(),
        "a level named: that level");
    assertEquals(DegreeLevel.NONE, read("You must show a high degree of independence.").degree());
  }

  @Test
  void aDegreeToBeEarnedIsNotAsked() {
    assertEquals(
        DegreeLevel.NONE,
        read("A PhD scholarship in simulations of ion transport is available.").degree());
    assertEquals(DegreeLevel.NONE, read("You will co-supervise PhD students.").degree());
  }

  @Test
  void rangesWithEveryDashAndTo() {
    for (String range :
        List.of(
            "2-5 years",
            "2\u20135 years",
            "2 \u2013 5 years",
            "2\u20145 years",
            "2 to 5 years",
            "two (2) to five (5) years",
            "Two (2) - Five (5) years",
            "Two (2) Five (5) years")) {
      assertEquals(
          2,
          read("Requirements: " + range + " of experience in data engineering.").minYears(),
          range);
    }
  }

  @Test
  void yearsWithAPlusOrAFloor() {
    assertEquals(5, read("5+ years of software development experience.").minYears());
    assertEquals(
        2, read("2 + years professional experience working in a people manager role.").minYears());
    assertEquals(4, read("+4 years of professional experience.").minYears());
    assertEquals(
        5,
        read("You have more than 5 Years of experience working as a software developer.")
            .minYears());
    assertEquals(3, read("At least 3 years of experience working in agile teams.").minYears());
    assertEquals(2, read("A minimum of a couple of years work experience.").minYears());
  }

  @Test
  void yearsAsARole() {
    assertEquals(3, read("3+ years as a data engineer.").minYears());
    assertEquals(4, read("At least 4 years working as a backend developer.").minYears());
    assertNull(read("Applicants must be at least 25 years of age.").minYears(), "an age");
  }

  @Test
  void yearsPerToolGiveWayToTheGeneralFigure() {
    assertEquals(
        6,
        read("At least 6 years of experience in software engineering\nAt least 1 year experience with a public cloud")
            .minYears(),
        "the general figure, not the tool's");
    assertEquals(
        5,
        read("At least 8 years of experience in software engineering\n5+ years of experience running large "
                + "scale systems\nAt least 3 years of experience working on UNIX platforms")
            .minYears(),
        "the smallest general figure");
    assertEquals(
        4,
        read("* +4 years of professional experience * +1 years of experience leading a development team")
            .minYears());
    assertEquals(
        5,
        read("3+ years of experience with Python\n5+ years of experience with SQL").minYears(),
        "only per-tool figures: the largest");
    assertEquals(
        5,
        read("With your + 5 years knowledge of working with Typescript you would lead the team.")
            .minYears());
    assertEquals(
        6,
        read("Six (6) years of experience, two (2) years of which must have been supervisory.\n"
                + "Two years of this experience must have been in budgeting.")
            .minYears(),
        "parts of the figure are not figures");
  }

  @Test
  void orEquivalentMeansExperienceOnlyWhenItSaysExperience() {
    Requirements field = read("BS in Computer Science or equivalent.");
    assertEquals(DegreeLevel.BACHELOR, field.degree());
    assertFalse(field.experienceInstead(), "an equivalent degree, not experience");
    assertFalse(
        read("Final degree in computer science or equivalent education.").experienceInstead());
    assertTrue(
        read("A degree in Computer Science or related fields or equivalent practical experience.")
            .experienceInstead());
    assertTrue(
        read("Bachelor's degree in Computer Science or equivalent relevant experience.")
            .experienceInstead());
  }

  @Test
  void degreesAndYearsOnlyPreferredAreNotRequired() {
    assertNull(
        read("We prefer a person with a master degree in supply chain and 5-8 years of experience.")
            .minYears());
    assertPreferredOnly(
        DegreeLevel.MASTER,
        "We prefer a person with a master degree in supply chain and 5-8 years of experience.");
    assertPreferredOnly(
        DegreeLevel.BACHELOR,
        "Your background is most likely in Computer Science and you may have a Bachelor's or Master's Degree.");
    assertPreferredOnly(
        DegreeLevel.BACHELOR,
        "It is a plus if you have worked in finance and have a degree in computer science.");
    assertPreferredOnly(DegreeLevel.MASTER, "Nice to have: MSc in statistics.");
    assertPreferredOnly(
        DegreeLevel.BACHELOR,
        "Strong engineering background, preferably a BS in Computer Science.");
    Requirements heading =
        read(
            "BS in Computer Science\nPreferred Qualification:\nMasters Degree in Computer Science");
    assertEquals(DegreeLevel.BACHELOR, heading.degree());
    assertEquals(
        DegreeLevel.MASTER,
        heading.degreePreferred(),
        "a singular heading opens the preferred section too");
    assertEquals(
        2,
        read("A minimum of 2 years work experience ideally within Finance.").minYears(),
        "'ideally' governs what follows it: the area, not the years");
    assertEquals(
        5,
        read("Ideally you have used Helm You use Python daily You have more than 5 Years of experience as a developer")
            .minYears(),
        "sentences glued without a period: 'Ideally' covers only its own");
  }

  private static void assertPreferredOnly(DegreeLevel preferred, String text) {
    Requirements r = read(text);
    assertEquals(DegreeLevel.NONE, r.degree(), text);
    assertEquals(preferred, r.degreePreferred(), text);
  }

  @Test
  void scrapedTextWithWindows1252Quotes() {
    assertEquals(
        List.of(new Certification("Driver's licence", true)),
        read("Qualified applicants must have a valid Danish Class B Driver\u0092s License.")
            .certifications(),
        "a Windows-1252 apostrophe read as Latin-1");
    assertEquals(
        1,
        read("\u0095 High school graduate or equivalent \u0095 One (1) - Three (3) years of experience as a Driver. "
                + "\u0095 Applicants must be at least 25 years of age.")
            .minYears(),
        "the same bullet read as Latin-1 starts a clause");
  }

  /**
   * The cues skip a pattern only for clauses that cannot match it: an example of every alternative
   * of every degree and licence pattern matches its pattern, and passes its cue, in mixed case.
   */
  @Test
  void everyAlternativeOfTheDegreeAndLicencePatternsPassesItsCue() {
    List<String> degrees =
        List.of(
            "a Doctorate",
            "doctoral study",
            "PhD",
            "Ph.D.",
            "Ph D",
            "Pharm.D",
            "PharmD",
            "Psy.D",
            "Juris Doctor",
            "J.D.",
            "Doctor of Nursing",
            "graduation from an accredited law school",
            "a law degree",
            "Master's",
            "masters",
            "Master of Science",
            "M.B.A.",
            "MBA",
            "M.S.",
            "M.A.",
            "MSW",
            "MPH",
            "MSN",
            "a graduate degree",
            "an advanced degree",
            "Bachelor's",
            "bachelors",
            "Bachelor of Arts",
            "Baccalaureate",
            "B.S.",
            "B.A.",
            "BSN",
            "an undergraduate degree",
            "a four-year college degree",
            "a college degree",
            "a university degree",
            "a 4-year degree",
            "must have a degree",
            "requires an degree",
            "Associate's degree",
            "associate degree",
            "associates degree",
            "a two-year degree",
            "a 2-year degree",
            "an A.A.S. degree",
            "a Master degree",
            "MS in Statistics",
            "MSc in physics",
            "M.Sc. in",
            "M.S degree",
            "MEng/BEng",
            "M.Eng. diploma",
            "MA or MS",
            "BS/BA",
            "BA in Economics",
            "BSc or MSc",
            "B.Sc. in",
            "B.S or M.S",
            "BEng in",
            "B.Eng. degree");
    for (String example : degrees) {
      assertTrue(DegreeRules.ANY_DEGREE.matcher(example).find(), "the example matches: " + example);
      assertTrue(DegreeRules.DEGREE_CUE.in(example), "its cue passes: " + example);
    }
    List<String> licences =
        List.of(
            "RN license",
            "licensed as a registered nurse",
            "Registered Nurse licensure",
            "licensed to practice as a registered nurse",
            "current, full, active and unrestricted RN",
            "license in any state as a registered professional nurse",
            "registration as a graduate professional nurse",
            "LPN license",
            "LVN license",
            "licensed practical nurse",
            "licensed vocational nurse",
            "licensed to practice medicine",
            "a medical license",
            "Board-certified",
            "board certified",
            "pharmacist license",
            "licensed pharmacist",
            "licensed to practice pharmacy",
            "LCSW",
            "LMSW",
            "licensed clinical social worker",
            "CNA",
            "certified nursing assistant",
            "certified nurse aide",
            "BLS",
            "Basic Life Support",
            "CPR certified",
            "cardiopulmonary resuscitation certificate",
            "CPR and AED certificate",
            "Certifications: AED and CPR",
            "pesticide applicator",
            "Lifeguard certification",
            "life guard training",
            "Certificate: Lifeguard",
            "First Aid certificate",
            "first aid card",
            "Certification: CPR and first aid",
            "Coast Guard license",
            "Merchant Mariner credential",
            "ACLS",
            "Advanced Cardiac Life Support",
            "CPA",
            "certified public accountant",
            "CFA",
            "Chartered Financial Analyst",
            "CMA",
            "certified management accountant",
            "CIA",
            "certified internal auditor",
            "CISA",
            "certified information systems auditor",
            "CISSP",
            "certified information systems security professional",
            "CompTIA Security+",
            "Security+",
            "PMP",
            "Project Management Professional",
            "ITIL",
            "AWS Certified",
            "AWS certification",
            "CCNA",
            "Professional Engineer",
            "P.E. license",
            "PE license",
            "registered architect",
            "licensed architect",
            "registration as an architect",
            "active bar membership",
            "admission to the New York bar",
            "admitted to practice law in the bar",
            "member of the state bar",
            "admitted and in good standing",
            "membership in good standing in the bar",
            "membership in a state or territorial bar",
            "teaching certificate",
            "teaching license",
            "teacher certification",
            "state certified teacher",
            "CDL",
            "commercial driver's license",
            "driver's license",
            "drivers license",
            "chauffeur license",
            "motor vehicle operator's license",
            "SHRM-CP",
            "SHRM-SCP",
            "PHR",
            "SPHR",
            "CPC",
            "certified professional coder",
            "CCS",
            "RHIT",
            "RHIA",
            "Six Sigma",
            "Child Development Associate credential",
            "CDA credential",
            "group fitness instructor certification",
            "personal trainer certification",
            "strength and conditioning certification",
            "NWCG qualification",
            "Certificate in Food Protection",
            "food protection certificate",
            "food handler's card");
    for (String example : licences) {
      assertTrue(
          CertificationRules.ANY_CERTIFICATION.matcher(example).find(),
          "the example matches: " + example);
      assertTrue(CertificationRules.CERTIFICATION_CUE.in(example), "its cue passes: " + example);
    }
    assertFalse(DegreeRules.DEGREE_CUE.in("Maintain the schedule and answer the phones."));
    assertFalse(
        CertificationRules.CERTIFICATION_CUE.in("Maintain the schedule and answer the phones."));
  }

  /**
   * The same for the patterns run on every clause (Guarded): an example of each alternative
   * matches, in mixed case, and passes the pattern's cues; a plain duty clause passes none of them.
   */
  @Test
  void everyGuardedPatternsExamplesPassItsCues() {
    Map<Guarded, List<String>> examples = new LinkedHashMap<>();
    examples.put(
        PreferenceRules.LICENCE_SECTION,
        List.of(
            "LICENSE REQUIREMENTS:",
            "Licensure requirement",
            "Certification Requirements",
            "Registration requirement"));
    examples.put(
        PreferenceRules.HEADING_GLUED,
        List.of(
            "a college degree Preferred Skills: SQL",
            "a degree Desired Qualifications: SQL",
            "a degree desirable skills: SQL",
            "Google Cloud) Preferred Qualification: SQL"));
    examples.put(
        CertificationRules.NAMED_LICENCE,
        List.of(
            "a valid New York State License as a Master Plumber",
            "valid license for High Pressure Boiler Operating Engineer"));
    examples.put(
        CertificationRules.NAMED_REGISTRATION,
        List.of("a valid New York State Registration as a Landscape Architect"));
    examples.put(
        PreferenceRules.STRICT_PREFERRED_SECTION,
        List.of(
            "Best Qualified Criteria",
            "HIGHLY PREFERRED candidates",
            "highly qualifying criteria",
            "Highly Qualified candidate"));
    examples.put(
        PathRules.HIGHER_LEVEL,
        List.of(
            "Assignment Level II",
            "eligible for Placement in",
            "To be assigned to AL III",
            "to be Assigned to Assignment Level III"));
    examples.put(
        CertificationRules.LICENCE_HEADING,
        List.of(
            "Driver License Requirement:",
            "Motor Vehicle Licence Requirements",
            "License requirement"));
    examples.put(
        CertificationRules.CERTIFICATION_LIST,
        List.of("Certifications:", "Certificate :", "LICENSES:", "licence:"));
    examples.put(
        PreferenceRules.PREFERRED,
        List.of(
            "Go is Preferred",
            "preferably SQL",
            "Python is A Plus",
            "nice to have",
            "Desired",
            "DESIRABLE",
            "Helpful",
            "Ideally",
            "a Bonus",
            "Advantageous",
            "may be Required",
            "if Required",
            "Best Qualified",
            "highly preferred",
            "for certain positions",
            "for appointment to Certain assignments",
            "We Prefer",
            "we would prefer",
            "You May Have",
            "The Ideal Candidate will have",
            "our ideal candidate"));
    examples.put(
        YearsRules.YEARS,
        List.of(
            "Five (5) Years of experience",
            "3+ Years experience",
            "36 Months of progressively responsible experience",
            "52 Weeks of experience",
            "one year equivalent to the next lower grade",
            "two to four YEARS of relevant experience",
            "2\u20135 Years of experience",
            "2 \u2014 5 years of experience",
            "One (1) - Three (3) Years of experience",
            "two (2) to four (4) years of experience",
            "a couple of Years work experience",
            "+ 5 years knowledge",
            "3+ Years as a data engineer",
            "4 years working as an analyst"));
    examples.put(
        PreferenceRules.PREFERRED_SECTION,
        List.of(
            "Preferred Skills:",
            "DESIRED QUALIFICATIONS",
            "Desirable experience:",
            "preferred qualifications",
            "Preferred Qualification:",
            "Nice to have:",
            "NICE TO HAVE EXPERIENCE:"));
    examples.put(
        PreferenceRules.REQUIRED, List.of("Required", "REQUIREMENTS", "Requirement", "You Must"));
    examples.put(
        PathRules.ALTERNATIVE_WITHOUT_DEGREE,
        List.of(
            "a High School Diploma and six years",
            "High School graduation",
            "Education and/or Experience which is Equivalent to",
            "experience equivalent to",
            "a Satisfactory Equivalent"));
    examples.forEach(
        (guarded, texts) -> {
          for (String text : texts) {
            assertTrue(
                guarded.pattern().matcher(text).find(),
                "example matches " + guarded.pattern() + ": " + text);
            assertTrue(guarded.mayMatch(Cue.asciiLower(text)), "its cues pass: " + text);
          }
          assertFalse(
              guarded.find(
                  "Maintain the schedule and answer the phones.",
                  "maintain the schedule and answer the phones."));
        });
  }

  /**
   * The patterns anchored at a clause's start (Opening) run only on clauses that start with one of
   * their characters: an example of each alternative, in mixed case and after white space, matches
   * and passes; a plain duty clause passes none.
   */
  @Test
  void everyOpeningPatternsExamplesPassItsFirstCharacters() {
    Map<Opening, List<String>> examples = new LinkedHashMap<>();
    examples.put(
        PathRules.LATER_PATH,
        List.of(
            "or 2. A high school diploma",
            "(2) A diploma",
            "b. Four years",
            "C) two years",
            "  3. Three years",
            "OR (4) one year",
            "h) Six months"));
    examples.put(
        PathRules.ALL_PATHS,
        List.of(
            "However, all candidates must",
            "All Applicants",
            "Candidates must",
            "Applicants must",
            "\tMust have",
            "In addition, a licence"));
    examples.put(
        PathRules.GRADE,
        List.of(
            "To qualify for a GS-06,",
            "To qualify at the GS-9",
            "GS-11: one year",
            "WG-10",
            "wl-5",
            "WS - 8",
            "NF-3",
            "NA-4"));
    examples.put(
        PathRules.STARTS_WITH_OR, List.of("OR one of the following:", "  or 2. A diploma", "Or"));
    examples.forEach(
        (opening, texts) -> {
          for (String text : texts) {
            assertTrue(
                opening.pattern().matcher(text).find(),
                "example matches " + opening.pattern() + ": " + text);
            assertTrue(
                opening.find(text, Opening.first(Cue.asciiLower(text))),
                "its first character passes: " + text);
          }
          assertFalse(
              opening.find("Maintain the schedule.", Opening.first("maintain the schedule.")));
        });
  }

  /**
   * What "the ideal candidate" has is a preference: the degree of the standard path stays the one
   * required.
   */
  @Test
  void theIdealCandidatesDegreeIsPreferred() {
    Requirements r =
        RequirementRules.read(
            "Basic qualifications: one year of specialized experience equivalent to "
                + "the GS-11 grade. The ideal candidate will have a degree in environmental engineering or the physical sciences.");
    assertEquals(Requirements.DegreeLevel.NONE, r.degree());
    assertEquals(Requirements.DegreeLevel.BACHELOR, r.degreePreferred());
    assertEquals(1, r.minYears());
  }

  /**
   * Several cues read in one pass: whole words (not their plurals), word beginnings and substrings,
   * each cue its bit.
   */
  @Test
  void cuesReadSeveralCuesInOnePass() {
    Cues cues =
        new Cues(
            new Cue(Set.of("degree", "b"), List.of("graduat"), List.of("a.a.")),
            new Cue(Set.of("rn", "degree"), List.of("licen"), List.of("first aid")));
    assertEquals(0, cues.scan("maintain the schedule"));
    assertEquals(1, cues.scan("a graduate of"));
    assertEquals(3, cues.scan("a degree"));
    assertEquals(2, cues.scan("licensed rn"));
    assertEquals(0, cues.scan("degrees and rns"));
    assertEquals(2, cues.scan("a first aid card"));
    assertEquals(1, cues.scan("an a.a.s."));
    assertEquals(1, cues.scan("b"));
    assertEquals(3, cues.scan("-rn- b.s. "));
  }
}
