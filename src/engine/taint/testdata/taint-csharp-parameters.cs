using System.Web.Mvc;

// Top-level methods (a file of top-level statements) parse as local functions.
public ActionResult Edit(Invoice invoice)
{
    Audit.Log("edit");
    // ruleid: csharp-model-reaches-view
    return Render("Edit", invoice);
}

public ActionResult Show(Invoice invoice, System.Text.StringBuilder notes)
{
    // ok: csharp-model-reaches-view
    Render("Show", Invoice.Empty);
    // ruleid: csharp-model-reaches-view
    return Render("Show", notes);
}

public class InvoiceController
{
    public ActionResult Update(Invoice invoice, List<string> tags)
    {
        var copy = invoice;
        // ruleid: csharp-model-reaches-view
        Render("Update", copy);
        // ruleid: csharp-model-reaches-view
        Render("Tags", tags);
        // ok: csharp-model-reaches-view
        return Render("Update", Invoice);
    }
}
