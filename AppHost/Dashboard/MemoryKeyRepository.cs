using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace GameDay.AppHost.Dashboard;

/// Data-protection keys (the Blazor circuit's and antiforgery's) kept in memory for the run. Without it the
/// key manager writes them, unencrypted, to ~/.aspnet/DataProtection-Keys of whoever runs the AppHost.
internal sealed class MemoryKeyRepository : IXmlRepository
{
    private readonly List<XElement> elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (elements) return elements.Select(e => new XElement(e)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (elements) elements.Add(new XElement(element));
    }
}
