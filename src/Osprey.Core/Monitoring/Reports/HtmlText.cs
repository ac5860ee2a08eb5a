using System.Net;

namespace Osprey.Core.Monitoring.Reports;

/// <summary>Escapes text for HTML and SVG content and attributes.</summary>
public static class HtmlText
{
    /// <summary>Returns <paramref name="text"/> with &amp;, &lt;, &gt;, quotes and apostrophes escaped.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}
