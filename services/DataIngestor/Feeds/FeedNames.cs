namespace GameDay.DataIngestor.Feeds;

public static class FeedNames
{
    public const string Primary = "primary";
    public const string Secondary = "secondary";
}
