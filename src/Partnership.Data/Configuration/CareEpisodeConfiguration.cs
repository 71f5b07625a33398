using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnership.Data.Model;

namespace Partnership.Data.Configuration;

internal sealed class CareEpisodeConfiguration : IEntityTypeConfiguration<CareEpisode>
{
    public void Configure(EntityTypeBuilder<CareEpisode> b)
    {
        b.ToTable("CareEpisodes");
        b.HasOne(x => x.Child).WithMany(p => p.CareEpisodes).HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<LocalAuthority>().WithMany().HasForeignKey(x => x.LocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Plan).WithMany(p => p.Episodes).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.SetNull);
        b.Property(x => x.HomePostcode).HasMaxLength(8);
        b.Property(x => x.PlacementPostcode).HasMaxLength(8);
        b.Property(x => x.PlacementUrn).HasMaxLength(8);
        // SSDA903 identifies an episode by the child and its start date: one episode per child per day.
        b.HasIndex(x => new { x.ChildId, x.StartDate }).IsUnique();
        b.HasIndex(x => new { x.LocalAuthorityId, x.StartDate });
        b.HasIndex(x => x.PlanId);
    }
}
