using System.Security.Claims;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.GraphQL.AspNetCore.Tests.Security;

public sealed class CallerTests
{
    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), authenticationType: "Bearer"));

    [Fact]
    public void FromPrincipal_PersonWithAllClaims_ParsesEverything()
    {
        var caller = Caller.FromPrincipal(Principal(
            ("oid", "8f0c"), ("agency", "POLICE"), ("org", "slough-lpa"), ("la", "871"), ("la", "870"), ("la", "871"),
            ("roles", "PublicProtectionOfficer"), ("roles", "MashOfficer"), ("scp", "access_as_user")), out var problem);

        Assert.Null(problem);
        Assert.NotNull(caller);
        Assert.Equal(Agency.Police, caller.Agency);
        Assert.Equal(CallerKind.Person, caller.Kind);
        Assert.Equal("8f0c", caller.SubjectId);
        Assert.Equal("slough-lpa", caller.Organisation);
        Assert.Equal(["871", "870"], caller.LocalAuthorities);
        Assert.True(caller.Serves("870"));
        Assert.False(caller.Serves("872"));
        Assert.True(caller.IsInRole("mashofficer"));
        Assert.Equal(2, caller.Roles.Count);
    }

    [Theory]
    [InlineData("app", null, CallerKind.System)]
    [InlineData("user", null, CallerKind.Person)]
    [InlineData(null, "access_as_user", CallerKind.Person)]
    [InlineData(null, null, CallerKind.System)]
    public void FromPrincipal_IdentityType_TellsPersonFromSystem(string? idtyp, string? scp, CallerKind expected)
    {
        var claims = new List<(string, string)> { ("sub", "s"), ("agency", "HEALTH"), ("la", "871") };
        if (idtyp is not null) claims.Add(("idtyp", idtyp));
        if (scp is not null) claims.Add(("scp", scp));

        Assert.Equal(expected, Caller.FromPrincipal(Principal(claims.ToArray()), out _)!.Kind);
    }

    [Theory]
    [InlineData(null, "agency")]
    [InlineData("FIRE", "agency")]
    [InlineData("police", "agency")]
    public void FromPrincipal_NoValidAgency_SaysSo(string? agency, string claim)
    {
        var claims = new List<(string, string)> { ("sub", "s"), ("la", "871") };
        if (agency is not null) claims.Add(("agency", agency));

        Assert.Null(Caller.FromPrincipal(Principal(claims.ToArray()), out var problem));
        Assert.Contains($"'{claim}'", problem);
    }

    [Theory]
    [InlineData("87")]
    [InlineData("8710")]
    [InlineData("Slough")]
    public void FromPrincipal_MalformedLocalAuthority_IsRefusedWithoutEchoingIt(string la)
    {
        Assert.Null(Caller.FromPrincipal(Principal(("sub", "s"), ("agency", "EDUCATION"), ("la", la)), out var problem));
        Assert.Contains("'la'", problem);
        Assert.DoesNotContain(la, problem);
    }

    [Fact]
    public void FromPrincipal_TwoAgencyClaims_IsRefusedNotReadAsTheFirst()
    {
        Assert.Null(Caller.FromPrincipal(Principal(("sub", "s"), ("agency", "SOCIAL_CARE"), ("agency", "POLICE"), ("la", "871")), out var problem));
        Assert.Contains("more than one 'agency'", problem);
    }

    [Fact]
    public void FromPrincipal_NoLocalAuthority_IsRefused()
    {
        Assert.Null(Caller.FromPrincipal(Principal(("sub", "s"), ("agency", "HOUSING")), out var problem));
        Assert.Contains("'la'", problem);
    }

    [Fact]
    public void FromPrincipal_Unauthenticated_IsRefused()
    {
        Assert.Null(Caller.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity()), out var problem));
        Assert.Equal("The caller is not authenticated.", problem);
    }

    [Theory]
    [InlineData(Agency.SocialCare, "SOCIAL_CARE")]
    [InlineData(Agency.Police, "POLICE")]
    [InlineData(Agency.Health, "HEALTH")]
    [InlineData(Agency.Education, "EDUCATION")]
    [InlineData(Agency.Housing, "HOUSING")]
    public void ClaimValue_RoundTrips(Agency agency, string value)
    {
        Assert.Equal(value, Caller.ToClaimValue(agency));
        Assert.True(Caller.TryParseAgency(value, out var parsed));
        Assert.Equal(agency, parsed);
    }
}
