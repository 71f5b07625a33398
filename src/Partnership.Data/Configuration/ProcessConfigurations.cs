using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnership.Data.Model;

namespace Partnership.Data.Configuration;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.ToTable("Contacts");
        b.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<LocalAuthority>().WithMany().HasForeignKey(x => x.LocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Referral).WithMany().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.ChildId);
        b.HasIndex(x => new { x.LocalAuthorityId, x.ReceivedAt });
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.ToTable("Referrals");
        b.HasOne(x => x.Child).WithMany(p => p.Referrals).HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.LocalAuthority).WithMany().HasForeignKey(x => x.LocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ChildId, x.ReferralDate });
        b.HasIndex(x => new { x.LocalAuthorityId, x.ReferralDate });
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.ToTable("Assessments");
        b.HasOne(x => x.Referral).WithMany(r => r.Assessments).HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Practitioner>().WithMany().HasForeignKey(x => x.SocialWorkerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.HasIndex(x => x.ReferralId);
        b.HasIndex(x => x.ChildId);
    }
}

internal sealed class AssessmentFactorEntryConfiguration : IEntityTypeConfiguration<AssessmentFactorEntry>
{
    public void Configure(EntityTypeBuilder<AssessmentFactorEntry> b)
    {
        b.ToTable("AssessmentFactors");
        b.HasKey(x => new { x.AssessmentId, x.Factor });
        b.HasOne<Assessment>().WithMany(a => a.Factors).HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class Section47EnquiryConfiguration : IEntityTypeConfiguration<Section47Enquiry>
{
    public void Configure(EntityTypeBuilder<Section47Enquiry> b)
    {
        b.ToTable("Section47Enquiries");
        b.HasOne(x => x.Referral).WithMany(r => r.Section47Enquiries).HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Child).WithMany(p => p.Section47Enquiries).HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.StrategyMeeting).WithMany().HasForeignKey(x => x.StrategyMeetingId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.ChildId, x.StartDate });
        b.HasIndex(x => x.ReferralId);
        b.HasIndex(x => x.StrategyMeetingId);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.ToTable("Meetings");
        b.HasOne(x => x.LocalAuthority).WithMany().HasForeignKey(x => x.LocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Chair).WithMany().HasForeignKey(x => x.ChairId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Plan).WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.SetNull);
        b.Property(x => x.DecisionNotes).HasMaxLength(4000);
        b.Property(x => x.DecisionFurtherInformation).HasMaxLength(4000);
        b.Property(x => x.Location).HasMaxLength(200);
        b.Property(x => x.CancellationReason).HasMaxLength(1000);
        // Two changes to one meeting at once: the second to commit fails instead of giving two changes the same version.
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.LocalAuthorityId, x.Kind, x.HeldAt });
        b.HasIndex(x => x.UpdatedAt);
        b.HasIndex(x => new { x.Kind, x.HeldAt });
        b.HasIndex(x => x.PlanId);
    }
}

internal sealed class MeetingChangeConfiguration : IEntityTypeConfiguration<MeetingChange>
{
    public void Configure(EntityTypeBuilder<MeetingChange> b)
    {
        b.ToTable("MeetingChanges");
        b.HasKey(x => x.Sequence);
        // Given by the database at insert (identity / autoincrement): the feed's total order.
        b.Property(x => x.Sequence).ValueGeneratedOnAdd();
        // No foreign key to Meetings: the log outlives nothing it must keep, but a change is never rewritten.
        b.HasIndex(x => x.MeetingId);
    }
}

internal sealed class MeetingChildConfiguration : IEntityTypeConfiguration<MeetingChild>
{
    public void Configure(EntityTypeBuilder<MeetingChild> b)
    {
        b.ToTable("MeetingChildren");
        b.HasKey(x => new { x.MeetingId, x.ChildId });
        b.HasOne(x => x.Meeting).WithMany(m => m.Children).HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Child).WithMany(p => p.Meetings).HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ChildId);
    }
}

internal sealed class MeetingInvitationConfiguration : IEntityTypeConfiguration<MeetingInvitation>
{
    public void Configure(EntityTypeBuilder<MeetingInvitation> b)
    {
        b.ToTable("MeetingInvitations");
        b.HasOne(x => x.Meeting).WithMany(m => m.Invitations).HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Practitioner).WithMany().HasForeignKey(x => x.PractitionerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MeetingId, x.Agency });
        b.HasIndex(x => new { x.Agency, x.OrganisationId });
    }
}

internal sealed class MeetingContributionConfiguration : IEntityTypeConfiguration<MeetingContribution>
{
    public void Configure(EntityTypeBuilder<MeetingContribution> b)
    {
        b.ToTable("MeetingContributions");
        b.HasOne(x => x.Meeting).WithMany(m => m.Contributions).HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Practitioner>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Text).HasMaxLength(8000);
        b.HasIndex(x => new { x.MeetingId, x.Agency });
    }
}

internal sealed class MeetingActionConfiguration : IEntityTypeConfiguration<MeetingAction>
{
    public void Configure(EntityTypeBuilder<MeetingAction> b)
    {
        b.ToTable("MeetingActions");
        b.HasOne(x => x.Meeting).WithMany(m => m.Actions).HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.OwnerOrganisation).WithMany().HasForeignKey(x => x.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasIndex(x => x.MeetingId);
        b.HasIndex(x => new { x.OwnerAgency, x.OwnerOrganisationId, x.CompletedOn });
    }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.ToTable("Plans");
        b.HasOne(x => x.Child).WithMany(p => p.Plans).HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.LocalAuthority).WithMany().HasForeignKey(x => x.LocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Referral).WithMany(r => r.Plans).HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.LeadPractitioner).WithMany().HasForeignKey(x => x.LeadPractitionerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.OwningHub).WithMany().HasForeignKey(x => x.OwningHubId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Objectives).HasMaxLength(4000);
        b.HasIndex(x => new { x.ChildId, x.Kind, x.StartDate });
        b.HasIndex(x => new { x.LocalAuthorityId, x.Kind, x.StartDate });
        b.HasIndex(x => new { x.OwningHubId, x.EndDate });
        b.HasIndex(x => x.LeadPractitionerId);
        b.HasIndex(x => x.ReferralId);
    }
}

internal sealed class PlanReviewConfiguration : IEntityTypeConfiguration<PlanReview>
{
    public void Configure(EntityTypeBuilder<PlanReview> b)
    {
        b.ToTable("PlanReviews");
        b.HasOne(x => x.Plan).WithMany(p => p.Reviews).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.PlanId, x.ReviewDate });
        b.HasIndex(x => x.MeetingId);
    }
}

internal sealed class PlanMemberConfiguration : IEntityTypeConfiguration<PlanMember>
{
    public void Configure(EntityTypeBuilder<PlanMember> b)
    {
        b.ToTable("PlanMembers");
        b.HasOne(x => x.Plan).WithMany(p => p.Members).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Practitioner>().WithMany().HasForeignKey(x => x.PractitionerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PlanId, x.Agency });
        b.HasIndex(x => new { x.Agency, x.OrganisationId });
    }
}

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> b)
    {
        b.ToTable("PlanActions");
        b.HasOne(x => x.Plan).WithMany(p => p.Actions).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasIndex(x => x.PlanId);
        b.HasIndex(x => new { x.OwnerAgency, x.OwnerOrganisationId });
    }
}
