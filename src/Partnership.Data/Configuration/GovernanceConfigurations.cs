using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnership.Data.Model;

namespace Partnership.Data.Configuration;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("Consents");
        b.HasOne(x => x.Child).WithMany(p => p.Consents).HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.GivenByPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Practitioner>().WithMany().HasForeignKey(x => x.RecordedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.InvolvementPlan).WithMany().HasForeignKey(x => x.InvolvementPlanId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.HasIndex(x => new { x.ChildId, x.WithdrawnAt });
    }
}

internal sealed class ConsentScopeConfiguration : IEntityTypeConfiguration<ConsentScope>
{
    public void Configure(EntityTypeBuilder<ConsentScope> b)
    {
        b.ToTable("ConsentScopes");
        b.HasKey(x => new { x.ConsentId, x.OrganisationId, x.Category });
        b.HasOne<ConsentRecord>().WithMany(c => c.Scopes).HasForeignKey(x => x.ConsentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // The policy asks "does a current consent name this organisation and category?"
        b.HasIndex(x => new { x.OrganisationId, x.Category });
        // … and, for the police (one organisation for the whole force), "a consent naming this agency and category".
        b.HasIndex(x => new { x.Agency, x.Category, x.ConsentId });
    }
}

internal sealed class EmergencyAccessGrantConfiguration : IEntityTypeConfiguration<EmergencyAccessGrant>
{
    public void Configure(EntityTypeBuilder<EmergencyAccessGrant> b)
    {
        b.ToTable("EmergencyAccessGrants");
        b.HasOne(x => x.Child).WithMany(p => p.EmergencyAccessGrants).HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Practitioner>().WithMany().HasForeignKey(x => x.PractitionerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.HasIndex(x => new { x.ChildId, x.Agency, x.ExpiresAt });
        b.HasIndex(x => x.ReviewedAt);
    }
}

internal sealed class SharingDecisionConfiguration : IEntityTypeConfiguration<SharingDecision>
{
    public void Configure(EntityTypeBuilder<SharingDecision> b)
    {
        b.ToTable("SharingDecisions");
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ConsentRecord>().WithMany().HasForeignKey(x => x.ConsentRecordId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EmergencyAccessGrant>().WithMany().HasForeignKey(x => x.EmergencyAccessGrantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.HasIndex(x => new { x.ChildId, x.DecidedAt });
        b.HasIndex(x => x.DecidedAt);
    }
}

internal sealed class AccessAuditEntryConfiguration : IEntityTypeConfiguration<AccessAuditEntry>
{
    public void Configure(EntityTypeBuilder<AccessAuditEntry> b)
    {
        b.ToTable("AccessAuditEntries");
        b.HasKey(x => x.Sequence);
        // The chain position is assigned by AuditChain, never by the database, so a gap is detectable.
        b.Property(x => x.Sequence).ValueGeneratedNever();
        b.Property(x => x.PreviousHash).HasMaxLength(64).IsFixedLength();
        b.Property(x => x.Hash).HasMaxLength(64).IsFixedLength();
        b.HasIndex(x => x.OccurredAt);
        b.HasIndex(x => new { x.Agency, x.OccurredAt });
    }
}

internal sealed class AccessAuditItemConfiguration : IEntityTypeConfiguration<AccessAuditItem>
{
    public void Configure(EntityTypeBuilder<AccessAuditItem> b)
    {
        b.ToTable("AccessAuditItems");
        b.HasKey(x => new { x.EntrySequence, x.ChildId, x.Category });
        b.HasOne<AccessAuditEntry>().WithMany(e => e.Items).HasForeignKey(x => x.EntrySequence).OnDelete(DeleteBehavior.Restrict);
        // No foreign key to People: the audit must outlive any record it mentions.
        b.HasIndex(x => x.ChildId);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.HasOne(x => x.RecipientHub).WithMany().HasForeignKey(x => x.RecipientHubId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Message).HasMaxLength(1000);
        b.HasIndex(x => new { x.RecipientHubId, x.ReadAt });
        b.HasIndex(x => x.ChildId);
    }
}
