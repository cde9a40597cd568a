// ok: csharp-uses-magic-port
public class Server
{
    // ok: csharp-uses-magic-port
    public void Start()
    // ok: csharp-uses-magic-port
    {
        // ok: csharp-uses-magic-port
        int other = 80;
        // ruleid: csharp-uses-magic-port
        Listen(other + 8080);
    }
}
