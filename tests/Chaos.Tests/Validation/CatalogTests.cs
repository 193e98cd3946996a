namespace GameDay.Chaos.Tests.Validation;

/// The catalog as the API and the scenario validator read it.
public sealed class CatalogTests
{
    private readonly FaultCatalog catalog = FaultKinds.Catalog();

    [Fact]
    public void EveryKindIsNamedAfterItsLayerAndDescribesItself() => Assert.All(catalog.Kinds, k =>
    {
        Assert.Contains(k.Layer, FaultLayers.All);
        Assert.StartsWith(k.Layer + ".", k.Name, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(k.Description));
        Assert.Empty(k.Required.Intersect(k.Optional));
    });

    [Fact]
    public void KindsAreListedByNameAndFoundByExactName()
    {
        Assert.Equal(catalog.Kinds.Select(k => k.Name).Order(StringComparer.Ordinal), catalog.Kinds.Select(k => k.Name));
        Assert.Equal("process.kill", catalog.Find("process.kill")?.Name);
        Assert.Null(catalog.Find("Process.Kill"));
    }
}
