namespace GameDay.Chaos.Tests.Fakes;

/// One request as <see cref="AdminListener"/> received it.
internal sealed record RecordedRequest(string Method, string Path, string? AdminToken, string? ForwardedFor, string Body);
