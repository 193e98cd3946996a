using System.Text.Json;
using GameDay.IncidentResponder.Actions;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class RequeueDlqActionTests
{
    [Theory]
    [InlineData("""{"id":"1-0","fields":{"payload":"{\"clientOrderId\":\"GD-1\"}"}}""", true)]
    [InlineData("""{"id":"1-0","fields":{"payload":"{\"poison\": this is not json"}}""", false)]
    [InlineData("""{"id":"1-0","fields":{"type":"OrderApproved"}}""", false)]
    public void OnlyAnEntryWhosePayloadDecodesIsRequeuedTheRestIsArchived(string entry, bool requeued)
    {
        using var json = JsonDocument.Parse(entry);

        Assert.Equal(requeued, RequeueDlqAction.Decodable(json.RootElement));
    }
}
