using System.Globalization;
using System.Text;

namespace Osprey.Core.Tracking;

/// <summary>Encodes a result offset as the opaque page token clients pass back for the next page.</summary>
public static class PageToken
{
    private const string Prefix = "offset:";

    /// <summary>Gets the token for a page starting at <paramref name="offset"/>.</summary>
    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Gets the offset of a token (0 for null or empty); throws <see cref="ErrorCode.InvalidParameter"/> for a token this server did not issue.</summary>
    public static int Decode(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the uniform error below.
        }
        throw OspreyException.Invalid($"Invalid page_token '{token}': pass back the next_page_token of a previous response.");
    }

    /// <summary>Builds a page: fetch one row more than the page size to know whether another page exists.</summary>
    public static Page<T> Paginate<T>(IReadOnlyList<T> fetched, int offset, int pageSize)
    {
        if (fetched.Count <= pageSize)
        {
            return new Page<T>(fetched, null);
        }
        return new Page<T>(fetched.Take(pageSize).ToList(), Encode(offset + pageSize));
    }

    /// <summary>Checks a requested page size against a maximum, applying the default when absent.</summary>
    public static int Size(int? requested, int defaultSize, int max, string field = "max_results")
    {
        var size = requested ?? defaultSize;
        if (size < 1 || size > max)
        {
            throw OspreyException.Invalid($"Invalid value {size} for parameter '{field}': it must be between 1 and {max}.");
        }
        return size;
    }
}
