using Microsoft.Extensions.DependencyInjection;

namespace GameDay.Messaging;

/// Fluent registration of a service's subscriptions and schema scripts.
public sealed class MessagingBuilder(IServiceCollection services)
{
    public IServiceCollection Services { get; } = services;

    public MessagingBuilder Subscribe<THandler>(string stream, bool useInbox = true, bool startFromBeginning = true)
        where THandler : class, IStreamHandler
    {
        Services.AddSingleton<THandler>();
        Services.AddSingleton(new Subscription(stream, typeof(THandler), useInbox, startFromBeginning));
        return this;
    }

    public MessagingBuilder AddSchema(System.Reflection.Assembly assembly, string resourceName)
    {
        Services.AddSingleton(SchemaScript.FromResource(assembly, resourceName));
        return this;
    }
}
