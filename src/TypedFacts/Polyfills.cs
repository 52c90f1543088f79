// netstandard2.0 lacks the nullable-analysis attributes; the compiler knows them by name, so
// internal copies annotate the public API for consumers on C# 8 and later.

namespace System.Diagnostics.CodeAnalysis
{
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    internal sealed class NotNullWhenAttribute : Attribute
    {
        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

        public bool ReturnValue { get; }
    }
}
