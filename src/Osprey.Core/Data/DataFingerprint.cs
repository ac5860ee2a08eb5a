namespace Osprey.Core.Data;

/// <summary>A data set's identity for lineage: a SHA-256 of its parsed content and schema, its row count and its schema text.</summary>
public sealed record DataFingerprint(string Digest, int Rows, string Schema)
{
    /// <summary>Gets the first 12 hex characters of the digest, enough to tell data sets apart in a listing.</summary>
    public string ShortDigest => Digest[..12];
}
