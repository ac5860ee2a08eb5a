using System.Text;

namespace Osprey.Core.Monitoring.Reports;

/// <summary>
/// Builds one self-contained HTML page (inline CSS and SVG, no script, nothing fetched from the network) from blocks added in order:
/// summary cards, headings, paragraphs, tables and charts.
/// </summary>
public sealed class HtmlReport(string title, string? subtitle = null)
{
    private readonly StringBuilder _body = new();

    /// <summary>Adds a row of headline cards.</summary>
    public HtmlReport Summary(params SummaryCard[] cards)
    {
        _body.Append("<div class=\"cards\">");
        foreach (var card in cards)
        {
            _body.Append("<div class=\"card ").Append(ToneClass(card.Tone)).Append("\"><div class=\"label\">").Append(HtmlText.Escape(card.Label))
                .Append("</div><div class=\"value\">").Append(HtmlText.Escape(card.Value)).Append("</div>");
            if (card.Note is not null)
            {
                _body.Append("<div class=\"note\">").Append(HtmlText.Escape(card.Note)).Append("</div>");
            }
            _body.Append("</div>");
        }
        _body.Append("</div>");
        return this;
    }

    /// <summary>Adds a section heading; <paramref name="id"/> becomes its anchor when given.</summary>
    public HtmlReport Heading(string text, string? id = null)
    {
        _body.Append(id is null ? "<h2>" : $"<h2 id=\"{HtmlText.Escape(id)}\">").Append(HtmlText.Escape(text)).Append("</h2>");
        return this;
    }

    /// <summary>Adds a paragraph of plain text.</summary>
    public HtmlReport Paragraph(string text)
    {
        _body.Append("<p>").Append(HtmlText.Escape(text)).Append("</p>");
        return this;
    }

    /// <summary>Adds a table; each row's element carries <c>data-row</c> = its first cell's text.</summary>
    public HtmlReport Table(ReportTable table)
    {
        _body.Append("<table id=\"").Append(HtmlText.Escape(table.Id)).Append("\"><thead><tr>");
        foreach (var header in table.Headers)
        {
            _body.Append("<th>").Append(HtmlText.Escape(header)).Append("</th>");
        }
        _body.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            _body.Append("<tr data-row=\"").Append(HtmlText.Escape(row[0].Text)).Append("\">");
            foreach (var cell in row)
            {
                _body.Append("<td class=\"").Append(ToneClass(cell.Tone)).Append("\">").Append(HtmlText.Escape(cell.Text)).Append("</td>");
            }
            _body.Append("</tr>");
        }
        _body.Append("</tbody></table>");
        return this;
    }

    /// <summary>Adds charts side by side in one row, each with its caption.</summary>
    public HtmlReport Charts(params SvgChart[] charts)
    {
        _body.Append("<div class=\"charts\">");
        foreach (var chart in charts)
        {
            _body.Append("<figure>").Append(chart.Markup).Append("<figcaption>").Append(HtmlText.Escape(chart.Caption)).Append("</figcaption></figure>");
        }
        _body.Append("</div>");
        return this;
    }

    /// <summary>Returns the whole page as HTML text.</summary>
    public string Render()
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
            .Append(HtmlText.Escape(title)).Append("</title><style>").Append(Style).Append("</style></head><body><h1>").Append(HtmlText.Escape(title)).Append("</h1>");
        if (subtitle is not null)
        {
            page.Append("<p class=\"subtitle\">").Append(HtmlText.Escape(subtitle)).Append("</p>");
        }
        return page.Append(_body).Append("</body></html>").ToString();
    }

    /// <summary>Writes the page as UTF-8 to <paramref name="path"/>, creating its folder.</summary>
    public async Task WriteAsync(string path, CancellationToken ct)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
        await File.WriteAllTextAsync(path, Render(), new UTF8Encoding(false), ct);
    }

    private static string ToneClass(Tone tone) => tone switch
    {
        Tone.Good => "good",
        Tone.Warning => "warning",
        Tone.Bad => "bad",
        _ => "neutral",
    };

    private const string Style =
        "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#222;max-width:1200px}" +
        "h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}" +
        ".subtitle{color:#666;margin:0 0 16px}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}" +
        ".card{border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:150px}.card .label{font-size:12px;color:#666}" +
        ".card .value{font-size:22px;font-weight:600}.card .note{font-size:11px;color:#888}" +
        ".card.good{border-color:#54a24b}.card.bad{border-color:#e45756;background:#fdf1f1}.card.warning{border-color:#f2a93b}" +
        "table{border-collapse:collapse;font-size:13px;margin:8px 0}th,td{border-bottom:1px solid #eee;padding:4px 10px;text-align:left}" +
        "th{background:#f6f6f6}td.bad{color:#c0392b;font-weight:600}td.good{color:#2e7d32}td.warning{color:#b9770e}" +
        ".charts{display:flex;flex-wrap:wrap;gap:16px}figure{margin:0}figcaption{font-size:12px;color:#555;text-align:center}";
}
