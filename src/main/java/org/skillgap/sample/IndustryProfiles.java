package org.skillgap.sample;

import java.util.List;

/**
 * What postings of each industry look like in the sample data: titles, employers, the sector texts feeds
 * use, and how likely each skill is to be asked for per year from 2019 to 2025. Some trends are planted on
 * purpose so reports have something true to find (see docs/sample-data.md).
 */
final class IndustryProfiles {
  private IndustryProfiles() {}

  static final int FIRST_YEAR = 2019;
  static final int LAST_YEAR = 2025;

  /** A skill as postings write it, with its probability per year 2019..2025. */
  record SkillOdds(String text, double[] byYear) {
    double odds(int year) {
      return byYear[Math.min(byYear.length - 1, Math.max(0, year - FIRST_YEAR))];
    }
  }

  record Profile(
      String industry,
      double share,
      List<String> sectorTexts,
      List<String> titles,
      List<String> companies,
      List<SkillOdds> skills,
      List<String> duties,
      int salaryLow,
      int salaryHigh) {}

  /**
   * Skills on the rise that the built-in taxonomy does not list, planted in about one posting in three
   * (the first of each pair seven times in ten) so emerging_skills has something true to find everywhere.
   */
  static final java.util.Map<String, List<String>> EMERGING = java.util.Map.of(
      "tech", List.of("vector search", "data contracts"),
      "healthcare", List.of("genomic medicine", "wearable sensors"),
      "finance", List.of("embedded finance", "climate risk modeling"),
      "education", List.of("AI literacy", "makerspaces"),
      "other", List.of("drone surveying", "route planning"));

  static SkillOdds s(String text, double p) {
    return new SkillOdds(text, new double[] {p});
  }

  static SkillOdds s(String text, double... byYear) {
    return new SkillOdds(text, byYear);
  }

  static final List<Profile> PROFILES =
      List.of(
          new Profile(
              "tech",
              0.32,
              List.of("Information Technology", "Software", "Internet", "Computer Hardware & Software",
                  "IT Services", "Technology"),
              List.of("Software Engineer", "Senior Software Engineer", "Data Engineer", "Data Scientist",
                  "DevOps Engineer", "Cloud Engineer", "Frontend Developer", "Backend Developer",
                  "Full Stack Developer", "IT Support Specialist", "Help Desk Technician", "Security Analyst",
                  "Machine Learning Engineer", "Data Analyst", "Site Reliability Engineer", "QA Engineer"),
              List.of("Nimbus Labs", "Quantive Systems", "BrightByte", "Cloudform Inc.", "Datastream Corp",
                  "Northwind Software", "Helix Digital", "Bluepeak Technologies", "Vertex AI Solutions",
                  "Orbital Networks"),
              List.of(
                  s("Python", .42), s("Java", .28), s("JavaScript", .25), s("TypeScript", .08, .1, .12, .15, .18, .2, .22),
                  s("SQL", .38), s("AWS", .30), s("Azure", .14), s("Google Cloud Platform", .08),
                  s("Docker", .2, .22, .24, .26, .27, .28, .29), s("Kubernetes", .08, .11, .14, .18, .22, .25, .28),
                  s("Terraform", .05, .07, .09, .11, .13, .14, .15), s("CI/CD", .18), s("Git", .25),
                  s("Linux", .2), s("React", .15), s("Node.js", .12), s("REST APIs", .18),
                  s("microservices", .12), s("Apache Spark", .08), s("Apache Kafka", .07), s("Go", .06),
                  s("C++", .07), s("C#", .08), s(".NET", .07), s("machine learning", .14),
                  s("Generative AI", .0, .0, .01, .01, .18, .34, .5), s("PyTorch", .04, .04, .05, .06, .08, .1, .12),
                  s("TensorFlow", .06), s("Tableau", .06), s("Power BI", .06), s("Snowflake", .03, .04, .05, .06, .07, .08, .09),
                  s("Technical Support", .08), s("troubleshooting", .12), s("Active Directory", .05),
                  s("Networking", .07), s("Cybersecurity", .08), s("SIEM", .03), s("Agile", .22), s("Jira", .1),
                  s("vector databases", 0, 0, 0, .01, .06, .25, .5), s("unit testing", .1), s("R", .04),
                  s("Excel", .05), s("CompTIA A+", .04), s("AWS certification", .02, .03, .04, .05, .06, .07, .08),
                  s("CISSP", .02), s("communication skills", .3), s("problem-solving", .2), s("teamwork", .12)),
              List.of("Design, build and maintain scalable services", "Write clean, well-tested code",
                  "Collaborate with product managers and designers", "Participate in code reviews",
                  "Monitor production systems and respond to incidents", "Automate infrastructure and deployments",
                  "Resolve tickets from employees in a timely manner", "Build reliable data pipelines",
                  "Create dashboards for business stakeholders"),
              70_000,
              180_000),
          new Profile(
              "healthcare",
              0.25,
              List.of("Health Care", "Hospitals and Health Clinics", "Healthcare", "Biotech & Pharmaceuticals",
                  "Health Care Services & Hospitals"),
              List.of("Registered Nurse", "ICU Registered Nurse", "Licensed Practical Nurse", "Medical Assistant",
                  "Certified Nursing Assistant", "Phlebotomist", "Medical Coder", "Pharmacy Technician",
                  "Patient Care Technician", "Home Health Aide", "Clinical Research Coordinator",
                  "Health Information Technician"),
              List.of("St. Mary's Medical Center", "Riverside Health", "Lakeshore Hospital", "CareFirst Clinics",
                  "Summit Health Partners", "Valley Community Hospital", "Mercy Care Network", "Harborview Clinic"),
              List.of(
                  s("patient care", .55), s("EHR", .3), s("Epic", .18, .19, .2, .21, .22, .23, .24), s("Cerner", .06),
                  s("BLS certification", .35), s("ACLS", .15), s("RN license", .3), s("medication administration", .25),
                  s("vital signs", .25), s("infection control", .18, .35, .3, .22, .2, .2, .2), s("phlebotomy", .08),
                  s("specimen handling", .0), s("IV therapy", .1), s("wound care", .1), s("care plans", .12),
                  s("patient education", .15), s("medical terminology", .15), s("ICD-10", .08), s("CPT coding", .06),
                  s("HIPAA", .2), s("charting", .18), s("telehealth", .02, .2, .15, .12, .11, .1, .1),
                  s("triage", .08), s("critical care", .06), s("pediatrics", .05), s("geriatric care", .07),
                  s("CNA certification", .08), s("medical billing", .06), s("insurance verification", .05),
                  s("compassion", .2), s("attention to detail", .2), s("communication skills", .3),
                  s("teamwork", .15), s("bilingual Spanish", .06)),
              List.of("Provide safe, high-quality care to assigned patients", "Coordinate with physicians and therapists",
                  "Document care accurately and on time", "Educate patients and families",
                  "Maintain a clean and safe environment", "Process claims and verify coverage"),
              32_000,
              120_000),
          new Profile(
              "finance",
              0.20,
              List.of("Banks & Credit Unions", "Insurance", "Financial Services", "Investment Banking & Asset Management",
                  "Accounting", "Finance"),
              List.of("Financial Analyst", "Senior Accountant", "Staff Accountant", "Credit Analyst", "Risk Analyst",
                  "Compliance Officer", "AML Investigator", "Investment Analyst", "Loan Officer", "Auditor",
                  "FP&A Analyst", "Actuarial Analyst"),
              List.of("First Meridian Bank", "Granite Capital", "Atlas Insurance Group", "Keystone Credit Union",
                  "Harbor Wealth Partners", "Sterling & Rowe LLP", "Pinnacle Financial", "Evergreen Mutual"),
              List.of(
                  s("financial modeling", .25), s("Excel", .5), s("financial analysis", .3), s("GAAP", .2),
                  s("forecasting", .18), s("budgeting", .15), s("account reconciliation", .15), s("month-end close", .12),
                  s("SQL", .1, .11, .12, .14, .15, .17, .18), s("Python", .04, .05, .06, .08, .1, .12, .14),
                  s("Tableau", .05), s("Power BI", .04, .05, .06, .08, .1, .11, .12), s("risk management", .18),
                  s("credit analysis", .1), s("AML", .1), s("KYC", .1), s("regulatory compliance", .15),
                  s("SOX", .1), s("auditing", .12), s("valuation", .08), s("QuickBooks", .06), s("SAP", .06),
                  s("Bloomberg Terminal", .04), s("ESG", .01, .02, .04, .06, .08, .1, .12), s("underwriting", .06),
                  s("CPA", .15), s("CFA", .08), s("Series 7", .04), s("attention to detail", .25),
                  s("communication skills", .25), s("analytical skills", .2)),
              List.of("Prepare monthly financial reports for senior management", "Analyze variances against budget",
                  "Review loan applications and credit files", "Investigate suspicious activity alerts",
                  "Support internal and external audits", "Build models to support investment decisions"),
              50_000,
              160_000),
          new Profile(
              "education",
              0.14,
              List.of("Colleges & Universities", "K-12 Education", "Education Training Services", "Education",
                  "Preschool & Child Care"),
              List.of("Elementary School Teacher", "High School Math Teacher", "Special Education Teacher",
                  "Instructional Designer", "Academic Advisor", "ESL Teacher", "Curriculum Developer",
                  "Online Course Facilitator", "Teaching Assistant", "Corporate Trainer"),
              List.of("Lincoln Unified School District", "Westbrook University", "Cedar Valley College",
                  "BrightPath Learning", "Oakridge Academy", "Metro Community College", "LearnWell Online"),
              List.of(
                  s("lesson planning", .35), s("classroom management", .35), s("curriculum development", .2),
                  s("differentiated instruction", .18), s("special education", .12), s("IEP", .1),
                  s("student assessment", .2), s("instructional design", .12, .13, .16, .18, .19, .2, .21),
                  s("LMS", .08, .1, .2, .2, .19, .19, .19), s("Canvas", .06, .07, .12, .12, .12, .12, .12),
                  s("online teaching", .03, .05, .3, .25, .18, .15, .14), s("Articulate Storyline", .04),
                  s("ESL", .08), s("literacy instruction", .08), s("STEM education", .07), s("educational technology", .08, .1, .2, .18, .17, .17, .17),
                  s("academic advising", .05), s("Google Classroom", .02, .03, .12, .1, .09, .08, .08),
                  s("teaching license", .35), s("TEFL", .04), s("parent communication", .1),
                  s("social-emotional learning", .03, .04, .06, .08, .1, .11, .12), s("communication skills", .3),
                  s("teamwork", .12)),
              List.of("Plan and deliver engaging lessons", "Assess student progress and adapt instruction",
                  "Communicate regularly with families", "Design online modules with subject matter experts",
                  "Advise students on course selection and career paths"),
              38_000,
              95_000),
          new Profile(
              "other",
              0.09,
              List.of("Retail", "Manufacturing", "Transportation & Logistics", "Government", "Construction",
                  "Hospitality"),
              List.of("Operations Manager", "Store Manager", "Logistics Coordinator", "Project Manager",
                  "Customer Service Representative", "Administrative Assistant", "Marketing Specialist"),
              List.of("Summit Retail Group", "Ironworks Manufacturing", "Swift Freight", "City of Fairview",
                  "Keystone Builders", "Grand Harbor Hotels"),
              List.of(
                  s("project management", .25), s("customer service", .35), s("Excel", .3), s("Microsoft Office", .3),
                  s("SAP", .06), s("Salesforce", .06), s("Six Sigma", .05),
                  s("PMP", .06), s("SQL", .05), s("communication skills", .35), s("leadership", .2),
                  s("time management", .15), s("negotiation", .06)),
              List.of("Oversee daily operations", "Coordinate schedules and shipments", "Serve customers in store and by phone",
                  "Prepare reports for management"),
              35_000,
              110_000));
}
