using System.Buffers;
using System.Text.Json;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Requests;
using Osprey.Serving.Api;

namespace Osprey.Serving.Kserve;

/// <summary>
/// Turns an Open Inference Protocol request's <c>inputs</c> into encoded rows: either one tensor per feature (named as the feature, shape
/// <c>[N]</c> or <c>[N, 1]</c>) or a single tensor of shape <c>[N, F]</c> whose columns follow the model's feature order.
/// </summary>
internal static class V2Inputs
{
    public static FieldProblem? Read(JsonElement root, ServedVersion version, int maxRows, bool keepInputs, out EncodedBatch? batch)
    {
        batch = null;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.Array || inputs.GetArrayLength() == 0)
        {
            return new FieldProblem("inputs", "missing_field", "The request needs 'inputs': a list of tensors {name, shape, datatype, data}.");
        }
        var tensors = inputs.EnumerateArray().Select(t => (Name: t.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "", Data: Flatten(t))).ToList();
        var names = version.FeatureNames;
        var byColumn = !(tensors.Count == 1 && !names.Contains(tensors[0].Name));
        var width = names.Count;
        var rows = byColumn ? tensors[0].Data.Count : (width == 0 ? 0 : tensors[0].Data.Count / width);
        if (!byColumn && tensors[0].Data.Count != rows * width)
        {
            return new FieldProblem(tensors[0].Name, "wrong_shape", $"The tensor '{tensors[0].Name}' has {tensors[0].Data.Count} values, which is not a whole number of rows of {width} features ({string.Join(", ", names)}).");
        }
        var uneven = tensors.FindIndex(t => t.Data.Count != rows);
        if (byColumn && uneven >= 0)
        {
            return new FieldProblem(tensors[uneven].Name, "wrong_shape",
                $"Every input tensor must hold one value per row; '{tensors[uneven].Name}' has {tensors[uneven].Data.Count} but '{tensors[0].Name}' has {rows}.");
        }
        if (rows > maxRows)
        {
            return new FieldProblem("inputs", "too_many_rows", $"A request holds at most {maxRows} rows.");
        }
        var features = new float[rows * width];
        var row = new RawRow();
        for (var r = 0; r < rows; r++)
        {
            row.Clear();
            if (byColumn)
            {
                foreach (var (name, data) in tensors)
                {
                    Add(row, name, data[r]);
                }
            }
            else
            {
                for (var f = 0; f < width; f++)
                {
                    Add(row, null, tensors[0].Data[r * width + f]);
                }
            }
            if (version.Encoder.Encode(row, features.AsSpan(r * width, width)) is { } problem)
            {
                return problem with { Message = $"Row {r}: {problem.Message}" };
            }
        }
        var matrix = EncodedBatch.Transpose(version.Model.Encoder.Features, features, rows);
        var id = root.TryGetProperty("id", out var given) && given.ValueKind == JsonValueKind.String ? given.GetString() : null;
        batch = new EncodedBatch(matrix, keepInputs ? new EncodedInputs(features, version.Model.Encoder.Columns) : null, id);
        return null;
    }

    private static List<JsonElement> Flatten(JsonElement tensor)
    {
        var values = new List<JsonElement>();
        if (tensor.TryGetProperty("data", out var data))
        {
            Collect(data, values);
        }
        return values;
    }

    private static void Collect(JsonElement value, List<JsonElement> into)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                Collect(item, into);
            }
            return;
        }
        into.Add(value);
    }

    private static void Add(RawRow row, string? name, JsonElement value)
    {
        var nameStart = name is null ? 0 : row.Append(name);
        var nameLength = name?.Length ?? -1;
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                var text = value.GetRawText();
                var finite = value.TryGetDouble(out var number) && double.IsFinite(number);
                row.Add(new RawField(nameStart, nameLength, finite ? RawValueKind.Number : RawValueKind.Text, number, row.Append(text), text.Length));
                break;
            case JsonValueKind.String:
                var chars = value.GetString() ?? "";
                row.Add(new RawField(nameStart, nameLength, RawValueKind.Text, double.NaN, row.Append(chars), chars.Length));
                break;
            case JsonValueKind.True or JsonValueKind.False:
                row.Add(new RawField(nameStart, nameLength, value.ValueKind == JsonValueKind.True ? RawValueKind.True : RawValueKind.False, double.NaN, 0, 0));
                break;
            default:
                row.Add(new RawField(nameStart, nameLength, RawValueKind.Null, double.NaN, 0, 0));
                break;
        }
    }
}
