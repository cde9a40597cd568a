class Audit
{
    // ruleid: parameter-logged
    public void Record(string entry)
    {
        var now = Clock.Now();
        Log.Write(entry);
    }

    // ruleid: parameter-logged
    public int Count(List<Item> items)
    {
        Log.Write(items);
        return items.Count;
    }

    // ok: parameter-logged
    public void Other(string entry)
    {
        Log.Write(name);
    }

    // ok: parameter-logged
    public void Two(string entry, int level)
    {
        Log.Write(entry);
    }
}
