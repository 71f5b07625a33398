using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Partnership.Data.Configuration;
using Partnership.Data.Model;

namespace Partnership.Data;

/// <summary>
/// The hub's shared multi-agency picture. Runs on SQLite (default) or PostgreSQL; instants are stored as UTC
/// (ticks on SQLite) so both providers compare and sort them in SQL.
/// </summary>
public sealed class PartnershipDbContext(DbContextOptions<PartnershipDbContext> options) : DbContext(options)
{
    public DbSet<LocalAuthority> LocalAuthorities => Set<LocalAuthority>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Practitioner> Practitioners => Set<Practitioner>();
    public DbSet<CaseloadRoleDefault> CaseloadRoleDefaults => Set<CaseloadRoleDefault>();
    public DbSet<CaseloadRangeChange> CaseloadRangeChanges => Set<CaseloadRangeChange>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonDisability> PersonDisabilities => Set<PersonDisability>();
    public DbSet<PersonIdentifier> PersonIdentifiers => Set<PersonIdentifier>();
    public DbSet<Address> Addresses => Set<Address>();
    public DbSet<Household> Households => Set<Household>();
    public DbSet<HouseholdMember> HouseholdMembers => Set<HouseholdMember>();
    public DbSet<HouseholdMatchReview> HouseholdMatchReviews => Set<HouseholdMatchReview>();
    public DbSet<SchoolEnrolment> SchoolEnrolments => Set<SchoolEnrolment>();
    public DbSet<HealthVisitingAssignment> HealthVisitingAssignments => Set<HealthVisitingAssignment>();
    public DbSet<GpRegistration> GpRegistrations => Set<GpRegistration>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<AssessmentFactorEntry> AssessmentFactors => Set<AssessmentFactorEntry>();
    public DbSet<Section47Enquiry> Section47Enquiries => Set<Section47Enquiry>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingChild> MeetingChildren => Set<MeetingChild>();
    public DbSet<MeetingInvitation> MeetingInvitations => Set<MeetingInvitation>();
    public DbSet<MeetingContribution> MeetingContributions => Set<MeetingContribution>();
    public DbSet<MeetingAction> MeetingActions => Set<MeetingAction>();
    public DbSet<MeetingChange> MeetingChanges => Set<MeetingChange>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanReview> PlanReviews => Set<PlanReview>();
    public DbSet<PlanMember> PlanMembers => Set<PlanMember>();
    public DbSet<PlanAction> PlanActions => Set<PlanAction>();
    public DbSet<CareEpisode> CareEpisodes => Set<CareEpisode>();
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();
    public DbSet<ConsentScope> ConsentScopes => Set<ConsentScope>();
    public DbSet<EmergencyAccessGrant> EmergencyAccessGrants => Set<EmergencyAccessGrant>();
    public DbSet<SharingDecision> SharingDecisions => Set<SharingDecision>();
    public DbSet<AccessAuditEntry> AccessAuditEntries => Set<AccessAuditEntry>();
    public DbSet<AccessAuditItem> AccessAuditItems => Set<AccessAuditItem>();
    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>Strategy discussions only.</summary>
    public IQueryable<Meeting> StrategyMeetings => Meetings.Where(m => m.Kind == MeetingKind.StrategyDiscussion);

    /// <summary>Initial and review child protection conferences.</summary>
    public IQueryable<Meeting> Conferences => Meetings.Where(m => m.Kind != MeetingKind.StrategyDiscussion);

    // "Open on a day" is written once (Period.IsOpen) and expanded in every query before translation. The hub's own options
    // (PartnershipDataOptions.Configure) carry the expander already — pooled contexts may not change their options here.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        var core = optionsBuilder.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>();
        if (core?.Interceptors?.Contains(Dates.Period.Expander) != true) optionsBuilder.AddInterceptors(Dates.Period.Expander);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder) =>
        Conventions.Apply(builder, Database.IsSqlite());

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartnershipDbContext).Assembly);
        // Ids are chosen by the application (stable across loads, usable as Relay ids), never by the database; this also makes
        // EF insert, not update, a new entity reached through a navigation.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid)))
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        EntityValidation.Validate(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EntityValidation.Validate(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
