using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Partnership.Data.Model;

namespace Partnership.Data;

/// <summary>A change the hub refuses to store; the message names the field.</summary>
public sealed class DataValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>Checks on the save path, so nothing invalid is stored whichever code path built the entity.</summary>
internal static class EntityValidation
{
    public static void Validate(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            switch (entry.Entity)
            {
                case AccessAuditEntry or AccessAuditItem when entry.State is EntityState.Modified or EntityState.Deleted:
                    throw new DataValidationException("accessAudit", "The access audit is append-only: entries cannot be changed or deleted.");
                case Person p when entry.State is EntityState.Added or EntityState.Modified:
                    Validate(p);
                    break;
                case ConsentRecord c when entry.State is EntityState.Added or EntityState.Modified:
                    if (c.WithdrawnAt < c.GivenAt)
                        throw new DataValidationException("withdrawnAt", "A consent cannot be withdrawn before it was given.");
                    break;
                case Plan plan when entry.State is EntityState.Added or EntityState.Modified:
                    if (plan.EndDate < plan.StartDate)
                        throw new DataValidationException("end", "A plan cannot end before it starts.");
                    if (plan.Kind is not (PlanKind.ChildProtection or PlanKind.PreBirth) && (plan.InitialCategory ?? plan.LatestCategory) is not null)
                        throw new DataValidationException("category", "Only child protection and pre-birth plans have a category of abuse.");
                    break;
                case EmergencyAccessGrant g when entry.State is EntityState.Added:
                    if (string.IsNullOrWhiteSpace(g.Reason))
                        throw new DataValidationException("reason", "Emergency access needs a reason.");
                    if (g.ExpiresAt <= g.GrantedAt)
                        throw new DataValidationException("expiresAt", "Emergency access must expire after it is granted.");
                    break;
            }
        }
    }

    private static void Validate(Person p)
    {
        if (p.NhsNumber is { IsDefault: true }) throw new DataValidationException("nhsNumber", "nhsNumber is not a valid NHS number.");
        if (p.Upn is { IsDefault: true }) throw new DataValidationException("upn", "upn is not a valid UPN.");
        if (p.FormerUpn is { IsDefault: true }) throw new DataValidationException("formerUpn", "formerUpn is not a valid UPN.");
        if (p.Kind == PersonKind.Child && p.LocalAuthorityId is null)
            throw new DataValidationException("localAuthority", "Every child belongs to a local authority.");
        if (p.LaChildId is { } id && string.IsNullOrWhiteSpace(id))
            throw new DataValidationException("laChildId", "laChildId cannot be blank.");
        if (p.DateOfBirth is { } dob && p.DateOfDeath is { } dod && dod < dob)
            throw new DataValidationException("dateOfDeath", "dateOfDeath is before dateOfBirth.");
    }
}
