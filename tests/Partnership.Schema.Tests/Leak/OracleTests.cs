using Partnership.Data.Model;
using static Partnership.Data.Model.InformationCategory;

namespace Partnership.Schema.Tests.Leak;

/// <summary>The oracle itself, on the generated test world: each route and each narrow cell of domain.md's table.</summary>
public sealed class OracleTests
{
    private static readonly LeakWorld World = new();
    private readonly Oracle _oracle = new(World);

    private static LeakCaller Caller(Agency agency, int index = 0) => LeakCaller.For(World, agency)[index];
    private static RequestView View(LeakCaller caller) => RequestView.Plain(caller);
    private static string Code(Person p) => World.CouncilCode(p.LocalAuthorityId);

    [Fact]
    public void SocialCare_ChildrenOfItsCouncil_AllVisibleAndOthersAbsent()
    {
        var caller = Caller(Agency.SocialCare);
        foreach (var child in World.Children)
            Assert.Equal(caller.Councils.Contains(Code(child)), _oracle.ChildVisible(child, View(caller)));
    }

    [Fact]
    public void SocialCare_ConfidentialAddress_OnlyTheCaseHoldingHub()
    {
        var hub = Caller(Agency.SocialCare);
        var mash = Caller(Agency.SocialCare, 1);
        var held = World.Children.Where(c => c.CaseHoldingHubId == hub.OrganisationId).ToList();
        Assert.NotEmpty(held);
        Assert.All(held, c => Assert.True(_oracle.Sees(c, View(hub), ConfidentialAddress)));
        Assert.All(held, c => Assert.False(_oracle.Sees(c, View(mash), ConfidentialAddress)));
    }

    [Fact]
    public void Police_ChildUnderPlanWithPoliceNamed_SeesIdentityNotAssessment()
    {
        var police = Caller(Agency.Police);
        var child = World.Children.First(c => _oracle.UnderStatutorySafeguarding(c) && _oracle.HasRole(c, police));
        Assert.True(_oracle.Sees(child, View(police), Identity));
        Assert.True(_oracle.Sees(child, View(police), PlanDetail));
        Assert.False(_oracle.Sees(child, View(police), AssessmentAndCaseNotes));
        Assert.False(_oracle.Sees(child, View(police), ConfidentialAddress));
        Assert.Equal(StatusLevel.Full, _oracle.Status(child, View(police)));
    }

    [Fact]
    public void Police_ChildWithClosedPlansOnly_Absent()
    {
        var police = Caller(Agency.Police);
        var child = World.Children.First(c => !_oracle.UnderStatutorySafeguarding(c) && World.PlansOf[c.Id].Any(p => p.Kind == PlanKind.ChildProtection)
                                              && !_oracle.Emergency(c, police) && !World.ConsentsOf[c.Id].Any());
        Assert.False(_oracle.ChildVisible(child, View(police)));
    }

    [Fact]
    public void Health_LookupByNhsNumber_FullStatusAndIdentityOnlyForThatRequest()
    {
        var health = Caller(Agency.Health, 1);
        var child = World.Children.First(c => c.NhsNumber is not null && caller(c) && !_oracle.ChildVisible(c, View(health)));
        var view = new RequestView(health, new HashSet<string> { child.NhsNumber!.Value.Value });
        Assert.Equal(StatusLevel.Full, _oracle.Status(child, view));
        Assert.True(_oracle.Sees(child, view, Identity));
        Assert.False(_oracle.Sees(child, view, InformationCategory.Contact));
        bool caller(Person c) => health.Councils.Contains(Code(c));
    }

    [Fact]
    public void Health_LookupInAnotherCouncil_VisibleNationally()
    {
        var health = Caller(Agency.Health);
        var child = World.Children.First(c => c.NhsNumber is not null && !health.Councils.Contains(Code(c)));
        var view = new RequestView(health, new HashSet<string> { child.NhsNumber!.Value.Value });
        Assert.Equal(StatusLevel.Full, _oracle.Status(child, view)); // CP-IS parity is national (decided)
        Assert.Equal(StatusLevel.None, _oracle.Status(child, View(health)));
    }

    [Fact]
    public void Health_ExpectantMothersNumber_FindsTheUnbornChild()
    {
        var health = Caller(Agency.Health);
        var unborn = World.Children.First(c => c.DateOfBirth is null && c.MotherId is { } m && World.People[m].NhsNumber is not null);
        var view = new RequestView(health, new HashSet<string> { World.People[unborn.MotherId!.Value].NhsNumber!.Value.Value });
        Assert.Equal(StatusLevel.Full, _oracle.Status(unborn, view));
    }

    [Fact]
    public void Education_OwnPupils_KindsButNoDatesOrCategory()
    {
        var school = Caller(Agency.Education);
        var pupils = World.Children.Where(c => _oracle.OwnPupil(c, school)).ToList();
        Assert.NotEmpty(pupils);
        Assert.All(pupils.Where(c => !_oracle.Consent(c, school, ProtectionStatus)), c => Assert.Equal(StatusLevel.Kinds, _oracle.Status(c, View(school))));
        var planned = pupils.SelectMany(c => World.PlansOf[c.Id]).Where(p => !_oracle.Consent(World.People[p.ChildId], school, ProtectionStatus)
                                                                              && !_oracle.Consent(World.People[p.ChildId], school, PlanDetail)).ToList();
        Assert.NotEmpty(planned);
        Assert.All(planned, p => Assert.False(_oracle.PlanVisible(p, View(school)))); // plan type comes as the open plan kinds
        Assert.All(planned, p => Assert.False(_oracle.PlanDatesVisible(p, View(school))));
        Assert.All(planned, p => Assert.False(_oracle.PlanDetailVisible(p, View(school))));
    }

    [Fact]
    public void Housing_LinkedMembers_OnlyInvolvementAndNeverMeetings()
    {
        var housing = Caller(Agency.Housing);
        var linked = World.Children.Where(c => _oracle.LinkedByCaller(c, housing)).ToList();
        Assert.NotEmpty(linked);
        Assert.All(linked, c => Assert.Equal(StatusLevel.Involvement, _oracle.Status(c, View(housing))));
        Assert.All(linked, c => Assert.False(_oracle.Sees(c, View(housing), PlanDetail)));
        Assert.All(World.StrategyMeetings, m => Assert.False(_oracle.MeetingVisible(m, View(housing))));
        var unlinked = World.Children.First(c => !_oracle.LinkedByCaller(c, housing) && !World.ConsentsOf[c.Id].Any());
        Assert.False(_oracle.ChildVisible(unlinked, View(housing)));
    }

    [Fact]
    public void Consent_Withdrawn_StopsTheConsentRoute()
    {
        var withdrawn = World.Set.Consents.First(c => c.WithdrawnAt is not null && c.WithdrawnAt <= LeakWorld.Now);
        var child = World.People[withdrawn.ChildId];
        var scope = World.Set.ConsentScopes.First(s => s.ConsentId == withdrawn.Id);
        var caller = LeakCaller.For(World, scope.Agency)[0] with { Councils = [Code(child)] };
        var others = World.ConsentsOf[child.Id].Where(c => c.Consent.Id != withdrawn.Id && c.Consent.WithdrawnAt is null);
        if (others.Any(c => c.Scopes.Any(s => s.Agency == scope.Agency && s.Category == scope.Category))) return;
        Assert.False(_oracle.Consent(child, caller, scope.Category));
    }

    [Fact]
    public void Emergency_CurrentGrant_GivesIdentityAndExpiredOrRevokedDoesNot()
    {
        var world = new LeakWorld();
        var oracle = new Oracle(world);
        var police = LeakCaller.For(world, Agency.Police)[1];
        var before = new Oracle(world); // answers are memoised: choose with another oracle than the one asked after the grants
        var hidden = world.Children.Where(c => police.Councils.Contains(world.CouncilCode(c.LocalAuthorityId)) && !before.ChildVisible(c, View(police))).Take(3).ToList();
        world.AddGrant(hidden[0], Agency.Police, police.OrganisationId, police.Subject, LeakWorld.Now.AddHours(-2), TimeSpan.FromHours(24));
        world.AddGrant(hidden[1], Agency.Police, police.OrganisationId, police.Subject, LeakWorld.Now.AddHours(-30), TimeSpan.FromHours(24));
        world.AddGrant(hidden[2], Agency.Police, police.OrganisationId, police.Subject, LeakWorld.Now.AddHours(-2), TimeSpan.FromHours(24), revoked: true);
        Assert.True(oracle.Sees(hidden[0], View(police), Identity));
        Assert.True(oracle.Sees(hidden[0], View(police), ConfidentialAddress));
        Assert.False(oracle.Sees(hidden[0], View(police), PlanDetail));
        Assert.False(oracle.ChildVisible(hidden[1], View(police)));
        Assert.False(oracle.ChildVisible(hidden[2], View(police)));
    }

    [Fact]
    public void Contributions_OthersHiddenWhereTheAgencySentApologiesOrDidNotAttend()
    {
        var police = Caller(Agency.Police);
        var meeting = World.StrategyMeetings.FirstOrDefault(m => _oracle.MeetingVisible(m, View(police))
            && World.InvitationsOf[m.Id].Where(i => i.Agency == Agency.Police).All(i => i.Status is AttendanceStatus.Apologies or AttendanceStatus.DidNotAttend)
            && World.ContributionsOf[m.Id].Any(k => k.Agency != Agency.Police));
        if (meeting is not null)
            Assert.All(World.ContributionsOf[meeting.Id].Where(k => k.Agency != Agency.Police), k => Assert.False(_oracle.Contribution(k, View(police))));
        var attended = World.StrategyMeetings.First(m => _oracle.MeetingVisible(m, View(police))
            && World.InvitationsOf[m.Id].Any(i => i.Agency == Agency.Police && i.Status == AttendanceStatus.Attended)
            && World.ContributionsOf[m.Id].Any(k => k.Agency != Agency.Police && k.Category is not (AssessmentAndCaseNotes or ConfidentialAddress)));
        Assert.Contains(World.ContributionsOf[attended.Id], k => k.Agency != Agency.Police && _oracle.Contribution(k, View(police)));
        Assert.All(World.ContributionsOf[attended.Id].Where(k => k.Category is AssessmentAndCaseNotes or ConfidentialAddress && k.Agency != Agency.Police),
            k => Assert.False(_oracle.Contribution(k, View(police))));
    }

    [Fact]
    public void Meetings_HeldNoChildUnderStatutorySafeguarding_AbsentInviteeScheduleOnlyAttendeeRecord()
    {
        var police = Caller(Agency.Police);
        bool Past(Meeting m) => _oracle.Invited(m, police) && m.HeldAt <= LeakWorld.Now && police.Councils.Contains(World.CouncilCode(m.LocalAuthorityId))
            && !World.ChildrenOfMeeting[m.Id].Any(c => _oracle.UnderStatutorySafeguarding(World.People[c]));
        var absent = World.StrategyMeetings.First(m => Past(m) && !_oracle.Attended(m, police));
        Assert.True(_oracle.MeetingVisible(absent, View(police)));
        Assert.False(_oracle.MeetingCategory(absent, View(police), MeetingRecord));
        Assert.All(World.ContributionsOf[absent.Id].Where(k => k.Agency != Agency.Police), k => Assert.False(_oracle.Contribution(k, View(police))));
        var attended = World.StrategyMeetings.First(m => Past(m) && _oracle.Attended(m, police) && World.ContributionsOf[m.Id].Any(k => k.Agency != Agency.Police));
        Assert.True(_oracle.MeetingCategory(attended, View(police), MeetingRecord));
        Assert.Contains(World.ContributionsOf[attended.Id], k => k.Agency != Agency.Police && _oracle.Contribution(k, View(police)));
    }

    [Fact]
    public void Meetings_InvitedWithoutStatutoryStatus_ScheduleVisibleHeldOrNot()
    {
        var world = new LeakWorld();
        var police = LeakCaller.For(world, Agency.Police)[1];
        var other = LeakCaller.For(world, Agency.Health)[0];
        var child = world.Children.First(c => police.Councils.Contains(world.CouncilCode(c.LocalAuthorityId)) && !new Oracle(world).UnderStatutorySafeguarding(c));
        var later = world.AddMeeting([child], LeakWorld.Now.AddHours(1), (Agency.Police, police.OrganisationId));
        var earlier = world.AddMeeting([child], LeakWorld.Now.AddHours(-1), (Agency.Police, police.OrganisationId));
        var oracle = new Oracle(world);
        Assert.True(oracle.MeetingVisible(later, View(police)));
        Assert.False(oracle.MeetingCategory(later, View(police), MeetingRecord)); // not attended, no statutory child: schedule only
        Assert.True(oracle.MeetingVisible(earlier, View(police)));
        Assert.False(oracle.MeetingVisible(later, View(other)));
        Assert.False(oracle.ChildVisible(child, View(police)));
    }

    [Fact]
    public void Meetings_ConsentNamingMeetings_DoesNotOpenThem()
    {
        var scoped = World.Set.ConsentScopes.Where(s => s.Category is MeetingSchedule or MeetingRecord && s.Agency is Agency.Police or Agency.Health or Agency.Education)
            .Select(s => (Scope: s, Consent: World.Set.Consents.First(c => c.Id == s.ConsentId))).ToList();
        foreach (var (scope, consent) in scoped)
        {
            var caller = Caller(scope.Agency) with { Councils = [Code(World.People[consent.ChildId])] };
            foreach (var mid in World.MeetingsOfChild[consent.ChildId])
                if (!_oracle.Invited(World.Meetings[mid], caller)) Assert.False(_oracle.MeetingVisible(World.Meetings[mid], View(caller)));
        }
    }

    [Fact]
    public void Health_VisitingCaseload_IdentityContactAndStatus_GpRegistration_IdentityAndContactOnly()
    {
        var visitor = Caller(Agency.Health);
        var gp = Caller(Agency.Health, 1);
        var caseload = World.Children.First(c => _oracle.OnHealthVisitingCaseload(c, visitor) && !_oracle.Statutory(c, visitor) && !World.ConsentsOf[c.Id].Any());
        Assert.True(_oracle.ChildVisible(caseload, View(visitor)));
        Assert.True(_oracle.Sees(caseload, View(visitor), InformationCategory.Contact));
        Assert.Equal(StatusLevel.Full, _oracle.Status(caseload, View(visitor)));
        Assert.False(_oracle.Sees(caseload, View(visitor), PlanDetail));
        var registered = World.Children.First(c => _oracle.RegisteredWithGp(c, gp) && !_oracle.Statutory(c, gp) && !_oracle.Emergency(c, gp) && !World.ConsentsOf[c.Id].Any());
        Assert.True(_oracle.ChildVisible(registered, View(gp)));
        Assert.True(_oracle.Sees(registered, View(gp), InformationCategory.Contact));
        Assert.Equal(StatusLevel.None, _oracle.Status(registered, View(gp)));
        var lookup = new RequestView(gp, new HashSet<string> { registered.NhsNumber!.Value.Value });
        Assert.Equal(StatusLevel.Full, _oracle.Status(registered, lookup));
    }

    [Fact]
    public void Emergency_EducationAndHousing_NoRoute()
    {
        foreach (var agency in new[] { Agency.Education, Agency.Housing })
            Assert.Empty(OracleReadings.PoliceAndHealthOnly(agency));
        Assert.Contains(ConfidentialAddress, OracleReadings.PoliceAndHealthOnly(Agency.Police));
        Assert.DoesNotContain(ConfidentialAddress, OracleReadings.PoliceAndHealthOnly(Agency.Health));
    }

    [Fact]
    public void World_ConferencesAndNotices_CasesForTheGeneratedRequests()
    {
        var world = LeakFixtureBase.NewWorld();
        var oracle = new Oracle(world);
        var hub = LeakCaller.For(world, Agency.SocialCare)[0];
        var police = LeakCaller.For(world, Agency.Police)[1];
        var conferences = world.Conferences.ToList();
        Assert.Contains(conferences, m => oracle.MeetingVisible(m, View(hub)));
        Assert.Contains(conferences, m => !oracle.MeetingVisible(m, View(police)));
        // A conference not yet held opens to the police officer invited; one held yesterday about a child under no statutory safeguarding does not.
        Assert.Contains(conferences, m => m.HeldAt > LeakWorld.Now && oracle.MeetingVisible(m, View(police)));
        Assert.Contains(conferences, m => m.HeldAt < LeakWorld.Now && oracle.Invited(m, police) && !oracle.MeetingVisible(m, View(police)));
        var notices = world.Set.Notifications;
        Assert.Contains(notices, n => n.RecipientHubId == hub.OrganisationId);
        Assert.Contains(notices, n => n.RecipientHubId != hub.OrganisationId);
        Assert.Contains(notices, n => n.RecipientHubId == hub.OrganisationId && n.ReadAt is null);
    }
}
