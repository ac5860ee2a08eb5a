namespace Osprey.Core.Serving.Requests;

/// <summary>What a request gave for one feature, before the model's schema gives it a meaning.</summary>
public enum RawValueKind : byte
{
    /// <summary>JSON <c>null</c>: the value is missing.</summary>
    Null,
    /// <summary>A JSON number; its text is kept too, for categories spelled as numbers.</summary>
    Number,
    /// <summary>A JSON string.</summary>
    Text,
    /// <summary>JSON <c>true</c>.</summary>
    True,
    /// <summary>JSON <c>false</c>.</summary>
    False,
}
