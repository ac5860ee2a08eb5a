using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Osprey.Core.Learning.Trees;

/// <summary>Float-to-code conversion for the scoring loops.</summary>
internal static class Codes
{
    /// <summary>Truncates to an integer with one instruction where the hardware has it; out-of-range values give any integer, which callers mask.</summary>
    /// <remarks>C#'s (int) cast saturates, which costs five extra instructions per split on x64; the loops only need valid codes to be exact.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Truncate(float value) =>
        Sse.IsSupported ? Sse.ConvertToInt32WithTruncation(Vector128.CreateScalarUnsafe(value)) : (int)value;
}
