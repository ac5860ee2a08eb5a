using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Osprey.Server.Contracts;

namespace Osprey.Server.Api;

/// <summary>Writes JSON answers and MLflow-shaped errors with the source-generated serializers.</summary>
internal static class ApiResponse
{
    private const string JsonContentType = "application/json; charset=utf-8";
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    /// <summary>Writes a 200 answer.</summary>
    public static Task WriteAsync<T>(HttpContext http, T value, JsonTypeInfo<T> type) =>
        http.Response.WriteAsJsonAsync(value, type, JsonContentType, http.RequestAborted);

    /// <summary>Writes MLflow's empty answer <c>{}</c>.</summary>
    public static Task EmptyAsync(HttpContext http)
    {
        http.Response.ContentType = JsonContentType;
        http.Response.ContentLength = EmptyObject.Length;
        return http.Response.Body.WriteAsync(EmptyObject, http.RequestAborted).AsTask();
    }

    /// <summary>Writes an error in MLflow's shape <c>{"error_code": ..., "message": ...}</c>.</summary>
    public static Task ErrorAsync(HttpContext http, int status, string errorCode, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new ApiErrorResponse(errorCode, message), JsonTypes.Json.ApiErrorResponse, JsonContentType);
    }
}
