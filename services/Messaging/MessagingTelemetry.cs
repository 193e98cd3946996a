using System.Diagnostics;

namespace GameDay.Messaging;

internal static class MessagingTelemetry
{
    public static readonly ActivitySource Source = new("GameDay.Messaging");
}
