namespace GameDay.Chaos.Kinds.Venue;

public sealed class ExpireTokensKind : FaultKind
{
    public override string Name => "venue.expire-tokens";
    public override string Layer => FaultLayers.Venue;
    public override string Description => "Invalidate every session token the venue issued (the daily expiry): calls get 401 until a new login.";
    public override bool NeedsTarget => false;

    public override IFault Create(FaultSpec spec, FaultContext context) => new VenueFault(
        inject: ct => VenueAdmin.SendAsync(context, HttpMethod.Post, "/admin/session/invalidate", null, ct),
        revert: _ => Task.FromResult("nothing to restore: a new login issues a valid token"));
}
