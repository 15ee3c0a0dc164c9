package org.skillgap.core.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Dates, salaries, industry texts and HTML: the values feeds send, without Spark. */
class ValueParsingTest {

  @Test
  void parsesCommonDateFormats() {
    LocalDate d = LocalDate.of(2024, 3, 5);
    assertEquals(d, Dates.parse("2024-03-05"));
    assertEquals(d, Dates.parse("2024-03-05T10:00:00Z"));
    assertEquals(d, Dates.parse("3/5/2024"));
    assertEquals(d, Dates.parse("March 5, 2024"));
    assertEquals(d, Dates.parse("5 Mar 2024"));
    assertNull(Dates.parse("2021-02-30"), "impossible dates are not rolled over");
    assertNull(Dates.parse("yesterday"));
    assertNull(Dates.parse("  "));
  }

  @Test
  void parsesSalariesAndAnnualises() {
    Salary glassdoor = Salary.parse("$53K-$91K (Glassdoor est.)").salary();
    assertEquals(53_000, glassdoor.min());
    assertEquals(91_000, glassdoor.max());
    assertEquals("USD", glassdoor.currency());
    assertEquals("year", glassdoor.period());

    Salary pounds = Salary.parse("£30,000 per annum").salary();
    assertEquals("GBP", pounds.currency());
    assertEquals(30_000, pounds.annualMax());

    Salary hourly = Salary.parse("45/hr").salary();
    assertEquals("hour", hourly.period());
    assertEquals(45 * 2080, hourly.annualMin());

    assertEquals(85_000, Salary.parse("85000").salary().annualMin());
    assertNull(Salary.parse(null).salary());
    assertNull(Salary.parse(null).problem());
  }

  @Test
  void rejectsNegativeReversedAndAbsurdSalaries() {
    assertNotNull(Salary.parse("-45000").problem());
    assertNotNull(Salary.parse("$90K-$50K").problem());
    assertNotNull(Salary.parse("$900,000,000").problem());
    assertNotNull(Salary.parse("competitive").problem());
  }

  @Test
  void mapsFreeTextIndustriesAndLeavesUnknownUnmapped() {
    IndustryMapper m = IndustryMapper.builtin();
    assertEquals("tech", m.map("Information Technology"));
    assertEquals("healthcare", m.map("Biotech & Pharmaceuticals"));
    assertEquals("healthcare", m.map("Health Care"));
    assertEquals("finance", m.map("Banks & Credit Unions"));
    assertEquals("finance", m.map("Insurance"));
    assertEquals("education", m.map("Colleges & Universities"));
    assertEquals("education", m.map("K-12 Education"));
    assertEquals("other", m.map("Retail"));
    assertEquals("tech", m.map("Enterprise Software & Network Solutions"));
    assertNull(m.map("Miscellaneous Services"));
    // NYC joins a job's categories: one industry's decide, different industries' decide nothing.
    assertEquals("tech", m.map("Technology, Data & Innovation"));
    assertEquals("finance", m.map("Finance, Accounting, & Procurement"));
    assertEquals("other", m.map("Legal Affairs Policy, Research & Analysis"));
    assertNull(m.map("Engineering, Architecture, & Planning Technology, Data & Innovation"));
    assertEquals(
        "healthcare",
        m.map("Veterans Affairs, Veterans Health Administration Department of Veterans Affairs"));
    assertNull(m.map(""));
    assertNull(m.map(null));
  }

  @Test
  void turnsHtmlIntoLinesAndDropsScripts() {
    String text =
        TextCleaner.clean(
            "<p>About &amp; more</p><ul><li>Python</li><li>SQL</li></ul><script>alert('x')</script>Done");
    assertEquals("About & more\nPython\nSQL\nDone", text);
  }

  @Test
  void masksEmailsAndPhoneNumbers() {
    String text =
        TextCleaner.clean(
            "Mail jane.doe@example.com or call (555) 123-4567 / +1 555.987.6543. Pay $85,000.");
    assertFalse(text.contains("jane.doe"), text);
    assertFalse(text.contains("123-4567"), text);
    assertFalse(text.contains("987.6543"), text);
    assertTrue(
        text.contains("[email]") && text.contains("[phone]") && text.contains("$85,000"), text);
  }

  @Test
  void masksPhoneNumbersInTheirCommonForms() {
    for (String phone :
        List.of(
            "+44 20 7946 0958",
            "020 7946 0958",
            "(555)013-4477",
            "5550134477",
            "tel:+15550134477",
            "TEL: 555 013 4477",
            "1-555-013-4477",
            "+49 (0)30 1234567")) {
      String text = TextCleaner.maskContacts("Call " + phone + " today");
      assertEquals("Call [phone] today", text, phone);
    }
    assertEquals(
        "Call [phone] 2020 applicants",
        TextCleaner.maskContacts("Call 555 013 4477 2020 applicants"));
    for (String phone :
        List.of("+44 20 7946 0958", "(555)013-4477", "tel:+15550134477", "TEL: 555 013 4477")) {
      assertTrue(
          TextCleaner.mayHoldPhone("Call " + phone + " today"),
          "the phone pattern runs on " + phone);
    }
  }

  /**
   * Text whose digit runs hold fewer than six digits skips the phone pattern, which could mask none
   * of them.
   */
  @Test
  void textWithoutSixDigitsInARunSkipsThePhonePattern() {
    for (String text :
        List.of(
            "Pay $85,000 to $120,000 a year",
            "3 to 5 years since 2019",
            "Req 0123, room 12-34",
            "Version 1.2.3")) {
      assertFalse(TextCleaner.mayHoldPhone(text), text);
      assertEquals(text, TextCleaner.maskContacts(text));
    }
    assertTrue(TextCleaner.mayHoldPhone("Posted 2024-03-05"), "a date's eight digits in one run");
  }

  @Test
  void leavesNumbersThatAreNoPhoneNumbers() {
    for (String text :
        List.of(
            "Pay $85,000 to $120,000 a year",
            "Since 2019, 2020 and 2021",
            "Posted 2024-03-05",
            "ZIP 10007-1234",
            "3 to 5 years",
            "Req 0123",
            "Salary 100000-120000",
            "Version 1.2.3",
            "05.03.2024")) {
      assertEquals(text, TextCleaner.maskContacts(text));
    }
  }

  @Test
  void masksEmailAddressesInTheirCommonForms() {
    for (String email :
        List.of(
            "jane at acme dot com",
            "jane [at] acme [dot] co [dot] uk",
            "jane(at)acme(dot)org",
            "jane%40acme.com",
            "jürgen.müller@bücher.de",
            "王伟@例子.公司")) {
      assertEquals(
          "Write to [email] now", TextCleaner.maskContacts("Write to " + email + " now"), email);
    }
    for (String text :
        List.of("Look at data dot plots", "Work at scale", "What a dot com", "meet at acme")) {
      assertEquals(text, TextCleaner.maskContacts(text));
    }
  }

  @Test
  void htmlDetectionIsLinearOnUnclosedTags() {
    String nasty = "<a".repeat(200_000);
    long t0 = System.nanoTime();
    String text = TextCleaner.clean(nasty);
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(nasty.length(), text.length());
    assertTrue(seconds < 2, "took " + seconds + " s");
  }

  @Test
  void normalisesUnicodeAndWhitespace() {
    assertEquals("Python developer", TextCleaner.clean("Python\u00A0\u00A0 developer  "));
    assertEquals("fi", TextCleaner.clean("\uFB01"));
  }

  @Test
  void collapsesEachWhiteSpaceRunAsTheTwoRegexesItReplacesDid() {
    // The earlier rule, kept here as the reference: spaces to one, then any run holding a line
    // break to one.
    UnaryOperator<String> reference =
        t ->
            t.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[ \\t\\x0B\\f\\u00A0\\u2000-\\u200B]+", " ")
                .replaceAll("\\s*\\n\\s*", "\n");
    Random random = new Random(7);
    String alphabet = "ab \t\n\r\u000B\f\u00A0\u2003\u200B\u200C.";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = sb.toString();
      assertEquals(
          reference.apply(t),
          TextCleaner.collapseWhitespace(t),
          () -> "for " + t.chars().boxed().toList());
    }
    assertEquals("a b\nc d", TextCleaner.collapseWhitespace("a \t b\r\n\r\n  c\u00A0\u2003d"));
    String unchanged = "one space\nand one break";
    assertSame(
        unchanged, TextCleaner.collapseWhitespace(unchanged), "nothing to change: nothing copied");
  }

  @Test
  void cleansAHugeDescriptionInLinearTime() {
    String huge = "Python developer ".repeat(120_000) + "x".repeat(500_000); // 2.5 MB
    long t0 = System.nanoTime();
    String text = TextCleaner.clean(huge + " contact a@b.io");
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertTrue(text.endsWith("contact [email]"));
    assertTrue(seconds < 5, "took " + seconds + " s");
  }

  @Test
  void sentencesAFeedGluedTogetherAreSeparated() {
    // USAJOBS drops line breaks: "...a given IT situation.Customer Service - Works with clients".
    assertEquals(
        "IT situation. Customer Service - works; Experience: For the GS-14",
        TextCleaner.clean("IT situation.Customer Service - works; Experience:For the GS-14"));
    // Names with a dot or colon inside keep it.
    assertEquals(
        "ASP.NET, Node.js, U.S. Census, e.g. this, vacareers.va.gov/The",
        TextCleaner.clean("ASP.NET, Node.js, U.S. Census, e.g. this, vacareers.va.gov/The"));
  }
}
