using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Partnership.Data.Identifiers;
using Partnership.Data.Model;

namespace Partnership.Data.Configuration;

/// <summary>Type mappings shared by every entity: enums as readable codes, identifiers as strings, instants as UTC.</summary>
internal static class Conventions
{
    public static void Apply(ModelConfigurationBuilder b, bool sqlite)
    {
        if (sqlite)
            b.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        else
            b.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();

        b.Properties<NhsNumber>().HaveConversion<NhsNumberConverter>().HaveMaxLength(10);
        b.Properties<Upn>().HaveConversion<UpnConverter>().HaveMaxLength(13);
        b.Properties<string>().HaveMaxLength(400);

        Named<Agency>(b); Named<InformationCategory>(b); Named<SharingRoute>(b); Named<OrganisationKind>(b);
        Named<HubSpecialism>(b); Named<PractitionerRole>(b); Named<PersonKind>(b); Named<Sex>(b); Named<AddressKind>(b);
        Named<HouseholdRelationship>(b); Named<LinkMethod>(b); Named<MatchReviewStatus>(b); Named<ContactOutcome>(b); Named<MeetingKind>(b);
        Named<MeetingMode>(b); Named<AttendanceStatus>(b); Named<ConferenceOutcome>(b); Named<PlanKind>(b);
        Named<ConsentRelationship>(b); Named<NotificationKind>(b); Named<MeetingChangeKind>(b);

        Coded<ReferralSource>(b); Coded<PrimaryNeed>(b); Coded<AbuseCategory>(b); Coded<ClosureReason>(b);
        Coded<AssessmentFactor>(b); Coded<Disability>(b); Coded<Ethnicity>(b); Coded<UpnUnknownReason>(b);
        Coded<LegalStatus>(b); Coded<PlacementType>(b); Coded<EpisodeReason>(b); Coded<PlacementProvider>(b);
        Coded<EpisodeEndReason>(b); Coded<PlacementChangeReason>(b);
    }

    private static void Named<T>(ModelConfigurationBuilder b) where T : struct, Enum =>
        b.Properties<T>().HaveConversion<EnumToStringConverter<T>>().HaveMaxLength(40);

    private static void Coded<T>(ModelConfigurationBuilder b) where T : struct, Enum =>
        b.Properties<T>().HaveConversion<DfeCodeConverter<T>>().HaveMaxLength(8);
}

/// <summary>Stores an instant as UTC ticks (SQLite cannot compare or sort DateTimeOffset text with mixed offsets).</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>PostgreSQL timestamptz accepts only UTC offsets from Npgsql.</summary>
internal sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v);

internal sealed class NhsNumberConverter() : ValueConverter<NhsNumber, string>(
    v => v.Value,
    v => NhsNumber.Parse(v, "NhsNumber"));

internal sealed class UpnConverter() : ValueConverter<Upn, string>(
    v => v.Value,
    v => Upn.Parse(v, "Upn"));

/// <summary>DfE code lists are stored as their census codes ("N4", "1A", "NEG").</summary>
internal sealed class DfeCodeConverter<T>() : ValueConverter<T, string>(
    v => v.ToCode(),
    v => DfeCode.Parse<T>(v, typeof(T).Name)) where T : struct, Enum;
