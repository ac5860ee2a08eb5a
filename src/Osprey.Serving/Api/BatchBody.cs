using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Requests;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary>Reads a batch body in whichever form it came: JSON rows, a CSV body (<c>text/csv</c>) or a CSV file in a multipart form.</summary>
internal static class BatchBody
{
    public static async Task<(FieldProblem? Problem, EncodedBatch? Batch)> ReadAsync(HttpContext http, ServedVersion version, int maxRows, bool keepInputs)
    {
        var contentType = http.Request.ContentType ?? "";
        if (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            if (form.Files.Count == 0)
            {
                return (new FieldProblem("file", "missing_field", "The form has no file; upload the CSV as a file field."), null);
            }
            using var copy = new MemoryStream();
            await form.Files[0].CopyToAsync(copy, http.RequestAborted);
            var problem = CsvBatchReader.Read(copy.ToArray(), version, maxRows, keepInputs, out var fromForm);
            return (problem, fromForm);
        }
        var reader = http.Request.BodyReader;
        var body = await RequestBody.ReadAllAsync(reader, http.RequestAborted);
        try
        {
            EncodedBatch? batch;
            var problem = IsCsv(contentType)
                ? CsvBatchReader.Read(body.Buffer.ToArray(), version, maxRows, keepInputs, out batch)
                : JsonBatchReader.Read(body.Buffer, version, maxRows, keepInputs, out batch);
            return (problem, batch);
        }
        finally
        {
            reader.AdvanceTo(body.Buffer.End);
        }
    }

    private static bool IsCsv(string contentType) =>
        contentType.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("application/csv", StringComparison.OrdinalIgnoreCase);
}
