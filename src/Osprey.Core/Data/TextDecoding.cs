using System.Text;
using System.Text.Unicode;

namespace Osprey.Core.Data;

/// <summary>Turns file bytes into UTF-8: strips a UTF-8 BOM, converts UTF-16 (with BOM) and treats invalid UTF-8 as Latin-1.</summary>
internal static class TextDecoding
{
    /// <summary>Returns UTF-8 bytes for the content and the name of the encoding that was detected.</summary>
    public static (byte[] Utf8, string Encoding) ToUtf8(byte[] content)
    {
        ReadOnlySpan<byte> span = content;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (span[3..].ToArray(), "utf-8");
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.UTF8.GetBytes(Encoding.Unicode.GetString(span[2..])), "utf-16le");
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.UTF8.GetBytes(Encoding.BigEndianUnicode.GetString(span[2..])), "utf-16be");
        }
        if (Utf8.IsValid(span))
        {
            return (content, "utf-8");
        }
        return (Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(span)), "latin-1");
    }
}
