using System.Net;
using GameDay.ServiceDefaults.Chaos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GameDay.Services.Tests.ServiceDefaults;

[Collection(ServiceHostCollection.Name)]
public sealed class ChaosHttpClientTests
{
    private sealed class StubHandler : HttpMessageHandler
    {
        public int Calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }

    private static (IHost Host, StubHandler Stub) CreateHost(Action<IHttpClientBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddServiceDefaults();
        var stub = new StubHandler();
        var client = builder.Services.AddHttpClient("venue").ConfigurePrimaryHttpMessageHandler(() => stub);
        configure?.Invoke(client);
        return (builder.Build(), stub);
    }

    private static void FailEveryCall(IHost host) => host.Services.GetRequiredService<ChaosState>().Set(ChaosScopes.Http,
        new ChaosSetting(TimeSpan.Zero, 1, TimeProvider.System.GetUtcNow().AddMinutes(5), RunId: "run-3"));

    [Fact]
    public async Task EveryHttpClientOfAServiceGetsTheHttpScopesChaos()
    {
        var (host, stub) = CreateHost();
        using var _ = host;
        using var client = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("venue");

        using (var before = await client.GetAsync(new Uri("http://localhost/quote"))) Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        FailEveryCall(host);
        var fault = await Assert.ThrowsAsync<ChaosInjectedException>(() => client.GetAsync(new Uri("http://localhost/quote")));
        host.Services.GetRequiredService<ChaosState>().Clear(ChaosScopes.Http);
        using (var after = await client.GetAsync(new Uri("http://localhost/quote"))) Assert.Equal(HttpStatusCode.OK, after.StatusCode);

        Assert.Equal("run-3", fault.RunId);
        // The injected fault is not transient to the standard handler: it never reached the wire and was not retried.
        Assert.Equal(2, stub.Calls);
    }

    [Fact]
    public async Task AClientThatReplacesTheDefaultHandlersCanAddTheChaosHandlerBack()
    {
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is experimental; services use it as their opt-out.
        var (host, stub) = CreateHost(client => client.RemoveAllResilienceHandlers().AddChaosHandler());
#pragma warning restore EXTEXP0001
        using var _ = host;
        using var client = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("venue");

        FailEveryCall(host);

        await Assert.ThrowsAsync<ChaosInjectedException>(() => client.GetAsync(new Uri("http://localhost/quote")));
        Assert.Equal(0, stub.Calls);
    }
}
