static class Extensions
{
    // ruleid: csharp-takes-one-count
    static void Repeat(this string text, int count) { }

    // ruleid: csharp-takes-one-count
    static void Wait(int count) { }

    // ok: csharp-takes-one-count
    static void Pad(string text, int count) { }

    static void Store(Session session, Cache cache)
    {
        // ruleid: csharp-session-argument
        Save(session);
        // ok: csharp-session-argument
        Save(cache);
    }
}

// ruleid: csharp-derives-from-controller
class Orders : Controller, IDisposable { }

// ruleid: csharp-derives-from-controller
class Users : Controller { }

// ok: csharp-derives-from-controller
class Reports : BaseReport, IDisposable { }
