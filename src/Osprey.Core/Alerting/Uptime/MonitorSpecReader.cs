// Reads every kind's fields in one place so the field list, defaults and messages stay side by side; about 300 lines.
using System.Globalization;
using Osprey.Core.Alerting.Heartbeats;
using Osprey.Core.Alerting.Rules;
using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Alerting.Uptime;

/// <summary>Reads one monitor map (any kind) into a <see cref="MonitorDefinition"/>, recording positioned errors in the context instead of throwing.</summary>
internal sealed class MonitorSpecReader(SpecContext context)
{
    private static readonly string[] Common = ["kind", "name", "interval", "confirmation_period", "recovery_period", "priority", "tags", "paused", "status_page", "maintenance"];
    private static readonly Dictionary<string, string[]> KindFields = new(StringComparer.Ordinal)
    {
        ["http"] = ["url", "method", "headers", "body", "timeout", "expected_status", "keyword", "keyword_absent", "max_response_time"],
        ["tcp"] = ["host", "port", "timeout"],
        ["heartbeat"] = ["period", "grace", "token"],
        ["rule"] = ["series", "function", "window", "op", "threshold", "for", "labels", "annotations"],
    };

    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    private string _prefix = "";
    private Dictionary<string, SpecNode> _fields = [];
    private SpecMapping _map = new([], new SourceMark(1, 1));

    public MonitorDefinition? Read(SpecMapping map, string prefix)
    {
        (_map, _prefix) = (map, prefix);
        _fields = map.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
        var errorsBefore = context.Errors.Count;
        var kindText = Required("kind", n => context.Text(n, F("kind")));
        if (kindText is not null && !KindFields.ContainsKey(kindText))
        {
            context.Error(F("kind"), _fields["kind"], $"{F("kind")} must be one of http, tcp, heartbeat or rule, got '{kindText}'");
            return null;
        }
        if (kindText is null)
        {
            return null;
        }
        context.CheckKeys(map, prefix, [.. Common, .. KindFields[kindText]]);
        var name = Required("name", n => context.Text(n, F("name")));
        if (name is not null && !NameRules.PipelineName().IsMatch(name))
        {
            context.Error(F("name"), _fields["name"], $"{F("name")} must be 1-100 letters, digits, '_', '-' or '.', starting with a letter or digit, got '{name}'");
        }
        var kind = Enum.Parse<MonitorKind>(kindText, ignoreCase: true);
        var interval = Optional("interval", n => context.Duration(n, F("interval"))) ?? TimeSpan.FromMinutes(1);
        AtLeast("interval", interval, TimeSpan.FromSeconds(1));
        var definition = new MonitorDefinition(
            name ?? "",
            kind,
            interval,
            Optional("confirmation_period", n => context.Duration(n, F("confirmation_period"))) ?? TimeSpan.Zero,
            Optional("recovery_period", n => context.Duration(n, F("recovery_period"))) ?? TimeSpan.Zero,
            Optional("priority", Priority) ?? AlertPriority.P3,
            Optional("tags", n => TextList(n, F("tags"))) ?? [],
            Optional("paused", n => context.Flag(n, F("paused"))) ?? false,
            Optional("status_page", n => context.Flag(n, F("status_page"))) ?? kind != MonitorKind.Rule,
            Optional("maintenance", Maintenance) ?? []);
        definition = kind switch
        {
            MonitorKind.Http => definition with { Http = Http() },
            MonitorKind.Tcp => definition with { Tcp = Tcp() },
            MonitorKind.Heartbeat => definition with { Heartbeat = Heartbeat() },
            _ => definition with { Rule = Rule() },
        };
        return context.Errors.Count == errorsBefore ? definition : null;
    }

    private HttpCheck? Http()
    {
        var url = Required("url", n => context.Text(n, F("url")));
        Uri? uri = null;
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out uri) || uri.Scheme is not ("http" or "https")))
        {
            context.Error(F("url"), _fields["url"], $"{F("url")} must be an absolute http:// or https:// URL, got '{url}'");
        }
        var method = (Optional("method", n => context.Text(n, F("method"))) ?? "GET").ToUpperInvariant();
        if (!Methods.Contains(method))
        {
            context.Error(F("method"), _fields["method"], $"{F("method")} must be one of {string.Join(", ", Methods)}, got '{method}'");
        }
        var timeout = Optional("timeout", n => context.Duration(n, F("timeout"))) ?? TimeSpan.FromSeconds(10);
        AtLeast("timeout", timeout, TimeSpan.FromMilliseconds(100));
        var maxResponse = Optional("max_response_time", n => context.Duration(n, F("max_response_time")));
        return uri is null ? null : new HttpCheck(
            uri,
            method,
            Optional("headers", n => TextMap(n, F("headers"))) ?? new Dictionary<string, string>(),
            Optional("body", n => context.Text(n, F("body"))),
            timeout,
            Optional("expected_status", StatusCodes) ?? [],
            Optional("keyword", n => context.Text(n, F("keyword"))),
            Optional("keyword_absent", n => context.Text(n, F("keyword_absent"))),
            maxResponse);
    }

    private TcpCheck? Tcp()
    {
        var host = Required("host", n => context.Text(n, F("host")));
        var port = Required("port", n => context.WholeNumber(n, F("port"), 1));
        if (port > 65535)
        {
            context.Error(F("port"), _fields["port"], $"{F("port")} must be at most 65535, got {port}");
        }
        var timeout = Optional("timeout", n => context.Duration(n, F("timeout"))) ?? TimeSpan.FromSeconds(5);
        AtLeast("timeout", timeout, TimeSpan.FromMilliseconds(100));
        return host is null || port is null ? null : new TcpCheck(host, port.Value, timeout);
    }

    private HeartbeatSettings? Heartbeat()
    {
        var period = Required("period", n => context.Duration(n, F("period")));
        if (period is { } p)
        {
            AtLeast("period", p, TimeSpan.FromSeconds(1));
        }
        var grace = Optional("grace", n => context.Duration(n, F("grace"))) ?? (period is { } q ? q / 5 : TimeSpan.Zero);
        var token = Optional("token", n => context.Text(n, F("token")));
        if (token is not null && !HeartbeatTokens.IsWellFormed(token))
        {
            context.Error(F("token"), _fields["token"], $"{F("token")} must be 16 to 128 letters, digits, '-' or '_' (leave it out to get a random one)");
        }
        return period is null ? null : new HeartbeatSettings(period.Value, grace, token ?? "");
    }

    private MetricRule? Rule()
    {
        var selector = Required("series", n => context.Text(n, F("series"))) is { } text ? Selector(text) : null;
        var function = Required("function", n => context.Text(n, F("function"))) is { } f ? Function(f) : null;
        var window = Optional("window", n => context.Duration(n, F("window"))) ?? TimeSpan.FromMinutes(5);
        AtLeast("window", window, TimeSpan.FromSeconds(1));
        var op = Required("op", n => context.Text(n, F("op")));
        Comparison comparison = default;
        if (op is not null && !ComparisonText.TryParse(op, out comparison))
        {
            context.Error(F("op"), _fields["op"], $"{F("op")} must be one of {string.Join(" ", ComparisonText.Symbols)}, got '{op}'");
        }
        var threshold = Required("threshold", Threshold);
        var holdFor = Optional("for", n => context.Duration(n, F("for"))) ?? TimeSpan.Zero;
        return selector is null || function is null || threshold is null ? null : new MetricRule(
            selector, function, window, comparison, threshold.Value, holdFor,
            Optional("labels", n => TextMap(n, F("labels"))) ?? new Dictionary<string, string>(),
            Optional("annotations", n => TextMap(n, F("annotations"))) ?? new Dictionary<string, string>());
    }

    private SeriesSelector? Selector(string text)
    {
        var selector = SeriesSelector.Parse(text, out var error);
        if (selector is null)
        {
            context.Error(F("series"), _fields["series"], $"{F("series")}: {error}");
        }
        return selector;
    }

    private WindowFunction? Function(string text)
    {
        var function = WindowFunction.Parse(text);
        if (function is null)
        {
            context.Error(F("function"), _fields["function"], $"{F("function")} must be {WindowFunction.Spellings}, got '{text}'");
        }
        return function;
    }

    // A number, or a duration in seconds (for age rules such as "the data set is older than 2h").
    private double? Threshold(SpecNode node)
    {
        var text = context.Text(node, F("threshold"));
        if (text is null)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }
        if (DurationText.TryParse(text, out var duration))
        {
            return duration.TotalSeconds;
        }
        context.Error(F("threshold"), node, $"{F("threshold")} must be a number or a duration such as 2h, got '{text}'");
        return null;
    }

    private AlertPriority? Priority(SpecNode node)
    {
        var text = context.Text(node, F("priority"));
        if (text is not null && Enum.TryParse<AlertPriority>(text, ignoreCase: true, out var priority) && Enum.IsDefined(priority) && !char.IsAsciiDigit(text[0]))
        {
            return priority;
        }
        if (text is not null)
        {
            context.Error(F("priority"), node, $"{F("priority")} must be P1, P2, P3, P4 or P5, got '{text}'");
        }
        return null;
    }

    private List<int>? StatusCodes(SpecNode node)
    {
        var items = node is SpecSequence list ? list.Items : [node];
        var codes = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            var field = node is SpecSequence ? $"{F("expected_status")}[{i}]" : F("expected_status");
            if (context.WholeNumber(items[i], field, 100) is { } code)
            {
                if (code > 599)
                {
                    context.Error(field, items[i], $"{field} must be an HTTP status code (100-599), got {code}");
                }
                codes.Add(code);
            }
        }
        return codes;
    }

    private List<MaintenanceWindow>? Maintenance(SpecNode node)
    {
        if (node is not SpecSequence list)
        {
            context.Error(F("maintenance"), node, $"{F("maintenance")} must be a list of {{from, to, reason}} maps, got {node.Shape}");
            return null;
        }
        var windows = new List<MaintenanceWindow>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var field = $"{F("maintenance")}[{i}]";
            if (context.Map(list.Items[i], field, "a map with from, to and reason") is not { } map)
            {
                continue;
            }
            context.CheckKeys(map, field, ["from", "to", "reason"]);
            var entries = map.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
            var from = Time(entries, field, "from", map);
            var to = Time(entries, field, "to", map);
            var reason = entries.TryGetValue("reason", out var r) ? context.Text(r, $"{field}.reason") : null;
            if (from is not null && to is not null && to <= from)
            {
                context.Error($"{field}.to", entries["to"], $"{field}.to must be after {field}.from");
            }
            else if (from is not null && to is not null)
            {
                windows.Add(new MaintenanceWindow(from.Value, to.Value, reason));
            }
        }
        return windows;
    }

    private long? Time(Dictionary<string, SpecNode> entries, string field, string key, SpecMapping map)
    {
        if (!entries.TryGetValue(key, out var node))
        {
            context.Error($"{field}.{key}", map, $"{field}.{key} is required");
            return null;
        }
        var text = context.Text(node, $"{field}.{key}");
        if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at.ToUnixTimeMilliseconds();
        }
        context.Error($"{field}.{key}", node, $"{field}.{key} must be a date and time such as 2026-05-01T22:00:00Z, got '{text}'");
        return null;
    }

    private List<string>? TextList(SpecNode node, string field)
    {
        if (node is not SpecSequence list)
        {
            context.Error(field, node, $"{field} must be a list of text, got {node.Shape}");
            return null;
        }
        return [.. list.Items.Select((item, i) => context.Text(item, $"{field}[{i}]")).OfType<string>()];
    }

    private Dictionary<string, string>? TextMap(SpecNode node, string field)
    {
        if (context.Map(node, field, "a map of text") is not { } map)
        {
            return null;
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            if (context.Text(value, SpecContext.Join(field, key.Value)) is { } text)
            {
                result[key.Value] = text;
            }
        }
        return result;
    }

    private void AtLeast(string key, TimeSpan value, TimeSpan min)
    {
        if (value < min && _fields.TryGetValue(key, out var node))
        {
            context.Error(F(key), node, $"{F(key)} must be at least {DurationText.Format(min)}, got {DurationText.Format(value)}");
        }
    }

    private T? Required<T>(string key, Func<SpecNode, T?> read)
    {
        if (_fields.TryGetValue(key, out var node))
        {
            return read(node);
        }
        context.Error(F(key), _map, $"{F(key)} is required");
        return default;
    }

    private T? Optional<T>(string key, Func<SpecNode, T?> read) => _fields.TryGetValue(key, out var node) ? read(node) : default;

    private string F(string key) => SpecContext.Join(_prefix, key);
}
