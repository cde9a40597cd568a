public class Setup
{
    public void Configure(string host)
    {
        var options = new HttpOptions
        {
            Timeout = 30,
            // ruleid: csharp-initializer-disables-check
            CheckCertificate = false,
        };
        // Constructor arguments are not part of `new HttpOptions { ... }`.
        var other = new HttpOptions(defaults)
        {
            // ok: csharp-initializer-disables-check
            CheckCertificate = false
        };
        var third = new TcpOptions
        {
            // ok: csharp-initializer-disables-check
            CheckCertificate = false
        };
        // ok: csharp-initializer-disables-check
        CheckCertificate = false;
        var strict = new HttpOptions
        {
            // ok: csharp-initializer-disables-check
            CheckCertificate = true
        };

        // ruleid: csharp-new-with-empty-arguments
        var a = new Mailer
        {
            Relay = new RelayOptions { Port = 25 }
        };
        // ruleid: csharp-new-with-empty-arguments
        var b = new Mailer()
        {
            Relay = new RelayOptions() { Port = 25 }
        };
        // ok: csharp-new-with-empty-arguments
        var c = new Mailer(config)
        {
            Relay = new RelayOptions { Port = 25 }
        };
        // ok: csharp-new-with-empty-arguments
        var d = new Mailer { Relay = null };

        // ruleid: csharp-new-with-empty-arguments
        Mailer mailer = new Mailer
        {
            Relay = new RelayOptions { Host = host }
        };
        // ruleid: csharp-initializer-entry-then-start
        mailer.Start();
    }

    public void Quiet()
    {
        Mailer mailer = new Mailer { Port = 25 };
        // ok: csharp-initializer-entry-then-start
        mailer.Start();
    }
}
