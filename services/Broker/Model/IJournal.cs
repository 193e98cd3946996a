using GameDay.Broker.Model.Events;

namespace GameDay.Broker.Model;

/// Durable, append-only record of the venue's events. `Append` returns once the event is flushed.
public interface IJournal
{
    void Append(BrokerEvent brokerEvent);
}
