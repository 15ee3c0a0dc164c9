package org.skillgap.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The prose that makes a generated posting as long as a real one: about the employer, the team, a
 * day in the role, pay and hours, how to apply, legal notices. Real postings run 300 to 600 words
 * (median 542 on the NYC feed, 492 on USAJOBS), most of it text that asks for no skill; templated
 * requirement lines alone give 92.
 *
 * <p>Every sentence here names no skill of the built-in taxonomy (a test keeps it so), so padding
 * changes the length and the layout of a posting but not what it asks for, and the planted facts
 * hold.
 */
final class PostingPadding {
  private PostingPadding() {}

  /** How a posting is laid out: with headings (most), without, or as one paragraph. */
  enum Layout {
    SECTIONS,
    NO_HEADINGS,
    ONE_PARAGRAPH
  }

  static Layout layout(Random r) {
    int x = r.nextInt(100);
    return x < 75 ? Layout.SECTIONS : x < 90 ? Layout.NO_HEADINGS : Layout.ONE_PARAGRAPH;
  }

  /**
   * Words of padding for one posting: log-normal around 320 (so whole postings have a median near
   * 480), and one posting in 40 with a long legal and benefits appendix, up to a few thousand
   * words.
   */
  static int words(Random r) {
    double w = 320 * Math.exp(0.45 * r.nextGaussian());
    if (r.nextInt(40) == 0) {
      w *= 3 + r.nextInt(6);
    }
    return (int) Math.min(4_000, Math.max(80, w));
  }

  static final List<String> ABOUT =
      List.of(
          "We started as a small group of people who wanted to do this work properly, and we have kept that spirit as we grew.",
          "Our offices are close to public transport, with bike storage, showers and a quiet floor for focused days.",
          "Last year we welcomed more than two hundred new colleagues and opened two new locations.",
          "We are proud of the recognition our people have received from local and national groups.",
          "Our founders still meet every new hire in their first month.",
          "We serve customers in more than forty states and several countries.",
          "Most of our senior staff joined us early in their careers and grew with us.",
          "We publish an annual report on pay equity and hiring, and we share it with every applicant who asks.",
          "Our mission is simple: to make the services people rely on every day work better for them.",
          "We invest a fixed share of our profits each year in the neighborhoods where we work.",
          "We are funded by our customers, not by outside investors, which lets us plan for the long term.",
          "People who join us often tell us the first thing they noticed was how friendly everyone was.");

  static final List<String> TEAM =
      List.of(
          "You will join a group of eight people who sit together and share a weekly planning meeting.",
          "The group reports to a director who has been with us for eleven years.",
          "New colleagues are paired with a buddy for their first three months.",
          "We hold a short meeting every morning and a longer review every other Friday.",
          "Everyone on the team takes a turn leading the weekly meeting.",
          "The role sits within a department of about sixty people across three sites.",
          "You will meet regularly with colleagues from other departments to agree on priorities.",
          "Our managers hold regular one-to-one conversations with each person on their team.",
          "Several members of the group started in junior roles and now lead their own areas.",
          "We keep meetings short and write decisions down so that nobody has to chase them.");

  static final List<String> DAY =
      List.of(
          "A typical week starts with planning on Monday morning and ends with a short review on Friday afternoon.",
          "Some days are spent mostly at your desk; others are spent on site with colleagues and customers.",
          "You can expect to travel to our other locations a few times a year.",
          "The busiest months are usually April, May and December.",
          "You will take part in the on-call rotation about one week in eight.",
          "Most of the work is planned weeks ahead, with room left for the unexpected.",
          "You will have your own budget for books, courses and conferences.",
          "After your first six months we will agree on goals for the year together.",
          "You will hear directly from the people who depend on your work.",
          "We measure success by outcomes, not by hours spent at a desk.");

  static final List<String> PAY =
      List.of(
          "The salary range shown is what we expect to offer; the final figure depends on the level we agree on.",
          "Salaries are reviewed every year in March.",
          "This is a full-time position of forty hours a week, Monday to Friday.",
          "Some evening and weekend hours may be needed at busy times, with time off in return.",
          "Relocation support is available for candidates moving more than fifty miles.",
          "A signing bonus may be offered for this position.",
          "Overtime is paid at one and a half times the hourly rate.",
          "Parking is provided free of charge at all of our sites.",
          "Employees receive twenty days of paid leave in their first year, rising with service.");

  static final List<String> APPLY =
      List.of(
          "To apply, send us your resume and a short cover letter through the link on this page.",
          "We review every application and reply to each applicant within two weeks.",
          "Shortlisted applicants will be invited to a first conversation by video, then to meet the team in person.",
          "If you need any adjustments during the process, tell us and we will make them.",
          "The posting will stay open until the position is filled.",
          "Please do not send original documents; copies are enough at this stage.",
          "Applicants must be authorized to work in the country where the position is based.",
          "References will be requested only at the final stage.");

  static final List<String> LEGAL =
      List.of(
          "We are committed to providing reasonable accommodations to qualified applicants and employees.",
          "Employment is contingent upon the successful completion of a background check.",
          "This job description is not intended to be an exhaustive list of all duties that may be assigned.",
          "The employer reserves the right to modify the duties of this position at any time.",
          "Applicants who are offered a position will be asked to provide proof of identity and eligibility to work.",
          "We participate in the federal program that confirms the identity and employment eligibility of new hires.",
          "Information you provide will be used only for the purpose of considering your application.",
          "Any offer of employment is made on the condition that the information provided is accurate and complete.",
          "Nothing in this posting creates a contract of employment for any period of time.",
          "Pay transparency: we will not discharge or discriminate against applicants who inquire about their pay.",
          "Veterans and their spouses are encouraged to apply and may be entitled to preference.",
          "Where required by law, we will consider qualified applicants with arrest and conviction records.");

  /**
   * The padding blocks of one posting, in order: each a heading and sentences adding up to about
   * {@code words}.
   */
  static List<Block> blocks(int words, Random r) {
    List<List<String>> pools = List.of(ABOUT, TEAM, DAY, PAY, APPLY, LEGAL);
    List<String> headings =
        List.of(
            "Who we are",
            "The team",
            "A day in the role",
            "Pay and hours",
            "How to apply",
            "Legal notices");
    int[] shares = {20, 15, 20, 15, 10, 20};
    List<Block> out = new ArrayList<>();
    for (int k = 0; k < pools.size(); k++) {
      int target = words * shares[k] / 100;
      List<String> sentences = new ArrayList<>();
      int n = 0;
      while (n < target) {
        String s = pools.get(k).get(r.nextInt(pools.get(k).size()));
        sentences.add(s);
        n += s.split(" ").length;
      }
      out.add(new Block(headings.get(k), sentences));
    }
    return out;
  }

  record Block(String heading, List<String> sentences) {}
}
