namespace Partnership.Data.Model;

/// <summary>
/// One SSDA903 episode of care: a stretch of a looked-after period during which the legal status and placement stay the same.
/// A period of care (the looked-after <see cref="Plan"/>) is a chain of episodes, each ended with REC X1 when the next begins the
/// same day; the plan keeps the latest legal status and placement, the episodes keep the history the return needs.
/// </summary>
public sealed class CareEpisode
{
    public Guid Id { get; set; }
    public Guid ChildId { get; set; }
    public Person? Child { get; set; }
    public Guid LocalAuthorityId { get; set; }
    /// <summary>The looked-after plan (period of care) the episode belongs to.</summary>
    public Guid? PlanId { get; set; }
    public Plan? Plan { get; set; }
    /// <summary>DECOM.</summary>
    public DateOnly StartDate { get; set; }
    /// <summary>RNE.</summary>
    public EpisodeReason Reason { get; set; }
    /// <summary>LS.</summary>
    public LegalStatus LegalStatus { get; set; }
    /// <summary>CIN: the category of need at the start of the episode (N1–N8).</summary>
    public PrimaryNeed CategoryOfNeed { get; set; }
    /// <summary>PLACE.</summary>
    public PlacementType PlacementType { get; set; }
    /// <summary>PLACE_PROVIDER.</summary>
    public PlacementProvider? PlacementProvider { get; set; }
    /// <summary>DEC.</summary>
    public DateOnly? EndDate { get; set; }
    /// <summary>REC.</summary>
    public EpisodeEndReason? EndReason { get; set; }
    /// <summary>REASON_PLACE_CHANGE.</summary>
    public PlacementChangeReason? PlacementChangeReason { get; set; }
    /// <summary>HOME_POST: the partial postcode of the home the child was taken from.</summary>
    public string? HomePostcode { get; set; }
    /// <summary>PL_POST: the partial postcode of the placement.</summary>
    public string? PlacementPostcode { get; set; }
    /// <summary>URN: the Ofsted URN of the placement, when it has one.</summary>
    public string? PlacementUrn { get; set; }
}
