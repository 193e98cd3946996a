using System.Net;
using System.Text;
using GameDay.ExecutionEngine.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GameDay.Services.Tests.ExecutionEngine;

public class VenueRetryTests
{
    private static readonly SubmitOrderRequest Order = new("c-1", "INFY", "BUY", 10, "LIMIT", 1500m);

    [Fact]
    public async Task AMaintenanceAnswerToARetriedPostIsNotTakenAsARefusal()
    {
        var venue = Venue(HttpStatusCode.GatewayTimeout, HttpStatusCode.ServiceUnavailable);
        var response = await venue.SubmitAsync(VenueOptions.Primary, Order, CancellationToken.None);
        Assert.Equal(VenueOutcome.Maintenance, response.Outcome);
        Assert.True(response.Retried);
        Assert.Equal(VenueOutcomes.Unknown, SubmissionOutcome.Classify(response.Outcome, response.Error, response.Retried).Outcome);
    }

    [Fact]
    public async Task AMaintenanceAnswerToAFirstPostIsARefusal()
    {
        var venue = Venue(HttpStatusCode.ServiceUnavailable);
        var response = await venue.SubmitAsync(VenueOptions.Primary, Order, CancellationToken.None);
        Assert.False(response.Retried);
        Assert.Equal(VenueOutcomes.Refused, SubmissionOutcome.Classify(response.Outcome, response.Error, response.Retried).Outcome);
    }

    private static VenueClient Venue(params HttpStatusCode[] answers)
    {
        var session = new VenueSession();
        session.LoggedIn("token", null);
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton(session)
            .AddSingleton<VenueCircuit>().AddSingleton<VenueGate>();
        services.AddOptions<VenueOptions>();
        services.AddHttpClient<VenueClient>(c => c.BaseAddress = new("http://broker"))
            .ConfigurePrimaryHttpMessageHandler(() => new ScriptedHandler(answers))
            .AddVenueResilience();
        return services.BuildServiceProvider().GetRequiredService<VenueClient>();
    }

    private sealed class ScriptedHandler(HttpStatusCode[] answers) : HttpMessageHandler
    {
        private int _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var code = answers[Math.Min(_calls++, answers.Length - 1)];
            var error = code == HttpStatusCode.ServiceUnavailable ? "maintenance" : "gateway_timeout";
            return Task.FromResult(new HttpResponseMessage(code)
            {
                Content = new StringContent($$"""{"error":"{{error}}","message":"x"}""", Encoding.UTF8, "application/json"),
            });
        }
    }
}
