using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Osprey.Core;
using Osprey.Core.Serving.Requests;

namespace Osprey.Serving.Protocol;

/// <summary>Writes serving responses: JSON bodies with a known length, and errors as <c>{"error_code", "message", "field"?, "reason"?, "request_id"?}</c>.</summary>
internal static class ServingResponses
{
    public const string JsonContentType = "application/json; charset=utf-8";

    private static readonly JsonWriterOptions Compact = new() { SkipValidation = false };

    /// <summary>Sends bytes already written as the JSON body.</summary>
    public static Task SendAsync(HttpContext http, int status, ReadOnlyMemory<byte> body)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = JsonContentType;
        response.ContentLength = body.Length;
        return response.BodyWriter.WriteAsync(body, http.RequestAborted).AsTask();
    }

    /// <summary>Sends a field problem as a 400 naming the field.</summary>
    public static Task ProblemAsync(HttpContext http, FieldProblem problem, string? requestId) =>
        ErrorAsync(http, 400, ApiErrorCodes.InvalidParameterValue, problem.Message, problem, requestId);

    /// <summary>Sends an expected failure with its code's status.</summary>
    public static Task FailureAsync(HttpContext http, OspreyException failure, string? requestId = null)
    {
        var (status, name) = ApiErrorCodes.ToHttp(failure.Code);
        return ErrorAsync(http, status, name, failure.Message, null, requestId);
    }

    /// <summary>Sends an error body.</summary>
    public static Task ErrorAsync(HttpContext http, int status, string code, string message, FieldProblem? problem = null, string? requestId = null)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            json.WriteString("error_code", code);
            json.WriteString("message", message);
            if (problem is not null)
            {
                json.WriteString("field", problem.Field);
                json.WriteString("reason", problem.Code);
            }
            if (requestId is not null)
            {
                json.WriteString("request_id", requestId);
            }
            json.WriteEndObject();
        }
        return SendAsync(http, status, buffer.WrittenMemory);
    }

    /// <summary>Serialises a value as the JSON body (for the small, infrequent responses: health, schema, admin).</summary>
    public static Task JsonAsync<T>(HttpContext http, int status, T value)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, ServingJson.Options);
        return SendAsync(http, status, bytes);
    }
}
