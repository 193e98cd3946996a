namespace GameDay.Hosting.Monitoring;

/// One scrape job of the generated prometheus.yml; Resource becomes a target label so alerts group by it like the AppHost's series.
internal sealed record ScrapeJob(string Name, string Target, string? Resource, string? BearerTokenFile = null);
