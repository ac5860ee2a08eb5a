using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Osprey.Core;
using Osprey.Server.Contracts;

namespace Osprey.Server.Api;

/// <summary>Turns every failure into MLflow's error body: expected ones by their <see cref="ErrorCode"/>, unexpected ones as a bare 500.</summary>
internal sealed class ApiErrorMiddleware(RequestDelegate next, ILogger<ApiErrorMiddleware> log)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (OspreyException e) when (!http.Response.HasStarted)
        {
            var (status, name) = ApiErrorCodes.ToHttp(e.Code);
            await ApiResponse.ErrorAsync(http, status, name, e.Message);
        }
        catch (BadHttpRequestException e) when (!http.Response.HasStarted)
        {
            await WriteBadRequestAsync(http, e);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            log.LogError(e, "Unexpected failure serving {Method} {Path} (trace {TraceId})", http.Request.Method, http.Request.Path, http.TraceIdentifier);
            await ApiResponse.ErrorAsync(http, 500, ApiErrorCodes.InternalError,
                $"The server failed unexpectedly; the server log has the details under trace id {http.TraceIdentifier}.");
        }
    }

    private static Task WriteBadRequestAsync(HttpContext http, BadHttpRequestException e)
    {
        if (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            var (status, name) = ApiErrorCodes.ToHttp(ErrorCode.LimitExceeded);
            return ApiResponse.ErrorAsync(http, status, name, $"The request body is larger than the limit of {limit} bytes.");
        }
        return ApiResponse.ErrorAsync(http, e.StatusCode, ApiErrorCodes.BadRequest, e.Message);
    }
}
