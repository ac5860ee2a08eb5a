using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.ObjectPool;
using Osprey.Core.Serving.Requests;

namespace Osprey.Serving.Protocol;

/// <summary>The reusable buffers of one inference request: the parsed row, features, outputs, the routing key and the response being written.</summary>
/// <remarks>Rented from <see cref="Pool"/> per request and returned after the response is written, so a warm server parses and answers without allocating.</remarks>
internal sealed class PredictScratch : IResettable, IDisposable
{
    private char[] _key = new char[64];
    private char[] _model = new char[64];

    public PredictScratch()
    {
        Json = new Utf8JsonWriter(Output, new JsonWriterOptions { SkipValidation = true });
    }

    /// <summary>Gets the pool scratches are rented from.</summary>
    public static ObjectPool<PredictScratch> Pool { get; } = new DefaultObjectPool<PredictScratch>(new DefaultPooledObjectPolicy<PredictScratch>(), 1024);

    /// <summary>Gets the row being parsed.</summary>
    public RawRow Row { get; } = new();

    /// <summary>Gets the encoded features.</summary>
    public float[] Features { get; private set; } = new float[64];

    /// <summary>Gets the outputs.</summary>
    public double[] Outputs { get; private set; } = new double[16];

    /// <summary>Gets the response bytes.</summary>
    public ArrayBufferWriter<byte> Output { get; } = new(1024);

    /// <summary>Gets the writer over <see cref="Output"/>.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Gets the routing key sent with the request (empty when none).</summary>
    public ReadOnlySpan<char> Key => _key.AsSpan(0, KeyLength);

    /// <summary>Gets the model name sent in the body (empty when none).</summary>
    public ReadOnlySpan<char> Model => _model.AsSpan(0, ModelLength);

    /// <summary>Gets or sets the id the client gave, or null.</summary>
    public string? ClientId { get; set; }

    /// <summary>Gets or sets where the features value starts in the body.</summary>
    public long FeaturesStart { get; set; } = -1;

    /// <summary>Gets or sets where the features value ends in the body.</summary>
    public long FeaturesEnd { get; set; }

    private int KeyLength { get; set; }

    private int ModelLength { get; set; }

    /// <summary>Returns room for a key of at most <paramref name="length"/> characters.</summary>
    public Span<char> KeyBuffer(int length) => Grow(ref _key, length);

    /// <summary>Keeps the first <paramref name="length"/> characters written to the key buffer.</summary>
    public void SetKeyLength(int length) => KeyLength = length;

    /// <summary>Returns room for a model name of at most <paramref name="length"/> characters.</summary>
    public Span<char> ModelBuffer(int length) => Grow(ref _model, length);

    /// <summary>Keeps the first <paramref name="length"/> characters written to the model buffer.</summary>
    public void SetModelLength(int length) => ModelLength = length;

    /// <summary>Returns features room for <paramref name="count"/> values.</summary>
    public Span<float> FeatureSpan(int count)
    {
        if (Features.Length < count)
        {
            Features = new float[Math.Max(count, Features.Length * 2)];
        }
        return Features.AsSpan(0, count);
    }

    /// <summary>Returns outputs room for <paramref name="count"/> values.</summary>
    public Span<double> OutputSpan(int count)
    {
        if (Outputs.Length < count)
        {
            Outputs = new double[Math.Max(count, Outputs.Length * 2)];
        }
        return Outputs.AsSpan(0, count);
    }

    /// <summary>Starts a new response in <see cref="Output"/>.</summary>
    public Utf8JsonWriter StartResponse()
    {
        Output.ResetWrittenCount();
        Json.Reset(Output);
        return Json;
    }

    /// <inheritdoc/>
    public bool TryReset()
    {
        Row.Clear();
        KeyLength = 0;
        ModelLength = 0;
        ClientId = null;
        FeaturesStart = -1;
        FeaturesEnd = 0;
        return Output.Capacity <= 1 << 20;
    }

    public void Dispose() => Json.Dispose();

    private static Span<char> Grow(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, buffer.Length * 2)];
        }
        return buffer.AsSpan(0, length);
    }
}
