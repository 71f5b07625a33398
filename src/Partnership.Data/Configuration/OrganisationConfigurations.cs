using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnership.Data.Model;

namespace Partnership.Data.Configuration;

internal sealed class LocalAuthorityConfiguration : IEntityTypeConfiguration<LocalAuthority>
{
    public void Configure(EntityTypeBuilder<LocalAuthority> b)
    {
        b.ToTable("LocalAuthorities");
        b.Property(x => x.Code).HasMaxLength(3);
        b.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.ToTable("Organisations");
        b.HasOne(x => x.LocalAuthority).WithMany().HasForeignKey(x => x.LocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.LocalAuthorityId, x.Kind });
        b.HasIndex(x => x.Agency);
        b.HasIndex(x => x.Urn).IsUnique();
        b.Property(x => x.Urn).HasMaxLength(8);
        b.Property(x => x.OdsCode).HasMaxLength(10);
    }
}

internal sealed class PractitionerConfiguration : IEntityTypeConfiguration<Practitioner>
{
    public void Configure(EntityTypeBuilder<Practitioner> b)
    {
        b.ToTable("Practitioners");
        b.HasOne(x => x.Organisation).WithMany(o => o.Practitioners).HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OrganisationId);
        b.HasIndex(x => x.Subject).IsUnique();
    }
}

internal sealed class CaseloadRoleDefaultConfiguration : IEntityTypeConfiguration<CaseloadRoleDefault>
{
    public void Configure(EntityTypeBuilder<CaseloadRoleDefault> b)
    {
        b.ToTable("CaseloadRoleDefaults");
        // One default per role, and one more for the role's newly qualified workers.
        b.HasKey(x => new { x.Role, x.NewlyQualified });
    }
}

internal sealed class CaseloadRangeChangeConfiguration : IEntityTypeConfiguration<CaseloadRangeChange>
{
    public void Configure(EntityTypeBuilder<CaseloadRangeChange> b)
    {
        b.ToTable("CaseloadRangeChanges");
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Practitioner>().WithMany().HasForeignKey(x => x.PractitionerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrganisationId, x.ChangedAt });
        b.HasIndex(x => x.PractitionerId);
    }
}
