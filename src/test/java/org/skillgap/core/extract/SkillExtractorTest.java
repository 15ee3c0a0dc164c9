package org.skillgap.core.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.skillgap.core.taxonomy.Taxonomy;

/**
 * The extractor on the hard cases, with the real CoreNLP tokenizer and the built-in taxonomy; no
 * Spark.
 */
class SkillExtractorTest {

  private static final SkillExtractor EXTRACTOR = CoreNlp.extractor(Taxonomy.builtin());

  private static Set<String> skills(String text, String industry) {
    return EXTRACTOR.extract(text, industry).stream()
        .map(SkillMention::skillId)
        .collect(Collectors.toSet());
  }

  private static Set<String> skills(String text) {
    return skills(text, "tech");
  }

  @Test
  void findsNamesAliasesAndAbbreviations() {
    assertEquals(
        Set.of("python", "amazon-web-services", "kubernetes"),
        skills("Experience with Python, AWS and K8s is required."));
  }

  @Test
  void foldsPluralsAndCase() {
    assertEquals(
        Set.of("rest-apis", "nosql"), skills("You have built RESTful APIs on NoSQL databases."));
    assertTrue(
        skills("Solid knowledge of relational DATABASES and Data Pipelines.")
            .contains("data-pipelines"));
  }

  @Test
  void matchesSymbolsAndPunctuationVariants() {
    assertEquals(
        Set.of("cpp", "csharp", "dotnet", "node-js", "ci-cd"),
        skills("Strong C++, C# and .NET skills; Node.js and CI/CD experience."));
    assertEquals(Set.of("machine-learning"), skills("Hands-on machine-learning experience."));
    assertEquals(Set.of("dotnet", "java"), skills("Experience with .NET Core. Java is a plus."));
  }

  @Test
  void prefersTheLongestMatch() {
    List<SkillMention> m = EXTRACTOR.extract("Experience with Ruby on Rails required.", "tech");
    assertEquals(List.of("ruby-on-rails"), m.stream().map(SkillMention::skillId).toList());
    assertEquals("Ruby on Rails", m.get(0).surface());
  }

  @Test
  void resolvesAmbiguousNamesFromContext() {
    assertTrue(skills("Proficiency in R and Python for statistics.").contains("r"));
    assertTrue(skills("Experience with Go and Kubernetes.").contains("go"));
    assertFalse(skills("You will go above and beyond for customers.").contains("go"));
    assertFalse(skills("Go the extra mile every day.").contains("go"));
    assertTrue(
        skills("Advanced Excel skills (pivot tables, VLOOKUP).", "finance").contains("excel"));
    assertFalse(skills("You will excel in a fast-paced team.", "finance").contains("excel"));
    assertFalse(
        skills("Excel at building relationships with clients.", "finance").contains("excel"));
    assertTrue(skills("Charting in Epic required.", "healthcare").contains("epic"));
    assertFalse(skills("Join us on an epic journey.", "healthcare").contains("epic"));
  }

  @Test
  void readsRequirementLevel() {
    List<SkillMention> req = EXTRACTOR.extract("Must have 3+ years of Java.", "tech");
    assertEquals(RequirementLevel.REQUIRED, req.get(0).requirement());
    List<SkillMention> pref = EXTRACTOR.extract("Experience with Terraform is a plus.", "tech");
    assertEquals(RequirementLevel.PREFERRED, pref.get(0).requirement());
    List<SkillMention> none = EXTRACTOR.extract("The team uses Jenkins.", "tech");
    assertEquals(RequirementLevel.NOT_STATED, none.get(0).requirement());
  }

  @Test
  void skipsNegatedMentions() {
    assertEquals(Set.of(), skills("No prior Python experience needed; we will train you."));
    assertEquals(Set.of(), skills("A CPA is not required for this role.", "finance"));
    assertEquals(Set.of("sql"), skills("SQL required. No prior Tableau experience needed."));
  }

  @Test
  void aPreferenceIsNotANegation() {
    List<SkillMention> helpful =
        EXTRACTOR.extract("Kubernetes experience is helpful but not required.", "tech");
    assertEquals(List.of("kubernetes"), helpful.stream().map(SkillMention::skillId).toList());
    assertEquals(RequirementLevel.PREFERRED, helpful.get(0).requirement());
    List<SkillMention> plus = EXTRACTOR.extract("Terraform is not required but a plus.", "tech");
    assertEquals(RequirementLevel.PREFERRED, plus.get(0).requirement());
    assertEquals(
        RequirementLevel.PREFERRED,
        EXTRACTOR.extract("Nice to have: Docker.", "tech").get(0).requirement());
    assertEquals(
        Set.of(), skills("A CPA is not required for this role.", "finance"), "still a negation");
  }

  @Test
  void aPerksLineInsideAParagraphIsBoilerplate() {
    assertEquals(
        Set.of("java"),
        skills("You have 3 years of Java. Benefits: health insurance, a gym and Python meetups."));
    assertEquals(
        Set.of("sql"),
        skills("Strong SQL skills. Perks include free AWS training and conference budget."));
    assertEquals(Set.of("sql"), skills("Strong SQL skills. We offer Tableau courses."));
  }

  @Test
  void anAcronymThePostingDefinesBindsToItsDefinition() {
    assertEquals(
        Set.of("good-clinical-practice"),
        skills(
            "Knowledge of Good Clinical Practice (GCP) is required. Apply GCP in every study.",
            "tech"),
        "defined as Good Clinical Practice: not Google Cloud Platform, even in a tech posting");
    assertEquals(
        Set.of(),
        skills(
            "You will join our Global Catering Partners (GCP) team. GCP serves 40 sites.", "tech"),
        "defined as something the taxonomy does not know: no skill");
    assertEquals(
        Set.of("google-cloud-platform"),
        skills("Experience with GCP and BigQuery required.", "tech").stream()
            .filter(id -> !id.equals("bigquery"))
            .collect(Collectors.toSet()),
        "undefined: read as usual");
    assertEquals(
        "Good Clinical Practice",
        Acronyms.defined("trained in Good Clinical Practice (GCP) and ICH").get("GCP"));
    assertEquals(
        "Electronic Health Record",
        Acronyms.defined("use the Electronic Health Record (EHR) daily").get("EHR"));
    assertEquals(
        "Bureau of Labor Statistics",
        Acronyms.defined("data from the Bureau of Labor Statistics (BLS)").get("BLS"));
    assertNull(
        Acronyms.defined("experience with (SQL) databases").get("SQL"), "no words to define it");
  }

  @Test
  void aSharedNameTakesTheSenseOfThePostingsIndustry() {
    assertTrue(skills("GCP experience required.", "tech").contains("google-cloud-platform"));
    assertTrue(skills("GCP experience required.", "healthcare").contains("good-clinical-practice"));
    assertFalse(skills("GCP experience required.", "healthcare").contains("google-cloud-platform"));
  }

  @Test
  void skipsBoilerplateSections() {
    String posting =
        String.join(
            "\n",
            "About us:",
            "We are a Python and machine learning shop.",
            "Requirements:",
            "- 2+ years of Java.",
            "Benefits:",
            "- Free CPR and BLS classes for staff",
            "Acme is an equal opportunity employer; experience with Excel does not matter to our hiring.");
    assertEquals(Set.of("java"), skills(posting));
  }

  @Test
  void recordsOffsetsIntoTheDocument() {
    String text = "Requirements:\nStrong SQL skills.";
    SkillMention m = EXTRACTOR.extract(text, "tech").get(0);
    assertEquals("SQL", text.substring(m.begin(), m.end()));
    assertEquals(1, m.sentenceIndex());
    assertEquals("Strong SQL skills.", m.sentence());
  }

  @Test
  void detectsCredentialMentionsAsTheirOwnType() {
    List<SkillMention> m =
        EXTRACTOR.extract("Current RN license and BLS certification required.", "healthcare");
    Set<String> ids = m.stream().map(SkillMention::skillId).collect(Collectors.toSet());
    assertEquals(Set.of("registered-nurse-license", "basic-life-support"), ids);
    assertEquals(
        Set.of("google-it-support-professional-certificate"),
        skills("Google IT Support Professional Certificate preferred."));
    assertEquals(
        Set.of("comptia-a-plus", "project-management-professional"),
        skills("CompTIA A+ and PMP required."));
    // A credential asked for without its name still counts as naming a credential; the skill counts
    // too.
    assertEquals(
        Set.of("any-certification", "project-management"),
        skills("Certification in project management required."));
    assertEquals(Set.of("basic-life-support"), skills("BLS certification required.", "healthcare"));
  }

  @Test
  void fieldsOfStudyInADegreeClauseAreNotDemand() {
    // Degrees are requirements (the requirement rules read them); the fields they name are not
    // skills asked.
    assertEquals(
        Set.of("investment-analysis"),
        skills(
            "A baccalaureate degree including 24 semester credits in "
                + "accounting, economics, finance and/or statistics and one year of experience in investment activities.",
            "finance"));
    assertEquals(
        Set.of(),
        skills(
            "A Master's degree in Public Health, including graduate credits in "
                + "epidemiology and biostatistics.",
            "healthcare"));
    // The experience the clause goes on to ask for is demand again.
    assertEquals(
        Set.of("python"),
        skills("Bachelor's degree in Computer Science with experience in Python."));
  }

  @Test
  void aStateCodeAfterAPlaceIsNotASkill() {
    assertEquals(
        Set.of(),
        skills("The position is located in the Field Office, Fayetteville, AR.", "finance"));
    assertEquals(
        Set.of(),
        skills("Report to the office at 700 Main St, Little Rock, AR 72201 daily.", "finance"));
    assertTrue(
        skills("Experience with AR, billing and month-end close is required.", "finance")
            .contains("accounts-receivable"));
  }

  @Test
  void organisationNamesAndJobTitlesAreNotDemand() {
    assertEquals(
        Set.of(),
        skills("The Bureau of Asset Management oversees the pension funds' portfolio.", "finance"));
    assertEquals(
        Set.of(), skills("Submit the form to the Human Resources Office by Friday.", "other"));
    assertEquals(
        Set.of(),
        skills(
            "This position is located in the Accounting Services Branch, Accounts Receivable"
                + " Section.",
            "finance"));
    assertEquals(
        Set.of("staff-training"),
        skills("Provide in-service training to Public Health Nurses.", "healthcare"));
    assertEquals(
        Set.of("public-health"), skills("Knowledge of public health is preferred.", "healthcare"));
    assertEquals(Set.of(), skills("Brief senior leadership on the findings.", "tech"));
    assertEquals(Set.of("leadership"), skills("Strong leadership is required.", "tech"));
  }

  @Test
  void sentencesAboutTheEmployerAreNotDemand() {
    assertEquals(
        Set.of(),
        skills(
            "The Bureau of Information Systems provides web site development, geographic "
                + "information systems and social media support.",
            "tech"));
    assertEquals(
        Set.of(),
        skills(
            "Services to students include case management, urgent care and medication "
                + "administration.",
            "healthcare"));
    assertEquals(
        Set.of("gis"), skills("You will build maps with geographic information systems.", "tech"));
    // The employer by its own name.
    assertEquals(
        Set.of(),
        skills(
            "As the City's technology leader, DoITT is responsible for maintaining the IT "
                + "infrastructure that touches every aspect of City life, from public safety to human services.",
            "tech"));
    assertEquals(
        Set.of(),
        skills(
            "DoITT provides for the delivery of IT services, infrastructure and "
                + "telecommunications to New York City's residents.",
            "tech"));
    // The job as the subject is what the job does.
    assertEquals(
        Set.of("telecommunications"),
        skills(
            "The Network Analyst provides support for telecommunications " + "systems.", "tech"));
  }

  @Test
  void areasAnyOneOfWhichQualifiesAreNotDemand() {
    // A list of qualifying areas: any one of them lets a candidate in, so none is what the job
    // asks.
    assertEquals(
        Set.of(),
        skills(
            "Two years of experience in one or more of the following areas: systems "
                + "programming, data telecommunications, database administration.",
            "tech"));
    assertEquals(
        Set.of(),
        skills(
            "Three years of administrative experience in the areas of computer applications "
                + "programming, systems programming, data telecommunications or database administration.",
            "tech"));
    // A civil-service title's numbered paths: the experience each path accepts is a way in.
    assertEquals(
        Set.of(),
        skills(
            "(1) A baccalaureate degree and two years of experience in systems programming, "
                + "database administration or data telecommunications; or (2) four years of such experience.",
            "tech"));
    // Nor do they go to the unknown-skills queue: neither the known names context dropped nor the
    // list's others.
    assertEquals(
        List.of(),
        EXTRACTOR
            .extract(
                "Experience is required in one or more of the following areas: "
                    + "systems programming, mainframe development planning, data telecommunications.",
                "tech",
                true)
            .emerging());
    // A list that ends "or a related field": any one of them will do.
    assertEquals(
        Set.of(),
        skills(
            "Applicants must have experience gained in accounting, auditing, or a related field.",
            "finance"));
    assertEquals(
        Set.of("sql"),
        skills(
            "Experience with SQL is required, and a degree in statistics, economics or a closely "
                + "related discipline.",
            "tech"));
    // Without alternatives, the experience asked for is demand.
    assertEquals(
        Set.of("database-administration"),
        skills("Two years of experience in database administration " + "are required.", "tech"));
  }

  @Test
  void aSentenceOfAlternativeRoutesAsksNoSkillOfEveryone() {
    // Federal announcements join routes with "OR" in capitals, often glued by lost line breaks.
    assertEquals(
        Set.of(),
        skills(
            "One year of experience performing technical and nursing skills OR Have successfully "
                + "completed 2 years above high school.",
            "healthcare"));
    assertEquals(
        Set.of(),
        skills(
            "Writing or presenting economic research results.ORPossess a Ph.D. or equivalent "
                + "doctoral degree.",
            "finance"));
    // Lettered examples, any one of which qualifies.
    assertEquals(
        Set.of(),
        skills(
            "Examples of qualifying experience include: a) individual economic research assignments;"
                + " b) project coordination assignments; or c) teaching assignments in a college.",
            "finance"));
    // "Any four of seven areas" is a list of ways in.
    assertEquals(
        Set.of(),
        skills(
            "Experience leading at least four (4) of the following areas: strategic planning, IT "
                + "project management, IT governance, enterprise architecture, or IT policy.",
            "tech"));
    // A list of settings or capacities, any one of which will do.
    assertEquals(
        Set.of(),
        skills(
                "Prefer experience in Long Term Care, Skilled Nursing or Rehabilitation facility.",
                "healthcare")
            .stream()
            .filter(id -> id.equals("geriatrics"))
            .collect(Collectors.toSet()));
    assertEquals(
        Set.of(),
        skills(
            "Candidates should possess experience in a managerial, administrative or supervisory position.",
            "other"));
    // "OR" as the operating room is not a route.
    assertTrue(
        skills("Two years of OR Nurse experience and nursing practice required.", "healthcare")
            .contains("nursing"));
  }

  @Test
  void hiringAndVettingTextIsNotDemand() {
    assertEquals(
        Set.of(),
        skills(
            "Background Investigation: You must successfully complete a background investigation "
                + "to determine your suitability for Federal employment.",
            "other"));
    assertEquals(
        Set.of(),
        skills(
            "The candidate selected may need to complete a pre-employment physical examination prior "
                + "to appointment.",
            "healthcare"));
    assertEquals(
        Set.of(),
        skills(
            "The requirement for licensure may be waived for individuals engaged in research "
                + "involving no direct patient care duties.",
            "healthcare"));
    assertEquals(
        Set.of(),
        skills("This position is eligible for telework (e.g., supervisory approval).", "tech"));
    assertEquals(
        Set.of(),
        skills(
            "Physicians appointed to direct patient-care positions must be proficient in spoken and "
                + "written English as required by Title 38 U.S.C. 7402.",
            "healthcare"));
  }

  @Test
  void aSkillNameThatQualifiesAnotherNounIsNotTheSkill() {
    // People and teams the job works with.
    assertFalse(
        skills("Coordinate with procurement and legal staff on contracting matters.", "finance")
            .contains("procurement"));
    assertFalse(
        skills("Act as a liaison between end users and project management teams.", "tech")
            .contains("project-management"));
    // A team the candidate joins is the job's own.
    assertTrue(
        skills("Become an integral member of the case management team.", "healthcare")
            .contains("case-management"));
    // A licence is a document, read by the requirement rules.
    assertFalse(skills("Must submit a copy of Nursing license.", "healthcare").contains("nursing"));
    // A one-word soft skill naming a tool; a discipline's tools stay the discipline's.
    assertFalse(
        skills("Experience with collaboration tools such as Dropbox and Google Drive.", "tech")
            .contains("teamwork"));
    assertTrue(
        skills("Experience with Jira, Trello or other project management tools.", "tech")
            .contains("project-management"));
    // Supervision received, and a supervisory title.
    assertFalse(
        skills("The analyst works under supervisory review of the branch chief.", "finance")
            .contains("supervision"));
    assertFalse(
        skills("Reports to the Supervisory IT Specialist (Customer Support).", "tech")
            .contains("supervision"));
    assertTrue(skills("- Supervise Public Health Advisers.", "healthcare").contains("supervision"));
    // A standard named after a skill is a document.
    assertFalse(
        skills(
                "Positions at the GS-06 level are key fire management positions under the "
                    + "Interagency Fire Program Management (IFPM) Standard.",
                "other")
            .contains("program-management"));
    assertTrue(
        skills("Participating in recruitment and orientation of new staff.", "other")
            .contains("recruiting"));
    assertTrue(skills("Experience supervising staff is required.", "tech").contains("supervision"));
    assertFalse(
        skills(
                "This position reports to the Supervisory Diagnostic Radiologic Technologist.",
                "healthcare")
            .contains("supervision"));
    assertTrue(
        skills("Supervisory or leadership experience is required.", "healthcare")
            .contains("supervision"));
    assertFalse(
        skills(
                "Coordinate care with primary care or specialty medical/surgical colleagues.",
                "healthcare")
            .contains("primary-care"));
  }

  @Test
  void recruitingPitchesPayElementsAndTitlesInLowerCaseAreNotDemand() {
    assertEquals(
        Set.of(),
        skills(
            "How would you like to become a part of a team providing compassionate care to "
                + "Veterans?",
            "healthcare"));
    assertEquals(
        Set.of("bedside-manner"),
        skills("You provide compassionate care to every patient.", "healthcare"));
    assertEquals(
        Set.of(), skills("Recruitment incentives may be authorized for this position.", "other"));
    assertEquals(Set.of("recruiting"), skills("Experience in recruitment is required.", "other"));
    assertEquals(
        Set.of(), skills("Claims are decided by the Veterans Benefits Administration.", "other"));
    assertEquals(
        Set.of("benefits-administration"),
        skills("Experience in benefits administration is required.", "other"));
    assertEquals(
        Set.of(),
        skills("Examples of qualifying experience: computer sales representative.", "tech"));
    assertEquals(Set.of(), skills("A recruitment or relocation bonus may be authorized.", "other"));
    assertEquals(
        Set.of(),
        skills("We provide services to Veterans through the Benefits Administration.", "other"));
    assertEquals(
        Set.of(), skills("Please contact Human Resources at this medical center.", "healthcare"));
    assertEquals(
        Set.of("human-resources"), skills("Five years of experience in human resources.", "other"));
    assertEquals(
        Set.of(),
        skills(
            "We are a teaching hospital providing patient care, education and research.",
            "healthcare"));
  }

  @Test
  void experienceAPostingCallsUnacceptableIsNotDemand() {
    assertEquals(
        Set.of(),
        skills(
            "Some examples of unacceptable experience are: help desk, data entry and "
                + "telecommunications.",
            "tech"));
    assertEquals(
        Set.of(),
        skills(
            "Experience in data entry is not acceptable towards meeting the requirements.",
            "tech"));
  }

  @Test
  void coordinatedModifiersShareTheirHead() {
    assertEquals(
        Set.of("interpersonal-skills", "communication", "presentation-skills"),
        skills("Excellent interpersonal, communication and presentation skills.", "healthcare"));
    assertEquals(
        Set.of("organization", "interpersonal-skills"),
        skills("Strong organizational and interpersonal skills are required.", "finance"));
    assertEquals(
        Set.of("project-management", "program-management"),
        skills("Knowledge of project or program management.", "other"));
  }

  @Test
  void aSoftSkillInAPluralNoneOfItsFormsUsesIsNotTheSkill() {
    assertEquals(
        Set.of(),
        skills("Coordinate with legal, procurement, finance, communications and agencies.", "tech")
            .stream()
            .filter(id -> id.equals("communication"))
            .collect(Collectors.toSet()));
    assertTrue(
        skills("Excellent interpersonal, communications and organizational skills.", "finance")
            .contains("communication"));
  }

  @Test
  void everydayAliasesCountOnlyAsNamesWithContext() {
    assertEquals(
        Set.of(
            "microsoft-office", "excel", "microsoft-word", "microsoft-access", "microsoft-outlook"),
        skills(
            "Strong knowledge of Microsoft Office programs such as Excel, Word, Access, and Outlook.",
            "finance"));
    assertEquals(Set.of(), skills("Users need access to the word list.", "healthcare"));
  }

  @Test
  void emptyAndBlankTextGiveNothing() {
    assertEquals(List.of(), EXTRACTOR.extract("", "tech"));
    assertEquals(List.of(), EXTRACTOR.extract(null, "tech"));
  }
}
