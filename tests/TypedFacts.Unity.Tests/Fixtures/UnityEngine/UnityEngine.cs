// The few UnityEngine members docs/unity.md's example uses, with Unity's signatures, so that the example compiles
// here as it does in a Unity project (this machine has no Unity). Compiled into a reference assembly only: nothing runs it.
namespace UnityEngine
{
    public class Object
    {
    }

    public class Component : Object
    {
    }

    public class Behaviour : Component
    {
    }

    public class MonoBehaviour : Behaviour
    {
    }

    public static class Debug
    {
        public static void Log(object message)
        {
        }
    }

    [System.AttributeUsage(System.AttributeTargets.Field)]
    public sealed class SerializeField : System.Attribute
    {
    }
}
