using GameDay.Runbooks;

namespace GameDay.Services.Tests.Runbooks;

public class TemplateTests
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["resource"] = "execution-engine",
        ["stream"] = "orders.approved",
    };

    [Fact]
    public void FillReplacesEveryPlaceholderWithItsLabel()
    {
        Assert.Equal("resource execution-engine healthy within 60s", Template.Fill("resource {{resource}} healthy within 60s", Labels));
        Assert.Equal("orders.approved/execution-engine", Template.Fill("{{ stream }}/{{resource}}", Labels));
    }

    [Fact]
    public void TextWithoutPlaceholdersIsUnchanged()
    {
        Assert.Equal("all resources healthy", Template.Fill("all resources healthy", Labels));
    }

    [Fact]
    public void UnknownLabelIsAnErrorNamingTheLabelAndTheKnownOnes()
    {
        var error = Assert.Throws<TemplateException>(() => Template.Fill("stream {{stream}} group {{group}} pending < 10", Labels));

        Assert.Contains("unknown label 'group'", error.Problem);
        Assert.Contains("resource, stream", error.Problem);
    }

    [Theory]
    [InlineData("resource {{resource} healthy")]
    [InlineData("resource {{ }} healthy")]
    [InlineData("resource }}resource{{ healthy")]
    [InlineData("resource {{re-source}} healthy")]
    public void MalformedPlaceholderIsAnError(string text)
    {
        var error = Assert.Throws<TemplateException>(() => Template.Fill(text, Labels));

        Assert.Contains("malformed", error.Problem);
    }

    [Fact]
    public void LabelsListsThePlaceholdersOnceInOrder()
    {
        Assert.Equal(["stream", "group"], Template.Labels("{{stream}} {{group}} {{stream}}"));
    }
}
