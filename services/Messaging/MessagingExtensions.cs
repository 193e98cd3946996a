using GameDay.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GameDay.Messaging;

public static class MessagingExtensions
{
    /// Registers the outbox, its relay, the schema migrator and the consumer host. Expects an
    /// NpgsqlDataSource and an IConnectionMultiplexer (ServiceDefaults' AddServiceNpgsql / AddServiceRedis).
    public static MessagingBuilder AddStreams(this IHostApplicationBuilder builder, string serviceName)
    {
        var services = builder.Services;
        services.AddSingleton(new MessagingOptions
        {
            ServiceName = serviceName,
            MaxLengths = new Dictionary<string, int> { [StreamNames.MarketTicks] = 20_000 },
        });
        services.AddSingleton<SchemaReady>();
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<StreamPublisher>();
        services.AddSingleton<StreamJanitor>();
        services.AddSingleton<StreamAdmin>();
        services.AddHostedService<SchemaMigrator>();
        services.AddHostedService<OutboxRelay>();
        services.AddHostedService<StreamConsumer>();
        return new MessagingBuilder(services);
    }
}
