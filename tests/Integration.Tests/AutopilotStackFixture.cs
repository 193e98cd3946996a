namespace GameDay.Integration.Tests;

/// A second stack whose incident responder runs its autopilot: its tests watch the responder fix
/// what they break, which the shared stack must not do to the other tests' faults.
public sealed class AutopilotStackFixture : StackFixture
{
    public AutopilotStackFixture() : base(autopilot: true)
    {
    }
}

[CollectionDefinition(Name)]
public sealed class AutopilotStackCollection : ICollectionFixture<AutopilotStackFixture>
{
    public const string Name = "autopilot-stack";
}
