using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AiRegAnalyzers.Cli.Inventory;
using AiRegAnalyzers.Cli.Rules;
using AiRegAnalyzers.Cli.Scanning;

namespace AiRegAnalyzers.Cli.Reports;

/// <summary>
/// One self-contained HTML page: inline CSS, inline SVG charts and a few lines of inline script
/// (the filter box); it loads nothing from the network. Links to the rule pages are plain links.
/// </summary>
internal static partial class HtmlReport
{
    private const int ExcerptContext = 2;

    public static void Write(string path, ScanResult result, RuleCatalog rules, IReadOnlyList<InventoryItem> inventory, ReportText text)
    {
        var summary = new Summary(result, rules);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(text.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(text["Title"] + " · " + Path.GetFileName(result.Root.TrimEnd(Path.DirectorySeparatorChar)))).Append("</title>\n")
            .Append("<style>").Append(Css).Append("</style>\n</head>\n<body>\n");

        html.Append("<header><h1>").Append(E(text["Title"])).Append("</h1><p class=\"sub\">")
            .Append(E(Path.GetFileName(result.Root.TrimEnd(Path.DirectorySeparatorChar)))).Append(" · ")
            .Append(E(DateTime.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).Append(" · ")
            .Append(E(text["Generated"])).Append("</p></header>\n<main>\n");

        if (result.NoBuild)
        {
            html.Append("<p class=\"note\">").Append(E(text.Format("NoBuild", result.FilesCompiled, result.FilesNotBound))).Append("</p>\n");
        }

        if (result.BuildFailed)
        {
            html.Append("<p class=\"note warn\">").Append(E(text["BuildFailed"])).Append("</p>\n");
        }

        html.Append("<section class=\"cards\">");
        Card(html, text["Findings"], summary.Total, "accent");
        Card(html, text["Rules"], summary.ByRule.Count, string.Empty);
        Card(html, text["Files"], summary.Files, string.Empty);
        Card(html, text["Projects"], Math.Max(result.Projects.Count, summary.ByProject.Count), string.Empty);
        Card(html, text["Suppressed"], summary.Suppressed, "muted");
        Card(html, text["Inventory"], inventory.Count, string.Empty);
        html.Append("</section>\n");

        html.Append("<section class=\"charts\">");
        Chart(html, text["ByRule"], summary.ByRule.Select(x => (x.Key + " " + (rules[x.Key]?.Title ?? string.Empty), x.Count)).ToList());
        Chart(html, text["ByCategory"], summary.ByCategory);
        Chart(html, text["ByRegulation"], summary.ByRegulation);
        Chart(html, text["ByProject"], summary.ByProject);
        html.Append("</section>\n");

        InventorySection(html, inventory, text);
        FindingsSection(html, result, rules, text);

        html.Append("</main>\n<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        File.WriteAllText(path, html.ToString(), new UTF8Encoding(false));
    }

    private static void Card(StringBuilder html, string label, int value, string css) =>
        html.Append("<div class=\"card ").Append(css).Append("\"><div class=\"n\">").Append(value.ToString(CultureInfo.InvariantCulture))
            .Append("</div><div class=\"l\">").Append(E(label)).Append("</div></div>");

    /// <summary>A horizontal bar chart as inline SVG.</summary>
    private static void Chart(StringBuilder html, string title, IReadOnlyList<(string Label, int Count)> rows)
    {
        html.Append("<figure class=\"chart\"><figcaption>").Append(E(title)).Append("</figcaption>");
        if (rows.Count == 0)
        {
            html.Append("<p class=\"empty\">-</p></figure>");
            return;
        }

        const int barHeight = 22, labelWidth = 300, barWidth = 260;
        var max = rows.Max(r => r.Count);
        var height = rows.Count * barHeight;
        html.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" viewBox=\"0 0 {labelWidth + barWidth + 50} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, count) = rows[i];
            var y = i * barHeight;
            var width = Math.Max(2, (int)Math.Round(barWidth * (double)count / max));
            var shown = label.Length > 44 ? label[..43] + "…" : label;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" class=\"lbl\"><title>{E(label)}</title>{E(shown)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{width}\" height=\"{barHeight - 8}\" rx=\"3\" class=\"bar\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + width + 6}\" y=\"{y + 15}\" class=\"num\">{count}</text>");
        }

        html.Append("</svg></figure>");
    }

    private static void InventorySection(StringBuilder html, IReadOnlyList<InventoryItem> inventory, ReportText text)
    {
        html.Append("<section id=\"inventory\"><h2>").Append(E(text["Inventory"])).Append(" (").Append(inventory.Count).Append(")</h2><p>")
            .Append(E(text["InventoryIntro"])).Append("</p>");
        if (inventory.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(E(text["None"])).Append("</p></section>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table class=\"inv\"><thead><tr><th>").Append(E(text["Member"])).Append("</th><th>").Append(E(text["Category"]))
            .Append("</th><th>").Append(E(text["Sensitive"])).Append("</th><th>").Append(E(text["ClassifiedBy"])).Append("</th><th>")
            .Append(E(text["Persisted"])).Append("</th><th>").Append(E(text["Reaches"])).Append("</th><th>").Append(E(text["Declared"])).Append("</th></tr></thead><tbody>");
        foreach (var item in inventory)
        {
            html.Append("<tr").Append(item.Sensitive ? " class=\"sens\"" : string.Empty).Append("><td><code>").Append(E(item.Member)).Append("</code><div class=\"ty\">")
                .Append(E(item.Type)).Append("</div></td><td>").Append(E(text.Category(item.Category))).Append("</td><td>")
                .Append(item.Sensitive ? "<b>" + E(text["Yes"]) + "</b>" : E(text["No"])).Append("</td><td>").Append(E(text.ClassifiedBy(item.ClassifiedBy))).Append("</td><td>");
            html.Append(item.Persistence.Count == 0 ? "-" : string.Join("<br>", item.Persistence.Select(p => E(p.RuleId + ": " + text["ClearText"]))));
            html.Append("</td><td>");
            html.Append(item.Sinks.Count == 0
                ? "-"
                : string.Join("<br>", item.Sinks.GroupBy(s => s.RuleId).Select(g => "<span class=\"sink\" title=\"" + E(string.Join(", ", g.Select(s => s.Path + ":" + s.Line))) + "\">" + E(g.Key + " " + g.First().Sink) + " ×" + g.Count() + "</span>")));
            html.Append("</td><td class=\"loc\">").Append(E(item.Path + ":" + item.Line)).Append("</td></tr>");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static void FindingsSection(StringBuilder html, ScanResult result, RuleCatalog rules, ReportText text)
    {
        var sources = new SourceLines(result.Root);
        html.Append("<section id=\"findings\"><h2>").Append(E(text["AllFindings"])).Append("</h2>")
            .Append("<input id=\"filter\" type=\"search\" placeholder=\"").Append(E(text["Filter"])).Append("\">");
        var active = result.Active.ToList();
        if (active.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(E(text["NoFindings"])).Append("</p>");
        }

        foreach (var group in active.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rule = rules[group.Key]!;
            html.Append("<article class=\"rule\"><h3><span class=\"id\">").Append(E(rule.Id)).Append("</span> ").Append(E(rule.Title))
                .Append(" <span class=\"count\">").Append(group.Count()).Append("</span></h3><p class=\"meta\">").Append(E(rule.Category));
            foreach (var regulation in rule.Regulations)
            {
                html.Append(" <span class=\"tag\">").Append(E(regulation)).Append("</span>");
            }

            html.Append(" · security-severity ").Append(E(SecuritySeverity.For(rule) ?? "-"))
                .Append(" · <a href=\"").Append(E(rule.HelpUri)).Append("\">").Append(E(text["RulePage"])).Append("</a></p>");

            html.Append("<details class=\"fix\"><summary>").Append(E(text["HowToFix"])).Append("</summary><p>").Append(E(rule.Description)).Append("</p>");
            if (rule.PageSection("Compliant") is { } compliant)
            {
                html.Append("<h4>").Append(E(text["Compliant"])).Append("</h4>").Append(Markdown(compliant));
            }

            if (rule.PageSection("Code fix") is { } fix)
            {
                html.Append("<h4>").Append(E(text["CodeFix"])).Append("</h4>").Append(Markdown(fix));
            }

            html.Append("</details>");

            foreach (var finding in group.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.StartLine))
            {
                html.Append("<div class=\"finding ").Append(E(finding.Level)).Append("\"><div class=\"where\"><span class=\"lvl\">").Append(E(finding.Level))
                    .Append("</span> <code>").Append(E(finding.Path + ":" + finding.StartLine + ":" + finding.StartColumn)).Append("</code> <span class=\"proj\">")
                    .Append(E(finding.Project)).Append("</span></div><div class=\"msg\">").Append(E(finding.Message)).Append("</div>");
                Excerpt(html, finding, sources[finding.Path]);
                html.Append("</div>");
            }

            html.Append("</article>");
        }

        var suppressed = result.Findings.Where(f => f.IsSuppressed).ToList();
        if (suppressed.Count > 0)
        {
            html.Append("<details class=\"suppressed\"><summary>").Append(E(text["Suppressed"])).Append(" (").Append(suppressed.Count).Append(")</summary><ul>");
            foreach (var f in suppressed.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.StartLine))
            {
                html.Append("<li><span class=\"id\">").Append(E(f.RuleId)).Append("</span> <code>").Append(E(f.Path + ":" + f.StartLine)).Append("</code> ")
                    .Append(E(f.Message)).Append(" <i>(").Append(E(f.Suppression!.Justification ?? f.Suppression.Kind)).Append(")</i></li>");
            }

            html.Append("</ul></details>");
        }

        html.Append("</section>\n");
    }

    private static void Excerpt(StringBuilder html, Finding finding, string[] lines)
    {
        if (finding.StartLine < 1 || finding.StartLine > lines.Length)
        {
            return;
        }

        var first = Math.Max(1, finding.StartLine - ExcerptContext);
        var last = Math.Min(lines.Length, Math.Max(finding.EndLine, finding.StartLine) + ExcerptContext);
        html.Append("<pre class=\"code\">");
        for (var n = first; n <= last; n++)
        {
            var hit = n >= finding.StartLine && n <= Math.Max(finding.EndLine, finding.StartLine);
            html.Append("<span class=\"ln").Append(hit ? " hit" : string.Empty).Append("\"><span class=\"no\">").Append(n.ToString(CultureInfo.InvariantCulture))
                .Append("</span>").Append(E(lines[n - 1])).Append("</span>\n");
        }

        html.Append("</pre>");
    }

    /// <summary>Enough Markdown for the rule pages' sections: code fences, bullet lists, paragraphs, inline code and bold; links keep their text.</summary>
    internal static string Markdown(string markdown)
    {
        var html = new StringBuilder();
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var inCode = false;
        var inList = false;
        var paragraph = new List<string>();
        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                html.Append("<p>").Append(Inline(string.Join(" ", paragraph))).Append("</p>");
                paragraph.Clear();
            }
        }

        void CloseList()
        {
            if (inList)
            {
                html.Append("</ul>");
                inList = false;
            }
        }

        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                FlushParagraph();
                CloseList();
                html.Append(inCode ? "</code></pre>" : "<pre class=\"code\"><code>");
                inCode = !inCode;
                continue;
            }

            if (inCode)
            {
                html.Append(E(line)).Append('\n');
                continue;
            }

            if (line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            {
                FlushParagraph();
                if (!inList)
                {
                    html.Append("<ul>");
                    inList = true;
                }

                html.Append("<li>").Append(Inline(line.TrimStart()[2..])).Append("</li>");
            }
            else if (line.Trim().Length == 0)
            {
                FlushParagraph();
                CloseList();
            }
            else if (inList && line.StartsWith("  ", StringComparison.Ordinal))
            {
                html.Length -= "</li>".Length;
                html.Append(' ').Append(Inline(line.Trim())).Append("</li>");
            }
            else
            {
                CloseList();
                paragraph.Add(line.Trim());
            }
        }

        FlushParagraph();
        CloseList();
        if (inCode)
        {
            html.Append("</code></pre>");
        }

        return html.ToString();
    }

    private static string Inline(string text)
    {
        var encoded = E(text);
        encoded = MarkdownLink().Replace(encoded, "$1");
        encoded = InlineCode().Replace(encoded, "<code>$1</code>");
        return Bold().Replace(encoded, "<b>$1</b>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex Bold();

    private const string Css = """
        :root{--fg:#1d2430;--muted:#667085;--line:#e4e7ec;--bg:#f7f8fa;--accent:#b42318;--bar:#2e6bd6;--code:#f2f4f7}
        *{box-sizing:border-box}body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--fg);background:var(--bg)}
        header{background:#101828;color:#fff;padding:20px 32px}header h1{margin:0;font-size:22px}.sub{margin:4px 0 0;color:#cfd4dc}
        main{padding:20px 32px;max-width:1280px}h2{font-size:18px;margin:28px 0 8px}h3{font-size:15px;margin:0 0 4px}h4{margin:10px 0 4px;font-size:13px}
        .cards{display:flex;flex-wrap:wrap;gap:12px}.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 18px;min-width:130px}
        .card .n{font-size:26px;font-weight:700}.card .l{color:var(--muted)}.card.accent .n{color:var(--accent)}.card.muted .n{color:var(--muted)}
        .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:12px;margin-top:16px}
        .chart{background:#fff;border:1px solid var(--line);border-radius:8px;margin:0;padding:12px}figcaption{font-weight:600;margin-bottom:6px}
        .chart .bar{fill:var(--bar)}.chart .lbl{font-size:12px;fill:var(--fg)}.chart .num{font-size:12px;fill:var(--muted)}
        .note{background:#fffaeb;border:1px solid #fedf89;border-radius:6px;padding:8px 12px}.note.warn{background:#fef3f2;border-color:#fecdca}
        .scroll{overflow-x:auto}table{border-collapse:collapse;background:#fff;width:100%;border:1px solid var(--line)}
        th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}th{background:var(--code);font-weight:600}
        tr.sens td:first-child{border-left:3px solid var(--accent)}.ty{color:var(--muted);font-size:12px}.loc{font-family:ui-monospace,Consolas,monospace;font-size:12px}
        .sink{display:inline-block;white-space:nowrap}
        #filter{width:100%;max-width:420px;padding:6px 10px;border:1px solid var(--line);border-radius:6px;margin:4px 0 12px}
        .rule{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin-bottom:14px}
        .id{font-family:ui-monospace,Consolas,monospace;background:#101828;color:#fff;border-radius:4px;padding:1px 6px;font-size:12px}
        .count{background:var(--accent);color:#fff;border-radius:10px;padding:0 8px;font-size:12px}.meta{color:var(--muted);margin:0 0 6px}
        .tag{background:var(--code);border-radius:4px;padding:0 5px;font-size:12px;color:var(--fg)}
        details.fix{background:var(--bg);border-radius:6px;padding:6px 10px;margin-bottom:8px}summary{cursor:pointer;font-weight:600}
        .finding{border-top:1px solid var(--line);padding:8px 0}.where{font-size:13px}.lvl{text-transform:uppercase;font-size:11px;font-weight:700;color:#b54708}
        .finding.error .lvl{color:var(--accent)}.proj{color:var(--muted)}.msg{margin:2px 0 4px}
        pre.code{background:var(--code);border-radius:6px;padding:6px 0;overflow-x:auto;margin:4px 0;font:12px/1.45 ui-monospace,Consolas,"Courier New",monospace}
        pre.code code{display:block;padding:0 10px}.ln{display:block;padding:0 10px}.ln.hit{background:#fee4e2}.no{display:inline-block;width:3.5em;color:var(--muted);user-select:none}
        .empty{color:var(--muted)}details.suppressed{margin-top:12px}details.suppressed li{margin:2px 0}
        """;

    private const string Script = """
        (function(){var box=document.getElementById('filter');if(!box)return;box.addEventListener('input',function(){var q=box.value.toLowerCase();
        document.querySelectorAll('.rule').forEach(function(r){var any=false;r.querySelectorAll('.finding').forEach(function(f){var show=!q||f.textContent.toLowerCase().indexOf(q)>=0||r.querySelector('h3').textContent.toLowerCase().indexOf(q)>=0;f.style.display=show?'':'none';any=any||show;});r.style.display=any?'':'none';});});})();
        """;
}
