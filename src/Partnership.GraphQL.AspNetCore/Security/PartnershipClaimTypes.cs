namespace Partnership.GraphQL.AspNetCore.Security;

/// <summary>
/// The claims the hub reads from an access token. Entra ID issues <c>roles</c>, <c>idtyp</c>, <c>oid</c>, <c>scp</c>;
/// <c>agency</c>, <c>org</c> and <c>la</c> are the hub's own (directory extension or claims-mapping claims in Entra).
/// </summary>
public static class PartnershipClaimTypes
{
    /// <summary>The caller's agency: SOCIAL_CARE, POLICE, HEALTH, EDUCATION or HOUSING.</summary>
    public const string Agency = "agency";

    /// <summary>App roles (repeatable; a JSON array in the token).</summary>
    public const string Roles = "roles";

    /// <summary>The caller's organisation within its agency: a school URN, a health team, a policing area, a council hub.</summary>
    public const string Organisation = "org";

    /// <summary>A DfE local authority code the caller serves (repeatable), for example 871 for Slough.</summary>
    public const string LocalAuthority = "la";

    /// <summary>Entra's identity type: <c>app</c> for a system calling as itself, <c>user</c> for a person.</summary>
    public const string IdentityType = "idtyp";

    /// <summary>Entra's delegated scopes; present only when a person signed in.</summary>
    public const string Scope = "scp";

    /// <summary>Entra's object id of the user or service principal.</summary>
    public const string ObjectId = "oid";

    public const string Subject = "sub";

    public const string Name = "name";
}
