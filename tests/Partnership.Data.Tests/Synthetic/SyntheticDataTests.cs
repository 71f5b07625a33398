using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.Data.Synthetic;

namespace Partnership.Data.Tests.Synthetic;

public sealed class SyntheticDataTests
{
    [Fact]
    public void Generate_SameSeed_SameRowsAndIds()
    {
        var a = SyntheticData.Generate("test", 42);
        var b = SyntheticData.Generate("test", 42);
        Assert.Equal(a.RowCount, b.RowCount);
        Assert.Equal(a.People.Select(p => (p.Id, p.GivenName, p.NhsNumber, p.DateOfBirth)), b.People.Select(p => (p.Id, p.GivenName, p.NhsNumber, p.DateOfBirth)));
        Assert.Equal(a.Meetings.Select(m => (m.Id, m.HeldAt)), b.Meetings.Select(m => (m.Id, m.HeldAt)));
    }

    [Fact]
    public void Generate_SameAsOf_SameRows_OtherAsOf_SameWorldMovedInTime()
    {
        var day = new DateOnly(2026, 11, 22);
        var a = SyntheticData.Generate("test", 871, day);
        var b = SyntheticData.Generate("test", 871, day);
        Assert.Equal(day, a.AsOf);
        Assert.Equal(a.Meetings.Select(m => (m.Id, m.HeldAt)), b.Meetings.Select(m => (m.Id, m.HeldAt)));
        Assert.Equal(a.People.Select(p => (p.Id, p.DateOfBirth)), b.People.Select(p => (p.Id, p.DateOfBirth)));

        // Nothing has happened after "today"; meetings and conferences are booked after it, their invitations still open.
        var end = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Assert.All(a.Plans, p => Assert.True(p.StartDate <= day));
        Assert.All(a.Contacts, c => Assert.True(c.ReceivedAt < end));
        var booked = a.Meetings.Where(m => m.HeldAt >= end).Select(m => m.Id).ToHashSet();
        Assert.Contains(a.Meetings, m => booked.Contains(m.Id) && m.Kind == MeetingKind.StrategyDiscussion);
        Assert.Contains(a.Meetings, m => booked.Contains(m.Id) && m.Kind == MeetingKind.ReviewConference);
        Assert.All(a.Invitations.Where(i => booked.Contains(i.MeetingId)), i => Assert.Equal(AttendanceStatus.Invited, i.Status));
        Assert.DoesNotContain(a.Contributions, k => booked.Contains(k.MeetingId));

        // Another as-of: the same families, months later.
        var march = SyntheticData.Generate("test", 871);
        Assert.Equal(SyntheticData.AsOf, march.AsOf);
        Assert.NotEqual(march.Meetings.Select(m => m.HeldAt), a.Meetings.Select(m => m.HeldAt));
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentPeople()
    {
        var a = SyntheticData.Generate("test", 1);
        var b = SyntheticData.Generate("test", 2);
        Assert.NotEqual(a.People.Select(p => p.Id), b.People.Select(p => p.Id));
    }

    [Fact]
    public void Generate_Test_HasEveryKindOfRecordThePolicyScenariosNeed()
    {
        var set = SyntheticData.Generate("test");
        Assert.Equal(["871", "870"], set.LocalAuthorities.Select(l => l.Code));
        Assert.Contains(set.Plans, p => p.Kind == PlanKind.ChildProtection && p.EndDate is null);
        Assert.Contains(set.Plans, p => p.Kind == PlanKind.LookedAfter);
        Assert.Contains(set.Plans, p => p.Kind == PlanKind.ChildInNeed);
        Assert.Contains(set.Plans, p => p.Kind == PlanKind.EarlyHelp);
        Assert.Contains(set.Meetings, m => m.Kind == MeetingKind.StrategyDiscussion && m.Children.Count + set.MeetingChildren.Count(c => c.MeetingId == m.Id) > 1);
        Assert.Contains(set.Consents, c => c.WithdrawnAt is not null);
        Assert.Contains(set.Consents, c => c.WithdrawnAt is null);
        Assert.Contains(set.HouseholdMembers, m => m.LinkedByAgency == Agency.Housing);
        Assert.Contains(set.Invitations, i => i.Agency == Agency.Police && i.Status == AttendanceStatus.DidNotAttend);
        Assert.Contains(set.Enrolments, e => e.EndDate is null);
        Assert.Contains(set.HealthVisiting, h => h.HealthVisitorId is not null);
        Assert.Contains(set.People, p => p.IsUnborn);
        Assert.Contains(set.Plans, p => p.Kind == PlanKind.PreBirth);
        Assert.Contains(set.Addresses, a => a.IsConfidential);
        Assert.Contains(set.EmergencyAccessGrants, g => g.ReviewedAt is not null);
        Assert.Contains(set.Notifications, n => n.Kind == NotificationKind.EmergencyAccessGranted);
        Assert.Contains(set.SharingDecisions, d => !d.Shared);
    }

    [Fact]
    public void Generate_Test_IdentifiersValidUniqueAndSyntheticOnly()
    {
        var set = SyntheticData.Generate("test");
        var nhs = set.People.Where(p => p.NhsNumber is not null).Select(p => p.NhsNumber!.Value).ToList();
        Assert.All(nhs, n => Assert.True(n.IsTestRange, $"{n} is outside the 999 test range"));
        Assert.Equal(nhs.Count, nhs.Distinct().Count());
        var laIds = set.People.Where(p => p.LaChildId is not null).Select(p => (p.LocalAuthorityId, p.LaChildId)).ToList();
        Assert.Equal(laIds.Count, laIds.Distinct().Count());
        Assert.All(set.People.Where(p => p.Upn is not null), p => Assert.True(Data.Identifiers.Upn.TryParse(p.Upn!.Value.Value, out _)));
    }

    [Fact]
    public void Generate_Test_TimelinesAreConsistent()
    {
        var set = SyntheticData.Generate("test");
        var people = set.People.ToDictionary(p => p.Id);
        Assert.All(set.Plans, p =>
        {
            Assert.True(p.EndDate is null || p.EndDate >= p.StartDate);
            Assert.True(p.StartDate <= set.AsOf);
        });
        Assert.All(set.Section47Enquiries, s => Assert.Equal(Data.Dates.WorkingDays.InitialConferenceDue(s.StartDate), s.InitialConferenceTarget));
        Assert.All(set.Referrals, r => Assert.True(r.ClosureDate is null || r.ClosureDate >= r.ReferralDate));
        Assert.All(set.Plans.Where(p => p.Kind == PlanKind.ChildProtection), p => Assert.NotNull(p.InitialCategory));
        Assert.All(set.People.Where(p => p.IsUnborn), p => Assert.Null(p.NhsNumber));
    }
}
