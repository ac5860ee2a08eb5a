using System.Text;

namespace Osprey.Core.Learning.Import;

/// <summary>Makes JSON with the non-standard tokens NaN, Infinity and -Infinity (which XGBoost writes) parseable: outside strings they become null, "inf" and "-inf".</summary>
internal static class NonFiniteJson
{
    public static byte[] Sanitize(byte[] json)
    {
        var output = new List<byte>(json.Length + 64);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var b = json[i];
            if (inString)
            {
                output.Add(b);
                if (b == '\\' && i + 1 < json.Length)
                {
                    output.Add(json[++i]);
                }
                else if (b == '"')
                {
                    inString = false;
                }
                continue;
            }
            if (b == '"')
            {
                inString = true;
                output.Add(b);
            }
            else if (Matches(json, i, "NaN"))
            {
                output.AddRange("null"u8.ToArray());
                i += 2;
            }
            else if (Matches(json, i, "-Infinity"))
            {
                output.AddRange("\"-inf\""u8.ToArray());
                i += 8;
            }
            else if (Matches(json, i, "Infinity"))
            {
                output.AddRange("\"inf\""u8.ToArray());
                i += 7;
            }
            else
            {
                output.Add(b);
            }
        }
        return output.ToArray();
    }

    private static bool Matches(byte[] json, int at, string token) =>
        at + token.Length <= json.Length && json.AsSpan(at, token.Length).SequenceEqual(Encoding.ASCII.GetBytes(token));
}
