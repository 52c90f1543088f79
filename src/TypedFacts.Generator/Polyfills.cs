// The generator targets netstandard2.0 but is written in current C#; these are the
// compiler-known types that netstandard2.0 lacks.

namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
