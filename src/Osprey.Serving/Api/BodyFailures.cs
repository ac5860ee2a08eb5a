using Osprey.Core;
using Microsoft.AspNetCore.Http;
using Osprey.Core.Serving.Requests;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary>Answers a body Kestrel refused while reading: too large (413, naming the limit) or malformed framing (400).</summary>
internal static class BodyFailures
{
    public static Task AnswerAsync(HttpContext http, BadHttpRequestException error, long limit) =>
        error.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? ServingResponses.ErrorAsync(http, 413, ApiErrorCodes.ResourceLimitExceeded,
                $"The request body is larger than this endpoint's limit of {limit} bytes; send fewer rows per call or raise the limit.",
                new FieldProblem("body", "too_large", "body over the size limit"))
            : ServingResponses.ErrorAsync(http, error.StatusCode, ApiErrorCodes.InvalidParameterValue, error.Message,
                new FieldProblem("body", "malformed", error.Message));
}
