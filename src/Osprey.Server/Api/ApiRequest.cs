using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Osprey.Core;

namespace Osprey.Server.Api;

/// <summary>Reads a request message from the JSON body or, when there is none, from the query string (MLflow accepts both for GET and DELETE).</summary>
internal static class ApiRequest
{
    /// <summary>Deserializes the request; malformed JSON or a wrongly typed member throws <see cref="ErrorCode.InvalidParameter"/> naming the member.</summary>
    public static async ValueTask<T> ReadAsync<T>(HttpContext http, JsonTypeInfo<T> type)
        where T : class
    {
        T? message;
        try
        {
            message = HasBody(http.Request)
                ? await JsonSerializer.DeserializeAsync(http.Request.Body, type, http.RequestAborted)
                : JsonSerializer.Deserialize(QueryJson.Build(http.Request.Query, type), type);
        }
        catch (JsonException e)
        {
            throw OspreyException.Invalid(Describe(e));
        }
        return message ?? throw OspreyException.Invalid("The request body must be a JSON object, got null.");
    }

    /// <summary>Gets a required text member or throws MLflow's "missing value" error naming it.</summary>
    public static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw Missing(field) : value;

    /// <summary>Gets a required member or throws MLflow's "missing value" error naming it.</summary>
    public static T Required<T>(T? value, string field)
        where T : struct => value ?? throw Missing(field);

    /// <summary>Gets a run id from <c>run_id</c>, falling back to MLflow's deprecated <c>run_uuid</c>.</summary>
    public static string RunId(string? runId, string? runUuid) =>
        !string.IsNullOrEmpty(runId) ? runId : Required(runUuid, "run_id");

    /// <summary>Creates MLflow's "missing value" error naming a field.</summary>
    public static OspreyException Missing(string field) => OspreyException.Invalid($"Missing value for required parameter '{field}'.");

    /// <summary>Narrows an int64 page size to the int the services take; out-of-range values throw <see cref="ErrorCode.InvalidParameter"/>.</summary>
    public static int? Int32(long? value, string field) => value switch
    {
        null => null,
        >= int.MinValue and <= int.MaxValue => (int)value.Value,
        _ => throw OspreyException.Invalid($"Invalid value {value} for parameter '{field}': it is out of range."),
    };

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    private static string Describe(JsonException e)
    {
        var path = e.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;
        var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
        return path is null
            ? $"Malformed JSON in the request body{where}: {Explain(e.Message)}"
            : $"Invalid value for parameter '{path}'{where}: {Explain(e.Message)}";
    }

    // Conversion failures name .NET types; say which JSON kind was expected instead.
    private static string Explain(string message)
    {
        const string Marker = "could not be converted to ";
        var at = message.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return FirstSentence(message);
        }
        var type = message[(at + Marker.Length)..];
        var expected =
            type.StartsWith("System.String", StringComparison.Ordinal) ? "a string"
            : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
            : type.Contains("Double", StringComparison.Ordinal) || type.Contains("Int", StringComparison.Ordinal) ? "a number"
            : type.Contains("List", StringComparison.Ordinal) ? "a list"
            : "a JSON object";
        return $"expected {expected}.";
    }

    // System.Text.Json messages append the path and position we already render; keep only the explanation.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
