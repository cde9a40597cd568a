class Orders
{
    void Reset(Order? order, Order other)
    {
        // ruleid: csharp-conditional-total-reset
        order?.Total = 0;
        // ruleid: csharp-plain-total-reset
        other.Total = 0;
        // ok: csharp-conditional-total-reset
        order?.Count = 0;
        // ok: csharp-conditional-total-reset
        var total = order?.Total;
        // ok: csharp-conditional-total-reset
        if (order?.Total == 0) { Log(); }
        // ruleid: csharp-conditional-total-reset
        order?.Items?.Total = 0;
    }
}
