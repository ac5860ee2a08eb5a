using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Osprey.Core.Learning.Trees;

/// <summary>Bounds-check-free element references for the scoring loops, whose indices are validated when the forest is compiled.</summary>
internal static class MemoryArrays
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref float First(float[] array) => ref MemoryMarshal.GetArrayDataReference(array);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref float At(ref float first, int index) => ref Unsafe.Add(ref first, index);
}
