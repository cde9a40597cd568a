public class Worker
{
    // ruleid: csharp-method-with-int
    public static void Run(string name, int count, bool verbose)
    {
        // ruleid: csharp-same-branches
        if (ready) {
            Log(name);
        } else {
            Log(name);
        }
        // ok: csharp-same-branches
        if (ready) {
            Log(name);
        } else {
            Log(count);
        }
        // ruleid: csharp-any-if
        if (enabled)
            Log("on");
        else
            Log("off");
        // ok: csharp-any-if
        if (disabled) { Log("off"); }
    }

    // ok: csharp-method-with-int
    private int Count(string name, long count)
    {
        return 0;
    }
}
