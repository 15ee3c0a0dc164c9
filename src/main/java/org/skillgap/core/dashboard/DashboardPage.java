package org.skillgap.core.dashboard;

import static org.skillgap.core.dashboard.Html.esc;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Dashboard} as one self-contained HTML file: inline CSS and SVG, one small inline
 * script (it only measures the charts), no request to any server when opened.
 */
public final class DashboardPage {
  private DashboardPage() {}

  /** Report industries in consistent colours across every chart. */
  public static final Map<String, String> INDUSTRY_COLORS =
      Map.of(
          "tech",
          "#4e79a7",
          "healthcare",
          "#e15759",
          "finance",
          "#59a14f",
          "education",
          "#f28e2b",
          "other",
          "#9c755f");

  public static String render(Dashboard d) {
    Dashboard.RunFacts f = d.facts();
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>")
        .append("<meta name='viewport' content='width=device-width,initial-scale=1'>")
        .append(
            "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "script-src 'unsafe-inline'; img-src data:\">")
        .append("<title>skillgap: skill demand and credentials, run ")
        .append(esc(f.runDate()))
        .append("</title><style>")
        .append("body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}")
        .append(
            "header{background:#263238;color:#fff;padding:16px 24px}header h1{margin:0 0 4px;font-size:20px}")
        .append(
            "nav{padding:8px 24px;background:#eceff1}nav a{margin-right:16px;font-weight:600;text-decoration:none}")
        .append("section{padding:8px 24px 24px;border-bottom:1px solid #ddd}h2{margin:16px 0 8px}")
        .append(
            ".grid{display:flex;flex-wrap:wrap;gap:16px}.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px}")
        .append(
            "svg text{font-size:11px;fill:#333}svg .title{font-size:13px;font-weight:600}svg .axis{font-size:11px;fill:#555}")
        .append(
            "svg .grid{stroke:#e0e0e0}svg .label{font-size:11px;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:3px}svg .leader{stroke:#999}")
        .append(
            "svg.chart{max-width:100%;height:auto}.card{max-width:100%;box-sizing:border-box;overflow-x:auto}")
        .append(
            ".multiples{max-width:780px}.multiples .grid{gap:4px 12px;margin-top:4px}table.dropped{margin-top:4px}")
        .append(
            "table{border-collapse:collapse}td,th{padding:3px 8px;border-bottom:1px solid #eee;text-align:left}")
        .append("td.n{text-align:right}.facts span{margin-right:18px}h3.worth{margin:20px 0 8px}")
        .append("table.value small{color:#666}</style></head><body>");
    sb.append(
            "<header><h1>Which skills do employers ask for, and which credentials cover them?</h1><div class='facts'>")
        .append("<span>Run ")
        .append(esc(f.runDate()))
        .append("</span>")
        .append("<span>")
        .append(esc(Html.count(f.postings())))
        .append(" postings</span>")
        .append("<span>")
        .append(esc(Html.count(f.enrollments())))
        .append(" enrollments</span>")
        .append("<span>quarantined: ");
    if (f.quarantined().isEmpty()) {
      sb.append("none");
    }
    f.quarantined()
        .forEach((k, v) -> sb.append(esc(k)).append(' ').append(esc(Html.count(v))).append("; "));
    sb.append("</span>");
    if (f.classifierAccuracy() != null) {
      sb.append("<span>industry classifier accuracy ")
          .append(esc(Html.percent(f.classifierAccuracy())))
          .append("</span>");
    }
    sb.append("<span>taxonomy ")
        .append(esc(f.taxonomyVersion()))
        .append("</span></div></header><nav>");
    for (Dashboard.IndustryView v : d.industries()) {
      sb.append("<a href='#")
          .append(esc(v.industry()))
          .append("' style='color:")
          .append(INDUSTRY_COLORS.getOrDefault(v.industry(), "#333"))
          .append("'>")
          .append(esc(v.industry()))
          .append("</a>");
    }
    sb.append("</nav>");
    for (Dashboard.IndustryView v : d.industries()) {
      section(sb, v);
    }
    // Marks how many charts were laid out with a non-zero size: the browser test reads it back.
    // Also the most lines in one plot, and how many pairs of point labels overlap as the browser
    // draws them.
    sb.append("<script>addEventListener('load',function(){var n=0,most=0,overlaps=0;")
        .append("document.querySelectorAll('svg').forEach(function(s){")
        .append("var r=s.getBoundingClientRect();if(r.width>0&&r.height>0)n++;")
        .append("most=Math.max(most,s.querySelectorAll('polyline.series').length);")
        .append(
            "var b=[].map.call(s.querySelectorAll('text.label'),function(t){return t.getBBox();});")
        .append("for(var i=0;i<b.length;i++)for(var j=i+1;j<b.length;j++)")
        .append(
            "if(b[i].x<b[j].x+b[j].width&&b[j].x<b[i].x+b[i].width&&b[i].y<b[j].y+b[j].height&&b[j].y<b[i].y+b[i].height)overlaps++;});")
        .append("var d=document.body;d.setAttribute('data-charts-rendered',String(n));")
        .append(
            "d.setAttribute('data-most-lines',String(most));d.setAttribute('data-label-overlaps',String(overlaps));});")
        .append("</script>");
    return sb.append("</body></html>\n").toString();
  }

  private static void section(StringBuilder sb, Dashboard.IndustryView v) {
    String color = INDUSTRY_COLORS.getOrDefault(v.industry(), "#333");
    sb.append("<section id='")
        .append(esc(v.industry()))
        .append("'><h2 style='color:")
        .append(color)
        .append("'>")
        .append(esc(v.industry()))
        .append(" <small>(")
        .append(esc(v.latestYear()))
        .append(")</small></h2><div class='grid'>");
    card(
        sb,
        Charts.bars(
            "Most demanded skills, " + v.latestYear(),
            "share of the industry's postings asking for the skill",
            v.topSkills(),
            color,
            Html::percent));
    examples(sb, v);
    card(
        sb,
        Charts.smallMultiples(
            "How the top skills moved: share of the industry's postings per quarter",
            v.topSkillTrends(),
            Html::percent));
    card(
        sb,
        Charts.scatter(
            "Credentials: demand covered against cost (red: recommended path)",
            v.credentials(),
            new HashSet<>(v.pathCredentialIds()),
            color));
    card(
        sb,
        Charts.lines(
            "Enrollments by credential type",
            "year",
            "enrollments",
            Charts.atMost(Charts.MAX_LINES, v.enrollmentByType(), "other types"),
            Html::count));
    card(
        sb,
        Charts.lines(
            "Employer recognition of credentials",
            "year",
            "share of postings naming any credential",
            v.recognition() == null ? List.of() : List.of(v.recognition()),
            Html::percent));
    card(
        sb,
        Charts.bars(
            "Credentials employers name most, " + v.latestYear(),
            "share of postings naming it",
            v.mostNamedCredentials(),
            color,
            Html::percent));
    sb.append("<div class='card'><b>Skill gaps, ")
        .append(esc(v.latestYear()))
        .append(
            "</b><table><tr><th>skill</th><th>demand</th><th>credentials covering</th><th>gap score</th></tr>");
    for (Dashboard.Gap g : v.gaps()) {
      sb.append("<tr><td>")
          .append(esc(g.skill()))
          .append("</td><td class='n'>")
          .append(esc(Html.percent(g.demandShare())))
          .append("</td><td class='n'>")
          .append(g.credentialsCovering())
          .append("</td><td class='n'>")
          .append(esc(String.format(Locale.ROOT, "%.2f", g.gapScore())))
          .append("</td></tr>");
    }
    sb.append("</table>");
    if (!v.enrollmentGrowth().isEmpty()) {
      sb.append("<p><b>Enrollment growth since the first year:</b> ");
      v.enrollmentGrowth()
          .forEach(
              (type, g) ->
                  sb.append(esc(type))
                      .append(' ')
                      .append(esc((g >= 0 ? "+" : "") + Html.percent(g)))
                      .append("; "));
      sb.append("</p>");
    }
    sb.append("</div></div>");
    worthIt(sb, v);
    sb.append("</section>");
  }

  /**
   * One counted sentence per top skill, the matched words marked: what a reader checks a figure
   * against; reports.sh evidence draws more.
   */
  private static void examples(StringBuilder sb, Dashboard.IndustryView v) {
    if (v.examples().isEmpty()) {
      return;
    }
    sb.append("<div class='card'><b>What was counted: one posting for each top skill, ")
        .append(esc(v.latestYear()))
        .append("</b><table class='evidence'><tr><th>skill</th><th>posting and sentence</th></tr>");
    for (Dashboard.Example e : v.examples()) {
      sb.append("<tr><td>")
          .append(esc(e.skill()))
          .append("</td><td><small>")
          .append(esc(e.title()))
          .append("</small><br>")
          .append(Html.marked(e.sentence(), e.matched()))
          .append("</td></tr>");
    }
    sb.append("</table><p><small>More, drawn at random: jobs/reports.sh evidence --industry ")
        .append(esc(v.industry()))
        .append(" --skill NAME</small></p></div>");
  }

  /** Credentials ranked by value with the figures a learner weighs, and the requirement trends. */
  private static void worthIt(StringBuilder sb, Dashboard.IndustryView v) {
    Dashboard.WorthIt w = v.worthIt();
    sb.append("<h3 class='worth'>Is it worth it? <small>(")
        .append(esc(v.latestYear()))
        .append(")</small></h3>")
        .append(
            "<div class='grid'><div class='card'><table class='value'><tr><th>#</th><th>credential</th>")
        .append(
            "<th>cost</th><th>hours</th><th>demand covered</th><th>pay premium</th><th>value per $1,000</th>")
        .append("<th>employers naming it</th><th>completion</th><th>rating</th></tr>");
    if (w.ranked().isEmpty()) {
      sb.append(
          "<tr><td colspan='10'>No credential covers this industry's in-demand skills this year.</td></tr>");
    }
    for (Dashboard.Value r : w.ranked()) {
      sb.append("<tr><td class='n'>")
          .append(r.rank())
          .append("</td><td>")
          .append(esc(r.credential()))
          .append(" <small>")
          .append(esc(r.type().replace('_', ' ')))
          .append(Boolean.TRUE.equals(r.accredited()) ? ", accredited" : "")
          .append("</small></td>")
          .append(num(r.cost() == null ? null : r.cost() == 0 ? "free" : Html.money(r.cost())))
          .append(num(r.hours() == null ? null : Html.count(r.hours())))
          .append(num(Html.percent(r.demandCovered())))
          .append(
              num(
                  r.premium() == null
                      ? null
                      : (r.premium() >= 0 ? "+" : "") + Html.percent(r.premium())))
          .append(
              num(
                  r.valuePer1000Usd() == null
                      ? null
                      : String.format(Locale.ROOT, "%.2f", r.valuePer1000Usd())))
          .append(num(Html.percent(r.recognition())))
          .append(num(r.completionRate() == null ? null : Html.percent(r.completionRate())))
          .append(
              num(
                  r.rating() == null
                      ? null
                      : String.format(Locale.ROOT, "%.1f", r.rating())
                          + (r.reviewCount() == null
                              ? ""
                              : " (" + Html.count(r.reviewCount()) + ")")))
          .append("</tr>");
    }
    sb.append(
        "</table><p><small>Pay premium: advertised pay of postings asking for the credential's skills over the "
            + "industry median, a correlation, not earnings of graduates. Value: premium-weighted share of demand "
            + "covered per $1,000; free credentials first. Blank: unknown or withheld (fewer than k learners).</small></p></div>");
    card(
        sb,
        Charts.lines(
            "What postings ask besides skills",
            "year",
            "share of postings",
            w.requirementTrends(),
            Html::percent));
    sb.append(
        "</div><p><small>Alternative accepted: of all postings, those that ask for a degree but accept "
            + "experience or a certificate instead.</small></p>");
    if (w.medianMinYears() != null) {
      sb.append("<p><b>Median minimum years of experience asked:</b> ");
      for (int i = 0; i < w.medianMinYears().x().size(); i++) {
        Double y = w.medianMinYears().y().get(i);
        sb.append(esc(w.medianMinYears().x().get(i)))
            .append(' ')
            .append(y == null ? "n/a" : esc(String.format(Locale.ROOT, "%.1f", y)))
            .append("; ");
      }
      sb.append("</p>");
    }
  }

  /** A right-aligned cell; a dash for an unknown figure. */
  private static String num(String text) {
    return "<td class='n'>" + (text == null ? "&ndash;" : esc(text)) + "</td>";
  }

  private static void card(StringBuilder sb, String svg) {
    sb.append("<div class='card'>").append(svg).append("</div>");
  }
}
