class Query
{
    void Run()
    {
        // ruleid: csharp-chain-from-this
        var a = this.Where(x => x > 1).Select(x => x).ToList();
        // ruleid: csharp-chain-from-this
        var b = items.Where(x => x > 1).ToList();
        // ok: csharp-chain-from-this
        var c = items.Select(x => x).ToList();
    }
}
