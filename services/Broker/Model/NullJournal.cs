using GameDay.Broker.Model.Events;

namespace GameDay.Broker.Model;

/// No journal configured: the venue forgets everything when it stops.
public sealed class NullJournal : IJournal
{
    public static readonly NullJournal Instance = new();

    public void Append(BrokerEvent brokerEvent)
    {
    }
}
