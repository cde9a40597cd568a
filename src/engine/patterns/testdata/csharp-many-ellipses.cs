// ruleid: csharp-handler-in-nested-block
public class Outer
{
    int count;

    class Inner
    {
        int seen;

        void Handle(string message)
        {
            seen++;
        }
    }

    void Other() { }
}

// ok: csharp-handler-in-nested-block
public class Flat
{
    void Handle(string message) { }
}
