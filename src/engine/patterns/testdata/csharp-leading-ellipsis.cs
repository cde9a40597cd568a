class Jobs
{
    // ruleid: fetch-of-parameter
    public void Direct(string url)
    {
        Fetcher f = new Fetcher();
        f.Fetch(url);
    }

    // ruleid: fetch-of-parameter
    public string Nested(int retries, string host)
    {
        Fetcher f = new Fetcher();
        try
        {
            var page = f.Fetch("https://" + host).Body;
            return page;
        }
        catch (Exception e)
        {
            return null;
        }
    }

    // ok: fetch-of-parameter
    public void Constant(string url)
    {
        Fetcher f = new Fetcher();
        f.Fetch("https://example.com");
    }

    // ok: fetch-of-parameter
    public void FetchedBeforeCreated(string url)
    {
        other.Fetch(url);
        Fetcher f = new Fetcher();
    }
}
