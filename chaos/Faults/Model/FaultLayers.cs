namespace GameDay.Chaos;

/// The failure catalog's layers.
public static class FaultLayers
{
    public const string Process = "process";
    public const string Network = "network";
    public const string App = "app";
    public const string Data = "data";
    public const string Config = "config";
    public const string Venue = "venue";
    public const string Market = "market";
    public const string Security = "security";

    public static IReadOnlyList<string> All { get; } = [Process, Network, App, Data, Config, Venue, Market, Security];
}
