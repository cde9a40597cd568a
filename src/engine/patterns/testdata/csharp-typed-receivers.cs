class Ciphers
{
    void Modes()
    {
        DES legacy = DES.Create();
        // ruleid: csharp-typed-type-checked-by-pattern
        legacy.Mode = CipherMode.ECB;
        TripleDES triple = TripleDES.Create();
        // ruleid: csharp-typed-type-checked-by-pattern
        triple.Mode = CipherMode.ECB;
        Aes modern = Aes.Create();
        // ok: csharp-typed-type-checked-by-pattern
        modern.Mode = CipherMode.ECB;
        // ok: csharp-typed-type-checked-by-pattern
        legacy.Mode = CipherMode.CBC;
    }
}

class Startup
{
    public void Setup(IBuilder builder, IOther other)
    {
        if (other.Ready())
        {
            // ruleid: csharp-chain-statement-of-typed-receiver
            builder.UseLogging();
        }
        // ruleid: csharp-chain-statement-of-typed-receiver
        builder.UseRouting().UseEndpoints();
        // ok: csharp-chain-statement-of-typed-receiver
        other.UseRouting();
    }

    public void Setup(IBuilder builder)
    {
        // ok: csharp-chain-statement-of-typed-receiver
        builder.UseRouting();
        builder.Secure();
    }
}
