using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnership.Data.Model;

namespace Partnership.Data.Configuration;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.HasOne(x => x.LocalAuthority).WithMany().HasForeignKey(x => x.LocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.CaseHoldingHub).WithMany().HasForeignKey(x => x.CaseHoldingHubId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Mother).WithMany().HasForeignKey(x => x.MotherId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsUnborn);
        b.Property(x => x.GivenName).HasMaxLength(100);
        b.Property(x => x.FamilyName).HasMaxLength(100);
        b.Property(x => x.LaChildId).HasMaxLength(40);
        // Lookups the policy and the journeys make: by identifier, by council, by name and date of birth, by case holder.
        b.HasIndex(x => x.NhsNumber).IsUnique();
        b.HasIndex(x => x.Upn);
        b.HasIndex(x => new { x.LocalAuthorityId, x.LaChildId }).IsUnique();
        b.HasIndex(x => new { x.LocalAuthorityId, x.Kind, x.DateOfBirth });
        b.HasIndex(x => new { x.FamilyName, x.DateOfBirth });
        b.HasIndex(x => x.CaseHoldingHubId);
        b.HasIndex(x => x.MotherId);
    }
}

internal sealed class PersonDisabilityConfiguration : IEntityTypeConfiguration<PersonDisability>
{
    public void Configure(EntityTypeBuilder<PersonDisability> b)
    {
        b.ToTable("PersonDisabilities");
        b.HasKey(x => new { x.PersonId, x.Disability });
        b.HasOne<Person>().WithMany(p => p.Disabilities).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonIdentifierConfiguration : IEntityTypeConfiguration<PersonIdentifier>
{
    public void Configure(EntityTypeBuilder<PersonIdentifier> b)
    {
        b.ToTable("PersonIdentifiers");
        b.HasOne(x => x.Person).WithMany(p => p.Identifiers).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Scheme).HasMaxLength(40);
        b.Property(x => x.Value).HasMaxLength(60);
        b.HasIndex(x => new { x.Scheme, x.Value }).IsUnique();
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class AddressConfiguration : IEntityTypeConfiguration<Address>
{
    public void Configure(EntityTypeBuilder<Address> b)
    {
        b.ToTable("Addresses");
        b.HasOne(x => x.Person).WithMany(p => p.Addresses).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Postcode).HasMaxLength(10);
        b.HasIndex(x => new { x.PersonId, x.ValidFrom });
        b.HasIndex(x => x.Postcode);
    }
}

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> b)
    {
        b.ToTable("Households");
        b.HasOne(x => x.LocalAuthority).WithMany().HasForeignKey(x => x.LocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.LocalAuthorityId);
        b.HasIndex(x => x.Reference);
    }
}

internal sealed class HouseholdMemberConfiguration : IEntityTypeConfiguration<HouseholdMember>
{
    public void Configure(EntityTypeBuilder<HouseholdMember> b)
    {
        b.ToTable("HouseholdMembers");
        b.HasOne(x => x.Household).WithMany(h => h.Members).HasForeignKey(x => x.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Person).WithMany(p => p.Households).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.LinkedByOrganisation).WithMany().HasForeignKey(x => x.LinkedByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.HouseholdId, x.PersonId }).IsUnique();
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => new { x.LinkedByAgency, x.LinkedByOrganisationId });
    }
}

internal sealed class HouseholdMatchReviewConfiguration : IEntityTypeConfiguration<HouseholdMatchReview>
{
    public void Configure(EntityTypeBuilder<HouseholdMatchReview> b)
    {
        b.ToTable("HouseholdMatchReviews");
        b.HasOne(x => x.Household).WithMany().HasForeignKey(x => x.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.CandidatePerson).WithMany().HasForeignKey(x => x.CandidatePersonId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Scheme).HasMaxLength(40);
        b.Property(x => x.HousingPersonId).HasMaxLength(60);
        b.Property(x => x.GivenName).HasMaxLength(100);
        b.Property(x => x.FamilyName).HasMaxLength(100);
        b.Property(x => x.Postcode).HasMaxLength(10);
        b.Property(x => x.DecidedBy).HasMaxLength(200);
        // One review per household and candidate (asking again does not queue it twice; a rejected pair stays rejected).
        b.HasIndex(x => new { x.HouseholdId, x.CandidatePersonId }).IsUnique();
        // The queue: a housing team's pending reviews, oldest first.
        b.HasIndex(x => new { x.OrganisationId, x.Status, x.CreatedAt });
        b.HasIndex(x => x.CandidatePersonId);
    }
}

internal sealed class SchoolEnrolmentConfiguration : IEntityTypeConfiguration<SchoolEnrolment>
{
    public void Configure(EntityTypeBuilder<SchoolEnrolment> b)
    {
        b.ToTable("SchoolEnrolments");
        b.HasOne(x => x.Person).WithMany(p => p.Enrolments).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.School).WithMany().HasForeignKey(x => x.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SchoolId, x.EndDate });
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class HealthVisitingAssignmentConfiguration : IEntityTypeConfiguration<HealthVisitingAssignment>
{
    public void Configure(EntityTypeBuilder<HealthVisitingAssignment> b)
    {
        b.ToTable("HealthVisitingAssignments");
        b.HasOne(x => x.Person).WithMany(p => p.HealthVisiting).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Team).WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.HealthVisitor).WithMany().HasForeignKey(x => x.HealthVisitorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TeamId, x.EndDate });
        b.HasIndex(x => x.HealthVisitorId);
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class GpRegistrationConfiguration : IEntityTypeConfiguration<GpRegistration>
{
    public void Configure(EntityTypeBuilder<GpRegistration> b)
    {
        b.ToTable("GpRegistrations");
        b.HasOne(x => x.Person).WithMany(p => p.GpRegistrations).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Practice).WithMany().HasForeignKey(x => x.PracticeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PracticeId);
        b.HasIndex(x => x.PersonId);
    }
}
